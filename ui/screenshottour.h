#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace Ledgerlink {

class AddAppWizard;
class MainWindow;

/// Walks the real window through every screen and writes a PNG of each, then quits: how
/// tools/screenshots.sh makes docs/screenshots/ (set LEDGERLINK_SCREENSHOT_DIR). Authorise and
/// Review are shown with sample answers, as core would give them.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow &window, const QString &directory);

    /// Starts a tour when LEDGERLINK_SCREENSHOT_DIR is set; the tour belongs to the window.
    static void startIfRequested(MainWindow &window);
    void start();

    /// Files written so far.
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void runNext();
    bool shoot(QWidget *widget, const QString &name);
    /// Shoots the newest dialog of that type the window opened, then closes it.
    template <typename Dialog> void shootDialog(const QString &name);
    /// The id of the sample integration of that provider.
    QString integrationOf(const QString &provider) const;
    void clickNext();
    /// Opens the tax mapping of the sample Xero integration with sample provider rates.
    void openTaxMapping();

    MainWindow &m_window;
    QString m_directory;
    QList<std::function<void()>> m_steps;
    QStringList m_written;
    AddAppWizard *m_wizard = nullptr;
    bool m_ok = true;
    qint64 m_failedRun = 0;
};

} // namespace Ledgerlink
