#pragma once

#include "store/historyrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ledgerlink {

/// History's table of sync runs (ownCloud's ProtocolItemModel idea), newest first. Rows come from
/// HistoryRepository one keyset page at a time through canFetchMore()/fetchMore(), so a history of
/// a million runs opens with one page of SQL. Filters (integration, failed only, dates, search) are
/// applied by the repository's query, so they work on the whole history, not only loaded rows.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        IntegrationColumn,
        TriggerColumn,
        ResultColumn,
        CreatedColumn,
        UpdatedColumn,
        FailedColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RunIdRole = Qt::UserRole + 1,
        SortRole, ///< raw value to sort by (time, counts)
        RunResultRole, ///< int(RunResult)
    };

    HistoryModel(Database &database, Clock &clock, QObject *parent = nullptr);

    /// Replaces the filter and reloads the first page. Its paging fields are ignored.
    void setFilter(const RunFilter &filter);
    const RunFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    /// Integration id -> "Xero · Demo Company" for the Integration column.
    void setIntegrationNames(const QHash<QString, QString> &names);

    /// Reloads from the first page (after a run finished).
    void reload();
    const SyncRun &run(int row) const { return m_runs.at(row); }
    /// The row of a loaded run, or -1.
    int rowOfRun(qint64 runId) const;
    /// The last read error's user text (empty when the last read worked).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString resultName(RunResult result);
    static QString resultIconPath(RunResult result);
    static QString triggerName(const QString &trigger);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<SyncRun> loadPage(qint64 beforeRunId);

    HistoryRepository m_repository;
    RunFilter m_filter;
    QList<SyncRun> m_runs;
    QHash<QString, QString> m_names;
    QString m_lastError;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace Ledgerlink
