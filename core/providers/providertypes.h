#pragma once

#include "error.h"
#include "store/account.h"
#include "store/customer.h"
#include "store/invoice.h"
#include "store/item.h"
#include "store/payment.h"
#include "store/taxtype.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Ledgerlink {

// Provider-neutral shapes that travel between the sync engine and a ProviderClient. Store value
// types carry the fields; the Remote* wrappers add what only the provider knows. Local ids inside
// them are 0: the engine resolves links, the client never touches the store.

/// A contact (customer) as the provider has it.
struct RemoteContact
{
    QString remoteId;
    QString version; ///< the provider's last-modified stamp (ms since epoch as text)
    QDateTime updatedAt; ///< UTC
    QString externalKey; ///< Xero ContactNumber
    Customer customer;
    /// Deleted at the provider (Sage's deleted_since): only remoteId and the name are known, and
    /// the engine archives the linked customer instead of applying the (empty) fields.
    bool deleted = false;
};

struct RemoteItem
{
    QString remoteId;
    QString version;
    QDateTime updatedAt;
    QString taxCode; ///< provider tax type code of the sales side
    QString accountCode;
    Item item;
    bool deleted = false; ///< as RemoteContact::deleted
};

struct RemoteTaxRate
{
    QString remoteId; ///< Xero TaxType code
    bool active = true;
    TaxType taxType; ///< name, code (= remoteId), rateE4
};

struct RemoteAccount
{
    QString remoteId;
    QString version;
    bool active = true;
    bool acceptsPayments = false; ///< a bank account or one that allows payments
    Account account;
};

/// Only what the engine needs to know about a pushed invoice or credit note.
struct RemoteInvoice
{
    QString remoteId;
    QString version;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number;
    QString status; ///< the provider's own status text
    qint64 totalMinor = 0;
    qint64 amountPaidMinor = 0;
};

struct RemotePayment
{
    QString remoteId;
    QString version;
    QString invoiceRemoteId;
    QDate date;
    qint64 amountMinor = 0;
    QString reference;
    bool deleted = false;
};

/// What an incremental read asks for.
struct ListQuery
{
    QDateTime modifiedSince; ///< invalid = everything (full read)
    /// A full read only: also the records deleted since this time, where the provider lists
    /// deletions apart from the live records (Sage's deleted_since). Invalid = no deletions.
    QDateTime deletedSince;
    int page = 1;
    int pageSize = 100;
};

/// One page of a list reply.
template <typename T> struct RemotePage
{
    QList<T> records;
    bool hasMore = false;
    QDateTime serverTime; ///< the reply's Date header: the provider's clock, for the next watermark
    QString correlationId;
};

/// Outgoing customer. remoteId empty = create.
struct ContactWrite
{
    qint64 localId = 0;
    QString remoteId;
    QString externalKey; ///< ContactNumber, also the crash-recovery lookup key
    QString idempotencyKey;
    Customer customer;
};

struct ItemWrite
{
    qint64 localId = 0;
    QString remoteId;
    QString idempotencyKey;
    QString taxCode;
    QString accountCode;
    Item item;
};

/// The codes an invoice's lines refer to, resolved by the engine from links and reference data.
struct InvoiceReferences
{
    QString contactRemoteId;
    QHash<qint64, QString> itemCodes; ///< local item id -> provider item code
    QHash<qint64, QString> taxCodes; ///< local tax type id -> provider tax code
    QHash<qint64, QString> accountCodes; ///< local account id -> provider account code
    QString defaultAccountCode; ///< for lines without an account
};

struct InvoiceWrite
{
    qint64 localId = 0;
    QString remoteId;
    QString idempotencyKey;
    Invoice invoice;
    InvoiceReferences references;
    bool voidIt = false; ///< only change the remote status to void
};

/// Outgoing local payment against an invoice the provider already has. remoteId empty = create.
struct PaymentWrite
{
    qint64 localId = 0;
    QString remoteId;
    QString idempotencyKey;
    QString invoiceRemoteId;
    QString customerRemoteId; ///< the document's customer at the provider (QBO's Payment needs it)
    InvoiceKind invoiceKind = InvoiceKind::Invoice;
    QString accountCode; ///< the bank/clearing account the money went into (payment_account_code)
    Payment payment;
};

/// The provider's answer for one element of a batch write.
struct WriteOutcome
{
    qint64 localId = 0;
    bool ok = false;
    QString remoteId;
    QString version;
    Error error; ///< when !ok: Item (validation) or another kind
    QString correlationId;
};

} // namespace Ledgerlink
