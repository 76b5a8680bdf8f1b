// Sync engine rules of issue #6 against the sandbox's QuickBooks Online over real HTTP: the
// wizard's matching table, retry of a run's failed records, and local payments pushed.
// (Xero: tst_syncrules.cpp.)
#include "store/customerrepository.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "store/paymentrepository.h"
#include "sync/runcontext.h"
#include "sync/syncengine.h"
#include "tst_qbofixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ledgerlink;

class tst_QboRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchingTableLinksSkipsAndLeavesTheRestAutomatic();
    void matchingTableWithUnknownRemoteFailsWithoutDuplicates();
    void retryReattemptsOnlyTheFailedRecords();
    void localPaymentsOfPushedInvoicesArePushedOnce();

private:
    RunSummary retry(qint64 runId);
    void setSettings(const QJsonObject &settings);
    QString remoteIdOf(const QString &entity, qint64 localId);
    QString createCustomer(const QString &name);
    QList<SyncItem> items(qint64 runId, bool failedOnly = false);

    std::unique_ptr<QboFixture> m_fx;
};

void tst_QboRules::init()
{
    m_fx = std::make_unique<QboFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_QboRules::cleanup()
{
    m_fx.reset();
}

void tst_QboRules::setSettings(const QJsonObject &settings)
{
    IntegrationRepository repository(m_fx->database(), Clock::system());
    Integration i = repository.findById(m_fx->integration().id).value();
    i.settings = settings;
    QVERIFY(repository.update(i));
}

QString tst_QboRules::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link = LinkRepository(m_fx->database(), Clock::system()).findByLocal(m_fx->integration().id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

QString tst_QboRules::createCustomer(const QString &name)
{
    const HttpResult r = m_fx->api("POST", QStringLiteral("customer"), { { QStringLiteral("DisplayName"), name } });
    return r.json().value(QStringLiteral("Customer")).toObject().value(QStringLiteral("Id")).toString();
}

QList<SyncItem> tst_QboRules::items(qint64 runId, bool failedOnly)
{
    return HistoryRepository(m_fx->database(), Clock::system()).items(runId, failedOnly).value();
}

RunSummary tst_QboRules::retry(qint64 runId)
{
    std::optional<RunSummary> summary;
    QObject context;
    connect(
        m_fx->sync().engine(), &SyncEngine::runFinished, &context, [&summary](const RunSummary &s) { summary = s; },
        Qt::QueuedConnection);
    m_fx->sync().requestRetryFailed(m_fx->integration().id, runId);
    if (!QTest::qWaitFor([&summary]() { return summary.has_value(); }, 60000)) {
        return {};
    }
    return *summary;
}

void tst_QboRules::matchingTableLinksSkipsAndLeavesTheRestAutomatic()
{
    const QString acmeRemote = createCustomer(QStringLiteral("Acme Ltd"));
    const QString zedRemote = createCustomer(QStringLiteral("Zed Holdings"));
    createCustomer(QStringLiteral("Skippy"));
    QVERIFY(!acmeRemote.isEmpty() && !zedRemote.isEmpty());
    const Customer acme = m_fx->addCustomer(QStringLiteral("ACME Limited"));
    const Customer skippy = m_fx->addCustomer(QStringLiteral("Skippy"));
    const Customer plain = m_fx->addCustomer(QStringLiteral("Plain Local"));
    const Invoice skippedInvoice = m_fx->addInvoice(skippy.id, QStringLiteral("LL-SKIP-1"), 1000);
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system())
                .setStatus(skippedInvoice.id, InvoiceStatus::PendingPayment));
    setSettings({ { QStringLiteral("customer_matching"),
        QJsonObject { { QStringLiteral("link"), QJsonObject { { QString::number(acme.id), zedRemote } } },
            { QStringLiteral("skip"), QJsonArray { double(skippy.id) } } } } });

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(remoteIdOf(SyncEntity::customer(), acme.id), zedRemote);
    QVERIFY(remoteIdOf(SyncEntity::customer(), skippy.id).isEmpty());
    QVERIFY(!remoteIdOf(SyncEntity::customer(), plain.id).isEmpty());
    QCOMPARE(m_fx->remote(QStringLiteral("Customer")).size(), 4); // three remote + Plain Local
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size(), 4); // + Acme Ltd
    QCOMPARE(m_fx->remote(QStringLiteral("Invoice")).size(), 0);
    bool invoiceSkipped = false;
    for (const SyncItem &item : items(summary.runId)) {
        if (item.entity == SyncEntity::invoice() && item.localId == skippedInvoice.id) {
            invoiceSkipped = item.outcome == ItemOutcome::Skipped && item.errorMessage.contains(QLatin1String("skip"));
        }
    }
    QVERIFY(invoiceSkipped);
}

void tst_QboRules::matchingTableWithUnknownRemoteFailsWithoutDuplicates()
{
    const Customer wrong = m_fx->addCustomer(QStringLiteral("Wrong Answer"));
    m_fx->addCustomer(QStringLiteral("Fine Customer"));
    setSettings({ { QStringLiteral("customer_matching"),
        QJsonObject {
            { QStringLiteral("link"), QJsonObject { { QString::number(wrong.id), QStringLiteral("999999") } } } } } });
    const RunSummary first = m_fx->runSync();
    QCOMPARE(first.result, RunResult::PartlyFailed);
    const QList<SyncItem> failed = items(first.runId, true);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().localId, wrong.id);
    QVERIFY(failed.first().errorMessage.contains(QLatin1String("no such contact")));
    QVERIFY(remoteIdOf(SyncEntity::customer(), wrong.id).isEmpty());
    QCOMPARE(m_fx->remote(QStringLiteral("Customer")).size(), 1); // Fine Customer only

    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::PartlyFailed);
    QCOMPARE(m_fx->remote(QStringLiteral("Customer")).size(), 1);
}

