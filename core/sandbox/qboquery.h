#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ledgerlink {

/// QuickBooks' SQL-like query language, the subset integrations use:
///   SELECT * | COUNT(*) FROM Entity [WHERE a = 'x' AND b >= '...' AND c IN ('1','2')]
///   [ORDERBY field [ASC|DESC]] [STARTPOSITION n] [MAXRESULTS m]
class QboQuery
{
public:
    struct Condition
    {
        QString field; // dotted, e.g. MetaData.LastUpdatedTime
        QString op; // =, <, >, <=, >=, IN, LIKE
        QStringList values;
    };

    /// False (with *error) for syntax the sandbox does not understand.
    bool parse(const QString &text, QString *error);

    QString entity;
    bool count = false;
    QList<Condition> conditions;
    QString orderBy;
    bool descending = false;
    int startPosition = 1;
    int maxResults = 100;
    bool filtersActive = false; ///< the query names Active itself

    bool matches(const QJsonObject &record) const;
};

} // namespace Ledgerlink
