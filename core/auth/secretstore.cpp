#include "secretstore.h"

#include "logging.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Ledgerlink {

struct SecretStore::CallOutcome
{
    QKeychain::Error code = QKeychain::NoError;
    QString message;
    QByteArray data;
};

namespace {

// QtKeychain reports a missing session bus / Secret Service as OtherError with a D-Bus message
// ("Cannot autolaunch D-Bus without X11 $DISPLAY"), not as NoBackendAvailable.
bool isNoBackend(QKeychain::Error code, const QString &message)
{
    if (code == QKeychain::NoBackendAvailable) {
        return true;
    }
    return code == QKeychain::OtherError
        && (message.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive));
}

QString operationName(SecretJob::Operation operation)
{
    switch (operation) {
    case SecretJob::Operation::Write:
        return QStringLiteral("write");
    case SecretJob::Operation::Read:
        return QStringLiteral("read");
    case SecretJob::Operation::Remove:
        return QStringLiteral("remove");
    case SecretJob::Operation::RemoveAll:
        return QStringLiteral("removeAll");
    }
    return {};
}

} // namespace

SecretStore::SecretStore(Database &database, const Clock &clock, QObject *parent)
    : SecretStore(database, SecretStoreOptions(), clock, parent)
{ }

SecretStore::SecretStore(Database &database, SecretStoreOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_clock(clock)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &ownerId, const QString &name, int chunk)
{
    const QString key = ownerId + QLatin1Char('/') + name;
    return chunk == 0 ? key : key + QLatin1Char('.') + QString::number(chunk);
}

Error SecretStore::noKeychainError(const QString &detail)
{
    return Error(Error::Kind::Config,
        tr("No system keychain is available, so Ledgerlink cannot store or read its credentials. "
           "Start GNOME Keyring or KWallet, or log in to a desktop session, and try again; "
           "Ledgerlink does not store secrets in files."),
        detail);
}

SecretJob *SecretStore::createJob(SecretJob::Operation operation, const QString &ownerId, const QString &name)
{
    auto *job = new SecretJob(operation, ownerId, name, this);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto *slow = new QTimer(job);
    slow->setSingleShot(true);
    connect(slow, &QTimer::timeout, job, [job, elapsed] {
        qCWarning(lcSecrets) << "Keychain" << operationName(job->operation()) << "for" << job->ownerId() << job->name()
                             << "still running after" << elapsed->elapsed() << "ms";
    });
    slow->start(m_options.slowWarningMs);
    auto *timeout = new QTimer(job);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, job, [this, job] {
        qCWarning(lcSecrets) << "Keychain" << operationName(job->operation()) << "timed out after"
                             << m_options.jobTimeoutMs << "ms";
        job->finish(noKeychainError(
            tr("The keychain did not answer within %n second(s).", nullptr, qMax(1, m_options.jobTimeoutMs / 1000))));
    });
    timeout->start(m_options.jobTimeoutMs);
    return job;
}

void SecretStore::call(SecretJob *job, CallKind kind, const QString &key, const QByteArray &data, const CallDone &done)
{
    if (job->isFinished()) {
        return;
    }
    QKeychain::Job *keychainJob = nullptr;
    switch (kind) {
    case CallKind::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_options.service);
        break;
    case CallKind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_options.service);
        writeJob->setBinaryData(data);
        keychainJob = writeJob;
        break;
    }
    case CallKind::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_options.service);
        break;
    }
    // No parent: a keychain job must outlive a timed-out SecretJob, its libsecret callback still
    // points at it. autoDelete removes it once it does finish.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);
    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, kind, key, data, done](QKeychain::Job *finished) {
        if (job->isFinished()) {
            return;
        }
        CallOutcome outcome;
        outcome.code = finished->error();
        outcome.message = finished->errorString();
        if (outcome.code == QKeychain::NoError && kind == CallKind::Read) {
            outcome.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        }
        if (isNoBackend(outcome.code, outcome.message) && !job->m_retried) {
            // The keyring may still be starting with the session: one retry, then a clear error.
            job->m_retried = true;
            qCInfo(lcSecrets) << "No keychain backend answered; retrying once in" << m_options.noBackendRetryDelayMs
                              << "ms:" << outcome.message;
            QTimer::singleShot(m_options.noBackendRetryDelayMs, job,
                [this, job, kind, key, data, done] { call(job, kind, key, data, done); });
            return;
        }
        done(outcome);
    });
    keychainJob->start();
}

