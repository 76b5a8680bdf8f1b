#pragma once

#include <QtGlobal>

namespace Ledgerlink {

class Clock;
class Database;

/// Sample integrations, sync history and notifications for the screenshot tour (only ever in its
/// throwaway demo profile): what a business sees after a few days of syncing, including a
/// deliberately failing invoice.
class ScreenshotData
{
public:
    /// Adds the sample unless the store already has integrations; returns the failed run's id (0 if none).
    static qint64 seed(Database &database, Clock &clock);
};

} // namespace Ledgerlink
