#pragma once

// Import of the original Flask app's database (data/pingtool.db): hosts and outage history.

#include "../lifecycle.h"
#include "../result.h"

#include <QCoreApplication>
#include <QStringList>

class HostStore;

struct LegacyImportReport
{
    int imported = 0;
    int skipped = 0;
    int outages = 0;
    QStringList problems; // one line per skipped host: "host id 7 (Site A): reason"
};

class LegacyImport
{
    Q_DECLARE_TR_FUNCTIONS(LegacyImport)

public:
    // Reads the legacy file read-only and adds its valid hosts and their outages to the store in
    // one transaction. Hosts whose address fails validation, or that are already in the store,
    // are skipped and reported.
    static Result<LegacyImportReport> run(
        HostStore &store, const QString &legacyPath, const LifecycleSettings &settings);
};
