#include "alertbanner.h"

#include "common/displaytext.h"
#include "common/statusstyle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
constexpr int kRecentAlerts = 10;
}

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("alertBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dashboard = new QPushButton(tr("Dashboard"), this);
    dashboard->setObjectName(QStringLiteral("alertBannerDashboard"));
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("alertBannerDismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(dashboard);
    layout->addWidget(dismiss);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    connect(dashboard, &QPushButton::clicked, this, &AlertBanner::dashboardRequested);
    hide();
}

void AlertBanner::showAlert(const AlertMessage &message)
{
    const bool down = message.downCount > 0;
    QPalette p = palette();
    p.setColor(QPalette::Window, down ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf5, 0xe9));
    setPalette(p);
    m_icon->setPixmap(StatusStyle::icon(down ? HostStatus::Down : HostStatus::Up).pixmap(24, 24));
    const QString time = DisplayText::clockTime(QDateTime::currentDateTimeUtc(), true);
    m_text->setText(
        tr("<b>%1</b> (%2)<br>%3")
            .arg(message.title.toHtmlEscaped(), time,
                message.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_recent.prepend(time + QLatin1Char(' ') + message.title);
    while (m_recent.size() > kRecentAlerts)
        m_recent.removeLast();
    setToolTip(tr("Recent alerts:") + QLatin1Char('\n') + m_recent.join(QLatin1Char('\n')));
    show();
}

QString AlertBanner::text() const
{
    return m_text->text();
}
