#include "statusstyle.h"

namespace {

// The PNG renderings always load; the SVG sources need Qt's SVG plugin, which is optional.
QIcon iconFromResources(const QString &baseName, std::initializer_list<int> sizes = {16, 32, 64})
{
    QIcon icon;
    for (int size : sizes)
        icon.addFile(
            QStringLiteral(":/icons/png/%1-%2.png").arg(baseName).arg(size), QSize(size, size));
    return icon;
}

QString statusBaseName(HostStatus status)
{
    switch (status) {
    case HostStatus::Up:
        return QStringLiteral("up");
    case HostStatus::Down:
        return QStringLiteral("down");
    case HostStatus::Unknown:
        return QStringLiteral("unknown");
    case HostStatus::New:
        break;
    }
    return QStringLiteral("new");
}

} // namespace

QString StatusStyle::text(HostStatus status)
{
    switch (status) {
    case HostStatus::Up:
        return tr("Up");
    case HostStatus::Down:
        return tr("Down");
    case HostStatus::Unknown:
        return tr("Unknown");
    case HostStatus::New:
        break;
    }
    return tr("New");
}

QString StatusStyle::countText(HostStatus status, int count)
{
    // One message per status so each language can make the word agree with the number
    // ("1 joignable", "187 joignables").
    switch (status) {
    case HostStatus::Up:
        return tr("%Ln Up", "number of hosts with this status", count);
    case HostStatus::Down:
        return tr("%Ln Down", "number of hosts with this status", count);
    case HostStatus::Unknown:
        return tr("%Ln Unknown", "number of hosts with this status", count);
    case HostStatus::New:
        break;
    }
    return tr("%Ln New", "number of hosts with this status", count);
}

QIcon StatusStyle::icon(HostStatus status)
{
    static const QIcon icons[] = {
        iconFromResources(QStringLiteral("status-new")),
        iconFromResources(QStringLiteral("status-up")),
        iconFromResources(QStringLiteral("status-down")),
        iconFromResources(QStringLiteral("status-unknown")),
    };
    return icons[static_cast<int>(status)];
}

QColor StatusStyle::colour(HostStatus status)
{
    switch (status) {
    case HostStatus::Up:
        return QColor(0x1f, 0x7a, 0x37);
    case HostStatus::Down:
        return QColor(0xc6, 0x28, 0x28);
    case HostStatus::Unknown:
        return QColor(0x9a, 0x6a, 0x00);
    case HostStatus::New:
        break;
    }
    return QColor(0x23, 0x5c, 0xb5);
}

std::optional<HostStatus> StatusStyle::worst(int up, int down, int unknown, int newCount)
{
    if (down > 0)
        return HostStatus::Down;
    if (unknown > 0)
        return HostStatus::Unknown;
    if (newCount > 0)
        return HostStatus::New;
    if (up > 0)
        return HostStatus::Up;
    return std::nullopt;
}

QIcon StatusStyle::trayIcon(std::optional<HostStatus> worst)
{
    if (!worst)
        return iconFromResources(QStringLiteral("tray-idle"));
    return iconFromResources(QStringLiteral("tray-") + statusBaseName(*worst));
}

QIcon StatusStyle::appIcon()
{
    // Every size resources/icons/render-png.sh renders, so window managers and task bars that
    // want 22, 24, 48 or 256 px get a sharp one.
    return iconFromResources(QStringLiteral("pingtool"), {16, 22, 24, 32, 48, 64, 128, 256});
}
