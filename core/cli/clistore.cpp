#include "clistore.h"

#include "auth/storeopener.h"

#include <QCoreApplication>
#include <QTimer>

namespace Ledgerlink {

Result<std::unique_ptr<AppContext>> CliStore::open(const AppOptions &options)
{
    StoreOpener opener;
    Status status = Error(Error::Kind::Fatal, QString(), QStringLiteral("store opener did not report"));
    QObject::connect(&opener, &StoreOpener::finished, &opener, [&status](const Status &opened) {
        status = opened;
        QCoreApplication::quit();
    });
    // Started from inside the loop: quit() is ignored unless exec() is running.
    QTimer::singleShot(0, &opener, [&opener, &options] { opener.open(options); });
    QCoreApplication::exec();
    if (!status) {
        return status.error();
    }
    return opener.takeContext();
}

} // namespace Ledgerlink
