#pragma once

// DashboardWindow: the dashboard as a window of its own (for a second screen), with F11 for a
// full-screen wall display in large type; Esc leaves it.

#include <QWidget>

class DashboardWidget;

class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWindow(QWidget *parent = nullptr);

    DashboardWidget *dashboard() const { return m_dashboard; }
    void setWallDisplay(bool wall);
    bool isWallDisplay() const;
    void showAndRaise();

private:
    DashboardWidget *m_dashboard = nullptr;
};
