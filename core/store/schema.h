#pragma once

#include "migrator.h"

namespace Ledgerlink {

/// Ledgerlink's database schema as an ordered list of migrations. Append new steps; never edit
/// a released one. Timestamps are ISO-8601 UTC text; money is integer minor units (`*_minor`);
/// rates and quantities are integers scaled by 10^4 (`*_e4`): never floating point.
class Schema
{
public:
    static QList<Migration> migrations();
};

} // namespace Ledgerlink
