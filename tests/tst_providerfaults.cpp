// The fault matrix of issue 9 on QuickBooks Online, Sage and MYOB (Xero: tst_syncfaults): each
// sandbox fault is injected while invoices are pushed; the run must end with a message an office
// administrator can read (never a raw provider reply), and once the fault is gone the next run must
// leave exactly one remote invoice per local one - nothing lost, nothing sent twice.
// One slot per provider so each runs as its own ctest entry (tests/reliability.cmake).
#include "faultinjector.h"
#include "ratelimiter.h"
#include "sandboxdata.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "sync/syncengine.h"
#include "tokenissuer.h"
#include "tst_myobfixture.h"
#include "tst_qbofixture.h"
#include "tst_sagefixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Ledgerlink;

namespace {

/// What differs between the providers for this test.
struct ProviderTraits
{
    QString provider;
    QString clientId;
    QString tenant;
    QString invoiceEntity; ///< control API collection of pushed invoices
    QString numberField; ///< where the invoice number lands remotely
    QString apiPattern; ///< every API call (not OAuth)
    QString invoiceWritePattern; ///< the call that creates invoices
    /// The tests' refreshing token source (tests/support) refreshes once per 401, not once per
    /// expiry: MYOB's parallel creates all get 401, reuse a rotated refresh token and the sandbox
    /// refuses it. The product's TokenManager keeps one refresh in flight; until the test source
    /// does too, MYOB's token expires only before the run (its first call is a single GET).
    bool midRunExpiry = true;
};

enum class Fault {
    RateLimitStorm,
    ServerErrors20,
    DroppedConnections,
    StallPastTimeout,
    MalformedWriteReply,
    HtmlErrorPage,
    TokenExpiryMidRun,
    RevokedGrant,
    DeletedOrganisation,
};

constexpr int kInvoices = 6;

} // namespace

Q_DECLARE_METATYPE(Fault)

class tst_ProviderFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qbo_data() { faults(); }
    void qbo();
    void sage_data() { faults(); }
    void sage();
    void myob_data() { faults(); }
    void myob();

private:
    static void faults();
    template <class Fixture> void run(const ProviderTraits &traits);
    template <class Fixture> void inject(Fixture &fx, const ProviderTraits &traits, Fault fault, QObject *context);
    static bool readable(const QString &text);
    template <class Fixture> void checkMessages(Fixture &fx, const RunSummary &summary);
};

void tst_ProviderFaults::faults()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("429-storm") << Fault::RateLimitStorm;
    QTest::newRow("5xx-20-percent") << Fault::ServerErrors20;
    QTest::newRow("dropped-connections") << Fault::DroppedConnections;
    QTest::newRow("stall-past-timeout") << Fault::StallPastTimeout;
    QTest::newRow("malformed-json-after-write") << Fault::MalformedWriteReply;
    QTest::newRow("html-error-page") << Fault::HtmlErrorPage;
    QTest::newRow("token-expiry-mid-run") << Fault::TokenExpiryMidRun;
    QTest::newRow("revoked-grant") << Fault::RevokedGrant;
    QTest::newRow("deleted-organisation") << Fault::DeletedOrganisation;
}

void tst_ProviderFaults::qbo()
{
    run<QboFixture>({ QStringLiteral("qbo"), QStringLiteral("LEDGERLINK-QBO-WEB"), QboFixture::realm(),
        QStringLiteral("Invoice"), QStringLiteral("DocNumber"), QStringLiteral("/qbo/api/*"),
        QStringLiteral("/qbo/api/v3/company/*/batch*") });
}

void tst_ProviderFaults::sage()
{
    run<SageFixture>({ QStringLiteral("sage"), SageFixture::clientId(), SageFixture::business(),
        QStringLiteral("sales_invoices"), QStringLiteral("reference"), QStringLiteral("/sage/api/*"),
        QStringLiteral("/sage/api/v3.1/sales_invoices*") });
}

void tst_ProviderFaults::myob()
{
    run<MyobFixture>({ QStringLiteral("myob"), MyobFixture::clientId(), MyobFixture::business(),
        QStringLiteral("Sale/Invoice/Service"), QStringLiteral("Number"), QStringLiteral("/myob/api/*"),
        QStringLiteral("/myob/api/accountright/*/Sale/Invoice*"), false });
}

