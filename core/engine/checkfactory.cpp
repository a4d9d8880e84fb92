#include "checkfactory.h"

#include "fpingbatcher.h"
#include "pingwebcheck.h"

DefaultCheckFactory::DefaultCheckFactory(
    const EngineSettings &settings, QNetworkAccessManager *manager, FpingBatcher *batcher)
    : m_settings(settings)
    , m_manager(manager)
    , m_batcher(batcher)
{ }

Check *DefaultCheckFactory::create(const Host &host, QObject *parent)
{
    // Every manufacturer is pinged today; a Mikrotik RouterOS or Omada check would be chosen
    // here by host.manufacturer.
    return new PingWebCheck(host.address, host.webUrl, m_settings, m_manager, m_batcher, parent);
}

void DefaultCheckFactory::setSettings(const EngineSettings &settings)
{
    m_settings = settings;
    if (m_batcher)
        m_batcher->setSettings(settings);
}

bool DefaultCheckFactory::batchesPings() const
{
    return m_batcher && m_batcher->isActive();
}
