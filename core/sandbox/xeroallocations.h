#pragma once

#include "sandboxcontext.h"
#include "xerowriter.h"

namespace Ledgerlink {

/// Allocating an AUTHORISED credit note to an AUTHORISED invoice of the same contact
/// (PUT /CreditNotes/{id}/Allocations): the amount is at most the credit note's RemainingCredit and
/// the invoice's AmountDue; it raises the invoice's AmountCredited, and either side reaching zero
/// becomes PAID.
class XeroAllocations
{
public:
    XeroAllocations(const SandboxContext &context, XeroWriter *writer);

    XeroWriter::Outcome allocate(const QString &tenant, const QString &creditNoteId, const QJsonObject &input);

private:
    SandboxContext m_context;
    XeroWriter *m_writer;
};

} // namespace Ledgerlink
