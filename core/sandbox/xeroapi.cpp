#include "xeroapi.h"

#include "ratelimiter.h"
#include "sandboxapps.h"
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "tokenissuer.h"
#include "xeroformat.h"
#include "xerooauth.h"
#include "xeroquery.h"
#include "xeroseeder.h"
#include "xerowriter.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");
const QString kBase = QStringLiteral("/xero/api/api.xro/2.0/");

SandboxReply notFound()
{
    return SandboxReply::text("The resource you're looking for cannot be found", 404);
}

} // namespace

XeroApi::XeroApi(const SandboxContext &context, const XeroOAuth *oauth)
    : m_context(context)
    , m_oauth(oauth)
    , m_query(std::make_unique<XeroQuery>(context))
    , m_writer(std::make_unique<XeroWriter>(context))
{ }

XeroApi::~XeroApi() = default;

void XeroApi::seedBasics()
{
    const auto tenants = m_context.data->tenants(kProvider);
    for (const auto &t : tenants) {
        XeroSeeder(m_context, m_writer.get()).seedBasics(t.id);
    }
}

QJsonObject XeroApi::seed(const QString &tenant, const QJsonObject &sizes)
{
    return XeroSeeder(m_context, m_writer.get()).seedDemo(tenant, sizes);
}

void XeroApi::clearCaches()
{
    m_idempotency.clear();
}

bool XeroApi::hasScope(const SandboxGrant &grant, const QString &entity, bool write) const
{
    QStringList families;
    if (entity == QLatin1String("Contacts")) {
        families << QStringLiteral("accounting.contacts");
    } else if (entity == QLatin1String("Invoices") || entity == QLatin1String("CreditNotes")) {
        families << QStringLiteral("accounting.invoices") << QStringLiteral("accounting.transactions");
    } else if (entity == QLatin1String("Payments")) {
        families << QStringLiteral("accounting.payments") << QStringLiteral("accounting.transactions");
    } else {
        families << QStringLiteral("accounting.settings");
    }
    for (const auto &f : families) {
        if (grant.scopes.contains(f) || (!write && grant.scopes.contains(f + QStringLiteral(".read")))) {
            return true;
        }
    }
    return false;
}

