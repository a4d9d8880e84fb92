#include "alerts/alertbanner.h"
#include "alerts/alertcenter.h"
#include "common/prompt.h"
#include "hosts/bulkeditdialog.h"
#include "hosts/hostdialog.h"
#include "hosts/hostproxymodel.h"
#include "hosts/hosttablemodel.h"
#include "importdialogs.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

Q_DECLARE_METATYPE(BulkEdit)

namespace {

HostList hosts(int n)
{
    HostList list;
    for (int i = 0; i < n; ++i) {
        Host h;
        h.id = 100 + i;
        h.name = QStringLiteral("host-%1").arg(i, 3, 10, QLatin1Char('0'));
        h.address = QStringLiteral("127.0.0.%1").arg(i + 1);
        h.supplier = (i % 2) ? QStringLiteral("Alpha") : QStringLiteral("Beta");
        h.state.status = (i % 5 == 0) ? HostStatus::Down : HostStatus::Up;
        list.append(h);
    }
    return list;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyDatabaseShowsTheStartPage();
    void addHostFromTheWindowRequestsItAndTheNewRowAppears();
    void deleteAsksNamingHowManyAndOnlyYesDeletes();
    void bulkEditRequestsTheChangeForTheSelectedHosts();
    void checkNowWithoutSelectionChecksTheShownHosts();
    void pauseBecomesResumeForPausedHosts();
    void statusBarShowsCountsAndEngineLoad();
    void withoutTrayAlertsShowInTheWindow();
    void filtersSortAndColumnWidthsAreRemembered();
    void importCsvOpensTheWizardFromToolbarAndStartPage();
    void exportCsvWritesAllOrTheFilteredHosts();
    void enterOnARowOpensItsEditDialog();
    void engineFailureAtStartIsExplainedAndQuits();

private:
    QAction *action(MainWindow &w, const char *name)
    {
        auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
        Q_ASSERT(a);
        return a;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestMainWindow::init()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(
        QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestMainWindow::emptyDatabaseShowsTheStartPage()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    auto *pages = w.findChild<QStackedWidget *>();
    w.onStarted({});
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("startPage"));
    w.onHostAdded(hosts(1).first());
    QVERIFY(pages->currentWidget()->objectName() != QStringLiteral("startPage"));
}

void TestMainWindow::addHostFromTheWindowRequestsItAndTheNewRowAppears()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(3));
    QSignalSpy requested(&w, &MainWindow::addHostRequested);
    action(w, "actionAdd")->trigger();
    auto *dialog = w.findChild<HostDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Depot"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    QTest::keyClicks(address, QStringLiteral("127.0.0.1")); // host-000 has it
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->errorText(HostField::Address),
        QStringLiteral("The address 127.0.0.1 is already monitored as 'host-000'."));
    address->clear();
    QTest::keyClicks(address, QStringLiteral("127.0.0.77"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    Host added = requested.at(0).at(0).value<Host>();
    QCOMPARE(added.name, QStringLiteral("Depot"));
    QCOMPARE(added.address, QStringLiteral("127.0.0.77"));

    // The engine answers with the stored host: its row appears at once, New, and selected.
    added.id = 555;
    w.onHostAdded(added);
    QCOMPARE(w.hostModel()->rowCount(), 4);
    const int row = w.hostModel()->rowOf(555);
    QCOMPARE(
        w.hostModel()->index(row, HostTableModel::Status).data().toString(), QStringLiteral("New"));
    QCOMPARE(w.selectedIds(), QList<qint64> {555});
}

void TestMainWindow::deleteAsksNamingHowManyAndOnlyYesDeletes()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(10));
    w.selectIds({101, 102, 103});
    QSignalSpy removed(&w, &MainWindow::removeHostsRequested);

    Prompt::setNextAnswer(QMessageBox::No);
    action(w, "actionDelete")->trigger();
    QCOMPARE(Prompt::lastText(), QStringLiteral("Delete 3 host(s)?"));
    QCOMPARE(removed.count(), 0);

    Prompt::setNextAnswer(QMessageBox::Yes);
    action(w, "actionDelete")->trigger();
    QCOMPARE(removed.count(), 1);
    QList<qint64> ids = removed.at(0).at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> {101, 102, 103}));

    // One host: the question names it.
    w.selectIds({104});
    Prompt::setNextAnswer(QMessageBox::No);
    action(w, "actionDelete")->trigger();
    QCOMPARE(Prompt::lastText(), QStringLiteral("Delete the host host-004 (127.0.0.5)?"));

    // The engine confirms: the rows go.
    w.onHostsRemoved(ids);
    QCOMPARE(w.hostModel()->rowCount(), 7);
}

