#pragma once

#include "store/integration.h"
#include "store/invoice.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// An integration's sync choices, read from Integration::settings (JSON written by the wizard):
///
///   { "customers": {"enabled": true, "direction": "both"},   direction: "to" | "from" | "both"
///     "items": {...}, "tax_rates": {...}, "accounts": {...}, "invoices": {...},
///     "credit_notes": {...}, "payments": {...},
///     "invoice_trigger_status": "PENDING_PAYMENT", "start_date": "2026-01-01",
///     "poll_minutes": 15, "default_account_code": "200" }
///
/// Anything missing or unreadable takes the documented default.
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
    QString defaultAccountCode; ///< empty: the first revenue account

    static SyncSettings fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// Documents created at or after this moment (UTC) are pushed.
    QDateTime documentCutoff(const Integration &integration) const;
    /// Whether a document in `status` has reached the trigger status.
    bool reachedTrigger(InvoiceStatus status) const;
};

} // namespace Ledgerlink
