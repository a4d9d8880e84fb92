#pragma once

// DashboardWidget: the Down hosts at a glance. Counts of Up / Down / Unknown / New at the top,
// then a card per Down host (and Unknown ones with "Show Unknown"), shortest downtime first.
// Data comes from the GUI thread's own read-only HostStore connection (SQL; WAL readers never
// block the engine's writer), refreshed at most once a second; durations tick every second
// without a query.

#include "store/hoststore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class DownHostCard;
class QCheckBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Not owned; may be null (then only setSnapshot() fills the dashboard).
    void setStore(HostStore *store);
    // Tests: a clock instead of the system time.
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

    void setShowUnknown(bool show);
    bool showUnknown() const;
    void setWallMode(bool wall);
    bool isWallMode() const { return m_wall; }

    // Shows these rows as given (sorted by downtime, shortest first; Unknown hosts last).
    void setSnapshot(const StatusCounts &counts, QList<DownHostRow> rows, const QDateTime &nowUtc);

    // For tests and the window: what is shown.
    QList<qint64> shownHostIds() const;
    DownHostCard *cardFor(qint64 hostId) const;
    bool isAllReachableShown() const;
    StatusCounts shownCounts() const { return m_counts; }
    int queryCount() const { return m_queries; } // database queries so far (coalescing tests)

public slots:
    // Coalesced: at most one query per second however often it is called.
    void requestRefresh();
    void refreshNow();

signals:
    void showUnknownChanged(bool show);
    void wallModeRequested(bool wall);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void tick();
    void relayout();
    void applyScale();
    QWidget *countTile(HostStatus status, QLabel **number);

    HostStore *m_store = nullptr;
    std::function<QDateTime()> m_nowUtc;
    StatusCounts m_counts;
    QList<qint64> m_order;
    QHash<qint64, DownHostCard *> m_cards;
    QHash<HostStatus, QLabel *> m_countLabels;
    QList<QLabel *> m_countCaptions;
    QList<QLabel *> m_tileIcons;
    class QPushButton *m_wallButton = nullptr;
    QCheckBox *m_showUnknown = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_allGood = nullptr;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_cardArea = nullptr;
    QGridLayout *m_grid = nullptr;
    QTimer m_tickTimer;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    int m_columns = 0;
    int m_queries = 0;
    bool m_wall = false;
};
