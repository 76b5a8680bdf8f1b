// The review step's preview per provider (issue #6): SyncPreviewBuilder checks the rules of the
// integration's own provider (PreviewRules) - Xero, QuickBooks Online, Sage and MYOB - on store
// rows alone, nothing is sent.
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/itemrepository.h"
#include "store/taxtyperepository.h"
#include "storefixture.h"
#include "sync/runcontext.h"
#include "sync/syncpreviewbuilder.h"

#include <QTest>

using namespace Ledgerlink;

class tst_PreviewRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void customerLimitsFollowTheProvider_data();
    void customerLimitsFollowTheProvider();
    void duplicateCustomerNamesWhereTheProviderRefusesThem_data();
    void duplicateCustomerNamesWhereTheProviderRefusesThem();
    void itemCodeLimitsFollowTheProvider_data();
    void itemCodeLimitsFollowTheProvider();
    void documentNumberLimitsFollowTheProvider_data();
    void documentNumberLimitsFollowTheProvider();
    void creditNotesAreFlaggedOnMyobOnly_data();
    void creditNotesAreFlaggedOnMyobOnly();
    void quickBooksLineLimit();

private:
    void useProvider(const QString &provider);
    Customer addCustomer(const QString &name, const QString &accountNumber = {});
    Invoice addDocument(const QString &number, InvoiceKind kind = InvoiceKind::Invoice, int lines = 1);
    SyncPreview preview();
    /// The preview's reason for refusing (entity, id), or empty when it would be sent.
    static QString refusal(const SyncPreview &preview, const QString &entity, qint64 id);
    static int toSend(const SyncPreview &preview, const QString &entity);

    std::unique_ptr<StoreFixture> m_fx;
    QString m_integrationId;
    qint64 m_taxTypeId = 0;
    qint64 m_customerId = 0;
};

void tst_PreviewRules::init()
{
    m_customerId = 0;
    m_fx = std::make_unique<StoreFixture>();
    QVERIFY(m_fx->open());
    TaxType t;
    t.code = QStringLiteral("T1");
    t.name = QStringLiteral("Standard");
    t.rateE4 = 150000;
    m_taxTypeId = TaxTypeRepository(m_fx->db(), m_fx->clock).insert(t)->id;
}

void tst_PreviewRules::cleanup()
{
    m_fx.reset();
}

void tst_PreviewRules::useProvider(const QString &provider)
{
    m_integrationId = m_fx->addIntegration(QStringLiteral("Demo"), provider);
    QVERIFY(!m_integrationId.isEmpty());
}

Customer tst_PreviewRules::addCustomer(const QString &name, const QString &accountNumber)
{
    Customer c;
    c.name = name;
    c.accountNumber = accountNumber;
    return CustomerRepository(m_fx->db(), m_fx->clock).insert(c).value();
}

Invoice tst_PreviewRules::addDocument(const QString &number, InvoiceKind kind, int lines)
{
    if (m_customerId == 0) {
        m_customerId = addCustomer(QStringLiteral("Document Customer")).id;
    }
    Invoice inv;
    inv.kind = kind;
    inv.number = number;
    inv.customerId = m_customerId;
    inv.issueDate = QDate(2026, 11, 1);
    inv.dueDate = QDate(2026, 12, 1);
    inv.status = InvoiceStatus::PendingPayment;
    for (int i = 0; i < lines; ++i) {
        InvoiceLine line;
        line.position = i;
        line.description = QStringLiteral("Work");
        line.quantityE4 = 10000;
        line.unitPriceMinor = 1000;
        line.taxTypeId = m_taxTypeId;
        inv.lines << line;
    }
    auto saved = InvoiceRepository(m_fx->db(), m_fx->clock).insert(inv);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return {};
    }
    return saved.value();
}

SyncPreview tst_PreviewRules::preview()
{
    Integration integration = IntegrationRepository(m_fx->db(), m_fx->clock).findById(m_integrationId).value();
    integration.settings.insert(QStringLiteral("start_date"), QStringLiteral("2000-01-01"));
    return SyncPreviewBuilder(m_fx->db(), m_fx->clock).build(integration);
}

QString tst_PreviewRules::refusal(const SyncPreview &preview, const QString &entity, qint64 id)
{
    for (const PreviewRefusal &r : preview.refusals) {
        if (r.entity == entity && r.localId == id) {
            return r.reason;
        }
    }
    return {};
}

int tst_PreviewRules::toSend(const SyncPreview &preview, const QString &entity)
{
    for (const PreviewEntity &e : preview.entities) {
        if (e.entity == entity) {
            return e.toSend;
        }
    }
    return -1;
}

void tst_PreviewRules::customerLimitsFollowTheProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("refusedWith"); // empty: sent

    const QString name256(256, QLatin1Char('n'));
    const QString name501(501, QLatin1Char('n'));
    QTest::newRow("xero name 256") << "xero" << name256 << QString() << "255";
    QTest::newRow("qbo name 256") << "qbo" << name256 << QString() << QString();
    QTest::newRow("qbo name 501") << "qbo" << name501 << QString() << "500";
    QTest::newRow("xero account 51") << "xero"
                                     << "A" << QString(51, QLatin1Char('1')) << "50";
    QTest::newRow("myob card id 15") << "myob"
                                     << "A" << QString(15, QLatin1Char('1')) << QString();
    QTest::newRow("myob card id 16") << "myob"
                                     << "A" << QString(16, QLatin1Char('1')) << "card ID";
    QTest::newRow("sage reference 25") << "sage"
                                       << "A" << QString(25, QLatin1Char('1')) << QString();
    QTest::newRow("sage reference 26") << "sage"
                                       << "A" << QString(26, QLatin1Char('1')) << "contact reference";
}

void tst_PreviewRules::customerLimitsFollowTheProvider()
{
    QFETCH(QString, provider);
    QFETCH(QString, name);
    QFETCH(QString, account);
    QFETCH(QString, refusedWith);
    useProvider(provider);
    const Customer c = addCustomer(name, account);
    const SyncPreview p = preview();
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const QString reason = refusal(p, SyncEntity::customer(), c.id);
    if (refusedWith.isEmpty()) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
        QCOMPARE(toSend(p, SyncEntity::customer()), 1);
    } else {
        QVERIFY2(reason.contains(refusedWith), qPrintable(reason));
        QCOMPARE(toSend(p, SyncEntity::customer()), 0);
    }
}

void tst_PreviewRules::duplicateCustomerNamesWhereTheProviderRefusesThem_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("refused");
    QTest::newRow("xero") << "xero" << true;
    QTest::newRow("qbo") << "qbo" << true;
    QTest::newRow("sage") << "sage" << false;
    QTest::newRow("myob") << "myob" << false;
}

void tst_PreviewRules::duplicateCustomerNamesWhereTheProviderRefusesThem()
{
    QFETCH(QString, provider);
    QFETCH(bool, refused);
    useProvider(provider);
    addCustomer(QStringLiteral("Twin Traders"));
    const Customer second = addCustomer(QStringLiteral("twin traders"));
    const SyncPreview p = preview();
    QCOMPARE(!refusal(p, SyncEntity::customer(), second.id).isEmpty(), refused);
    QCOMPARE(toSend(p, SyncEntity::customer()), refused ? 1 : 2);
}

void tst_PreviewRules::itemCodeLimitsFollowTheProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("codeLength");
    QTest::addColumn<bool>("refused");
    QTest::newRow("xero 31") << "xero" << 31 << true;
    QTest::newRow("myob 30") << "myob" << 30 << false;
    QTest::newRow("myob 31") << "myob" << 31 << true;
    QTest::newRow("qbo 31") << "qbo" << 31 << false;
    QTest::newRow("qbo 101") << "qbo" << 101 << true;
}

void tst_PreviewRules::itemCodeLimitsFollowTheProvider()
{
    QFETCH(QString, provider);
    QFETCH(int, codeLength);
    QFETCH(bool, refused);
    useProvider(provider);
    Item i;
    i.code = QString(codeLength, QLatin1Char('C'));
    i.name = QStringLiteral("Widget");
    const Item saved = ItemRepository(m_fx->db(), m_fx->clock).insert(i).value();
    const SyncPreview p = preview();
    const QString reason = refusal(p, SyncEntity::item(), saved.id);
    QCOMPARE(!reason.isEmpty(), refused);
    QCOMPARE(toSend(p, SyncEntity::item()), refused ? 0 : 1);
}

void tst_PreviewRules::documentNumberLimitsFollowTheProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("numberLength");
    QTest::addColumn<bool>("refused");
    QTest::newRow("qbo 21") << "qbo" << 21 << false;
    QTest::newRow("qbo 22") << "qbo" << 22 << true;
    QTest::newRow("myob 13") << "myob" << 13 << false;
    QTest::newRow("myob 14") << "myob" << 14 << true;
    QTest::newRow("sage 26") << "sage" << 26 << true;
    QTest::newRow("xero 40") << "xero" << 40 << false;
}

void tst_PreviewRules::documentNumberLimitsFollowTheProvider()
{
    QFETCH(QString, provider);
    QFETCH(int, numberLength);
    QFETCH(bool, refused);
    useProvider(provider);
    const Invoice inv = addDocument(QString(numberLength, QLatin1Char('9')));
    const SyncPreview p = preview();
    const QString reason = refusal(p, SyncEntity::invoice(), inv.id);
    QVERIFY2(refused ? reason.contains(QString::number(numberLength - 1)) : reason.isEmpty(), qPrintable(reason));
    QCOMPARE(toSend(p, SyncEntity::invoice()), refused ? 0 : 1);
}

void tst_PreviewRules::creditNotesAreFlaggedOnMyobOnly_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("refused");
    QTest::newRow("myob") << "myob" << true;
    QTest::newRow("qbo") << "qbo" << false;
    QTest::newRow("sage") << "sage" << false;
    QTest::newRow("xero") << "xero" << false;
}

void tst_PreviewRules::creditNotesAreFlaggedOnMyobOnly()
{
    QFETCH(QString, provider);
    QFETCH(bool, refused);
    useProvider(provider);
    const Invoice credit = addDocument(QStringLiteral("CN-1"), InvoiceKind::CreditNote);
    const SyncPreview p = preview();
    const QString reason = refusal(p, SyncEntity::creditNote(), credit.id);
    QVERIFY2(refused ? reason.contains(QLatin1String("credit notes to MYOB")) : reason.isEmpty(), qPrintable(reason));
    QCOMPARE(toSend(p, SyncEntity::creditNote()), refused ? 0 : 1);
}

void tst_PreviewRules::quickBooksLineLimit()
{
    useProvider(QStringLiteral("qbo"));
    const Invoice fits = addDocument(QStringLiteral("Q-750"), InvoiceKind::Invoice, 750);
    const Invoice tooLong = addDocument(QStringLiteral("Q-751"), InvoiceKind::Invoice, 751);
    const SyncPreview p = preview();
    QVERIFY(refusal(p, SyncEntity::invoice(), fits.id).isEmpty());
    QVERIFY(refusal(p, SyncEntity::invoice(), tooLong.id).contains(QLatin1String("751 lines")));
    QCOMPARE(toSend(p, SyncEntity::invoice()), 1);
}

QTEST_GUILESS_MAIN(tst_PreviewRules)
#include "tst_previewrules.moc"
