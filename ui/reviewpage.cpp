#include "reviewpage.h"

#include "integrationdraft.h"
#include "messagebar.h"
#include "providercatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ledgerlink {

ReviewPage::ReviewPage(IntegrationDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *waitingRow = new QHBoxLayout;
    m_waiting = new QLabel(tr("Counting what the first sync will send and receive…"));
    m_spinner = new QProgressBar;
    m_spinner->setObjectName(QStringLiteral("reviewSpinner"));
    m_spinner->setRange(0, 0);
    m_spinner->setMaximumWidth(160);
    m_spinner->setAccessibleName(tr("Counting records"));
    waitingRow->addWidget(m_waiting);
    waitingRow->addWidget(m_spinner);
    waitingRow->addStretch();
    layout->addLayout(waitingRow);

    m_table = new QTreeWidget;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Records the first sync will send and receive"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({ tr("Records"), tr("To send"), tr("To receive") });
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("previewTotal"));
    m_total->setWordWrap(true);
    layout->addWidget(m_total);
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    layout->addWidget(m_message);
}

QStringList ReviewPage::entityKeys()
{
    return { QStringLiteral("customers"), QStringLiteral("items"), QStringLiteral("taxRates"),
        QStringLiteral("accounts"), QStringLiteral("invoices"), QStringLiteral("creditNotes"),
        QStringLiteral("payments") };
}

QString ReviewPage::entityName(const QString &key)
{
    if (key == QLatin1String("customers")) {
        return tr("Customers");
    } else if (key == QLatin1String("items")) {
        return tr("Items");
    } else if (key == QLatin1String("taxRates")) {
        return tr("Tax rates");
    } else if (key == QLatin1String("accounts")) {
        return tr("Accounts");
    } else if (key == QLatin1String("invoices")) {
        return tr("Invoices");
    } else if (key == QLatin1String("creditNotes")) {
        return tr("Credit notes");
    } else if (key == QLatin1String("payments")) {
        return tr("Payments");
    }
    return key;
}

void ReviewPage::initializePage()
{
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    setSubTitle(tr("Check what the first sync with %1 will do, then click Proceed.").arg(name));
    const QString organisations =
        m_draft.organisationNames.isEmpty() ? name : QLocale().createSeparatedList(m_draft.organisationNames);
    m_summary->setText(tr("After you click Proceed, the integration with %1 is active and its first sync runs in "
                          "the background. You can keep working; the bell tells you when it has finished. After "
                          "that, Ledgerlink checks for changes every %n minute(s).",
        nullptr, m_draft.pollMinutes)
                           .arg(organisations.toHtmlEscaped()));
    m_haveCounts = false;
    m_table->clear();
    m_table->hide();
    m_total->clear();
    m_message->clear();
    m_waiting->show();
    m_spinner->show();
    Q_EMIT completeChanged();
    Q_EMIT previewRequested();
}

void ReviewPage::setPreviewCounts(const QMap<QString, int> &toSend, const QMap<QString, int> &toReceive)
{
    m_table->clear();
    int sendTotal = 0;
    int receiveTotal = 0;
    const QLocale locale;
    for (const QString &key : entityKeys()) {
        if (!toSend.contains(key) && !toReceive.contains(key)) {
            continue;
        }
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, entityName(key));
        item->setData(0, Qt::UserRole, key);
        item->setText(1, toSend.contains(key) ? locale.toString(toSend.value(key)) : QStringLiteral("–"));
        item->setText(2, toReceive.contains(key) ? locale.toString(toReceive.value(key)) : QStringLiteral("–"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        sendTotal += toSend.value(key);
        receiveTotal += toReceive.value(key);
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    const QString name = ProviderCatalog::displayName(m_draft.provider);
    m_total->setText(tr("You are about to send %Ln record(s) to %1 and receive %2.", nullptr, sendTotal)
                         .arg(name, locale.toString(receiveTotal)));
    m_waiting->hide();
    m_spinner->hide();
    m_table->show();
    m_message->clear();
    m_haveCounts = true;
    Q_EMIT completeChanged();
}

void ReviewPage::setPreviewFailed(const QString &message)
{
    m_waiting->hide();
    m_spinner->hide();
    m_haveCounts = false;
    m_message->showError(message);
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_haveCounts;
}

} // namespace Ledgerlink
