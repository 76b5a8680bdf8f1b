#include "sandboxserver.h"

#include "faultinjector.h"
#include "logging.h"
#include "myobapi.h"
#include "provideroauth.h"
#include "qboapi.h"
#include "ratelimiter.h"
#include "sageapi.h"
#include "sandboxapps.h"
#include "sandboxclock.h"
#include "sandboxcontrol.h"
#include "sandboxdata.h"
#include "sandboxmessage.h"
#include "sandboxstats.h"
#include "tokenissuer.h"
#include "xeroapi.h"
#include "xerooauth.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

namespace Ledgerlink {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SandboxClock>())
    , m_apps(std::make_unique<SandboxApps>())
    , m_data(std::make_unique<SandboxData>())
    , m_tokens(std::make_unique<TokenIssuer>(m_clock.get()))
    , m_limiter(std::make_unique<RateLimiter>(m_clock.get()))
    , m_faults(std::make_unique<FaultInjector>())
    , m_stats(std::make_unique<SandboxStats>())
    , m_server(std::make_unique<QHttpServer>())
{
    SandboxContext context;
    context.clock = m_clock.get();
    context.apps = m_apps.get();
    context.data = m_data.get();
    context.tokens = m_tokens.get();
    context.limiter = m_limiter.get();
    context.faults = m_faults.get();
    context.stats = m_stats.get();
    m_xeroOAuth = std::make_unique<XeroOAuth>(context);
    m_xeroApi = std::make_unique<XeroApi>(context, m_xeroOAuth.get());
    m_qboOAuth = std::make_unique<ProviderOAuth>(context, ProviderOAuth::qbo());
    m_qboApi = std::make_unique<QboApi>(context);
    m_sageOAuth = std::make_unique<ProviderOAuth>(context, ProviderOAuth::sage());
    m_myobOAuth = std::make_unique<ProviderOAuth>(context, ProviderOAuth::myob());
    m_sageApi = std::make_unique<SageApi>(context);
    m_myobApi = std::make_unique<MyobApi>(context);
    m_control = std::make_unique<SandboxControl>(context, this);
    m_xeroApi->seedBasics();
    m_qboApi->seedBasics();
    m_sageApi->seedBasics();
    m_myobApi->seedBasics();
    // Every request goes through one dispatcher: faults and stats apply to all paths alike.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
    m_saveTimer = new QTimer(this);
    m_saveTimer->setInterval(250);
    connect(m_saveTimer, &QTimer::timeout, this, &SandboxServer::saveIfChanged);
}

SandboxServer::~SandboxServer()
{
    saveState();
    m_stalled.clear();
}

quint16 SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server->listen(address, port);
    if (m_port == 0) {
        qCWarning(lcSandbox) << "could not listen on" << address.toString() << port;
    }
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port);
}

void SandboxServer::reset()
{
    m_apps->resetToDemo();
    m_data->reset();
    m_tokens->clear();
    m_limiter->resetToDefaults();
    m_faults->clear();
    m_stats->clear();
    m_xeroApi->clearCaches();
    m_xeroApi->seedBasics();
    m_qboApi->clearCaches();
    m_qboApi->seedBasics();
    m_sageApi->seedBasics();
    m_myobApi->seedBasics();
    m_stalled.clear();
}

QJsonObject SandboxServer::seed(const QString &provider, const QString &tenant, const QJsonObject &sizes)
{
    if (provider == QLatin1String("xero")) {
        return m_xeroApi->seed(tenant, sizes);
    }
    if (provider == QLatin1String("qbo")) {
        return m_qboApi->seed(tenant, sizes);
    }
    if (provider == QLatin1String("sage")) {
        return m_sageApi->seed(tenant, sizes);
    }
    if (provider == QLatin1String("myob")) {
        return m_myobApi->seed(tenant, sizes);
    }
    return {};
}

void SandboxServer::dispatch(const QHttpServerRequest &httpRequest, QHttpServerResponder &&httpResponder)
{
    const SandboxRequest request = SandboxRequest::fromHttp(httpRequest);
    const QString provider = request.path.section(QLatin1Char('/'), 1, 1);
    auto responder = std::make_shared<QHttpServerResponder>(std::move(httpResponder));
    if (provider == QLatin1String("_sandbox")) {
        const SandboxReply reply = m_control->handle(request);
        send(*responder, reply);
        return;
    }
    const FaultInjector::Hit hit = m_faults->hit(provider, request.path);
    SandboxReply reply;
    QString faultName;
    if (hit.fired) {
        faultName = SandboxFault::kindName(hit.terminal.kind);
        switch (hit.terminal.kind) {
        case SandboxFault::Kind::Drop:
            m_stats->record(provider, request, 0, 0, faultName, m_clock->nowMs());
            if (QTcpSocket *socket = responder->socket()) {
                socket->abort();
            }
            return;
        case SandboxFault::Kind::Stall:
            m_stats->record(provider, request, 0, 0, faultName, m_clock->nowMs());
            m_stalled << responder;
            return;
        case SandboxFault::Kind::HttpError:
            reply = faultReply(provider, hit.terminal.status, false);
            break;
        case SandboxFault::Kind::HtmlError:
            reply = faultReply(provider, hit.terminal.status, true);
            break;
        case SandboxFault::Kind::MalformedJson:
            reply = route(provider, request);
            reply.body = reply.body.left(qMax(1, int(reply.body.size()) / 2)) + "\x01<!--";
            break;
        case SandboxFault::Kind::Latency:
            break;
        }
    } else {
        reply = route(provider, request);
        if (hit.latencyMs > 0) {
            faultName = SandboxFault::kindName(SandboxFault::Kind::Latency); // counted in stats like the others
        }
    }
    m_stats->record(provider, request, reply.status, reply.body.size(), faultName, m_clock->nowMs());
    // Method, path and status only: paths carry no credentials, query strings and headers may.
    qCDebug(lcSandbox).noquote() << request.method << request.path << reply.status << faultName;
    if (hit.latencyMs <= 0) {
        send(*responder, reply);
        return;
    }
    // The work is done now; only the answer is late, as when a provider commits and then times out.
    QPointer<QTcpSocket> socket = responder->socket();
    QTimer::singleShot(hit.latencyMs, this, [this, responder, reply, socket]() {
        if (socket) {
            send(*responder, reply);
        } else {
            m_limiter->release(reply.concurrencySlot);
        }
    });
}

