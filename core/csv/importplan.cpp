#include "importplan.h"

#include "../hostvalidator.h"
#include "../store/hoststore.h"
#include "csvwriter.h"

#include <QHash>

#include <algorithm>

namespace {

// The fields a row gave explicitly (non-empty cells), so an update changes only those.
struct RowFields
{
    bool name = false, manufacturer = false, supplier = false, type = false, postCode = false,
         webUrl = false;
};

QString cellText(const CsvRow &row, int column)
{
    if (column < 0 || column >= row.cells.size())
        return {};
    return CsvWriter::restoreFormula(row.cells.at(column).trimmed());
}

} // namespace

ImportPlan ImportPlan::build(const CsvTable &table, const ColumnMapping &mapping,
    const ImportDefaults &defaults, const HostList &existing, DuplicatePolicy policy)
{
    // Only the const path reads through this pointer; consume = false never changes it.
    return build(const_cast<CsvTable *>(&table), false, mapping, defaults, existing, policy);
}

ImportPlan ImportPlan::build(CsvTable &&table, const ColumnMapping &mapping,
    const ImportDefaults &defaults, const HostList &existing, DuplicatePolicy policy)
{
    ImportPlan plan = build(&table, true, mapping, defaults, existing, policy);
    table.rows.clear();
    table.rows.squeeze();
    return plan;
}

ImportPlan ImportPlan::build(CsvTable *tablePtr, bool consume, const ColumnMapping &mapping,
    const ImportDefaults &defaults, const HostList &existing, DuplicatePolicy policy)
{
    if (consume)
        tablePtr->rows.detach(); // so the references below stay valid while rows are freed
    const CsvTable &table = *tablePtr;
    ImportPlan plan;
    plan.m_rowCount = int(table.rows.size());
    for (const CsvProblem &p : table.problems)
        plan.m_rejections.append({p.line, std::nullopt, QString(), p.message, {}});

    QHash<QString, const Host *> stored;
    stored.reserve(existing.size());
    for (const Host &h : existing)
        stored.insert(h.address, &h);
    QHash<QString, int> seen; // address -> first line in this file
    seen.reserve(table.rows.size());

    const int nameColumn = mapping.columnOf(ImportField::Name);
    const int addressColumn = mapping.columnOf(ImportField::Address);
    const int manufacturerColumn = mapping.columnOf(ImportField::Manufacturer);
    const int supplierColumn = mapping.columnOf(ImportField::Supplier);
    const int typeColumn = mapping.columnOf(ImportField::Type);
    const int postCodeColumn = mapping.columnOf(ImportField::PostCode);
    const int webUrlColumn = mapping.columnOf(ImportField::WebUrl);

    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const CsvRow &row = table.rows.at(index);
        // Frees the row's cells when this iteration ends, unless a rejection keeps them.
        struct Release
        {
            CsvTable *table;
            qsizetype index;
            bool consume;
            ~Release()
            {
                if (consume)
                    table->rows[index].cells = QStringList();
            }
        } release {tablePtr, index, consume};
        Host host;
        RowFields given;
        host.name = cellText(row, nameColumn);
        host.address = cellText(row, addressColumn);
        host.supplier = cellText(row, supplierColumn);
        host.type = cellText(row, typeColumn);
        host.postCode = cellText(row, postCodeColumn);
        host.webUrl = cellText(row, webUrlColumn);
        given.name = !host.name.isEmpty();
        given.supplier = !host.supplier.isEmpty();
        given.type = !host.type.isEmpty();
        given.postCode = !host.postCode.isEmpty();
        given.webUrl = !host.webUrl.isEmpty();

        // A list of bare addresses is a fine import: the address names the host.
        if (host.name.isEmpty())
            host.name = host.address;

        const QString manufacturer = cellText(row, manufacturerColumn);
        if (!manufacturer.isEmpty()) {
            given.manufacturer = true;
            if (const auto m = manufacturerFromName(manufacturer)) {
                host.manufacturer = *m;
            } else {
                host.manufacturer = Manufacturer::Other;
                plan.m_notes.append({row.line,
                    tr("The manufacturer '%1' is not one Pingtool knows (Draytek, Mikrotik, "
                       "TP-Link); it is stored as Other.")
                        .arg(manufacturer.left(60))});
            }
        } else {
            host.manufacturer = defaults.manufacturer.value_or(Manufacturer::Other);
        }
        if (host.supplier.isEmpty())
            host.supplier = defaults.supplier;
        if (host.type.isEmpty())
            host.type = defaults.type;
        if (host.postCode.isEmpty())
            host.postCode = defaults.postCode;

        const QList<FieldError> errors = HostValidator::validate(host);
        if (!errors.isEmpty()) {
            QStringList reasons;
            for (const FieldError &e : errors)
                reasons.append(e.message);
            plan.m_rejections.append({row.line, errors.first().field,
                HostValidator::fieldName(errors.first().field), reasons.join(u' '), row.cells});
            continue;
        }

        const auto first = seen.constFind(host.address);
        if (first != seen.cend()) {
            plan.m_duplicates.append(
                {row.line, host.address, DuplicateKind::InFile, first.value(), 0});
            continue;
        }
        seen.insert(host.address, row.line);

        const Host *old = stored.value(host.address, nullptr);
        if (!old) {
            plan.m_new.append({row.line, host});
            continue;
        }
        if (policy == DuplicatePolicy::Skip) {
            plan.m_duplicates.append({row.line, host.address, DuplicateKind::Stored, 0, old->id});
            continue;
        }
        // Update: the row's non-empty cells win; an empty cell never blanks a stored field, and
        // the defaults fill only what is empty in both.
        Host updated = *old;
        if (given.name)
            updated.name = host.name;
        if (given.manufacturer)
            updated.manufacturer = host.manufacturer;
        else if (updated.manufacturer == Manufacturer::Other && defaults.manufacturer)
            updated.manufacturer = *defaults.manufacturer;
        const auto merge = [](QString &field, bool isGiven, const QString &value) {
            if (isGiven || field.isEmpty())
                field = value;
        };
        merge(updated.supplier, given.supplier, host.supplier);
        merge(updated.type, given.type, host.type);
        merge(updated.postCode, given.postCode, host.postCode);
        if (given.webUrl)
            updated.webUrl = host.webUrl;
        if (updated == *old) {
            plan.m_duplicates.append(
                {row.line, host.address, DuplicateKind::Unchanged, 0, old->id});
            continue;
        }
        plan.m_updated.append({row.line, updated});
    }
    std::stable_sort(plan.m_rejections.begin(), plan.m_rejections.end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    return plan;
}

