// QuickBooks Online rules of issue #6 (second round) against the sandbox over real HTTP: a 429
// without Retry-After holds the queue 60 s (RequestPacer::Options::default429WaitSeconds), and a
// local Void voids the QBO invoice (operation "void") instead of deleting it. After a crash
// between the journal and QBO's reply, a customer is found again by its DisplayName.
#include "auth/providerendpoints.h"
#include "mockclock.h"
#include "providers/qboclient.h"
#include "store/customerrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "sync/runcontext.h"
#include "tst_qbofixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

class tst_QboRules2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttleWithoutRetryAfterWaits_data();
    void throttleWithoutRetryAfterWaits();
    void voidedInvoiceIsVoidedNotDeleted();
    void crashAfterCustomerCreateIsRecoveredByDisplayName();
};

void tst_QboRules2::throttleWithoutRetryAfterWaits_data()
{
    QTest::addColumn<int>("configured");
    QTest::addColumn<int>("expectedSeconds");
    QTest::newRow("QBO default") << 0 << 60;
    QTest::newRow("set for a test") << 2 << 2;
}

void tst_QboRules2::throttleWithoutRetryAfterWaits()
{
    QFETCH(int, configured);
    QFETCH(int, expectedSeconds);
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient client(server.baseUrl());
    const QJsonObject grant = QboFixture::connect(client);
    QVERIFY(!grant.value(QStringLiteral("access_token")).toString().isEmpty());
    // One request a second: of three sent at once, QBO throttles the others (Fault 3001, no Retry-After).
    client.postJson(QStringLiteral("/_sandbox/limits"),
        { { QStringLiteral("provider"), QStringLiteral("qbo") }, { QStringLiteral("defaults"), true },
            { QStringLiteral("per_second"), 1 } });
    QNetworkAccessManager network;
    const QUrl base(server.baseUrl());
    QboTestTokenSource tokens(&network, base, grant.value(QStringLiteral("access_token")).toString(),
        grant.value(QStringLiteral("refresh_token")).toString());
    MockClock clock;
    const QDateTime start = clock.now();
    QboClient::Config config;
    config.apiBaseUrl = ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Qbo, base).apiBaseUrl;
    config.realmId = QboFixture::realm();
    config.pacing.default429WaitSeconds = configured;
    auto qbo = std::make_unique<QboClient>(&network, &tokens, config, clock);
    QSignalSpy waiting(qbo.get(), &ProviderClient::waitingForRateLimit);
    int answered = 0;
    for (int i = 0; i < 3; ++i) {
        qbo->listContacts({}, [&answered](const Result<RemotePage<RemoteContact>> &) { ++answered; });
    }
    QVERIFY(waiting.wait(10000));
    // The mock clock stands still: the announced end of the wait is exactly the wait.
    QCOMPARE(start.secsTo(waiting.first().at(0).toDateTime()), qint64(expectedSeconds));
    QVERIFY(answered < 3); // the throttled requests were held back, not handed to the caller
    qbo.reset(); // pending callbacks are dropped with the client
}

void tst_QboRules2::voidedInvoiceIsVoidedNotDeleted()
{
    QboFixture fx;
    QVERIFY(fx.setUp());
    const Customer c = fx.addCustomer(QStringLiteral("Void Customer"));
    InvoiceRepository invoices(fx.database(), Clock::system());
    const Invoice inv = fx.addInvoice(c.id, QStringLiteral("LL-QVOID-1"), 10000);
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(fx.runSync().result, RunResult::Succeeded);
    const auto link =
        LinkRepository(fx.database(), Clock::system()).findByLocal(fx.integration().id, SyncEntity::invoice(), inv.id);
    QVERIFY(link && link->has_value());
    const QString remoteId = link->value().remoteId;

    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::Void));
    fx.resetStats();
    const RunSummary voided = fx.runSync();
    QVERIFY2(voided.result == RunResult::Succeeded, qPrintable(voided.message + QLatin1Char(' ') + voided.detail));
    bool found = false;
    for (const QJsonValue &v : fx.remote(QStringLiteral("Invoice"))) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("Id")).toString() != remoteId) {
            continue;
        }
        found = true;
        QVERIFY(o.value(QStringLiteral("status")).toString() != QLatin1String("Deleted"));
        QCOMPARE(o.value(QStringLiteral("TotalAmt")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("Balance")).toDouble(), 0.0);
        QVERIFY(o.value(QStringLiteral("PrivateNote")).toString().startsWith(QLatin1String("Voided")));
    }
    QVERIFY(found); // still there: voided, not deleted
    QCOMPARE(fx.requests(QStringLiteral("POST"), QStringLiteral("batch")), 1);
}

void tst_QboRules2::crashAfterCustomerCreateIsRecoveredByDisplayName()
{
    QboFixture fx;
    QVERIFY(fx.setUp());
    QCOMPARE(fx.runSync().result, RunResult::Succeeded); // activation done
    // An apostrophe: the query must escape it (\') or QBO refuses the query.
    const QString name = QStringLiteral("O'Brien's Bakery");
    const Customer c = fx.addCustomer(name);
    const Customer other = fx.addCustomer(QStringLiteral("Never Sent Ltd"));
    // The process died after QBO created the customer and before completeWrite: the journal has
    // a PENDING link without remote id for each; QBO has only the first.
    LinkRepository links(fx.database(), Clock::system());
    QVERIFY(links.beginWrite(fx.integration().id, SyncEntity::customer(), c.id, RunContext::localVersion(c.updatedAt)));
    QVERIFY(links.beginWrite(
        fx.integration().id, SyncEntity::customer(), other.id, RunContext::localVersion(other.updatedAt)));
    const HttpResult made = fx.api("POST", QStringLiteral("customer"), { { QStringLiteral("DisplayName"), name } });
    QCOMPARE(made.status, 200);
    const QString existing =
        made.json().value(QStringLiteral("Customer")).toObject().value(QStringLiteral("Id")).toString();
    QVERIFY(!existing.isEmpty());

    const RunSummary summary = fx.runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 0);
    auto link = links.findByLocal(fx.integration().id, SyncEntity::customer(), c.id);
    QCOMPARE(link->value().state, LinkState::Linked);
    QCOMPARE(link->value().remoteId, existing); // found, not created again (6240) nor imported
    int named = 0;
    for (const QJsonValue &v : fx.remote(QStringLiteral("Customer"))) {
        named += v.toObject().value(QStringLiteral("DisplayName")).toString() == name ? 1 : 0;
    }
    QCOMPARE(named, 1);
    QCOMPARE(int(CustomerRepository(fx.database(), Clock::system()).page(0, 10)->size()), 2);
    // The one QBO never got is not found and so sent.
    auto sent = links.findByLocal(fx.integration().id, SyncEntity::customer(), other.id);
    QCOMPARE(sent->value().state, LinkState::Linked);
    QVERIFY(!sent->value().remoteId.isEmpty());
}

QTEST_GUILESS_MAIN(tst_QboRules2)
#include "tst_qborules2.moc"
