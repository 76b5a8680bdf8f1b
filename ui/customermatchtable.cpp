#include "customermatchtable.h"

#include "integrationdraft.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ledgerlink {

CustomerMatchTable::CustomerMatchTable(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerMatchTable"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Some of your customers may already exist in the accounting package. Link them "
                                "to avoid duplicates, create the ones that are new, or skip those you do not "
                                "want to send."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("customerMatchStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("customerMatchView"));
    m_table->setAccessibleName(tr("Customer matching"));
    m_table->setHorizontalHeaderLabels({ tr("Your customer"), tr("Suggested match"), tr("Action") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    // A few rows stay visible whatever the window's size; the page around it scrolls.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + 4 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("customerMatchSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);
}

void CustomerMatchTable::showReading(const QString &text)
{
    setSuggestions({});
    setSummary({});
    setCaption(text);
    m_table->hide();
}

void CustomerMatchTable::setCaption(const QString &caption)
{
    m_status->setText(caption);
    m_status->setVisible(!caption.isEmpty());
}

void CustomerMatchTable::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

QString CustomerMatchTable::caption() const
{
    return m_status->text();
}

QString CustomerMatchTable::summary() const
{
    return m_summary->text();
}

void CustomerMatchTable::setSuggestions(const QList<CustomerMatchSuggestion> &suggestions)
{
    m_suggestions = suggestions;
    m_table->show();
    m_table->setRowCount(int(suggestions.size()));
    for (int row = 0; row < suggestions.size(); ++row) {
        const CustomerMatchSuggestion &suggestion = suggestions.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(suggestion.localName));
        const bool hasMatch = !suggestion.remoteId.isEmpty();
        auto *match = new QTableWidgetItem(hasMatch ? suggestion.remoteName : tr("No match found"));
        if (!hasMatch) {
            match->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_table->setItem(row, 1, match);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("matchAction%1").arg(row));
        combo->setAccessibleName(tr("Action for %1").arg(suggestion.localName));
        if (hasMatch) {
            combo->addItem(tr("Link to match"), int(Action::Link));
        }
        combo->addItem(tr("Create new"), int(Action::Create));
        combo->addItem(tr("Skip"), int(Action::Skip));
        m_table->setCellWidget(row, 2, combo);
    }
}

CustomerMatchTable::Action CustomerMatchTable::action(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
    return combo ? Action(combo->currentData().toInt()) : Action::Skip;
}

void CustomerMatchTable::setAction(int row, Action action)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2))) {
        if (const int index = combo->findData(int(action)); index >= 0) {
            combo->setCurrentIndex(index);
        }
    }
}

void CustomerMatchTable::restore(const IntegrationDraft &draft)
{
    for (int row = 0; row < m_suggestions.size(); ++row) {
        const qint64 id = m_suggestions.at(row).localId;
        if (draft.skippedCustomers.contains(id)) {
            setAction(row, Action::Skip);
        } else if (draft.customerLinks.contains(id)) {
            setAction(row, Action::Link);
        } else if (draft.newCustomers.contains(id)) {
            setAction(row, Action::Create);
        }
    }
}

void CustomerMatchTable::apply(IntegrationDraft &draft) const
{
    draft.customerLinks.clear();
    draft.skippedCustomers.clear();
    draft.newCustomers.clear();
    for (int row = 0; row < m_suggestions.size(); ++row) {
        const CustomerMatchSuggestion &suggestion = m_suggestions.at(row);
        switch (action(row)) {
        case Action::Link:
            draft.customerLinks.insert(suggestion.localId, suggestion.remoteId);
            break;
        case Action::Skip:
            draft.skippedCustomers.append(suggestion.localId);
            break;
        case Action::Create:
            // Without the answer the engine would link the suggested contact anyway.
            if (!suggestion.remoteId.isEmpty()) {
                draft.newCustomers.append(suggestion.localId);
            }
            break;
        }
    }
}

} // namespace Ledgerlink