bool XeroApi::handle(const SandboxRequest &request, SandboxReply *reply)
{
    if (!request.path.startsWith(kBase)) {
        return false;
    }
    const QStringList parts = request.path.mid(kBase.size()).split(QLatin1Char('/'));
    const SandboxGrant *grant = nullptr;
    if (!m_oauth->checkBearer(request, &grant, reply)) {
        return true;
    }
    const QString tenant = QString::fromLatin1(request.header("xero-tenant-id"));
    bool connected = false;
    for (const auto &c : grant->connections) {
        connected = connected || c.tenantId == tenant;
    }
    const SandboxTenant *org = m_context.data->tenant(kProvider, tenant);
    if (!connected || !org || org->deleted) {
        *reply = XeroOAuth::problem(403, QStringLiteral("Forbidden"), QStringLiteral("AuthenticationUnsuccessful"));
        return true;
    }
    static const QStringList entities { QStringLiteral("Contacts"), QStringLiteral("Items"), QStringLiteral("TaxRates"),
        QStringLiteral("Accounts"), QStringLiteral("Invoices"), QStringLiteral("CreditNotes"),
        QStringLiteral("Payments"), QStringLiteral("Organisation") };
    const QString entity = parts.value(0);
    const bool allocations = entity == QLatin1String("CreditNotes") && parts.size() == 3
        && parts.at(2) == QLatin1String("Allocations") && request.method == "PUT";
    if (!entities.contains(entity) || (parts.size() > 2 && !allocations)) {
        *reply = notFound();
        return true;
    }
    const bool isWrite = request.method == "PUT" || request.method == "POST";
    if (!hasScope(*grant, entity, isWrite)) {
        *reply = XeroOAuth::problem(401, QStringLiteral("Unauthorized"), QStringLiteral("AuthorizationUnsuccessful"));
        return true;
    }
    if (!request.header("accept").contains("application/json")) {
        *reply = SandboxReply::text("The sandbox answers JSON only: send Accept: application/json", 406);
        return true;
    }
    const RateLimiter::Decision d = m_context.limiter->admit(kProvider, tenant, grant->clientId);
    if (d.allowed) {
        *reply = isWrite ? write(request, *grant, tenant, entity, parts.value(1), parts.value(2))
                         : serve(request, *grant, tenant, entity, parts.value(1));
        reply->concurrencySlot = d.slot;
    } else {
        *reply = SandboxReply::text("", 429);
        reply->setHeader("Retry-After", QByteArray::number(d.retryAfterSeconds));
        reply->setHeader("X-Rate-Limit-Problem", d.problem.toLatin1());
    }
    if (d.minuteRemaining >= 0) {
        reply->setHeader("X-MinLimit-Remaining", QByteArray::number(d.minuteRemaining));
    }
    if (d.dayRemaining >= 0) {
        reply->setHeader("X-DayLimit-Remaining", QByteArray::number(d.dayRemaining));
    }
    if (d.appMinuteRemaining >= 0) {
        reply->setHeader("X-AppMinLimit-Remaining", QByteArray::number(d.appMinuteRemaining));
    }
    reply->setHeader("Xero-Correlation-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    return true;
}

QJsonObject XeroApi::envelope(const SandboxGrant &grant) const
{
    const SandboxApp *app = m_context.apps->find(kProvider, grant.clientId);
    return { { QStringLiteral("Id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("Status"), QStringLiteral("OK") },
        { QStringLiteral("ProviderName"), app ? app->name : grant.clientId },
        { QStringLiteral("DateTimeUTC"), XeroFormat::msDate(m_context.clock->nowMs()) } };
}

SandboxReply XeroApi::serve(const SandboxRequest &request, const SandboxGrant &grant, const QString &tenant,
    const QString &entity, const QString &id)
{
    if (request.method != "GET") {
        return notFound();
    }
    QJsonObject body = envelope(grant);
    int status = 200;
    const QJsonObject result = m_query->run(request, tenant, entity, id, &status);
    if (status != 200) {
        return status == 404 ? notFound() : SandboxReply::json(result, status);
    }
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        body.insert(it.key(), it.value());
    }
    return SandboxReply::json(body);
}

SandboxReply XeroApi::write(const SandboxRequest &request, const SandboxGrant &grant, const QString &tenant,
    const QString &entity, const QString &id, const QString &sub)
{
    if (request.body.size() > kMaxBodyBytes) {
        return SandboxReply::text("Request Entity Too Large", 413);
    }
    static const QStringList writable { QStringLiteral("Contacts"), QStringLiteral("Items"), QStringLiteral("Invoices"),
        QStringLiteral("CreditNotes"), QStringLiteral("Payments") };
    if (!writable.contains(entity)) {
        return notFound();
    }
    const QByteArray key = request.header("idempotency-key");
    if (key.size() > 128) {
        return SandboxReply::json(
            XeroFormat::validationException({}, QStringLiteral("Idempotency-Key must be 128 characters or fewer")),
            400);
    }
    const QByteArray hash = QCryptographicHash::hash(QByteArray(request.method + ' ' + request.path.toUtf8() + '?'
                                                         + request.query.toString().toUtf8() + '\n' + request.body),
        QCryptographicHash::Sha256);
    const QString cacheKey = tenant + QLatin1Char('/') + QString::fromLatin1(key);
    const qint64 now = m_context.clock->nowMs();
    if (!key.isEmpty()) {
        const auto it = m_idempotency.constFind(cacheKey);
        if (it != m_idempotency.constEnd() && it->expiresMs > now) {
            if (it->requestHash != hash) {
                return XeroOAuth::problem(400, QStringLiteral("Bad Request"),
                    QStringLiteral("The Idempotency-Key was already used with a different request body"));
            }
            return it->reply;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        return SandboxReply::json(QJsonObject { { QStringLiteral("ErrorNumber"), 14 },
                                      { QStringLiteral("Type"), QStringLiteral("PostDataInvalidException") },
                                      { QStringLiteral("Message"), QStringLiteral("Invalid Json data") } },
            400);
    }
    const QJsonObject root = doc.object();
    const QString collection = sub.isEmpty() ? entity : sub; // the request's and reply's array name
    const QJsonArray elements = root.contains(collection) ? root.value(collection).toArray() : QJsonArray { root };
    const bool summarize = request.queryValue(QStringLiteral("summarizeErrors")).toLower() != QLatin1String("false");
    const bool allowUpdate = request.method == "POST";
    const QList<XeroWriter::Outcome> outcomes = sub.isEmpty()
        ? m_writer->apply(tenant, entity, elements, allowUpdate, id)
        : m_writer->allocate(tenant, id, elements);
    QJsonArray saved;
    QJsonArray failed;
    for (const auto &o : outcomes) {
        QJsonObject element = o.element;
        if (!o.errors.isEmpty()) {
            QJsonArray errors;
            for (const auto &e : o.errors) {
                errors.append(QJsonObject { { QStringLiteral("Message"), e } });
            }
            element.insert(QStringLiteral("ValidationErrors"), errors);
            if (collection == QLatin1String("Invoices") || collection == QLatin1String("CreditNotes")) {
                element.insert(QStringLiteral("HasErrors"), true);
            } else if (collection == QLatin1String("Contacts") || collection == QLatin1String("Payments")) {
                element.insert(QStringLiteral("HasValidationErrors"), true);
            }
            failed.append(element);
        }
        if (!summarize) {
            element.insert(QStringLiteral("StatusAttributeString"),
                o.errors.isEmpty() ? QStringLiteral("OK") : QStringLiteral("ERROR"));
        }
        saved.append(element);
    }
    SandboxReply reply;
    if (summarize && !failed.isEmpty()) {
        // As at Xero: the call fails as a whole, yet the valid elements were saved (without their ids
        // reaching the client) - which is why clients should send summarizeErrors=false.
        reply = SandboxReply::json(XeroFormat::validationException(failed), 400);
    } else {
        QJsonObject body = envelope(grant);
        body.insert(collection, saved);
        reply = SandboxReply::json(body);
    }
    if (!key.isEmpty()) {
        // Forget expired keys now and then so a long benchmark does not grow the map without bound.
        if (m_idempotency.size() > 1000) {
            for (auto it = m_idempotency.begin(); it != m_idempotency.end();) {
                it = it->expiresMs <= now ? m_idempotency.erase(it) : std::next(it);
            }
        }
        m_idempotency.insert(cacheKey, Remembered { hash, reply, now + 6 * 60 * 1000 });
    }
    return reply;
}

QJsonArray XeroApi::cachesToJson() const
{
    QJsonArray out;
    const qint64 now = m_context.clock->nowMs();
    for (auto it = m_idempotency.constBegin(); it != m_idempotency.constEnd(); ++it) {
        if (it->expiresMs > now) {
            out.append(QJsonObject { { QStringLiteral("key"), it.key() },
                { QStringLiteral("hash"), QString::fromLatin1(it->requestHash.toBase64()) },
                { QStringLiteral("reply"), it->reply.toJson() },
                { QStringLiteral("expires_ms"), double(it->expiresMs) } });
        }
    }
    return out;
}

void XeroApi::cachesFromJson(const QJsonArray &json)
{
    for (const auto &v : json) {
        const QJsonObject o = v.toObject();
        m_idempotency.insert(o.value(QStringLiteral("key")).toString(),
            Remembered { QByteArray::fromBase64(o.value(QStringLiteral("hash")).toString().toLatin1()),
                SandboxReply::fromJson(o.value(QStringLiteral("reply")).toObject()),
                qint64(o.value(QStringLiteral("expires_ms")).toDouble()) });
    }
}

} // namespace Ledgerlink
