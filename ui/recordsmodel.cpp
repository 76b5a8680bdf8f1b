#include "recordsmodel.h"

#include "logging.h"
#include "store/customerrepository.h"
#include "store/fixedpoint.h"
#include "store/invoicerepository.h"
#include "store/invoicerules.h"
#include "store/itemrepository.h"
#include "store/linkrepository.h"
#include "store/paymentrepository.h"
#include "store/taxtyperepository.h"

#include <QHash>
#include <QIcon>
#include <QLocale>

namespace Ledgerlink {

namespace {

QString money(qint64 minor, const QString &currency = {})
{
    const QString amount = FixedPoint::format(minor, FixedPoint::MoneyScale, 2);
    return currency.isEmpty() ? amount : currency + QLatin1Char(' ') + amount;
}

RecordsModel::Row customerRow(const Customer &c)
{
    return { c.id, c.name, c.email, -1, std::nullopt };
}

RecordsModel::Row invoiceRow(const Invoice &i)
{
    const QString kind =
        i.kind == InvoiceKind::CreditNote ? RecordsModel::tr("Credit note %1") : RecordsModel::tr("Invoice %1");
    return { i.id, kind.arg(i.number),
        RecordsModel::tr("%1 · %2").arg(InvoiceRules::statusDisplayName(i.status), money(i.totalMinor, i.currency)),
        int(i.status), std::nullopt };
}

RecordsModel::Row itemRow(const Item &i)
{
    return { i.id, RecordsModel::tr("%1 · %2").arg(i.code, i.name), money(i.salePriceMinor), -1, std::nullopt };
}

RecordsModel::Row taxRow(const TaxType &t)
{
    return { t.id, t.name, FixedPoint::format(t.rateE4, FixedPoint::RateScale, 0) + QStringLiteral(" %"), -1,
        std::nullopt };
}

RecordsModel::Row paymentRow(const Payment &p)
{
    return { p.id, p.reference.isEmpty() ? RecordsModel::tr("Payment %1").arg(p.id) : p.reference,
        RecordsModel::tr("%1 on %2 (invoice %3)")
            .arg(money(p.amountMinor), p.paymentDate.toString(Qt::ISODate), QString::number(p.invoiceId)),
        -1, std::nullopt };
}

// Turns a repository's page()/findById() into Row loaders for one record type.
template <typename Repo, typename Convert>
void makeLoaders(std::shared_ptr<Repo> repo, Convert convert,
    std::function<Result<QList<RecordsModel::Row>>(qint64, int)> &page,
    std::function<Result<RecordsModel::Row>(qint64)> &single)
{
    page = [repo, convert](qint64 afterId, int limit) -> Result<QList<RecordsModel::Row>> {
        auto records = repo->page(afterId, limit);
        if (!records) {
            return records.error();
        }
        QList<RecordsModel::Row> rows;
        for (const auto &record : records.value()) {
            rows.append(convert(record));
        }
        return rows;
    };
    single = [repo, convert](qint64 id) -> Result<RecordsModel::Row> {
        auto record = repo->findById(id);
        if (!record) {
            return record.error();
        }
        return convert(record.value());
    };
}

} // namespace

RecordsModel::RecordsModel(Kind kind, Database &database, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_links(std::make_unique<LinkRepository>(database, clock))
{
    switch (kind) {
    case Kind::Customers:
        makeLoaders(std::make_shared<CustomerRepository>(database, clock), customerRow, m_loader, m_single);
        break;
    case Kind::Invoices:
        makeLoaders(std::make_shared<InvoiceRepository>(database, clock), invoiceRow, m_loader, m_single);
        break;
    case Kind::Items:
        makeLoaders(std::make_shared<ItemRepository>(database, clock), itemRow, m_loader, m_single);
        break;
    case Kind::TaxTypes:
        makeLoaders(std::make_shared<TaxTypeRepository>(database, clock), taxRow, m_loader, m_single);
        break;
    case Kind::Payments:
        makeLoaders(std::make_shared<PaymentRepository>(database, clock), paymentRow, m_loader, m_single);
        break;
    }
}

RecordsModel::~RecordsModel() = default;

QString RecordsModel::entityName(Kind kind)
{
    switch (kind) {
    case Kind::Customers:
        return QStringLiteral("customer");
    case Kind::Invoices:
        return QStringLiteral("invoice");
    case Kind::Items:
        return QStringLiteral("item");
    case Kind::TaxTypes:
        return QStringLiteral("tax_rate");
    case Kind::Payments:
        return QStringLiteral("payment");
    }
    return {};
}

void RecordsModel::setIntegrationId(const QString &integrationId)
{
    if (integrationId == m_integrationId || m_rows.isEmpty()) {
        m_integrationId = integrationId;
        reload(); // the same integration again: the caller wants fresh rows
        return;
    }
    // Another integration: the records are the same, only their links change. Re-reading every
    // kind's first page here doubled the start-up reads once an integration existed (issue 9).
    m_integrationId = integrationId;
    for (Row &row : m_rows) {
        row.link.reset();
    }
    attachLinks(m_rows);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RecordsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = loadPage(0);
    m_resetting = true; // no fetchMore() from modelReset slots before the reset has completed
    endResetModel();
    m_resetting = false;
}

QList<RecordsModel::Row> RecordsModel::loadPage(qint64 afterId)
{
    auto page = m_loader(afterId, m_pageSize);
    if (!page) {
        qCWarning(lcUi) << "records page failed:" << page.error().detail();
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().userMessage());
        return {};
    }
    QList<Row> rows = page.value();
    m_atEnd = rows.size() < m_pageSize;
    attachLinks(rows);
    return rows;
}

void RecordsModel::attachLinks(QList<Row> &rows)
{
    if (m_integrationId.isEmpty()) {
        return;
    }
    // One query for the whole page: a query per row made every start with an integration pay for
    // hundreds of lookups (issue 9, goal 6). Credit notes share the invoices table; their links are
    // under "credit_note", and a row's own entity wins when both exist.
    const QString entity = entityName(m_kind);
    QStringList entities { entity };
    if (m_kind == Kind::Invoices) {
        entities << QStringLiteral("credit_note");
    }
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Row &row : rows) {
        ids << row.id;
    }
    auto links = m_links->findByLocalIds(m_integrationId, entities, ids);
    if (!links) {
        qCWarning(lcUi) << "record links failed:" << links.error().detail();
        return;
    }
    QHash<qint64, Link> byId;
    for (const Link &link : links.value()) {
        if (link.entity == entity || !byId.contains(link.localId)) {
            byId.insert(link.localId, link);
        }
    }
    for (Row &row : rows) {
        const auto it = byId.constFind(row.id);
        row.link = it == byId.cend() ? std::optional<Link>() : std::optional<Link>(it.value());
    }
}

