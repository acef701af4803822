#include "schema.h"

#include "logging.h"

#include <QByteArray>

namespace safehaven::schema {

namespace {

// Sync (docs/sync-protocol.md): the enrolled identity, channels, outbox, inbound packets seen,
// and what inbound packets deliver.
#define SYNC_TABLES                                                                                \
    "CREATE TABLE sync_identity ("                                                                 \
    " id INTEGER PRIMARY KEY CHECK (id = 1),"                                                      \
    " device_id TEXT NOT NULL, role TEXT NOT NULL, enrolment BLOB NOT NULL,"                       \
    " sign_public BLOB NOT NULL, sign_secret BLOB NOT NULL,"                                       \
    " box_public BLOB NOT NULL, box_secret BLOB NOT NULL,"                                         \
    " enrolled_ms INTEGER NOT NULL,"                                                               \
    " last_inbound_sequence INTEGER NOT NULL DEFAULT 0,"                                           \
    " next_outbound_sequence INTEGER NOT NULL DEFAULT 1,"                                          \
    " last_contact_ms INTEGER NOT NULL DEFAULT 0,"                                                 \
    " last_sync_ms INTEGER NOT NULL DEFAULT 0);"                                                   \
    "CREATE TABLE sync_channels ("                                                                 \
    " id BLOB PRIMARY KEY NOT NULL, purpose TEXT NOT NULL, types TEXT NOT NULL,"                   \
    " expires_ms INTEGER NOT NULL DEFAULT 0, closed INTEGER NOT NULL DEFAULT 0,"                   \
    " opened_ms INTEGER NOT NULL);"                                                                \
    "CREATE TABLE sync_outbox ("                                                                   \
    " packet_id BLOB PRIMARY KEY NOT NULL, sequence INTEGER NOT NULL UNIQUE,"                      \
    " type TEXT NOT NULL, channel BLOB NOT NULL, file_name TEXT NOT NULL, bytes BLOB NOT NULL,"    \
    " created_ms INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"                           \
    " next_attempt_ms INTEGER NOT NULL DEFAULT 0, sent_ms INTEGER, acked_ms INTEGER);"             \
    "CREATE TABLE sync_inbound ("                                                                  \
    " packet_id BLOB PRIMARY KEY NOT NULL, sequence INTEGER NOT NULL, type TEXT NOT NULL,"         \
    " received_ms INTEGER NOT NULL);"                                                              \
    "CREATE TABLE documents ("                                                                     \
    " id TEXT PRIMARY KEY NOT NULL, service_user TEXT NOT NULL, initials TEXT NOT NULL,"           \
    " kind TEXT NOT NULL, class TEXT NOT NULL, title TEXT NOT NULL, mime TEXT NOT NULL,"           \
    " size INTEGER NOT NULL, sha256 BLOB NOT NULL, retain_until TEXT NOT NULL DEFAULT '',"         \
    " volunteer INTEGER NOT NULL DEFAULT 0, received_ms INTEGER NOT NULL);"                        \
    "CREATE TABLE document_chunks ("                                                               \
    " document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"                      \
    " idx INTEGER NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (document_id, idx));"                 \
    "CREATE TABLE consent_records ("                                                               \
    " service_user TEXT PRIMARY KEY NOT NULL, record BLOB NOT NULL, received_ms INTEGER NOT "      \
    "NULL);"                                                                                       \
    "CREATE TABLE checklist_content ("                                                             \
    " id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, content BLOB NOT NULL);"    \
    "CREATE TABLE placements_ended ("                                                              \
    " service_user TEXT PRIMARY KEY NOT NULL, ended_ms INTEGER NOT NULL);"

// A carer's day (docs/carers-day.md): the hash-chained audit trail, checklist completions kept
// as evidence, and the carer's own visits (initials and times only).
#define DAY_TABLES                                                                                 \
    "CREATE TABLE audit_log ("                                                                     \
    " seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL," \
    " subject TEXT NOT NULL DEFAULT '', hash BLOB NOT NULL);"                                      \
    "CREATE TABLE checklist_completions ("                                                         \
    " id INTEGER PRIMARY KEY, checklist TEXT NOT NULL, version INTEGER NOT NULL,"                  \
    " source TEXT NOT NULL, moment TEXT NOT NULL, ticked TEXT NOT NULL,"                           \
    " item_count INTEGER NOT NULL, at_ms INTEGER NOT NULL);"                                       \
    "CREATE TABLE visits ("                                                                        \
    " id INTEGER PRIMARY KEY, initials TEXT NOT NULL, starts_ms INTEGER NOT NULL,"                 \
    " minutes INTEGER NOT NULL DEFAULT 60, place TEXT NOT NULL);"                                  \
    "CREATE INDEX visits_by_start ON visits (starts_ms);"

// Breach reports and confidentiality concerns (docs/breach-reporting.md): drafts and what was
// sent, each tied to its outbox packet for the status the carer sees.
#define REPORT_TABLES                                                                              \
    "CREATE TABLE reports ("                                                                       \
    " report_id BLOB PRIMARY KEY NOT NULL, kind TEXT NOT NULL, follow_up_of BLOB,"                 \
    " fields BLOB NOT NULL, discovered_ms INTEGER NOT NULL, created_ms INTEGER NOT NULL,"          \
    " updated_ms INTEGER NOT NULL, packet_id BLOB, queued_ms INTEGER,"                             \
    " sealed INTEGER NOT NULL DEFAULT 0);"                                                         \
    "CREATE INDEX reports_by_follow_up ON reports (follow_up_of);"
// Permission to share (docs/permission-to-share.md): the v4 table kept each consent-record as
// raw CBOR; it is replaced by one parsed row per service user (records held before are dropped:
// the council sends them again with `safehaven-council consent`), and the carer's share
// decisions.
#define CONSENT_TABLES                                                                             \
    "DROP TABLE consent_records;"                                                                  \
    "CREATE TABLE consent_records ("                                                               \
    " service_user TEXT PRIMARY KEY NOT NULL, covers TEXT NOT NULL, given TEXT NOT NULL,"          \
    " review_due TEXT NOT NULL, capacity TEXT NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0,"     \
    " note TEXT NOT NULL DEFAULT '', issued_ms INTEGER NOT NULL,"                                  \
    " changed_ms INTEGER NOT NULL DEFAULT 0, received_ms INTEGER NOT NULL);"                       \
    "CREATE TABLE share_decisions ("                                                               \
    " id INTEGER PRIMARY KEY, report_id BLOB NOT NULL UNIQUE, service_user TEXT NOT NULL,"         \
    " recipient TEXT NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL, why TEXT NOT NULL,"          \
    " basis TEXT NOT NULL, decided_ms INTEGER NOT NULL);"
// Placement end and evidence (docs/placement-end-and-evidence.md): the paper register, the
// "paper-returned" receipts sent, and the last audit digest queued for the council.
#define EVIDENCE_TABLES                                                                            \
    "CREATE TABLE paper_items ("                                                                   \
    " id INTEGER PRIMARY KEY, initials TEXT NOT NULL, service_user TEXT NOT NULL DEFAULT '',"      \
    " description TEXT NOT NULL, kept_at TEXT NOT NULL, added_ms INTEGER NOT NULL,"                \
    " returned_on TEXT NOT NULL DEFAULT '', returned_ms INTEGER NOT NULL DEFAULT 0);"              \
    "CREATE TABLE paper_receipts ("                                                                \
    " service_user TEXT PRIMARY KEY NOT NULL, sent_ms INTEGER NOT NULL);"                          \
    "CREATE TABLE audit_digest_sent ("                                                             \
    " id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL, head BLOB NOT NULL,"          \
    " intact INTEGER NOT NULL, broken_at INTEGER NOT NULL DEFAULT 0,"                              \
    " queued_ms INTEGER NOT NULL);"

constexpr MigrationStep kSteps[] = {
    {1, "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);"},
    {2, "CREATE TABLE audit_events ("
        " id INTEGER PRIMARY KEY,"
        " at_ms INTEGER NOT NULL,"
        " kind TEXT NOT NULL);"},
    {3, "ALTER TABLE settings ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;"
        "CREATE INDEX audit_events_by_time ON audit_events (at_ms);"},
    {4, SYNC_TABLES},
    {5, DAY_TABLES},
    {6, REPORT_TABLES},
    {7, CONSENT_TABLES},
    {8, EVIDENCE_TABLES},
};

// The store as the steps above leave it, written out in full.
constexpr char kCurrentSchema[] =
    "CREATE TABLE settings ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " value BLOB NOT NULL,"
    " updated_ms INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE audit_events ("
    " id INTEGER PRIMARY KEY,"
    " at_ms INTEGER NOT NULL,"
    " kind TEXT NOT NULL);"
    "CREATE INDEX audit_events_by_time ON audit_events (at_ms);" SYNC_TABLES DAY_TABLES
        REPORT_TABLES CONSENT_TABLES EVIDENCE_TABLES;

Status setVersion(Database &db, int value)
{
    return db.exec(
        QByteArray("PRAGMA user_version = " + QByteArray::number(value) + ";").constData());
}

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return kSteps;
}

int latestVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

Result<int> version(Database &db)
{
    auto value = db.queryInt("PRAGMA user_version;");
    if (!value)
        return value.error();
    return int(value.value());
}

Status createFresh(Database &db)
{
    return db.inTransaction([&]() -> Status {
        if (auto created = db.exec(kCurrentSchema); !created)
            return created;
        return setVersion(db, latestVersion());
    });
}

Status migrate(Database &db, int targetVersion)
{
    auto current = version(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return makeError(ErrorCode::StoreError,
                         QStringLiteral("This store was made by a newer version of the app."));
    for (const MigrationStep &step : kSteps) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        auto applied = db.inTransaction([&]() -> Status {
            if (auto ran = db.exec(step.sql); !ran)
                return ran;
            return setVersion(db, step.version);
        });
        if (!applied)
            return applied;
        qCInfo(lcVault) << "store migrated to version" << step.version;
    }
    return success();
}

} // namespace safehaven::schema
