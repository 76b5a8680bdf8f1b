#include "qbotaxcodemapper.h"

#include "providers/qbojson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

Result<QHash<QString, qint64>> QboTaxCodeMapper::ratesFromJson(const QJsonObject &queryResponse)
{
    QHash<QString, qint64> rates;
    const QJsonArray list = queryResponse.value(QStringLiteral("TaxRate")).toArray();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        auto id = QboJson::reader().string(o, QStringLiteral("Id"), QStringLiteral("tax rate"), true);
        if (!id) {
            return id.error();
        }
        auto rate = QboJson::reader().amount(
            o, QStringLiteral("RateValue"), QStringLiteral("tax rate"), true, FixedPoint::RateScale);
        if (!rate) {
            return rate.error();
        }
        rates.insert(id.value(), rate.value());
    }
    return rates;
}

Result<RemoteTaxRate> QboTaxCodeMapper::fromJson(const QJsonObject &json, const QHash<QString, qint64> &rates)
{
    const QString entity = QStringLiteral("tax code");
    auto id = QboJson::reader().string(json, QStringLiteral("Id"), entity, true);
    if (!id) {
        return id.error();
    }
    auto name = QboJson::reader().string(json, QStringLiteral("Name"), entity, true);
    if (!name) {
        return name.error();
    }
    qint64 rate = 0;
    const QJsonArray details =
        json.value(QStringLiteral("SalesTaxRateList")).toObject().value(QStringLiteral("TaxRateDetail")).toArray();
    for (const auto &d : details) {
        const QString rateId =
            d.toObject().value(QStringLiteral("TaxRateRef")).toObject().value(QStringLiteral("value")).toString();
        if (!rates.contains(rateId)) {
            return QboJson::reader().malformed(
                entity, QStringLiteral("tax code %1 names unknown tax rate %2").arg(*id, rateId));
        }
        rate += rates.value(rateId);
    }
    RemoteTaxRate r;
    r.remoteId = id.value();
    r.active = json.value(QStringLiteral("Active")).toBool(true);
    r.taxType.code = id.value();
    r.taxType.name = name->trimmed();
    r.taxType.rateE4 = rate;
    r.taxType.archived = !r.active;
    return r;
}

} // namespace Ledgerlink
