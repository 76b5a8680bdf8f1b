#include "faultinjector.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace Ledgerlink {

namespace {

bool wildcardMatch(const QString &pattern, const QString &path)
{
    QString re = QRegularExpression::escape(pattern);
    re.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(path).hasMatch();
}

struct KindName
{
    SandboxFault::Kind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    { SandboxFault::Kind::Latency, "latency" },
    { SandboxFault::Kind::Stall, "stall" },
    { SandboxFault::Kind::HttpError, "http_error" },
    { SandboxFault::Kind::Drop, "drop" },
    { SandboxFault::Kind::MalformedJson, "malformed_json" },
    { SandboxFault::Kind::HtmlError, "html_error" },
};

} // namespace

QJsonObject SandboxFault::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("provider"), provider },
        { QStringLiteral("path"), pathPattern }, { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("status"), status }, { QStringLiteral("rate"), rate },
        { QStringLiteral("latency_ms"), latencyMs }, { QStringLiteral("count"), remaining } };
}

bool SandboxFault::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &k : kKinds) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString SandboxFault::kindName(Kind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind) {
            return QLatin1String(k.name);
        }
    }
    return {};
}

QString FaultInjector::add(SandboxFault fault)
{
    fault.id = QString::number(m_nextId++);
    m_faults << fault;
    return fault.id;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

bool FaultInjector::remove(const QString &id)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        if (m_faults.at(i).id == id) {
            m_faults.removeAt(i);
            return true;
        }
    }
    return false;
}

FaultInjector::Hit FaultInjector::hit(const QString &provider, const QString &path)
{
    Hit result;
    for (int i = 0; i < m_faults.size(); ++i) {
        SandboxFault &f = m_faults[i];
        if ((!f.provider.isEmpty() && f.provider != provider) || !wildcardMatch(f.pathPattern, path)) {
            continue;
        }
        if (f.rate < 1.0 && QRandomGenerator::global()->generateDouble() >= f.rate) {
            continue;
        }
        if (f.kind == SandboxFault::Kind::Latency) {
            result.latencyMs += f.latencyMs;
        } else if (!result.fired) {
            result.fired = true;
            result.terminal = f;
        } else {
            continue;
        }
        if (f.remaining > 0 && --f.remaining == 0) {
            m_faults.removeAt(i--);
        }
    }
    return result;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray list;
    for (const auto &f : m_faults) {
        list.append(f.toJson());
    }
    return list;
}

} // namespace Ledgerlink
