#include "integrationpage.h"

#include "confirmation.h"
#include "integrationcard.h"
#include "integrationlistmodel.h"
#include "providercatalog.h"
#include "sync/synctypes.h"
#include "syncprogresspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerlink {

using Badge = IntegrationListModel::Badge;

IntegrationPage::IntegrationPage(IntegrationListModel &model, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("integrationPage"));
    m_confirmation = new Confirmation(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    m_message = new MessageBar;
    m_message->setObjectName(QStringLiteral("integrationMessage"));
    layout->addWidget(m_message);
    layout->addWidget(buildStatus());
    m_progress = new SyncProgressPanel(clock);
    layout->addWidget(m_progress);
    layout->addWidget(buildActions());
    layout->addStretch();
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &IntegrationPage::updateFromModel);
    // A reset (an integration added or removed) invalidates the row: find it again by id.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { setIntegration(m_integrationId); });
}

QWidget *IntegrationPage::buildHeader()
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_back = new QPushButton(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back to Integrations"));
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &IntegrationPage::backRequested);
    m_logo = new QLabel;
    m_logo->setFixedSize(48, 48);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("integrationTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_title->setFont(font);
    m_badgeIcon = new QLabel;
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("integrationBadge"));
    row->addWidget(m_back);
    row->addSpacing(12);
    row->addWidget(m_logo);
    row->addWidget(m_title, 1);
    row->addWidget(m_badgeIcon);
    row->addWidget(m_badge);
    return header;
}

QWidget *IntegrationPage::buildStatus()
{
    auto *box = new QGroupBox(tr("Status"));
    auto *form = new QFormLayout(box);
    m_enabled = new QCheckBox(tr("&Enabled"));
    m_enabled->setObjectName(QStringLiteral("enabledSwitch"));
    m_enabled->setAccessibleName(tr("Integration enabled"));
    connect(m_enabled, &QCheckBox::clicked, this, &IntegrationPage::enabledClicked);
    m_enabledHint = new QLabel;
    m_enabledHint->setObjectName(QStringLiteral("enabledHint"));
    m_enabledHint->setWordWrap(true);
    auto *enabledRow = new QHBoxLayout;
    enabledRow->addWidget(m_enabled);
    enabledRow->addWidget(m_enabledHint, 1);
    form->addRow(enabledRow);
    m_lastPoll = new QLabel;
    m_lastPoll->setObjectName(QStringLiteral("integrationLastPoll"));
    m_syncNow = new QPushButton(tr("&Sync now"));
    m_syncNow->setObjectName(QStringLiteral("integrationSyncNow"));
    connect(m_syncNow, &QPushButton::clicked, this, [this] { Q_EMIT syncNowRequested(m_integrationId); });
    auto *pollRow = new QHBoxLayout;
    pollRow->addWidget(m_lastPoll, 1);
    pollRow->addWidget(m_syncNow);
    form->addRow(tr("Last successful poll:"), pollRow);
    auto *settingsText = new QLabel(tr("What is kept in step, in which direction, and how often."));
    settingsText->setWordWrap(true);
    m_editSettings = new QPushButton(tr("Edit Se&ttings…"));
    m_editSettings->setObjectName(QStringLiteral("editSettingsButton"));
    m_editSettings->setAccessibleName(tr("Edit the integration's settings"));
    connect(m_editSettings, &QPushButton::clicked, this, [this] { Q_EMIT editSettingsRequested(m_integrationId); });
    // "&Tax" would clash with Edit Se&ttings: x is free on this page.
    m_taxMapping = new QPushButton(tr("Ta&x Mapping…"));
    m_taxMapping->setObjectName(QStringLiteral("taxMappingButton"));
    m_taxMapping->setAccessibleName(tr("Choose the tax code each tax type is sent as"));
    connect(m_taxMapping, &QPushButton::clicked, this, [this] { Q_EMIT taxMappingRequested(m_integrationId); });
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(settingsText, 1);
    settingsRow->addWidget(m_editSettings);
    settingsRow->addWidget(m_taxMapping);
    form->addRow(tr("Settings:"), settingsRow);
    return box;
}

