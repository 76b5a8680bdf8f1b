#pragma once

#include "clock.h"
#include "providers/myobreferences.h"
#include "providers/providerclient.h"
#include "providers/requestpacer.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;

/// MYOB Business / AccountRight API v2 (PROVIDERS.md "MYOB"):
///
///   read  -> GET {base}/{businessId}/{Entity}?$top=n&$skip=m[&$filter=LastModified gt datetime'..']
///            -> {Items, NextPageLink, Count}; the reply's Date header is the next watermark
///   write -> one request per record (MYOB has no batch), all queued at once on the pacer:
///            POST -> 201 + Location (the UID) and no body; PUT with the current RowVersion;
///            409 IncorrectRowVersionSupplied -> read the record again, send once more
///   every call -> access token + x-myobapi-key + x-myobapi-version v2 -> RequestPacer
///            (403 RateLimitError is waited out like a 429) -> 401 once: new token, same request
///   a create that failed in transit (5xx, drop, timeout) is never replayed blindly: the client
///   looks it up by DisplayID / Number and sends it once more only when MYOB does not have it
///
/// MYOB has no idempotency key: a write whose answer was lost is found again by the engine's
/// recovery through findContactByKey (DisplayID) and findInvoiceByNumber (Number) before it is
/// sent again. RowVersions are remembered from reads; a write's new RowVersion is not read back
/// (one call saved per record): its link version stays empty until the next read brings it.
class MyobClient : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl apiBaseUrl; ///< https://api.myob.com/accountright or the sandbox's
        QString businessId; ///< the company file's UID
        QString apiKey; ///< x-myobapi-key: the app's client id
        RequestPacer::Options pacing;
        int pageSize = 400;
    };

    MyobClient(QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock,
        QObject *parent = nullptr);
    ~MyobClient() override;

    QString providerKey() const override { return QStringLiteral("myob"); }
    /// Records per engine batch; each is its own request, sent up to the pacer's concurrency.
    int maxBatchSize() const override { return 20; }
    int pageSize() const override { return m_config.pageSize; }

    void listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback) override;
    void listTaxRates(ListCallback<RemoteTaxRate> callback) override;
    void listContacts(const ListQuery &query, ListCallback<RemoteContact> callback) override;
    void listItems(const ListQuery &query, ListCallback<RemoteItem> callback) override;
    void listPayments(const ListQuery &query, ListCallback<RemotePayment> callback) override;

    void writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback) override;
    void writeItems(const QList<ItemWrite> &items, WriteCallback callback) override;
    /// Invoices only: the sandbox's (and this client's) MYOB has no credit notes yet, so each
    /// credit note is answered with an Item error telling the user to enter it in MYOB.
    void writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback) override;
    /// A CustomerPayment applied to the pushed invoice, into the account payment_account_code names.
    void writePayments(const QList<PaymentWrite> &payments, WriteCallback callback) override;

    void findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback) override;
    void findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback) override;

    RequestPacer &pacer() { return *m_pacer; }

private:
    using JsonCallback = std::function<void(const Result<QJsonObject> &json, const PacedReply &reply)>;
    using RecordCallback = std::function<void(const Result<QJsonObject> &record, const QString &entity)>;
    using StatusCallback = std::function<void(const Status &status)>;
    /// One record to write: POST (no uid), PUT (uid) or DELETE (remove).
    struct Job
    {
        qint64 localId = 0;
        QString entity;
        QString uid;
        QJsonObject body;
        bool remove = false;
        Error refusal; ///< set (Item) when the record cannot even be built
        bool refused = false;
        QString keyField; ///< DisplayID / Number: how a create whose answer was lost is found again
        QString keyValue;
        bool resent = false;
    };
    using OutcomeCallback = std::function<void(const Result<WriteOutcome> &outcome)>;

    void call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
        bool bodyRequired, JsonCallback callback, bool authRetried = false);
    template <typename T>
    void list(const QString &entity, const ListQuery &query, const QString &filter,
        std::function<Result<QList<T>>(const QJsonObject &)> mapper, ListCallback<T> callback);
    /// The first record of `entities` (tried in order) with this UID; Item error when none has it.
    void readRecord(const QStringList &entities, const QString &uid, RecordCallback callback);
    /// Reads tax codes and accounts when a code a write needs is not known yet.
    void ensureReferences(const QStringList &taxCodes, const QStringList &accounts, StatusCallback done);
    void resolveItems(const QStringList &numbers, StatusCallback done);
    /// Reads the invoices this client has not seen (their layout, customer and RowVersion).
    void readInvoices(const QStringList &uids, StatusCallback done);
    void remember(const QString &entity, const QJsonObject &record);

    void writeJobs(const QList<Job> &jobs, WriteCallback callback);
    void writeOne(const Job &job, OutcomeCallback done);
    void put(const Job &job, const QString &rowVersion, bool retried, OutcomeCallback done);
    /// The UID of the record whose key field has the job's key value; empty when MYOB has none.
    void lookUp(const Job &job, std::function<void(const Result<QString> &uid)> done);
    WriteOutcome failed(const Job &job, const Error &error, const PacedReply &reply) const;

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens;
    Config m_config;
    const Clock &m_clock;
    RequestPacer *m_pacer;
    MyobReferences m_references;
    QHash<QString, QString> m_rowVersions; ///< UID -> RowVersion last seen
    QHash<QString, QString> m_invoiceLayouts; ///< invoice UID -> Sale/Invoice/Item or .../Service
    QHash<QString, QString> m_invoiceCustomers; ///< invoice UID -> customer UID
    QSet<QString> m_lookedFor; ///< "tax/CODE", "account/CODE" already searched for in MYOB's lists
};

} // namespace Ledgerlink
