// The fans feature (PRODUCT.md §4) against a live server on SQLite and PostgreSQL: the
// fans.import command and who may use it, re-imports (replaced and audited), continuity
// with the stored days, POST /api/v1/intake/fans, `civicdesk-server import-fans` on the
// console's CSV files, the chart reads (series, children, penetration, alarms) against
// hand-computed figures, the demo's figures, and 404 outside the caller's subtree.

#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

QJsonObject day(const QString &date, qint64 newFollow, qint64 unfollow, qint64 cumulative)
{
    return QJsonObject { { u"date"_s, date }, { u"new_follow"_s, newFollow },
        { u"unfollow"_s, unfollow }, { u"cumulative"_s, cumulative } };
}

QJsonObject importOp(const QString &community, const QJsonArray &days)
{
    return op(u"fans.import"_s, { { u"community"_s, community }, { u"days"_s, days } });
}

QJsonObject firstResult(const HttpReply &reply)
{
    return reply.json().value(u"results"_s).toArray().at(0).toObject();
}

QString errorCode(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString errorField(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"field"_s).toString();
}

QString errorMessage(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"message"_s).toString();
}

// A series as "period new unfollow net cumulative" lines, for whole-answer comparisons.
QStringList rows(const QJsonArray &series)
{
    QStringList out;
    for (const auto &v : series) {
        const QJsonObject o = v.toObject();
        out << u"%1 %2 %3 %4 %5"_s.arg(o.value(u"period"_s).toString())
                   .arg(o.value(u"new_follow"_s).toInteger())
                   .arg(o.value(u"unfollow"_s).toInteger())
                   .arg(o.value(u"net"_s).toInteger())
                   .arg(o.value(u"cumulative"_s).toInteger());
    }
    return out;
}

QDate chinaToday()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date();
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString fixture(const QString &name)
{
    return QStringLiteral(CIVIC_TEST_DATA_DIR) + u"/fans/"_s + name;
}

} // namespace

class TestFans : public QObject
{
    Q_OBJECT

private:
    // One demo server per backend, started on first use and shared by the functions (each
    // works on units of its own): Qt Test runs every function on both backends in turn.
    struct Backend
    {
        DemoServer server;
        bool treeReady = false;
        bool aggregationReady = false;
    };
    std::map<QString, std::unique_ptr<Backend>> m_backends;
    Backend *m_current = nullptr;

    DemoServer &server() { return m_current->server; }
    Http &http() { return m_current->server.http(); }