void TestMainWindow::bulkEditRequestsTheChangeForTheSelectedHosts()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(10));
    w.selectIds({105, 106});
    QSignalSpy requested(&w, &MainWindow::bulkUpdateRequested);
    action(w, "actionBulkEdit")->trigger();
    auto *dialog = w.findChild<BulkEditDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("supplierEdit")), QStringLiteral("Gamma"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QList<qint64> ids = requested.at(0).at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> {105, 106}));
    const BulkEdit edit = requested.at(0).at(1).value<BulkEdit>();
    QCOMPARE(edit.supplier.value(), QStringLiteral("Gamma"));
    QVERIFY(!edit.manufacturer);

    // The engine's batch updates exactly those rows.
    HostList changed;
    for (qint64 id : ids) {
        Host h = *w.hostModel()->hostById(id);
        h.supplier = QStringLiteral("Gamma");
        changed.append(h);
    }
    QSignalSpy dataChanged(w.hostModel(), &QAbstractItemModel::dataChanged);
    w.onHostsChanged(changed);
    QCOMPARE(dataChanged.count(), 1); // rows 5 and 6: one range
    QCOMPARE(w.hostModel()->hostById(105)->supplier, QStringLiteral("Gamma"));
}

void TestMainWindow::checkNowWithoutSelectionChecksTheShownHosts()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(20));
    auto *status = w.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(static_cast<int>(HostStatus::Down)));
    QCOMPARE(w.proxyModel()->rowCount(), 4);
    w.table()->clearSelection();
    QSignalSpy requested(&w, &MainWindow::checkNowRequested);
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_R)); // the shortcut, not the slot
    QCOMPARE(requested.count(), 1);
    QList<qint64> ids = requested.at(0).at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> {100, 105, 110, 115}));
}

void TestMainWindow::pauseBecomesResumeForPausedHosts()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    HostList list = hosts(4);
    list[1].paused = true;
    w.onStarted(list);
    QSignalSpy requested(&w, &MainWindow::pausedRequested);
    w.selectIds({101});
    QCOMPARE(action(w, "actionPause")->text(), QStringLiteral("&Resume"));
    action(w, "actionPause")->trigger();
    QCOMPARE(requested.at(0).at(1).toBool(), false);
    w.selectIds({101, 102});
    QCOMPARE(action(w, "actionPause")->text(), QStringLiteral("&Pause"));
    action(w, "actionPause")->trigger();
    QCOMPARE(requested.at(1).at(1).toBool(), true);
}

void TestMainWindow::statusBarShowsCountsAndEngineLoad()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(10));
    const QString counts = w.findChild<QLabel *>(QStringLiteral("countsLabel"))->text();
    QVERIFY2(counts.contains(QStringLiteral("2 Down")), qPrintable(counts));
    QVERIFY2(counts.contains(QStringLiteral("8 Up")), qPrintable(counts));
    EngineStats stats;
    stats.checksPerMinute = 42;
    stats.queueLength = 3;
    stats.runningChecks = 5;
    stats.concurrencyCap = 128;
    w.onStats(stats);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("engineLabel"))->text(),
        QStringLiteral("42 checks/min · queue 3 · running 5 of 128"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("2 down")));
}

void TestMainWindow::withoutTrayAlertsShowInTheWindow()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(10));
    QVERIFY(!w.hasTray());
    QList<StatusTransition> transitions;
    for (int i = 0; i < 5; ++i) {
        StatusTransition t;
        t.hostId = 101 + i;
        t.name = QStringLiteral("host-%1").arg(i);
        t.from = HostStatus::Up;
        t.to = HostStatus::Down;
        transitions.append(t);
    }
    w.onTransitions(transitions);
    w.alertCenter()->flush();
    QVERIFY(w.alertBanner()->isVisible());
    QVERIFY2(w.alertBanner()->text().contains(QStringLiteral("host-0, host-1, host-2 and 2 more")),
        qPrintable(w.alertBanner()->text()));
}

