// The import wizard driven offscreen through every page: file and pasted text, format overrides,
// column mapping, defaults, review with saved rejections, import on the worker thread, Cancel.

#include "appsettings.h"
#include "importdialogs.h"
#include "importwizard.h"
#include "importworker.h"
#include "store/hoststore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsFileThroughEveryPage();
    void pastedBulkTextImports();
    void unreadableFileKeepsFormatPageIncomplete();
    void remembersMappingForHeaderlessFiles();
    void initialFileIsChosen();
    void cancelButtonDuringImportLeavesDatabaseUnchanged();
    void closingDuringImportCancelsIt();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("hosts.sqlite")); }
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<ImportWizard> makeWizard();
    void clickNext(ImportWizard &wizard);
    HostList storedHosts();
    template<typename T>
    T *find(ImportWizard &wizard, const char *name)
    {
        T *w = wizard.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void cancelDuringImport(bool viaWizardClose);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ImportDialogs::setUnattended(true);
}

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    ImportDialogs::clearShownMessages();
}

void TestImportWizard::cleanup()
{
    ImportWorker::setProgressGateForTesting({});
}

QString TestImportWizard::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<ImportWizard> TestImportWizard::makeWizard()
{
    auto wizard = std::make_unique<ImportWizard>(db(), ImportDefaults {});
    wizard->setSettings(m_settings.get());
    wizard->show();
    return wizard;
}

void TestImportWizard::clickNext(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!next->isVisible())
        next = wizard.button(QWizard::CommitButton);
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

HostList TestImportWizard::storedHosts()
{
    auto store = HostStore::open(db());
    if (!store)
        return {};
    return store.value()->listHosts().value();
}

