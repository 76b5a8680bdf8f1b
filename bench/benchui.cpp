// ledgerlink-bench-ui: issue 9's UI responsiveness figure. The real MainWindow, wired to the sync
// engine's signals as DesktopApp wires it, stays on screen while the engine pushes N customers and
// N invoices to Xero; a timer on the GUI thread measures how late each of its ticks fires. The
// sandbox runs on a thread of its own (SandboxThread), so only the application's own work can
// delay the GUI thread. Baseline: the same probe on the idle window, in the same run.
//
//   ledgerlink-bench-ui [--n 10000] [--out DIR]      (offscreen unless QT_QPA_PLATFORM says otherwise)

#include "appcontext.h"
#include "benchreport.h"
#include "benchworld.h"
#include "mainwindow.h"
#include "sandboxthread.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Ledgerlink;

namespace {

/// Lateness of a periodic GUI-thread timer: each tick's delay past its due time, in ms.
class StallProbe
{
public:
    explicit StallProbe(int intervalMs)
        : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_lateMs << std::max(0.0, double(now - m_last) / 1e6 - m_intervalMs);
            }
            m_last = now;
        });
    }
    void start()
    {
        m_lateMs.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    struct Figures
    {
        int ticks = 0;
        double maxMs = 0;
        double p99Ms = 0;
        int over16 = 0;
        int over50 = 0;
    };
    Figures figures() const
    {
        Figures f;
        QList<double> sorted = m_lateMs;
        std::sort(sorted.begin(), sorted.end());
        f.ticks = int(sorted.size());
        if (sorted.isEmpty()) {
            return f;
        }
        f.maxMs = sorted.last();
        f.p99Ms = sorted.at(std::min(qsizetype(sorted.size() - 1), qsizetype(double(sorted.size()) * 0.99)));
        f.over16 = int(std::count_if(sorted.cbegin(), sorted.cend(), [](double v) { return v > 16; }));
        f.over50 = int(std::count_if(sorted.cbegin(), sorted.cend(), [](double v) { return v > 50; }));
        return f;
    }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<double> m_lateMs;
};

QJsonObject toJson(const StallProbe::Figures &f)
{
    return { { QStringLiteral("ticks"), f.ticks }, { QStringLiteral("max_ms"), f.maxMs },
        { QStringLiteral("p99_ms"), f.p99Ms }, { QStringLiteral("over_16ms"), f.over16 },
        { QStringLiteral("over_50ms"), f.over50 } };
}

int fail(const QString &message)
{
    std::fprintf(stderr, "ledgerlink-bench-ui: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("n"), QStringLiteral("Customers and invoices to push."), QStringLiteral("N"),
        QStringLiteral("10000") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Directory for the JSON result."), QStringLiteral("DIR"),
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/bench/results") });
    parser.process(app);
    const int n = parser.value(QStringLiteral("n")).toInt();
    if (n <= 0) {
        return fail(QStringLiteral("--n must be a positive number"));
    }

    SandboxThread sandbox;
    if (sandbox.start() == 0) {
        return fail(QStringLiteral("the sandbox did not listen"));
    }
    BenchWorld world;
    world.useSandbox(sandbox.baseUrl());
    QString error;
    if (!world.setUp(&error)) {
        return fail(error);
    }
    world.client().postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("xero") }, { QStringLiteral("lift"), true } });
    RunSummary summary;
    qint64 ms = 0;
    if (!world.runSync(&summary, &ms) || summary.result != RunResult::Succeeded) { // reference data
        return fail(QStringLiteral("the first sync failed: ") + summary.message);
    }
    if (!world.addCustomersAndInvoices(n, &error)) {
        return fail(error);
    }

    AppOptions options;
    options.database = world.databasePath();
    auto context = AppContext::create(options);
    if (!context) {
        return fail(context.error().toString());
    }
    MainWindow window(*context.value());
    // Wired by the same call as DesktopApp::connectWindow: progress reaches the window as in the app.
    SyncEngine *engine = world.sync().engine();
    window.followEngine(engine);
    window.resize(1100, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return fail(QStringLiteral("the main window was not shown"));
    }
    window.showPage(MainWindow::Page::Integrations);

    // A plain event loop, as in the application: QTest::qWait would sleep 10 ms between its slices
    // and show up as lateness of its own.
    StallProbe probe(5);
    QEventLoop loop;
    probe.start();
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const StallProbe::Figures idle = probe.figures();

    bool done = false;
    QObject::connect(
        engine, &SyncEngine::runFinished, &loop,
        [&](const RunSummary &finished) {
            summary = finished;
            done = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(60 * 60 * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer pushTimer;
    probe.start();
    pushTimer.start();
    world.sync().requestRun(world.integration().id, QStringLiteral("bench"), false);
    loop.exec();
    ms = pushTimer.elapsed();
    probe.stop();
    const StallProbe::Figures busy = probe.figures();
    if (!done || summary.result != RunResult::Succeeded) {
        return fail(QStringLiteral("the push did not succeed: ") + summary.message);
    }

    std::printf("GUI thread during a push of %d customers + %d invoices (%lld ms, %d ticks of 5 ms):\n"
                "  max late %.1f ms (goal < 50), p99 %.1f ms (goal < 16), %d ticks > 16 ms, %d > 50 ms\n"
                "idle baseline (3 s, %d ticks): max %.1f ms, p99 %.1f ms -> p99 ratio %.2f\n",
        n, n, static_cast<long long>(ms), busy.ticks, busy.maxMs, busy.p99Ms, busy.over16, busy.over50, idle.ticks,
        idle.maxMs, idle.p99Ms, idle.p99Ms > 0 ? busy.p99Ms / idle.p99Ms : 0.0);
    const QString path = BenchReport::write(parser.value(QStringLiteral("out")), QStringLiteral("ui-%1.json").arg(n),
        QStringLiteral("ui"),
        { { QStringLiteral("n"), n }, { QStringLiteral("push_ms"), ms },
            { QStringLiteral("during_sync"), toJson(busy) }, { QStringLiteral("idle"), toJson(idle) },
            { QStringLiteral("platform"), QGuiApplication::platformName() } },
        &error);
    if (path.isEmpty()) {
        return fail(error);
    }
    std::printf("written to %s\n", qPrintable(path));
    return 0;
}