void SecretStore::fail(SecretJob *job, const CallOutcome &outcome)
{
    const QString detail = QStringLiteral("QtKeychain error %1: %2").arg(int(outcome.code)).arg(outcome.message);
    qCWarning(lcSecrets) << "Keychain" << operationName(job->operation()) << "failed:" << detail;
    if (isNoBackend(outcome.code, outcome.message)) {
        job->finish(noKeychainError(detail));
    } else if (outcome.code == QKeychain::AccessDenied || outcome.code == QKeychain::AccessDeniedByUser) {
        job->finish(Error(Error::Kind::Config,
            tr("The system keychain refused access, probably because it is locked. Unlock your "
               "keyring (GNOME Keyring/KWallet) and try again."),
            detail));
    } else {
        job->finish(Error(Error::Kind::Config,
            tr("The system keychain could not complete the request. Check that your keyring is "
               "running and unlocked, then try again."),
            detail));
    }
}

SecretJob *SecretStore::write(const QString &ownerId, const QString &name, const QByteArray &value)
{
    SecretJob *job = createJob(SecretJob::Operation::Write, ownerId, name);
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < value.size(); offset += ChunkSize) {
        chunks.append(value.mid(offset, ChunkSize));
    }
    if (chunks.isEmpty()) {
        chunks.append(QByteArray());
    }
    if (ownerId.isEmpty() || name.isEmpty()) {
        QTimer::singleShot(0, job, [job] {
            job->finish(Error(Error::Kind::Fatal, tr("Internal error: a secret needs an owner and a name."),
                QStringLiteral("empty owner id or key name")));
        });
        return job;
    }
    if (chunks.size() > MaxChunks) {
        QTimer::singleShot(0, job, [job, size = value.size()] {
            job->finish(Error(Error::Kind::Config,
                tr("The credential is too large to store in the system keychain (%1 bytes, at most "
                   "%2).")
                    .arg(size)
                    .arg(ChunkSize * MaxChunks),
                QStringLiteral("value exceeds %1 chunks").arg(MaxChunks)));
        });
        return job;
    }
    // Record the name before the first chunk is written, so a half-finished write can still be cleaned up.
    if (Status recorded = recordName(ownerId, name); !recorded) {
        QTimer::singleShot(0, job, [job, error = recorded.error()] { job->finish(error); });
        return job;
    }
    writeChunks(job, std::move(chunks), 0);
    return job;
}

void SecretStore::writeChunks(SecretJob *job, QList<QByteArray> chunks, int index)
{
    if (index == chunks.size()) {
        // A previous, longer value may have left chunks behind: they would be joined on read.
        purgeChunksFrom(job, job->name(), index, [job] { job->finish(QByteArray()); });
        return;
    }
    const QByteArray chunk = chunks.at(index);
    call(job, CallKind::Write, keyFor(job->ownerId(), job->name(), index), chunk,
        [this, job, chunks = std::move(chunks), index](const CallOutcome &outcome) {
            if (outcome.code != QKeychain::NoError) {
                fail(job, outcome);
                return;
            }
            writeChunks(job, chunks, index + 1);
        });
}

SecretJob *SecretStore::read(const QString &ownerId, const QString &name)
{
    SecretJob *job = createJob(SecretJob::Operation::Read, ownerId, name);
    readChunks(job, QByteArray(), 0);
    return job;
}

void SecretStore::readChunks(SecretJob *job, QByteArray joined, int index)
{
    if (index == MaxChunks) {
        job->finish(joined);
        return;
    }
    call(job, CallKind::Read, keyFor(job->ownerId(), job->name(), index), QByteArray(),
        [this, job, joined = std::move(joined), index](const CallOutcome &outcome) {
            if (outcome.code == QKeychain::EntryNotFound) {
                if (index == 0) {
                    // A locked collection also reads as "not found" (libsecret); if we did store this
                    // name, say so instead of only blaming a lost credential.
                    const Result<QStringList> recorded = names(job->ownerId());
                    const bool wasStored = recorded.ok() && recorded.value().contains(job->name());
                    job->finish(
                        Error(Error::Kind::Auth,
                            wasStored ? tr("Ledgerlink cannot read a stored credential: the system keychain is "
                                           "locked or the entry was deleted. Unlock your keyring and try again; if "
                                           "that does not help, connect the integration again.")
                                      : tr("A stored credential is missing from the system keychain. Connect the "
                                           "integration again."),
                            QStringLiteral("keychain entry not found: %1").arg(keyFor(job->ownerId(), job->name()))),
                        true);
                } else {
                    job->finish(joined);
                }
                return;
            }
            if (outcome.code != QKeychain::NoError) {
                fail(job, outcome);
                return;
            }
            readChunks(job, joined + outcome.data, index + 1);
        });
}

