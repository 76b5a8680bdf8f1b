#include "messagebar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace Ledgerlink {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    m_icon = new QLabel;
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QString iconPath;
    switch (kind) {
    case Kind::Information:
        iconPath = QStringLiteral(":/icons/info.svg");
        break;
    case Kind::Warning:
        iconPath = QStringLiteral(":/icons/state-reauthorise.svg");
        break;
    case Kind::Error:
        iconPath = QStringLiteral(":/icons/state-error.svg");
        break;
    }
    m_icon->setPixmap(QIcon(iconPath).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace Ledgerlink
