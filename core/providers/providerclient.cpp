#include "providerclient.h"

#include "auth/providerendpoints.h"

#include <QTimer>

namespace Ledgerlink {

ProviderClient::ProviderClient(QObject *parent)
    : QObject(parent)
{ }

ProviderClient::~ProviderClient() = default;

void ProviderClient::writePayments(const QList<PaymentWrite> &payments, WriteCallback callback)
{
    Q_UNUSED(payments);
    // Answered from the event loop like every other call, never synchronously.
    QTimer::singleShot(0, this, [this, callback = std::move(callback)] {
        // The name as the settings checkbox shows it ("QuickBooks Online", not "qbo").
        const auto provider = ProviderEndpoints::fromKey(providerKey());
        const QString name = provider ? ProviderEndpoints::displayName(*provider) : providerKey();
        callback(Error(Error::Kind::Config,
            tr("Sending payments recorded in Ledgerlink to %1 is not supported yet. Click \"Edit Settings…\" "
               "on the integration's page and clear \"Also send payments recorded in Ledgerlink to %1\".")
                .arg(name)));
    });
}

} // namespace Ledgerlink
