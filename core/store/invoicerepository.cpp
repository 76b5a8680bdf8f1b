#include "invoicerepository.h"

#include "clock.h"
#include "database.h"
#include "invoicerules.h"
#include "storesql.h"

namespace Ledgerlink {

namespace {

const QString kColumns =
    QStringLiteral("id, kind, number, customer_id, issue_date, due_date, status, currency, reference, subtotal_minor, "
                   "tax_minor, total_minor, amount_paid_minor, created_at, updated_at");

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

InvoiceRepository::InvoiceRepository(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Status InvoiceRepository::validate(const Invoice &invoice) const
{
    if (invoice.number.trimmed().isEmpty()) {
        return Error(Error::Kind::Item, tr("An invoice needs a number."));
    }
    if (invoice.customerId <= 0) {
        return Error(Error::Kind::Item, tr("Invoice %1 has no customer.").arg(invoice.number));
    }
    if (!invoice.issueDate.isValid()) {
        return Error(Error::Kind::Item, tr("Invoice %1 has no issue date.").arg(invoice.number));
    }
    if (invoice.currency.size() != 3) {
        return Error(Error::Kind::Item,
            tr("Invoice %1 has the currency \"%2\"; use a three-letter code such as GBP.")
                .arg(invoice.number, invoice.currency));
    }
    return {};
}

Result<QHash<qint64, qint64>> InvoiceRepository::taxRates() const
{
    auto query = StoreSql::exec(m_database, QStringLiteral("SELECT id, rate_e4 FROM tax_types"), {},
        tr("Ledgerlink could not read tax rates from its database."));
    if (!query) {
        return query.error();
    }
    QHash<qint64, qint64> rates;
    while (query.value().next()) {
        rates.insert(query.value().value(0).toLongLong(), query.value().value(1).toLongLong());
    }
    return rates;
}

Result<Invoice> InvoiceRepository::insert(const Invoice &input)
{
    if (Status valid = validate(input); !valid) {
        return valid.error();
    }
    Invoice invoice = input;
    invoice.createdAt = invoice.updatedAt = m_clock.now().toUTC();
    invoice.amountPaidMinor = 0;
    Status status = m_database.inTransaction([&]() -> Status {
        auto rates = taxRates();
        if (!rates) {
            return rates.error();
        }
        if (Status computed = InvoiceRules::computeTotals(invoice, rates.value()); !computed) {
            return computed;
        }
        QSqlError sqlError;
        auto id = StoreSql::insert(m_database,
            QStringLiteral("INSERT INTO invoices (kind, number, customer_id, issue_date, due_date, status, currency, "
                           "reference, subtotal_minor, tax_minor, total_minor, amount_paid_minor, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { InvoiceRules::kindText(invoice.kind), invoice.number, invoice.customerId, dateOrNull(invoice.issueDate),
                dateOrNull(invoice.dueDate), InvoiceRules::statusText(invoice.status), invoice.currency,
                StoreSql::textOrNull(invoice.reference), invoice.subtotalMinor, invoice.taxMinor, invoice.totalMinor,
                invoice.amountPaidMinor, StoreSql::timeText(invoice.createdAt), StoreSql::timeText(invoice.updatedAt) },
            tr("Ledgerlink could not save invoice %1 to its database.").arg(invoice.number), &sqlError);
        if (!id) {
            if (StoreSql::isUniqueViolation(sqlError)) {
                return Error(Error::Kind::Item,
                    tr("There is already an invoice or credit note numbered %1.").arg(invoice.number),
                    id.error().detail());
            }
            return id.error();
        }
        invoice.id = id.value();
        return writeLines(invoice);
    });
    if (!status) {
        return status.error();
    }
    return invoice;
}

Result<Invoice> InvoiceRepository::update(const Invoice &input)
{
    if (Status valid = validate(input); !valid) {
        return valid.error();
    }
    Invoice invoice = input;
    Status status = m_database.inTransaction([&]() -> Status {
        if (Status locked = lockInvoice(invoice.id); !locked) {
            return locked;
        }
        auto stored = findById(invoice.id);
        if (!stored) {
            return stored.error();
        }
        if (stored->status == InvoiceStatus::Paid || stored->status == InvoiceStatus::Void) {
            return Error(Error::Kind::Item,
                tr("Invoice %1 is %2 and can no longer be changed.")
                    .arg(stored->number, InvoiceRules::statusDisplayName(stored->status)));
        }
        invoice.status = stored->status;
        invoice.amountPaidMinor = stored->amountPaidMinor;
        invoice.createdAt = stored->createdAt;
        invoice.updatedAt = m_clock.now().toUTC();
        auto rates = taxRates();
        if (!rates) {
            return rates.error();
        }
        if (Status computed = InvoiceRules::computeTotals(invoice, rates.value()); !computed) {
            return computed;
        }
        if (invoice.totalMinor < invoice.amountPaidMinor) {
            return Error(Error::Kind::Item,
                tr("Invoice %1 would total less than the payments already recorded against it.").arg(invoice.number));
        }
        if (Status header = writeHeader(invoice); !header) {
            return header;
        }
        auto removed = StoreSql::update(m_database, QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"),
            { invoice.id }, tr("Ledgerlink could not save invoice %1.").arg(invoice.number));
        if (!removed) {
            return removed.error();
        }
        return writeLines(invoice);
    });
    if (!status) {
        return status.error();
    }
    return invoice;
}

Status InvoiceRepository::lockInvoice(qint64 id)
{
    // A payment recorded meanwhile on another PC must not be lost by writing back a stale header.
    return StoreSql::lockRow(m_database, QStringLiteral("invoices"), id,
        tr("Ledgerlink could not save invoice %1 to its database.").arg(id));
}

Status InvoiceRepository::writeHeader(const Invoice &invoice)
{
    QSqlError sqlError;
    auto changed = StoreSql::update(m_database,
        QStringLiteral("UPDATE invoices SET kind = ?, number = ?, customer_id = ?, issue_date = ?, due_date = ?, "
                       "status = ?, currency = ?, reference = ?, subtotal_minor = ?, tax_minor = ?, total_minor = ?, "
                       "amount_paid_minor = ?, updated_at = ? WHERE id = ?"),
        { InvoiceRules::kindText(invoice.kind), invoice.number, invoice.customerId, dateOrNull(invoice.issueDate),
            dateOrNull(invoice.dueDate), InvoiceRules::statusText(invoice.status), invoice.currency,
            StoreSql::textOrNull(invoice.reference), invoice.subtotalMinor, invoice.taxMinor, invoice.totalMinor,
            invoice.amountPaidMinor, StoreSql::timeText(invoice.updatedAt), invoice.id },
        tr("Ledgerlink could not save invoice %1 to its database.").arg(invoice.number), &sqlError);
    if (!changed) {
        if (StoreSql::isUniqueViolation(sqlError)) {
            return Error(Error::Kind::Item,
                tr("There is already an invoice or credit note numbered %1.").arg(invoice.number),
                changed.error().detail());
        }
        return changed.error();
    }
    if (changed.value() == 0) {
        return StoreSql::notFound(
            tr("Invoice %1 does not exist (it may have been deleted).").arg(invoice.id), invoice.id);
    }
    return {};
}

Status InvoiceRepository::writeLines(Invoice &invoice)
{
    for (InvoiceLine &line : invoice.lines) {
        auto id = StoreSql::insert(m_database,
            QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, item_id, description, quantity_e4, "
                           "unit_price_minor, tax_type_id, account_id, line_amount_minor, tax_amount_minor) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { invoice.id, line.position, StoreSql::idOrNull(line.itemId), line.description, line.quantityE4,
                line.unitPriceMinor, StoreSql::idOrNull(line.taxTypeId), StoreSql::idOrNull(line.accountId),
                line.lineAmountMinor, line.taxAmountMinor },
            tr("Ledgerlink could not save the lines of invoice %1.").arg(invoice.number));
        if (!id) {
            return id.error();
        }
        line.id = id.value();
    }
    return {};
}

Result<Invoice> InvoiceRepository::findById(qint64 id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return StoreSql::notFound(tr("Invoice %1 does not exist (it may have been deleted).").arg(id), id);
    }
    return rows->constFirst();
}

Result<Invoice> InvoiceRepository::findByNumber(InvoiceKind kind, const QString &number)
{
    auto rows = select(QStringLiteral("WHERE kind = ? AND number = ?"), { InvoiceRules::kindText(kind), number });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return Error(Error::Kind::Item, tr("There is no invoice or credit note numbered %1.").arg(number));
    }
    return rows->constFirst();
}

