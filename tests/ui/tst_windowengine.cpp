// The hosts window and dashboard driven by the real engine (MonitorController on its thread),
// with a fake ping program: hosts whose address is listed in a "down" file do not answer.
#include "alerts/alertbanner.h"
#include "alerts/alertcenter.h"
#include "common/prompt.h"
#include "dashboard/dashboardwidget.h"
#include "dashboard/dashboardwindow.h"
#include "engine/monitorcontroller.h"
#include "hosts/bulkeditdialog.h"
#include "hosts/hostdialog.h"
#include "hosts/hosttablemodel.h"
#include "mainwindow/controllerbinding.h"
#include "mainwindow/mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kEngineTimeoutMs = 20000; // loaded 2-core machine, sanitizers

QByteArray fakePing(const QString &downFile)
{
    return QByteArrayLiteral("#!/bin/sh\n"
                             "for a; do addr=$a; done\n"
                             "if grep -qx \"$addr\" '")
        + downFile.toUtf8()
        + QByteArrayLiteral("' 2>/dev/null; then\n"
                            "  echo '4 packets transmitted, 0 received, 100% packet loss'\n"
                            "  exit 1\n"
                            "fi\n"
                            "echo '4 packets transmitted, 4 received, 0% packet loss'\n"
                            "echo 'rtt min/avg/max/mdev = 0.100/0.200/0.300/0.050 ms'\n");
}

} // namespace

class TestWindowEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addedHostAppearsAsNewAndIsCheckedAtOnce();
    void bulkEditChangesTheSelectedHostsInTheDatabase();
    void deleteWithConfirmationRemovesFromTheDatabase();
    void dashboardShowsExactlyTheHostsThatWentDown();

private:
    void setDown(const QStringList &addresses);
    Host readHost(qint64 id);
    void addHosts(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MonitorController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
    QString m_downFile;
};

void TestWindowEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("hosts.sqlite"));
    m_downFile = m_dir->filePath(QStringLiteral("down.txt"));
    setDown({});
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    EngineSettings engine = m_settings->engine();
    engine.pingProgram = TestSupport::writeScript(
        m_dir->filePath(QStringLiteral("fake-ping.sh")), fakePing(m_downFile));
    engine.lifecycle.knownIntervalS = 3600; // only the checks the test asks for
    engine.batchMaxDelayMs = 50;
    m_settings->setEngine(engine);
    AlertSettings alerts;
    alerts.coalesceWindowS = 1;
    m_settings->setAlerts(alerts);

    m_controller = std::make_unique<MonitorController>();
    m_window = std::make_unique<MainWindow>(*m_settings, m_dbPath, MainWindow::TrayMode::Off);
    ControllerBinding::bind(m_window.get(), m_controller.get());
    QSignalSpy started(m_controller.get(), &MonitorController::started);
    m_window->show();
    m_controller->start(m_dbPath, m_settings->engine());
    QVERIFY(started.wait(kEngineTimeoutMs));
}

void TestWindowEngine::cleanup()
{
    if (m_controller)
        m_controller->stop();
    m_window.reset();
    m_controller.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestWindowEngine::setDown(const QStringList &addresses)
{
    QFile f(m_downFile);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QString &a : addresses)
        f.write(a.toUtf8() + '\n');
}

Host TestWindowEngine::readHost(qint64 id)
{
    HostStore::Options options;
    options.readOnly = true;
    auto store = HostStore::open(m_dbPath, options);
    if (!store.ok())
        return {};
    auto host = store.value()->host(id);
    return host.ok() ? host.value() : Host();
}

void TestWindowEngine::addHosts(int count)
{
    HostList hosts;
    for (int i = 0; i < count; ++i) {
        Host h;
        h.name = QStringLiteral("site-%1").arg(i);
        h.address = QStringLiteral("127.0.0.%1").arg(i + 1);
        hosts.append(h);
    }
    m_controller->addHosts(hosts);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostModel()->rowCount(), count, kEngineTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostModel()->counts().up, count, kEngineTimeoutMs);
}

