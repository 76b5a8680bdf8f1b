#include "integrationbuilder.h"

#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "logging.h"
#include "store/database.h"
#include "store/integrationrepository.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace Ledgerlink {

namespace {

QString directionText(SyncDirection direction)
{
    switch (direction) {
    case SyncDirection::ToProvider:
        return QStringLiteral("to");
    case SyncDirection::FromProvider:
        return QStringLiteral("from");
    case SyncDirection::Both:
        return QStringLiteral("both");
    }
    return QStringLiteral("both");
}

QJsonObject entityJson(const EntitySync &entity)
{
    return { { QStringLiteral("enabled"), entity.enabled },
        { QStringLiteral("direction"), directionText(entity.direction) } };
}

} // namespace

IntegrationBuilder::IntegrationBuilder(Database &database, Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
{
    qRegisterMetaType<Result<Outcome>>();
}

QString IntegrationBuilder::appTypeText(AppType type)
{
    switch (type) {
    case AppType::PkceDesktop:
        return QStringLiteral("pkce");
    case AppType::WebApp:
        return QStringLiteral("web");
    case AppType::CustomConnection:
        return QStringLiteral("custom_connection");
    }
    return QStringLiteral("web");
}

QJsonObject IntegrationBuilder::settingsJson(const IntegrationDraft &draft)
{
    QJsonObject json { { QStringLiteral("customers"), entityJson(draft.customers) },
        { QStringLiteral("items"), entityJson(draft.items) },
        { QStringLiteral("tax_rates"), entityJson(draft.taxRates) },
        { QStringLiteral("accounts"), entityJson(draft.accounts) },
        { QStringLiteral("invoices"), entityJson(draft.invoices) },
        { QStringLiteral("credit_notes"), entityJson(draft.creditNotes) },
        { QStringLiteral("payments"), entityJson(draft.payments) },
        { QStringLiteral("push_local_payments"), draft.pushLocalPayments },
        { QStringLiteral("invoice_trigger_status"), draft.invoiceTriggerStatus },
        { QStringLiteral("poll_minutes"), draft.pollMinutes } };
    if (draft.startDate.isValid()) {
        json.insert(QStringLiteral("start_date"), draft.startDate.toString(Qt::ISODate));
    }
    if (draft.appType == AppType::CustomConnection && !draft.scopes.isEmpty()) {
        json.insert(QStringLiteral("scopes"), QJsonValue::fromVariant(draft.scopes));
    }
    // The admin's Configure answers: account mapping and first-connect customer matching.
    if (!draft.salesAccountCode.isEmpty()) {
        json.insert(QStringLiteral("sales_account_code"), draft.salesAccountCode);
    }
    if (!draft.paymentAccountCode.isEmpty()) {
        json.insert(QStringLiteral("payment_account_code"), draft.paymentAccountCode);
    }
    QJsonObject links;
    for (auto it = draft.customerLinks.cbegin(); it != draft.customerLinks.cend(); ++it) {
        links.insert(QString::number(it.key()), it.value());
    }
    QJsonArray skipped;
    for (const qint64 id : draft.skippedCustomers) {
        skipped.append(id);
    }
    QJsonArray created;
    for (const qint64 id : draft.newCustomers) {
        created.append(id);
    }
    if (!links.isEmpty() || !skipped.isEmpty() || !created.isEmpty()) {
        QJsonObject matching { { QStringLiteral("link"), links }, { QStringLiteral("skip"), skipped } };
        if (!created.isEmpty()) {
            matching.insert(QStringLiteral("create"), created);
        }
        json.insert(QStringLiteral("customer_matching"), matching);
    }
    return json;
}

Status IntegrationBuilder::validate(const IntegrationDraft &draft)
{
    if (draft.provider.isEmpty()) {
        return Error(
            Error::Kind::Config, tr("Choose the accounting package to connect."), QStringLiteral("no provider"));
    }
    if (draft.clientId.trimmed().isEmpty()) {
        return Error(Error::Kind::Config, tr("Enter the client ID of the app you registered with the provider."),
            QStringLiteral("no client id"));
    }
    if (draft.needsSecret() && draft.clientSecret.isEmpty()) {
        return Error(Error::Kind::Config, tr("Enter the client secret of the app you registered with the provider."),
            QStringLiteral("no client secret"));
    }
    if (draft.organisationIds.isEmpty()) {
        return Error(Error::Kind::Config, tr("Sign in and choose at least one organisation to connect."),
            QStringLiteral("no organisation"));
    }
    if (draft.organisationNames.size() != draft.organisationIds.size()) {
        return Error(Error::Kind::Config, tr("The chosen organisations are incomplete. Sign in again."),
            QStringLiteral("organisation ids and names differ in length"));
    }
    return {};
}

bool IntegrationBuilder::commit(const IntegrationDraft &draft, const QString &refreshToken)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_draft = draft;
    m_pending.clear();
    if (Status valid = validate(draft); !valid) {
        // From the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = valid.error()] { finish(error); });
        return true;
    }
    m_grantId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (draft.needsSecret()) {
        m_pending.append({ clientSecretName(), draft.clientSecret.toUtf8() });
    }
    if (!refreshToken.isEmpty()) {
        m_pending.append({ refreshTokenName(), refreshToken.toUtf8() });
    }
    // The draft copy no longer needs the secret: it is in m_pending until written.
    m_draft.clientSecret.clear();
    QTimer::singleShot(0, this, &IntegrationBuilder::writeNext);
    return true;
}

