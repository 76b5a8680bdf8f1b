#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// MYOB Contact/Customer <-> RemoteContact / ContactWrite. DisplayID (the card ID) carries our
/// external key; a business's own account number goes there too, so it is read back as the
/// account number unless it is one of our generated "LL-C<n>" keys. Name, email, phone and the
/// first address are written and read back unchanged, so a quiet run finds nothing to change.
class MyobCustomerMapper
{
public:
    static Result<RemoteContact> fromJson(const QJsonObject &json);
    static QJsonObject toJson(const ContactWrite &write);
};

} // namespace Ledgerlink
