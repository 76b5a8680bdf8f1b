#include "qboquery.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ledgerlink {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonValue valueAt(const QJsonObject &record, const QString &path)
{
    QJsonValue current = record;
    const auto parts = path.split(QLatin1Char('.'));
    for (const auto &p : parts) {
        current = current.toObject().value(p);
    }
    // References compare by their value: CustomerRef = '12'.
    if (current.isObject() && current.toObject().contains(s("value"))) {
        return current.toObject().value(s("value"));
    }
    return current;
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))) {
        v = v.mid(1, v.size() - 2).replace(s("\\'"), s("'"));
    }
    return v;
}

int compareValues(const QJsonValue &have, const QString &want)
{
    if (have.isDouble()) {
        const double w = want.toDouble();
        return have.toDouble() < w ? -1 : (have.toDouble() > w ? 1 : 0);
    }
    if (have.isBool()) {
        return (have.toBool() ? s("true") : s("false")).compare(want, Qt::CaseInsensitive);
    }
    // ISO dates with offsets compare correctly once normalised to UTC.
    const QDateTime h = QDateTime::fromString(have.toString(), Qt::ISODate);
    const QDateTime w = QDateTime::fromString(want, Qt::ISODate);
    if (h.isValid() && w.isValid()) {
        return h < w ? -1 : (h > w ? 1 : 0);
    }
    return QString::compare(have.toString(), want, Qt::CaseInsensitive);
}

} // namespace

bool QboQuery::parse(const QString &text, QString *error)
{
    static const QRegularExpression re(s("^\\s*select\\s+(\\*|count\\(\\*\\))\\s+from\\s+(\\w+)(?:\\s+where\\s+(.+?))?("
                                         "?:\\s+orderby\\s+([\\w.]+)(?:\\s+(asc|desc))?)?"
                                         "(?:\\s+startposition\\s+(\\d+))?(?:\\s+maxresults\\s+(\\d+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        *error = s("Error parsing query: QueryParserError: Encountered unexpected text in \"%1\"").arg(text);
        return false;
    }
    count = m.captured(1) != QLatin1String("*");
    entity = m.captured(2);
    orderBy = m.captured(4);
    descending = m.captured(5).compare(s("desc"), Qt::CaseInsensitive) == 0;
    startPosition = m.captured(6).isEmpty() ? 1 : m.captured(6).toInt();
    maxResults = m.captured(7).isEmpty() ? 100 : m.captured(7).toInt();
    if (startPosition < 1 || maxResults < 1) {
        *error = s("STARTPOSITION and MAXRESULTS must be positive");
        return false;
    }
    maxResults = qMin(maxResults, 1000);
    static const QRegularExpression andRe(s("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression condRe(
        s("^([\\w.]+)\\s*(<=|>=|=|<|>|\\bin\\b|\\blike\\b)\\s*(.+)$"), QRegularExpression::CaseInsensitiveOption);
    const QString where = m.captured(3);
    if (where.isEmpty()) {
        return true;
    }
    if (where.contains(QRegularExpression(s("\\s+or\\s+"), QRegularExpression::CaseInsensitiveOption))) {
        *error = s("Error parsing query: QueryParserError: OR is not supported");
        return false;
    }
    const auto parts = where.split(andRe, Qt::SkipEmptyParts);
    for (const auto &p : parts) {
        const auto c = condRe.match(p.trimmed());
        if (!c.hasMatch()) {
            *error = s("Error parsing query: QueryParserError: Encountered \"%1\"").arg(p);
            return false;
        }
        Condition condition { c.captured(1), c.captured(2).toUpper(), {} };
        QString value = c.captured(3).trimmed();
        if (condition.op == QLatin1String("IN")) {
            value = value.mid(1, value.size() - 2);
            const auto items = value.split(QLatin1Char(','));
            for (const auto &i : items) {
                condition.values << unquote(i);
            }
        } else {
            condition.values << unquote(value);
        }
        filtersActive = filtersActive || condition.field.compare(s("Active"), Qt::CaseInsensitive) == 0;
        conditions << condition;
    }
    return true;
}

bool QboQuery::matches(const QJsonObject &record) const
{
    for (const auto &c : conditions) {
        const QJsonValue have = valueAt(record, c.field);
        if (c.op == QLatin1String("IN")) {
            bool any = false;
            for (const auto &v : c.values) {
                any = any || compareValues(have, v) == 0;
            }
            if (!any) {
                return false;
            }
            continue;
        }
        const QString want = c.values.value(0);
        if (c.op == QLatin1String("LIKE")) {
            QString pattern = QRegularExpression::escape(want);
            pattern.replace(s("%"), s(".*"));
            if (!QRegularExpression(
                    QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption)
                     .match(have.toString())
                     .hasMatch()) {
                return false;
            }
            continue;
        }
        const int cmp = compareValues(have, want);
        const bool ok = c.op == QLatin1String("=") ? cmp == 0
            : c.op == QLatin1String("<")           ? cmp < 0
            : c.op == QLatin1String(">")           ? cmp > 0
            : c.op == QLatin1String("<=")          ? cmp <= 0
                                                   : cmp >= 0;
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace Ledgerlink
