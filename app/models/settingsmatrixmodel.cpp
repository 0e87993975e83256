// SPDX-License-Identifier: MIT
#include "settingsmatrixmodel.h"

#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "search/userquery.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
// Internal ids are matrix rows + 1, so that 0 stays "no parent".
quintptr idOf(int matrixRow)
{
    return quintptr(matrixRow) + 1;
}
} // namespace

SettingsMatrixModel::SettingsMatrixModel(Directory* directory, QObject* parent)
    : QAbstractItemModel(parent)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &SettingsMatrixModel::recompute);
    connect(directory, &Directory::usersAppended, this, &SettingsMatrixModel::schedule);
    connect(directory, &Directory::usersChanged, this, &SettingsMatrixModel::schedule);
    connect(directory, &Directory::usersRemoved, this, &SettingsMatrixModel::schedule);
    connect(directory, &Directory::derivedDataChanged, this, &SettingsMatrixModel::schedule);
    // A reset (a connection switch, a refresh that starts over) must not leave rows that point past the directory.
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, [this] {
        m_matrix = SettingsMatrix::compute(*m_directory, m_options);
        endResetModel();
        Q_EMIT recomputed();
    });
    recompute();
}

void SettingsMatrixModel::schedule()
{
    // Not restarted by each page: while pages arrive the matrix follows at the timer's pace. The pause grows with
    // the cost of a computation, so a large directory spends at most a fifth of its time on it.
    if (!m_timer.isActive())
        m_timer.start();
}

void SettingsMatrixModel::recompute()
{
    m_timer.stop();
    QElapsedTimer clock;
    clock.start();
    beginResetModel();
    m_matrix = SettingsMatrix::compute(*m_directory, m_options);
    endResetModel();
    m_timer.setInterval(qBound(qint64(150), clock.elapsed() * 5, qint64(2000)));
    Q_EMIT recomputed();
}

void SettingsMatrixModel::setOptions(const SettingsMatrix::Options& options)
{
    if (options == m_options)
        return;
    m_options = options;
    recompute();
}

int SettingsMatrixModel::matrixRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return int(index.internalId()) - 1;
}

QModelIndex SettingsMatrixModel::indexOfMatrixRow(int matrixRow, int column) const
{
    const QList<SettingsMatrix::Row>& rows = m_matrix.rows();
    if (matrixRow < 0 || matrixRow >= rows.size())
        return {};
    const int parent = rows[matrixRow].parent;
    const QList<int> siblings = parent >= 0 ? rows[parent].children : m_matrix.roots();
    const int position = int(siblings.indexOf(matrixRow));
    return position >= 0 ? createIndex(position, column, idOf(matrixRow)) : QModelIndex();
}

QModelIndex SettingsMatrixModel::indexOfManager(const QString& userId, int column) const
{
    return indexOfMatrixRow(m_matrix.indexOfPerson(m_directory->rowOf(userId)), column);
}

QString SettingsMatrixModel::settingTitle(int setting)
{
    return UserColumns::title(UserColumns::indexOf(QStringLiteral("settings.") + userSettingKey(UserSetting(setting))));
}

QString SettingsMatrixModel::peopleQuery(const QModelIndex& index, bool on) const
{
    const int row = matrixRow(index);
    const int setting = settingOfColumn(index.column());
    if (row < 0 || setting < 0)
        return {};
    // By id: a name or an address could name someone else too (namesakes, a shared alias).
    const QString id = m_directory->user(m_matrix.rows()[row].person).id;
    QString query = QStringLiteral("under:") + UserQuery::quoted(id) + QLatin1Char(' ') +
                    (on ? QString() : QStringLiteral("-")) + QStringLiteral("setting:") +
                    userSettingKey(UserSetting(setting));
    if (m_options.activeOnly)
        query += QStringLiteral(" is:active");
    // A manager on a reporting loop is below themself for under:, but never part of their own organisation's row.
    const std::vector<int>& managers = m_directory->managerRows();
    const int person = m_matrix.rows()[row].person;
    int up = managers[size_t(person)];
    for (int steps = 0; up >= 0 && up != person && steps < m_directory->count(); ++steps)
        up = managers[size_t(up)];
    if (up == person)
        query += QStringLiteral(" -id:") + UserQuery::quoted(id);
    return query;
}

