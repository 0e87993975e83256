// SPDX-License-Identifier: MIT
// The parts of the windows the GUI tests drive, found as KeePassXC's GUI tests find theirs: by object name, with
// findChild, so the production classes carry no getters for tests. A part that is missing stops the test, naming it.
#pragma once

#include <QLabel>
#include <QObject>
#include <QProgressBar>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace WindowParts {
// The T named `name` below `root`, or null (a dialog that is not open, or no longer).
template <typename T> T* findPart(const QObject& root, const char* name)
{
    return root.findChild<T*>(QLatin1String(name));
}

// The T named `name` below `root`, which must be there.
template <typename T> T* part(const QObject& root, const char* name)
{
    T* found = findPart<T>(root, name);
    if (!found) {
        std::fprintf(stderr, "FAIL: no %s named \"%s\" in %s\n", T::staticMetaObject.className(), name,
                     qPrintable(root.objectName()));
        std::abort();
    }
    return found;
}

// The one current person of the main window, as the details pane shows them.
inline QString currentUserId(const QObject& window)
{
    return part<QLabel>(window, "detailId")->text();
}

// What the status bar says about loading: the progress bar's text while it shows one, else the loading state.
inline QString statusText(const QObject& window)
{
    const QProgressBar* progress = part<QProgressBar>(window, "loadingProgress");
    return progress->isVisible() || progress->maximum() > 0 ? progress->text()
                                                            : part<QLabel>(window, "loadingStateLabel")->text();
}
} // namespace WindowParts
