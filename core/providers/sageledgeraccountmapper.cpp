#include "sageledgeraccountmapper.h"

#include "providers/sagejson.h"

namespace Ledgerlink {

Result<RemoteAccount> SageLedgerAccountMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("ledger account");
    auto id = SageJson::reader().string(json, QStringLiteral("id"), entity, true);
    auto name = SageJson::reader().string(json, QStringLiteral("name"), entity);
    auto shown = SageJson::reader().string(json, QStringLiteral("displayed_as"), entity);
    auto updated = SageJson::updatedAt(json, entity);
    auto type = SageJson::linkId(json, QStringLiteral("ledger_account_type"), entity);
    auto sales = SageJson::reader().boolean(json, QStringLiteral("visible_in_sales"), entity, false);
    auto banking = SageJson::reader().boolean(json, QStringLiteral("visible_in_banking"), entity, false);
    auto active = SageJson::reader().boolean(json, QStringLiteral("active"), entity, true);
    for (const Error *e :
        { id ? nullptr : &id.error(), name ? nullptr : &name.error(), shown ? nullptr : &shown.error(),
            updated ? nullptr : &updated.error(), type ? nullptr : &type.error(), sales ? nullptr : &sales.error(),
            banking ? nullptr : &banking.error(), active ? nullptr : &active.error() }) {
        if (e) {
            return *e;
        }
    }
    // Sage documents nominal_code as an integer; some answers carry it as text.
    const QJsonValue nominal = json.value(QStringLiteral("nominal_code"));
    QString code;
    if (nominal.isDouble() && nominal.toDouble() == double(qint64(nominal.toDouble()))) {
        code = QString::number(qint64(nominal.toDouble()));
    } else if (nominal.isString()) {
        code = nominal.toString().trimmed();
    } else if (!nominal.isUndefined() && !nominal.isNull()) {
        return SageJson::reader().malformed(
            entity, QStringLiteral("ledger account %1: nominal_code is not a code").arg(*id));
    }
    const QString sageType = type->toUpper();
    RemoteAccount r;
    r.remoteId = id.value();
    r.version = SageJson::version(updated.value());
    r.active = active.value();
    r.acceptsPayments = sageType == QLatin1String("BANK") || banking.value();
    r.account.code = code;
    r.account.name = !name->trimmed().isEmpty() ? name->trimmed() : shown->trimmed();
    r.account.type = sageType == QLatin1String("SALES") || sageType == QLatin1String("OTHER_INCOME")
            || (sageType.isEmpty() && sales.value())
        ? QStringLiteral("REVENUE")
        : sageType.isEmpty() ? QStringLiteral("OTHER")
                             : sageType;
    r.account.archived = !r.active;
    return r;
}

} // namespace Ledgerlink
