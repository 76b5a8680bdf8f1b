#pragma once

#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// What every benchmark writes next to its figures: the machine, the commit, the time; plus the
/// process's memory figures (Linux /proc, getrusage).
class BenchReport
{
public:
    static QJsonObject machine();
    /// `git rev-parse HEAD` of the source tree (read-only), "unknown" without git.
    static QString commit();
    /// Writes {"benchmark","time","machine","commit","figures"} to dir/fileName; returns its path.
    static QString write(const QString &dir, const QString &fileName, const QString &benchmark,
        const QJsonObject &figures, QString *error);

    static qint64 currentRssKb();
    /// Peak RSS (VmHWM) since the process started or since resetPeakRss().
    static qint64 peakRssKb();
    /// Linux: writing 5 to /proc/self/clear_refs resets VmHWM, so a phase can be measured alone.
    static void resetPeakRss();
};

} // namespace Ledgerlink
