#pragma once

#include "clock.h"
#include "error.h"
#include "providers/requestpacer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerlink {

/// Turns a finished MYOB AccountRight exchange into a JSON object or a graded Error:
///   2xx + JSON object -> ok       2xx without body -> ok (empty) for writes, Fatal for reads
///   2xx + HTML / cut-off JSON -> Fatal, nothing applied
///   401 -> Auth    403 RateLimitError -> Retryable    other 403 -> Auth    5xx, drop -> Retryable
///   400 ValidationError, 404, 409 -> Item with MYOB's own message
/// Every Error's detail carries the HTTP status and MYOB's error names for support.
class MyobReply
{
    Q_DECLARE_TR_FUNCTIONS(MyobReply)

public:
    static Result<QJsonObject> parse(const PacedReply &reply, bool bodyRequired);
    /// The Error for an {"Errors":[{Name, Message, ...}]} body (or none) with this status.
    static Error errorOf(const QJsonObject &body, int status, const QString &correlationId);
    /// MYOB's over-limit answer: 403 with Errors[0].Name RateLimitError (never a 429).
    static bool isRateLimit(const PacedReply &reply);
    /// 409 IncorrectRowVersionSupplied: someone changed the record since we read its RowVersion.
    static bool isRowVersionConflict(const PacedReply &reply);
    static QString correlationId(const PacedReply &reply);
    /// The reply's Date header (the provider's clock), else ours.
    static QDateTime serverTime(const PacedReply &reply, const Clock &clock);
    /// The new record's UID: the last segment of a 201's Location header; Fatal when absent.
    static Result<QString> createdUid(const PacedReply &reply);

private:
    static QString firstErrorName(const QByteArray &body);
};

} // namespace Ledgerlink
