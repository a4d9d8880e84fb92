#include "store/hoststore.h"
#include "store/monitorlock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Every bad database file gets a clear error naming the file, and is never changed.
class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readOnlyFileIsRefusedAndUntouched();
    void fileOfAnotherKindIsRefusedAndUntouched();
    void newerSchemaIsRefusedAndUntouched();
    void otherProgramsSqliteFileIsRefused();
    void originalAppsDatabaseIsRefusedWithAHint();
    void damagedFileIsRefusedAndUntouched();
    void lockedFileAtOpenReportsLocked();
    void writeBlockedPastBusyTimeoutReportsLockedAndLosesNothing();
    void secondMonitorIsRefusedNamingFileAndProcess();
    void monitorLockIsReleasedOnDestruction();
    void folderInsteadOfFileIsRefused();

private:
    QString makeDatabase(const QString &name, const QStringList &statements);
    static QByteArray digest(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStoreFaults::cleanup()
{
    m_dir.reset();
}

QByteArray TestStoreFaults::digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString TestStoreFaults::makeDatabase(const QString &name, const QStringList &statements)
{
    const QString path = m_dir->filePath(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

void TestStoreFaults::readOnlyFileIsRefusedAndUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("ro.sqlite"));
    {
        auto store = HostStore::open(path).value();
        Host h;
        h.name = QStringLiteral("keep me");
        h.address = QStringLiteral("127.0.0.1");
        store->addHost(h);
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = digest(path);
    const auto r = HostStore::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::DatabaseReadOnly);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(r.error().message.contains(QStringLiteral("read-only")));
    QCOMPARE(digest(path), before);

    // Reading it is still possible.
    HostStore::Options readOnly;
    readOnly.readOnly = true;
    auto reader = HostStore::open(path, readOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.error().message));
    QCOMPARE(reader.value()->listHosts().value().size(), 1);
}

void TestStoreFaults::fileOfAnotherKindIsRefusedAndUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,address\nrouter,127.0.0.1\n");
    f.close();
    const QByteArray before = digest(path);
    const auto r = HostStore::open(path);
    QCOMPARE(r.error().code, ErrorCode::DatabaseNotSqlite);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(r.error().message.contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(digest(path), before);
    QCOMPARE(QFileInfo(path).size(), qint64(30));
}

void TestStoreFaults::newerSchemaIsRefusedAndUntouched()
{
    const QString path = makeDatabase(QStringLiteral("future.sqlite"),
        {QStringLiteral("CREATE TABLE hosts (id INTEGER)"),
            QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = digest(path);
    const auto r = HostStore::open(path);
    QCOMPARE(r.error().code, ErrorCode::DatabaseNewerSchema);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(r.error().message.contains(QStringLiteral("schema version 99")));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStoreFaults::otherProgramsSqliteFileIsRefused()
{
    const QString path = makeDatabase(
        QStringLiteral("other.sqlite"), {QStringLiteral("CREATE TABLE photos (id INTEGER)")});
    const QByteArray before = digest(path);
    const auto r = HostStore::open(path);
    QCOMPARE(r.error().code, ErrorCode::DatabaseNotSqlite);
    QVERIFY(r.error().message.contains(QStringLiteral("another program")));
    QCOMPARE(digest(path), before);
}

void TestStoreFaults::originalAppsDatabaseIsRefusedWithAHint()
{
    const QString path = makeDatabase(QStringLiteral("pingtool.db"),
        {QStringLiteral("CREATE TABLE hosts (id INTEGER PRIMARY KEY, hostname TEXT, ip_address "
                        "TEXT)")});
    const auto r = HostStore::open(path);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("--import-legacy")));
}

void TestStoreFaults::damagedFileIsRefusedAndUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    {
        auto store = HostStore::open(path).value();
        HostList hosts;
        for (int i = 0; i < 200; ++i) {
            Host h;
            h.name = QStringLiteral("host %1").arg(i);
            h.address = QStringLiteral("127.0.0.%1").arg(i + 1);
            hosts << h;
        }
        store->addHosts(hosts);
        QSqlQuery q(store->database());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // Keep the header, scribble over the schema page.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(3000, '\xA5'));
    f.close();
    const QByteArray before = digest(path);
    const auto r = HostStore::open(path);
    QVERIFY(!r.ok());
    QVERIFY(r.error().isDatabaseError());
    QVERIFY(r.error().message.contains(path));
    QCOMPARE(digest(path), before);
}

void TestStoreFaults::lockedFileAtOpenReportsLocked()
{
    const QString path = m_dir->filePath(QStringLiteral("locked.sqlite"));
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    HostStore::Options options;
    options.busyTimeoutMs = 200;
    const auto r = HostStore::open(path, options);
    QCOMPARE(r.error().code, ErrorCode::DatabaseLocked);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(r.error().message.contains(QStringLiteral("locked")));
    {
        QSqlQuery q(other);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestStoreFaults::writeBlockedPastBusyTimeoutReportsLockedAndLosesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("busy.sqlite"));
    HostStore::Options options;
    options.busyTimeoutMs = 200;
    auto store = HostStore::open(path, options).value();
    Host h;
    h.name = QStringLiteral("first");
    h.address = QStringLiteral("127.0.0.1");
    QVERIFY(store->addHost(h).ok());

    auto other = HostStore::open(path).value();
    QSqlQuery hold(other->database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    h.name = QStringLiteral("second");
    h.address = QStringLiteral("127.0.0.2");
    const auto r = store->addHost(h);
    QCOMPARE(r.error().code, ErrorCode::DatabaseLocked);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));

    // Once the other program lets go, the same write succeeds and nothing was lost.
    QVERIFY(store->addHost(h).ok());
    QCOMPARE(store->listHosts().value().size(), 2);
}

void TestStoreFaults::secondMonitorIsRefusedNamingFileAndProcess()
{
    const QString path = m_dir->filePath(QStringLiteral("m.sqlite"));
    auto first = MonitorLock::acquire(path);
    QVERIFY(first.ok());
    const auto second = MonitorLock::acquire(path);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::DatabaseInUse);
    QVERIFY(second.error().message.contains(path));
    QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
}

void TestStoreFaults::monitorLockIsReleasedOnDestruction()
{
    const QString path = m_dir->filePath(QStringLiteral("m2.sqlite"));
    {
        auto first = MonitorLock::acquire(path);
        QVERIFY(first.ok());
    }
    QVERIFY(MonitorLock::acquire(path).ok());
}

void TestStoreFaults::folderInsteadOfFileIsRefused()
{
    const auto r = HostStore::open(m_dir->path());
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("folder")));
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
