#include "integrationactions.h"

#include "appcontext.h"
#include "cli/disconnectjob.h"
#include "clock.h"
#include "mainwindow.h"
#include "store/integrationrepository.h"
#include "sync/linkmover.h"
#include "sync/syncthread.h"

#include <QTextStream>

#include <memory>

namespace Ledgerlink {

IntegrationActions::IntegrationActions(AppContext &context, SyncThread &sync, MainWindow &window)
    : QObject(nullptr)
    , m_context(context)
    , m_sync(sync)
{
    MainWindow *const windowPtr = &window;
    connectTo(windowPtr);
}

void IntegrationActions::connectTo(MainWindow *window)
{
    // Enabled switch: the admin confirmed in the page; store it, then refresh shows it. Enabling runs
    // a full sync to catch up with what changed while it was off.
    const auto setEnabled = [this, window](const QString &id, bool enabled) {
        IntegrationRepository repository(m_context.database(), Clock::system());
        Result<Integration> found = repository.findById(id);
        if (!found) {
            window->showIntegrationResult(id, true, found.error().userMessage());
            return false;
        }
        Integration integration = found.value();
        integration.enabled = enabled;
        if (!enabled) {
            integration.state = IntegrationState::NotEnabled;
        } else if (integration.state == IntegrationState::NotEnabled) {
            integration.state = IntegrationState::Active;
        }
        Result<Integration> saved = repository.update(integration);
        window->showIntegrationResult(id, !saved,
            !saved        ? saved.error().userMessage()
                : enabled ? tr("Enabled. A full sync has started.")
                          : tr("Disabled. Nothing is sent or received until you enable it again."));
        return bool(saved);
    };
    connect(window, &MainWindow::enableRequested, this, [this, setEnabled](const QString &id) {
        if (setEnabled(id, true)) {
            m_sync.requestRun(id, QStringLiteral("activation"), true);
        }
    });
    connect(window, &MainWindow::disableRequested, this, [setEnabled](const QString &id) { setEnabled(id, false); });

    // Move links: LinkMover re-points them in one transaction (both sync locks held); the target's
    // next run, started here, finds the records again in the other organisation before sending.
    connect(window, &MainWindow::moveLinksRequested, this, [this, window](const QString &from, const QString &to) {
        const Result<LinkMover::Summary> moved = LinkMover(m_context.database(), Clock::system()).move(from, to);
        if (!moved) {
            window->showIntegrationResult(from, true, moved.error().userMessage());
            return;
        }
        const int records = moved->lookedUp + moved->rematched;
        Result<Integration> target = IntegrationRepository(m_context.database(), Clock::system()).findById(to);
        const bool runs = target && target->enabled;
        if (runs) {
            m_sync.requestRun(to, QStringLiteral("move"), true);
        }
        window->showIntegrationResult(from, false,
            runs ? tr("%n record(s) moved. A full sync of the other organisation has started: it finds them "
                      "there before sending anything.",
                nullptr, records)
                 : tr("%n record(s) moved. Enable the other organisation's integration to find them there.", nullptr,
                     records));
    });

    // Disconnect: DisconnectJob does the keychain reads GrantRevocation::Request needs (client
    // secret, access token for Xero's DELETE /connections, refresh token), runs GrantRevocation,
    // and marks the integration Not enabled without a grant; records, links and history stay.
    connect(window, &MainWindow::disconnectRequested, this, [this, window](const QString &id) {
        struct Streams
        {
            QString out;
            QString err;
            QTextStream outStream { &out };
            QTextStream errStream { &err };
        };
        auto streams = std::make_shared<Streams>();
        AppOptions options = m_context.options();
        options.sandboxUrl = m_context.sandboxUrl(); // --demo starts its sandbox after parsing
        auto *job = new DisconnectJob(options, id, streams->outStream, streams->errStream, window);
        QObject::connect(job, &DisconnectJob::finished, window, [window, job, id, streams](int exitCode) {
            job->deleteLater();
            streams->outStream.flush();
            streams->errStream.flush();
            const QString message = (exitCode == 0 ? streams->out : streams->err + streams->out).trimmed();
            window->showIntegrationResult(id, exitCode != 0, message);
        });
        job->start();
    });
}

} // namespace Ledgerlink
