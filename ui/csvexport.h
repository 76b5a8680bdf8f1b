#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace Ledgerlink {

/// Writes what a model shows (header + every row, DisplayRole) as RFC 4180 CSV in UTF-8, so
/// History's export matches the filtered, sorted table the admin is looking at.
class CsvExport
{
public:
    static QString toCsv(const QAbstractItemModel &model);
    /// Quotes a field when it holds a comma, quote or line break; doubles inner quotes. A
    /// leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
    static QString field(const QString &text);
    static bool write(const QAbstractItemModel &model, QIODevice &device);
};

} // namespace Ledgerlink
