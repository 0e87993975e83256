// SPDX-License-Identifier: MIT
#include "searchbar.h"
#include "icons.h"

#include "accessibility.h"
#include "tones.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_help(new QToolButton(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_clearAction(new QAction(tr("Clear the search"), this))
{
    setObjectName(QStringLiteral("searchBar"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search people (Ctrl+F) — e.g. maria title:engineer -is:inactive"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(380);
    m_edit->installEventFilter(this);
    m_edit->addAction(Icons::get("search"), QLineEdit::LeadingPosition);

    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setMaximumWidth(360);
    m_error->hide();

    m_help->setObjectName(QStringLiteral("searchHelp"));
    m_help->setText(QStringLiteral("?"));
    m_help->setToolTip(tr("Search syntax and examples"));
    m_help->setAccessibleName(tr("Search help"));
    m_help->setAutoRaise(true);
    connect(m_help, &QToolButton::clicked, this, &SearchBar::toggleHelp);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchBar::insertCompletion);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_help);
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::textChanged, this, &SearchBar::onEdited);
    connect(m_edit, &QLineEdit::textEdited, this, &SearchBar::updateCompletion);

    // The keys of the search box, as actions of the bar. The bar itself never has the focus, so Qt's shortcut map
    // never fires them (their context is the bar); eventFilter() does, from the line edit, ahead of the window's
    // shortcuts (Stop is Esc too) and only while no completion list is open.
    m_clearAction->setObjectName(QStringLiteral("clearSearchAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setShortcutContext(Qt::WidgetShortcut);
    m_clearAction->setEnabled(false); // nothing to clear yet
    connect(m_clearAction, &QAction::triggered, m_edit, &QLineEdit::clear);
    auto* results = new QAction(tr("From the search box to the results"), this);
    results->setObjectName(QStringLiteral("searchResultsAction"));
    results->setShortcuts({QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    results->setShortcutContext(Qt::WidgetShortcut);
    connect(results, &QAction::triggered, this, &SearchBar::resultsRequested);
    addAction(m_clearAction);
    addAction(results);
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString& text)
{
    if (m_edit->text() == text) {
        onEdited();
        return;
    }
    m_edit->setText(text);
}

void SearchBar::setValueProvider(std::function<QStringList(const QString&)> provider)
{
    m_values = std::move(provider);
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::onEdited()
{
    m_clearAction->setEnabled(!m_edit->text().isEmpty());
    m_query = UserQuery::parse(m_edit->text());
    showErrors();
    Q_EMIT queryChanged(m_query);
}

void SearchBar::showErrors()
{
    if (!m_query.hasErrors()) {
        m_edit->setStyleSheet(QString());
        m_edit->setToolTip(tr("Type words to find people; field:value narrows by field. Press ? for help."));
        m_error->clear();
        m_error->setAccessibleName(QString());
        m_error->hide();
        m_edit->setAccessibleDescription(QString());
        return;
    }
    m_edit->setStyleSheet(Tones::boxStyleSheet("QLineEdit", Tones::Tone::Error, palette()));
    const QString all = m_query.errorText();
    m_edit->setToolTip(all);
    const QString first = m_query.errors().first().message;
    Tones::setToned(m_error, m_error->fontMetrics().elidedText(first, Qt::ElideRight, m_error->maximumWidth()),
                    Tones::Tone::Error);
    m_error->setToolTip(all);
    // Read with the field, while typing: a screen reader hears the description change (Qt sends
    // DescriptionChanged) and reads it again with the field.
    const QString problem = Accessibility::purposeAndText(tr("Search problem"), all);
    m_error->setAccessibleName(problem);
    m_edit->setAccessibleDescription(problem);
}

qsizetype SearchBar::tokenStart() const
{
    const QString text = m_edit->text();
    qsizetype start = m_edit->cursorPosition();
    bool inQuote = false;
    // A quoted value may hold spaces: count quotes from the left to know whether the cursor is inside one.
    for (qsizetype i = 0; i < start; ++i) {
        if (text[i] == QLatin1Char('"'))
            inQuote = !inQuote;
    }
    while (start > 0) {
        const QChar c = text[start - 1];
        if (c == QLatin1Char('"'))
            inQuote = !inQuote;
        if (!inQuote && c.isSpace())
            break;
        --start;
    }
    return start;
}

void SearchBar::updateCompletion()
{
    const QString text = m_edit->text();
    const qsizetype start = tokenStart();
    QString token = text.mid(start, m_edit->cursorPosition() - start);
    QString prefix;
    if (token.startsWith(QLatin1Char('-'))) {
        prefix = QStringLiteral("-");
        token.remove(0, 1);
    }
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList items;
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        for (const QString& f : UserQuery::fieldNames())
            items.append(prefix + f + QLatin1Char(':'));
        for (const QString& f : UserQuery::flagNames(UserQueryTerm::Field::Is))
            items.append(prefix + QStringLiteral("is:") + f);
        for (const QString& f : UserQuery::flagNames(UserQueryTerm::Field::Has))
            items.append(prefix + QStringLiteral("has:") + f);
    } else {
        const QString field = token.left(colon).toLower();
        QStringList values;
        if (field == QLatin1String("is") || field == QLatin1String("has")) {
            values = UserQuery::flagNames(field == QLatin1String("is") ? UserQueryTerm::Field::Is
                                                                       : UserQueryTerm::Field::Has);
        } else if (field == QLatin1String("setting")) {
            for (int s = 0; s < UserSettingCount; ++s)
                values.append(userSettingKey(UserSetting(s)));
        } else if (m_values && (field == QLatin1String("title") || field == QLatin1String("lang") ||
                                field == QLatin1String("manager") || field == QLatin1String("under"))) {
            values = m_values(field == QLatin1String("under") ? QStringLiteral("manager") : field);
        }
        // Offered unquoted so "title:Sen" finds "Senior …"; insertCompletion() adds the quotes.
        const QString head = prefix + token.left(colon + 1);
        for (const QString& v : std::as_const(values))
            items.append(head + v);
        if (token.size() > colon + 1 && token[colon + 1] == QLatin1Char('"'))
            token.remove(colon + 1, 1);
    }
    m_completions->setStringList(items);
    m_completer->setCompletionPrefix(prefix + token);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix + token)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void SearchBar::insertCompletion(const QString& completion)
{
    const QString text = m_edit->text();
    const qsizetype start = tokenStart();
    const qsizetype cursor = m_edit->cursorPosition();
    QString term = completion;
    const qsizetype colon = term.indexOf(QLatin1Char(':'));
    if (colon >= 0 && colon + 1 < term.size())
        term = term.left(colon + 1) + UserQuery::quoted(term.mid(colon + 1));
    QString replaced = text.left(start) + term;
    if (!completion.endsWith(QLatin1Char(':')))
        replaced += QLatin1Char(' ');
    m_edit->setText(replaced + text.mid(cursor));
    m_edit->setCursorPosition(int(replaced.size()));
    if (completion.endsWith(QLatin1Char(':')))
        updateCompletion(); // straight on to the values
}

void SearchBar::changeEvent(QEvent* event)
{
    // Light ↔ dark while a problem is shown: the hint and the box take the new palette's tones.
    if (event->type() == QEvent::PaletteChange && m_query.hasErrors())
        showErrors();
    QWidget::changeEvent(event);
}

bool SearchBar::windowShortcutWins(const QKeyEvent* key) const
{
    // Typing and the editing keys (copy, paste, undo, word moves) stay the box's; any other key that is a shortcut
    // of the window (Ctrl+E, Ctrl+R, …) is the window's, though QLineEdit claims some (Ctrl+E: end of line).
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods == Qt::NoModifier || keyAction(key))
        return false;
    static const QKeySequence::StandardKey editing[] = {QKeySequence::Copy,
                                                        QKeySequence::Cut,
                                                        QKeySequence::Paste,
                                                        QKeySequence::Undo,
                                                        QKeySequence::Redo,
                                                        QKeySequence::SelectAll,
                                                        QKeySequence::MoveToNextWord,
                                                        QKeySequence::MoveToPreviousWord,
                                                        QKeySequence::SelectNextWord,
                                                        QKeySequence::SelectPreviousWord,
                                                        QKeySequence::DeleteStartOfWord,
                                                        QKeySequence::DeleteEndOfWord,
                                                        QKeySequence::Delete,
                                                        QKeySequence::Backspace};
    for (QKeySequence::StandardKey standard : editing) {
        if (key->matches(standard))
            return false;
    }
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction*> actions = window()->findChildren<QAction*>();
    return std::any_of(actions.begin(), actions.end(), [&pressed](const QAction* action) {
        return action->isEnabled() &&
               (action->shortcutContext() == Qt::WindowShortcut ||
                action->shortcutContext() == Qt::ApplicationShortcut) &&
               action->shortcuts().contains(pressed);
    });
}

QAction* SearchBar::keyAction(const QKeyEvent* key) const
{
    if (m_completer->popup()->isVisible())
        return nullptr; // the completion list takes the keys
    // The keypad's Enter (and its arrows without Num Lock) are the same keys here.
    const QKeySequence pressed(QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
    const QList<QAction*> own = actions();
    for (QAction* action : own) {
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return action;
    }
    return nullptr;
}

bool SearchBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched->objectName() == QLatin1String("searchHelpPopup") && event->type() == QEvent::MouseButtonPress) {
        // A click on "?" closes the open help; it must not reach the button again and open it anew.
        const QPoint at = static_cast<QMouseEvent*>(event)->globalPosition().toPoint();
        auto* popup = static_cast<QWidget*>(watched);
        popup->setAttribute(Qt::WA_NoMouseReplay, m_help->rect().contains(m_help->mapFromGlobal(at)));
        return false;
    }
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride &&
        windowShortcutWins(static_cast<QKeyEvent*>(event)))
        return true; // not accepted: the window's shortcut fires (Ctrl+E exports what was just typed for)
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (QAction* action = keyAction(key)) {
            // Claiming the key in ShortcutOverride keeps it from window shortcuts; it then arrives as a key press.
            if (event->type() == QEvent::ShortcutOverride)
                event->accept();
            else
                action->trigger();
            return true;
        }
        if (key->key() == Qt::Key_F1 && event->type() == QEvent::KeyPress) {
            showHelp();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString SearchBar::helpHtml()
{
    return tr("<h3>Search syntax</h3>"
              "<p>Every word must appear (in any order) in the name, email, aliases, title, phone, extension or id. "
              "Case and accents do not matter: <i>jose</i> finds José.</p>"
              "<table cellspacing='4'>"
              "<tr><td><code>maria lopez</code></td><td>both words</td></tr>"
              "<tr><td><code>\"sales engineer\"</code></td><td>the exact phrase</td></tr>"
              "<tr><td><code>-contractor</code></td><td>leave out matches (works before any term)</td></tr>"
              "<tr><td><code>name: email: title: phone:</code></td><td>look in one field; "
              "<code>title:=\"VP, Sales\"</code> is the whole field; <code>title:a,b</code> is a or b</td></tr>"
              "<tr><td><code>id:123</code></td><td>exact id</td></tr>"
              "<tr><td><code>lang:es</code></td><td>speaks es-ES, es-MX, …; <code>lang:primary=de</code>: "
              "primary language</td></tr>"
              "<tr><td><code>manager:maria</code></td><td>direct manager's name, email or id</td></tr>"
              "<tr><td><code>under:maria</code></td><td>everyone below Maria, at any depth</td></tr>"
              "<tr><td><code>created:2023</code></td><td>also <code>created:&gt;=2024-03-01</code>, "
              "<code>&lt;</code>, <code>&lt;=</code>, <code>&gt;</code></td></tr>"
              "<tr><td><code>is:active is:inactive is:manager</code></td><td>status; has direct reports</td></tr>"
              "<tr><td><code>has:manager has:phone has:aliases</code></td><td></td></tr>"
              "<tr><td><code>setting:emailsImported</code></td><td>setting on; "
              "<code>setting:emailsImported=off,unknown</code></td></tr>"
              "<tr><td><code>changed:managerId</code></td><td>changed since the snapshot before, by the offline "
              "history; <code>changed:settings.emailsImported</code>, <code>changed:*</code></td></tr>"
              "<tr><td><code>joined:30d</code></td><td>joined in the last 30 days; also "
              "<code>joined:&gt;=2024-03-01</code></td></tr>"
              "</table>"
              "<h4>Examples</h4>"
              "<p><code>under:\"Ana Silva\" is:active -lang:en</code><br>"
              "<code>title:engineer created:&gt;=2024 -setting:webConferencesRecorded</code><br>"
              "<code>changed:managerId under:\"Ana Ortiz\"</code></p>"
              "<p>Esc clears the search; Ctrl+F comes back to it.</p>");
}

void SearchBar::showHelp()
{
    // A frame around the text, not a QLabel popup: QLabel keeps the mouse presses and Esc for its text, so a
    // popup QLabel never closed. A frame closes on Esc and on a click outside, as popups do.
    auto* popup = findChild<QFrame*>(QStringLiteral("searchHelpPopup"));
    if (!popup) {
        popup = new QFrame(this, Qt::Popup);
        popup->setObjectName(QStringLiteral("searchHelpPopup"));
        popup->setFrameShape(QFrame::StyledPanel);
        popup->setAccessibleName(tr("Search help"));
        auto* text = new QLabel(popup);
        text->setObjectName(QStringLiteral("searchHelpText"));
        text->setTextFormat(Qt::RichText);
        text->setText(helpHtml());
        text->setWordWrap(true);
        text->setMargin(12);
        text->setFixedWidth(560);
        auto* layout = new QVBoxLayout(popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(text);
        popup->installEventFilter(this);
    }
    popup->adjustSize();
    popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    popup->show();
}

void SearchBar::toggleHelp()
{
    auto* popup = findChild<QFrame*>(QStringLiteral("searchHelpPopup"));
    if (popup && popup->isVisible())
        popup->close();
    else
        showHelp();
}
