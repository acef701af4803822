#include "schema.h"

#include "logging.h"

#include <QByteArray>

namespace safehaven::schema {

namespace {

constexpr MigrationStep kSteps[] = {
    {1, "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);"},
    {2, "CREATE TABLE audit_events ("
        " id INTEGER PRIMARY KEY,"
        " at_ms INTEGER NOT NULL,"
        " kind TEXT NOT NULL);"},
    {3, "ALTER TABLE settings ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;"
        "CREATE INDEX audit_events_by_time ON audit_events (at_ms);"},
};

// The store as the steps above leave it, written out in full.
constexpr char kCurrentSchema[] = "CREATE TABLE settings ("
                                  " key TEXT PRIMARY KEY NOT NULL,"
                                  " value BLOB NOT NULL,"
                                  " updated_ms INTEGER NOT NULL DEFAULT 0);"
                                  "CREATE TABLE audit_events ("
                                  " id INTEGER PRIMARY KEY,"
                                  " at_ms INTEGER NOT NULL,"
                                  " kind TEXT NOT NULL);"
                                  "CREATE INDEX audit_events_by_time ON audit_events (at_ms);";

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
