#pragma once

#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// A customer of the business (the "contact" providers sync). id 0 = not yet stored.
struct Customer
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString accountNumber;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    bool archived = false;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink
