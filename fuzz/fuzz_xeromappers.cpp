// libFuzzer target: arbitrary bytes as a Xero API reply body, through every reply mapper
// (contacts, items, tax rates, accounts, payments, invoices and credit notes). Each must return
// a value or an Error, never crash or hit undefined behaviour.
#include "providers/xeroaccountmapper.h"
#include "providers/xerocontactmapper.h"
#include "providers/xeroinvoicemapper.h"
#include "providers/xeroitemmapper.h"
#include "providers/xeropaymentmapper.h"
#include "providers/xerotaxratemapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Ledgerlink;

namespace {
void mapAll(const QJsonObject &record)
{
    (void)XeroContactMapper::fromJson(record);
    (void)XeroItemMapper::fromJson(record);
    (void)XeroTaxRateMapper::fromJson(record);
    (void)XeroAccountMapper::fromJson(record);
    (void)XeroPaymentMapper::fromJson(record);
    (void)XeroInvoiceMapper::fromJson(InvoiceKind::Invoice, record);
    (void)XeroInvoiceMapper::fromJson(InvoiceKind::CreditNote, record);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const QJsonObject root = document.object();
    mapAll(root);
    // A reply's collections ({"Contacts":[...]}), as the client hands each element over.
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonArray records = it.value().toArray();
        for (const QJsonValue &record : records) {
            mapAll(record.toObject());
        }
    }
    const QJsonArray array = document.array();
    for (const QJsonValue &record : array) {
        mapAll(record.toObject());
    }
    return 0;
}
