#pragma once

#include "sync/syncstep.h"

namespace Ledgerlink {

/// Invoices and credit notes created after activation (or the chosen start date) are pushed once
/// their status reaches the trigger status (default Pending Payment), as AUTHORISED documents.
/// Later local edits of a pushed document are pushed while it is unpaid; a local Void voids it.
/// A document whose customer is not linked yet is skipped (History says why) until it is.
/// Tax codes on lines follow the admin's tax mapping first; a line whose mapped code the provider
/// does not have fails its document (never a silent fallback to the automatic match).
class InvoicePushStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("invoices"); }
    void run(Done done) override;

    static QString linkEntity(InvoiceKind kind);

private:
    Status loadReferences();
    /// Adds `invoice` to the writes if it must go out; Ok with nothing added when not.
    Status consider(const Invoice &invoice);
    /// Decides one page of local documents, then sends its invoices and then its credit notes.
    void pushPage(const QList<Invoice> &page, Done done);

    InvoiceReferences m_references;
    QHash<qint64, QString> m_unknownTaxCodes; ///< local tax type id -> mapped code the provider lacks
    QDateTime m_cutoff;
    QList<InvoiceWrite> m_invoices; ///< the current page's writes only
    QList<InvoiceWrite> m_creditNotes;
};

} // namespace Ledgerlink
