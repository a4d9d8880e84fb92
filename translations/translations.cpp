#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "pingtool.i18n", QtWarningMsg)

namespace {

QPointer<QTranslator> g_pingtool;
QPointer<QTranslator> g_qt;
bool g_qtLoaded = false;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&g_pingtool, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    g_qtLoaded = false;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::chooseLanguage(const QString &setting, const QLocale &system)
{
    const QStringList ours = available();
    if (ours.contains(setting))
        return setting;
    // uiLanguages() gives "de-DE", "fr-CH", ... in the user's order of preference (it includes
    // LANGUAGE=fr:de on Linux).
    for (const QString &ui : system.uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (ours.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &setting)
{
    const QString language = chooseLanguage(setting, QLocale::system());
    if (!installLanguage(language))
        qCWarning(lcI18n) << "the translation" << language << "cannot be loaded";
    return language;
}

bool Translations::installLanguage(const QString &language)
{
    removeInstalled();
    auto *app = QCoreApplication::instance();

    // Keep the system locale's country and formats when its language is the chosen one (en_GB
    // stays en_GB, de_AT stays de_AT); a C or POSIX locale stays as it is for English.
    const QLocale system = QLocale::system();
    const QLocale chosen(language);
    if (system.language() == chosen.language()
        || (system.language() == QLocale::C && language == u"en"))
        QLocale::setDefault(system);
    else
        QLocale::setDefault(chosen);

    // English has a translation too: it holds the plural forms ("1 host", "5 hosts").
    auto *own = new QTranslator(app);
    const bool loaded
        = own->load(QStringLiteral(":/i18n/pingtool_%1.qm").arg(language)) && !own->isEmpty();
    if (loaded) {
        QCoreApplication::installTranslator(own);
        g_pingtool = own;
    } else {
        delete own;
    }

    if (language != u"en") {
        auto *qt = new QTranslator(app);
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
            g_qtLoaded = true;
        } else {
            qCInfo(lcI18n) << "Qt's own translation for" << language << "is not installed in"
                           << dir;
            delete qt;
        }
    }
    return loaded;
}

bool Translations::qtTranslationLoaded()
{
    return g_qtLoaded;
}