Result<QList<Invoice>> InvoiceRepository::page(qint64 afterId, int limit)
{
    return select(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), { afterId, limit });
}

Result<QList<Invoice>> InvoiceRepository::changedSince(const QDateTime &since, qint64 afterId, int limit)
{
    const QString stamp = StoreSql::timeText(since);
    return select(QStringLiteral("WHERE updated_at > ? OR (updated_at = ? AND id > ?) ORDER BY updated_at, id LIMIT ?"),
        { stamp, stamp, afterId, limit });
}

Result<Invoice> InvoiceRepository::setStatus(qint64 id, InvoiceStatus status)
{
    Invoice invoice;
    Status done = m_database.inTransaction([&]() -> Status {
        if (Status locked = lockInvoice(id); !locked) {
            return locked;
        }
        auto stored = findById(id);
        if (!stored) {
            return stored.error();
        }
        invoice = stored.value();
        if (Status allowed = InvoiceRules::checkTransition(invoice, status); !allowed) {
            return allowed;
        }
        if (invoice.status == status) {
            return {};
        }
        invoice.status = status;
        invoice.updatedAt = m_clock.now().toUTC();
        return writeHeader(invoice);
    });
    if (!done) {
        return done.error();
    }
    return invoice;
}

Result<Invoice> InvoiceRepository::recalculateTotals(qint64 id)
{
    auto stored = findById(id);
    if (!stored) {
        return stored.error();
    }
    // update() recomputes from the lines and refuses paid or void invoices.
    return update(stored.value());
}

