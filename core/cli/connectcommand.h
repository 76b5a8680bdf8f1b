#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink connect PROVIDER --client-id ID [--client-secret-stdin] [--custom-connection
/// --scopes "..."] [--no-browser] [--sandbox URL] [--tenant NAME] [--port N]`: authorises
/// Ledgerlink with the admin's own provider app from a terminal (see ConnectJob). The client secret
/// is read from standard input, never from the command line (which other users can see).
class ConnectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    QString name() const override { return QStringLiteral("connect"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
