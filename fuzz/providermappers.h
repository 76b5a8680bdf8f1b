#pragma once

// Every QuickBooks Online, Sage and MYOB reply mapper on one JSON record: shared by the libFuzzer
// target fuzz_providermappers and its regression replay (tests/tst_fuzzregression.cpp).
#include "providers/myobaccountmapper.h"
#include "providers/myobcustomermapper.h"
#include "providers/myobinvoicemapper.h"
#include "providers/myobitemmapper.h"
#include "providers/myobpaymentmapper.h"
#include "providers/myobreferences.h"
#include "providers/myobtaxcodemapper.h"
#include "providers/qboaccountmapper.h"
#include "providers/qbocustomermapper.h"
#include "providers/qboinvoicemapper.h"
#include "providers/qboitemmapper.h"
#include "providers/qbopaymentmapper.h"
#include "providers/qbotaxcodemapper.h"
#include "providers/sagecontactmapper.h"
#include "providers/sageinvoicemapper.h"
#include "providers/sageledgeraccountmapper.h"
#include "providers/sagepaymentmapper.h"
#include "providers/sageproductmapper.h"
#include "providers/sagetaxratemapper.h"

#include <QJsonObject>

namespace Ledgerlink {

/// How many of the mappers accepted the record (a well-formed seed record is accepted by its own).
inline int mapAllProviderRecords(const QJsonObject &record)
{
    int accepted = 0;
    // References the mappers resolve against, as a client would have them after its first reads.
    MyobReferences references;
    references.addTaxCode(QStringLiteral("tax-uid"), QStringLiteral("GST"));
    references.addAccount(QStringLiteral("account-uid"), QStringLiteral("4-1000"));
    references.addItem(QStringLiteral("item-uid"), QStringLiteral("WIDGET"));
    const QHash<QString, qint64> qboRates { { QStringLiteral("1"), 100000 } };
    const QHash<QString, QString> sageLedgers { { QStringLiteral("ledger-1"), QStringLiteral("4000") } };

    accepted += QboCustomerMapper::fromJson(record) ? 1 : 0;
    accepted += QboItemMapper::fromJson(record) ? 1 : 0;
    accepted += QboAccountMapper::fromJson(record) ? 1 : 0;
    accepted += QboTaxCodeMapper::ratesFromJson(record) ? 1 : 0;
    accepted += QboTaxCodeMapper::fromJson(record, qboRates) ? 1 : 0;
    accepted += QboInvoiceMapper::fromJson(InvoiceKind::Invoice, record) ? 1 : 0;
    accepted += QboInvoiceMapper::fromJson(InvoiceKind::CreditNote, record) ? 1 : 0;
    accepted += QboPaymentMapper::fromJson(record) ? 1 : 0;

    accepted += SageContactMapper::fromJson(record) ? 1 : 0;
    accepted += SageProductMapper::fromJson(record, sageLedgers) ? 1 : 0;
    accepted += SageLedgerAccountMapper::fromJson(record) ? 1 : 0;
    accepted += SageTaxRateMapper::fromJson(record) ? 1 : 0;
    accepted += SageInvoiceMapper::fromJson(InvoiceKind::Invoice, record) ? 1 : 0;
    accepted += SageInvoiceMapper::fromJson(InvoiceKind::CreditNote, record) ? 1 : 0;
    accepted += SagePaymentMapper::fromJson(record) ? 1 : 0;

    accepted += MyobCustomerMapper::fromJson(record) ? 1 : 0;
    accepted += MyobItemMapper::fromJson(record, references) ? 1 : 0;
    accepted += MyobAccountMapper::fromJson(record) ? 1 : 0;
    accepted += MyobTaxCodeMapper::fromJson(record) ? 1 : 0;
    accepted += MyobInvoiceMapper::fromJson(record) ? 1 : 0;
    accepted += MyobPaymentMapper::fromJson(record) ? 1 : 0;
    return accepted;
}

} // namespace Ledgerlink
