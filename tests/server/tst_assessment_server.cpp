// PRODUCT.md §5 and ASSESSMENT.md on the server, against a live server on SQLite and
// PostgreSQL: the bundle a district's quarter is built from (checked field by field on a
// small district of our own whose every input the test writes), `civicdesk-server assess`
// on the database (exit codes, --bundle-out reproducing the output through --input), who may
// run each command, publishing that freezes a quarter, rule-set validation naming the key,
// the read endpoints and the demo's assessment data.

#include "assessmentstore.h"
#include "db.h"
#include "domain/assessment.h"
#include "domain/chinatime.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;
using civic::domain::isoTime;
using civic::domain::parseIsoTime;

namespace {

constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QString kPassword = u"CivicDesk-demo-1"_s;

// The district the test builds: 测试区 / 试验街道 / 甲 乙 丙.
const QString kDistrict = u"210199"_s;
const QString kStreet = u"210199001"_s;
const QString kJia = u"210199001001"_s;
const QString kYi = u"210199001002"_s;
const QString kBing = u"210199001003"_s;

struct Quarter
{
    QString name;
    qint64 start = 0;
    qint64 end = 0;
};

Quarter quarterNamed(const QString &name)
{
    const auto bounds = civic::domain::quarterBounds(name);
    return Quarter { name, bounds->first, bounds->second };
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate chinaDay(qint64 ms)
{
    return QDate::fromString(civic::domain::chinaDate(ms), Qt::ISODate);
}

qint64 msOf(const QJsonValue &v)
{
    return parseIsoTime(v.toString()).value_or(-1);
}

QString describe(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject firstResult(const HttpReply &reply)
{
    return reply.json().value(u"results"_s).toArray().at(0).toObject();
}

QList<QJsonObject> ofKind(const PullResult &pull, const QString &kind)
{
    QList<QJsonObject> list;
    for (const auto &c : pull.changes) {
        if (c.value(u"kind"_s).toString() == kind)
            list.append(c);
    }
    return list;
}

QJsonObject communityOf(const QJsonObject &bundle, const QString &code)
{
    for (const auto &c : bundle.value(u"communities"_s).toArray()) {
        if (c.toObject().value(u"code"_s).toString() == code)
            return c.toObject();
    }
    return {};
}

QJsonObject rowOf(const QJsonObject &result, const QString &code)
{
    for (const auto &r : result.value(u"results"_s).toArray()) {
        if (r.toObject().value(u"code"_s).toString() == code)
            return r.toObject();
    }
    return {};
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const auto &i : items)
        ids.append(i.toObject().value(u"id"_s).toString());
    return ids;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// ASSESSMENT.md §5's defaults, written out by hand.
QJsonObject section5Defaults()
{
    return QJsonDocument::fromJson(R"({"version": "sujiatun-2016", "sla_hours": 24,
 "a_max": 50, "a_top_n": 8, "b1_max": 20, "b2_max": 5, "b3_weights": [6, 5, 4],
 "c_max": 10, "c_penalty": 1,
 "bonus_event": 15, "bonus_innovation_each": 3, "bonus_innovation_max": 15,
 "bonus_service_each": 2, "bonus_service_max": 10,
 "news_district": 2, "news_city": 5, "news_min_leads": 2, "news_max": 10,
 "award_min_net": 100, "awards": [2000, 2000, 2000, 2000, 2000, 1000, 1000, 1000, 1000, 1000]})")
        .object();
}

} // namespace

class TestAssessmentServer : public QObject
{
    Q_OBJECT

private:
    // What the fixture wrote, to check the bundles against.
    struct Fixture
    {
        Quarter p; // the last completed quarter: fans, complaints, tasks and claims
        Quarter q; // the current one: a notice, a resolution, a claim, a task
        QString c1, c2, c3, c4; // complaints
        QString t1, t2, t3, t4, t5; // tasks
        QString k1, k2, k3, k4, k5, k6; // claims
        QString n1; // notice
        QByteArray pResultBeforePublish; // `assess` on P before publishing
        QJsonObject pBundleBeforePublish;
    };

    // One demo server per backend, started on first use and kept for every test function
    // (QTest runs each function for both backends in turn).
    struct Backend
    {
        DemoServer server;
        QHash<QString, QString> tokens;
        Fixture fixture;
        bool built = false;
    };
    std::map<QString, std::unique_ptr<Backend>> m_backends;
    Backend *m_current = nullptr;

    bool ensureServer()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &slot = m_backends[backend];
        if (!slot) {
            auto fresh = std::make_unique<Backend>();
            QString why;
            if (!fresh->server.start(backend, &why)) {
                qWarning("%s", qPrintable(why));
                m_current = nullptr;
                return false;
            }
            slot = std::move(fresh);
        }
        m_current = slot.get();
        return true;
    }

    DemoServer &server() { return m_current->server; }
    Http &http() { return server().http(); }
    Fixture &fx() { return m_current->fixture; }

    QString token(const QString &username)
    {
        if (!m_current->tokens.contains(username))
            m_current->tokens.insert(username, login(http(), username, kPassword));
        return m_current->tokens.value(username);
    }

    QJsonObject act(const QString &account, const QString &type, const QJsonObject &payload,
        std::optional<qint64> baseVersion = std::nullopt)
    {
        return firstResult(push(http(), token(account), { op(type, payload, baseVersion) }));
    }

    bool step(const QString &account, const QString &type, const QJsonObject &payload)
    {
        const QJsonObject r = act(account, type, payload);
        if (r.value(u"status"_s).toString() == u"applied")
            return true;
        qWarning("%s by %s: %s", qPrintable(type), qPrintable(account), qPrintable(describe(r)));
        return false;
    }

    QStringList dbArgs() { return server().database().serverArgs(); }

    civic::server::DbConfig dbConfig()
    {
        QString error;
        const QStringList args = dbArgs();
        const auto c = args.at(0) == u"--data"
            ? civic::server::DbConfig::fromArguments(args.at(1), {}, &error)
            : civic::server::DbConfig::fromArguments({}, args.at(1), &error);
        return *c;
    }

    CliResult assess(const QString &district, const QString &quarter, const QStringList &extra = {})
    {
        return runServer(QStringList { u"assess"_s } + dbArgs()
            + QStringList { u"--district"_s, district, u"--quarter"_s, quarter } + extra);
    }

    QJsonObject getJson(const QString &account, const QString &path, int *status = nullptr)
    {
        const HttpReply r = http().get(path, token(account));
        if (status)
            *status = r.status;
        return r.json();
    }

    bool postFans(const QString &community, const QJsonArray &days)
    {
        const HttpReply r = http().post(u"/api/v1/intake/fans"_s,
            QJsonDocument(QJsonObject { { u"community"_s, community }, { u"days"_s, days } })
                .toJson(QJsonDocument::Compact),
            {}, "application/json", { { "X-Intake-Key", server().intakeKey().toUtf8() } });
        if (r.status != 200)
            qWarning("intake fans %s: %d %s", qPrintable(community), r.status, r.body.constData());
        return r.status == 200;
    }

