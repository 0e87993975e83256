// SPDX-License-Identifier: MIT
#include "detailpane.h"

#include "accessibility.h"
#include "copyfeedback.h"
#include "detaillabels.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "linklabelaccessible.h"
#include "models/orgtreemodel.h"
#include "models/userfiltermodel.h"
#include "persondetails.h"
#include "tones.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace DetailLabels;

DetailPane::DetailPane(Directory* directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Person details"));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the links and buttons inside; the area shows the focused one
    outer->addWidget(scroll);

    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    m_hiddenNotice = new QLabel(page);
    m_hiddenNotice->setObjectName(QStringLiteral("detailHiddenNotice"));
    m_hiddenNotice->setWordWrap(true);
    m_hiddenNotice->setTextFormat(Qt::PlainText); // it names the person
    m_hiddenNotice->hide();
    pageLayout->addWidget(m_hiddenNotice);
    m_empty = new QLabel(tr("Select a person to see their details."), page);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    pageLayout->addWidget(m_empty);

    m_content = new QWidget(page);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    pageLayout->addWidget(m_content);
    pageLayout->addStretch(1);
    scroll->setWidget(page);

    // Header
    auto* nameRow = new QHBoxLayout;
    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A name in Arabic or Hebrew reads right to left but stays at the window's leading edge (a plain AlignLeft
    // follows the text's direction and would push it to the far side of the header).
    m_name->setAlignment(leadingEdge(layoutDirection()));
    m_badge = new QLabel(m_content);
    m_badge->setObjectName(QStringLiteral("detailBadge"));
    m_badge->setContentsMargins(6, 1, 6, 1);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(nameRow);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(leadingEdge(layoutDirection()));
    layout->addWidget(m_title);

    auto* emailRow = new QHBoxLayout;
    m_email = richLabel(m_content, QStringLiteral("detailEmail"));
    m_copyEmail = new QToolButton(m_content);
    m_copyEmail->setObjectName(QStringLiteral("detailCopyEmail"));
    m_copyEmail->setText(tr("Copy email"));
    m_copyEmail->setToolTip(tr("Copy the email address to the clipboard"));
    m_copyId = new QToolButton(m_content);
    m_copyId->setObjectName(QStringLiteral("detailCopyId"));
    m_copyId->setText(tr("Copy id"));
    m_copyId->setToolTip(tr("Copy the Gong user id to the clipboard"));
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_copyEmail);
    emailRow->addWidget(m_copyId);
    layout->addLayout(emailRow);
    connect(m_copyEmail, &QToolButton::clicked, this, [this] {
        const int row = m_directory->rowOf(m_userId);
        if (row >= 0)
            CopyFeedback::copy(m_directory->user(row).emailAddress, m_copyEmail);
    });
    connect(m_copyId, &QToolButton::clicked, this, [this] { CopyFeedback::copy(m_userId, m_copyId); });

    // Contact
    layout->addWidget(heading(tr("Contact"), m_content));
    m_contactForm = new QFormLayout;
    m_contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_contactForm);

    // Manager chain
    layout->addWidget(heading(tr("Manager chain"), m_content));
    m_chain = richLabel(m_content, QStringLiteral("detailChain"));
    layout->addWidget(m_chain);
    m_chainWarning = new QLabel(m_content);
    m_chainWarning->setObjectName(QStringLiteral("detailChainWarning"));
    styleAsWarning(m_chainWarning);
    layout->addWidget(m_chainWarning);

    // Reports
    m_reportsSummary = heading(QString(), m_content);
    m_reportsSummary->setObjectName(QStringLiteral("detailReportsSummary"));
    m_reportsSummary->setWordWrap(true);
    m_exportTeam = new QToolButton(m_content);
    m_exportTeam->setObjectName(QStringLiteral("detailExportTeam"));
    m_exportTeam->setText(tr("Export team…"));
    m_exportTeam->setToolTip(tr("Export this person and everyone below them"));
    m_exportTeam->setAccessibleDescription(m_exportTeam->toolTip());
    auto* reportsRow = new QHBoxLayout;
    reportsRow->addWidget(m_reportsSummary, 1);
    reportsRow->addWidget(m_exportTeam, 0, Qt::AlignTop);
    layout->addLayout(reportsRow);
    connect(m_exportTeam, &QToolButton::clicked, this, [this] {
        if (!m_userId.isEmpty())
            Q_EMIT exportTeamRequested(m_userId);
    });
    m_reports = new QListWidget(m_content);
    m_reports->setObjectName(QStringLiteral("detailReports"));
    m_reports->setAccessibleName(tr("Direct reports"));
    layout->addWidget(m_reports);
    connect(m_reports, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT userActivated(item->data(Qt::UserRole).toString()); });

    // Languages
    layout->addWidget(heading(tr("Languages"), m_content));
    m_languages = new QLabel(m_content);
    m_languages->setObjectName(QStringLiteral("detailLanguages"));
    m_languages->setWordWrap(true);
    layout->addWidget(m_languages);

    // Settings
    layout->addWidget(heading(tr("Settings"), m_content));
    auto* settingsForm = new QFormLayout;
    for (int s = 0; s < UserSettingCount; ++s) {
        m_settingValues[s] = new QLabel(m_content);
        m_settingValues[s]->setObjectName(QStringLiteral("setting_") + userSettingKey(UserSetting(s)));
        auto* label = new QLabel(PersonDetails::settingLabel(UserSetting(s)), m_content);
        label->setToolTip(tr("API field settings.%1").arg(userSettingKey(UserSetting(s))));
        label->setBuddy(m_settingValues[s]); // a screen reader reads the value labelled by its setting
        settingsForm->addRow(label, m_settingValues[s]);
    }
    layout->addLayout(settingsForm);
    m_settingsWarning = new QLabel(m_content);
    m_settingsWarning->setObjectName(QStringLiteral("detailSettingsWarning"));
    styleAsWarning(m_settingsWarning);
    layout->addWidget(m_settingsWarning);

    // Record
    layout->addWidget(heading(tr("Record"), m_content));
    auto* recordForm = new QFormLayout;
    m_created = new QLabel(m_content);
    m_created->setObjectName(QStringLiteral("detailCreated"));
    m_id = new QLabel(m_content);
    m_id->setObjectName(QStringLiteral("detailId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    for (QLabel* value : {m_created, m_id}) {
        auto* label = new QLabel(value == m_created ? tr("Created") : tr("Id"), m_content);
        label->setBuddy(value);
        recordForm->addRow(label, value);
    }
    layout->addLayout(recordForm);

    m_otherToggle = new QToolButton(m_content);
    m_otherToggle->setObjectName(QStringLiteral("detailOtherToggle"));
    m_otherToggle->setCheckable(true);
    m_otherToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_otherToggle->setArrowType(Qt::RightArrow);
    m_otherToggle->setAutoRaise(true);
    m_otherFields = new QLabel(m_content);
    m_otherFields->setObjectName(QStringLiteral("detailOtherFields"));
    m_otherFields->setWordWrap(true);
    m_otherFields->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_otherFields->hide();
    layout->addWidget(m_otherToggle);
    layout->addWidget(m_otherFields);
    connect(m_otherToggle, &QToolButton::toggled, this, [this](bool open) {
        m_otherToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_otherFields->setVisible(open);
    });

    for (QLabel* label : {m_email, m_chain})
        connect(label, &QLabel::linkActivated, this, &DetailPane::onLink);

    // Window-wide, so they work from the table and the org chart as well as from the pane.
    m_managerAction = new QAction(tr("Go to manager"), this);
    m_managerAction->setObjectName(QStringLiteral("goToManagerAction"));
    m_managerAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_managerAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_managerAction, &QAction::triggered, this, [this] {
        const int row = m_directory->rowOf(m_userId);
        const int manager = row < 0 ? -1 : m_directory->managerRow(row);
        if (manager >= 0)
            Q_EMIT userActivated(m_directory->user(manager).id);
    });
    m_firstReportAction = new QAction(tr("Go to first direct report"), this);
    m_firstReportAction->setObjectName(QStringLiteral("goToFirstReportAction"));
    m_firstReportAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_firstReportAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_firstReportAction, &QAction::triggered, this, [this] {
        if (m_reports->count() > 0)
            Q_EMIT userActivated(m_reports->item(0)->data(Qt::UserRole).toString());
    });
    addAction(m_managerAction);
    addAction(m_firstReportAction);

    // People above and below arrive page by page: keep the shown person current, cheaply.
    m_renderLater.setSingleShot(true);
    m_renderLater.setInterval(0);
    connect(&m_renderLater, &QTimer::timeout, this, &DetailPane::render);
    connect(directory, &Directory::usersAppended, this, &DetailPane::scheduleRender);
    connect(directory, &Directory::usersChanged, this, &DetailPane::scheduleRender);
    connect(directory, &Directory::derivedDataChanged, this, &DetailPane::scheduleRender);
    connect(directory, &Directory::usersRemoved, this, &DetailPane::scheduleRender);
    connect(directory, &Directory::reset, this, &DetailPane::scheduleRender);

    render();
}

