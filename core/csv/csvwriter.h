#pragma once

// CsvWriter: hosts to CSV (UTF-8, header, comma, RFC 4180 quoting), with cells that a
// spreadsheet would run as a formula neutralised by a leading single quote.

#include "../host.h"
#include "../result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // The header row of an export; the importer recognises every name.
    static QStringList exportHeader();
    static QByteArray hostsToCsv(const HostList &hosts);
    // One line of cells, quoted where needed, ending in CR LF (RFC 4180).
    static QByteArray csvLine(const QStringList &cells);

    // Prefixes ' to a cell starting with = + - @ TAB CR (after any run of quotes, so that a
    // cell that really starts with "'=" survives a round trip too).
    static QString neutralizeFormula(const QString &cell);
    // Removes exactly the ' that neutralizeFormula() added; any other cell is unchanged.
    static QString restoreFormula(const QString &cell);
};

// Writes all the given hosts to file (replacing it atomically). FileRead errors name the file.
Status exportHostsCsv(const HostList &hosts, const QString &file);
