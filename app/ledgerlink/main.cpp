// ledgerlink: the desktop application, and its headless CLI (`ledgerlink demo-data|sync|status|...`).
#include "cli/cli.h"
#include "desktopapp.h"
#include "logging.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ledgerlink"));
    QCoreApplication::setApplicationName(QStringLiteral("ledgerlink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDGERLINK_VERSION));
    Ledgerlink::installLogHandler();

    // A first argument that is not an option is a command: a misspelt one gets the CLI's
    // "Unknown command" message instead of starting the GUI.
    if (argc > 1 && argv[1][0] != '-') {
        QCoreApplication app(argc, argv);
        return Ledgerlink::Cli().run(QCoreApplication::arguments());
    }
    // --help and --version print and exit: they must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--version" || argument == "-v") {
            QCoreApplication app(argc, argv);
            Ledgerlink::DesktopApp desktop;
            return desktop.run(QCoreApplication::arguments());
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Ledgerlink"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.ledgerlink.Ledgerlink.svg")));
    QApplication::setDesktopFileName(QStringLiteral(LEDGERLINK_APP_ID));
    Ledgerlink::DesktopApp desktop;
    return desktop.run(QCoreApplication::arguments());
}
