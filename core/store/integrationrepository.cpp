#include "integrationrepository.h"

#include "clock.h"
#include "database.h"
#include "storesql.h"

#include <QJsonDocument>
#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kColumns = QStringLiteral(
    "id, provider, app_type, client_id, grant_id, tenant_id, tenant_name, state, enabled, settings_json, "
    "redirect_port, created_at, activated_at, last_successful_poll_at, next_poll_at, updated_at");

QString settingsText(const QJsonObject &settings)
{
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

QVariant portOrNull(int port)
{
    return port > 0 ? QVariant(port) : QVariant(QMetaType::fromType<int>());
}

} // namespace

IntegrationRepository::IntegrationRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<Integration> IntegrationRepository::insert(const Integration &input)
{
    if (input.provider.isEmpty() || input.appType.isEmpty()) {
        return Error(Error::Kind::Item, tr("An integration needs a provider and an app type."));
    }
    Integration integration = input;
    if (integration.id.isEmpty()) {
        integration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    integration.createdAt = integration.updatedAt = m_clock.now().toUTC();
    if (integration.state == IntegrationState::Active && !integration.activatedAt.isValid()) {
        integration.activatedAt = integration.createdAt;
    }
    QSqlError sqlError;
    auto query = StoreSql::exec(m_database,
        QStringLiteral("INSERT INTO integrations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        { integration.id, integration.provider, integration.appType, StoreSql::textOrNull(integration.clientId),
            StoreSql::textOrNull(integration.grantId), StoreSql::textOrNull(integration.tenantId),
            StoreSql::textOrNull(integration.tenantName), IntegrationStates::toText(integration.state),
            int(integration.enabled), settingsText(integration.settings), portOrNull(integration.redirectPort),
            StoreSql::timeText(integration.createdAt), StoreSql::timeOrNull(integration.activatedAt),
            StoreSql::timeOrNull(integration.lastSuccessfulPollAt), StoreSql::timeOrNull(integration.nextPollAt),
            StoreSql::timeText(integration.updatedAt) },
        tr("Ledgerlink could not save the integration to its database."), &sqlError);
    if (!query) {
        if (StoreSql::isUniqueViolation(sqlError)) {
            return Error(Error::Kind::Item, tr("An integration with the id %1 already exists.").arg(integration.id),
                query.error().detail());
        }
        return query.error();
    }
    return integration;
}

Result<Integration> IntegrationRepository::update(const Integration &input)
{
    auto stored = findById(input.id);
    if (!stored) {
        return stored.error();
    }
    Integration integration = input;
    integration.createdAt = stored->createdAt;
    integration.updatedAt = m_clock.now().toUTC();
    if (integration.state == IntegrationState::Active && !integration.activatedAt.isValid()) {
        integration.activatedAt = integration.updatedAt;
    }
    auto changed = StoreSql::update(m_database,
        QStringLiteral(
            "UPDATE integrations SET provider = ?, app_type = ?, client_id = ?, grant_id = ?, tenant_id = ?, "
            "tenant_name = ?, state = ?, enabled = ?, settings_json = ?, redirect_port = ?, "
            "activated_at = ?, last_successful_poll_at = ?, next_poll_at = ?, updated_at = ? WHERE id = ?"),
        { integration.provider, integration.appType, StoreSql::textOrNull(integration.clientId),
            StoreSql::textOrNull(integration.grantId), StoreSql::textOrNull(integration.tenantId),
            StoreSql::textOrNull(integration.tenantName), IntegrationStates::toText(integration.state),
            int(integration.enabled), settingsText(integration.settings), portOrNull(integration.redirectPort),
            StoreSql::timeOrNull(integration.activatedAt), StoreSql::timeOrNull(integration.lastSuccessfulPollAt),
            StoreSql::timeOrNull(integration.nextPollAt), StoreSql::timeText(integration.updatedAt), integration.id },
        tr("Ledgerlink could not save the integration to its database."));
    if (!changed) {
        return changed.error();
    }
    return integration;
}

Result<Integration> IntegrationRepository::findById(const QString &id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return Error(Error::Kind::Config, tr("The integration %1 no longer exists. It may have been deleted.").arg(id));
    }
    return rows->constFirst();
}

Result<QList<Integration>> IntegrationRepository::all()
{
    return select(QStringLiteral("ORDER BY created_at, id"), {});
}

