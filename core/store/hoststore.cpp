#include "hoststore.h"

#include "schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QVariant>

#include <cmath>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

Q_LOGGING_CATEGORY(lcStore, "pingtool.store", QtWarningMsg)

namespace {

QAtomicInt g_connectionCounter;

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(toIsoUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableDouble(const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v))
        return QVariant(QMetaType(QMetaType::Double));
    return *v;
}

Host hostFromQuery(const QSqlQuery &q)
{
    // Column order: Schema::kHostColumns.
    Host h;
    h.id = q.value(0).toLongLong();
    h.name = q.value(1).toString();
    h.address = q.value(2).toString();
    h.manufacturer = manufacturerFromName(q.value(3).toString()).value_or(Manufacturer::Other);
    h.supplier = q.value(4).toString();
    h.type = q.value(5).toString();
    h.postCode = q.value(6).toString();
    h.webUrl = q.value(7).toString();
    h.paused = q.value(8).toInt() != 0;
    h.state.status = statusFromName(q.value(9).toString()).value_or(HostStatus::New);
    h.state.failedChecks = q.value(10).toInt();
    h.state.lastCheckedAt = fromIsoUtc(q.value(11).toString());
    h.state.lastSuccessAt = fromIsoUtc(q.value(12).toString());
    h.state.nextDueAt = fromIsoUtc(q.value(13).toString());
    if (!q.value(14).isNull())
        h.state.lastRttMs = q.value(14).toDouble();
    h.state.proof = proofFromName(q.value(15).toString());
    h.state.lastError = q.value(16).toString();
    return h;
}

QString hostSelect(const char *tail)
{
    return QStringLiteral("SELECT ") + QLatin1String(Schema::kHostColumns)
        + QStringLiteral(" FROM hosts h ") + QLatin1String(tail);
}

// Placeholders "?, ?, ?" for an IN list.
QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

constexpr qsizetype kIdsPerStatement = 500; // well under SQLite's bound-parameter limit

} // namespace

QString HostStore::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("pingtool.sqlite"));
}

HostStore::HostStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

HostStore::~HostStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase HostStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error HostStore::sqlError(const QSqlError &error, const QString &what) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary SQLite result code
    const QString detail = error.driverText().isEmpty() ? error.text() : error.driverText();
    const QString native = error.databaseText();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorCode::DatabaseLocked,
            tr("The database %1 is locked by another program and stayed locked longer than "
               "the busy timeout (%2).")
                .arg(QDir::toNativeSeparators(m_path), what)};
    case 8: // SQLITE_READONLY
        return {ErrorCode::DatabaseReadOnly,
            tr("The database %1 cannot be written (%2): %3")
                .arg(QDir::toNativeSeparators(m_path), what, native)};
    case 13: // SQLITE_FULL
        return {ErrorCode::DatabaseFull,
            tr("The disk holding the database %1 is full (%2). Nothing was lost: the last "
               "change was rolled back.")
                .arg(QDir::toNativeSeparators(m_path), what)};
    case 11: // SQLITE_CORRUPT
        return {ErrorCode::DatabaseCorrupt,
            tr("The database %1 is damaged (%2): %3")
                .arg(QDir::toNativeSeparators(m_path), what, native)};
    case 26: // SQLITE_NOTADB
        return {ErrorCode::DatabaseNotSqlite,
            tr("The file %1 is not an SQLite database.").arg(QDir::toNativeSeparators(m_path))};
    default:
        break;
    }
    return {ErrorCode::DatabaseQuery,
        tr("Database error in %1 (%2): %3 %4")
            .arg(QDir::toNativeSeparators(m_path), what, detail, native)
            .trimmed()};
}

