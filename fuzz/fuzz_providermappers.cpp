// libFuzzer target: arbitrary bytes as a QuickBooks Online, Sage or MYOB reply body, through every
// reply mapper of those providers (customers/contacts, items/products, tax codes and rates,
// accounts, invoices and credit notes, payments). Each must return a value or an Error, never
// crash or hit undefined behaviour. (Xero's mappers have fuzz_xeromappers.)
#include "providermappers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Ledgerlink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const QJsonObject root = document.object();
    mapAllProviderRecords(root);
    // Collections as the clients hand each element over: QBO {"QueryResponse":{"Customer":[...]}},
    // Sage {"$items":[...]}, MYOB {"Items":[...]}.
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QJsonArray records = value.toArray();
        if (value.isObject()) {
            const QJsonObject inner = value.toObject();
            for (auto in = inner.constBegin(); in != inner.constEnd(); ++in) {
                for (const QJsonValue &record : in.value().toArray()) {
                    records.append(record);
                }
            }
        }
        for (const QJsonValue &record : records) {
            mapAllProviderRecords(record.toObject());
        }
    }
    for (const QJsonValue &record : document.array()) {
        mapAllProviderRecords(record.toObject());
    }
    return 0;
}
