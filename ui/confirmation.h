#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Ledgerlink {

/// Destructive confirmations (STYLE.md §4: modal boxes only for those, through a wrapper tests can
/// answer). ask() opens a window-modal QMessageBox with open(), never exec(), so the event loop keeps
/// running, and calls `answered` exactly once. Tests install a responder that answers instead.
class Confirmation : public QObject
{
    Q_OBJECT

public:
    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
        QString acceptText; ///< the destructive button, e.g. "Disconnect"
    };
    using Responder = std::function<bool(const Question &question)>;

    explicit Confirmation(QWidget *parent);

    /// Answers every later question without a box (tests).
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void ask(const Question &question, std::function<void(bool accepted)> answered);
    /// The most recent question asked (tests check its wording).
    const Question &lastQuestion() const { return m_last; }

private:
    QWidget *m_parent;
    Responder m_responder;
    Question m_last;
};

} // namespace Ledgerlink
