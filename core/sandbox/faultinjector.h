#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ledgerlink {

/// A fault applied to matching requests (POST /_sandbox/faults).
struct SandboxFault
{
    enum class Kind { Latency, Stall, HttpError, Drop, MalformedJson, HtmlError };

    QString id;
    QString provider; ///< xero, qbo, sage, myob, or empty for all
    QString pathPattern = QStringLiteral("*"); ///< '*' wildcard over the whole sandbox path
    Kind kind = Kind::HttpError;
    int status = 500; ///< HttpError / HtmlError status
    double rate = 1.0; ///< probability that a matching request is hit
    int latencyMs = 0;
    int remaining = -1; ///< how many more hits; -1 for unlimited

    QJsonObject toJson() const;
    static bool kindFromName(const QString &name, Kind *kind);
    static QString kindName(Kind kind);
};

/// Decides which faults hit a request. Faults on the control API (/_sandbox) are never applied.
class FaultInjector
{
public:
    /// What fired for one request.
    struct Hit
    {
        int latencyMs = 0;
        bool fired = false; ///< a terminal fault (not latency) fired
        SandboxFault terminal;
    };

    QString add(SandboxFault fault);
    void clear();
    bool remove(const QString &id);
    Hit hit(const QString &provider, const QString &path);
    QJsonArray toJson() const;
    bool isEmpty() const { return m_faults.isEmpty(); }

private:
    QList<SandboxFault> m_faults;
    int m_nextId = 1;
};

} // namespace Ledgerlink
