#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace civic::item {

// The evidence claims of a subtree dated in a quarter (PRODUCT.md §5: bonus claims are
// submitted by communities and approved or rejected by the district), newest first.
class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, CommunityColumn, KindColumn, TitleColumn, StatusColumn, AdoptedColumn, CommentColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, RecordRole, StatusRole };

    explicit ClaimListModel(QObject *parent = nullptr);
    // At most `limit` claims of the units in [scopePath, subtreeEnd) dated in `quarter`.
    void load(const QSqlDatabase &db, const QString &scopePath, const QString &quarter, int limit = 500);
    QJsonObject record(int row) const { return m_rows.value(row); }

    static QString kindLabel(const QString &kind);
    static QString statusLabel(const QString &status);
    static QString adoptionLabel(const QString &adoptedBy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
    QList<QString> m_names;
};

// The reporting-task submissions (材料上报) of a subtree due in a quarter: one line per task
// and addressed community, late and missing ones marked (PRODUCT.md §5: they count against C).
class SubmissionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, TitleColumn, CommunityColumn, StatusColumn, SubmittedColumn, NoteColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, RecordRole, StatusRole };

    explicit SubmissionListModel(QObject *parent = nullptr);
    void load(const QSqlDatabase &db, const QString &scopePath, const QString &quarter, int limit = 1000);
    QJsonObject record(int row) const { return m_rows.value(row); }

    static QString statusLabel(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
    QList<QString> m_names;
};

// One rule set of a district as the cache holds it (docs/api.md §Assessment: `rule_set`).
struct RuleSetEntry
{
    QString version;
    QJsonObject rules; // every ASSESSMENT.md §5 key
    bool active = false;
    bool builtIn = false; // the default `sujiatun-2016`, which every district has, saved or not
    QString createdByName;
    QJsonValue createdAt;
    QJsonValue activatedAt;
};

// The district's rule sets: the active one first, then the newest. The built-in default is
// always among them, and is the active one while no other is.
QList<RuleSetEntry> loadRuleSets(const QSqlDatabase &db, const QString &district);

// "2026-07-05 20:10" in China time from an ISO time; empty for null.
QString assessmentTimeText(const QJsonValue &iso);

} // namespace civic::item
