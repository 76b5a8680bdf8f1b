#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace Ledgerlink {

/// One accounting provider, as the sync engine sees it. Every call is asynchronous and ends in
/// exactly one callback (from the event loop, on the client's thread - the sync worker). Errors
/// are graded: Fatal (stop the run), Item (this record), Retryable (after the client's own
/// retries ran out), Auth (grant gone: re-authorise). A reply the client cannot parse is an
/// error, never a partial success: nothing local may change on its basis.
///
/// Writes take at most maxBatchSize() elements and answer per element, in order.
class ProviderClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using ListCallback = std::function<void(const Result<RemotePage<T>> &)>;
    using WriteCallback = std::function<void(const Result<QList<WriteOutcome>> &)>;
    template <typename T> using LookupCallback = std::function<void(const Result<std::optional<T>> &)>;

    explicit ProviderClient(QObject *parent = nullptr);
    ~ProviderClient() override;

    virtual QString providerKey() const = 0;
    virtual int maxBatchSize() const = 0;
    virtual int pageSize() const = 0;
    /// The largest page the provider serves. Asked for when a read brings back the records the
    /// engine itself wrote since the last read (RunContext::readPageSize): fewer calls, same filter.
    virtual int maxPageSize() const { return pageSize(); }
    /// True where deleted records are listed only when asked (ListQuery::deletedSince, Sage): the
    /// engine then keeps a deletions watermark per entity. Elsewhere deletions come with the
    /// ordinary reads and no such watermark is read or written.
    virtual bool listsDeletionsSeparately() const { return false; }

    // Reference data (not paged at Xero).
    virtual void listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback) = 0;
    virtual void listTaxRates(ListCallback<RemoteTaxRate> callback) = 0;

    // Changed records since a watermark, page by page.
    virtual void listContacts(const ListQuery &query, ListCallback<RemoteContact> callback) = 0;
    virtual void listItems(const ListQuery &query, ListCallback<RemoteItem> callback) = 0;
    virtual void listPayments(const ListQuery &query, ListCallback<RemotePayment> callback) = 0;

    virtual void writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback) = 0;
    virtual void writeItems(const QList<ItemWrite> &items, WriteCallback callback) = 0;
    /// Invoices and credit notes; one call holds one kind only.
    virtual void writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback) = 0;

    /// Local payments (setting push_local_payments). The default refuses with a Config error, so a
    /// provider without support says so instead of silently dropping payments.
    virtual void writePayments(const QList<PaymentWrite> &payments, WriteCallback callback);

    /// Crash recovery: the record with our external key, if the provider has it.
    virtual void findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback) = 0;
    /// Crash recovery of a customer whose create may have gone through: by default its external
    /// key; a provider without a field for the key overrides this (QBO: the unique DisplayName).
    virtual void findContact(const ContactWrite &contact, LookupCallback<RemoteContact> callback)
    {
        findContactByKey(contact.externalKey, std::move(callback));
    }
    virtual void findInvoiceByNumber(
        InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback) = 0;

Q_SIGNALS:
    /// The provider's rate limit holds requests back until `until` (UTC).
    void waitingForRateLimit(const QDateTime &until, const QString &reason);
};

} // namespace Ledgerlink
