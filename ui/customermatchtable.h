#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
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
/// Above the table a status line says where the suggestions come from (or that they are being
/// read); below it a summary line can count the customers that have no row.
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
    /// No rows, only `text` ("Reading Xero's contacts..."), until setSuggestions() arrives.
    void showReading(const QString &text);
    /// The line above the rows (empty hides it), e.g. which organisation the suggestions come from.
    void setCaption(const QString &caption);
    /// The line below the rows (empty hides it), e.g. "12 other customers will be created".
    void setSummary(const QString &summary);
    QString caption() const;
    QString summary() const;
    int rowCount() const { return int(m_suggestions.size()); }
    Action action(int row) const;
    void setAction(int row, Action action);
    /// Takes earlier answers from the draft (the admin came back to this page).
    void restore(const IntegrationDraft &draft);
    /// customerLinks and skippedCustomers of the draft, from the table.
    void apply(IntegrationDraft &draft) const;

private:
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QList<CustomerMatchSuggestion> m_suggestions;
};

} // namespace Ledgerlink
