#include "myobpaymentmapper.h"

#include "providers/myobjson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

Result<QList<RemotePayment>> MyobPaymentMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("payment");
    auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
    auto date = MyobJson::reader().date(json, QStringLiteral("Date"), entity, true);
    auto memo = MyobJson::reader().string(json, QStringLiteral("Memo"), entity);
    for (const Error *e :
        { uid ? nullptr : &uid.error(), date ? nullptr : &date.error(), memo ? nullptr : &memo.error() }) {
        if (e) {
            return *e;
        }
    }
    const QJsonValue invoices = json.value(QStringLiteral("Invoices"));
    if (!invoices.isArray()) {
        return MyobJson::reader().malformed(entity, QStringLiteral("payment %1: Invoices is not an array").arg(*uid));
    }
    const QString version = MyobJson::rowVersion(json);
    QList<RemotePayment> parts;
    for (const auto &v : invoices.toArray()) {
        if (!v.isObject()) {
            return MyobJson::reader().malformed(
                entity, QStringLiteral("payment %1: an Invoices element is not an object").arg(*uid));
        }
        const QJsonObject applied = v.toObject();
        auto invoiceUid = MyobJson::reader().string(applied, QStringLiteral("UID"), entity, true);
        auto amount = MyobJson::reader().amount(applied, QStringLiteral("AmountApplied"), entity, true);
        auto type = MyobJson::reader().string(applied, QStringLiteral("Type"), entity);
        for (const Error *e : { invoiceUid ? nullptr : &invoiceUid.error(), amount ? nullptr : &amount.error(),
                 type ? nullptr : &type.error() }) {
            if (e) {
                return *e;
            }
        }
        if (!type->isEmpty() && type.value() != QLatin1String("Invoice")) {
            continue; // an order's deposit, not an invoice
        }
        RemotePayment r;
        r.remoteId = parts.isEmpty() ? uid.value() : QStringLiteral("%1#%2").arg(*uid).arg(parts.size());
        r.version = version;
        r.invoiceRemoteId = invoiceUid.value();
        r.date = date.value();
        r.amountMinor = amount.value();
        r.reference = memo.value();
        parts.append(r);
    }
    return parts;
}

QJsonObject MyobPaymentMapper::toJson(const PaymentWrite &write, const QString &customerUid, const QString &accountUid)
{
    const double amount = ProviderJson::decimal(write.payment.amountMinor, FixedPoint::MoneyScale);
    QJsonObject o {
        { QStringLiteral("Date"), MyobJson::dateText(write.payment.paymentDate) },
        { QStringLiteral("Customer"), MyobJson::ref(customerUid) },
        { QStringLiteral("Account"), MyobJson::ref(accountUid) }, { QStringLiteral("AmountReceived"), amount },
        { QStringLiteral("Invoices"),
            QJsonArray { QJsonObject { { QStringLiteral("UID"), write.invoiceRemoteId },
                { QStringLiteral("Type"), QStringLiteral("Invoice") }, { QStringLiteral("AmountApplied"), amount } } } }
    };
    if (!write.payment.reference.isEmpty()) {
        o.insert(QStringLiteral("Memo"), write.payment.reference);
    }
    return o;
}

} // namespace Ledgerlink
