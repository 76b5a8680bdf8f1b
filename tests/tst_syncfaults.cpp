// The sync engine under the sandbox's faults: 429 with Retry-After, 5xx retried, a validation
// error failing one record while the run goes on, a malformed reply changing nothing, a revoked
// grant, and a second process holding the sync lock.
#include "faultinjector.h"
#include "ratelimiter.h"
#include "sandboxdata.h"
#include "store/customerrepository.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "store/notificationrepository.h"
#include "store/synclock.h"
#include "store/taxtyperepository.h"
#include "sync/runcontext.h"
#include "sync/syncengine.h"
#include "tokenissuer.h"
#include "tst_syncfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

class tst_SyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rateLimitWaitsForRetryAfter();
    void serverErrorsAreRetried();
    void validationErrorFailsOneRecordAndRunGoesOn();
    void malformedReplyChangesNothing();
    void timeoutAfterCommitReplaysWithoutDuplicate();
    void dailyLimitEndsRunWithResumeTime();
    void cancelStopsBetweenSteps();
    void revokedGrantNeedsReauthorisation();
    void lockHeldElsewhereRefusesRun();

private:
    Customer addCustomer(const QString &name);
    void addFault(SandboxFault::Kind kind, const QString &path, int status, int count);

    std::unique_ptr<SyncFixture> m_fx;
};

void tst_SyncFaults::init()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SyncFaults::cleanup()
{
    m_fx.reset();
}

Customer tst_SyncFaults::addCustomer(const QString &name)
{
    Customer c;
    c.name = name;
    auto stored = CustomerRepository(m_fx->database(), Clock::system()).insert(c);
    return stored ? stored.value() : Customer();
}

void tst_SyncFaults::addFault(SandboxFault::Kind kind, const QString &path, int status, int count)
{
    SandboxFault fault;
    fault.provider = QStringLiteral("xero");
    fault.pathPattern = path;
    fault.kind = kind;
    fault.status = status;
    fault.remaining = count;
    m_fx->server().faults().add(fault);
}

void tst_SyncFaults::rateLimitWaitsForRetryAfter()
{
    for (int i = 0; i < 8; ++i) {
        addCustomer(QStringLiteral("Paced %1").arg(i));
    }
    RateLimiter::Limits limits = RateLimiter::defaults(QStringLiteral("xero"));
    limits.perSecond = 2; // Retry-After: 1 s
    m_fx->server().limiter().setLimits(QStringLiteral("xero"), limits);
    QSignalSpy waiting(m_fx->sync().engine(), &SyncEngine::waitingForRateLimit);
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QVERIFY(m_fx->stats().value(QStringLiteral("by_status")).toObject().value(QStringLiteral("429")).toInt() > 0);
    QVERIFY(!waiting.isEmpty());
    QVERIFY(waiting.first().at(1).toDateTime().isValid());
    // The test's own reads are not paced: lift the limit before looking.
    m_fx->server().limiter().setLimits(QStringLiteral("xero"), RateLimiter::defaults(QStringLiteral("xero")));
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 8);
}

void tst_SyncFaults::serverErrorsAreRetried()
{
    addCustomer(QStringLiteral("Retried Customer"));
    addFault(SandboxFault::Kind::HttpError, QStringLiteral("/xero/api/api.xro/2.0/Contacts*"), 503, 2);
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(m_fx->stats().value(QStringLiteral("by_status")).toObject().value(QStringLiteral("503")).toInt(), 2);
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 1);
}

void tst_SyncFaults::validationErrorFailsOneRecordAndRunGoesOn()
{
    const Customer bad = addCustomer(QString(300, QLatin1Char('n')));
    addCustomer(QStringLiteral("Good Customer"));
    QSignalSpy failed(m_fx->sync().engine(), &SyncEngine::recordFailed);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::PartlyFailed);
    QCOMPARE(summary.counts.failed, 1);
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 1);
    QCOMPARE(failed.size(), 1);
    auto items = HistoryRepository(m_fx->database(), Clock::system()).items(summary.runId, true);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().localId, bad.id);
    QVERIFY2(
        items->first().errorMessage.contains(QLatin1String("255 characters")), qPrintable(items->first().errorMessage));
    QVERIFY(!items->first().correlationId.isEmpty());
    auto notifications = NotificationRepository(m_fx->database(), Clock::system()).list();
    QCOMPARE(notifications->size(), 1);
    QCOMPARE(notifications->first().severity, NotificationSeverity::Warning);
    // Parked: not sent again until it changes.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_SyncFaults::malformedReplyChangesNothing()
{
    QCOMPARE(
        m_fx->xeroPut(QStringLiteral("Contacts"), { { QStringLiteral("Name"), QStringLiteral("Remote A") } }).status,
        200);
    addFault(SandboxFault::Kind::MalformedJson, QStringLiteral("/xero/api/api.xro/2.0/Contacts*"), 200, -1);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Failed);
    QVERIFY(summary.message.contains(QLatin1String("could not read")));
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).page(0, 10)->size(), 0);
    IntegrationRepository integrations(m_fx->database(), Clock::system());
    QVERIFY(!integrations.findById(m_fx->integration().id)->lastSuccessfulPollAt.isValid());
    auto run = HistoryRepository(m_fx->database(), Clock::system()).run(summary.runId);
    QCOMPARE(run->result, RunResult::Failed);

    m_fx->server().faults().clear();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).page(0, 10)->size(), 1);
}

