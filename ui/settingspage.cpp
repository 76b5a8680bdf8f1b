#include "settingspage.h"

#include "autostartentry.h"
#include "logging.h"
#include "messagebar.h"
#include "settings.h"
#include "store/databaselocation.h"
#include "translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ledgerlink {

namespace {

enum BackendIndex {
    DefaultLocation,
    SqliteFile,
    PostgresServer,
};

} // namespace

SettingsPage::SettingsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QHBoxLayout(this);
    auto *content = new QWidget;
    content->setMaximumWidth(720); // forms stay readable on a wide window
    outer->addWidget(content, 1);
    outer->addStretch(0);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings").toHtmlEscaped()));
    layout->addWidget(heading);

    auto *syncBox = new QGroupBox(tr("Synchronisation"));
    auto *syncForm = new QFormLayout(syncBox);
    syncForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_pollMinutes = new QSpinBox;
    m_pollMinutes->setObjectName(QStringLiteral("defaultPollSpin"));
    m_pollMinutes->setRange(5, 24 * 60);
    m_pollMinutes->setSuffix(tr(" minutes"));
    m_pollMinutes->setToolTip(tr("Used for new integrations; each integration can change it in its settings."));
    syncForm->addRow(tr("&Check for changes every:"), m_pollMinutes);
    layout->addWidget(syncBox);

    auto *dbBox = new QGroupBox(tr("Database"));
    auto *dbForm = new QFormLayout(dbBox);
    m_backend = new QComboBox;
    m_backend->setObjectName(QStringLiteral("databaseBackendCombo"));
    m_backend->addItem(tr("On this computer (default)"));
    m_backend->addItem(tr("SQLite file"));
    m_backend->addItem(tr("PostgreSQL server"));
    dbForm->addRow(tr("&Keep data:"), m_backend);
    auto *locationRow = new QHBoxLayout;
    m_location = new QLineEdit;
    m_location->setObjectName(QStringLiteral("databaseLocationEdit"));
    m_location->setAccessibleName(tr("Database location"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("databaseBrowseButton"));
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *locationLabel = new QLabel(tr("&Location:"));
    locationLabel->setBuddy(m_location);
    dbForm->addRow(locationLabel, locationRow);
    auto *dbNote = new QLabel(tr("A PostgreSQL server lets several office computers share one database. A new "
                                 "location takes effect the next time Ledgerlink starts; your data is not moved."));
    dbNote->setWordWrap(true);
    dbNote->setEnabled(false);
    dbForm->addRow(dbNote);
    layout->addWidget(dbBox);

    auto *appBox = new QGroupBox(tr("Application"));
    auto *appForm = new QFormLayout(appBox);
    appForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Translator::availableLanguages()) {
        m_language->addItem(Translator::languageName(code), code);
    }
    appForm->addRow(tr("Lan&guage:"), m_language);
    m_startMinimised = new QCheckBox(tr("Start &minimised to the system tray"));
    m_startMinimised->setObjectName(QStringLiteral("startMinimisedCheck"));
    appForm->addRow(m_startMinimised);
    layout->addWidget(appBox);

    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("settingsSaveButton"));
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("settingsRevertButton"));
    layout->addWidget(buttons);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::load);
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseForFile);
    connect(m_pollMinutes, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_backend, &QComboBox::currentIndexChanged, this, [this] {
        updateLocationPlaceholder();
        markDirty();
    });
    connect(m_location, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::markDirty);
    connect(m_startMinimised, &QCheckBox::toggled, this, &SettingsPage::markDirty);
    load();
}

void SettingsPage::load()
{
    m_loading = true;
    m_pollMinutes->setValue(m_settings.defaultPollMinutes());
    const QString location = m_settings.databaseLocation();
    if (location.isEmpty()) {
        m_backend->setCurrentIndex(DefaultLocation);
    } else if (location.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) {
        m_backend->setCurrentIndex(PostgresServer);
    } else {
        m_backend->setCurrentIndex(SqliteFile);
    }
    m_location->setText(location);
    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(qMax(0, language));
    m_startMinimised->setChecked(m_settings.value(Settings::Key::StartMinimised).toBool());
    updateLocationPlaceholder();
    m_message->clear();
    m_loading = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

void SettingsPage::updateLocationPlaceholder()
{
    const int backend = m_backend->currentIndex();
    m_location->setEnabled(backend != DefaultLocation);
    m_browse->setEnabled(backend == SqliteFile);
    m_location->setPlaceholderText(backend == PostgresServer ? QStringLiteral("postgresql://user@host:5432/ledgerlink")
                                                             : tr("Path of an SQLite file"));
}

void SettingsPage::markDirty()
{
    if (m_loading) {
        return;
    }
    m_message->clear();
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
}

void SettingsPage::browseForFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Database File"), m_location->text(),
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty()) {
        m_location->setText(file);
        markDirty();
    }
}

bool SettingsPage::save()
{
    QString location;
    if (m_backend->currentIndex() != DefaultLocation) {
        const QString text = m_location->text().trimmed();
        const bool wantsPostgres = m_backend->currentIndex() == PostgresServer;
        if (text.isEmpty()) {
            m_message->showError(wantsPostgres ? tr("Enter the address of the PostgreSQL database, such as "
                                                    "postgresql://user@server:5432/ledgerlink.")
                                               : tr("Enter the path of the SQLite file, or choose one with Browse."));
            m_location->setFocus();
            return false;
        }
        const Result<DatabaseLocation> parsed = DatabaseLocation::parse(text);
        if (!parsed) {
            m_message->showError(parsed.error().userMessage());
            m_location->setFocus();
            return false;
        }
        if (wantsPostgres != (parsed->backend() == DatabaseLocation::Backend::Postgres)) {
            m_message->showError(wantsPostgres ? tr("This is not a PostgreSQL address. Write it as "
                                                    "postgresql://user@server:5432/database.")
                                               : tr("This is a PostgreSQL address. Choose PostgreSQL server above, "
                                                    "or enter the path of an SQLite file."));
            m_location->setFocus();
            return false;
        }
        location = parsed->isSqlite() ? parsed->filePath() : parsed->toDisplayString();
    }
    const bool locationChanged = location != m_settings.databaseLocation();
    const bool languageChanged = m_language->currentData().toString() != m_settings.language();
    m_settings.setValue(Settings::Key::DefaultPollMinutes, m_pollMinutes->value());
    if (location.isEmpty()) {
        m_settings.remove(Settings::Key::DatabaseLocation);
    } else {
        m_settings.setValue(Settings::Key::DatabaseLocation, location);
    }
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(Settings::Key::StartMinimised, m_startMinimised->isChecked());
    m_settings.sync();
    // Start at login: the XDG autostart entry follows the option (ui/autostartentry.h).
    const Status autostart = AutostartEntry().setEnabled(m_startMinimised->isChecked());
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    if (!autostart) {
        qCWarning(lcUi) << "autostart entry:" << autostart.error().detail();
        m_message->showError(autostart.error().userMessage());
    } else if (locationChanged || languageChanged) {
        m_message->showMessage(MessageBar::Kind::Information,
            tr("Saved. The new database location and language take effect the next time "
               "Ledgerlink starts."));
    } else {
        m_message->showMessage(MessageBar::Kind::Information, tr("Saved."));
    }
    Q_EMIT saved();
    return true;
}

} // namespace Ledgerlink