HostList ImportPlan::scheduledNewHosts(const QDateTime &nowUtc) const
{
    HostList hosts;
    hosts.reserve(m_new.size());
    const qint64 count = m_new.size();
    const qint64 stepMs = count > 0 ? std::min(kStaggerStepMs, kStaggerMs / count) : 0;
    for (qint64 i = 0; i < count; ++i) {
        Host h = m_new.at(i).host;
        h.state = HostState {};
        h.state.nextDueAt = nowUtc.addMSecs(i * stepMs);
        hosts.append(h);
    }
    return hosts;
}

Status ImportPlan::apply(HostStore &store, const QDateTime &nowUtc,
    const std::function<bool(int, int)> &progress, QList<qint64> *newIds) const
{
    HostList updated;
    updated.reserve(m_updated.size());
    for (const PlannedHost &p : m_updated)
        updated.append(p.host);
    return store.applyImport(scheduledNewHosts(nowUtc), updated, progress, newIds);
}

QByteArray ImportPlan::rejectionsCsv(const QList<ImportRejection> &rejections)
{
    QByteArray out = CsvWriter::csvLine({QStringLiteral("line"), QStringLiteral("column"),
        QStringLiteral("reason"), QStringLiteral("row")});
    for (const ImportRejection &r : rejections) {
        QStringList cells {QString::number(r.line), r.column, r.reason};
        cells.append(r.cells);
        out.append(CsvWriter::csvLine(cells));
    }
    return out;
}

QString ImportPlan::rejectionText(const ImportRejection &rejection)
{
    if (!rejection.field)
        return tr("line %1: %2").arg(rejection.line).arg(rejection.reason);
    return tr("line %1: %2: %3")
        .arg(rejection.line)
        .arg(HostValidator::fieldKey(*rejection.field), rejection.reason);
}
