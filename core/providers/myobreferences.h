#pragma once

#include <QHash>
#include <QString>

namespace Ledgerlink {

/// What the engine calls codes and MYOB calls UIDs. The engine names tax codes by Code ("GST"),
/// accounts by DisplayID ("4-1000") and items by Number; MYOB's requests name every reference by
/// UID. The client fills this from every read (reference data first in each run) and looks up
/// the rest before a write.
class MyobReferences
{
public:
    void addTaxCode(const QString &uid, const QString &code);
    void addAccount(const QString &uid, const QString &displayId);
    void addItem(const QString &uid, const QString &number);

    QString taxUid(const QString &code) const { return m_taxUids.value(code); }
    QString taxCode(const QString &uid) const { return m_taxCodes.value(uid); }
    QString accountUid(const QString &displayId) const { return m_accountUids.value(displayId); }
    QString accountCode(const QString &uid) const { return m_accountCodes.value(uid); }
    QString itemUid(const QString &number) const { return m_itemUids.value(number); }

    bool hasTaxCode(const QString &code) const { return m_taxUids.contains(code); }
    bool hasAccount(const QString &displayId) const { return m_accountUids.contains(displayId); }
    bool hasItem(const QString &number) const { return m_itemUids.contains(number); }

private:
    QHash<QString, QString> m_taxUids;
    QHash<QString, QString> m_taxCodes;
    QHash<QString, QString> m_accountUids;
    QHash<QString, QString> m_accountCodes;
    QHash<QString, QString> m_itemUids;
};

} // namespace Ledgerlink
