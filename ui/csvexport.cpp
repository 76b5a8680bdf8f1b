#include "csvexport.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QStringList>

namespace Ledgerlink {

QString CsvExport::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0))) {
        bool number = false;
        value.toDouble(&number);
        if (!number) {
            value.prepend(QLatin1Char('\''));
        }
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString CsvExport::toCsv(const QAbstractItemModel &model)
{
    QString out;
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column) {
        cells << field(model.headerData(column, Qt::Horizontal).toString());
    }
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column) {
            cells << field(model.index(row, column).data().toString());
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool CsvExport::write(const QAbstractItemModel &model, QIODevice &device)
{
    const QByteArray bytes = toCsv(model).toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace Ledgerlink
