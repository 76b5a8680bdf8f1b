#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Ledgerlink {

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_filePath = QFileInfo(path).absoluteFilePath();
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(Error::Kind::Config, tr("No database location was given."));
    }
    const bool looksLikeUrl = trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!looksLikeUrl) {
        if (trimmed.contains(QLatin1String("://"))) {
            return Error(Error::Kind::Config,
                tr("The database location \"%1\" is neither a file nor a postgresql:// address.")
                    .arg(trimmed.section(QLatin1String("://"), 0, 0) + QLatin1String("://…")));
        }
        return sqliteFile(QDir::cleanPath(trimmed));
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error(Error::Kind::Config,
            tr("The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database."),
            url.errorString());
    }
    if (!url.password().isEmpty()) {
        return Error(Error::Kind::Config,
            tr("The PostgreSQL address must not contain a password. Leave it out: Ledgerlink asks for "
               "it once and keeps it in the system keychain."));
    }
    DatabaseLocation location;
    location.m_backend = Backend::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_userName = url.userName();
    location.m_databaseName = url.path().mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/'))) {
        return Error(Error::Kind::Config,
            tr("The PostgreSQL address names no database. Write it as postgresql://user@host:port/database."));
    }
    return location;
}

QString DatabaseLocation::toDisplayString() const
{
    if (m_backend == Backend::Sqlite) {
        return m_filePath;
    }
    const QString user = m_userName.isEmpty() ? QString() : m_userName + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(user, m_host).arg(m_port).arg(m_databaseName);
}

QString DatabaseLocation::secretKeyName() const
{
    return QStringLiteral("database/%1").arg(toDisplayString());
}

} // namespace Ledgerlink
