#pragma once

#include <QWidget>

class QLabel;

namespace Ledgerlink {

/// An inline message under a form (KeePassXC's MessageWidget idea): an icon and a sentence saying
/// what is wrong and what to do. Hidden while empty; errors are announced to screen readers too.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        Information,
        Warning,
        Error,
    };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace Ledgerlink
