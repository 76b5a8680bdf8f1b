#pragma once

#include <QStyledItemDelegate>

namespace Ledgerlink {

/// Draws a provider in a list as our logo, its name in bold and its one-line description under it
/// (the description comes from kDescriptionRole). Keeps the style's selection colours.
class ProviderItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kDescriptionRole = Qt::UserRole + 2;

    explicit ProviderItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int kMargin = 6;
};

} // namespace Ledgerlink