void tst_SyncFaults::timeoutAfterCommitReplaysWithoutDuplicate()
{
    m_fx = std::make_unique<SyncFixture>();
    m_fx->setRequestTimeoutMs(800);
    QVERIFY(m_fx->setUp());
    const Customer customer = addCustomer(QStringLiteral("Slow Reply Ltd"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    qint64 taxTypeId = 0;
    const auto taxTypes = TaxTypeRepository(m_fx->database(), Clock::system()).page(0, 100);
    QVERIFY(taxTypes.ok());
    for (const TaxType &t : taxTypes.value()) {
        taxTypeId = t.code == QLatin1String("OUTPUT2") ? t.id : taxTypeId;
    }
    Invoice invoice;
    invoice.number = QStringLiteral("LL-SLOW-1");
    invoice.customerId = customer.id;
    invoice.issueDate = QDate::currentDate();
    invoice.dueDate = invoice.issueDate.addDays(14);
    invoice.currency = QStringLiteral("NZD");
    InvoiceLine line;
    line.description = QStringLiteral("Work");
    line.quantityE4 = 10000;
    line.unitPriceMinor = 9900;
    line.taxTypeId = taxTypeId;
    invoice.lines << line;
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    invoice = invoices.insert(invoice).value();
    QVERIFY(invoices.setStatus(invoice.id, InvoiceStatus::PendingPayment));
    // Xero saves the invoice, then its answer comes too late: our request times out and is sent
    // again with the same Idempotency-Key, which Xero answers from its memory.
    SandboxFault fault;
    fault.provider = QStringLiteral("xero");
    fault.pathPattern = QStringLiteral("/xero/api/api.xro/2.0/Invoices");
    fault.kind = SandboxFault::Kind::Latency;
    fault.latencyMs = 1500;
    fault.remaining = 1;
    m_fx->server().faults().add(fault);
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 2);
    QCOMPARE(m_fx->remote(QStringLiteral("Invoices")).size(), 1);
}

void tst_SyncFaults::dailyLimitEndsRunWithResumeTime()
{
    RateLimiter::Limits limits = RateLimiter::defaults(QStringLiteral("xero"));
    limits.perDay = 2; // the third request of the day gets 429 with Retry-After in hours
    m_fx->server().limiter().setLimits(QStringLiteral("xero"), limits);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Failed);
    QVERIFY2(summary.message.contains(QLatin1String("daily limit is used up; sync resumes at")),
        qPrintable(summary.message));
}

void tst_SyncFaults::cancelStopsBetweenSteps()
{
    addCustomer(QStringLiteral("Not Yet"));
    SandboxFault slow;
    slow.provider = QStringLiteral("xero");
    slow.pathPattern = QStringLiteral("/xero/api/api.xro/2.0/Accounts");
    slow.kind = SandboxFault::Kind::Latency;
    slow.latencyMs = 400;
    m_fx->server().faults().add(slow);
    QObject context;
    connect(
        m_fx->sync().engine(), &SyncEngine::runStarted, &context,
        [this](const QString &, qint64) { m_fx->sync().requestCancel(); }, Qt::QueuedConnection);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Cancelled);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
    auto run = HistoryRepository(m_fx->database(), Clock::system()).run(summary.runId);
    QCOMPARE(run->result, RunResult::Cancelled);
}

void tst_SyncFaults::revokedGrantNeedsReauthorisation()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    m_fx->server().tokens().revokeGrants(QStringLiteral("xero"), QStringLiteral("LEDGERLINK-XERO-CUSTOM"));
    m_fx->server().tokens().expireAllAccess(QStringLiteral("xero"));
    m_fx->server().data().setTenantDeleted(QStringLiteral("xero"), m_fx->tenant(), true);
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Failed);
    QVERIFY(!summary.message.isEmpty());
    const auto state = IntegrationRepository(m_fx->database(), Clock::system()).findById(m_fx->integration().id)->state;
    QCOMPARE(state, IntegrationState::NeedsReauthorisation);
}

void tst_SyncFaults::lockHeldElsewhereRefusesRun()
{
    addCustomer(QStringLiteral("Locked Out"));
    SyncLock other(m_fx->database(), Clock::system(), m_fx->integration().id);
    // This process holds it from the test's connection: the engine's run must be refused.
    QVERIFY(other.acquire());
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Failed);
    QVERIFY(!summary.message.isEmpty());
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 0);
    QVERIFY(other.release());
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_syncfaults.moc"
