#include "testsupport.h"

#include <QFile>
#include <QProcess>

namespace TestSupport {

QString writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup);
    return path;
}

QString pingtoolExecutable()
{
    return QString::fromLocal8Bit(PINGTOOL_EXECUTABLE);
}

ProcessResult runPingtool(const QStringList &arguments, int timeoutMs, const QByteArray &stdinData)
{
    ProcessResult r;
    QProcess p;
    p.start(pingtoolExecutable(), arguments);
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitCode();
    r.crashed = r.crashed || p.exitStatus() == QProcess::CrashExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace TestSupport