Result<std::unique_ptr<HostStore>> HostStore::open(const QString &pathIn, Options options)
{
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);

    if (info.exists()) {
        if (info.isDir())
            return Error {
                ErrorCode::DatabaseOpen, tr("%1 is a folder, not a database file.").arg(shown)};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error {ErrorCode::DatabaseOpen,
                tr("The database %1 cannot be read: %2").arg(shown, f.errorString())};
        const QByteArray head = f.read(16);
        if (!head.isEmpty() && head != kSqliteMagic)
            return Error {ErrorCode::DatabaseNotSqlite,
                tr("The file %1 is not an SQLite database, so Pingtool will not use or "
                   "change it. Choose another file with --database.")
                    .arg(shown)};
        // The permission bits are the user's word, even for root, who could write anyway.
        // (WriteUser is left out: for root it is always set.)
        const auto writeBits
            = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!options.readOnly && (!(info.permissions() & writeBits) || !info.isWritable()))
            return Error {ErrorCode::DatabaseReadOnly,
                tr("The database %1 is read-only. Make it writable or choose another "
                   "file with --database.")
                    .arg(shown)};
        if (!options.readOnly && !QFileInfo(info.absolutePath()).isWritable())
            return Error {ErrorCode::DatabaseReadOnly,
                tr("The folder of the database %1 is not writable; SQLite needs to "
                   "create its journal files there.")
                    .arg(shown)};
    } else {
        if (options.readOnly)
            return Error {
                ErrorCode::DatabaseOpen, tr("The database %1 does not exist.").arg(shown)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error {ErrorCode::DatabaseOpen,
                tr("The folder for the database %1 cannot be created.").arg(shown)};
    }

    const QString name
        = QStringLiteral("pingtool-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<HostStore> store(new HostStore(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions
            = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return store->sqlError(db.lastError(), tr("opening"));
    }
    if (Status s = store->initialize(options); !s)
        return s.error();
    store->m_readOnly = options.readOnly;
    store->rememberFileIdentity();
    return store;
}

