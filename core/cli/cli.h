#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Ledgerlink {

class Command;

/// Dispatches `ledgerlink <command> ...` to its Command.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    ~Cli();

    /// True when `argument` (argv[1]) names a CLI command rather than a GUI option.
    bool isCommand(const QString &argument) const;
    int run(const QStringList &arguments);
    /// One line per command, for `ledgerlink --help`.
    QString commandSummary() const;

private:
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Ledgerlink
