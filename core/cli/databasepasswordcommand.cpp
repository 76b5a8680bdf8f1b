#include "databasepasswordcommand.h"

#include "appcontext.h"
#include "auth/databasepasswords.h"
#include "auth/secretjob.h"
#include "cli/secretinput.h"

#include <QTimer>

namespace Ledgerlink {

QString DatabasePasswordCommand::description() const
{
    return tr("Keep a PostgreSQL password in the system keychain (read from standard input).");
}

void DatabasePasswordCommand::addOptions(QCommandLineParser &) { }

int DatabasePasswordCommand::execute(
    const QCommandLineParser &, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.database.isEmpty()) {
        err << tr("Name the database with --database postgresql://user@host:port/name.") << Qt::endl;
        return 2;
    }
    const Result<DatabaseLocation> location = DatabaseLocation::parse(options.database);
    if (!location) {
        err << location.error().userMessage() << Qt::endl;
        return 2;
    }
    if (location->isSqlite()) {
        err << tr("SQLite databases have no password; this is only for postgresql:// addresses.") << Qt::endl;
        return 2;
    }
    const Result<QString> password = SecretInput::read(tr("Password: "), err);
    if (!password) {
        err << password.error().userMessage() << Qt::endl;
        return 2;
    }
    int exitCode = 1;
    DatabasePasswords passwords;
    QTimer::singleShot(0, &passwords, [&] {
        SecretJob *job = passwords.write(*location, password->toUtf8());
        QObject::connect(job, &SecretJob::finished, &passwords, [&](const Result<QByteArray> &written) {
            if (written) {
                out << tr("The password for %1 is now in the system keychain.").arg(location->toDisplayString())
                    << Qt::endl;
                exitCode = 0;
            } else {
                err << written.error().userMessage() << Qt::endl;
            }
            QCoreApplication::quit();
        });
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Ledgerlink
