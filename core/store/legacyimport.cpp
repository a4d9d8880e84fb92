#include "legacyimport.h"

#include "../hostvalidator.h"
#include "hoststore.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QAtomicInt g_legacyCounter;

// A scoped, read-only connection to the legacy file.
class LegacyConnection
{
public:
    explicit LegacyConnection(const QString &path)
        : m_name(QStringLiteral("pingtool-legacy-%1").arg(g_legacyCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
    }
    ~LegacyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

QSet<QString> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            columns.insert(q.value(0).toString().toLower());
    return columns;
}

bool lastStatusIsUp(const QVariant &v)
{
    const QString s = v.toString().trimmed().toLower();
    return s == u"1" || s == u"up" || s == u"true";
}

} // namespace

Result<LegacyImportReport> LegacyImport::run(
    HostStore &store, const QString &legacyPath, const LifecycleSettings &settings)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(legacyPath).absoluteFilePath());
    QFile file(legacyPath);
    if (!file.exists())
        return Error {ErrorCode::FileRead, tr("The file %1 does not exist.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::FileRead,
            tr("The file %1 cannot be read: %2").arg(shown, file.errorString())};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error {ErrorCode::FileFormat,
            tr("The file %1 is not an SQLite database, so it is not a database of the "
               "original Pingtool app.")
                .arg(shown)};
    file.close();

    LegacyConnection legacy(legacyPath);
    if (!legacy.ok())
        return Error {ErrorCode::FileRead,
            tr("The file %1 cannot be opened: %2").arg(shown, legacy.db().lastError().text())};

    const QSet<QString> hostColumns = columnsOf(legacy.db(), QStringLiteral("hosts"));
    if (!hostColumns.contains(QStringLiteral("id"))
        || !hostColumns.contains(QStringLiteral("hostname"))
        || !hostColumns.contains(QStringLiteral("ip_address")))
        return Error {ErrorCode::FileFormat,
            tr("The file %1 has no table 'hosts' with the columns id, hostname and "
               "ip_address, so it is not a database of the original Pingtool app.")
                .arg(shown)};
    // Older versions of the original lack some columns; read what is there.
    const auto col = [&](const char *name) {
        return hostColumns.contains(QLatin1String(name)) ? QLatin1String(name)
                                                         : QLatin1String("NULL");
    };
    QSqlQuery q(legacy.db());
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SELECT id, hostname, ip_address, %1, %2, %3, %4, %5, %6, %7, %8, %9 FROM "
                         "hosts ORDER BY id")
              .arg(col("manufacturer"), col("supplier"), col("host_type"), col("post_code"),
                  col("web_url"), col("failed_attempts"), col("last_status"),
                  col("last_checked_at"), col("last_success_at"));
    if (!q.exec(sql))
        return Error {ErrorCode::FileFormat,
            tr("The hosts of %1 cannot be read: %2").arg(shown, q.lastError().text())};

    Result<HostList> existing = store.listHosts();
    if (!existing)
        return existing.error();
    QSet<QString> knownAddresses;
    for (const Host &h : existing.value())
        knownAddresses.insert(h.address);

    LegacyImportReport report;
    HostList hosts;
    QList<qint64> legacyIds;
    while (q.next()) {
        const qint64 legacyId = q.value(0).toLongLong();
        Host h;
        h.name = q.value(1).toString();
        h.address = q.value(2).toString();
        const QString maker = q.value(3).toString();
        h.manufacturer = manufacturerFromName(maker).value_or(Manufacturer::Other);
        h.supplier = q.value(4).toString();
        h.type = q.value(5).toString();
        h.postCode = q.value(6).toString();
        h.webUrl = q.value(7).toString();
        const QString label = tr("host id %1 (%2)").arg(legacyId).arg(h.name.simplified().left(60));

        const QList<FieldError> errors = HostValidator::validate(h);
        if (!errors.isEmpty()) {
            report.problems << tr("%1: %2").arg(label, errors.constFirst().message);
            ++report.skipped;
            continue;
        }
        if (knownAddresses.contains(h.address)) {
            report.problems
                << tr("%1: the address %2 is already in the database.").arg(label, h.address);
            ++report.skipped;
            continue;
        }
        knownAddresses.insert(h.address);

        HostState &s = h.state;
        s.failedChecks = std::max(0, q.value(8).toInt());
        s.lastCheckedAt = fromIsoUtc(q.value(10).toString());
        s.lastSuccessAt = fromIsoUtc(q.value(11).toString());
        const bool up = lastStatusIsUp(q.value(9));
        if (up && !s.lastSuccessAt.isValid())
            s.lastSuccessAt = s.lastCheckedAt; // it answered at its last check
        s.status = deriveStatus(up, s.everSucceeded(), s.failedChecks, settings);
        if (s.status == HostStatus::Up)
            s.failedChecks = 0;
        s.proof = s.status == HostStatus::Up ? Proof::Ping : Proof::None;
        hosts.append(h);
        legacyIds.append(legacyId);
    }

    // Outage history, from later versions of the original.
    struct LegacyOutage
    {
        qint64 legacyHostId;
        QDateTime startedAt;
    };
    QList<LegacyOutage> legacyOutages;
    const QSet<QString> outageColumns = columnsOf(legacy.db(), QStringLiteral("outage_events"));
    if (outageColumns.contains(QStringLiteral("host_id"))
        && outageColumns.contains(QStringLiteral("started_at"))) {
        QSqlQuery o(legacy.db());
        o.setForwardOnly(true);
        if (!o.exec(QStringLiteral("SELECT host_id, started_at FROM outage_events ORDER BY "
                                   "host_id, started_at")))
            return Error {ErrorCode::FileFormat,
                tr("The outage history of %1 cannot be read: %2").arg(shown, o.lastError().text())};
        while (o.next()) {
            const QDateTime start = fromIsoUtc(o.value(1).toString());
            if (start.isValid())
                legacyOutages.append({o.value(0).toLongLong(), start});
        }
    }

    const Status s = store.inTransaction([&]() -> Status {
        Result<QList<qint64>> ids = store.addHosts(hosts);
        if (!ids)
            return ids.error();
        QHash<qint64, qsizetype> indexOfLegacy;
        for (qsizetype i = 0; i < legacyIds.size(); ++i)
            indexOfLegacy.insert(legacyIds.at(i), i);
        QList<OutageRecord> outages;
        for (qsizetype i = 0; i < legacyOutages.size(); ++i) {
            const LegacyOutage &lo = legacyOutages.at(i);
            const auto it = indexOfLegacy.constFind(lo.legacyHostId);
            if (it == indexOfLegacy.constEnd())
                continue; // its host was skipped or no longer exists
            const Host &h = hosts.at(*it);
            const bool latestOfHost = i + 1 == legacyOutages.size()
                || legacyOutages.at(i + 1).legacyHostId != lo.legacyHostId;
            OutageRecord r;
            r.hostId = ids.value().at(*it);
            r.startedAt = lo.startedAt;
            // The original recorded starts only. The latest outage of a host that is Down now
            // is still open; the others ended at a time the original did not record.
            r.open = latestOfHost && h.state.status == HostStatus::Down;
            outages.append(r);
        }
        report.outages = int(outages.size());
        return store.addOutages(outages);
    });
    if (!s)
        return s.error();
    report.imported = int(hosts.size());
    return report;
}
