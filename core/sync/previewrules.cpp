#include "previewrules.h"

namespace Ledgerlink {

PreviewRules PreviewRules::forProvider(const QString &provider)
{
    PreviewRules r;
    if (provider == QLatin1String("qbo")) {
        // Intuit's reference: DisplayName <= 500 and unique among customers; DocNumber <= 21;
        // Item Name (our item code) <= 100. The 750-line cap is Intuit's UI limit, not verified
        // against the API.
        r.providerName = QStringLiteral("QuickBooks Online");
        r.customerNameMax = 500;
        r.uniqueCustomerNames = true;
        r.itemCodeMax = 100;
        r.documentNumberMax = 21;
        r.maxLines = 750;
    } else if (provider == QLatin1String("sage")) {
        // Sage's contact "reference" and invoice "reference" fields; the lengths are the ones
        // Sage's web forms enforce (not confirmed in the API reference).
        r.providerName = QStringLiteral("Sage");
        r.customerKeyMax = 25;
        r.customerKeyLabel = tr("contact reference");
        r.documentNumberMax = 25;
    } else if (provider == QLatin1String("myob")) {
        // MYOB AccountRight: customer DisplayID (card ID) <= 15, invoice Number <= 13, item
        // Number <= 30; credit notes are not sent to MYOB in this version (MyobClient refuses).
        r.providerName = QStringLiteral("MYOB");
        r.customerKeyMax = 15;
        r.customerKeyLabel = tr("card ID");
        r.itemCodeMax = 30;
        r.documentNumberMax = 13;
        r.creditNotes = false;
    } else {
        r.providerName = QStringLiteral("Xero");
        r.customerNameMax = 255;
        r.uniqueCustomerNames = true;
        r.customerKeyMax = 50;
        r.customerKeyLabel = tr("account number");
        r.itemCodeMax = 30;
        r.itemNameMax = 50;
    }
    return r;
}

QString PreviewRules::customerNameProblem(const QString &name) const
{
    if (name.trimmed().isEmpty()) {
        return tr("The customer has no name; %1 requires one.").arg(providerName);
    }
    if (customerNameMax > 0 && name.size() > customerNameMax) {
        return tr("The name is longer than %1's %2 characters.").arg(providerName).arg(customerNameMax);
    }
    return {};
}

QString PreviewRules::customerKeyProblem(const QString &key) const
{
    if (customerKeyMax > 0 && key.size() > customerKeyMax) {
        return tr("The %1 \"%2\" is longer than %3's %4 characters.")
            .arg(customerKeyLabel, key, providerName)
            .arg(customerKeyMax);
    }
    return {};
}

QString PreviewRules::itemProblem(const QString &code, const QString &name) const
{
    if (itemCodeMax > 0 && code.size() > itemCodeMax) {
        return tr("The item code is longer than %1's %2 characters.").arg(providerName).arg(itemCodeMax);
    }
    if (itemNameMax > 0 && name.size() > itemNameMax) {
        return tr("The item name is longer than %1's %2 characters.").arg(providerName).arg(itemNameMax);
    }
    return {};
}

QString PreviewRules::documentProblem(const QString &number, int lineCount, bool creditNote) const
{
    if (creditNote && !creditNotes) {
        return tr("Ledgerlink does not send credit notes to %1 yet; enter this one in %1.").arg(providerName);
    }
    if (documentNumberMax > 0 && number.size() > documentNumberMax) {
        return tr("Its number is longer than %1's %2 characters.").arg(providerName).arg(documentNumberMax);
    }
    if (lineCount == 0) {
        return tr("It has no lines; %1 cannot accept a document without lines.").arg(providerName);
    }
    if (maxLines > 0 && lineCount > maxLines) {
        return tr("It has %1 lines; %2 accepts at most %3.").arg(lineCount).arg(providerName).arg(maxLines);
    }
    return {};
}

} // namespace Ledgerlink
