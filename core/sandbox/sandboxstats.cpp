#include "sandboxstats.h"

#include "xeroformat.h"

#include <QUrl>

namespace Ledgerlink {

namespace {

QJsonObject countsJson(const QHash<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        o.insert(it.key(), double(it.value()));
    }
    return o;
}

bool isSecretName(const QString &name)
{
    static const QStringList secrets { QStringLiteral("code"), QStringLiteral("token"), QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("client_secret"), QStringLiteral("code_verifier"),
        QStringLiteral("id_token"), QStringLiteral("password") };
    return secrets.contains(name.toLower());
}

} // namespace

QByteArray SandboxStats::maskHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const int space = value.indexOf(' ');
        return (space > 0 ? value.left(space) : QByteArray()) + " ***";
    }
    if (lower == "cookie" || lower == "set-cookie" || lower.contains("token") || lower.contains("secret")) {
        return "***";
    }
    return value;
}

QString SandboxStats::maskQuery(const QUrlQuery &query)
{
    QUrlQuery masked;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        masked.addQueryItem(item.first, isSecretName(item.first) ? QStringLiteral("***") : item.second);
    }
    return masked.toString(QUrl::FullyEncoded);
}

void SandboxStats::record(const QString &provider, const SandboxRequest &request, int status, qint64 bytesOut,
    const QString &fault, qint64 nowMs)
{
    ++m_total;
    m_bytesIn += request.body.size();
    m_bytesOut += bytesOut;
    if (status == 429) {
        ++m_tooMany;
    }
    ++m_byProvider[provider];
    ++m_byMethod[QString::fromLatin1(request.method)];
    ++m_byPath[QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path];
    ++m_byStatus[QString::number(status)];
    if (!fault.isEmpty()) {
        ++m_faults[fault];
    }
    QJsonObject headers;
    for (auto it = request.headers.constBegin(); it != request.headers.constEnd(); ++it) {
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(maskHeader(it.key(), it.value())));
    }
    m_recent.append(QJsonObject { { QStringLiteral("time"), QString(XeroFormat::isoDate(nowMs) + QLatin1Char('Z')) },
        { QStringLiteral("provider"), provider }, { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("path"), request.path }, { QStringLiteral("query"), maskQuery(request.query) },
        { QStringLiteral("headers"), headers }, { QStringLiteral("request_bytes"), double(request.body.size()) },
        { QStringLiteral("status"), status }, { QStringLiteral("fault"), fault } });
    if (m_recent.size() > kKeep) {
        m_recent.removeFirst();
    }
}

void SandboxStats::clear()
{
    *this = SandboxStats();
}

QJsonObject SandboxStats::toJson() const
{
    return { { QStringLiteral("total"), double(m_total) }, { QStringLiteral("bytes_in"), double(m_bytesIn) },
        { QStringLiteral("bytes_out"), double(m_bytesOut) }, { QStringLiteral("too_many_requests"), double(m_tooMany) },
        { QStringLiteral("by_provider"), countsJson(m_byProvider) },
        { QStringLiteral("by_method"), countsJson(m_byMethod) }, { QStringLiteral("by_path"), countsJson(m_byPath) },
        { QStringLiteral("by_status"), countsJson(m_byStatus) }, { QStringLiteral("faults"), countsJson(m_faults) } };
}

QJsonArray SandboxStats::recentRequests(int limit) const
{
    QJsonArray list;
    const int start = qMax(0, int(m_recent.size()) - qMax(0, limit));
    for (int i = start; i < m_recent.size(); ++i) {
        list.append(m_recent.at(i));
    }
    return list;
}

} // namespace Ledgerlink
