#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// The strict JSON field readers every provider client shares. Every byte from a provider is
/// untrusted: a missing required field or a value of the wrong type is an Error naming the field,
/// never a default that looks real. The provider's display name ("MYOB", "QuickBooks Online",
/// "Sage", "Xero") only appears in the message an administrator reads. Formats only one provider
/// uses (Xero's /Date()/, MYOB's RowVersion, Sage's links ...) stay in that provider's XxxJson.
class ProviderJson
{
    Q_DECLARE_TR_FUNCTIONS(ProviderJson)

public:
    explicit ProviderJson(const QString &providerName);

    /// Fatal "the provider sent data we could not read"; `detail` names the entity and field.
    Error malformed(const QString &entity, const QString &detail) const;

    /// Absent or null -> empty unless required; required also rejects blank text.
    Result<QString> string(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false) const;
    /// A JSON number (or numeric text) as an exact fixed-point value (minor units for money at
    /// scale 2); absent -> 0 unless required.
    Result<qint64> amount(const QJsonObject &object, const QString &field, const QString &entity, bool required = false,
        int scale = 2) const;
    /// A JSON bool; absent -> `fallback`, anything but true/false is an error.
    Result<bool> boolean(const QJsonObject &object, const QString &field, const QString &entity, bool fallback) const;
    /// The date part of "yyyy-MM-dd[T...]"; absent -> invalid unless required.
    Result<QDate> date(
        const QJsonObject &object, const QString &field, const QString &entity, bool required = false) const;

    /// The form providers want amounts in: a JSON number built from exact decimal text.
    static double decimal(qint64 value, int scale);

private:
    QString m_providerName;
};

} // namespace Ledgerlink
