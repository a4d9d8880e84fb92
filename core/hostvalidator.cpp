#include "hostvalidator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace {

Error invalid(const QString &message)
{
    return Error {ErrorCode::InvalidInput, message};
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// Strict dotted quad: four decimal parts 0-255. Leading zeros are refused because ping reads
// "010" as octal 8.
std::optional<QString> ipv4Error(const QString &address)
{
    const QStringList parts = address.split(u'.');
    if (parts.size() != 4)
        return HostValidator::tr(
            "'%1' is not a valid IPv4 address: it needs four numbers separated by dots.")
            .arg(address);
    for (const QString &p : parts) {
        if (!isDigits(p) || p.size() > 3 || p.toInt() > 255)
            return HostValidator::tr(
                "'%1' is not a valid IPv4 address: each part must be a number from 0 to "
                "255.")
                .arg(address);
        if (p.size() > 1 && p.startsWith(u'0'))
            return HostValidator::tr(
                "'%1' is not a valid IPv4 address: a part has a leading zero, which ping "
                "would read as an octal number.")
                .arg(address);
    }
    return std::nullopt;
}

bool looksNumeric(const QString &address)
{
    for (QChar c : address)
        if (c != u'.' && (c < u'0' || c > u'9'))
            return false;
    return true;
}

std::optional<QString> hostNameError(const QString &original, const QString &ascii)
{
    if (ascii.size() > HostValidator::kMaxAddressLength)
        return HostValidator::tr("The address is %1 characters long; a host name has at most %2.")
            .arg(ascii.size())
            .arg(HostValidator::kMaxAddressLength);
    const QStringList labels = ascii.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return HostValidator::tr(
                "'%1' is not a valid host name: it has an empty part between dots.")
                .arg(original);
        if (label.size() > 63)
            return HostValidator::tr(
                "'%1' is not a valid host name: a part between dots is longer than 63 "
                "characters.")
                .arg(original);
        for (QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok)
                return HostValidator::tr(
                    "'%1' is not a valid host name: '%2' is not allowed (only letters, "
                    "digits, '-' and '.').")
                    .arg(original, QString(c));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return HostValidator::tr(
                "'%1' is not a valid host name: a part between dots starts or ends with "
                "'-'.")
                .arg(original);
    }
    if (isDigits(labels.last()))
        return HostValidator::tr("'%1' is not a valid host name: the last part is a number.")
            .arg(original);
    return std::nullopt;
}

} // namespace

Result<QString> HostValidator::normalizeAddress(const QString &input)
{
    QString address = input.trimmed();
    if (address.isEmpty())
        return invalid(tr("Enter an address: an IPv4 or IPv6 address or a host name."));
    if (address.startsWith(u'-'))
        return invalid(tr("The address '%1' starts with '-' and would be read as a ping option.")
                           .arg(address.left(40)));
    for (QChar c : address) {
        if (c.isSpace())
            return invalid(tr("The address '%1' contains a space.").arg(address.left(60)));
        if (c.category() == QChar::Other_Control)
            return invalid(tr("The address contains a control character."));
    }
    if (address.size() > 1024)
        return invalid(tr("The address is %1 characters long; a host name has at most %2.")
                           .arg(address.size())
                           .arg(kMaxAddressLength));

    if (address.contains(QStringLiteral("://")))
        return invalid(tr("'%1' looks like a web URL; enter only the address here, and the URL "
                          "as the web URL.")
                           .arg(address.left(60)));
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);

    if (address.contains(u':')) {
        QHostAddress ip;
        if (!ip.setAddress(address) || ip.protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(tr("'%1' is not a valid IPv6 address.").arg(address.left(60)));
        return ip.toString();
    }
    if (looksNumeric(address)) {
        if (const auto error = ipv4Error(address))
            return invalid(*error);
        return address;
    }

    if (address.endsWith(u'.'))
        address.chop(1); // the root label of a fully qualified name
    const QString ascii
        = QString::fromLatin1(QUrl::toAce(address, QUrl::AceTransitionalProcessing));
    if (ascii.isEmpty()) {
        // toAce refuses names it cannot convert; explain the same way as for ASCII names.
        if (const auto error = hostNameError(address, address))
            return invalid(*error);
        return invalid(tr("'%1' is not a valid host name.").arg(address.left(60)));
    }
    if (const auto error = hostNameError(address.left(80), ascii))
        return invalid(*error);
    return ascii.toLower();
}

Result<QString> HostValidator::normalizeWebUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QString();
    if (text.size() > kMaxUrlLength)
        return invalid(tr("The web URL is %1 characters long; at most %2 are allowed.")
                           .arg(text.size())
                           .arg(kMaxUrlLength));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return invalid(
            tr("The web URL '%1' must start with http:// or https://.").arg(text.left(60)));
    if (!url.isValid())
        return invalid(
            tr("The web URL '%1' is not valid: %2").arg(text.left(60), url.errorString()));
    if (url.host().isEmpty())
        return invalid(tr("The web URL '%1' has no host.").arg(text.left(60)));
    return text;
}

QList<FieldError> HostValidator::validate(Host &host)
{
    QList<FieldError> errors;

    auto text = [&errors](QString &value, HostField field, bool required) {
        const QString v = value.simplified();
        if (required && v.isEmpty()) {
            errors.append({field, tr("Enter a name for the host.")});
            return;
        }
        if (v.size() > kMaxTextLength) {
            errors.append({field,
                tr("%1 is %2 characters long; at most %3 are allowed.")
                    .arg(fieldName(field))
                    .arg(v.size())
                    .arg(kMaxTextLength)});
            return;
        }
        // Control characters (other than the whitespace simplified() already turned into
        // spaces) are never meant: they make an export unreadable as text (found by fuzz_csv).
        for (const QChar c : v) {
            if (c.category() == QChar::Other_Control) {
                errors.append({field,
                    tr("%1 contains a control character (U+%2).")
                        .arg(fieldName(field))
                        .arg(c.unicode(), 4, 16, QLatin1Char('0'))});
                return;
            }
        }
        value = v;
    };
    text(host.name, HostField::Name, true);

    const Result<QString> address = normalizeAddress(host.address);
    if (address.ok())
        host.address = address.value();
    else
        errors.append({HostField::Address, address.error().message});

    text(host.supplier, HostField::Supplier, false);
    text(host.type, HostField::Type, false);
    text(host.postCode, HostField::PostCode, false);

    const Result<QString> url = normalizeWebUrl(host.webUrl);
    if (url.ok())
        host.webUrl = url.value();
    else
        errors.append({HostField::WebUrl, url.error().message});
    return errors;
}

QString HostValidator::fieldName(HostField field)
{
    switch (field) {
    case HostField::Name:
        return tr("Name");
    case HostField::Address:
        return tr("Address");
    case HostField::Manufacturer:
        return tr("Manufacturer");
    case HostField::Supplier:
        return tr("Supplier");
    case HostField::Type:
        return tr("Type");
    case HostField::PostCode:
        return tr("Post code");
    case HostField::WebUrl:
        return tr("Web URL");
    }
    return {};
}

QString HostValidator::fieldKey(HostField field)
{
    switch (field) {
    case HostField::Name:
        return QStringLiteral("name");
    case HostField::Address:
        return QStringLiteral("address");
    case HostField::Manufacturer:
        return QStringLiteral("manufacturer");
    case HostField::Supplier:
        return QStringLiteral("supplier");
    case HostField::Type:
        return QStringLiteral("type");
    case HostField::PostCode:
        return QStringLiteral("post_code");
    case HostField::WebUrl:
        return QStringLiteral("web_url");
    }
    return {};
}
