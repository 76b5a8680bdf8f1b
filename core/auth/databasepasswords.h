#pragma once

#include "error.h"
#include "store/databaselocation.h"

#include <QObject>

#include <memory>

namespace Ledgerlink {

class Database;
class SecretJob;
class SecretStore;

/// The PostgreSQL password in the keychain, reachable *before* the store is open.
///
/// SecretStore records key names in the store's secret_keys table, which does not exist yet when
/// the password is needed to open that very store. The password is keyed by the location, not by
/// an integration, so that bookkeeping is not needed: the SecretStore here keeps its names in a
/// private in-memory SQLite catalogue that is thrown away. The keychain entry itself is
/// "Ledgerlink" / DatabaseLocation::secretKeyName() ("database/postgresql://user@host:port/db").
class DatabasePasswords : public QObject
{
    Q_OBJECT

public:
    explicit DatabasePasswords(QObject *parent = nullptr);
    ~DatabasePasswords() override;

    /// Jobs end in exactly one finished(); a read with no entry ends with notFound() set.
    SecretJob *read(const DatabaseLocation &location);
    SecretJob *write(const DatabaseLocation &location, const QByteArray &password);

    static QString ownerId() { return QStringLiteral("database"); }
    /// The SecretStore name part; ownerId() + '/' + this == location.secretKeyName().
    static QString nameFor(const DatabaseLocation &location) { return location.toDisplayString(); }

private:
    SecretJob *failedJob(const Error &error);

    std::unique_ptr<Database> m_catalogue;
    std::unique_ptr<SecretStore> m_secrets;
    Error m_catalogueError;
};

} // namespace Ledgerlink
