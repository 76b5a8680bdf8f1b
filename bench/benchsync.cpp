// ledgerlink-bench-sync: issue 9's API economy, engine overhead and memory figures for an initial
// push of N customers and N invoices to Xero in the in-process sandbox, rate limits lifted.
//
//   ledgerlink-bench-sync [--n 1000] [--out DIR] [--no-baseline] [--sandbox URL]
//
// Prints the figures and writes DIR/sync-<N>.json (machine, commit, time, figures).

#include "benchreport.h"
#include "benchworld.h"
#include "replaybaseline.h"
#include "sandboxdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Ledgerlink;

namespace {

struct CallCount
{
    int api = 0;
    int reads = 0;
    int writes = 0;
    int token = 0;
    QJsonObject byEndpoint;
};

CallCount count(const QList<RecordedRequest> &requests)
{
    CallCount c;
    QHash<QString, int> endpoints;
    for (const RecordedRequest &r : requests) {
        const qsizetype at = r.url.indexOf("/api.xro/2.0/");
        if (at < 0) {
            ++c.token;
            continue;
        }
        ++c.api;
        (r.method == "GET" ? c.reads : c.writes) += 1;
        QByteArray path = r.url.mid(at + 13);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        endpoints[QString::fromLatin1(r.method + ' ' + path)] += 1;
    }
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it) {
        c.byEndpoint.insert(it.key(), it.value());
    }
    return c;
}

QJsonObject toJson(const CallCount &c)
{
    return { { QStringLiteral("api_calls"), c.api }, { QStringLiteral("reads"), c.reads },
        { QStringLiteral("writes"), c.writes }, { QStringLiteral("token_requests"), c.token },
        { QStringLiteral("by_endpoint"), c.byEndpoint } };
}

int fail(const QString &message)
{
    std::fprintf(stderr, "ledgerlink-bench-sync: %s\n", qPrintable(message));
    return 1;
}

bool liftLimits(SandboxTestClient &client)
{
    return client
               .postJson(QStringLiteral("/_sandbox/limits"),
                   { { QStringLiteral("provider"), QStringLiteral("xero") }, { QStringLiteral("lift"), true } })
               .status
        == 200;
}

