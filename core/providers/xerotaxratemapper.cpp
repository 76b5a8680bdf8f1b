#include "xerotaxratemapper.h"

#include "providers/xerojson.h"

namespace Ledgerlink {

Result<RemoteTaxRate> XeroTaxRateMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("tax rate");
    auto code = XeroJson::reader().string(json, QStringLiteral("TaxType"), entity, true);
    if (!code) {
        return code.error();
    }
    auto name = XeroJson::reader().string(json, QStringLiteral("Name"), entity, true);
    if (!name) {
        return name.error();
    }
    auto rate = XeroJson::reader().amount(json, QStringLiteral("EffectiveRate"), entity, true, 4);
    if (!rate) {
        return rate.error();
    }
    RemoteTaxRate r;
    r.remoteId = code.value();
    r.active = json.value(QStringLiteral("Status")).toString(QStringLiteral("ACTIVE")) == QLatin1String("ACTIVE");
    r.taxType.code = code.value();
    r.taxType.name = name->trimmed();
    r.taxType.rateE4 = rate.value();
    r.taxType.archived = !r.active;
    return r;
}

} // namespace Ledgerlink
