// ProgressThrottle: a run's progress reaches the GUI thread at most every ~100 ms or 1 %, with
// each phase's first and last update always delivered.
#include "sync/progressthrottle.h"

#include <QTest>

using namespace Ledgerlink;

class tst_ProgressThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandRecordsInOneBurstGiveAboutAHundredUpdates();
    void slowSmallStepsGoOutEveryInterval();
    void firstAndLastOfEachPhaseAlwaysGoOut();
    void nothingNewIsNotRepeated();
};

void tst_ProgressThrottle::tenThousandRecordsInOneBurstGiveAboutAHundredUpdates()
{
    ProgressThrottle throttle;
    int accepted = 0;
    bool lastAccepted = false;
    for (int done = 0; done <= 10000; ++done) {
        lastAccepted = throttle.accept(QStringLiteral("customers"), done, 10000, 1000); // same instant
        accepted += lastAccepted ? 1 : 0;
    }
    QVERIFY(lastAccepted);
    QVERIFY2(accepted >= 100 && accepted <= 102, qPrintable(QString::number(accepted)));
}

void tst_ProgressThrottle::slowSmallStepsGoOutEveryInterval()
{
    ProgressThrottle throttle(100);
    QVERIFY(throttle.accept(QStringLiteral("items"), 0, 100000, 0));
    QVERIFY(!throttle.accept(QStringLiteral("items"), 1, 100000, 50)); // 0.001 %, 50 ms
    QVERIFY(throttle.accept(QStringLiteral("items"), 2, 100000, 100)); // 100 ms passed
    QVERIFY(!throttle.accept(QStringLiteral("items"), 3, 100000, 199));
    QVERIFY(throttle.accept(QStringLiteral("items"), 4, 100000, 200));
}

void tst_ProgressThrottle::firstAndLastOfEachPhaseAlwaysGoOut()
{
    ProgressThrottle throttle;
    QVERIFY(throttle.accept(QStringLiteral("customers"), 0, 0, 0)); // phase start marker
    QVERIFY(!throttle.accept(QStringLiteral("customers"), 2, 1000, 1)); // 0.2 %, 1 ms later
    QVERIFY(throttle.accept(QStringLiteral("customers"), 1000, 1000, 2)); // the last one
    QVERIFY(throttle.accept(QStringLiteral("invoices"), 0, 0, 2)); // a new phase, same instant
    QVERIFY(!throttle.accept(QStringLiteral("invoices"), 1, 5000, 2)); // 0.02 %, same instant
    QVERIFY(throttle.accept(QStringLiteral("invoices"), 5000, 5000, 2)); // the last one
}

void tst_ProgressThrottle::nothingNewIsNotRepeated()
{
    ProgressThrottle throttle;
    QVERIFY(throttle.accept(QStringLiteral("payments"), 10, 1000, 0));
    QVERIFY(!throttle.accept(QStringLiteral("payments"), 10, 1000, 5000)); // time passed, no progress
}

QTEST_GUILESS_MAIN(tst_ProgressThrottle)
#include "tst_progressthrottle.moc"
