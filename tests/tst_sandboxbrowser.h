#pragma once

// Test helper for the auth tests (header only): plays the admin's browser against an in-process
// ledgerlink-sandbox over real HTTP - GET the authorize URL, submit the consent form the way the
// page's <form> does, follow the 302 to the loopback listener.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace Ledgerlink {

class SandboxBrowser
{
public:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QUrl finalUrl;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    Page fetch(const QNetworkRequest &request, const QByteArray &postBody = {}, bool post = false)
    {
        std::unique_ptr<QNetworkReply> reply(post ? m_nam.post(request, postBody) : m_nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000)) {
            return { -1, {}, {}, QNetworkReply::TimeoutError };
        }
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->url(),
            reply->error() };
    }

    Page get(const QUrl &url) { return fetch(QNetworkRequest(url)); }

    /// Opens the authorize URL and presses Allow ("allow") or Cancel ("deny") on the consent page,
    /// with every organisation ticked. replaceState tampers with the hidden state field.
    Page consent(const QUrl &authorizeUrl, const QString &decision, const QString &replaceState = {})
    {
        const Page page = get(authorizeUrl);
        if (page.status != 200) {
            return page;
        }
        const QString html = QString::fromUtf8(page.body);
        static const QRegularExpression formAction(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\""));
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        // Ticked organisations (Xero checkboxes) or the preselected company (radio buttons elsewhere).
        static const QRegularExpression choice(
            QStringLiteral("<input type=\"(?:checkbox|radio)\" name=\"([^\"]+)\" value=\"([^\"]+)\" checked>"));
        const QRegularExpressionMatch action = formAction.match(html);
        if (!action.hasMatch()) {
            return { -2, page.body, {}, QNetworkReply::UnknownContentError };
        }
        QUrlQuery form;
        for (auto it = hidden.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString value = unescape(m.captured(2));
            if (m.captured(1) == QLatin1String("state") && !replaceState.isEmpty()) {
                value = replaceState;
            }
            form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        for (auto it = choice.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(unescape(m.captured(2)))));
        }
        form.addQueryItem(QStringLiteral("decision"), decision);
        QNetworkRequest post(authorizeUrl.resolved(QUrl(action.captured(1))));
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        // QNetworkAccessManager follows the 302 (as GET) to http://localhost:PORT/callback like a browser.
        return fetch(post, form.query(QUrl::FullyEncoded).toUtf8(), true);
    }

    /// POST /_sandbox/... or provider endpoints with a form body.
    Page postForm(const QUrl &url, const QByteArray &body, const QByteArray &authorization = {})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!authorization.isEmpty()) {
            request.setRawHeader("Authorization", authorization);
        }
        return fetch(request, body, true);
    }

private:
    static QString unescape(QString value)
    {
        return value.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }

    QNetworkAccessManager m_nam;
};

} // namespace Ledgerlink
