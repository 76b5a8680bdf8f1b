#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;
class QPushButton;

namespace Ledgerlink {

/// One integration in the Integrations area: provider logo, organisation, state badge, last
/// successful poll (UTC; local time on hover), next poll and Sync now. Reads its row of an
/// IntegrationListModel and follows its dataChanged.
class IntegrationCard : public QFrame
{
    Q_OBJECT

public:
    explicit IntegrationCard(const QModelIndex &index, QWidget *parent = nullptr);

    QString integrationId() const;
    /// Re-reads the row.
    void updateFromModel();

    static QString utcText(const QDateTime &time);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void syncNowRequested(const QString &integrationId);
    /// The organisation name or Details was clicked: open the Integration page.
    void detailsRequested(const QString &integrationId);

private:
    QPersistentModelIndex m_index;
    QLabel *m_logo = nullptr;
    QLabel *m_organisation = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_badgeIcon = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_lastPoll = nullptr;
    QLabel *m_nextPoll = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_details = nullptr;
};

} // namespace Ledgerlink
