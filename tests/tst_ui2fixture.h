#pragma once

// Shared set-up for the ui2 widget tests: a fresh store with integrations and sync history.

#include "mockclock.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QTest>

#include <memory>

namespace Ledgerlink {

class Ui2Fixture
{
public:
    Ui2Fixture()
    {
        auto db = TestDatabase::openFresh(m_profile);
        if (db) {
            m_db = std::move(db).value();
        } else {
            qWarning("fixture: %s", qPrintable(db.error().toString()));
        }
    }

    bool ok() const { return m_db != nullptr; }
    Database &db() { return *m_db; }
    MockClock &clock() { return m_clock; }
    const TestProfile &profile() const { return m_profile; }

    QString addIntegration(const QString &provider, const QString &tenantName,
        IntegrationState state = IntegrationState::Active, bool enabled = true)
    {
        IntegrationRepository repository(*m_db, m_clock);
        Integration integration;
        integration.provider = provider;
        integration.appType = QStringLiteral("pkce");
        integration.clientId = QStringLiteral("client-") + tenantName;
        integration.tenantId = QStringLiteral("tenant-") + tenantName;
        integration.tenantName = tenantName;
        integration.state = state;
        integration.enabled = enabled;
        auto stored = repository.insert(integration);
        m_clock.advance(1000); // "oldest first" stays well defined
        return stored ? stored->id : QString();
    }

    /// A finished run; `failed` failed items (with message and correlation id) plus `ok` good ones.
    qint64 addRun(const QString &integrationId, RunResult result, int ok, int failed, const QString &message = {},
        const QString &trigger = QStringLiteral("schedule"))
    {
        HistoryRepository history(*m_db, m_clock);
        auto run = history.startRun(integrationId, trigger);
        if (!run) {
            return 0;
        }
        QList<SyncItem> items;
        for (int i = 0; i < ok; ++i) {
            SyncItem item;
            item.entity = QStringLiteral("customer");
            item.localId = i + 1;
            item.remoteId = QStringLiteral("remote-%1").arg(i + 1);
            item.action = QStringLiteral("create");
            items.append(item);
        }
        for (int i = 0; i < failed; ++i) {
            SyncItem item;
            item.entity = QStringLiteral("invoice");
            item.localId = 100 + i;
            item.action = QStringLiteral("create");
            item.outcome = ItemOutcome::Failed;
            item.errorMessage = QStringLiteral("Account code 999 is not valid for this organisation.");
            item.correlationId = QStringLiteral("corr-%1-%2").arg(run.value()).arg(i);
            items.append(item);
        }
        if (!items.isEmpty() && !history.addItems(run.value(), items).ok()) {
            return 0;
        }
        RunCounts counts;
        counts.created = ok;
        counts.failed = failed;
        if (!history.finishRun(run.value(), result, counts, message).ok()) {
            return 0;
        }
        m_clock.advance(60 * 1000);
        return run.value();
    }

private:
    TestProfile m_profile;
    MockClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace Ledgerlink