void tst_QboRules::retryReattemptsOnlyTheFailedRecords()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Retry Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    // Someone typed our next numbers into QBO by hand: QBO refuses the duplicate DocNumbers.
    for (const QString &number : { QStringLiteral("LL-9001"), QStringLiteral("LL-9002") }) {
        QVERIFY(!m_fx->api("POST", QStringLiteral("invoice"),
                         { { QStringLiteral("CustomerRef"),
                               QJsonObject { { QStringLiteral("value"), remoteIdOf(SyncEntity::customer(), c.id) } } },
                             { QStringLiteral("DocNumber"), number },
                             { QStringLiteral("Line"),
                                 QJsonArray { QJsonObject { { QStringLiteral("Amount"), 1.0 },
                                     { QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail") },
                                     { QStringLiteral("SalesItemLineDetail"), QJsonObject() } } } } })
                     .json()
                     .value(QStringLiteral("Invoice"))
                     .toObject()
                     .value(QStringLiteral("Id"))
                     .toString()
                     .isEmpty());
    }
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    Invoice fixable = m_fx->addInvoice(c.id, QStringLiteral("LL-9001"), 1000);
    const Invoice stillBad = m_fx->addInvoice(c.id, QStringLiteral("LL-9002"), 1000);
    QVERIFY(invoices.setStatus(fixable.id, InvoiceStatus::PendingPayment));
    QVERIFY(invoices.setStatus(stillBad.id, InvoiceStatus::PendingPayment));
    const RunSummary first = m_fx->runSync();
    QCOMPARE(first.result, RunResult::PartlyFailed);
    QCOMPARE(first.counts.failed, 2);

    fixable = invoices.findById(fixable.id).value();
    fixable.number = QStringLiteral("LL-9101");
    QVERIFY(invoices.update(fixable));
    const Invoice newcomer = m_fx->addInvoice(c.id, QStringLiteral("LL-9102"), 1000);
    QVERIFY(invoices.setStatus(newcomer.id, InvoiceStatus::PendingPayment));

    const RunSummary retried = retry(first.runId);
    QVERIFY(retried.runId != 0);
    QCOMPARE(retried.result, RunResult::PartlyFailed);
    QCOMPARE(retried.counts.failed, 1);
    QVERIFY(!remoteIdOf(SyncEntity::invoice(), fixable.id).isEmpty());
    QVERIFY(remoteIdOf(SyncEntity::invoice(), newcomer.id).isEmpty());
    const QList<SyncItem> failed = items(retried.runId, true);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().localId, stillBad.id);
    QVERIFY2(failed.first().errorMessage.contains(QLatin1String("Duplicate Document Number")),
        qPrintable(failed.first().errorMessage));
    bool fixedSent = false;
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("Invoice"))) {
        fixedSent = fixedSent || v.toObject().value(QStringLiteral("DocNumber")).toString() == QLatin1String("LL-9101");
    }
    QVERIFY(fixedSent);
}

void tst_QboRules::localPaymentsOfPushedInvoicesArePushedOnce()
{
    setSettings({ { QStringLiteral("push_local_payments"), true } });
    const Customer c = m_fx->addCustomer(QStringLiteral("Paying Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-QPAY-1"), 10000); // 200.00, NON tax
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString remoteInvoice = remoteIdOf(SyncEntity::invoice(), inv.id);
    QVERIFY(!remoteInvoice.isEmpty());

    Payment p;
    p.invoiceId = inv.id;
    p.paymentDate = QDate::currentDate();
    p.amountMinor = 7500;
    p.reference = QStringLiteral("CHQ-77");
    const Payment local = PaymentRepository(m_fx->database(), Clock::system()).record(p).value();
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Payment"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject sent = remote.first().toObject();
    QCOMPARE(sent.value(QStringLiteral("TotalAmt")).toDouble(), 75.0);
    QCOMPARE(sent.value(QStringLiteral("PaymentRefNum")).toString(), QStringLiteral("CHQ-77"));
    QCOMPARE(sent.value(QStringLiteral("CustomerRef")).toObject().value(QStringLiteral("value")).toString(),
        remoteIdOf(SyncEntity::customer(), c.id));
    const QJsonObject linked = sent.value(QStringLiteral("Line"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("LinkedTxn"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(linked.value(QStringLiteral("TxnId")).toString(), remoteInvoice);
    QCOMPARE(remoteIdOf(SyncEntity::payment(), local.id), sent.value(QStringLiteral("Id")).toString());
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("Invoice"))) {
        if (v.toObject().value(QStringLiteral("Id")).toString() == remoteInvoice) {
            QCOMPARE(v.toObject().value(QStringLiteral("Balance")).toDouble(), 125.0);
        }
    }

    // Read back as our own on the next runs: never applied twice, never sent again.
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("Payment")).size(), 1);
    QCOMPARE(PaymentRepository(m_fx->database(), Clock::system()).forInvoice(inv.id)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_QboRules)
#include "tst_qborules.moc"
