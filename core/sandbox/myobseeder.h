#pragma once

#include "sandboxcontext.h"

#include <QJsonObject>

namespace Ledgerlink {

class MyobApi;

/// A MYOB demo company file: inventory items, customers, item invoices and customer payments made
/// through MyobApi's normal write rules (tax codes and accounts come from MyobApi::seedBasics()).
class MyobSeeder
{
public:
    MyobSeeder(const SandboxContext &context, MyobApi *api);

    QJsonObject seedDemo(const QString &business, const QJsonObject &sizes);

private:
    /// POSTs like a client would and answers the stored record (empty on a validation error).
    QJsonObject post(const QString &business, const QString &entity, const QJsonObject &body);
    QJsonObject uidRef(
        const QString &business, const QString &entity, const QString &field, const QString &value) const;

    SandboxContext m_context;
    MyobApi *m_api;
};

} // namespace Ledgerlink
