#pragma once

#include "sandboxmessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Ledgerlink {

/// Counts for GET /_sandbox/stats and the last requests for GET /_sandbox/requests
/// (credentials masked: these are shown to tests and people).
class SandboxStats
{
public:
    void record(const QString &provider, const SandboxRequest &request, int status, qint64 bytesOut,
        const QString &fault, qint64 nowMs);
    void clear();

    QJsonObject toJson() const;
    QJsonArray recentRequests(int limit) const;
    qint64 total() const { return m_total; }

    /// "Bearer abcd…" -> "Bearer ***"; query values of code/token/secret names -> "***".
    static QByteArray maskHeader(const QByteArray &name, const QByteArray &value);
    static QString maskQuery(const QUrlQuery &query);

private:
    static constexpr int kKeep = 500;
    qint64 m_total = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    qint64 m_tooMany = 0;
    QHash<QString, qint64> m_byProvider;
    QHash<QString, qint64> m_byMethod;
    QHash<QString, qint64> m_byPath;
    QHash<QString, qint64> m_byStatus;
    QHash<QString, qint64> m_faults;
    QList<QJsonObject> m_recent;
};

} // namespace Ledgerlink
