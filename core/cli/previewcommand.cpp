#include "previewcommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "clock.h"
#include "sync/syncpreviewbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerlink {

QString PreviewCommand::description() const
{
    return tr("Show what the next sync would send and what would be refused, without sending anything.");
}

void PreviewCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int PreviewCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<AppContext> context = openStore(options, err);
    if (!context) {
        return 1;
    }
    Database &db = context->database();
    auto integration = IntegrationSelector::selectOne(db, parser.positionalArguments().value(0));
    if (!integration) {
        err << integration.error().userMessage() << Qt::endl;
        return 2;
    }
    const SyncPreview preview = SyncPreviewBuilder(db, Clock::system()).build(integration->id);
    if (!preview.error.isEmpty()) {
        err << preview.error << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        for (const PreviewEntity &e : preview.entities) {
            counts.insert(e.entity, e.toSend);
        }
        QJsonArray refusals;
        for (const PreviewRefusal &r : preview.refusals) {
            refusals.append(
                QJsonObject { { QStringLiteral("entity"), r.entity }, { QStringLiteral("local_id"), double(r.localId) },
                    { QStringLiteral("record"), r.label }, { QStringLiteral("reason"), r.reason } });
        }
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("send"), counts }, { QStringLiteral("refused"), refusals } })
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("You are about to sync with %1:").arg(IntegrationSelector::label(integration.value())) << Qt::endl;
    for (const PreviewEntity &e : preview.entities) {
        out << tr("  %1: %2 to send").arg(e.entity).arg(e.toSend) << Qt::endl;
    }
    if (!preview.refusals.isEmpty()) {
        out << tr("%n record(s) would be refused; fix or skip them first:", nullptr, int(preview.refusals.size()))
            << Qt::endl;
        for (const PreviewRefusal &r : preview.refusals) {
            out << QStringLiteral("  %1 %2 (%3): %4").arg(r.entity, r.label).arg(r.localId).arg(r.reason) << Qt::endl;
        }
    }
    return 0;
}

} // namespace Ledgerlink
