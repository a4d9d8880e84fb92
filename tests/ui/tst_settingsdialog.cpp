#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsStoredValues();
    void okStoresEveryValueAndKeepsHiddenOnes();
    void cancelStoresNothing();
};

void TestSettingsDialog::showsStoredValues()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    EngineSettings e;
    e.pingCount = 6;
    e.lifecycle.unknownIntervalS = 1800;
    settings.setEngine(e);
    AlertSettings a;
    a.coalesceWindowS = 12;
    a.sound = true;
    settings.setAlerts(a);

    SettingsDialog dialog(settings);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pingCountSpin"))->value(), 6);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("unknownIntervalSpin"))->value(), 1800);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("coalesceWindowSpin"))->value(), 12);
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("soundCheck"))->isChecked());
}

void TestSettingsDialog::okStoresEveryValueAndKeepsHiddenOnes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        AppSettings settings(file);
        EngineSettings e;
        e.pingProgram = QStringLiteral("/opt/fake-ping"); // not on the dialog: must survive
        settings.setEngine(e);

        SettingsDialog dialog(settings);
        dialog.show();
        auto set = [&dialog](const char *name, int value) {
            auto *box = dialog.findChild<QSpinBox *>(QString::fromLatin1(name));
            QVERIFY(box);
            box->setValue(value);
        };
        set("pingCountSpin", 3);
        set("replyTimeoutSpin", 2);
        set("webTimeoutSpin", 7);
        set("knownIntervalSpin", 30);
        set("unknownIntervalSpin", 600);
        set("minJitterSpin", 4);
        set("jitterPercentSpin", 20);
        set("failedBeforeUnknownSpin", 5);
        set("concurrencySpin", 64);
        set("coalesceWindowSpin", 9);
        set("retentionSpin", 30);
        dialog.findChild<QCheckBox *>(QStringLiteral("acceptAny2xxCheck"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("soundCheck"))->setChecked(true);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    AppSettings reread(file);
    const EngineSettings e = reread.engine();
    QCOMPARE(e.pingCount, 3);
    QCOMPARE(e.pingReplyTimeoutS, 2);
    QCOMPARE(e.webTimeoutS, 7);
    QVERIFY(e.webAcceptAny2xx);
    QCOMPARE(e.lifecycle.knownIntervalS, 30);
    QCOMPARE(e.lifecycle.unknownIntervalS, 600);
    QCOMPARE(e.lifecycle.minJitterS, 4);
    QCOMPARE(e.lifecycle.jitterPercent, 20);
    QCOMPARE(e.lifecycle.failedChecksBeforeUnknown, 5);
    QCOMPARE(e.maxConcurrentChecks, 64);
    QCOMPARE(e.sampleRetentionDays, 30);
    QCOMPARE(e.pingProgram, QStringLiteral("/opt/fake-ping"));
    QCOMPARE(reread.alerts().coalesceWindowS, 9);
    QVERIFY(reread.alerts().sound);
    QVERIFY(reread.alerts().enabled);
    QCOMPARE(reread.language(), QStringLiteral("en"));
}

void TestSettingsDialog::cancelStoresNothing()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(settings);
    dialog.show();
    dialog.findChild<QSpinBox *>(QStringLiteral("pingCountSpin"))->setValue(9);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(settings.engine().pingCount, EngineSettings().pingCount);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