void DetailPane::addSection(QWidget* section)
{
    section->setParent(m_content);
    m_content->layout()->addWidget(section);
}

void DetailPane::setUser(const QString& userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    render();
}

void DetailPane::setOrgTreeModel(OrgTreeModel* model)
{
    m_orgModel = model;
    render();
}

void DetailPane::setFilterModel(const UserFilterModel* model)
{
    m_filter = model;
    connect(model, &UserFilterModel::filterChanged, this, &DetailPane::updateHiddenNotice);
    connect(model, &UserFilterModel::visibleCountChanged, this, &DetailPane::updateHiddenNotice);
    updateHiddenNotice();
}

void DetailPane::updateHiddenNotice()
{
    const int row = m_directory->rowOf(m_userId);
    const bool hidden = m_filter && row >= 0 && !m_filter->indexOfRow(row).isValid();
    if (hidden)
        Tones::setToned(m_hiddenNotice,
                        tr("Not in the results: the search or the filters hide %1. Their details stay here until "
                           "you choose someone else.")
                            .arg(m_directory->user(row).displayName()),
                        Tones::Tone::Warning);
    m_hiddenNotice->setVisible(hidden);
}

void DetailPane::scheduleRender()
{
    if (!m_userId.isEmpty())
        m_renderLater.start();
}