QWidget *IntegrationPage::buildActions()
{
    auto *box = new QGroupBox(tr("Connection"));
    auto *layout = new QVBoxLayout(box);

    auto *reconnectRow = new QHBoxLayout;
    m_reconnectHint = new QLabel;
    m_reconnectHint->setObjectName(QStringLiteral("reconnectHint"));
    m_reconnectHint->setWordWrap(true);
    m_reconnect = new QPushButton(tr("&Reconnect…"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    connect(m_reconnect, &QPushButton::clicked, this, [this] { Q_EMIT reconnectRequested(m_integrationId); });
    reconnectRow->addWidget(m_reconnectHint, 1);
    reconnectRow->addWidget(m_reconnect);
    layout->addLayout(reconnectRow);

    auto *moveRow = new QHBoxLayout;
    auto *moveLabel = new QLabel(tr("Move links to &another organisation:"));
    m_moveTarget = new QComboBox;
    m_moveTarget->setObjectName(QStringLiteral("moveTargetCombo"));
    m_moveTarget->setAccessibleName(tr("Organisation to move the links to"));
    moveLabel->setBuddy(m_moveTarget);
    m_move = new QPushButton(tr("&Move Links…"));
    m_move->setObjectName(QStringLiteral("moveLinksButton"));
    connect(m_move, &QPushButton::clicked, this, &IntegrationPage::confirmMove);
    moveRow->addWidget(moveLabel);
    moveRow->addWidget(m_moveTarget, 1);
    moveRow->addWidget(m_move);
    layout->addLayout(moveRow);

    auto *disconnectRow = new QHBoxLayout;
    auto *disconnectText = new QLabel(tr("Disconnecting stops all syncing and signs Ledgerlink out of the "
                                         "organisation. Your records and their history stay here."));
    disconnectText->setWordWrap(true);
    m_disconnect = new QPushButton(tr("&Disconnect…"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    connect(m_disconnect, &QPushButton::clicked, this, &IntegrationPage::confirmDisconnect);
    disconnectRow->addWidget(disconnectText, 1);
    disconnectRow->addWidget(m_disconnect);
    layout->addLayout(disconnectRow);
    return box;
}

void IntegrationPage::setIntegration(const QString &integrationId)
{
    if (integrationId != m_integrationId) {
        m_progress->reset();
        m_message->clear();
    }
    m_integrationId = integrationId;
    const int row = m_model.rowOfIntegration(integrationId);
    m_index = row >= 0 ? QPersistentModelIndex(m_model.index(row)) : QPersistentModelIndex();
    updateFromModel();
}

QString IntegrationPage::organisation() const
{
    return m_index.data(IntegrationListModel::OrganisationRole).toString();
}

void IntegrationPage::updateFromModel()
{
    const bool valid = m_index.isValid();
    for (QWidget *widget : { static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_syncNow),
             static_cast<QWidget *>(m_moveTarget), static_cast<QWidget *>(m_move), static_cast<QWidget *>(m_disconnect),
             static_cast<QWidget *>(m_editSettings), static_cast<QWidget *>(m_taxMapping) }) {
        widget->setEnabled(valid);
    }
    if (!valid) {
        m_title->setText(tr("This integration no longer exists."));
        m_badge->clear();
        m_badgeIcon->clear();
        m_reconnect->hide();
        m_reconnectHint->hide();
        return;
    }
    const QString provider = m_index.data(IntegrationListModel::ProviderNameRole).toString();
    m_progress->setProviderName(provider);
    m_logo->setPixmap(m_index.data(Qt::DecorationRole).value<QIcon>().pixmap(QSize(48, 48), devicePixelRatioF()));
    m_title->setText(m_index.data(Qt::DisplayRole).toString());
    const auto badge = Badge(m_index.data(IntegrationListModel::BadgeRole).toInt());
    m_badgeIcon->setPixmap(
        QIcon(IntegrationListModel::badgeIconPath(badge)).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_badge->setText(IntegrationListModel::badgeText(badge));
    m_badge->setAccessibleName(tr("State: %1").arg(m_badge->text()));

    const bool enabled = m_index.data(IntegrationListModel::EnabledRole).toBool();
    m_enabled->setChecked(enabled);
    m_enabledHint->setText(enabled ? tr("Ledgerlink checks for changes on its schedule.")
                                   : tr("Nothing is sent or received until you enable it again."));

    const QDateTime last = m_index.data(IntegrationListModel::LastPollRole).toDateTime();
    if (last.isValid()) {
        m_lastPoll->setText(IntegrationCard::utcText(last));
        m_lastPoll->setToolTip(tr("Local time: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_lastPoll->setText(tr("not yet"));
        m_lastPoll->setToolTip({});
    }
    const bool canSync = enabled && (badge == Badge::Active || badge == Badge::Error);
    m_syncNow->setEnabled(canSync);
    m_syncNow->setToolTip(badge == Badge::Syncing ? tr("A sync of this integration is running.")
            : canSync                             ? tr("Sync this integration now")
                                                  : tr("Only an active integration can sync."));

    const bool reauthorise = badge == Badge::NeedsReauthorisation;
    m_reconnect->setVisible(reauthorise);
    m_reconnectHint->setVisible(reauthorise);
    m_reconnectHint->setText(tr("%1 no longer accepts Ledgerlink's sign-in for %2. Reconnect to sign in again; "
                                "nothing syncs until you do.")
                                 .arg(provider, organisation()));
    fillMoveTargets();
}

void IntegrationPage::fillMoveTargets()
{
    const QString current = m_moveTarget->currentData().toString();
    const QString provider = m_index.data(IntegrationListModel::ProviderRole).toString();
    m_moveTarget->clear();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row);
        const QString id = index.data(IntegrationListModel::IdRole).toString();
        if (id != m_integrationId && index.data(IntegrationListModel::ProviderRole).toString() == provider) {
            m_moveTarget->addItem(index.data(IntegrationListModel::OrganisationRole).toString(), id);
        }
    }
    if (const int keep = m_moveTarget->findData(current); keep >= 0) {
        m_moveTarget->setCurrentIndex(keep);
    }
    const bool any = m_moveTarget->count() > 0;
    m_moveTarget->setEnabled(any);
    m_move->setEnabled(any);
    m_move->setToolTip(any ? tr("Point the links of this organisation's records at the chosen organisation.")
                           : tr("Connect another organisation of %1 first.")
                                 .arg(m_index.data(IntegrationListModel::ProviderNameRole).toString()));
}

void IntegrationPage::enabledClicked(bool checked)
{
    const QString id = m_integrationId;
    if (checked) {
        m_message->showMessage(MessageBar::Kind::Information,
            tr("Enabled. A full sync starts now to catch up with everything that changed while it was off."));
        Q_EMIT enableRequested(id);
        return;
    }
    // Stays on until the admin confirms; the model's refresh then shows the stored state.
    m_enabled->setChecked(true);
    Confirmation::Question question;
    question.title = tr("Disable this integration?");
    question.text = tr("Disable the integration with %1?").arg(organisation());
    question.informativeText = tr("Nothing will update while it is disabled: new and changed customers, items, "
                                  "invoices and payments are neither sent nor received. When you enable it again, "
                                  "a full sync catches up.");
    question.acceptText = tr("&Disable");
    m_confirmation->ask(question, [this, id](bool accepted) {
        if (!accepted || id != m_integrationId) {
            return;
        }
        m_enabled->setChecked(false);
        m_enabledHint->setText(tr("Nothing is sent or received until you enable it again."));
        Q_EMIT disableRequested(id);
    });
}

void IntegrationPage::confirmDisconnect()
{
    const QString id = m_integrationId;
    const QString provider = m_index.data(IntegrationListModel::ProviderNameRole).toString();
    Confirmation::Question question;
    question.title = tr("Disconnect this integration?");
    question.text = tr("Disconnect Ledgerlink from %1 in %2?").arg(organisation(), provider);
    question.informativeText = tr("Ledgerlink tells %1 to forget its sign-in and removes the stored keys from this "
                                  "computer. Your customers, invoices, payments, their links and the history stay "
                                  "here, so you can connect again later.")
                                   .arg(provider);
    question.acceptText = tr("&Disconnect");
    m_confirmation->ask(question, [this, id](bool accepted) {
        if (accepted && id == m_integrationId) {
            Q_EMIT disconnectRequested(id);
        }
    });
}

void IntegrationPage::confirmMove()
{
    const QString from = m_integrationId;
    const QString to = m_moveTarget->currentData().toString();
    if (to.isEmpty()) {
        return;
    }
    Confirmation::Question question;
    question.title = tr("Move links to another organisation?");
    question.text = tr("Move every link of %1 to %2?").arg(organisation(), m_moveTarget->currentText());
    question.informativeText = tr("Records that were synced with %1 will from now on be updated in %2 instead. "
                                  "Use this when the business moved to a new organisation that holds the same "
                                  "records. Nothing is sent until the next sync.")
                                   .arg(organisation(), m_moveTarget->currentText());
    question.acceptText = tr("&Move Links");
    m_confirmation->ask(question, [this, from, to](bool accepted) {
        if (accepted && from == m_integrationId) {
            Q_EMIT moveLinksRequested(from, to);
        }
    });
}

void IntegrationPage::showRunStarted(const QString &integrationId, qint64 runId)
{
    if (integrationId == m_integrationId) {
        m_progress->showStarted(runId);
    }
}

void IntegrationPage::showPhase(const RunProgress &progress)
{
    if (progress.integrationId == m_integrationId) {
        m_progress->showPhase(progress);
    }
}

void IntegrationPage::showProgress(const RunProgress &progress)
{
    if (progress.integrationId == m_integrationId) {
        m_progress->showProgress(progress);
    }
}

void IntegrationPage::showRateLimitWait(const QString &integrationId, const QDateTime &until, const QString &reason)
{
    if (integrationId == m_integrationId) {
        m_progress->showWaiting(until, reason);
    }
}

void IntegrationPage::showRunFinished(const RunSummary &summary)
{
    if (summary.integrationId == m_integrationId) {
        m_progress->showFinished(summary);
    }
}

void IntegrationPage::showMessage(const QString &integrationId, MessageBar::Kind kind, const QString &text)
{
    if (integrationId == m_integrationId) {
        m_message->showMessage(kind, text);
    }
}

} // namespace Ledgerlink
