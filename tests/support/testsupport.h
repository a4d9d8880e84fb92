#pragma once

// Small helpers shared by the test suites.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TestSupport {

// Writes an executable shell script (for a fake ping program) and returns its path.
QString writeScript(const QString &path, const QByteArray &body);

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs the pingtool executable with arguments; bounded by timeoutMs.
ProcessResult runPingtool(
    const QStringList &arguments, int timeoutMs = 60000, const QByteArray &stdinData = {});

QString pingtoolExecutable();

} // namespace TestSupport