void DetailPane::onLink(const QString& href)
{
    const QString userScheme = PersonDetails::userLinkScheme();
    if (href.startsWith(userScheme)) {
        Q_EMIT userActivated(href.mid(userScheme.size()));
        return;
    }
    QDesktopServices::openUrl(QUrl(href));
}

void DetailPane::render()
{
    const int row = m_directory->rowOf(m_userId);
    updateHiddenNotice();
    m_empty->setVisible(row < 0);
    m_content->setVisible(row >= 0);
    m_managerAction->setEnabled(row >= 0 && m_directory->managerRow(row) >= 0);
    if (row < 0) {
        m_reports->clear();
        m_reportsShown.clear();
        m_firstReportAction->setEnabled(false);
        return;
    }
    const User& user = m_directory->user(row);
    renderHeader(user);
    renderContact(user);
    renderChain(row);
    renderReports(row);
    renderLanguages(user);
    renderSettings(user);
    renderRecord(user);
}

void DetailPane::renderHeader(const User& user)
{
    m_name->setText(UserColumns::singleLine(user.displayName()));
    m_title->setText(UserColumns::singleLine(user.title));
    m_title->setVisible(!user.title.isEmpty());
    const bool known = user.active != TriState::Unknown;
    m_badge->setVisible(known);
    m_badge->setText(user.isActive() ? tr("Active") : tr("Inactive"));
    m_badge->setAccessibleName(m_badge->text());
    // Green for active, grey for inactive, from the palette-independent pair that reads on light and dark.
    m_badge->setStyleSheet(user.isActive()
                               ? QStringLiteral("QLabel { background: #2e7d32; color: white; border-radius: 6px; }")
                               : QStringLiteral("QLabel { background: #757575; color: white; border-radius: 6px; }"));
    setRichText(m_email, PersonDetails::emailHtml(user));
    m_copyEmail->setEnabled(!user.emailAddress.isEmpty());
}

void DetailPane::renderContact(const User& user)
{
    const QStringList rows = PersonDetails::contactRows(user); // label, html, label, html, ...
    if (rows == m_contactShown && m_contactForm->rowCount() > 0)
        return;
    m_contactShown = rows;
    while (m_contactForm->rowCount() > 0)
        m_contactForm->removeRow(0);
    QWidget* previous = m_copyId; // new widgets go last in Tab order: put them where they are shown
    for (qsizetype i = 0; i + 1 < rows.size(); i += 2) {
        QLabel* value = richLabel(m_content, QString());
        setRichText(value, rows[i + 1]);
        connect(value, &QLabel::linkActivated, this, &DetailPane::onLink);
        m_contactForm->addRow(rows[i], value);
        QWidget::setTabOrder(previous, value);
        previous = value;
    }
    if (m_contactForm->rowCount() == 0)
        m_contactForm->addRow(new QLabel(tr("No contact details"), m_content));
}

