// The .ts files in translations/: complete (no unfinished, vanished or obsolete entry), every
// placeholder of a source text kept in its translation, the plural forms the language needs,
// and current: lupdate over today's sources adds and drops nothing.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation type="..."> attribute: "", unfinished, vanished, obsolete
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    QString location;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString lastFile;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"location" && message.location.isEmpty()) {
                // Relative locations name the file only where it changes.
                const QString fileAttribute
                    = xml.attributes().value(QLatin1String("filename")).toString();
                if (!fileAttribute.isEmpty())
                    lastFile = fileAttribute;
                message.location = lastFile;
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString translationsDir()
{
    return QStringLiteral(PINGTOOL_SOURCE_DIR "/translations");
}

QStringList tsFiles()
{
    return QDir(translationsDir())
        .entryList({QStringLiteral("pingtool_*.ts")}, QDir::Files, QDir::Name);
}

// "%1", "%L2", "%n" -> "%1", "%2", "%n", sorted: the placeholders a text uses.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << u'%' + it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("%1 \"%2\" (%3)").arg(m.context, m.source, m.location);
}

} // namespace

class TestTsFiles : public QObject
{
    Q_OBJECT

private slots:
    void theShippedLanguagesAreThere();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void translationsKeepEveryPlaceholder_data();
    void translationsKeepEveryPlaceholder();
    void pluralFormsMatchTheLanguage_data();
    void pluralFormsMatchTheLanguage();
    void lupdateOverTheSourcesChangesNothing_data();
    void lupdateOverTheSourcesChangesNothing();
};

void TestTsFiles::theShippedLanguagesAreThere()
{
    QCOMPARE(tsFiles(),
        QStringList({QStringLiteral("pingtool_de.ts"), QStringLiteral("pingtool_en.ts"),
            QStringLiteral("pingtool_fr.ts")}));
}

void TestTsFiles::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : tsFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestTsFiles::everyEntryIsFinished()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(QDir(translationsDir()).filePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            problems << m.type + u": " + describe(m);
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << QStringLiteral("empty: ") + describe(m);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTsFiles::translationsKeepEveryPlaceholder_data()
{
    everyEntryIsFinished_data();
}

void TestTsFiles::translationsKeepEveryPlaceholder()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(QDir(translationsDir()).filePath(file));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QStringList wanted = placeholders(m.source);
        for (const QString &t : m.translations) {
            // A singular form may spell the number out ("un hôte"), so %n is optional there.
            QStringList got = placeholders(t);
            QStringList need = wanted;
            if (m.numerus && t == m.translations.constFirst() && !got.contains(u"%n"))
                need.removeAll(QStringLiteral("%n"));
            if (got != need)
                problems << QStringLiteral("%1 -> \"%2\": has %3, needs %4")
                                .arg(describe(m), t, got.join(u' '), need.join(u' '));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTsFiles::pluralFormsMatchTheLanguage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms");
    // Qt's plural rules: English and German one/other; French one (0 and 1)/other.
    QTest::newRow("en") << QStringLiteral("pingtool_en.ts") << 2;
    QTest::newRow("de") << QStringLiteral("pingtool_de.ts") << 2;
    QTest::newRow("fr") << QStringLiteral("pingtool_fr.ts") << 2;
}

void TestTsFiles::pluralFormsMatchTheLanguage()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    const TsFile ts = readTs(QDir(translationsDir()).filePath(file));
    QCOMPARE(ts.language.left(2), file.mid(9, 2));
    int numerus = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        QVERIFY2(m.translations.size() == forms, qPrintable(describe(m)));
    }
    QVERIFY(numerus > 10);
    if (file == u"pingtool_en.ts")
        QCOMPARE(numerus, ts.messages.size()); // English holds only the plural forms
}

void TestTsFiles::lupdateOverTheSourcesChangesNothing_data()
{
    everyEntryIsFinished_data();
}

// A source text added without running update_translations would be untranslated; one removed
// would linger in the file. lupdate on a copy shows both.
void TestTsFiles::lupdateOverTheSourcesChangesNothing()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QDir(translationsDir()).filePath(file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList args {QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    if (file == u"pingtool_en.ts")
        args << QStringLiteral("-pluralonly");
    for (const char *area : {"core", "ui", "app"})
        args << QStringLiteral(PINGTOOL_SOURCE_DIR "/") + QLatin1String(area);
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PINGTOOL_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(90000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const TsFile before = readTs(QDir(translationsDir()).filePath(file));
    const TsFile after = readTs(copy);
    QSet<QString> beforeKeys, afterKeys;
    for (const TsMessage &m : before.messages)
        beforeKeys.insert(m.key());
    QStringList added;
    for (const TsMessage &m : after.messages) {
        afterKeys.insert(m.key());
        if (!beforeKeys.contains(m.key()))
            added << describe(m);
    }
    QStringList dropped;
    for (const TsMessage &m : before.messages)
        if (!afterKeys.contains(m.key()))
            dropped << describe(m);
    QVERIFY2(added.isEmpty(),
        qPrintable(QStringLiteral("not in %1 (run the update_translations target, then "
                                  "translate):\n")
                       .arg(file)
            + added.join(u'\n')));
    QVERIFY2(dropped.isEmpty(),
        qPrintable(QStringLiteral("no longer in the sources, still in %1:\n").arg(file)
            + dropped.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
