#include "tokenissuer.h"

#include "sandboxclock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace Ledgerlink {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TokenIssuer::TokenIssuer(const SandboxClock *clock)
    : m_clock(clock)
{ }

TokenIssuer::Lifetimes TokenIssuer::lifetimes(const QString &provider)
{
    Lifetimes l;
    if (provider == QLatin1String("qbo")) {
        l.accessSeconds = 3600;
        l.refreshSeconds = 100LL * 24 * 3600;
        l.graceSeconds = 24 * 3600;
        l.codeSeconds = 600;
    } else if (provider == QLatin1String("sage")) {
        l.accessSeconds = 300;
        l.refreshSeconds = 31LL * 24 * 3600;
        l.graceSeconds = 0;
        l.codeSeconds = 60;
    } else if (provider == QLatin1String("myob")) {
        l.accessSeconds = 1200;
        l.refreshSeconds = 7LL * 24 * 3600; // undocumented upstream; a week is what integrators report
        l.graceSeconds = 0;
        l.codeSeconds = 600;
    }
    return l;
}

QString TokenIssuer::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    }
    return QString::fromLatin1(base64Url(raw));
}

QString TokenIssuer::createCode(const AuthCode &code)
{
    const QString value = randomToken(24);
    AuthCode stored = code;
    stored.expiresMs = m_clock->nowMs() + qint64(lifetimes(code.provider).codeSeconds) * 1000;
    m_codes.insert(value, stored);
    return value;
}

bool TokenIssuer::redeemCode(const QString &code, AuthCode *out)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end() || it->used || it->expiresMs <= m_clock->nowMs()) {
        return false;
    }
    it->used = true;
    *out = *it;
    return true;
}

const SandboxGrant *TokenIssuer::createGrant(
    const QString &provider, const QString &clientId, const QStringList &scopes, const QStringList &tenantIds)
{
    SandboxGrant g;
    g.id = newUuid();
    g.provider = provider;
    g.clientId = clientId;
    g.scopes = scopes;
    g.authEventId = newUuid();
    g.createdMs = m_clock->nowMs();
    for (const auto &t : tenantIds) {
        g.connections << SandboxGrant::Connection { newUuid(), t, g.createdMs };
    }
    m_grants.insert(g.id, g);
    ++m_revision;
    return &m_grants[g.id];
}

QString TokenIssuer::makeAccessToken(const SandboxGrant &grant, qint64 expiresMs) const
{
    // Xero's access tokens are JWTs; clients may decode (never verify) them, so keep the shape.
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("RS256") },
        { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QJsonObject payload {
        { QStringLiteral("iss"), QStringLiteral("ledgerlink-sandbox") },
        { QStringLiteral("exp"), double(expiresMs / 1000) },
        { QStringLiteral("client_id"), grant.clientId },
        { QStringLiteral("authentication_event_id"), grant.authEventId },
        { QStringLiteral("scope"), QJsonArray::fromStringList(grant.scopes) },
        { QStringLiteral("jti"), randomToken(12) },
    };
    return QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
               + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.')
        + randomToken(32);
}

SandboxTokenSet TokenIssuer::issue(const QString &grantId, bool withRefresh)
{
    SandboxTokenSet set;
    const auto it = m_grants.constFind(grantId);
    if (it == m_grants.constEnd()) {
        return set;
    }
    const Lifetimes l = lifetimes(it->provider);
    const qint64 now = m_clock->nowMs();
    set.accessToken = makeAccessToken(*it, now + qint64(l.accessSeconds) * 1000);
    set.accessExpiresIn = l.accessSeconds;
    m_access.insert(set.accessToken, Access { grantId, now, now + qint64(l.accessSeconds) * 1000 });
    if (withRefresh) {
        set.refreshToken = randomToken(32);
        set.refreshExpiresIn = l.refreshSeconds;
        m_refresh.insert(set.refreshToken, Refresh { grantId, now, now, 0 });
    }
    set.grant = &it.value();
    ++m_revision;
    return set;
}

