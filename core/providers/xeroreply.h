#pragma once

#include "clock.h"
#include "error.h"
#include "providers/requestpacer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ledgerlink {

/// Turns a finished Xero exchange into a JSON object or a graded Error:
///   2xx + JSON object -> ok      2xx + anything else (HTML, cut-off JSON) -> Fatal, nothing applied
///   400 ValidationException -> Item with Xero's own message     401/403 -> Auth
///   429 -> Retryable "... resumes at HH:MM UTC"      5xx, drop, timeout -> Retryable      else -> Fatal
/// Every Error's detail carries the HTTP status and Xero-Correlation-Id for support.
class XeroReply
{
    Q_DECLARE_TR_FUNCTIONS(XeroReply)

public:
    static Result<QJsonObject> parse(const PacedReply &reply, const Clock &clock);
    static Error errorFor(const PacedReply &reply, const Clock &clock);
    /// Xero's messages from a ValidationException body or one element's ValidationErrors.
    static QStringList validationMessages(const QJsonObject &object);
    static QString correlationId(const PacedReply &reply);
};

} // namespace Ledgerlink
