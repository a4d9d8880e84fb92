#pragma once

// ImportWorker: applies an import on a worker thread with its OWN HostStore connection (opened
// and closed on that thread), so the wizard stays responsive. SQLite WAL, BEGIN IMMEDIATE and
// the busy timeout let it write next to the engine's writer.

#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/importdefaults.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <functional>

struct ImportOutcome
{
    enum Kind { Done, Cancelled, Failed } kind = Failed;
    QString error; // Failed: the store's message
    QList<qint64> newIds;
    QList<qint64> updatedIds;
    int skipped = 0;
    int rejected = 0;
};
Q_DECLARE_METATYPE(ImportOutcome)

class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &databasePath, const CsvTable &table, const ColumnMapping &mapping,
        const ImportDefaults &defaults, DuplicatePolicy policy);

    // Thread-safe: the next progress step rolls everything back.
    void cancel() { m_cancelled = true; }

    // Test seam: called on the worker thread at each progress step, before the cancel check.
    static void setProgressGateForTesting(std::function<void()> gate);

public slots:
    void run();

signals:
    void progress(int done, int total);
    void finished(const ImportOutcome &outcome);

private:
    QString m_databasePath;
    CsvTable m_table;
    ColumnMapping m_mapping;
    ImportDefaults m_defaults;
    DuplicatePolicy m_policy;
    std::atomic<bool> m_cancelled {false};
};
