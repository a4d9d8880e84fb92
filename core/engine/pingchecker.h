#pragma once

// PingChecker: one run of the system ping program through QProcess (never a shell), with the
// program and arguments from EngineSettings, the child in LC_ALL=C, and a hard kill when it
// outlives its deadline. Emits finished() once per start() unless cancelled.

#include "../enginesettings.h"
#include "../lifecycle.h"
#include "../result.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

class PingChecker : public QObject
{
    Q_OBJECT

public:
    explicit PingChecker(const EngineSettings &settings, QObject *parent = nullptr);
    ~PingChecker() override;

    // The program to run: an empty setting means "ping" on PATH; a bare name is looked up on
    // PATH; a path must exist and be executable. The error reads "ping program not found: X".
    static Result<QString> resolveProgram(const QString &configured);
    // Arguments for one check of address (the address last, after "--", as its own argument).
    static QStringList arguments(const EngineSettings &settings, const QString &address);
    // The overall deadline given to ping, in seconds.
    static int deadlineS(const EngineSettings &settings);
    // When the child is killed: the deadline plus a margin for start-up and a slow exit.
    static int hardTimeoutMs(const EngineSettings &settings);

    void start(const QString &address);
    // Kills a running child; finished() is not emitted afterwards.
    void cancel();
    bool isRunning() const { return m_process != nullptr; }

signals:
    void finished(const CheckOutcome &outcome);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onHardTimeout();
    void finish(const CheckOutcome &outcome);
    void releaseProcess();

    EngineSettings m_settings;
    QProcess *m_process = nullptr;
    QTimer m_hardTimer {this}; // a child, so it moves with us to the engine thread
    QByteArray m_output;
    bool m_killedByDeadline = false;
};