Status HostStore::initialize(const Options &options)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // The first read tells whether this is an SQLite file at all (and whether it is locked).
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite_%'")))
        return sqlError(q.lastError(), tr("reading the schema"));
    q.next();
    const int tables = q.value(0).toInt();
    q.finish();

    const int version = schemaVersion();
    if (version < 0)
        return Error {ErrorCode::DatabaseQuery,
            tr("The schema version of %1 cannot be read.").arg(QDir::toNativeSeparators(m_path))};
    if (version == 0 && tables > 0) {
        QSqlQuery legacy(db);
        const bool looksLegacy
            = legacy.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('hosts') WHERE name = "
                                         "'ip_address'"))
            && legacy.next();
        if (looksLegacy)
            return Error {ErrorCode::DatabaseNotSqlite,
                tr("%1 is a database of the original Pingtool web app. Pingtool will not "
                   "change it; bring its hosts and history in with --import-legacy %1.")
                    .arg(QDir::toNativeSeparators(m_path))};
        return Error {ErrorCode::DatabaseNotSqlite,
            tr("%1 is an SQLite database of another program, not a Pingtool database. "
               "Pingtool will not change it.")
                .arg(QDir::toNativeSeparators(m_path))};
    }
    if (version > kSchemaVersion)
        return Error {ErrorCode::DatabaseNewerSchema,
            tr("The database %1 was written by a newer version of Pingtool (schema "
               "version %2; this version understands up to %3). It was not changed.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(kSchemaVersion)};

    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(q.lastError(), tr("enabling foreign keys"));
    if (options.readOnly) {
        if (version < kSchemaVersion)
            return Error {ErrorCode::DatabaseReadOnly,
                tr("The database %1 needs an upgrade before it can be read; open it "
                   "once with write access.")
                    .arg(QDir::toNativeSeparators(m_path))};
        return {};
    }
    // WAL: readers (the window's dashboard, the command line) never block the writer. NORMAL
    // sync survives a crash of the program; a power cut may lose the last commits.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(q.lastError(), tr("switching to write-ahead logging"));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return sqlError(q.lastError(), tr("setting durability"));
    return migrate(version);
}

void HostStore::rememberFileIdentity()
{
#if defined(Q_OS_UNIX)
    struct stat st = {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_fileDevice = quint64(st.st_dev);
        m_fileInode = quint64(st.st_ino);
    }
#endif
}

Status HostStore::reopenAt(const QString &path)
{
    {
        QSqlDatabase db = database();
        db.close(); // checkpoints the old write-ahead log into the old file and removes it
        db.setDatabaseName(path);
        if (!db.open())
            return sqlError(db.lastError(), tr("opening"));
    }
    m_path = path;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(q.lastError(), tr("enabling foreign keys"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(q.lastError(), tr("switching to write-ahead logging"));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return sqlError(q.lastError(), tr("setting durability"));
    m_lastDataVersion = -1;
    rememberFileIdentity();
    return {};
}

Result<std::optional<QString>> HostStore::ensureFileInPlace()
{
#if defined(Q_OS_UNIX)
    if (m_readOnly || m_transactionDepth > 0 || (m_fileDevice == 0 && m_fileInode == 0))
        return std::optional<QString>();
    struct stat st = {};
    const bool exists = ::stat(QFile::encodeName(m_path).constData(), &st) == 0;
    if (exists && quint64(st.st_dev) == m_fileDevice && quint64(st.st_ino) == m_fileInode)
        return std::optional<QString>();

    const QString original = m_path;
    QString target = original;
    if (exists) {
        // Another file took its place: never write into it. Go on in a copy beside it.
        const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        target = original + QStringLiteral(".recovered-") + stamp;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = original + QStringLiteral(".recovered-") + stamp + u'-' + QString::number(n);
    } else {
        QDir().mkpath(QFileInfo(original).absolutePath());
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        Error e = sqlError(q.lastError(), tr("saving the database to %1").arg(target));
        e.message = (exists ? tr("The database %1 was replaced by another file while Pingtool "
                                 "was running, and Pingtool could not save its own data beside "
                                 "it: %2")
                            : tr("The database %1 was deleted while Pingtool was running, and "
                                 "Pingtool could not write it back: %2"))
                        .arg(QDir::toNativeSeparators(original), e.message);
        return e;
    }
    q.finish();
    if (Status s = reopenAt(target); !s)
        return s.error();
    qCWarning(lcStore) << "database file" << original << (exists ? "replaced" : "deleted")
                       << "while open; continuing in" << target;
    if (exists)
        return std::optional<QString>(
            tr("The database %1 was replaced by another file while Pingtool was running. "
               "Pingtool leaves that file alone and goes on in %2, which holds every host and "
               "result it had; use --database to choose the file you want.")
                .arg(QDir::toNativeSeparators(original), QDir::toNativeSeparators(target)));
    return std::optional<QString>(
        tr("The database %1 was deleted while Pingtool was running. Pingtool wrote it back with "
           "every host and result it had, and goes on using it.")
            .arg(QDir::toNativeSeparators(original)));
#else
    return std::optional<QString>();
#endif
}

int HostStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status HostStore::migrate(int from)
{
    for (int step = from + 1; step <= kSchemaVersion; ++step) {
        const QStringList statements = Schema::migrationStep(step);
        const Status s = inTransaction([&]() -> Status {
            QSqlQuery q(database());
            for (const QString &sql : statements) {
                if (!q.exec(sql))
                    return sqlError(q.lastError(), tr("upgrading to schema version %1").arg(step));
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step)))
                return sqlError(q.lastError(), tr("upgrading to schema version %1").arg(step));
            return {};
        });
        if (!s)
            return s;
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << step;
    }
    return {};
}

Status HostStore::inTransaction(const std::function<Status()> &body)
{
    // Nested calls join the outer transaction: its caller commits or rolls back everything.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status result = body();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // BEGIN IMMEDIATE takes the write lock now (waiting up to the busy timeout), so the body
    // cannot fail half-way with "database is locked" because a reader holds the file.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q.lastError(), tr("starting a transaction"));
    ++m_transactionDepth;
    Status result = body();
    --m_transactionDepth;
    if (result) {
        if (q.exec(QStringLiteral("COMMIT")))
            return result;
        result = sqlError(q.lastError(), tr("committing"));
    }
    QSqlQuery rollback(db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return result;
}

namespace {

bool bindHost(QSqlQuery &q, const Host &h, const QString &createdAt)
{
    q.addBindValue(h.name);
    q.addBindValue(h.address);
    q.addBindValue(manufacturerName(h.manufacturer));
    q.addBindValue(h.supplier);
    q.addBindValue(h.type);
    q.addBindValue(h.postCode);
    q.addBindValue(h.webUrl);
    q.addBindValue(h.paused ? 1 : 0);
    q.addBindValue(statusName(h.state.status));
    q.addBindValue(h.state.failedChecks);
    q.addBindValue(nullableTime(h.state.lastCheckedAt));
    q.addBindValue(nullableTime(h.state.lastSuccessAt));
    q.addBindValue(nullableTime(h.state.nextDueAt));
    q.addBindValue(nullableDouble(h.state.lastRttMs));
    q.addBindValue(h.state.proof == Proof::None ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(proofName(h.state.proof)));
    q.addBindValue(h.state.lastError);
    q.addBindValue(createdAt);
    return true;
}

const char *const kInsertHost
    = "INSERT INTO hosts (name, address, manufacturer, supplier, type, post_code, web_url, paused, "
      "status, failed_checks, last_checked_at, last_success_at, next_due_at, last_rtt_ms, proof, "
      "last_error, created_at) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
      "coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?)";

const char *const kUpdateHostFields
    = "UPDATE hosts SET name = ?, address = ?, manufacturer = ?, supplier = coalesce(?, ''), "
      "type = coalesce(?, ''), post_code = coalesce(?, ''), web_url = coalesce(?, ''), paused = ? "
      "WHERE id = ?";

void bindHostFields(QSqlQuery &q, const Host &h)
{
    q.addBindValue(h.name);
    q.addBindValue(h.address);
    q.addBindValue(manufacturerName(h.manufacturer));
    q.addBindValue(h.supplier);
    q.addBindValue(h.type);
    q.addBindValue(h.postCode);
    q.addBindValue(h.webUrl);
    q.addBindValue(h.paused ? 1 : 0);
    q.addBindValue(h.id);
}

} // namespace

Result<qint64> HostStore::addHost(const Host &host)
{
    Result<QList<qint64>> ids = addHosts({host});
    if (!ids)
        return ids.error();
    return ids.value().constFirst();
}

Result<QList<qint64>> HostStore::addHosts(const HostList &hosts)
{
    QList<qint64> ids;
    const Status s = applyImport(hosts, {}, {}, &ids);
    if (!s)
        return s.error();
    return ids;
}

Status HostStore::applyImport(const HostList &newHosts, const HostList &updatedHosts,
    const std::function<bool(int, int)> &progress, QList<qint64> *newIds)
{
    const int total = int(newHosts.size() + updatedHosts.size());
    const auto cancelled = [] {
        return Error {ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed.")};
    };
    QList<qint64> ids;
    ids.reserve(newHosts.size());
    const Status s = inTransaction([&]() -> Status {
        const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
        QSqlQuery insert(database());
        insert.prepare(QLatin1String(kInsertHost));
        QSqlQuery update(database());
        update.prepare(QLatin1String(kUpdateHostFields));
        int done = 0;
        auto tick = [&]() -> bool {
            ++done;
            // Every 500 rows: often enough for a progress bar, rare enough to cost nothing.
            if (progress && (done % 500 == 0 || done == total))
                return progress(done, total);
            return true;
        };
        for (const Host &h : newHosts) {
            bindHost(insert, h, now);
            if (!insert.exec())
                return sqlError(insert.lastError(), tr("adding host %1").arg(h.name));
            ids.append(insert.lastInsertId().toLongLong());
            if (!tick())
                return cancelled();
        }
        for (const Host &h : updatedHosts) {
            bindHostFields(update, h);
            if (!update.exec())
                return sqlError(update.lastError(), tr("updating host %1").arg(h.name));
            if (!tick())
                return cancelled();
        }
        if (progress && total == 0)
            progress(0, 0);
        return {};
    });
    if (!s)
        return s;
    if (newIds)
        *newIds = ids;
    return {};
}

Status HostStore::updateHost(const Host &host)
{
    QSqlQuery q(database());
    q.prepare(QLatin1String(kUpdateHostFields));
    bindHostFields(q, host);
    if (!q.exec())
        return sqlError(q.lastError(), tr("updating host %1").arg(host.name));
    if (q.numRowsAffected() == 0)
        return Error {ErrorCode::NotFound, tr("There is no host with id %1.").arg(host.id)};
    return {};
}

namespace {

// Runs "<sqlHead> (?, ?, ...)" for the ids in chunks, with extra values bound first.
bool execForIds(QSqlQuery &q, const QString &sqlHead, const QVariantList &leading,
    const QList<qint64> &ids, int *affected = nullptr)
{
    for (qsizetype i = 0; i < ids.size(); i += kIdsPerStatement) {
        const QList<qint64> chunk = ids.mid(i, kIdsPerStatement);
        if (!q.prepare(
                sqlHead + QStringLiteral(" (") + placeholders(chunk.size()) + QStringLiteral(")")))
            return false;
        for (const QVariant &v : leading)
            q.addBindValue(v);
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return false;
        if (affected)
            *affected += q.numRowsAffected();
    }
    return true;
}

} // namespace

Status HostStore::removeHosts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        if (!execForIds(q, QStringLiteral("DELETE FROM hosts WHERE id IN"), {}, ids))
            return sqlError(q.lastError(), tr("removing hosts"));
        return {};
    });
}

