#include "changelogmodel.h"

#include "integrationcard.h"
#include "logging.h"

#include <QLocale>

namespace Ledgerlink {

ChangeLogModel::ChangeLogModel(Database &database, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database, clock)
{ }

void ChangeLogModel::setRecord(const QString &entity, qint64 localId)
{
    beginResetModel();
    m_entity = entity;
    m_localId = localId;
    m_entries.clear();
    if (!entity.isEmpty() && localId > 0) {
        auto entries = m_repository.forRecord(entity, localId);
        if (entries) {
            m_entries = entries.value();
        } else {
            qCWarning(lcUi) << "change log failed:" << entries.error().detail();
            Q_EMIT loadFailed(entries.error().userMessage());
        }
    }
    endResetModel();
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeLogModel::sourceName(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Local:
        return tr("Changed here");
    case ChangeSource::Remote:
        return tr("From the accounting package");
    }
    return {};
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChangeLogEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            return IntegrationCard::utcText(entry.at);
        case FieldColumn:
            return entry.field;
        case OldValueColumn:
            return entry.oldValue;
        case NewValueColumn:
            return entry.newValue;
        case SourceColumn:
            return sourceName(entry.source);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn) {
            return tr("Local time: %1").arg(QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat));
        }
        if (index.column() == OldValueColumn || index.column() == NewValueColumn) {
            // Long values (addresses, notes) are cut off in the table.
            return index.data(Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    case SourceColumn:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Ledgerlink
