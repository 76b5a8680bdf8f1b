#include "cli.h"

#include "command.h"
#include "demodatacommand.h"

#include <QTextStream>

#include <cstdio>

namespace Ledgerlink {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<DemoDataCommand>());
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
