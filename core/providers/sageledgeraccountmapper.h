#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Sage ledger_account -> our account. Our code is Sage's nominal code ("4000"), which people
/// know; lines and products refer to the ledger account's id, which SageClient looks up by code.
class SageLedgerAccountMapper
{
public:
    static Result<RemoteAccount> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink
