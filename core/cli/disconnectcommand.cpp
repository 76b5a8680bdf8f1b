#include "disconnectcommand.h"

#include "appcontext.h"
#include "cli/disconnectjob.h"

#include <QTimer>

namespace Ledgerlink {

QString DisconnectCommand::description() const
{
    return tr("Revoke an integration's access; its local records stay.");
}

void DisconnectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
    parser.addOption({ QStringLiteral("sandbox"), tr("Talk to ledgerlink-sandbox at <url>."), tr("url") });
}

int DisconnectCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    AppOptions appOptions = options;
    appOptions.sandboxUrl = parser.value(QStringLiteral("sandbox"));
    int exitCode = 1;
    DisconnectJob job(appOptions, parser.positionalArguments().value(0), out, err);
    QObject::connect(&job, &DisconnectJob::finished, &job, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &job, &DisconnectJob::start);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Ledgerlink
