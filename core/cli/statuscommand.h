#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink status [INTEGRATION] [--json]`: each integration's state, whether it is enabled,
/// its Last successful poll (UTC), next poll and last run.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