Status HostStore::bulkUpdate(const QList<qint64> &ids, const BulkEdit &edit)
{
    if (ids.isEmpty())
        return {};
    QStringList sets;
    QVariantList values;
    if (edit.manufacturer) {
        sets << QStringLiteral("manufacturer = ?");
        values << manufacturerName(*edit.manufacturer);
    }
    if (edit.supplier) {
        sets << QStringLiteral("supplier = coalesce(?, '')");
        values << *edit.supplier;
    }
    if (edit.type) {
        sets << QStringLiteral("type = coalesce(?, '')");
        values << *edit.type;
    }
    if (sets.isEmpty())
        return {};
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        if (!execForIds(q,
                QStringLiteral("UPDATE hosts SET ") + sets.join(QStringLiteral(", "))
                    + QStringLiteral(" WHERE id IN"),
                values, ids))
            return sqlError(q.lastError(), tr("editing hosts"));
        return {};
    });
}

Status HostStore::setPaused(const QList<qint64> &ids, bool paused)
{
    if (ids.isEmpty())
        return {};
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        if (!execForIds(q, QStringLiteral("UPDATE hosts SET paused = ? WHERE id IN"),
                {paused ? 1 : 0}, ids))
            return sqlError(q.lastError(), paused ? tr("pausing hosts") : tr("resuming hosts"));
        return {};
    });
}

