#pragma once

#include "error.h"
#include "store/integration.h"

#include <QCoreApplication>
#include <QList>

namespace Ledgerlink {

class Database;

/// Finds the integrations a CLI command names: by id, by a unique id prefix, or by organisation
/// name (case-insensitive); an empty name means all of them.
class IntegrationSelector
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationSelector)

public:
    static Result<QList<Integration>> select(Database &database, const QString &name);
    static Result<Integration> selectOne(Database &database, const QString &name);
    /// "Demo organisation (xero, 1b2c3d4e)"
    static QString label(const Integration &integration);
};

} // namespace Ledgerlink
