#include "configurepage.h"
#include "editsettingsdialog.h"
#include "messagebar.h"
#include "settingsdraft.h"
#include "sync/syncsettings.h"
#include "tst_ui2fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Ledgerlink;

namespace {

template <typename T> T *child(QWidget &widget, const char *name)
{
    return widget.findChild<T *>(QString::fromLatin1(name));
}

QList<Account> chart()
{
    Account bank;
    bank.id = 1;
    bank.code = QStringLiteral("090");
    bank.name = QStringLiteral("Business Bank Account");
    bank.type = QStringLiteral("BANK");
    Account sales;
    sales.id = 2;
    sales.code = QStringLiteral("200");
    sales.name = QStringLiteral("Sales");
    sales.type = QStringLiteral("REVENUE");
    Account other;
    other.id = 3;
    other.code = QStringLiteral("260");
    other.name = QStringLiteral("Other Revenue");
    other.type = QStringLiteral("REVENUE");
    return { bank, sales, other };
}

// Settings as the wizard and the CLI leave them, plus keys the Configure page does not edit.
QJsonObject storedSettings()
{
    return QJsonObject { { QStringLiteral("customers"),
                             QJsonObject { { QStringLiteral("enabled"), true },
                                 { QStringLiteral("direction"), QStringLiteral("from") } } },
        { QStringLiteral("invoices"),
            QJsonObject {
                { QStringLiteral("enabled"), false }, { QStringLiteral("direction"), QStringLiteral("to") } } },
        { QStringLiteral("invoice_trigger_status"), QStringLiteral("PAID") }, { QStringLiteral("poll_minutes"), 30 },
        { QStringLiteral("start_date"), QStringLiteral("2026-01-01") },
        { QStringLiteral("sales_account_code"), QStringLiteral("260") },
        { QStringLiteral("connection_id"), QStringLiteral("conn-1") }, { QStringLiteral("full_reconcile_hours"), 12 },
        { QStringLiteral("customer_matching"),
            QJsonObject {
                { QStringLiteral("link"), QJsonObject { { QStringLiteral("7"), QStringLiteral("remote-7") } } },
                { QStringLiteral("skip"), QJsonArray { 8 } } } } };
}

} // namespace

class tst_EditSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void prefilledFromSettings();
    void saveWritesAnswersAndKeepsTheRest();
    void changedPollIntervalReschedules();
    void invalidAnswersAreNotSaved();
    void cancelChangesNothing();
    void clearedAccountIsRemoved();
    void mnemonicsAreUnique();

private:
    QString addIntegration();
    Integration stored(const QString &id);

    std::unique_ptr<Ui2Fixture> m_fixture;
};

void tst_EditSettingsDialog::init()
{
    m_fixture = std::make_unique<Ui2Fixture>();
    QVERIFY(m_fixture->ok());
}

void tst_EditSettingsDialog::cleanup()
{
    m_fixture.reset();
}

QString tst_EditSettingsDialog::addIntegration()
{
    const QString id = m_fixture->addIntegration(QStringLiteral("xero"), QStringLiteral("Demo Company"));
    IntegrationRepository repository(m_fixture->db(), m_fixture->clock());
    Integration integration = repository.findById(id).value();
    integration.settings = storedSettings();
    integration.lastSuccessfulPollAt = m_fixture->clock().now().addSecs(-600);
    integration.nextPollAt = integration.lastSuccessfulPollAt.addSecs(30 * 60);
    return repository.update(integration) ? id : QString();
}

Integration tst_EditSettingsDialog::stored(const QString &id)
{
    return IntegrationRepository(m_fixture->db(), m_fixture->clock()).findById(id).value();
}

void tst_EditSettingsDialog::prefilledFromSettings()
{
    const QString id = addIntegration();
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), stored(id), chart());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("Demo Company")));
    QCOMPARE(child<QSpinBox>(dialog, "pollMinutesSpin")->value(), 30);
    QVERIFY(child<QCheckBox>(dialog, "customersCheck")->isChecked());
    QCOMPARE(
        child<QComboBox>(dialog, "customerDirectionCombo")->currentData().toInt(), int(SyncDirection::FromProvider));
    QVERIFY(!child<QCheckBox>(dialog, "invoicesCheck")->isChecked());
    QCOMPARE(child<QComboBox>(dialog, "triggerStatusCombo")->currentData().toString(), QStringLiteral("PAID"));
    QCOMPARE(child<QComboBox>(dialog, "salesAccountCombo")->currentData().toString(), QStringLiteral("260"));
    // Missing keys take the engine's defaults (items: on).
    QVERIFY(child<QCheckBox>(dialog, "itemsCheck")->isChecked());
    auto *save = child<QPushButton>(dialog, "editSettingsSaveButton");
    QVERIFY(save->isDefault());
    QVERIFY(save->text().contains(QLatin1Char('&')));
}