Status HostStore::setNextDue(const QList<qint64> &ids, const QList<QDateTime> &nextDueUtc)
{
    if (ids.size() != nextDueUtc.size())
        return Error {ErrorCode::InvalidInput, QStringLiteral("setNextDue: sizes differ")};
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("UPDATE hosts SET next_due_at = ? WHERE id = ?"));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            q.addBindValue(nullableTime(nextDueUtc.at(i)));
            q.addBindValue(ids.at(i));
            if (!q.exec())
                return sqlError(q.lastError(), tr("scheduling checks"));
        }
        return {};
    });
}

Result<HostList> HostStore::listHosts() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(hostSelect("ORDER BY h.id")))
        return sqlError(q.lastError(), tr("listing hosts"));
    HostList hosts;
    while (q.next())
        hosts.append(hostFromQuery(q));
    return hosts;
}

Result<Host> HostStore::host(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(hostSelect("WHERE h.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading host %1").arg(id));
    if (!q.next())
        return Error {ErrorCode::NotFound, tr("There is no host with id %1.").arg(id)};
    return hostFromQuery(q);
}

Result<std::optional<Host>> HostStore::hostByAddress(const QString &address) const
{
    QSqlQuery q(database());
    q.prepare(hostSelect("WHERE h.address = ? ORDER BY h.id LIMIT 1"));
    q.addBindValue(address);
    if (!q.exec())
        return sqlError(q.lastError(), tr("looking up address %1").arg(address));
    if (!q.next())
        return std::optional<Host>();
    return std::optional<Host>(hostFromQuery(q));
}

