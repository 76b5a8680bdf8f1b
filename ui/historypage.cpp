#include "historypage.h"

#include "changelogmodel.h"
#include "csvexport.h"
#include "historymodel.h"
#include "messagebar.h"
#include "runitemmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ledgerlink {

namespace {

// A QDateEdit at its minimum shows "Any": no bound on that side.
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("Ledgerlink::HistoryPage", "Any"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kNoDate);
    return edit;
}

QTableView *tableView(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

HistoryPage::HistoryPage(Database &database, Clock &clock, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyPage"));
    m_model = new HistoryModel(database, clock, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("historyProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_items = new RunItemModel(database, clock, this);
    m_changes = new ChangeLogModel(database, clock, this);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("History").toHtmlEscaped()));
    layout->addWidget(heading);
    layout->addWidget(buildFilters());
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("historyMessage"));
    layout->addWidget(m_message);

    m_runsView = tableView(QStringLiteral("historyRunsView"));
    m_runsView->setAccessibleName(tr("Sync runs"));
    m_runsView->setModel(m_proxy);
    m_runsView->setSortingEnabled(true);
    m_runsView->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_runsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Organisation names can be long: the admin widens the column if needed; the message takes the rest.
    m_runsView->horizontalHeader()->setSectionResizeMode(HistoryModel::IntegrationColumn, QHeaderView::Interactive);
    m_runsView->horizontalHeader()->resizeSection(HistoryModel::IntegrationColumn, 180);
    m_runsView->horizontalHeader()->setSectionResizeMode(HistoryModel::MessageColumn, QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_runsView);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showRun(current.isValid() ? current.data(HistoryModel::RunIdRole).toLongLong() : 0);
        });
    connect(m_model, &HistoryModel::loadFailed, m_message, &MessageBar::showError);
    connect(m_items, &RunItemModel::loadFailed, m_message, &MessageBar::showError);
    connect(m_changes, &ChangeLogModel::loadFailed, m_message, &MessageBar::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRun(0); });
    applyFilters();
}

