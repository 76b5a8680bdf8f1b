#include "databasepasswords.h"

#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "store/database.h"

#include <QTimer>

namespace Ledgerlink {

DatabasePasswords::DatabasePasswords(QObject *parent)
    : QObject(parent)
{
    // ":memory:" is SQLite's private in-memory database: nothing reaches the disk.
    Result<std::unique_ptr<Database>> catalogue =
        Database::open(DatabaseLocation::sqliteFile(QStringLiteral(":memory:")));
    if (!catalogue) {
        m_catalogueError = catalogue.error();
        return;
    }
    m_catalogue = std::move(catalogue).value();
    m_secrets = std::make_unique<SecretStore>(*m_catalogue);
}

DatabasePasswords::~DatabasePasswords() = default;

SecretJob *DatabasePasswords::failedJob(const Error &error)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, ownerId(), QString(), this);
    QTimer::singleShot(0, job, [job, error] {
        // SecretJob::finish is private to SecretStore: emit the same single outcome directly.
        Q_EMIT job->finished(error);
        job->deleteLater();
    });
    return job;
}

SecretJob *DatabasePasswords::read(const DatabaseLocation &location)
{
    if (!m_secrets) {
        return failedJob(m_catalogueError);
    }
    return m_secrets->read(ownerId(), nameFor(location));
}

SecretJob *DatabasePasswords::write(const DatabaseLocation &location, const QByteArray &password)
{
    if (!m_secrets) {
        return failedJob(m_catalogueError);
    }
    return m_secrets->write(ownerId(), nameFor(location), password);
}

} // namespace Ledgerlink
