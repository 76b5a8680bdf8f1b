#include "messagebar.h"
#include "recordsmodel.h"
#include "recordspage.h"
#include "store/demodatagenerator.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "store/paymentrepository.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Ledgerlink;

class tst_RecordsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyKindPassesModelTester_data();
    void everyKindPassesModelTester();
    void showsLinkOfChosenIntegration();
    void draftInvoiceMovesToPendingPayment();
    void voidingPaidInvoiceShowsError();

private:
    qint64 firstInvoice(InvoiceStatus status);
    void selectInvoice(qint64 id);

    std::unique_ptr<Ui2Fixture> m_fx;
    std::unique_ptr<RecordsPage> m_page;
    QString m_xero;
};

void tst_RecordsPage::init()
{
    m_fx = std::make_unique<Ui2Fixture>();
    QVERIFY(m_fx->ok());
    DemoDataSize size;
    size.customers = 30;
    size.items = 10;
    size.invoices = 260;
    LEDGERLINK_VERIFY_OK(DemoDataGenerator(m_fx->db()).generate(size));
    m_xero = m_fx->addIntegration(QStringLiteral("xero"), QStringLiteral("Demo"));
    m_page = std::make_unique<RecordsPage>(m_fx->db(), m_fx->clock());
    m_page->setIntegrations({ { m_xero, QStringLiteral("Xero · Demo") } });
    m_page->resize(900, 600);
    m_page->show();
}

void tst_RecordsPage::cleanup()
{
    m_page.reset();
    m_fx.reset();
}

void tst_RecordsPage::everyKindPassesModelTester_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("customers") << int(RecordsModel::Kind::Customers);
    QTest::newRow("invoices") << int(RecordsModel::Kind::Invoices);
    QTest::newRow("items") << int(RecordsModel::Kind::Items);
    QTest::newRow("tax types") << int(RecordsModel::Kind::TaxTypes);
    QTest::newRow("payments") << int(RecordsModel::Kind::Payments);
}

void tst_RecordsPage::everyKindPassesModelTester()
{
    QFETCH(int, kind);
    RecordsModel model(RecordsModel::Kind(kind), m_fx->db(), m_fx->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegrationId(m_xero);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), int(RecordsModel::ColumnCount));
    QCOMPARE(model.index(0, RecordsModel::SyncStateColumn).data().toString(), QStringLiteral("Not synced"));
    if (RecordsModel::Kind(kind) == RecordsModel::Kind::Invoices) {
        QVERIFY(model.rowCount() > 200); // more than one page
        QVERIFY(model.index(0, 0).data(RecordsModel::InvoiceStatusRole).isValid());
    }
}

void tst_RecordsPage::showsLinkOfChosenIntegration()
{
    LinkRepository links(m_fx->db(), m_fx->clock());
    auto begun = links.beginWrite(m_xero, QStringLiteral("customer"), 1, QStringLiteral("v1"));
    QVERIFY(begun.ok());
    QVERIFY(links.completeWrite(begun->id, QStringLiteral("c0ffee-1"), QStringLiteral("r1")).ok());
    auto failing = links.beginWrite(m_xero, QStringLiteral("customer"), 2, QStringLiteral("v1"));
    QVERIFY(failing.ok());
    QVERIFY(links.failWrite(failing->id, QStringLiteral("Email address is not valid.")).ok());
    m_page->reload();
    RecordsModel *model = m_page->model(RecordsModel::Kind::Customers);
    const int linked = model->rowOfRecord(1);
    const int failed = model->rowOfRecord(2);
    QVERIFY(linked >= 0 && failed >= 0);
    QCOMPARE(model->index(linked, RecordsModel::SyncStateColumn).data().toString(), QStringLiteral("Linked"));
    QCOMPARE(model->index(linked, RecordsModel::RemoteIdColumn).data().toString(), QStringLiteral("c0ffee-1"));
    QCOMPARE(
        model->index(linked, RecordsModel::LastSyncedColumn).data().toString(), QStringLiteral("2026-11-27 09:00 UTC"));
    QCOMPARE(model->index(failed, RecordsModel::SyncStateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model->index(failed, RecordsModel::LastErrorColumn).data().toString(),
        QStringLiteral("Email address is not valid."));
}

qint64 tst_RecordsPage::firstInvoice(InvoiceStatus status)
{
    RecordsModel *model = m_page->model(RecordsModel::Kind::Invoices);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    InvoiceRepository invoices(m_fx->db(), m_fx->clock());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RecordsModel::InvoiceStatusRole).toInt() == int(status)) {
            const qint64 id = model->row(row).id;
            auto invoice = invoices.findById(id);
            if (invoice && invoice->kind == InvoiceKind::Invoice) {
                return id;
            }
        }
    }
    return 0;
}

void tst_RecordsPage::selectInvoice(qint64 id)
{
    m_page->showKind(RecordsModel::Kind::Invoices);
    QTableView *view = m_page->view(RecordsModel::Kind::Invoices);
    view->setCurrentIndex(view->model()->index(m_page->model(RecordsModel::Kind::Invoices)->rowOfRecord(id), 0));
}

void tst_RecordsPage::draftInvoiceMovesToPendingPayment()
{
    const qint64 id = firstInvoice(InvoiceStatus::Draft);
    QVERIFY(id > 0);
    selectInvoice(id);
    auto *pending = m_page->findChild<QPushButton *>(QStringLiteral("markPendingButton"));
    QVERIFY(pending->isEnabled());
    QTest::mouseClick(pending, Qt::LeftButton);
    InvoiceRepository invoices(m_fx->db(), m_fx->clock());
    QCOMPARE(invoices.findById(id)->status, InvoiceStatus::PendingPayment);
    RecordsModel *model = m_page->model(RecordsModel::Kind::Invoices);
    QCOMPARE(model->index(model->rowOfRecord(id), 0).data(RecordsModel::InvoiceStatusRole).toInt(),
        int(InvoiceStatus::PendingPayment));
    QVERIFY(!pending->isEnabled()); // only a draft can be marked pending
    QCOMPARE(m_page->messageBar()->kind(), MessageBar::Kind::Information);
}

void tst_RecordsPage::voidingPaidInvoiceShowsError()
{
    // A pending invoice with a part payment cannot be voided: the rules refuse and say why.
    const qint64 id = firstInvoice(InvoiceStatus::PendingPayment);
    QVERIFY(id > 0);
    InvoiceRepository invoices(m_fx->db(), m_fx->clock());
    PaymentRepository payments(m_fx->db(), m_fx->clock());
    Payment payment;
    payment.invoiceId = id;
    payment.paymentDate = QDate(2026, 11, 27);
    payment.amountMinor = 1;
    LEDGERLINK_VERIFY_OK(payments.record(payment));
    m_page->model(RecordsModel::Kind::Invoices)->refreshRecord(id);
    selectInvoice(id);
    auto *voidButton = m_page->findChild<QPushButton *>(QStringLiteral("voidInvoiceButton"));
    QVERIFY(voidButton->isEnabled());
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QCOMPARE(m_page->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(!m_page->messageBar()->text().isEmpty());
    QCOMPARE(invoices.findById(id)->status, InvoiceStatus::PendingPayment);
}

QTEST_MAIN(tst_RecordsPage)
#include "tst_recordspage.moc"
