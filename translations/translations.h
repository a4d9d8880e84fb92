#pragma once

// The user interface language: picks it from the setting or the system locale, installs
// Pingtool's translator (embedded :/i18n/pingtool_<lang>.qm) and Qt's own (qtbase_<lang>.qm, so
// standard buttons are translated) and makes the language the default QLocale, so dates, times
// and numbers follow it. Stored times stay UTC ISO-8601; only their display changes.

#include <QLocale>
#include <QString>
#include <QStringList>

class Translations
{
public:
    // The languages Pingtool ships, as AppSettings::language() names them: "en", "de", "fr".
    static QStringList available();

    // The language to use: the setting when it names one of available(), else the first of the
    // system locale's UI languages that is available (LANG=de_DE.UTF-8 gives "de"), else "en".
    static QString chooseLanguage(const QString &setting, const QLocale &system);

    // Installs the translators for chooseLanguage(setting, QLocale::system()) on the running
    // QCoreApplication and sets the default QLocale. A second call replaces the translators of
    // the first. Returns the language installed.
    static QString install(const QString &setting);

    // Installs the translators of one of available() (see install()). False when Pingtool's own
    // translation cannot be loaded; Qt's is optional (qt6-translations-l10n on Debian).
    static bool installLanguage(const QString &language);

    // Whether Qt's own translation (qtbase_<lang>.qm) was found by the last install.
    static bool qtTranslationLoaded();
};
