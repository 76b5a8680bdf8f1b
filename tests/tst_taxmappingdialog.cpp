// The tax mapping editor (issue #6/#7): its rows come from a real sync against the sandbox's Xero
// (tst_syncfixture), a code chosen with the keyboard in the "Sent as" combo box and saved lands in
// the settings' "tax_mapping" alone, and the next sync sends invoices with it. Also the states an
// office administrator can meet: nothing read yet, an unknown code, Cancel.
#include "appcontext.h"
#include "auth/secretstore.h"
#include "integrationlistmodel.h"
#include "integrationmaintenance.h"
#include "integrationpage.h"
#include "integrationspage.h"
#include "localrecords.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/providertaxraterepository.h"
#include "store/taxtyperepository.h"
#include "sync/scheduler.h"
#include "sync/syncsettings.h"
#include "taxmappingdialog.h"
#include "taxmappingmodel.h"
#include "testprofile.h"
#include "tst_syncfixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Ledgerlink;

class tst_TaxMappingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateUntilTheFirstSync();
    void emptyStateSaysWhenTaxRatesAreSwitchedOff();
    void rowsComeFromTheLastSync();
    void chosenCodeIsSavedAndSentByTheNextSync();
    void unknownCodeAsksForAnother();
    void automaticChoiceIsNotStored();
    void cancelChangesNothing();
    void integrationPageAsksForTheDialog();
    void desktopWiringOpensTheDialogAndReportsTheSave();

private:
    std::unique_ptr<TaxMappingDialog> openDialog();
    QJsonObject storedSettings();
    void setMapping(const QJsonObject &mapping);
    TaxType addLocalTaxType(const QString &code, const QString &name, qint64 rateE4);
    static int rowOf(const TaxMappingModel &model, const QString &localCode);
    /// Opens the row's combo box the way the keyboard does (F2) and moves to `code` with arrows.
    static void choose(TaxMappingDialog &dialog, int row, const QString &code);
    QStringList remoteLineTaxTypes(const QString &number);

    std::unique_ptr<SyncFixture> m_fx;
};

void tst_TaxMappingDialog::init()
{
    m_fx = std::make_unique<SyncFixture>();
    // Keys the editor must keep as they are.
    QVERIFY(m_fx->setUp(
        { { QStringLiteral("connection_id"), QStringLiteral("conn-1") }, { QStringLiteral("poll_minutes"), 30 } }));
}

void tst_TaxMappingDialog::cleanup()
{
    m_fx.reset();
}

std::unique_ptr<TaxMappingDialog> tst_TaxMappingDialog::openDialog()
{
    const Integration integration =
        IntegrationRepository(m_fx->database(), Clock::system()).findById(m_fx->integration().id).value();
    auto dialog = std::make_unique<TaxMappingDialog>(m_fx->database(), Clock::system(), integration);
    dialog->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(dialog.get())); }();
    return dialog;
}

QJsonObject tst_TaxMappingDialog::storedSettings()
{
    return IntegrationRepository(m_fx->database(), Clock::system()).findById(m_fx->integration().id).value().settings;
}

void tst_TaxMappingDialog::setMapping(const QJsonObject &mapping)
{
    IntegrationRepository repository(m_fx->database(), Clock::system());
    Integration i = repository.findById(m_fx->integration().id).value();
    i.settings.insert(QStringLiteral("tax_mapping"), mapping);
    QVERIFY(repository.update(i));
}

TaxType tst_TaxMappingDialog::addLocalTaxType(const QString &code, const QString &name, qint64 rateE4)
{
    TaxType t;
    t.code = code;
    t.name = name;
    t.rateE4 = rateE4;
    return TaxTypeRepository(m_fx->database(), Clock::system()).insert(t).value();
}

int tst_TaxMappingDialog::rowOf(const TaxMappingModel &model, const QString &localCode)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TaxMappingModel::LocalCodeRole).toString() == localCode) {
            return row;
        }
    }
    return -1;
}

