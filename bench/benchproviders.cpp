// ledgerlink-bench-providers: issue 9's API economy figures for QuickBooks Online, Sage and MYOB
// (Xero: ledgerlink-bench-sync). For each provider, the same initial push of N customers and N
// invoices through the engine to the in-process sandbox (limits lifted), counted by the sandbox:
// API calls / the minimum (batches of the provider's maximum: QBO 30 per /batch, Sage and MYOB one
// record per request; plus one page per entity type read), then two quiet polls.
//
//   ledgerlink-bench-providers [--n 1000] [--provider qbo|sage|myob|all] [--overlap-wait 130] [--out DIR]
//
// Writes DIR/economy-<provider>-<N>.json for each provider.

#include "benchreport.h"
#include "store/invoicerepository.h"
#include "tst_myobfixture.h"
#include "tst_qbofixture.h"
#include "tst_sagefixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <cstdio>

using namespace Ledgerlink;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "ledgerlink-bench-providers: %s\n", qPrintable(message));
    return 1;
}

/// The entity type an API path (and query) reads or writes: QBO's /query names it in SQL, /batch
/// stands for what it carries; Sage and MYOB name it in the path (a trailing id is dropped).
QString entityOf(const QString &provider, const QString &path, const QString &query)
{
    static const QRegularExpression uid(QStringLiteral("/[0-9a-fA-F-]{16,}$"));
    if (provider == QLatin1String("qbo")) {
        if (path.endsWith(QLatin1String("/query"))) {
            static const QRegularExpression from(
                QStringLiteral("from\\s+(\\w+)"), QRegularExpression::CaseInsensitiveOption);
            const QString sql = QUrlQuery(query).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            return from.match(sql).captured(1);
        }
        return path.section(QLatin1Char('/'), -1);
    }
    QString rest = path;
    rest.remove(uid);
    if (provider == QLatin1String("sage")) {
        return rest.section(QStringLiteral("/api/v3.1/"), 1);
    }
    return rest.section(QLatin1Char('/'), 5); // /myob/api/accountright/<business>/<entity...>
}

struct Calls
{
    int api = 0;
    int reads = 0;
    int writes = 0;
    int token = 0;
    QJsonObject byPath;
};

Calls callsFrom(const QJsonObject &stats)
{
    Calls c;
    const QJsonObject byPath = stats.value(QStringLiteral("by_path")).toObject();
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        const int count = it.value().toInt();
        if (!it.key().contains(QStringLiteral("/api/"))) {
            c.token += count;
            continue;
        }
        c.api += count;
        (it.key().startsWith(QStringLiteral("GET ")) ? c.reads : c.writes) += count;
        c.byPath.insert(it.key(), count);
    }
    return c;
}

QJsonObject toJson(const Calls &c)
{
    return { { QStringLiteral("api_calls"), c.api }, { QStringLiteral("reads"), c.reads },
        { QStringLiteral("writes"), c.writes }, { QStringLiteral("token_requests"), c.token },
        { QStringLiteral("by_path"), c.byPath } };
}

/// GET requests per entity type from the sandbox's request log (the last 500 requests; callers
/// only use it where fewer were made or where the reads came last).
QJsonObject readsByEntity(const QString &provider, SandboxTestClient &client, int *entities, QJsonArray *seen = nullptr)
{
    QHash<QString, int> counts;
    const QJsonArray recent = client.get(QStringLiteral("/_sandbox/requests?limit=500")).array();
    for (const QJsonValue &v : recent) {
        const QJsonObject r = v.toObject();
        const QString path = r.value(QStringLiteral("path")).toString();
        if (r.value(QStringLiteral("method")).toString() != QLatin1String("GET")
            || !path.contains(QStringLiteral("/api/")) || r.value(QStringLiteral("provider")).toString() != provider) {
            continue;
        }
        counts[entityOf(provider, path, r.value(QStringLiteral("query")).toString())] += 1;
        if (seen) {
            const QString query = r.value(QStringLiteral("query")).toString();
            seen->append(QString(path + QLatin1Char('?') + query));
        }
    }
    QJsonObject out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out.insert(it.key(), it.value());
    }
    *entities = int(counts.size());
    return out;
}

