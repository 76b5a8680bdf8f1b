#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// A product or service the business sells. Prices in minor units; 0 ids mean "none".
struct Item
{
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    qint64 salePriceMinor = 0;
    qint64 taxTypeId = 0;
    qint64 accountId = 0;
    bool archived = false;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink
