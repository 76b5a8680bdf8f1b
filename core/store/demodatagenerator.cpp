#include "demodatagenerator.h"

#include "database.h"
#include "integrationstate.h"
#include "logging.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Ledgerlink {

namespace {

// clang-format off
const char *const kCompanyNames[] = {
    "Zoë's Café Ltd", "Müller & Söhne GmbH", "Château Rénovations SARL", "Ørsted Plumbing ApS",
    "Łódź Tiles Sp. z o.o.", "O'Brien & Daughters", "Smith & Sons Electrical", "Ngā Rākau Landscaping",
    "Crème Brûlée Bakery", "Åsa's Flowers AB", "Núñez Carpentry S.L.", "Brightside Dental",
    "Harbour View Hotel", "Greenleaf Property Management", "Kowalski Heating", "Redwood Primary School",
    "Sørensen Roofing", "Bäckerei Weiß", "Café São Paulo", "Peak District Joinery",
};
const char *const kFirstNames[] = {"Ana", "Björn", "Chloé", "Dmitri", "Émile", "Fatima", "Grace", "Hiroshi",
                                   "Ingrid", "José", "Katarzyna", "Liam", "Maëlle", "Noah", "Oğuz", "Priya"};
const char *const kTrades[] = {"Plumbing", "Electrical", "Facilities", "Builders", "Cleaning", "Security",
                               "Catering", "Gardens", "Heating", "Glazing"};
const char *const kSuffixes[] = {"Ltd", "LLP", "& Co", "GmbH", "SARL", "Services"};
const char *const kCities[] = {"London", "Manchester", "Köln", "Lyon", "Kraków", "Dublin", "Wellington"};
const char *const kItemNames[] = {"Call-out fee", "Labour (hour)", "Boiler service", "Radiator valve",
                                  "Copper pipe 15mm (m)", "Smoke alarm", "RCD test", "Gutter clean",
                                  "Window repair", "Lock change"};
// clang-format on

template <typename T, size_t N> constexpr int countOf(T (&)[N])
{
    return int(N);
}

QString isoTimestamp(const QDate &date, int secondOfDay)
{
    return QDateTime(date, QTime(0, 0).addSecs(secondOfDay), Qt::UTC).toString(Qt::ISODateWithMs);
}

Error sqlFailure(const QSqlQuery &query)
{
    return Error(Error::Kind::Fatal, DemoDataGenerator::tr("Ledgerlink could not write the demo business."),
        query.lastError().text());
}

const QDate kBaseDate(2026, 1, 5);
const int kMistypedEmailCustomer = 11; // "Brightside Dental"

} // namespace

DemoDataGenerator::DemoDataGenerator(Database &database, quint32 seed)
    : m_database(database)
    , m_seed(seed)
{ }

Status DemoDataGenerator::ensureDemoBusiness()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !query.next()) {
        return sqlFailure(query);
    }
    if (query.value(0).toInt() > 0) {
        return {};
    }
    return generate(DemoDataSize());
}

Status DemoDataGenerator::generate(const DemoDataSize &size)
{
    if (size.customers < 1 || size.items < 1 || size.invoices < 0) {
        return Error(Error::Kind::Config, tr("A demo business needs at least one customer and one item."));
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !query.next()) {
        return sqlFailure(query);
    }
    if (query.value(0).toInt() > 0) {
        return Error(Error::Kind::Config,
            tr("This database already holds a business. Demo data is only written to an empty database."));
    }
    QElapsedTimer timer;
    timer.start();
    const Status status = m_database.inTransaction([&]() -> Status {
        if (Status s = insertReferenceData(); !s) {
            return s;
        }
        if (Status s = insertCustomers(size.customers); !s) {
            return s;
        }
        if (Status s = insertItems(size.items); !s) {
            return s;
        }
        if (Status s = insertInvoices(size.invoices, size.customers, size.items); !s) {
            return s;
        }
        return insertHistory(size.historyRows, size.invoices);
    });
    if (status) {
        qCInfo(lcStore) << "demo business written:" << size.customers << "customers," << size.invoices << "invoices in"
                        << timer.elapsed() << "ms";
    }
    return status;
}

Status DemoDataGenerator::insertReferenceData()
{
    QSqlQuery query(m_database.connection());
    const QString now = isoTimestamp(kBaseDate, 0);
    query.prepare(QStringLiteral("INSERT INTO tax_types (name, code, rate_e4, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    const QList<std::tuple<QString, QString, qint64>> taxTypes {
        { QStringLiteral("Standard rate"), QStringLiteral("STD"), 200000 },
        { QStringLiteral("Reduced rate"), QStringLiteral("RED"), 50000 },
        { QStringLiteral("Zero rated"), QStringLiteral("ZERO"), 0 },
    };
    for (const auto &[name, code, rate] : taxTypes) {
        query.addBindValue(name);
        query.addBindValue(code);
        query.addBindValue(rate);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            return sqlFailure(query);
        }
    }
    query.prepare(QStringLiteral("INSERT INTO accounts (code, name, type, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    const QList<std::tuple<QString, QString, QString>> accounts {
        { QStringLiteral("090"), QStringLiteral("Business Bank Account"), QStringLiteral("BANK") },
        { QStringLiteral("200"), QStringLiteral("Sales"), QStringLiteral("REVENUE") },
        { QStringLiteral("260"), QStringLiteral("Other Revenue"), QStringLiteral("REVENUE") },
        { QStringLiteral("310"), QStringLiteral("Cost of Goods Sold"), QStringLiteral("DIRECTCOSTS") },
        { QStringLiteral("610"), QStringLiteral("Accounts Receivable"), QStringLiteral("CURRENT") },
    };
    for (const auto &[code, name, type] : accounts) {
        query.addBindValue(code);
        query.addBindValue(name);
        query.addBindValue(type);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            return sqlFailure(query);
        }
    }
    return {};
}

Status DemoDataGenerator::insertCustomers(int count)
{
    QRandomGenerator random(m_seed);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO customers (name, email, phone, account_number, address_line1, city, postal_code, country, "
        "archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        QString name;
        if (i < countOf(kCompanyNames)) {
            name = QString::fromUtf8(kCompanyNames[i]);
        } else {
            // Unique names: providers such as Xero require a unique name among active contacts.
            name = QStringLiteral("%1 %2 %3 %4")
                       .arg(QString::fromUtf8(kFirstNames[i % countOf(kFirstNames)]),
                           QString::fromUtf8(kTrades[(i / countOf(kFirstNames)) % countOf(kTrades)]),
                           QString::fromUtf8(kSuffixes[i % countOf(kSuffixes)]))
                       .arg(i);
        }
        const QString slug = QStringLiteral("customer%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        const QDate created = kBaseDate.addDays(-int(random.bounded(365)));
        const QString createdAt = isoTimestamp(created, int(random.bounded(86400)));
        query.addBindValue(name);
        // One customer's e-mail address is mistyped on purpose: the demo's first sync shows what a
        // record the accounting package refuses looks like in History ("Email address must be valid.").
        query.addBindValue(i == kMistypedEmailCustomer ? QStringLiteral("reception at brightside-dental.example")
                                                       : QString(slug + QStringLiteral("@example.com")));
        query.addBindValue(QStringLiteral("+44 20 7946 %1").arg(random.bounded(10000), 4, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("%1 High Street").arg(1 + random.bounded(200)));
        query.addBindValue(QString::fromUtf8(kCities[random.bounded(countOf(kCities))]));
        query.addBindValue(QStringLiteral("AB%1 %2CD").arg(random.bounded(100)).arg(random.bounded(10)));
        query.addBindValue(QStringLiteral("GB"));
        query.addBindValue(i % 25 == 24 ? 1 : 0); // a few archived customers
        query.addBindValue(createdAt);
        query.addBindValue(createdAt);
        if (!query.exec()) {
            return sqlFailure(query);
        }
    }
    return {};
}

Status DemoDataGenerator::insertHistory(int rows, int invoices)
{
    if (rows <= 0) {
        return {};
    }
    const QString integrationId = QStringLiteral("0d3e0000-4157-4000-8000-000000000001");
    const QString created = isoTimestamp(kBaseDate.addDays(-400), 0);
    QSqlQuery integration(m_database.connection());
    integration.prepare(QStringLiteral(
        "INSERT INTO integrations (id, provider, app_type, tenant_id, tenant_name, state, enabled, created_at, "
        "updated_at) VALUES (?, 'xero', 'custom_connection', 'demo-history', 'Demo history', ?, 0, ?, ?)"));
    integration.addBindValue(integrationId);
    integration.addBindValue(IntegrationStates::toText(IntegrationState::NotEnabled));
    integration.addBindValue(created);
    integration.addBindValue(created);
    if (!integration.exec()) {
        return sqlFailure(integration);
    }
    QSqlQuery run(m_database.connection());
    run.prepare(QStringLiteral("INSERT INTO sync_runs (integration_id, trigger_kind, started_at, finished_at, result, "
                               "created_count, updated_count, failed_count, message, host) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') RETURNING id"));
    QSqlQuery item(m_database.connection());
    item.prepare(QStringLiteral("INSERT INTO sync_items (run_id, entity, local_id, remote_id, action, outcome, "
                                "error_message, correlation_id, at) VALUES (?, 'invoice', ?, ?, ?, ?, ?, ?, ?)"));
    const int perRun = 100;
    const int runs = (rows + perRun - 1) / perRun;
    int written = 0;
    for (int r = 0; r < runs; ++r) {
        const int inRun = std::min(perRun, rows - written);
        const int failed = (inRun + 49) / 50;
        // Oldest first, one run every 15 minutes, ending at the demo's base date.
        const QDateTime started = QDateTime(kBaseDate, QTime(0, 0), Qt::UTC).addSecs(-qint64(runs - r) * 15 * 60);
        const QString startedAt = started.toString(Qt::ISODateWithMs);
        run.addBindValue(integrationId);
        run.addBindValue(r % 20 == 0 ? QStringLiteral("manual") : QStringLiteral("scheduled"));
        run.addBindValue(startedAt);
        run.addBindValue(started.addSecs(40).toString(Qt::ISODateWithMs));
        run.addBindValue(QStringLiteral("PARTLY_FAILED"));
        run.addBindValue(inRun / 2);
        run.addBindValue(inRun - inRun / 2 - failed);
        run.addBindValue(failed);
        run.addBindValue(tr("%n record(s) failed.", nullptr, failed));
        if (!run.exec() || !run.next()) {
            return sqlFailure(run);
        }
        const qint64 runId = run.value(0).toLongLong();
        run.finish();
        for (int i = 0; i < inRun; ++i, ++written) {
            const bool isFailed = i % 50 == 49 || (i == inRun - 1 && inRun < 50);
            item.addBindValue(runId);
            item.addBindValue(invoices > 0 ? qint64(written % invoices + 1) : QVariant());
            item.addBindValue(QStringLiteral("demo-%1").arg(written));
            item.addBindValue(i < inRun / 2 ? QStringLiteral("create") : QStringLiteral("update"));
            item.addBindValue(isFailed ? QStringLiteral("FAILED") : QStringLiteral("OK"));
            item.addBindValue(
                isFailed ? QVariant(tr("Account code '999' is not a valid code for this document.")) : QVariant());
            item.addBindValue(QStringLiteral("demo-correlation-%1").arg(written));
            item.addBindValue(started.addMSecs(i * 400).toString(Qt::ISODateWithMs));
            if (!item.exec()) {
                return sqlFailure(item);
            }
        }
    }
    return {};
}

Status DemoDataGenerator::insertItems(int count)
{
    QRandomGenerator random(m_seed + 1);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO items (code, name, description, sale_price_minor, tax_type_id, account_id, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = isoTimestamp(kBaseDate, 3600);
    for (int i = 0; i < count; ++i) {
        const QString base = QString::fromUtf8(kItemNames[i % countOf(kItemNames)]);
        const QString name = i < countOf(kItemNames) ? base : QStringLiteral("%1 (grade %2)").arg(base).arg(i);
        query.addBindValue(QStringLiteral("ITEM-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        query.addBindValue(name);
        query.addBindValue(name);
        query.addBindValue(qint64(500 + random.bounded(50000)));
        query.addBindValue(qint64(1 + (i % 3 == 2 ? 2 : 0)));
        query.addBindValue(qint64(2));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec()) {
            return sqlFailure(query);
        }
    }
    return {};
}

Status DemoDataGenerator::insertInvoices(int count, int customers, int items)
{
    QRandomGenerator random(m_seed + 2);
    QSqlDatabase db = m_database.connection();
    QSqlQuery invoice(db);
    invoice.prepare(QStringLiteral(
        "INSERT INTO invoices (kind, number, customer_id, issue_date, due_date, status, currency, reference, "
        "subtotal_minor, tax_minor, total_minor, amount_paid_minor, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery line(db);
    line.prepare(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, position, item_id, description, quantity_e4, unit_price_minor, "
        "tax_type_id, account_id, line_amount_minor, tax_amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery payment(db);
    payment.prepare(QStringLiteral("INSERT INTO payments (invoice_id, payment_date, amount_minor, account_id, "
                                   "reference, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    static const qint64 kRatesE4[] = { 200000, 50000, 0 };

    for (int i = 0; i < count; ++i) {
        const bool creditNote = (i % 30 == 29);
        const int roll = int(random.bounded(100));
        QString status = roll < 40 ? QStringLiteral("DRAFT")
            : roll < 75            ? QStringLiteral("PENDING_PAYMENT")
            : roll < 95            ? QStringLiteral("PAID")
                                   : QStringLiteral("VOID");
        const QDate issued = kBaseDate.addDays(int(i * 300LL / qMax(count, 1)));
        const QString stamp = isoTimestamp(issued, int(random.bounded(86400)));
        const int lineCount = 1 + int(random.bounded(4));
        struct Line
        {
            qint64 item, quantityE4, unitPrice, taxType, amount, tax;
        };
        QList<Line> lines;
        qint64 subtotal = 0;
        qint64 taxTotal = 0;
        for (int l = 0; l < lineCount; ++l) {
            const qint64 item = 1 + random.bounded(items);
            const qint64 quantityE4 = (1 + random.bounded(8)) * 10000 / (random.bounded(4) == 0 ? 2 : 1);
            const qint64 unitPrice = 500 + random.bounded(40000);
            const qint64 taxType = 1 + random.bounded(3);
            const qint64 amount = (quantityE4 * unitPrice + 5000) / 10000;
            const qint64 tax = (amount * kRatesE4[taxType - 1] + 500000) / 1000000;
            lines.append({ item, quantityE4, unitPrice, taxType, amount, tax });
            subtotal += amount;
            taxTotal += tax;
        }
        const qint64 total = subtotal + taxTotal;
        qint64 paid = 0;
        if (!creditNote && status == QLatin1String("PAID")) {
            paid = total;
        } else if (!creditNote && status == QLatin1String("PENDING_PAYMENT") && i % 7 == 3) {
            paid = total / 2; // a part payment
        }
        invoice.addBindValue(creditNote ? QStringLiteral("CREDIT_NOTE") : QStringLiteral("INVOICE"));
        invoice.addBindValue(creditNote ? QStringLiteral("CN-%1").arg(i + 1, 6, 10, QLatin1Char('0'))
                                        : QStringLiteral("INV-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        invoice.addBindValue(qint64(1 + random.bounded(customers)));
        invoice.addBindValue(issued.toString(Qt::ISODate));
        invoice.addBindValue(issued.addDays(30).toString(Qt::ISODate));
        invoice.addBindValue(status);
        invoice.addBindValue(QStringLiteral("GBP"));
        invoice.addBindValue(QStringLiteral("Job %1").arg(10000 + i));
        invoice.addBindValue(subtotal);
        invoice.addBindValue(taxTotal);
        invoice.addBindValue(total);
        invoice.addBindValue(paid);
        invoice.addBindValue(stamp);
        invoice.addBindValue(stamp);
        if (!invoice.exec()) {
            return sqlFailure(invoice);
        }
        const qint64 invoiceId = invoice.lastInsertId().toLongLong();
        for (int l = 0; l < lines.size(); ++l) {
            const Line &ln = lines.at(l);
            line.addBindValue(invoiceId);
            line.addBindValue(l + 1);
            line.addBindValue(ln.item);
            line.addBindValue(QString::fromUtf8(kItemNames[(ln.item - 1) % countOf(kItemNames)]));
            line.addBindValue(ln.quantityE4);
            line.addBindValue(ln.unitPrice);
            line.addBindValue(ln.taxType);
            line.addBindValue(qint64(2));
            line.addBindValue(ln.amount);
            line.addBindValue(ln.tax);
            if (!line.exec()) {
                return sqlFailure(line);
            }
        }
        if (paid > 0) {
            payment.addBindValue(invoiceId);
            payment.addBindValue(issued.addDays(14).toString(Qt::ISODate));
            payment.addBindValue(paid);
            payment.addBindValue(qint64(1));
            payment.addBindValue(QStringLiteral("Bank transfer"));
            payment.addBindValue(stamp);
            payment.addBindValue(stamp);
            if (!payment.exec()) {
                return sqlFailure(payment);
            }
        }
    }
    return {};
}

} // namespace Ledgerlink
