#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Pingtool watches network devices and shows which are down and since when."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QCoreApplication::translate("CommandLine", "Show the version."));
    // The descriptions are marked with QT_TRANSLATE_NOOP and translated here. The value names
    // (PATH, FILE, ...) stay as they are, in the descriptions too.
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        QCommandLineOption o(
            QString::fromLatin1(name), QCoreApplication::translate("CommandLine", description));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        return o;
    };
    const auto database = opt(
        "database", QT_TRANSLATE_NOOP("CommandLine", "Use the SQLite database at PATH."), "PATH");
    const auto settings = opt("settings",
        QT_TRANSLATE_NOOP("CommandLine", "Read settings from the INI file FILE."), "FILE");
    const auto add = opt("add",
        QT_TRANSLATE_NOOP("CommandLine", "Add a host (with --name and --address); prints its id."));
    const auto name
        = opt("name", QT_TRANSLATE_NOOP("CommandLine", "Name of the host to add."), "NAME");
    const auto address = opt("address",
        QT_TRANSLATE_NOOP("CommandLine", "IPv4 or IPv6 address or host name to add."), "ADDRESS");
    const auto manufacturer = opt("manufacturer",
        QT_TRANSLATE_NOOP("CommandLine", "Manufacturer: Draytek, Mikrotik, TP-Link or Other."),
        "M");
    const auto supplier = opt(
        "supplier", QT_TRANSLATE_NOOP("CommandLine", "Supplier (line provider) of the host."), "S");
    const auto type = opt("type", QT_TRANSLATE_NOOP("CommandLine", "Type of the host."), "T");
    const auto postCode
        = opt("post-code", QT_TRANSLATE_NOOP("CommandLine", "Post code of the site."), "P");
    const auto webUrl = opt("web-url",
        QT_TRANSLATE_NOOP("CommandLine", "Web URL that proves life when ping fails."), "URL");
    const auto remove
        = opt("remove", QT_TRANSLATE_NOOP("CommandLine", "Remove the host with this id."), "ID");
    const auto list = opt("list", QT_TRANSLATE_NOOP("CommandLine", "List all hosts."));
    const auto json
        = opt("json", QT_TRANSLATE_NOOP("CommandLine", "Print --list or --down as JSON."));
    const auto down = opt("down",
        QT_TRANSLATE_NOOP("CommandLine", "List down hosts with downtime and outage counts."));
    const auto includeUnknown = opt(
        "include-unknown", QT_TRANSLATE_NOOP("CommandLine", "With --down: include Unknown hosts."));
    const auto importLegacy = opt("import-legacy",
        QT_TRANSLATE_NOOP(
            "CommandLine", "Import hosts and outages from the original app's database."),
        "FILE");
    const auto headless = opt("headless",
        QT_TRANSLATE_NOOP("CommandLine", "Monitor without a window until SIGTERM or SIGINT."));
    const auto checkOnce = opt("check-once",
        QT_TRANSLATE_NOOP("CommandLine", "Check every host that is not paused once, then exit."));
    const auto import
        = opt("import", QT_TRANSLATE_NOOP("CommandLine", "Import hosts from a CSV file."), "FILE");
    const auto onDuplicate = opt("on-duplicate",
        QT_TRANSLATE_NOOP(
            "CommandLine", "With --import: skip or update hosts whose address exists."),
        "POLICY");
    const auto dryRun = opt("dry-run",
        QT_TRANSLATE_NOOP(
            "CommandLine", "With --import: report what would happen, change nothing."));
    const auto exportFile = opt(
        "export", QT_TRANSLATE_NOOP("CommandLine", "Export all hosts to a CSV file."), "FILE");

    p.addOptions({help, version, database, settings, add, name, address, manufacturer, supplier,
        type, postCode, webUrl, remove, list, json, down, includeUnknown, importLegacy, headless,
        checkOnce, import, onDuplicate, dryRun, exportFile});
    cl.helpText = p.helpText();

    if (!p.parse(arguments)) {
        cl.error = p.errorText();
        return cl;
    }
    if (!p.positionalArguments().isEmpty()) {
        cl.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                       .arg(p.positionalArguments().constFirst());
        return cl;
    }

    struct ModeOption
    {
        const QCommandLineOption *option;
        RunMode mode;
    };
    const ModeOption modes[] = {
        {&help, RunMode::Help},
        {&version, RunMode::Version},
        {&add, RunMode::Add},
        {&remove, RunMode::Remove},
        {&list, RunMode::List},
        {&down, RunMode::Down},
        {&importLegacy, RunMode::ImportLegacy},
        {&headless, RunMode::Headless},
        {&checkOnce, RunMode::CheckOnce},
        {&import, RunMode::Import},
        {&exportFile, RunMode::Export},
    };
    QStringList chosen;
    for (const ModeOption &m : modes) {
        if (p.isSet(*m.option)) {
            cl.mode = m.mode;
            chosen << QStringLiteral("--") + m.option->names().constLast();
        }
    }
    if (chosen.size() > 1 && cl.mode != RunMode::Help) {
        cl.error = QCoreApplication::translate("CommandLine", "Choose one command, not %1.")
                       .arg(chosen.join(QStringLiteral(", ")));
        return cl;
    }
    if (p.isSet(help))
        cl.mode = RunMode::Help;

    cl.databasePath = p.value(database);
    cl.settingsFile = p.value(settings);
    cl.json = p.isSet(json);
    cl.includeUnknown = p.isSet(includeUnknown);
    cl.name = p.value(name);
    cl.address = p.value(address);
    cl.manufacturer = p.value(manufacturer);
    cl.supplier = p.value(supplier);
    cl.type = p.value(type);
    cl.postCode = p.value(postCode);
    cl.webUrl = p.value(webUrl);
    cl.hasManufacturer = p.isSet(manufacturer);
    cl.hasSupplier = p.isSet(supplier);
    cl.hasType = p.isSet(type);
    cl.hasPostCode = p.isSet(postCode);
    cl.dryRun = p.isSet(dryRun);
    if (p.isSet(onDuplicate))
        cl.onDuplicate = p.value(onDuplicate);

    const auto requireMode = [&](const QCommandLineOption &o, std::initializer_list<RunMode> ok) {
        if (!p.isSet(o) || !cl.error.isEmpty())
            return;
        for (RunMode m : ok)
            if (cl.mode == m)
                return;
        cl.error = QCoreApplication::translate("CommandLine", "--%1 is not used with this command.")
                       .arg(o.names().constLast());
    };
    requireMode(name, {RunMode::Add});
    requireMode(address, {RunMode::Add});
    requireMode(webUrl, {RunMode::Add});
    requireMode(json, {RunMode::List, RunMode::Down});
    requireMode(includeUnknown, {RunMode::Down});
    requireMode(onDuplicate, {RunMode::Import});
    requireMode(dryRun, {RunMode::Import});
    requireMode(manufacturer, {RunMode::Add, RunMode::Import});
    requireMode(supplier, {RunMode::Add, RunMode::Import});
    requireMode(type, {RunMode::Add, RunMode::Import});
    requireMode(postCode, {RunMode::Add, RunMode::Import});
    if (!cl.error.isEmpty())
        return cl;

    switch (cl.mode) {
    case RunMode::Add:
        if (!p.isSet(name) || !p.isSet(address))
            cl.error
                = QCoreApplication::translate("CommandLine", "--add needs --name and --address.");
        break;
    case RunMode::Remove: {
        bool ok = false;
        cl.removeId = p.value(remove).toLongLong(&ok);
        if (!ok || cl.removeId <= 0)
            cl.error = QCoreApplication::translate("CommandLine",
                "--remove needs a host id (a positive number), "
                "not '%1'.")
                           .arg(p.value(remove));
        break;
    }
    case RunMode::ImportLegacy:
        cl.file = p.value(importLegacy);
        break;
    case RunMode::Import:
        cl.file = p.value(import);
        if (cl.onDuplicate != u"skip" && cl.onDuplicate != u"update")
            cl.error = QCoreApplication::translate("CommandLine",
                "--on-duplicate must be skip or update, not "
                "'%1'.")
                           .arg(cl.onDuplicate);
        break;
    case RunMode::Export:
        cl.file = p.value(exportFile);
        break;
    default:
        break;
    }
    return cl;
}
