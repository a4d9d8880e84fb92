// The user interface language: chosen from the setting or the system locale, German by
// LANG=de_DE.UTF-8 in the window, the import wizard and the command line, French by the
// Settings choice, plural forms for 1 and 5, and dates and numbers in the chosen locale.

#include "appsettings.h"
#include "common/displaytext.h"
#include "importwizard.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsdialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The executable under a German system locale; LC_ALL and LANGUAGE (set by CTest to C) would
// win over LANG, so they go.
QProcessEnvironment germanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runPingtool(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PINGTOOL_EXECUTABLE), arguments);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString hostCount(int n)
{
    return QCoreApplication::translate("FilterBar", "%n host(s)", nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void languageComesFromTheSettingThenTheSystem_data();
    void languageComesFromTheSettingThenTheSystem();
    void germanSystemLocaleGivesAGermanMainWindow();
    void germanSystemLocaleGivesAGermanImportWizard();
    void qtsOwnTranslationTranslatesStandardButtons();
    void pluralsRenderForOneAndFive_data();
    void pluralsRenderForOneAndFive();
    void datesAndNumbersFollowTheLanguage();
    void settingsOfferTheShippedLanguages();
    void commandLineFollowsLang();
    void settingsChoiceWinsOverLang();
    void englishCommandLineHasPluralForms();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings
        = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("window-settings.ini")));
    // The same call main() makes, under the LANG=de_DE.UTF-8 that main() below set up.
    QCOMPARE(Translations::install(m_settings->language()), QStringLiteral("de"));
}

void TestTranslations::cleanup()
{
    Translations::installLanguage(QStringLiteral("de"));
}

void TestTranslations::languageComesFromTheSettingThenTheSystem_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::newRow("system German") << QString() << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("system Swiss French")
        << QString() << QStringLiteral("fr_CH") << QStringLiteral("fr");
    QTest::newRow("system Austrian German")
        << QString() << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("system British") << QString() << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("system C") << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("system Italian, not shipped")
        << QString() << QStringLiteral("it_IT") << QStringLiteral("en");
    QTest::newRow("setting French on German")
        << QStringLiteral("fr") << QStringLiteral("de_DE") << QStringLiteral("fr");
    QTest::newRow("setting English on German")
        << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("unknown setting")
        << QStringLiteral("xx") << QStringLiteral("fr_FR") << QStringLiteral("fr");
}

void TestTranslations::languageComesFromTheSettingThenTheSystem()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, language);
    QCOMPARE(Translations::chooseLanguage(setting, QLocale(system)), language);
}

void TestTranslations::germanSystemLocaleGivesAGermanMainWindow()
{
    MainWindow w(*m_settings, QString(), MainWindow::TrayMode::Off);
    w.show();
    w.onStarted({});
    QCOMPARE(w.findChild<QAction *>(QStringLiteral("actionAdd"))->text(),
        QStringLiteral("&Host hinzufügen…"));
    bool welcome = false;
    for (const QLabel *label : w.findChildren<QLabel *>())
        welcome = welcome || label->text() == u"Willkommen bei Pingtool";
    QVERIFY(welcome);
}

void TestTranslations::germanSystemLocaleGivesAGermanImportWizard()
{
    ImportWizard wizard(m_dir.filePath(QStringLiteral("wizard.sqlite")), ImportDefaults {});
    wizard.setSettings(m_settings.get());
    wizard.show();
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Hosts importieren"));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Was möchten Sie importieren?"));
}

void TestTranslations::qtsOwnTranslationTranslatesStandardButtons()
{
    QVERIFY2(Translations::qtTranslationLoaded(),
        "qtbase_de.qm is missing: install qt6-translations-l10n");
    ImportWizard wizard(m_dir.filePath(QStringLiteral("wizard.sqlite")), ImportDefaults {});
    QCOMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Abbrechen"));
}

void TestTranslations::pluralsRenderForOneAndFive_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("five");
    QTest::newRow("en") << QStringLiteral("en") << "1 host"
                        << "5 hosts";
    QTest::newRow("de") << QStringLiteral("de") << "1 Host"
                        << "5 Hosts";
    QTest::newRow("fr") << QStringLiteral("fr") << "1 hôte"
                        << "5 hôtes";
}

