#include "pingbackendchoice.h"

#include <QFileInfo>
#include <QStandardPaths>

PingBackendChoice PingBackendChoice::choose(
    const EngineSettings &settings, const Finder &findProgram)
{
    PingBackendChoice choice;
    const QString wanted = settings.pingBackend.trimmed().toLower();
    if (wanted == QLatin1String("ping"))
        return choice;
    const bool asked = wanted == QLatin1String("fping");
    if (!asked && wanted != QLatin1String("auto") && !wanted.isEmpty())
        choice.note = QStringLiteral("unknown ping backend \"%1\", using auto").arg(wanted);
    if (!asked && (!settings.pingProgram.trimmed().isEmpty() || !settings.pingArguments.isEmpty()))
        return choice; // a customised ping is the user's choice
    const QString name = settings.fpingProgram.trimmed().isEmpty()
        ? QStringLiteral("fping")
        : settings.fpingProgram.trimmed();
    const QString found = findProgram ? findProgram(name) : QString();
    if (found.isEmpty()) {
        if (asked)
            choice.note = QStringLiteral("fping not found (%1): using ping").arg(name);
        return choice;
    }
    choice.backend = Backend::Fping;
    choice.fpingProgram = found;
    return choice;
}

PingBackendChoice PingBackendChoice::choose(const EngineSettings &settings)
{
    return choose(settings, [](const QString &name) {
        if (!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')))
            return QStandardPaths::findExecutable(name);
        const QFileInfo info(name);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    });
}