void DetailPane::renderChain(int row)
{
    setRichText(m_chain, PersonDetails::chainHtml(*m_directory, row));
    const QString warning = PersonDetails::chainWarning(*m_directory, row);
    m_chainWarning->setText(warning.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + warning);
    m_chainWarning->setVisible(!warning.isEmpty());
}

void DetailPane::renderReports(int row)
{
    QList<int> reports = m_directory->directReports(row);
    const QLocale locale;
    std::sort(reports.begin(), reports.end(), [this, &locale](int a, int b) {
        return locale.toLower(m_directory->user(a).displayName()) < locale.toLower(m_directory->user(b).displayName());
    });
    const QModelIndex inTree = m_orgModel ? m_orgModel->indexOfUser(m_userId) : QModelIndex();
    const int total = inTree.isValid() ? m_orgModel->totalReports(inTree) : m_directory->totalReports(row);
    m_exportTeam->setVisible(!reports.isEmpty());
    m_reportsSummary->setText(reports.isEmpty() ? tr("No direct reports")
                                                : tr("Direct reports (%1) · %2 in the organisation below")
                                                      .arg(locale.toString(reports.size()), locale.toString(total)));
    QStringList shown; // id, text, id, text, ...
    for (int r : std::as_const(reports)) {
        const User& u = m_directory->user(r);
        shown << u.id
              << UserColumns::singleLine(u.title.isEmpty() ? u.displayName()
                                                           : QStringLiteral("%1 — %2").arg(u.displayName(), u.title));
    }
    if (shown != m_reportsShown) {
        m_reportsShown = shown;
        m_reports->clear();
        for (qsizetype i = 0; i + 1 < shown.size(); i += 2) {
            auto* item = new QListWidgetItem(shown[i + 1], m_reports);
            item->setData(Qt::UserRole, shown[i]);
        }
    }
    m_reports->setVisible(!reports.isEmpty());
    // As tall as its rows, up to eight; the list scrolls beyond that.
    const int rows = std::min<int>(int(reports.size()), 8);
    if (rows > 0)
        m_reports->setFixedHeight(rows * m_reports->sizeHintForRow(0) + 2 * m_reports->frameWidth() + 2);
    m_firstReportAction->setEnabled(!reports.isEmpty());
}

void DetailPane::renderLanguages(const User& user)
{
    m_languages->setText(PersonDetails::languagesText(user));
}

void DetailPane::renderSettings(const User& user)
{
    for (int s = 0; s < UserSettingCount; ++s)
        Accessibility::setLabelText(m_settingValues[s], PersonDetails::settingLabel(UserSetting(s)),
                                    PersonDetails::settingValue(user.settings[s]));
    const QStringList warnings = PersonDetails::settingsWarnings(user);
    m_settingsWarning->setText(
        warnings.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + warnings.join(QStringLiteral("\n\u26A0 ")));
    m_settingsWarning->setVisible(!warnings.isEmpty());
}

void DetailPane::renderRecord(const User& user)
{
    if (user.createdMsecs != 0)
        m_created->setText(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(user.createdMsecs).toLocalTime(), QLocale::LongFormat));
    const QString created = user.createdText();
    if (user.createdMsecs == 0)
        m_created->setText(created.isEmpty() ? tr("Unknown") : created);
    m_created->setToolTip(created);
    m_id->setText(user.id);
    m_created->setAccessibleName(Accessibility::purposeAndText(tr("Created"), m_created->text()));
    m_id->setAccessibleName(Accessibility::purposeAndText(tr("Id"), user.id));

    const QStringList lines = PersonDetails::otherFieldLines(user);
    m_otherToggle->setText(tr("Other fields (%1)").arg(lines.size()));
    m_otherToggle->setVisible(!lines.isEmpty());
    m_otherFields->setText(lines.join(QLatin1Char('\n')));
    m_otherFields->setVisible(!lines.isEmpty() && m_otherToggle->isChecked());
}

void DetailPane::changeEvent(QEvent* event)
{
    // Light ↔ dark while the app runs (Qt 6 tells widgets with PaletteChange, not ApplicationPaletteChange).
    if (event->type() == QEvent::PaletteChange) {
        styleAsWarning(m_chainWarning);
        styleAsWarning(m_settingsWarning);
        // A rich-text label takes its link colour from the palette when its text is set: set it again.
        for (QLabel* label : m_content->findChildren<QLabel*>()) {
            if (label->textFormat() == Qt::RichText && !label->text().isEmpty()) {
                const QString text = label->text();
                label->clear();
                label->setText(text);
            }
        }
    }
    QWidget::changeEvent(event);
}