SandboxTokenSet TokenIssuer::refresh(
    const QString &provider, const QString &clientId, const QString &refreshToken, QString *error)
{
    *error = QStringLiteral("invalid_grant");
    auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end()) {
        return {};
    }
    const auto g = m_grants.constFind(it->grantId);
    if (g == m_grants.constEnd() || g->revoked || g->provider != provider) {
        return {};
    }
    if (g->clientId != clientId) {
        *error = QStringLiteral("invalid_client");
        return {};
    }
    const Lifetimes l = lifetimes(provider);
    const qint64 now = m_clock->nowMs();
    if (now - it->lastUsedMs > l.refreshSeconds * 1000) {
        return {};
    }
    if (it->supersededMs != 0 && (l.graceSeconds == 0 || now - it->supersededMs > qint64(l.graceSeconds) * 1000)) {
        return {};
    }
    if (it->supersededMs == 0) {
        it->supersededMs = now;
    }
    it->lastUsedMs = now;
    error->clear();
    return issue(g->id, true);
}

TokenIssuer::AccessState TokenIssuer::checkAccess(
    const QString &provider, const QString &accessToken, const SandboxGrant **grant) const
{
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.constEnd()) {
        return AccessState::Unknown;
    }
    const auto g = m_grants.constFind(it->grantId);
    if (g == m_grants.constEnd() || g->provider != provider) {
        return AccessState::Unknown;
    }
    if (grant) {
        *grant = &g.value();
    }
    if (g->revoked) {
        return AccessState::Revoked;
    }
    return it->expiresMs <= m_clock->nowMs() ? AccessState::Expired : AccessState::Valid;
}

qint64 TokenIssuer::accessExpiryMs(const QString &accessToken) const
{
    return m_access.value(accessToken).expiresMs;
}

bool TokenIssuer::revokeToken(const QString &provider, const QString &token)
{
    QString grantId;
    if (m_refresh.contains(token)) {
        grantId = m_refresh.value(token).grantId;
    } else if (m_access.contains(token)) {
        grantId = m_access.value(token).grantId;
    }
    auto g = m_grants.find(grantId);
    if (g == m_grants.end() || g->provider != provider) {
        return false;
    }
    g->revoked = true;
    g->connections.clear();
    ++m_revision;
    return true;
}

void TokenIssuer::revokeGrants(const QString &provider, const QString &clientId)
{
    for (auto &g : m_grants) {
        if ((provider.isEmpty() || g.provider == provider) && (clientId.isEmpty() || g.clientId == clientId)) {
            g.revoked = true;
            g.connections.clear();
        }
    }
    ++m_revision;
}

void TokenIssuer::expireAllAccess(const QString &provider)
{
    const qint64 now = m_clock->nowMs();
    for (auto &a : m_access) {
        if (provider.isEmpty() || m_grants.value(a.grantId).provider == provider) {
            a.expiresMs = qMin(a.expiresMs, now);
        }
    }
    ++m_revision;
}

bool TokenIssuer::removeConnection(const QString &grantId, const QString &connectionId)
{
    auto g = m_grants.find(grantId);
    if (g == m_grants.end()) {
        return false;
    }
    for (int i = 0; i < g->connections.size(); ++i) {
        if (g->connections.at(i).id == connectionId) {
            g->connections.removeAt(i);
            ++m_revision;
            return true;
        }
    }
    return false;
}

const SandboxGrant *TokenIssuer::grant(const QString &grantId) const
{
    const auto it = m_grants.constFind(grantId);
    return it == m_grants.constEnd() ? nullptr : &it.value();
}

QJsonArray TokenIssuer::tokensJson() const
{
    QJsonArray list;
    for (auto it = m_access.constBegin(); it != m_access.constEnd(); ++it) {
        const auto &g = m_grants[it->grantId];
        list.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("access_token") },
            { QStringLiteral("token"), it.key() }, { QStringLiteral("provider"), g.provider },
            { QStringLiteral("client_id"), g.clientId }, { QStringLiteral("grant_id"), it->grantId },
            { QStringLiteral("expires_ms"), double(it->expiresMs) } });
    }
    for (auto it = m_refresh.constBegin(); it != m_refresh.constEnd(); ++it) {
        const auto &g = m_grants[it->grantId];
        list.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("refresh_token") },
            { QStringLiteral("token"), it.key() }, { QStringLiteral("provider"), g.provider },
            { QStringLiteral("client_id"), g.clientId }, { QStringLiteral("grant_id"), it->grantId },
            { QStringLiteral("superseded"), it->supersededMs != 0 }, { QStringLiteral("revoked"), g.revoked } });
    }
    return list;
}

