#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink integrations [--json]`: every integration with its provider, organisation, state,
/// on/off switch and Last successful poll (UTC).
class IntegrationsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationsCommand)

public:
    QString name() const override { return QStringLiteral("integrations"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
