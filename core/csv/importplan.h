#pragma once

// ImportPlan: what an import will do, decided before anything is written. Every CSV row becomes
// a new host, an update of a stored host, a skipped duplicate, or a rejection with its line,
// column and the validator's reason. No widgets: the wizard and the command line share it.

#include "../host.h"
#include "../hostvalidator.h"
#include "../result.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "importdefaults.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

class HostStore;

struct ImportRejection
{
    int line = 0;
    std::optional<HostField> field; // none when the whole line is unreadable
    QString column; // translated field name; empty when the whole line is unreadable
    QString reason;
    QStringList cells; // the row as read, for the saved rejection list
};

enum class DuplicateKind {
    InFile, // the address appeared on an earlier line of the file: the first line wins
    Stored, // the address is stored and the policy is skip
    Unchanged, // the address is stored, the policy is update, and nothing would change
};

struct ImportDuplicate
{
    int line = 0;
    QString address;
    DuplicateKind kind = DuplicateKind::InFile;
    int firstLine = 0; // InFile: the line that wins
    qint64 existingId = 0; // Stored, Unchanged
};

// Something worth saying that does not reject the row ("manufacturer 'Cisco' is stored as Other").
struct ImportNote
{
    int line = 0;
    QString message;
};

struct PlannedHost
{
    int line = 0;
    Host host;
};

class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    // New hosts' first checks are spread over this span so an import does not fire all at once.
    // First checks of imported hosts: 100 ms apart (as the engine staggers a bulk add), all
    // within one minute for large imports.
    static constexpr qint64 kStaggerMs = 60 * 1000;
    static constexpr qint64 kStaggerStepMs = 100;

    // existing: the hosts stored now (HostStore::listHosts).
    static ImportPlan build(const CsvTable &table, const ColumnMapping &mapping,
        const ImportDefaults &defaults, const HostList &existing, DuplicatePolicy policy);
    // The same, freeing each row once planned: a 100,000-row file is not held twice.
    static ImportPlan build(CsvTable &&table, const ColumnMapping &mapping,
        const ImportDefaults &defaults, const HostList &existing, DuplicatePolicy policy);

    const QList<PlannedHost> &newHosts() const { return m_new; }
    const QList<PlannedHost> &updatedHosts() const { return m_updated; }
    const QList<ImportDuplicate> &duplicates() const { return m_duplicates; }
    const QList<ImportRejection> &rejections() const { return m_rejections; }
    const QList<ImportNote> &notes() const { return m_notes; }
    int rowCount() const { return m_rowCount; }

    // The new hosts with nextDueAt staggered kStaggerStepMs apart, over at most kStaggerMs.
    HostList scheduledNewHosts(const QDateTime &nowUtc) const;

    // Writes the plan in ONE transaction (HostStore::applyImport). progress(done, total)
    // returning false cancels; a cancel or any failure leaves the database as it was.
    Status apply(HostStore &store, const QDateTime &nowUtc,
        const std::function<bool(int, int)> &progress = {}, QList<qint64> *newIds = nullptr) const;

    // "line,column,reason,row": the rejected rows, to fix and import again.
    static QByteArray rejectionsCsv(const QList<ImportRejection> &rejections);
    // "line 12: address: The address '-f' starts with '-' ..." for the command line (the field's
    // stable key, as `--add` reports it).
    static QString rejectionText(const ImportRejection &rejection);

private:
    static ImportPlan build(CsvTable *table, bool consume, const ColumnMapping &mapping,
        const ImportDefaults &defaults, const HostList &existing, DuplicatePolicy policy);

    QList<PlannedHost> m_new;
    QList<PlannedHost> m_updated;
    QList<ImportDuplicate> m_duplicates;
    QList<ImportRejection> m_rejections;
    QList<ImportNote> m_notes;
    int m_rowCount = 0;
};
