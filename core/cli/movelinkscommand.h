#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink move-links FROM TO [--json]`: moves FROM's links to the integration TO of another
/// organisation (LinkMover). FROM is switched off; TO's next sync finds the records again there
/// before sending anything. Exit code 0 on success, 1 when refused or failed, 2 for wrong arguments.
class MoveLinksCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MoveLinksCommand)

public:
    QString name() const override { return QStringLiteral("move-links"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
