#pragma once

#include "sandboxcontext.h"

#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// QuickBooks Online records with Intuit's rules: numeric Ids per company, SyncToken optimistic
/// concurrency (stale -> 5010), sparse vs full updates, unique DisplayName/Name (6240), unique
/// DocNumber (6140), payments linked to invoices through Line[].LinkedTxn, deletes of transactions.
class QboEntities
{
public:
    struct Outcome
    {
        QJsonObject record; ///< the saved record (or {Id, status:"Deleted"} for a delete)
        QJsonObject fault; ///< {"Error":[...],"type":"ValidationFault"} when it failed
    };

    explicit QboEntities(const SandboxContext &context);

    /// Entity names as QBO spells them ("Customer"), from any case ("customer").
    static QString canonical(const QString &name);
    static bool isNameList(const QString &entity);
    static QJsonObject fault(const QString &code, const QString &message, const QString &detail,
        const QString &element = {}, const QString &type = QStringLiteral("ValidationFault"));

    Outcome save(const QString &realm, const QString &entity, const QJsonObject &input);
    Outcome remove(const QString &realm, const QString &entity, const QJsonObject &input);
    QJsonObject find(const QString &realm, const QString &entity, const QString &id) const;

private:
    QString nextId(const QString &realm, const QString &entity) const;
    QJsonObject meta(const QJsonObject &previous) const;
    QString validate(
        const QString &realm, const QString &entity, QJsonObject *record, QString *code, QString *element) const;
    QString applyPayment(const QString &realm, const QJsonObject &payment, const QJsonObject &previous, bool commit);

    SandboxContext m_context;
};

} // namespace Ledgerlink
