// Benchmark of the 意见箱 table over a large cache (ARCHITECTURE.md §Scale: a city-level
// client holds several years of ~100,000 complaints a year). Not a test: it asserts nothing
// and is not registered with CTest; it prints one JSON object per measurement, e.g.
//   {"bench": "complaints_open_ms", "rows": 1000000, "value": 3.2, "unit": "ms"}
//
// For each size it fills a cache file the way pulled records arrive (RecordStore), with a
// city of 10 districts × 11 streets × 10 communities, complaints spread over three years,
// most of them finished, and then measures on a read connection like the window's. The
// filled files are kept (build/testing/bench-data/complaints-c<cache schema>-v<generator>) and
// measured again by later runs, as the server's datasets are: the million rows take about
// four minutes to fill. --fresh fills them again in a temporary directory.
//   complaints_fill_rows_per_s   how fast the generated complaints went into the cache (only
//                                when it was filled in this run)
//   complaints_open_ms           a district's first window (of ~10 %), newest first
//   complaints_open_city_ms      the whole city's first window
//   complaints_open_community_ms one community's first window
//   complaints_count_ms          the exact COUNT(*) of the district (runs off the UI thread)
//   complaints_count_filtered_ms the exact COUNT(*) of the city, one category (the worst kind:
//                                every row of the subtree is read)
//   complaints_filter_ms         the district, open only, one category
//   complaints_overdue_ms        the city, overdue only
//   complaints_search_ms         the city, full text, a three-character term (trigram index)
//   complaints_search_short_ms   the city, full text, a common two-character term (LIKE)
//   complaints_search_rare_ms    the city, full text, a two-character term found nowhere
//                                (LIKE reads every row: the worst case)
//   complaints_sort_ms           the district by SLA due time
//   complaints_sort_status_ms    the district by status
//   complaints_fetch_more_ms     one more window, ten windows down
//   complaints_first_paint_ms    the table widget, offscreen: query, lay out and paint
//   complaints_stats_ms          the statistics strip of the whole city for the last 30 days
//   complaints_badges_ms         the org tree's open and overdue badges (both queries), which
//                                run after every sync
// Each figure is the median of five runs (the first paint: of three). With 10,000 and
// 1,000,000 among the sizes it ends with complaints_open_scaling (first paint ratio, target
// ≤ 2) and names the million-row filter and sort complaints_filter_1m_ms / _sort_1m_ms.
//
// Usage: bench_complaints [--rows 10000,100000,1000000] [--dir DIR] [--fresh]
// Exits 1 when a cache could not be filled (nothing of it is kept), 2 on a bad option.

#include "benchsupport.h"
#include "complaints/complainttable.h"
#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "domain/org.h"
#include "item/complaintlistmodel.h"
#include "item/complaintrecords.h"
#include "item/orgtreemodel.h"
#include "store/cachedatabase.h"
#include "store/personaldata.h"
#include "store/recordstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

constexpr qint64 kHour = 3600 * 1000;
// The version of what fill() generates: a change to the generated complaints raises it, so that
// kept cache files are filled again.
constexpr int kFillVersion = 1;

// Every figure printed, by name and size, for the ratios printed at the end.
QHash<QString, QHash<qint64, double>> g_figures;

void print(const QString &name, qint64 rows, double value, const QString &unit)
{
    g_figures[name][rows] = bench::rounded(value);
    bench::printObject(QJsonObject {
        { u"bench"_s, name }, { u"rows"_s, rows }, { u"value"_s, value }, { u"unit"_s, unit } });
    // The names the performance targets use for the million-row figures.
    if (rows == 1'000'000 && (name == u"complaints_filter_ms" || name == u"complaints_sort_ms"))
        bench::printObject(
            QJsonObject { { u"bench"_s, QString(name).replace(u"_ms"_s, u"_1m_ms"_s) },
                { u"rows"_s, rows }, { u"value"_s, value }, { u"unit"_s, unit } });
}