bool tst_ProviderFaults::readable(const QString &text)
{
    // A provider's raw reply (JSON, an HTML page) or a bare status must never reach the user.
    static const QStringList raw { QStringLiteral("{"), QStringLiteral("\":"), QStringLiteral("<html"),
        QStringLiteral("<!DOCTYPE"), QStringLiteral("server_error"), QStringLiteral("\\u") };
    for (const QString &r : raw) {
        if (text.contains(r, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return !text.trimmed().isEmpty();
}

template <class Fixture> void tst_ProviderFaults::checkMessages(Fixture &fx, const RunSummary &summary)
{
    HistoryRepository history(fx.database(), Clock::system());
    auto run = history.run(summary.runId);
    QVERIFY(run.ok());
    QCOMPARE(run->result, summary.result);
    if (summary.result == RunResult::Succeeded) {
        return;
    }
    QVERIFY2(readable(run->message), qPrintable(run->message));
    auto items = history.items(summary.runId, true);
    QVERIFY(items.ok());
    for (const SyncItem &item : items.value()) {
        QVERIFY2(readable(item.errorMessage), qPrintable(item.errorMessage));
    }
}

template <class Fixture>
void tst_ProviderFaults::inject(Fixture &fx, const ProviderTraits &traits, Fault fault, QObject *context)
{
    SandboxFault f;
    f.provider = traits.provider;
    f.pathPattern = traits.apiPattern;
    switch (fault) {
    case Fault::RateLimitStorm: {
        // The sandbox's own limiter: real 429s (MYOB: 403 RateLimitError) with Retry-After.
        RateLimiter::Limits limits = RateLimiter::defaults(traits.provider);
        limits.perSecond = 2;
        limits.perMinute = 0;
        limits.appPerMinute = 0;
        limits.perDay = 0;
        fx.server().limiter().setLimits(traits.provider, limits);
        return;
    }
    case Fault::ServerErrors20:
    case Fault::DroppedConnections: {
        f.kind = fault == Fault::DroppedConnections ? SandboxFault::Kind::Drop : SandboxFault::Kind::HttpError;
        f.status = 503;
        f.rate = 0.2;
        // One sure hit on the invoice write, so a short run cannot slip through by chance.
        SandboxFault sure = f;
        sure.pathPattern = traits.invoiceWritePattern;
        sure.rate = 1.0;
        sure.remaining = 1;
        fx.server().faults().add(sure);
        break;
    }
    case Fault::StallPastTimeout:
        // Each stall costs a full request timeout (5 s in the fixtures): two keep the test fast.
        f.kind = SandboxFault::Kind::Stall;
        f.pathPattern = traits.invoiceWritePattern;
        f.remaining = 2;
        break;
    case Fault::MalformedWriteReply:
        // The provider stores the invoices, then its answer is garbage: the client cannot know
        // the new ids. The next run must find them, not create them again.
        f.kind = SandboxFault::Kind::MalformedJson;
        f.pathPattern = traits.invoiceWritePattern;
        f.remaining = 2;
        break;
    case Fault::HtmlErrorPage:
        f.kind = SandboxFault::Kind::HtmlError;
        f.status = 502;
        f.remaining = 6; // more than the pacer's attempts: the run gives up on something
        break;
    case Fault::TokenExpiryMidRun:
        // Every access token dies before the run and again as the invoice push starts:
        // the client must refresh and go on without losing or repeating a write.
        connect(
            fx.sync().engine(), &SyncEngine::phaseChanged, context,
            [&fx, traits](const RunProgress &progress) {
                if (traits.midRunExpiry && progress.phase == QLatin1String("invoices")) {
                    fx.server().tokens().expireAllAccess(traits.provider);
                }
            },
            Qt::QueuedConnection);
        fx.server().tokens().expireAllAccess(traits.provider);
        return;
    case Fault::RevokedGrant:
        fx.server().tokens().revokeGrants(traits.provider, traits.clientId);
        fx.server().tokens().expireAllAccess(traits.provider);
        return;
    case Fault::DeletedOrganisation:
        fx.server().data().setTenantDeleted(traits.provider, traits.tenant, true);
        return;
    }
    fx.server().faults().add(f);
}

template <class Fixture> void tst_ProviderFaults::run(const ProviderTraits &traits)
{
    QFETCH(Fault, fault);
    Fixture fx;
    QVERIFY(fx.setUp());
    const Customer customer = fx.addCustomer(QStringLiteral("Faulty Weather Ltd"));
    QVERIFY(customer.id != 0);
    const RunSummary first = fx.runSync();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(first.message + QLatin1Char(' ') + first.detail));

    InvoiceRepository invoices(fx.database(), Clock::system());
    QSet<QString> local;
    for (int i = 0; i < kInvoices; ++i) {
        const QString number = QStringLiteral("LL-F%1").arg(i + 1);
        const Invoice inv = fx.addInvoice(customer.id, number, 1000 + 100 * i);
        QVERIFY(inv.id != 0);
        QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment).ok());
        local.insert(number);
    }

    const QJsonObject grants = fx.server().tokens().toJson();
    QObject context;
    fx.resetStats();
    inject(fx, traits, fault, &context);
    const RunSummary faulty = fx.runSync();
    QVERIFY2(faulty.result != RunResult::Running, "the run under the fault did not end");
    qInfo("%s under fault: %s - %s", qPrintable(traits.provider),
        qPrintable(HistoryRepository::resultText(faulty.result)), qPrintable(faulty.message));
    checkMessages(fx, faulty);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The fault really hit the run.
    const QJsonObject stats = fx.stats();
    int faultHits = 0;
    const QJsonObject byFault = stats.value(QStringLiteral("faults")).toObject();
    for (auto it = byFault.constBegin(); it != byFault.constEnd(); ++it) {
        faultHits += it.value().toInt();
    }
    int tokenCalls = 0;
    const QJsonObject byPath = stats.value(QStringLiteral("by_path")).toObject();
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        const bool tokenCall = it.key().startsWith(QLatin1String("POST "))
            && (it.key().contains(QLatin1String("token")) || it.key().contains(QLatin1String("oauth2/v1/authorize")));
        tokenCalls += tokenCall ? it.value().toInt() : 0;
    }
    switch (fault) {
    case Fault::RateLimitStorm:
        // MYOB answers a rate limit with 403 RateLimitError, the others with 429.
        QVERIFY2(stats.value(QStringLiteral("too_many_requests")).toInt() > 0
                || stats.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("403")).toInt() > 0,
            "no request was rate limited");
        break;
    case Fault::TokenExpiryMidRun:
        QVERIFY2(tokenCalls >= (traits.midRunExpiry ? 2 : 1),
            qPrintable(QStringLiteral("%1 token refreshes").arg(tokenCalls)));
        break;
    case Fault::RevokedGrant:
    case Fault::DeletedOrganisation:
        break;
    default:
        QVERIFY2(faultHits > 0, "the sandbox fault never fired");
    }

    IntegrationRepository integrations(fx.database(), Clock::system());
    if (fault == Fault::RevokedGrant) {
        QCOMPARE(faulty.result, RunResult::Failed);
        QCOMPARE(integrations.findById(fx.integration().id)->state, IntegrationState::NeedsReauthorisation);
    }
    if (fault == Fault::DeletedOrganisation) {
        QCOMPARE(faulty.result, RunResult::Failed);
    }

    // The fault is gone (the user reconnected, the provider recovered): one more run settles it.
    context.disconnect();
    fx.server().faults().clear();
    fx.server().limiter().setLimits(traits.provider, RateLimiter::Limits());
    fx.server().data().setTenantDeleted(traits.provider, traits.tenant, false);
    if (fault == Fault::RevokedGrant) {
        fx.server().tokens().fromJson(grants);
    }
    QVERIFY(integrations.setState(fx.integration().id, IntegrationState::Active).ok());
    const RunSummary next = fx.runSync();
    QVERIFY2(next.result == RunResult::Succeeded, qPrintable(next.message + QLatin1Char(' ') + next.detail));

    QHash<QString, int> remote;
    for (const QJsonValue &v : fx.remote(traits.invoiceEntity)) {
        ++remote[v.toObject().value(traits.numberField).toString()];
    }
    for (const QString &number : std::as_const(local)) {
        QVERIFY2(remote.value(number) == 1,
            qPrintable(QStringLiteral("%1 is there %2 times").arg(number).arg(remote.value(number))));
    }
    QCOMPARE(remote.size(), local.size());
}

QTEST_GUILESS_MAIN(tst_ProviderFaults)
#include "tst_providerfaults.moc"
