#include "testprofile.h"

#include <QStandardPaths>

namespace Ledgerlink {

TestProfile::TestProfile()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace Ledgerlink
