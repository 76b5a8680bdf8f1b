#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink preview INTEGRATION [--json]`: what the next sync would send, per entity, and
/// every record the provider would refuse, with the reason. Sends nothing.
class PreviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PreviewCommand)

public:
    QString name() const override { return QStringLiteral("preview"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
