#include "screenshotdata.h"

#include "clock.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "store/notificationrepository.h"

namespace Ledgerlink {

namespace {

/// Lets the sample's runs and notifications carry the times of the last few days.
class SeedClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};

QString addIntegration(IntegrationRepository &repository, const QString &provider, const QString &name,
    IntegrationState state, const QDateTime &lastPoll)
{
    Integration integration;
    integration.provider = provider;
    integration.appType = QStringLiteral("pkce");
    integration.clientId = QStringLiteral("8A1F0C3E5D6B4E2F9C7A1B3D5E7F9A0B");
    integration.tenantId = QStringLiteral("tenant-") + name.left(4).toLower();
    integration.tenantName = name;
    integration.state = state;
    integration.enabled = true;
    integration.lastSuccessfulPollAt = lastPoll;
    integration.nextPollAt = state == IntegrationState::Active ? lastPoll.addSecs(15 * 60) : QDateTime();
    auto stored = repository.insert(integration);
    return stored ? stored->id : QString();
}

qint64 addRun(HistoryRepository &history, const QString &integrationId, const QString &trigger, int created,
    int updated, const QList<SyncItem> &failures, const QString &message)
{
    auto run = history.startRun(integrationId, trigger);
    if (!run) {
        return 0;
    }
    QList<SyncItem> items;
    for (int i = 0; i < created + updated; ++i) {
        SyncItem item;
        item.entity = i % 3 == 0 ? QStringLiteral("invoice") : QStringLiteral("customer");
        item.localId = 100 + i;
        item.remoteId = QStringLiteral("7d1c%1-4e0b-9a53-b2f6c1e0%2")
                            .arg(i, 4, 10, QLatin1Char('0'))
                            .arg(i * 7, 4, 10, QLatin1Char('0'));
        item.action = i < created ? QStringLiteral("create") : QStringLiteral("update");
        items.append(item);
    }
    items.append(failures);
    history.addItems(run.value(), items);
    RunCounts counts;
    counts.created = created;
    counts.updated = updated;
    counts.failed = int(failures.size());
    history.finishRun(
        run.value(), failures.isEmpty() ? RunResult::Succeeded : RunResult::PartlyFailed, counts, message);
    return run.value();
}

} // namespace

qint64 ScreenshotData::seed(Database &database, Clock &clock)
{
    const QDateTime now = clock.now().toUTC();
    SeedClock at;
    at.m_now = now.addDays(-3);
    IntegrationRepository integrations(database, at);
    if (auto all = integrations.all(); !all || !all->isEmpty()) {
        return 0;
    }
    const QString xero = addIntegration(
        integrations, QStringLiteral("xero"), QStringLiteral("Demo Company (NZ)"), IntegrationState::Active, now);
    at.m_now = now.addDays(-2);
    const QString qbo = addIntegration(integrations, QStringLiteral("qbo"), QStringLiteral("Harbour Plumbing Ltd"),
        IntegrationState::NeedsReauthorisation, now.addSecs(-26 * 3600));

    HistoryRepository history(database, at);
    at.m_now = now.addDays(-3).addSecs(40);
    addRun(history, xero, QStringLiteral("activation"), 42, 0, {}, QStringLiteral("First sync finished."));
    at.m_now = now.addSecs(-27 * 3600);
    addRun(history, qbo, QStringLiteral("schedule"), 3, 5, {}, QStringLiteral("Sync finished."));
    SyncItem failure;
    failure.entity = QStringLiteral("invoice");
    failure.localId = 1017;
    failure.action = QStringLiteral("create");
    failure.outcome = ItemOutcome::Failed;
    failure.errorMessage = QStringLiteral("Xero refused invoice INV-1017: Account code '999' is not a valid code for "
                                          "this document.");
    failure.correlationId = QStringLiteral("b5e3c0f2-91aa-4c1e-8d3b-0f6a2e9c7d41");
    at.m_now = now.addSecs(-47 * 60);
    const qint64 failed = addRun(history, xero, QStringLiteral("manual"), 2, 6, { failure },
        QStringLiteral("1 record failed; the other 8 went through."));
    at.m_now = now.addSecs(-12 * 60);
    addRun(history, xero, QStringLiteral("schedule"), 0, 3, {}, QStringLiteral("Sync finished."));

    LinkRepository links(database, at);
    for (qint64 customer = 1; customer <= 6; ++customer) {
        links.linkExisting(xero, QStringLiteral("customer"), customer,
            QStringLiteral("c0a8%1-5e2d-4b7a-9f10-6d3e2a1b%2").arg(customer, 4, 10, QLatin1Char('0')).arg(customer),
            QStringLiteral("1"), QStringLiteral("1"));
    }

    at.m_now = now.addSecs(-26 * 3600);
    NotificationRepository notifications(database, at);
    Notification reauth;
    reauth.integrationId = qbo;
    reauth.severity = NotificationSeverity::Error;
    reauth.title = QStringLiteral("Sign in to QuickBooks Online again");
    reauth.message = QStringLiteral("Harbour Plumbing Ltd stopped syncing until you reconnect.");
    reauth.sticky = true;
    notifications.add(reauth);
    at.m_now = now.addSecs(-46 * 60);
    Notification partly;
    partly.integrationId = xero;
    partly.runId = failed;
    partly.severity = NotificationSeverity::Warning;
    partly.title = QStringLiteral("Demo Company (NZ): 1 record failed");
    partly.message = QStringLiteral("Invoice INV-1017 was not sent. Open History for the reason.");
    notifications.add(partly);
    return failed;
}

} // namespace Ledgerlink
