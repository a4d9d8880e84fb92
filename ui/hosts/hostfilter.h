#pragma once

// The search and filter rules of the hosts table, as a pure value: no widgets, no model. The
// proxy model only calls matches().

#include "host.h"

#include <QStringList>

#include <optional>

class HostFilter
{
public:
    // Words separated by spaces; every word must appear (case-insensitive) in the name, address,
    // supplier or post code.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    std::optional<HostStatus> status;
    std::optional<Manufacturer> manufacturer;
    std::optional<QString> supplier; // exact (case-insensitive); "" matches hosts without one
    std::optional<QString> type;

    bool isEmpty() const;
    bool matches(const Host &host) const;

    friend bool operator==(const HostFilter &a, const HostFilter &b);
    friend bool operator!=(const HostFilter &a, const HostFilter &b) { return !(a == b); }

private:
    QString m_searchText;
    QStringList m_words;
};
