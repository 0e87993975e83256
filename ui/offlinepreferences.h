// SPDX-License-Identifier: MIT
#pragma once

#include "offlinesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Preferences for the offline copy: keep one, when to refresh a copy the window starts from (when older than N
// minutes, always, or only on Refresh), how many days of history to keep, and deleting this connection's copy.
class OfflinePreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    OfflinePreferencesDialog(const OfflineSettings& settings, const QString& connection, QWidget* parent = nullptr);

    OfflineSettings settings() const;

Q_SIGNALS:
    // "Delete the offline copy" of the connection shown (confirmed).
    void deleteCopyRequested();

private:
    void updateEnabled();

    QCheckBox* m_keep;
    QComboBox* m_refresh;
    QSpinBox* m_maxAge;
    QSpinBox* m_history;
};
