#include "qboaccountmapper.h"

#include "providers/qbojson.h"

namespace Ledgerlink {

Result<RemoteAccount> QboAccountMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("account");
    auto id = QboJson::reader().string(json, QStringLiteral("Id"), entity, true);
    if (!id) {
        return id.error();
    }
    auto name = QboJson::reader().string(json, QStringLiteral("Name"), entity, true);
    if (!name) {
        return name.error();
    }
    auto updated = QboJson::lastUpdated(json, entity);
    if (!updated) {
        return updated.error();
    }
    const QString type = json.value(QStringLiteral("AccountType")).toString();
    const QString subType = json.value(QStringLiteral("AccountSubType")).toString();
    RemoteAccount r;
    r.remoteId = id.value();
    r.version = QboJson::version(updated.value(), json.value(QStringLiteral("SyncToken")).toString());
    r.active = json.value(QStringLiteral("Active")).toBool(true);
    r.acceptsPayments = type == QLatin1String("Bank") || subType == QLatin1String("UndepositedFunds");
    r.account.code = id.value();
    r.account.name = name->trimmed();
    r.account.type = type == QLatin1String("Income") ? QStringLiteral("REVENUE")
        : type == QLatin1String("Bank")              ? QStringLiteral("BANK")
                                                     : type.toUpper().replace(QLatin1Char(' '), QLatin1Char('_'));
    r.account.archived = !r.active;
    return r;
}

} // namespace Ledgerlink