Status IntegrationRepository::setState(const QString &id, IntegrationState state)
{
    auto stored = findById(id);
    if (!stored) {
        return stored.error();
    }
    Integration integration = stored.value();
    integration.state = state;
    auto updated = update(integration);
    return updated ? Status() : Status(updated.error());
}

Status IntegrationRepository::recordSuccessfulPoll(const QString &id, const QDateTime &nextPollAt)
{
    auto stored = findById(id);
    if (!stored) {
        return stored.error();
    }
    Integration integration = stored.value();
    integration.lastSuccessfulPollAt = m_clock.now().toUTC();
    integration.nextPollAt = nextPollAt.toUTC();
    if (IntegrationStates::isTransient(integration.state)) {
        integration.state = IntegrationState::Active;
    }
    auto updated = update(integration);
    return updated ? Status() : Status(updated.error());
}

Status IntegrationRepository::addSecretKeyName(const QString &ownerId, const QString &keyName)
{
    const QString sql = m_database.isPostgres()
        ? QStringLiteral("INSERT INTO secret_keys (owner_id, key_name, created_at) VALUES (?, ?, ?) "
                         "ON CONFLICT DO NOTHING")
        : QStringLiteral("INSERT OR IGNORE INTO secret_keys (owner_id, key_name, created_at) VALUES (?, ?, ?)");
    auto query = StoreSql::exec(m_database, sql, { ownerId, keyName, StoreSql::timeText(m_clock.now()) },
        tr("Ledgerlink could not record a keychain entry name in its database."));
    return query ? Status() : Status(query.error());
}

Result<QStringList> IntegrationRepository::secretKeyNames(const QString &ownerId)
{
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT key_name FROM secret_keys WHERE owner_id = ? ORDER BY key_name"), { ownerId },
        tr("Ledgerlink could not read keychain entry names from its database."));
    if (!query) {
        return query.error();
    }
    QStringList names;
    while (query.value().next()) {
        names << query.value().value(0).toString();
    }
    return names;
}

Status IntegrationRepository::remove(const QString &id)
{
    return m_database.inTransaction([&]() -> Status {
        // links, sync_runs (and their items), sync_state and tax_mappings go by ON DELETE CASCADE.
        const QStringList statements {
            QStringLiteral("DELETE FROM secret_keys WHERE owner_id = ?"),
            QStringLiteral("DELETE FROM change_log WHERE integration_id = ?"),
            QStringLiteral("DELETE FROM notifications WHERE integration_id = ?"),
            QStringLiteral("DELETE FROM sync_locks WHERE integration_id = ?"),
            QStringLiteral("DELETE FROM integrations WHERE id = ?"),
        };
        for (const QString &sql : statements) {
            auto done = StoreSql::update(m_database, sql, { id }, tr("Ledgerlink could not delete the integration."));
            if (!done) {
                return done.error();
            }
        }
        return {};
    });
}

Result<QList<Integration>> IntegrationRepository::select(const QString &tail, const QVariantList &values) const
{
    auto query = StoreSql::exec(m_database, QStringLiteral("SELECT %1 FROM integrations %2").arg(kColumns, tail),
        values, tr("Ledgerlink could not read integrations from its database."));
    if (!query) {
        return query.error();
    }
    QList<Integration> integrations;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Integration integration;
        integration.id = q.value(0).toString();
        integration.provider = q.value(1).toString();
        integration.appType = q.value(2).toString();
        integration.clientId = q.value(3).toString();
        integration.grantId = q.value(4).toString();
        integration.tenantId = q.value(5).toString();
        integration.tenantName = q.value(6).toString();
        const auto state = IntegrationStates::fromText(q.value(7).toString());
        if (!state) {
            return Error(Error::Kind::Fatal, tr("The database holds an integration state Ledgerlink does not know."),
                QStringLiteral("unknown state '%1'").arg(q.value(7).toString()));
        }
        integration.state = *state;
        integration.enabled = q.value(8).toInt() != 0;
        integration.settings = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        integration.redirectPort = q.value(10).isNull() ? 0 : q.value(10).toInt();
        integration.createdAt = StoreSql::time(q.value(11));
        integration.activatedAt = StoreSql::time(q.value(12));
        integration.lastSuccessfulPollAt = StoreSql::time(q.value(13));
        integration.nextPollAt = StoreSql::time(q.value(14));
        integration.updatedAt = StoreSql::time(q.value(15));
        integrations.append(integration);
    }
    return integrations;
}

} // namespace Ledgerlink