Status HostStore::writeResults(const QList<CheckRecord> &records)
{
    if (records.isEmpty())
        return {};
    return inTransaction([&]() -> Status {
        QSqlDatabase db = database();
        QSqlQuery state(db);
        state.prepare(
            QStringLiteral("UPDATE hosts SET status = ?, failed_checks = ?, last_checked_at = ?, "
                           "last_success_at = ?, next_due_at = ?, last_rtt_ms = ?, proof = ?, "
                           "last_error = coalesce(?, '') "
                           "WHERE id = ?"));
        QSqlQuery open(db);
        open.prepare(QStringLiteral("INSERT OR IGNORE INTO outages (host_id, started_at) "
                                    "VALUES (?, ?)"));
        QSqlQuery close(db);
        close.prepare(QStringLiteral("UPDATE outages SET ended_at = ? WHERE host_id = ? AND "
                                     "ended_at IS NULL"));
        QSqlQuery rollup(db);
        rollup.prepare(QStringLiteral(
            "INSERT INTO check_rollups (host_id, hour, checks, successes, web_successes, errors, "
            "sent, received, rtt_min_ms, rtt_max_ms, rtt_sum_ms, rtt_count) "
            "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (host_id, hour) DO UPDATE SET "
            " checks = checks + 1,"
            " successes = successes + excluded.successes,"
            " web_successes = web_successes + excluded.web_successes,"
            " errors = errors + excluded.errors,"
            " sent = sent + excluded.sent,"
            " received = received + excluded.received,"
            " rtt_min_ms = CASE WHEN excluded.rtt_min_ms IS NULL THEN rtt_min_ms"
            "   WHEN rtt_min_ms IS NULL THEN excluded.rtt_min_ms"
            "   ELSE min(rtt_min_ms, excluded.rtt_min_ms) END,"
            " rtt_max_ms = CASE WHEN excluded.rtt_max_ms IS NULL THEN rtt_max_ms"
            "   WHEN rtt_max_ms IS NULL THEN excluded.rtt_max_ms"
            "   ELSE max(rtt_max_ms, excluded.rtt_max_ms) END,"
            " rtt_sum_ms = rtt_sum_ms + excluded.rtt_sum_ms,"
            " rtt_count = rtt_count + excluded.rtt_count"));

        for (const CheckRecord &r : records) {
            const HostState &s = r.state;
            state.addBindValue(statusName(s.status));
            state.addBindValue(s.failedChecks);
            state.addBindValue(nullableTime(s.lastCheckedAt));
            state.addBindValue(nullableTime(s.lastSuccessAt));
            state.addBindValue(nullableTime(s.nextDueAt));
            state.addBindValue(nullableDouble(s.lastRttMs));
            state.addBindValue(s.proof == Proof::None ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(proofName(s.proof)));
            state.addBindValue(s.lastError);
            state.addBindValue(r.hostId);
            if (!state.exec())
                return sqlError(state.lastError(), tr("saving check results"));
            if (state.numRowsAffected() == 0)
                continue; // the host was deleted meanwhile: its result is dropped

            const QString checkedAt = toIsoUtc(s.lastCheckedAt);
            if (r.outage == OutageChange::Opened) {
                open.addBindValue(r.hostId);
                open.addBindValue(checkedAt);
                if (!open.exec())
                    return sqlError(open.lastError(), tr("recording an outage"));
            } else if (r.outage == OutageChange::Closed) {
                close.addBindValue(checkedAt);
                close.addBindValue(r.hostId);
                if (!close.exec())
                    return sqlError(close.lastError(), tr("recording an outage"));
            }

            // Hourly rollup: "2026-11-27T09" of the check's UTC time.
            const CheckOutcome &o = r.outcome;
            const bool alive = o.verdict == CheckVerdict::Alive;
            rollup.addBindValue(r.hostId);
            rollup.addBindValue(checkedAt.left(13));
            rollup.addBindValue(alive ? 1 : 0);
            rollup.addBindValue(alive && o.proof == Proof::Web ? 1 : 0);
            rollup.addBindValue(o.verdict == CheckVerdict::Error ? 1 : 0);
            rollup.addBindValue(o.sent);
            rollup.addBindValue(o.received);
            rollup.addBindValue(nullableDouble(o.rttMinMs ? o.rttMinMs : o.rttAvgMs));
            rollup.addBindValue(nullableDouble(o.rttMaxMs ? o.rttMaxMs : o.rttAvgMs));
            rollup.addBindValue(o.rttAvgMs && std::isfinite(*o.rttAvgMs) ? *o.rttAvgMs : 0.0);
            rollup.addBindValue(o.rttAvgMs && std::isfinite(*o.rttAvgMs) ? 1 : 0);
            if (!rollup.exec())
                return sqlError(rollup.lastError(), tr("saving check history"));
        }
        return {};
    });
}

