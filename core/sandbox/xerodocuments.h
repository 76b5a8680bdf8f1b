#pragma once

#include "sandboxcontext.h"
#include "xerowriter.h"

namespace Ledgerlink {

/// Sales invoices (ACCREC) and credit notes (ACCRECCREDIT) with Xero's rules:
///   DRAFT -> SUBMITTED -> AUTHORISED -> PAID (set by payments); AUTHORISED -> VOIDED without payments;
///   DRAFT/SUBMITTED -> DELETED; unique numbers; lines without LineItemID on update replace the old ones.
class XeroDocuments
{
public:
    enum class Kind { Invoice, CreditNote };

    XeroDocuments(const SandboxContext &context, XeroWriter *writer);

    XeroWriter::Outcome save(const QString &tenant, Kind kind, QJsonObject input, bool allowUpdate);
    /// Recomputes AmountDue and the PAID status after payments changed (called by XeroPayments).
    QJsonObject withPayments(QJsonObject document, double amountPaid, const QString &paidOnDate) const;

private:
    struct Names
    {
        QString entity; // Invoices
        QString id; // InvoiceID
        QString number; // InvoiceNumber
        QString type; // ACCREC
        QString prefix; // INV-
    };
    static Names names(Kind kind);
    QString statusError(const QString &from, const QString &to, double amountPaid, bool isNew) const;
    /// Builds the lines and totals; returns errors. Keeps LineItemIDs of lines that still exist.
    QStringList buildLines(
        const QString &tenant, const QJsonObject &existing, QJsonObject *record, bool authorising) const;
    QString nextNumber(const QString &tenant, const Names &n) const;
    double taxRate(const QString &tenant, const QString &taxType, bool *found) const;

    SandboxContext m_context;
    XeroWriter *m_writer;
};

} // namespace Ledgerlink
