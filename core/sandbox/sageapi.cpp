#include "sageapi.h"

#include "ratelimiter.h"
#include "sageseeder.h"
#include "sandboxclock.h"
#include "sandboxdata.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("sage");
const QString kBase = QStringLiteral("/sage/api/v3.1/");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

const QStringList &collections()
{
    static const QStringList c { s("contacts"), s("products"), s("tax_rates"), s("ledger_accounts"),
        s("sales_invoices"), s("sales_credit_notes"), s("contact_payments") };
    return c;
}

} // namespace

SageApi::SageApi(const SandboxContext &context)
    : m_context(context)
{ }

QString SageApi::singular(const QString &collection)
{
    if (collection == QLatin1String("tax_rates")) {
        return s("tax_rate");
    }
    return collection.endsWith(QLatin1Char('s')) ? collection.left(collection.size() - 1) : collection;
}

SandboxReply SageApi::errors(int status, const QString &dataCode, const QString &message, const QString &source)
{
    return SandboxReply::json(QJsonArray { QJsonObject { { s("$severity"), s("error") }, { s("$dataCode"), dataCode },
                                  { s("$message"), message }, { s("$source"), source } } },
        status);
}

bool SageApi::handle(const SandboxRequest &request, SandboxReply *reply)
{
    if (!request.path.startsWith(kBase)) {
        return false;
    }
    const QStringList parts = request.path.mid(kBase.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const SandboxGrant *grant = nullptr;
    const auto state = m_context.tokens->checkAccess(kProvider, request.bearerToken(), &grant);
    if (state != TokenIssuer::AccessState::Valid) {
        *reply = errors(401, s("AuthenticationFailed"),
            state == TokenIssuer::AccessState::Expired ? s("The access token has expired") : s("Invalid access token"));
        return true;
    }
    if (parts.value(0) == QLatin1String("businesses")) {
        QJsonArray businesses;
        for (const auto &c : grant->connections) {
            const SandboxTenant *t = m_context.data->tenant(kProvider, c.tenantId);
            if (t && !t->deleted) {
                businesses.append(QJsonObject { { s("id"), t->id }, { s("displayed_as"), t->name },
                    { s("name"), t->name }, { s("$path"), QString(s("/businesses/") + t->id) } });
            }
        }
        *reply = SandboxReply::json(businesses);
        return true;
    }
    const QString business = QString::fromLatin1(request.header("x-business"));
    bool connected = false;
    for (const auto &c : grant->connections) {
        connected = connected || c.tenantId == business;
    }
    const SandboxTenant *t = m_context.data->tenant(kProvider, business);
    if (!connected || !t || t->deleted) {
        *reply = errors(403, s("AccessDenied"), s("You do not have access to this business"), s("X-Business"));
        return true;
    }
    const RateLimiter::Decision d = m_context.limiter->admit(kProvider, business, grant->clientId);
    if (!d.allowed) {
        *reply = errors(429, s("TooManyRequests"), s("Rate limit exceeded"));
        reply->setHeader("Retry-After", QByteArray::number(d.retryAfterSeconds));
        return true;
    }
    const QString collection = parts.value(0);
    const QString id = parts.value(1);
    if (!collections().contains(collection) || parts.size() > 2) {
        *reply = errors(404, s("RecordNotFound"), s("Not found"));
    } else if (request.method == "GET" && id.isEmpty()) {
        *reply = list(request, business, collection);
    } else if (request.method == "GET") {
        const QJsonObject record = m_context.data->record(kProvider, business, collection, id);
        *reply = record.isEmpty() || record.value(s("deleted")).toBool()
            ? errors(404, s("RecordNotFound"), s("Record not found"))
            : SandboxReply::json(record);
    } else if (request.method == "POST" && id.isEmpty()) {
        *reply = create(business, collection,
            QJsonDocument::fromJson(request.body).object().value(singular(collection)).toObject());
    } else if (request.method == "PUT" && !id.isEmpty()) {
        *reply = update(business, collection, id,
            QJsonDocument::fromJson(request.body).object().value(singular(collection)).toObject());
    } else if (request.method == "DELETE" && !id.isEmpty()) {
        *reply = remove(business, collection, id);
    } else {
        *reply = errors(405, s("MethodNotAllowed"), s("Method not allowed"));
    }
    reply->concurrencySlot = d.slot;
    return true;
}

SandboxReply SageApi::list(const SandboxRequest &request, const QString &business, const QString &collection) const
{
    const int perPage =
        request.queryValue(s("items_per_page")).isEmpty() ? 20 : request.queryValue(s("items_per_page")).toInt();
    const int page = request.queryValue(s("page")).isEmpty() ? 1 : request.queryValue(s("page")).toInt();
    if (perPage < 1 || perPage > 200 || page < 1) {
        return errors(422, s("RecordInvalid"), s("items_per_page must be between 1 and 200"), s("items_per_page"));
    }
    const QString sinceText = request.queryValue(s("updated_or_created_since"));
    const QDateTime since = QDateTime::fromString(sinceText, Qt::ISODate);
    if (!sinceText.isEmpty() && !since.isValid()) {
        return errors(422, s("RecordInvalid"), s("updated_or_created_since is not a valid date-time"),
            s("updated_or_created_since"));
    }
    // deleted_since lists what was deleted since then instead of the live records.
    const QString deletedText = request.queryValue(s("deleted_since"));
    const QDateTime deletedSince = QDateTime::fromString(deletedText, Qt::ISODate);
    if (!deletedText.isEmpty() && !deletedSince.isValid()) {
        return errors(422, s("RecordInvalid"), s("deleted_since is not a valid date-time"), s("deleted_since"));
    }
    const bool full = request.queryValue(s("attributes")) == QLatin1String("all");
    QJsonArray matched;
    const auto all = m_context.data->records(kProvider, business, collection);
    for (const auto &r : all) {
        if (r.value(s("deleted")).toBool() != deletedSince.isValid()) {
            continue;
        }
        if (deletedSince.isValid()
            && QDateTime::fromString(r.value(s("updated_at")).toString(), Qt::ISODate) <= deletedSince) {
            continue;
        }
        if (since.isValid() && QDateTime::fromString(r.value(s("updated_at")).toString(), Qt::ISODate) <= since) {
            continue;
        }
        matched.append(full
                ? r
                : QJsonObject { { s("id"), r.value(s("id")) }, { s("displayed_as"), r.value(s("displayed_as")) },
                    { s("$path"), r.value(s("$path")) } });
    }
    QJsonArray items;
    for (int i = (page - 1) * perPage; i < matched.size() && items.size() < perPage; ++i) {
        items.append(matched.at(i));
    }
    auto link = [&](int p) -> QJsonValue {
        QUrlQuery q(request.query);
        q.removeAllQueryItems(s("page"));
        q.addQueryItem(s("page"), QString::number(p));
        return s("/%1?%2").arg(collection, q.toString(QUrl::FullyEncoded));
    };
    return SandboxReply::json(QJsonObject { { s("$total"), int(matched.size()) }, { s("$page"), page },
        { s("$next"), page * perPage < matched.size() ? link(page + 1) : QJsonValue(QJsonValue::Null) },
        { s("$back"), page > 1 ? link(page - 1) : QJsonValue(QJsonValue::Null) }, { s("$itemsPerPage"), perPage },
        { s("$items"), items } });
}

QJsonObject SageApi::stamp(const QString &collection, QJsonObject record, const QJsonObject &previous) const
{
    const QString now = m_context.clock->now().toString(Qt::ISODate);
    record.insert(s("created_at"), previous.value(s("created_at")).toString(now));
    record.insert(s("updated_at"), now);
    record.insert(s("$path"), s("/%1/%2").arg(collection, record.value(s("id")).toString()));
    return record;
}

QJsonArray SageApi::validate(const QString &business, const QString &collection, QJsonObject *record) const
{
    auto problem = [](const QString &source, const QString &message) {
        return QJsonArray { QJsonObject { { s("$severity"), s("error") }, { s("$dataCode"), s("RecordInvalid") },
            { s("$message"), message }, { s("$source"), source } } };
    };
    if (collection == QLatin1String("contacts")) {
        if (record->value(s("name")).toString().trimmed().isEmpty()) {
            return problem(s("name"), s("can't be blank"));
        }
        const auto others = m_context.data->records(kProvider, business, collection);
        const QString reference = record->value(s("reference")).toString();
        for (const auto &o : others) {
            if (!reference.isEmpty() && o.value(s("id")) != record->value(s("id"))
                && o.value(s("reference")).toString() == reference) {
                return problem(s("reference"), s("has already been taken"));
            }
        }
        record->insert(s("displayed_as"), s("%1 (%2)").arg(record->value(s("name")).toString(), reference));
        record->insert(s("contact_types"),
            record->value(s("contact_types")).toArray().isEmpty()
                ? QJsonArray { QJsonObject { { s("id"), s("CUSTOMER") } } }
                : record->value(s("contact_types")));
        return {};
    }
    if (collection == QLatin1String("sales_invoices") || collection == QLatin1String("sales_credit_notes")) {
        const QString contact =
            record->value(s("contact_id")).toString(record->value(s("contact")).toObject().value(s("id")).toString());
        if (contact.isEmpty() || m_context.data->record(kProvider, business, s("contacts"), contact).isEmpty()) {
            return problem(s("contact_id"), s("is invalid"));
        }
        const QJsonArray lines =
            record->value(collection == QLatin1String("sales_invoices") ? s("invoice_lines") : s("credit_note_lines"))
                .toArray();
        if (lines.isEmpty()) {
            return problem(s("invoice_lines"), s("must have at least one line"));
        }
        double net = 0;
        double tax = 0;
        QJsonArray built;
        for (const auto &v : lines) {
            QJsonObject line = v.toObject();
            if (line.value(s("description")).toString().isEmpty()) {
                return problem(s("invoice_lines.description"), s("can't be blank"));
            }
            const double amount = cents(line.value(s("quantity")).toDouble(1) * line.value(s("unit_price")).toDouble());
            const double lineTax =
                line.contains(s("tax_amount")) ? line.value(s("tax_amount")).toDouble() : cents(amount * 0.2);
            line.insert(s("net_amount"), amount);
            line.insert(s("tax_amount"), lineTax);
            line.insert(s("total_amount"), cents(amount + lineTax));
            net += amount;
            tax += lineTax;
            built.append(line);
        }
        record->insert(
            collection == QLatin1String("sales_invoices") ? s("invoice_lines") : s("credit_note_lines"), built);
        record->insert(s("contact"), QJsonObject { { s("id"), contact } });
        record->remove(s("contact_id"));
        record->insert(s("net_amount"), cents(net));
        record->insert(s("tax_amount"), cents(tax));
        record->insert(s("total_amount"), cents(net + tax));
        return {};
    }
    if (collection == QLatin1String("contact_payments")) {
        if (record->value(s("transaction_type_id"))
                .toString(record->value(s("transaction_type")).toObject().value(s("id")).toString())
            != QLatin1String("CUSTOMER_RECEIPT")) {
            return problem(s("transaction_type_id"), s("must be CUSTOMER_RECEIPT"));
        }
        if (record->value(s("total_amount")).toDouble() <= 0) {
            return problem(s("total_amount"), s("must be greater than 0"));
        }
        record->insert(s("transaction_type"), QJsonObject { { s("id"), s("CUSTOMER_RECEIPT") } });
        record->remove(s("transaction_type_id"));
        return {};
    }
    if (record->value(s("name")).toString().isEmpty() && record->value(s("description")).toString().isEmpty()) {
        return problem(s("description"), s("can't be blank"));
    }
    return {};
}

QString SageApi::allocate(const QString &business, const QJsonObject &payment, double sign, bool commit)
{
    const auto artefacts = payment.value(s("allocated_artefacts")).toArray();
    for (const auto &a : artefacts) {
        const QString invoiceId = a.toObject()
                                      .value(s("artefact_id"))
                                      .toString(a.toObject().value(s("artefact")).toObject().value(s("id")).toString());
        QJsonObject invoice = m_context.data->record(kProvider, business, s("sales_invoices"), invoiceId);
        if (invoice.isEmpty()) {
            return s("allocated_artefacts: artefact %1 not found").arg(invoiceId);
        }
        const double outstanding = cents(
            invoice.value(s("outstanding_amount")).toDouble() - sign * a.toObject().value(s("amount")).toDouble());
        if (outstanding < -0.004) {
            return s("allocated_artefacts: the amount is more than the outstanding amount of %1").arg(invoiceId);
        }
        if (commit) {
            invoice.insert(s("outstanding_amount"), outstanding);
            const double total = invoice.value(s("total_amount")).toDouble();
            const QString status =
                outstanding <= 0.004 ? s("PAID") : (outstanding < total ? s("PART_PAID") : s("UNPAID"));
            invoice.insert(s("status"), QJsonObject { { s("id"), status }, { s("displayed_as"), status } });
            m_context.data->put(
                kProvider, business, s("sales_invoices"), invoiceId, stamp(s("sales_invoices"), invoice, invoice));
        }
    }
    return {};
}

SandboxReply SageApi::create(const QString &business, const QString &collection, const QJsonObject &input)
{
    // idempotency_id: the same value within 7 days answers the record made the first time.
    const QString idempotency = input.value(s("idempotency_id")).toString();
    if (!idempotency.isEmpty()) {
        const auto all = m_context.data->records(kProvider, business, collection);
        for (const auto &r : all) {
            if (r.value(s("idempotency_id")).toString() == idempotency
                && QDateTime::fromString(r.value(s("created_at")).toString(), Qt::ISODate)
                    > m_context.clock->now().addDays(-7)) {
                return SandboxReply::json(r, 201);
            }
        }
    }
    QJsonObject record = input;
    record.insert(s("id"), newId());
    const QJsonArray problems = validate(business, collection, &record);
    if (!problems.isEmpty()) {
        return SandboxReply::json(problems, 422);
    }
    if (collection == QLatin1String("sales_invoices")) {
        record.insert(s("outstanding_amount"), record.value(s("total_amount")));
        record.insert(s("status"), QJsonObject { { s("id"), s("UNPAID") }, { s("displayed_as"), s("Unpaid") } });
        const int number = m_context.data->count(kProvider, business, collection) + 1;
        record.insert(s("invoice_number"), s("SI-%1").arg(number));
        record.insert(s("displayed_as"), s("SI-%1").arg(number));
    } else if (collection == QLatin1String("contact_payments")) {
        const QString problem = allocate(business, record, 1.0, false);
        if (!problem.isEmpty()) {
            return errors(422, s("RecordInvalid"), problem, s("allocated_artefacts"));
        }
        allocate(business, record, 1.0, true);
        record.insert(s("displayed_as"), record.value(s("reference")).toString(s("Receipt")));
    } else if (!record.contains(s("displayed_as"))) {
        record.insert(s("displayed_as"), record.value(s("name")).toString(record.value(s("description")).toString()));
    }
    record = stamp(collection, record, {});
    m_context.data->put(kProvider, business, collection, record.value(s("id")).toString(), record);
    return SandboxReply::json(record, 201);
}

SandboxReply SageApi::update(
    const QString &business, const QString &collection, const QString &id, const QJsonObject &input)
{
    const QJsonObject existing = m_context.data->record(kProvider, business, collection, id);
    if (existing.isEmpty() || existing.value(s("deleted")).toBool()) {
        return errors(404, s("RecordNotFound"), s("Record not found"));
    }
    if (collection == QLatin1String("contact_payments")) {
        return errors(422, s("RecordInvalid"), s("Delete the payment and record it again"), s("contact_payment"));
    }
    QJsonObject record = existing;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        record.insert(it.key(), it.value());
    }
    record.insert(s("id"), id);
    const QJsonArray problems = validate(business, collection, &record);
    if (!problems.isEmpty()) {
        return SandboxReply::json(problems, 422);
    }
    if (collection == QLatin1String("sales_invoices")) {
        const double paid =
            existing.value(s("total_amount")).toDouble() - existing.value(s("outstanding_amount")).toDouble();
        record.insert(s("outstanding_amount"), cents(record.value(s("total_amount")).toDouble() - paid));
    }
    record = stamp(collection, record, existing);
    m_context.data->put(kProvider, business, collection, id, record);
    return SandboxReply::json(record);
}

