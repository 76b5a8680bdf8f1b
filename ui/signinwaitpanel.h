#pragma once

#include <QWidget>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QUrl;

namespace Ledgerlink {

/// The rows a browser sign-in shows while it waits, shared by the wizard's Authorise step and the
/// Reconnect dialog so both look and behave the same:
///   "Waiting for you to allow access in the browser…" [spinner] [Cancel Sign-in]   (setWaiting)
///   "If no browser window opened, copy this address…" [address] [Copy]             (showUrl)
/// Both rows start hidden. The owner names the children (its tests find them by object name).
class SignInWaitPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignInWaitPanel(QWidget *parent = nullptr);

    /// Shows or hides the waiting row.
    void setWaiting(bool waiting);
    /// Opens the system browser at `url` and offers the address for copying.
    void showUrl(const QUrl &url);
    void hideUrl();

    QProgressBar *spinner() const { return m_spinner; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    /// Cancel Sign-in was clicked.
    void cancelRequested();

private:
    QWidget *m_waitingRow = nullptr;
    QProgressBar *m_spinner = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_urlRow = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Ledgerlink
