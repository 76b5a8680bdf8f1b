#include "xeropaymentmapper.h"

#include "providers/xerojson.h"
#include "store/fixedpoint.h"

namespace Ledgerlink {

Result<RemotePayment> XeroPaymentMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("payment");
    auto id = XeroJson::reader().string(json, QStringLiteral("PaymentID"), entity, true);
    if (!id) {
        return id.error();
    }
    auto amount = XeroJson::reader().amount(json, QStringLiteral("Amount"), entity, true);
    if (!amount) {
        return amount.error();
    }
    auto date = XeroJson::date(json, QStringLiteral("Date"), entity);
    if (!date) {
        return date.error();
    }
    auto updated = XeroJson::dateTime(json, QStringLiteral("UpdatedDateUTC"), entity);
    if (!updated) {
        return updated.error();
    }
    RemotePayment r;
    r.remoteId = id.value();
    r.amountMinor = amount.value();
    r.date = date.value();
    r.version = updated->isValid() ? QString::number(updated->toMSecsSinceEpoch()) : QString();
    r.invoiceRemoteId = json.value(QStringLiteral("Invoice")).toObject().value(QStringLiteral("InvoiceID")).toString();
    r.reference = json.value(QStringLiteral("Reference")).toString();
    r.deleted = json.value(QStringLiteral("Status")).toString() == QLatin1String("DELETED");
    return r;
}

QJsonObject XeroPaymentMapper::toJson(const PaymentWrite &write)
{
    QJsonObject o;
    if (write.invoiceKind == InvoiceKind::CreditNote) {
        o.insert(
            QStringLiteral("CreditNote"), QJsonObject { { QStringLiteral("CreditNoteID"), write.invoiceRemoteId } });
    } else {
        o.insert(QStringLiteral("Invoice"), QJsonObject { { QStringLiteral("InvoiceID"), write.invoiceRemoteId } });
    }
    o.insert(QStringLiteral("Account"), QJsonObject { { QStringLiteral("Code"), write.accountCode } });
    o.insert(QStringLiteral("Date"), write.payment.paymentDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("Amount"), ProviderJson::decimal(write.payment.amountMinor, FixedPoint::MoneyScale));
    if (!write.payment.reference.isEmpty()) {
        o.insert(QStringLiteral("Reference"), write.payment.reference);
    }
    return o;
}

} // namespace Ledgerlink
