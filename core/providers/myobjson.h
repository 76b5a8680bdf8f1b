#pragma once

#include "providerjson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// What only MYOB AccountRight JSON needs: its date-times, UID references, RowVersion and OData
/// filters. The strict field readers all providers share are ProviderJson, via reader().
class MyobJson
{
public:
    /// The shared strict readers, with "MYOB" in their messages.
    static const ProviderJson &reader();
    /// "2026-11-27T10:00:00" (MYOB's local-less form, taken as UTC) or with offset/Z; invalid when absent.
    static Result<QDateTime> dateTime(const QJsonObject &object, const QString &field, const QString &entity);
    /// The UID inside a reference object {"UID": "..."}; absent -> empty.
    static Result<QString> uidRef(const QJsonObject &object, const QString &field, const QString &entity);
    /// RowVersion as text (MYOB sends a string; a number is accepted too); absent -> empty.
    static QString rowVersion(const QJsonObject &object);

    /// Reference object {"UID": uid}.
    static QJsonObject ref(const QString &uid);
    /// "2026-11-27T00:00:00": MYOB dates carry a time part.
    static QString dateText(const QDate &date);
    /// An OData string literal: single quotes, a quote inside doubled.
    static QString literal(const QString &value);
    /// The watermark filter: LastModified gt datetime'2026-11-27T10:00:00' (UTC).
    static QString modifiedSince(const QDateTime &time);
};

} // namespace Ledgerlink