void IntegrationBuilder::writeNext()
{
    if (m_pending.isEmpty()) {
        storeIntegrations();
        return;
    }
    const PendingSecret secret = m_pending.takeFirst();
    SecretJob *job = m_secrets.write(m_grantId, secret.name, secret.value);
    connect(job, &SecretJob::finished, this, [this](const Result<QByteArray> &written) {
        if (!written) {
            qCWarning(lcStore) << "integration builder: keychain write failed:" << written.error().detail();
            rollBackSecrets(written.error());
            return;
        }
        writeNext();
    });
}

void IntegrationBuilder::storeIntegrations()
{
    IntegrationRepository repository(m_database, m_clock);
    QList<Integration> stored;
    Error failure;
    const Status status = m_database.inTransaction([&]() -> Status {
        // One integration per organisation: connecting one twice would sync every record twice.
        auto existing = repository.all();
        if (!existing) {
            return existing.error();
        }
        for (const Integration &other : existing.value()) {
            const qsizetype at = m_draft.organisationIds.indexOf(other.tenantId);
            if (other.provider == m_draft.provider && at >= 0) {
                return Error(Error::Kind::Config,
                    tr("%1 is already connected. Untick it, or disconnect the existing integration first.")
                        .arg(m_draft.organisationNames.at(at)),
                    QStringLiteral("tenant %1 already has integration %2").arg(other.tenantId, other.id));
            }
        }
        for (int i = 0; i < m_draft.organisationIds.size(); ++i) {
            Integration integration;
            integration.provider = m_draft.provider;
            integration.appType = appTypeText(m_draft.appType);
            integration.clientId = m_draft.clientId.trimmed();
            integration.grantId = m_grantId;
            integration.tenantId = m_draft.organisationIds.at(i);
            integration.tenantName = m_draft.organisationNames.at(i);
            integration.state = IntegrationState::Active;
            integration.enabled = true;
            integration.settings = settingsJson(m_draft);
            if (i > 0) {
                // The matching table was read from the first organisation's contacts: its answers
                // name contacts of that organisation only. The others match automatically.
                integration.settings.remove(QStringLiteral("customer_matching"));
            }
            integration.redirectPort = m_draft.usesBrowser() ? m_draft.redirectPort : 0;
            auto inserted = repository.insert(integration);
            if (!inserted) {
                return inserted.error();
            }
            stored.append(inserted.value());
        }
        return {};
    });
    if (!status) {
        qCWarning(lcStore) << "integration builder: store failed:" << status.error().detail();
        rollBackSecrets(status.error());
        return;
    }
    qCInfo(lcStore) << "integration builder: saved" << stored.size() << "integration(s) for" << m_draft.provider;
    finish(Outcome { m_grantId, stored });
}

void IntegrationBuilder::rollBackSecrets(const Error &error)
{
    m_pending.clear();
    SecretJob *job = m_secrets.removeAll(m_grantId);
    connect(job, &SecretJob::finished, this, [this, error](const Result<QByteArray> &removed) {
        if (!removed) {
            qCWarning(lcStore) << "integration builder: could not remove the grant's secrets:"
                               << removed.error().detail();
        }
        finish(error);
    });
}

void IntegrationBuilder::finish(Result<Outcome> result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Ledgerlink
