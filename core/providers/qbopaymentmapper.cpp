#include "qbopaymentmapper.h"

#include "providers/qbojson.h"
#include "store/fixedpoint.h"

#include <QJsonArray>

namespace Ledgerlink {

Result<QList<RemotePayment>> QboPaymentMapper::fromJson(const QJsonObject &json)
{
    const QString entity = QStringLiteral("payment");
    auto id = QboJson::reader().string(json, QStringLiteral("Id"), entity, true);
    if (!id) {
        return id.error();
    }
    auto updated = QboJson::lastUpdated(json, entity);
    if (!updated) {
        return updated.error();
    }
    const QString version = QboJson::version(updated.value(), json.value(QStringLiteral("SyncToken")).toString());
    if (json.value(QStringLiteral("status")).toString() == QLatin1String("Deleted")) {
        RemotePayment r;
        r.remoteId = id.value();
        r.version = version;
        r.deleted = true;
        return QList<RemotePayment> { r };
    }
    auto date = QboJson::reader().date(json, QStringLiteral("TxnDate"), entity);
    if (!date) {
        return date.error();
    }
    // QBO dates a payment sent without TxnDate on the day it was created.
    const QDate paid = date->isValid()
        ? date.value()
        : QDateTime::fromString(
            json.value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("CreateTime")).toString(),
            Qt::ISODateWithMs)
              .date();
    if (!paid.isValid()) {
        return QboJson::reader().malformed(
            entity, QStringLiteral("payment %1 has neither TxnDate nor CreateTime").arg(*id));
    }
    auto reference = QboJson::reader().string(json, QStringLiteral("PaymentRefNum"), entity);
    if (!reference) {
        return reference.error();
    }
    QList<RemotePayment> parts;
    const QJsonArray lines = json.value(QStringLiteral("Line")).toArray();
    for (const auto &l : lines) {
        const QJsonObject line = l.toObject();
        auto amount = QboJson::reader().amount(line, QStringLiteral("Amount"), entity, true);
        if (!amount) {
            return amount.error();
        }
        const QJsonArray linked = line.value(QStringLiteral("LinkedTxn")).toArray();
        for (const auto &t : linked) {
            const QJsonObject txn = t.toObject();
            if (txn.value(QStringLiteral("TxnType")).toString() != QLatin1String("Invoice")) {
                continue;
            }
            RemotePayment r;
            r.remoteId = parts.isEmpty() ? id.value() : QStringLiteral("%1#%2").arg(*id).arg(parts.size());
            r.version = version;
            r.invoiceRemoteId = txn.value(QStringLiteral("TxnId")).toString();
            r.date = paid;
            r.amountMinor = amount.value();
            r.reference = reference.value();
            parts.append(r);
        }
    }
    return parts;
}

QJsonObject QboPaymentMapper::toJson(const PaymentWrite &write)
{
    const double amount = ProviderJson::decimal(write.payment.amountMinor, FixedPoint::MoneyScale);
    const QString txnType =
        write.invoiceKind == InvoiceKind::CreditNote ? QStringLiteral("CreditMemo") : QStringLiteral("Invoice");
    QJsonObject o { { QStringLiteral("CustomerRef"), QboJson::ref(write.customerRemoteId) },
        { QStringLiteral("TotalAmt"), amount },
        { QStringLiteral("TxnDate"), write.payment.paymentDate.toString(Qt::ISODate) },
        { QStringLiteral("Line"),
            QJsonArray { QJsonObject { { QStringLiteral("Amount"), amount },
                { QStringLiteral("LinkedTxn"),
                    QJsonArray { QJsonObject { { QStringLiteral("TxnId"), write.invoiceRemoteId },
                        { QStringLiteral("TxnType"), txnType } } } } } } } };
    if (!write.payment.reference.isEmpty()) {
        o.insert(QStringLiteral("PaymentRefNum"), write.payment.reference);
    }
    if (!write.accountCode.isEmpty()) {
        o.insert(QStringLiteral("DepositToAccountRef"), QboJson::ref(write.accountCode));
    }
    return o;
}

} // namespace Ledgerlink
