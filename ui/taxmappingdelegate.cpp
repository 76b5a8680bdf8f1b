#include "taxmappingdelegate.h"

#include "taxmappingmodel.h"

#include <QComboBox>

namespace Ledgerlink {

QWidget *TaxMappingDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const TaxMappingModel *>(index.model());
    if (!model || index.column() != TaxMappingModel::CodeColumn) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("taxMappingCodeCombo"));
    combo->setAccessibleName(
        tr("Tax code sent for %1").arg(index.siblingAtColumn(TaxMappingModel::LocalColumn).data().toString()));
    for (const TaxMappingModel::Choice &choice : model->choices(index.row())) {
        combo->addItem(choice.label, choice.code);
    }
    auto *self = const_cast<TaxMappingDelegate *>(this);
    // Picking is the edit: commit at once, so Save never misses a choice still open in the editor.
    connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
    return combo;
}

void TaxMappingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void TaxMappingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace Ledgerlink
