#include "myobreferences.h"

namespace Ledgerlink {

void MyobReferences::addTaxCode(const QString &uid, const QString &code)
{
    if (!uid.isEmpty() && !code.isEmpty()) {
        m_taxUids.insert(code, uid);
        m_taxCodes.insert(uid, code);
    }
}

void MyobReferences::addAccount(const QString &uid, const QString &displayId)
{
    if (!uid.isEmpty() && !displayId.isEmpty()) {
        m_accountUids.insert(displayId, uid);
        m_accountCodes.insert(uid, displayId);
    }
}

void MyobReferences::addItem(const QString &uid, const QString &number)
{
    if (!uid.isEmpty() && !number.isEmpty()) {
        m_itemUids.insert(number, uid);
    }
}

} // namespace Ledgerlink
