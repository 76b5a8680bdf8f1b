#pragma once

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QProgressBar;
class QTimer;

namespace Ledgerlink {

class Clock;
struct RunProgress;
struct RunSummary;

/// The live progress area of the Integration page: phase, entity, a progress bar and, while the
/// provider makes us wait, "Waiting for Xero's rate limit — 0:42" counting down. Fed only by the
/// sync engine's signals (forwarded by the page); time comes from the injected Clock.
class SyncProgressPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SyncProgressPanel(Clock &clock, QWidget *parent = nullptr);

    /// The provider's name in the rate-limit line ("Xero").
    void setProviderName(const QString &name) { m_providerName = name; }

    QString phaseText() const;
    QString entityText() const;
    QString waitText() const;
    int progressValue() const;
    int progressMaximum() const;
    bool isRunning() const { return m_running; }

    /// "customers" -> "Matching customers"; unknown phases are shown as they come.
    static QString phaseDescription(const QString &phase);
    static QString entityName(const QString &phase);
    /// 42 s -> "0:42"; 3725 s -> "1:02:05".
    static QString countdownText(qint64 seconds);

public Q_SLOTS:
    void showStarted(qint64 runId);
    void showPhase(const Ledgerlink::RunProgress &progress);
    void showProgress(const Ledgerlink::RunProgress &progress);
    void showWaiting(const QDateTime &until, const QString &reason);
    void showFinished(const Ledgerlink::RunSummary &summary);
    /// Forgets everything (another integration is shown).
    void reset();
    /// Re-computes the countdown from the clock (the one-second timer calls it).
    void updateCountdown();

private:
    Clock &m_clock;
    QString m_providerName;
    QLabel *m_phase = nullptr;
    QLabel *m_entity = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_wait = nullptr;
    QLabel *m_result = nullptr;
    QTimer *m_countdown = nullptr;
    QDateTime m_waitUntil;
    bool m_running = false;
};

} // namespace Ledgerlink
