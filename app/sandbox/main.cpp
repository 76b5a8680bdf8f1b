// ledgerlink-sandbox: local imitations of the four providers, for tests, benchmarks and --demo.
#include "logging.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ledgerlink-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDGERLINK_VERSION));
    Ledgerlink::installLogHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local imitations of Xero, QuickBooks Online, Sage and MYOB."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Loopback address to bind."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    parser.addOptions({ port, host });
    parser.process(app);

    const QHostAddress address(parser.value(host));
    if (!address.isLoopback()) {
        QTextStream(stderr) << "ledgerlink-sandbox only binds a loopback address" << Qt::endl;
        return 2;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        QTextStream(stderr) << "--port needs a number between 0 and 65535" << Qt::endl;
        return 2;
    }
    Ledgerlink::SandboxServer server;
    if (server.listen(address, quint16(portNumber)) == 0) {
        QTextStream(stderr) << "ledgerlink-sandbox could not listen on " << address.toString() << ':' << portNumber
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "ledgerlink-sandbox listening on " << server.baseUrl() << Qt::endl;
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    return QCoreApplication::exec();
}
