#include "provideritemdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace Ledgerlink {

ProviderItemDelegate::ProviderItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ProviderItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString description = index.data(kDescriptionRole).toString();
    // The style draws the background, selection and focus; we draw icon and the two lines.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QSize iconSize = option.decorationSize;
    const QRect rect = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect iconRect(
        rect.left(), rect.top() + (rect.height() - iconSize.height()) / 2, iconSize.width(), iconSize.height());
    index.data(Qt::DecorationRole).value<QIcon>().paint(painter, iconRect);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect textRect = rect.adjusted(iconSize.width() + kMargin * 2, 0, 0, 0);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
        boldMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
    textRect.setTop(textRect.top() + boldMetrics.height() + 2);
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, description);
    painter->restore();
}

QSize ProviderItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString description = index.data(kDescriptionRole).toString();
    // Wrap the description to the list's width, so a narrow window gets taller rows.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() - 2 : 420;
    const int textWidth = qMax(120, width - option.decorationSize.width() - kMargin * 4);
    const QFontMetrics metrics(option.font);
    const int descriptionHeight = description.isEmpty()
        ? 0
        : metrics.boundingRect(QRect(0, 0, textWidth, 1000), Qt::TextWordWrap, description).height();
    const int textHeight = metrics.height() + 2 + descriptionHeight;
    return { width, qMax(option.decorationSize.height(), textHeight) + kMargin * 2 };
}

} // namespace Ledgerlink