void tst_TaxMappingDialog::choose(TaxMappingDialog &dialog, int row, const QString &code)
{
    QTableView *view = dialog.view();
    const QModelIndex index = dialog.model()->index(row, TaxMappingModel::CodeColumn);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QComboBox *combo = nullptr;
    // The editor of this cell (a closed one may linger until its deferred delete).
    QTRY_VERIFY((combo = qobject_cast<QComboBox *>(view->indexWidget(index))) != nullptr);
    QCOMPARE(combo->objectName(), QStringLiteral("taxMappingCodeCombo"));
    QVERIFY(!combo->accessibleName().isEmpty());
    const int target = combo->findData(code);
    QVERIFY2(target >= 0, qPrintable(code));
    while (combo->currentIndex() != target) {
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }
    // Picking commits at once: the model has it before the editor closes.
    QCOMPARE(index.data(Qt::EditRole).toString(),
        code == index.data(TaxMappingModel::AutomaticCodeRole).toString() ? QString() : code);
}

QStringList tst_TaxMappingDialog::remoteLineTaxTypes(const QString &number)
{
    QStringList types;
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("Invoices"))) {
        if (v.toObject().value(QStringLiteral("InvoiceNumber")).toString() != number) {
            continue;
        }
        for (const QJsonValue &line : v.toObject().value(QStringLiteral("LineItems")).toArray()) {
            types << line.toObject().value(QStringLiteral("TaxType")).toString();
        }
    }
    return types;
}

void tst_TaxMappingDialog::emptyStateUntilTheFirstSync()
{
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    auto dialog = openDialog();
    QVERIFY(dialog->showsEmptyState());
    QVERIFY(dialog->emptyState()->isVisible());
    QVERIFY(!dialog->view()->isVisible());
    QCOMPARE(dialog->emptyState()->text(),
        QStringLiteral("Tax rates are read on the first sync with Xero. Sync once, then come back."));
    QVERIFY(!dialog->saveButton()->isEnabled());

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    auto after = openDialog();
    QVERIFY(!after->showsEmptyState());
    QVERIFY(after->view()->isVisible());
    QVERIFY(after->saveButton()->isEnabled());
}

void tst_TaxMappingDialog::emptyStateSaysWhenTaxRatesAreSwitchedOff()
{
    IntegrationRepository repository(m_fx->database(), Clock::system());
    Integration i = repository.findById(m_fx->integration().id).value();
    i.settings.insert(QStringLiteral("tax_rates"),
        QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("direction"), QStringLiteral("from") } });
    QVERIFY(repository.update(i));
    QVERIFY(!SyncSettings::fromJson(i.settings).taxRates.enabled);
    auto dialog = openDialog();
    QVERIFY(dialog->showsEmptyState());
    QVERIFY(dialog->emptyState()->text().contains(QLatin1String("Switch on Tax rates in Edit Settings")));
    QVERIFY(!dialog->saveButton()->isEnabled());
}

void tst_TaxMappingDialog::rowsComeFromTheLastSync()
{
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 140000);
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    auto dialog = openDialog();
    TaxMappingModel &model = *dialog->model();
    const QList<TaxType> local = TaxTypeRepository(m_fx->database(), Clock::system()).page(0, 500).value();
    QCOMPARE(model.rowCount(), local.size());
    QVERIFY(model.rowCount() > 1);

    // Imported from Xero: matched automatically by its own code.
    const int output2 = rowOf(model, QStringLiteral("OUTPUT2"));
    QVERIFY(output2 >= 0);
    QCOMPARE(model.state(output2), TaxMappingModel::State::Automatic);
    QCOMPARE(model.index(output2, TaxMappingModel::StateColumn).data().toString(), QStringLiteral("Automatic"));
    QVERIFY(model.index(output2, TaxMappingModel::CodeColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Automatic (OUTPUT2")));
    QCOMPARE(model.index(output2, TaxMappingModel::RateColumn).data().toString(), QStringLiteral("15.0 %"));

    // Ours, with no code or name Xero knows.
    const int gst = rowOf(model, QStringLiteral("GST15"));
    QVERIFY(gst >= 0);
    QCOMPARE(model.state(gst), TaxMappingModel::State::NoMatch);
    QCOMPARE(model.index(gst, TaxMappingModel::StateColumn).data().toString(),
        QStringLiteral("No match - invoices with this tax type will fail"));
    QCOMPARE(model.index(gst, TaxMappingModel::CodeColumn).data().toString(), QStringLiteral("Automatic (none)"));
    QVERIFY(model.flags(model.index(gst, TaxMappingModel::CodeColumn)) & Qt::ItemIsEditable);

    // The choices are Xero's codes as the sync read them, after "Automatic".
    QStringList offered;
    for (const TaxMappingModel::Choice &c : model.choices(gst)) {
        offered << c.code;
    }
    QCOMPARE(offered.first(), QString());
    QStringList active;
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("TaxRates"))) {
        if (v.toObject().value(QStringLiteral("Status")).toString(QStringLiteral("ACTIVE"))
            == QLatin1String("ACTIVE")) {
            active << v.toObject().value(QStringLiteral("TaxType")).toString();
        }
    }
    QCOMPARE(offered.mid(1), active);
}

