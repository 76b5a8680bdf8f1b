#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Ledgerlink {

/// A throwaway profile folder for one test: settings, database and logs live under it and
/// vanish afterwards. Also switches QStandardPaths into test mode.
class TestProfile
{
public:
    TestProfile();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace Ledgerlink
