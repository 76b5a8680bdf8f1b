#include "storeopener.h"

#include "auth/databasepasswords.h"
#include "auth/secretjob.h"
#include "logging.h"

#include <QTimer>

namespace Ledgerlink {

StoreOpener::StoreOpener(QObject *parent)
    : QObject(parent)
{ }

StoreOpener::~StoreOpener() = default;

void StoreOpener::open(const AppOptions &options)
{
    if (m_started) {
        return;
    }
    m_started = true;
    const Result<DatabaseLocation> location = AppContext::location(options);
    if (!location || location->isSqlite()) {
        // Deferred so that finished() always comes from the event loop.
        QTimer::singleShot(0, this, [this, options] { create(options, QString(), false); });
        return;
    }
    m_passwords = new DatabasePasswords(this);
    SecretJob *job = m_passwords->read(*location);
    connect(job, &SecretJob::finished, this, [this, job, options](const Result<QByteArray> &password) {
        if (password) {
            create(options, QString::fromUtf8(password.value()), false);
        } else if (job->notFound()) {
            qCInfo(lcStore) << "No PostgreSQL password in the keychain; connecting without one";
            create(options, QString(), true);
        } else {
            finish(password.error());
        }
    });
}

void StoreOpener::create(const AppOptions &options, const QString &password, bool passwordMissing)
{
    Result<std::unique_ptr<AppContext>> context = AppContext::create(options, password);
    if (!context) {
        if (passwordMissing) {
            const Error &error = context.error();
            finish(Error(error.kind(),
                error.userMessage() + QLatin1Char(' ')
                    + tr("No password for this database is stored in the keychain; store it with "
                         "\"ledgerlink database-password --database URL\" (it reads the password from "
                         "standard input)."),
                error.detail()));
            return;
        }
        finish(context.error());
        return;
    }
    m_context = std::move(context).value();
    finish(Status());
}

void StoreOpener::finish(const Status &status)
{
    Q_EMIT finished(status);
}

} // namespace Ledgerlink
