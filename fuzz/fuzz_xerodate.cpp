// libFuzzer target: Xero's "/Date(ms±hhmm)/" parser with arbitrary bytes. Beyond "no crash, no
// UB", a parsed value must survive XeroDate's own formatting unchanged.
#include "providers/xerodate.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = Ledgerlink::XeroDate::parse(text);
    if (parsed) {
        const auto again = Ledgerlink::XeroDate::parse(Ledgerlink::XeroDate::formatDateTime(*parsed));
        if (!again || again->toMSecsSinceEpoch() != parsed->toMSecsSinceEpoch()) {
            std::abort(); // a date we accept but cannot write back the same
        }
    }
    return 0;
}
