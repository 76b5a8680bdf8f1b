#pragma once

#include "sync/taxmapping.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ledgerlink {

/// The tax mapping editor's table (TaxMapping::overview): one row per local tax type with its
/// rate, the provider code its invoice lines are sent with (editable) and what that means.
/// Choosing the automatic match clears the row's entry: only real overrides are stored.
class TaxMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LocalColumn,
        RateColumn,
        CodeColumn,
        StateColumn,
        ColumnCount,
    };
    enum class State {
        Automatic,
        Mapped,
        UnknownCode,
        NoMatch,
    };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, ///< State as int
        LocalCodeRole,
        AutomaticCodeRole,
    };

    /// One entry of the code column's combo box; an empty code means "Automatic".
    struct Choice
    {
        QString code;
        QString label;
    };

    explicit TaxMappingModel(QObject *parent = nullptr);

    /// Shows `table`. Entries of `mapping` for local codes the table lacks (an archived tax type,
    /// say) are kept as they are and saved again.
    void setTable(const TaxMappingTable &table, const QHash<QString, QString> &mapping);
    const TaxMappingTable &table() const { return m_table; }
    /// The row's choices: "Automatic (…)", each active provider code, and the row's current code
    /// when the provider lacks it (so it stays visible until another is chosen).
    QList<Choice> choices(int row) const;
    /// What to save as "tax_mapping": the overrides, without entries equal to the automatic match.
    QHash<QString, QString> mapping() const;
    bool isModified() const { return m_modified; }
    State state(int row) const;
    static QString stateText(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// CodeColumn, Qt::EditRole: a provider code, or an empty string for the automatic match.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString codeLabel(const QString &code) const;
    QString codeText(const TaxMappingRow &row) const;

    TaxMappingTable m_table;
    QHash<QString, QString> m_kept; ///< entries for local codes not shown
    QHash<QString, QString> m_providerNames; ///< provider code -> name
    bool m_modified = false;
};

} // namespace Ledgerlink