void RecordsModel::refreshRecord(qint64 id)
{
    const int at = rowOfRecord(id);
    if (at < 0) {
        return;
    }
    auto fresh = m_single(id);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().userMessage());
        return;
    }
    QList<Row> rows { fresh.value() };
    attachLinks(rows);
    m_rows[at] = rows.constFirst();
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int RecordsModel::rowOfRecord(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

bool RecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching && !m_rows.isEmpty();
}

void RecordsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<Row> more = loadPage(m_rows.constLast().id);
    if (more.isEmpty()) {
        return;
    }
    // Listeners may ask for more while the rows go in; the next page starts after these.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordsModel::stateText(const Row &row) const
{
    if (m_integrationId.isEmpty()) {
        return tr("No integration");
    }
    if (!row.link) {
        return tr("Not synced");
    }
    switch (row.link->state) {
    case LinkState::Pending:
        return tr("Sending…");
    case LinkState::Linked:
        return tr("Linked");
    case LinkState::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == RecordIdRole) {
        return row.id;
    }
    if (role == InvoiceStatusRole) {
        return row.invoiceStatus >= 0 ? QVariant(row.invoiceStatus) : QVariant();
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case IdColumn:
            return row.id;
        case NameColumn:
            return row.name;
        case DetailColumn:
            return row.detail;
        case SyncStateColumn:
            return stateText(row);
        case RemoteIdColumn:
            return row.link ? row.link->remoteId : QString();
        case LastSyncedColumn:
            return row.link && row.link->lastSyncedAt.isValid()
                ? row.link->lastSyncedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                : QString();
        case LastErrorColumn:
            return row.link ? row.link->lastError : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == SyncStateColumn && row.link) {
        switch (row.link->state) {
        case LinkState::Pending:
            return QIcon(QStringLiteral(":/icons/state-syncing.svg"));
        case LinkState::Linked:
            return QIcon(QStringLiteral(":/icons/state-active.svg"));
        case LinkState::Failed:
            return QIcon(QStringLiteral(":/icons/state-error.svg"));
        }
    }
    if (role == Qt::ToolTipRole && column == LastSyncedColumn && row.link && row.link->lastSyncedAt.isValid()) {
        return QLocale().toString(row.link->lastSyncedAt.toLocalTime(), QLocale::LongFormat);
    }
    return {};
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    case SyncStateColumn:
        return tr("Sync state");
    case RemoteIdColumn:
        return tr("Remote id");
    case LastSyncedColumn:
        return tr("Last synced");
    case LastErrorColumn:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ledgerlink
