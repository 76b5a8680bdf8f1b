#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// MYOB GeneralLedger/Account -> RemoteAccount: DisplayID ("4-1000") is the account's code.
/// The account's Type names its class; when MYOB leaves it out, the class follows from the first
/// digit of the DisplayID (MYOB's numbering: 1 asset, 2 liability, 3 equity, 4 income, 5 cost of
/// sales, 6 expense, 8 other income, 9 other expense) and 1-11xx are the bank accounts.
class MyobAccountMapper
{
public:
    static Result<RemoteAccount> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink
