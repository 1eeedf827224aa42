// The assessment feature in the client cache against a real demo server (PRODUCT.md §5,
// ASSESSMENT.md): the provisional score the client computes from what it pulled equals the
// server's for the same quarter, the published quarter arrives as the server froze it, the
// optimistic claim / task / publish commands apply the server's rules, and a quarter published
// offline is accepted by the server with the same result once the outbox goes up.

#include "domain/assessment.h"
#include "domain/chinatime.h"
#include "domain/org.h"
#include "domain/permissions.h"
#include "domain/roles.h"
#include "item/assessmentinputs.h"
#include "item/assessmentlists.h"
#include "item/assessmentmodel.h"
#include "store/cachedatabase.h"
#include "store/commandqueue.h"
#include "store/outbox.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {

struct Account
{
    QString token;
    domain::Actor actor;
};

QJsonArray rowsOf(const item::AssessmentQuarter &q)
{
    QJsonArray a;
    for (const auto &r : q.rows)
        a.append(r);
    return a;
}

} // namespace

class TestAssessmentClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;
    QString m_district; // 苏家屯区
    int m_caches = 0;

    Account signIn(const QString &username)
    {
        const QJsonObject reply = test::loginReply(m_server.http(), username);
        const QJsonObject user = reply.value(u"user"_s).toObject();
        const QJsonObject unit = user.value(u"unit"_s).toObject();
        Account a;
        a.token = reply.value(u"access_token"_s).toString();
        a.actor.userId = user.value(u"id"_s).toString();
        a.actor.role = domain::roleFromName(user.value(u"role"_s).toString()).value_or(domain::Role::Viewer);
        a.actor.unitCode = unit.value(u"code"_s).toString();
        a.actor.unitLevel = domain::levelFromName(unit.value(u"level"_s).toString()).value_or(domain::Level::Community);
        a.actor.unitPath = unit.value(u"path"_s).toString();
        return a;
    }

    // A fresh cache filled with everything `account` pulls, as the sync engine stores it.
    QSqlDatabase pulledCache(const Account &account)
    {
        const QString name = u"cache%1"_s.arg(++m_caches);
        if (store::CacheDatabase::openWriter(m_dir.filePath(name + u".sqlite"_s), name))
            qWarning("cannot open the cache %s", qPrintable(name));
        QSqlDatabase db = QSqlDatabase::database(name);
        pullInto(db, account);
        return db;
    }

    void pullInto(QSqlDatabase &db, const Account &account, qint64 since = 0)
    {
        const test::PullResult pulled = test::pullAll(m_server.http(), account.token, since);
        store::RecordStore records(db);
        store::CacheDatabase::beginWrite(db);
        for (const auto &c : pulled.changes)
            records.applyPulled(c.value(u"kind"_s).toString(), c.value(u"id"_s).toString(),
                c.value(u"version"_s).toInteger(), c.value(u"deleted"_s).toBool(),
                c.value(u"data"_s).toObject());
        records.setCursor(pulled.next);
        store::CacheDatabase::commit(db);
    }

    QJsonObject serverQuarter(const Account &account, const QString &quarter)
    {
        return m_server.http()
            .get(u"/api/v1/assessments/%1/%2"_s.arg(m_district, quarter), account.token)
            .json();
    }

    static QString currentQuarter()
    {
        return store::assessmentQuarterOf(QDateTime::currentMSecsSinceEpoch());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_server.start(u"sqlite"_s, &why), qPrintable(why));
        const Account district = signIn(u"demo.district"_s);
        QVERIFY(!district.token.isEmpty());
        QCOMPARE(district.actor.unitLevel, domain::Level::District);
        m_district = district.actor.unitCode;
    }

    void quartersInChinaTime()
    {
        // 2026-06-30 16:00 UTC is 1 July 00:00 in China: the third quarter.
        QCOMPARE(store::assessmentQuarterOf(*domain::parseIsoTime(u"2026-06-30T16:00:00Z"_s)), u"2026Q3"_s);
        QCOMPARE(store::assessmentQuarterOf(*domain::parseIsoTime(u"2026-06-30T15:59:59Z"_s)), u"2026Q2"_s);
        QCOMPARE(store::assessmentQuarterAdd(u"2026Q1"_s, -1), u"2025Q4"_s);
        QCOMPARE(store::assessmentQuarterAdd(u"2025Q4"_s, 1), u"2026Q1"_s);
        QCOMPARE(store::assessmentQuarterAdd(u"2026Q3"_s, -6), u"2025Q1"_s);
    }

    // PRODUCT.md §5 / ASSESSMENT.md: the client scores with the server's engine on the same
    // inputs, so its provisional table is the server's, component for component.
    void provisionalScoreEqualsTheServers()
    {
        const Account district = signIn(u"demo.district"_s);
        QSqlDatabase db = pulledCache(district);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // The quarter before last is not published in the demo; the current one neither.
        for (const QString &quarter :
            { store::assessmentQuarterAdd(currentQuarter(), -2), currentQuarter() }) {
            const QJsonObject server = serverQuarter(district, quarter);
            QCOMPARE(server.value(u"published"_s).toBool(), false);
            const item::AssessmentQuarter client
                = item::loadAssessmentQuarter(db, m_district, quarter, district.actor.unitPath, now);
            QVERIFY(!client.published);
            QVERIFY2(client.missing.isEmpty(), qPrintable(client.missing.join(u"; "_s)));
            QVERIFY(client.rows.size() >= 5);
            QCOMPARE(client.rulesVersion, server.value(u"rules_version"_s).toString());
            QCOMPARE(client.best, server.value(u"best"_s).toString());
            const QJsonArray serverRows = server.value(u"results"_s).toArray();
            QCOMPARE(client.rows.size(), serverRows.size());
            for (qsizetype i = 0; i < serverRows.size(); ++i)
                QCOMPARE(client.rows.at(i), serverRows.at(i).toObject());
            for (qsizetype i = 0; i < serverRows.size(); ++i)
                QCOMPARE(client.explain.at(i), server.value(u"explain"_s).toArray().at(i).toObject());
        }
        // The last quarter is published: the cache holds the frozen record.
        const QString last = store::assessmentQuarterAdd(currentQuarter(), -1);
        const QJsonObject server = serverQuarter(district, last);
        QCOMPARE(server.value(u"published"_s).toBool(), true);
        const item::AssessmentQuarter client
            = item::loadAssessmentQuarter(db, m_district, last, district.actor.unitPath, now);
        QVERIFY(client.published);
        QCOMPARE(rowsOf(client), server.value(u"results"_s).toArray());
        QCOMPARE(client.rulesVersion, u"sujiatun-2016"_s);
        QCOMPARE(client.publishedByName, server.value(u"published_by_name"_s).toString());

        // The table model: every row, sortable by total through the numeric sort role.
        item::AssessmentTableModel model;
        model.setQuarter(client);
        QCOMPARE(model.rowCount(), int(client.rows.size()));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(item::AssessmentTableModel::SortRole);
        proxy.sort(item::AssessmentTableModel::TotalColumn, Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, item::AssessmentTableModel::TotalColumn).data(item::AssessmentTableModel::SortRole).toDouble()
                <= proxy.index(r, item::AssessmentTableModel::TotalColumn).data(item::AssessmentTableModel::SortRole).toDouble());
        // The leader's A explains its inputs: its net growth over the district's positive sum.
        const QJsonObject e = client.explain.constFirst();
        const QString a = model.index(0, item::AssessmentTableModel::AColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(a.contains(QString::number(e.value(u"net"_s).toInteger())), qPrintable(a));
        QVERIFY2(a.contains(QString::number(e.value(u"positive_net_sum"_s).toInteger())), qPrintable(a));
        QVERIFY2(a.contains(item::AssessmentText::score(client.rows.constFirst().value(u"A"_s).toDouble())), qPrintable(a));
    }

    // A community's worker sees its own published row; provisionally, the other communities'
    // inputs are plainly missing, and the hints re-score with the engine.
    void communitySeesItsRowAndHints()
    {
        const Account worker = signIn(u"demo.worker"_s);
        QSqlDatabase db = pulledCache(worker);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString last = store::assessmentQuarterAdd(currentQuarter(), -1);
        const QJsonObject server = serverQuarter(worker, last);
        const item::AssessmentQuarter published
            = item::loadAssessmentQuarter(db, m_district, last, worker.actor.unitPath, now);
        QVERIFY(published.published);
        QCOMPARE(published.rows.size(), 1);
        QCOMPARE(rowsOf(published), server.value(u"results"_s).toArray());
        QCOMPARE(published.rows.constFirst().value(u"code"_s).toString(), worker.actor.unitCode);
        QCOMPARE(published.communities, server.value(u"communities"_s).toInt());

        const item::AssessmentQuarter provisional
            = item::loadAssessmentQuarter(db, m_district, currentQuarter(), worker.actor.unitPath, now);
        QVERIFY(!provisional.published);
        QVERIFY(provisional.relativeUnknown);
        QCOMPARE(provisional.rows.size(), 1);
        QVERIFY(!provisional.missing.isEmpty());
        item::AssessmentTableModel model;
        model.setQuarter(provisional);
        QCOMPARE(model.index(0, item::AssessmentTableModel::AColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(0, item::AssessmentTableModel::TotalColumn).data().toString(), u"—"_s);
    }

    // Hints: one more unit of an input re-scored with the engine (hand-computed bundle).
    void hintsRescoreWithTheEngine()
    {
        const auto bounds = domain::quarterBounds(u"2026Q3"_s);
        QVERIFY(bounds);
        const QString inQuarter = domain::isoTime(bounds->first + 86400000);
        // One news lead adopted by district media: the bonus needs 2 (ASSESSMENT.md §3), so
        // one more gives 2 × 2 = 4; one more city-adopted gives 2 + 5 = 7. No event yet: +15.
        // Innovations 4 × 3 = 12 → one more reaches the cap 15: +3.
        QJsonArray claims { QJsonObject { { u"id"_s, u"k1"_s }, { u"kind"_s, u"news_lead"_s },
            { u"date"_s, inQuarter }, { u"status"_s, u"approved"_s }, { u"adopted_by"_s, u"district"_s } } };
        for (int i = 0; i < 4; ++i)
            claims.append(QJsonObject { { u"id"_s, u"i%1"_s.arg(i) }, { u"kind"_s, u"innovation"_s },
                { u"date"_s, inQuarter }, { u"status"_s, u"approved"_s }, { u"adopted_by"_s, u"none"_s } });
        const QJsonObject community { { u"code"_s, u"210111001001"_s }, { u"name"_s, u"河畔社区"_s },
            { u"households"_s, 1000 }, { u"fans_start"_s, 100 }, { u"fans_end"_s, 300 },
            { u"notices"_s, QJsonArray() }, { u"complaints"_s, QJsonArray() }, { u"tasks"_s, QJsonArray() },
            { u"claims"_s, claims } };
        const QJsonObject bundle { { u"district"_s, QJsonObject { { u"code"_s, u"210111"_s }, { u"name"_s, u"苏家屯区"_s } } },
            { u"quarter"_s, u"2026Q3"_s }, { u"communities"_s, QJsonArray { community } } };
        const QList<item::AssessmentHint> hints
            = item::assessmentHints(bundle, u"210111001001"_s, bounds->second + 1000);
        QList<qint64> gains;
        QStringList texts;
        for (const auto &h : hints) {
            gains.append(h.gainCents);
            texts.append(h.text);
        }
        QCOMPARE(gains, (QList<qint64> { 1500, 700, 400, 300, 200 }));
        QVERIFY2(texts.at(2).startsWith(u"1 "_s) && texts.at(2).endsWith(u"+4.00"_s), qPrintable(texts.at(2)));
    }

    // The optimistic commands apply the server's rules to the cache, and a quarter published
    // offline is the server's once pushed.
    void commandsApplyTheServersRulesAndPublishOffline()
    {
        const Account district = signIn(u"demo.district"_s);
        const Account worker = signIn(u"demo.worker"_s);
        QSqlDatabase db = pulledCache(district);
        store::RecordStore records(db);
        store::Outbox outbox(db);
        store::CommandQueue queue(records, outbox);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString community = worker.actor.unitCode;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto submitClaim = [&](const domain::Actor &actor, const QJsonObject &changes) {
            QJsonObject payload { { u"id"_s, id }, { u"community"_s, community }, { u"kind"_s, u"news_lead"_s },
                { u"title"_s, u"区融媒体采用：河畔社区助老食堂"_s }, { u"description"_s, u"线索说明"_s },
                { u"links"_s, QJsonArray { u"https://example.org/news/1"_s } }, { u"date"_s, domain::isoTime(now - 3600000) } };
            for (auto it = changes.begin(); it != changes.end(); ++it)
                payload[it.key()] = it.value();
            return queue.submit(actor, store::Command { u"claim.submit"_s, payload, std::nullopt }, now);
        };
        // The district may not submit a community's claim; a bad link, a future date are refused.
        QCOMPARE(submitClaim(district.actor, {}).errorCode, u"forbidden"_s);
        QCOMPARE(submitClaim(worker.actor, { { u"links"_s, QJsonArray { u"ftp://x"_s } } }).errorCode, u"invalid_field"_s);
        QCOMPARE(submitClaim(worker.actor, { { u"date"_s, domain::isoTime(now + 86400000) } }).errorCode, u"date_in_future"_s);
        // A date in the published last quarter: that quarter never changes.
        const auto lastBounds = domain::quarterBounds(store::assessmentQuarterAdd(currentQuarter(), -1));
        QCOMPARE(submitClaim(worker.actor, { { u"date"_s, domain::isoTime(lastBounds->first + 1000) } }).errorCode,
            u"quarter_published"_s);
        auto r = submitClaim(worker.actor, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        auto claim = records.get(u"claim"_s, id);
        QVERIFY(claim);
        QCOMPARE(claim->data.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(claim->version, 1);
        // Reviewing: a rejection needs a reason; only news leads are adopted.
        const auto review = [&](const QJsonObject &payload) {
            return queue.submit(district.actor, store::Command { u"claim.review"_s, payload, std::nullopt }, now);
        };
        QCOMPARE(review({ { u"claim"_s, id }, { u"decision"_s, u"reject"_s } }).errorCode, u"comment_required"_s);
        QCOMPARE(queue.submit(worker.actor, store::Command { u"claim.review"_s,
                     { { u"claim"_s, id }, { u"decision"_s, u"approve"_s } }, std::nullopt }, now).errorCode,
            u"forbidden"_s);
        r = review({ { u"claim"_s, id }, { u"decision"_s, u"approve"_s }, { u"adopted_by"_s, u"city"_s } });
        QVERIFY2(r.ok(), qPrintable(r.error));
        claim = records.get(u"claim"_s, id);
        QCOMPARE(claim->data.value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(claim->data.value(u"adopted_by"_s).toString(), u"city"_s);
        QCOMPARE(claim->version, 2);
        // A reviewed claim can no longer be edited by the community.
        QCOMPARE(submitClaim(worker.actor, { { u"title"_s, u"改"_s } }).errorCode, u"claim_reviewed"_s);

        // A task for two communities; one submits on time.
        const QString taskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery codes(db);
        QVERIFY(codes.exec(u"SELECT id FROM org_unit WHERE level = 'community' AND district = '%1' ORDER BY id LIMIT 2"_s.arg(m_district)));
        QStringList two;
        while (codes.next())
            two.append(codes.value(0).toString());
        QVERIFY(two.contains(community));
        r = queue.submit(district.actor, store::Command { u"task.issue"_s,
            { { u"id"_s, taskId }, { u"district"_s, m_district }, { u"title"_s, u"三季度宣传材料"_s },
                { u"due_at"_s, domain::isoTime(now + 7 * 86400000LL) },
                { u"communities"_s, QJsonArray::fromStringList(two) } }, std::nullopt }, now);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(records.get(u"task_submission"_s, taskId + u':' + two.at(0))->data.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(records.get(u"task_submission"_s, taskId + u':' + two.at(1))->data.value(u"status"_s).toString(), u"pending"_s);
        const auto submitTask = [&](const QJsonObject &payload) {
            return queue.submit(worker.actor, store::Command { u"task.submit"_s, payload, std::nullopt }, now + 1000);
        };
        QCOMPARE(submitTask({ { u"task"_s, taskId }, { u"note"_s, u"  "_s } }).errorCode, u"submission_empty"_s);
        r = submitTask({ { u"task"_s, taskId }, { u"note"_s, u"已上报"_s } });
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto submission = records.get(u"task_submission"_s, taskId + u':' + community);
        QCOMPARE(submission->data.value(u"status"_s).toString(), u"on_time"_s);
        QCOMPARE(submission->data.value(u"submitted_at"_s).toString(), domain::isoTime(now + 1000));
        // The lists show them, scoped to the district's subtree in the current quarter.
        item::SubmissionListModel submissions;
        submissions.load(db, district.actor.unitPath, store::assessmentQuarterOf(now + 7 * 86400000LL));
        bool listed = false;
        for (int i = 0; i < submissions.rowCount(); ++i)
            listed = listed || submissions.record(i).value(u"id"_s).toString() == taskId + u':' + community;
        QVERIFY(listed);

        // Publishing: the current quarter has not ended; the last is published already; a
        // worker may not.
        const auto publish = [&](const domain::Actor &actor, const QString &quarter) {
            return queue.submit(actor, store::Command { u"assessment.publish"_s,
                { { u"district"_s, m_district }, { u"quarter"_s, quarter } }, std::nullopt }, now);
        };
        QCOMPARE(publish(district.actor, currentQuarter()).errorCode, u"quarter_not_ended"_s);
        QCOMPARE(publish(district.actor, store::assessmentQuarterAdd(currentQuarter(), -1)).errorCode, u"already_published"_s);
        QCOMPARE(publish(worker.actor, store::assessmentQuarterAdd(currentQuarter(), -2)).errorCode, u"not_found"_s);
        const QString before = store::assessmentQuarterAdd(currentQuarter(), -2);
        const item::AssessmentQuarter provisional
            = item::loadAssessmentQuarter(db, m_district, before, district.actor.unitPath, now);
        r = publish(district.actor, before);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const item::AssessmentQuarter offline
            = item::loadAssessmentQuarter(db, m_district, before, district.actor.unitPath, now);
        QVERIFY(offline.published);
        QCOMPARE(rowsOf(offline), rowsOf(provisional));
        QCOMPARE(publish(district.actor, before).errorCode, u"already_published"_s);

        // The outbox goes up: the claim, review, task, submission and publish, in order.
        QJsonArray ops;
        for (const auto &e : outbox.pending())
            ops.append(e.toOp());
        QCOMPARE(ops.size(), 5);
        // Pushed as each author would: the worker's ops with the worker's token.
        for (const auto &o : ops) {
            const QString type = o.toObject().value(u"type"_s).toString();
            const bool byWorker = type == u"task.submit" || type == u"claim.submit";
            const test::HttpReply reply = test::push(m_server.http(), byWorker ? worker.token : district.token, { o });
            QCOMPARE(reply.status, 200);
            const QJsonObject result = reply.json().value(u"results"_s).toArray().at(0).toObject();
            QVERIFY2(result.value(u"status"_s).toString() == u"applied"_s, reply.body.constData());
        }
        const QJsonObject server = serverQuarter(district, before);
        QCOMPARE(server.value(u"published"_s).toBool(), true);
        QCOMPARE(server.value(u"results"_s).toArray(), rowsOf(offline));
        // The pull brings the server's record over the optimistic one: the same rows.
        pullInto(db, district, records.cursor());
        const item::AssessmentQuarter synced
            = item::loadAssessmentQuarter(db, m_district, before, district.actor.unitPath, now);
        QVERIFY(synced.published);
        QCOMPARE(rowsOf(synced), server.value(u"results"_s).toArray());
    }

    // ASSESSMENT.md §5 and PRODUCT.md §5: the district saves edited parameters as a new
    // version and puts it in use, offline; the unpublished quarters are then scored with it,
    // bad values and changed versions are refused with nothing stored, and the server takes
    // the same commands when the outbox goes up.
    void ruleSetsAreEditedOfflineAndScoreTheUnpublishedQuarters()
    {
        const Account district = signIn(u"demo.district"_s);
        const Account worker = signIn(u"demo.worker"_s);
        QSqlDatabase db = pulledCache(district);
        store::RecordStore records(db);
        store::Outbox outbox(db);
        store::CommandQueue queue(records, outbox);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto save = [&](const domain::Actor &actor, const QString &version, const QJsonObject &rules) {
            return queue.submit(actor, store::Command { u"rule_set.save"_s,
                { { u"district"_s, m_district }, { u"version"_s, version }, { u"rules"_s, rules } },
                std::nullopt }, now);
        };
        const auto activate = [&](const QString &version) {
            return queue.submit(district.actor, store::Command { u"rule_set.activate"_s,
                { { u"district"_s, m_district }, { u"version"_s, version } }, std::nullopt }, now);
        };
        const auto stored = [&] {
            QSqlQuery q(db);
            q.exec(u"SELECT count(*) FROM rule_set"_s);
            return q.next() ? q.value(0).toInt() : -1;
        };

        const auto find = [](const QList<item::RuleSetEntry> &list, const QString &version) {
            for (const auto &e : list) {
                if (e.version == version)
                    return e;
            }
            return item::RuleSetEntry {};
        };
        // The demo district scores with the default and keeps a draft; the active one is first.
        QList<item::RuleSetEntry> sets = item::loadRuleSets(db, m_district);
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0).version, u"sujiatun-2016"_s);
        QVERIFY(sets.at(0).active && sets.at(0).builtIn);
        QCOMPARE(sets.at(0).rules.value(u"a_max"_s).toInt(), 50);
        QVERIFY(!sets.at(1).active);

        // Refused, and nothing stored: a community's worker, a negative or unknown parameter,
        // a version name with a space, the built-in version with other values.
        const int before = stored();
        QVERIFY(!save(worker.actor, u"mine"_s, {}).ok());
        QCOMPARE(save(district.actor, u"x"_s, { { u"a_top_n"_s, -1 } }).errorCode, u"invalid_rule_set"_s);
        QCOMPARE(save(district.actor, u"x"_s, { { u"b4_max"_s, 3 } }).errorCode, u"invalid_rule_set"_s);
        QCOMPARE(save(district.actor, u"two words"_s, {}).errorCode, u"invalid_field"_s);
        QCOMPARE(save(district.actor, u"sujiatun-2016"_s, { { u"a_max"_s, 60 } }).errorCode, u"version_exists"_s);
        QCOMPARE(activate(u"nowhere-1"_s).errorCode, u"not_found"_s);
        QCOMPARE(stored(), before);
        QCOMPARE(outbox.pending().size(), 0);

        // Saved, it is listed but not in use until it is activated.
        auto r = save(district.actor, u"sujiatun-2027"_s, { { u"a_max"_s, 60 }, { u"news_city"_s, 6 } });
        QVERIFY2(r.ok(), qPrintable(r.error));
        sets = item::loadRuleSets(db, m_district);
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets.at(0).version, u"sujiatun-2016"_s);
        QVERIFY(sets.at(0).active);
        QCOMPARE(sets.at(1).version, u"sujiatun-2027"_s); // the newest after the active one
        QVERIFY(!sets.at(1).active);
        QCOMPARE(sets.at(1).rules.value(u"a_max"_s).toInt(), 60);
        QCOMPARE(sets.at(1).rules.value(u"b1_max"_s).toInt(), 20); // the rest are the defaults
        // A saved version never changes; saving the same values again changes nothing.
        QCOMPARE(save(district.actor, u"sujiatun-2027"_s, { { u"a_max"_s, 61 } }).errorCode, u"version_exists"_s);
        QVERIFY(save(district.actor, u"sujiatun-2027"_s, { { u"a_max"_s, 60 }, { u"news_city"_s, 6 } }).ok());

        r = activate(u"sujiatun-2027"_s);
        QVERIFY2(r.ok(), qPrintable(r.error));
        sets = item::loadRuleSets(db, m_district);
        QCOMPARE(sets.at(0).version, u"sujiatun-2027"_s);
        QVERIFY(sets.at(0).active);
        QVERIFY(!find(sets, u"sujiatun-2016"_s).active); // at most one is in use

        // The current quarter is scored with it: the leader's A is the new maximum.
        const QString current = currentQuarter();
        const item::AssessmentQuarter provisional
            = item::loadAssessmentQuarter(db, m_district, current, district.actor.unitPath, now);
        QCOMPARE(provisional.rulesVersion, u"sujiatun-2027"_s);
        double topA = 0;
        for (const auto &row : provisional.rows)
            topA = std::max(topA, row.value(u"A"_s).toDouble());
        QCOMPARE(topA, 60.0);
        // The published last quarter keeps the version it was published with.
        const item::AssessmentQuarter published = item::loadAssessmentQuarter(
            db, m_district, store::assessmentQuarterAdd(current, -1), district.actor.unitPath, now);
        QVERIFY(published.published);
        QCOMPARE(published.rulesVersion, u"sujiatun-2016"_s);

        // The server takes the same commands, and the pull brings its records back.
        QJsonArray ops;
        for (const auto &e : outbox.pending())
            ops.append(e.toOp());
        QCOMPARE(ops.size(), 3);
        const test::HttpReply reply = test::push(m_server.http(), district.token, ops);
        QCOMPARE(reply.status, 200);
        for (const auto &result : reply.json().value(u"results"_s).toArray())
            QVERIFY2(result.toObject().value(u"status"_s).toString() == u"applied"_s, reply.body.constData());
        pullInto(db, district, records.cursor());
        sets = item::loadRuleSets(db, m_district);
        QCOMPARE(sets.at(0).version, u"sujiatun-2027"_s);
        QVERIFY(sets.at(0).active);
        QVERIFY(!sets.at(0).createdByName.isEmpty());
        const QJsonObject server = serverQuarter(district, current);
        QCOMPARE(server.value(u"rules_version"_s).toString(), u"sujiatun-2027"_s);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentClient)
#include "tst_assessment_client.moc"
