#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Ledgerlink {

class Clock;
class Database;
struct IntegrationDraft;

/// Answers the wizard's review step: what a first run of the draft integration would send,
/// computed by the sync engine's SyncPreviewBuilder from the store alone (nothing is sent and
/// nothing is saved). What will be received is only known after the first read, so it is left open.
class DraftPreview
{
    Q_DECLARE_TR_FUNCTIONS(DraftPreview)

public:
    struct Counts
    {
        QMap<QString, int> toSend; ///< keys as the review page uses them: customers, items, invoices, …
        QString error; ///< user-facing; empty on success
    };

    DraftPreview(Database &database, Clock &clock);
    Counts compute(const IntegrationDraft &draft);

    /// Maps the engine's entity names (customer, credit_note, …) to the review page's keys.
    static QString pageKey(const QString &entity);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace Ledgerlink
