#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QTableWidget;

namespace Ledgerlink {

struct IntegrationDraft;

/// One local customer and what the provider already holds that looks like it (empty remoteId: nothing).
struct CustomerMatchSuggestion
{
    qint64 localId = 0;
    QString localName;
    QString remoteId;
    QString remoteName;
};

/// The Configure step's customer matching table for the first connect: local customer, suggested
/// remote match and what to do - link to the match, create a new contact, or skip. The wizard's
/// controller fills it through setSuggestions(); apply() writes the answers into the draft.
class CustomerMatchTable : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Link,
        Create,
        Skip,
    };
    Q_ENUM(Action)

    explicit CustomerMatchTable(QWidget *parent = nullptr);

    /// Link where a match is suggested, Create otherwise.
    void setSuggestions(const QList<CustomerMatchSuggestion> &suggestions);
    QList<CustomerMatchSuggestion> suggestions() const { return m_suggestions; }
    int rowCount() const { return int(m_suggestions.size()); }
    Action action(int row) const;
    void setAction(int row, Action action);
    /// Takes earlier answers from the draft (the admin came back to this page).
    void restore(const IntegrationDraft &draft);
    /// customerLinks and skippedCustomers of the draft, from the table.
    void apply(IntegrationDraft &draft) const;

private:
    QTableWidget *m_table = nullptr;
    QList<CustomerMatchSuggestion> m_suggestions;
};

} // namespace Ledgerlink
