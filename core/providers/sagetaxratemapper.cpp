#include "sagetaxratemapper.h"

#include "providers/sagejson.h"
#include "store/fixedpoint.h"

namespace Ledgerlink {

Result<RemoteTaxRate> SageTaxRateMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("tax rate");
    auto id = SageJson::reader().string(json, QStringLiteral("id"), entity, true);
    auto name = SageJson::reader().string(json, QStringLiteral("name"), entity);
    auto shown = SageJson::reader().string(json, QStringLiteral("displayed_as"), entity);
    auto rate = SageJson::reader().amount(json, QStringLiteral("percentage"), entity, true, FixedPoint::RateScale);
    auto visible = SageJson::reader().boolean(json, QStringLiteral("is_visible"), entity, true);
    for (const Error *e : { id ? nullptr : &id.error(), name ? nullptr : &name.error(),
             shown ? nullptr : &shown.error(), rate ? nullptr : &rate.error(), visible ? nullptr : &visible.error() }) {
        if (e) {
            return *e;
        }
    }
    RemoteTaxRate r;
    r.remoteId = id.value();
    r.active = visible.value();
    r.taxType.code = id.value();
    r.taxType.name = !name->trimmed().isEmpty() ? name->trimmed()
        : !shown->trimmed().isEmpty()           ? shown->trimmed()
                                                : id.value();
    r.taxType.rateE4 = rate.value();
    r.taxType.archived = !r.active;
    return r;
}

} // namespace Ledgerlink
