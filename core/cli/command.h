#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

namespace Ledgerlink {

class AppContext;
struct AppOptions;

/// One `ledgerlink <command>` of the headless CLI. Commands use core only (no widgets), like
/// keepassxc-cli on keepassxc_core. Output goes to `out`; errors, in words an administrator
/// understands, to `err`. Returns the process exit code.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command();

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

protected:
    /// Adds the command's own options (the shared --profile/--database are added for it).
    virtual void addOptions(QCommandLineParser &parser);
    /// Opens the store as the GUI does (a PostgreSQL password comes from the keychain); on failure
    /// prints the reason to `err` and returns null (the command then exits with 1).
    static std::unique_ptr<AppContext> openStore(const AppOptions &options, QTextStream &err);
    virtual int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) = 0;
};

} // namespace Ledgerlink