void tst_TaxMappingDialog::chosenCodeIsSavedAndSentByTheNextSync()
{
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QJsonObject before = storedSettings();
    auto dialog = openDialog();
    const int gst = rowOf(*dialog->model(), QStringLiteral("GST15"));
    QVERIFY(gst >= 0);
    choose(*dialog, gst, QStringLiteral("OUTPUT2"));
    QCOMPARE(dialog->model()->state(gst), TaxMappingModel::State::Mapped);
    QCOMPARE(dialog->model()->index(gst, TaxMappingModel::StateColumn).data().toString(), QStringLiteral("Mapped"));

    QSignalSpy saved(dialog.get(), &TaxMappingDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    // Only "tax_mapping" changed.
    QJsonObject after = storedSettings();
    QCOMPARE(after.value(QStringLiteral("tax_mapping")).toObject(),
        QJsonObject({ { QStringLiteral("GST15"), QStringLiteral("OUTPUT2") } }));
    after.remove(QStringLiteral("tax_mapping"));
    QCOMPARE(after, before);
    QCOMPARE(after.value(QStringLiteral("connection_id")).toString(), QStringLiteral("conn-1"));

    const Customer c = m_fx->addCustomer(QStringLiteral("Tax mapping customer"));
    const Invoice inv =
        LocalRecords(m_fx->database())
            .addInvoice(c.id, QStringLiteral("LL-MAP-1"), 10000, QStringLiteral("NZD"), QStringLiteral("GST15"));
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment));
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(remoteLineTaxTypes(QStringLiteral("LL-MAP-1")), QStringList { QStringLiteral("OUTPUT2") });
}

void tst_TaxMappingDialog::unknownCodeAsksForAnother()
{
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    setMapping({ { QStringLiteral("GST15"), QStringLiteral("NOPE") } });
    QCOMPARE(m_fx->runSync().result, RunResult::PartlyFailed); // the sync says so too
    auto dialog = openDialog();
    TaxMappingModel &model = *dialog->model();
    const int gst = rowOf(model, QStringLiteral("GST15"));
    QVERIFY(gst >= 0);
    QCOMPARE(model.state(gst), TaxMappingModel::State::UnknownCode);
    QCOMPARE(model.index(gst, TaxMappingModel::StateColumn).data().toString(),
        QStringLiteral("Unknown code - choose another"));
    // Still listed so the combo box shows what is set now, marked as unknown.
    const QList<TaxMappingModel::Choice> choices = model.choices(gst);
    QCOMPARE(choices.constLast().code, QStringLiteral("NOPE"));
    QVERIFY(choices.constLast().label.contains(QLatin1String("unknown")));

    choose(*dialog, gst, QStringLiteral("OUTPUT2"));
    QCOMPARE(model.state(gst), TaxMappingModel::State::Mapped);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(SyncSettings::fromJson(storedSettings()).taxMapping,
        (QHash<QString, QString> { { QStringLiteral("GST15"), QStringLiteral("OUTPUT2") } }));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
}

void tst_TaxMappingDialog::automaticChoiceIsNotStored()
{
    // An entry equal to the automatic match, and one for a tax type not shown (kept as it is).
    setMapping({ { QStringLiteral("OUTPUT2"), QStringLiteral("OUTPUT2") },
        { QStringLiteral("GONE"), QStringLiteral("NONE") } });
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    auto dialog = openDialog();
    TaxMappingModel &model = *dialog->model();
    const int output2 = rowOf(model, QStringLiteral("OUTPUT2"));
    QVERIFY(output2 >= 0);
    QCOMPARE(model.state(output2), TaxMappingModel::State::Automatic);
    choose(*dialog, output2, QStringLiteral("NONE"));
    QCOMPARE(model.state(output2), TaxMappingModel::State::Mapped);
    QVERIFY(model.isModified());
    choose(*dialog, output2, QString());
    QCOMPARE(model.state(output2), TaxMappingModel::State::Automatic);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(SyncSettings::fromJson(storedSettings()).taxMapping,
        (QHash<QString, QString> { { QStringLiteral("GONE"), QStringLiteral("NONE") } }));
}

