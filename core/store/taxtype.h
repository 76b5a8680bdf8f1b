#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// A tax rate. rateE4 is the percentage scaled by 10^4: 20 % is 200000.
struct TaxType
{
    qint64 id = 0;
    QString name;
    QString code;
    qint64 rateE4 = 0;
    bool archived = false;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink
