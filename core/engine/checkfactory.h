#pragma once

// CheckFactory: picks and creates the kind of check for a host. The engine holds one; tests
// can hand the engine their own.

#include "../enginesettings.h"
#include "../host.h"

class Check;
class QNetworkAccessManager;
class QObject;

class FpingBatcher;

class CheckFactory
{
public:
    virtual ~CheckFactory() = default;
    // A new, not yet started check of host, owned by parent.
    virtual Check *create(const Host &host, QObject *parent) = 0;
    virtual void setSettings(const EngineSettings &settings) = 0;
    // True when the checks it creates ping through a shared batch process (FpingBatcher)
    // instead of a process each: the engine then starts them in larger bursts.
    virtual bool batchesPings() const { return false; }
};

// Ping (with web proof-of-life when the host has a web URL) for every host: one ping process
// per check, or one fping process per batch of checks (see PingBackendChoice).
class DefaultCheckFactory final : public CheckFactory
{
public:
    // batcher (not owned, may be null) pings in batches when its settings choose fping.
    DefaultCheckFactory(const EngineSettings &settings, QNetworkAccessManager *manager,
        FpingBatcher *batcher = nullptr);
    Check *create(const Host &host, QObject *parent) override;
    void setSettings(const EngineSettings &settings) override;
    bool batchesPings() const override;

private:
    EngineSettings m_settings;
    QNetworkAccessManager *m_manager;
    FpingBatcher *m_batcher;
};
