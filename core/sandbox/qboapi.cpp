#include "qboapi.h"

#include "qboquery.h"
#include "qboseeder.h"
#include "ratelimiter.h"
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("qbo");
const QString kBase = QStringLiteral("/qbo/api/v3/company/");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

QboApi::QboApi(const SandboxContext &context)
    : m_context(context)
    , m_entities(context)
{ }

QJsonObject QboApi::withTime(QJsonObject body) const
{
    body.insert(s("time"), QString(m_context.clock->now().toString(s("yyyy-MM-ddTHH:mm:ss.zzz")) + s("+00:00")));
    return body;
}

SandboxReply QboApi::faultReply(const QJsonObject &fault, int status) const
{
    return SandboxReply::json(withTime({ { s("Fault"), fault } }), status);
}

void QboApi::seedBasics()
{
    const auto companies = m_context.data->tenants(kProvider);
    for (const auto &c : companies) {
        QboSeeder(m_context, &m_entities).seedBasics(c.id);
    }
}

QJsonObject QboApi::seed(const QString &realm, const QJsonObject &sizes)
{
    return QboSeeder(m_context, &m_entities).seedDemo(realm, sizes);
}

bool QboApi::handle(const SandboxRequest &request, SandboxReply *reply)
{
    if (!request.path.startsWith(kBase)) {
        return false;
    }
    const QStringList parts = request.path.mid(kBase.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString realm = parts.value(0);
    const SandboxGrant *grant = nullptr;
    const auto state = m_context.tokens->checkAccess(kProvider, request.bearerToken(), &grant);
    if (state != TokenIssuer::AccessState::Valid) {
        *reply = faultReply(
            QboEntities::fault(s("3200"), s("message=AuthenticationFailed; errorCode=003200; statusCode=401"),
                state == TokenIssuer::AccessState::Expired ? s("Token expired") : s("Token invalid"), {},
                s("AUTHENTICATION")),
            401);
        return true;
    }
    bool connected = false;
    for (const auto &c : grant->connections) {
        connected = connected || c.tenantId == realm;
    }
    const SandboxTenant *company = m_context.data->tenant(kProvider, realm);
    if (!connected || !company || company->deleted) {
        *reply = faultReply(QboEntities::fault(s("003100"),
                                s("message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403"),
                                s("The application is not authorized for this company"), {}, s("SERVICE")),
            403);
        return true;
    }
    const RateLimiter::Decision d = m_context.limiter->admit(kProvider, realm, grant->clientId);
    if (!d.allowed) {
        *reply =
            faultReply(QboEntities::fault(s("3001"), s("message=ThrottleExceeded; errorCode=003001; statusCode=429"),
                           s("The request limit was reached."), {}, s("SERVICE")),
                429);
        return true;
    }
    const QString requestId = request.queryValue(s("requestid"));
    const QString replayKey = realm + QLatin1Char('/') + requestId;
    if (!requestId.isEmpty() && m_replayed.contains(replayKey)) {
        *reply = m_replayed.value(replayKey);
    } else {
        *reply = serve(request, realm, parts.mid(1));
        if (!requestId.isEmpty() && request.method == "POST") {
            if (m_replayed.size() > 5000) {
                m_replayed.clear(); // bounded memory; Intuit itself only promises a short replay window
            }
            m_replayed.insert(replayKey, *reply);
        }
    }
    reply->concurrencySlot = d.slot;
    reply->setHeader("intuit_tid", TokenIssuer::randomToken(12).toLatin1());
    return true;
}

SandboxReply QboApi::serve(const SandboxRequest &request, const QString &realm, const QStringList &parts)
{
    const QString first = parts.value(0).toLower();
    if (first == QLatin1String("query") && request.method == "GET") {
        QJsonObject fault;
        const QJsonObject result = runQuery(realm, request.queryValue(s("query")), &fault);
        return fault.isEmpty() ? SandboxReply::json(withTime({ { s("QueryResponse"), result } }))
                               : faultReply(fault, 400);
    }
    if (first == QLatin1String("cdc") && request.method == "GET") {
        return cdc(request, realm);
    }
    if (first == QLatin1String("batch") && request.method == "POST") {
        return batch(request, realm);
    }
    const QString entity = QboEntities::canonical(first);
    if (entity.isEmpty() || parts.size() > 2) {
        return faultReply(
            QboEntities::fault(s("4000"), s("Unsupported Operation"), s("Operation not supported by the sandbox")),
            400);
    }
    if (request.method == "GET" && parts.size() == 2) {
        const QJsonObject record = m_entities.find(realm, entity, parts.at(1));
        if (record.isEmpty() || record.value(s("status")).toString() == QLatin1String("Deleted")) {
            return faultReply(QboEntities::fault(s("610"), s("Object Not Found"),
                                  s("Object Not Found : Something you're trying to use has been made inactive.")),
                400);
        }
        return SandboxReply::json(withTime({ { entity, record } }));
    }
    if (request.method != "POST" || parts.size() != 1) {
        return faultReply(QboEntities::fault(s("4000"), s("Unsupported Operation"), s("Operation not supported")), 400);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return faultReply(QboEntities::fault(s("2010"), s("Request has invalid or unsupported property"),
                              s("The request body is not JSON")),
            400);
    }
    const bool remove = request.queryValue(s("operation")) == QLatin1String("delete");
    const QboEntities::Outcome out =
        remove ? m_entities.remove(realm, entity, doc.object()) : m_entities.save(realm, entity, doc.object());
    if (!out.fault.isEmpty()) {
        return faultReply(out.fault, 400);
    }
    return SandboxReply::json(withTime({ { entity, out.record } }));
}

QJsonObject QboApi::runQuery(const QString &realm, const QString &text, QJsonObject *fault) const
{
    QboQuery query;
    QString error;
    if (!query.parse(text, &error)) {
        *fault = QboEntities::fault(s("4000"), s("Error parsing query"), error);
        return {};
    }
    const QString entity = QboEntities::canonical(query.entity);
    if (entity.isEmpty()) {
        *fault = QboEntities::fault(s("4000"), s("Error parsing query"), s("Invalid entity %1").arg(query.entity));
        return {};
    }
    QList<QJsonObject> matched;
    const auto all = m_context.data->records(kProvider, realm, entity);
    for (const auto &r : all) {
        if (r.value(s("status")).toString() == QLatin1String("Deleted")) {
            continue;
        }
        // Name lists answer only active records unless the query asks about Active itself.
        if (QboEntities::isNameList(entity) && !query.filtersActive && !r.value(s("Active")).toBool(true)) {
            continue;
        }
        if (query.matches(r)) {
            matched << r;
        }
    }
    if (query.count) {
        return { { s("totalCount"), int(matched.size()) } };
    }
    if (!query.orderBy.isEmpty()) {
        const QString field = query.orderBy;
        std::stable_sort(matched.begin(), matched.end(), [&field, &query](const QJsonObject &a, const QJsonObject &b) {
            const QString va = a.value(field).toVariant().toString();
            const QString vb = b.value(field).toVariant().toString();
            return query.descending ? vb < va : va < vb;
        });
    }
    QJsonArray page;
    for (int i = query.startPosition - 1; i < matched.size() && page.size() < query.maxResults; ++i) {
        page.append(matched.at(i));
    }
    QJsonObject result { { s("startPosition"), query.startPosition }, { s("maxResults"), int(page.size()) } };
    if (!page.isEmpty()) {
        result.insert(entity, page);
    }
    return result;
}

SandboxReply QboApi::cdc(const SandboxRequest &request, const QString &realm) const
{
    const QDateTime since = QDateTime::fromString(request.queryValue(s("changedSince")), Qt::ISODate);
    if (!since.isValid() || since < m_context.clock->now().addDays(-30)) {
        return faultReply(QboEntities::fault(
                              s("2050"), s("Invalid String"), s("changedSince must be a date within the last 30 days")),
            400);
    }
    QJsonArray responses;
    int total = 0;
    const auto names = request.queryValue(s("entities")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &name : names) {
        const QString entity = QboEntities::canonical(name.trimmed());
        if (entity.isEmpty() || entity == QLatin1String("TaxCode") || entity == QLatin1String("TaxRate")) {
            return faultReply(
                QboEntities::fault(s("4000"), s("Invalid entity"), s("CDC does not support %1").arg(name)), 400);
        }
        QJsonArray changed;
        const auto all = m_context.data->records(kProvider, realm, entity);
        for (const auto &r : all) {
            const QDateTime updated = QDateTime::fromString(
                r.value(s("MetaData")).toObject().value(s("LastUpdatedTime")).toString(), Qt::ISODate);
            if (updated >= since && total < 1000) {
                changed.append(r);
                ++total;
            }
        }
        QJsonObject part { { s("startPosition"), 1 }, { s("maxResults"), int(changed.size()) } };
        if (!changed.isEmpty()) {
            part.insert(entity, changed);
        }
        responses.append(part);
    }
    return SandboxReply::json(
        withTime({ { s("CDCResponse"), QJsonArray { QJsonObject { { s("QueryResponse"), responses } } } } }));
}

SandboxReply QboApi::batch(const SandboxRequest &request, const QString &realm)
{
    const QJsonArray items = QJsonDocument::fromJson(request.body).object().value(s("BatchItemRequest")).toArray();
    if (items.size() > 30) {
        return faultReply(
            QboEntities::fault(s("6000"), s("A business validation error has occurred while processing your request"),
                s("Batch size exceeds the maximum of 30 BatchItemRequest elements")),
            400);
    }
    QJsonArray responses;
    for (const auto &v : items) {
        const QJsonObject item = v.toObject();
        QJsonObject response { { s("bId"), item.value(s("bId")) } };
        if (item.contains(s("Query"))) {
            QJsonObject fault;
            const QJsonObject result = runQuery(realm, item.value(s("Query")).toString(), &fault);
            response.insert(fault.isEmpty() ? s("QueryResponse") : s("Fault"), fault.isEmpty() ? result : fault);
            responses.append(response);
            continue;
        }
        QString entity;
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            if (!QboEntities::canonical(it.key()).isEmpty() && it.value().isObject()) {
                entity = QboEntities::canonical(it.key());
            }
        }
        const QString operation = item.value(s("operation")).toString();
        QboEntities::Outcome out;
        if (entity.isEmpty()
            || (operation != QLatin1String("create") && operation != QLatin1String("update")
                && operation != QLatin1String("delete")
                && (operation != QLatin1String("void") || entity != QLatin1String("Invoice")))) {
            out.fault = QboEntities::fault(
                s("4000"), s("Unsupported Operation"), s("Each item needs an operation and an entity"));
        } else if (operation == QLatin1String("void")) {
            // QBO's void: the invoice stays, every amount becomes 0, "Voided" goes into its note.
            QJsonObject voided = item.value(entity).toObject();
            const QJsonObject existing = m_entities.find(realm, entity, voided.value(s("Id")).toString());
            QJsonArray lines;
            for (const QJsonValue &v : existing.value(s("Line")).toArray()) {
                QJsonObject line = v.toObject();
                line.insert(s("Amount"), 0.0);
                lines.append(line);
            }
            voided.insert(s("sparse"), true);
            voided.insert(s("Line"), lines);
            voided.insert(
                s("PrivateNote"), QString(s("Voided ") + existing.value(s("PrivateNote")).toString()).trimmed());
            out = m_entities.save(realm, entity, voided);
        } else if (operation == QLatin1String("delete")) {
            out = m_entities.remove(realm, entity, item.value(entity).toObject());
        } else {
            out = m_entities.save(realm, entity, item.value(entity).toObject());
        }
        if (out.fault.isEmpty()) {
            response.insert(entity, out.record);
        } else {
            response.insert(s("Fault"), out.fault);
        }
        responses.append(response);
    }
    return SandboxReply::json(withTime({ { s("BatchItemResponse"), responses } }));
}

QJsonObject QboApi::cachesToJson() const
{
    QJsonObject out;
    for (auto it = m_replayed.constBegin(); it != m_replayed.constEnd(); ++it) {
        out.insert(it.key(), it.value().toJson());
    }
    return out;
}

void QboApi::cachesFromJson(const QJsonObject &json)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        m_replayed.insert(it.key(), SandboxReply::fromJson(it.value().toObject()));
    }
}

} // namespace Ledgerlink