void TestImportWizard::importsFileThroughEveryPage()
{
    {
        auto store = HostStore::open(db());
        QVERIFY(store.ok());
        Host h;
        h.name = QStringLiteral("stored");
        h.address = QStringLiteral("127.0.0.9");
        QVERIFY(store.value()->addHost(h).ok());
    }
    const QString file = write(QStringLiteral("hosts.csv"),
        "Host name;IP;Notes\r\nalpha;127.0.0.1;x\r\nbad;-f;\r\nrenamed;127.0.0.9;\r\n");
    auto wizard = makeWizard();
    QSignalSpy imported(wizard.get(), &ImportWizard::hostsImported);

    // Source
    QCOMPARE(wizard->currentId(), int(ImportWizard::SourcePageId));
    ImportDialogs::setNextOpenFileName(file);
    QTest::mouseClick(find<QPushButton>(*wizard, "sourceBrowseButton"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(*wizard, "sourceFileEdit")->text(), file);
    clickNext(*wizard);

    // Format: detected, overridable, previewed
    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPageId));
    auto *delimiter = find<QComboBox>(*wizard, "delimiterCombo");
    auto *preview = find<QTableWidget>(*wizard, "previewTable");
    QCOMPARE(CsvDelimiter(delimiter->currentData().toInt()), CsvDelimiter::Semicolon);
    QCOMPARE(CsvEncoding(find<QComboBox>(*wizard, "encodingCombo")->currentData().toInt()),
        CsvEncoding::Utf8);
    QVERIFY(find<QCheckBox>(*wizard, "headerCheck")->isChecked());
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->columnCount(), 3);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("alpha"));
    QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("3"));
    delimiter->setCurrentIndex(delimiter->findData(int(CsvDelimiter::Comma)));
    QCOMPARE(preview->columnCount(), 1);
    delimiter->setCurrentIndex(delimiter->findData(int(CsvDelimiter::Semicolon)));
    QCOMPARE(preview->columnCount(), 3);
    clickNext(*wizard);

    // Columns: pre-filled from the header
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));
    QCOMPARE(ImportField(find<QComboBox>(*wizard, "columnCombo0")->currentData().toInt()),
        ImportField::Name);
    QCOMPARE(ImportField(find<QComboBox>(*wizard, "columnCombo1")->currentData().toInt()),
        ImportField::Address);
    QCOMPARE(ImportField(find<QComboBox>(*wizard, "columnCombo2")->currentData().toInt()),
        ImportField::Ignore);
    QVERIFY(find<QLabel>(*wizard, "unknownColumnsLabel")->text().contains(u"Notes"));
    auto *addressCombo = find<QComboBox>(*wizard, "columnCombo1");
    addressCombo->setCurrentIndex(addressCombo->findData(int(ImportField::Ignore)));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no address column
    addressCombo->setCurrentIndex(addressCombo->findData(int(ImportField::Address)));
    clickNext(*wizard);

    // Defaults
    QCOMPARE(wizard->currentId(), int(ImportWizard::DefaultsPageId));
    QTest::keyClicks(find<QLineEdit>(*wizard, "defaultSupplierEdit"), QStringLiteral("Zen"));
    auto *manufacturer = find<QComboBox>(*wizard, "defaultManufacturerCombo");
    manufacturer->setCurrentIndex(manufacturer->findData(int(Manufacturer::Draytek)));
    clickNext(*wizard);

    // Review
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReviewPageId));
    auto *counts = find<QLabel>(*wizard, "reviewCountsLabel");
    QVERIFY2(counts->text().contains(u"1 new host"), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(u"1 duplicate row"));
    QVERIFY(counts->text().contains(u"1 row(s) are rejected") || counts->text().contains(u"1 row"));
    auto *rejected = find<QTableWidget>(*wizard, "rejectedTable");
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(rejected->item(0, 1)->text(), QStringLiteral("Address"));
    const QString saved = m_dir->filePath(QStringLiteral("rejected.csv"));
    ImportDialogs::setNextSaveFileName(saved);
    QTest::mouseClick(find<QPushButton>(*wizard, "saveRejectedButton"), Qt::LeftButton);
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    QVERIFY(savedFile.readAll().startsWith("line,column,reason,row\r\n3,Address,"));
    QTest::mouseClick(find<QRadioButton>(*wizard, "updateDuplicatesRadio"), Qt::LeftButton);
    QVERIFY2(
        counts->text().contains(u"1 stored host(s) will be updated"), qPrintable(counts->text()));
    clickNext(*wizard);

    // Import, then Summary
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).value<QList<qint64>>().size(), 1);
    QCOMPARE(imported.first().at(1).value<QList<qint64>>().size(), 1);
    QVERIFY(find<QLabel>(*wizard, "summaryLabel")->text().contains(u"1 new host"));

    const HostList hosts = storedHosts();
    QCOMPARE(hosts.size(), 2);
    for (const Host &h : hosts) {
        if (h.address == u"127.0.0.1") {
            QCOMPARE(h.name, QStringLiteral("alpha"));
            QCOMPARE(h.supplier, QStringLiteral("Zen"));
            QCOMPARE(h.manufacturer, Manufacturer::Draytek);
            QVERIFY(h.state.nextDueAt.isValid());
        } else {
            QCOMPARE(h.name, QStringLiteral("renamed"));
        }
    }
    QCOMPARE(
        m_settings->uiValue(QLatin1String(ImportWizard::kLastFolderKey)).toString(), m_dir->path());
    QCOMPARE(m_settings->uiValue(QLatin1String(ImportWizard::kMappingKey)).toString(),
        QStringLiteral("name,address,ignore"));
    QVERIFY(ImportDialogs::shownMessages().isEmpty());
}

void TestImportWizard::pastedBulkTextImports()
{
    auto wizard = makeWizard();
    auto *paste = find<QPlainTextEdit>(*wizard, "sourcePasteEdit");
    QTest::keyClicks(paste, QStringLiteral("site-a,127.0.0.1,AB1"));
    QTest::keyClick(paste, Qt::Key_Return);
    QTest::keyClicks(paste, QStringLiteral("site-b 127.0.0.2"));
    QVERIFY(find<QRadioButton>(*wizard, "sourcePasteRadio")->isChecked());
    clickNext(*wizard);
    QVERIFY(!find<QComboBox>(*wizard, "encodingCombo")->isEnabled());
    QVERIFY(!find<QCheckBox>(*wizard, "headerCheck")->isChecked());
    clickNext(*wizard);
    QCOMPARE(ImportField(find<QComboBox>(*wizard, "columnCombo2")->currentData().toInt()),
        ImportField::PostCode);
    clickNext(*wizard);
    clickNext(*wizard);
    QVERIFY(find<QLabel>(*wizard, "reviewCountsLabel")->text().contains(u"2 new host"));
    clickNext(*wizard);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(storedHosts().size(), 2);
}

