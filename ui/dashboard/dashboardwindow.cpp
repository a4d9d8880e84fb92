#include "dashboardwindow.h"

#include "common/statusstyle.h"
#include "dashboardwidget.h"

#include <QAction>
#include <QVBoxLayout>

DashboardWindow::DashboardWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_dashboard(new DashboardWidget(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Pingtool – Down hosts"));
    setWindowIcon(StatusStyle::appIcon());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dashboard);
    resize(900, 620);

    auto *wall = new QAction(tr("Wall display"), this);
    wall->setObjectName(QStringLiteral("actionWallDisplay"));
    wall->setShortcut(QKeySequence(Qt::Key_F11));
    connect(wall, &QAction::triggered, this, [this] { setWallDisplay(!isWallDisplay()); });
    addAction(wall);
    auto *leave = new QAction(tr("Leave wall display"), this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] { setWallDisplay(false); });
    addAction(leave);
    connect(
        m_dashboard, &DashboardWidget::wallModeRequested, this, &DashboardWindow::setWallDisplay);
}

void DashboardWindow::setWallDisplay(bool wall)
{
    m_dashboard->setWallMode(wall);
    if (wall)
        showFullScreen();
    else if (isFullScreen())
        showNormal();
}

bool DashboardWindow::isWallDisplay() const
{
    return m_dashboard->isWallMode();
}

void DashboardWindow::showAndRaise()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}
