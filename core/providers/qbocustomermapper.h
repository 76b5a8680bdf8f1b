#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// QBO Customer <-> our customer. DisplayName is QBO's unique key (Fault 6240 on a duplicate);
/// archived is Active=false (name lists are never deleted).
class QboCustomerMapper
{
public:
    static Result<RemoteContact> fromJson(const QJsonObject &json);
    /// Without Id/SyncToken: the client adds them for updates.
    static QJsonObject toJson(const ContactWrite &write);
};

} // namespace Ledgerlink
