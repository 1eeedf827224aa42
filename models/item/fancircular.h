#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::item {

// One community's line of the monthly circular.
struct CircularRow
{
    int rank = 0; // by net growth, 1 = most
    QString code;
    QString name;
    QString streetName; // the community's street (a district's circular groups by it)
    qint64 households = 0;
    int published = 0; // notices published in the month (发稿量)
    int previousPublished = 0; // … in the month before
    qint64 reads = 0; // reads in the month of all its notices (阅读量)
    qint64 previousReads = 0;
    qint64 cumulative = 0; // followers at the end of the month (累计)
    qint64 net = 0; // net growth over the month (净增)
    qint64 previousNet = 0;
    double penetration = 0; // cumulative / households
    std::optional<double> netChange; // domain::monthOnMonthChange(net, previousNet)
    std::optional<double> readsChange; // … of reads
};

// 月通报 (seed 001: "实行月通报制，每月对各社区微信平台的发稿量、粉丝数和阅读量进行通报"): for a
// street or district and a month, one line per community of its subtree, sorted by net
// growth (then cumulative), with the month-on-month change, and the unit's total.
struct MonthlyCircular
{
    QString unitCode;
    QString unitName;
    QString unitLevel;
    QDate month; // the first day of the month
    QDate lastDay; // the last day counted: the month's end, or today in the current month
    bool noticesKnown = false; // notice records are in the cache (else published/reads are 0)
    QList<CircularRow> rows;
    CircularRow total; // sums; penetration and changes of the sums
};

// Reads the circular from the cache: fan figures through FanFigures, notices (published_at,
// state, monthly_reads) through their kind table or `record`.
MonthlyCircular buildMonthlyCircular(
    const QSqlDatabase &db, const QString &unitCode, QDate month, QDate today);

} // namespace civic::item
