#pragma once

#include "providerjson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// What only Xero JSON needs: its "/Date(...)/" dates. The strict field readers all providers share
/// are ProviderJson, via reader().
class XeroJson
{
public:
    /// The shared strict readers, with "Xero" in their messages.
    static const ProviderJson &reader();
    /// "/Date(ms±hhmm)/" -> UTC; absent -> invalid unless required.
    static Result<QDateTime> dateTime(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false);
    static Result<QDate> date(const QJsonObject &object, const QString &field, const QString &entity);
};

} // namespace Ledgerlink
