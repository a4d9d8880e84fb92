#pragma once

// AlertBanner: alerts inside the window, for desktops without a system tray. Shows the newest
// alert with its time; the tooltip lists the recent ones; Dismiss hides it until the next.

#include "alertcoalescer.h"

#include <QFrame>

class QLabel;

class AlertBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AlertBanner(QWidget *parent = nullptr);

    void showAlert(const AlertMessage &message);
    QString text() const;

signals:
    void dashboardRequested();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QStringList m_recent;
};
