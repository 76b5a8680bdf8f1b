#pragma once

#include "recordingnetwork.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace Ledgerlink {

/// The engine-overhead baseline: replays recorded requests one after the other with a bare
/// QNetworkAccessManager against another (fresh) sandbox. Only what must differ is rewritten:
/// the host and port, the bearer token, and the contact ids the fresh sandbox assigned (learnt
/// from its Contacts replies, matched to the old ids by ContactNumber).
class ReplayBaseline
{
public:
    struct Outcome
    {
        qint64 elapsedMs = 0;
        int sent = 0;
        int ok = 0; ///< 2xx replies
        bool finished = false;
    };

    /// oldContactIds: ContactNumber -> ContactID in the recording's sandbox.
    ReplayBaseline(QUrl recordedBase, QUrl targetBase, QHash<QString, QString> oldContactIds);

    /// Gets a token with the recorded client-credentials request (not timed), then replays.
    Outcome run(const RecordedRequest &tokenRequest, const QList<RecordedRequest> &requests);

private:
    QByteArray rewriteUrl(const QByteArray &url) const;
    QByteArray rewriteBody(QByteArray body) const;
    void learnContactIds(const QByteArray &reply);

    QByteArray m_recordedBase;
    QByteArray m_targetBase;
    QHash<QString, QString> m_oldContactIds;
    QHash<QByteArray, QByteArray> m_idMap; // old ContactID -> new ContactID
};

} // namespace Ledgerlink