SecretJob *SecretStore::remove(const QString &ownerId, const QString &name)
{
    SecretJob *job = createJob(SecretJob::Operation::Remove, ownerId, name);
    removeEntry(job, name, [this, job] {
        if (Status forgotten = forgetName(job->ownerId(), job->name()); !forgotten) {
            job->finish(forgotten.error());
            return;
        }
        job->finish(QByteArray());
    });
    return job;
}

SecretJob *SecretStore::removeAll(const QString &ownerId)
{
    SecretJob *job = createJob(SecretJob::Operation::RemoveAll, ownerId, QString());
    Result<QStringList> recorded = names(ownerId);
    if (!recorded) {
        QTimer::singleShot(0, job, [job, error = recorded.error()] { job->finish(error); });
        return job;
    }
    // Deferred so that even an owner without secrets finishes from the event loop.
    QTimer::singleShot(0, job, [this, job, list = recorded.value()] { removeNames(job, list); });
    return job;
}

void SecretStore::removeNames(SecretJob *job, QStringList names)
{
    if (names.isEmpty()) {
        job->finish(QByteArray());
        return;
    }
    const QString name = names.takeFirst();
    removeEntry(job, name, [this, job, name, names] {
        if (Status forgotten = forgetName(job->ownerId(), name); !forgotten) {
            job->finish(forgotten.error());
            return;
        }
        removeNames(job, names);
    });
}

void SecretStore::removeEntry(SecretJob *job, const QString &name, const Step &then)
{
    call(job, CallKind::Delete, keyFor(job->ownerId(), name), QByteArray(),
        [this, job, name, then](const CallOutcome &outcome) {
            if (outcome.code != QKeychain::NoError && outcome.code != QKeychain::EntryNotFound) {
                fail(job, outcome);
                return;
            }
            purgeChunksFrom(job, name, 1, then);
        });
}

void SecretStore::purgeChunksFrom(SecretJob *job, const QString &name, int index, const Step &then)
{
    if (index >= MaxChunks) {
        then();
        return;
    }
    // Deleting a missing entry reports NoError on libsecret, so probe with a read to find the end.
    const QString key = keyFor(job->ownerId(), name, index);
    call(job, CallKind::Read, key, QByteArray(), [this, job, name, index, then, key](const CallOutcome &found) {
        if (found.code == QKeychain::EntryNotFound) {
            then();
            return;
        }
        if (found.code != QKeychain::NoError) {
            fail(job, found);
            return;
        }
        call(job, CallKind::Delete, key, QByteArray(), [this, job, name, index, then](const CallOutcome &deleted) {
            if (deleted.code != QKeychain::NoError && deleted.code != QKeychain::EntryNotFound) {
                fail(job, deleted);
                return;
            }
            purgeChunksFrom(job, name, index + 1, then);
        });
    });
}

Status SecretStore::recordName(const QString &ownerId, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO secret_keys (owner_id, key_name, created_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (owner_id, key_name) DO NOTHING"));
    query.addBindValue(ownerId);
    query.addBindValue(name);
    query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return Error(Error::Kind::Fatal, tr("Ledgerlink could not record a keychain entry in its database."),
            query.lastError().text());
    }
    return {};
}

Status SecretStore::forgetName(const QString &ownerId, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM secret_keys WHERE owner_id = ? AND key_name = ?"));
    query.addBindValue(ownerId);
    query.addBindValue(name);
    if (!query.exec()) {
        return Error(Error::Kind::Fatal, tr("Ledgerlink could not update its list of keychain entries."),
            query.lastError().text());
    }
    return {};
}

Result<QStringList> SecretStore::names(const QString &ownerId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT key_name FROM secret_keys WHERE owner_id = ? ORDER BY key_name"));
    query.addBindValue(ownerId);
    if (!query.exec()) {
        return Error(Error::Kind::Fatal, tr("Ledgerlink could not read its list of keychain entries."),
            query.lastError().text());
    }
    QStringList result;
    while (query.next()) {
        result.append(query.value(0).toString());
    }
    return result;
}

} // namespace Ledgerlink
