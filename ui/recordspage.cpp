#include "recordspage.h"

#include "messagebar.h"
#include "store/invoicerepository.h"
#include "store/invoicerules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerlink {

RecordsPage::RecordsPage(Database &database, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_invoices(std::make_unique<InvoiceRepository>(database, clock))
{
    setObjectName(QStringLiteral("recordsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Records").toHtmlEscaped())), 1);
    auto *label = new QLabel(tr("Sync state &in:"));
    m_integration = new QComboBox;
    m_integration->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_integration->setMinimumContentsLength(16);
    m_integration->setObjectName(QStringLiteral("recordsIntegration"));
    m_integration->setAccessibleName(tr("Integration whose sync state is shown"));
    m_integration->addItem(tr("No integration yet"), QString());
    label->setBuddy(m_integration);
    header->addWidget(label);
    header->addWidget(m_integration);
    layout->addLayout(header);
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("recordsMessage"));
    layout->addWidget(m_message);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("recordsTabs"));
    const QList<QPair<RecordsModel::Kind, QString>> kinds {
        { RecordsModel::Kind::Customers, tr("&Customers") },
        { RecordsModel::Kind::Invoices, tr("Inv&oices") },
        { RecordsModel::Kind::Items, tr("I&tems") },
        { RecordsModel::Kind::TaxTypes, tr("Ta&x types") },
        { RecordsModel::Kind::Payments, tr("&Payments") },
    };
    for (const auto &[kind, title] : kinds) {
        auto *model = new RecordsModel(kind, database, clock, this);
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("recordsView_") + RecordsModel::entityName(kind));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        connect(model, &RecordsModel::loadFailed, m_message, &MessageBar::showError);
        QWidget *tab = view;
        if (kind == RecordsModel::Kind::Invoices) {
            tab = new QWidget;
            auto *tabLayout = new QVBoxLayout(tab);
            tabLayout->addWidget(buildInvoiceActions());
            tabLayout->addWidget(view, 1);
            connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &RecordsPage::updateInvoiceActions);
            connect(model, &QAbstractItemModel::dataChanged, this, &RecordsPage::updateInvoiceActions);
            connect(model, &QAbstractItemModel::modelReset, this, &RecordsPage::updateInvoiceActions);
        }
        m_tabs->addTab(tab, title);
        m_tables.append({ model, view });
    }
    layout->addWidget(m_tabs, 1);
    connect(m_integration, &QComboBox::currentIndexChanged, this, &RecordsPage::reload);
    reload();
}

RecordsPage::~RecordsPage() = default;

QWidget *RecordsPage::buildInvoiceActions()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("An invoice is sent to the accounting package when it reaches the trigger status "
                               "(usually Pending Payment)."));
    hint->setWordWrap(true);
    m_markPending = new QPushButton(tr("&Mark as Pending Payment"));
    m_markPending->setObjectName(QStringLiteral("markPendingButton"));
    m_void = new QPushButton(tr("Voi&d"));
    m_void->setObjectName(QStringLiteral("voidInvoiceButton"));
    row->addWidget(hint, 1);
    row->addWidget(m_markPending);
    row->addWidget(m_void);
    connect(m_markPending, &QPushButton::clicked, this, &RecordsPage::markSelectedPending);
    connect(m_void, &QPushButton::clicked, this, &RecordsPage::voidSelected);
    m_markPending->setEnabled(false);
    m_void->setEnabled(false);
    return bar;
}

RecordsModel *RecordsPage::model(RecordsModel::Kind kind) const
{
    return m_tables.at(int(kind)).first;
}

QTableView *RecordsPage::view(RecordsModel::Kind kind) const
{
    return m_tables.at(int(kind)).second;
}

void RecordsPage::showKind(RecordsModel::Kind kind)
{
    m_tabs->setCurrentIndex(int(kind));
}

void RecordsPage::setIntegrations(const QList<QPair<QString, QString>> &integrations)
{
    const QString current = m_integration->currentData().toString();
    {
        const QSignalBlocker blocker(m_integration);
        m_integration->clear();
        if (integrations.isEmpty()) {
            m_integration->addItem(tr("No integration yet"), QString());
        }
        for (const auto &[id, name] : integrations) {
            m_integration->addItem(name, id);
        }
        m_integration->setCurrentIndex(qMax(0, m_integration->findData(current)));
    }
    if (m_integration->currentData().toString() != current) {
        reload();
    }
}

void RecordsPage::reload()
{
    const QString integrationId = m_integration->currentData().toString();
    for (const auto &[model, view] : std::as_const(m_tables)) {
        model->setIntegrationId(integrationId);
    }
}

qint64 RecordsPage::selectedInvoiceId() const
{
    const QModelIndex current = view(RecordsModel::Kind::Invoices)->currentIndex();
    return current.isValid() ? current.data(RecordsModel::RecordIdRole).toLongLong() : 0;
}

void RecordsPage::updateInvoiceActions()
{
    const QModelIndex current = view(RecordsModel::Kind::Invoices)->currentIndex();
    const QVariant status = current.isValid() ? current.data(RecordsModel::InvoiceStatusRole) : QVariant();
    m_markPending->setEnabled(status.isValid() && InvoiceStatus(status.toInt()) == InvoiceStatus::Draft);
    m_void->setEnabled(status.isValid()
        && (InvoiceStatus(status.toInt()) == InvoiceStatus::Draft
            || InvoiceStatus(status.toInt()) == InvoiceStatus::PendingPayment));
}

void RecordsPage::markSelectedPending()
{
    setSelectedStatus(int(InvoiceStatus::PendingPayment));
}

void RecordsPage::voidSelected()
{
    setSelectedStatus(int(InvoiceStatus::Void));
}

void RecordsPage::setSelectedStatus(int status)
{
    const qint64 id = selectedInvoiceId();
    if (id <= 0) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select an invoice first."));
        return;
    }
    auto changed = m_invoices->setStatus(id, InvoiceStatus(status));
    if (!changed) {
        m_message->showError(changed.error().userMessage());
        return;
    }
    m_message->showMessage(MessageBar::Kind::Information,
        tr("Invoice %1 is now %2.").arg(changed->number, InvoiceRules::statusDisplayName(changed->status)));
    model(RecordsModel::Kind::Invoices)->refreshRecord(id);
}

} // namespace Ledgerlink
