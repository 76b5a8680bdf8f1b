#include "xeroquery.h"

#include "sandboxdata.h"
#include "xeroformat.h"

#include <QRegularExpression>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("xero");

QStringList splitList(const QString &value)
{
    QStringList out;
    const auto parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &p : parts) {
        out << p.trimmed().toLower();
    }
    return out;
}

QString secondaryKey(const QString &entity)
{
    if (entity == QLatin1String("Contacts")) {
        return QStringLiteral("ContactNumber");
    }
    if (entity == QLatin1String("Invoices")) {
        return QStringLiteral("InvoiceNumber");
    }
    if (entity == QLatin1String("CreditNotes")) {
        return QStringLiteral("CreditNoteNumber");
    }
    if (entity == QLatin1String("Items")) {
        return QStringLiteral("Code");
    }
    return {};
}

bool isPaged(const QString &entity)
{
    return entity == QLatin1String("Contacts") || entity == QLatin1String("Invoices")
        || entity == QLatin1String("CreditNotes") || entity == QLatin1String("Payments");
}

QString statusField(const QString &entity)
{
    return entity == QLatin1String("Contacts") ? QStringLiteral("ContactStatus") : QStringLiteral("Status");
}

// One comparison of a where clause against the record.
bool compare(const QJsonValue &actual, const QString &op, const QString &literal, bool *ok)
{
    static const QRegularExpression stringRe(QStringLiteral("^\"(.*)\"$"));
    static const QRegularExpression guidRe(QStringLiteral("^[Gg]uid\\(\"(.*)\"\\)$"));
    static const QRegularExpression dateRe(QStringLiteral("^DateTime\\((\\d{4}),\\s*(\\d{1,2}),\\s*(\\d{1,2})\\)$"));
    int cmp = 0;
    if (auto m = stringRe.match(literal); m.hasMatch()) {
        cmp = QString::compare(actual.toString(), m.captured(1), Qt::CaseInsensitive);
    } else if (auto g = guidRe.match(literal); g.hasMatch()) {
        cmp = QString::compare(actual.toString(), g.captured(1), Qt::CaseInsensitive);
    } else if (auto d = dateRe.match(literal); d.hasMatch()) {
        const qint64 want =
            QDateTime(QDate(d.captured(1).toInt(), d.captured(2).toInt(), d.captured(3).toInt()), QTime(0, 0), Qt::UTC)
                .toMSecsSinceEpoch();
        const qint64 have = XeroFormat::parseDate(actual.toString());
        cmp = have < want ? -1 : (have > want ? 1 : 0);
    } else if (literal == QLatin1String("true") || literal == QLatin1String("false")) {
        cmp = actual.toBool() == (literal == QLatin1String("true")) ? 0 : 1;
        if (op != QLatin1String("==") && op != QLatin1String("!=")) {
            *ok = false;
        }
    } else {
        bool isNumber = false;
        const double want = literal.toDouble(&isNumber);
        if (!isNumber) {
            *ok = false;
            return false;
        }
        const double have = actual.toDouble();
        cmp = have < want ? -1 : (have > want ? 1 : 0);
    }
    if (op == QLatin1String("==")) {
        return cmp == 0;
    }
    if (op == QLatin1String("!=")) {
        return cmp != 0;
    }
    if (op == QLatin1String(">")) {
        return cmp > 0;
    }
    if (op == QLatin1String(">=")) {
        return cmp >= 0;
    }
    if (op == QLatin1String("<")) {
        return cmp < 0;
    }
    return cmp <= 0;
}

} // namespace

XeroQuery::XeroQuery(const SandboxContext &context)
    : m_context(context)
{ }

QString XeroQuery::idField(const QString &entity)
{
    if (entity == QLatin1String("Contacts")) {
        return QStringLiteral("ContactID");
    }
    if (entity == QLatin1String("Items")) {
        return QStringLiteral("ItemID");
    }
    if (entity == QLatin1String("TaxRates")) {
        return QStringLiteral("TaxType");
    }
    if (entity == QLatin1String("Accounts")) {
        return QStringLiteral("AccountID");
    }
    if (entity == QLatin1String("Invoices")) {
        return QStringLiteral("InvoiceID");
    }
    if (entity == QLatin1String("CreditNotes")) {
        return QStringLiteral("CreditNoteID");
    }
    if (entity == QLatin1String("Payments")) {
        return QStringLiteral("PaymentID");
    }
    return QStringLiteral("OrganisationID");
}

QJsonValue XeroQuery::valueAt(const QJsonObject &record, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue current = record;
    for (const auto &p : parts) {
        current = current.toObject().value(p);
    }
    return current;
}

bool XeroQuery::matchesWhere(const QJsonObject &record, const QString &where, bool *ok)
{
    static const QRegularExpression andRe(QStringLiteral("\\s+(?:AND|&&)\\s+"));
    static const QRegularExpression condRe(
        QStringLiteral("^\\s*\\(?\\s*([A-Za-z][A-Za-z0-9.]*)\\s*(==|!=|>=|<=|>|<)\\s*(.+?)\\s*\\)?\\s*$"));
    static const QRegularExpression callRe(
        QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9.]*)\\.(Contains|StartsWith|EndsWith)\\(\"(.*)\"\\)\\s*$"));
    *ok = true;
    if (where.contains(QLatin1String(" OR ")) || where.contains(QLatin1String("||"))) {
        *ok = false; // the sandbox keeps to the simple forms Ledgerlink sends
        return false;
    }
    const QStringList conditions = where.split(andRe, Qt::SkipEmptyParts);
    for (const auto &c : conditions) {
        if (auto call = callRe.match(c); call.hasMatch()) {
            const QString have = valueAt(record, call.captured(1)).toString();
            const QString want = call.captured(3);
            const QString fn = call.captured(2);
            const bool hit = fn == QLatin1String("Contains") ? have.contains(want, Qt::CaseInsensitive)
                : fn == QLatin1String("StartsWith")          ? have.startsWith(want, Qt::CaseInsensitive)
                                                             : have.endsWith(want, Qt::CaseInsensitive);
            if (!hit) {
                return false;
            }
            continue;
        }
        const auto m = condRe.match(c);
        if (!m.hasMatch()) {
            *ok = false;
            return false;
        }
        if (!compare(valueAt(record, m.captured(1)), m.captured(2), m.captured(3), ok)) {
            return false;
        }
        if (!*ok) {
            return false;
        }
    }
    return true;
}

QJsonObject XeroQuery::organisation(const QString &tenant) const
{
    const SandboxTenant *t = m_context.data->tenant(kProvider, tenant);
    return { { QStringLiteral("OrganisationID"), tenant }, { QStringLiteral("APIKey"), QString() },
        { QStringLiteral("Name"), t ? t->name : QString() },
        { QStringLiteral("LegalName"), t ? QString(t->name + QStringLiteral(" Limited")) : QString() },
        { QStringLiteral("PaysTax"), true }, { QStringLiteral("Version"), QStringLiteral("NZ") },
        { QStringLiteral("OrganisationType"), QStringLiteral("COMPANY") },
        { QStringLiteral("BaseCurrency"), QStringLiteral("NZD") },
        { QStringLiteral("CountryCode"), QStringLiteral("NZ") }, { QStringLiteral("IsDemoCompany"), true },
        { QStringLiteral("OrganisationStatus"), QStringLiteral("ACTIVE") },
        { QStringLiteral("TaxNumber"), QStringLiteral("101-101-101") }, { QStringLiteral("FinancialYearEndDay"), 31 },
        { QStringLiteral("FinancialYearEndMonth"), 3 }, { QStringLiteral("SalesTaxBasis"), QStringLiteral("PAYMENTS") },
        { QStringLiteral("SalesTaxPeriod"), QStringLiteral("TWOMONTHS") },
        { QStringLiteral("DefaultSalesTax"), QStringLiteral("Tax Exclusive") },
        { QStringLiteral("DefaultPurchasesTax"), QStringLiteral("Tax Exclusive") },
        { QStringLiteral("CreatedDateUTC"), XeroFormat::msDate(1577836800000) },
        { QStringLiteral("OrganisationEntityType"), QStringLiteral("COMPANY") },
        { QStringLiteral("Timezone"), QStringLiteral("NEWZEALANDSTANDARDTIME") },
        { QStringLiteral("ShortCode"), QString(QStringLiteral("!") + tenant.left(5)) },
        { QStringLiteral("Class"), QStringLiteral("DEMO") }, { QStringLiteral("Edition"), QStringLiteral("BUSINESS") },
        { QStringLiteral("Addresses"), QJsonArray() }, { QStringLiteral("Phones"), QJsonArray() },
        { QStringLiteral("ExternalLinks"), QJsonArray() }, { QStringLiteral("PaymentTerms"), QJsonObject() } };
}

