#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Ledgerlink {

Confirmation::Confirmation(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{ }

void Confirmation::ask(const Question &question, std::function<void(bool accepted)> answered)
{
    m_last = question;
    if (m_responder) {
        answered(m_responder(question));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, m_parent);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setInformativeText(question.informativeText);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(question.acceptText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Cancel is the default: Enter never destroys anything by accident.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this,
        [box, accept, answered = std::move(answered)](int) { answered(box->clickedButton() == accept); });
    box->open();
}

} // namespace Ledgerlink
