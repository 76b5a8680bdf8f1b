#include "myobapi.h"

#include "myobseeder.h"
#include "ratelimiter.h"
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("myob");
const QString kBase = QStringLiteral("/myob/api/accountright/");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

MyobApi::MyobApi(const SandboxContext &context)
    : m_context(context)
{ }

SandboxReply MyobApi::errors(int status, const QString &name, const QString &message, int code)
{
    return SandboxReply::json(QJsonObject { { s("Errors"),
                                                QJsonArray { QJsonObject { { s("Name"), name },
                                                    { s("Message"), message }, { s("AdditionalDetails"), QString() },
                                                    { s("ErrorCode"), code }, { s("Severity"), s("Error") } } } },
                                  { s("Information"), QString() } },
        status);
}

QString MyobApi::entityOf(const QStringList &parts, int *consumed)
{
    static const QStringList entities { s("Contact/Customer"), s("Inventory/Item"), s("GeneralLedger/TaxCode"),
        s("GeneralLedger/Account"), s("Sale/Invoice/Item"), s("Sale/Invoice/Service"), s("Sale/CustomerPayment") };
    for (const auto &e : entities) {
        const int n = int(e.count(QLatin1Char('/'))) + 1;
        if (parts.mid(0, n).join(QLatin1Char('/')).compare(e, Qt::CaseInsensitive) == 0) {
            *consumed = n;
            return e;
        }
    }
    return {};
}

