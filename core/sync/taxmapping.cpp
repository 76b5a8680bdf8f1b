#include "taxmapping.h"

#include <QSet>

namespace Ledgerlink {

const RemoteTaxRate *TaxMapping::automaticMatch(const TaxType &local, const QList<RemoteTaxRate> &provider)
{
    if (!local.code.isEmpty()) {
        for (const RemoteTaxRate &r : provider) {
            if (r.taxType.code == local.code) {
                return &r;
            }
        }
    }
    const QString name = local.name.toCaseFolded();
    for (const RemoteTaxRate &r : provider) {
        if (!name.isEmpty() && r.taxType.name.toCaseFolded() == name) {
            return &r;
        }
    }
    return nullptr;
}

TaxMappingTable TaxMapping::overview(
    const QList<TaxType> &local, const QList<RemoteTaxRate> &provider, const QHash<QString, QString> &mapping)
{
    TaxMappingTable table;
    table.providerRates = provider;
    QSet<QString> codes;
    for (const RemoteTaxRate &r : provider) {
        codes.insert(r.taxType.code);
    }
    for (const TaxType &t : local) {
        TaxMappingRow row;
        row.localId = t.id;
        row.localCode = t.code;
        row.localName = t.name;
        row.rateE4 = t.rateE4;
        if (const RemoteTaxRate *match = automaticMatch(t, provider)) {
            row.automaticCode = match->taxType.code;
        }
        row.mappedCode = mapping.value(t.code);
        row.mappedCodeKnown = row.mappedCode.isEmpty() || codes.contains(row.mappedCode);
        table.rows.append(row);
    }
    return table;
}

} // namespace Ledgerlink
