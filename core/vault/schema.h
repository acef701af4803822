#pragma once

#include "database.h"

#include <span>

namespace safehaven::schema {

// One step of the store's history. Steps are never edited once released: add a new one.
struct MigrationStep
{
    int version; // the user_version the store has after this step
    const char *sql;
};

std::span<const MigrationStep> migrationSteps();
int latestVersion();

// A new store is created from the current schema in one go; an existing one is brought up to
// date step by step. tests/core/tst_schema checks the two paths give the same store.
[[nodiscard]] Status createFresh(Database &db);
[[nodiscard]] Status migrate(Database &db, int targetVersion = latestVersion());
[[nodiscard]] Result<int> version(Database &db);

} // namespace safehaven::schema