QJsonObject TokenIssuer::toJson() const
{
    QJsonArray grants;
    for (const auto &g : m_grants) {
        QJsonArray conns;
        for (const auto &c : g.connections) {
            conns.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("tenantId"), c.tenantId },
                { QStringLiteral("createdMs"), double(c.createdMs) } });
        }
        grants.append(QJsonObject { { QStringLiteral("id"), g.id }, { QStringLiteral("provider"), g.provider },
            { QStringLiteral("clientId"), g.clientId },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(g.scopes) },
            { QStringLiteral("connections"), conns }, { QStringLiteral("authEventId"), g.authEventId },
            { QStringLiteral("createdMs"), double(g.createdMs) }, { QStringLiteral("revoked"), g.revoked } });
    }
    QJsonObject access;
    for (auto it = m_access.constBegin(); it != m_access.constEnd(); ++it) {
        access.insert(it.key(), QJsonArray { it->grantId, double(it->issuedMs), double(it->expiresMs) });
    }
    QJsonObject refresh;
    for (auto it = m_refresh.constBegin(); it != m_refresh.constEnd(); ++it) {
        refresh.insert(it.key(),
            QJsonArray { it->grantId, double(it->issuedMs), double(it->lastUsedMs), double(it->supersededMs) });
    }
    return { { QStringLiteral("grants"), grants }, { QStringLiteral("access"), access },
        { QStringLiteral("refresh"), refresh } };
}

void TokenIssuer::fromJson(const QJsonObject &object)
{
    clear();
    const auto grants = object.value(QStringLiteral("grants")).toArray();
    for (const auto &v : grants) {
        const auto o = v.toObject();
        SandboxGrant g;
        g.id = o.value(QStringLiteral("id")).toString();
        g.provider = o.value(QStringLiteral("provider")).toString();
        g.clientId = o.value(QStringLiteral("clientId")).toString();
        const auto scopes = o.value(QStringLiteral("scopes")).toArray();
        for (const auto &s : scopes) {
            g.scopes << s.toString();
        }
        const auto conns = o.value(QStringLiteral("connections")).toArray();
        for (const auto &c : conns) {
            const auto co = c.toObject();
            g.connections << SandboxGrant::Connection { co.value(QStringLiteral("id")).toString(),
                co.value(QStringLiteral("tenantId")).toString(),
                qint64(co.value(QStringLiteral("createdMs")).toDouble()) };
        }
        g.authEventId = o.value(QStringLiteral("authEventId")).toString();
        g.createdMs = qint64(o.value(QStringLiteral("createdMs")).toDouble());
        g.revoked = o.value(QStringLiteral("revoked")).toBool();
        m_grants.insert(g.id, g);
    }
    const auto access = object.value(QStringLiteral("access")).toObject();
    for (auto it = access.constBegin(); it != access.constEnd(); ++it) {
        const auto a = it.value().toArray();
        m_access.insert(
            it.key(), Access { a.at(0).toString(), qint64(a.at(1).toDouble()), qint64(a.at(2).toDouble()) });
    }
    const auto refresh = object.value(QStringLiteral("refresh")).toObject();
    for (auto it = refresh.constBegin(); it != refresh.constEnd(); ++it) {
        const auto a = it.value().toArray();
        m_refresh.insert(it.key(),
            Refresh { a.at(0).toString(), qint64(a.at(1).toDouble()), qint64(a.at(2).toDouble()),
                qint64(a.at(3).toDouble()) });
    }
}

void TokenIssuer::clear()
{
    m_codes.clear();
    m_grants.clear();
    m_access.clear();
    m_refresh.clear();
    ++m_revision;
}

} // namespace Ledgerlink
