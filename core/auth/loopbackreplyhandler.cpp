#include "loopbackreplyhandler.h"

#include "auth/oauthstate.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace Ledgerlink {

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    // Three arguments on purpose: with two, QHostAddress::LocalHost (enum value 2) selects the
    // (quint16 port, QObject *parent) overload and listens on port 2 of every interface.
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
    , m_requestedPort(port)
{
    setCallbackPath(QStringLiteral("/callback"));
    // Connected first, so it runs before the flow's own slot and sets the page before Qt writes it.
    connect(this, &QAbstractOAuthReplyHandler::callbackReceived, this, &LoopbackReplyHandler::classify,
        Qt::DirectConnection);
    if (isListening()) {
        qCInfo(lcAuth) << "Listening for the authorisation answer on 127.0.0.1 port" << this->port();
    } else {
        qCWarning(lcAuth) << "Could not listen on 127.0.0.1 port" << port;
    }
}

QString LoopbackReplyHandler::callback() const
{
    return redirectUriForPort(port());
}

QString LoopbackReplyHandler::redirectUriForPort(quint16 port)
{
    return QStringLiteral("http://localhost:%1/callback").arg(port);
}

Status LoopbackReplyHandler::status() const
{
    if (isListening()) {
        return {};
    }
    return Error(Error::Kind::Config,
        tr("Ledgerlink cannot receive the provider's answer because port %1 on this computer is in use "
           "by another program. Close that program, or choose another port for this integration and "
           "register %2 as the redirect URI with the provider.")
            .arg(m_requestedPort)
            .arg(redirectUriForPort(m_requestedPort)),
        QStringLiteral("listen on 127.0.0.1:%1 failed").arg(m_requestedPort));
}

void LoopbackReplyHandler::classify(const QVariantMap &values)
{
    ++m_callbackCount;
    CallbackKind kind = CallbackKind::Malformed;
    if (m_callbackCount > 1) {
        kind = CallbackKind::Duplicate;
    } else if (!OAuthState::matches(m_expectedState, values.value(QStringLiteral("state")).toString())) {
        kind = CallbackKind::WrongState;
    } else if (values.contains(QStringLiteral("error"))) {
        kind = CallbackKind::ProviderError;
    } else if (!values.value(QStringLiteral("code")).toString().isEmpty()) {
        kind = CallbackKind::Code;
    }
    // Never log the values: they hold the authorisation code.
    qCInfo(lcAuth) << "Authorisation callback received:" << kind;

    switch (kind) {
    case CallbackKind::Code:
        setCallbackText(page(
            tr("Authorisation received"), tr("Return to Ledgerlink to finish connecting. You can close this tab.")));
        break;
    case CallbackKind::ProviderError:
        if (values.value(QStringLiteral("error")).toString() == QLatin1String("access_denied")) {
            setCallbackText(page(tr("Access was not granted"),
                tr("You declined the connection. Return to Ledgerlink if you want to try again.")));
        } else {
            setCallbackText(page(tr("The provider reported a problem"),
                tr("Return to Ledgerlink for details. You can close this tab.")));
        }
        break;
    case CallbackKind::WrongState:
    case CallbackKind::Duplicate:
    case CallbackKind::Malformed:
        setCallbackText(page(tr("This link is not valid"),
            tr("This answer does not belong to a connection Ledgerlink is waiting for, or it was "
               "already used. Return to Ledgerlink and start the connection again.")));
        break;
    }
    emit callbackClassified(kind, values);
    // Stop listening after the first callback: stray and replayed requests are refused from now
    // on. Queued, because Qt writes the page to the browser after this slot returns.
    QMetaObject::invokeMethod(
        this, [this] { close(); }, Qt::QueuedConnection);
}

QString LoopbackReplyHandler::page(const QString &heading, const QString &text)
{
    // Qt wraps this in <html><head><title>applicationName</title></head><body>...</body></html>.
    return QStringLiteral("<div style=\"font-family:sans-serif;max-width:32em;margin:4em auto;text-align:center\">"
                          "<h1 style=\"font-weight:normal\">%1</h1><p>%2</p></div>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool networkFailed = reply->error() != QNetworkReply::NoError;
    if (networkFailed || httpStatus >= 400) {
        // peek(), not readAll(): the body stays readable for the base class.
        const QJsonObject body = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
        QString error = body.value(QStringLiteral("error")).toString();
        if (error.isEmpty() && networkFailed && httpStatus == 0) {
            error = QStringLiteral("network_error");
        }
        const QString description = body.value(QStringLiteral("error_description")).toString();
        qCWarning(lcAuth) << "Token request failed: HTTP" << httpStatus << reply->error() << error;
        emit tokenRequestFailed(
            httpStatus, error, description.isEmpty() && httpStatus == 0 ? reply->errorString() : description);
    } else {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!type.startsWith(QLatin1String("application/json"))
            && !type.startsWith(QLatin1String("application/x-www-form-urlencoded"))
            && !type.startsWith(QLatin1String("text/html"))) {
            // Qt would drop the reply silently ("Unknown Content-type").
            qCWarning(lcAuth) << "Token reply has an unusable content type" << type;
            emit tokenRequestFailed(
                httpStatus, QStringLiteral("invalid_response"), QStringLiteral("unexpected content type %1").arg(type));
        }
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

} // namespace Ledgerlink
