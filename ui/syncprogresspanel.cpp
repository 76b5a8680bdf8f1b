#include "syncprogresspanel.h"

#include "clock.h"
#include "sync/synctypes.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

namespace Ledgerlink {

SyncProgressPanel::SyncProgressPanel(Clock &clock, QWidget *parent)
    : QGroupBox(tr("Progress"), parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("syncProgressPanel"));
    auto *form = new QFormLayout(this);
    m_phase = new QLabel;
    m_phase->setObjectName(QStringLiteral("progressPhase"));
    m_entity = new QLabel;
    m_entity->setObjectName(QStringLiteral("progressEntity"));
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_wait = new QLabel;
    m_wait->setObjectName(QStringLiteral("progressWait"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("progressResult"));
    m_result->setWordWrap(true);
    form->addRow(tr("Phase:"), m_phase);
    form->addRow(tr("Records:"), m_entity);
    form->addRow(m_bar);
    form->addRow(m_wait);
    form->addRow(m_result);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SyncProgressPanel::updateCountdown);
    reset();
}

QString SyncProgressPanel::phaseDescription(const QString &phase)
{
    if (phase == QLatin1String("recovery")) {
        return tr("Checking writes an earlier run left unfinished");
    }
    if (phase == QLatin1String("reference data")) {
        return tr("Reading tax rates and accounts");
    }
    if (phase == QLatin1String("customers")) {
        return tr("Matching customers");
    }
    if (phase == QLatin1String("items")) {
        return tr("Keeping items in step");
    }
    if (phase == QLatin1String("invoices")) {
        return tr("Sending invoices");
    }
    if (phase == QLatin1String("payments")) {
        return tr("Receiving payments");
    }
    return phase;
}

QString SyncProgressPanel::entityName(const QString &phase)
{
    if (phase == QLatin1String("customers")) {
        return tr("Customers");
    }
    if (phase == QLatin1String("items")) {
        return tr("Items");
    }
    if (phase == QLatin1String("invoices")) {
        return tr("Invoices");
    }
    if (phase == QLatin1String("payments")) {
        return tr("Payments");
    }
    if (phase == QLatin1String("reference data")) {
        return tr("Tax rates and accounts");
    }
    return tr("Unfinished writes");
}

QString SyncProgressPanel::countdownText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const QString secs = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(secs);
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(secs);
}

void SyncProgressPanel::reset()
{
    m_running = false;
    m_countdown->stop();
    m_waitUntil = {};
    m_phase->setText(tr("No sync running"));
    m_entity->clear();
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setEnabled(false);
    m_wait->clear();
    m_wait->hide();
    m_result->clear();
    m_result->hide();
}

void SyncProgressPanel::showStarted(qint64 runId)
{
    reset();
    m_running = true;
    m_phase->setText(tr("Starting…"));
    m_bar->setEnabled(true);
    m_bar->setRange(0, 0); // busy until the first count arrives
    m_bar->setAccessibleDescription(tr("Run %1").arg(runId));
}

void SyncProgressPanel::showPhase(const RunProgress &progress)
{
    m_running = true;
    m_bar->setEnabled(true);
    m_phase->setText(phaseDescription(progress.phase));
    showProgress(progress);
}

void SyncProgressPanel::showProgress(const RunProgress &progress)
{
    m_running = true;
    m_entity->setText(progress.total > 0
            ? tr("%1: %2 of %3").arg(entityName(progress.phase)).arg(progress.done).arg(progress.total)
            : entityName(progress.phase));
    if (progress.total > 0) {
        m_bar->setRange(0, progress.total);
        m_bar->setValue(qBound(0, progress.done, progress.total));
    } else {
        m_bar->setRange(0, 0);
    }
    // Progress means the provider answered again: the wait is over.
    if (m_waitUntil.isValid() && m_clock.now() >= m_waitUntil) {
        m_countdown->stop();
        m_waitUntil = {};
        m_wait->hide();
    }
}

void SyncProgressPanel::showWaiting(const QDateTime &until, const QString &reason)
{
    m_waitUntil = until;
    m_wait->setToolTip(reason);
    m_wait->show();
    updateCountdown();
    m_countdown->start();
}

void SyncProgressPanel::updateCountdown()
{
    if (!m_waitUntil.isValid()) {
        m_countdown->stop();
        return;
    }
    const qint64 left = (m_clock.now().msecsTo(m_waitUntil) + 999) / 1000;
    if (left <= 0) {
        m_countdown->stop();
        m_waitUntil = {};
        m_wait->hide();
        return;
    }
    const QString provider = m_providerName.isEmpty() ? tr("the provider") : m_providerName;
    m_wait->setText(tr("Waiting for %1's rate limit — %2").arg(provider, countdownText(left)));
}

void SyncProgressPanel::showFinished(const RunSummary &summary)
{
    const QString message = summary.message;
    reset();
    switch (summary.result) {
    case RunResult::Succeeded:
        m_phase->setText(tr("Last run finished"));
        break;
    case RunResult::Running:
        break;
    case RunResult::PartlyFailed:
        m_phase->setText(tr("Last run finished with failed records"));
        break;
    case RunResult::Failed:
        m_phase->setText(tr("Last run failed"));
        break;
    case RunResult::Cancelled:
        m_phase->setText(tr("Last run was cancelled"));
        break;
    }
    if (!message.isEmpty()) {
        m_result->setText(message);
        m_result->show();
    }
}

QString SyncProgressPanel::phaseText() const
{
    return m_phase->text();
}

QString SyncProgressPanel::entityText() const
{
    return m_entity->text();
}

QString SyncProgressPanel::waitText() const
{
    return m_wait->isHidden() ? QString() : m_wait->text();
}

int SyncProgressPanel::progressValue() const
{
    return m_bar->value();
}

int SyncProgressPanel::progressMaximum() const
{
    return m_bar->maximum();
}

} // namespace Ledgerlink
