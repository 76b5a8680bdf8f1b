#pragma once

#include <QMap>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace Ledgerlink {

struct IntegrationDraft;
class MessageBar;

/// Wizard step 5: what the first sync will send and receive, from the engine's preview, then
/// Proceed.
///
///   initializePage --previewRequested()--> core's preview (dry run of the first sync)
///   core --setPreviewCounts(toSend, toReceive)--> the table; Proceed becomes available
///   core --setPreviewFailed(message)--> the message; Back to fix, or Cancel
///
/// Counts are keyed by entity: "customers", "items", "taxRates", "accounts", "invoices",
/// "creditNotes", "payments".
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(IntegrationDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static QStringList entityKeys();
    static QString entityName(const QString &key);

public Q_SLOTS:
    void setPreviewCounts(const QMap<QString, int> &toSend, const QMap<QString, int> &toReceive);
    void setPreviewFailed(const QString &message);

Q_SIGNALS:
    void previewRequested();

private:
    IntegrationDraft &m_draft;
    QLabel *m_summary = nullptr;
    QProgressBar *m_spinner = nullptr;
    QLabel *m_waiting = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    MessageBar *m_message = nullptr;
    bool m_haveCounts = false;
};

} // namespace Ledgerlink
