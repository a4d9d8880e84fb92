#include "downhostcard.h"

#include "common/displaytext.h"
#include "common/statusstyle.h"

#include <QGridLayout>
#include <QLabel>

DownHostCard::DownHostCard(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_downFor(new QLabel(this))
    , m_where(new QLabel(this))
    , m_lastSuccess(new QLabel(this))
    , m_outages(new QLabel(this))
    , m_recent(new QLabel(this))
{
    setObjectName(QStringLiteral("downHostCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_name->setObjectName(QStringLiteral("cardName"));
    m_downFor->setObjectName(QStringLiteral("cardDownFor"));
    m_downFor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lastSuccess->setObjectName(QStringLiteral("cardLastSuccess"));
    m_outages->setObjectName(QStringLiteral("cardOutages"));
    m_recent->setObjectName(QStringLiteral("cardRecent"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_name, m_where, m_lastSuccess, m_outages, m_recent})
        l->setWordWrap(true);
    m_downFor->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_icon, 0, 0, Qt::AlignTop);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_downFor, 0, 2, Qt::AlignTop);
    grid->addWidget(m_where, 1, 1, 1, 2);
    grid->addWidget(m_lastSuccess, 2, 1, 1, 2);
    grid->addWidget(m_outages, 3, 1, 1, 2);
    grid->addWidget(m_recent, 4, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1); // a taller neighbour in the row leaves space below, not between
    // Cards share a row equally whatever their text; wrapped lines take the height.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setScale(1.0);
}

void DownHostCard::setScale(double scale)
{
    m_scale = scale;
    QFont base = font();
    base.setPointSizeF(QFont().pointSizeF() * scale);
    for (QLabel *l : {m_where, m_lastSuccess, m_outages, m_recent})
        l->setFont(base);
    QFont big = base;
    big.setPointSizeF(base.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_downFor->setFont(big);
    const int iconSize = int(22 * scale);
    m_icon->setPixmap(StatusStyle::icon(m_unknown ? HostStatus::Unknown : HostStatus::Down)
                          .pixmap(iconSize, iconSize));
}

void DownHostCard::setRow(
    const DownHostRow &row, const QDateTime &downSinceUtc, const QDateTime &nowUtc)
{
    const Host &h = row.host;
    const bool unknown = h.state.status == HostStatus::Unknown;
    if (unknown != m_unknown || m_hostId == 0) {
        m_unknown = unknown;
        setScale(m_scale);
        QPalette p = palette();
        p.setColor(QPalette::Window, unknown ? QColor(0xfd, 0xf6, 0xe3) : QColor(0xfd, 0xec, 0xea));
        p.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
        setPalette(p);
        QPalette accent = m_downFor->palette();
        accent.setColor(QPalette::WindowText, StatusStyle::colour(h.state.status));
        m_downFor->setPalette(accent);
    }
    m_hostId = h.id;
    m_downSinceUtc = downSinceUtc;
    m_name->setText(h.name);
    m_name->setToolTip(h.name);

    QStringList where {h.address};
    if (!h.supplier.isEmpty())
        where.append(h.supplier);
    if (!h.postCode.isEmpty())
        where.append(tr("post code %1").arg(h.postCode).replace(u' ', QChar::Nbsp));
    m_where->setText(where.join(QStringLiteral("  ·  ")));

    if (unknown)
        m_lastSuccess->setText(tr("Never answered (%n failed check(s))", "", h.state.failedChecks));
    else
        m_lastSuccess->setText(
            tr("Last success: %1").arg(DisplayText::localTime(h.state.lastSuccessAt)));

    m_outages->setText(tr("Outages: %1 today, %2 this week (Mon–Fri)")
                           .arg(row.outagesToday)
                           .arg(row.outagesThisWeek));
    m_outages->setVisible(!unknown);
    QStringList recent;
    for (const QDateTime &start : row.recentOutages)
        recent.append(DisplayText::shortLocalTime(start, nowUtc));
    m_recent->setText(tr("Recent outages: %1").arg(recent.join(QStringLiteral(", "))));
    m_recent->setVisible(!recent.isEmpty());
    tick(nowUtc);
}

void DownHostCard::tick(const QDateTime &nowUtc)
{
    if (m_unknown || !m_downSinceUtc.isValid()) {
        m_downFor->setText(tr("Unknown"));
        return;
    }
    m_downFor->setText(DisplayText::duration(m_downSinceUtc.secsTo(nowUtc)));
    m_downFor->setToolTip(tr("Down since %1").arg(DisplayText::localTime(m_downSinceUtc)));
}

QString DownHostCard::downForText() const
{
    return m_downFor->text();
}
