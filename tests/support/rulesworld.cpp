#include "rulesworld.h"

#include "localrecords.h"
#include "sandboxdata.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "sync/syncengine.h"
#include "tst_sandboxclient.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

namespace Ledgerlink {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

RulesWorld::~RulesWorld() = default;

RunSummary RulesWorld::retry(qint64 runId)
{
    std::optional<RunSummary> summary;
    QObject context;
    QObject::connect(
        sync().engine(), &SyncEngine::runFinished, &context, [&summary](const RunSummary &r) { summary = r; },
        Qt::QueuedConnection);
    sync().requestRetryFailed(integration().id, runId);
    if (!QTest::qWaitFor([&summary]() { return summary.has_value(); }, 60000)) {
        RunSummary timedOut;
        timedOut.result = RunResult::Running;
        return timedOut;
    }
    return *summary;
}

bool RulesWorld::setSettings(const QJsonObject &settings)
{
    IntegrationRepository repository(database(), Clock::system());
    auto found = repository.findById(integration().id);
    if (!found) {
        return false;
    }
    Integration i = found.value();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        i.settings.insert(it.key(), it.value());
    }
    return repository.update(i).ok();
}

QString RulesWorld::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link = LinkRepository(database(), Clock::system()).findByLocal(integration().id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

Customer RulesWorld::addCustomer(const QString &name, const QString &email)
{
    return LocalRecords(database()).addCustomer(name, email);
}

Invoice RulesWorld::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor)
{
    return addInvoice(customerId, number, unitPriceMinor, taxCode());
}

Invoice RulesWorld::addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor, const QString &tax)
{
    return LocalRecords(database()).addInvoice(customerId, number, unitPriceMinor, currency(), tax);
}

QString RulesWorld::tenant(int index) const
{
    return SandboxData::demoTenantId(provider(), index);
}

QJsonArray RulesWorld::records(int tenantIndex, const QString &collection)
{
    const QJsonArray all = client()
                               .get(s("/_sandbox/data/%1/%2/%3").arg(provider(), tenant(tenantIndex), collection))
                               .json()
                               .value(s("records"))
                               .toArray();
    QJsonArray live;
    for (const auto &v : all) {
        if (!v.toObject().value(s("deleted")).toBool()) {
            live.append(v);
        }
    }
    return live;
}

void RulesWorld::resetStats()
{
    client().send("DELETE", s("/_sandbox/stats"));
}

int RulesWorld::requests(const QString &method)
{
    const QJsonObject byPath = client().get(s("/_sandbox/stats")).json().value(s("by_path")).toObject();
    int n = 0;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        if ((method.isEmpty() || it.key().startsWith(method + QLatin1Char(' '))) && it.key().contains(apiFragment())) {
            n += it.value().toInt();
        }
    }
    return n;
}

int RulesWorld::apiRequests()
{
    return requests({});
}

QMap<QString, int> RulesWorld::apiReadsByPath()
{
    const QJsonObject byPath = client().get(s("/_sandbox/stats")).json().value(s("by_path")).toObject();
    const QString get = s("GET ");
    QMap<QString, int> reads;
    for (auto it = byPath.constBegin(); it != byPath.constEnd(); ++it) {
        const int at = int(it.key().indexOf(apiFragment()));
        if (it.key().startsWith(get) && at >= 0) {
            reads[it.key().mid(at + apiFragment().size())] += it.value().toInt();
        }
    }
    return reads;
}

int RulesWorld::apiWrites()
{
    return requests(s("POST")) + requests(s("PUT")) + requests(s("DELETE"));
}

} // namespace Ledgerlink
