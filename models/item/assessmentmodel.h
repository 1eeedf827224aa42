#pragma once

// No domain/assessment.h here: its Satisfaction clashes with complaintworkflow.h's in a
// moc TU that sees both.
#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace civic::item {

// One district's quarter as the 季度考核 page shows it: the published (frozen) result when
// there is one, else the provisional one scored in the client from the cache with the domain
// engine (PRODUCT.md §5, ASSESSMENT.md §7).
struct AssessmentQuarter
{
    QString district;
    QString districtName;
    QString quarter;
    bool published = false;
    QString publishedAt; // ISO
    QString publishedByName;
    QString rulesVersion;
    QJsonObject rules; // §5, every key
    QString best; // the best community's code, empty for none
    QString bestName; // its name, when the rows shown do not include it
    int communities = 0; // how many were ranked (also those this account does not see)
    QList<QJsonObject> rows; // §7 rows in rank order
    QList<QJsonObject> explain; // explainJson rows, same order
    QJsonObject bundle; // provisional only: the §6 bundle scored
    // Provisional only: what the cache lacks, in the user's words; empty when complete.
    QStringList missing;
    // Provisional and other communities' inputs absent: A and B1 (relative to the district's
    // communities) and the ranking cannot be computed here.
    bool relativeUnknown = false;

    int indexOf(const QString &code) const;
    QString nameOf(const QString &code) const;
};

// Loads `district`'s `quarter` from the cache as the account whose subtree is `visiblePath`
// sees it.
AssessmentQuarter loadAssessmentQuarter(const QSqlDatabase &db, const QString &district,
    const QString &quarter, const QString &visiblePath, qint64 now);

// A suggestion for a community: one more unit of some input and what the engine gives for
// it (PRODUCT.md §5: the community sees what would raise its score).
struct AssessmentHint
{
    QString text;
    qint64 gainCents = 0;
};

// Re-scores `bundle` with more of each input of `community` (up to 3 more units of each) and
// lists the changes that raise its total, largest gain first.
QList<AssessmentHint> assessmentHints(const QJsonObject &bundle, const QString &community, qint64 now);

// The explanation texts of the ranking table's cells (ASSESSMENT.md §7: "for each cell an
// explanation from the inputs").
class AssessmentText
{
    Q_DECLARE_TR_FUNCTIONS(civic::item::AssessmentText)

public:
    static QString score(double value); // "4.38"
    static QString explainColumn(
        int column, const QJsonObject &row, const QJsonObject &explain, const QJsonObject &rules);
};

// The ranking table (QtCore): one row per community with every component, sortable through
// SortRole (numbers) in a QSortFilterProxyModel; tooltips explain each cell.
class AssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        CommunityColumn,
        NetColumn,
        AColumn,
        B1Column,
        B2Column,
        B3Column,
        CColumn,
        EventColumn,
        InnovationColumn,
        ServiceColumn,
        NewsColumn,
        TotalColumn,
        EligibleColumn,
        AwardColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, CodeRole, ExplainRole };

    explicit AssessmentTableModel(QObject *parent = nullptr);

    void setQuarter(const AssessmentQuarter &quarter);
    const AssessmentQuarter &quarter() const { return m_quarter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnKey(int column); // the §7 key ("A", "bonus_news", "total", …)
    static QString columnTitle(int column);

private:
    AssessmentQuarter m_quarter;
};

} // namespace civic::item