QWidget *HistoryPage::buildFilters()
{
    auto *bar = new QWidget;
    auto *row = new QVBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_integration = new QComboBox;
    m_integration->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_integration->setMinimumContentsLength(16);
    m_integration->setObjectName(QStringLiteral("historyIntegrationFilter"));
    m_integration->setAccessibleName(tr("Integration"));
    m_integration->addItem(tr("All integrations"), QString());
    m_failedOnly = new QCheckBox(tr("Fai&led only"));
    m_failedOnly->setObjectName(QStringLiteral("historyFailedOnly"));
    m_from = dateEdit(QStringLiteral("historyFrom"), tr("From date"));
    m_to = dateEdit(QStringLiteral("historyTo"), tr("To date"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search messages, errors and ids"));
    m_search->setAccessibleName(tr("Search"));
    m_export = new QPushButton(tr("E&xport CSV…"));
    m_export->setObjectName(QStringLiteral("historyExportButton"));

    auto *integrationLabel = new QLabel(tr("&Integration:"));
    integrationLabel->setBuddy(m_integration);
    auto *fromLabel = new QLabel(tr("F&rom:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    // Two rows, so the window can stay narrow on a small screen.
    auto *first = new QHBoxLayout;
    first->addWidget(integrationLabel);
    first->addWidget(m_integration, 1);
    first->addWidget(m_failedOnly);
    first->addWidget(m_export);
    auto *second = new QHBoxLayout;
    second->addWidget(fromLabel);
    second->addWidget(m_from);
    second->addWidget(toLabel);
    second->addWidget(m_to);
    second->addWidget(m_search, 1);
    row->addLayout(first);
    row->addLayout(second);

    // Typing searches the whole history once the admin pauses, not on every key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_integration, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_failedOnly, &QCheckBox::toggled, this, &HistoryPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::chooseExportFile);
    return bar;
}

QWidget *HistoryPage::buildDetails()
{
    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_runTitle = new QLabel(tr("Select a run to see its records."));
    m_runTitle->setObjectName(QStringLiteral("historyRunTitle"));
    m_runTitle->setWordWrap(true);
    m_failedItemsOnly = new QCheckBox(tr("Show failed records &only"));
    m_failedItemsOnly->setObjectName(QStringLiteral("historyFailedItemsOnly"));
    m_retry = new QPushButton(tr("Retr&y failed records"));
    m_retry->setObjectName(QStringLiteral("historyRetryButton"));
    m_retry->setEnabled(false);
    header->addWidget(m_runTitle, 1);
    header->addWidget(m_failedItemsOnly);
    header->addWidget(m_retry);
    layout->addLayout(header);
    m_itemsView = tableView(QStringLiteral("historyItemsView"));
    m_itemsView->setAccessibleName(tr("Records of the selected run"));
    m_itemsView->setModel(m_items);
    m_itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemsView->horizontalHeader()->setSectionResizeMode(RunItemModel::RemoteIdColumn, QHeaderView::Interactive);
    m_itemsView->horizontalHeader()->resizeSection(RunItemModel::RemoteIdColumn, 120);
    m_itemsView->horizontalHeader()->setSectionResizeMode(RunItemModel::ErrorColumn, QHeaderView::Stretch);
    layout->addWidget(m_itemsView, 2);

    // The selected record's change log: what the syncs (and local edits) did to its fields.
    m_changesTitle = new QLabel;
    m_changesTitle->setObjectName(QStringLiteral("historyChangesTitle"));
    m_changesTitle->setWordWrap(true);
    layout->addWidget(m_changesTitle);
    m_changesView = tableView(QStringLiteral("historyChangesView"));
    m_changesView->setAccessibleName(tr("Changes of the selected record"));
    m_changesView->setModel(m_changes);
    m_changesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changesView->horizontalHeader()->setSectionResizeMode(ChangeLogModel::OldValueColumn, QHeaderView::Interactive);
    m_changesView->horizontalHeader()->resizeSection(ChangeLogModel::OldValueColumn, 180);
    m_changesView->horizontalHeader()->setSectionResizeMode(ChangeLogModel::NewValueColumn, QHeaderView::Stretch);
    layout->addWidget(m_changesView, 1);
    showChanges(-1);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showChanges(current.isValid() ? current.row() : -1); });
    // A new run or filter resets the records: nothing is selected any more.
    connect(m_items, &QAbstractItemModel::modelReset, this, [this] { showChanges(-1); });

    connect(m_failedItemsOnly, &QCheckBox::toggled, this, [this] { showRun(m_items->runId()); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const qint64 run = currentRunId();
        const int row = run > 0 ? m_model->rowOfRun(run) : -1;
        if (row >= 0) {
            Q_EMIT retryRequested(run, m_model->run(row).integrationId);
        }
    });
    return details;
}

void HistoryPage::setIntegrations(const QList<QPair<QString, QString>> &integrations)
{
    const QString current = m_integration->currentData().toString();
    const QSignalBlocker blocker(m_integration);
    m_integration->clear();
    m_integration->addItem(tr("All integrations"), QString());
    QHash<QString, QString> names;
    for (const auto &[id, name] : integrations) {
        m_integration->addItem(name, id);
        names.insert(id, name);
    }
    m_integration->setCurrentIndex(qMax(0, m_integration->findData(current)));
    m_model->setIntegrationNames(names);
}

void HistoryPage::applyFilters()
{
    RunFilter filter;
    filter.integrationId = m_integration->currentData().toString();
    filter.failedOnly = m_failedOnly->isChecked();
    if (m_from->date() != kNoDate) {
        filter.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    }
    if (m_to->date() != kNoDate) {
        // "To 27 November" includes the whole day.
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    }
    filter.search = m_search->text().trimmed();
    m_message->clear();
    m_model->setFilter(filter);
}

void HistoryPage::reload()
{
    const qint64 selected = currentRunId();
    m_model->reload();
    if (selected > 0 && m_model->rowOfRun(selected) >= 0) {
        openRun(selected);
    }
}

void HistoryPage::openRun(qint64 runId)
{
    int row = m_model->rowOfRun(runId);
    if (row < 0) {
        // A filter may hide it: show everything, then page until it is loaded.
        const QSignalBlocker blockers[] = { QSignalBlocker(m_integration), QSignalBlocker(m_failedOnly),
            QSignalBlocker(m_from), QSignalBlocker(m_to), QSignalBlocker(m_search) };
        m_integration->setCurrentIndex(0);
        m_failedOnly->setChecked(false);
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_search->clear();
        m_searchDelay->stop();
        applyFilters();
        // Bounded: a run from long ago is not worth loading half a million rows on the GUI thread.
        for (int pages = 0; (row = m_model->rowOfRun(runId)) < 0 && m_model->canFetchMore({}) && pages < 100; ++pages) {
            m_model->fetchMore({});
        }
    }
    if (row < 0) {
        m_message->showMessage(MessageBar::Kind::Warning, tr("That sync run is no longer in the history."));
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, HistoryModel::TimeColumn));
    m_runsView->setCurrentIndex(index);
    m_runsView->scrollTo(index);
    showRun(runId);
}

qint64 HistoryPage::currentRunId() const
{
    return m_items->runId();
}

void HistoryPage::showRun(qint64 runId)
{
    m_items->setRun(runId, m_failedItemsOnly->isChecked());
    const int row = runId > 0 ? m_model->rowOfRun(runId) : -1;
    if (row < 0) {
        m_runTitle->setText(tr("Select a run to see its records."));
        m_retry->setEnabled(false);
        return;
    }
    const SyncRun &run = m_model->run(row);
    const QString when = run.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QString integration = m_model->index(row, HistoryModel::IntegrationColumn).data().toString();
    QString title = tr("Run %1 · %2 · %3: %4")
                        .arg(QString::number(run.id), integration, when, HistoryModel::resultName(run.result));
    if (!run.message.isEmpty()) {
        title += QStringLiteral(" — ") + run.message;
    }
    m_runTitle->setText(title);
    m_runTitle->setToolTip(run.detail);
    // Only records that failed can be retried; a run that stopped before any record has none.
    m_retry->setEnabled(run.counts.failed > 0 || m_items->failedCount() > 0);
}

void HistoryPage::showChanges(int itemRow)
{
    if (itemRow < 0 || itemRow >= m_items->rowCount()) {
        m_changes->setRecord({}, 0);
        m_changesTitle->setText(tr("Select a record to see how its fields changed."));
        return;
    }
    const SyncItem &item = m_items->item(itemRow);
    const QString entity = RunItemModel::entityName(item.entity);
    if (item.localId <= 0) {
        m_changes->setRecord({}, 0);
        m_changesTitle->setText(tr("%1 %2 has no record in Ledgerlink, so it has no change log.")
                                    .arg(entity, item.remoteId.isEmpty() ? tr("(no id)") : item.remoteId));
        return;
    }
    m_changes->setRecord(item.entity, item.localId);
    m_changesTitle->setText(m_changes->rowCount() == 0
            ? tr("No field of %1 %2 has changed since Ledgerlink started keeping its log.")
                  .arg(entity, QString::number(item.localId))
            : tr("Changes of %1 %2, oldest first:").arg(entity, QString::number(item.localId)));
}

bool HistoryPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !CsvExport::write(*m_proxy, file) || !file.commit()) {
        m_message->showError(tr("The history could not be saved to %1. Choose a folder you can write to and try "
                                "again.")
                                 .arg(path));
        return false;
    }
    m_message->showMessage(
        MessageBar::Kind::Information, tr("Saved %n run(s) to %1.", nullptr, m_proxy->rowCount()).arg(path));
    return true;
}

void HistoryPage::chooseExportFile()
{
    // Non-blocking: the dialog reports back through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Export History"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("historyExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("ledgerlink-history.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

} // namespace Ledgerlink
