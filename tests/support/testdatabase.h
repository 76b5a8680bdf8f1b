#pragma once

#include "error.h"
#include "store/database.h"

#include <QString>

#include <memory>

/// QVERIFY that a Result/Status is ok, printing its error otherwise. Evaluates `expr` once.
#define LEDGERLINK_VERIFY_OK(expr)                                                                                     \
    do {                                                                                                               \
        const auto &ledgerlinkResult_ = (expr);                                                                        \
        QVERIFY2(ledgerlinkResult_.ok(),                                                                               \
            qPrintable(ledgerlinkResult_.ok() ? QString() : ledgerlinkResult_.error().toString()));                    \
    } while (false)

namespace Ledgerlink {

class TestProfile;

/// Opens the store for a test on the backend the test run was registered for: SQLite in the
/// test's profile (default) or the throwaway PostgreSQL server of the ctest fixture "postgres"
/// (LEDGERLINK_TEST_BACKEND=postgres; URL from LEDGERLINK_TEST_PG_URL or the file named by
/// LEDGERLINK_TEST_PG_URL_FILE). On PostgreSQL each test process gets its own database, emptied
/// by every openFresh(), so test binaries can run in parallel.
class TestDatabase
{
public:
    enum class Backend {
        Sqlite,
        Postgres,
    };

    static Backend backend();
    static bool isPostgres() { return backend() == Backend::Postgres; }
    static QString backendName();

    /// Where this test's database lives (same answer for every call in one test).
    static Result<DatabaseLocation> location(const TestProfile &profile);
    /// An empty database, migrated according to `options`.
    static Result<std::unique_ptr<Database>> openFresh(
        const TestProfile &profile, const DatabaseOpenOptions &options = {});
    /// Another connection to the same database (no emptying).
    static Result<std::unique_ptr<Database>> openAgain(const TestProfile &profile);

    /// The fixture server's URL, or an empty string with `error` set.
    static QString postgresUrl(QString *error = nullptr);

private:
    static Status resetPostgres(const DatabaseLocation &location);
};

} // namespace Ledgerlink
