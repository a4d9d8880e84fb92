#include "commands.h"

#include <QTextStream>

// Placeholder until the foundation's commands land.
int runAdd(const CommandLine &)
{
    return kExitFailure;
}
int runRemove(const CommandLine &)
{
    return kExitFailure;
}
int runList(const CommandLine &)
{
    return kExitFailure;
}
int runDown(const CommandLine &)
{
    return kExitFailure;
}
int runImportLegacy(const CommandLine &)
{
    return kExitFailure;
}
QString databasePathFor(const CommandLine &cl)
{
    return cl.databasePath;
}
