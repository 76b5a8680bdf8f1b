// ledgerlink-sandbox: local imitations of the four providers, for tests, benchmarks and --demo.
#include "logging.h"
#include "sandboxclock.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Self-pipe: a signal handler may only call async-signal-safe functions, so it writes one byte and
// the event loop (QSocketNotifier) does the Qt work - save the state, quit.
int g_signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        return false;
    }
    // Never block inside the handler, even if a storm of signals filled the pair.
    ::fcntl(g_signalFds[0], F_SETFL, ::fcntl(g_signalFds[0], F_GETFL) | O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
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
    const QCommandLineOption state(QStringLiteral("state"),
        QStringLiteral("JSON file that keeps apps, data and tokens across restarts."), QStringLiteral("FILE"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
        QStringLiteral("Sandbox clock speed (60: a minute passes in a second)."), QStringLiteral("X"),
        QStringLiteral("1"));
    parser.addOptions({ port, host, state, timeScale });
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
    bool scaleOk = false;
    const double scale = parser.value(timeScale).toDouble(&scaleOk);
    if (!scaleOk || scale <= 0) {
        QTextStream(stderr) << "--time-scale needs a positive number" << Qt::endl;
        return 2;
    }
    if (!installSignalHandlers()) {
        QTextStream(stderr) << "ledgerlink-sandbox could not install its signal handlers" << Qt::endl;
        return 1;
    }
    Ledgerlink::SandboxServer server;
    server.clock().setScale(scale);
    if (parser.isSet(state)) {
        QString error;
        if (!server.setStateFile(parser.value(state), &error)) {
            QTextStream(stderr) << "ledgerlink-sandbox could not read the state file " << parser.value(state) << ": "
                                << error << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(timeScale)) {
        server.clock().setScale(scale); // an explicit --time-scale beats the speed saved in the state
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&server]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
        server.saveState();
        QCoreApplication::quit();
    });
    if (server.listen(address, quint16(portNumber)) == 0) {
        QTextStream(stderr) << "ledgerlink-sandbox could not listen on " << address.toString() << ':' << portNumber
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "ledgerlink-sandbox listening on " << server.baseUrl() << Qt::endl;
    const int rc = QCoreApplication::exec();
    server.saveState();
    return rc;
}
