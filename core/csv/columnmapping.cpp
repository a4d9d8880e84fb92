#include "columnmapping.h"

#include <QHash>

namespace {

// Lower case without spaces, '_', '-', '.', '/' and '#': "Post Code", "post_code" and
// "POSTCODE" are one name.
QString headerKey(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u'#')
            continue;
        key.append(c.toLower());
    }
    return key;
}

const QHash<QString, ImportField> &headerNames()
{
    static const QHash<QString, ImportField> names = [] {
        QHash<QString, ImportField> h;
        const auto add = [&h](ImportField field, std::initializer_list<const char16_t *> keys) {
            for (const char16_t *k : keys)
                h.insert(QString::fromUtf16(k), field);
        };
        add(ImportField::Name,
            {u"name", u"hostname", u"devicename", u"device", u"sitename", u"site"});
        add(ImportField::Address,
            {u"address", u"ipaddress", u"ip", u"host", u"ipv4", u"ipv6", u"ipaddr", u"hostaddress",
                u"ipv4address", u"ipv6address", u"fqdn", u"dnsname"});
        add(ImportField::PostCode,
            {u"postcode", u"zip", u"zipcode", u"postalcode", u"postal", u"plz", u"postcodezip"});
        add(ImportField::WebUrl, {u"weburl", u"url", u"web", u"website", u"link", u"webaddress"});
        add(ImportField::Manufacturer, {u"manufacturer", u"vendor", u"make", u"brand"});
        add(ImportField::Supplier,
            {u"supplier", u"isp", u"provider", u"lineprovider", u"carrier", u"linesupplier"});
        add(ImportField::Type, {u"type", u"hosttype", u"devicetype", u"kind"});
        // Columns of our own export that an import deliberately does not read back.
        add(ImportField::Ignore,
            {u"id", u"status", u"lastcheckedutc", u"lastsuccessutc", u"lastcheckedat",
                u"lastsuccessat", u"paused"});
        return h;
    }();
    return names;
}

} // namespace

std::optional<ImportField> ColumnMapping::fieldForHeader(const QString &name)
{
    const auto it = headerNames().constFind(headerKey(name));
    if (it == headerNames().cend())
        return std::nullopt;
    return it.value();
}

ColumnMapping ColumnMapping::fromHeader(const QStringList &header)
{
    ColumnMapping mapping;
    for (const QString &cell : header) {
        const std::optional<ImportField> field = fieldForHeader(cell);
        if (!field) {
            mapping.m_fields.append(ImportField::Ignore);
            if (!cell.trimmed().isEmpty())
                mapping.m_unknown.append(cell.trimmed());
            continue;
        }
        const bool taken = *field != ImportField::Ignore && mapping.m_fields.contains(*field);
        mapping.m_fields.append(taken ? ImportField::Ignore : *field);
    }
    return mapping;
}

ColumnMapping ColumnMapping::defaultOrder(int columnCount)
{
    if (columnCount == 1)
        return ColumnMapping({ImportField::Address}); // a bare list of addresses
    static const QList<ImportField> order
        = {ImportField::Name, ImportField::Address, ImportField::PostCode};
    QList<ImportField> fields;
    for (int i = 0; i < columnCount; ++i)
        fields.append(i < order.size() ? order.at(i) : ImportField::Ignore);
    return ColumnMapping(fields);
}

void ColumnMapping::setField(int column, ImportField field)
{
    if (column < 0)
        return;
    while (m_fields.size() <= column)
        m_fields.append(ImportField::Ignore);
    m_fields[column] = field;
}

int ColumnMapping::columnOf(ImportField field) const
{
    return int(m_fields.indexOf(field));
}

QList<ImportField> ColumnMapping::allFields()
{
    return {ImportField::Ignore, ImportField::Name, ImportField::Address, ImportField::Manufacturer,
        ImportField::Supplier, ImportField::Type, ImportField::PostCode, ImportField::WebUrl};
}

QString ColumnMapping::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("(ignore)");
    case ImportField::Name:
        return tr("Name");
    case ImportField::Address:
        return tr("Address");
    case ImportField::Manufacturer:
        return tr("Manufacturer");
    case ImportField::Supplier:
        return tr("Supplier");
    case ImportField::Type:
        return tr("Type");
    case ImportField::PostCode:
        return tr("Post code");
    case ImportField::WebUrl:
        return tr("Web URL");
    }
    return {};
}

QString ColumnMapping::fieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return QStringLiteral("ignore");
    case ImportField::Name:
        return QStringLiteral("name");
    case ImportField::Address:
        return QStringLiteral("address");
    case ImportField::Manufacturer:
        return QStringLiteral("manufacturer");
    case ImportField::Supplier:
        return QStringLiteral("supplier");
    case ImportField::Type:
        return QStringLiteral("type");
    case ImportField::PostCode:
        return QStringLiteral("post_code");
    case ImportField::WebUrl:
        return QStringLiteral("web_url");
    }
    return {};
}

std::optional<ImportField> ColumnMapping::fieldFromKey(const QString &key)
{
    for (ImportField f : allFields())
        if (fieldKey(f) == key)
            return f;
    return std::nullopt;
}

QString ColumnMapping::toKeys() const
{
    QStringList keys;
    for (ImportField f : m_fields)
        keys.append(fieldKey(f));
    return keys.join(u',');
}

ColumnMapping ColumnMapping::fromKeys(const QString &keys)
{
    QList<ImportField> fields;
    if (keys.isEmpty())
        return {};
    for (const QString &k : keys.split(u','))
        fields.append(fieldFromKey(k).value_or(ImportField::Ignore));
    return ColumnMapping(fields);
}
