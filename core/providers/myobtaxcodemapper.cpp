#include "myobtaxcodemapper.h"

#include "providers/myobjson.h"
#include "store/fixedpoint.h"

namespace Ledgerlink {

Result<RemoteTaxRate> MyobTaxCodeMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("tax code");
    auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
    auto code = MyobJson::reader().string(json, QStringLiteral("Code"), entity, true);
    auto description = MyobJson::reader().string(json, QStringLiteral("Description"), entity);
    auto rate = MyobJson::reader().amount(json, QStringLiteral("Rate"), entity, true, FixedPoint::RateScale);
    for (const Error *e : { uid ? nullptr : &uid.error(), code ? nullptr : &code.error(),
             description ? nullptr : &description.error(), rate ? nullptr : &rate.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteTaxRate r;
    r.remoteId = uid.value();
    r.active = true;
    r.taxType.code = code->trimmed();
    r.taxType.name = description->trimmed().isEmpty() ? r.taxType.code : description->trimmed();
    r.taxType.rateE4 = rate.value();
    return r;
}

} // namespace Ledgerlink
