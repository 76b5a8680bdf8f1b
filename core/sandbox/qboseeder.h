#pragma once

#include "sandboxcontext.h"

#include <QJsonObject>

namespace Ledgerlink {

class QboEntities;

/// A QuickBooks company's chart of accounts and tax codes, and demo customers, items, invoices and
/// payments made through QboEntities' normal rules.
class QboSeeder
{
public:
    QboSeeder(const SandboxContext &context, QboEntities *entities);

    void seedBasics(const QString &realm);
    QJsonObject seedDemo(const QString &realm, const QJsonObject &sizes);

private:
    SandboxContext m_context;
    QboEntities *m_entities;
};

} // namespace Ledgerlink
