// ProofOfLife against a small HTTP(S) server the test runs on 127.0.0.1.

#include "engine/proofoflife.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

// Serves a handful of paths, each a behaviour a device's web interface can show.
class TestHttpServer : public QTcpServer
{
public:
    // Endless bodies are bounded anyway: at most this much is ever written to one client.
    static constexpr qint64 kStreamLimitBytes = 64 * 1024 * 1024;

    QStringList requests; // "HEAD /ok", in arrival order
    qint64 bytesStreamed = 0;
    QSslCertificate certificate;
    QSslKey key;
    bool tls = false;

    QUrl url(const QString &path) const
    {
        QUrl u;
        u.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(serverPort());
        u.setPath(path);
        return u;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            ssl->setLocalCertificate(certificate);
            ssl->setPrivateKey(key);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                const QList<QByteArray> line = head.split('\n').value(0).trimmed().split(' ');
                answer(
                    socket, QString::fromLatin1(line.value(0)), QString::fromLatin1(line.value(1)));
            }
        });
    }

private:
    void reply(
        QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &extra = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extra
            + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket, const QString &method, const QString &path)
    {
        requests << method + QLatin1Char(' ') + path;
        if (path == QLatin1String("/ok"))
            return reply(socket, 200, "OK");
        if (path == QLatin1String("/nocontent"))
            return reply(socket, 204, "No Content");
        if (path == QLatin1String("/error"))
            return reply(socket, 500, "Internal Server Error");
        if (path == QLatin1String("/nohead")) {
            if (method == QLatin1String("HEAD"))
                return reply(socket, 405, "Method Not Allowed", "Allow: GET\r\n");
            return reply(socket, 200, "OK");
        }
        if (path.startsWith(QLatin1String("/chain/"))) {
            const int n = path.mid(7).toInt();
            if (n >= 3)
                return reply(socket, 200, "OK");
            return reply(socket, n == 0 ? 302 : 301, "Moved",
                "Location: /chain/" + QByteArray::number(n + 1) + "\r\n");
        }
        if (path == QLatin1String("/loop"))
            return reply(socket, 302, "Found", "Location: /loop\r\n");
        if (path == QLatin1String("/silent"))
            return; // reads the request, never answers
        if (path == QLatin1String("/endless")) {
            if (method == QLatin1String("HEAD"))
                return reply(socket, 405, "Method Not Allowed");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Connection: close\r\n\r\n");
            stream(socket);
            return;
        }
        reply(socket, 404, "Not Found");
    }

    void stream(QTcpSocket *socket)
    {
        const QByteArray chunk(64 * 1024, 'x');
        QPointer<QTcpSocket> guard(socket);
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, guard, chunk, timer] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState
                || bytesStreamed >= kStreamLimitBytes) {
                timer->stop();
                return;
            }
            if (guard->bytesToWrite() < 4 * chunk.size()) {
                guard->write(chunk);
                bytesStreamed += chunk.size();
            }
        });
        timer->start(1);
    }
};

} // namespace

class TestProofOfLife : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void http200ProvesLife();
    void http500DoesNotProveLife();
    void any2xxOnlyWhenAllowed();
    void headRefusedRetriesWithGet();
    void redirectChainIsFollowed();
    void redirectLoopEnds();
    void silentServerTimesOut();
    void refusedConnectionIsNoProof();
    void endlessBodyIsNotDownloaded();
    void selfSignedHttpsIsAccepted();

private:
    WebProbeResult probe(
        const QUrl &url, int timeoutMs = 10000, bool any2xx = false, qint64 *bytes = nullptr);

    QNetworkAccessManager m_manager;
    TestHttpServer m_http;
    QTemporaryDir m_dir;
};

void TestProofOfLife::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_http.listen(QHostAddress::LocalHost));
}

WebProbeResult TestProofOfLife::probe(const QUrl &url, int timeoutMs, bool any2xx, qint64 *bytes)
{
    ProofOfLife probe(&m_manager);
    QSignalSpy spy(&probe, &ProofOfLife::finished);
    probe.start(url, timeoutMs, any2xx);
    if (!spy.wait(timeoutMs + 20000)) {
        WebProbeResult none;
        none.detail = QStringLiteral("test: no result");
        return none;
    }
    if (bytes)
        *bytes = probe.bytesReceived();
    return spy.at(0).at(0).value<WebProbeResult>();
}

