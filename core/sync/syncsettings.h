#pragma once

#include "store/integration.h"
#include "store/invoice.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

/// An integration's sync choices, read from Integration::settings (JSON written by the wizard):
///
///   { "customers": {"enabled": true, "direction": "both"},   direction: "to" | "from" | "both"
///     "items": {...}, "tax_rates": {...}, "accounts": {...}, "invoices": {...},
///     "credit_notes": {...}, "payments": {...},
///     "invoice_trigger_status": "PENDING_PAYMENT", "start_date": "2026-01-01",
///     "poll_minutes": 15, "sales_account_code": "200", "payment_account_code": "090",
///     "push_local_payments": false, "full_reconcile_hours": 24,
///     "customer_matching": {"link": {"<local id>": "<remote id>"}, "skip": [<local id>, ...],
///                           "create": [<local id>, ...]},
///     "tax_mapping": {"<local tax type code>": "<provider tax code>"} }
///
/// Anything missing or unreadable takes the documented default. "default_account_code" is the
/// older name of "sales_account_code" and is still read. The matching table comes from the
/// wizard and is not trusted: entries that cannot be read are listed in `matchingProblems`.
struct SyncSettings
{
    enum class Direction {
        ToProvider,
        FromProvider,
        Both,
    };
    struct Entity
    {
        bool enabled = true;
        Direction direction = Direction::Both;
        bool sends() const { return enabled && direction != Direction::FromProvider; }
        bool receives() const { return enabled && direction != Direction::ToProvider; }
    };

    Entity customers { true, Direction::Both };
    Entity items { true, Direction::Both };
    Entity taxRates { true, Direction::FromProvider };
    Entity accounts { true, Direction::FromProvider };
    Entity invoices { true, Direction::ToProvider };
    Entity creditNotes { true, Direction::ToProvider };
    Entity payments { true, Direction::FromProvider };
    InvoiceStatus triggerStatus = InvoiceStatus::PendingPayment;
    QDate startDate; ///< invalid: documents created after activation
    int pollMinutes = 15;
    QString defaultAccountCode; ///< sales_account_code; empty: the first revenue account
    QString paymentAccountCode; ///< payment_account_code: where pushed local payments are recorded
    bool pushLocalPayments = false;
    int fullReconcileHours = 24; ///< a full read at least this often (Scheduler)

    /// The wizard's first-connect answers: which local customer is which remote contact, and
    /// which local customers stay out of the accounting package altogether.
    struct CustomerMatching
    {
        QHash<qint64, QString> link; ///< local customer id -> remote contact id
        QSet<qint64> skip;
        /// Answered "create new" although a match was suggested: never matched automatically.
        QSet<qint64> create;
        bool isEmpty() const { return link.isEmpty() && skip.isEmpty() && create.isEmpty(); }
    };
    CustomerMatching customerMatching;
    QStringList matchingProblems; ///< unreadable matching entries, for History (technical text)
    /// The admin's tax mapping: local tax type code -> provider tax code. It wins over the
    /// automatic code/name match (TaxMapping); empty entries are dropped.
    QHash<QString, QString> taxMapping;
    /// The provider code a local tax type is sent as: the mapped one, else its own code.
    QString providerTaxCode(const QString &localCode) const { return taxMapping.value(localCode, localCode); }

    static SyncSettings fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// Documents created at or after this moment (UTC) are pushed.
    QDateTime documentCutoff(const Integration &integration) const;
    /// Whether a document in `status` has reached the trigger status.
    bool reachedTrigger(InvoiceStatus status) const;
};

} // namespace Ledgerlink
