#pragma once

#include "error.h"

#include <QOAuthHttpServerReplyHandler>
#include <QVariantMap>

namespace Ledgerlink {

/// The redirect target of an authorisation: listens on 127.0.0.1 only, on a fixed port (providers
/// match the registered redirect URI exactly, port included), and tells the provider
/// http://localhost:PORT/callback (Xero rejects 127.0.0.1).
///
///   browser --302--> GET http://localhost:PORT/callback?code&state   (or ?error=access_denied&state)
///      handler: classify (state, duplicate, error) -> callbackClassified() -> friendly page -> close()
///      flow:    POST token endpoint -> networkReplyFinished(): failures -> tokenRequestFailed()
///
/// Qt 6.4 traps handled here: the (address, port) overload must get its third argument or
/// QHostAddress::LocalHost converts to a port number; a taken port fails silently (status());
/// a failed token request emits nothing from the flow, so networkReplyFinished() reports it.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    /// The port Ledgerlink suggests registering when the admin has not chosen one.
    static constexpr quint16 DefaultPort = 53682;

    enum class CallbackKind {
        Code, ///< state matches, an authorisation code arrived
        ProviderError, ///< state matches, the provider sent ?error=... (e.g. access_denied)
        WrongState, ///< missing or foreign state: not an answer to this attempt
        Duplicate, ///< a callback after the first one (replay)
        Malformed, ///< neither code nor error
    };
    Q_ENUM(CallbackKind)

    /// port 0 picks a free port (tests); otherwise the integration's registered port.
    explicit LoopbackReplyHandler(quint16 port, QObject *parent = nullptr);

    /// http://localhost:PORT/callback, used by Qt as redirect_uri everywhere.
    QString callback() const override;
    /// Same as callback(), for the wizard's "register this redirect URI" field.
    static QString redirectUriForPort(quint16 port);

    /// Listening, or a clear error when the port is taken.
    Status status() const;

    /// The state the next callback must carry. Set by AuthorizationFlow before each grant().
    void setExpectedState(const QString &state) { m_expectedState = state; }
    int callbackCount() const { return m_callbackCount; }

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    /// Emitted synchronously for every request to /callback, before Qt's flow sees it.
    void callbackClassified(Ledgerlink::LoopbackReplyHandler::CallbackKind kind, const QVariantMap &values);
    /// A token-endpoint request failed (HTTP error, network error, unusable body). `error` and
    /// `description` come from the provider's JSON body when it has one (never the body itself).
    void tokenRequestFailed(int httpStatus, const QString &error, const QString &description);

private:
    void classify(const QVariantMap &values);
    static QString page(const QString &heading, const QString &text);

    quint16 m_requestedPort;
    QString m_expectedState;
    int m_callbackCount = 0;
};

} // namespace Ledgerlink
