#include "trayicon.h"

#include "common/displaytext.h"
#include "common/statusstyle.h"

#include <QAction>
#include <QMenu>

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *showWindow = m_menu->addAction(tr("Show window"));
    connect(showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    QAction *dashboard = m_menu->addAction(tr("Dashboard"));
    connect(dashboard, &QAction::triggered, this, &TrayIcon::dashboardRequested);
    m_menu->addSeparator();
    m_mute = m_menu->addAction(tr("Mute alerts for 1 hour"));
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::triggered, this, &TrayIcon::muteRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Pingtool"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::dashboardRequested);
    setCounts({});
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu has no QObject parent here: the tray does not own its menu
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setCounts(const StatusCounts &counts)
{
    m_counts = counts;
    m_tray->setIcon(StatusStyle::trayIcon(
        StatusStyle::worst(counts.up, counts.down, counts.unknown, counts.newCount)));
    m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    if (m_counts.total() == 0)
        return tr("Pingtool: no hosts yet");
    QString tip = tr("Pingtool: %1 down, %2 up, %3 unknown, %4 new")
                      .arg(m_counts.down)
                      .arg(m_counts.up)
                      .arg(m_counts.unknown)
                      .arg(m_counts.newCount);
    if (m_mute->isChecked())
        tip += QLatin1Char('\n') + m_mute->toolTip();
    return tip;
}

void TrayIcon::setMuted(bool muted, const QDateTime &untilUtc)
{
    m_mute->setChecked(muted);
    m_mute->setToolTip(muted && untilUtc.isValid()
            ? tr("Alerts muted until %1").arg(DisplayText::clockTime(untilUtc))
            : QString());
    m_mute->setText(muted ? m_mute->toolTip() : tr("Mute alerts for 1 hour"));
    m_tray->setToolTip(toolTip());
}

void TrayIcon::showAlert(const AlertMessage &message)
{
    m_tray->showMessage(message.title, message.body,
        message.downCount > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

void TrayIcon::showInformation(const QString &title, const QString &text)
{
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}