QModelIndex SettingsMatrixModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int parentRow = matrixRow(parent);
    const QList<int> children = parentRow >= 0 ? m_matrix.rows()[parentRow].children : m_matrix.roots();
    if (row >= children.size())
        return {};
    return createIndex(row, column, idOf(children[row]));
}

QModelIndex SettingsMatrixModel::parent(const QModelIndex& child) const
{
    const int row = matrixRow(child);
    if (row < 0)
        return {};
    return indexOfMatrixRow(m_matrix.rows()[row].parent);
}

int SettingsMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int row = matrixRow(parent);
    return int(row >= 0 ? m_matrix.rows()[row].children.size() : m_matrix.roots().size());
}

int SettingsMatrixModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString SettingsMatrixModel::cellText(int matrixRow, int setting) const
{
    const SettingsMatrix::Row& r = m_matrix.rows()[matrixRow];
    if (r.people == 0)
        return tr("no one", "settings by team: an organisation with no one who counts");
    const QLocale locale;
    const int percent = int(std::lround(100.0 * r.share(setting)));
    //: settings by team: "83 % · 45 of 54" (share of the organisation with the setting on, on, counted)
    return tr("%1 % · %2 of %3")
        .arg(locale.toString(percent), locale.toString(r.on[size_t(setting)]), locale.toString(r.people));
}

QVariant SettingsMatrixModel::data(const QModelIndex& index, int role) const
{
    const int row = matrixRow(index);
    if (row < 0 || row >= m_matrix.rows().size())
        return {};
    const SettingsMatrix::Row& r = m_matrix.rows()[row];
    const User& manager = m_directory->user(r.person);
    const int setting = settingOfColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ManagerColumn)
            return UserColumns::singleLine(manager.fullName().isEmpty() ? manager.id : manager.fullName());
        if (index.column() == PeopleColumn)
            return QLocale().toString(r.people);
        return cellText(row, setting);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        if (setting < 0)
            return data(index, Qt::DisplayRole);
        QString text = settingTitle(setting) + QStringLiteral(": ") + cellText(row, setting);
        const int outliers = r.outliers[size_t(setting)];
        if (outliers > 0)
            text += QStringLiteral(", ") + tr("%n outlier(s)", nullptr, outliers);
        return text;
    }
    case Qt::TextAlignmentRole:
        return index.column() == ManagerColumn ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignCenter);
    case ShareRole:
        return setting >= 0 && r.people > 0 ? QVariant(r.share(setting)) : QVariant();
    case OnCountRole:
        return setting >= 0 ? QVariant(r.on[size_t(setting)]) : QVariant();
    case PeopleRole:
        return r.people;
    case OutlierCountRole:
        return setting >= 0 ? QVariant(r.outliers[size_t(setting)]) : QVariant();
    case ManagerIdRole:
        return manager.id;
    case SettingKeyRole:
        return setting >= 0 ? QVariant(userSettingKey(UserSetting(setting))) : QVariant();
    default:
        return {};
    }
}

QVariant SettingsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    QString title = section == ManagerColumn  ? tr("Manager (whole organisation)")
                    : section == PeopleColumn ? tr("People")
                                              : settingTitle(settingOfColumn(section));
    // On two lines, so the seven columns stay as narrow as their cells.
    if (role == Qt::DisplayRole && section >= FirstSettingColumn) {
        qsizetype best = -1;
        for (qsizetype i = title.indexOf(QLatin1Char(' ')); i >= 0; i = title.indexOf(QLatin1Char(' '), i + 1)) {
            if (best < 0 || qAbs(i - title.size() / 2) < qAbs(best - title.size() / 2))
                best = i;
        }
        if (best > 0)
            title[best] = QLatin1Char('\n');
    }
    return title;
}