bool MyobApi::handle(const SandboxRequest &request, SandboxReply *reply)
{
    if (!request.path.startsWith(kBase)) {
        return false;
    }
    const QStringList parts = request.path.mid(kBase.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString business = parts.value(0);
    const SandboxGrant *grant = nullptr;
    const auto state = m_context.tokens->checkAccess(kProvider, request.bearerToken(), &grant);
    if (state != TokenIssuer::AccessState::Valid) {
        *reply = errors(401, s("OAuthTokenIsInvalid"), s("The supplied OAuth token (Bearer) is not valid"), 31001);
        return true;
    }
    if (QString::fromLatin1(request.header("x-myobapi-key")) != grant->clientId) {
        *reply =
            errors(403, s("Developer Inactive"), s("The x-myobapi-key header is missing or does not match the token"));
        return true;
    }
    bool connected = false;
    for (const auto &c : grant->connections) {
        connected = connected || c.tenantId == business;
    }
    const SandboxTenant *t = m_context.data->tenant(kProvider, business);
    if (!connected || !t || t->deleted) {
        *reply = errors(403, s("AccessDenied"), s("Access to this company file is denied"), 1);
        return true;
    }
    const RateLimiter::Decision d = m_context.limiter->admit(kProvider, business, grant->clientId);
    if (!d.allowed) {
        // MYOB signals its rate limit with 403, not 429.
        *reply = errors(403, s("RateLimitError"), s("API key has exceeded the per-second rate limit."));
        return true;
    }
    int consumed = 0;
    const QString entity = entityOf(parts.mid(1), &consumed);
    const QString uid = parts.value(1 + consumed);
    const QString base = kBase + business + QLatin1Char('/') + entity;
    if (entity.isEmpty() || parts.size() > 2 + consumed) {
        *reply = errors(404, s("ResourceNotFound"), s("The requested resource was not found"));
    } else if (request.method == "GET" && uid.isEmpty()) {
        *reply = list(request, business, entity, base);
    } else if (request.method == "GET") {
        const QJsonObject record = m_context.data->record(kProvider, business, entity, uid);
        *reply = record.isEmpty() ? errors(404, s("ResourceNotFound"), s("The requested resource was not found"))
                                  : SandboxReply::json(record);
    } else {
        *reply = write(request, business, entity, uid, base);
    }
    reply->concurrencySlot = d.slot;
    return true;
}

SandboxReply MyobApi::list(
    const SandboxRequest &request, const QString &business, const QString &entity, const QString &base) const
{
    const QString topText = request.queryValue(s("$top"));
    const int top = topText.isEmpty() ? 400 : topText.toInt();
    const int skip = request.queryValue(s("$skip")).toInt();
    if (top < 1 || top > 1000 || skip < 0) {
        return errors(400, s("ValidationError"), s("$top must be between 1 and 1000"));
    }
    QDateTime since;
    QString eqField;
    QString eqValue;
    const QString filter = request.queryValue(s("$filter"));
    // Field eq 'text' (quotes doubled inside): the lookups by DisplayID / Number a client makes.
    static const QRegularExpression eqRe(
        s("^(\\w+)\\s+eq\\s+'((?:[^']|'')*)'$"), QRegularExpression::CaseInsensitiveOption);
    const auto eqMatch = eqRe.match(filter.trimmed());
    if (eqMatch.hasMatch()) {
        eqField = eqMatch.captured(1);
        eqValue = eqMatch.captured(2).replace(s("''"), s("'"));
    } else if (!filter.isEmpty()) {
        static const QRegularExpression re(
            s("^LastModified\\s+gt\\s+datetime'([^']+)'$"), QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(filter.trimmed());
        since = QDateTime::fromString(m.captured(1), Qt::ISODate);
        if (!m.hasMatch() || !since.isValid()) {
            return errors(400, s("ValidationError"),
                s("The sandbox understands $filter=LastModified gt datetime'...' or Field eq '...' only"));
        }
        if (since.timeSpec() == Qt::LocalTime) {
            since.setTimeSpec(Qt::UTC);
        }
    }
    QJsonArray matched;
    const auto all = m_context.data->records(kProvider, business, entity);
    for (const auto &r : all) {
        if (!eqField.isEmpty() && r.value(eqField).toString() != eqValue) {
            continue;
        }
        if (!since.isValid() || QDateTime::fromString(r.value(s("LastModified")).toString(), Qt::ISODate) > since) {
            matched.append(r);
        }
    }
    QJsonArray items;
    for (int i = skip; i < matched.size() && items.size() < top; ++i) {
        items.append(matched.at(i));
    }
    QJsonValue next = QJsonValue::Null;
    if (skip + top < matched.size()) {
        QUrlQuery q(request.query);
        q.removeAllQueryItems(s("$skip"));
        q.addQueryItem(s("$skip"), QString::number(skip + top));
        next = QString(base + QLatin1Char('?') + q.toString(QUrl::FullyEncoded));
    }
    return SandboxReply::json(
        QJsonObject { { s("Items"), items }, { s("NextPageLink"), next }, { s("Count"), int(matched.size()) } });
}

QString MyobApi::applyPayment(const QString &business, const QJsonObject &payment, double sign, bool commit)
{
    const auto invoices = payment.value(s("Invoices")).toArray();
    for (const auto &v : invoices) {
        const QString uid = v.toObject().value(s("UID")).toString();
        QString entity = s("Sale/Invoice/Item");
        QJsonObject invoice = m_context.data->record(kProvider, business, entity, uid);
        if (invoice.isEmpty()) {
            entity = s("Sale/Invoice/Service");
            invoice = m_context.data->record(kProvider, business, entity, uid);
        }
        if (invoice.isEmpty()) {
            return s("Invoice %1 was not found").arg(uid);
        }
        const double balance = cents(
            invoice.value(s("BalanceDueAmount")).toDouble() - sign * v.toObject().value(s("AmountApplied")).toDouble());
        if (balance < -0.004) {
            return s("The amount applied is more than the balance due of invoice %1").arg(uid);
        }
        if (commit) {
            invoice.insert(s("BalanceDueAmount"), balance);
            invoice.insert(s("Status"), balance <= 0.004 ? s("Closed") : s("Open"));
            invoice.insert(
                s("RowVersion"), QString::number(invoice.value(s("RowVersion")).toString().toLongLong() + 1));
            invoice.insert(s("LastModified"), m_context.clock->now().toString(Qt::ISODateWithMs));
            m_context.data->put(kProvider, business, entity, uid, invoice);
        }
    }
    return {};
}

SandboxReply MyobApi::write(const SandboxRequest &request, const QString &business, const QString &entity,
    const QString &uid, const QString &base)
{
    const QJsonObject existing =
        uid.isEmpty() ? QJsonObject() : m_context.data->record(kProvider, business, entity, uid);
    if (!uid.isEmpty() && existing.isEmpty()) {
        return errors(404, s("ResourceNotFound"), s("The requested resource was not found"));
    }
    if (request.method == "DELETE" && !uid.isEmpty()) {
        if (entity == QLatin1String("Sale/CustomerPayment")) {
            applyPayment(business, existing, -1.0, true);
        }
        // Removed for good (MYOB has no tombstones): rebuild the ordered collection without it.
        const auto all = m_context.data->records(kProvider, business, entity);
        m_context.data->clearEntity(kProvider, business, entity);
        for (const auto &r : all) {
            if (r.value(s("UID")).toString() != uid) {
                m_context.data->put(kProvider, business, entity, r.value(s("UID")).toString(), r);
            }
        }
        return SandboxReply::empty(200);
    }
    const bool isPost = request.method == "POST" && uid.isEmpty();
    if (!isPost && !(request.method == "PUT" && !uid.isEmpty())) {
        return errors(405, s("MethodNotAllowed"), s("Method not allowed"));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return errors(400, s("ValidationError"), s("The request body is not valid JSON"));
    }
    QJsonObject record = existing;
    const QJsonObject input = doc.object();
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        record.insert(it.key(), it.value());
    }
    if (!isPost && input.value(s("RowVersion")).toString() != existing.value(s("RowVersion")).toString()) {
        return errors(
            409, s("IncorrectRowVersionSupplied"), s("The supplied RowVersion does not match the current one"), 1);
    }
    if (entity == QLatin1String("Contact/Customer") && record.value(s("CompanyName")).toString().isEmpty()
        && record.value(s("LastName")).toString().isEmpty()) {
        return errors(400, s("ValidationError"), s("CompanyName or LastName is required"), 4000);
    }
    if (entity == QLatin1String("Inventory/Item")
        && (record.value(s("Number")).toString().isEmpty() || record.value(s("Name")).toString().isEmpty())) {
        return errors(400, s("ValidationError"), s("Number and Name are required"), 4000);
    }
    if (entity.startsWith(QLatin1String("Sale/Invoice"))) {
        if (m_context.data
                ->record(kProvider, business, s("Contact/Customer"),
                    record.value(s("Customer")).toObject().value(s("UID")).toString())
                .isEmpty()) {
            return errors(400, s("ValidationError"), s("Customer UID is invalid"), 4000);
        }
        double total = 0;
        const auto lines = record.value(s("Lines")).toArray();
        for (const auto &l : lines) {
            total += l.toObject().value(s("Total")).toDouble();
        }
        const double paid =
            existing.value(s("TotalAmount")).toDouble() - existing.value(s("BalanceDueAmount")).toDouble();
        record.insert(s("TotalAmount"), cents(total));
        record.insert(s("BalanceDueAmount"), cents(total - paid));
        record.insert(s("Status"), total - paid <= 0.004 && total > 0 ? s("Closed") : s("Open"));
        if (record.value(s("Number")).toString().isEmpty()) {
            record.insert(s("Number"),
                QString::number(m_context.data->count(kProvider, business, entity) + 1)
                    .rightJustified(8, QLatin1Char('0')));
        }
    }
    if (entity == QLatin1String("Sale/CustomerPayment")) {
        if (!isPost) {
            return errors(
                400, s("ValidationError"), s("Customer payments cannot be edited; delete and re-enter"), 4000);
        }
        const QString problem = applyPayment(business, record, 1.0, false);
        if (!problem.isEmpty()) {
            return errors(400, s("ValidationError"), problem, 4000);
        }
        applyPayment(business, record, 1.0, true);
    }
    const QString id = isPost ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uid;
    record.insert(s("UID"), id);
    record.insert(s("URI"), QString(base + QLatin1Char('/') + id));
    record.insert(s("RowVersion"),
        isPost ? s("1") : QString::number(existing.value(s("RowVersion")).toString().toLongLong() + 1));
    record.insert(s("LastModified"), m_context.clock->now().toString(Qt::ISODateWithMs));
    m_context.data->put(kProvider, business, entity, id, record);
    if (isPost) {
        SandboxReply created = SandboxReply::empty(201);
        created.setHeader("Location", (base + QLatin1Char('/') + id).toUtf8());
        return created;
    }
    return SandboxReply::empty(200);
}

void MyobApi::seedBasics()
{
    const auto businesses = m_context.data->tenants(kProvider);
    for (const auto &b : businesses) {
        if (m_context.data->count(kProvider, b.id, s("GeneralLedger/TaxCode")) > 0) {
            continue;
        }
        const QString now = m_context.clock->now().toString(Qt::ISODateWithMs);
        const QList<QPair<QString, double>> codes { { s("GST"), 10.0 }, { s("FRE"), 0.0 }, { s("N-T"), 0.0 } };
        for (const auto &c : codes) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_context.data->put(kProvider, b.id, s("GeneralLedger/TaxCode"), id,
                { { s("UID"), id }, { s("Code"), c.first }, { s("Rate"), c.second },
                    { s("Type"), s("GoodsAndServicesTax") },
                    { s("URI"), QString(kBase + b.id + s("/GeneralLedger/TaxCode/") + id) },
                    { s("RowVersion"), s("1") }, { s("LastModified"), now } });
        }
        const QList<QPair<QString, QString>> accounts { { s("4-1000"), s("Sales") },
            { s("1-1110"), s("Business Bank Account") }, { s("1-1200"), s("Trade Debtors") } };
        for (const auto &a : accounts) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_context.data->put(kProvider, b.id, s("GeneralLedger/Account"), id,
                { { s("UID"), id }, { s("DisplayID"), a.first }, { s("Name"), a.second }, { s("IsActive"), true },
                    { s("URI"), QString(kBase + b.id + s("/GeneralLedger/Account/") + id) },
                    { s("RowVersion"), s("1") }, { s("LastModified"), now } });
        }
    }
}

QJsonObject MyobApi::seed(const QString &business, const QJsonObject &sizes)
{
    return MyobSeeder(m_context, this).seedDemo(business, sizes);
}

} // namespace Ledgerlink
