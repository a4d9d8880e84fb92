#include "appsettings.h"
#include "commandline.h"
#include "commands.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

bool needsWindow(int argc, char **argv)
{
    // Only the bare command (or with --database / --settings) opens a window; every other
    // command runs without a display, so it works over SSH and under systemd.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--database" || a == "--settings" || a == "-database" || a == "-settings") {
            ++i;
            continue;
        }
        if (a.startsWith("--database=") || a.startsWith("--settings="))
            continue;
        return false;
    }
    return true;
}

// The --settings file, looked for before the command line is parsed: its language decides the
// language of the help and of every message.
QString settingsFileArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == u"--settings" || a == u"-settings") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        const QString prefix = QStringLiteral("--settings=");
        if (a.startsWith(prefix))
            return a.mid(prefix.size());
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pingtool"));
    QCoreApplication::setApplicationName(QStringLiteral("pingtool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PINGTOOL_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (needsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    const QString settingsFile = settingsFileArgument(QCoreApplication::arguments());
    Translations::install(
        (settingsFile.isEmpty() ? AppSettings() : AppSettings(settingsFile)).language());

    const CommandLine cl = parseCommandLine(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!cl.error.isEmpty()) {
        err << "pingtool: " << cl.error << "\n"
            << QCoreApplication::translate("CommandLine", "Try 'pingtool --help'.") << "\n";
        return kExitUsage;
    }

    switch (cl.mode) {
    case RunMode::Help:
        out << cl.helpText;
        return kExitOk;
    case RunMode::Version:
        out << "pingtool " << QCoreApplication::applicationVersion() << "\n";
        return kExitOk;
    case RunMode::Add:
        return runAdd(cl);
    case RunMode::Remove:
        return runRemove(cl);
    case RunMode::List:
        return runList(cl);
    case RunMode::Down:
        return runDown(cl);
    case RunMode::ImportLegacy:
        return runImportLegacy(cl);
    case RunMode::Headless:
        return runHeadless(cl);
    case RunMode::CheckOnce:
        return runCheckOnce(cl);
    case RunMode::Import:
        return runImport(cl);
    case RunMode::Export:
        return runExport(cl);
    case RunMode::Gui:
        return runGui(cl);
    }
    return kExitUsage;
}
