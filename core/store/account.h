#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// A ledger account of the chart of accounts ("200 Sales", type REVENUE).
struct Account
{
    qint64 id = 0;
    QString code;
    QString name;
    QString type;
    bool archived = false;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink
