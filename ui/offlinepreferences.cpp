// SPDX-License-Identifier: MIT
#include "offlinepreferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OfflinePreferencesDialog::OfflinePreferencesDialog(const OfflineSettings& settings, const QString& connection,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_keep(new QCheckBox(tr("&Keep an offline copy on this computer"), this))
    , m_refresh(new QComboBox(this))
    , m_maxAge(new QSpinBox(this))
    , m_history(new QSpinBox(this))
{
    setObjectName(QStringLiteral("offlinePreferences"));
    setWindowTitle(tr("Preferences"));
    m_keep->setObjectName(QStringLiteral("keepCopyCheck"));
    m_keep->setChecked(settings.keepCopy);
    m_refresh->setObjectName(QStringLiteral("refreshPolicyCombo"));
    m_refresh->addItem(tr("When the copy is older than"), int(OfflineSettings::Refresh::WhenOlder));
    m_refresh->addItem(tr("Always"), int(OfflineSettings::Refresh::Always));
    m_refresh->addItem(tr("Only when I press Refresh"), int(OfflineSettings::Refresh::Manual));
    m_refresh->setCurrentIndex(m_refresh->findData(int(settings.refresh)));
    m_maxAge->setObjectName(QStringLiteral("maxAgeSpin"));
    m_maxAge->setRange(1, 7 * 24 * 60);
    m_maxAge->setSuffix(tr(" min"));
    m_maxAge->setValue(settings.maxAgeMinutes);
    m_history->setObjectName(QStringLiteral("historyDaysSpin"));
    m_history->setRange(1, 3650);
    m_history->setSuffix(tr(" days"));
    m_history->setValue(settings.historyDays);

    auto* form = new QFormLayout;
    form->addRow(m_keep);
    form->addRow(tr("&Refresh on start:"), m_refresh);
    form->addRow(tr("&Older than:"), m_maxAge);
    form->addRow(tr("Keep &history for:"), m_history);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* remove = buttons->addButton(tr("&Delete the Offline Copy…"), QDialogButtonBox::ResetRole);
    remove->setObjectName(QStringLiteral("deleteCopyButton"));
    remove->setEnabled(!connection.isEmpty());
    remove->setToolTip(tr("Deletes the stored snapshots and history of %1").arg(connection));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this, connection] {
        QMessageBox box(QMessageBox::Question, tr("Delete the Offline Copy"),
                        tr("Delete every stored snapshot and the history of %1 on this computer?").arg(connection),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("deleteCopyQuestion"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() == QMessageBox::Yes)
            Q_EMIT deleteCopyRequested();
    });
    connect(m_refresh, &QComboBox::currentIndexChanged, this, &OfflinePreferencesDialog::updateEnabled);
    connect(m_keep, &QCheckBox::toggled, this, &OfflinePreferencesDialog::updateEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEnabled();
}

OfflineSettings OfflinePreferencesDialog::settings() const
{
    OfflineSettings s;
    s.keepCopy = m_keep->isChecked();
    s.refresh = OfflineSettings::Refresh(m_refresh->currentData().toInt());
    s.maxAgeMinutes = m_maxAge->value();
    s.historyDays = m_history->value();
    return s;
}

void OfflinePreferencesDialog::updateEnabled()
{
    m_maxAge->setEnabled(m_refresh->currentData().toInt() == int(OfflineSettings::Refresh::WhenOlder));
    m_history->setEnabled(m_keep->isChecked());
}
