#include "appsettings.h"
#include "commands.h"
#include "hostvalidator.h"
#include "store/hoststore.h"
#include "store/legacyimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

// The translation context of the command-line commands.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const Error &error)
{
    err() << "pingtool: " << error.message << Qt::endl;
    if (error.isDatabaseError())
        return kExitDatabase;
    if (error.code == ErrorCode::FileRead || error.code == ErrorCode::FileFormat)
        return kExitInvalidInput;
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound
        ? kExitInvalidInput
        : kExitFailure;
}

// Opens the database for writing, or for reading only where the command only reads and the
// file exists (so a read-only copy can still be listed).
Result<std::unique_ptr<HostStore>> openStore(const CommandLine &cl, bool readOnly)
{
    const QString path = databasePathFor(cl);
    if (readOnly && QFileInfo::exists(path)) {
        HostStore::Options options;
        options.readOnly = true;
        auto store = HostStore::open(path, options);
        if (store || store.error().code != ErrorCode::DatabaseReadOnly)
            return store;
    }
    return HostStore::open(path);
}

QJsonValue jsonTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject hostJson(const Host &h)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), h.id);
    o.insert(QStringLiteral("name"), h.name);
    o.insert(QStringLiteral("address"), h.address);
    o.insert(QStringLiteral("manufacturer"), manufacturerName(h.manufacturer));
    o.insert(QStringLiteral("supplier"), h.supplier);
    o.insert(QStringLiteral("type"), h.type);
    o.insert(QStringLiteral("post_code"), h.postCode);
    o.insert(QStringLiteral("web_url"), h.webUrl);
    o.insert(QStringLiteral("paused"), h.paused);
    o.insert(QStringLiteral("status"), statusName(h.state.status));
    o.insert(QStringLiteral("failed_checks"), h.state.failedChecks);
    o.insert(QStringLiteral("last_checked_at"), jsonTime(h.state.lastCheckedAt));
    o.insert(QStringLiteral("last_success_at"), jsonTime(h.state.lastSuccessAt));
    o.insert(QStringLiteral("next_check_at"), jsonTime(h.state.nextDueAt));
    o.insert(QStringLiteral("last_rtt_ms"),
        h.state.lastRttMs ? QJsonValue(*h.state.lastRttMs) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("proof"),
        h.state.proof == Proof::None ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(proofName(h.state.proof)));
    if (!h.state.lastError.isEmpty())
        o.insert(QStringLiteral("check_error"), h.state.lastError);
    return o;
}

// A status as the tables show it; --json keeps the English names of statusName().
QString statusText(HostStatus status)
{
    switch (status) {
    case HostStatus::New:
        return Cli::tr("New", "host status");
    case HostStatus::Up:
        return Cli::tr("Up", "host status");
    case HostStatus::Down:
        return Cli::tr("Down", "host status");
    case HostStatus::Unknown:
        break;
    }
    return Cli::tr("Unknown", "host status");
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// Prints rows as aligned columns.
void printTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out() << line << '\n';
    }
    out().flush();
}

QString formatDuration(qint64 seconds)
{
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60;
    if (d > 0)
        return Cli::tr("%1d %2h").arg(d).arg(h);
    if (h > 0)
        return Cli::tr("%1h %2m").arg(h).arg(m);
    return Cli::tr("%1m %2s").arg(m).arg(seconds % 60);
}

} // namespace

QString databasePathFor(const CommandLine &cl)
{
    return cl.databasePath.isEmpty() ? HostStore::defaultDatabasePath()
                                     : QFileInfo(cl.databasePath).absoluteFilePath();
}

int runAdd(const CommandLine &cl)
{
    Host host;
    host.name = cl.name;
    host.address = cl.address;
    host.supplier = cl.supplier;
    host.type = cl.type;
    host.postCode = cl.postCode;
    host.webUrl = cl.webUrl;
    if (cl.hasManufacturer) {
        const auto m = manufacturerFromName(cl.manufacturer);
        if (!m) {
            err() << "pingtool: manufacturer: "
                  << Cli::tr("'%1' is not one of Draytek, Mikrotik, TP-Link, Other.")
                         .arg(cl.manufacturer)
                  << Qt::endl;
            return kExitInvalidInput;
        }
        host.manufacturer = *m;
    }
    const QList<FieldError> errors = HostValidator::validate(host);
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            err() << "pingtool: " << HostValidator::fieldKey(e.field) << ": " << e.message
                  << Qt::endl;
        return kExitInvalidInput;
    }
    auto store = openStore(cl, false);
    if (!store)
        return fail(store.error());
    const auto existing = store.value()->hostByAddress(host.address);
    if (!existing)
        return fail(existing.error());
    if (existing.value()) {
        err() << "pingtool: address: "
              << Cli::tr("A host with the address %1 already exists (id %2, %3).")
                     .arg(host.address)
                     .arg(existing.value()->id)
                     .arg(existing.value()->name)
              << Qt::endl;
        return kExitInvalidInput;
    }
    const Result<qint64> id = store.value()->addHost(host);
    if (!id)
        return fail(id.error());
    out() << id.value() << Qt::endl;
    return kExitOk;
}

int runRemove(const CommandLine &cl)
{
    auto store = openStore(cl, false);
    if (!store)
        return fail(store.error());
    const Result<Host> host = store.value()->host(cl.removeId);
    if (!host)
        return fail(host.error());
    if (const Status s = store.value()->removeHosts({cl.removeId}); !s)
        return fail(s.error());
    out() << Cli::tr("Removed host %1 (%2, %3).")
                 .arg(cl.removeId)
                 .arg(host.value().name, host.value().address)
          << Qt::endl;
    return kExitOk;
}