Result<StatusCounts> HostStore::statusCounts() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT status, count(*) FROM hosts GROUP BY status")))
        return sqlError(q.lastError(), tr("counting hosts"));
    StatusCounts c;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (statusFromName(q.value(0).toString()).value_or(HostStatus::New)) {
        case HostStatus::New:
            c.newCount += n;
            break;
        case HostStatus::Up:
            c.up += n;
            break;
        case HostStatus::Down:
            c.down += n;
            break;
        case HostStatus::Unknown:
            c.unknown += n;
            break;
        }
    }
    return c;
}

Result<QList<DownHostRow>> HostStore::downHosts(const DashboardQuery &query) const
{
    const QDateTime now
        = query.nowUtc.isValid() ? query.nowUtc.toUTC() : QDateTime::currentDateTimeUtc();
    // "Today" and "this week" follow the local calendar; the bounds are converted to UTC text.
    const QDate today = now.toTimeZone(query.localZone).date();
    const auto localMidnight
        = [&](QDate d) { return toIsoUtc(QDateTime(d, QTime(0, 0), query.localZone)); };
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QString todayStart = localMidnight(today);
    const QString tomorrowStart = localMidnight(today.addDays(1));
    const QString weekStart = localMidnight(monday);
    const QString weekEnd = localMidnight(monday.addDays(5)); // Saturday 00:00: Monday to Friday

    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(Schema::kHostColumns)
        + QStringLiteral(
            ", (SELECT count(*) FROM outages o WHERE o.host_id = h.id AND o.started_at >= ? "
            "AND o.started_at < ?),"
            " (SELECT count(*) FROM outages o WHERE o.host_id = h.id AND o.started_at >= ? "
            "AND o.started_at < ?)"
            " FROM hosts h WHERE h.status = 'Down' OR (? AND h.status = 'Unknown')"
            " ORDER BY h.status = 'Unknown', h.last_success_at DESC, h.name, h.id"));
    q.addBindValue(todayStart);
    q.addBindValue(tomorrowStart);
    q.addBindValue(weekStart);
    q.addBindValue(weekEnd);
    q.addBindValue(query.includeUnknown ? 1 : 0);
    if (!q.exec())
        return sqlError(q.lastError(), tr("listing down hosts"));

    QList<DownHostRow> rows;
    QHash<qint64, qsizetype> rowOfHost;
    while (q.next()) {
        DownHostRow row;
        row.host = hostFromQuery(q);
        row.outagesToday = q.value(17).toInt();
        row.outagesThisWeek = q.value(18).toInt();
        if (row.host.state.lastSuccessAt.isValid())
            row.downtimeSeconds = std::max<qint64>(0, row.host.state.lastSuccessAt.secsTo(now));
        rowOfHost.insert(row.host.id, rows.size());
        rows.append(row);
    }
    if (rows.isEmpty() || query.recentOutageLimit <= 0)
        return rows;

    // The last few outage starts of every listed host, in one query.
    QSqlQuery recent(database());
    recent.setForwardOnly(true);
    recent.prepare(QStringLiteral(
        "SELECT host_id, started_at FROM ("
        " SELECT o.host_id, o.started_at, row_number() OVER (PARTITION BY o.host_id ORDER BY "
        "o.started_at DESC, o.id DESC) AS n"
        " FROM outages o JOIN hosts h ON h.id = o.host_id"
        " WHERE h.status = 'Down' OR (? AND h.status = 'Unknown'))"
        " WHERE n <= ? ORDER BY host_id, started_at DESC"));
    recent.addBindValue(query.includeUnknown ? 1 : 0);
    recent.addBindValue(query.recentOutageLimit);
    if (!recent.exec())
        return sqlError(recent.lastError(), tr("listing recent outages"));
    while (recent.next()) {
        const auto it = rowOfHost.constFind(recent.value(0).toLongLong());
        if (it != rowOfHost.constEnd())
            rows[*it].recentOutages.append(fromIsoUtc(recent.value(1).toString()));
    }
    return rows;
}

