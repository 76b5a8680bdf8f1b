#include "historycommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "clock.h"
#include "store/historyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerlink {

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void print(QTextStream &out, const QList<QJsonObject> &rows, const QStringList &columns, bool json, bool csv)
{
    if (json) {
        QJsonArray array;
        for (const auto &r : rows) {
            array.append(r);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    const QString separator = csv ? QStringLiteral(",") : QStringLiteral("  ");
    out << columns.join(separator) << Qt::endl;
    for (const auto &r : rows) {
        QStringList fields;
        for (const QString &c : columns) {
            const QJsonValue v = r.value(c);
            const QString text = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
            fields << (csv ? csvField(text) : text);
        }
        out << fields.join(separator) << Qt::endl;
    }
}

} // namespace

QString HistoryCommand::description() const
{
    return tr("Show past sync runs, or the records of one run.");
}

void HistoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
    parser.addOption({ QStringLiteral("failed"), tr("Only failed runs, or failed records with --run.") });
    parser.addOption({ QStringLiteral("run"), tr("Show the records of run <id>."), tr("id") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    parser.addOption({ QStringLiteral("csv"), tr("Print CSV.") });
}

int HistoryCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<AppContext> context = openStore(options, err);
    if (!context) {
        return 1;
    }
    Database &db = context->database();
    HistoryRepository history(db, Clock::system());
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    const bool failed = parser.isSet(QStringLiteral("failed"));
    auto time = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    if (parser.isSet(QStringLiteral("run"))) {
        auto items = history.items(parser.value(QStringLiteral("run")).toLongLong(), failed);
        if (!items) {
            err << items.error().userMessage() << Qt::endl;
            return 1;
        }
        QList<QJsonObject> rows;
        for (const SyncItem &i : items.value()) {
            rows.append({ { QStringLiteral("at"), time(i.at) }, { QStringLiteral("entity"), i.entity },
                { QStringLiteral("local_id"), double(i.localId) }, { QStringLiteral("remote_id"), i.remoteId },
                { QStringLiteral("action"), i.action },
                { QStringLiteral("outcome"), HistoryRepository::outcomeText(i.outcome) },
                { QStringLiteral("message"), i.errorMessage }, { QStringLiteral("correlation_id"), i.correlationId } });
        }
        print(out, rows,
            { QStringLiteral("at"), QStringLiteral("entity"), QStringLiteral("local_id"), QStringLiteral("remote_id"),
                QStringLiteral("action"), QStringLiteral("outcome"), QStringLiteral("message"),
                QStringLiteral("correlation_id") },
            json, csv);
        return 0;
    }
    RunFilter filter;
    filter.failedOnly = failed;
    filter.limit = 100;
    if (const QString name = parser.positionalArguments().value(0); !name.isEmpty()) {
        auto integration = IntegrationSelector::selectOne(db, name);
        if (!integration) {
            err << integration.error().userMessage() << Qt::endl;
            return 2;
        }
        filter.integrationId = integration->id;
    }
    auto runs = history.runs(filter);
    if (!runs) {
        err << runs.error().userMessage() << Qt::endl;
        return 1;
    }
    QList<QJsonObject> rows;
    for (const SyncRun &r : runs.value()) {
        rows.append({ { QStringLiteral("run"), double(r.id) },
            { QStringLiteral("integration"), r.integrationId.left(8) }, { QStringLiteral("trigger"), r.trigger },
            { QStringLiteral("started"), time(r.startedAt) }, { QStringLiteral("finished"), time(r.finishedAt) },
            { QStringLiteral("result"), HistoryRepository::resultText(r.result) },
            { QStringLiteral("created"), r.counts.created }, { QStringLiteral("updated"), r.counts.updated },
            { QStringLiteral("failed"), r.counts.failed }, { QStringLiteral("skipped"), r.counts.skipped },
            { QStringLiteral("message"), r.message } });
    }
    print(out, rows,
        { QStringLiteral("run"), QStringLiteral("integration"), QStringLiteral("trigger"), QStringLiteral("started"),
            QStringLiteral("finished"), QStringLiteral("result"), QStringLiteral("created"), QStringLiteral("updated"),
            QStringLiteral("failed"), QStringLiteral("skipped"), QStringLiteral("message") },
        json, csv);
    return 0;
}

} // namespace Ledgerlink
