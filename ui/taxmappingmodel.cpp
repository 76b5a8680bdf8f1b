#include "taxmappingmodel.h"

#include "store/fixedpoint.h"

namespace Ledgerlink {

TaxMappingModel::TaxMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TaxMappingModel::setTable(const TaxMappingTable &table, const QHash<QString, QString> &mapping)
{
    beginResetModel();
    m_table = table;
    m_kept = mapping;
    for (TaxMappingRow &row : m_table.rows) {
        m_kept.remove(row.localCode);
        if (row.mappedCode == row.automaticCode) {
            row.mappedCode.clear(); // shown (and saved) as the automatic match it is
        }
    }
    m_providerNames.clear();
    for (const RemoteTaxRate &r : std::as_const(m_table.providerRates)) {
        m_providerNames.insert(r.taxType.code, r.taxType.name);
    }
    m_modified = false;
    endResetModel();
}

QList<TaxMappingModel::Choice> TaxMappingModel::choices(int row) const
{
    QList<Choice> list;
    if (row < 0 || row >= m_table.rows.size()) {
        return list;
    }
    const TaxMappingRow &r = m_table.rows.at(row);
    list.append(
        { QString(), tr("Automatic (%1)").arg(r.automaticCode.isEmpty() ? tr("none") : codeLabel(r.automaticCode)) });
    bool currentListed = r.mappedCode.isEmpty();
    for (const RemoteTaxRate &rate : m_table.providerRates) {
        // An archived code is refused on new invoices; it is offered only while already chosen.
        if (rate.taxType.archived && rate.taxType.code != r.mappedCode) {
            continue;
        }
        currentListed = currentListed || rate.taxType.code == r.mappedCode;
        list.append({ rate.taxType.code, codeLabel(rate.taxType.code) });
    }
    if (!currentListed) {
        list.append({ r.mappedCode, tr("%1 (unknown to the accounting package)").arg(r.mappedCode) });
    }
    return list;
}

QHash<QString, QString> TaxMappingModel::mapping() const
{
    QHash<QString, QString> result = m_kept;
    for (const TaxMappingRow &row : m_table.rows) {
        if (!row.localCode.isEmpty() && !row.mappedCode.isEmpty() && row.mappedCode != row.automaticCode) {
            result.insert(row.localCode, row.mappedCode);
        }
    }
    return result;
}

TaxMappingModel::State TaxMappingModel::state(int row) const
{
    const TaxMappingRow &r = m_table.rows.at(row);
    if (!r.mappedCode.isEmpty() && !r.mappedCodeKnown) {
        return State::UnknownCode;
    }
    if (!r.mappedCode.isEmpty() && r.mappedCode != r.automaticCode) {
        return State::Mapped;
    }
    return r.automaticCode.isEmpty() ? State::NoMatch : State::Automatic;
}

QString TaxMappingModel::stateText(State state)
{
    switch (state) {
    case State::Automatic:
        return tr("Automatic");
    case State::Mapped:
        return tr("Mapped");
    case State::UnknownCode:
        return tr("Unknown code - choose another");
    case State::NoMatch:
        return tr("No match - invoices with this tax type will fail");
    }
    return {};
}

int TaxMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TaxMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaxMappingModel::codeLabel(const QString &code) const
{
    const QString name = m_providerNames.value(code);
    return name.isEmpty() || name == code ? code : tr("%1 - %2").arg(code, name);
}

QString TaxMappingModel::codeText(const TaxMappingRow &row) const
{
    if (row.mappedCode.isEmpty()) {
        return tr("Automatic (%1)").arg(row.automaticCode.isEmpty() ? tr("none") : codeLabel(row.automaticCode));
    }
    return codeLabel(row.mappedCode);
}

QVariant TaxMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const TaxMappingRow &row = m_table.rows.at(index.row());
    switch (role) {
    case StateRole:
        return int(state(index.row()));
    case LocalCodeRole:
        return row.localCode;
    case AutomaticCodeRole:
        return row.automaticCode;
    case Qt::EditRole:
        if (index.column() == CodeColumn) {
            return row.mappedCode;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CodeColumn && row.localCode.isEmpty()) {
            return tr("This tax type has no code, so it can only be matched automatically by name.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::EditRole) {
        return {};
    }
    switch (Column(index.column())) {
    case LocalColumn:
        return row.localCode.isEmpty() || row.localCode == row.localName
            ? row.localName
            : tr("%1 (%2)").arg(row.localName, row.localCode);
    case RateColumn:
        return tr("%1 %").arg(FixedPoint::format(row.rateE4, 4, 1));
    case CodeColumn:
        return codeText(row);
    case StateColumn:
        return stateText(state(index.row()));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaxMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case LocalColumn:
        return tr("Tax type in Ledgerlink");
    case RateColumn:
        return tr("Rate");
    case CodeColumn:
        return tr("Sent as");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags TaxMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The mapping is keyed by the local code: a tax type without one cannot be mapped.
    if (index.isValid() && index.column() == CodeColumn && !m_table.rows.at(index.row()).localCode.isEmpty()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool TaxMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != CodeColumn
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    TaxMappingRow &row = m_table.rows[index.row()];
    QString code = value.toString().trimmed();
    if (code == row.automaticCode) {
        code.clear(); // the automatic match needs no entry
    }
    if (code == row.mappedCode) {
        return true;
    }
    row.mappedCode = code;
    row.mappedCodeKnown = code.isEmpty() || m_providerNames.contains(code);
    m_modified = true;
    Q_EMIT dataChanged(this->index(index.row(), CodeColumn), this->index(index.row(), StateColumn));
    return true;
}

} // namespace Ledgerlink