Result<QList<OutageRecord>> HostStore::outages(qint64 hostId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, host_id, started_at, ended_at FROM outages WHERE host_id "
                             "= ? ORDER BY started_at, id"));
    q.addBindValue(hostId);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading outages"));
    QList<OutageRecord> list;
    while (q.next()) {
        OutageRecord o;
        o.id = q.value(0).toLongLong();
        o.hostId = q.value(1).toLongLong();
        o.startedAt = fromIsoUtc(q.value(2).toString());
        o.open = q.value(3).isNull();
        o.endedAt = fromIsoUtc(q.value(3).toString());
        list.append(o);
    }
    return list;
}

Status HostStore::addOutages(const QList<OutageRecord> &outages)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(database());
        // An ended outage whose end is unknown (the original app recorded starts only) is
        // stored with an empty end: closed, time unknown. NULL means open.
        q.prepare(
            QStringLiteral("INSERT INTO outages (host_id, started_at, ended_at) VALUES (?, ?, "
                           "CASE WHEN ? THEN NULL ELSE coalesce(?, '') END)"));
        for (const OutageRecord &o : outages) {
            q.addBindValue(o.hostId);
            q.addBindValue(toIsoUtc(o.startedAt));
            q.addBindValue(o.open ? 1 : 0);
            q.addBindValue(nullableTime(o.endedAt));
            if (!q.exec())
                return sqlError(q.lastError(), tr("recording outages"));
        }
        return {};
    });
}

Status HostStore::pruneHistory(const QDateTime &beforeUtc)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM check_rollups WHERE hour < ?"));
    q.addBindValue(toIsoUtc(beforeUtc).left(13));
    if (!q.exec())
        return sqlError(q.lastError(), tr("pruning old check history"));
    return {};
}

bool HostStore::externallyChanged()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const int v = q.value(0).toInt();
    const bool changed = m_lastDataVersion >= 0 && v != m_lastDataVersion;
    m_lastDataVersion = v;
    return changed;
}