    // Fan days from `first` to `last`: `net` on the days it names (the followers who came),
    // nothing on the others; the cumulative figure starts at `startCumulative` on `first`.
    static QJsonArray fanDays(
        QDate first, QDate last, qint64 startCumulative, const QHash<QDate, int> &net)
    {
        QJsonArray days;
        qint64 cumulative = startCumulative;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const int n = d == first ? 0 : net.value(d);
            cumulative += n;
            days.append(QJsonObject { { u"date"_s, d.toString(Qt::ISODate) },
                { u"new_follow"_s, n }, { u"unfollow"_s, 0 }, { u"cumulative"_s, cumulative } });
        }
        return days;
    }

    QJsonObject complaintPayload(const QString &id, const QString &community, qint64 submittedAt,
        const QString &nickname, const QString &content)
    {
        return QJsonObject { { u"id"_s, id }, { u"community"_s, community },
            { u"category"_s, u"环境卫生"_s }, { u"title"_s, content.left(12) },
            { u"content"_s, content }, { u"nickname"_s, nickname },
            { u"phone"_s, u"13912345678"_s }, { u"channel"_s, u"walk_in"_s },
            { u"submitted_at"_s, isoTime(submittedAt) } };
    }

    QJsonObject claimPayload(const QString &id, const QString &community, const QString &kind,
        const QString &title, qint64 date)
    {
        return QJsonObject { { u"id"_s, id }, { u"community"_s, community }, { u"kind"_s, kind },
            { u"title"_s, title }, { u"description"_s, u"活动当天新增关注一百余人。"_s },
            { u"links"_s, QJsonArray { u"https://mp.weixin.qq.com/s/AbCdEfGh123"_s } },
            { u"date"_s, isoTime(date) } };
    }

    // The small district every bundle check reads (see Fixture).
    bool buildFixture()
    {
        if (m_current->built)
            return true;
        Fixture &f = fx();
        f.q = quarterNamed(civic::server::assessment::quarterOf(now()));
        f.p = quarterNamed(civic::server::assessment::previousQuarter(f.q.name));
        const qint64 p0 = f.p.start;

        // Units and accounts.
        const QList<std::tuple<QString, QString, QString, QString, int>> units = {
            { kDistrict, u"测试区"_s, u"district"_s, u"210100"_s, 0 },
            { kStreet, u"试验街道"_s, u"street"_s, kDistrict, 0 },
            { kJia, u"甲社区"_s, u"community"_s, kStreet, 1000 },
            { kYi, u"乙社区"_s, u"community"_s, kStreet, 500 },
            { kBing, u"丙社区"_s, u"community"_s, kStreet, 0 },
        };
        for (const auto &[code, name, level, parent, households] : units) {
            if (!step(u"demo.city"_s, u"org.add"_s,
                    { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
                        { u"parent"_s, parent }, { u"households"_s, households } }))
                return false;
        }
        const QList<std::tuple<QString, QString, QString>> users = {
            { u"t.district"_s, u"district"_s, kDistrict },
            { u"t.street"_s, u"street"_s, kStreet },
            { u"t.worker1"_s, u"worker"_s, kJia },
            { u"t.director1"_s, u"director"_s, kJia },
            { u"t.worker2"_s, u"worker"_s, kYi },
        };
        for (const auto &[username, role, unit] : users) {
            const HttpReply r = http().postJson(u"/api/v1/users"_s,
                { { u"username"_s, username }, { u"display_name"_s, username }, { u"role"_s, role },
                    { u"unit"_s, unit }, { u"password"_s, kPassword } },
                token(u"demo.city"_s));
            if (r.status != 201) {
                qWarning("user %s: %d %s", qPrintable(username), r.status, r.body.constData());
                return false;
            }
        }

        // Fans: 甲 500 at the end of the day before P, +200 on P's first day, +100 on its
        // tenth: 800 at its end. 乙 200, +50 on P's first day, figures stop 5 days before
        // P's end: 250 carried forward. 丙 has none.
        const QDate pFirst = chinaDay(p0);
        const QDate pLast = chinaDay(f.p.end - 1);
        if (!postFans(kJia,
                fanDays(pFirst.addDays(-2), pLast, 490,
                    { { pFirst.addDays(-1), 10 }, { pFirst, 200 }, { pFirst.addDays(9), 100 } }))
            || !postFans(
                kYi, fanDays(pFirst.addDays(-1), pLast.addDays(-5), 200, { { pFirst, 50 } })))
            return false;

        // Complaints: c1 (甲, P) answered, resolved, 满意 and a service example now (in Q);
        // c2 (甲, P) untouched; c3 (甲, P) merged into c2; c4 (乙) submitted now.
        f.c1 = uuid();
        f.c2 = uuid();
        f.c3 = uuid();
        f.c4 = uuid();
        if (!step(u"t.worker1"_s, u"complaint.create"_s,
                complaintPayload(f.c1, kJia, p0 + 5 * kDay + 10 * kHour, u"王师傅"_s,
                    u"3号楼楼道灯坏了一个月了"_s))
            || !step(u"t.worker1"_s, u"complaint.create"_s,
                complaintPayload(f.c2, kJia, p0 + 7 * kDay + 9 * kHour, u"李阿姨"_s,
                    u"小区门口垃圾桶满了没人清"_s))
            || !step(u"t.worker1"_s, u"complaint.create"_s,
                complaintPayload(
                    f.c3, kJia, p0 + 6 * kDay + 9 * kHour, u"李阿姨"_s, u"垃圾桶又满了"_s))
            || !step(u"t.worker2"_s, u"complaint.create"_s,
                complaintPayload(f.c4, kYi, now() - kMinute, u"赵大爷"_s, u"楼下烧烤油烟太大"_s))
            || !step(u"t.worker1"_s, u"complaint.reply"_s,
                { { u"complaint"_s, f.c1 }, { u"text"_s, u"已派人查看"_s } })
            || !step(u"t.worker1"_s, u"complaint.resolve"_s,
                { { u"complaint"_s, f.c1 }, { u"resolution"_s, u"更换了楼道灯"_s },
                    { u"reply"_s, u"您好,楼道灯已修好。"_s } })
            || !step(u"t.worker1"_s, u"complaint.satisfaction"_s,
                { { u"complaint"_s, f.c1 }, { u"value"_s, u"satisfied"_s } })
            || !step(u"t.director1"_s, u"complaint.mark_example"_s, { { u"complaint"_s, f.c1 } })
            || !step(u"t.worker1"_s, u"complaint.merge"_s,
                { { u"complaint"_s, f.c3 }, { u"primary"_s, f.c2 } }))
            return false;

        // A notice of 甲, rated 4 by its director and 5 by the street, published now.
        f.n1 = uuid();
        if (!step(u"t.worker1"_s, u"notice.save"_s,
                { { u"id"_s, f.n1 }, { u"unit"_s, kJia }, { u"category"_s, u"通知"_s },
                    { u"title"_s, u"停水通知"_s },
                    { u"body_html"_s, u"<p>明天上午九点到十二点停水。</p>"_s },
                    { u"scheduled_at"_s, QJsonValue(QJsonValue::Null) } })
            || !step(u"t.worker1"_s, u"notice.submit"_s, { { u"notice"_s, f.n1 } })
            || !step(u"t.director1"_s, u"notice.approve"_s,
                { { u"notice"_s, f.n1 }, { u"quality"_s, 4 } })
            || !step(
                u"t.street"_s, u"notice.approve"_s, { { u"notice"_s, f.n1 }, { u"quality"_s, 5 } })
            || !step(u"t.worker1"_s, u"notice.publish"_s, { { u"notice"_s, f.n1 } }))
            return false;

        // Tasks: t1 (P, everyone) 甲 submits now, late; t2 (P, 甲 and 乙) nobody; t3 (Q, 乙)
        // submitted on time; t4 (Q, 甲) pending; t5 (next quarter, 甲) for the permission table.
        f.t1 = uuid();
        f.t2 = uuid();
        f.t3 = uuid();
        f.t4 = uuid();
        f.t5 = uuid();
        const auto task = [](const QString &id, const QString &title, qint64 due,
                              const QStringList &communities) {
            QJsonObject payload { { u"id"_s, id }, { u"district"_s, kDistrict },
                { u"title"_s, title }, { u"description"_s, u"请按时上报。"_s },
                { u"due_at"_s, isoTime(due) } };
            if (!communities.isEmpty())
                payload.insert(u"communities"_s, QJsonArray::fromStringList(communities));
            return payload;
        };
        if (!step(u"t.district"_s, u"task.issue"_s,
                task(f.t1, u"上报运营情况"_s, p0 + 20 * kDay + 17 * kHour, {}))
            || !step(u"t.district"_s, u"task.issue"_s,
                task(f.t2, u"报送活动材料"_s, p0 + 40 * kDay + 17 * kHour, { kJia, kYi }))
            || !step(u"t.district"_s, u"task.issue"_s,
                task(f.t3, u"上报网格员名单"_s, f.q.end - kMinute, { kYi }))
            || !step(u"t.district"_s, u"task.issue"_s,
                task(f.t4, u"报送台账"_s, f.q.end - 2 * kMinute, { kJia }))
            || !step(u"t.district"_s, u"task.issue"_s,
                task(f.t5, u"下季度计划"_s, f.q.end + 20 * kDay, { kJia }))
            || !step(u"t.worker1"_s, u"task.submit"_s,
                { { u"task"_s, f.t1 }, { u"note"_s, u"补报运营情况表"_s } })
            || !step(u"t.worker2"_s, u"task.submit"_s,
                { { u"task"_s, f.t3 },
                    { u"links"_s, QJsonArray { u"https://files.example.cn/grid.xlsx"_s } } }))
            return false;

        // Claims in P: two news leads of 甲 adopted by city and district media, a rejected
        // event, an innovation still awaiting review; 乙's approved innovation. In Q: 甲's
        // approved event.
        f.k1 = uuid();
        f.k2 = uuid();
        f.k3 = uuid();
        f.k4 = uuid();
        f.k5 = uuid();
        f.k6 = uuid();
        if (!step(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(
                    f.k1, kJia, u"news_lead"_s, u"老党员义务修车"_s, p0 + 10 * kDay + 10 * kHour))
            || !step(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(
                    f.k2, kJia, u"news_lead"_s, u"居民清理小广告"_s, p0 + 11 * kDay + 10 * kHour))
            || !step(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(f.k3, kJia, u"event"_s, u"百家宴"_s, p0 + 12 * kDay + 10 * kHour))
            || !step(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(
                    f.k4, kJia, u"innovation"_s, u"楼长联动工作法"_s, p0 + 13 * kDay + 10 * kHour))
            || !step(u"t.worker2"_s, u"claim.submit"_s,
                claimPayload(
                    f.k5, kYi, u"innovation"_s, u"手机课堂"_s, p0 + 14 * kDay + 10 * kHour))
            || !step(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(f.k6, kJia, u"event"_s, u"扫码送绿植"_s, now()))
            || !step(u"t.district"_s, u"claim.review"_s,
                { { u"claim"_s, f.k1 }, { u"decision"_s, u"approve"_s },
                    { u"adopted_by"_s, u"city"_s } })
            || !step(u"t.district"_s, u"claim.review"_s,
                { { u"claim"_s, f.k2 }, { u"decision"_s, u"approve"_s },
                    { u"adopted_by"_s, u"district"_s } })
            || !step(u"t.district"_s, u"claim.review"_s,
                { { u"claim"_s, f.k3 }, { u"decision"_s, u"reject"_s },
                    { u"comment"_s, u"照片不足"_s } })
            || !step(u"t.district"_s, u"claim.review"_s,
                { { u"claim"_s, f.k5 }, { u"decision"_s, u"approve"_s } })
            || !step(u"t.district"_s, u"claim.review"_s,
                { { u"claim"_s, f.k6 }, { u"decision"_s, u"approve"_s } }))
            return false;
        m_current->built = true;
        return true;
    }

    QJsonObject submissionRecord(const QString &account, const QString &id)
    {
        for (const auto &c : ofKind(pullAll(http(), token(account)), u"task_submission"_s)) {
            if (c.value(u"id"_s).toString() == id)
                return c.value(u"data"_s).toObject();
        }
        return {};
    }

    void expectRejected(const QJsonObject &r, const QString &code, const QString &field = {})
    {
        QVERIFY2(r.value(u"status"_s).toString() == u"rejected", qPrintable(describe(r)));
        QCOMPARE(r.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
        if (!field.isNull())
            QCOMPARE(r.value(u"error"_s).toObject().value(u"field"_s).toString(), field);
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanupTestCase() { m_backends.clear(); }

    void bundleOfTheLastQuarterFieldByField()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        const Fixture &f = fx();
        QTemporaryDir dir;
        const QString out = dir.filePath(u"p.json"_s);
        const CliResult r = assess(kDistrict, f.p.name, { u"--bundle-out"_s, out });
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bundle = QJsonDocument::fromJson(readFile(out)).object();
        fx().pResultBeforePublish = r.out.toUtf8();
        fx().pBundleBeforePublish = bundle;

        QCOMPARE(bundle.value(u"district"_s).toObject(),
            (QJsonObject { { u"code"_s, kDistrict }, { u"name"_s, u"测试区"_s } }));
        QCOMPARE(bundle.value(u"quarter"_s).toString(), f.p.name);
        QCOMPARE(bundle.value(u"rules"_s).toObject(), section5Defaults());
        const QJsonArray communities = bundle.value(u"communities"_s).toArray();
        QCOMPARE(communities.size(), 3);
        QStringList codes;
        for (const auto &c : communities)
            codes.append(c.toObject().value(u"code"_s).toString());
        QCOMPARE(codes, (QStringList { kJia, kYi, kBing }));

        const QJsonObject jia = communityOf(bundle, kJia);
        QCOMPARE(jia.value(u"name"_s).toString(), u"甲社区"_s);
        QCOMPARE(jia.value(u"households"_s).toInteger(), 1000);
        QCOMPARE(jia.value(u"fans_start"_s).toInteger(), 500);
        QCOMPARE(jia.value(u"fans_end"_s).toInteger(), 800);
        QCOMPARE(jia.value(u"notices"_s).toArray().size(), 0); // its notice is Q's
        // c1 and c2, by submission time; c3 was merged into c2.
        const QJsonArray complaints = jia.value(u"complaints"_s).toArray();
        QCOMPARE(idsOf(complaints), (QStringList { f.c1, f.c2 }));
        const QJsonObject c1 = complaints.at(0).toObject();
        const QJsonObject stored = getJson(u"t.worker1"_s, u"/api/v1/complaints/"_s + f.c1);
        QCOMPARE(msOf(c1.value(u"submitted_at"_s)), f.p.start + 5 * kDay + 10 * kHour);
        QCOMPARE(msOf(c1.value(u"first_reply_at"_s)), msOf(stored.value(u"first_reply_at"_s)));
        QVERIFY(msOf(c1.value(u"first_reply_at"_s)) >= f.q.start);
        QCOMPARE(msOf(c1.value(u"resolved_at"_s)), msOf(stored.value(u"resolved_at"_s)));
        QCOMPARE(c1.value(u"satisfaction"_s).toString(), u"satisfied"_s);
        QCOMPARE(c1.value(u"service_example"_s).toBool(), true);
        QCOMPARE(c1.value(u"nickname"_s).toString(), u"王师傅"_s);
        QCOMPARE(c1.value(u"content"_s).toString(), u"3号楼楼道灯坏了一个月了"_s);
        QCOMPARE(c1.value(u"resolution"_s).toString(), u"更换了楼道灯"_s);
        QCOMPARE(c1.value(u"reply"_s).toString(), u"您好,楼道灯已修好。"_s);
        const QJsonObject c2 = complaints.at(1).toObject();
        QCOMPARE(msOf(c2.value(u"submitted_at"_s)), f.p.start + 7 * kDay + 9 * kHour);
        QVERIFY(c2.value(u"first_reply_at"_s).isNull());
        QVERIFY(c2.value(u"resolved_at"_s).isNull());
        QVERIFY(c2.value(u"satisfaction"_s).isNull());
        QCOMPARE(c2.value(u"service_example"_s).toBool(), false);
        QCOMPARE(c2.value(u"resolution"_s).toString(), QString());
        // t1 submitted late (now), t2 never.
        const QJsonArray tasks = jia.value(u"tasks"_s).toArray();
        QCOMPARE(idsOf(tasks), (QStringList { f.t1, f.t2 }));
        QCOMPARE(
            msOf(tasks.at(0).toObject().value(u"due_at"_s)), f.p.start + 20 * kDay + 17 * kHour);
        const QJsonObject t1Submission
            = submissionRecord(u"t.worker1"_s, civic::server::assessment::submissionId(f.t1, kJia));
        QCOMPARE(t1Submission.value(u"status"_s).toString(), u"late"_s);
        QCOMPARE(t1Submission.value(u"late"_s).toBool(), true);
        QCOMPARE(msOf(tasks.at(0).toObject().value(u"submitted_at"_s)),
            msOf(t1Submission.value(u"submitted_at"_s)));
        QCOMPARE(
            msOf(tasks.at(1).toObject().value(u"due_at"_s)), f.p.start + 40 * kDay + 17 * kHour);
        QVERIFY(tasks.at(1).toObject().value(u"submitted_at"_s).isNull());
        const QJsonArray claims = jia.value(u"claims"_s).toArray();
        QCOMPARE(idsOf(claims), (QStringList { f.k1, f.k2, f.k3, f.k4 }));
        const QList<std::tuple<QString, QString, QString, qint64>> expectedClaims = {
            { u"news_lead"_s, u"approved"_s, u"city"_s, 10 },
            { u"news_lead"_s, u"approved"_s, u"district"_s, 11 },
            { u"event"_s, u"rejected"_s, u"none"_s, 12 },
            { u"innovation"_s, u"submitted"_s, u"none"_s, 13 },
        };
        for (qsizetype i = 0; i < expectedClaims.size(); ++i) {
            const auto &[kind, status, adopted, day] = expectedClaims.at(i);
            const QJsonObject k = claims.at(i).toObject();
            QCOMPARE(k.value(u"kind"_s).toString(), kind);
            QCOMPARE(k.value(u"status"_s).toString(), status);
            QCOMPARE(k.value(u"adopted_by"_s).toString(), adopted);
            QCOMPARE(msOf(k.value(u"date"_s)), f.p.start + day * kDay + 10 * kHour);
        }

        const QJsonObject yi = communityOf(bundle, kYi);
        QCOMPARE(yi.value(u"households"_s).toInteger(), 500);
        QCOMPARE(yi.value(u"fans_start"_s).toInteger(), 200);
        QCOMPARE(yi.value(u"fans_end"_s).toInteger(), 250); // carried forward over 5 days
        QCOMPARE(yi.value(u"complaints"_s).toArray().size(), 0);
        QCOMPARE(idsOf(yi.value(u"tasks"_s).toArray()), (QStringList { f.t1, f.t2 }));
        for (const auto &t : yi.value(u"tasks"_s).toArray())
            QVERIFY(t.toObject().value(u"submitted_at"_s).isNull());
        QCOMPARE(idsOf(yi.value(u"claims"_s).toArray()), QStringList { f.k5 });

        const QJsonObject bing = communityOf(bundle, kBing);
        QCOMPARE(bing.value(u"households"_s).toInteger(), 0);
        QCOMPARE(bing.value(u"fans_start"_s).toInteger(), 0);
        QCOMPARE(bing.value(u"fans_end"_s).toInteger(), 0);
        QCOMPARE(idsOf(bing.value(u"tasks"_s).toArray()), QStringList { f.t1 }); // t2 is not its
        QCOMPARE(bing.value(u"claims"_s).toArray().size(), 0);

        // The scores, by hand (ASSESSMENT.md §2–§4). 甲: net 300, the only tier-1 leader → A 50;
        // no notices in P → B1 0, B2 0; c1, c2: neither answered within 24 h nor resolved in P,
        // c1 rated 满意 → B3 = 4; t1 late, t2 missing → C 8; news 5 + 2 = 7 (two leads); the
        // event was rejected, the innovation is not approved; c1's service example is Q's.
        // Total 69. 乙: net 50 → A 50 × 50/300 = 8.33; no complaints → B3 15; t1, t2 missing →
        // C 8; one innovation → 3. Total 34.33. 丙: net 0 → A 0, B3 15, t1 missing → C 9: 24.
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(u"best"_s).toString(), kJia);
        QCOMPARE(result.value(u"rules_version"_s).toString(), u"sujiatun-2016"_s);
        const QJsonObject rJia = rowOf(result, kJia);
        QCOMPARE(rJia.value(u"rank"_s).toInt(), 1);
        QCOMPARE(rJia.value(u"net"_s).toInt(), 300);
        QCOMPARE(rJia.value(u"A"_s).toDouble(), 50.0);
        QCOMPARE(rJia.value(u"B3"_s).toDouble(), 4.0);
        QCOMPARE(rJia.value(u"C"_s).toDouble(), 8.0);
        QCOMPARE(rJia.value(u"bonus_news"_s).toDouble(), 7.0);
        QCOMPARE(rJia.value(u"bonus_event"_s).toDouble(), 0.0);
        QCOMPARE(rJia.value(u"bonus_service"_s).toDouble(), 0.0);
        QCOMPARE(rJia.value(u"total"_s).toDouble(), 69.0);
        QCOMPARE(rJia.value(u"award"_s).toInt(), 2000);
        const QJsonObject rYi = rowOf(result, kYi);
        QCOMPARE(rYi.value(u"rank"_s).toInt(), 2);
        QCOMPARE(rYi.value(u"A"_s).toDouble(), 8.33);
        QCOMPARE(rYi.value(u"bonus_innovation"_s).toDouble(), 3.0);
        QCOMPARE(rYi.value(u"total"_s).toDouble(), 34.33);
        QCOMPARE(rYi.value(u"eligible"_s).toBool(), false);
        QCOMPARE(rowOf(result, kBing).value(u"total"_s).toDouble(), 24.0);
    }

    void bundleOfTheCurrentQuarter()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        const Fixture &f = fx();
        QTemporaryDir dir;
        const QString out = dir.filePath(u"q.json"_s);
        const CliResult r = assess(kDistrict, f.q.name, { u"--bundle-out"_s, out });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bundle = QJsonDocument::fromJson(readFile(out)).object();

        const QJsonObject jia = communityOf(bundle, kJia);
        // Nothing stored in Q: the end of P carried forward on both sides.
        QCOMPARE(jia.value(u"fans_start"_s).toInteger(), 800);
        QCOMPARE(jia.value(u"fans_end"_s).toInteger(), 800);
        QCOMPARE(communityOf(bundle, kYi).value(u"fans_start"_s).toInteger(), 250);
        QCOMPARE(communityOf(bundle, kYi).value(u"fans_end"_s).toInteger(), 250);
        // The notice with both reviewers' ratings, in step order.
        const QJsonArray notices = jia.value(u"notices"_s).toArray();
        QCOMPARE(idsOf(notices), QStringList { f.n1 });
        const QJsonObject notice = getJson(u"t.worker1"_s, u"/api/v1/notices/"_s + f.n1);
        QCOMPARE(notice.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(msOf(notices.at(0).toObject().value(u"published_at"_s)),
            msOf(notice.value(u"published_at"_s)));
        QCOMPARE(notices.at(0).toObject().value(u"quality"_s).toArray(), (QJsonArray { 4, 5 }));
        // c1 is here as resolved in Q (its service example counts in Q), c2 and c3 are not.
        QCOMPARE(idsOf(jia.value(u"complaints"_s).toArray()), QStringList { f.c1 });
        QCOMPARE(
            idsOf(communityOf(bundle, kYi).value(u"complaints"_s).toArray()), QStringList { f.c4 });
        QCOMPARE(idsOf(jia.value(u"tasks"_s).toArray()), QStringList { f.t4 });
        QVERIFY(jia.value(u"tasks"_s).toArray().at(0).toObject().value(u"submitted_at"_s).isNull());
        const QJsonArray yiTasks = communityOf(bundle, kYi).value(u"tasks"_s).toArray();
        QCOMPARE(idsOf(yiTasks), QStringList { f.t3 });
        const QJsonObject t3
            = submissionRecord(u"t.worker2"_s, civic::server::assessment::submissionId(f.t3, kYi));
        QCOMPARE(t3.value(u"status"_s).toString(), u"on_time"_s);
        QCOMPARE(msOf(yiTasks.at(0).toObject().value(u"submitted_at"_s)),
            msOf(t3.value(u"submitted_at"_s)));
        QCOMPARE(idsOf(jia.value(u"claims"_s).toArray()), QStringList { f.k6 });

        // B2 = 5 × (4.5 − 1) / 4 = 4.375 → 4.38; one service example → 2; the event → 15.
        const QJsonObject row = rowOf(QJsonDocument::fromJson(r.out.toUtf8()).object(), kJia);
        QCOMPARE(row.value(u"B1"_s).toDouble(), 20.0);
        QCOMPARE(row.value(u"B2"_s).toDouble(), 4.38);
        QCOMPARE(row.value(u"bonus_service"_s).toDouble(), 2.0);
        QCOMPARE(row.value(u"bonus_event"_s).toDouble(), 15.0);

        // The provisional read scores the same.
        int status = 0;
        const QJsonObject provisional = getJson(
            u"t.district"_s, u"/api/v1/assessments/%1/%2"_s.arg(kDistrict, f.q.name), &status);
        QCOMPARE(status, 200);
        QCOMPARE(provisional.value(u"published"_s).toBool(), false);
        QVERIFY(provisional.value(u"published_at"_s).isNull());
        QCOMPARE(provisional.value(u"rules_version"_s).toString(), u"sujiatun-2016"_s);
        QCOMPARE(provisional.value(u"results"_s).toArray(),
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results"_s).toArray());
        const QJsonArray explain = provisional.value(u"explain"_s).toArray();
        QCOMPARE(explain.size(), 3);
        for (const auto &e : explain) {
            if (e.toObject().value(u"code"_s).toString() == kJia) {
                QCOMPARE(e.toObject().value(u"ratings"_s).toInt(), 2);
                QCOMPARE(e.toObject().value(u"rating_sum"_s).toInt(), 9);
                QCOMPARE(e.toObject().value(u"service_examples"_s).toInt(), 1);
            }
        }
        // The bundle endpoint serves what the CLI built.
        const HttpReply b = http().get(
            u"/api/v1/assessments/%1/%2/bundle"_s.arg(kDistrict, f.q.name), token(u"t.district"_s));
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json(), bundle);
    }

    void cliBundleOutReproducesTheOutput()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        QTemporaryDir dir;
        for (const QString &quarter : { fx().p.name, fx().q.name }) {
            const QString out = dir.filePath(quarter + u".json"_s);
            const CliResult fromDb = assess(kDistrict, quarter, { u"--bundle-out"_s, out });
            QCOMPARE(fromDb.exitCode, 0);
            const CliResult fromFile = runServer({ u"assess"_s, u"--input"_s, out });
            QCOMPARE(fromFile.exitCode, 0);
            QCOMPARE(fromFile.out.toUtf8(), fromDb.out.toUtf8());
        }
        // With --rules, the rules scored are written into the bundle.
        const QString rules = dir.filePath(u"rules.json"_s);
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": "trial", "a_top_n": 0, "news_city": 9})");
        file.close();
        const QString out = dir.filePath(u"ruled.json"_s);
        const CliResult ruled
            = assess(kDistrict, fx().p.name, { u"--rules"_s, rules, u"--bundle-out"_s, out });
        QCOMPARE(ruled.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(ruled.out.toUtf8()).object();
        QCOMPARE(result.value(u"rules_version"_s).toString(), u"trial"_s);
        // a_top_n 0: nobody is in tier 1, so tier 2's floor is 0 (ASSESSMENT.md §2).
        QCOMPARE(rowOf(result, kJia).value(u"A"_s).toDouble(), 0.0);
        QCOMPARE(rowOf(result, kJia).value(u"bonus_news"_s).toDouble(), 10.0); // min(10, 9 + 2)
        const CliResult again = runServer({ u"assess"_s, u"--input"_s, out });
        QCOMPARE(again.out.toUtf8(), ruled.out.toUtf8());
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown district")
            << QStringList { u"--district"_s, u"999999"_s, u"--quarter"_s, u"2026Q1"_s } << 2
            << u"999999"_s;
        QTest::newRow("a community is not a district")
            << QStringList { u"--district"_s, kJia, u"--quarter"_s, u"2026Q1"_s } << 2 << kJia;
        QTest::newRow("quarter 5") << QStringList { u"--district"_s, kDistrict, u"--quarter"_s,
            u"2026Q5"_s } << 2 << u"--quarter"_s;
        QTest::newRow("quarter as a month")
            << QStringList { u"--district"_s, kDistrict, u"--quarter"_s, u"2026-03"_s } << 2
            << u"--quarter"_s;
        QTest::newRow("no quarter")
            << QStringList { u"--district"_s, kDistrict } << 2 << u"--quarter"_s;
        QTest::newRow("no district")
            << QStringList { u"--quarter"_s, u"2026Q1"_s } << 2 << u"--district"_s;
        QTest::newRow("with --input") << QStringList { u"--district"_s, kDistrict, u"--quarter"_s,
            u"2026Q1"_s, u"--input"_s, u"x.json"_s }
                                      << 2 << u"--input"_s;
        QTest::newRow("scored") << QStringList { u"--district"_s, kDistrict, u"--quarter"_s,
            u"2026Q1"_s } << 0 << QString();
    }

    void cliExitCodes()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const CliResult r = runServer(QStringList { u"assess"_s } + dbArgs() + args);
        QCOMPARE(r.exitCode, code);
        if (code == 0) {
            QCOMPARE(r.err, QString());
            QVERIFY(r.out.startsWith(u"{\"district\": \"210199\", \"quarter\": \"2026Q1\""_s));
        } else {
            QCOMPARE(r.out, QString());
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        }
    }

    void cliWithoutADatabaseIsRefused()
    {
        QTemporaryDir empty;
        const CliResult r = runServer({ u"assess"_s, u"--data"_s, empty.path(), u"--district"_s,
            kDistrict, u"--quarter"_s, u"2026Q1"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(empty.filePath(u"civicdesk.sqlite"_s))); // nothing was created
        const CliResult stray
            = runServer({ u"assess"_s, u"--input"_s, u"x.json"_s, u"--quarter"_s, u"2026Q1"_s });
        QCOMPARE(stray.exitCode, 2);
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("expected");
        // PRODUCT.md §5 through permit(): communities submit, the district (and the city)
        // reviews, issues, publishes and edits rule sets; a sibling district sees nothing.
        const QList<std::tuple<QString, QStringList>> table = {
            // account order: t.worker1, t.director1, t.worker2, t.street, t.district, demo.district
            // (sibling), demo.city
            { u"claim.submit"_s, { u"A"_s, u"A"_s, u"N"_s, u"F"_s, u"F"_s, u"N"_s, u"F"_s } },
            { u"claim.review"_s, { u"F"_s, u"F"_s, u"N"_s, u"F"_s, u"A"_s, u"N"_s, u"A"_s } },
            { u"task.issue"_s, { u"N"_s, u"N"_s, u"N"_s, u"N"_s, u"A"_s, u"N"_s, u"A"_s } },
            { u"task.submit"_s, { u"A"_s, u"A"_s, u"N"_s, u"F"_s, u"F"_s, u"N"_s, u"F"_s } },
            { u"assessment.publish"_s, { u"N"_s, u"N"_s, u"N"_s, u"N"_s, u"A"_s, u"N"_s, u"A"_s } },
            // Every unit of the district reads its rule sets, so editing is forbidden there.
            { u"rule_set.save"_s, { u"F"_s, u"F"_s, u"F"_s, u"F"_s, u"A"_s, u"N"_s, u"A"_s } },
            { u"rule_set.activate"_s, { u"F"_s, u"F"_s, u"F"_s, u"F"_s, u"A"_s, u"N"_s, u"A"_s } },
        };
        const QStringList accounts { u"t.worker1"_s, u"t.director1"_s, u"t.worker2"_s,
            u"t.street"_s, u"t.district"_s, u"demo.district"_s, u"demo.city"_s };
        for (const auto &[type, verdicts] : table) {
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                const QString v = verdicts.at(i);
                QTest::addRow("%s by %s", qPrintable(type), qPrintable(accounts.at(i)))
                    << type << accounts.at(i)
                    << (v == u"A"          ? u"applied"_s
                               : v == u"F" ? u"forbidden"_s
                                           : u"not_found"_s);
            }
        }
    }

    void permissions()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        QFETCH(QString, type);
        QFETCH(QString, account);
        QFETCH(QString, expected);
        const Fixture &f = fx();
        QJsonObject payload;
        if (type == u"claim.submit") {
            payload = claimPayload(uuid(), kJia, u"innovation"_s, u"新做法"_s, now() - kHour);
        } else if (type == u"claim.review") {
            const QString id = uuid();
            QVERIFY(step(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(id, kJia, u"event"_s, u"活动"_s, now() - kHour)));
            payload = { { u"claim"_s, id }, { u"decision"_s, u"reject"_s },
                { u"comment"_s, u"材料不全"_s } };
        } else if (type == u"task.issue") {
            payload = { { u"id"_s, uuid() }, { u"district"_s, kDistrict },
                { u"title"_s, u"上报材料"_s }, { u"due_at"_s, isoTime(f.q.end + 30 * kDay) } };
        } else if (type == u"task.submit") {
            // t5 is 甲's; the street, the districts and the city name 甲, the others their own
            // unit.
            payload = { { u"task"_s, f.t5 }, { u"note"_s, u"已上报"_s } };
            if (account == u"t.street" || account == u"demo.district" || account == u"demo.city")
                payload.insert(u"community"_s, kJia);
        } else if (type == u"assessment.publish") {
            // A long-past quarter per account that may publish, so each is published once.
            payload = { { u"district"_s, kDistrict },
                { u"quarter"_s, account == u"demo.city" ? u"2001Q2"_s : u"2001Q1"_s } };
        } else if (type == u"rule_set.save") {
            payload = { { u"district"_s, kDistrict }, { u"version"_s, u"perm-%1"_s.arg(account) },
                { u"rules"_s, QJsonObject { { u"a_top_n"_s, 6 } } } };
        } else if (type == u"rule_set.activate") {
            payload = { { u"district"_s, kDistrict }, { u"version"_s, u"sujiatun-2016"_s } };
        }
        const qint64 head = server().seq();
        const QJsonObject r = act(account, type, payload);
        if (expected == u"applied") {
            QVERIFY2(r.value(u"status"_s).toString() == u"applied", qPrintable(describe(r)));
            QVERIFY(r.value(u"seq"_s).toInteger() >= head);
        } else {
            expectRejected(r, expected);
            QCOMPARE(server().seq(), head); // a refused command changes nothing
        }
    }

    void publishFreezesTheQuarter()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        const Fixture &f = fx();
        QVERIFY(!f.pResultBeforePublish.isEmpty());
        const QString path = u"/api/v1/assessments/%1/%2"_s.arg(kDistrict, f.p.name);
        const QJsonObject before = getJson(u"t.district"_s, path);
        QCOMPARE(before.value(u"published"_s).toBool(), false);

        // The current quarter has not ended (China time).
        expectRejected(act(u"t.district"_s, u"assessment.publish"_s,
                           { { u"district"_s, kDistrict }, { u"quarter"_s, f.q.name } }),
            u"quarter_not_ended"_s, u"payload.quarter"_s);
        expectRejected(act(u"t.district"_s, u"assessment.publish"_s,
                           { { u"district"_s, kDistrict }, { u"quarter"_s, u"2026-3"_s } }),
            u"invalid_field"_s, u"payload.quarter"_s);

        const QJsonObject r = act(u"t.district"_s, u"assessment.publish"_s,
            { { u"district"_s, kDistrict }, { u"quarter"_s, f.p.name } });
        QVERIFY2(r.value(u"status"_s).toString() == u"applied", qPrintable(describe(r)));
        QCOMPARE(r.value(u"entity_id"_s).toString(), kDistrict + u':' + f.p.name);
        const QJsonObject published = getJson(u"t.district"_s, path);
        QCOMPARE(published.value(u"published"_s).toBool(), true);
        QVERIFY(msOf(published.value(u"published_at"_s)) >= f.q.start);
        QCOMPARE(published.value(u"rules_version"_s).toString(), u"sujiatun-2016"_s);
        const QJsonObject cli = QJsonDocument::fromJson(f.pResultBeforePublish).object();
        QCOMPARE(published.value(u"results"_s).toArray(), cli.value(u"results"_s).toArray());
        QCOMPARE(published.value(u"best"_s).toString(), kJia);
        const HttpReply storedBundle = http().get(path + u"/bundle"_s, token(u"t.district"_s));
        QCOMPARE(storedBundle.status, 200);
        QCOMPARE(storedBundle.json(), f.pBundleBeforePublish);

        // Publishing again is refused.
        expectRejected(act(u"t.district"_s, u"assessment.publish"_s,
                           { { u"district"_s, kDistrict }, { u"quarter"_s, f.p.name } }),
            u"already_published"_s, u"payload.quarter"_s);
        // Nothing dated in a published quarter is added.
        expectRejected(
            act(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(uuid(), kJia, u"event"_s, u"迟到的申报"_s, f.p.start + 30 * kDay)),
            u"quarter_published"_s, u"payload.date"_s);
        expectRejected(
            act(u"t.district"_s, u"task.issue"_s,
                { { u"id"_s, uuid() }, { u"district"_s, kDistrict }, { u"title"_s, u"补报"_s },
                    { u"due_at"_s, isoTime(f.p.start + 30 * kDay) } }),
            u"quarter_published"_s, u"payload.due_at"_s);

        // The data changes: a complaint of 丙 filed for P. The database's answer moves; the
        // published record does not.
        QVERIFY(step(u"t.district"_s, u"complaint.create"_s,
            complaintPayload(
                uuid(), kBing, f.p.start + 30 * kDay, u"孙女士"_s, u"路灯坏了不亮"_s)));
        // 丙 now has a complaint unanswered and unresolved: B3 = 6·0 + 5·0 + 4·1 = 4.
        const CliResult fresh = assess(kDistrict, f.p.name);
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY(fresh.out.toUtf8() != f.pResultBeforePublish);
        QCOMPARE(rowOf(QJsonDocument::fromJson(fresh.out.toUtf8()).object(), kBing)
                     .value(u"B3"_s)
                     .toDouble(),
            4.0);
        const QJsonObject after = getJson(u"t.district"_s, path);
        QCOMPARE(after.value(u"results"_s).toArray(), published.value(u"results"_s).toArray());
        QCOMPARE(after.value(u"published_at"_s), published.value(u"published_at"_s));
        QCOMPARE(
            http().get(path + u"/bundle"_s, token(u"t.district"_s)).json(), f.pBundleBeforePublish);

        // Communities see their own row; the street its communities'; the best is announced.
        const QJsonObject jia = getJson(u"t.worker1"_s, path);
        QCOMPARE(jia.value(u"published"_s).toBool(), true);
        QCOMPARE(jia.value(u"communities"_s).toInt(), 3);
        QCOMPARE(jia.value(u"best"_s).toString(), kJia);
        QCOMPARE(jia.value(u"results"_s).toArray().size(), 1);
        QCOMPARE(jia.value(u"results"_s).toArray().at(0).toObject().value(u"rank"_s).toInt(), 1);
        QCOMPARE(jia.value(u"explain"_s).toArray().size(), 1);
        const QJsonObject yi = getJson(u"t.worker2"_s, path);
        QCOMPARE(yi.value(u"results"_s).toArray().size(), 1);
        QCOMPARE(
            yi.value(u"results"_s).toArray().at(0).toObject().value(u"code"_s).toString(), kYi);
        QCOMPARE(getJson(u"t.street"_s, path).value(u"results"_s).toArray().size(), 3);
        int status = 0;
        getJson(u"demo.district"_s, path, &status);
        QCOMPARE(status, 404); // a sibling district
        getJson(u"t.worker1"_s, path + u"/bundle"_s, &status);
        QCOMPARE(status, 404); // residents' words are the district's
        getJson(u"demo.city"_s, path + u"/bundle"_s, &status);
        QCOMPARE(status, 200);
        getJson(u"t.district"_s, u"/api/v1/assessments/%1/2026Q7"_s.arg(kDistrict), &status);
        QCOMPARE(status, 400);
        // The published quarters: the permission table's two of 2001, and P.
        const QJsonObject list = getJson(u"t.worker1"_s, u"/api/v1/assessments/"_s + kDistrict);
        QStringList quarters;
        for (const auto &item : list.value(u"items"_s).toArray())
            quarters.append(item.toObject().value(u"quarter"_s).toString());
        QCOMPARE(quarters, (QStringList { u"2001Q1"_s, u"2001Q2"_s, f.p.name }));
        QCOMPARE(list.value(u"active_rules_version"_s).toString(), u"sujiatun-2016"_s);

        // What each pulls: the district the whole record, 甲 only its own row.
        const QString id = kDistrict + u':' + f.p.name;
        const PullResult district = pullAll(http(), token(u"t.district"_s));
        QJsonObject data;
        for (const auto &c : ofKind(district, u"assessment"_s)) {
            if (c.value(u"id"_s).toString() == id)
                data = c.value(u"data"_s).toObject();
        }
        QCOMPARE(data.value(u"quarter"_s).toString(), f.p.name);
        QCOMPARE(data.value(u"published"_s).toBool(), true);
        QCOMPARE(data.value(u"result"_s).toObject().value(u"results"_s).toArray(),
            published.value(u"results"_s).toArray());
        QStringList rowIds;
        for (const auto &c : ofKind(district, u"assessment_row"_s)) {
            if (c.value(u"data"_s).toObject().value(u"assessment"_s).toString() == id)
                rowIds.append(c.value(u"id"_s).toString());
        }
        rowIds.sort();
        QCOMPARE(rowIds, (QStringList { id + u':' + kJia, id + u':' + kYi, id + u':' + kBing }));
        const PullResult worker = pullAll(http(), token(u"t.worker1"_s));
        QCOMPARE(ofKind(worker, u"assessment"_s).size(), 0);
        QList<QJsonObject> rows;
        for (const auto &c : ofKind(worker, u"assessment_row"_s)) {
            QCOMPARE(c.value(u"data"_s).toObject().value(u"community"_s).toString(), kJia);
            if (c.value(u"data"_s).toObject().value(u"assessment"_s).toString() == id)
                rows.append(c);
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).value(u"id"_s).toString(), id + u':' + kJia);
        const QJsonObject row = rows.at(0).value(u"data"_s).toObject();
        QCOMPARE(row.value(u"row"_s).toObject().value(u"total"_s).toDouble(), 69.0);
        QCOMPARE(row.value(u"explain"_s).toObject().value(u"news_city"_s).toInt(), 1);
        QCOMPARE(row.value(u"best"_s).toString(), kJia);
    }

    void ruleSetsAreValidatedAndVersioned()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        const auto save = [&](const QString &version, const QJsonObject &rules) {
            return act(u"t.district"_s, u"rule_set.save"_s,
                { { u"district"_s, kDistrict }, { u"version"_s, version }, { u"rules"_s, rules } });
        };
        const qint64 head = server().seq();
        expectRejected(save(u"v-bad"_s, { { u"a_top_n"_s, -1 } }), u"invalid_rule_set"_s,
            u"payload.rules.a_top_n"_s);
        expectRejected(save(u"v-bad"_s, { { u"a_top_n"_s, 2.5 } }), u"invalid_rule_set"_s,
            u"payload.rules.a_top_n"_s);
        expectRejected(save(u"v-bad"_s, { { u"bonus_cake"_s, 1 } }), u"invalid_rule_set"_s,
            u"payload.rules.bonus_cake"_s);
        expectRejected(save(u"v-bad"_s, { { u"b3_weights"_s, QJsonArray { 6, 5 } } }),
            u"invalid_rule_set"_s, u"payload.rules.b3_weights"_s);
        expectRejected(save(u"v-bad"_s, { { u"awards"_s, QJsonArray { 2000, u"many"_s } } }),
            u"invalid_rule_set"_s, u"payload.rules.awards[1]"_s);
        expectRejected(save(u"v-bad"_s, { { u"sla_hours"_s, u"24"_s } }), u"invalid_rule_set"_s,
            u"payload.rules.sla_hours"_s);
        expectRejected(
            save(u"v bad"_s, { { u"a_top_n"_s, 5 } }), u"invalid_field"_s, u"payload.version"_s);
        expectRejected(save(u"v-2027"_s, { { u"version"_s, u"v-2028"_s } }), u"invalid_field"_s,
            u"payload.rules.version"_s);
        // The built-in version means the defaults everywhere.
        expectRejected(save(u"sujiatun-2016"_s, { { u"a_max"_s, 40 } }), u"version_exists"_s,
            u"payload.version"_s);
        QCOMPARE(server().seq(), head);

        const QJsonObject saved = save(u"v-2027"_s, { { u"a_top_n"_s, 1 }, { u"news_city"_s, 6 } });
        QVERIFY2(saved.value(u"status"_s).toString() == u"applied", qPrintable(describe(saved)));
        QCOMPARE(saved.value(u"entity_id"_s).toString(), kDistrict + u":v-2027"_s);
        QCOMPARE(saved.value(u"version"_s).toInt(), 1);
        // The same content again changes nothing; other content under the version is refused.
        const qint64 afterSave = server().seq();
        QCOMPARE(save(u"v-2027"_s, { { u"news_city"_s, 6 }, { u"a_top_n"_s, 1 } })
                     .value(u"status"_s)
                     .toString(),
            u"applied"_s);
        QCOMPARE(server().seq(), afterSave);
        expectRejected(
            save(u"v-2027"_s, { { u"a_top_n"_s, 2 } }), u"version_exists"_s, u"payload.version"_s);
        expectRejected(act(u"t.district"_s, u"rule_set.activate"_s,
                           { { u"district"_s, kDistrict }, { u"version"_s, u"nope"_s } }),
            u"not_found"_s, u"payload.version"_s);
        expectRejected(act(u"t.district"_s, u"rule_set.activate"_s,
                           { { u"district"_s, kJia }, { u"version"_s, u"v-2027"_s } }),
            u"invalid_field"_s, u"payload.district"_s);

        // Saved is not active: scoring still uses the default until activation.
        const QString current = u"/api/v1/assessments/%1/%2"_s.arg(kDistrict, fx().q.name);
        QCOMPARE(getJson(u"t.district"_s, current).value(u"rules_version"_s).toString(),
            u"sujiatun-2016"_s);
        const QJsonObject activated = act(u"t.district"_s, u"rule_set.activate"_s,
            { { u"district"_s, kDistrict }, { u"version"_s, u"v-2027"_s } });
        QVERIFY2(
            activated.value(u"status"_s).toString() == u"applied", qPrintable(describe(activated)));
        const QJsonObject provisional = getJson(u"t.district"_s, current);
        QCOMPARE(provisional.value(u"rules_version"_s).toString(), u"v-2027"_s);
        QCOMPARE(provisional.value(u"rules"_s).toObject().value(u"a_top_n"_s).toInt(), 1);
        QCOMPARE(provisional.value(u"rules"_s).toObject().value(u"a_max"_s).toInt(),
            50); // the defaults under it
        // The CLI scores with the active set; the published quarter keeps the one it used.
        const CliResult cli = assess(kDistrict, fx().p.name);
        QCOMPARE(
            QJsonDocument::fromJson(cli.out.toUtf8()).object().value(u"rules_version"_s).toString(),
            u"v-2027"_s);
        QCOMPARE(
            getJson(u"t.district"_s, u"/api/v1/assessments/%1/%2"_s.arg(kDistrict, fx().p.name))
                .value(u"rules_version"_s)
                .toString(),
            u"sujiatun-2016"_s);

        // The district pulls its rule sets: one active.
        int active = 0;
        for (const auto &c : ofKind(pullAll(http(), token(u"t.district"_s)), u"rule_set"_s)) {
            const QJsonObject d = c.value(u"data"_s).toObject();
            if (d.value(u"district"_s).toString() != kDistrict)
                continue;
            if (d.value(u"active"_s).toBool()) {
                ++active;
                QCOMPARE(d.value(u"version"_s).toString(), u"v-2027"_s);
                QCOMPARE(d.value(u"rules"_s).toObject().value(u"news_city"_s).toInt(), 6);
            }
        }
        QCOMPARE(active, 1);
        // Back to the default for the functions after this one.
        QVERIFY(step(u"t.district"_s, u"rule_set.activate"_s,
            { { u"district"_s, kDistrict }, { u"version"_s, u"sujiatun-2016"_s } }));
    }

    void claimsAndTasksFollowTheirRules()
    {
        QVERIFY(ensureServer());
        QVERIFY(buildFixture());
        const Fixture &f = fx();
        // A claim is edited while submitted, with its version; a decided one stays.
        const QString id = uuid();
        QVERIFY(step(u"t.worker1"_s, u"claim.submit"_s,
            claimPayload(id, kJia, u"news_lead"_s, u"初稿"_s, now() - kHour)));
        QJsonObject edit = claimPayload(id, kJia, u"news_lead"_s, u"修改稿"_s, now() - kHour);
        QCOMPARE(act(u"t.worker1"_s, u"claim.submit"_s, edit, 1).value(u"version"_s).toInt(), 2);
        QCOMPARE(act(u"t.worker1"_s, u"claim.submit"_s, edit, 1).value(u"status"_s).toString(),
            u"conflict"_s);
        expectRejected(act(u"t.district"_s, u"claim.review"_s,
                           { { u"claim"_s, id }, { u"decision"_s, u"reject"_s } }),
            u"comment_required"_s, u"payload.comment"_s);
        expectRejected(act(u"t.district"_s, u"claim.review"_s,
                           { { u"claim"_s, f.k6 }, { u"decision"_s, u"approve"_s },
                               { u"adopted_by"_s, u"city"_s } }),
            u"invalid_field"_s, u"payload.adopted_by"_s); // an event is not adopted by media
        QVERIFY(step(u"t.district"_s, u"claim.review"_s,
            { { u"claim"_s, id }, { u"decision"_s, u"approve"_s },
                { u"adopted_by"_s, u"city"_s } }));
        expectRejected(act(u"t.worker1"_s, u"claim.submit"_s, edit), u"claim_reviewed"_s);
        expectRejected(
            act(u"t.worker1"_s, u"claim.submit"_s,
                claimPayload(uuid(), kJia, u"event"_s, u"明天的活动"_s, now() + 2 * kDay)),
            u"date_in_future"_s, u"payload.date"_s);
        QJsonObject badLink = claimPayload(uuid(), kJia, u"event"_s, u"活动"_s, now() - kHour);
        badLink.insert(u"links"_s, QJsonArray { u"javascript:alert(1)"_s });
        expectRejected(act(u"t.worker1"_s, u"claim.submit"_s, badLink), u"invalid_field"_s,
            u"payload.links[0]"_s);
        // The claim as 甲 pulls it.
        bool seen = false;
        for (const auto &c : ofKind(pullAll(http(), token(u"t.worker1"_s)), u"claim"_s)) {
            if (c.value(u"id"_s).toString() != id)
                continue;
            seen = true;
            const QJsonObject d = c.value(u"data"_s).toObject();
            QCOMPARE(d.value(u"title"_s).toString(), u"修改稿"_s);
            QCOMPARE(d.value(u"status"_s).toString(), u"approved"_s);
            QCOMPARE(d.value(u"adopted_by"_s).toString(), u"city"_s);
            QCOMPARE(d.value(u"reviewer_name"_s).toString(), u"t.district"_s);
            QCOMPARE(d.value(u"links"_s).toArray(),
                QJsonArray { u"https://mp.weixin.qq.com/s/AbCdEfGh123"_s });
        }
        QVERIFY(seen);

        // Task submissions: an empty one is refused; 乙 cannot submit 甲's task; 乙 sees its
        // own submissions and not 甲's; the district sees every one, late and missing included.
        expectRejected(
            act(u"t.worker1"_s, u"task.submit"_s, { { u"task"_s, f.t4 } }), u"submission_empty"_s);
        expectRejected(
            act(u"t.worker2"_s, u"task.submit"_s, { { u"task"_s, f.t4 }, { u"note"_s, u"x"_s } }),
            u"not_found"_s);
        QSet<QString> yiSees;
        for (const auto &c : ofKind(pullAll(http(), token(u"t.worker2"_s)), u"task_submission"_s))
            yiSees.insert(c.value(u"id"_s).toString());
        QVERIFY(yiSees.contains(civic::server::assessment::submissionId(f.t1, kYi)));
        QVERIFY(!yiSees.contains(civic::server::assessment::submissionId(f.t1, kJia)));
        QHash<QString, QString> statuses;
        for (const auto &c : ofKind(pullAll(http(), token(u"t.district"_s)), u"task_submission"_s))
            statuses.insert(c.value(u"id"_s).toString(),
                c.value(u"data"_s).toObject().value(u"status"_s).toString());
        using civic::server::assessment::submissionId;
        QCOMPARE(statuses.value(submissionId(f.t1, kJia)), u"late"_s);
        QCOMPARE(statuses.value(submissionId(f.t1, kYi)), u"missing"_s);
        QCOMPARE(statuses.value(submissionId(f.t1, kBing)), u"missing"_s);
        QCOMPARE(statuses.value(submissionId(f.t2, kJia)), u"missing"_s);
        QVERIFY(!statuses.contains(submissionId(f.t2, kBing)));
        QCOMPARE(statuses.value(submissionId(f.t3, kYi)), u"on_time"_s);
        QCOMPARE(statuses.value(submissionId(f.t4, kJia)), u"pending"_s);

        // The deadline job: once t4's deadline passes unanswered, 甲's submission is missing.
        {
            civic::server::Db db(dbConfig());
            civic::server::Transaction tx(db, civic::server::Transaction::Mode::Serialised);
            // Every pending submission due before then (the demo's too) is marked.
            QVERIFY(civic::server::assessment::markMissingSubmissions(db, f.q.end) >= 1);
            tx.commit();
        }
        QCOMPARE(submissionRecord(u"t.worker1"_s, submissionId(f.t4, kJia))
                     .value(u"status"_s)
                     .toString(),
            u"missing"_s);
    }

    void demoPublishesTheLastQuarterOfSujiatun()
    {
        QVERIFY(ensureServer());
        const Quarter q = quarterNamed(civic::server::assessment::quarterOf(now()));
        const Quarter p = quarterNamed(civic::server::assessment::previousQuarter(q.name));
        const QString path = u"/api/v1/assessments/210111/"_s;
        const QJsonObject published = getJson(u"demo.district"_s, path + p.name);
        QCOMPARE(published.value(u"published"_s).toBool(), true);
        QCOMPARE(published.value(u"results"_s).toArray().size(), 20);
        QVERIFY(msOf(published.value(u"published_at"_s)) >= p.end);
        QCOMPARE(getJson(u"demo.district"_s, path + q.name).value(u"published"_s).toBool(), false);
        QCOMPARE(getJson(u"q210102"_s, u"/api/v1/assessments/210102/"_s + p.name)
                     .value(u"published"_s)
                     .toBool(),
            false);
        // It was computed from the demo data: the database scores it the same today.
        const CliResult cli = assess(u"210111"_s, p.name);
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(cli.out.toUtf8()).object().value(u"results"_s).toArray(),
            published.value(u"results"_s).toArray());

        // Every kind and status of claim, both adoptions, late and missing submissions.
        const PullResult district = pullAll(http(), token(u"demo.district"_s));
        QSet<QString> claimShapes;
        for (const auto &c : ofKind(district, u"claim"_s)) {
            const QJsonObject d = c.value(u"data"_s).toObject();
            claimShapes.insert(
                d.value(u"kind"_s).toString() + u'/' + d.value(u"status"_s).toString());
            if (d.value(u"kind"_s).toString() == u"news_lead")
                claimShapes.insert(u"adopted/"_s + d.value(u"adopted_by"_s).toString());
            if (d.value(u"status"_s).toString() == u"rejected")
                QVERIFY(!d.value(u"review_comment"_s).toString().isEmpty());
        }
        for (const QString &kind : { u"event"_s, u"innovation"_s, u"news_lead"_s })
            for (const QString &status : { u"approved"_s, u"rejected"_s, u"submitted"_s })
                QVERIFY2(
                    claimShapes.contains(kind + u'/' + status), qPrintable(kind + u'/' + status));
        QVERIFY(claimShapes.contains(u"adopted/city"_s));
        QVERIFY(claimShapes.contains(u"adopted/district"_s));
        QSet<QString> statuses;
        QSet<QString> taskQuarters;
        for (const auto &c : ofKind(district, u"task_submission"_s))
            statuses.insert(c.value(u"data"_s).toObject().value(u"status"_s).toString());
        for (const auto &c : ofKind(district, u"task"_s))
            taskQuarters.insert(civic::server::assessment::quarterOf(
                msOf(c.value(u"data"_s).toObject().value(u"due_at"_s))));
        QVERIFY(statuses.contains(u"late"_s));
        QVERIFY(statuses.contains(u"missing"_s));
        QVERIFY(statuses.contains(u"on_time"_s));
        QVERIFY(taskQuarters.contains(p.name));
        QVERIFY(taskQuarters.contains(civic::server::assessment::previousQuarter(p.name)));
        int active = 0;
        for (const auto &c : ofKind(district, u"rule_set"_s))
            active += c.value(u"data"_s).toObject().value(u"active"_s).toBool() ? 1 : 0;
        QCOMPARE(active, 1);

        // demo.worker (河畔社区) sees its own row, claims and submissions only.
        const PullResult worker = pullAll(http(), token(u"demo.worker"_s));
        const QList<QJsonObject> rows = ofKind(worker, u"assessment_row"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).value(u"data"_s).toObject().value(u"community"_s).toString(),
            u"210111001001"_s);
        QSet<QString> hepanStatuses;
        for (const auto &c : ofKind(worker, u"task_submission"_s)) {
            QCOMPARE(
                c.value(u"data"_s).toObject().value(u"community"_s).toString(), u"210111001001"_s);
            hepanStatuses.insert(c.value(u"data"_s).toObject().value(u"status"_s).toString());
        }
        QVERIFY(hepanStatuses.contains(u"late"_s));
        QVERIFY(hepanStatuses.contains(u"missing"_s));
        QSet<QString> hepanClaims;
        for (const auto &c : ofKind(worker, u"claim"_s)) {
            QCOMPARE(
                c.value(u"data"_s).toObject().value(u"community"_s).toString(), u"210111001001"_s);
            hepanClaims.insert(c.value(u"data"_s).toObject().value(u"status"_s).toString());
        }
        QCOMPARE(hepanClaims, (QSet<QString> { u"approved"_s, u"rejected"_s, u"submitted"_s }));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentServer)
#include "tst_assessment_server.moc"
