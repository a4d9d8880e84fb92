#pragma once

// The database schema, one step per version. Each step runs inside its own transaction and
// ends by setting PRAGMA user_version to its number.

#include <QStringList>

namespace Schema {

// Statements that take a database from version (step - 1) to version step. step >= 1.
QStringList migrationStep(int step);

// The host columns, in the order HostStore reads them.
extern const char *const kHostColumns;

} // namespace Schema