/// Reads per entity type from the stats' paths (Sage, MYOB: the path names the type).
QJsonObject readsByEntityFromPaths(const QString &provider, const Calls &calls, int *entities)
{
    QHash<QString, int> counts;
    for (auto it = calls.byPath.constBegin(); it != calls.byPath.constEnd(); ++it) {
        if (it.key().startsWith(QStringLiteral("GET "))) {
            counts[entityOf(provider, it.key().mid(4), {})] += it.value().toInt();
        }
    }
    QJsonObject out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out.insert(it.key(), it.value());
    }
    *entities = int(counts.size());
    return out;
}

QJsonObject stats(SandboxTestClient &client)
{
    return client.get(QStringLiteral("/_sandbox/stats")).json();
}

void resetStats(SandboxTestClient &client)
{
    client.send("DELETE", QStringLiteral("/_sandbox/stats"));
}

template <typename Fixture>
int runProvider(const QString &provider, int batchMax, int n, const QString &outDir, qint64 overlapWaitMs)
{
    Fixture fx;
    if (!fx.setUp()) {
        return fail(provider + QStringLiteral(": the sandbox world did not start"));
    }
    const int timeoutMs = 60 * 60 * 1000;
    RunSummary summary = fx.runSync(false, timeoutMs); // reference data (tax codes, accounts) in
    if (summary.result != RunResult::Succeeded) {
        return fail(provider + QStringLiteral(": first run failed: ") + summary.message);
    }
    QElapsedTimer setup;
    setup.start();
    InvoiceRepository invoices(fx.database(), Clock::system());
    for (int i = 1; i <= n; ++i) {
        const Customer c = fx.addCustomer(
            QStringLiteral("Bench Customer %1").arg(i), QStringLiteral("customer%1@bench.example.org").arg(i));
        const Invoice inv = fx.addInvoice(c.id, QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0')), 1000 + i);
        if (c.id == 0 || inv.id == 0 || !invoices.setStatus(inv.id, InvoiceStatus::PendingPayment)) {
            return fail(provider + QStringLiteral(": local record %1 was not stored").arg(i));
        }
    }
    std::printf("%s: local data %d customers + %d invoices in %lld ms (not measured)\n", qPrintable(provider), n, n,
        static_cast<long long>(setup.elapsed()));
    std::fflush(stdout);

    SandboxTestClient &client = fx.client();
    resetStats(client);
    QElapsedTimer push;
    push.start();
    summary = fx.runSync(false, timeoutMs);
    const qint64 pushMs = push.elapsed();
    if (summary.result != RunResult::Succeeded) {
        return fail(provider + QStringLiteral(": push failed: ") + summary.message + QLatin1Char(' ') + summary.detail);
    }
    const int pushCreated = summary.counts.created;
    const Calls pushCalls = callsFrom(stats(client));
    int readEntities = 0;
    const QJsonObject pushReads = provider == QLatin1String("qbo")
        ? readsByEntity(provider, client, &readEntities)
        : readsByEntityFromPaths(provider, pushCalls, &readEntities);
    const int minWrites = 2 * int(std::ceil(double(n) / batchMax));
    const int minimum = minWrites + readEntities;
    const double ratio = double(pushCalls.api) / minimum;

    // Quiet polls, ten minutes later on the sandbox clock (the first re-reads what the push
    // changed after its read watermark; the second is the steady state).
    client.postJson(QStringLiteral("/_sandbox/clock"), { { QStringLiteral("advance_seconds"), 600 } });
    QElapsedTimer sincePush;
    sincePush.start();
    QJsonObject polls;
    for (const QString &name : { QStringLiteral("first_quiet_poll"), QStringLiteral("steady_quiet_poll") }) {
        if (name == QLatin1String("first_quiet_poll") && sincePush.elapsed() < overlapWaitMs) {
            // Sage and MYOB take the watermark from the reply's Date header or else the local clock
            // (the sandbox sends no Date), not the sandbox clock advanced above: the first poll's
            // watermark must lie more than the engine's 120 s overlap after the push in real time.
            std::printf("%s: waiting %lld s of real time past the read overlap\n", qPrintable(provider),
                static_cast<long long>((overlapWaitMs - sincePush.elapsed()) / 1000));
            std::fflush(stdout);
            QTest::qWait(int(overlapWaitMs - sincePush.elapsed()));
        }
        resetStats(client);
        summary = fx.runSync(false, timeoutMs);
        if (summary.result != RunResult::Succeeded) {
            return fail(provider + QStringLiteral(": quiet poll failed: ") + summary.message);
        }
        const Calls calls = callsFrom(stats(client));
        int entities = 0;
        QJsonArray requests; // with their queries: shows which reads carried a modified-since filter
        const QJsonObject reads = readsByEntity(provider, client, &entities, &requests);
        polls.insert(name,
            QJsonObject { { QStringLiteral("calls"), toJson(calls) }, { QStringLiteral("reads_by_entity"), reads },
                { QStringLiteral("requests"), requests }, { QStringLiteral("entity_types_read"), entities } });
        std::printf("%s %s: %d API calls (%d GET over %d entity types, %d writes)\n", qPrintable(provider),
            qPrintable(name), calls.api, calls.reads, entities, calls.writes);
    }

    const QJsonObject figures {
        { QStringLiteral("provider"), provider },
        { QStringLiteral("n"), n },
        { QStringLiteral("batch_max"), batchMax },
        { QStringLiteral("push"),
            QJsonObject { { QStringLiteral("calls"), toJson(pushCalls) },
                { QStringLiteral("reads_by_entity"), pushReads }, { QStringLiteral("minimum_writes"), minWrites },
                { QStringLiteral("minimum_reads"), readEntities }, { QStringLiteral("minimum_calls"), minimum },
                { QStringLiteral("economy_ratio"), ratio }, { QStringLiteral("elapsed_ms"), pushMs },
                { QStringLiteral("created"), pushCreated } } },
        { QStringLiteral("polls"), polls },
        { QStringLiteral("real_ms_waited_before_first_poll"), overlapWaitMs },
    };
    std::printf("%s API economy (N=%d): push %d API calls (%d reads, %d writes) + %d token; minimum %d (%d writes "
                "of <= %d + %d entity types read) -> ratio %.3f (goal <= 1.05); %lld ms\n",
        qPrintable(provider), n, pushCalls.api, pushCalls.reads, pushCalls.writes, pushCalls.token, minimum, minWrites,
        batchMax, readEntities, ratio, static_cast<long long>(pushMs));
    QString error;
    const QString path = BenchReport::write(
        outDir, QStringLiteral("economy-%1-%2.json").arg(provider).arg(n), QStringLiteral("economy"), figures, &error);
    if (path.isEmpty()) {
        return fail(error);
    }
    std::printf("written: %s\n", qPrintable(path));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("n"), QStringLiteral("Customers and invoices to push."), QStringLiteral("N"),
        QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("provider"), QStringLiteral("qbo, sage, myob or all."), QStringLiteral("P"),
        QStringLiteral("all") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Directory for the JSON results."), QStringLiteral("DIR"),
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/bench/results") });
    parser.addOption({ QStringLiteral("overlap-wait"),
        QStringLiteral("Real seconds between the push and the first quiet poll (past the 120 s read overlap)."),
        QStringLiteral("S"), QStringLiteral("130") });
    parser.process(app);
    const qint64 waitMs = parser.value(QStringLiteral("overlap-wait")).toLongLong() * 1000;
    const int n = parser.value(QStringLiteral("n")).toInt();
    const QString which = parser.value(QStringLiteral("provider"));
    const QString out = parser.value(QStringLiteral("out"));
    if (n <= 0) {
        return fail(QStringLiteral("--n must be a positive number"));
    }
    int failures = 0;
    if (which == QLatin1String("all") || which == QLatin1String("qbo")) {
        failures += runProvider<QboFixture>(QStringLiteral("qbo"), 30, n, out, waitMs);
    }
    if (which == QLatin1String("all") || which == QLatin1String("sage")) {
        failures += runProvider<SageFixture>(QStringLiteral("sage"), 1, n, out, waitMs);
    }
    if (which == QLatin1String("all") || which == QLatin1String("myob")) {
        failures += runProvider<MyobFixture>(QStringLiteral("myob"), 1, n, out, waitMs);
    }
    return failures == 0 ? 0 : 1;
}
