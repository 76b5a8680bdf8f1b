#pragma once

#include "auth/secretjob.h"
#include "clock.h"
#include "error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ledgerlink {

class Database;

struct SecretStoreOptions
{
    /// Keychain service name every entry is stored under.
    QString service = QStringLiteral("Ledgerlink");
    /// A whole job (all its chunks) must finish within this time: QtKeychain jobs can hang forever
    /// when D-Bus autolaunches without a Secret Service (QT-NOTES section 3).
    int jobTimeoutMs = 30000;
    /// Log a warning once a job has run this long.
    int slowWarningMs = 5000;
    /// On Linux a missing backend is retried once after this delay (the keyring may still be starting).
    int noBackendRetryDelayMs = 10000;
};

/// The only gateway to the system keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager). No insecure fallback: without a keychain every job fails with
/// noKeychainError() and nothing is written anywhere else.
///
/// Entries live under service "Ledgerlink", key "<owner-id>/<name>". Values are split into
/// 2048-byte chunks ("key", "key.1" ... "key.9") because Windows caps one credential at 2560 bytes;
/// a read joins chunks until the next one is missing. Key *names* (never values) are recorded in
/// the `secret_keys` table so removeAll(ownerId) finds every secret of an integration or grant.
///
/// Every call returns a SecretJob that ends in exactly one finished(). Jobs run one after another
/// inside QtKeychain; a job that hangs is ended by the timeout.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int ChunkSize = 2048;
    static constexpr int MaxChunks = 10;

    SecretStore(Database &database, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    SecretStore(Database &database, SecretStoreOptions options, const Clock &clock = Clock::system(),
        QObject *parent = nullptr);
    ~SecretStore() override;

    SecretJob *write(const QString &ownerId, const QString &name, const QByteArray &value);
    SecretJob *read(const QString &ownerId, const QString &name);
    SecretJob *remove(const QString &ownerId, const QString &name);
    /// Removes every secret recorded for ownerId (integration disconnect / deletion).
    SecretJob *removeAll(const QString &ownerId);

    /// Names recorded for ownerId in secret_keys, sorted.
    Result<QStringList> names(const QString &ownerId) const;

    const SecretStoreOptions &options() const { return m_options; }

    /// "<owner>/<name>" for chunk 0, "<owner>/<name>.N" for the following chunks.
    static QString keyFor(const QString &ownerId, const QString &name, int chunk = 0);
    /// The message shown when no keychain is reachable.
    static Error noKeychainError(const QString &detail = {});

private:
    enum class CallKind { Read, Write, Delete };
    struct CallOutcome;
    using CallDone = std::function<void(const CallOutcome &)>;
    using Step = std::function<void()>;

    SecretJob *createJob(SecretJob::Operation operation, const QString &ownerId, const QString &name);
    void call(SecretJob *job, CallKind kind, const QString &key, const QByteArray &data, const CallDone &done);
    void writeChunks(SecretJob *job, QList<QByteArray> chunks, int index);
    void readChunks(SecretJob *job, QByteArray joined, int index);
    void removeEntry(SecretJob *job, const QString &name, const Step &then);
    void purgeChunksFrom(SecretJob *job, const QString &name, int index, const Step &then);
    void removeNames(SecretJob *job, QStringList names);
    void fail(SecretJob *job, const CallOutcome &outcome);

    Status recordName(const QString &ownerId, const QString &name);
    Status forgetName(const QString &ownerId, const QString &name);

    Database &m_database;
    SecretStoreOptions m_options;
    const Clock &m_clock;
};

} // namespace Ledgerlink
