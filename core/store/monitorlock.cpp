#include "monitorlock.h"

#include <QDir>
#include <QFileInfo>

QString MonitorLock::lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

MonitorLock::MonitorLock(const QString &path)
    : m_lock(path)
{
    // A lock whose process no longer runs is taken over at once; a live monitor's lock never
    // goes stale by age (0), however long it runs.
    m_lock.setStaleLockTime(0);
}

MonitorLock::~MonitorLock()
{
    m_lock.unlock();
}

Result<std::unique_ptr<MonitorLock>> MonitorLock::acquire(const QString &databasePath)
{
    const QString shownDb = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    const QString path = lockFilePath(databasePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<MonitorLock> lock(new MonitorLock(path));
    if (lock->m_lock.tryLock(0))
        return lock;

    switch (lock->m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        if (lock->m_lock.getLockInfo(&pid, &host, &app))
            return Error {ErrorCode::DatabaseInUse,
                tr("The database %1 is already being monitored by %2 (process %3 on %4). "
                   "Stop that monitor first, or choose another file with --database.")
                    .arg(shownDb, app.isEmpty() ? QStringLiteral("pingtool") : app)
                    .arg(pid)
                    .arg(host)};
        return Error {ErrorCode::DatabaseInUse,
            tr("The database %1 is already being monitored by another process (lock "
               "file %2).")
                .arg(shownDb, QDir::toNativeSeparators(path))};
    }
    case QLockFile::PermissionError:
        return Error {ErrorCode::DatabaseReadOnly,
            tr("The lock file %1 for the database %2 cannot be created: permission "
               "denied.")
                .arg(QDir::toNativeSeparators(path), shownDb)};
    default:
        return Error {ErrorCode::DatabaseOpen,
            tr("The lock file %1 for the database %2 cannot be created.")
                .arg(QDir::toNativeSeparators(path), shownDb)};
    }
}
