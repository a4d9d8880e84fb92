#pragma once

// The command line, parsed into a plain struct by a free function.

#include <QString>
#include <QStringList>

enum class RunMode {
    Gui, // no command: the desktop window
    Add,
    Remove,
    List,
    Down,
    ImportLegacy,
    Headless,
    CheckOnce,
    Import,
    Export,
    Version,
    Help,
};

// Exit codes, documented in the README.
enum ExitCode {
    kExitOk = 0,
    kExitFailure = 1,
    kExitUsage = 2,
    kExitDatabase = 3,
    kExitInvalidInput = 4,
    kExitSomeRejected = 5,
};

struct CommandLine
{
    RunMode mode = RunMode::Gui;
    QString databasePath; // empty = the default database
    QString settingsFile; // empty = the user's settings
    bool json = false;
    bool includeUnknown = false;

    // --add
    QString name, address, manufacturer, supplier, type, postCode, webUrl;
    bool hasManufacturer = false, hasSupplier = false, hasType = false, hasPostCode = false;
    // --remove
    qint64 removeId = 0;
    // --import-legacy, --import, --export
    QString file;
    QString onDuplicate = QStringLiteral("skip");
    bool dryRun = false;

    QString helpText;
    QString error; // set when parsing failed: a usage error (exit 2)
};

CommandLine parseCommandLine(const QStringList &arguments);
