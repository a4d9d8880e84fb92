#include "hostfilter.h"

void HostFilter::setSearchText(const QString &text)
{
    m_searchText = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
}

bool HostFilter::isEmpty() const
{
    return m_words.isEmpty() && !status && !manufacturer && !supplier && !type;
}

bool HostFilter::matches(const Host &host) const
{
    if (status && host.state.status != *status)
        return false;
    if (manufacturer && host.manufacturer != *manufacturer)
        return false;
    if (supplier && host.supplier.compare(*supplier, Qt::CaseInsensitive) != 0)
        return false;
    if (type && host.type.compare(*type, Qt::CaseInsensitive) != 0)
        return false;
    for (const QString &word : m_words) {
        if (!host.name.contains(word, Qt::CaseInsensitive)
            && !host.address.contains(word, Qt::CaseInsensitive)
            && !host.supplier.contains(word, Qt::CaseInsensitive)
            && !host.postCode.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool operator==(const HostFilter &a, const HostFilter &b)
{
    return a.m_words == b.m_words && a.status == b.status && a.manufacturer == b.manufacturer
        && a.supplier == b.supplier && a.type == b.type;
}