void TestMainWindow::filtersSortAndColumnWidthsAreRemembered()
{
    {
        MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
        w.show();
        w.onStarted(hosts(10));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("host-00"));
        auto *supplier = w.findChild<QComboBox *>(QStringLiteral("supplierFilter"));
        supplier->setCurrentIndex(supplier->findData(QStringLiteral("Alpha")));
        w.table()->horizontalHeader()->resizeSection(HostTableModel::Name, 333);
        w.table()->sortByColumn(HostTableModel::Address, Qt::DescendingOrder);
        QTRY_COMPARE(w.proxyModel()->rowCount(), 5); // host-001,003,...,009
        w.quit();
    }
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted(hosts(10));
    QCOMPARE(
        w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(), QStringLiteral("host-00"));
    QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("supplierFilter"))->currentData().toString(),
        QStringLiteral("Alpha"));
    QCOMPARE(w.table()->horizontalHeader()->sectionSize(HostTableModel::Name), 333);
    QCOMPARE(w.table()->horizontalHeader()->sortIndicatorSection(), int(HostTableModel::Address));
    QCOMPARE(w.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(w.proxyModel()->rowCount(), 5);
}

void TestMainWindow::importCsvOpensTheWizardFromToolbarAndStartPage()
{
    const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
    MainWindow w(*m_settings, db, MainWindow::TrayMode::Off);
    w.onStarted({});
    auto *startImport = w.findChild<QPushButton *>(QStringLiteral("startImportButton"));
    QVERIFY(startImport->isEnabled());
    QVERIFY(w.importCsvAction()->isEnabled());
    QTest::mouseClick(startImport, Qt::LeftButton);
    auto *wizard = w.findChild<QWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // A second request raises the same wizard instead of opening another.
    w.importCsvAction()->trigger();
    QCOMPARE(w.findChildren<QWizard *>().size(), 1);
    wizard->reject();
}

void TestMainWindow::exportCsvWritesAllOrTheFilteredHosts()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.onStarted(hosts(10));
    ImportDialogs::setUnattended(true);
    const QString all = m_dir.filePath(QStringLiteral("all.csv"));
    ImportDialogs::setNextSaveFileName(all);
    w.exportCsvAction()->trigger();
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(text.startsWith(QStringLiteral("name,address")));
    QCOMPARE(text.count(QStringLiteral("127.0.0.")), 10);

    // With a filter: the user chooses to export only the hosts shown.
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Alpha"));
    QTRY_COMPARE(w.proxyModel()->rowCount(), 5);
    const QString shown = m_dir.filePath(QStringLiteral("shown.csv"));
    ImportDialogs::setNextSaveFileName(shown);
    Prompt::setNextAnswer(QMessageBox::Yes);
    w.exportCsvAction()->trigger();
    QVERIFY(Prompt::lastText().contains(QStringLiteral("5 of 10")));
    QFile shownFile(shown);
    QVERIFY(shownFile.open(QIODevice::ReadOnly));
    const QString shownText = QString::fromUtf8(shownFile.readAll());
    QCOMPARE(shownText.count(QStringLiteral("Alpha")), 5);
    QVERIFY(!shownText.contains(QStringLiteral("Beta")));
    ImportDialogs::setUnattended(false);
}

void TestMainWindow::enterOnARowOpensItsEditDialog()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.onStarted(hosts(5));
    w.selectIds({103});
    w.table()->setFocus();
    QSignalSpy requested(&w, &MainWindow::updateHostRequested);
    QTest::keyClick(w.table(), Qt::Key_Return);
    auto *dialog = w.findChild<HostDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("host-003")));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const Host edited = requested.at(0).at(0).value<Host>();
    QCOMPARE(edited.id, 103);
    QCOMPARE(edited.name, QStringLiteral("renamed"));
}

void TestMainWindow::engineFailureAtStartIsExplainedAndQuits()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    QSignalSpy quit(&w, &MainWindow::quitRequested);
    Prompt::setNextAnswer(QMessageBox::Ok);
    const QString message = QStringLiteral("/tmp/x.sqlite was written by a newer Pingtool.");
    w.onFailed(Error {ErrorCode::DatabaseNewerSchema, message});
    QCOMPARE(Prompt::lastText(), message);
    QCOMPARE(quit.count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
