#include "importworker.h"

#include "csv/importplan.h"
#include "store/hoststore.h"

#include <QDateTime>

namespace {

std::function<void()> &progressGate()
{
    static std::function<void()> gate;
    return gate;
}

} // namespace

ImportWorker::ImportWorker(const QString &databasePath, const CsvTable &table,
    const ColumnMapping &mapping, const ImportDefaults &defaults, DuplicatePolicy policy)
    : m_databasePath(databasePath)
    , m_table(table)
    , m_mapping(mapping)
    , m_defaults(defaults)
    , m_policy(policy)
{ }

void ImportWorker::setProgressGateForTesting(std::function<void()> gate)
{
    progressGate() = std::move(gate);
}

void ImportWorker::run()
{
    ImportOutcome outcome;
    {
        auto store = HostStore::open(m_databasePath);
        if (!store) {
            outcome.error = store.error().message;
            emit finished(outcome);
            return;
        }
        // The plan is made again against the hosts stored now: the engine or another window may
        // have added some since the review page was shown.
        const Result<HostList> existing = store.value()->listHosts();
        if (!existing) {
            outcome.error = existing.error().message;
            emit finished(outcome);
            return;
        }
        const ImportPlan plan = ImportPlan::build(
            std::move(m_table), m_mapping, m_defaults, existing.value(), m_policy);
        const Status applied = plan.apply(
            *store.value(), QDateTime::currentDateTimeUtc(),
            [this](int done, int total) {
                emit progress(done, total);
                if (progressGate())
                    progressGate()();
                return !m_cancelled.load();
            },
            &outcome.newIds);
        if (applied) {
            outcome.kind = ImportOutcome::Done;
            for (const PlannedHost &p : plan.updatedHosts())
                outcome.updatedIds.append(p.host.id);
            outcome.skipped = int(plan.duplicates().size());
            outcome.rejected = int(plan.rejections().size());
        } else if (applied.error().code == ErrorCode::Cancelled) {
            outcome.kind = ImportOutcome::Cancelled;
            outcome.newIds.clear();
        } else {
            outcome.error = applied.error().message;
            outcome.newIds.clear();
        }
    } // the connection closes here, on this thread
    emit finished(outcome);
}
