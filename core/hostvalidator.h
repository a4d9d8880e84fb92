#pragma once

// Validation of what a user or a file gives for a host: one specific, translated message per rule.

#include "host.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

enum class HostField { Name, Address, Manufacturer, Supplier, Type, PostCode, WebUrl };

struct FieldError
{
    HostField field;
    QString message;
};

class HostValidator
{
    Q_DECLARE_TR_FUNCTIONS(HostValidator)

public:
    static constexpr int kMaxTextLength = 200; // name, supplier, type, post code
    static constexpr int kMaxAddressLength = 253; // RFC 1035 limit of a host name in text form
    static constexpr int kMaxUrlLength = 2048;

    // Trims, converts an internationalised name to its ASCII (punycode) form, strips IPv6
    // brackets, and checks the address. The value is the address to store and to pass to ping.
    static Result<QString> normalizeAddress(const QString &address);

    // Empty is fine; else http or https with a host. Returns the trimmed URL.
    static Result<QString> normalizeWebUrl(const QString &url);

    // Trims and collapses the text fields, normalises the address, and returns every rule broken
    // (empty when the host is valid). The host is changed only on success of each field.
    static QList<FieldError> validate(Host &host);

    static QString fieldName(HostField field); // translated ("Address")
    static QString fieldKey(HostField field); // stable ("address")
};
