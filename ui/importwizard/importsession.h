#pragma once

// What the wizard's pages have decided so far; owned by ImportWizard, read and filled by pages.

#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/importdefaults.h"
#include "csv/importplan.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct ImportSession
{
    QString databasePath;
    QByteArray bytes; // the file, or pasted text as UTF-8
    QString sourceName; // file path, or empty for pasted text
    CsvReadOptions readOptions;
    std::optional<CsvTable> table;
    ColumnMapping mapping;
    ImportDefaults defaults;
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    std::optional<ImportPlan> plan; // against the hosts stored when the review was shown
};