void TestImportWizard::unreadableFileKeepsFormatPageIncomplete()
{
    auto wizard = makeWizard();
    find<QLineEdit>(*wizard, "sourceFileEdit")
        ->setText(QStringLiteral(PINGTOOL_TEST_DATA_DIR "/csv/binary_garbage.bin"));
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPageId));
    QVERIFY(find<QLabel>(*wizard, "formatErrorLabel")->text().contains(u"does not look like text"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    wizard->back();
    find<QLineEdit>(*wizard, "sourceFileEdit")->setText(m_dir->filePath(QStringLiteral("no.csv")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::SourcePageId));
    QCOMPARE(ImportDialogs::shownMessages().size(), 1);
    QVERIFY(ImportDialogs::shownMessages().first().contains(u"no.csv"));
}

void TestImportWizard::remembersMappingForHeaderlessFiles()
{
    m_settings->setUiValue(
        QLatin1String(ImportWizard::kMappingKey), QStringLiteral("address,name"));
    auto wizard = makeWizard();
    wizard->setInitialFile(write(QStringLiteral("h.csv"), "127.0.0.1,alpha\n127.0.0.2,beta\n"));
    clickNext(*wizard);
    clickNext(*wizard);
    QCOMPARE(ImportField(find<QComboBox>(*wizard, "columnCombo0")->currentData().toInt()),
        ImportField::Address);
    QCOMPARE(ImportField(find<QComboBox>(*wizard, "columnCombo1")->currentData().toInt()),
        ImportField::Name);
}

void TestImportWizard::initialFileIsChosen()
{
    auto wizard = makeWizard();
    wizard->setInitialFile(QStringLiteral("/tmp/dropped.csv"));
    QCOMPARE(
        find<QLineEdit>(*wizard, "sourceFileEdit")->text(), QStringLiteral("/tmp/dropped.csv"));
    QVERIFY(find<QRadioButton>(*wizard, "sourceFileRadio")->isChecked());
}

void TestImportWizard::cancelDuringImport(bool viaWizardClose)
{
    {
        auto store = HostStore::open(db());
        QVERIFY(store.ok());
        Host h;
        h.name = QStringLiteral("kept");
        h.address = QStringLiteral("127.0.0.250");
        QVERIFY(store.value()->addHost(h).ok());
    }
    QByteArray csv = "name,address\n";
    for (int i = 0; i < 2000; ++i)
        csv += "h" + QByteArray::number(i) + ",127.1." + QByteArray::number(i / 250) + "."
            + QByteArray::number(i % 250 + 1) + "\n";

    // The worker stops at its first progress step until the test has pressed Cancel.
    QSemaphore reached;
    QSemaphore proceed;
    std::atomic<bool> first {true};
    ImportWorker::setProgressGateForTesting([&] {
        if (first.exchange(false)) {
            reached.release();
            proceed.acquire();
        }
    });

    auto wizard = makeWizard();
    QSignalSpy imported(wizard.get(), &ImportWizard::hostsImported);
    wizard->setInitialFile(write(QStringLiteral("big.csv"), csv));
    for (int i = 0; i < 4; ++i)
        clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReviewPageId));
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPageId));
    QVERIFY(reached.tryAcquire(1, 30000));
    if (viaWizardClose)
        wizard->reject();
    else
        QTest::mouseClick(find<QPushButton>(*wizard, "cancelImportButton"), Qt::LeftButton);
    proceed.release();

    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QVERIFY(wizard->isVisible());
    QVERIFY(find<QLabel>(*wizard, "summaryLabel")->text().contains(u"cancelled"));
    QCOMPARE(imported.size(), 0);
    const HostList hosts = storedHosts();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.first().name, QStringLiteral("kept"));
    wizard.reset(); // joins the worker thread before the gate's semaphores go
    ImportWorker::setProgressGateForTesting({});
}

void TestImportWizard::cancelButtonDuringImportLeavesDatabaseUnchanged()
{
    cancelDuringImport(false);
}

void TestImportWizard::closingDuringImportCancelsIt()
{
    cancelDuringImport(true);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