void tst_TaxMappingDialog::cancelChangesNothing()
{
    addLocalTaxType(QStringLiteral("GST15"), QStringLiteral("Local GST fifteen"), 150000);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Integration before =
        IntegrationRepository(m_fx->database(), Clock::system()).findById(m_fx->integration().id).value();
    auto dialog = openDialog();
    QSignalSpy saved(dialog.get(), &TaxMappingDialog::saved);
    choose(*dialog, rowOf(*dialog->model(), QStringLiteral("GST15")), QStringLiteral("OUTPUT2"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("taxMappingCancelButton")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(saved.count(), 0);
    const Integration after =
        IntegrationRepository(m_fx->database(), Clock::system()).findById(m_fx->integration().id).value();
    QCOMPARE(after.settings, before.settings);
    QCOMPARE(after.updatedAt, before.updatedAt);
}

void tst_TaxMappingDialog::integrationPageAsksForTheDialog()
{
    IntegrationListModel model(m_fx->database(), Clock::system());
    model.refresh();
    IntegrationPage page(model, Clock::system());
    page.setIntegration(m_fx->integration().id);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("taxMappingButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());
    QSignalSpy spy(&page, &IntegrationPage::taxMappingRequested);
    QTest::keyClick(&page, Qt::Key_X, Qt::AltModifier); // its mnemonic (an animated click)
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), m_fx->integration().id);
}

void tst_TaxMappingDialog::desktopWiringOpensTheDialogAndReportsTheSave()
{
    // As DesktopApp builds it: Integration page button -> IntegrationMaintenance -> dialog -> store.
    TestProfile profile;
    AppOptions options;
    options.profileDir = profile.path();
    options.sandboxUrl = m_fx->server().baseUrl();
    auto created = AppContext::create(options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    std::unique_ptr<AppContext> context = std::move(created).value();
    Database &db = context->database();
    SecretStore secrets(db);
    QStringList requested;
    Scheduler scheduler(db, Clock::system(), [&requested](const QString &id, const QString &) { requested << id; });
    MainWindow window(*context);
    IntegrationMaintenance maintenance(*context, secrets, scheduler, nullptr, window);

    Integration integration = m_fx->integration();
    integration.id.clear();
    integration.settings = QJsonObject { { QStringLiteral("poll_minutes"), 15 } };
    const Integration added = IntegrationRepository(db, Clock::system()).insert(integration).value();
    TaxType local;
    local.code = QStringLiteral("GST15");
    local.name = QStringLiteral("Local GST fifteen");
    local.rateE4 = 150000;
    QVERIFY(TaxTypeRepository(db, Clock::system()).insert(local));
    TaxType output2;
    output2.code = QStringLiteral("OUTPUT2");
    output2.name = QStringLiteral("15% GST on Income");
    output2.rateE4 = 150000;
    QVERIFY(ProviderTaxRateRepository(db, Clock::system()).replaceAll(added.id, { output2 }));

    window.resize(1000, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refresh();
    window.openIntegration(added.id);
    IntegrationPage *page = window.integrationsPage()->integrationPage();
    auto *button = page->findChild<QPushButton *>(QStringLiteral("taxMappingButton"));
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    TaxMappingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<TaxMappingDialog *>()) != nullptr && dialog->isVisible());
    QVERIFY(dialog->isModal()); // window-modal, opened without blocking
    QVERIFY(!dialog->showsEmptyState());
    choose(*dialog, rowOf(*dialog->model(), QStringLiteral("GST15")), QStringLiteral("OUTPUT2"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    QTRY_VERIFY(page->messageBar()->text().contains(QLatin1String("Tax mapping saved")));
    QTRY_VERIFY(!window.findChild<TaxMappingDialog *>()); // deleted on close
    const QJsonObject settings = IntegrationRepository(db, Clock::system()).findById(added.id).value().settings;
    QCOMPARE(settings.value(QStringLiteral("poll_minutes")).toInt(), 15);
    QCOMPARE(settings.value(QStringLiteral("tax_mapping")).toObject(),
        QJsonObject({ { QStringLiteral("GST15"), QStringLiteral("OUTPUT2") } }));
    QVERIFY(requested.isEmpty()); // saving does not sync by itself
}

QTEST_MAIN(tst_TaxMappingDialog)
#include "tst_taxmappingdialog.moc"
