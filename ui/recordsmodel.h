#pragma once

#include "error.h"
#include "store/link.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Ledgerlink {

class Clock;
class Database;
class LinkRepository;

/// One kind of the business's records (customers, invoices, items, tax types, payments) with its
/// sync state in one integration: linked remote id, last synced and last error from the links
/// table. Loads in keyset pages through canFetchMore()/fetchMore().
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind {
        Customers,
        Invoices,
        Items,
        TaxTypes,
        Payments,
    };
    Q_ENUM(Kind)

    enum Column {
        IdColumn,
        NameColumn,
        DetailColumn,
        SyncStateColumn,
        RemoteIdColumn,
        LastSyncedColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        InvoiceStatusRole, ///< int(InvoiceStatus) for invoices, else invalid
    };

    /// One loaded record, already reduced to what the table shows.
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString detail;
        int invoiceStatus = -1;
        std::optional<Link> link;
    };

    RecordsModel(Kind kind, Database &database, Clock &clock, QObject *parent = nullptr);
    ~RecordsModel() override;

    Kind kind() const { return m_kind; }
    /// The integration whose sync state the columns show (empty: none).
    void setIntegrationId(const QString &integrationId);
    void reload();
    /// Re-reads one record after it changed (an invoice status).
    void refreshRecord(qint64 id);
    const Row &row(int row) const { return m_rows.at(row); }
    int rowOfRecord(qint64 id) const;
    /// The links table's entity name of this kind ("customer", "invoice", …).
    static QString entityName(Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    using Loader = std::function<Result<QList<Row>>(qint64 afterId, int limit)>;
    QList<Row> loadPage(qint64 afterId);
    void attachLinks(QList<Row> &rows);
    QString stateText(const Row &row) const;

    Kind m_kind;
    Loader m_loader;
    std::function<Result<Row>(qint64 id)> m_single;
    std::unique_ptr<LinkRepository> m_links;
    QString m_integrationId;
    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace Ledgerlink
