#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

namespace Ledgerlink {

/// Adds HTTP Basic client authentication (and Accept: application/json) to requests for the
/// token URL. Qt 6.4's OAuth2 flows only know client_secret in the form body, which Xero web apps
/// and QBO do not accept.
class OAuthNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit OAuthNetworkAccessManager(QObject *parent = nullptr);

    /// Basic credentials for requests to tokenUrl (exact match, query ignored). Empty id: none.
    void setBasicAuth(const QUrl &tokenUrl, const QString &clientId, const QString &clientSecret);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QUrl m_tokenUrl;
    QByteArray m_authorization;
};

} // namespace Ledgerlink