    // False (with the reason printed) when the backend's server cannot be had.
    bool startServer()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &slot = m_backends[backend];
        if (!slot) {
            auto fresh = std::make_unique<Backend>();
            QString why;
            if (!fresh->server.start(backend, &why)) {
                qWarning().noquote() << why;
                return false;
            }
            slot = std::move(fresh);
        }
        m_current = slot.get();
        return true;
    }

    QJsonObject pushOne(const QString &username, const QJsonObject &o)
    {
        return firstResult(push(http(), login(http(), username), { o }));
    }

    // Two fresh districts, added by the city account: 测试区 (210199) holds the figures the
    // reads are checked against, 测试二区 (210198) the import tests' communities.
    bool ensureTree()
    {
        if (!startServer())
            return false;
        if (m_current->treeReady)
            return true;
        const auto add = [](const QString &code, const QString &name, const QString &level,
                             const QString &parent, int households = 0) {
            QJsonObject payload { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
                { u"parent"_s, parent } };
            if (households > 0)
                payload.insert(u"households"_s, households);
            return op(u"org.add"_s, payload);
        };
        const QJsonArray ops = {
            add(u"210199"_s, u"测试区"_s, u"district"_s, u"210100"_s),
            add(u"210199001"_s, u"东街道"_s, u"street"_s, u"210199"_s),
            add(u"210199002"_s, u"西街道"_s, u"street"_s, u"210199"_s),
            add(u"210199001001"_s, u"东一社区"_s, u"community"_s, u"210199001"_s, 1000),
            add(u"210199001002"_s, u"东二社区"_s, u"community"_s, u"210199001"_s, 400),
            add(u"210199002001"_s, u"西一社区"_s, u"community"_s, u"210199002"_s, 500),
            add(u"210199002002"_s, u"西二社区"_s, u"community"_s, u"210199002"_s, 800),
            add(u"210199002003"_s, u"西三社区"_s, u"community"_s, u"210199002"_s, 800),
            add(u"210198"_s, u"测试二区"_s, u"district"_s, u"210100"_s),
            add(u"210198001"_s, u"南街道"_s, u"street"_s, u"210198"_s),
            add(u"210198001001"_s, u"南一社区"_s, u"community"_s, u"210198001"_s, 900),
            add(u"210198001002"_s, u"南二社区"_s, u"community"_s, u"210198001"_s, 900),
            add(u"210198002"_s, u"北街道"_s, u"street"_s, u"210198"_s),
            add(u"210198002001"_s, u"北一社区"_s, u"community"_s, u"210198002"_s, 4000),
            add(u"210198002002"_s, u"北二社区"_s, u"community"_s, u"210198002"_s, 900),
        };
        const QJsonArray results
            = push(http(), login(http(), u"demo.city"_s), ops).json().value(u"results"_s).toArray();
        m_current->treeReady = results.size() == ops.size()
            && std::all_of(results.begin(), results.end(), [](const QJsonValue &r) {
                   return r.toObject().value(u"status"_s).toString() == u"applied";
               });
        return m_current->treeReady;
    }

    // The hand-computed fixture of the read tests (see readSeriesByPeriod for the sums).
    bool ensureAggregationFixture()
    {
        if (!ensureTree())
            return false;
        if (m_current->aggregationReady)
            return true;
        const QString city = login(http(), u"demo.city"_s);
        const QJsonArray ops = {
            // 东一: 06-26 … 07-06, from before the range to after it.
            importOp(u"210199001001"_s,
                { day(u"2026-06-26"_s, 10, 2, 108), day(u"2026-06-27"_s, 5, 1, 112),
                    day(u"2026-06-28"_s, 3, 3, 112), day(u"2026-06-29"_s, 12, 2, 122),
                    day(u"2026-06-30"_s, 7, 0, 129), day(u"2026-07-01"_s, 20, 5, 144),
                    day(u"2026-07-02"_s, 4, 6, 142), day(u"2026-07-03"_s, 8, 1, 149),
                    day(u"2026-07-04"_s, 2, 2, 149), day(u"2026-07-05"_s, 1, 4, 146),
                    day(u"2026-07-06"_s, 9, 0, 155) }),
            // 东二: starts inside the range with 230 followers, stops before its end.
            importOp(u"210199001002"_s,
                { day(u"2026-06-30"_s, 30, 0, 230), day(u"2026-07-01"_s, 6, 1, 235),
                    day(u"2026-07-02"_s, 0, 3, 232), day(u"2026-07-03"_s, 11, 1, 242) }),
            // 西一: only before the range: it counts with its 302 followers throughout.
            importOp(u"210199002001"_s,
                { day(u"2026-06-20"_s, 50, 0, 300), day(u"2026-06-21"_s, 1, 1, 300),
                    day(u"2026-06-22"_s, 2, 0, 302) }),
        };
        QJsonArray weeks31And32Falling;
        QJsonArray week31FallingOnly;
        for (int i = 0; i < 14; ++i) {
            const QString date = iso(QDate(2026, 7, 27).addDays(i));
            weeks31And32Falling.append(day(date, 1, 2, 499 - i));
            week31FallingOnly.append(
                i < 7 ? day(date, 1, 2, 799 - i) : day(date, 3, 1, 793 + 2 * (i - 6)));
        }
        QJsonArray all = ops;
        all.append(importOp(u"210199002002"_s, weeks31And32Falling));
        all.append(importOp(u"210199002003"_s, week31FallingOnly));
        const QJsonArray results = push(http(), city, all).json().value(u"results"_s).toArray();
        m_current->aggregationReady = results.size() == all.size()
            && std::all_of(results.begin(), results.end(), [](const QJsonValue &r) {
                   return r.toObject().value(u"status"_s).toString() == u"applied";
               });
        return m_current->aggregationReady;
    }

    HttpReply series(const QString &token, const QString &code, const QString &from,
        const QString &to, const QString &group)
    {
        return http().get(
            u"/api/v1/units/%1/fans?from=%2&to=%3&group=%4"_s.arg(code, from, to, group), token);
    }

    HttpReply intake(const QJsonObject &body, const QString &key)
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!key.isNull())
            headers.append({ "X-Intake-Key", key.toUtf8() });
        return http().post(u"/api/v1/intake/fans"_s,
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}, "application/json", headers);
    }

    CliResult importFans(const QString &community, const QString &file)
    {
        return runServer(QStringList { u"import-fans"_s, u"--community"_s, community, file }
            + server().database().serverArgs());
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanupTestCase()
    {
        for (auto &[name, backend] : m_backends)
            backend->server.stop();
    }

    void helpListsImportFans()
    {
        const CliResult help = runServer({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(
            help.out.contains(u"import-fans --data DIR | --db URL  --community CODE FILE.csv"_s));
    }

    void importCommandFollowsThePermissions()
    {
        QVERIFY(startServer());
        const QString worker = login(http(), u"demo.worker"_s);
        // 河畔社区's two latest demo days.
        const PullResult pulled = pullAll(http(), worker);
        QMap<QString, QJsonObject> hepan;
        for (const auto &c : pulled.changes) {
            if (c.value(u"kind"_s).toString() != u"fan_day")
                continue;
            const QJsonObject data = c.value(u"data"_s).toObject();
            // A community sees its own figures and nobody else's.
            QCOMPARE(data.value(u"community"_s).toString(), u"210111001001"_s);
            QCOMPARE(
                c.value(u"id"_s).toString(), u"210111001001:"_s + data.value(u"date"_s).toString());
            hepan.insert(data.value(u"date"_s).toString(), data);
        }
        QVERIFY(hepan.size() >= 365);
        const QJsonObject last = hepan.last();
        const QJsonObject beforeLast
            = hepan.value(iso(QDate::fromString(hepan.lastKey(), Qt::ISODate).addDays(-1)));
        QVERIFY(!beforeLast.isEmpty());
        const qint64 base = beforeLast.value(u"cumulative"_s).toInteger();
        const QString date = hepan.lastKey();
        const QString id = u"210111001001:"_s + date;

        // The worker corrects 河畔's latest day: replaced, version 2, pulled once.
        const qint64 head = server().seq();
        const qint64 newFollow = last.value(u"new_follow"_s).toInteger() + 5;
        const qint64 unfollow = last.value(u"unfollow"_s).toInteger();
        QJsonObject r = pushOne(u"demo.worker"_s,
            importOp(u"210111001001"_s,
                { day(date, newFollow, unfollow, base + newFollow - unfollow) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"entity_id"_s).toString(), id);
        QCOMPARE(r.value(u"version"_s).toInt(), 2);
        QCOMPARE(r.value(u"seq"_s).toInteger(), head + 1);
        const PullResult after = pullAll(http(), worker, head);
        QCOMPARE(after.changes.size(), 1);
        QCOMPARE(after.changes.at(0).value(u"kind"_s).toString(), u"fan_day"_s);
        QCOMPARE(after.changes.at(0).value(u"id"_s).toString(), id);
        QCOMPARE(after.changes.at(0).value(u"version"_s).toInt(), 2);
        QCOMPARE(after.changes.at(0).value(u"data"_s).toObject(),
            (QJsonObject { { u"community"_s, u"210111001001"_s }, { u"date"_s, date },
                { u"new_follow"_s, newFollow }, { u"unfollow"_s, unfollow },
                { u"net"_s, newFollow - unfollow },
                { u"cumulative"_s, base + newFollow - unfollow } }));
        // The audit keeps what was there before, and who changed it.
        const QJsonArray audit
            = http().get(u"/api/v1/units/210111001001/fans/audit"_s, worker).jsonArray();
        QCOMPARE(audit.size(), 1);
        const QJsonObject entry = audit.at(0).toObject();
        QCOMPARE(entry.value(u"date"_s).toString(), date);
        QCOMPARE(entry.value(u"actor"_s).toString(), u"demo.worker"_s);
        QCOMPARE(entry.value(u"source"_s).toString(), u"command"_s);
        QCOMPARE(entry.value(u"old"_s).toObject().value(u"new_follow"_s).toInteger(),
            last.value(u"new_follow"_s).toInteger());
        QCOMPARE(entry.value(u"old"_s).toObject().value(u"cumulative"_s).toInteger(),
            last.value(u"cumulative"_s).toInteger());
        QCOMPARE(entry.value(u"new"_s).toObject().value(u"new_follow"_s).toInteger(), newFollow);

        // Another community's worker does not even see 河畔; nor does a department.
        const qint64 seq = server().seq();
        for (const auto &user : { u"demo.worker2"_s, u"demo.dept"_s }) {
            r = pushOne(user, importOp(u"210111001001"_s, { day(date, 1, 0, base + 1) }));
            QCOMPARE(r.value(u"status"_s).toString(), u"rejected"_s);
            QCOMPARE(errorCode(r), u"not_found"_s);
        }
        // The street and the district import into their communities.
        r = pushOne(u"demo.district"_s, importOp(u"210111001001"_s, { day(date, 7, 1, base + 6) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 3);
        QCOMPARE(server().seq(), seq + 1);
        r = pushOne(u"demo.street"_s, importOp(u"210111001001"_s, { day(date, 8, 1, base + 7) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 4);
        QCOMPARE(
            http().get(u"/api/v1/units/210111001001/fans/audit"_s, worker).jsonArray().size(), 3);
        // Figures belong to communities: a street's own code is refused.
        r = pushOne(u"demo.district"_s, importOp(u"210111001"_s, { day(date, 1, 0, 1) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(errorCode(r), u"forbidden"_s);
        r = pushOne(u"demo.worker"_s, importOp(u"210111001"_s, { day(date, 1, 0, 1) }));
        QCOMPARE(errorCode(r), u"not_found"_s);
    }

    void reimportReplacesAndAudits()
    {
        QVERIFY(ensureTree());
        const QString city = login(http(), u"demo.city"_s);
        QJsonObject r = pushOne(u"demo.city"_s,
            importOp(u"210198001001"_s,
                { day(u"2026-03-01"_s, 10, 0, 100), day(u"2026-03-02"_s, 5, 1, 104),
                    day(u"2026-03-03"_s, 6, 2, 108), day(u"2026-03-04"_s, 3, 3, 108),
                    day(u"2026-03-05"_s, 7, 1, 114) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"entity_id"_s).toString(), u"210198001001:2026-03-05"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 1);
        QCOMPARE(
            http().get(u"/api/v1/units/210198001001/fans/audit"_s, city).jsonArray().size(), 0);

        // Re-import of a day replaces it: one change, one audit row.
        qint64 head = server().seq();
        r = pushOne(
            u"demo.city"_s, importOp(u"210198001001"_s, { day(u"2026-03-05"_s, 9, 1, 116) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 2);
        QCOMPARE(server().seq(), head + 1);
        QJsonArray audit = http().get(u"/api/v1/units/210198001001/fans/audit"_s, city).jsonArray();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).toObject().value(u"old"_s).toObject(),
            (QJsonObject { { u"new_follow"_s, 7 }, { u"unfollow"_s, 1 }, { u"net"_s, 6 },
                { u"cumulative"_s, 114 } }));
        QCOMPARE(audit.at(0).toObject().value(u"new"_s).toObject(),
            (QJsonObject { { u"new_follow"_s, 9 }, { u"unfollow"_s, 1 }, { u"net"_s, 8 },
                { u"cumulative"_s, 116 } }));
        QCOMPARE(audit.at(0).toObject().value(u"community"_s).toString(), u"210198001001"_s);
        QCOMPARE(audit.at(0).toObject().value(u"actor"_s).toString(), u"demo.city"_s);

        // The same figures again change nothing: nothing to pull, nothing audited.
        head = server().seq();
        r = pushOne(
            u"demo.city"_s, importOp(u"210198001001"_s, { day(u"2026-03-05"_s, 9, 1, 116) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 2);
        QCOMPARE(server().seq(), head);
        QCOMPARE(
            http().get(u"/api/v1/units/210198001001/fans/audit"_s, city).jsonArray().size(), 1);

        // Two days replaced together, each audited.
        r = pushOne(u"demo.city"_s,
            importOp(u"210198001001"_s,
                { day(u"2026-03-04"_s, 5, 3, 110), day(u"2026-03-05"_s, 9, 1, 118) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(server().seq(), head + 2);
        audit = http().get(u"/api/v1/units/210198001001/fans/audit"_s, city).jsonArray();
        QCOMPARE(audit.size(), 3);
        QSet<QString> dates;
        for (const auto &a : audit)
            dates.insert(a.toObject().value(u"date"_s).toString());
        QCOMPARE(dates, (QSet<QString> { u"2026-03-04"_s, u"2026-03-05"_s }));
        QCOMPARE(rows(series(city, u"210198001001"_s, u"2026-03-01"_s, u"2026-03-05"_s, u"day"_s)
                          .jsonArray()),
            (QStringList { u"2026-03-01 10 0 10 100"_s, u"2026-03-02 5 1 4 104"_s,
                u"2026-03-03 6 2 4 108"_s, u"2026-03-04 5 3 2 110"_s, u"2026-03-05 9 1 8 118"_s }));
    }

    void continuityErrorsRefuseTheWholeOp()
    {
        QVERIFY(ensureTree());
        const QString community = u"210198001002"_s;
        QJsonObject r = pushOne(u"demo.city"_s,
            importOp(community,
                { day(u"2026-03-10"_s, 10, 0, 200), day(u"2026-03-11"_s, 4, 1, 203),
                    day(u"2026-03-12"_s, 2, 2, 203) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        const qint64 seq = server().seq();
        const auto refused = [&](const QJsonArray &days, const QString &code, const QString &field,
                                 const QStringList &words) {
            const QJsonObject result = pushOne(u"demo.city"_s, importOp(community, days));
            QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
            QCOMPARE(errorCode(result), code);
            QCOMPARE(errorField(result), field);
            for (const auto &w : words)
                QVERIFY2(errorMessage(result).contains(w),
                    qPrintable(errorMessage(result) + u" lacks "_s + w));
            QCOMPARE(server().seq(), seq);
        };
        // A day whose change breaks the stored next day's chain: 03-12 holds 203 with net 0.
        refused({ day(u"2026-03-11"_s, 5, 1, 204) }, u"cumulative_mismatch"_s,
            u"payload.days[0].cumulative"_s, { u"item 1"_s, u"2026-03-12"_s, u"must be 203"_s });
        // The stored day before the first one given: 03-12 is 203, 03-13 adds 5.
        refused({ day(u"2026-03-13"_s, 5, 0, 210) }, u"cumulative_mismatch"_s,
            u"payload.days[0].cumulative"_s, { u"item 1"_s, u"203"_s, u"208"_s });
        // Gaps on either side.
        refused({ day(u"2026-03-14"_s, 5, 0, 208) }, u"gap"_s, u"payload.days[0].date"_s,
            { u"no row for 2026-03-13"_s, u"2026-03-12"_s });
        refused({ day(u"2026-03-07"_s, 5, 0, 150), day(u"2026-03-08"_s, 5, 0, 155) }, u"gap"_s,
            u"payload.days[1].date"_s,
            { u"item 2"_s, u"no row for 2026-03-09"_s, u"stored day 2026-03-10"_s });
        // One bad day among good ones: none of them is stored.
        refused({ day(u"2026-03-13"_s, 5, 0, 208), day(u"2026-03-14"_s, 5, 0, 213),
                    day(u"2026-03-15"_s, 5, 0, 999) },
            u"cumulative_mismatch"_s, u"payload.days[2].cumulative"_s, { u"item 3"_s, u"218"_s });
        // Every problem of an op is listed; the field names the first.
        refused({ day(u"2026-03-13"_s, -5, 0, 203), day(u"2026-03-14"_s, 5, 0, 250),
                    day(u"2026-03-14"_s, 5, 0, 213) },
            u"negative_count"_s, u"payload.days[0].new_follow"_s,
            { u"item 1: new_follow is -5"_s, u"item 2: cumulative is 250"_s,
                u"item 3: date 2026-03-14 appears again"_s });
        // Not yet: figures of a day that has not ended.
        const QString tomorrow = iso(chinaToday().addDays(2));
        refused({ day(tomorrow, 1, 0, 1) }, u"bad_date"_s, u"payload.days[0].date"_s,
            { u"after today"_s });
        QCOMPARE(rows(series(login(http(), u"demo.city"_s), community, u"2026-03-12"_s,
                     u"2026-03-15"_s, u"day"_s)
                          .jsonArray()),
            (QStringList { u"2026-03-12 2 2 0 203"_s, u"2026-03-13 0 0 0 203"_s,
                u"2026-03-14 0 0 0 203"_s, u"2026-03-15 0 0 0 203"_s }));

        // At most 400 days an op.
        QJsonArray tooMany;
        for (int i = 0; i < 401; ++i)
            tooMany.append(day(iso(QDate(2024, 1, 1).addDays(i)), 1, 0, i + 1));
        r = pushOne(u"demo.city"_s, importOp(community, tooMany));
        QCOMPARE(r.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(errorCode(r), u"invalid_field"_s);
        QCOMPARE(errorField(r), u"payload.days"_s);
        QCOMPARE(server().seq(), seq);
    }

    void intakeChecksKeyCommunityAndEveryError()
    {
        QVERIFY(ensureTree());
        const QJsonObject good { { u"community"_s, u"210198002002"_s },
            { u"days"_s,
                QJsonArray { day(u"2026-04-01"_s, 10, 0, 50), day(u"2026-04-02"_s, 5, 1, 54) } } };
        const qint64 seq = server().seq();
        HttpReply reply = intake(good, QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        reply = intake(good, u"cdk_not-a-key"_s);
        QCOMPARE(reply.status, 401);
        QCOMPARE(server().seq(), seq);

        // A key of 和平区 files nothing into 苏家屯区 or the test districts.
        const CliResult issued = runServer(QStringList { u"intake-key"_s, u"add"_s, u"--unit"_s,
                                               u"210102"_s, u"--name"_s, u"和平区平台"_s }
            + server().database().serverArgs());
        QCOMPARE(issued.exitCode, 0);
        const QString heping = issued.out.trimmed().mid(QStringLiteral("intake-key: ").size());
        for (const auto &code : { u"210111001001"_s, u"210198002002"_s, u"999999"_s }) {
            QJsonObject body = good;
            body.insert(u"community"_s, code);
            reply = intake(body, heping);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
                u"community"_s);
        }
        QJsonObject street = good;
        street.insert(u"community"_s, u"210102001"_s);
        reply = intake(street, heping);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"invalid_field"_s);
        QCOMPARE(server().seq(), seq);

        const QString key = server().intakeKey();
        const auto refused = [&](const QJsonArray &days, const QString &code, const QString &field,
                                 const QStringList &words) {
            const HttpReply r
                = intake({ { u"community"_s, u"210198002002"_s }, { u"days"_s, days } }, key);
            QCOMPARE(r.status, 400);
            const QJsonObject error = r.json().value(u"error"_s).toObject();
            QCOMPARE(error.value(u"code"_s).toString(), code);
            QCOMPARE(error.value(u"field"_s).toString(), field);
            for (const auto &w : words)
                QVERIFY2(error.value(u"message"_s).toString().contains(w),
                    qPrintable(error.value(u"message"_s).toString() + u" lacks "_s + w));
            QCOMPARE(server().seq(), seq);
        };
        // The chain: every error at once, the field naming the first.
        refused({ day(u"2026-04-01"_s, 10, 0, 50), day(u"2026-04-02"_s, 5, 1, 60),
                    day(u"2026-04-02"_s, 1, 0, 55), day(u"2026-04-05"_s, -1, 0, 55) },
            u"cumulative_mismatch"_s, u"days[1].cumulative"_s,
            { u"item 2: cumulative is 60 but the previous day's 50 plus net 4 is 54"_s,
                u"item 3: date 2026-04-02 appears again (first on item 2)"_s,
                u"item 4: new_follow is -1 but a count cannot be negative"_s,
                u"item 4: no rows for 2026-04-03 to 2026-04-04"_s });
        // Unreadable values: all of them.
        refused({ QJsonObject { { u"date"_s, u"2026/04/01"_s }, { u"new_follow"_s, 1 },
                      { u"unfollow"_s, 0 }, { u"cumulative"_s, 1 } },
                    QJsonObject { { u"date"_s, u"2026-04-02"_s }, { u"new_follow"_s, u"5"_s },
                        { u"unfollow"_s, 0 }, { u"cumulative"_s, 6 } },
                    QJsonObject { { u"date"_s, u"2026-04-03"_s }, { u"new_follow"_s, 1.5 },
                        { u"unfollow"_s, 0 } },
                    QJsonObject {
                        { u"new_follow"_s, 1 }, { u"unfollow"_s, 0 }, { u"cumulative"_s, 8 } } },
            u"bad_date"_s, u"days[0].date"_s,
            { u"item 1: date \"2026/04/01\" is not a date"_s,
                u"item 2: new_follow \"5\" is not a whole number"_s,
                u"item 3: new_follow 1.5 is not a whole number"_s,
                u"item 3: cumulative is missing"_s, u"item 4: date is missing"_s });
        // A net the platform sends must match its follows.
        refused({ QJsonObject { { u"date"_s, u"2026-04-01"_s }, { u"new_follow"_s, 5 },
                    { u"unfollow"_s, 1 }, { u"net"_s, 3 }, { u"cumulative"_s, 3 } } },
            u"net_mismatch"_s, u"days[0].net"_s,
            { u"item 1: net is 3 but new_follow 5 minus unfollow 1 is 4"_s });
        // Malformed bodies.
        refused({ QJsonObject { { u"date"_s, u"2026-04-01"_s }, { u"new"_s, 5 },
                    { u"unfollow"_s, 1 }, { u"cumulative"_s, 3 } } },
            u"invalid_field"_s, u"days[0].new"_s, {});
        refused({}, u"invalid_field"_s, u"days"_s, {});
        refused({ 5 }, u"invalid_field"_s, u"days[0]"_s, {});
        reply = intake(
            { { u"community"_s, u"210198002002"_s }, { u"days"_s, u"2026-04-01"_s } }, key);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"days"_s);
        QCOMPARE(server().seq(), seq);

        // Accepted: the days are stored, and the same post again replaces nothing.
        reply = intake(good, key);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"imported"_s).toInt(), 2);
        QCOMPARE(reply.json().value(u"replaced"_s).toInt(), 0);
        QCOMPARE(server().seq(), seq + 2);
        reply = intake(good, key);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"imported"_s).toInt(), 2);
        QCOMPARE(reply.json().value(u"replaced"_s).toInt(), 0);
        QCOMPARE(reply.json().value(u"unchanged"_s).toInt(), 2);
        QCOMPARE(server().seq(), seq + 2);
        // A correction of the second day replaces it.
        QJsonObject corrected = good;
        corrected.insert(u"days"_s, QJsonArray { day(u"2026-04-02"_s, 6, 1, 55) });
        reply = intake(corrected, key);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"replaced"_s).toInt(), 1);
        const QString city = login(http(), u"demo.city"_s);
        const QJsonArray audit
            = http().get(u"/api/v1/units/210198002002/fans/audit"_s, city).jsonArray();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).toObject().value(u"source"_s).toString(), u"intake"_s);
        QCOMPARE(
            audit.at(0).toObject().value(u"actor"_s).toString(), u"intake:沈阳新社区 微信平台"_s);
        QCOMPARE(rows(series(city, u"210198002002"_s, u"2026-04-01"_s, u"2026-04-02"_s, u"day"_s)
                          .jsonArray()),
            (QStringList { u"2026-04-01 10 0 10 50"_s, u"2026-04-02 6 1 5 55"_s }));
    }

    void cliImportsTheConsolesFiles()
    {
        QVERIFY(ensureTree());
        const QString community = u"210198002001"_s; // 北一社区
        CliResult r = importFans(community, fixture(u"console_utf8.csv"_s));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"imported 7 days for 北一社区 (210198002001), replaced 0"_s);
        r = importFans(community, fixture(u"console_gbk.csv"_s));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"imported 7 days for 北一社区 (210198002001), replaced 0"_s);
        r = importFans(community, fixture(u"reordered.csv"_s));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"imported 4 days for 北一社区 (210198002001), replaced 0"_s);
        // The same file again: nothing changes.
        qint64 seq = server().seq();
        r = importFans(community, fixture(u"console_utf8.csv"_s));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"imported 7 days for 北一社区 (210198002001), replaced 0"_s);
        QCOMPARE(server().seq(), seq);

        // Weeks of 05-01 … 05-18 (ISO weeks W18 from 04-27, clipped to 05-01).
        const QString city = login(http(), u"demo.city"_s);
        QCOMPARE(
            rows(series(city, community, u"2026-05-01"_s, u"2026-05-18"_s, u"week"_s).jsonArray()),
            (QStringList { u"2026-W18 83 10 73 1573"_s, u"2026-W19 102 47 55 1628"_s,
                u"2026-W20 80 16 64 1692"_s, u"2026-W21 14 2 12 1704"_s }));

        // A broken file: every error with its line, exit 2, nothing imported.
        seq = server().seq();
        r = importFans(u"210198002002"_s, fixture(u"broken.csv"_s));
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(
            lines.at(0).contains(u"3 errors; nothing was imported"_s), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1),
            u"line 3: 累积关注人数 is 110 but the previous day's 100 plus net 4 is 104"_s);
        QVERIFY2(lines.at(2).startsWith(u"line 4: 时间 \"2026-05-0x\" is not a date"_s),
            qPrintable(lines.at(2)));
        QCOMPARE(
            lines.at(3), u"line 5: 净增关注人数 is 6 but 新关注人数 7 minus 取消关注人数 2 is 5"_s);
        QCOMPARE(server().seq(), seq);

        // A file that leaves a day out after the stored ones: the line and the dates.
        r = importFans(community, fixture(u"gap_after_stored.csv"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(
                u"line 2: no row for 2026-05-19 between the stored day 2026-05-18 and 2026-05-20"_s),
            qPrintable(r.err));
        QCOMPARE(server().seq(), seq);
        // A day whose cumulative does not lead to the stored day after it (05-01: 1522, net 22).
        r = importFans(community, fixture(u"before_stored.csv"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(
                u"the row of 2026-04-30: 累积关注人数 of 2026-04-30 is 1400 but the stored day "
                u"2026-05-01 has 累积关注人数 1522 with net 22, so 2026-04-30's 累积关注人数 must be 1500"_s),
            qPrintable(r.err));
        QCOMPARE(server().seq(), seq);

        // An unknown community, a street, a missing file.
        r = importFans(u"999999"_s, fixture(u"console_utf8.csv"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"999999"_s), qPrintable(r.err));
        r = importFans(u"210198002"_s, fixture(u"console_utf8.csv"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"street"_s), qPrintable(r.err));
        r = importFans(community, fixture(u"no_such_file.csv"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cannot read"_s), qPrintable(r.err));
        r = runServer(QStringList { u"import-fans"_s, u"--community"_s, community }
            + server().database().serverArgs());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(server().seq(), seq);
    }

    void readSeriesByPeriod()
    {
        QVERIFY(ensureAggregationFixture());
        const QString city = login(http(), u"demo.city"_s);
        const QString from = u"2026-06-27"_s;
        const QString to = u"2026-07-05"_s;
        // 东街道 = 东一 + 东二 (东二 from 06-30, carried forward after 07-03).
        QCOMPARE(rows(series(city, u"210199001"_s, from, to, u"day"_s).jsonArray()),
            (QStringList { u"2026-06-27 5 1 4 112"_s, u"2026-06-28 3 3 0 112"_s,
                u"2026-06-29 12 2 10 122"_s, u"2026-06-30 37 0 37 359"_s,
                u"2026-07-01 26 6 20 379"_s, u"2026-07-02 4 9 -5 374"_s,
                u"2026-07-03 19 2 17 391"_s, u"2026-07-04 2 2 0 391"_s,
                u"2026-07-05 1 4 -3 388"_s }));
        QCOMPARE(rows(series(city, u"210199001"_s, from, to, u"week"_s).jsonArray()),
            (QStringList { u"2026-W26 8 4 4 112"_s, u"2026-W27 101 25 76 388"_s }));
        QCOMPARE(rows(series(city, u"210199001"_s, from, to, u"month"_s).jsonArray()),
            (QStringList { u"2026-06 57 6 51 359"_s, u"2026-07 52 23 29 388"_s }));
        QCOMPARE(rows(series(city, u"210199001"_s, from, to, u"quarter"_s).jsonArray()),
            (QStringList { u"2026Q2 57 6 51 359"_s, u"2026Q3 52 23 29 388"_s }));
        // The clipped periods say which days they count.
        const QJsonObject firstWeek
            = series(city, u"210199001"_s, from, to, u"week"_s).jsonArray().at(0).toObject();
        QCOMPARE(firstWeek.value(u"start"_s).toString(), from);
        QCOMPARE(firstWeek.value(u"end"_s).toString(), u"2026-06-28"_s);

        // 测试区 adds 西一's 302 followers, all from before the range; 西二 and 西三 only
        // have figures after it.
        QCOMPARE(rows(series(city, u"210199"_s, from, to, u"day"_s).jsonArray()),
            (QStringList { u"2026-06-27 5 1 4 414"_s, u"2026-06-28 3 3 0 414"_s,
                u"2026-06-29 12 2 10 424"_s, u"2026-06-30 37 0 37 661"_s,
                u"2026-07-01 26 6 20 681"_s, u"2026-07-02 4 9 -5 676"_s,
                u"2026-07-03 19 2 17 693"_s, u"2026-07-04 2 2 0 693"_s,
                u"2026-07-05 1 4 -3 690"_s }));
        QCOMPARE(rows(series(city, u"210199"_s, from, to, u"week"_s).jsonArray()),
            (QStringList { u"2026-W26 8 4 4 414"_s, u"2026-W27 101 25 76 690"_s }));
        QCOMPARE(rows(series(city, u"210199"_s, from, to, u"month"_s).jsonArray()),
            (QStringList { u"2026-06 57 6 51 661"_s, u"2026-07 52 23 29 690"_s }));
        QCOMPARE(rows(series(city, u"210199"_s, from, to, u"quarter"_s).jsonArray()),
            (QStringList { u"2026Q2 57 6 51 661"_s, u"2026Q3 52 23 29 690"_s }));
        // The group defaults to days; a range without figures is all zeros.
        QCOMPARE(http()
                     .get(u"/api/v1/units/210199001/fans?from=2026-06-27&to=2026-06-27"_s, city)
                     .jsonArray()
                     .size(),
            1);
        QCOMPARE(rows(series(city, u"210199001"_s, u"2026-01-01"_s, u"2026-03-31"_s, u"quarter"_s)
                          .jsonArray()),
            (QStringList { u"2026Q1 0 0 0 0"_s }));
        // A district's own street accounts see their street only.
        QCOMPARE(series(login(http(), u"demo.street"_s), u"210199001"_s, from, to, u"day"_s).status,
            404);
    }

    void childrenSideBySideWithPenetration()
    {
        QVERIFY(ensureAggregationFixture());
        const QString city = login(http(), u"demo.city"_s);
        QJsonArray children
            = http()
                  .get(u"/api/v1/units/210199/fans/children?from=2026-06-27&to=2026-07-05"_s, city)
                  .jsonArray();
        QCOMPARE(children.size(), 2);
        QJsonObject east = children.at(0).toObject();
        QCOMPARE(east.value(u"code"_s).toString(), u"210199001"_s);
        QCOMPARE(east.value(u"name"_s).toString(), u"东街道"_s);
        QCOMPARE(east.value(u"households"_s).toInteger(), 1400);
        QCOMPARE(east.value(u"cumulative_end"_s).toInteger(), 388);
        QCOMPARE(east.value(u"net"_s).toInteger(), 80);
        QCOMPARE(east.value(u"penetration"_s).toDouble(), 388.0 / 1400.0);
        const QJsonObject west = children.at(1).toObject();
        QCOMPARE(west.value(u"code"_s).toString(), u"210199002"_s);
        QCOMPARE(west.value(u"households"_s).toInteger(), 2100);
        QCOMPARE(west.value(u"cumulative_end"_s).toInteger(), 302);
        QCOMPARE(west.value(u"net"_s).toInteger(), 0);
        QCOMPARE(west.value(u"penetration"_s).toDouble(), 302.0 / 2100.0);

        children
            = http()
                  .get(u"/api/v1/units/210199001/fans/children?from=2026-06-27&to=2026-07-05"_s,
                      city)
                  .jsonArray();
        QCOMPARE(children.size(), 2);
        const QJsonObject first = children.at(0).toObject();
        QCOMPARE(first.value(u"code"_s).toString(), u"210199001001"_s);
        QCOMPARE(first.value(u"households"_s).toInteger(), 1000);
        QCOMPARE(first.value(u"cumulative_end"_s).toInteger(), 146);
        QCOMPARE(first.value(u"net"_s).toInteger(), 38);
        QCOMPARE(first.value(u"penetration"_s).toDouble(), 0.146);
        const QJsonObject second = children.at(1).toObject();
        QCOMPARE(second.value(u"code"_s).toString(), u"210199001002"_s);
        QCOMPARE(second.value(u"cumulative_end"_s).toInteger(), 242);
        QCOMPARE(second.value(u"net"_s).toInteger(), 42);
        QCOMPARE(second.value(u"penetration"_s).toDouble(), 242.0 / 400.0);
        // A community has no children with figures.
        QCOMPARE(
            http()
                .get(u"/api/v1/units/210199001001/fans/children?from=2026-06-27&to=2026-07-05"_s,
                    city)
                .jsonArray()
                .size(),
            0);
    }

    void alarmsListCommunitiesFallingTwoWeeks()
    {
        QVERIFY(ensureAggregationFixture());
        const QString city = login(http(), u"demo.city"_s);
        // As of 2026-08-12: the full weeks W31 (07-27 …) and W32 (08-03 … 08-09).
        QJsonArray alarms
            = http().get(u"/api/v1/units/210199/fans/alarms?as_of=2026-08-12"_s, city).jsonArray();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.at(0).toObject(),
            (QJsonObject { { u"code"_s, u"210199002002"_s }, { u"name"_s, u"西二社区"_s },
                { u"earlier_week"_s, u"2026-W31"_s }, { u"later_week"_s, u"2026-W32"_s },
                { u"earlier_net"_s, -7 }, { u"later_net"_s, -7 }, { u"cumulative"_s, 486 } }));
        QCOMPARE(http()
                     .get(u"/api/v1/units/210199002/fans/alarms?as_of=2026-08-12"_s, city)
                     .jsonArray()
                     .size(),
            1);
        QCOMPARE(http()
                     .get(u"/api/v1/units/210199001/fans/alarms?as_of=2026-08-12"_s, city)
                     .jsonArray()
                     .size(),
            0);
        // A week earlier W30 has no figures: no evidence of a fall.
        QCOMPARE(http()
                     .get(u"/api/v1/units/210199/fans/alarms?as_of=2026-08-05"_s, city)
                     .jsonArray()
                     .size(),
            0);
    }

    void demoFiguresAreBelievable()
    {
        QVERIFY(startServer());
        const QString city = login(http(), u"demo.city"_s);
        const QDate today = chinaToday();
        // Every demo community has daily figures for at least the last twelve months.
        const QString from = iso(today.addYears(-1));
        const QString to = iso(today.addDays(-1));
        for (const auto &district : { u"210111"_s, u"210102"_s, u"210103"_s }) {
            const QJsonArray streets
                = http()
                      .get(
                          u"/api/v1/units/%1/fans/children?from=%2&to=%3"_s.arg(district, from, to),
                          city)
                      .jsonArray();
            QCOMPARE(streets.size(), 4);
            for (const auto &s : streets) {
                const QJsonArray communities
                    = http()
                          .get(u"/api/v1/units/%1/fans/children?from=%2&to=%3"_s.arg(
                                   s.toObject().value(u"code"_s).toString(), from, to),
                              city)
                          .jsonArray();
                QCOMPARE(communities.size(), 5);
                for (const auto &c : communities) {
                    const QJsonObject o = c.toObject();
                    const double p = o.value(u"penetration"_s).toDouble();
                    QVERIFY2(p >= 0.10 && p <= 0.60, qPrintable(o.value(u"name"_s).toString()));
                }
            }
        }
        // The first day a year ago already counts: the history is longer.
        const QJsonArray hepan = series(city, u"210111001001"_s, from, from, u"day"_s).jsonArray();
        QVERIFY(hepan.at(0).toObject().value(u"cumulative"_s).toInteger() > 0);
        // The district's months add up to its streets side by side.
        const QJsonArray months = series(city, u"210111"_s, from, to, u"month"_s).jsonArray();
        const QDate first = today.addYears(-1);
        const QDate last = today.addDays(-1);
        QCOMPARE(
            months.size(), (last.year() - first.year()) * 12 + last.month() - first.month() + 1);
        qint64 net = 0;
        for (const auto &m : months)
            net += m.toObject().value(u"net"_s).toInteger();
        const QJsonArray streets
            = http()
                  .get(u"/api/v1/units/210111/fans/children?from=%1&to=%2"_s.arg(from, to), city)
                  .jsonArray();
        qint64 streetsNet = 0;
        qint64 streetsEnd = 0;
        for (const auto &s : streets) {
            streetsNet += s.toObject().value(u"net"_s).toInteger();
            streetsEnd += s.toObject().value(u"cumulative_end"_s).toInteger();
        }
        QCOMPARE(net, streetsNet);
        QCOMPARE(months.last().toObject().value(u"cumulative"_s).toInteger(), streetsEnd);

        // Neglect alarms: 清泉社区 in the demo street, 3 to 5 communities city-wide.
        const QString street = login(http(), u"demo.street"_s);
        QSet<QString> codes;
        for (const auto &a :
            http().get(u"/api/v1/units/210111001/fans/alarms"_s, street).jsonArray())
            codes.insert(a.toObject().value(u"code"_s).toString());
        QVERIFY(codes.contains(u"210111001003"_s));
        QVERIFY(!codes.contains(u"210111001001"_s));
        const QJsonArray cityAlarms
            = http().get(u"/api/v1/units/210100/fans/alarms"_s, city).jsonArray();
        int demoAlarms = 0;
        for (const auto &a : cityAlarms) {
            const QJsonObject o = a.toObject();
            QVERIFY(o.value(u"earlier_net"_s).toInteger() < 0);
            QVERIFY(o.value(u"later_net"_s).toInteger() < 0);
            demoAlarms += !o.value(u"code"_s).toString().startsWith(u"21019"_s);
        }
        QVERIFY2(demoAlarms >= 3 && demoAlarms <= 5, qPrintable(QString::number(demoAlarms)));
    }

    void readsAreLimitedToTheSubtreeAndChecked()
    {
        QVERIFY(startServer());
        const QString worker = login(http(), u"demo.worker"_s);
        const QString range = u"from=2026-06-01&to=2026-06-30"_s;
        // Its own community: yes. The sibling, the street above, a stranger: 404 alike.
        QCOMPARE(http().get(u"/api/v1/units/210111001001/fans?"_s + range, worker).status, 200);
        for (const auto &code : { u"210111001002"_s, u"210111001"_s, u"210111"_s, u"nope"_s }) {
            for (const auto &tail : { u"fans?"_s + range, u"fans/children?"_s + range,
                     u"fans/alarms"_s, u"fans/audit"_s }) {
                const HttpReply reply
                    = http().get(u"/api/v1/units/%1/%2"_s.arg(code, tail), worker);
                QVERIFY2(reply.status == 404, qPrintable(code + u" "_s + tail));
                QCOMPARE(reply.errorCode(), u"not_found"_s);
            }
        }
        QCOMPARE(
            http()
                .get(u"/api/v1/units/210111001001/fans?"_s + range, login(http(), u"demo.dept"_s))
                .status,
            404);
        QCOMPARE(http().get(u"/api/v1/units/210111001001/fans?"_s + range).status, 401);

        const auto badRequest = [&](const QString &query, const QString &field) {
            const HttpReply reply
                = http().get(u"/api/v1/units/210111001001/fans?"_s + query, worker);
            QVERIFY2(reply.status == 400, qPrintable(query));
            QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), field);
        };
        badRequest(u"from=2026-13-01&to=2026-12-31"_s, u"from"_s);
        badRequest(u"from=20260101&to=2026-12-31"_s, u"from"_s);
        badRequest(u"from=2026-01-01"_s, u"to"_s);
        badRequest(u"from=2026-01-01&to=2026-12-31&group=year"_s, u"group"_s);
        badRequest(u"from=2026-02-01&to=2026-01-31"_s, u"from"_s);
        badRequest(u"from=2023-01-01&to=2026-01-01"_s, u"to"_s);
        QCOMPARE(
            http()
                .get(
                    u"/api/v1/units/210111001001/fans?from=2023-01-01&to=2025-12-31&group=quarter"_s,
                    worker)
                .jsonArray()
                .size(),
            12);
        QCOMPARE(
            http().get(u"/api/v1/units/210111001001/fans/alarms?as_of=yesterday"_s, worker).status,
            400);
        QCOMPARE(
            http().get(u"/api/v1/units/210111001001/fans/audit?limit=0"_s, worker).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestFans)
#include "tst_fans.moc"
