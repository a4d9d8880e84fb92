#include "filterbar.h"

#include "common/displaytext.h"
#include "common/statusstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace {
// Item data of the "no choice" entry of each combo.
const QVariant kAny;
// Item data marking "hosts without a value" in the supplier and type combos.
const auto kNone = QStringLiteral("\x01none");

QComboBox *combo(QWidget *parent, const QString &objectName, const QString &anyText)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->addItem(anyText, kAny);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    c->setMinimumContentsLength(8);
    c->setMaxVisibleItems(20);
    return c;
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, address, supplier, post code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    m_status = combo(this, QStringLiteral("statusFilter"), tr("All statuses"));
    for (HostStatus s : {HostStatus::Down, HostStatus::Unknown, HostStatus::New, HostStatus::Up})
        m_status->addItem(StatusStyle::icon(s), StatusStyle::text(s), static_cast<int>(s));
    m_manufacturer = combo(this, QStringLiteral("manufacturerFilter"), tr("All manufacturers"));
    for (Manufacturer m : allManufacturers())
        m_manufacturer->addItem(DisplayText::manufacturer(m), static_cast<int>(m));
    m_supplier = combo(this, QStringLiteral("supplierFilter"), tr("All suppliers"));
    m_type = combo(this, QStringLiteral("typeFilter"), tr("All types"));

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownCountLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_manufacturer);
    layout->addWidget(m_supplier);
    layout->addWidget(m_type);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    layout->addWidget(m_shown);

    // Typing is debounced a little so 10,000 rows are not filtered on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    for (QComboBox *c : {m_status, m_manufacturer, m_supplier, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    m_clear->setEnabled(false);
}

HostFilter FilterBar::filter() const
{
    HostFilter f;
    f.setSearchText(m_search->text());
    if (const QVariant v = m_status->currentData(); v.isValid())
        f.status = static_cast<HostStatus>(v.toInt());
    if (const QVariant v = m_manufacturer->currentData(); v.isValid())
        f.manufacturer = static_cast<Manufacturer>(v.toInt());
    if (const QVariant v = m_supplier->currentData(); v.isValid())
        f.supplier = v.toString() == kNone ? QString() : v.toString();
    if (const QVariant v = m_type->currentData(); v.isValid())
        f.type = v.toString() == kNone ? QString() : v.toString();
    return f;
}

void FilterBar::setComboChoices(QComboBox *c, const QStringList &values)
{
    const QVariant current = c->currentData();
    const QSignalBlocker blocker(c);
    while (c->count() > 1)
        c->removeItem(1);
    c->addItem(tr("(none)"), kNone);
    for (const QString &v : values)
        c->addItem(v, v);
    int index = current.isValid() ? c->findData(current) : 0;
    if (index < 0) {
        // Keep a chosen value that no host has any more, so the filter does not change under
        // the user's hands.
        c->addItem(current.toString(), current);
        index = c->count() - 1;
    }
    c->setCurrentIndex(index);
}

void FilterBar::setChoices(const QStringList &suppliers, const QStringList &types)
{
    setComboChoices(m_supplier, suppliers);
    setComboChoices(m_type, types);
}

void FilterBar::setShownCount(int shown, int total)
{
    m_shown->setText(shown == total ? tr("%n host(s)", "", total)
                                    : tr("Showing %1 of %n host(s)", "", total).arg(shown));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    {
        const QSignalBlocker b1(m_search), b2(m_status), b3(m_manufacturer), b4(m_supplier),
            b5(m_type);
        m_search->clear();
        for (QComboBox *c : {m_status, m_manufacturer, m_supplier, m_type})
            c->setCurrentIndex(0);
    }
    emitChanged();
}

void FilterBar::emitChanged()
{
    const HostFilter f = filter();
    m_clear->setEnabled(!f.isEmpty());
    emit filterChanged(f);
}

QVariantMap FilterBar::saveState() const
{
    return {{QStringLiteral("search"), m_search->text()},
        {QStringLiteral("status"), m_status->currentData()},
        {QStringLiteral("manufacturer"), m_manufacturer->currentData()},
        {QStringLiteral("supplier"), m_supplier->currentData()},
        {QStringLiteral("type"), m_type->currentData()}};
}

void FilterBar::restoreState(const QVariantMap &state)
{
    {
        const QSignalBlocker b1(m_search), b2(m_status), b3(m_manufacturer), b4(m_supplier),
            b5(m_type);
        m_search->setText(state.value(QStringLiteral("search")).toString());
        auto select = [](QComboBox *c, const QVariant &value) {
            if (!value.isValid() || value.isNull()) {
                c->setCurrentIndex(0);
                return;
            }
            int index = c->findData(value);
            if (index < 0) {
                c->addItem(value.toString(), value);
                index = c->count() - 1;
            }
            c->setCurrentIndex(index);
        };
        const QVariant status = state.value(QStringLiteral("status"));
        select(
            m_status, status.isValid() && !status.isNull() ? QVariant(status.toInt()) : QVariant());
        const QVariant manufacturer = state.value(QStringLiteral("manufacturer"));
        select(m_manufacturer,
            manufacturer.isValid() && !manufacturer.isNull() ? QVariant(manufacturer.toInt())
                                                             : QVariant());
        select(m_supplier, state.value(QStringLiteral("supplier")));
        select(m_type, state.value(QStringLiteral("type")));
    }
    emitChanged();
}
