#pragma once

#include "clock.h"
#include "providers/providerclient.h"
#include "providers/requestpacer.h"
#include "providers/sagetransport.h"

#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;

/// Sage Business Cloud Accounting API v3.1 (PROVIDERS.md "Sage"), one business (X-Business):
///
///   read  -> GET /{collection}?attributes=all&items_per_page=n&page=p[&updated_or_created_since=t]
///            -> $items, $next; the reply's Date (else the time we asked) is the next watermark
///   write -> one request per record (POST create with idempotency_id, PUT update, DELETE +
///            void_reason to void), a batch sent side by side within the pacer's concurrency and
///            answered per element in order; 422 [{$message,$source}] fails that element only
///   every call -> SageTransport (token, pacer, 401 once)
///
/// idempotency_id is derived from the engine's idempotency key, so a create sent again after a
/// lost reply is answered with the record made the first time. A reply that cannot be read fails
/// the whole call: nothing local changes on its basis.
class SageClient : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl apiBaseUrl; ///< https://api.accounting.sage.com/v3.1 or the sandbox's
        QString businessId;
        RequestPacer::Options pacing;
        int pageSize = 100; ///< Sage allows up to 200
        int maxBatchSize = 10;
    };

    SageClient(QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock,
        QObject *parent = nullptr);
    ~SageClient() override;

    QString providerKey() const override { return QStringLiteral("sage"); }
    int maxBatchSize() const override { return m_config.maxBatchSize; }
    int pageSize() const override { return m_config.pageSize; }
    bool listsDeletionsSeparately() const override { return true; }

    void listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback) override;
    void listTaxRates(ListCallback<RemoteTaxRate> callback) override;
    void listContacts(const ListQuery &query, ListCallback<RemoteContact> callback) override;
    void listItems(const ListQuery &query, ListCallback<RemoteItem> callback) override;
    void listPayments(const ListQuery &query, ListCallback<RemotePayment> callback) override;

    void writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback) override;
    void writeItems(const QList<ItemWrite> &items, WriteCallback callback) override;
    void writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback) override;
    /// A customer receipt allocated to the invoice. Sage does not change a recorded payment: an
    /// update is refused per element (delete it in Sage and record it again).
    void writePayments(const QList<PaymentWrite> &payments, WriteCallback callback) override;

    /// Contact whose reference is our key (searched, then compared exactly).
    void findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback) override;
    /// The document whose reference (our number) or Sage number is `number`.
    void findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback) override;

    RequestPacer &pacer();

private:
    using ElementDone = SageTransport::ElementDone;
    using ElementSend = std::function<void(ElementDone done)>;

    template <typename T>
    void list(const QString &collection, const ListQuery &query,
        std::function<Result<QList<T>>(const QJsonObject &)> mapper, ListCallback<T> callback);
    /// Runs every element's exchange (side by side, the pacer limits them) and answers in order.
    /// An element's Item error stays with it; any other error (unreadable reply, auth, retries
    /// exhausted) fails the whole call, leaving the records' outcome for recovery to find.
    void sendEach(const QList<ElementSend> &elements, WriteCallback callback);
    void sendPayment(const PaymentWrite &payment, ElementDone done);

    Config m_config;
    SageTransport *m_transport;
};

} // namespace Ledgerlink
