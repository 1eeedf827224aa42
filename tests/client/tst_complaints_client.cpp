// The complaints feature in the client cache: every complaint command applied at once with
// the domain's workflow rules (PRODUCT.md §2) as the server applies them, refused where the
// domain refuses, with the ids the server gives the events it creates, rolled back exactly when
// the server refuses; and the paging table over 5,000 cached complaints: exact counts, windows
// through fetchMore, and filters and orders that give the rows a plain SQL query gives.

#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "domain/permissions.h"
#include "item/complaintlabels.h"
#include "item/complaintlistmodel.h"
#include "item/complaintrecords.h"
#include "item/orgtreemodel.h"
#include "store/cachedatabase.h"
#include "store/commandqueue.h"
#include "store/outbox.h"
#include "store/recordstore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic;
using domain::Actor;
using domain::Level;
using domain::Role;
using store::OutboxEntry;

namespace {

const QString kCity = u"210100"_s;
const QString kDistrict = u"210111"_s;
const QString kOtherDistrict = u"210112"_s;
const QString kStreet = u"210111001"_s;
const QString kHepan = u"210111001001"_s;
const QString kLinxiao = u"210111001002"_s;
const QString kGrid = u"210111001001-g1"_s;
const QString kDept = u"210111-cgw"_s;
const QString kCityDept = u"210100-cgj"_s;
const QString kOtherDept = u"210112-cgw"_s;
const QString kCityPath = u"/210100/"_s;
const QString kDistrictPath = u"/210100/210111/"_s;
const QString kStreetPath = u"/210100/210111/210111001/"_s;
const QString kHepanPath = u"/210100/210111/210111001/210111001001/"_s;
const QString kDeptPath = u"/210100/210111/210111-cgw/"_s;

const QString kC1 = u"c1111111-1111-4111-8111-111111111111"_s;
const QString kC2 = u"c2222222-2222-4222-8222-222222222222"_s;
const QString kOp = u"0a0a0a0a-0000-4000-8000-000000000001"_s;

constexpr qint64 kHour = 3600 * 1000;

// 2026-03-02 09:00 China time, and hours after it.
qint64 at(double hours)
{
    return *domain::parseIsoTime(u"2026-03-02T09:00:00+08:00") + qint64(hours * kHour);
}

QJsonObject unit(const QString &code, const QString &name, const QString &level,
    const QString &parent, const QString &path, const QString &district)
{
    return QJsonObject { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
        { u"parent"_s, parent }, { u"path"_s, path }, { u"district"_s, district },
        { u"households"_s, 1200 } };
}

QJsonObject user(const QString &id, const QString &name, const QString &role,
    const QString &unitCode, bool disabled = false)
{
    return QJsonObject { { u"id"_s, id }, { u"username"_s, id }, { u"display_name"_s, name },
        { u"role"_s, role }, { u"unit"_s, unitCode }, { u"disabled"_s, disabled } };
}

// A complaint as the server sends it (docs/api.md complaint data), new at 河畔社区.
QJsonObject complaint(const QString &id, qint64 submittedAt, const QString &community = kHepan)
{
    return QJsonObject {
        { u"id"_s, id },
        { u"community"_s, community },
        { u"grid"_s, QJsonValue() },
        { u"district"_s, kDistrict },
        { u"category"_s, u"市政设施"_s },
        { u"title"_s, u"井盖丢了"_s },
        { u"content"_s, u"3号楼门前井盖丢了，晚上很危险。"_s },
        { u"nickname"_s, u"王师傅"_s },
        { u"phone"_s, u"13812341234"_s },
        { u"channel"_s, u"wechat"_s },
        { u"submitted_at"_s, domain::isoTime(submittedAt) },
        { u"location"_s, u"3号楼"_s },
        { u"photos"_s, QJsonArray { u"https://img.example.cn/1.jpg"_s } },
        { u"status"_s, u"new"_s },
        { u"handling_unit"_s, community },
        { u"handling_level"_s, u"community"_s },
        { u"sla_hours"_s, 24 },
        { u"due_at"_s, domain::isoTime(submittedAt + 24 * kHour) },
        { u"first_reply_at"_s, QJsonValue() },
        { u"resolved_at"_s, QJsonValue() },
        { u"closed_at"_s, QJsonValue() },
        { u"satisfaction"_s, QJsonValue() },
        { u"service_example"_s, false },
        { u"ever_escalated"_s, false },
        { u"escalations"_s, QJsonArray() },
        { u"last_escalated_at"_s, QJsonValue() },
        { u"departments"_s, QJsonArray() },
        { u"transferred_by"_s, QJsonValue() },
        { u"assignee"_s, QJsonValue() },
        { u"resolution"_s, QString() },
        { u"final_reply"_s, QString() },
        { u"last_reply"_s, QString() },
        { u"merged_into"_s, QJsonValue() },
        { u"merged_from"_s, QJsonArray() },
        { u"urge_count"_s, 0 },
        { u"last_urged_at"_s, QJsonValue() },
        { u"source"_s, u"intake"_s },
        { u"external_id"_s, QJsonValue() },
        { u"created_at"_s, domain::isoTime(submittedAt) },
        { u"updated_at"_s, domain::isoTime(submittedAt) },
        { u"version"_s, 1 },
    };
}

store::Command command(const QString &type, QJsonObject payload)
{
    return store::Command { type, std::move(payload), std::nullopt };
}

} // namespace

class TestComplaintsClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    QString m_connection;
    std::unique_ptr<store::RecordStore> m_records;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<store::CommandQueue> m_queue;

    const Actor m_worker { u"u-worker"_s, Role::Worker, kHepan, Level::Community, kHepanPath };
    const Actor m_director { u"u-director"_s, Role::Director, kHepan, Level::Community,
        kHepanPath };
    const Actor m_street { u"u-street"_s, Role::Street, kStreet, Level::Street, kStreetPath };
    const Actor m_district { u"u-district"_s, Role::District, kDistrict, Level::District,
        kDistrictPath };
    const Actor m_dept { u"u-dept"_s, Role::Department, kDept, Level::Department, kDeptPath };

    void put(const QString &kind, const QString &id, const QJsonObject &data, qint64 version = 1)
    {
        QVERIFY2(m_records->applyPulled(kind, id, version, false, data),
            qPrintable(m_records->lastError()));
    }

    void putComplaint(const QJsonObject &data)
    {
        put(u"complaint"_s, data.value(u"id"_s).toString(), data,
            data.value(u"version"_s).toInteger());
    }

    QJsonObject record(const QString &id)
    {
        const auto r = m_records->get(u"complaint"_s, id);
        return r ? r->data : QJsonObject {};
    }

    qint64 version(const QString &id)
    {
        const auto r = m_records->get(u"complaint"_s, id);
        return r ? r->version : -1;
    }

    std::optional<QJsonObject> event(const QString &id)
    {
        const auto r = m_records->get(u"complaint_event"_s, id);
        return r ? std::optional<QJsonObject>(r->data) : std::nullopt;
    }

    store::SubmitResult submit(const Actor &actor, const QString &type, const QJsonObject &payload,
        qint64 now, const QString &opId = {})
    {
        return m_queue->submit(actor, command(type, payload), now, opId);
    }

    // The street's view: the same tree without what a street account does not receive (the
    // district's departments).
    void forgetDepartments()
    {
        QSqlQuery q(m_records->database());
        QVERIFY(q.exec(u"DELETE FROM org_unit WHERE level = 'department'"_s));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_connection = u"complaints%1"_s.arg(++m_round);
        QVERIFY(!store::CacheDatabase::openWriter(
            m_dir.filePath(m_connection + u".sqlite"_s), m_connection));
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        m_records = std::make_unique<store::RecordStore>(db);
        m_outbox = std::make_unique<store::Outbox>(db);
        m_queue = std::make_unique<store::CommandQueue>(*m_records, *m_outbox);
        put(u"org_unit"_s, kCity, unit(kCity, u"沈阳市"_s, u"city"_s, {}, kCityPath, {}));
        put(u"org_unit"_s, kDistrict,
            unit(kDistrict, u"苏家屯区"_s, u"district"_s, kCity, kDistrictPath, kDistrict));
        put(u"org_unit"_s, kOtherDistrict,
            unit(kOtherDistrict, u"浑南区"_s, u"district"_s, kCity, u"/210100/210112/"_s,
                kOtherDistrict));
        put(u"org_unit"_s, kStreet,
            unit(kStreet, u"湖西街道"_s, u"street"_s, kDistrict, kStreetPath, kDistrict));
        put(u"org_unit"_s, kHepan,
            unit(kHepan, u"河畔社区"_s, u"community"_s, kStreet, kHepanPath, kDistrict));
        put(u"org_unit"_s, kLinxiao,
            unit(kLinxiao, u"林校社区"_s, u"community"_s, kStreet, kStreetPath + kLinxiao + u"/"_s,
                kDistrict));
        put(u"org_unit"_s, kGrid,
            unit(kGrid, u"第一网格"_s, u"grid"_s, kHepan, kHepanPath + kGrid + u"/"_s, kDistrict));
        put(u"org_unit"_s, kDept,
            unit(kDept, u"城管委"_s, u"department"_s, kDistrict, kDeptPath, kDistrict));
        put(u"org_unit"_s, kCityDept,
            unit(kCityDept, u"市城管局"_s, u"department"_s, kCity, u"/210100/210100-cgj/"_s, {}));
        put(u"org_unit"_s, kOtherDept,
            unit(kOtherDept, u"浑南城管"_s, u"department"_s, kOtherDistrict,
                u"/210100/210112/210112-cgw/"_s, kOtherDistrict));
        put(u"user"_s, u"u-worker"_s, user(u"u-worker"_s, u"李娜"_s, u"worker"_s, kHepan));
        put(u"user"_s, u"u-grid"_s, user(u"u-grid"_s, u"杨光彩"_s, u"worker"_s, kGrid));
        put(u"user"_s, u"u-gone"_s, user(u"u-gone"_s, u"赵强"_s, u"worker"_s, kHepan, true));
        put(u"user"_s, u"u-linxiao"_s, user(u"u-linxiao"_s, u"周杰"_s, u"worker"_s, kLinxiao));
        put(u"user"_s, u"u-street"_s, user(u"u-street"_s, u"张伟"_s, u"street"_s, kStreet));
        put(u"user"_s, u"u-dept"_s, user(u"u-dept"_s, u"孙涛"_s, u"department"_s, kDept));
        putComplaint(complaint(kC1, at(0)));
    }

    void cleanup()
    {
        m_queue.reset();
        m_outbox.reset();
        m_records.reset();
        store::CacheDatabase::close(m_connection);
    }

    // --- the appliers -----------------------------------------------------------------------

    void replyAcceptsAndStopsTheClock()
    {
        const auto r = submit(m_worker, u"complaint.reply"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"您好，已联系市政，今天下午补上。"_s } },
            at(2), kOp);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.changedKinds.size(), 2);
        const QJsonObject c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(c.value(u"first_reply_at"_s).toString(), domain::isoTime(at(2)));
        QCOMPARE(c.value(u"last_reply"_s).toString(), u"您好，已联系市政，今天下午补上。"_s);
        QCOMPARE(version(kC1), 2);
        QCOMPARE(c.value(u"version"_s).toInteger(), 2);
        // The handling community keeps the whole number.
        QCOMPARE(c.value(u"phone"_s).toString(), u"13812341234"_s);
        // The event the server will store, with the op's id.
        const auto e = event(kOp);
        QVERIFY(e);
        QCOMPARE(e->value(u"type"_s).toString(), u"reply"_s);
        QCOMPARE(e->value(u"complaint"_s).toString(), kC1);
        QCOMPARE(e->value(u"actor"_s).toString(), u"李娜"_s);
        QCOMPARE(e->value(u"unit"_s).toString(), kHepan);
        QCOMPARE(e->value(u"text"_s).toString(), u"您好，已联系市政，今天下午补上。"_s);
        QCOMPARE(e->value(u"at"_s).toString(), domain::isoTime(at(2)));
        QCOMPARE(m_outbox->pendingCount(), 1);
        // A second reply does not move the first-reply time.
        QVERIFY(submit(m_worker, u"complaint.reply"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"已补上。"_s } }, at(5))
                    .ok());
        QCOMPARE(record(kC1).value(u"first_reply_at"_s).toString(), domain::isoTime(at(2)));
        QCOMPARE(version(kC1), 3);
    }

    void refusalsQueueNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty reply")
            << u"worker"_s << u"complaint.reply"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"text"_s, u"  "_s } }
            << u"text_required"_s;
        // PRODUCT.md §2: replying is the handling unit's; the street above sees but does not
        // answer.
        QTest::newRow("street replies")
            << u"street"_s << u"complaint.reply"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"text"_s, u"好的"_s } } << u"forbidden"_s;
        QTest::newRow("escalate without reason")
            << u"worker"_s << u"complaint.escalate"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"reason"_s, QString() } }
            << u"reason_required"_s;
        // Transfers are made from street level up.
        QTest::newRow("community transfers")
            << u"worker"_s << u"complaint.transfer"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"department"_s, kDept },
                   { u"reason"_s, u"归城管"_s } }
            << u"forbidden"_s;
        QTest::newRow("resolve without reply")
            << u"worker"_s << u"complaint.resolve"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"resolution"_s, u"已修复"_s },
                   { u"reply"_s, QString() } }
            << u"reply_required"_s;
        QTest::newRow("resolve without resolution")
            << u"worker"_s << u"complaint.resolve"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"resolution"_s, QString() },
                   { u"reply"_s, u"已修复"_s } }
            << u"resolution_required"_s;
        QTest::newRow("satisfaction before resolution")
            << u"worker"_s << u"complaint.satisfaction"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"value"_s, u"satisfied"_s } }
            << u"invalid_status"_s;
        QTest::newRow("reopen an open one")
            << u"worker"_s << u"complaint.reopen"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"reason"_s, u"不满意"_s } }
            << u"invalid_status"_s;
        QTest::newRow("worker urges") << u"worker"_s << u"complaint.urge"_s
                                      << QJsonObject { { u"complaint"_s, kC1 } } << u"forbidden"_s;
        QTest::newRow("worker takes over")
            << u"worker"_s << u"complaint.take_over"_s << QJsonObject { { u"complaint"_s, kC1 } }
            << u"forbidden"_s;
        QTest::newRow("object when not transferred")
            << u"dept"_s << u"complaint.object"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"reason"_s, u"不归我们"_s } }
            << u"not_found"_s;
        QTest::newRow("assign a disabled account")
            << u"worker"_s << u"complaint.assign"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"assignee"_s, u"u-gone"_s } }
            << u"assignee_not_in_unit"_s;
        QTest::newRow("assign a neighbour's worker")
            << u"worker"_s << u"complaint.assign"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"assignee"_s, u"u-linxiao"_s } }
            << u"assignee_not_in_unit"_s;
        QTest::newRow("worker marks an example")
            << u"worker"_s << u"complaint.mark_example"_s << QJsonObject { { u"complaint"_s, kC1 } }
            << u"forbidden"_s;
        QTest::newRow("merge into itself")
            << u"worker"_s << u"complaint.merge"_s
            << QJsonObject { { u"complaint"_s, kC1 }, { u"primary"_s, kC1 } }
            << u"merge_into_self"_s;
        QTest::newRow("unknown complaint")
            << u"worker"_s << u"complaint.reply"_s
            << QJsonObject { { u"complaint"_s, kC2 }, { u"text"_s, u"好"_s } } << u"not_found"_s;
    }

    void refusalsQueueNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        const QHash<QString, Actor> actors { { u"worker"_s, m_worker }, { u"street"_s, m_street },
            { u"dept"_s, m_dept }, { u"district"_s, m_district } };
        const QJsonObject before = record(kC1);
        const auto r = submit(actors.value(who), type, payload, at(3));
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode, code);
        QCOMPARE(record(kC1), before);
        QCOMPARE(m_outbox->pendingCount(), 0);
        QSqlQuery q(m_records->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM complaint_event"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void escalationGoesUpAndNeverBackToTheCommunity()
    {
        QVERIFY(submit(m_worker, u"complaint.escalate"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"涉及烟道改造"_s } }, at(3), kOp)
                    .ok());
        QJsonObject c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"escalated"_s);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kStreet);
        QCOMPARE(c.value(u"handling_level"_s).toString(), u"street"_s);
        QVERIFY(c.value(u"ever_escalated"_s).toBool());
        QCOMPARE(c.value(u"escalations"_s).toArray(), QJsonArray { u"street"_s });
        QCOMPARE(c.value(u"last_escalated_at"_s).toString(), domain::isoTime(at(3)));
        // API.md §Reads: the community no longer handles it, so its copy is masked.
        QCOMPARE(c.value(u"phone"_s).toString(), u"138****1234"_s);
        const auto e = event(kOp);
        QVERIFY(e);
        QCOMPARE(e->value(u"data"_s).toObject().value(u"from"_s).toString(), kHepan);
        QCOMPARE(e->value(u"data"_s).toObject().value(u"to"_s).toString(), kStreet);
        // The list's column follows (handling_path from the org tree).
        QSqlQuery q(m_records->database());
        QVERIFY(
            q.exec(u"SELECT handling_path FROM complaint WHERE id = '%1'"_s.arg(kC1)) && q.next());
        QCOMPARE(q.value(0).toString(), kStreetPath);

        // Seed 000 "在分检的时候不能驳回给社区": whoever asks.
        auto r = submit(m_street, u"complaint.return"_s,
            { { u"complaint"_s, kC1 }, { u"to"_s, kHepan }, { u"reason"_s, u"退回"_s } }, at(4));
        QCOMPARE(r.errorCode, u"no_return_to_community"_s);
        r = submit(m_worker, u"complaint.return"_s,
            { { u"complaint"_s, kC1 }, { u"to"_s, kGrid }, { u"reason"_s, u"退回"_s } }, at(4));
        QCOMPARE(r.errorCode, u"no_return_to_community"_s);
        // The street escalates further, to the district.
        QVERIFY(submit(m_street, u"complaint.escalate"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"街道协调不了"_s } }, at(5))
                    .ok());
        c = record(kC1);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kDistrict);
        QCOMPARE(c.value(u"escalations"_s).toArray(), (QJsonArray { u"street"_s, u"district"_s }));
        QCOMPARE(version(kC1), 3);
        // 改派: the district may hand it to one of its streets, never below to a community.
        r = submit(m_district, u"complaint.return"_s,
            { { u"complaint"_s, kC1 }, { u"to"_s, kStreet }, { u"reason"_s, QString() } }, at(6));
        QCOMPARE(r.errorCode, u"reason_required"_s);
        QVERIFY(submit(m_district, u"complaint.return"_s,
            { { u"complaint"_s, kC1 }, { u"to"_s, kStreet }, { u"reason"_s, u"请街道牵头协调"_s } },
            at(6))
                    .ok());
        c = record(kC1);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kStreet);
        QCOMPARE(c.value(u"status"_s).toString(), u"escalated"_s);
        QVERIFY(c.value(u"ever_escalated"_s).toBool());
        QCOMPARE(version(kC1), 4);
    }

    void transferThenObjectionReturnsToTheTransferringUnit()
    {
        QVERIFY(submit(m_worker, u"complaint.escalate"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"需要城管"_s } }, at(1))
                    .ok());
        // A department of another district does not serve this complaint.
        auto r = submit(m_street, u"complaint.transfer"_s,
            { { u"complaint"_s, kC1 }, { u"department"_s, kOtherDept },
                { u"reason"_s, u"城管"_s } },
            at(2));
        QCOMPARE(r.errorCode, u"department_out_of_reach"_s);
        r = submit(m_street, u"complaint.transfer"_s,
            { { u"complaint"_s, kC1 }, { u"department"_s, kDept }, { u"reason"_s, QString() } },
            at(2));
        QCOMPARE(r.errorCode, u"reason_required"_s);
        // A street's cache lacks the district's departments: the code alone places it.
        forgetDepartments();
        QVERIFY(submit(m_street, u"complaint.transfer"_s,
            { { u"complaint"_s, kC1 }, { u"department"_s, kDept },
                { u"reason"_s, u"占道经营归城管"_s } },
            at(2), kOp)
                    .ok());
        QJsonObject c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"transferred"_s);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kDept);
        QCOMPARE(c.value(u"handling_level"_s).toString(), u"department"_s);
        QCOMPARE(c.value(u"transferred_by"_s).toString(), kStreet);
        QCOMPARE(c.value(u"departments"_s).toArray(), QJsonArray { kDept });
        QCOMPARE(event(kOp)->value(u"data"_s).toObject().value(u"to"_s).toString(), kDept);
        // Once there, it is not escalated or moved on: objected, or taken over from above.
        r = submit(m_street, u"complaint.escalate"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"再上报"_s } }, at(3));
        QCOMPARE(r.errorCode, u"forbidden"_s);

        // The department (its cache knows itself and the units above it) objects: 退单.
        put(u"org_unit"_s, kDept,
            unit(kDept, u"城管委"_s, u"department"_s, kDistrict, kDeptPath, kDistrict));
        r = submit(m_dept, u"complaint.object"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, QString() } }, at(4));
        QCOMPARE(r.errorCode, u"reason_required"_s);
        QVERIFY(submit(m_dept, u"complaint.object"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"不属于城管职责"_s } }, at(4))
                    .ok());
        c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kStreet);
        QVERIFY(c.value(u"transferred_by"_s).isNull());
        // The department keeps seeing what was once sent to it.
        QCOMPARE(c.value(u"departments"_s).toArray(), QJsonArray { kDept });
    }

    void upperLevelsTakeOverAndUrge()
    {
        QVERIFY(submit(m_street, u"complaint.urge"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"请尽快回复"_s } }, at(25), kOp)
                    .ok());
        QCOMPARE(record(kC1).value(u"urge_count"_s).toInt(), 1);
        QCOMPARE(
            event(kOp)->value(u"data"_s).toObject().value(u"handling_unit"_s).toString(), kHepan);
        QVERIFY(submit(m_district, u"complaint.take_over"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"区里直接办"_s } }, at(26))
                    .ok());
        const QJsonObject c = record(kC1);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kDistrict);
        QCOMPARE(c.value(u"handling_level"_s).toString(), u"district"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"accepted"_s);
        // Now the street is below the handler: it may no longer take it over.
        const auto r
            = submit(m_street, u"complaint.take_over"_s, { { u"complaint"_s, kC1 } }, at(27));
        QCOMPARE(r.errorCode, u"forbidden"_s);
    }

    void resolutionSatisfactionReopeningAndServiceExample()
    {
        QVERIFY(submit(m_worker, u"complaint.resolve"_s,
            { { u"complaint"_s, kC1 }, { u"resolution"_s, u"已补装井盖"_s },
                { u"reply"_s, u"井盖已补好，感谢反映。"_s } },
            at(6), kOp)
                    .ok());
        QJsonObject c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(c.value(u"resolved_at"_s).toString(), domain::isoTime(at(6)));
        QCOMPARE(c.value(u"first_reply_at"_s).toString(), domain::isoTime(at(6)));
        QCOMPARE(c.value(u"final_reply"_s).toString(), u"井盖已补好，感谢反映。"_s);
        QCOMPARE(event(kOp)->value(u"text"_s).toString(), u"已补装井盖"_s);
        QCOMPARE(event(kOp)->value(u"data"_s).toObject().value(u"reply"_s).toString(),
            u"井盖已补好，感谢反映。"_s);

        auto r = submit(m_worker, u"complaint.satisfaction"_s,
            { { u"complaint"_s, kC1 }, { u"value"_s, u"great"_s } }, at(7));
        QCOMPARE(r.errorCode, u"invalid_field"_s);
        QVERIFY(submit(m_worker, u"complaint.satisfaction"_s,
            { { u"complaint"_s, kC1 }, { u"value"_s, u"basic"_s } }, at(7))
                    .ok());
        QCOMPARE(record(kC1).value(u"satisfaction"_s).toString(), u"basic"_s);
        // PRODUCT.md §2: a service example needs 满意.
        r = submit(m_director, u"complaint.mark_example"_s, { { u"complaint"_s, kC1 } }, at(8));
        QCOMPARE(r.errorCode, u"service_example_incomplete"_s);
        QVERIFY(submit(m_worker, u"complaint.satisfaction"_s,
            { { u"complaint"_s, kC1 }, { u"value"_s, u"satisfied"_s } }, at(8))
                    .ok());
        QVERIFY(submit(m_director, u"complaint.mark_example"_s, { { u"complaint"_s, kC1 } }, at(9))
                    .ok());
        QVERIFY(record(kC1).value(u"service_example"_s).toBool());
        r = submit(m_director, u"complaint.mark_example"_s, { { u"complaint"_s, kC1 } }, at(9));
        QCOMPARE(r.errorCode, u"already_service_example"_s);

        // Reopening: within 7 days of the resolution; it clears the rating and the example.
        r = submit(m_worker, u"complaint.reopen"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"又丢了"_s } }, at(6 + 7 * 24 + 1));
        QCOMPARE(r.errorCode, u"reopen_window_passed"_s);
        QVERIFY(submit(m_worker, u"complaint.reopen"_s,
            { { u"complaint"_s, kC1 }, { u"reason"_s, u"又丢了"_s } }, at(6 + 7 * 24))
                    .ok());
        c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"reopened"_s);
        QVERIFY(c.value(u"satisfaction"_s).isNull());
        QVERIFY(!c.value(u"service_example"_s).toBool());
        QVERIFY(c.value(u"resolved_at"_s).isNull());
        QCOMPARE(version(kC1), 6);
    }

    void noteAssignAcceptAndClose()
    {
        QVERIFY(submit(m_street, u"complaint.note"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"请社区关注"_s } }, at(1), kOp)
                    .ok());
        // A note changes no field: the version stays.
        QCOMPARE(version(kC1), 1);
        QCOMPARE(event(kOp)->value(u"type"_s).toString(), u"note"_s);
        QCOMPARE(event(kOp)->value(u"unit"_s).toString(), kStreet);
        // A grid's worker belongs to the community's people.
        const QString op2 = u"0a0a0a0a-0000-4000-8000-000000000002"_s;
        QVERIFY(submit(m_worker, u"complaint.assign"_s,
            { { u"complaint"_s, kC1 }, { u"assignee"_s, u"u-grid"_s } }, at(2), op2)
                    .ok());
        QJsonObject c = record(kC1);
        QCOMPARE(c.value(u"assignee"_s).toString(), u"u-grid"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"accepted"_s);
        QCOMPARE(event(op2)->value(u"text"_s).toString(), u"杨光彩"_s);
        auto r = submit(m_worker, u"complaint.accept"_s, { { u"complaint"_s, kC1 } }, at(3));
        QCOMPARE(r.errorCode, u"invalid_status"_s);
        r = submit(m_worker, u"complaint.close"_s, { { u"complaint"_s, kC1 } }, at(3));
        QCOMPARE(r.errorCode, u"invalid_status"_s);
        QVERIFY(submit(m_worker, u"complaint.resolve"_s,
            { { u"complaint"_s, kC1 }, { u"resolution"_s, u"已修复"_s },
                { u"reply"_s, u"已修复"_s } },
            at(4))
                    .ok());
        QVERIFY(submit(m_worker, u"complaint.close"_s, { { u"complaint"_s, kC1 } }, at(5)).ok());
        c = record(kC1);
        QCOMPARE(c.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(c.value(u"closed_at"_s).toString(), domain::isoTime(at(5)));
        // Archived: no more replies, but notes still.
        r = submit(m_worker, u"complaint.reply"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"补充"_s } }, at(6));
        QCOMPARE(r.errorCode, u"invalid_status"_s);
        QVERIFY(submit(m_worker, u"complaint.note"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"回访完成"_s } }, at(6))
                    .ok());
    }

    void mergeArchivesTheDuplicateAndNamesBoth()
    {
        putComplaint(complaint(kC2, at(1)));
        QVERIFY(submit(m_worker, u"complaint.merge"_s,
            { { u"complaint"_s, kC2 }, { u"primary"_s, kC1 }, { u"text"_s, u"同一井盖"_s } }, at(2),
            kOp)
                    .ok());
        const QJsonObject dup = record(kC2);
        QCOMPARE(dup.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(dup.value(u"merged_into"_s).toString(), kC1);
        QCOMPARE(record(kC1).value(u"merged_from"_s).toArray(), QJsonArray { kC2 });
        QCOMPARE(version(kC1), 2);
        QCOMPARE(version(kC2), 2);
        QCOMPARE(event(kOp)->value(u"complaint"_s).toString(), kC2);
        QCOMPARE(event(kOp)->value(u"data"_s).toObject().value(u"into"_s).toString(), kC1);
        // docs/api.md: the second record of an op is UUID v5 of the op_id with the name "1".
        const QString second
            = QUuid::createUuidV5(QUuid::fromString(kOp), u"1"_s).toString(QUuid::WithoutBraces);
        QVERIFY(event(second));
        QCOMPARE(event(second)->value(u"complaint"_s).toString(), kC1);
        QCOMPARE(event(second)->value(u"data"_s).toObject().value(u"from"_s).toString(), kC2);
        // A merged duplicate lives on only as a pointer.
        const auto r = submit(m_worker, u"complaint.reply"_s,
            { { u"complaint"_s, kC2 }, { u"text"_s, u"好"_s } }, at(3));
        QCOMPARE(r.errorCode, u"complaint_merged"_s);
    }

    void walkInEntry()
    {
        const QString id = u"d3333333-3333-4333-8333-333333333333"_s;
        // The district's SLA is copied into its complaints; the newest one tells a community.
        QJsonObject sla48 = complaint(kC2, at(0.5));
        sla48.insert(u"sla_hours"_s, 48);
        putComplaint(sla48);
        QJsonObject payload { { u"id"_s, id }, { u"community"_s, kHepan }, { u"grid"_s, kGrid },
            { u"category"_s, u"噪音"_s }, { u"title"_s, u"夜间施工噪音"_s },
            { u"content"_s, u"工地夜里十一点还在施工。"_s }, { u"nickname"_s, u"刘阿姨"_s },
            { u"phone"_s, u"024-8888 1234"_s }, { u"channel"_s, u"walk_in"_s },
            { u"submitted_at"_s, domain::isoTime(at(1)) }, { u"location"_s, u"河畔花园"_s } };
        auto r = submit(m_worker, u"complaint.create"_s, payload, at(1.5), kOp);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QJsonObject c = record(id);
        QCOMPARE(c.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(c.value(u"community"_s).toString(), kHepan);
        QCOMPARE(c.value(u"grid"_s).toString(), kGrid);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kHepan);
        QCOMPARE(c.value(u"sla_hours"_s).toInt(), 48);
        QCOMPARE(c.value(u"due_at"_s).toString(), domain::isoTime(at(49)));
        QCOMPARE(c.value(u"phone"_s).toString(), u"024-8888 1234"_s);
        QCOMPARE(c.value(u"source"_s).toString(), u"staff"_s);
        QCOMPARE(event(kOp)->value(u"type"_s).toString(), u"create"_s);
        QCOMPARE(event(kOp)->value(u"at"_s).toString(), domain::isoTime(at(1)));
        QCOMPARE(event(kOp)->value(u"text"_s).toString(), u"夜间施工噪音"_s);
        QSqlQuery q(m_records->database());
        QVERIFY(q.exec(u"SELECT unit_path FROM complaint WHERE id = '%1'"_s.arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(), kHepanPath + kGrid + u"/"_s);

        // Filed by the street for a community: the street's copy is masked.
        const QString id2 = u"d4444444-4444-4444-8444-444444444444"_s;
        payload.insert(u"id"_s, id2);
        payload.remove(u"grid"_s);
        payload.insert(u"community"_s, kLinxiao);
        QVERIFY(submit(m_street, u"complaint.create"_s, payload, at(1.5)).ok());
        QCOMPARE(record(id2).value(u"phone"_s).toString(), u"024-**** 1234"_s);

        // Refusals: an id in use, a street as the place, the future, a bad photo URL.
        r = submit(m_worker, u"complaint.create"_s, payload, at(1.5));
        QCOMPARE(r.errorCode, u"exists"_s);
        payload.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        payload.insert(u"community"_s, kStreet);
        QCOMPARE(submit(m_street, u"complaint.create"_s, payload, at(1.5)).errorCode,
            u"not_a_community"_s);
        payload.insert(u"community"_s, kHepan);
        payload.insert(u"submitted_at"_s, domain::isoTime(at(3)));
        QCOMPARE(submit(m_worker, u"complaint.create"_s, payload, at(1.5)).errorCode,
            u"invalid_field"_s);
        payload.insert(u"submitted_at"_s, domain::isoTime(at(1)));
        payload.insert(u"photos"_s, QJsonArray { u"ftp://x/1.jpg"_s });
        QCOMPARE(submit(m_worker, u"complaint.create"_s, payload, at(1.5)).errorCode,
            u"invalid_field"_s);
        payload.remove(u"photos"_s);
        payload.insert(u"content"_s, u" "_s);
        QCOMPARE(submit(m_worker, u"complaint.create"_s, payload, at(1.5)).errorCode,
            u"content_required"_s);
        // A worker files only in their own community.
        payload.insert(u"content"_s, u"有噪音"_s);
        payload.insert(u"community"_s, kLinxiao);
        QCOMPARE(
            submit(m_worker, u"complaint.create"_s, payload, at(1.5)).errorCode, u"forbidden"_s);
    }

    void cannedRepliesBelongToTheReplyingUnit()
    {
        const QString id = u"e5555555-5555-4555-8555-555555555555"_s;
        auto r = submit(m_worker, u"canned_reply.save"_s,
            { { u"id"_s, id }, { u"unit"_s, kHepan }, { u"title"_s, u"已受理"_s },
                { u"text"_s, u"您好，已收到，我们会尽快处理。"_s } },
            at(0));
        QVERIFY2(r.ok(), qPrintable(r.error));
        auto saved = m_records->get(u"canned_reply"_s, id);
        QVERIFY(saved);
        QCOMPARE(saved->version, 1);
        QCOMPARE(saved->data.value(u"text"_s).toString(), u"您好，已收到，我们会尽快处理。"_s);
        QVERIFY(submit(m_worker, u"canned_reply.save"_s,
            { { u"id"_s, id }, { u"unit"_s, kHepan }, { u"title"_s, u"已受理"_s },
                { u"text"_s, u"您好，已收到。"_s } },
            at(1))
                    .ok());
        QCOMPARE(m_records->get(u"canned_reply"_s, id)->version, 2);
        // The street keeps its own, not the community's.
        r = submit(m_street, u"canned_reply.delete"_s, { { u"id"_s, id } }, at(2));
        QCOMPARE(r.errorCode, u"forbidden"_s);
        r = submit(m_worker, u"canned_reply.save"_s,
            { { u"id"_s, id }, { u"unit"_s, kHepan }, { u"title"_s, QString(51, u'字') },
                { u"text"_s, u"x"_s } },
            at(2));
        QCOMPARE(r.errorCode, u"invalid_field"_s);
        QVERIFY(submit(m_worker, u"canned_reply.delete"_s, { { u"id"_s, id } }, at(3)).ok());
        QVERIFY(!m_records->get(u"canned_reply"_s, id));
    }

    void districtSettings()
    {
        QVERIFY(submit(m_district, u"complaint_settings.update"_s,
            { { u"district"_s, kDistrict }, { u"sla_hours"_s, 48 } }, at(0))
                    .ok());
        QCOMPARE(
            m_records->get(u"complaint_settings"_s, kDistrict)->data.value(u"sla_hours"_s).toInt(),
            48);
        QCOMPARE(submit(m_street, u"complaint_settings.update"_s,
                     { { u"district"_s, kDistrict }, { u"sla_hours"_s, 12 } }, at(0))
                     .errorCode,
            u"forbidden"_s);
        QCOMPARE(submit(m_district, u"complaint_settings.update"_s,
                     { { u"district"_s, kDistrict }, { u"sla_hours"_s, 0 } }, at(0))
                     .errorCode,
            u"invalid_field"_s);
    }

    void aRefusalOnTheServerRollsBack()
    {
        const QJsonObject before = record(kC1);
        QVERIFY(submit(m_worker, u"complaint.reply"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"已处理"_s } }, at(1), kOp)
                    .ok());
        const QString op2 = u"0a0a0a0a-0000-4000-8000-000000000002"_s;
        QVERIFY(submit(m_street, u"complaint.note"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"关注"_s } }, at(2), op2)
                    .ok());
        QCOMPARE(record(kC1).value(u"status"_s).toString(), u"accepted"_s);
        // The server refused the reply (the complaint had moved meanwhile): its change goes,
        // the user's text stays in the outbox for the sync problems panel, the note stays.
        QVERIFY(m_queue->settleRefused(kOp, OutboxEntry::State::Rejected,
            { { u"code"_s, u"forbidden"_s }, { u"message"_s, u"not the handling unit"_s } },
            m_worker));
        QCOMPARE(record(kC1), before);
        QCOMPARE(version(kC1), 1);
        QVERIFY(!event(kOp));
        QVERIFY(event(op2));
        const auto kept = m_outbox->entry(kOp);
        QVERIFY(kept);
        QCOMPARE(kept->summary, u"已处理"_s);
        QCOMPARE(kept->state, OutboxEntry::State::Rejected);
        // Applied by the server: the pulled copy replaces the optimistic one.
        QVERIFY(m_queue->settleApplied(op2));
        QVERIFY(!m_records->hasShadow(u"complaint_event"_s, op2));
    }

    // --- reading the cache --------------------------------------------------------------------

    void detailAndTimelineReadBack()
    {
        QVERIFY(submit(m_worker, u"complaint.reply"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"收到"_s } }, at(1), kOp)
                    .ok());
        QVERIFY(submit(m_street, u"complaint.note"_s,
            { { u"complaint"_s, kC1 }, { u"text"_s, u"关注"_s } }, at(2))
                    .ok());
        const auto detail = item::loadComplaint(m_records->database(), kC1);
        QVERIFY(detail);
        QCOMPARE(detail->state.status, domain::ComplaintStatus::Accepted);
        QCOMPARE(detail->state.communityPath, kHepanPath);
        QCOMPARE(detail->state.handlingPath, kHepanPath);
        QCOMPARE(detail->unitPath, kHepanPath);
        QCOMPARE(detail->photos, QStringList { u"https://img.example.cn/1.jpg"_s });
        QCOMPARE(detail->state.version, 2);
        const auto events = item::loadComplaintEvents(m_records->database(), kC1);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).type, u"reply"_s);
        QCOMPARE(events.at(1).type, u"note"_s);
        QCOMPARE(events.at(1).actor, u"张伟"_s);
        // The street's transfer dialog: the district's departments first, then the city's.
        const auto departments = item::transferDepartments(m_records->database(), detail->state);
        QCOMPARE(departments.size(), 2);
        QCOMPARE(departments.at(0).code, kDept);
        QCOMPARE(departments.at(1).code, kCityDept);
        const auto workers = item::assignableWorkers(m_records->database(), detail->state);
        QStringList names;
        for (const auto &w : workers)
            names.append(w.name);
        names.sort();
        QCOMPARE(names, (QStringList { u"李娜"_s, u"杨光彩"_s }));
    }

    void slaCountdownTexts()
    {
        using domain::SlaState;
        QCOMPARE(item::slaText(SlaState::Amber, at(0), at(0) - 3 * kHour - 20 * 60000),
            u"3 h 20 min left"_s);
        QCOMPARE(item::slaText(SlaState::Overdue, at(0), at(5.5)), u"Overdue by 5 h"_s);
        QCOMPARE(item::slaText(SlaState::Pending, at(0), at(-30)), u"1 d 6 h left"_s);
        QCOMPARE(
            item::slaText(SlaState::Overdue, at(0), at(0) + 40 * 60000), u"Overdue by 40 min"_s);
        QCOMPARE(item::complaintStatusLabel(u"closed"_s), u"Archived"_s);
    }

    void badgesCountOpenAndOverdueAlongThePath()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        putComplaint(complaint(kC1, now - 30 * kHour)); // overdue
        QJsonObject answered = complaint(kC2, now - 30 * kHour, kLinxiao);
        answered.insert(u"first_reply_at"_s, domain::isoTime(now - 29 * kHour));
        answered.insert(u"status"_s, u"accepted"_s);
        putComplaint(answered);
        QJsonObject done = complaint(u"c3333333-3333-4333-8333-333333333333"_s, now - kHour);
        done.insert(u"status"_s, u"resolved"_s);
        putComplaint(done);
        putComplaint(
            complaint(u"c4444444-4444-4444-8444-444444444444"_s, now - kHour)); // open, not yet due
        item::registerComplaintBadges();
        item::OrgTreeModel tree;
        tree.load(m_records->database(), kCity);
        QCOMPARE(tree.badge(kHepan, u"open"_s), 2);
        QCOMPARE(tree.badge(kHepan, u"overdue"_s), 1);
        QCOMPARE(tree.badge(kLinxiao, u"open"_s), 1);
        QCOMPARE(tree.badge(kLinxiao, u"overdue"_s), 0);
        QCOMPARE(tree.badge(kStreet, u"open"_s), 3);
        QCOMPARE(tree.badge(kCity, u"overdue"_s), 1);
        const auto worst = item::worstSubtrees(m_records->database(), kStreetPath, now, 5);
        QCOMPARE(worst.size(), 1);
        QCOMPARE(worst.at(0).code, kHepan);
        QCOMPARE(worst.at(0).overdue, 1);
        QCOMPARE(worst.at(0).open, 2);
        const auto mine = item::myOpenComplaints(m_records->database(), m_worker, 10);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).id, kC1); // the overdue one first
        item::orgBadges().clear();
    }

    // --- the paging table over 5,000 complaints -------------------------------------------------

    void pagingModel()
    {
        // 5,000 complaints over two communities, a grid and another street's community, in
        // every status, category and channel, submitted one every 37 minutes.
        const QStringList statuses { u"new"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s,
            u"resolved"_s, u"closed"_s, u"reopened"_s };
        const QStringList channels { u"wechat"_s, u"photo"_s, u"phone"_s, u"walk_in"_s, u"grid"_s };
        const QStringList categories = domain::defaultComplaintCategories();
        const QStringList words { u"井盖"_s, u"路灯"_s, u"噪音扰民"_s, u"油烟"_s, u"电梯故障"_s,
            u"垃圾清运"_s };
        const QString otherStreet = u"210111002"_s;
        const QString otherCommunity = u"210111002001"_s;
        put(u"org_unit"_s, otherStreet,
            unit(otherStreet, u"佟沟街道"_s, u"street"_s, kDistrict, u"/210100/210111/210111002/"_s,
                kDistrict));
        put(u"org_unit"_s, otherCommunity,
            unit(otherCommunity, u"佟沟社区"_s, u"community"_s, otherStreet,
                u"/210100/210111/210111002/210111002001/"_s, kDistrict));
        const qint64 now = at(0);
        QSqlDatabase db = m_records->database();
        QVERIFY(store::CacheDatabase::beginWrite(db));
        QRandomGenerator rng(42);
        for (int i = 0; i < 5000; ++i) {
            const QString id = QUuid::createUuidV5(QUuid::fromString(kOp), QString::number(i))
                                   .toString(QUuid::WithoutBraces);
            const int place = i % 7;
            const QString community = place < 3 ? kHepan : place < 5 ? kLinxiao : otherCommunity;
            // Some share a submission time, so the id breaks ties.
            const qint64 submitted = now - qint64(i / 2) * 37 * 60000;
            QJsonObject c = complaint(id, submitted, community);
            if (place == 1)
                c.insert(u"grid"_s, kGrid);
            const QString status = statuses.at(int(rng.bounded(statuses.size())));
            c.insert(u"status"_s, status);
            c.insert(u"category"_s, categories.at(int(rng.bounded(categories.size()))));
            c.insert(u"channel"_s, channels.at(int(rng.bounded(channels.size()))));
            c.insert(u"title"_s, u"%1问题 %2"_s.arg(words.at(i % words.size())).arg(i));
            c.insert(u"content"_s, u"居民反映%1，请处理。"_s.arg(words.at((i / 3) % words.size())));
            c.insert(u"due_at"_s, domain::isoTime(submitted + qint64(12 + i % 48) * kHour));
            if (rng.bounded(3) != 0)
                c.insert(u"first_reply_at"_s,
                    domain::isoTime(submitted + qint64(rng.bounded(30)) * kHour));
            if (i % 5 == 0) {
                c.insert(u"handling_unit"_s, kStreet);
                c.insert(u"handling_level"_s, u"street"_s);
            }
            QVERIFY(m_records->applyPulled(u"complaint"_s, id, 1, false, c));
        }
        QVERIFY(store::CacheDatabase::commit(db));
        QSqlQuery total(db);
        QVERIFY(total.exec(u"SELECT count(*) FROM complaint"_s) && total.next());
        QCOMPARE(total.value(0).toInt(), 5001);

        item::ComplaintListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db);
        model.setClock([now] { return now; });
        model.setPageSize(300);
        model.setAsyncCount(false);

        // Fetches every window and returns the ids in model order.
        const auto allIds = [&model] {
            while (model.canFetchMore({}))
                model.fetchMore({});
            QStringList ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids.append(model.idAt(r));
            return ids;
        };
        const auto plainSql
            = [&db](const QString &where, const QString &orderBy, const QVariantList &binds) {
                  QSqlQuery q(db);
                  q.prepare(u"SELECT id FROM complaint WHERE %1 ORDER BY %2"_s.arg(where, orderBy));
                  for (const auto &b : binds)
                      q.addBindValue(b);
                  QStringList ids;
                  if (q.exec()) {
                      while (q.next())
                          ids.append(q.value(0).toString());
                  }
                  return ids;
              };

        // The whole city, newest first: a window at a time, then exactly all.
        item::ComplaintFilter filter;
        filter.scopePath = kCityPath;
        model.setQuery(filter, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.totalCount(), 5001);
        QCOMPARE(model.plan(), u"complaint_by_submitted"_s);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QStringList ids = allIds();
        QCOMPARE(ids.size(), 5001);
        QCOMPARE(ids, plainSql(u"1"_s, u"submitted_at DESC, id DESC"_s, {}));
        QCOMPARE(model.countNow(), 5001);

        struct Case
        {
            const char *name;
            item::ComplaintFilter filter;
            item::ComplaintSortKey key;
            Qt::SortOrder order;
            QString where;
            QString orderBy;
            QVariantList binds;
        };
        const QString hepanGrid = kHepanPath + kGrid + u"/"_s;
        QList<Case> cases;
        {
            item::ComplaintFilter f;
            f.scopePath = kHepanPath;
            cases.append(
                { "a community with its grid, oldest first", f, item::ComplaintSortKey::Submitted,
                    Qt::AscendingOrder, u"community = ?"_s, u"submitted_at, id"_s, { kHepan } });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = hepanGrid;
            cases.append({ "the grid alone, by due time", f, item::ComplaintSortKey::Due,
                Qt::AscendingOrder, u"grid = ?"_s, u"due_at, id"_s, { kGrid } });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = kStreetPath;
            f.statuses = { domain::ComplaintStatus::New, domain::ComplaintStatus::Reopened };
            cases.append(
                { "the street's new and reopened, by status", f, item::ComplaintSortKey::Status,
                    Qt::AscendingOrder, u"community IN (?, ?) AND status IN ('new', 'reopened')"_s,
                    u"CASE status WHEN 'new' THEN 0 ELSE 4 END, submitted_at DESC, id"_s,
                    { kHepan, kLinxiao } });
        }
        {
            // The filter bar's "open": the partial index of open complaints.
            item::ComplaintFilter f;
            f.scopePath = kStreetPath;
            for (const auto s : domain::kAllComplaintStatuses) {
                if (domain::isOpenStatus(s))
                    f.statuses.append(s);
            }
            cases.append({ "the street's open ones", f, item::ComplaintSortKey::Submitted,
                Qt::DescendingOrder,
                u"community IN (?, ?) AND status NOT IN ('resolved', 'closed')"_s,
                u"submitted_at DESC, id DESC"_s, { kHepan, kLinxiao } });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = kCityPath;
            f.overdueOnly = true;
            cases.append({ "overdue only, latest due first", f, item::ComplaintSortKey::Due,
                Qt::DescendingOrder,
                u"first_reply_at IS NULL AND status NOT IN ('resolved', 'closed') AND due_at < ?"_s,
                u"due_at DESC, id DESC"_s, { now } });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = kDistrictPath;
            f.category = u"噪音"_s;
            f.channel = u"phone"_s;
            f.from = now - 30 * 24 * kHour;
            f.to = now - 10 * 24 * kHour;
            cases.append({ "category, channel and a period", f, item::ComplaintSortKey::Submitted,
                Qt::DescendingOrder,
                u"category = '噪音' AND channel = 'phone' AND submitted_at >= ? AND submitted_at < ?"_s,
                u"submitted_at DESC, id DESC"_s,
                { now - 30 * 24 * kHour, now - 10 * 24 * kHour } });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = kCityPath;
            f.handlingPath = kStreetPath;
            cases.append({ "handled at the street", f, item::ComplaintSortKey::Submitted,
                Qt::DescendingOrder, u"handling_unit = ?"_s, u"submitted_at DESC, id DESC"_s,
                { kStreet } });
        }
        {
            // Three characters or more: the trigram index; it finds what LIKE finds.
            item::ComplaintFilter f;
            f.scopePath = kCityPath;
            f.text = u"电梯故障"_s;
            cases.append({ "full text, long term", f, item::ComplaintSortKey::Submitted,
                Qt::DescendingOrder,
                u"(title LIKE '%电梯故障%' OR content LIKE '%电梯故障%' OR location LIKE '%电梯故障%')"_s,
                u"submitted_at DESC, id DESC"_s, {} });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = kDistrictPath;
            f.text = u"路灯 123"_s;
            cases.append(
                { "full text, two terms", f, item::ComplaintSortKey::Status, Qt::DescendingOrder,
                    u"(title LIKE '%路灯%' OR content LIKE '%路灯%' OR location LIKE '%路灯%')"
                    u" AND (title LIKE '%123%' OR content LIKE '%123%' OR location LIKE '%123%')"_s,
                    u"status_rank DESC, submitted_at, id DESC"_s, {} });
        }
        {
            item::ComplaintFilter f;
            f.scopePath = kCityPath;
            f.text = u"问题 49"_s;
            cases.append({ "a short term", f, item::ComplaintSortKey::Due, Qt::AscendingOrder,
                u"(title LIKE '%问题%' OR content LIKE '%问题%' OR location LIKE '%问题%')"
                u" AND (title LIKE '%49%' OR content LIKE '%49%' OR location LIKE '%49%')"_s,
                u"due_at, id"_s, {} });
        }
        {
            // A department node: what was ever sent to it.
            item::ComplaintFilter f;
            f.departmentCode = kDept;
            cases.append({ "a department", f, item::ComplaintSortKey::Submitted,
                Qt::DescendingOrder, u"departments LIKE '%\"210111-cgw\"%'"_s,
                u"submitted_at DESC, id DESC"_s, {} });
        }
        // A few complaints went to the department.
        QSqlQuery mark(db);
        QVERIFY(mark.exec(
            u"UPDATE complaint SET departments = '[\"210111-cgw\"]' WHERE rowid % 97 = 0"_s));

        QStringList plans;
        for (const auto &c : cases) {
            model.setQuery(c.filter, c.key, c.order);
            const QStringList expected = plainSql(c.where, c.orderBy, c.binds);
            QVERIFY2(!expected.isEmpty(), c.name);
            QCOMPARE(model.totalCount(), expected.size());
            QCOMPARE(model.rowCount(), std::min<int>(300, int(expected.size())));
            const QStringList got = allIds();
            QVERIFY2(got == expected,
                qPrintable(u"%1: %2 rows, expected %3"_s.arg(QString::fromUtf8(c.name))
                               .arg(got.size())
                               .arg(expected.size())));
            plans.append(model.plan());
        }
        // Small sets are read through their own index, large ones in the sort order.
        QVERIFY(plans.contains(u"complaint_scope"_s));
        QVERIFY(plans.contains(u"complaint_open_due"_s) || plans.contains(u"complaint_by_due"_s));
        QVERIFY(plans.contains(u"complaint_fts"_s));
        QVERIFY(plans.contains(u"complaint_open"_s));

        // Sorting from the header: submitted, SLA and status sort; other columns do nothing.
        filter = {};
        filter.scopePath = kDistrictPath;
        model.setQuery(filter, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
        model.sort(item::ComplaintListModel::SlaColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortKey(), item::ComplaintSortKey::Due);
        QCOMPARE(allIds(), plainSql(u"1"_s, u"due_at, id"_s, {}));
        model.sort(item::ComplaintListModel::CategoryColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortKey(), item::ComplaintSortKey::Due);

        // A sync that changes nothing in the loaded rows keeps them in place; a new complaint
        // at the top resets.
        model.setQuery(filter, item::ComplaintSortKey::Submitted, Qt::DescendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        const QString newest = u"f6666666-6666-4666-8666-666666666666"_s;
        putComplaint(complaint(newest, now + 60000));
        model.refresh();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.idAt(0), newest);
        QCOMPARE(model.totalCount(), 5002);

        // The count runs on its own thread when asked to.
        model.setAsyncCount(true);
        QSignalSpy counted(&model, &item::ComplaintListModel::totalCountChanged);
        model.setQuery(filter, item::ComplaintSortKey::Status, Qt::AscendingOrder);
        QTRY_COMPARE(model.totalCount(), 5002);
        QVERIFY(!counted.isEmpty());

        // The SLA column at the model's clock: the first row by due time is the most overdue.
        item::ComplaintFilter overdue;
        overdue.overdueOnly = true;
        model.setQuery(overdue, item::ComplaintSortKey::Due, Qt::AscendingOrder);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, 0).data(item::ComplaintListModel::SlaStateRole).toInt(),
            int(domain::SlaState::Overdue));
        QVERIFY(model.index(0, item::ComplaintListModel::SlaColumn)
                    .data()
                    .toString()
                    .startsWith(u"Overdue by"_s));
    }

    void statisticsOfANode()
    {
        // Two in the period: one answered in time and resolved at the community, one overdue.
        QJsonObject a = complaint(kC1, at(0));
        a.insert(u"first_reply_at"_s, domain::isoTime(at(2)));
        a.insert(u"resolved_at"_s, domain::isoTime(at(10)));
        a.insert(u"status"_s, u"resolved"_s);
        a.insert(u"satisfaction"_s, u"satisfied"_s);
        putComplaint(a);
        QJsonObject b = complaint(kC2, at(1), kLinxiao);
        b.insert(u"status"_s, u"escalated"_s);
        b.insert(u"handling_unit"_s, kStreet);
        b.insert(u"handling_level"_s, u"street"_s);
        b.insert(u"escalations"_s, QJsonArray { u"street"_s });
        putComplaint(b);
        item::ComplaintFilter f;
        f.scopePath = kStreetPath;
        const auto s
            = item::complaintStatisticsFor(m_records->database(), f, at(-1), at(24), at(48));
        QCOMPARE(s.received, 2);
        QCOMPARE(s.finished, 1);
        QCOMPARE(s.withinSla, 1);
        QCOMPARE(s.slaKnown, 2);
        QCOMPARE(s.finishedAtCommunity, 1);
        QCOMPARE(s.communityResolutionShare.value_or(-1), 1.0);
        QCOMPARE(s.escalationsByLevel.value(Level::Street), 1);
        QCOMPARE(s.openOverdue, 1);
        QCOMPARE(s.satisfied, 1);
    }
};

QTEST_GUILESS_MAIN(TestComplaintsClient)
#include "tst_complaints_client.moc"
