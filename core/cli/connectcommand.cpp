#include "connectcommand.h"

#include "appcontext.h"
#include "cli/connectjob.h"
#include "cli/secretinput.h"

#include <QTimer>

namespace Ledgerlink {

QString ConnectCommand::description() const
{
    return tr("Connect an accounting package (xero, qbo, sage, myob) with your own app.");
}

void ConnectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("provider"), tr("xero, qbo, sage or myob."));
    parser.addOption({ QStringLiteral("client-id"), tr("Client ID of the app you registered."), tr("id") });
    parser.addOption({ QStringLiteral("client-secret-stdin"),
        tr("Read the app's client secret from standard input (web apps, custom connections).") });
    parser.addOption(
        { QStringLiteral("custom-connection"), tr("Xero custom connection (client credentials, no browser).") });
    parser.addOption({ QStringLiteral("scopes"), tr("Space-separated scopes to ask for."), tr("scopes") });
    parser.addOption({ QStringLiteral("no-browser"), tr("Only print the sign-in address; do not open a browser.") });
    parser.addOption({ QStringLiteral("sandbox"), tr("Talk to ledgerlink-sandbox at <url>."), tr("url") });
    parser.addOption(
        { QStringLiteral("tenant"), tr("Organisation to connect (name or id; may be repeated)."), tr("name") });
    parser.addOption({ QStringLiteral("port"),
        tr("Port of the registered redirect URI http://localhost:PORT/callback (default %1).")
            .arg(LoopbackReplyHandler::DefaultPort),
        tr("N") });
}

int ConnectCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const QString providerKey = parser.positionalArguments().value(0).toLower();
    const auto provider = ProviderEndpoints::fromKey(providerKey);
    if (!provider) {
        err << tr("Name the accounting package to connect: xero, qbo, sage or myob.") << Qt::endl;
        return 2;
    }
    ConnectJob::Options job;
    job.app = options;
    job.app.sandboxUrl = parser.value(QStringLiteral("sandbox"));
    job.openBrowser = !parser.isSet(QStringLiteral("no-browser"));
    job.tenants = parser.values(QStringLiteral("tenant"));
    AuthorizationRequest &request = job.request;
    request.provider = *provider;
    request.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    request.sandboxBase = QUrl(job.app.sandboxUrl);
    if (request.clientId.isEmpty()) {
        err << tr("Give the Client ID of the app you registered with --client-id.") << Qt::endl;
        return 2;
    }
    const bool custom = parser.isSet(QStringLiteral("custom-connection"));
    const bool withSecret = parser.isSet(QStringLiteral("client-secret-stdin"));
    if (custom && *provider != ProviderEndpoints::Provider::Xero) {
        err << tr("Custom connections exist only at Xero.") << Qt::endl;
        return 2;
    }
    if (!withSecret && (custom || *provider != ProviderEndpoints::Provider::Xero)) {
        err << tr("This kind of app has a client secret: add --client-secret-stdin and type or pipe the secret.")
            << Qt::endl;
        return 2;
    }
    request.appType = custom ? AppType::CustomConnection : (withSecret ? AppType::WebApp : AppType::PkceDesktop);
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            err << tr("--port needs a number between 1 and 65535.") << Qt::endl;
            return 2;
        }
        request.port = quint16(port);
    }
    const QString scopes = parser.value(QStringLiteral("scopes")).simplified();
    request.scopes = scopes.isEmpty() ? QStringList() : scopes.split(QLatin1Char(' '));
    if (request.scopes.isEmpty()) {
        using E = ProviderEndpoints::Entity;
        request.scopes = ProviderEndpoints::scopes(
            *provider, E::Customers | E::Invoices | E::Payments | E::Items | E::TaxRates | E::Accounts, custom);
    }
    if (withSecret) {
        const Result<QString> secret = SecretInput::read(tr("Client secret: "), err);
        if (!secret) {
            err << secret.error().userMessage() << Qt::endl;
            return 2;
        }
        request.clientSecret = secret.value();
    }

    int exitCode = 1;
    ConnectJob connectJob(job, out, err);
    request.clientSecret.clear();
    QObject::connect(&connectJob, &ConnectJob::finished, &connectJob, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &connectJob, &ConnectJob::start);
    // The CLI has no window: the application's own event loop runs until the job reports.
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Ledgerlink
