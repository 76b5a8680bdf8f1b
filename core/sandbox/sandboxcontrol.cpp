#include "sandboxcontrol.h"

#include "faultinjector.h"
#include "ratelimiter.h"
#include "sandboxapps.h"
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "sandboxserver.h"
#include "sandboxstats.h"
#include "tokenissuer.h"
#include "xeroformat.h"

namespace Ledgerlink {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

SandboxReply ok(const QJsonObject &extra = {})
{
    QJsonObject o { { s("ok"), true } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        o.insert(it.key(), it.value());
    }
    return SandboxReply::json(o);
}

} // namespace

SandboxControl::SandboxControl(const SandboxContext &context, SandboxServer *server)
    : m_context(context)
    , m_server(server)
{ }

SandboxReply SandboxControl::badRequest(const QString &message)
{
    return SandboxReply::json(QJsonObject { { s("error"), message } }, 400);
}

QJsonObject SandboxControl::bodyObject(const SandboxRequest &request, bool *ok)
{
    if (request.body.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    *ok = doc.isObject();
    return doc.object();
}

SandboxReply SandboxControl::handle(const SandboxRequest &request)
{
    const QString path = request.path;
    const QByteArray &m = request.method;
    if (path == QLatin1String("/_sandbox/health")) {
        return SandboxReply::json(QJsonObject { { s("status"), s("ok") } });
    }
    if (path == QLatin1String("/_sandbox/apps")) {
        return apps(request);
    }
    if (path == QLatin1String("/_sandbox/clock")) {
        return clock(request);
    }
    if (path == QLatin1String("/_sandbox/faults")) {
        return faults(request);
    }
    if (path == QLatin1String("/_sandbox/limits")) {
        return limits(request);
    }
    if (path == QLatin1String("/_sandbox/stats") && m == "GET") {
        return SandboxReply::json(m_context.stats->toJson());
    }
    if (path == QLatin1String("/_sandbox/stats") && m == "DELETE") {
        m_context.stats->clear();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/requests") && m == "GET") {
        const QString limit = request.queryValue(s("limit"));
        return SandboxReply::json(m_context.stats->recentRequests(limit.isEmpty() ? 50 : limit.toInt()));
    }
    if (path == QLatin1String("/_sandbox/tokens") && m == "GET") {
        return SandboxReply::json(m_context.tokens->tokensJson());
    }
    if (path.startsWith(QLatin1String("/_sandbox/data/")) && m == "GET") {
        return data(request);
    }
    if (path == QLatin1String("/_sandbox/reset") && m == "POST") {
        m_server->reset();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/seed") && m == "POST") {
        return seed(request);
    }
    return SandboxReply::json(
        QJsonObject { { s("error"), s("unknown sandbox endpoint %1 %2").arg(QString::fromLatin1(m), path) } }, 404);
}

SandboxReply SandboxControl::apps(const SandboxRequest &request)
{
    if (request.method == "GET") {
        return SandboxReply::json(m_context.apps->toJson(true));
    }
    if (request.method != "POST") {
        return badRequest(s("use GET or POST"));
    }
    bool parsed = false;
    const QJsonObject body = bodyObject(request, &parsed);
    if (!parsed) {
        return badRequest(s("body must be a JSON object"));
    }
    const Status added = m_context.apps->add(SandboxApp::fromJson(body));
    if (!added.ok()) {
        return badRequest(added.error().userMessage());
    }
    return SandboxReply::json(SandboxApp::fromJson(body).toJson(true), 201);
}

SandboxReply SandboxControl::clock(const SandboxRequest &request)
{
    if (request.method == "POST") {
        bool parsed = false;
        const QJsonObject body = bodyObject(request, &parsed);
        if (!parsed) {
            return badRequest(s("body must be a JSON object"));
        }
        if (body.contains(s("scale"))) {
            m_context.clock->setScale(body.value(s("scale")).toDouble(1.0));
        }
        if (body.contains(s("advance_seconds"))) {
            m_context.clock->advance(qint64(body.value(s("advance_seconds")).toDouble()));
        }
        if (body.contains(s("now"))) {
            const QDateTime now = QDateTime::fromString(body.value(s("now")).toString(), Qt::ISODate);
            if (!now.isValid()) {
                return badRequest(s("now must be an ISO 8601 date-time"));
            }
            m_context.clock->setNow(now);
        }
    }
    const QDateTime now = m_context.clock->now();
    return SandboxReply::json(QJsonObject { { s("now"), now.toString(Qt::ISODateWithMs) },
        { s("now_ms"), double(now.toMSecsSinceEpoch()) }, { s("scale"), m_context.clock->scale() } });
}

SandboxReply SandboxControl::faults(const SandboxRequest &request)
{
    if (request.method == "GET") {
        return SandboxReply::json(m_context.faults->toJson());
    }
    if (request.method == "DELETE") {
        const QString id = request.queryValue(s("id"));
        if (id.isEmpty()) {
            m_context.faults->clear();
        } else if (!m_context.faults->remove(id)) {
            return SandboxReply::json(QJsonObject { { s("error"), s("no fault %1").arg(id) } }, 404);
        }
        return ok();
    }
    bool parsed = false;
    const QJsonObject body = bodyObject(request, &parsed);
    if (!parsed) {
        return badRequest(s("body must be a JSON object"));
    }
    const QString kind = body.value(s("kind")).toString();
    const QString provider = body.value(s("provider")).toString();
    // One-shot actions change state now instead of hitting later requests.
    if (kind == QLatin1String("expire_tokens")) {
        m_context.tokens->expireAllAccess(provider);
        return ok();
    }
    if (kind == QLatin1String("revoke_grant")) {
        m_context.tokens->revokeGrants(provider, body.value(s("client_id")).toString());
        return ok();
    }
    if (kind == QLatin1String("delete_organisation") || kind == QLatin1String("restore_organisation")) {
        const QString tenant = body.value(s("tenant")).toString();
        if (!m_context.data->tenant(provider, tenant)) {
            return badRequest(s("unknown tenant %1 of provider %2").arg(tenant, provider));
        }
        m_context.data->setTenantDeleted(provider, tenant, kind == QLatin1String("delete_organisation"));
        return ok();
    }
    SandboxFault fault;
    if (!SandboxFault::kindFromName(kind, &fault.kind)) {
        return badRequest(s("unknown fault kind '%1'").arg(kind));
    }
    fault.provider = provider;
    fault.pathPattern = body.value(s("path")).toString(s("*"));
    fault.status = body.value(s("status")).toInt(fault.kind == SandboxFault::Kind::HtmlError ? 503 : 500);
    fault.rate = qBound(0.0, body.value(s("rate")).toDouble(1.0), 1.0);
    fault.latencyMs = body.value(s("latency_ms")).toInt(0);
    fault.remaining = body.value(s("count")).toInt(-1);
    const QString id = m_context.faults->add(fault);
    return ok({ { s("id"), id } });
}

SandboxReply SandboxControl::limits(const SandboxRequest &request)
{
    if (request.method == "POST") {
        bool parsed = false;
        const QJsonObject body = bodyObject(request, &parsed);
        if (!parsed) {
            return badRequest(s("body must be a JSON object"));
        }
        const QString provider = body.value(s("provider")).toString();
        if (body.value(s("reset_counters")).toBool()) {
            m_context.limiter->resetCounters();
        }
        if (!provider.isEmpty()) {
            if (body.value(s("lift")).toBool()) {
                m_context.limiter->setLimits(provider, RateLimiter::Limits());
            } else {
                // "defaults": start from the provider's published limits; other fields override.
                const RateLimiter::Limits base = body.value(s("defaults")).toBool()
                    ? RateLimiter::defaults(provider)
                    : m_context.limiter->limits(provider);
                m_context.limiter->setLimits(provider, RateLimiter::limitsFromJson(body, base));
            }
        }
    }
    return SandboxReply::json(m_context.limiter->toJson());
}

SandboxReply SandboxControl::data(const SandboxRequest &request)
{
    // /_sandbox/data/{provider}[/{tenant}/{entity}]
    const QStringList parts =
        request.path.mid(int(qstrlen("/_sandbox/data/"))).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString provider = parts.value(0);
    if (parts.size() == 1) {
        QJsonArray tenants;
        const auto list = m_context.data->tenants(provider);
        for (const auto &t : list) {
            tenants.append(QJsonObject { { s("id"), t.id }, { s("name"), t.name }, { s("deleted"), t.deleted } });
        }
        return SandboxReply::json(QJsonObject { { s("tenants"), tenants } });
    }
    if (parts.size() < 3 || !m_context.data->tenant(provider, parts.at(1))) {
        return SandboxReply::json(
            QJsonObject { { s("error"), s("use /_sandbox/data/{provider}/{tenant}/{entity}") } }, 404);
    }
    QJsonArray records;
    // MYOB entities contain slashes (Contact/Customer).
    const auto list = m_context.data->records(provider, parts.at(1), parts.mid(2).join(QLatin1Char('/')));
    for (const auto &r : list) {
        records.append(r);
    }
    return SandboxReply::json(QJsonObject { { s("count"), int(records.size()) }, { s("records"), records } });
}

SandboxReply SandboxControl::seed(const SandboxRequest &request)
{
    bool parsed = false;
    const QJsonObject body = bodyObject(request, &parsed);
    if (!parsed) {
        return badRequest(s("body must be a JSON object"));
    }
    const QString provider = body.value(s("provider")).toString(s("xero"));
    const QString tenant = body.value(s("tenant")).toString(SandboxData::demoTenantId(provider, 0));
    if (!m_context.data->tenant(provider, tenant)) {
        return badRequest(s("unknown tenant %1 of provider %2").arg(tenant, provider));
    }
    const QJsonObject made = m_server->seed(provider, tenant, body);
    if (made.isEmpty()) {
        return badRequest(s("seeding %1 is not supported yet").arg(provider));
    }
    return ok(made);
}

} // namespace Ledgerlink
