// ledgerlink-bench-startup: issue 9's start-up figure: time from nothing to a shown main window
// (store opened, MainWindow constructed, shown, exposed) with a business of N invoices, against
// an empty database, in the same run. Offscreen unless QT_QPA_PLATFORM says otherwise.
//
//   ledgerlink-bench-startup [--invoices 100000] [--history 1000000] [--repeat 3] [--out DIR]

#include "appcontext.h"
#include "benchreport.h"
#include "mainwindow.h"
#include "store/demodatagenerator.h"
#include "testprofile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Ledgerlink;

namespace {

/// One cold-ish start in this process: AppContext (opens and migrates the store) + MainWindow
/// shown and exposed. Returns milliseconds, -1 on failure.
qint64 timeStart(const QString &profile)
{
    QElapsedTimer timer;
    timer.start();
    AppOptions options;
    options.profileDir = profile;
    auto context = AppContext::create(options);
    if (!context) {
        std::fprintf(stderr, "%s\n", qPrintable(context.error().toString()));
        return -1;
    }
    MainWindow window(**context);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return -1;
    }
    QCoreApplication::processEvents(); // queued first-page loads
    return timer.elapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
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
    parser.addOption({ QStringLiteral("invoices"), QStringLiteral("Invoices in the large database."),
        QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("history"), QStringLiteral("Sync history rows in the large database."),
        QStringLiteral("N"), QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("repeat"), QStringLiteral("Starts per database (median reported)."),
        QStringLiteral("R"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Directory for the JSON result."), QStringLiteral("DIR"),
        QStringLiteral(LEDGERLINK_SOURCE_DIR "/bench/results") });
    parser.process(app);
    const int invoices = parser.value(QStringLiteral("invoices")).toInt();
    const int history = std::max(0, parser.value(QStringLiteral("history")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    TestProfile empty;
    TestProfile large;
    {
        AppOptions options;
        options.profileDir = large.path();
        auto context = AppContext::create(options);
        if (!context) {
            std::fprintf(stderr, "%s\n", qPrintable(context.error().toString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        DemoDataSize size;
        size.customers = std::max(60, invoices / 100);
        size.invoices = invoices;
        size.historyRows = history;
        if (Status made = DemoDataGenerator((*context)->database()).generate(size); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().toString()));
            return 1;
        }
        std::printf("generated %d invoices and %d history rows in %lld ms (not measured)\n", invoices, history,
            static_cast<long long>(timer.elapsed()));
    }
    if (timeStart(empty.path()) < 0) { // creates and migrates the empty store; not counted
        return 1;
    }
    QList<qint64> emptyMs;
    QList<qint64> largeMs;
    for (int i = 0; i < repeat; ++i) {
        emptyMs << timeStart(empty.path());
        largeMs << timeStart(large.path());
    }
    const qint64 e = median(emptyMs);
    const qint64 l = median(largeMs);
    if (e <= 0 || l <= 0) {
        return 1;
    }
    const double ratio = double(l) / double(e);
    std::printf("start-up to a shown main window: empty %lld ms, %d invoices + %d history rows %lld ms (median of "
                "%d) -> ratio %.2f (goal <= 1.5)\n",
        static_cast<long long>(e), invoices, history, static_cast<long long>(l), repeat, ratio);
    auto list = [](const QList<qint64> &v) {
        QJsonArray a;
        for (qint64 x : v) {
            a.append(x);
        }
        return a;
    };
    QString error;
    const QString path = BenchReport::write(parser.value(QStringLiteral("out")),
        QStringLiteral("startup-%1.json").arg(invoices), QStringLiteral("startup"),
        { { QStringLiteral("invoices"), invoices }, { QStringLiteral("empty_ms"), list(emptyMs) },
            { QStringLiteral("large_ms"), list(largeMs) }, { QStringLiteral("empty_median_ms"), e },
            { QStringLiteral("large_median_ms"), l }, { QStringLiteral("ratio"), ratio },
            { QStringLiteral("history_rows"), history },
            { QStringLiteral("platform"), QGuiApplication::platformName() } },
        &error);
    if (path.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("written: %s\n", qPrintable(path));
    return 0;
}
