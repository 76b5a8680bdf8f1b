#pragma once

#include <QStyledItemDelegate>

namespace Ledgerlink {

/// The editor of the tax mapping table's "Sent as" column: a combo box of the row's choices
/// (TaxMappingModel::choices). A choice is committed as soon as it is picked.
class TaxMappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Ledgerlink
