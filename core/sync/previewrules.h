#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ledgerlink {

/// What one provider is known to refuse, as the review step's preview checks it locally
/// (SyncPreviewBuilder). A limit of 0 means "no known limit": the preview never refuses on a guess.
struct PreviewRules
{
    Q_DECLARE_TR_FUNCTIONS(PreviewRules)

public:
    QString providerName; ///< for the user text: "Xero", "QuickBooks Online", …
    int customerNameMax = 0;
    bool uniqueCustomerNames = false; ///< among active customers, case ignored
    int customerKeyMax = 0; ///< the account number / external key the customer is sent with
    QString customerKeyLabel; ///< how the provider calls that key, for the user text
    int itemCodeMax = 0;
    int itemNameMax = 0;
    int documentNumberMax = 0;
    int maxLines = 0;
    bool creditNotes = true; ///< false: this version does not send credit notes there

    /// The rules for Integration::provider ("xero", "qbo", "sage", "myob"); Xero's for others.
    static PreviewRules forProvider(const QString &provider);

    // The refusal text for one value, or empty when the provider takes it.
    QString customerNameProblem(const QString &name) const;
    QString customerKeyProblem(const QString &key) const;
    QString itemProblem(const QString &code, const QString &name) const;
    QString documentProblem(const QString &number, int lineCount, bool creditNote) const;
};

} // namespace Ledgerlink
