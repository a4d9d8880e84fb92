#pragma once

// CheckFactory: picks and creates the kind of check for a host. The engine holds one; tests
// can hand the engine their own.

#include "../enginesettings.h"
#include "../host.h"

class Check;
class QNetworkAccessManager;
class QObject;

class CheckFactory
{
public:
    virtual ~CheckFactory() = default;
    // A new, not yet started check of host, owned by parent.
    virtual Check *create(const Host &host, QObject *parent) = 0;
    virtual void setSettings(const EngineSettings &settings) = 0;
};

// Ping (with web proof-of-life when the host has a web URL) for every host.
class DefaultCheckFactory final : public CheckFactory
{
public:
    DefaultCheckFactory(const EngineSettings &settings, QNetworkAccessManager *manager);
    Check *create(const Host &host, QObject *parent) override;
    void setSettings(const EngineSettings &settings) override { m_settings = settings; }

private:
    EngineSettings m_settings;
    QNetworkAccessManager *m_manager;
};
