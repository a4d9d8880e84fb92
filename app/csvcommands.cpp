#include "commands.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/importplan.h"
#include "store/hoststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {

// The translation context of --import and --export.
class CsvCommands
{
    Q_DECLARE_TR_FUNCTIONS(CsvCommands)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// "-" reads standard input, so a pasted list can be piped in.
Result<CsvTable> readInput(const QString &file)
{
    if (file != u"-")
        return CsvReader::readFile(file);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error {ErrorCode::FileRead, CsvCommands::tr("Cannot read standard input.")};
    return CsvReader::read(in.readAll());
}

std::optional<ImportDefaults> defaultsFrom(const CommandLine &cl)
{
    ImportDefaults defaults;
    if (cl.hasManufacturer) {
        defaults.manufacturer = manufacturerFromName(cl.manufacturer);
        if (!defaults.manufacturer) {
            err() << "pingtool: "
                  << CsvCommands::tr(
                         "--manufacturer: '%1' is not one of Draytek, Mikrotik, TP-Link, Other.")
                         .arg(cl.manufacturer)
                  << Qt::endl;
            return std::nullopt;
        }
    }
    defaults.supplier = cl.supplier.trimmed();
    defaults.type = cl.type.trimmed();
    defaults.postCode = cl.postCode.trimmed();
    return defaults;
}

} // namespace

int runImport(const CommandLine &cl)
{
    const std::optional<ImportDefaults> defaults = defaultsFrom(cl);
    if (!defaults)
        return kExitUsage;

    Result<CsvTable> table = readInput(cl.file);
    if (!table) {
        err() << "pingtool: " << table.error().message << Qt::endl;
        return kExitInvalidInput;
    }

    ColumnMapping mapping = table->hasHeader ? ColumnMapping::fromHeader(table->header)
                                             : ColumnMapping::defaultOrder(table->columnCount);
    if (mapping.columnOf(ImportField::Address) < 0 && table->hasHeader) {
        err() << "pingtool: "
              << CsvCommands::tr(
                     "The header of %1 (line %2) names no address column. Name it \"address\", "
                     "\"IP address\" or \"host\". Columns found: %3.")
                     .arg(cl.file)
                     .arg(table->headerLine)
                     .arg(table->header.join(QStringLiteral(", ")))
              << Qt::endl;
        return kExitInvalidInput;
    }
    if (!mapping.unknownColumns().isEmpty())
        out() << CsvCommands::tr("Ignored columns: %1")
                     .arg(mapping.unknownColumns().join(QStringLiteral(", ")))
              << "\n";

    // A dry run never creates or changes a database.
    const QString path = databasePathFor(cl);
    std::unique_ptr<HostStore> store;
    HostList existing;
    if (!cl.dryRun || QFileInfo::exists(path)) {
        HostStore::Options options;
        options.readOnly = cl.dryRun;
        auto opened = HostStore::open(path, options);
        if (!opened) {
            err() << "pingtool: " << opened.error().message << Qt::endl;
            return kExitDatabase;
        }
        store = std::move(opened.value());
        const Result<HostList> hosts = store->listHosts();
        if (!hosts) {
            err() << "pingtool: " << hosts.error().message << Qt::endl;
            return kExitDatabase;
        }
        existing = hosts.value();
    }

    const DuplicatePolicy policy
        = cl.onDuplicate == u"update" ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    const ImportPlan plan
        = ImportPlan::build(std::move(table.value()), mapping, *defaults, existing, policy);

    for (const ImportRejection &r : plan.rejections())
        out() << ImportPlan::rejectionText(r) << "\n";
    for (const ImportNote &n : plan.notes())
        out() << CsvCommands::tr("line %1: note: %2").arg(n.line).arg(n.message) << "\n";

    if (!cl.dryRun) {
        const Status applied = plan.apply(*store, QDateTime::currentDateTimeUtc());
        if (!applied) {
            err() << "pingtool: " << applied.error().message << "\n"
                  << CsvCommands::tr("Nothing was imported.") << Qt::endl;
            return kExitDatabase;
        }
    }

    const int rejected = int(plan.rejections().size());
    const QString summary = CsvCommands::tr("%1 imported, %2 updated, %3 skipped, %4 rejected.")
                                .arg(plan.newHosts().size())
                                .arg(plan.updatedHosts().size())
                                .arg(plan.duplicates().size())
                                .arg(rejected);
    if (cl.dryRun)
        out() << CsvCommands::tr("Dry run, nothing was changed: %1").arg(summary) << Qt::endl;
    else
        out() << summary << Qt::endl;
    return rejected > 0 ? kExitSomeRejected : kExitOk;
}

int runExport(const CommandLine &cl)
{
    const QString path = databasePathFor(cl);
    HostStore::Options options;
    options.readOnly = QFileInfo::exists(path); // exporting never needs to write
    auto store = HostStore::open(path, options);
    if (!store) {
        err() << "pingtool: " << store.error().message << Qt::endl;
        return kExitDatabase;
    }
    const Result<HostList> hosts = store.value()->listHosts();
    if (!hosts) {
        err() << "pingtool: " << hosts.error().message << Qt::endl;
        return kExitDatabase;
    }
    if (cl.file == u"-") {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly)
            || stdOut.write(CsvWriter::hostsToCsv(hosts.value())) < 0) {
            err() << "pingtool: " << CsvCommands::tr("Cannot write to standard output.")
                  << Qt::endl;
            return kExitFailure;
        }
        return kExitOk;
    }
    const Status written = exportHostsCsv(hosts.value(), cl.file);
    if (!written) {
        err() << "pingtool: " << written.error().message << Qt::endl;
        return kExitFailure;
    }
    out() << CsvCommands::tr("Exported %n host(s) to %1.", nullptr, int(hosts->size())).arg(cl.file)
          << Qt::endl;
    return kExitOk;
}
