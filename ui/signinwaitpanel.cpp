#include "signinwaitpanel.h"

#include "logging.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Ledgerlink {

SignInWaitPanel::SignInWaitPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_waitingRow = new QWidget;
    auto *waiting = new QHBoxLayout(m_waitingRow);
    waiting->setContentsMargins(0, 0, 0, 0);
    auto *waitingText = new QLabel(tr("Waiting for you to allow access in the browser…"));
    m_spinner = new QProgressBar;
    m_spinner->setRange(0, 0); // busy indicator
    m_spinner->setMaximumWidth(160);
    m_spinner->setAccessibleName(tr("Waiting for authorisation"));
    m_cancel = new QPushButton(tr("C&ancel Sign-in"));
    waiting->addWidget(waitingText);
    waiting->addWidget(m_spinner);
    waiting->addWidget(m_cancel);
    waiting->addStretch();
    layout->addWidget(m_waitingRow);

    m_urlRow = new QWidget;
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    auto *urlHint = new QLabel(tr("If no browser window opened, copy this address into your browser:"));
    urlHint->setWordWrap(true);
    auto *urlLine = new QHBoxLayout;
    m_url = new QLineEdit;
    m_url->setAccessibleName(tr("Sign-in address"));
    m_url->setReadOnly(true);
    m_copy = new QPushButton(tr("Cop&y"));
    m_copy->setAutoDefault(false); // Return in a dialog keeps meaning its default button
    urlLine->addWidget(m_url, 1);
    urlLine->addWidget(m_copy);
    urlLayout->addWidget(urlHint);
    urlLayout->addLayout(urlLine);
    layout->addWidget(m_urlRow);

    m_waitingRow->hide();
    m_urlRow->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SignInWaitPanel::cancelRequested);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
}

void SignInWaitPanel::setWaiting(bool waiting)
{
    m_waitingRow->setVisible(waiting);
}

void SignInWaitPanel::showUrl(const QUrl &url)
{
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    m_urlRow->show();
    if (!QDesktopServices::openUrl(url)) {
        qCInfo(lcUi) << "no browser opened for the sign-in page; the user can copy the address";
    }
}

void SignInWaitPanel::hideUrl()
{
    m_urlRow->hide();
}

} // namespace Ledgerlink
