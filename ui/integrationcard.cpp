#include "integrationcard.h"

#include "integrationlistmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>

namespace Ledgerlink {

IntegrationCard::IntegrationCard(const QModelIndex &index, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
{
    setObjectName(QStringLiteral("integrationCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // cards keep their height; the list scrolls
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);
    m_logo = new QLabel;
    m_logo->setFixedSize(48, 48);
    layout->addWidget(m_logo, 0, Qt::AlignTop);

    auto *text = new QGridLayout;
    text->setHorizontalSpacing(12);
    text->setVerticalSpacing(2);
    m_organisation = new QLabel;
    m_organisation->setObjectName(QStringLiteral("cardOrganisation"));
    QFont bold = m_organisation->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_organisation->setFont(bold);
    // Clicking the name opens the Integration page (Details… is the keyboard way there).
    m_organisation->setCursor(Qt::PointingHandCursor);
    m_organisation->setToolTip(tr("Open the integration's page"));
    m_organisation->installEventFilter(this);
    m_provider = new QLabel;
    m_provider->setObjectName(QStringLiteral("cardProvider"));
    auto *badgeRow = new QHBoxLayout;
    m_badgeIcon = new QLabel;
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("cardBadge"));
    badgeRow->addWidget(m_badgeIcon);
    badgeRow->addWidget(m_badge);
    badgeRow->addStretch();
    m_lastPoll = new QLabel;
    m_lastPoll->setObjectName(QStringLiteral("cardLastPoll"));
    m_nextPoll = new QLabel;
    m_nextPoll->setObjectName(QStringLiteral("cardNextPoll"));
    text->addWidget(m_organisation, 0, 0);
    text->addLayout(badgeRow, 0, 1);
    text->addWidget(m_provider, 1, 0, 1, 2);
    text->addWidget(m_lastPoll, 2, 0, 1, 2);
    text->addWidget(m_nextPoll, 3, 0, 1, 2);
    text->setColumnStretch(1, 1);
    layout->addLayout(text, 1);

    m_syncNow = new QPushButton(tr("&Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    layout->addWidget(m_syncNow, 0, Qt::AlignVCenter);
    m_details = new QPushButton(tr("&Details…"));
    m_details->setObjectName(QStringLiteral("detailsButton"));
    layout->addWidget(m_details, 0, Qt::AlignVCenter);
    connect(m_details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(integrationId()); });
    connect(m_syncNow, &QPushButton::clicked, this, [this] { Q_EMIT syncNowRequested(integrationId()); });
    updateFromModel();
}

bool IntegrationCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_organisation && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        Q_EMIT detailsRequested(integrationId());
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

QString IntegrationCard::integrationId() const
{
    return m_index.data(IntegrationListModel::IdRole).toString();
}

QString IntegrationCard::utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void IntegrationCard::updateFromModel()
{
    if (!m_index.isValid()) {
        return;
    }
    const QString provider = m_index.data(IntegrationListModel::ProviderNameRole).toString();
    const QString organisation = m_index.data(IntegrationListModel::OrganisationRole).toString();
    m_logo->setPixmap(m_index.data(Qt::DecorationRole).value<QIcon>().pixmap(QSize(48, 48), devicePixelRatioF()));
    m_organisation->setText(organisation);
    m_provider->setText(provider);
    const auto badge = IntegrationListModel::Badge(m_index.data(IntegrationListModel::BadgeRole).toInt());
    m_badgeIcon->setPixmap(
        QIcon(IntegrationListModel::badgeIconPath(badge)).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_badge->setText(IntegrationListModel::badgeText(badge));

    const QDateTime last = m_index.data(IntegrationListModel::LastPollRole).toDateTime();
    if (last.isValid()) {
        m_lastPoll->setText(tr("Last successful poll: %1").arg(utcText(last)));
        m_lastPoll->setToolTip(tr("Local time: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_lastPoll->setText(tr("Last successful poll: not yet"));
        m_lastPoll->setToolTip({});
    }
    const QDateTime next = m_index.data(IntegrationListModel::NextPollRole).toDateTime();
    const bool polling = badge == IntegrationListModel::Badge::Active || badge == IntegrationListModel::Badge::Syncing;
    if (next.isValid() && polling) {
        m_nextPoll->setText(tr("Next poll: %1").arg(utcText(next)));
        m_nextPoll->setToolTip(tr("Local time: %1").arg(QLocale().toString(next.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_nextPoll->setText(polling ? tr("Next poll: soon") : tr("Next poll: none while not active"));
        m_nextPoll->setToolTip({});
    }
    // An Error state may have been fixed outside the app (a tenant restored): Sync now tries again.
    const bool canSync = badge == IntegrationListModel::Badge::Active || badge == IntegrationListModel::Badge::Error;
    m_syncNow->setEnabled(canSync);
    if (badge == IntegrationListModel::Badge::Syncing) {
        m_syncNow->setToolTip(tr("A sync of this integration is running."));
    } else {
        m_syncNow->setToolTip(canSync ? tr("Sync this integration now") : tr("Only an active integration can sync."));
    }
    const QString summary = tr("%1, %2: %3").arg(organisation, provider, m_badge->text());
    setAccessibleName(summary);
    m_syncNow->setAccessibleDescription(summary);
    m_details->setAccessibleDescription(summary);
}

} // namespace Ledgerlink
