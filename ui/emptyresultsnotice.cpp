// SPDX-License-Identifier: MIT
#include "emptyresultsnotice.h"

#include "directory/directory.h"
#include "models/userfiltermodel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyResultsNotice::EmptyResultsNotice(QAbstractItemView* view, const UserFilterModel* model, const QString& objectName)
    : QFrame(view->viewport())
    , m_view(view)
    , m_model(model)
    , m_text(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear Search and Filters"), this))
{
    setObjectName(objectName);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setTextFormat(Qt::PlainText); // it quotes the query
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear->setObjectName(objectName + QStringLiteral("Clear"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addStretch(1);
    layout->addWidget(m_text); // full width: a wrapped label is only as tall as its lines at the width it gets
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_clear, &QPushButton::clicked, this, &EmptyResultsNotice::clearRequested);

    view->viewport()->installEventFilter(this);
    connect(model, &UserFilterModel::visibleCountChanged, this, &EmptyResultsNotice::update);
    connect(model, &UserFilterModel::filterChanged, this, &EmptyResultsNotice::update);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyResultsNotice::update);
    hide();
    update();
}

QString EmptyResultsNotice::reason(const UserFilterModel& model)
{
    if (model.rowCount() > 0 || !model.isFiltered() || !model.directory() || model.directory()->count() == 0)
        return QString();
    QString why;
    const QList<UserQueryTerm>& terms = model.query().terms();
    for (int t : model.matcher().termsNamingNobody()) {
        const UserQueryTerm& term = terms.at(t);
        if (term.negated)
            continue;
        const QString field =
            term.field == UserQueryTerm::Field::Under ? QStringLiteral("under:") : QStringLiteral("manager:");
        why = tr("No one in the directory is named “%1”: %2 takes the name, email or id of someone loaded.")
                  .arg(term.values.join(QLatin1String(", ")), field);
        break;
    }
    if (why.isEmpty()) {
        const QString query = model.query().text().trimmed();
        if (model.facetSelection().isEmpty())
            why = tr("No one matches “%1”.").arg(query);
        else if (model.query().isEmpty())
            why = tr("No one matches the chosen filters.");
        else
            why = tr("No one matches “%1” with the chosen filters.").arg(query);
    }
    return why + QLatin1Char('\n') +
           tr("Remove a word or a filter to widen the search, or clear them all (Esc in the "
              "search box clears the search).");
}

void EmptyResultsNotice::update()
{
    const QString text = reason(*m_model);
    m_text->setText(text);
    setGeometry(m_view->viewport()->rect());
    setVisible(!text.isEmpty());
}

bool EmptyResultsNotice::eventFilter(QObject* watched, QEvent* event)
{
    // The type first: the viewport's events keep coming while the view is half destroyed, when it is no longer one.
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        setGeometry(m_view->viewport()->rect());
    return QFrame::eventFilter(watched, event);
}
