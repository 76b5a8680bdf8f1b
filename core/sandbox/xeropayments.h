#pragma once

#include "sandboxcontext.h"
#include "xerowriter.h"

namespace Ledgerlink {

class XeroDocuments;

/// Payments against AUTHORISED invoices: Amount up to AmountDue (reaching 0 sets PAID), into a BANK
/// account or one that allows payments. Not edited, only deleted: POST /Payments/{id} {"Status":"DELETED"}.
class XeroPayments
{
public:
    XeroPayments(const SandboxContext &context, XeroWriter *writer);

    /// `byId` is POST /Payments/{id}, which may only delete.
    XeroWriter::Outcome save(const QString &tenant, const QJsonObject &input, bool byId);

private:
    XeroWriter::Outcome create(const QString &tenant, const QJsonObject &input);
    XeroWriter::Outcome remove(const QString &tenant, const QJsonObject &input);
    /// Writes the invoice back with its Payments list and amounts after a change.
    void updateInvoice(const QString &tenant, QJsonObject invoice, const QJsonArray &payments, const QString &date);

    SandboxContext m_context;
    XeroWriter *m_writer;
};

} // namespace Ledgerlink