SandboxReply SageApi::remove(const QString &business, const QString &collection, const QString &id)
{
    QJsonObject existing = m_context.data->record(kProvider, business, collection, id);
    if (existing.isEmpty() || existing.value(s("deleted")).toBool()) {
        return errors(404, s("RecordNotFound"), s("Record not found"));
    }
    if (collection == QLatin1String("sales_invoices")
        && existing.value(s("outstanding_amount")).toDouble() < existing.value(s("total_amount")).toDouble()) {
        return errors(
            422, s("RecordInvalid"), s("An invoice with payments allocated cannot be deleted"), s("sales_invoice"));
    }
    if (collection == QLatin1String("contact_payments")) {
        allocate(business, existing, -1.0, true);
    }
    existing.insert(s("deleted"), true);
    m_context.data->put(kProvider, business, collection, id, stamp(collection, existing, existing));
    return SandboxReply::empty(204);
}

void SageApi::seedBasics()
{
    const auto businesses = m_context.data->tenants(kProvider);
    for (const auto &b : businesses) {
        if (m_context.data->count(kProvider, b.id, s("tax_rates")) > 0) {
            continue;
        }
        const QList<QPair<QString, double>> rates { { s("GB_STANDARD"), 20.0 }, { s("GB_LOWER"), 5.0 },
            { s("GB_ZERO"), 0.0 }, { s("GB_EXEMPT"), 0.0 }, { s("GB_NO_TAX"), 0.0 } };
        for (const auto &r : rates) {
            QJsonObject rate { { s("id"), r.first }, { s("displayed_as"), s("%1 %2%").arg(r.first).arg(r.second) },
                { s("name"), r.first }, { s("percentage"), r.second }, { s("is_visible"), true } };
            m_context.data->put(kProvider, b.id, s("tax_rates"), r.first, stamp(s("tax_rates"), rate, {}));
        }
        const QList<QPair<QString, QString>> ledgers { { s("4000"), s("Sales Type A") }, { s("1200"), s("Current") },
            { s("1100"), s("Debtors Control") }, { s("2200"), s("Sales Tax Control") } };
        for (const auto &l : ledgers) {
            const QString id = newId();
            QJsonObject ledger { { s("id"), id }, { s("displayed_as"), s("%1 (%2)").arg(l.second, l.first) },
                { s("nominal_code"), l.first }, { s("name"), l.second },
                { s("visible_in_sales"), l.first == QLatin1String("4000") } };
            m_context.data->put(kProvider, b.id, s("ledger_accounts"), id, stamp(s("ledger_accounts"), ledger, {}));
        }
    }
}

QJsonObject SageApi::seed(const QString &business, const QJsonObject &sizes)
{
    return SageSeeder(m_context, this).seedDemo(business, sizes);
}

} // namespace Ledgerlink
