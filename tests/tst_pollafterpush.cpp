// The first poll after a push (issue #6, docs/performance.md): the records the engine wrote come
// back in the next incremental read. They cannot be left out without risking other users' changes
// in the same window, so they are re-read - in the provider's largest pages, and applied as
// nothing (same version as the link). Against the sandbox's Xero over real HTTP.
#include "sync/runcontext.h"
#include "tst_syncfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Ledgerlink;

class tst_PollAfterPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushedContactsComeBackInOnePageAndChangeNothing();

private:
    int contactReads(SyncFixture &fx);
};

int tst_PollAfterPush::contactReads(SyncFixture &fx)
{
    const QJsonObject byPath = fx.stats().value(QStringLiteral("by_path")).toObject();
    int n = 0;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("GET ")) && it.key().endsWith(QLatin1String("/Contacts"))) {
            n += it.value().toInt();
        }
    }
    return n;
}

void tst_PollAfterPush::pushedContactsComeBackInOnePageAndChangeNothing()
{
    SyncFixture fx;
    QVERIFY(fx.setUp());
    for (int i = 0; i < 250; ++i) {
        QVERIFY(fx.addCustomer(QStringLiteral("Pushed Customer %1").arg(i)).id != 0);
    }
    const RunSummary pushed = fx.runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    QVERIFY(pushed.counts.created >= 250);
    const int remote = int(fx.remote(QStringLiteral("Contacts")).size());
    QVERIFY(remote > 200); // more than two of the usual 100-record pages come back

    // Ten minutes pass: what the next read returns is what changed since the first one started.
    fx.client().postJson(QStringLiteral("/_sandbox/clock"), { { QStringLiteral("advance_seconds"), 600 } });
    fx.resetStats();
    const RunSummary second = fx.runSync();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(contactReads(fx), 1); // one page of up to 1,000 instead of ceil(remote / 100)
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.updated, 0); // our own records, same versions: nothing applied
    QCOMPARE(second.counts.failed, 0);

    // The poll after that reads only what changed since the second started: nothing, one page.
    fx.resetStats();
    QCOMPARE(fx.runSync().result, RunResult::Succeeded);
    QCOMPARE(contactReads(fx), 1);
    QCOMPARE(int(fx.remote(QStringLiteral("Contacts")).size()), remote);
}

QTEST_GUILESS_MAIN(tst_PollAfterPush)
#include "tst_pollafterpush.moc"
