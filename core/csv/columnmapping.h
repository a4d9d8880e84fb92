#pragma once

// ColumnMapping: which host field each CSV column fills. Built from a header row (names in any
// common spelling and case) or, without a header, in the original bulk form's order.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class ImportField { Ignore, Name, Address, Manufacturer, Supplier, Type, PostCode, WebUrl };

class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    explicit ColumnMapping(QList<ImportField> fields)
        : m_fields(std::move(fields))
    { }

    // Maps each header cell; unknown names become Ignore and are listed in unknownColumns().
    // When a field appears twice, the first column wins and the second is ignored.
    static ColumnMapping fromHeader(const QStringList &header);
    // No header: name, address, post code (the original's "hostname,ip_address[,post_code]");
    // a single column is a list of addresses.
    static ColumnMapping defaultOrder(int columnCount);

    // The field a header name means, in any common spelling and case; Ignore for a name we
    // know and deliberately skip (e.g. "status" from our own export); nullopt when unknown.
    static std::optional<ImportField> fieldForHeader(const QString &name);

    ImportField field(int column) const
    {
        return column < m_fields.size() ? m_fields.at(column) : ImportField::Ignore;
    }
    void setField(int column, ImportField field);
    int columnOf(ImportField field) const; // -1 when not mapped
    int columnCount() const { return int(m_fields.size()); }
    QList<ImportField> fields() const { return m_fields; }
    QStringList unknownColumns() const { return m_unknown; }

    static QList<ImportField> allFields(); // Ignore first
    static QString fieldName(ImportField field); // translated, for the column combos
    static QString fieldKey(ImportField field); // stable: "name", "address", ..., "ignore"
    static std::optional<ImportField> fieldFromKey(const QString &key);

    // "name,address,ignore,post_code": to remember a mapping in the settings.
    QString toKeys() const;
    static ColumnMapping fromKeys(const QString &keys);

    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b)
    {
        return a.m_fields == b.m_fields;
    }

private:
    QList<ImportField> m_fields;
    QStringList m_unknown;
};
