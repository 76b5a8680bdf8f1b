#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// Sage contact <-> our customer. `reference` is unique per business and carries our external
/// key (the customer's account number, else LL-C<id>); contacts that are not customers (suppliers
/// only) are not ours to sync.
class SageContactMapper
{
public:
    static Result<RemoteContact> fromJson(const QJsonObject &json);
    /// True when contact_types names CUSTOMER (or is absent, as in a create reply that omits it).
    static bool isCustomer(const QJsonObject &json);
    /// The body of POST/PUT /contacts (inside {"contact": ...}); idempotency_id only on a create.
    static QJsonObject toJson(const ContactWrite &write);
};

} // namespace Ledgerlink
