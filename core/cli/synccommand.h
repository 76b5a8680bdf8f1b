#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink sync [INTEGRATION] [--full] [--json] [--sandbox URL]`: runs one sync of the named
/// (or every enabled) integration on the sync thread and prints the outcome. Exit code 0 when every
/// run succeeded, 1 when one failed, 3 when records failed.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