Result<QList<Invoice>> InvoiceRepository::select(const QString &tail, const QVariantList &values) const
{
    auto query = StoreSql::exec(m_database, QStringLiteral("SELECT %1 FROM invoices %2").arg(kColumns, tail), values,
        tr("Ledgerlink could not read invoices from its database."));
    if (!query) {
        return query.error();
    }
    QList<Invoice> invoices;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Invoice invoice;
        invoice.id = q.value(0).toLongLong();
        auto kind = InvoiceRules::kindFromText(q.value(1).toString());
        auto status = InvoiceRules::statusFromText(q.value(6).toString());
        if (!kind || !status) {
            return kind ? status.error() : kind.error();
        }
        invoice.kind = kind.value();
        invoice.number = q.value(2).toString();
        invoice.customerId = q.value(3).toLongLong();
        invoice.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        invoice.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        invoice.status = status.value();
        invoice.currency = q.value(7).toString();
        invoice.reference = q.value(8).toString();
        invoice.subtotalMinor = q.value(9).toLongLong();
        invoice.taxMinor = q.value(10).toLongLong();
        invoice.totalMinor = q.value(11).toLongLong();
        invoice.amountPaidMinor = q.value(12).toLongLong();
        invoice.createdAt = StoreSql::time(q.value(13));
        invoice.updatedAt = StoreSql::time(q.value(14));
        invoices.append(invoice);
    }
    if (Status lines = loadLines(invoices); !lines) {
        return lines.error();
    }
    return invoices;
}

Status InvoiceRepository::loadLines(QList<Invoice> &invoices) const
{
    if (invoices.isEmpty()) {
        return {};
    }
    QHash<qint64, Invoice *> byId;
    QStringList marks;
    QVariantList ids;
    for (Invoice &invoice : invoices) {
        byId.insert(invoice.id, &invoice);
        marks << QStringLiteral("?");
        ids << invoice.id;
    }
    auto query = StoreSql::exec(m_database,
        QStringLiteral("SELECT invoice_id, id, position, item_id, description, quantity_e4, unit_price_minor, "
                       "tax_type_id, account_id, line_amount_minor, tax_amount_minor FROM invoice_lines "
                       "WHERE invoice_id IN (%1) ORDER BY invoice_id, position")
            .arg(marks.join(QLatin1String(", "))),
        ids, tr("Ledgerlink could not read invoice lines from its database."));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    while (q.next()) {
        InvoiceLine line;
        line.id = q.value(1).toLongLong();
        line.position = q.value(2).toInt();
        line.itemId = StoreSql::id(q.value(3));
        line.description = q.value(4).toString();
        line.quantityE4 = q.value(5).toLongLong();
        line.unitPriceMinor = q.value(6).toLongLong();
        line.taxTypeId = StoreSql::id(q.value(7));
        line.accountId = StoreSql::id(q.value(8));
        line.lineAmountMinor = q.value(9).toLongLong();
        line.taxAmountMinor = q.value(10).toLongLong();
        if (Invoice *invoice = byId.value(q.value(0).toLongLong())) {
            invoice->lines.append(line);
        }
    }
    return {};
}

} // namespace Ledgerlink
