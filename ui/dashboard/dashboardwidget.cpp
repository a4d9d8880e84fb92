#include "dashboardwidget.h"

#include "common/displaytext.h"
#include "common/statusstyle.h"
#include "downhostcard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDashboard, "pingtool.ui.dashboard")

namespace {
constexpr int kRefreshMinIntervalMs = 1000;
constexpr int kCardMinWidth = 340; // at scale 1
constexpr double kWallScale = 1.8;
} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("dashboard"));

    m_title = new QLabel(tr("Down hosts"), this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_showUnknown = new QCheckBox(tr("Show &Unknown"), this);
    m_showUnknown->setObjectName(QStringLiteral("showUnknownCheck"));
    m_showUnknown->setToolTip(tr("Also list hosts that have never answered"));
    m_wallButton = new QPushButton(tr("Wall display"), this);
    m_wallButton->setObjectName(QStringLiteral("wallDisplayButton"));
    m_wallButton->setToolTip(tr("Full screen with large type (F11; Esc leaves)"));
    connect(m_wallButton, &QPushButton::clicked, this, [this] { emit wallModeRequested(!m_wall); });
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_updated);
    header->addSpacing(12);
    header->addWidget(m_showUnknown);
    header->addWidget(m_wallButton);

    auto *counts = new QHBoxLayout;
    counts->setSpacing(10);
    for (HostStatus s : {HostStatus::Down, HostStatus::Unknown, HostStatus::New, HostStatus::Up}) {
        QLabel *number = nullptr;
        counts->addWidget(countTile(s, &number), 1);
        m_countLabels.insert(s, number);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, StatusStyle::colour(HostStatus::Down));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_allGood = new QLabel(this);
    m_allGood->setObjectName(QStringLiteral("allReachableLabel"));
    m_allGood->setAlignment(Qt::AlignCenter);
    m_allGood->setWordWrap(true);

    m_cardArea = new QWidget;
    m_cardArea->setObjectName(QStringLiteral("cardArea"));
    m_grid = new QGridLayout(m_cardArea);
    m_grid->setSpacing(10);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setAlignment(Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_cardArea);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_allGood);
    m_pages->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(counts);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);

    connect(m_showUnknown, &QCheckBox::toggled, this, [this](bool show) {
        emit showUnknownChanged(show);
        refreshNow();
    });
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &DashboardWidget::tick);
    m_tickTimer.start();
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardWidget::refreshNow);
    applyScale();
    setSnapshot({}, {}, m_nowUtc());
}

DashboardWidget::~DashboardWidget() = default;

QWidget *DashboardWidget::countTile(HostStatus status, QLabel **number)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("countTile") + statusName(status));
    tile->setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(tile);
    icon->setObjectName(QStringLiteral("tileIcon"));
    icon->setProperty("status", static_cast<int>(status));
    m_tileIcons.append(icon);
    *number = new QLabel(QStringLiteral("0"), tile);
    (*number)->setObjectName(QStringLiteral("count") + statusName(status));
    QPalette p = (*number)->palette();
    p.setColor(QPalette::WindowText, StatusStyle::colour(status));
    (*number)->setPalette(p);
    auto *caption = new QLabel(StatusStyle::text(status), tile);
    m_countCaptions.append(caption);
    auto *layout = new QHBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(icon);
    layout->addWidget(*number);
    layout->addWidget(caption);
    layout->addStretch();
    return tile;
}

void DashboardWidget::setStore(HostStore *store)
{
    m_store = store;
    refreshNow();
}

void DashboardWidget::setShowUnknown(bool show)
{
    m_showUnknown->setChecked(show);
}

bool DashboardWidget::showUnknown() const
{
    return m_showUnknown->isChecked();
}

void DashboardWidget::setWallMode(bool wall)
{
    if (wall == m_wall)
        return;
    m_wall = wall;
    applyScale();
    m_columns = 0;
    relayout();
}

void DashboardWidget::applyScale()
{
    const double scale = m_wall ? kWallScale : 1.0;
    const double base = QFont().pointSizeF();
    QFont title = font();
    title.setPointSizeF(base * 1.5 * scale);
    title.setBold(true);
    m_title->setFont(title);
    QFont number = font();
    number.setPointSizeF(base * 2.0 * scale);
    number.setBold(true);
    for (QLabel *l : std::as_const(m_countLabels))
        l->setFont(number);
    QFont caption = font();
    caption.setPointSizeF(base * 1.1 * scale);
    for (QLabel *l : std::as_const(m_countCaptions))
        l->setFont(caption);
    QFont normal = font();
    normal.setPointSizeF(base * scale);
    m_updated->setFont(normal);
    m_showUnknown->setFont(normal);
    m_wallButton->setFont(normal);
    m_wallButton->setText(m_wall ? tr("Leave wall display") : tr("Wall display"));
    const int iconSize = int(28 * scale);
    for (QLabel *icon : std::as_const(m_tileIcons))
        icon->setPixmap(StatusStyle::icon(static_cast<HostStatus>(icon->property("status").toInt()))
                            .pixmap(iconSize, iconSize));
    QFont allGood = font();
    allGood.setPointSizeF(base * 2.2 * scale);
    m_allGood->setFont(allGood);
    for (DownHostCard *card : std::as_const(m_cards))
        card->setScale(scale);
}

