// PingWebCheck: ping first; web proof-of-life only when ping got no answer and a URL is set.

#include "engine/checkfactory.h"
#include "engine/pingwebcheck.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Answers every request with one fixed status line and counts the requests.
class TinyHttpServer : public QTcpServer
{
public:
    int status = 200;
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requests;
            socket->write("HTTP/1.1 " + QByteArray::number(status)
                + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    }
};

} // namespace

class TestPingWebCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void webAnswerProvesLifeWhenPingFails();
    void webErrorLeavesNoAnswer();
    void pingAnswerNeedsNoWeb();
    void noUrlMeansNoWeb();
    void pingErrorIsNotHiddenByWeb();

private:
    CheckOutcome run(const QByteArray &pingScript, const QString &webUrl);
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_manager;
    TinyHttpServer m_server;
    int m_scripts = 0;
};

const QByteArray kDown = "#!/bin/sh\necho '4 packets transmitted, 0 received, 100% loss'\nexit 1\n";
const QByteArray kUp = "#!/bin/sh\necho '4 packets transmitted, 4 received, 0% loss'\n";

void TestPingWebCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

CheckOutcome TestPingWebCheck::run(const QByteArray &pingScript, const QString &webUrl)
{
    EngineSettings s;
    s.webTimeoutS = 5;
    s.pingProgram = pingScript.isEmpty()
        ? m_dir.filePath(QStringLiteral("missing"))
        : TestSupport::writeScript(
            m_dir.filePath(QStringLiteral("ping%1.sh").arg(++m_scripts)), pingScript);
    Host host;
    host.address = QStringLiteral("127.0.0.1");
    host.webUrl = webUrl;
    DefaultCheckFactory factory(s, &m_manager);
    std::unique_ptr<Check> check(factory.create(host, nullptr));
    QSignalSpy spy(check.get(), &Check::finished);
    check->start();
    if (!spy.wait(20000))
        return CheckOutcome::failed(QStringLiteral("test: no result"));
    return spy.at(0).at(0).value<CheckOutcome>();
}

void TestPingWebCheck::webAnswerProvesLifeWhenPingFails()
{
    m_server.status = 200;
    m_server.requests = 0;
    const CheckOutcome o = run(kDown, url());
    QCOMPARE(o.verdict, CheckVerdict::Alive);
    QCOMPARE(o.proof, Proof::Web);
    QCOMPARE(o.received, 0); // what ping saw is kept for the record
    QCOMPARE(m_server.requests, 1);
}

void TestPingWebCheck::webErrorLeavesNoAnswer()
{
    m_server.status = 503;
    const CheckOutcome o = run(kDown, url());
    QCOMPARE(o.verdict, CheckVerdict::NoAnswer);
    QCOMPARE(o.proof, Proof::None);
}

void TestPingWebCheck::pingAnswerNeedsNoWeb()
{
    m_server.requests = 0;
    const CheckOutcome o = run(kUp, url());
    QCOMPARE(o.verdict, CheckVerdict::Alive);
    QCOMPARE(o.proof, Proof::Ping);
    QCOMPARE(m_server.requests, 0);
}

void TestPingWebCheck::noUrlMeansNoWeb()
{
    m_server.requests = 0;
    QCOMPARE(run(kDown, QString()).verdict, CheckVerdict::NoAnswer);
    QCOMPARE(m_server.requests, 0);
}

void TestPingWebCheck::pingErrorIsNotHiddenByWeb()
{
    m_server.status = 200;
    m_server.requests = 0;
    const CheckOutcome o = run({}, url());
    QCOMPARE(o.verdict, CheckVerdict::Error);
    QVERIFY(o.error.startsWith(QStringLiteral("ping program not found: ")));
    QCOMPARE(m_server.requests, 0);
}

QTEST_GUILESS_MAIN(TestPingWebCheck)
#include "tst_pingwebcheck.moc"
