#pragma once

#include "store/historyrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ledgerlink {

/// The record outcomes of one sync run: what happened to each customer, invoice, payment… with
/// the provider's error message and correlation id (what a support ticket needs).
class RunItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EntityColumn,
        LocalIdColumn,
        RemoteIdColumn,
        ActionColumn,
        OutcomeColumn,
        ErrorColumn,
        CorrelationIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< int(ItemOutcome)
    };

    RunItemModel(Database &database, Clock &clock, QObject *parent = nullptr);

    /// Shows the items of `runId` (0 = none); failedOnly keeps failed and parked ones.
    void setRun(qint64 runId, bool failedOnly = false);
    qint64 runId() const { return m_runId; }
    const SyncItem &item(int row) const { return m_items.at(row); }
    /// How many shown items failed or were parked.
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString entityName(const QString &entity);
    static QString outcomeName(ItemOutcome outcome);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    HistoryRepository m_repository;
    QList<SyncItem> m_items;
    qint64 m_runId = 0;
};

} // namespace Ledgerlink
