#include "cli.h"

#include "command.h"
#include "connectcommand.h"
#include "databasepasswordcommand.h"
#include "demodatacommand.h"
#include "disconnectcommand.h"
#include "enablecommand.h"
#include "historycommand.h"
#include "integrationscommand.h"
#include "movelinkscommand.h"
#include "previewcommand.h"
#include "retrycommand.h"
#include "statuscommand.h"
#include "synccommand.h"

#include <QTextStream>

#include <cstdio>

namespace Ledgerlink {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<DemoDataCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<RetryCommand>());
    m_commands.push_back(std::make_unique<MoveLinksCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<EnableCommand>(true));
    m_commands.push_back(std::make_unique<EnableCommand>(false));
    m_commands.push_back(std::make_unique<PreviewCommand>());
    m_commands.push_back(std::make_unique<ConnectCommand>());
    m_commands.push_back(std::make_unique<DisconnectCommand>());
    m_commands.push_back(std::make_unique<IntegrationsCommand>());
    m_commands.push_back(std::make_unique<DatabasePasswordCommand>());
}

Cli::~Cli() = default;

Command *Cli::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

bool Cli::isCommand(const QString &argument) const
{
    return find(argument) != nullptr;
}

QString Cli::commandSummary() const
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands) {
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -12).arg(command->description());
    }
    return text;
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Command *command = arguments.size() > 1 ? find(arguments.at(1)) : nullptr;
    if (!command) {
        err << tr("Unknown command. Run ledgerlink --help for the list.") << Qt::endl;
        return 2;
    }
    return command->run(arguments, out, err);
}

} // namespace Ledgerlink