int runList(const CommandLine &cl)
{
    auto store = openStore(cl, true);
    if (!store)
        return fail(store.error());
    const Result<HostList> hosts = store.value()->listHosts();
    if (!hosts)
        return fail(hosts.error());
    if (cl.json) {
        QJsonArray array;
        for (const Host &h : hosts.value())
            array.append(hostJson(h));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
        return kExitOk;
    }
    if (hosts.value().isEmpty()) {
        out() << Cli::tr("No hosts yet. Add one with: pingtool --add --name NAME --address ADDRESS")
              << Qt::endl;
        return kExitOk;
    }
    QList<QStringList> rows;
    rows << QStringList {Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("ADDRESS"), Cli::tr("STATUS"),
        Cli::tr("MANUFACTURER"), Cli::tr("SUPPLIER"), Cli::tr("TYPE"), Cli::tr("POST CODE"),
        Cli::tr("LAST SUCCESS (UTC)")};
    for (const Host &h : hosts.value()) {
        QString status = statusText(h.state.status);
        if (h.paused)
            status = Cli::tr("%1 (paused)", "host status").arg(status);
        rows << QStringList {QString::number(h.id), h.name, h.address, status,
            manufacturerName(h.manufacturer), orDash(h.supplier), orDash(h.type),
            orDash(h.postCode), orDash(toIsoUtc(h.state.lastSuccessAt))};
    }
    printTable(rows);
    return kExitOk;
}

int runDown(const CommandLine &cl)
{
    auto store = openStore(cl, true);
    if (!store)
        return fail(store.error());
    DashboardQuery query;
    query.nowUtc = QDateTime::currentDateTimeUtc();
    query.includeUnknown = cl.includeUnknown;
    const auto rows = store.value()->downHosts(query);
    if (!rows)
        return fail(rows.error());
    const auto counts = store.value()->statusCounts();
    if (!counts)
        return fail(counts.error());

    if (cl.json) {
        QJsonObject c;
        c.insert(QStringLiteral("New"), counts.value().newCount);
        c.insert(QStringLiteral("Up"), counts.value().up);
        c.insert(QStringLiteral("Down"), counts.value().down);
        c.insert(QStringLiteral("Unknown"), counts.value().unknown);
        QJsonArray hosts;
        for (const DownHostRow &r : rows.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), r.host.id);
            o.insert(QStringLiteral("name"), r.host.name);
            o.insert(QStringLiteral("address"), r.host.address);
            o.insert(QStringLiteral("supplier"), r.host.supplier);
            o.insert(QStringLiteral("post_code"), r.host.postCode);
            o.insert(QStringLiteral("status"), statusName(r.host.state.status));
            o.insert(QStringLiteral("last_success_at"), jsonTime(r.host.state.lastSuccessAt));
            o.insert(QStringLiteral("downtime_seconds"),
                r.downtimeSeconds ? QJsonValue(*r.downtimeSeconds) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("outages_today"), r.outagesToday);
            o.insert(QStringLiteral("outages_this_week"), r.outagesThisWeek);
            QJsonArray recent;
            for (const QDateTime &t : r.recentOutages)
                recent.append(toIsoUtc(t));
            o.insert(QStringLiteral("recent_outages"), recent);
            hosts.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("counts"), c);
        root.insert(QStringLiteral("hosts"), hosts);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out().flush();
        return kExitOk;
    }

    const StatusCounts &n = counts.value();
    out() << Cli::tr("Up: %1  Down: %2  Unknown: %3  New: %4")
                 .arg(n.up)
                 .arg(n.down)
                 .arg(n.unknown)
                 .arg(n.newCount)
          << "\n\n";
    if (rows.value().isEmpty()) {
        out() << (cl.includeUnknown ? Cli::tr("No host is down or unknown.")
                                    : Cli::tr("All hosts are reachable."))
              << Qt::endl;
        return kExitOk;
    }
    QList<QStringList> table;
    table << QStringList {Cli::tr("NAME"), Cli::tr("ADDRESS"), Cli::tr("SUPPLIER"),
        Cli::tr("POST CODE"), Cli::tr("STATUS"), Cli::tr("DOWN FOR"),
        Cli::tr("LAST SUCCESS (local)"), Cli::tr("TODAY"), Cli::tr("THIS WEEK")};
    for (const DownHostRow &r : rows.value()) {
        table << QStringList {r.host.name, r.host.address, orDash(r.host.supplier),
            orDash(r.host.postCode), statusText(r.host.state.status),
            r.downtimeSeconds ? formatDuration(*r.downtimeSeconds) : QStringLiteral("-"),
            r.host.state.lastSuccessAt.isValid()
                ? r.host.state.lastSuccessAt.toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : Cli::tr("never"),
            QString::number(r.outagesToday), QString::number(r.outagesThisWeek)};
    }
    printTable(table);
    return kExitOk;
}

int runImportLegacy(const CommandLine &cl)
{
    auto store = openStore(cl, false);
    if (!store)
        return fail(store.error());
    const AppSettings settings
        = cl.settingsFile.isEmpty() ? AppSettings() : AppSettings(cl.settingsFile);
    const auto report = LegacyImport::run(*store.value(), cl.file, settings.engine().lifecycle);
    if (!report)
        return fail(report.error());
    for (const QString &problem : report.value().problems)
        err() << Cli::tr("skipped %1").arg(problem) << '\n';
    err().flush();
    out() << Cli::tr("Hosts imported: %1, outages imported: %2, hosts skipped: %3.")
                 .arg(report.value().imported)
                 .arg(report.value().outages)
                 .arg(report.value().skipped)
          << Qt::endl;
    return kExitOk;
}
