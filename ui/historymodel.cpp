#include "historymodel.h"

#include "logging.h"

#include <QIcon>
#include <QLocale>

namespace Ledgerlink {

HistoryModel::HistoryModel(Database &database, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database, clock)
{ }

void HistoryModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    m_filter.beforeRunId = 0;
    reload();
}

void HistoryModel::setIntegrationNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_runs.isEmpty()) {
        Q_EMIT dataChanged(index(0, IntegrationColumn), index(rowCount() - 1, IntegrationColumn));
    }
}

void HistoryModel::reload()
{
    beginResetModel();
    m_runs.clear();
    m_atEnd = false;
    m_runs = loadPage(0);
    // Views (and QAbstractItemModelTester) may call fetchMore() from their modelReset slot; no
    // rows may be inserted before the reset has completed.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

QList<SyncRun> HistoryModel::loadPage(qint64 beforeRunId)
{
    RunFilter filter = m_filter;
    filter.beforeRunId = beforeRunId;
    filter.limit = m_pageSize;
    auto page = m_repository.runs(filter);
    if (!page) {
        qCWarning(lcUi) << "history page failed:" << page.error().detail();
        m_lastError = page.error().userMessage();
        m_atEnd = true;
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_lastError.clear();
    if (page->size() < m_pageSize) {
        m_atEnd = true;
    }
    return page.value();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching && !m_runs.isEmpty();
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<SyncRun> more = loadPage(m_runs.constLast().id);
    if (more.isEmpty()) {
        return;
    }
    // Listeners may ask for more while the rows go in; the next page starts after these.
    m_fetching = true;
    beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + more.size() - 1));
    m_runs.append(more);
    endInsertRows();
    m_fetching = false;
}

int HistoryModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId) {
            return row;
        }
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::resultName(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return tr("Running");
    case RunResult::Succeeded:
        return tr("Succeeded");
    case RunResult::PartlyFailed:
        return tr("Some records failed");
    case RunResult::Failed:
        return tr("Failed");
    case RunResult::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString HistoryModel::resultIconPath(RunResult result)
{
    switch (result) {
    case RunResult::Running:
        return QStringLiteral(":/icons/state-syncing.svg");
    case RunResult::Succeeded:
        return QStringLiteral(":/icons/state-active.svg");
    case RunResult::PartlyFailed:
        return QStringLiteral(":/icons/state-reauthorise.svg");
    case RunResult::Failed:
        return QStringLiteral(":/icons/state-error.svg");
    case RunResult::Cancelled:
        return QStringLiteral(":/icons/state-notenabled.svg");
    }
    return {};
}

QString HistoryModel::triggerName(const QString &trigger)
{
    if (trigger == QLatin1String("schedule")) {
        return tr("Scheduled");
    }
    if (trigger == QLatin1String("manual")) {
        return tr("Sync now");
    }
    if (trigger == QLatin1String("cli")) {
        return tr("Command line");
    }
    if (trigger == QLatin1String("retry")) {
        return tr("Retry");
    }
    if (trigger == QLatin1String("activation")) {
        return tr("First sync");
    }
    return trigger;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SyncRun &run = m_runs.at(index.row());
    if (role == RunIdRole) {
        return run.id;
    }
    if (role == RunResultRole) {
        return int(run.result);
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case TimeColumn:
            if (role == SortRole) {
                return run.startedAt;
            }
            return run.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        case IntegrationColumn:
            return m_names.value(run.integrationId, run.integrationId);
        case TriggerColumn:
            return triggerName(run.trigger);
        case ResultColumn:
            return role == SortRole ? QVariant(int(run.result)) : QVariant(resultName(run.result));
        case CreatedColumn:
            return run.counts.created;
        case UpdatedColumn:
            return run.counts.updated;
        case FailedColumn:
            return run.counts.failed;
        case MessageColumn:
            return run.message;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == ResultColumn) {
        return QIcon(resultIconPath(run.result));
    }
    if (role == Qt::ToolTipRole && column == TimeColumn) {
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat);
    }
    if (role == Qt::ToolTipRole && column == MessageColumn && !run.detail.isEmpty()) {
        return run.detail;
    }
    if (role == Qt::TextAlignmentRole
        && (column == CreatedColumn || column == UpdatedColumn || column == FailedColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (UTC)");
    case IntegrationColumn:
        return tr("Integration");
    case TriggerColumn:
        return tr("Trigger");
    case ResultColumn:
        return tr("Result");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case FailedColumn:
        return tr("Failed");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ledgerlink
