#include "checkfactory.h"

#include "pingwebcheck.h"

DefaultCheckFactory::DefaultCheckFactory(
    const EngineSettings &settings, QNetworkAccessManager *manager)
    : m_settings(settings)
    , m_manager(manager)
{ }

Check *DefaultCheckFactory::create(const Host &host, QObject *parent)
{
    // Every manufacturer is pinged today; a Mikrotik RouterOS or Omada check would be chosen
    // here by host.manufacturer.
    return new PingWebCheck(host.address, host.webUrl, m_settings, m_manager, parent);
}
