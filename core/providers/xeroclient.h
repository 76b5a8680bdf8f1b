#pragma once

#include "clock.h"
#include "providers/providerclient.h"
#include "providers/requestpacer.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;

/// The Xero Accounting API (PROVIDERS.md "Xero"):
///
///   call -> access token -> GET/PUT/POST {base}/{Entity}  Accept: application/json, xero-tenant-id,
///           [If-Modified-Since] [Idempotency-Key] [?summarizeErrors=false&page=N&pageSize=M]
///        -> RequestPacer (budget, 429, retries) -> 401 once: new token, same request -> XeroReply
///
/// Creates go as PUT, updates as POST, each in batches of at most 50 with summarizeErrors=false so
/// every element gets its own outcome. The Idempotency-Key of a batch is derived from the
/// elements' (integration, entity, local id, local version) keys, so a retried batch replays.
class XeroClient : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl apiBaseUrl; ///< https://api.xero.com/api.xro/2.0 or the sandbox's
        QString tenantId;
        RequestPacer::Options pacing;
        int pageSize = 100;
    };

    XeroClient(QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock,
        QObject *parent = nullptr);
    ~XeroClient() override;

    QString providerKey() const override { return QStringLiteral("xero"); }
    int maxBatchSize() const override { return 50; }
    int pageSize() const override { return m_config.pageSize; }
    int maxPageSize() const override { return 1000; } ///< Xero's pageSize limit

    void listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback) override;
    void listTaxRates(ListCallback<RemoteTaxRate> callback) override;
    void listContacts(const ListQuery &query, ListCallback<RemoteContact> callback) override;
    void listItems(const ListQuery &query, ListCallback<RemoteItem> callback) override;
    void listPayments(const ListQuery &query, ListCallback<RemotePayment> callback) override;

    void writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback) override;
    void writeItems(const QList<ItemWrite> &items, WriteCallback callback) override;
    void writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback) override;
    /// PUT /Payments?summarizeErrors=false: new payments only, answered per element.
    void writePayments(const QList<PaymentWrite> &payments, WriteCallback callback) override;

    void findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback) override;
    void findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback) override;

    RequestPacer &pacer() { return *m_pacer; }

    /// "Wed, 21 Oct 2026 07:28:00 GMT"
    static QByteArray httpDate(const QDateTime &time);

private:
    using JsonCallback = std::function<void(const Result<QJsonObject> &json, const PacedReply &reply)>;
    struct Element
    {
        qint64 localId = 0;
        QString key;
        QJsonObject json;
        bool update = false;
    };

    void call(const QByteArray &method, const QString &entity, const QUrlQuery &query, const QByteArray &body,
        const QHash<QByteArray, QByteArray> &headers, JsonCallback callback, bool authRetried = false);
    template <typename T>
    void list(const QString &entity, const ListQuery &query, bool paged, bool incremental,
        std::function<Result<T>(const QJsonObject &)> mapper, ListCallback<T> callback);
    /// PUT the new elements, then POST the changed ones; outcomes in the order of `elements`.
    void write(const QString &entity, const QString &idField, const QList<Element> &elements, WriteCallback callback);
    void writeOne(const QString &entity, const QString &idField, const QByteArray &method,
        const QList<Element> &elements, WriteCallback callback);
    QDateTime serverTime(const QJsonObject &root, const PacedReply &reply) const;

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens;
    Config m_config;
    const Clock &m_clock;
    RequestPacer *m_pacer;
};

} // namespace Ledgerlink
