#include "xeroaccountmapper.h"

#include "providers/xerojson.h"

namespace Ledgerlink {

Result<RemoteAccount> XeroAccountMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("account");
    auto id = XeroJson::reader().string(json, QStringLiteral("AccountID"), entity, true);
    if (!id) {
        return id.error();
    }
    auto name = XeroJson::reader().string(json, QStringLiteral("Name"), entity, true);
    if (!name) {
        return name.error();
    }
    auto code = XeroJson::reader().string(json, QStringLiteral("Code"), entity);
    if (!code) {
        return code.error();
    }
    auto updated = XeroJson::dateTime(json, QStringLiteral("UpdatedDateUTC"), entity);
    if (!updated) {
        return updated.error();
    }
    RemoteAccount r;
    r.remoteId = id.value();
    r.version = updated->isValid() ? QString::number(updated->toMSecsSinceEpoch()) : QString();
    r.active = json.value(QStringLiteral("Status")).toString(QStringLiteral("ACTIVE")) == QLatin1String("ACTIVE");
    const QString type = json.value(QStringLiteral("Type")).toString();
    r.acceptsPayments = type == QLatin1String("BANK") || json.value(QStringLiteral("EnablePaymentsToAccount")).toBool();
    r.account.code = code->trimmed();
    r.account.name = name->trimmed();
    r.account.type = type;
    r.account.archived = !r.active;
    return r;
}

} // namespace Ledgerlink
