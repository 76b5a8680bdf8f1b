#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// QBO Account -> our account. QBO refers to accounts by Id (AcctNum is optional and often
/// empty), so the Id is the code lines and items name; the type follows our Xero-style names
/// (Income -> REVENUE, Bank -> BANK) so the default sales account is found the same way.
class QboAccountMapper
{
public:
    static Result<RemoteAccount> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink
