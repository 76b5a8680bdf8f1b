#include "customermatchpreview.h"

#include "logging.h"
#include "providers/providerclient.h"
#include "store/customerrepository.h"
#include "store/database.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Ledgerlink {

namespace {

constexpr int kLocalPage = 500;

} // namespace

CustomerMatchPreview::CustomerMatchPreview(Database &database, Clock &clock, std::unique_ptr<ProviderClient> client,
    std::unique_ptr<AccessTokenSource> tokens, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_tokens(std::move(tokens))
    , m_client(std::move(client))
{
    qRegisterMetaType<Result<Outcome>>();
}

CustomerMatchPreview::~CustomerMatchPreview() = default;

void CustomerMatchPreview::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_remote.clear();
    readPage(1);
}

void CustomerMatchPreview::cancel()
{
    if (m_running) {
        finish(Error(Error::Kind::Config, tr("Reading the contacts was cancelled."), QStringLiteral("cancelled")));
    }
}

void CustomerMatchPreview::readPage(int page)
{
    ListQuery query;
    query.page = page;
    query.pageSize = m_client->maxPageSize();
    // The client calls back on this thread; the guard covers a preview deleted while the request runs.
    QPointer<CustomerMatchPreview> self(this);
    m_client->listContacts(query, [self, page](const Result<RemotePage<RemoteContact>> &result) {
        if (!self || !self->m_running) {
            return;
        }
        if (!result) {
            qCInfo(lcSync) << "match preview: reading contacts failed on page" << page << result.error().detail();
            self->finish(result.error());
            return;
        }
        self->m_remote.append(result->records);
        if (result->hasMore && !result->records.isEmpty()) {
            self->readPage(page + 1);
            return;
        }
        self->combine();
    });
}

void CustomerMatchPreview::combine()
{
    CustomerRepository customers(m_database, m_clock);
    QList<Customer> local;
    qint64 after = 0;
    for (;;) {
        auto page = customers.page(after, kLocalPage);
        if (!page) {
            finish(page.error());
            return;
        }
        if (page->isEmpty()) {
            break;
        }
        after = page->constLast().id;
        local.append(page.value());
    }
    QHash<qint64, const Customer *> byId;
    for (const Customer &c : std::as_const(local)) {
        byId.insert(c.id, &c);
    }
    QHash<QString, const RemoteContact *> remoteById;
    for (const RemoteContact &r : std::as_const(m_remote)) {
        remoteById.insert(r.remoteId, &r);
    }

    Outcome outcome;
    outcome.remoteContacts = int(m_remote.size());
    QSet<qint64> suggested;
    const QList<CustomerMatcher::Suggestion> suggestions = CustomerMatcher::suggest(local, m_remote);
    for (const CustomerMatcher::Suggestion &s : suggestions) {
        const Customer *customer = byId.value(s.localId);
        const RemoteContact *remote = remoteById.value(s.remoteId);
        if (!customer || !remote) {
            continue;
        }
        outcome.matches.append({ s.localId, customer->name, s.remoteId, remote->customer.name, s.rule });
        suggested.insert(s.localId);
    }
    std::sort(outcome.matches.begin(), outcome.matches.end(), [](const Match &a, const Match &b) {
        const int order = QString::localeAwareCompare(a.localName, b.localName);
        return order != 0 ? order < 0 : a.localId < b.localId;
    });
    for (const Customer &c : std::as_const(local)) {
        if (!c.archived && !suggested.contains(c.id)) {
            ++outcome.unmatchedLocal;
        }
    }
    qCInfo(lcSync) << "match preview:" << outcome.matches.size() << "suggestion(s) from" << outcome.remoteContacts
                   << "contact(s);" << outcome.unmatchedLocal << "local customer(s) without one";
    finish(outcome);
}

void CustomerMatchPreview::finish(Result<Outcome> result)
{
    m_running = false;
    m_remote.clear();
    // Queued: the receiver may delete this object, and we may be inside the client's callback.
    QPointer<CustomerMatchPreview> self(this);
    QTimer::singleShot(0, this, [self, result] {
        if (self) {
            Q_EMIT self->finished(result);
        }
    });
}

} // namespace Ledgerlink
