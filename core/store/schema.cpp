#include "schema.h"

namespace Schema {

const char *const kHostColumns
    = "id, name, address, manufacturer, supplier, type, post_code, web_url, paused, status, "
      "failed_checks, last_checked_at, last_success_at, next_due_at, last_rtt_ms, proof, "
      "last_error";

QStringList migrationStep(int step)
{
    switch (step) {
    case 1:
        // Version 1: hosts and outages. Times are UTC ISO-8601 text ("2026-11-27T09:12:00Z"),
        // which sorts and compares correctly as text.
        return {
            QStringLiteral("CREATE TABLE hosts ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " address TEXT NOT NULL,"
                           " manufacturer TEXT NOT NULL DEFAULT 'Other',"
                           " supplier TEXT NOT NULL DEFAULT '',"
                           " type TEXT NOT NULL DEFAULT '',"
                           " post_code TEXT NOT NULL DEFAULT '',"
                           " web_url TEXT NOT NULL DEFAULT '',"
                           " paused INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL DEFAULT 'New',"
                           " failed_checks INTEGER NOT NULL DEFAULT 0,"
                           " last_checked_at TEXT,"
                           " last_success_at TEXT,"
                           " next_due_at TEXT,"
                           " last_rtt_ms REAL,"
                           " proof TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX hosts_address ON hosts(address)"),
            QStringLiteral("CREATE INDEX hosts_status ON hosts(status, last_success_at)"),
            QStringLiteral("CREATE TABLE outages ("
                           " id INTEGER PRIMARY KEY,"
                           " host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                           " started_at TEXT NOT NULL,"
                           " ended_at TEXT)"),
            QStringLiteral("CREATE INDEX outages_host_started ON outages(host_id, started_at)"),
            QStringLiteral("CREATE INDEX outages_started ON outages(started_at)"),
        };
    case 2:
        // Version 2: the last check error shown on a host, hourly check rollups (bounded
        // history), and at most one open outage per host.
        return {
            QStringLiteral("ALTER TABLE hosts ADD COLUMN last_error TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE check_rollups ("
                           " host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                           " hour TEXT NOT NULL,"
                           " checks INTEGER NOT NULL DEFAULT 0,"
                           " successes INTEGER NOT NULL DEFAULT 0,"
                           " web_successes INTEGER NOT NULL DEFAULT 0,"
                           " errors INTEGER NOT NULL DEFAULT 0,"
                           " sent INTEGER NOT NULL DEFAULT 0,"
                           " received INTEGER NOT NULL DEFAULT 0,"
                           " rtt_min_ms REAL,"
                           " rtt_max_ms REAL,"
                           " rtt_sum_ms REAL NOT NULL DEFAULT 0,"
                           " rtt_count INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (host_id, hour)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX check_rollups_hour ON check_rollups(hour)"),
            // Older files could hold two open outages for a host only through a bug; keep the
            // earliest open and close the others at their own start before adding the rule.
            QStringLiteral(
                "UPDATE outages SET ended_at = started_at WHERE ended_at IS NULL AND id NOT "
                "IN (SELECT min(id) FROM outages WHERE ended_at IS NULL GROUP BY host_id)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX outages_one_open ON outages(host_id) WHERE ended_at "
                "IS NULL"),
        };
    default:
        return {};
    }
}

} // namespace Schema
