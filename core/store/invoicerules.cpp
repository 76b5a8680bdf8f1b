#include "invoicerules.h"

#include "fixedpoint.h"

namespace Ledgerlink {

QString InvoiceRules::statusText(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("DRAFT");
    case InvoiceStatus::PendingPayment:
        return QStringLiteral("PENDING_PAYMENT");
    case InvoiceStatus::Paid:
        return QStringLiteral("PAID");
    case InvoiceStatus::Void:
        return QStringLiteral("VOID");
    }
    return {};
}

Result<InvoiceStatus> InvoiceRules::statusFromText(const QString &text)
{
    for (InvoiceStatus status :
        { InvoiceStatus::Draft, InvoiceStatus::PendingPayment, InvoiceStatus::Paid, InvoiceStatus::Void }) {
        if (statusText(status) == text) {
            return status;
        }
    }
    return Error(Error::Kind::Fatal, tr("The database holds an invoice status Ledgerlink does not know."),
        QStringLiteral("unknown invoice status '%1'").arg(text));
}

QString InvoiceRules::kindText(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? QStringLiteral("CREDIT_NOTE") : QStringLiteral("INVOICE");
}

Result<InvoiceKind> InvoiceRules::kindFromText(const QString &text)
{
    if (text == QLatin1String("INVOICE")) {
        return InvoiceKind::Invoice;
    }
    if (text == QLatin1String("CREDIT_NOTE")) {
        return InvoiceKind::CreditNote;
    }
    return Error(Error::Kind::Fatal, tr("The database holds an invoice kind Ledgerlink does not know."),
        QStringLiteral("unknown invoice kind '%1'").arg(text));
}

QString InvoiceRules::statusDisplayName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("draft");
    case InvoiceStatus::PendingPayment:
        return tr("awaiting payment");
    case InvoiceStatus::Paid:
        return tr("paid");
    case InvoiceStatus::Void:
        return tr("void");
    }
    return {};
}

Status InvoiceRules::checkTransition(const Invoice &invoice, InvoiceStatus to)
{
    const InvoiceStatus from = invoice.status;
    if (from == to) {
        return {};
    }
    const bool creditNote = invoice.kind == InvoiceKind::CreditNote;
    const QString number = creditNote ? tr("Credit note %1").arg(invoice.number) : tr("Invoice %1").arg(invoice.number);
    bool allowed = false;
    switch (from) {
    case InvoiceStatus::Draft:
        allowed = to == InvoiceStatus::PendingPayment || to == InvoiceStatus::Void;
        break;
    case InvoiceStatus::PendingPayment:
        allowed = to == InvoiceStatus::Paid || to == InvoiceStatus::Void;
        break;
    case InvoiceStatus::Paid:
    case InvoiceStatus::Void:
        allowed = false;
        break;
    }
    if (!allowed) {
        return Error(Error::Kind::Item,
            tr("%1 is %2 and cannot be changed to %3.").arg(number, statusDisplayName(from), statusDisplayName(to)),
            QStringLiteral("refused status transition %1 -> %2").arg(statusText(from), statusText(to)));
    }
    if (to == InvoiceStatus::Paid && !creditNote && invoice.amountDueMinor() > 0) {
        return Error(Error::Kind::Item,
            tr("%1 still has %2 %3 due. Record a payment for it instead of marking it paid.")
                .arg(number, FixedPoint::format(invoice.amountDueMinor(), FixedPoint::MoneyScale), invoice.currency),
            QStringLiteral("refused PAID with amount due %1").arg(invoice.amountDueMinor()));
    }
    if (to == InvoiceStatus::Void && invoice.amountPaidMinor > 0) {
        return Error(Error::Kind::Item,
            tr("%1 cannot be voided because payments of %2 %3 were recorded against it. Remove the "
               "payments in your accounting software first.")
                .arg(number, FixedPoint::format(invoice.amountPaidMinor, FixedPoint::MoneyScale), invoice.currency),
            QStringLiteral("refused VOID with amount paid %1").arg(invoice.amountPaidMinor));
    }
    return {};
}

Status InvoiceRules::computeTotals(Invoice &invoice, const QHash<qint64, qint64> &ratesE4)
{
    qint64 subtotal = 0;
    qint64 tax = 0;
    for (int i = 0; i < invoice.lines.size(); ++i) {
        InvoiceLine &line = invoice.lines[i];
        line.position = i + 1;
        qint64 rate = 0;
        if (line.taxTypeId > 0) {
            const auto it = ratesE4.constFind(line.taxTypeId);
            if (it == ratesE4.constEnd()) {
                return Error(Error::Kind::Item,
                    tr("Line %1 of %2 uses a tax rate that does not exist.").arg(i + 1).arg(invoice.number),
                    QStringLiteral("unknown tax_type_id %1").arg(line.taxTypeId));
            }
            rate = it.value();
        }
        auto amount = FixedPoint::mulDivRound(line.quantityE4, line.unitPriceMinor, 10000);
        if (!amount) {
            return amount.error();
        }
        auto lineTax = FixedPoint::mulDivRound(amount.value(), rate, 1000000);
        if (!lineTax) {
            return lineTax.error();
        }
        line.lineAmountMinor = amount.value();
        line.taxAmountMinor = lineTax.value();
        subtotal += line.lineAmountMinor;
        tax += line.taxAmountMinor;
    }
    invoice.subtotalMinor = subtotal;
    invoice.taxMinor = tax;
    invoice.totalMinor = subtotal + tax;
    return {};
}

} // namespace Ledgerlink
