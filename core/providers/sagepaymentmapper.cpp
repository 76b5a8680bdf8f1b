#include "sagepaymentmapper.h"

#include "providers/sagejson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

namespace {
const QString kReceipt = QStringLiteral("CUSTOMER_RECEIPT");
} // namespace

Result<QList<RemotePayment>> SagePaymentMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("payment");
    auto id = SageJson::reader().string(json, QStringLiteral("id"), entity, true);
    auto type = SageJson::linkId(json, QStringLiteral("transaction_type"), entity, true);
    auto updated = SageJson::updatedAt(json, entity);
    for (const Error *e :
        { id ? nullptr : &id.error(), type ? nullptr : &type.error(), updated ? nullptr : &updated.error() }) {
        if (e) {
            return *e;
        }
    }
    if (type.value() != kReceipt) {
        return QList<RemotePayment>();
    }
    auto date = SageJson::reader().date(json, QStringLiteral("date"), entity, true);
    auto reference = SageJson::reader().string(json, QStringLiteral("reference"), entity);
    for (const Error *e : { date ? nullptr : &date.error(), reference ? nullptr : &reference.error() }) {
        if (e) {
            return *e;
        }
    }
    const QJsonValue allocations = json.value(QStringLiteral("allocated_artefacts"));
    if (!allocations.isUndefined() && !allocations.isNull() && !allocations.isArray()) {
        return SageJson::reader().malformed(
            entity, QStringLiteral("payment %1: allocated_artefacts is not an array").arg(*id));
    }
    QList<RemotePayment> parts;
    const QJsonArray list = allocations.toArray();
    for (const auto &a : list) {
        if (!a.isObject()) {
            return SageJson::reader().malformed(
                entity, QStringLiteral("payment %1: an allocation is not an object").arg(*id));
        }
        const QJsonObject allocation = a.toObject();
        auto invoice = SageJson::linkId(allocation, QStringLiteral("artefact"), entity, true);
        auto amount = SageJson::reader().amount(allocation, QStringLiteral("amount"), entity, true);
        for (const Error *e : { invoice ? nullptr : &invoice.error(), amount ? nullptr : &amount.error() }) {
            if (e) {
                return *e;
            }
        }
        RemotePayment r;
        r.remoteId = parts.isEmpty() ? id.value() : QStringLiteral("%1#%2").arg(*id).arg(parts.size());
        r.version = SageJson::version(updated.value());
        r.invoiceRemoteId = invoice.value();
        r.date = date.value();
        r.amountMinor = amount.value();
        r.reference = reference.value();
        parts.append(r);
    }
    return parts;
}

QJsonObject SagePaymentMapper::toJson(const PaymentWrite &write, const QString &contactId, const QString &bankAccountId)
{
    const Payment &p = write.payment;
    const double amount = ProviderJson::decimal(p.amountMinor, FixedPoint::MoneyScale);
    QJsonObject o { { QStringLiteral("transaction_type_id"), kReceipt }, { QStringLiteral("contact_id"), contactId },
        { QStringLiteral("date"), p.paymentDate.toString(Qt::ISODate) }, { QStringLiteral("total_amount"), amount },
        { QStringLiteral("reference"), p.reference },
        { QStringLiteral("allocated_artefacts"),
            QJsonArray { QJsonObject {
                { QStringLiteral("artefact_id"), write.invoiceRemoteId }, { QStringLiteral("amount"), amount } } } } };
    if (!bankAccountId.isEmpty()) {
        o.insert(QStringLiteral("bank_account_id"), bankAccountId);
    }
    if (!write.idempotencyKey.isEmpty()) {
        o.insert(QStringLiteral("idempotency_id"), SageJson::idempotencyId(write.idempotencyKey));
    }
    return o;
}

} // namespace Ledgerlink
