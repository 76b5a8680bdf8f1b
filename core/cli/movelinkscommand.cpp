#include "movelinkscommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "clock.h"
#include "sync/linkmover.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerlink {

QString MoveLinksCommand::description() const
{
    return tr("Move an integration's links to another organisation's integration (nothing is lost or "
              "duplicated: the records are found again there before anything is sent).");
}

void MoveLinksCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("from"), tr("Integration id or organisation name to move from."));
    parser.addPositionalArgument(QStringLiteral("to"), tr("Integration id or organisation name to move to."));
    parser.addOption({ QStringLiteral("json"), tr("Print the result as JSON.") });
}

int MoveLinksCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        err << tr("Name the integration to move from and the one to move to, e.g. "
                  "ledgerlink move-links \"Old Ltd\" \"New Ltd\".")
            << Qt::endl;
        return 2;
    }
    const std::unique_ptr<AppContext> context = openStore(options, err);
    if (!context) {
        return 1;
    }
    Database &db = context->database();
    auto from = IntegrationSelector::selectOne(db, arguments.at(0));
    if (!from) {
        err << from.error().userMessage() << Qt::endl;
        return 2;
    }
    auto to = IntegrationSelector::selectOne(db, arguments.at(1));
    if (!to) {
        err << to.error().userMessage() << Qt::endl;
        return 2;
    }
    auto moved = LinkMover(db, Clock::system()).move(from->id, to->id);
    if (!moved) {
        err << moved.error().userMessage() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json { { QStringLiteral("from"), from->id }, { QStringLiteral("to"), to->id },
            { QStringLiteral("looked_up"), moved->lookedUp }, { QStringLiteral("rematched"), moved->rematched },
            { QStringLiteral("already_linked"), moved->alreadyLinked }, { QStringLiteral("run_id"), moved->runId } };
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    out << tr("Moved the links of %1 to %2: %n record(s) will be found again there by its next sync before "
              "anything is sent. %1 is now switched off.",
        nullptr, moved->lookedUp + moved->rematched)
               .arg(IntegrationSelector::label(from.value()), IntegrationSelector::label(to.value()))
        << Qt::endl;
    if (moved->alreadyLinked > 0) {
        out << tr("%n record(s) were already linked in %1 and kept as they are.", nullptr, moved->alreadyLinked)
                   .arg(IntegrationSelector::label(to.value()))
            << Qt::endl;
    }
    return 0;
}

} // namespace Ledgerlink