SandboxReply SandboxServer::route(const QString &provider, const SandboxRequest &request)
{
    SandboxReply reply;
    if (provider == QLatin1String("xero")) {
        if (m_xeroOAuth->handle(request, &reply) || m_xeroApi->handle(request, &reply)) {
            return reply;
        }
    } else if (provider == QLatin1String("qbo")) {
        if (m_qboOAuth->handle(request, &reply) || m_qboApi->handle(request, &reply)) {
            return reply;
        }
    } else if (provider == QLatin1String("sage")) {
        if (m_sageOAuth->handle(request, &reply) || m_sageApi->handle(request, &reply)) {
            return reply;
        }
    } else if (provider == QLatin1String("myob")) {
        if (m_myobOAuth->handle(request, &reply) || m_myobApi->handle(request, &reply)) {
            return reply;
        }
    }
    return SandboxReply::text("The resource you're looking for cannot be found", 404);
}

SandboxReply SandboxServer::faultReply(const QString &provider, int status, bool html) const
{
    if (html) {
        return SandboxReply::html(
            QStringLiteral("<!DOCTYPE html><html><head><title>%1 Service Unavailable</title></head><body>"
                           "<h1>Service Unavailable</h1><p>The server is temporarily unable to service your request "
                           "(%2).</p></body></html>")
                .arg(status)
                .arg(provider),
            status);
    }
    // A refused write (400/422) in the provider's own validation shape, so that a client treats it
    // as the record's failure rather than as a reply it cannot read.
    if ((status == 400 || status == 422) && provider == QLatin1String("sage")) {
        return SageApi::errors(status, QStringLiteral("RecordInvalid"),
            QStringLiteral("The record was refused by an injected fault"), QStringLiteral("base"));
    }
    if ((status == 400 || status == 422) && provider == QLatin1String("myob")) {
        return MyobApi::errors(status, QStringLiteral("ValidationError"),
            QStringLiteral("The record was refused by an injected fault"), 4000);
    }
    if (provider == QLatin1String("xero")) {
        return XeroOAuth::problem(status, QStringLiteral("Internal Server Error"),
            QStringLiteral("An error occurred in Xero. Check the API Status page."));
    }
    return SandboxReply::json(QJsonObject { { QStringLiteral("error"), QStringLiteral("server_error") },
                                  { QStringLiteral("status"), status } },
        status);
}

void SandboxServer::send(QHttpServerResponder &responder, const SandboxReply &reply)
{
    // HeaderList is an initializer_list in 6.4, so write the parts one by one.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &h : reply.headers) {
        responder.writeHeader(h.first, h.second);
    }
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    if (!reply.concurrencySlot.isEmpty()) {
        m_limiter->release(reply.concurrencySlot);
    }
}

bool SandboxServer::setStateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        QJsonParseError parseError;
        const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            *error = parseError.errorString();
            return false;
        }
        const QJsonObject root = doc.object();
        m_apps->fromJson(root.value(QStringLiteral("apps")).toArray());
        m_data->fromJson(root.value(QStringLiteral("data")).toObject());
        m_tokens->fromJson(root.value(QStringLiteral("tokens")).toObject());
        if (root.contains(QStringLiteral("clock"))) {
            m_clock->fromJson(root.value(QStringLiteral("clock")).toObject());
        }
        m_xeroApi->cachesFromJson(root.value(QStringLiteral("xero_idempotency")).toArray());
        m_qboApi->cachesFromJson(root.value(QStringLiteral("qbo_requestid")).toObject());
    }
    m_statePath = path;
    m_savedRevision = revision();
    m_saveTimer->start();
    return true;
}

bool SandboxServer::saveState()
{
    if (m_statePath.isEmpty()) {
        return true;
    }
    const QJsonObject root { { QStringLiteral("apps"), m_apps->toJson(true) },
        { QStringLiteral("data"), m_data->toJson() }, { QStringLiteral("tokens"), m_tokens->toJson() },
        { QStringLiteral("clock"), m_clock->toJson() },
        { QStringLiteral("xero_idempotency"), m_xeroApi->cachesToJson() },
        { QStringLiteral("qbo_requestid"), m_qboApi->cachesToJson() } };
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write state file:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcSandbox) << "cannot write state file:" << file.errorString();
        return false;
    }
    m_savedRevision = revision();
    return true;
}

void SandboxServer::saveIfChanged()
{
    if (revision() != m_savedRevision) {
        saveState();
    }
}

quint64 SandboxServer::revision() const
{
    // A clock jump changes no record but must survive a restart too.
    return m_data->revision() + m_tokens->revision() + m_clock->revision();
}

} // namespace Ledgerlink
