// Kill-safety on QuickBooks Online, Sage and MYOB (Xero: tst_synckill): a separate process pushes
// many invoices and is SIGKILLed at random moments, again and again, then restarted until a run
// completes. Exactly one remote invoice per local one must exist at the end - none twice, none lost.
//   LEDGERLINK_KILL_INVOICES=n       invoices to push (default 2,000)
//   LEDGERLINK_LONG_RELIABILITY=1    20 kills inside the push instead of 3
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "sync/runcontext.h"
#include "tst_myobfixture.h"
#include "tst_qbofixture.h"
#include "tst_sagefixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>

using namespace Ledgerlink;

class tst_ProviderKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qbo();
    void sage();
    void myob();

private:
    template <class Fixture> void killedPush(const QString &invoiceEntity, const QString &numberField);
};

void tst_ProviderKill::qbo()
{
    killedPush<QboFixture>(QStringLiteral("Invoice"), QStringLiteral("DocNumber"));
}

void tst_ProviderKill::sage()
{
    killedPush<SageFixture>(QStringLiteral("sales_invoices"), QStringLiteral("reference"));
}

void tst_ProviderKill::myob()
{
    killedPush<MyobFixture>(QStringLiteral("Sale/Invoice/Service"), QStringLiteral("Number"));
}

template <class Fixture> void tst_ProviderKill::killedPush(const QString &invoiceEntity, const QString &numberField)
{
    const bool longMode = qEnvironmentVariableIntValue("LEDGERLINK_LONG_RELIABILITY") == 1;
    const int count = qEnvironmentVariableIsSet("LEDGERLINK_KILL_INVOICES")
        ? qEnvironmentVariableIntValue("LEDGERLINK_KILL_INVOICES")
        : 2000;
    const int wantedKills = longMode ? 20 : 3;

    Fixture fx;
    QVERIFY(fx.setUp());
    const Customer customer = fx.addCustomer(QStringLiteral("Big Customer"));
    QVERIFY(customer.id != 0);
    const RunSummary first = fx.runSync();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(first.message + QLatin1Char(' ') + first.detail));
    InvoiceRepository invoices(fx.database(), Clock::system());
    for (int i = 0; i < count; ++i) {
        const Invoice inv =
            fx.addInvoice(customer.id, QStringLiteral("K-%1").arg(i, 5, 10, QLatin1Char('0')), 1000 + i);
        QVERIFY(inv.id != 0);
        QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment).ok());
    }

    // The helper gets its own grant (another consent), so the fixture's engine keeps its tokens.
    const QString token = Fixture::connect(fx.client()).value(QStringLiteral("access_token")).toString();
    QVERIFY(!token.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEDGERLINK_KILL_ACCESS_TOKEN"), token);

    const QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_providerkill_helper");
    const QString databasePath = fx.database().location().filePath();
    const QStringList arguments { databasePath, fx.server().baseUrl(), fx.integration().id };
    int kills = 0;
    int killsMidPush = 0; // some invoices up, some not: the kill hit the push itself
    int earliestMs = 150; // grows while kills land before the push has begun (big local queues)
    bool completed = false;
    for (int attempt = 0; attempt < wantedKills + 30 && !completed; ++attempt) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(helper, arguments);
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        // Let it work for a random moment, then SIGKILL (QProcess::kill) - unless it already ended.
        const int lifetimeMs = earliestMs + int(QRandomGenerator::global()->bounded(900));
        // The sandbox lives on this thread: keep serving it while the helper works.
        const bool ended =
            QTest::qWaitFor([&process]() { return process.state() == QProcess::NotRunning; }, lifetimeMs);
        if (!ended && killsMidPush < wantedKills) {
            process.kill();
            ++kills;
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120000);
            const int up = int(fx.remote(invoiceEntity).size());
            killsMidPush += up > 0 && up < count ? 1 : 0;
            earliestMs += up == 0 ? 500 : 0;
        }
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120000);
        completed = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    QVERIFY(completed);
    QVERIFY2(kills > 0, "the helper always finished before it could be killed: push more invoices");

    // One more run in this process, then count.
    const RunSummary last = fx.runSync();
    QVERIFY2(last.result == RunResult::Succeeded, qPrintable(last.message + QLatin1Char(' ') + last.detail));
    QHash<QString, int> remote;
    for (const QJsonValue &v : fx.remote(invoiceEntity)) {
        const QString number = v.toObject().value(numberField).toString();
        QVERIFY2(!remote.contains(number), qPrintable(QStringLiteral("%1 is there twice").arg(number)));
        ++remote[number];
    }
    QCOMPARE(remote.size(), count);
    LinkRepository links(fx.database(), Clock::system());
    auto pending = links.pendingWrites(fx.integration().id);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 0);
    QVERIFY2(killsMidPush > 0, "no kill landed inside the invoice push");
    qInfo("%d invoices, %d kills, %d of them mid-push", count, kills, killsMidPush);
}

QTEST_GUILESS_MAIN(tst_ProviderKill)
#include "tst_providerkill.moc"
