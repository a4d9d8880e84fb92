#pragma once

// TrayIcon: the system tray entry. Its icon shows the worst state (any Down: red), the tooltip
// the counts; the menu shows the window or the dashboard, mutes alerts for an hour, or quits.

#include "alertcoalescer.h"
#include "store/hoststore.h"

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }

    void show();
    void setCounts(const StatusCounts &counts);
    void setMuted(bool muted, const QDateTime &untilUtc = {});
    void showAlert(const AlertMessage &message);
    void showInformation(const QString &title, const QString &text);
    QString toolTip() const;

signals:
    void showWindowRequested();
    void dashboardRequested();
    void muteRequested(bool mute); // true: mute for an hour; false: unmute
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_mute = nullptr;
    StatusCounts m_counts;
};
