#pragma once

#include "error.h"
#include "providers/providertypes.h"

#include <QJsonObject>

namespace Ledgerlink {

/// QBO Item <-> our item. QBO's unique Name carries our item code (the engine matches items by
/// code); Description our description. Tax code and income account are QBO ids.
class QboItemMapper
{
public:
    static Result<RemoteItem> fromJson(const QJsonObject &json);
    static QJsonObject toJson(const ItemWrite &write);
};

} // namespace Ledgerlink
