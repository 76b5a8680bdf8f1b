#pragma once

#include "providers/providertypes.h"
#include "store/taxtype.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Ledgerlink {

/// One local tax type as the tax mapping editor shows it.
struct TaxMappingRow
{
    qint64 localId = 0;
    QString localCode;
    QString localName;
    qint64 rateE4 = 0;
    QString automaticCode; ///< the provider code the automatic match picks; empty: none
    QString mappedCode; ///< the admin's "tax_mapping" entry; empty: none
    bool mappedCodeKnown = true; ///< false: the mapping names a code the provider does not have
    /// What invoices are sent with: the mapping, else the automatic match.
    QString effectiveCode() const { return mappedCode.isEmpty() ? automaticCode : mappedCode; }
};

/// The table behind the tax mapping editor: every local tax type and every provider code.
struct TaxMappingTable
{
    QList<TaxMappingRow> rows;
    QList<RemoteTaxRate> providerRates; ///< what an entry may choose from
};

/// How local tax types meet the provider's tax codes. The admin's "tax_mapping" (SyncSettings)
/// comes first; what it does not name is matched automatically by code, then by name ignoring
/// case - the rule ReferenceDataStep applies when it imports the provider's rates.
class TaxMapping
{
public:
    /// The provider rate the automatic rule picks for `local`, or nullptr.
    static const RemoteTaxRate *automaticMatch(const TaxType &local, const QList<RemoteTaxRate> &provider);
    /// Pure function for the settings UI: store rows + the imported provider rates + the mapping.
    static TaxMappingTable overview(
        const QList<TaxType> &local, const QList<RemoteTaxRate> &provider, const QHash<QString, QString> &mapping);
};

} // namespace Ledgerlink