void TestTranslations::pluralsRenderForOneAndFive()
{
    QFETCH(QString, language);
    QFETCH(QString, one);
    QFETCH(QString, five);
    QVERIFY(Translations::installLanguage(language));
    QCOMPARE(hostCount(1), one);
    QCOMPARE(hostCount(5), five);
}

void TestTranslations::datesAndNumbersFollowTheLanguage()
{
    const QDateTime utc(QDate(2026, 11, 27), QTime(9, 12, 3), Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    QVERIFY(Translations::installLanguage(QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(DisplayText::localTime(utc), local.toString(QStringLiteral("dd.MM.yy HH:mm:ss")));
    QCOMPARE(DisplayText::roundTrip(0.42), QStringLiteral("0,42 ms"));
    QVERIFY(Translations::installLanguage(QStringLiteral("fr")));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(DisplayText::localTime(utc), local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    QCOMPARE(DisplayText::roundTrip(12.5), QStringLiteral("12,5 ms"));
    QVERIFY(Translations::installLanguage(QStringLiteral("en")));
    QCOMPARE(DisplayText::roundTrip(0.42), QStringLiteral("0.42 ms"));
    // Stored times stay UTC ISO-8601 whatever the language.
    QCOMPARE(toIsoUtc(utc), QStringLiteral("2026-11-27T09:12:03Z"));
}

void TestTranslations::settingsOfferTheShippedLanguages()
{
    SettingsDialog dialog(*m_settings);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QStringList names, codes;
    for (int i = 0; i < combo->count(); ++i) {
        names << combo->itemText(i);
        codes << combo->itemData(i).toString();
    }
    QCOMPARE(names,
        QStringList({QStringLiteral("Systemsprache"), QStringLiteral("English"),
            QStringLiteral("Deutsch"), QStringLiteral("Français")}));
    QCOMPARE(codes,
        QStringList({QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    for (const QString &code : Translations::available())
        QVERIFY(codes.contains(code));
    bool restartNote = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        restartNote = restartNote || label->text().contains(u"nächsten Start");
    QVERIFY(restartNote);
}

void TestTranslations::commandLineFollowsLang()
{
    const Run help = runPingtool({QStringLiteral("--help")}, germanEnvironment());
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"Pingtool überwacht Netzwerkgeräte"), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"Optionen:"), qPrintable(help.out)); // Qt's own translation

    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const Run list = runPingtool(
        {QStringLiteral("--list"), QStringLiteral("--database"), db}, germanEnvironment());
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(u"Noch keine Hosts."), qPrintable(list.out));
}

void TestTranslations::settingsChoiceWinsOverLang()
{
    const QString ini = m_dir.filePath(QStringLiteral("french.ini"));
    {
        AppSettings settings(ini);
        settings.setLanguage(QStringLiteral("fr"));
        settings.sync();
    }
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const Run list = runPingtool({QStringLiteral("--list"), QStringLiteral("--database"), db,
                                     QStringLiteral("--settings"), ini},
        germanEnvironment());
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(u"Aucun hôte pour l’instant."), qPrintable(list.out));
    const Run help = runPingtool(
        {QStringLiteral("--settings=") + ini, QStringLiteral("--help")}, germanEnvironment());
    QVERIFY2(help.out.contains(u"Pingtool surveille des équipements réseau"), qPrintable(help.out));
}

void TestTranslations::englishCommandLineHasPluralForms()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("one.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const Run add = runPingtool({QStringLiteral("--add"), QStringLiteral("--name"),
                                    QStringLiteral("lo"), QStringLiteral("--address"),
                                    QStringLiteral("127.0.0.1"), QStringLiteral("--database"), db},
        env);
    QCOMPARE(add.exitCode, 0);
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const Run exported
        = runPingtool({QStringLiteral("--export"), csv, QStringLiteral("--database"), db}, env);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.startsWith(u"Exported 1 host to "), qPrintable(exported.out));
}

// main() as QTEST_MAIN, with the system locale German before anything reads it.
int main(int argc, char **argv)
{
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
