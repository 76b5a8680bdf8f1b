#pragma once

#include "error.h"
#include "providers/requestpacer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace Ledgerlink {

/// Turns a finished Sage Business Cloud Accounting exchange into JSON or a graded Error:
///   2xx + JSON object/array -> ok (204 / empty body -> an empty object)
///   2xx + HTML / cut-off JSON -> Fatal, nothing applied
///   401 -> Auth     403 (no access to the business) -> Auth     429, 5xx, drop -> Retryable
///   404 -> Item (the record is gone)     422 / other 4xx with [{$severity,$dataCode,$message,$source}]
///   -> Item carrying Sage's own message
/// Every Error's detail carries the HTTP status, the data codes and the request id for support.
class SageReply
{
    Q_DECLARE_TR_FUNCTIONS(SageReply)

public:
    static Result<QJsonValue> parse(const PacedReply &reply);
    /// The Error for a Sage error body ([{...}] or {...}) with `status`.
    static Error errorFor(const QJsonValue &body, int status, const QString &correlationId);
    static QString correlationId(const PacedReply &reply);
    /// The reply's Date header (the provider's clock), else `fallback`.
    static QDateTime serverTime(const PacedReply &reply, const QDateTime &fallback);
};

} // namespace Ledgerlink
