// QboClient's crash-recovery lookup of a customer (kept apart from qboclient.cpp for its size).
#include "providers/qboclient.h"
#include "providers/qbocustomermapper.h"
#include "providers/qbojson.h"

#include <QJsonArray>
#include <QPointer>

namespace Ledgerlink {

void QboClient::findContact(const ContactWrite &contact, LookupCallback<RemoteContact> callback)
{
    const QString name = contact.customer.name.trimmed();
    if (name.isEmpty()) {
        findContactByKey(contact.externalKey, callback); // QBO refuses a customer without a name anyway
        return;
    }
    QPointer<QboClient> self(this);
    runQuery(QStringLiteral("SELECT * FROM Customer WHERE DisplayName = %1 AND %2")
                 .arg(QboJson::quoted(name), QboJson::activeAndArchived()),
        [=](const Result<QJsonObject> &json, const PacedReply &) {
            if (!self) {
                return;
            }
            if (!json) {
                callback(json.error());
                return;
            }
            const QJsonArray found =
                json->value(QStringLiteral("QueryResponse")).toObject().value(QStringLiteral("Customer")).toArray();
            for (const QJsonValue &v : found) {
                if (v.toObject().value(QStringLiteral("DisplayName")).toString().trimmed() != name) {
                    continue;
                }
                auto remote = QboCustomerMapper::fromJson(v.toObject());
                if (!remote) {
                    callback(remote.error());
                    return;
                }
                remember(QStringLiteral("Customer"), v.toObject());
                callback(std::optional<RemoteContact>(remote.value()));
                return;
            }
            callback(std::optional<RemoteContact>());
        });
}

} // namespace Ledgerlink
