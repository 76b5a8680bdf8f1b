#pragma once

#include "store/changelogrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ledgerlink {

/// The change log of one record, for History's run detail: which field changed, from what, to
/// what, when and from which side. Oldest change first, as ChangeLogRepository returns them.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, FieldColumn, OldValueColumn, NewValueColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    ChangeLogModel(Database &database, Clock &clock, QObject *parent = nullptr);

    /// Shows the changes of `entity` `localId`; an empty entity or id 0 shows none.
    void setRecord(const QString &entity, qint64 localId);
    QString entity() const { return m_entity; }
    qint64 localId() const { return m_localId; }
    const ChangeLogEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sourceName(ChangeSource source);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    ChangeLogRepository m_repository;
    QString m_entity;
    qint64 m_localId = 0;
    QList<ChangeLogEntry> m_entries;
};

} // namespace Ledgerlink
