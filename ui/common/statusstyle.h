#pragma once

// How a status looks everywhere in the UI: translated word, icon (shape AND colour, so status
// is never told by colour alone) and accent colour.

#include "host.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

class StatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)

public:
    static QString text(HostStatus status); // "Up", "Down", ... translated
    static QString countText(HostStatus status, int count); // "187 Up", translated
    static QIcon icon(HostStatus status);
    static QColor colour(HostStatus status); // readable as text on a light background

    // The worst state that has at least one host: Down > Unknown > New > Up; nullopt = no hosts.
    static std::optional<HostStatus> worst(int up, int down, int unknown, int newCount);
    static QIcon trayIcon(std::optional<HostStatus> worst);
    static QIcon appIcon();
};
