#include "assessmentlists.h"

#include "domain/assessment.h"
#include "domain/chinatime.h"
#include "domain/org.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

template<typename Model>
void loadRows(const QSqlDatabase &db, const QString &sql, const QString &scopePath, const QString &quarter,
              int limit, QList<QJsonObject> &rows, QList<QString> &names)
{
    rows.clear();
    names.clear();
    const auto bounds = quarterBounds(quarter);
    if (!bounds || scopePath.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(scopePath);
    q.addBindValue(subtreeEnd(scopePath));
    q.addBindValue(bounds->first);
    q.addBindValue(bounds->second);
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        rows.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        names.append(q.value(1).toString());
    }
}

} // namespace

QString assessmentTimeText(const QJsonValue &iso)
{
    if (!iso.isString())
        return {};
    const auto ms = parseIsoTime(iso.toString());
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone(kChinaOffsetSeconds)).toString(u"yyyy-MM-dd HH:mm"_s);
}

// ---- claims -----------------------------------------------------------------------------

ClaimListModel::ClaimListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimListModel::load(const QSqlDatabase &db, const QString &scopePath, const QString &quarter, int limit)
{
    beginResetModel();
    loadRows<ClaimListModel>(db,
        u"SELECT c.data, o.name FROM claim c LEFT JOIN org_unit o ON o.id = c.community"
        u" WHERE c.unit_path >= ? AND c.unit_path < ? AND c.date >= ? AND c.date < ?"
        u" ORDER BY c.date DESC, c.id LIMIT ?"_s,
        scopePath, quarter, limit, m_rows, m_names);
    endResetModel();
}

QString ClaimListModel::kindLabel(const QString &kind)
{
    if (kind == u"event")
        return tr("Publicity event");
    if (kind == u"innovation")
        return tr("Innovation or typical case");
    if (kind == u"news_lead")
        return tr("News lead");
    return kind;
}

QString ClaimListModel::statusLabel(const QString &status)
{
    if (status == u"submitted")
        return tr("Awaiting review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"rejected")
        return tr("Rejected");
    return status;
}

QString ClaimListModel::adoptionLabel(const QString &adoptedBy)
{
    if (adoptedBy == u"district")
        return tr("District media");
    if (adoptedBy == u"city")
        return tr("City media");
    return {};
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case CommunityColumn: return tr("Community");
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case AdoptedColumn: return tr("Adopted by");
    case CommentColumn: return tr("Review comment");
    default: return {};
    }
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.value(u"id"_s).toString();
    if (role == RecordRole)
        return c.toVariantMap();
    const QString status = c.value(u"status"_s).toString();
    if (role == StatusRole)
        return status;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn: return assessmentTimeText(c.value(u"date"_s));
    case CommunityColumn: return m_names.value(index.row(), c.value(u"community"_s).toString());
    case KindColumn: return kindLabel(c.value(u"kind"_s).toString());
    case TitleColumn: return role == Qt::ToolTipRole ? c.value(u"description"_s).toString() : c.value(u"title"_s).toString();
    case StatusColumn: return statusLabel(status);
    case AdoptedColumn: return adoptionLabel(c.value(u"adopted_by"_s).toString());
    case CommentColumn: return c.value(u"review_comment"_s).toString();
    default: return {};
    }
}

// ---- task submissions -------------------------------------------------------------------

SubmissionListModel::SubmissionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SubmissionListModel::load(const QSqlDatabase &db, const QString &scopePath, const QString &quarter, int limit)
{
    beginResetModel();
    loadRows<SubmissionListModel>(db,
        u"SELECT s.data, o.name FROM task_submission s LEFT JOIN org_unit o ON o.id = s.community"
        u" WHERE s.unit_path >= ? AND s.unit_path < ? AND s.due_at >= ? AND s.due_at < ?"
        u" ORDER BY s.due_at DESC, s.task, s.community LIMIT ?"_s,
        scopePath, quarter, limit, m_rows, m_names);
    endResetModel();
}

QString SubmissionListModel::statusLabel(const QString &status)
{
    if (status == u"pending")
        return tr("Not yet due");
    if (status == u"missing")
        return tr("Missing");
    if (status == u"on_time")
        return tr("On time");
    if (status == u"late")
        return tr("Late");
    return status;
}

int SubmissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn: return tr("Deadline");
    case TitleColumn: return tr("Task");
    case CommunityColumn: return tr("Community");
    case StatusColumn: return tr("Status");
    case SubmittedColumn: return tr("Submitted");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

QVariant SubmissionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.value(u"id"_s).toString();
    if (role == RecordRole)
        return s.toVariantMap();
    const QString status = s.value(u"status"_s).toString();
    if (role == StatusRole)
        return status;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DueColumn: return assessmentTimeText(s.value(u"due_at"_s));
    case TitleColumn: return role == Qt::ToolTipRole ? s.value(u"description"_s).toString() : s.value(u"title"_s).toString();
    case CommunityColumn: return m_names.value(index.row(), s.value(u"community"_s).toString());
    case StatusColumn: return statusLabel(status);
    case SubmittedColumn: return assessmentTimeText(s.value(u"submitted_at"_s));
    case NoteColumn: {
        QStringList parts { s.value(u"note"_s).toString() };
        for (const auto &l : s.value(u"links"_s).toArray())
            parts.append(l.toString());
        parts.removeAll(QString());
        return parts.join(u" · "_s);
    }
    default: return {};
    }
}

QList<RuleSetEntry> loadRuleSets(const QSqlDatabase &db, const QString &district)
{
    QList<RuleSetEntry> sets;
    const QString builtInVersion = AssessmentRules {}.version;
    bool anyActive = false;
    bool builtInStored = false;
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM rule_set WHERE district = ?"_s);
    q.addBindValue(district);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            RuleSetEntry e;
            e.version = data.value(u"version"_s).toString();
            e.rules = data.value(u"rules"_s).toObject();
            e.rules.remove(u"version"_s);
            e.active = data.value(u"active"_s).toBool();
            e.builtIn = e.version == builtInVersion;
            e.createdByName = data.value(u"created_by_name"_s).toString();
            e.createdAt = data.value(u"created_at"_s);
            e.activatedAt = data.value(u"activated_at"_s);
            anyActive = anyActive || e.active;
            builtInStored = builtInStored || e.builtIn;
            sets.append(e);
        }
    }
    if (!builtInStored) {
        RuleSetEntry e;
        e.version = builtInVersion;
        e.rules = rulesJson(AssessmentRules {});
        e.rules.remove(u"version"_s);
        e.builtIn = true;
        e.active = !anyActive;
        sets.append(e);
    }
    std::sort(sets.begin(), sets.end(), [](const RuleSetEntry &a, const RuleSetEntry &b) {
        if (a.active != b.active)
            return a.active;
        const qint64 at = parseIsoTime(a.createdAt.toString()).value_or(0);
        const qint64 bt = parseIsoTime(b.createdAt.toString()).value_or(0);
        if (at != bt)
            return at > bt;
        return a.version < b.version;
    });
    return sets;
}

} // namespace civic::item
