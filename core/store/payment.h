#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Ledgerlink {

/// Money received against one invoice. A part payment is simply a payment below the amount due.
struct Payment
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDate paymentDate;
    qint64 amountMinor = 0;
    qint64 accountId = 0;
    QString reference;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink
