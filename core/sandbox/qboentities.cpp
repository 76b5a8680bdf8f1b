#include "qboentities.h"

#include "sandboxclock.h"
#include "sandboxdata.h"

#include <QJsonArray>

#include <cmath>

namespace Ledgerlink {

namespace {

const QString kProvider = QStringLiteral("qbo");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString refValue(const QJsonObject &record, const char *field)
{
    return record.value(QLatin1String(field)).toObject().value(s("value")).toString();
}

} // namespace

QboEntities::QboEntities(const SandboxContext &context)
    : m_context(context)
{ }

QString QboEntities::canonical(const QString &name)
{
    static const QStringList names { s("Customer"), s("Item"), s("Invoice"), s("Payment"), s("CreditMemo"),
        s("Account"), s("TaxCode"), s("TaxRate") };
    for (const auto &n : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return n;
        }
    }
    return {};
}

bool QboEntities::isNameList(const QString &entity)
{
    return entity == QLatin1String("Customer") || entity == QLatin1String("Item") || entity == QLatin1String("Account")
        || entity == QLatin1String("TaxCode") || entity == QLatin1String("TaxRate");
}

QJsonObject QboEntities::fault(
    const QString &code, const QString &message, const QString &detail, const QString &element, const QString &type)
{
    QJsonObject error { { s("Message"), message }, { s("Detail"), detail }, { s("code"), code } };
    if (!element.isEmpty()) {
        error.insert(s("element"), element);
    }
    return { { s("Error"), QJsonArray { error } }, { s("type"), type } };
}

QString QboEntities::nextId(const QString &realm, const QString &entity) const
{
    int max = 0;
    const auto records = m_context.data->records(kProvider, realm, entity);
    for (const auto &r : records) {
        max = qMax(max, r.value(s("Id")).toString().toInt());
    }
    return QString::number(max + 1);
}

QJsonObject QboEntities::meta(const QJsonObject &previous) const
{
    const QString now = m_context.clock->now().toString(s("yyyy-MM-ddTHH:mm:ss")) + s("+00:00");
    const QJsonObject old = previous.value(s("MetaData")).toObject();
    return { { s("CreateTime"), old.value(s("CreateTime")).toString(now) }, { s("LastUpdatedTime"), now } };
}

QJsonObject QboEntities::find(const QString &realm, const QString &entity, const QString &id) const
{
    return m_context.data->record(kProvider, realm, entity, id);
}

QString QboEntities::validate(
    const QString &realm, const QString &entity, QJsonObject *record, QString *code, QString *element) const
{
    const auto others = m_context.data->records(kProvider, realm, entity);
    const QString id = record->value(s("Id")).toString();
    if (entity == QLatin1String("Customer") || entity == QLatin1String("Item") || entity == QLatin1String("Account")) {
        const QString nameField = entity == QLatin1String("Customer") ? s("DisplayName") : s("Name");
        QString name = record->value(nameField).toString().trimmed();
        if (entity == QLatin1String("Customer") && name.isEmpty()) {
            const QString person =
                record->value(s("GivenName")).toString() + QLatin1Char(' ') + record->value(s("FamilyName")).toString();
            name = record->value(s("CompanyName")).toString(person.trimmed());
            record->insert(nameField, name);
        }
        if (name.isEmpty()) {
            *code = s("2020");
            *element = nameField;
            return s("Required param missing, need to supply the required value for the API");
        }
        for (const auto &o : others) {
            if (o.value(s("Id")).toString() != id && o.value(s("Active")).toBool(true)
                && o.value(nameField).toString().compare(name, Qt::CaseInsensitive) == 0) {
                *code = s("6240");
                return s("Duplicate Name Exists Error");
            }
        }
        record->insert(s("Active"), record->value(s("Active")).toBool(true));
        if (entity == QLatin1String("Customer")) {
            record->insert(s("Balance"), record->value(s("Balance")).toDouble(0));
        }
        return {};
    }
    if (entity == QLatin1String("Invoice") || entity == QLatin1String("CreditMemo")) {
        const QString customer = refValue(*record, "CustomerRef");
        if (customer.isEmpty() || find(realm, s("Customer"), customer).isEmpty()) {
            *code = s("2500");
            *element = s("CustomerRef");
            return s("Invalid Reference Id");
        }
        const QString doc = record->value(s("DocNumber")).toString();
        for (const auto &o : others) {
            if (!doc.isEmpty() && o.value(s("Id")).toString() != id && o.value(s("DocNumber")).toString() == doc) {
                *code = s("6140");
                return s("Duplicate Document Number Error");
            }
        }
        QJsonArray lines = record->value(s("Line")).toArray();
        if (lines.isEmpty()) {
            *code = s("2020");
            *element = s("Line");
            return s("Required param missing, need to supply the required value for the API");
        }
        double total = 0;
        QJsonArray built;
        int lineNum = 1;
        for (const auto &v : lines) {
            QJsonObject line = v.toObject();
            if (line.value(s("DetailType")).toString() == QLatin1String("SubTotalLineDetail")) {
                continue;
            }
            const QJsonObject detail = line.value(s("SalesItemLineDetail")).toObject();
            const QString item = detail.value(s("ItemRef")).toObject().value(s("value")).toString();
            if (!item.isEmpty() && find(realm, s("Item"), item).isEmpty()) {
                *code = s("2500");
                *element = s("ItemRef");
                return s("Invalid Reference Id");
            }
            if (!line.contains(s("Amount"))) {
                line.insert(
                    s("Amount"), cents(detail.value(s("Qty")).toDouble(1) * detail.value(s("UnitPrice")).toDouble()));
            }
            line.insert(s("Id"), QString::number(lineNum));
            line.insert(s("LineNum"), lineNum++);
            line.insert(s("DetailType"), line.value(s("DetailType")).toString(s("SalesItemLineDetail")));
            total += line.value(s("Amount")).toDouble();
            built.append(line);
        }
        record->insert(s("Line"), built);
        record->insert(s("TotalAmt"), cents(total));
        record->insert(s("TxnTaxDetail"), QJsonObject { { s("TotalTax"), 0 } });
        if (!record->contains(s("TxnDate"))) {
            record->insert(s("TxnDate"), m_context.clock->now().date().toString(Qt::ISODate));
        }
        return {};
    }
    return {};
}

QString QboEntities::applyPayment(
    const QString &realm, const QJsonObject &payment, const QJsonObject &previous, bool commit)
{
    // Undo what the previous version applied, then apply the new lines.
    QHash<QString, double> delta;
    auto collect = [&delta](const QJsonObject &p, double sign) {
        const auto lines = p.value(s("Line")).toArray();
        for (const auto &l : lines) {
            const auto linked = l.toObject().value(s("LinkedTxn")).toArray();
            for (const auto &t : linked) {
                if (t.toObject().value(s("TxnType")).toString() == QLatin1String("Invoice")) {
                    delta[t.toObject().value(s("TxnId")).toString()] +=
                        sign * l.toObject().value(s("Amount")).toDouble();
                }
            }
        }
    };
    collect(previous, -1.0);
    collect(payment, 1.0);
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        QJsonObject invoice = find(realm, s("Invoice"), it.key());
        if (invoice.isEmpty()) {
            return s("Invalid Reference Id: Invoice %1").arg(it.key());
        }
        const double balance = cents(invoice.value(s("Balance")).toDouble() - it.value());
        if (balance < -0.004) {
            return s("The payment amount applied to invoice %1 is more than its open balance").arg(it.key());
        }
        if (commit) {
            invoice.insert(s("Balance"), balance);
            invoice.insert(s("SyncToken"), QString::number(invoice.value(s("SyncToken")).toString().toInt() + 1));
            invoice.insert(s("MetaData"), meta(invoice));
            m_context.data->put(kProvider, realm, s("Invoice"), it.key(), invoice);
        }
    }
    return {};
}

