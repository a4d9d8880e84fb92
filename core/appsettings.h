#pragma once

// The one typed wrapper around QSettings: every key and its default live here.

#include "enginesettings.h"

#include <QObject>
#include <QSettings>

#include <memory>

struct AlertSettings
{
    bool enabled = true;
    bool sound = false;
    int coalesceWindowS = 5; // transitions within this window become one notification
};

class AppSettings : public QObject
{
    Q_OBJECT

public:
    // The user's settings (organisation "Pingtool", application "pingtool").
    explicit AppSettings(QObject *parent = nullptr);
    // Settings in an INI file: for tests and for --settings.
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    EngineSettings engine() const;
    void setEngine(const EngineSettings &settings);

    AlertSettings alerts() const;
    void setAlerts(const AlertSettings &settings);

    // "" = follow the system locale; else a locale name such as "de" or "fr".
    QString language() const;
    void setLanguage(const QString &language);

    // Free-form UI state (window geometry, column widths, filters, last folder).
    QVariant uiValue(const QString &key, const QVariant &defaultValue = {}) const;
    void setUiValue(const QString &key, const QVariant &value);

    QString fileName() const;
    void sync();

signals:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};
