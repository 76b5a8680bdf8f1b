#include "providerclient.h"

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
        callback(Error(Error::Kind::Config,
            tr("Sending local payments to %1 is not supported yet. Turn off \"Send local payments\" in the "
               "integration's settings.")
                .arg(providerKey())));
    });
}

} // namespace Ledgerlink
