#pragma once

#include "clock.h"

namespace Ledgerlink {

/// A clock tests move by hand, for deterministic expiry and scheduling tests.
class MockClock : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    QDateTime now() const override;
    void advance(qint64 milliseconds);
    void set(const QDateTime &time);

private:
    QDateTime m_now;
};

} // namespace Ledgerlink
