// ledgerlink-bench-ratelimit: issue 9's throughput-at-the-rate-limit figure. The engine pushes N
// customers and N invoices to Xero in the in-process sandbox with Xero's real limits left on
// (60 calls/minute, 5 concurrent, 5,000/day per organisation); the run time on the sandbox's clock
// is compared with the floor those limits allow: minimum calls / 60 per minute.
//
//   ledgerlink-bench-ratelimit [--n 10000] [--time-scale 1] [--out DIR]
//
// --time-scale makes the sandbox clock (and so its rate windows) run faster than real time. The
// engine's pacer waits in real time (Retry-After seconds and the 60 s minute window), so with a
// scale above 1 it waits S times longer than the sandbox asks: the figure that answers the goal
// is the one at scale 1 (see docs/performance.md). Writes DIR/ratelimit-<N>[-scale<S>].json.

#include "benchreport.h"
#include "benchworld.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Ledgerlink;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "ledgerlink-bench-ratelimit: %s\n", qPrintable(message));
    return 1;
}

qint64 sandboxNowMs(SandboxTestClient &client)
{
    return qint64(client.get(QStringLiteral("/_sandbox/clock")).json().value(QStringLiteral("now_ms")).toDouble());
}

/// Xero API requests (not token requests) the sandbox answered since its stats were zeroed.
struct XeroCalls
{
    int api = 0;
    int reads = 0;
    int writes = 0;
    QJsonObject byPath;
};

XeroCalls xeroCalls(const QJsonObject &stats)
{
    XeroCalls c;
    const QJsonObject byPath = stats.value(QStringLiteral("by_path")).toObject();
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if (!it.key().contains(QStringLiteral("/api.xro/2.0/"))) {
            continue;
        }
        const int count = it.value().toInt();
        c.api += count;
        (it.key().startsWith(QStringLiteral("GET ")) ? c.reads : c.writes) += count;
        c.byPath.insert(it.key(), count);
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("n"), QStringLiteral("Customers and invoices to push."), QStringLiteral("N"),
        QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("time-scale"), QStringLiteral("Sandbox clock speed (1 = real time)."),
        QStringLiteral("S"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Directory for the JSON result."), QStringLiteral("DIR"),
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/bench/results") });
    parser.process(app);
    const int n = parser.value(QStringLiteral("n")).toInt();
    const double scale = parser.value(QStringLiteral("time-scale")).toDouble();
    if (n <= 0 || scale <= 0) {
        return fail(QStringLiteral("--n and --time-scale must be positive numbers"));
    }

    QString error;
    BenchWorld world;
    if (!world.setUp(&error)) {
        return fail(error);
    }
    SandboxTestClient &client = world.client();
    // The limits stay as the sandbox starts them (Xero's real ones); only the clock speed changes.
    const QJsonObject limits = client.get(QStringLiteral("/_sandbox/limits")).json();
    client.postJson(QStringLiteral("/_sandbox/clock"), { { QStringLiteral("scale"), scale } });

    RunSummary summary;
    qint64 ms = 0;
    if (!world.runSync(&summary, &ms) || summary.result != RunResult::Succeeded) { // reference data
        return fail(QStringLiteral("first run failed: ") + summary.message);
    }
    if (!world.addCustomersAndInvoices(n, &error)) {
        return fail(error);
    }

    // Every push starts with a full minute budget, as the floor below assumes.
    client.postJson(QStringLiteral("/_sandbox/limits"), { { QStringLiteral("reset_counters"), true } });
    client.send("DELETE", QStringLiteral("/_sandbox/stats"));
    int waits = 0;
    QObject context;
    QObject::connect(
        world.sync().engine(), &SyncEngine::waitingForRateLimit, &context, [&waits]() { ++waits; },
        Qt::QueuedConnection);
    const qint64 sandboxStart = sandboxNowMs(client);
    const bool finished = world.runSync(&summary, &ms, 6 * 60 * 60 * 1000);
    const qint64 sandboxMs = sandboxNowMs(client) - sandboxStart;
    if (!finished || summary.result != RunResult::Succeeded) {
        return fail(QStringLiteral("push failed: ") + summary.message + QLatin1Char(' ') + summary.detail);
    }
    const QJsonObject stats = client.get(QStringLiteral("/_sandbox/stats")).json();
    const XeroCalls calls = xeroCalls(stats);
    const int tooMany = stats.value(QStringLiteral("too_many_requests")).toInt();

    const int batches = 2 * int(std::ceil(n / 50.0));
    const int minimumCalls = batches + 5; // + one page each of Accounts, TaxRates, Contacts, Items, Payments
    // The floor: minimum calls / 60 per minute. A sliding 60 s window lets the first 60 go
    // at once, so the strict floor is one minute less; both are written.
    const double floorMs = minimumCalls / 60.0 * 60000.0;
    const double windowFloorMs = (std::ceil(minimumCalls / 60.0) - 1) * 60000.0;
    const double ratio = sandboxMs / floorMs;

    const QJsonObject figures {
        { QStringLiteral("n"), n },
        { QStringLiteral("time_scale"), scale },
        { QStringLiteral("limits"), limits },
        { QStringLiteral("created"), summary.counts.created },
        { QStringLiteral("api_calls"), calls.api },
        { QStringLiteral("reads"), calls.reads },
        { QStringLiteral("writes"), calls.writes },
        { QStringLiteral("by_path"), calls.byPath },
        { QStringLiteral("minimum_calls"), minimumCalls },
        { QStringLiteral("replies_429"), tooMany },
        { QStringLiteral("replies_by_status"), stats.value(QStringLiteral("by_status")) },
        { QStringLiteral("rate_limit_waits_signalled"), waits },
        { QStringLiteral("sandbox_ms"), sandboxMs },
        { QStringLiteral("wall_ms"), ms },
        { QStringLiteral("floor_ms"), floorMs },
        { QStringLiteral("sliding_window_floor_ms"), windowFloorMs },
        { QStringLiteral("ratio"), ratio },
        { QStringLiteral("ratio_to_sliding_window_floor"), windowFloorMs > 0 ? sandboxMs / windowFloorMs : 0.0 },
    };
    std::printf("Xero push of %d customers + %d invoices with the real limits (time scale %g):\n"
                "  %d API calls (%d reads, %d writes; minimum %d), %d replies 429, %d rate-limit waits\n"
                "  run time %.1f s sandbox time (%.1f s wall) vs floor %.1f s (%d calls / 60 per minute)"
                " -> ratio %.3f (goal <= 1.10, zero 429)\n",
        n, n, scale, calls.api, calls.reads, calls.writes, minimumCalls, tooMany, waits, sandboxMs / 1000.0,
        ms / 1000.0, floorMs / 1000.0, minimumCalls, ratio);
    const QString name = scale == 1.0 ? QStringLiteral("ratelimit-%1.json").arg(n)
                                      : QStringLiteral("ratelimit-%1-scale%2.json").arg(n).arg(scale);
    const QString path =
        BenchReport::write(parser.value(QStringLiteral("out")), name, QStringLiteral("ratelimit"), figures, &error);
    if (path.isEmpty()) {
        return fail(error);
    }
    std::printf("written: %s\n", qPrintable(path));
    return 0;
}
