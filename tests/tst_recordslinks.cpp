// RecordsModel reads a page's links in one query and, when only the integration changes, attaches
// the new integration's links without re-reading the records (issue 9, goal 6).
#include "recordsmodel.h"
#include "store/demodatagenerator.h"
#include "store/linkrepository.h"
#include "tst_ui2fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Ledgerlink;

class tst_RecordsLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switchingIntegrationShowsItsLinksWithoutReset();
    void invoiceLinkWinsOverCreditNoteLink();
    void sameIntegrationAgainReloadsRows();

private:
    void link(const QString &integrationId, const QString &entity, qint64 localId, const QString &remoteId);
    QString remoteOf(const RecordsModel &model, qint64 recordId) const;

    std::unique_ptr<Ui2Fixture> m_fx;
    QString m_first;
    QString m_second;
};

void tst_RecordsLinks::init()
{
    m_fx = std::make_unique<Ui2Fixture>();
    QVERIFY(m_fx->ok());
    DemoDataSize size;
    size.customers = 30;
    size.items = 10;
    size.invoices = 260;
    LEDGERLINK_VERIFY_OK(DemoDataGenerator(m_fx->db()).generate(size));
    m_first = m_fx->addIntegration(QStringLiteral("xero"), QStringLiteral("First"));
    m_second = m_fx->addIntegration(QStringLiteral("qbo"), QStringLiteral("Second"));
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
}

void tst_RecordsLinks::cleanup()
{
    m_fx.reset();
}

void tst_RecordsLinks::link(
    const QString &integrationId, const QString &entity, qint64 localId, const QString &remoteId)
{
    LinkRepository links(m_fx->db(), m_fx->clock());
    auto made =
        links.linkExisting(integrationId, entity, localId, remoteId, QStringLiteral("r1"), QStringLiteral("v1"));
    LEDGERLINK_VERIFY_OK(made);
}

QString tst_RecordsLinks::remoteOf(const RecordsModel &model, qint64 recordId) const
{
    const int row = model.rowOfRecord(recordId);
    return row < 0 ? QStringLiteral("<no row>") : model.index(row, RecordsModel::RemoteIdColumn).data().toString();
}

void tst_RecordsLinks::switchingIntegrationShowsItsLinksWithoutReset()
{
    link(m_first, QStringLiteral("invoice"), 1, QStringLiteral("first-1"));
    link(m_second, QStringLiteral("invoice"), 2, QStringLiteral("second-2"));
    link(m_second, QStringLiteral("invoice"), 250, QStringLiteral("second-250")); // on the second page
    RecordsModel model(RecordsModel::Kind::Invoices, m_fx->db(), m_fx->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegrationId(m_first);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    const int rows = model.rowCount();
    QVERIFY(rows > 250);
    QCOMPARE(remoteOf(model, 1), QStringLiteral("first-1"));
    QCOMPARE(remoteOf(model, 2), QString());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setIntegrationId(m_second);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
    QCOMPARE(model.rowCount(), rows); // the rows already fetched stay
    QCOMPARE(remoteOf(model, 1), QString());
    QCOMPARE(remoteOf(model, 2), QStringLiteral("second-2"));
    QCOMPARE(remoteOf(model, 250), QStringLiteral("second-250"));

    model.setIntegrationId(QString());
    QCOMPARE(remoteOf(model, 2), QString());
}

void tst_RecordsLinks::invoiceLinkWinsOverCreditNoteLink()
{
    link(m_first, QStringLiteral("credit_note"), 3, QStringLiteral("cn-3"));
    link(m_first, QStringLiteral("credit_note"), 4, QStringLiteral("cn-4"));
    link(m_first, QStringLiteral("invoice"), 4, QStringLiteral("inv-4"));
    RecordsModel model(RecordsModel::Kind::Invoices, m_fx->db(), m_fx->clock());
    model.setIntegrationId(m_first);
    QCOMPARE(remoteOf(model, 3), QStringLiteral("cn-3"));
    QCOMPARE(remoteOf(model, 4), QStringLiteral("inv-4"));
    RecordsModel customers(RecordsModel::Kind::Customers, m_fx->db(), m_fx->clock());
    customers.setIntegrationId(m_first);
    QCOMPARE(remoteOf(customers, 3), QString()); // a credit note's link is not a customer's
}

void tst_RecordsLinks::sameIntegrationAgainReloadsRows()
{
    RecordsModel model(RecordsModel::Kind::Invoices, m_fx->db(), m_fx->clock());
    model.setIntegrationId(m_first);
    QCOMPARE(remoteOf(model, 5), QString());
    link(m_first, QStringLiteral("invoice"), 5, QStringLiteral("first-5"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setIntegrationId(m_first); // RecordsPage::reload() after a sync
    QCOMPARE(resets.count(), 1);
    QCOMPARE(remoteOf(model, 5), QStringLiteral("first-5"));
}

QTEST_MAIN(tst_RecordsLinks)
#include "tst_recordslinks.moc"
