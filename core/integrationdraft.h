#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ledgerlink {

/// Which way records of one kind travel between the business and the accounting package.
enum class SyncDirection {
    ToProvider,
    FromProvider,
    Both,
};

/// How the admin registered their app with the provider; decides whether a secret is needed and
/// whether a browser is involved at all.
enum class AppType {
    /// Desktop app with PKCE: client id only, no secret (Xero's recommended type for us).
    PkceDesktop,
    /// Web app: client id and client secret, browser consent.
    WebApp,
    /// Xero custom connection: client credentials, no browser, one organisation, chosen scopes.
    CustomConnection,
};

/// One kind of record in the Configure step: on/off and direction.
struct EntitySync
{
    bool enabled = true;
    SyncDirection direction = SyncDirection::Both;

    bool operator==(const EntitySync &other) const { return enabled == other.enabled && direction == other.direction; }
};

/// The answers of the "Add a new app" wizard, gathered page by page. A plain value: nothing is
/// stored or sent until the wizard finishes and core's builder commits it. The client secret only
/// travels in memory on its way to the keychain - never into settings, the store or a log.
struct IntegrationDraft
{
    static constexpr int kDefaultRedirectPort = 53682;

    // Select app
    QString provider; ///< "xero", "qbo", "sage" or "myob"

    // App credentials
    AppType appType = AppType::PkceDesktop;
    QString clientId;
    QString clientSecret;
    QStringList scopes; ///< custom connection only: the scopes ticked by the admin
    int redirectPort = kDefaultRedirectPort;

    // Authorise: the organisations the admin picked (one integration each)
    QStringList organisationIds;
    QStringList organisationNames;

    // Configure
    EntitySync customers { true, SyncDirection::Both };
    EntitySync items { true, SyncDirection::Both };
    EntitySync taxRates { true, SyncDirection::FromProvider }; ///< the provider's values override ours
    EntitySync accounts { true, SyncDirection::FromProvider }; ///< chart of accounts comes from the provider
    EntitySync invoices { true, SyncDirection::ToProvider };
    EntitySync creditNotes { true, SyncDirection::ToProvider };
    EntitySync payments { true, SyncDirection::FromProvider };
    bool pushLocalPayments = false;
    QString invoiceTriggerStatus = QStringLiteral("PENDING_PAYMENT"); ///< invoices.status value that pushes
    QDate startDate;
    int pollMinutes = 15;

    bool needsSecret() const { return appType != AppType::PkceDesktop; }
    bool usesBrowser() const { return appType != AppType::CustomConnection; }

    /// The redirect URI the admin registers with the provider: exact, including the port.
    QUrl redirectUri() const { return QUrl(QStringLiteral("http://localhost:%1/callback").arg(redirectPort)); }

    // Configure: account mapping (local account codes; empty = the provider's default account)
    QString salesAccountCode; ///< invoice lines without an item account are posted here
    QString paymentAccountCode; ///< the bank account payments are recorded against
    // Configure, first connect only: the customer matching table, for the first organisation only.
    // Customers in none of the lists are matched automatically by the first sync, else created.
    QMap<qint64, QString> customerLinks; ///< local customer id -> remote contact id to link it to
    QList<qint64> skippedCustomers; ///< local customers that are not sent to the provider
    QList<qint64> newCustomers; ///< "create new" although a match was suggested: never matched automatically
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::IntegrationDraft)
