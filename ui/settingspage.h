#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ledgerlink {

class MessageBar;
class Settings;

/// The Settings section: default poll interval, database location (SQLite file or PostgreSQL
/// address), language and start minimised. Saved through Settings; the database location and the
/// language take effect the next time Ledgerlink starts.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Settings &settings, QWidget *parent = nullptr);

    /// Re-reads the stored values, discarding unsaved edits.
    void load();
    /// Validates and stores; false (with the reason shown) when something is wrong.
    bool save();

Q_SIGNALS:
    void saved();

private:
    void markDirty();
    void browseForFile();
    void updateLocationPlaceholder();

    Settings &m_settings;
    QSpinBox *m_pollMinutes = nullptr;
    QComboBox *m_backend = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    MessageBar *m_message = nullptr;
    bool m_loading = false;
};

} // namespace Ledgerlink
