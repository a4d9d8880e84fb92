#pragma once

// PingBackendChoice: which ping backend the engine uses for the settings it was given:
// one `ping` process per host, or one `fping` process per batch of hosts. Pure apart from the
// program lookup, which the caller may replace (tests).

#include "../enginesettings.h"

#include <QString>

#include <functional>

struct PingBackendChoice
{
    enum class Backend { Ping, Fping };

    Backend backend = Backend::Ping;
    QString fpingProgram; // the resolved fping, with Backend::Fping
    QString note; // why fping was asked for and not used (English, for the log)

    // findProgram(nameOrPath) -> absolute path of an executable, or empty when there is none.
    using Finder = std::function<QString(const QString &)>;

    // "ping": always ping. "fping": fping when found, else ping with a note. "auto" (and any
    // other value): fping when found and the ping program and arguments are not customised
    // (a customised ping says the user chose how hosts are pinged), else ping.
    static PingBackendChoice choose(const EngineSettings &settings, const Finder &findProgram);
    // With the real lookup: PATH for a bare name, an executable file for a path.
    static PingBackendChoice choose(const EngineSettings &settings);
};
