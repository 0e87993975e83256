// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>
#include <QProxyStyle>
#include <QString>

class QMenu;
class QWidget;

// How the app looks: the desktop's own palette and style (System), or an explicit Light or Dark
// palette on the Fusion style, chosen under View → Appearance and remembered. Qt 6.4 cannot always
// tell that a Linux desktop is dark (that depends on the platform theme plugin installed), so a
// person can say so once.
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum Mode
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Mode)

    // Remembers the desktop's palette and style as they are now, to come back to them, and puts
    // ReadableStyle around that style. One per application, made after QApplication.
    explicit Appearance(QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Applies the mode to the whole application; saves it when the application persists settings.
    void setMode(Mode mode);
    // The saved mode, applied (System when nothing was saved).
    void restore();
    // "System", "Light" and "Dark" as checkable choices that follow mode().
    QMenu* createMenu(QWidget* parent);

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void modeChanged(Appearance::Mode mode);

private:
    Mode m_mode = System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

// The application's style with one correction: check boxes and radio buttons keep a visible outline on
// dark palettes. Fusion in Qt 6.4 draws their outline a little darker than the window colour, which on a
// dark palette is darker than the box itself — the facet filters' boxes vanished.
class ReadableStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ReadableStyle(const QString& baseStyleName);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};
