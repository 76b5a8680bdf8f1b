#pragma once

#include "sandboxcontext.h"

#include <QJsonObject>

namespace Ledgerlink {

class SageApi;

/// A Sage demo business: products, customers, sales invoices and customer receipts made through
/// SageApi's normal rules (tax rates and ledger accounts come from SageApi::seedBasics()).
class SageSeeder
{
public:
    SageSeeder(const SandboxContext &context, SageApi *api);

    QJsonObject seedDemo(const QString &business, const QJsonObject &sizes);

private:
    QString firstId(
        const QString &business, const QString &collection, const QString &field, const QString &value) const;

    SandboxContext m_context;
    SageApi *m_api;
};

} // namespace Ledgerlink
