#pragma once

#include "clock.h"
#include "error.h"
#include "providers/requestpacer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerlink {

/// Turns a finished QuickBooks Online exchange into a JSON object or a graded Error:
///   2xx + JSON object without Fault -> ok      2xx + HTML / cut-off JSON -> Fatal, nothing applied
///   any status with a Fault body (a 200 can carry one) -> faultError()
///   401 / Fault 3200 -> Auth     403 -> Auth     429 / Fault 3001 -> Retryable
///   5xx, drop, timeout -> Retryable     other 4xx ValidationFault -> Item with Intuit's message
/// Every Error's detail carries the HTTP status, the fault code and intuit_tid for support.
class QboReply
{
    Q_DECLARE_TR_FUNCTIONS(QboReply)

public:
    static Result<QJsonObject> parse(const PacedReply &reply, const Clock &clock);
    /// The Error for a Fault object ({"Error":[{Message,Detail,code,element}],"type"}).
    static Error faultError(const QJsonObject &fault, int status, const QString &correlationId);
    /// The first error code of a Fault ("5010", "6240", ...).
    static QString faultCode(const QJsonObject &fault);
    static QString correlationId(const PacedReply &reply);
    /// The reply's own clock ("time" field, else the Date header, else ours).
    static QDateTime serverTime(const QJsonObject &root, const PacedReply &reply, const Clock &clock);
};

} // namespace Ledgerlink
