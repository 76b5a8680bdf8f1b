#pragma once

#include "clock.h"
#include "providers/providerclient.h"
#include "providers/qbobatch.h"
#include "providers/requestpacer.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;

/// The QuickBooks Online Accounting API v3 (PROVIDERS.md "QuickBooks Online"):
///
///   read  -> GET {base}/{realmId}/query?query=SELECT * FROM X [WHERE MetaData.LastUpdatedTime >= 't']
///            ORDERBY Id STARTPOSITION n MAXRESULTS m
///   write -> POST {base}/{realmId}/batch?requestid=K  {"BatchItemRequest":[{bId, operation, X}]} (<= 30)
///         -> per-item outcome; Fault 5010 (stale SyncToken) -> re-read those records, send them once more
///   every call -> access token -> RequestPacer (budget, 429, retries) -> 401 once: new token, same request
///
/// Updates need the record's current SyncToken: the client remembers the ones it saw (reads and
/// write replies) and reads the missing ones before a batch. K, the requestid, is derived from the
/// elements' idempotency keys and SyncTokens, so a batch sent again is replayed, not repeated.
/// A Fault is an error whatever the HTTP status (Intuit sends some with 200).
class QboClient : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl apiBaseUrl; ///< https://quickbooks.api.intuit.com/v3/company or the sandbox's
        QString realmId;
        RequestPacer::Options pacing;
        int pageSize = 100;
        int minorVersion = 75;
    };

    QboClient(QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock,
        QObject *parent = nullptr);
    ~QboClient() override;

    QString providerKey() const override { return QStringLiteral("qbo"); }
    int maxBatchSize() const override { return 30; }
    int pageSize() const override { return m_config.pageSize; }
    int maxPageSize() const override { return 1000; } ///< MAXRESULTS limit

    void listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback) override;
    void listTaxRates(ListCallback<RemoteTaxRate> callback) override;
    void listContacts(const ListQuery &query, ListCallback<RemoteContact> callback) override;
    void listItems(const ListQuery &query, ListCallback<RemoteItem> callback) override;
    void listPayments(const ListQuery &query, ListCallback<RemotePayment> callback) override;

    void writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback) override;
    void writeItems(const QList<ItemWrite> &items, WriteCallback callback) override;
    void writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback) override;
    /// New Payments (LinkedTxn to the pushed invoice), in one batch.
    void writePayments(const QList<PaymentWrite> &payments, WriteCallback callback) override;

    /// QBO customers have no field for our external key that its query can filter on: the
    /// answer is always "not found" (findContact looks by DisplayName instead).
    void findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback) override;
    /// Crash recovery by DisplayName, which QBO keeps unique (Fault 6240) and we send as the
    /// customer's trimmed name: SELECT * FROM Customer WHERE DisplayName = '<name, \' escaped>'
    /// (archived ones too), compared exactly because QBO's = ignores case.
    void findContact(const ContactWrite &contact, LookupCallback<RemoteContact> callback) override;
    void findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback) override;

    RequestPacer &pacer() { return *m_pacer; }

private:
    using JsonCallback = std::function<void(const Result<QJsonObject> &json, const PacedReply &reply)>;
    using Element = QboBatch::Element;
    using BatchCallback = std::function<void(const Result<QList<WriteOutcome>> &outcomes, const QList<int> &stale)>;

    void call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
        JsonCallback callback, bool authRetried = false);
    void runQuery(const QString &sql, JsonCallback callback);
    template <typename T>
    void list(const QString &entity, const ListQuery &query, const QString &extraWhere,
        std::function<Result<QList<T>>(const QJsonObject &)> mapper, ListCallback<T> callback);
    /// Makes sure every update has a SyncToken (reading the missing ones), sends the batch, and
    /// re-reads and re-sends the stale ones once.
    void write(const QString &entity, const QList<Element> &elements, WriteCallback callback);
    void sendBatch(const QString &entity, const QList<Element> &elements, BatchCallback callback);
    /// Reads the current SyncTokens of `ids` into m_syncTokens.
    void readSyncTokens(const QString &entity, const QStringList &ids, std::function<void(const Status &)> done);
    void resolveItemIds(const QStringList &codes, std::function<void(const Status &)> done);
    void remember(const QString &entity, const QJsonObject &record);

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens;
    Config m_config;
    const Clock &m_clock;
    RequestPacer *m_pacer;
    QHash<QString, QString> m_syncTokens; ///< "Entity/Id" -> SyncToken last seen
    QHash<QString, QString> m_itemIds; ///< item Name (our code) -> Id
};

} // namespace Ledgerlink