QboEntities::Outcome QboEntities::save(const QString &realm, const QString &entity, const QJsonObject &input)
{
    Outcome out;
    const QString id = input.value(s("Id")).toString();
    QJsonObject existing;
    if (!id.isEmpty()) {
        existing = find(realm, entity, id);
        if (existing.isEmpty() || existing.value(s("status")).toString() == QLatin1String("Deleted")) {
            out.fault = fault(s("610"), s("Object Not Found"),
                s("Object Not Found : Something you're trying to use has been made inactive. Check the fields with "
                  "accounts, customers, items, vendors or employees."));
            return out;
        }
        if (input.value(s("SyncToken")).toString() != existing.value(s("SyncToken")).toString()) {
            out.fault = fault(s("5010"), s("Stale Object Error"),
                s("Stale Object Error : You and %1 were working on this at the same time. %1 finished before "
                  "you did, so your work was not saved.")
                    .arg(s("Another user")));
            return out;
        }
    }
    // sparse:true merges; a full update replaces the record (omitted fields are reset).
    QJsonObject record = input.value(s("sparse")).toBool() ? existing : QJsonObject();
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        record.insert(it.key(), it.value());
    }
    record.remove(s("sparse"));
    record.insert(s("Id"), id.isEmpty() ? nextId(realm, entity) : id);
    QString code;
    QString element;
    const QString problem = validate(realm, entity, &record, &code, &element);
    if (!problem.isEmpty()) {
        out.fault = fault(code, problem, problem, element);
        return out;
    }
    if (entity == QLatin1String("Invoice")) {
        // The open balance follows the total, minus what payments already took.
        const double paid = existing.value(s("TotalAmt")).toDouble()
            - existing.value(s("Balance")).toDouble(existing.value(s("TotalAmt")).toDouble());
        record.insert(s("Balance"), cents(record.value(s("TotalAmt")).toDouble() - paid));
    } else if (entity == QLatin1String("CreditMemo")) {
        record.insert(s("Balance"), record.value(s("TotalAmt")).toDouble());
        record.insert(s("RemainingCredit"), record.value(s("TotalAmt")).toDouble());
    } else if (entity == QLatin1String("Payment")) {
        double applied = 0;
        const auto lines = record.value(s("Line")).toArray();
        for (const auto &l : lines) {
            applied += l.toObject().value(s("Amount")).toDouble();
        }
        if (refValue(record, "CustomerRef").isEmpty() || applied > record.value(s("TotalAmt")).toDouble() + 0.004) {
            out.fault = fault(s("2020"), s("Required param missing, need to supply the required value for the API"),
                s("Payment needs CustomerRef and a TotalAmt of at least the amounts applied"), s("TotalAmt"));
            return out;
        }
        const QString problemApplied = applyPayment(realm, record, existing, false);
        if (!problemApplied.isEmpty()) {
            out.fault = fault(
                s("6000"), s("A business validation error has occurred while processing your request"), problemApplied);
            return out;
        }
        applyPayment(realm, record, existing, true);
        record.insert(s("UnappliedAmt"), cents(record.value(s("TotalAmt")).toDouble() - applied));
    }
    record.insert(s("SyncToken"),
        existing.isEmpty() ? s("0") : QString::number(existing.value(s("SyncToken")).toString().toInt() + 1));
    record.insert(s("domain"), s("QBO"));
    record.insert(s("sparse"), false);
    record.insert(s("MetaData"), meta(existing));
    m_context.data->put(kProvider, realm, entity, record.value(s("Id")).toString(), record);
    out.record = record;
    return out;
}

QboEntities::Outcome QboEntities::remove(const QString &realm, const QString &entity, const QJsonObject &input)
{
    Outcome out;
    if (isNameList(entity)) {
        out.fault = fault(s("6000"), s("A business validation error has occurred while processing your request"),
            s("Name list entities cannot be deleted; update them with Active=false."));
        return out;
    }
    const QString id = input.value(s("Id")).toString();
    QJsonObject existing = find(realm, entity, id);
    if (existing.isEmpty() || existing.value(s("status")).toString() == QLatin1String("Deleted")) {
        out.fault = fault(s("610"), s("Object Not Found"), s("Object Not Found"));
        return out;
    }
    if (input.value(s("SyncToken")).toString() != existing.value(s("SyncToken")).toString()) {
        out.fault =
            fault(s("5010"), s("Stale Object Error"), s("Stale Object Error : the SyncToken is not the current one."));
        return out;
    }
    if (entity == QLatin1String("Payment")) {
        applyPayment(realm, QJsonObject(), existing, true);
    }
    QJsonObject tombstone { { s("Id"), id }, { s("status"), s("Deleted") }, { s("domain"), s("QBO") },
        { s("MetaData"), meta(existing) } };
    m_context.data->put(kProvider, realm, entity, id, tombstone);
    out.record = tombstone;
    return out;
}

} // namespace Ledgerlink