void TestWindowEngine::addedHostAppearsAsNewAndIsCheckedAtOnce()
{
    QSignalSpy added(m_controller.get(), &MonitorController::hostAdded);
    m_window->findChild<QAction *>(QStringLiteral("actionAdd"))->trigger();
    auto *dialog = m_window->findChild<HostDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Depot"));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), QStringLiteral("127.0.0.9"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(added.wait(kEngineTimeoutMs));
    const Host host = added.at(0).at(0).value<Host>();
    QVERIFY(host.id > 0);
    QCOMPARE(host.state.status, HostStatus::New);
    QVERIFY(m_window->hostModel()->rowOf(host.id) >= 0);
    // Checked at once: the fake ping answers, so the row turns Up without waiting an interval.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->hostModel()->hostById(host.id)->state.status, HostStatus::Up, kEngineTimeoutMs);
    QCOMPARE(readHost(host.id).name, QStringLiteral("Depot"));
}

void TestWindowEngine::bulkEditChangesTheSelectedHostsInTheDatabase()
{
    addHosts(6);
    const QList<qint64> all = [this] {
        QList<qint64> ids;
        for (const Host &h : m_window->hostModel()->hosts())
            ids.append(h.id);
        return ids;
    }();
    const QList<qint64> chosen = all.mid(1, 3);
    m_window->selectIds(chosen);
    m_window->findChild<QAction *>(QStringLiteral("actionBulkEdit"))->trigger();
    auto *dialog = m_window->findChild<BulkEditDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("supplierEdit")),
        QStringLiteral("Gamma Lines"));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("typeEdit")), QStringLiteral("Router"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(
        readHost(chosen.last()).supplier, QStringLiteral("Gamma Lines"), kEngineTimeoutMs);
    for (qint64 id : all) {
        const Host h = readHost(id);
        const bool isChosen = chosen.contains(id);
        QCOMPARE(h.supplier, isChosen ? QStringLiteral("Gamma Lines") : QString());
        QCOMPARE(h.type, isChosen ? QStringLiteral("Router") : QString());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostModel()->hostById(chosen.first())->supplier,
        QStringLiteral("Gamma Lines"), kEngineTimeoutMs);
}

void TestWindowEngine::deleteWithConfirmationRemovesFromTheDatabase()
{
    addHosts(5);
    const qint64 first = m_window->hostModel()->hostAt(0).id;
    const qint64 second = m_window->hostModel()->hostAt(1).id;
    m_window->selectIds({first, second});
    Prompt::setNextAnswer(QMessageBox::No);
    m_window->findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    QCOMPARE(Prompt::lastText(), QStringLiteral("Delete 2 host(s)?"));
    QTest::qWait(300);
    QCOMPARE(m_window->hostModel()->rowCount(), 5);

    Prompt::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostModel()->rowCount(), 3, kEngineTimeoutMs);
    QCOMPARE(readHost(first).id, 0);
    QCOMPARE(readHost(second).id, 0);
}

void TestWindowEngine::dashboardShowsExactlyTheHostsThatWentDown()
{
    addHosts(8);
    DashboardWidget *dashboard = m_window->dashboardWindow()->dashboard();
    m_window->showDashboard();
    QVERIFY(dashboard->isAllReachableShown());

    // 127.0.0.3 goes down first, then 127.0.0.6 and .7: shortest downtime first is .6/.7, .3.
    setDown({QStringLiteral("127.0.0.3")});
    QList<qint64> ids;
    for (const Host &h : m_window->hostModel()->hosts())
        ids.append(h.id);
    auto idOf = [this](const QString &address) {
        for (const Host &h : m_window->hostModel()->hosts())
            if (h.address == address)
                return h.id;
        return qint64(0);
    };
    QTest::qWait(1100); // stored times have whole seconds: keep the three downtimes apart
    m_controller->checkNow(ids);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostModel()->counts().down, 1, kEngineTimeoutMs);
    QTest::qWait(1100); // a later last success for the next ones
    setDown(
        {QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.6"), QStringLiteral("127.0.0.7")});
    m_controller->checkNow(ids);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostModel()->counts().down, 3, kEngineTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->shownHostIds().size(), 3, kEngineTimeoutMs);
    const QList<qint64> shown = dashboard->shownHostIds();
    QCOMPARE(shown.last(), idOf(QStringLiteral("127.0.0.3")));
    QVERIFY(shown.contains(idOf(QStringLiteral("127.0.0.6"))));
    QVERIFY(shown.contains(idOf(QStringLiteral("127.0.0.7"))));
    QCOMPARE(dashboard->shownCounts().down, 3);
    QCOMPARE(dashboard->shownCounts().up, 5);

    // The transitions became alerts: without a tray, one banner for the two that went together.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->alertBanner()->text().contains(QStringLiteral("2 host")), kEngineTimeoutMs);
}

QTEST_MAIN(TestWindowEngine)
#include "tst_windowengine.moc"
