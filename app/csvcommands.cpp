#include "commands.h"

#include <QTextStream>

// Placeholder until its issue lands: says so plainly instead of pretending.
int runImport(const CommandLine &)
{
    QTextStream(stderr) << "pingtool: this command is not built yet.\n";
    return kExitFailure;
}

int runExport(const CommandLine &)
{
    QTextStream(stderr) << "pingtool: this command is not built yet.\n";
    return kExitFailure;
}
