#pragma once

// MonitorLock: a QLockFile beside the database so two monitors never write one file. The
// second gets a clear message naming the file and the process that holds it.

#include "../result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

class MonitorLock
{
    Q_DECLARE_TR_FUNCTIONS(MonitorLock)

public:
    static Result<std::unique_ptr<MonitorLock>> acquire(const QString &databasePath);
    static QString lockFilePath(const QString &databasePath);
    ~MonitorLock();

private:
    explicit MonitorLock(const QString &path);
    QLockFile m_lock;
};
