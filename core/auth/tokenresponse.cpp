#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerlink {

namespace {

// Seconds from a JSON number or a numeric string; -1 when absent or not a number.
qint64 seconds(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return -1;
    }
    bool ok = false;
    const qint64 n = value.toString().trimmed().toLongLong(&ok);
    if (ok) {
        return n;
    }
    const double d = value.toDouble(&ok);
    return ok ? qint64(d) : -1;
}

} // namespace

Result<TokenResponse> TokenResponse::fromMap(const QVariantMap &map, const QDateTime &now, const QString &providerName)
{
    if (map.contains(QStringLiteral("error"))) {
        return errorFor(200, map.value(QStringLiteral("error")).toString(),
            map.value(QStringLiteral("error_description")).toString(), providerName);
    }
    TokenResponse r;
    r.accessToken = map.value(QStringLiteral("access_token")).toString();
    r.refreshToken = map.value(QStringLiteral("refresh_token")).toString();
    r.scopes = map.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (r.accessToken.isEmpty()) {
        return Error(Error::Kind::Retryable,
            tr("%1 sent an unusable answer to the sign-in request. Try again later.").arg(providerName),
            QStringLiteral("token response without access_token"));
    }
    const QDateTime utcNow = now.toUTC();
    if (const qint64 s = seconds(map.value(QStringLiteral("expires_in"))); s >= 0) {
        r.accessExpiresAt = utcNow.addSecs(s);
    }
    for (const char *key : { "x_refresh_token_expires_in", "refresh_token_expires_in" }) {
        if (const qint64 s = seconds(map.value(QLatin1String(key))); s >= 0) {
            r.refreshExpiresAt = utcNow.addSecs(s);
            break;
        }
    }
    return r;
}

Result<TokenResponse> TokenResponse::fromReply(int httpStatus, const QByteArray &body, const QString &networkError,
    const QDateTime &now, const QString &providerName)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (httpStatus < 200 || httpStatus >= 300) {
        const QString description = json.value(QStringLiteral("error_description")).toString();
        return errorFor(httpStatus, json.value(QStringLiteral("error")).toString(),
            description.isEmpty() && httpStatus == 0 ? networkError : description, providerName);
    }
    if (json.isEmpty()) {
        return Error(Error::Kind::Retryable,
            tr("%1 sent an unusable answer to the sign-in request. Try again later.").arg(providerName),
            QStringLiteral("token response HTTP %1 is not a JSON object").arg(httpStatus));
    }
    return fromMap(json.toVariantMap(), now, providerName);
}

Error TokenResponse::errorFor(
    int httpStatus, const QString &error, const QString &description, const QString &providerName)
{
    const QString detail = QStringLiteral("token endpoint: HTTP %1 %2%3")
                               .arg(httpStatus)
                               .arg(error.isEmpty() ? QStringLiteral("(no error code)") : error,
                                   description.isEmpty() ? QString() : QStringLiteral(": ") + description);
    const QString said =
        description.isEmpty() ? QString() : QLatin1Char(' ') + tr("%1 said: %2").arg(providerName, description);
    if (error == QLatin1String("invalid_grant")) {
        return Error(Error::Kind::Auth,
            tr("The authorisation with %1 has expired or was revoked. Connect the integration again.").arg(providerName)
                + said,
            detail);
    }
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client")
        || httpStatus == 401) {
        return Error(Error::Kind::Config,
            tr("%1 did not accept the app's client ID or client secret. Check the app registration and "
               "enter them again.")
                    .arg(providerName)
                + said,
            detail);
    }
    if (error == QLatin1String("invalid_scope")) {
        return Error(Error::Kind::Config,
            tr("%1 refused the requested permissions. Check that the app may use the chosen scopes.").arg(providerName)
                + said,
            detail);
    }
    if (httpStatus == 0 || httpStatus == 429 || httpStatus >= 500) {
        return Error(Error::Kind::Retryable,
            tr("Ledgerlink could not reach %1 to sign in. Check the internet connection; Ledgerlink will "
               "try again.")
                    .arg(providerName)
                + said,
            detail, true);
    }
    return Error(Error::Kind::Fatal, tr("%1 refused the sign-in request.").arg(providerName) + said, detail);
}

} // namespace Ledgerlink