/// Time passes on the sandbox's clock (the read watermarks follow the provider's clock).
void advanceClock(SandboxTestClient &client)
{
    client.postJson(QStringLiteral("/_sandbox/clock"), { { QStringLiteral("advance_seconds"), 600 } });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("n"), QStringLiteral("Customers and invoices to push."), QStringLiteral("N"),
        QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Directory for the JSON result."), QStringLiteral("DIR"),
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/bench/results") });
    parser.addOption({ QStringLiteral("no-baseline"), QStringLiteral("Skip the engine-overhead replay.") });
    parser.addOption({ QStringLiteral("sandbox"),
        QStringLiteral("Use a sandbox running in another process (ledgerlink-sandbox) at URL, so the memory "
                       "figures are the engine's alone; implies --no-baseline."),
        QStringLiteral("URL") });
    parser.process(app);
    const QString externalSandbox = parser.value(QStringLiteral("sandbox"));
    const int n = parser.value(QStringLiteral("n")).toInt();
    if (n <= 0) {
        return fail(QStringLiteral("--n must be a positive number"));
    }

    QString error;
    BenchWorld world;
    if (!externalSandbox.isEmpty()) {
        world.useSandbox(externalSandbox);
    }
    // Without the replay nothing needs the request bodies: counting them only keeps the memory
    // figure the engine's own.
    world.setRecordBodies(!parser.isSet(QStringLiteral("no-baseline")) && externalSandbox.isEmpty());
    if (!world.setUp(&error)) {
        return fail(error);
    }
    if (!liftLimits(world.client())) {
        return fail(QStringLiteral("could not lift the sandbox's Xero rate limits"));
    }

    // Run 1: reference data (accounts, tax rates) so invoices can use OUTPUT2.
    RunSummary summary;
    qint64 ms = 0;
    if (!world.runSync(&summary, &ms) || summary.result != RunResult::Succeeded) {
        return fail(QStringLiteral("first run failed: ") + summary.message);
    }
    const QList<RecordedRequest> first = world.takeRecorded();
    RecordedRequest tokenRequest;
    for (const RecordedRequest &r : first) {
        if (!r.url.contains("/api.xro/")) {
            tokenRequest = r;
            break;
        }
    }

    QElapsedTimer setup;
    setup.start();
    if (!world.addCustomersAndInvoices(n, &error)) {
        return fail(error);
    }
    std::printf("local data: %d customers + %d invoices in %lld ms (not measured)\n", n, n,
        static_cast<long long>(setup.elapsed()));
    std::fflush(stdout);

    // Run 2: the push (measured).
    BenchReport::resetPeakRss();
    const qint64 rssBefore = BenchReport::currentRssKb();
    if (!world.runSync(&summary, &ms) || summary.result != RunResult::Succeeded) {
        return fail(QStringLiteral("push failed: ") + summary.message + QLatin1Char(' ') + summary.detail);
    }
    const qint64 peakRss = BenchReport::peakRssKb();
    const qint64 pushMs = ms;
    const int pushCreated = summary.counts.created;
    const QList<RecordedRequest> push = world.takeRecorded();
    const CallCount pushCalls = count(push);
    const int batches = 2 * int(std::ceil(n / 50.0));
    const int readTypes = 5; // Accounts, TaxRates, Contacts, Items, Payments: one page each (empty org)
    const int minimum = batches + readTypes;
    const double economy = double(pushCalls.api) / minimum;

    // Run 3: nothing changed, ten minutes later on the sandbox clock (less than the 30-minute
    // token lifetime, so no refresh is counted).
    advanceClock(world.client());
    qint64 pollMs = 0;
    if (!world.runSync(&summary, &pollMs) || summary.result != RunResult::Succeeded) {
        return fail(QStringLiteral("quiet poll failed: ") + summary.message);
    }
    const CallCount pollCalls = count(world.takeRecorded());
    // Run 4: nothing changed again. Run 3 re-reads what the push created after run 2's read
    // watermark (minus the 120 s overlap); from here on a quiet poll is steady.
    qint64 steadyMs = 0;
    if (!world.runSync(&summary, &steadyMs) || summary.result != RunResult::Succeeded) {
        return fail(QStringLiteral("second quiet poll failed: ") + summary.message);
    }
    const CallCount steadyCalls = count(world.takeRecorded());

    QJsonObject figures {
        { QStringLiteral("n"), n },
        { QStringLiteral("push"),
            QJsonObject { { QStringLiteral("calls"), toJson(pushCalls) }, { QStringLiteral("minimum_calls"), minimum },
                { QStringLiteral("economy_ratio"), economy }, { QStringLiteral("elapsed_ms"), pushMs },
                { QStringLiteral("created"), pushCreated } } },
        { QStringLiteral("quiet_poll"),
            QJsonObject { { QStringLiteral("calls"), toJson(pollCalls) }, { QStringLiteral("goal_reads"), readTypes },
                { QStringLiteral("elapsed_ms"), pollMs } } },
        { QStringLiteral("steady_quiet_poll"),
            QJsonObject { { QStringLiteral("calls"), toJson(steadyCalls) }, { QStringLiteral("goal_reads"), readTypes },
                { QStringLiteral("elapsed_ms"), steadyMs } } },
        { QStringLiteral("memory"),
            QJsonObject { { QStringLiteral("rss_before_push_kb"), rssBefore },
                { QStringLiteral("peak_rss_during_push_kb"), peakRss },
                { QStringLiteral("note"),
                    externalSandbox.isEmpty()
                        ? QStringLiteral("whole process: engine thread + in-process sandbox holding the pushed records")
                        : QStringLiteral("engine process only: the sandbox ran in another process") } } },
    };
    std::printf("API economy (N=%d): push used %d API calls (%d reads, %d writes) + %d token; minimum %d "
                "(%d batches + %d reads) -> ratio %.3f (goal <= 1.05); push took %lld ms\n",
        n, pushCalls.api, pushCalls.reads, pushCalls.writes, pushCalls.token, minimum, batches, readTypes, economy,
        static_cast<long long>(pushMs));
    std::printf("first quiet poll after the push: %d API calls (%d GET, %d writes); goal %d GET, 0 writes\n",
        pollCalls.api, pollCalls.reads, pollCalls.writes, readTypes);
    std::printf("steady quiet poll: %d API calls (%d GET, %d writes)\n", steadyCalls.api, steadyCalls.reads,
        steadyCalls.writes);
    std::printf("memory: RSS %lld MB before the push, peak %lld MB during it (%s)\n",
        static_cast<long long>(rssBefore / 1024), static_cast<long long>(peakRss / 1024),
        externalSandbox.isEmpty() ? "whole process incl. sandbox" : "engine process; sandbox in another process");
    std::fflush(stdout);

    // Written now and again after the replay, so a long run that is stopped keeps its figures.
    const QString fileName = externalSandbox.isEmpty() ? QStringLiteral("sync-%1.json").arg(n)
                                                       : QStringLiteral("sync-%1-external-sandbox.json").arg(n);
    if (BenchReport::write(parser.value(QStringLiteral("out")), fileName, QStringLiteral("sync"), figures, &error)
            .isEmpty()) {
        return fail(error);
    }
    if (!parser.isSet(QStringLiteral("no-baseline")) && externalSandbox.isEmpty()) {
        QHash<QString, QString> oldIds;
        const QString tenant = SandboxData::demoTenantId(QStringLiteral("xero"), 0);
        const QJsonArray contacts = world.client()
                                        .get(QStringLiteral("/_sandbox/data/xero/%1/Contacts").arg(tenant))
                                        .json()
                                        .value(QStringLiteral("records"))
                                        .toArray();
        for (const QJsonValue &v : contacts) {
            oldIds.insert(v.toObject().value(QStringLiteral("ContactNumber")).toString(),
                v.toObject().value(QStringLiteral("ContactID")).toString());
        }
        // A second, fresh sandbox in the same process (the engine's is still up but idle).
        SandboxServer target;
        if (target.listen() == 0) {
            return fail(QStringLiteral("second sandbox did not listen"));
        }
        SandboxTestClient targetClient(target.baseUrl());
        if (!liftLimits(targetClient)) {
            return fail(QStringLiteral("could not lift the second sandbox's limits"));
        }
        QList<RecordedRequest> replay;
        for (const RecordedRequest &r : push) {
            if (r.url.contains("/api.xro/")) {
                replay.append(r);
            }
        }
        ReplayBaseline baseline(QUrl(world.server().baseUrl()), QUrl(target.baseUrl()), oldIds);
        const ReplayBaseline::Outcome outcome = baseline.run(tokenRequest, replay);
        if (!outcome.finished) {
            return fail(QStringLiteral("baseline replay did not finish"));
        }
        const double overhead = outcome.elapsedMs > 0 ? double(pushMs) / outcome.elapsedMs : 0.0;
        figures.insert(QStringLiteral("engine_overhead"),
            QJsonObject { { QStringLiteral("engine_ms"), pushMs }, { QStringLiteral("baseline_ms"), outcome.elapsedMs },
                { QStringLiteral("baseline_requests"), outcome.sent }, { QStringLiteral("baseline_2xx"), outcome.ok },
                { QStringLiteral("ratio"), overhead } });
        std::printf("engine overhead: engine %lld ms vs bare replay of the same %d requests %lld ms (%d 2xx) -> "
                    "ratio %.2f (goal <= 1.25)\n",
            static_cast<long long>(pushMs), outcome.sent, static_cast<long long>(outcome.elapsedMs), outcome.ok,
            overhead);
    }

    const QString path =
        BenchReport::write(parser.value(QStringLiteral("out")), fileName, QStringLiteral("sync"), figures, &error);
    if (path.isEmpty()) {
        return fail(error);
    }
    std::printf("written: %s\n", qPrintable(path));
    return 0;
}
