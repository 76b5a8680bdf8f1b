#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink disconnect INTEGRATION [--sandbox URL]`: revokes the integration's access at the
/// provider and deletes its keychain entries; local records and links stay (see DisconnectJob).
class DisconnectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectCommand)

public:
    QString name() const override { return QStringLiteral("disconnect"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