void DashboardWidget::requestRefresh()
{
    if (m_refreshTimer.isActive())
        return;
    const qint64 since
        = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : kRefreshMinIntervalMs;
    m_refreshTimer.start(int(std::max<qint64>(0, kRefreshMinIntervalMs - since)));
}

void DashboardWidget::refreshNow()
{
    m_refreshTimer.stop();
    m_sinceRefresh.start();
    if (!m_store)
        return;
    ++m_queries;
    DashboardQuery query;
    query.nowUtc = m_nowUtc();
    query.includeUnknown = showUnknown();
    const Result<StatusCounts> counts = m_store->statusCounts();
    const Result<QList<DownHostRow>> rows = m_store->downHosts(query);
    if (!counts.ok() || !rows.ok()) {
        const Error &error = counts.ok() ? rows.error() : counts.error();
        qCWarning(lcDashboard) << "dashboard query failed:" << error.message;
        m_error->setText(tr("The dashboard could not read the database: %1").arg(error.message));
        m_error->show();
        return;
    }
    m_error->hide();
    setSnapshot(counts.value(), rows.value(), query.nowUtc);
}

void DashboardWidget::setSnapshot(
    const StatusCounts &counts, QList<DownHostRow> rows, const QDateTime &nowUtc)
{
    m_counts = counts;
    m_countLabels.value(HostStatus::Up)->setText(QLocale().toString(counts.up));
    m_countLabels.value(HostStatus::Down)->setText(QLocale().toString(counts.down));
    m_countLabels.value(HostStatus::Unknown)->setText(QLocale().toString(counts.unknown));
    m_countLabels.value(HostStatus::New)->setText(QLocale().toString(counts.newCount));

    if (!showUnknown())
        rows.erase(
            std::remove_if(rows.begin(), rows.end(),
                [](const DownHostRow &r) { return r.host.state.status != HostStatus::Down; }),
            rows.end());
    // Shortest downtime first (the newest trouble on top); Unknown hosts after the Down ones.
    std::stable_sort(rows.begin(), rows.end(), [](const DownHostRow &a, const DownHostRow &b) {
        const bool aDown = a.host.state.status == HostStatus::Down && a.downtimeSeconds;
        const bool bDown = b.host.state.status == HostStatus::Down && b.downtimeSeconds;
        if (aDown != bDown)
            return aDown;
        if (aDown)
            return *a.downtimeSeconds < *b.downtimeSeconds;
        return a.host.name.compare(b.host.name, Qt::CaseInsensitive) < 0;
    });

    QHash<qint64, DownHostCard *> previous = std::move(m_cards);
    m_cards.clear();
    m_order.clear();
    const double scale = m_wall ? kWallScale : 1.0;
    for (const DownHostRow &row : std::as_const(rows)) {
        DownHostCard *card = previous.take(row.host.id);
        if (!card) {
            card = new DownHostCard(m_cardArea);
            card->setScale(scale);
        }
        const QDateTime downSince
            = row.downtimeSeconds ? nowUtc.addSecs(-*row.downtimeSeconds) : QDateTime();
        card->setRow(row, downSince, m_nowUtc());
        m_cards.insert(row.host.id, card);
        m_order.append(row.host.id);
    }
    for (DownHostCard *gone : std::as_const(previous))
        gone->deleteLater();

    if (counts.total() == 0)
        m_allGood->setText(tr("No hosts yet.\nAdd hosts in the main window."));
    else
        m_allGood->setText(tr("✔ All hosts are reachable."));
    m_pages->setCurrentIndex(m_order.isEmpty() ? 0 : 1);
    m_updated->setText(tr("Updated %1").arg(DisplayText::clockTime(nowUtc, true)));
    m_columns = 0; // order may have changed: lay out again
    relayout();
}

void DashboardWidget::relayout()
{
    const double scale = m_wall ? kWallScale : 1.0;
    const int available = m_scroll->viewport()->width();
    const int columns = std::max(1, available / int(kCardMinWidth * scale));
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the layout items only; cards are reused
    for (int i = 0; i < m_order.size(); ++i)
        m_grid->addWidget(m_cards.value(m_order.at(i)), i / columns, i % columns);
    for (int c = 0; c < std::max(columns, m_grid->columnCount()); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardWidget::tick()
{
    const QDateTime now = m_nowUtc();
    for (DownHostCard *card : std::as_const(m_cards))
        card->tick(now);
}

void DashboardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_columns = 0;
    relayout();
    if (m_store)
        requestRefresh();
}

QList<qint64> DashboardWidget::shownHostIds() const
{
    return m_order;
}

DownHostCard *DashboardWidget::cardFor(qint64 hostId) const
{
    return m_cards.value(hostId);
}

bool DashboardWidget::isAllReachableShown() const
{
    return m_pages->currentIndex() == 0;
}
