// Benchmark of scoring at city scale (issue 10). Not a test: it asserts nothing and is not
// registered with CTest; it prints one JSON object per measurement:
//   assess_{town,city}_ms  scoring every district of the town (110 communities) and of the
//                          city (1,100) through assessment::assessQuarter, the path `assess`
//                          and publishing use, for the last finished quarter (median of
//                          --rounds, each district in its read transaction)
//   assess_scaling         city ÷ town (target ≤ 12: linear in the communities)
// The datasets are those of bench_sync (benchdatasets.h), generated when missing.
//
// Usage: bench_assess [--data-dir DIR] [--rounds N]

#include "assessmentstore.h"
#include "benchdatasets.h"
#include "db.h"
#include "domain/chinatime.h"
#include "orgstore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace civic;
using namespace civic::bench;

namespace {

// The last finished quarter before today, e.g. "2026Q3".
QString lastQuarter()
{
    const QDate today
        = QDate::fromString(domain::chinaDate(QDateTime::currentMSecsSinceEpoch()), Qt::ISODate);
    int quarter = (today.month() - 1) / 3; // the current one, 0-based
    int year = today.year();
    if (quarter == 0) {
        quarter = 4;
        --year;
    }
    return u"%1Q%2"_s.arg(year).arg(quarter);
}

// Scoring every district of the dataset: the median of `rounds` runs, in ms.
double assess(const QString &scale, const QString &dir, int rounds)
{
    QString error;
    const auto config = server::DbConfig::fromArguments(dir, {}, &error);
    if (!config) {
        log(error);
        return -1;
    }
    server::Db db(*config);
    QList<server::UnitRecord> districts;
    int communities = 0;
    for (const auto &u : server::org::allUnits(db)) {
        if (u.level == domain::Level::District)
            districts.append(u);
        if (u.level == domain::Level::Community)
            ++communities;
    }
    const QString quarter = lastQuarter();
    QList<double> times;
    qint64 scored = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        scored = 0;
        for (const auto &district : std::as_const(districts)) {
            server::Transaction tx(db, server::Transaction::Mode::Read);
            const auto result = server::assessment::assessQuarter(db, district, quarter,
                server::assessment::activeRules(db, district.code), QJsonDocument::Compact);
            scored += result.bundleBytes.size() > 0 ? 1 : 0;
            tx.commit();
        }
        times.append(double(clock.nsecsElapsed()) / 1e6);
    }
    const double value = median(times);
    printObject({ { u"bench"_s, u"assess_%1_ms"_s.arg(scale) }, { u"value"_s, value },
        { u"unit"_s, u"ms"_s }, { u"communities"_s, communities },
        { u"districts"_s, districts.size() }, { u"quarter"_s, quarter }, { u"rounds"_s, rounds } });
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataOption(
        u"data-dir"_s, u"where the generated datasets are kept"_s, u"DIR"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"rounds per median (default 5)"_s, u"N"_s, u"5"_s);
    parser.addOptions({ dataOption, roundsOption });
    // scripts/bench passes its options to every benchmark: ignore the others'.
    parser.parse(app.arguments());
    const QString root = parser.isSet(dataOption) ? parser.value(dataOption) : defaultDataRoot();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QDir().mkpath(root);
    const QString town = dataset(root, u"town"_s);
    const QString city = dataset(root, u"city"_s);
    if (town.isEmpty() || city.isEmpty())
        return 1;
    const double assessTown = assess(u"town"_s, town, rounds);
    const double assessCity = assess(u"city"_s, city, rounds);
    if (assessTown <= 0 || assessCity <= 0)
        return 1;
    printObject({ { u"bench"_s, u"assess_scaling"_s }, { u"value"_s, assessCity / assessTown },
        { u"unit"_s, u"ratio"_s }, { u"assess_city_ms"_s, rounded(assessCity) },
        { u"assess_town_ms"_s, rounded(assessTown) }, { u"target"_s, u"<= 12"_s } });
    return 0;
}
