// Faults met inside the engine, in-process: devices whose web interface trickles one byte per
// second, sends a 1 GB body or redirects forever; and the system clock jumping an hour forward
// or back (tested with the injected ManualClock: the real clock is not ours to change).
// Scheduling must follow monotonic time, records wall time.

#include "engine/check.h"
#include "engine/checkfactory.h"
#include "engine/monitorengine.h"
#include "engine/proofoflife.h"
#include "engine/scheduler.h"
#include "reliabilitysupport.h"
#include "store/hoststore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Reliability;

namespace {

// A device web interface gone wrong, on 127.0.0.1.
class BadWebServer : public QTcpServer
{
public:
    static constexpr qint64 kGigabyte = 1024LL * 1024 * 1024;
    int requests = 0;
    int openSockets = 0;
    QStringList openPaths() const
    {
        QStringList paths;
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            paths << s->property("path").toString();
        return paths;
    }
    qint64 bodyBytesWritten = 0;

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        ++openSockets;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --openSockets; });
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray path = buffer->left(end).split('\n').value(0).split(' ').value(1);
            buffer->clear();
            ++requests;
            socket->setProperty("path", QString::fromLatin1(path));
            answer(socket, path);
        });
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &path)
    {
        if (path == "/trickle") {
            // A valid 200 answer, one byte per second: it would take over a minute.
            const QByteArray text = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Padding: "
                + QByteArray(60, 'p') + "\r\n\r\n";
            auto *timer = new QTimer(socket);
            auto *sent = new int(0);
            connect(timer, &QObject::destroyed, this, [sent] { delete sent; });
            QPointer<QTcpSocket> guard(socket);
            connect(timer, &QTimer::timeout, socket, [guard, text, sent] {
                if (guard && *sent < text.size())
                    guard->write(text.mid((*sent)++, 1));
            });
            timer->start(1000);
            return;
        }
        if (path == "/huge") {
            // HEAD or GET alike: a 1 GB body, streamed as long as anyone reads it.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Content-Length: "
                + QByteArray::number(kGigabyte) + "\r\n\r\n");
            const QByteArray chunk(64 * 1024, 'x');
            QPointer<QTcpSocket> guard(socket);
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, guard, chunk] {
                if (guard && guard->state() == QAbstractSocket::ConnectedState
                    && guard->bytesToWrite() < 4 * chunk.size() && bodyBytesWritten < kGigabyte) {
                    guard->write(chunk);
                    bodyBytesWritten += chunk.size();
                }
            });
            timer->start(1);
            return;
        }
        if (path.startsWith("/redirect/")) {
            // Forever, and never the same URL twice.
            const int n = path.mid(10).toInt();
            socket->write("HTTP/1.1 302 Found\r\nLocation: /redirect/" + QByteArray::number(n + 1)
                + "\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }
};

// A check that answers at once with a fixed outcome (for the clock tests: no processes).
class InstantCheck : public Check
{
public:
    using Check::Check;
    void start() override
    {
        QTimer::singleShot(
            0, this, [this] { emit finished(CheckOutcome::alive(Proof::Ping, 1.0)); });
    }
    void cancel() override { }
};

class InstantFactory : public CheckFactory
{
public:
    int created = 0;
    Check *create(const Host &, QObject *parent) override
    {
        ++created;
        return new InstantCheck(parent);
    }
    void setSettings(const EngineSettings &) override { }
};

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badWebServersEndInTimeAndDownloadNothing();
    void schedulerFollowsMonotonicTimeWhenWallClockJumps();
    void recordsFollowWallTimeAndChecksStayOnTimeAcrossJumps();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEngineFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEngineFaults::badWebServersEndInTimeAndDownloadNothing()
{
    BadWebServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    {
        auto store = HostStore::open(db);
        QVERIFY(store.ok());
        HostList hosts;
        for (const QString &path :
            {QStringLiteral("/trickle"), QStringLiteral("/huge"), QStringLiteral("/redirect/0")}) {
            Host h;
            h.name = path.mid(1).section(u'/', 0, 0);
            h.address = QStringLiteral("127.0.0.1");
            h.webUrl = server.url(path);
            hosts.append(h);
        }
        QVERIFY(store.value()->addHosts(hosts).ok());
    }
    // Ping never answers, so the web proof-of-life decides.
    EngineSettings settings
        = busySettings(TestSupport::writeScript(m_dir->filePath(QStringLiteral("silent-ping.sh")),
            "#!/bin/sh\necho '4 packets transmitted, 0 received, 100% packet loss'\nexit 1\n"));
    settings.webTimeoutS = 3;

    QHash<QString, Host> byName;
    {
        MonitorEngine engine;
        QSignalSpy round(&engine, &MonitorEngine::roundFinished);
        engine.open(db, settings, MonitorEngine::Mode::CheckOnce);
        QVERIFY(engine.isOpen());
        // Bounded: the web timeout (3 s) plus the ping, far below what the trickle would take.
        QVERIFY(round.wait(30000));
        for (const Host &h : engine.hosts())
            byName.insert(h.name, h);
        // At most the connections Qt keeps for reuse (6 per server) stay open meanwhile.
        QVERIFY2(server.openSockets <= 7, qPrintable(server.openPaths().join(u' ')));
        engine.shutdown();
    }
    // No connection outlives the engine.
    QTRY_VERIFY2_WITH_TIMEOUT(
        server.openSockets == 0, qPrintable(server.openPaths().join(u' ')), 10000);

    // The trickle never finished its status line in time: no proof, a plain failed check.
    QCOMPARE(byName[QStringLiteral("trickle")].state.status, HostStatus::New);
    QCOMPARE(byName[QStringLiteral("trickle")].state.failedChecks, 1);
    // HTTP 200 arrived at once; the gigabyte behind it was not read.
    QCOMPARE(byName[QStringLiteral("huge")].state.status, HostStatus::Up);
    QCOMPARE(byName[QStringLiteral("huge")].state.proof, Proof::Web);
    QVERIFY2(server.bodyBytesWritten < 64 * 1024 * 1024,
        qPrintable(QString::number(server.bodyBytesWritten)));
    // Endless redirects: given up after a bounded number of requests.
    QCOMPARE(byName[QStringLiteral("redirect")].state.status, HostStatus::New);
    QVERIFY2(server.requests <= 3 + 2 * (1 + ProofOfLife::kMaxRedirects),
        qPrintable(QString::number(server.requests)));
}

void TestEngineFaults::schedulerFollowsMonotonicTimeWhenWallClockJumps()
{
    ManualClock clock;
    Scheduler scheduler(&clock);
    QList<qint64> started;
    connect(&scheduler, &Scheduler::startCheck, this, [&](qint64 id) {
        started << id;
        scheduler.finished(id);
    });
    scheduler.scheduleInMs(1, 60'000);
    scheduler.scheduleInMs(2, 120'000);

    clock.setNowUtc(clock.nowUtc().addSecs(3600)); // wall clock jumps an hour forward
    scheduler.dispatch();
    QVERIFY2(started.isEmpty(), "a forward jump of the wall clock must not fire checks early");
    clock.advanceMs(59'999);
    scheduler.dispatch();
    QVERIFY(started.isEmpty());
    clock.advanceMs(1);
    scheduler.dispatch();
    QCOMPARE(started, QList<qint64> {1});

    clock.setNowUtc(clock.nowUtc().addSecs(-7200)); // and two hours back
    clock.advanceMs(60'000);
    scheduler.dispatch();
    QCOMPARE(started, (QList<qint64> {1, 2})); // not held back by the backward jump
}

void TestEngineFaults::recordsFollowWallTimeAndChecksStayOnTimeAcrossJumps()
{
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    const QList<qint64> ids = addLoopbackHosts(db, 1);
    const qint64 id = ids.first();
    ManualClock clock;
    FixedRandom noJitter(0.0);
    auto factory = std::make_unique<InstantFactory>();
    InstantFactory *checks = factory.get();
    EngineSettings settings;
    settings.batchMaxDelayMs = 10;

    MonitorEngine engine;
    engine.setClock(&clock);
    engine.setRandom(&noJitter);
    engine.setCheckFactory(std::move(factory));
    QSignalSpy written(&engine, &MonitorEngine::batchWritten);
    engine.open(db, settings);
    QVERIFY(engine.isOpen());
    auto &scheduler = const_cast<Scheduler &>(engine.scheduler());
    const auto lastChecked = [&] {
        for (const Host &h : engine.hosts())
            if (h.id == id)
                return h.state.lastCheckedAt;
        return QDateTime();
    };

    // First check: due at once (never checked).
    QTRY_COMPARE_WITH_TIMEOUT(checks->created, 1, 10000);
    QTRY_VERIFY(lastChecked().isValid());
    QCOMPARE(lastChecked(), clock.nowUtc());

    // The wall clock jumps forward an hour: nothing becomes due early...
    const QDateTime jumped = clock.nowUtc().addSecs(3600);
    clock.setNowUtc(jumped);
    scheduler.dispatch();
    QTest::qWait(20);
    QCOMPARE(checks->created, 1);
    // ...the next check comes one interval later in monotonic time, stamped with wall time.
    clock.advanceMs(60'000);
    scheduler.dispatch();
    QTRY_COMPARE_WITH_TIMEOUT(checks->created, 2, 10000);
    QTRY_COMPARE(lastChecked(), jumped.addSecs(60));

    // Back two hours: the next check is not delayed by two hours.
    const QDateTime back = clock.nowUtc().addSecs(-7200);
    clock.setNowUtc(back);
    clock.advanceMs(60'000);
    scheduler.dispatch();
    QTRY_COMPARE_WITH_TIMEOUT(checks->created, 3, 10000);
    QTRY_COMPARE(lastChecked(), back.addSecs(60));
    engine.flush();
    engine.shutdown();

    // The stored record is the wall time of the check; the next due time is wall time too.
    const Snapshot s = snapshot(db);
    QCOMPARE(s.hosts[id].lastCheckedAt, back.addSecs(60));
    QCOMPARE(s.hosts[id].nextDueAt, back.addSecs(120));
    QCOMPARE(s.checks, 3);
}

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_enginefaults.moc"
