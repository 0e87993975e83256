// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

// The "Columns" part of the export dialog: which columns go into the file and in what order. Every column is
// listed, the checked ones first; the order can be changed by dragging or, without a mouse, with Move up/down and
// Alt+Up/Alt+Down.
class ExportColumnPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExportColumnPicker(QWidget* parent = nullptr);

    // Checks these columns (API keys, in this order) and lists the others after them, unchecked.
    void setColumns(const QStringList& checkedKeys);
    QStringList checkedColumns() const;
    // What the columns mean for the chosen format; `choosable` false greys the list (formats without columns).
    void setNote(const QString& note, bool choosable);
    void setChoosable(bool choosable);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveColumn(int delta); // the current column, one place up (-1) or down (1)
    void checkAll(Qt::CheckState state);
    void updateMoveButtons();

    QLabel* m_note = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_all = nullptr;
    QPushButton* m_none = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
};
