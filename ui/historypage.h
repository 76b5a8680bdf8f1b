#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Ledgerlink {

class ChangeLogModel;
class Clock;
class Database;
class HistoryModel;
class MessageBar;
class RunItemModel;

/// History: every sync run (newest first) with filters and search; selecting a run shows its
/// record outcomes with error messages and correlation ids, and selecting a record shows its change
/// log (field, old value, new value, time). "Retry failed" asks the sync engine (through
/// retryRequested()) to run the failed records again; "Export CSV" writes the visible rows.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(Database &database, Clock &clock, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    RunItemModel *itemModel() const { return m_items; }
    ChangeLogModel *changeLogModel() const { return m_changes; }
    qint64 currentRunId() const;
    /// Writes the rows the table shows (filtered and sorted) to `path`; false with a message on error.
    bool exportCsv(const QString &path);

public Q_SLOTS:
    /// (id, display name) of every integration, for the filter and the Integration column.
    void setIntegrations(const QList<QPair<QString, QString>> &integrations);
    /// Reloads with the current filters (a run finished).
    void reload();
    /// Shows `runId` and its records; clears filters that would hide it.
    void openRun(qint64 runId);

Q_SIGNALS:
    /// Retry the failed and parked records of a run (of the given integration).
    void retryRequested(qint64 runId, const QString &integrationId);

private:
    QWidget *buildFilters();
    QWidget *buildDetails();
    void applyFilters();
    void showRun(qint64 runId);
    void showChanges(int itemRow);
    void chooseExportFile();

    HistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    RunItemModel *m_items = nullptr;
    ChangeLogModel *m_changes = nullptr;
    MessageBar *m_message = nullptr;
    QComboBox *m_integration = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_runsView = nullptr;
    QTableView *m_itemsView = nullptr;
    QLabel *m_changesTitle = nullptr;
    QTableView *m_changesView = nullptr;
    QLabel *m_runTitle = nullptr;
    QCheckBox *m_failedItemsOnly = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Ledgerlink