// complaints_open_scaling: the first paint at 1,000,000 rows ÷ at 10,000, with its reference
// (target ≤ 2: the table's first screen does not depend on the size of the cache).
void printScaling()
{
    const auto &paint = g_figures.value(u"complaints_first_paint_ms"_s);
    if (!paint.contains(10'000) || !paint.contains(1'000'000) || paint.value(10'000) <= 0)
        return;
    const double ratio = paint.value(1'000'000) / paint.value(10'000);
    bench::printObject(QJsonObject { { u"bench"_s, u"complaints_open_scaling"_s },
        { u"value"_s, ratio }, { u"unit"_s, u"ratio"_s }, { u"target"_s, u"<= 2"_s },
        { u"measured"_s,
            QJsonObject { { u"bench"_s, u"complaints_first_paint_ms"_s }, { u"rows"_s, 1'000'000 },
                { u"value"_s, paint.value(1'000'000) } } },
        { u"reference"_s,
            QJsonObject { { u"bench"_s, u"complaints_first_paint_ms"_s }, { u"rows"_s, 10'000 },
                { u"value"_s, paint.value(10'000) } } } });
}

using bench::median;
using bench::timeMs;

struct City
{
    QStringList communities; // codes
    QStringList communityPaths;
    QString districtPath; // the district measured
    QString communityPath; // the community measured
};

QJsonObject unit(const QString &code, const QString &name, const QString &level,
    const QString &parent, const QString &path, const QString &district)
{
    return { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
        { u"parent"_s, parent }, { u"path"_s, path }, { u"district"_s, district },
        { u"households"_s, 3000 } };
}

City fillUnits(store::RecordStore &records)
{
    City city;
    const QString cityCode = u"210100"_s;
    const QString cityPath = u"/210100/"_s;
    records.applyPulled(u"org_unit"_s, cityCode, 1, false,
        unit(cityCode, u"沈阳市"_s, u"city"_s, {}, cityPath, {}));
    for (int d = 1; d <= 10; ++d) {
        const QString dcode = u"2101%1"_s.arg(d, 2, 10, QChar(u'0'));
        const QString dpath = domain::childPath(cityPath, dcode);
        records.applyPulled(u"org_unit"_s, dcode, 1, false,
            unit(dcode, u"区%1"_s.arg(d), u"district"_s, cityCode, dpath, dcode));
        if (d == 1)
            city.districtPath = dpath;
        for (int s = 1; s <= 11; ++s) {
            const QString scode = dcode + u"%1"_s.arg(s, 3, 10, QChar(u'0'));
            const QString spath = domain::childPath(dpath, scode);
            records.applyPulled(u"org_unit"_s, scode, 1, false,
                unit(scode, u"街道%1"_s.arg(s), u"street"_s, dcode, spath, dcode));
            for (int c = 1; c <= 10; ++c) {
                const QString ccode = scode + u"%1"_s.arg(c, 3, 10, QChar(u'0'));
                const QString cpath = domain::childPath(spath, ccode);
                records.applyPulled(u"org_unit"_s, ccode, 1, false,
                    unit(ccode, u"社区%1"_s.arg(c), u"community"_s, scode, cpath, dcode));
                city.communities.append(ccode);
                city.communityPaths.append(cpath);
                if (d == 1 && s == 1 && c == 1)
                    city.communityPath = cpath;
            }
        }
    }
    return city;
}

// One generated complaint in the server's shape (docs/api.md complaint data).
QJsonObject complaint(int i, const City &city, qint64 now, QRandomGenerator &rng)
{
    static const QStringList words { u"井盖丢失"_s, u"路灯不亮"_s, u"噪音扰民"_s, u"油烟太大"_s,
        u"电梯故障"_s, u"垃圾清运不及时"_s, u"楼道堆物"_s, u"违章停车"_s, u"下水道堵塞"_s,
        u"树木遮挡"_s, u"广场舞噪音"_s, u"装修扰民"_s, u"暖气不热"_s, u"漏水"_s, u"小广告乱贴"_s };
    static const QStringList channels { u"wechat"_s, u"photo"_s, u"phone"_s, u"walk_in"_s,
        u"grid"_s };
    const QStringList categories = domain::defaultComplaintCategories();
    const int place = int(rng.bounded(city.communities.size()));
    const QString community = city.communities.at(place);
    const qint64 submitted
        = now - qint64(rng.bounded(3 * 365 * 24)) * kHour - qint64(rng.bounded(3600)) * 1000;
    const qint64 due = submitted + 24 * kHour;
    // Most are finished; the last weeks hold the open ones.
    QString status;
    std::optional<qint64> firstReply;
    std::optional<qint64> resolved;
    const bool recent = now - submitted < 21 * 24 * kHour;
    const int roll = int(rng.bounded(100));
    if (recent && roll < 40) {
        static const QStringList open { u"new"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s,
            u"reopened"_s };
        status = open.at(int(rng.bounded(open.size())));
        if (status != u"new")
            firstReply = submitted + qint64(rng.bounded(30)) * kHour;
    } else {
        status = roll < 70 ? u"closed"_s : u"resolved"_s;
        firstReply = submitted + qint64(rng.bounded(26)) * kHour;
        resolved = *firstReply + qint64(rng.bounded(72)) * kHour;
    }
    const QString word = words.at(int(rng.bounded(words.size())));
    const QString handling = status == u"escalated" ? community.left(9) : community;
    return QJsonObject {
        { u"id"_s,
            QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces) },
        { u"community"_s, community },
        { u"grid"_s, QJsonValue() },
        { u"district"_s, community.left(6) },
        { u"category"_s, categories.at(int(rng.bounded(categories.size()))) },
        { u"title"_s, u"%1（%2号楼）"_s.arg(word).arg(rng.bounded(1, 40)) },
        { u"content"_s,
            u"居民反映小区%1号楼附近%2，已持续多日，影响正常生活，希望社区尽快协调处理。编号%3"_s
                .arg(rng.bounded(1, 40))
                .arg(word)
                .arg(i) },
        { u"nickname"_s, u"居民%1"_s.arg(i % 997) },
        { u"phone"_s, u"138****%1"_s.arg(1000 + i % 9000) },
        { u"channel"_s, channels.at(int(rng.bounded(channels.size()))) },
        { u"submitted_at"_s, domain::isoTime(submitted) },
        { u"location"_s, u"阳光小区%1号楼"_s.arg(rng.bounded(1, 40)) },
        { u"photos"_s, QJsonArray() },
        { u"status"_s, status },
        { u"handling_unit"_s, handling },
        { u"handling_level"_s, status == u"escalated" ? u"street"_s : u"community"_s },
        { u"sla_hours"_s, 24 },
        { u"due_at"_s, domain::isoTime(due) },
        { u"first_reply_at"_s,
            firstReply ? QJsonValue(domain::isoTime(*firstReply)) : QJsonValue() },
        { u"resolved_at"_s, resolved ? QJsonValue(domain::isoTime(*resolved)) : QJsonValue() },
        { u"closed_at"_s, QJsonValue() },
        { u"satisfaction"_s, resolved ? QJsonValue(u"satisfied"_s) : QJsonValue() },
        { u"service_example"_s, false },
        { u"ever_escalated"_s, status == u"escalated" },
        { u"escalations"_s, status == u"escalated" ? QJsonArray { u"street"_s } : QJsonArray() },
        { u"departments"_s, QJsonArray() },
        { u"merged_into"_s, QJsonValue() },
        { u"merged_from"_s, QJsonArray() },
        { u"urge_count"_s, 0 },
        { u"version"_s, 1 },
    };
}

// What a fill recorded, kept beside the cache file (bench-complaints-N.json): the clock the
// complaints were generated around, which the measurements use as "now" (the open ones are in
// its last three weeks), the key their personal fields are sealed with, and the fill's rate.
struct Fill
{
    qint64 now = 0;
    QByteArray key;
    double rowsPerSecond = 0;
    QString filledAt;

    QJsonObject toJson() const
    {
        return { { u"now"_s, double(now) }, { u"key"_s, QString::fromLatin1(key.toBase64()) },
            { u"rows_per_s"_s, rowsPerSecond }, { u"filled_at"_s, filledAt } };
    }
    static std::optional<Fill> fromJson(const QJsonObject &o)
    {
        Fill f { qint64(o.value(u"now"_s).toDouble()),
            QByteArray::fromBase64(o.value(u"key"_s).toString().toLatin1()),
            o.value(u"rows_per_s"_s).toDouble(), o.value(u"filled_at"_s).toString() };
        if (f.now <= 0 || f.key.size() != store::PersonalData::kKeySize)
            return std::nullopt;
        return f;
    }
};

std::optional<Fill> fill(const QString &path, qint64 rows);
void measureAll(const QString &path, qint64 rows, qint64 now);

void removeCache(const QString &path)
{
    for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u".json"_s })
        QFile::remove(path + suffix);
}

// A kept cache file with its record, or nothing when it is missing or was not filled to the end.
std::optional<Fill> keptFill(const QString &path)
{
    QFile record(path + u".json"_s);
    if (!QFile::exists(path) || !record.open(QIODevice::ReadOnly))
        return std::nullopt;
    return Fill::fromJson(QJsonDocument::fromJson(record.readAll()).object());
}

bool benchSize(qint64 rows, const QString &dir, bool keep)
{
    const QString path = QDir(dir).filePath(u"bench-complaints-%1.sqlite"_s.arg(rows));
    std::optional<Fill> filled = keep ? keptFill(path) : std::nullopt;
    if (filled) {
        bench::log(u"measuring the kept %1 (filled %2 at %3 rows/s; --fresh fills again)"_s.arg(
            path, filled->filledAt, QString::number(filled->rowsPerSecond, 'f', 0)));
        store::PersonalData::setKey(path, filled->key);
    } else {
        filled = fill(path, rows);
        if (!filled)
            return false;
        // Written whole or not at all: without it the file is filled again next time.
        QSaveFile record(path + u".json"_s);
        if (keep
            && (!record.open(QIODevice::WriteOnly)
                || record.write(QJsonDocument(filled->toJson()).toJson()) < 0 || !record.commit()))
            bench::log(u"cannot keep %1: %2"_s.arg(record.fileName(), record.errorString()));
    }
    measureAll(path, rows, filled->now);
    if (!keep)
        removeCache(path);
    return true;
}

std::optional<Fill> fill(const QString &path, qint64 rows)
{
    removeCache(path);
    const QString writer = u"bench-writer-%1"_s.arg(rows);
    if (const auto error = store::CacheDatabase::openWriter(path, writer)) {
        bench::log(u"cannot open %1: %2"_s.arg(path, error->message));
        return std::nullopt;
    }
    Fill f;
    f.now = QDateTime::currentMSecsSinceEpoch();
    f.key = store::PersonalData::keyFor(path);
    f.filledAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    bool complete = true;
    {
        QSqlDatabase db = QSqlDatabase::database(writer);
        store::RecordStore records(db);
        // A batch that fails (a full disk) ends the fill: a cache missing rows is not kept.
        const auto batch = [&](const std::function<bool()> &write) {
            if (store::CacheDatabase::beginWrite(db) && write() && store::CacheDatabase::commit(db))
                return true;
            bench::log(u"filling %1 failed: %2"_s.arg(path, records.lastError()));
            store::CacheDatabase::rollback(db);
            return false;
        };
        City city;
        complete = batch([&] {
            city = fillUnits(records);
            return true;
        });
        QRandomGenerator rng(20260302);
        QElapsedTimer clock;
        clock.start();
        for (qint64 i = 0; complete && i < rows; i += 10000) {
            complete = batch([&] {
                for (qint64 k = i; k < std::min(rows, i + 10000); ++k) {
                    const QJsonObject c = complaint(int(k), city, f.now, rng);
                    if (!records.applyPulled(
                            u"complaint"_s, c.value(u"id"_s).toString(), 1, false, c))
                        return false;
                }
                return true;
            });
        }
        f.rowsPerSecond = double(rows) * 1000.0 / double(std::max<qint64>(1, clock.elapsed()));
        if (complete)
            print(u"complaints_fill_rows_per_s"_s, rows, f.rowsPerSecond, u"rows/s"_s);
    }
    store::CacheDatabase::close(writer);
    if (!complete) {
        removeCache(path);
        return std::nullopt;
    }
    return f;
}

void measureAll(const QString &path, qint64 rows, qint64 now)
{
    // The window's side: a read connection, the model, the widget.
    const QString reader = u"bench-reader-%1"_s.arg(rows);
    store::CacheDatabase::openReader(path, reader);
    QSqlDatabase db = QSqlDatabase::database(reader);
    QString districtPath;
    QString communityPath;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT path FROM org_unit WHERE id = '210101'"_s);
        q.next();
        districtPath = q.value(0).toString();
        q.exec(u"SELECT path FROM org_unit WHERE id = '210101001001'"_s);
        q.next();
        communityPath = q.value(0).toString();
    }
    {
        item::ComplaintListModel model;
        model.setDatabase(db);
        model.setAsyncCount(true);
        model.setClock([now] { return now; });
        const auto measure = [&](const QString &name, const item::ComplaintFilter &f,
                                 item::ComplaintSortKey key, Qt::SortOrder order) {
            QList<double> runs;
            for (int r = 0; r < 5; ++r)
                runs.append(timeMs([&] { model.setQuery(f, key, order); }));
            print(name, rows, median(runs), u"ms"_s);
            bench::log(u"%1: plan %2, %3 rows in the first window"_s.arg(
                name, model.plan(), QString::number(model.rowCount())));
        };
        item::ComplaintFilter district;
        district.scopePath = districtPath;
        measure(u"complaints_open_ms"_s, district, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);
        item::ComplaintFilter wholeCity;
        wholeCity.scopePath = u"/210100/"_s;
        measure(u"complaints_open_city_ms"_s, wholeCity, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);
        item::ComplaintFilter community;
        community.scopePath = communityPath;
        measure(u"complaints_open_community_ms"_s, community, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);

        model.setQuery(district, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
        QList<double> counts;
        qint64 total = 0;
        for (int r = 0; r < 5; ++r)
            counts.append(timeMs([&] { total = model.countNow(); }));
        print(u"complaints_count_ms"_s, rows, median(counts), u"ms"_s);
        bench::log(u"complaints_count_ms: %1 in the district"_s.arg(total));
        item::ComplaintFilter cityCategory = wholeCity;
        cityCategory.category = u"噪音"_s;
        model.setQuery(cityCategory, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
        counts.clear();
        for (int r = 0; r < 3; ++r)
            counts.append(timeMs([&] { total = model.countNow(); }));
        print(u"complaints_count_filtered_ms"_s, rows, median(counts), u"ms"_s);
        bench::log(u"complaints_count_filtered_ms: %1 in the city"_s.arg(total));

        item::ComplaintFilter filtered = district;
        for (const auto s : domain::kAllComplaintStatuses) {
            if (domain::isOpenStatus(s))
                filtered.statuses.append(s);
        }
        filtered.category = u"噪音"_s;
        measure(u"complaints_filter_ms"_s, filtered, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);
        item::ComplaintFilter overdue = wholeCity;
        overdue.overdueOnly = true;
        measure(
            u"complaints_overdue_ms"_s, overdue, item::ComplaintSortKey::Due, Qt::AscendingOrder);
        item::ComplaintFilter search = wholeCity;
        search.text = u"编号%1"_s.arg(rows / 3);
        measure(u"complaints_search_ms"_s, search, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);
        search.text = u"漏水"_s;
        measure(u"complaints_search_short_ms"_s, search, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);
        search.text = u"火灾"_s;
        measure(u"complaints_search_rare_ms"_s, search, item::ComplaintSortKey::Submitted,
            Qt::DescendingOrder);
        measure(u"complaints_sort_ms"_s, district, item::ComplaintSortKey::Due, Qt::AscendingOrder);
        measure(u"complaints_sort_status_ms"_s, district, item::ComplaintSortKey::Status,
            Qt::AscendingOrder);

        model.setQuery(district, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
        for (int w = 0; w < 10; ++w)
            model.fetchMore({});
        QList<double> more;
        for (int r = 0; r < 5; ++r)
            more.append(timeMs([&] { model.fetchMore({}); }));
        print(u"complaints_fetch_more_ms"_s, rows, median(more), u"ms"_s);
    }
    {
        // The widget: from the query to the painted first screen.
        QList<double> paints;
        for (int r = 0; r < 3; ++r) {
            item::ComplaintListModel model;
            model.setDatabase(db);
            model.setClock([now] { return now; });
            ui::ComplaintTableView view(&model);
            view.resize(1000, 760);
            item::ComplaintFilter district;
            district.scopePath = districtPath;
            paints.append(timeMs([&] {
                model.setQuery(district, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
                view.show();
                const QPixmap painted = view.grab();
                Q_UNUSED(painted);
            }));
        }
        print(u"complaints_first_paint_ms"_s, rows, median(paints), u"ms"_s);
    }
    {
        item::ComplaintFilter city;
        city.scopePath = u"/210100/"_s;
        QList<double> runs;
        int received = 0;
        for (int r = 0; r < 5; ++r) {
            runs.append(timeMs([&] {
                received = item::complaintStatisticsFor(db, city, now - 30 * 24 * kHour, now, now)
                               .received;
            }));
        }
        print(u"complaints_stats_ms"_s, rows, median(runs), u"ms"_s);
        bench::log(u"complaints_stats_ms: %1 received"_s.arg(received));
    }
    {
        item::registerComplaintBadges();
        QList<double> runs;
        for (int r = 0; r < 5; ++r) {
            runs.append(timeMs([&] {
                for (const auto &badge : item::orgBadges()) {
                    QSqlQuery q(db);
                    q.setForwardOnly(true);
                    q.exec(badge.sql);
                    while (q.next()) { }
                }
            }));
        }
        print(u"complaints_badges_ms"_s, rows, median(runs), u"ms"_s);
    }
    db = QSqlDatabase();
    store::CacheDatabase::close(reader);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of the complaints table over a large cache"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        u"rows"_s, u"Comma-separated sizes"_s, u"N,N"_s, u"10000,100000,1000000"_s);
    const QCommandLineOption dirOption(u"dir"_s,
        u"Where the filled cache files are kept (default: build/testing/bench-data)"_s, u"DIR"_s);
    const QCommandLineOption freshOption(
        u"fresh"_s, u"Fill every cache again in a temporary directory and remove it afterwards"_s);
    parser.addOptions({ rowsOption, dirOption, freshOption });
    parser.process(app);
    QTemporaryDir temp;
    const bool keep = !parser.isSet(freshOption);
    // Kept per cache schema and generator: a change to either fills again.
    const QString dir = !keep ? temp.path()
        : parser.isSet(dirOption)
        ? parser.value(dirOption)
        : QDir(bench::defaultDataRoot())
              .filePath(u"complaints-c%1-v%2"_s.arg(store::CacheDatabase::latestVersion())
                            .arg(kFillVersion));
    QDir().mkpath(dir);
    QList<qint64> sizes;
    for (const auto &n : parser.value(rowsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 rows = n.trimmed().toLongLong(&ok);
        if (!ok || rows <= 0) {
            bench::log(u"--rows: '%1' is not a number of rows"_s.arg(n));
            return 2;
        }
        sizes.append(rows);
    }
    bool filled = true;
    for (const qint64 rows : sizes)
        filled = benchSize(rows, dir, keep) && filled;
    printScaling();
    return filled ? 0 : 1;
}
