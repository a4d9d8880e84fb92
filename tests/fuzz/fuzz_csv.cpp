// Fuzz target: the CSV reader and the import plan. Whatever the bytes, reading must not crash or
// hang, and the plan must account for every row exactly once, accept only hosts the validator
// accepts, never plan one address twice, and the export of the planned hosts must import back as
// the same hosts (the README's "export -> import gives back the same hosts").
//
// The reader's overrides and the duplicate policy are picked from the input's size, so the seed
// corpus is plain CSV files and every file is also tried with forced settings.

#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/importplan.h"
#include "hostvalidator.h"

#include <QSet>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Names the broken promise (the line of this file) before libFuzzer records the input.
[[noreturn]] void fail(int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
    std::abort();
}

HostList storedHosts()
{
    HostList hosts;
    const char *const addresses[] = {"127.0.0.1", "2001:db8::1", "router.example", "10.0.0.1"};
    qint64 id = 1;
    for (const char *a : addresses) {
        Host h;
        h.id = id++;
        h.name = QStringLiteral("stored ") + QLatin1String(a);
        h.address = QLatin1String(a);
        h.supplier = QStringLiteral("BT");
        hosts.append(h);
    }
    return hosts;
}

void checkTable(const CsvTable &table)
{
    int lastLine = 0;
    for (const CsvRow &row : table.rows) {
        if (row.line <= lastLine || row.line <= table.headerLine)
            fail(__LINE__); // rows in file order, after the header
        lastLine = row.line;
        if (row.cells.size() > table.columnCount)
            fail(__LINE__);
    }
    for (const CsvProblem &p : table.problems)
        if (p.line <= 0 || p.message.isEmpty())
            fail(__LINE__);
    if (table.hasHeader != !table.header.isEmpty() && table.hasHeader)
        fail(__LINE__);
}

void checkPlan(const ImportPlan &plan, const CsvTable &table)
{
    const qsizetype rowRejections = std::count_if(plan.rejections().cbegin(),
        plan.rejections().cend(), [](const ImportRejection &r) { return r.field.has_value(); });
    if (plan.newHosts().size() + plan.updatedHosts().size() + plan.duplicates().size()
            + rowRejections
        != plan.rowCount())
        fail(__LINE__); // every row is new, updated, a duplicate or rejected: exactly one of them
    if (plan.rejections().size() - rowRejections != table.problems.size())
        fail(__LINE__);
    QSet<QString> addresses;
    for (const QList<PlannedHost> *list : {&plan.newHosts(), &plan.updatedHosts()}) {
        for (const PlannedHost &p : *list) {
            Host again = p.host;
            if (!HostValidator::validate(again).isEmpty())
                fail(__LINE__); // the plan never writes a host the validator rejects
            if (again != p.host)
                fail(__LINE__); // ...and writes it normalised (validating again changes nothing)
            if (addresses.contains(p.host.address))
                fail(__LINE__); // one address, one host
            addresses.insert(p.host.address);
        }
    }
    for (const ImportRejection &r : plan.rejections())
        if (r.reason.isEmpty() || ImportPlan::rejectionText(r).isEmpty())
            fail(__LINE__);
}

// Export the new hosts, import the export: the same hosts come back.
void checkRoundTrip(const ImportPlan &plan)
{
    if (plan.newHosts().isEmpty())
        return;
    HostList hosts;
    for (const PlannedHost &p : plan.newHosts())
        hosts.append(p.host);
    Result<CsvTable> again = CsvReader::read(CsvWriter::hostsToCsv(hosts));
    if (!again || !again->hasHeader || !again->problems.isEmpty())
        fail(__LINE__);
    const ColumnMapping mapping = ColumnMapping::fromHeader(again->header);
    const ImportPlan second
        = ImportPlan::build(again.value(), mapping, ImportDefaults {}, {}, DuplicatePolicy::Skip);
    if (second.newHosts().size() != hosts.size() || !second.rejections().isEmpty())
        fail(__LINE__);
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const Host &a = hosts.at(i);
        const Host &b = second.newHosts().at(i).host;
        if (a.name != b.name || a.address != b.address || a.manufacturer != b.manufacturer
            || a.supplier != b.supplier || a.type != b.type || a.postCode != b.postCode
            || a.webUrl != b.webUrl)
            fail(__LINE__);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const HostList existing = storedHosts();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    CsvReadOptions options;
    switch (size % 5) {
    case 1:
        options.delimiter = CsvDelimiter(size / 5 % 5);
        break;
    case 2:
        options.encoding = CsvEncoding(size / 5 % 4);
        break;
    case 3:
        options.header = (size / 5) % 2 == 0;
        break;
    default:
        break; // detect everything
    }
    Result<CsvTable> table = CsvReader::read(bytes, options);
    if (!table) {
        if (table.error().message.isEmpty())
            fail(__LINE__);
        return 0;
    }
    checkTable(table.value());

    const ColumnMapping mapping = table->hasHeader
        ? ColumnMapping::fromHeader(table->header)
        : ColumnMapping::defaultOrder(table->columnCount);
    const DuplicatePolicy policy = size % 2 ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    ImportDefaults defaults;
    if (size % 3 == 0) {
        defaults.manufacturer = Manufacturer::Draytek;
        defaults.supplier = QStringLiteral("Default supplier");
        defaults.postCode = QStringLiteral("AB1 2CD");
    }
    const ImportPlan plan = ImportPlan::build(table.value(), mapping, defaults, existing, policy);
    checkPlan(plan, table.value());

    // The consuming build (used by the command line for large files) plans the same.
    CsvTable copy = table.value();
    const ImportPlan consumed
        = ImportPlan::build(std::move(copy), mapping, defaults, existing, policy);
    if (consumed.newHosts().size() != plan.newHosts().size()
        || consumed.updatedHosts().size() != plan.updatedHosts().size()
        || consumed.duplicates().size() != plan.duplicates().size()
        || consumed.rejections().size() != plan.rejections().size())
        fail(__LINE__);
    for (qsizetype i = 0; i < plan.rejections().size(); ++i)
        if (consumed.rejections().at(i).cells != plan.rejections().at(i).cells)
            fail(__LINE__); // a rejection keeps the row it rejected, even when rows are freed

    checkRoundTrip(plan);
    (void)ImportPlan::rejectionsCsv(plan.rejections());
    return 0;
}