void tst_EditSettingsDialog::saveWritesAnswersAndKeepsTheRest()
{
    const QString id = addIntegration();
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), stored(id), chart());
    QSignalSpy saved(&dialog, &EditSettingsDialog::saved);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    child<QCheckBox>(dialog, "itemsCheck")->setChecked(false);
    child<QCheckBox>(dialog, "invoicesCheck")->setChecked(true);
    auto *direction = child<QComboBox>(dialog, "customerDirectionCombo");
    direction->setCurrentIndex(direction->findData(int(SyncDirection::Both)));
    QTest::mouseClick(child<QPushButton>(dialog, "editSettingsSaveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(accepted.count(), 1);

    const QJsonObject json = stored(id).settings;
    const SyncSettings settings = SyncSettings::fromJson(json);
    QVERIFY(!settings.items.enabled);
    QVERIFY(settings.invoices.enabled);
    QCOMPARE(settings.customers.direction, SyncSettings::Direction::Both);
    QCOMPARE(settings.triggerStatus, InvoiceStatus::Paid);
    QCOMPARE(settings.startDate, QDate(2026, 1, 1));
    QCOMPARE(settings.defaultAccountCode, QStringLiteral("260"));
    // What the Configure page does not edit stays as it was.
    QCOMPARE(json.value(QStringLiteral("connection_id")).toString(), QStringLiteral("conn-1"));
    QCOMPARE(settings.fullReconcileHours, 12);
    QCOMPARE(settings.customerMatching.link.value(7), QStringLiteral("remote-7"));
    QVERIFY(settings.customerMatching.skip.contains(8));
    // Same interval: the next poll is not moved.
    QCOMPARE(stored(id).nextPollAt, stored(id).lastSuccessfulPollAt.addSecs(30 * 60));
}

void tst_EditSettingsDialog::changedPollIntervalReschedules()
{
    const QString id = addIntegration();
    const Integration before = stored(id);
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), before, chart());
    QSignalSpy saved(&dialog, &EditSettingsDialog::saved);
    dialog.show();
    child<QSpinBox>(dialog, "pollMinutesSpin")->setValue(60);
    dialog.save();
    QCOMPARE(saved.count(), 1);
    const Integration after = stored(id);
    QCOMPARE(SyncSettings::fromJson(after.settings).pollMinutes, 60);
    QCOMPARE(after.nextPollAt, before.lastSuccessfulPollAt.addSecs(60 * 60));
    QCOMPARE(saved.first().first().value<Integration>().nextPollAt, after.nextPollAt);
}

void tst_EditSettingsDialog::invalidAnswersAreNotSaved()
{
    const QString id = addIntegration();
    const QJsonObject before = stored(id).settings;
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), stored(id), chart());
    QSignalSpy saved(&dialog, &EditSettingsDialog::saved);
    dialog.show();
    for (const char *name : { "customersCheck", "itemsCheck", "taxRatesCheck", "accountsCheck", "invoicesCheck",
             "creditNotesCheck", "paymentsCheck" }) {
        child<QCheckBox>(dialog, name)->setChecked(false);
    }
    QTest::mouseClick(child<QPushButton>(dialog, "editSettingsSaveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.isVisible());
    auto *message = child<MessageBar>(dialog, "configureMessage");
    QCOMPARE(message->kind(), MessageBar::Kind::Error);
    QVERIFY(message->text().contains(QLatin1String("Tick at least one")));
    QCOMPARE(stored(id).settings, before);
}

void tst_EditSettingsDialog::cancelChangesNothing()
{
    const QString id = addIntegration();
    const QJsonObject before = stored(id).settings;
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), stored(id), chart());
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    child<QSpinBox>(dialog, "pollMinutesSpin")->setValue(90);
    QTest::mouseClick(child<QPushButton>(dialog, "editSettingsCancelButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(stored(id).settings, before);
}

void tst_EditSettingsDialog::clearedAccountIsRemoved()
{
    const QString id = addIntegration();
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), stored(id), chart());
    dialog.show();
    child<QComboBox>(dialog, "salesAccountCombo")->setCurrentIndex(0); // the provider's default account
    dialog.save();
    const QJsonObject json = stored(id).settings;
    QVERIFY(!json.contains(QStringLiteral("sales_account_code")));
    QVERIFY(SyncSettings::fromJson(json).defaultAccountCode.isEmpty());
}

// Alt+letter must reach one control: the dialog's buttons share the window with the page's fields.
void tst_EditSettingsDialog::mnemonicsAreUnique()
{
    const QString id = addIntegration();
    EditSettingsDialog dialog(m_fixture->db(), m_fixture->clock(), stored(id), chart());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList texts;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->isVisible()) {
            texts << button->text();
        }
    }
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy()) {
            texts << label->text();
        }
    }
    for (QGroupBox *box : dialog.findChildren<QGroupBox *>()) {
        if (box->isVisible()) {
            texts << box->title();
        }
    }
    QHash<QChar, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == QLatin1Char('&')) {
            continue;
        }
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("\"%1\" and \"%2\"").arg(seen.value(key), text)));
        seen.insert(key, text);
    }
    QVERIFY(seen.size() >= 10);
}

QTEST_MAIN(tst_EditSettingsDialog)
#include "tst_editsettingsdialog.moc"
