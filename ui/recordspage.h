#pragma once

#include "recordsmodel.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Ledgerlink {

class InvoiceRepository;
class MessageBar;

/// Records: the business's customers, invoices, items, tax types and payments, each with its
/// sync state in the chosen integration. Invoices can be moved Draft → Pending Payment or voided
/// here, so the admin can see the invoice trigger working.
class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    RecordsPage(Database &database, Clock &clock, QWidget *parent = nullptr);
    ~RecordsPage() override;

    RecordsModel *model(RecordsModel::Kind kind) const;
    QTableView *view(RecordsModel::Kind kind) const;
    void showKind(RecordsModel::Kind kind);
    MessageBar *messageBar() const { return m_message; }

public Q_SLOTS:
    /// (id, display name) of every integration; the first is preselected.
    void setIntegrations(const QList<QPair<QString, QString>> &integrations);
    void reload();
    /// Moves the selected invoice to Pending Payment (the usual push trigger).
    void markSelectedPending();
    /// Voids the selected invoice.
    void voidSelected();

private:
    QWidget *buildInvoiceActions();
    void setSelectedStatus(int status);
    void updateInvoiceActions();
    qint64 selectedInvoiceId() const;

    std::unique_ptr<InvoiceRepository> m_invoices;
    QComboBox *m_integration = nullptr;
    QTabWidget *m_tabs = nullptr;
    MessageBar *m_message = nullptr;
    QList<QPair<RecordsModel *, QTableView *>> m_tables;
    QPushButton *m_markPending = nullptr;
    QPushButton *m_void = nullptr;
};

} // namespace Ledgerlink
