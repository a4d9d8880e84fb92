#include "commands.h"

#include <QTextStream>

// Placeholder until its issue lands: says so plainly instead of pretending.
int runHeadless(const CommandLine &)
{
    QTextStream(stderr) << "pingtool: this command is not built yet.\n";
    return kExitFailure;
}

int runCheckOnce(const CommandLine &)
{
    QTextStream(stderr) << "pingtool: this command is not built yet.\n";
    return kExitFailure;
}
