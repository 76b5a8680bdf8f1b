#include "runitemmodel.h"

#include "logging.h"

#include <QIcon>

namespace Ledgerlink {

RunItemModel::RunItemModel(Database &database, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database, clock)
{ }

void RunItemModel::setRun(qint64 runId, bool failedOnly)
{
    beginResetModel();
    m_runId = runId;
    m_items.clear();
    if (runId > 0) {
        auto items = m_repository.items(runId, failedOnly);
        if (items) {
            m_items = items.value();
        } else {
            qCWarning(lcUi) << "run items failed:" << items.error().detail();
            Q_EMIT loadFailed(items.error().userMessage());
        }
    }
    endResetModel();
}

int RunItemModel::failedCount() const
{
    int failed = 0;
    for (const SyncItem &item : m_items) {
        if (item.outcome == ItemOutcome::Failed || item.outcome == ItemOutcome::Parked) {
            ++failed;
        }
    }
    return failed;
}

int RunItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RunItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunItemModel::entityName(const QString &entity)
{
    if (entity == QLatin1String("customer")) {
        return tr("Customer");
    }
    if (entity == QLatin1String("item")) {
        return tr("Item");
    }
    if (entity == QLatin1String("tax_rate")) {
        return tr("Tax rate");
    }
    if (entity == QLatin1String("account")) {
        return tr("Account");
    }
    if (entity == QLatin1String("invoice")) {
        return tr("Invoice");
    }
    if (entity == QLatin1String("credit_note")) {
        return tr("Credit note");
    }
    if (entity == QLatin1String("payment")) {
        return tr("Payment");
    }
    return entity;
}

QString RunItemModel::outcomeName(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::Ok:
        return tr("OK");
    case ItemOutcome::Failed:
        return tr("Failed");
    case ItemOutcome::Skipped:
        return tr("Skipped");
    case ItemOutcome::Parked:
        return tr("Parked");
    }
    return {};
}

QVariant RunItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SyncItem &item = m_items.at(index.row());
    if (role == OutcomeRole) {
        return int(item.outcome);
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case EntityColumn:
            return entityName(item.entity);
        case LocalIdColumn:
            return item.localId > 0 ? QVariant(item.localId) : QVariant();
        case RemoteIdColumn:
            return item.remoteId;
        case ActionColumn:
            return item.action;
        case OutcomeColumn:
            return outcomeName(item.outcome);
        case ErrorColumn:
            return item.errorMessage;
        case CorrelationIdColumn:
            return item.correlationId;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == OutcomeColumn) {
        switch (item.outcome) {
        case ItemOutcome::Ok:
            return QIcon(QStringLiteral(":/icons/state-active.svg"));
        case ItemOutcome::Failed:
            return QIcon(QStringLiteral(":/icons/state-error.svg"));
        case ItemOutcome::Skipped:
            return QIcon(QStringLiteral(":/icons/state-notenabled.svg"));
        case ItemOutcome::Parked:
            return QIcon(QStringLiteral(":/icons/state-reauthorise.svg"));
        }
    }
    if (role == Qt::ToolTipRole && column == ErrorColumn && !item.errorMessage.isEmpty()) {
        // The whole message (the column may cut it), with the technical reason under it.
        return item.detail.isEmpty() ? item.errorMessage : item.errorMessage + QStringLiteral("\n\n") + item.detail;
    }
    return {};
}

QVariant RunItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case EntityColumn:
        return tr("Record");
    case LocalIdColumn:
        return tr("Local id");
    case RemoteIdColumn:
        return tr("Remote id");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case ErrorColumn:
        return tr("Error message");
    case CorrelationIdColumn:
        return tr("Correlation id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ledgerlink
