#pragma once

// One entry point per command; main() only picks one.

#include "commandline.h"

class QApplication;

// clicommands.cpp
int runAdd(const CommandLine &cl);
int runRemove(const CommandLine &cl);
int runList(const CommandLine &cl);
int runDown(const CommandLine &cl);
int runImportLegacy(const CommandLine &cl);

// monitorcommands.cpp
int runHeadless(const CommandLine &cl);
int runCheckOnce(const CommandLine &cl);

// csvcommands.cpp
int runImport(const CommandLine &cl);
int runExport(const CommandLine &cl);

// guimain.cpp: needs a QApplication
int runGui(const CommandLine &cl);

// The database path the command line chose, or the default one.
QString databasePathFor(const CommandLine &cl);