QJsonObject XeroQuery::run(
    const SandboxRequest &request, const QString &tenant, const QString &entity, const QString &id, int *status) const
{
    *status = 200;
    if (entity == QLatin1String("Organisation")) {
        return { { QStringLiteral("Organisations"), QJsonArray { organisation(tenant) } } };
    }
    const QString idKey = idField(entity);
    const QList<QJsonObject> all = m_context.data->records(kProvider, tenant, entity);
    if (!id.isEmpty()) {
        const QString other = secondaryKey(entity);
        for (const auto &r : all) {
            if (r.value(idKey).toString().compare(id, Qt::CaseInsensitive) == 0
                || (!other.isEmpty() && r.value(other).toString() == id)) {
                return { { entity, QJsonArray { r } } };
            }
        }
        *status = 404;
        return {};
    }
    const QString where = request.queryValue(QStringLiteral("where"));
    const QStringList ids = splitList(request.queryValue(QStringLiteral("IDs")));
    const QStringList statuses = splitList(request.queryValue(QStringLiteral("Statuses")));
    const QStringList contactIds = splitList(request.queryValue(QStringLiteral("ContactIDs")));
    const QStringList numbers = splitList(request.queryValue(QStringLiteral("InvoiceNumbers")));
    const bool includeArchived =
        request.queryValue(QStringLiteral("includeArchived")).toLower() == QLatin1String("true");
    const QByteArray imsHeader = request.header("if-modified-since");
    qint64 modifiedSince = -1;
    if (!imsHeader.isEmpty() && entity != QLatin1String("TaxRates")) {
        modifiedSince = XeroFormat::parseHttpDate(imsHeader);
    }
    if (!where.isEmpty()) {
        bool ok = true;
        matchesWhere(QJsonObject(), where, &ok); // syntax errors fail even when nothing is there to filter
        if (!ok) {
            *status = 400;
            return { { QStringLiteral("ErrorNumber"), 16 },
                { QStringLiteral("Type"), QStringLiteral("QueryParseException") },
                { QStringLiteral("Message"), QStringLiteral("The where clause could not be parsed: %1").arg(where) } };
        }
    }
    const QString statusKey = statusField(entity);
    QJsonArray matched;
    for (const auto &r : all) {
        const QString recordStatus = r.value(statusKey).toString();
        if (entity == QLatin1String("Contacts") && !includeArchived && recordStatus == QLatin1String("ARCHIVED")
            && ids.isEmpty()) {
            continue;
        }
        // Deleted documents only come back to incremental (If-Modified-Since) or explicit status queries.
        if (recordStatus == QLatin1String("DELETED") && modifiedSince < 0
            && !statuses.contains(QStringLiteral("deleted")) && entity != QLatin1String("Accounts")) {
            continue;
        }
        if (!ids.isEmpty() && !ids.contains(r.value(idKey).toString().toLower())) {
            continue;
        }
        if (!statuses.isEmpty() && !statuses.contains(recordStatus.toLower())) {
            continue;
        }
        if (!contactIds.isEmpty()
            && !contactIds.contains(r.value(QStringLiteral("Contact"))
                                        .toObject()
                                        .value(QStringLiteral("ContactID"))
                                        .toString()
                                        .toLower())) {
            continue;
        }
        if (!numbers.isEmpty() && !numbers.contains(r.value(QStringLiteral("InvoiceNumber")).toString().toLower())) {
            continue;
        }
        if (modifiedSince >= 0
            && XeroFormat::parseDate(r.value(QStringLiteral("UpdatedDateUTC")).toString()) / 1000
                <= modifiedSince / 1000) {
            continue;
        }
        bool whereOk = true;
        if (!where.isEmpty() && !matchesWhere(r, where, &whereOk)) {
            continue;
        }
        matched.append(r);
    }
    const QString order = request.queryValue(QStringLiteral("order")).trimmed();
    if (!order.isEmpty()) {
        // order=Field [ASC|DESC]: dates compare by their instant, numbers numerically, text ignoring case.
        const QString field = order.section(QLatin1Char(' '), 0, 0);
        const bool descending =
            order.section(QLatin1Char(' '), 1, 1).compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0;
        QList<QJsonObject> sorted;
        for (const auto &v : std::as_const(matched)) {
            sorted << v.toObject();
        }
        std::stable_sort(
            sorted.begin(), sorted.end(), [&field, descending](const QJsonObject &a, const QJsonObject &b) {
                const QJsonValue va = valueAt(a, field);
                const QJsonValue vb = valueAt(b, field);
                int cmp = 0;
                if (va.isDouble() || vb.isDouble()) {
                    cmp = va.toDouble() < vb.toDouble() ? -1 : (va.toDouble() > vb.toDouble() ? 1 : 0);
                } else if (va.toString().startsWith(QLatin1String("/Date("))) {
                    const qint64 da = XeroFormat::parseDate(va.toString());
                    const qint64 db = XeroFormat::parseDate(vb.toString());
                    cmp = da < db ? -1 : (da > db ? 1 : 0);
                } else {
                    cmp = QString::compare(va.toString(), vb.toString(), Qt::CaseInsensitive);
                }
                return descending ? cmp > 0 : cmp < 0;
            });
        matched = QJsonArray();
        for (const auto &o : std::as_const(sorted)) {
            matched.append(o);
        }
    }
    QJsonObject result;
    const QString pageText = request.queryValue(QStringLiteral("page"));
    if (isPaged(entity) && !pageText.isEmpty()) {
        bool pageOk = false;
        const int page = qMax(1, pageText.toInt(&pageOk));
        int pageSize = 100;
        const QString sizeText = request.queryValue(QStringLiteral("pageSize"));
        if (!sizeText.isEmpty()) {
            pageSize = sizeText.toInt();
        }
        if (!pageOk || pageSize < 1 || pageSize > 1000) {
            *status = 400;
            return XeroFormat::validationException(
                {}, QStringLiteral("pageSize must be between 1 and 1000 and page a positive number"));
        }
        const int itemCount = int(matched.size());
        QJsonArray slice;
        for (int i = (page - 1) * pageSize; i < qMin(itemCount, page * pageSize); ++i) {
            slice.append(matched.at(i));
        }
        result.insert(QStringLiteral("pagination"),
            QJsonObject { { QStringLiteral("page"), page }, { QStringLiteral("pageSize"), pageSize },
                { QStringLiteral("pageCount"), (itemCount + pageSize - 1) / pageSize },
                { QStringLiteral("itemCount"), itemCount } });
        matched = slice;
    }
    result.insert(entity, matched);
    return result;
}

} // namespace Ledgerlink