void TestProofOfLife::http200ProvesLife()
{
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/ok")));
    QVERIFY2(r.alive, qPrintable(r.detail));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(m_http.requests.contains(QStringLiteral("HEAD /ok")));
}

void TestProofOfLife::http500DoesNotProveLife()
{
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/error")));
    QVERIFY(!r.alive);
    QCOMPARE(r.httpStatus, 500);
    QVERIFY(!m_http.requests.contains(QStringLiteral("GET /error")));
}

void TestProofOfLife::any2xxOnlyWhenAllowed()
{
    QVERIFY(!probe(m_http.url(QStringLiteral("/nocontent"))).alive);
    QVERIFY(probe(m_http.url(QStringLiteral("/nocontent")), 10000, true).alive);
}

void TestProofOfLife::headRefusedRetriesWithGet()
{
    m_http.requests.clear();
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/nohead")));
    QVERIFY2(r.alive, qPrintable(r.detail));
    QCOMPARE(m_http.requests,
        QStringList({QStringLiteral("HEAD /nohead"), QStringLiteral("GET /nohead")}));
}

void TestProofOfLife::redirectChainIsFollowed()
{
    m_http.requests.clear();
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/chain/0")));
    QVERIFY2(r.alive, qPrintable(r.detail));
    QCOMPARE(r.httpStatus, 200);
    // Qt turns HEAD into GET when it follows a 301/302, as browsers do.
    QVERIFY2(m_http.requests.contains(QStringLiteral("HEAD /chain/3"))
            || m_http.requests.contains(QStringLiteral("GET /chain/3")),
        qPrintable(m_http.requests.join(QLatin1Char(','))));
}

void TestProofOfLife::redirectLoopEnds()
{
    m_http.requests.clear();
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/loop")));
    QVERIFY(!r.alive);
    QVERIFY(!r.detail.isEmpty());
    // The first request and at most kMaxRedirects more; Qt may send one of them twice when
    // the server closed the connection under it, so the bound allows for that.
    QVERIFY2(m_http.requests.size() <= 2 * (1 + ProofOfLife::kMaxRedirects),
        qPrintable(m_http.requests.join(QLatin1Char(','))));
}

void TestProofOfLife::silentServerTimesOut()
{
    QElapsedTimer t;
    t.start();
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/silent")), 500);
    QVERIFY(!r.alive);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.detail != QStringLiteral("test: no result"), "the timeout was not honoured");
    QVERIFY(t.elapsed() >= 400);
}

void TestProofOfLife::refusedConnectionIsNoProof()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    QUrl url(QStringLiteral("http://127.0.0.1/"));
    url.setPort(port);
    const WebProbeResult r = probe(url, 5000);
    QVERIFY(!r.alive);
    QCOMPARE(r.httpStatus, 0);
}

void TestProofOfLife::endlessBodyIsNotDownloaded()
{
    m_http.bytesStreamed = 0;
    qint64 bytes = -1;
    const WebProbeResult r = probe(m_http.url(QStringLiteral("/endless")), 10000, false, &bytes);
    QVERIFY2(r.alive, qPrintable(r.detail));
    QCOMPARE(r.httpStatus, 200);
    // Aborted once the status was known: at most a few buffers, not the stream.
    QVERIFY2(bytes < 1024 * 1024, qPrintable(QString::number(bytes)));
    QVERIFY(m_http.bytesStreamed < TestHttpServer::kStreamLimitBytes);
}

void TestProofOfLife::selfSignedHttpsIsAccepted()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend with OpenSSL here");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl program is missing: cannot make a self-signed certificate");
    const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=pingtool-test-router")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());

    QFile certFile(certPath);
    QFile keyFile(keyPath);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    TestHttpServer https;
    https.tls = true;
    https.certificate = QSslCertificate(&certFile, QSsl::Pem);
    https.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!https.certificate.isNull() && !https.key.isNull());
    QVERIFY(https.listen(QHostAddress::LocalHost));

    const WebProbeResult r = probe(https.url(QStringLiteral("/ok")));
    QVERIFY2(r.alive, qPrintable(r.detail));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(https.requests.contains(QStringLiteral("HEAD /ok")));
}

QTEST_GUILESS_MAIN(TestProofOfLife)
#include "tst_proofoflife.moc"
