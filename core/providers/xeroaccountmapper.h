#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Xero Account -> Account (Code, Name, Type, Status). Accounts without a code cannot be used on
/// documents and are reported as an Item error by the caller. Read only.
class XeroAccountMapper
{
public:
    static Result<RemoteAccount> fromJson(const QJsonObject &json);
};

} // namespace Ledgerlink
