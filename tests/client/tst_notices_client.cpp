// The notices feature in the client cache: every notice command applied at once with the
// domain's rules (PRODUCT.md §3) as the server applies them, with the ids the server gives
// the records it creates, rolled back exactly when the server refuses, and the queues and
// badges the page shows read from what was applied.

#include "domain/chinatime.h"
#include "domain/permissions.h"
#include "item/noticelistmodel.h"
#include "item/noticerecords.h"
#include "item/orgtreemodel.h"
#include "store/cachedatabase.h"
#include "store/commandqueue.h"
#include "store/outbox.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic;
using domain::Actor;
using domain::Level;
using domain::Role;
using store::OutboxEntry;

namespace {

const QString kCity = u"210100"_s;
const QString kDistrict = u"210111"_s;
const QString kStreet = u"210111001"_s;
const QString kHepan = u"210111001001"_s;
const QString kLinxiao = u"210111001002"_s;
const QString kHepanPath = u"/210100/210111/210111001/210111001001/"_s;

const QString kN1 = u"11111111-1111-4111-8111-111111111111"_s;
const QString kN2 = u"22222222-2222-4222-8222-222222222222"_s;

// 2026-03-02 09:00 China time, and hours after it.
qint64 at(int hours, int minutes = 0)
{
    return *domain::parseIsoTime(u"2026-03-02T09:00:00+08:00") + qint64(hours) * 3600000
        + qint64(minutes) * 60000;
}

QJsonObject unit(const QString &code, const QString &name, const QString &level,
    const QString &parent, const QString &path, const QString &district)
{
    return QJsonObject { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
        { u"parent"_s, parent }, { u"path"_s, path }, { u"district"_s, district },
        { u"households"_s, 100 } };
}

QJsonObject content(const QString &title, const QString &body, const QString &category = u"通知"_s,
    const QString &id = kN1)
{
    return QJsonObject { { u"id"_s, id }, { u"unit"_s, kHepan }, { u"category"_s, category },
        { u"title"_s, title }, { u"body_html"_s, body }, { u"scheduled_at"_s, QJsonValue() } };
}

} // namespace

class TestNoticesClient : public QObject
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
    const Actor m_street { u"u-street"_s, Role::Street, kStreet, Level::Street,
        u"/210100/210111/210111001/"_s };
    const Actor m_district { u"u-district"_s, Role::District, kDistrict, Level::District,
        u"/210100/210111/"_s };
    const Actor m_otherWorker { u"u-worker2"_s, Role::Worker, kLinxiao, Level::Community,
        u"/210100/210111/210111001/210111001002/"_s };

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }

    store::SubmitResult run(const Actor &actor, const QString &type, const QJsonObject &payload,
        qint64 now, std::optional<qint64> base = std::nullopt)
    {
        return m_queue->submit(actor, store::Command { type, payload, base }, now);
    }

    QJsonObject notice(const QString &id = kN1)
    {
        const auto r = m_records->get(u"notice"_s, id);
        return r ? r->data : QJsonObject();
    }

    qint64 version(const QString &id = kN1)
    {
        const auto r = m_records->get(u"notice"_s, id);
        return r ? r->version : -1;
    }

    QString column(const QString &sql, const QString &id)
    {
        QSqlQuery q(db());
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // A saved and submitted notice of the worker's, at `now`.
    QString submitted(qint64 now, const QString &category = u"通知"_s, const QString &id = kN1)
    {
        const auto save = run(m_worker, u"notice.save"_s,
            content(u"停水通知"_s, u"<p>明天停水</p>"_s, category, id), now);
        if (!save.ok())
            return {};
        const auto submit = run(m_worker, u"notice.submit"_s, { { u"notice"_s, id } }, now);
        return submit.opId;
    }

    void putSettings(const QString &kind, const QString &key, const QJsonValue &value)
    {
        const QJsonObject data { { u"district"_s, kDistrict }, { u"unit"_s, kHepan },
            { u"version"_s, 3 }, { u"updated_at"_s, domain::isoTime(at(-48)) }, { key, value } };
        QVERIFY(m_records->applyPulled(kind, kHepan, 3, false, data));
    }

private Q_SLOTS:
    void init()
    {
        m_connection = u"n%1"_s.arg(++m_round);
        QVERIFY(!store::CacheDatabase::openWriter(
            m_dir.filePath(m_connection + u".sqlite"_s), m_connection));
        m_records = std::make_unique<store::RecordStore>(db());
        m_outbox = std::make_unique<store::Outbox>(db());
        m_queue = std::make_unique<store::CommandQueue>(*m_records, *m_outbox);
        const QList<QJsonObject> units = {
            unit(kCity, u"沈阳市"_s, u"city"_s, {}, u"/210100/"_s, {}),
            unit(kDistrict, u"苏家屯区"_s, u"district"_s, kCity, u"/210100/210111/"_s, kDistrict),
            unit(kStreet, u"湖西街道"_s, u"street"_s, kDistrict, u"/210100/210111/210111001/"_s,
                kDistrict),
            unit(kHepan, u"河畔社区"_s, u"community"_s, kStreet, kHepanPath, kDistrict),
            unit(kLinxiao, u"林校社区"_s, u"community"_s, kStreet,
                u"/210100/210111/210111001/210111001002/"_s, kDistrict),
        };
        for (const auto &u : units)
            QVERIFY(
                m_records->applyPulled(u"org_unit"_s, u.value(u"code"_s).toString(), 1, false, u));
        const QList<std::tuple<QString, QString, QString>> users
            = { { u"u-worker"_s, u"林娜"_s, kHepan }, { u"u-director"_s, u"王主任"_s, kHepan },
                  { u"u-street"_s, u"赵科长"_s, kStreet } };
        for (const auto &[id, name, unitCode] : users) {
            QVERIFY(m_records->applyPulled(u"user"_s, id, 1, false,
                { { u"id"_s, id }, { u"username"_s, id }, { u"display_name"_s, name },
                    { u"unit"_s, unitCode } }));
        }
    }

    void cleanup()
    {
        item::orgBadges().clear();
        m_queue.reset();
        m_outbox.reset();
        m_records.reset();
        store::CacheDatabase::close(m_connection);
    }

    void aDraftIsCreatedOfflineAsTheServerWouldStoreIt()
    {
        const auto r
            = run(m_worker, u"notice.save"_s, content(u"停水通知"_s, u"<p>明天停水</p>"_s), at(0));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.changedKinds, QStringList { u"notice"_s });
        const QJsonObject d = notice();
        QCOMPARE(version(), 1);
        QCOMPARE(d.value(u"state"_s).toString(), u"draft"_s);
        QCOMPARE(d.value(u"author"_s).toString(), u"u-worker"_s);
        QCOMPARE(d.value(u"author_name"_s).toString(), u"林娜"_s);
        QCOMPARE(d.value(u"unit"_s).toString(), kHepan);
        QCOMPARE(d.value(u"created_at"_s).toString(), u"2026-03-02T09:00:00+08:00"_s);
        QCOMPARE(d.value(u"chain"_s).toArray().size(), 0);
        QCOMPARE(d.value(u"step"_s).toInt(), 0);
        QVERIFY(d.value(u"step_role"_s).isNull());
        // The queues filter on the unit's path, filled from the org tree.
        QCOMPARE(column(u"SELECT unit_path FROM notice WHERE id = ?"_s, kN1), kHepanPath);
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(m_outbox->pending().at(0).entityId, kN1);
        QCOMPARE(m_outbox->pending().at(0).summary, u"停水通知"_s);
    }

    void onlyTheUnitsOwnStaffCreateAndOnlyTheAuthorEdits()
    {
        // A street office does not write a community's notice; a neighbour does not see it.
        QCOMPARE(run(m_street, u"notice.save"_s, content(u"x"_s, u"<p>x</p>"_s), at(0)).errorCode,
            u"forbidden"_s);
        QCOMPARE(
            run(m_otherWorker, u"notice.save"_s, content(u"x"_s, u"<p>x</p>"_s), at(0)).errorCode,
            u"not_found"_s);
        QCOMPARE(
            run(m_worker, u"notice.save"_s, content(u"x"_s, u"<p>x</p>"_s), at(0), 1).errorCode,
            u"not_found"_s);
        QVERIFY(run(m_worker, u"notice.save"_s, content(u"停水通知"_s, u"<p>明天停水</p>"_s), at(0))
                    .ok());

        const QJsonObject edit = content(u"停水通知（更新）"_s, u"<p>后天停水</p>"_s);
        QCOMPARE(run(m_worker, u"notice.save"_s, edit, at(1)).errorCode, u"invalid_field"_s);
        QCOMPARE(run(m_director, u"notice.save"_s, edit, at(1), 1).errorCode, u"forbidden"_s);
        QJsonObject moved = edit;
        moved[u"unit"_s] = kLinxiao;
        QCOMPARE(run(m_worker, u"notice.save"_s, moved, at(1), 1).errorCode, u"invalid_field"_s);
        const auto saved = run(m_worker, u"notice.save"_s, edit, at(1), 1);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(version(), 2);
        QCOMPARE(notice().value(u"title"_s).toString(), u"停水通知（更新）"_s);
        QCOMPARE(notice().value(u"updated_at"_s).toString(), u"2026-03-02T10:00:00+08:00"_s);
        // An edit typed on version 1 when the record is at 2 is a conflict, here as on the server.
        QCOMPARE(run(m_worker, u"notice.save"_s, edit, at(2), 1).errorCode, u"conflict"_s);
        QCOMPARE(m_outbox->pendingCount(), 2);
    }

    void submissionFreezesTheDefaultChainAndStoresRevisionOne()
    {
        const QString op = submitted(at(1));
        QVERIFY(!op.isEmpty());
        const QJsonObject d = notice();
        QCOMPARE(version(), 2);
        QCOMPARE(d.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(d.value(u"step"_s).toInt(), 1);
        QCOMPARE(d.value(u"revision"_s).toInt(), 1);
        QCOMPARE(d.value(u"step_role"_s).toString(), u"director"_s);
        QCOMPARE(d.value(u"reviewing_unit"_s).toString(), kHepan);
        QCOMPARE(d.value(u"step_started_at"_s).toString(), u"2026-03-02T10:00:00+08:00"_s);
        // 24 hours for a step unless the chain says otherwise.
        QCOMPARE(d.value(u"step_due_at"_s).toString(), u"2026-03-03T10:00:00+08:00"_s);
        const QJsonArray chain = d.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).toObject(),
            (QJsonObject { { u"role"_s, u"director"_s }, { u"level"_s, u"community"_s },
                { u"due_hours"_s, 24 } }));
        QCOMPARE(chain.at(1).toObject(),
            (QJsonObject {
                { u"role"_s, u"street"_s }, { u"level"_s, u"street"_s }, { u"due_hours"_s, 24 } }));
        // The revision's id is the submitting op's, as the server gives it.
        const auto revision = m_records->get(u"notice_revision"_s, op);
        QVERIFY(revision);
        QCOMPARE(revision->data.value(u"notice"_s).toString(), kN1);
        QCOMPARE(revision->data.value(u"revision"_s).toInt(), 1);
        QCOMPARE(revision->data.value(u"title"_s).toString(), u"停水通知"_s);
        QCOMPARE(
            revision->data.value(u"submitted_at"_s).toString(), u"2026-03-02T10:00:00+08:00"_s);
        QCOMPARE(revision->data.value(u"author_name"_s).toString(), u"林娜"_s);
        const auto revisions = item::loadRevisions(db(), kN1);
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.at(0).content.bodyHtml, u"<p>明天停水</p>"_s);
        // In review it cannot be edited or submitted again.
        QCOMPARE(
            run(m_worker, u"notice.save"_s, content(u"x"_s, u"<p>x</p>"_s), at(2), 2).errorCode,
            u"invalid_state"_s);
        QCOMPARE(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(2)).errorCode,
            u"invalid_state"_s);
    }

    void aDistrictsCategoryChainAddsItsStep()
    {
        // PRODUCT.md §3: e.g. add a district step for 政策解读.
        const QJsonObject config {
            { u"default"_s,
                QJsonArray {
                    QJsonObject { { u"role"_s, u"director"_s }, { u"level"_s, u"community"_s } },
                    QJsonObject { { u"role"_s, u"street"_s }, { u"level"_s, u"street"_s } } } },
            { u"categories"_s,
                QJsonObject { { u"政策解读"_s,
                    QJsonArray { QJsonObject {
                                     { u"role"_s, u"director"_s }, { u"level"_s, u"community"_s } },
                        QJsonObject { { u"role"_s, u"street"_s }, { u"level"_s, u"street"_s } },
                        QJsonObject { { u"role"_s, u"district"_s }, { u"level"_s, u"district"_s },
                            { u"due_hours"_s, 48 } } } } } }
        };
        putSettings(u"review_chain_config"_s, u"config"_s, config);
        QVERIFY(!submitted(at(0), u"政策解读"_s).isEmpty());
        QCOMPARE(notice().value(u"chain"_s).toArray().size(), 3);
        QCOMPARE(
            notice().value(u"chain"_s).toArray().at(2).toObject().value(u"due_hours"_s).toInt(),
            48);
        QVERIFY(!submitted(at(0), u"通知"_s, kN2).isEmpty());
        QCOMPARE(notice(kN2).value(u"chain"_s).toArray().size(), 2);
    }

    void theDistrictsChecksBlockSubmissionAndQueueNothing()
    {
        putSettings(u"sensitive_words"_s, u"words"_s, QJsonArray { u"祖传秘方"_s, u"包治百病"_s });
        QVERIFY(run(m_worker, u"notice.save"_s,
            content(u"健康讲座"_s, u"<p>祖传秘方，包治百病</p>"_s), at(0))
                    .ok());
        const int queued = m_outbox->pendingCount();
        const auto words = run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(1));
        QCOMPARE(words.errorCode, u"sensitive_word"_s);
        QVERIFY(words.error.contains(u"\"祖传秘方\" (body_html)"_s));
        QVERIFY(words.error.contains(u"\"包治百病\" (body_html)"_s));
        QCOMPARE(m_outbox->pendingCount(), queued);
        QCOMPARE(notice().value(u"state"_s).toString(), u"draft"_s);
        QCOMPARE(version(), 1);

        QVERIFY(run(m_worker, u"notice.save"_s,
            content(u"健康讲座"_s, u"<p>详见<a href=\"javascript:alert(1)\">这里</a></p>"_s), at(1),
            1)
                    .ok());
        QCOMPARE(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(1)).errorCode,
            u"invalid_link"_s);
        QJsonObject past = content(u"健康讲座"_s, u"<p>周三下午</p>"_s);
        past[u"scheduled_at"_s] = domain::isoTime(at(0));
        QVERIFY(run(m_worker, u"notice.save"_s, past, at(1), 2).ok());
        QCOMPARE(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(1)).errorCode,
            u"schedule_in_past"_s);
        QVERIFY(
            run(m_worker, u"notice.save"_s, content(u""_s, u"<p>周三下午</p>"_s), at(1), 3).ok());
        QCOMPARE(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(1)).errorCode,
            u"required"_s);
    }

    void reviewersDecideInOrderWithRatingAndComment()
    {
        QVERIFY(!submitted(at(0)).isEmpty());
        const auto approve = [&](const Actor &actor, const QJsonObject &extra, qint64 now) {
            QJsonObject payload { { u"notice"_s, kN1 } };
            for (auto it = extra.begin(); it != extra.end(); ++it)
                payload.insert(it.key(), it.value());
            return run(actor, u"notice.approve"_s, payload, now);
        };
        // PRODUCT.md §3: nobody approves their own notice; steps run in order, none skipped.
        QCOMPARE(approve(m_worker, { { u"quality"_s, 5 } }, at(1)).errorCode, u"self_approval"_s);
        QCOMPARE(approve(m_street, { { u"quality"_s, 5 } }, at(1)).errorCode, u"step_skipped"_s);
        QCOMPARE(approve(m_director, {}, at(1)).errorCode, u"quality_required"_s);
        QCOMPARE(approve(m_director, { { u"quality"_s, 6 } }, at(1)).errorCode, u"invalid_field"_s);

        const auto first
            = approve(m_director, { { u"quality"_s, 4 }, { u"comment"_s, u"同意"_s } }, at(2));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(notice().value(u"step"_s).toInt(), 2);
        QCOMPARE(notice().value(u"step_role"_s).toString(), u"street"_s);
        QCOMPARE(notice().value(u"reviewing_unit"_s).toString(), kStreet);
        QCOMPARE(notice().value(u"step_due_at"_s).toString(), u"2026-03-03T11:00:00+08:00"_s);
        QCOMPARE(version(), 3);
        const auto review = m_records->get(u"review"_s, first.opId);
        QVERIFY(review);
        QCOMPARE(review->data,
            (QJsonObject { { u"id"_s, first.opId }, { u"notice"_s, kN1 }, { u"revision"_s, 1 },
                { u"step"_s, 1 }, { u"reviewer"_s, u"u-director"_s },
                { u"reviewer_name"_s, u"王主任"_s }, { u"reviewer_role"_s, u"director"_s },
                { u"reviewer_unit"_s, kHepan }, { u"approved"_s, true }, { u"quality"_s, 4 },
                { u"comment"_s, u"同意"_s }, { u"at"_s, u"2026-03-02T11:00:00+08:00"_s } }));
        QCOMPARE(
            approve(m_director, { { u"quality"_s, 4 } }, at(3)).errorCode, u"not_current_step"_s);

        QCOMPARE(run(m_street, u"notice.reject"_s,
                     { { u"notice"_s, kN1 }, { u"comment"_s, u"  "_s } }, at(3))
                     .errorCode,
            u"comment_required"_s);
        QCOMPARE(run(m_street, u"notice.reject"_s, { { u"notice"_s, kN1 } }, at(3)).errorCode,
            u"invalid_field"_s);
        const auto reject = run(m_street, u"notice.reject"_s,
            { { u"notice"_s, kN1 }, { u"comment"_s, u"请补充报名方式"_s } }, at(3));
        QVERIFY2(reject.ok(), qPrintable(reject.error));
        QCOMPARE(notice().value(u"state"_s).toString(), u"rejected"_s);
        QCOMPARE(notice().value(u"step"_s).toInt(), 0);
        QVERIFY(notice().value(u"step_due_at"_s).isNull());
        const auto reviews = item::loadReviews(db(), kN1);
        QCOMPARE(reviews.size(), 2);
        QVERIFY(reviews.at(0).review.approved);
        QVERIFY(!reviews.at(1).review.approved);
        QCOMPARE(reviews.at(1).review.comment, u"请补充报名方式"_s);
        QCOMPARE(reviews.at(1).reviewerName, u"赵科长"_s);
        QVERIFY(m_records->get(u"review"_s, reject.opId)->data.value(u"quality"_s).isNull());

        // A rejected notice is edited and resubmitted: revision 2, back at step 1.
        QVERIFY(run(m_worker, u"notice.save"_s,
            content(u"停水通知"_s, u"<p>明天停水，报名电话 12345</p>"_s), at(4), 4)
                    .ok());
        QVERIFY(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(5), 5).ok());
        QCOMPARE(notice().value(u"revision"_s).toInt(), 2);
        QCOMPARE(notice().value(u"step"_s).toInt(), 1);
        QCOMPARE(item::loadRevisions(db(), kN1).size(), 2);
    }

    void theQueueAndTheBadgesFollowTheAppliedChanges()
    {
        item::registerNoticeBadges();
        item::registerNoticeBadges();
        QCOMPARE(item::orgBadges().size(), 1);
        item::OrgTreeModel tree;
        tree.load(db(), kDistrict);

        QVERIFY(!submitted(at(0)).isEmpty());
        QCOMPARE(item::awaitingReviewCount(db(), m_director), 1);
        QCOMPARE(item::awaitingReviewCount(db(), m_street), 0);
        QCOMPARE(item::awaitingReviewCount(db(), m_worker), 0);
        tree.refreshBadges();
        QCOMPARE(tree.badge(kHepan, u"review"_s), 1);
        QCOMPARE(tree.badge(kStreet, u"review"_s), 1);
        QCOMPARE(tree.badge(kDistrict, u"review"_s), 1);
        QCOMPARE(tree.badge(kLinxiao, u"review"_s), 0);

        QVERIFY(run(
            m_director, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 3 } }, at(1))
                    .ok());
        QCOMPARE(item::awaitingReviewCount(db(), m_director), 0);
        const auto street = item::awaitingReview(db(), m_street);
        QCOMPARE(street.size(), 1);
        QCOMPARE(street.at(0).notice.id, kN1);
        QCOMPARE(street.at(0).notice.step, 2);

        QVERIFY(run(m_street, u"notice.reject"_s,
            { { u"notice"_s, kN1 }, { u"comment"_s, u"改"_s } }, at(2))
                    .ok());
        QCOMPARE(item::awaitingReviewCount(db(), m_street), 0);
        tree.refreshBadges();
        QCOMPARE(tree.badge(kDistrict, u"review"_s), 0);
    }

    void aRefusedSubmissionIsRolledBackWithItsRevision()
    {
        const auto save
            = run(m_worker, u"notice.save"_s, content(u"停水通知"_s, u"<p>明天停水</p>"_s), at(0));
        QVERIFY(m_queue->settleApplied(save.opId));
        const auto submit = run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(1));
        QVERIFY(submit.ok());
        QCOMPARE(item::awaitingReviewCount(db(), m_director), 1);
        // The server found a word the client's copy of the list did not have yet.
        const QJsonObject error { { u"code"_s, u"sensitive_word"_s },
            { u"message"_s, u"\"停水\" (title)"_s } };
        QVERIFY(m_queue->settleRefused(submit.opId, OutboxEntry::State::Rejected, error, m_worker));
        QCOMPARE(notice().value(u"state"_s).toString(), u"draft"_s);
        QCOMPARE(version(), 1);
        QVERIFY(!m_records->get(u"notice_revision"_s, submit.opId));
        QCOMPARE(item::awaitingReviewCount(db(), m_director), 0);
        QCOMPARE(m_outbox->problemCount(), 1);
        QCOMPARE(m_outbox->problems().at(0).summary, u"停水通知"_s);
    }

    void aRefusedApprovalIsRolledBackWithItsReview()
    {
        const QString submitOp = submitted(at(0));
        for (const auto &e : m_outbox->pending())
            QVERIFY(m_queue->settleApplied(e.opId));
        const auto approve = run(m_director, u"notice.approve"_s,
            { { u"notice"_s, kN1 }, { u"quality"_s, 5 } }, at(1), 2);
        QVERIFY(approve.ok());
        QCOMPARE(notice().value(u"step"_s).toInt(), 2);
        // Meanwhile the author withdrew it on the server.
        const QJsonObject error { { u"code"_s, u"conflict"_s },
            { u"message"_s, u"changed since version 2"_s } };
        QVERIFY(
            m_queue->settleRefused(approve.opId, OutboxEntry::State::Conflict, error, m_director));
        QCOMPARE(notice().value(u"step"_s).toInt(), 1);
        QCOMPARE(version(), 2);
        QVERIFY(!m_records->get(u"review"_s, approve.opId));
        QVERIFY(m_records->get(u"notice_revision"_s, submitOp));
        QCOMPARE(item::awaitingReviewCount(db(), m_director), 1);
    }

    void aRefusedCreationRemovesTheDraft()
    {
        const auto save
            = run(m_worker, u"notice.save"_s, content(u"停水通知"_s, u"<p>明天停水</p>"_s), at(0));
        QVERIFY(m_records->get(u"notice"_s, kN1));
        const QJsonObject error { { u"code"_s, u"forbidden"_s },
            { u"message"_s, u"not allowed"_s } };
        QVERIFY(m_queue->settleRefused(save.opId, OutboxEntry::State::Rejected, error, m_worker));
        QVERIFY(!m_records->get(u"notice"_s, kN1));
    }

    void theAuthorWithdrawsAndTheUnitPublishes()
    {
        QVERIFY(!submitted(at(0)).isEmpty());
        QCOMPARE(run(m_director, u"notice.withdraw"_s, { { u"notice"_s, kN1 } }, at(1)).errorCode,
            u"forbidden"_s);
        QVERIFY(run(m_worker, u"notice.withdraw"_s, { { u"notice"_s, kN1 } }, at(1)).ok());
        QCOMPARE(notice().value(u"state"_s).toString(), u"withdrawn"_s);
        QCOMPARE(notice().value(u"step"_s).toInt(), 0);
        QVERIFY(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(2)).ok());
        QCOMPARE(notice().value(u"revision"_s).toInt(), 2);
        QVERIFY(run(
            m_director, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 5 } }, at(3))
                    .ok());
        QCOMPARE(run(m_director, u"notice.publish"_s, { { u"notice"_s, kN1 } }, at(3)).errorCode,
            u"not_approved"_s);
        QVERIFY(
            run(m_street, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 3 } }, at(4))
                .ok());
        QCOMPARE(notice().value(u"state"_s).toString(), u"approved"_s);
        // Publishing is the unit's own; the street approved but does not publish for it.
        QCOMPARE(run(m_street, u"notice.publish"_s, { { u"notice"_s, kN1 } }, at(5)).errorCode,
            u"forbidden"_s);
        QVERIFY(run(m_director, u"notice.publish"_s, { { u"notice"_s, kN1 } }, at(5)).ok());
        QCOMPARE(notice().value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(notice().value(u"published_at"_s).toString(), u"2026-03-02T14:00:00+08:00"_s);
        QCOMPARE(run(m_worker, u"notice.save"_s, content(u"x"_s, u"<p>x</p>"_s), at(6), version())
                     .errorCode,
            u"immutable"_s);
    }

    void aScheduledNoticeWaitsForItsTime()
    {
        QJsonObject scheduled = content(u"消防演练"_s, u"<p>周六上午</p>"_s);
        scheduled[u"scheduled_at"_s] = domain::isoTime(at(48));
        QVERIFY(run(m_worker, u"notice.save"_s, scheduled, at(0)).ok());
        QVERIFY(run(m_worker, u"notice.submit"_s, { { u"notice"_s, kN1 } }, at(0)).ok());
        QVERIFY(run(
            m_director, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 4 } }, at(1))
                    .ok());
        QVERIFY(
            run(m_street, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 4 } }, at(2))
                .ok());
        QVERIFY(run(m_worker, u"notice.publish"_s, { { u"notice"_s, kN1 } }, at(3)).ok());
        QCOMPARE(notice().value(u"state"_s).toString(), u"approved"_s);
        QVERIFY(notice().value(u"publish_requested"_s).toBool());
        QVERIFY(notice().value(u"published_at"_s).isNull());
    }

    void aCorrectionIsANewNoticeLinkedToThePublishedOne()
    {
        QVERIFY(!submitted(at(0)).isEmpty());
        QJsonObject correction
            = content(u"停水通知（更正）"_s, u"<p>改为后天停水</p>"_s, u"通知"_s, kN2);
        correction[u"corrects"_s] = kN1;
        // Only a published notice is corrected.
        QCOMPARE(run(m_worker, u"notice.save"_s, correction, at(1)).errorCode, u"not_published"_s);
        QVERIFY(run(
            m_director, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 4 } }, at(1))
                    .ok());
        QVERIFY(
            run(m_street, u"notice.approve"_s, { { u"notice"_s, kN1 }, { u"quality"_s, 4 } }, at(2))
                .ok());
        QVERIFY(run(m_director, u"notice.publish"_s, { { u"notice"_s, kN1 } }, at(3)).ok());
        const auto created = run(m_worker, u"notice.save"_s, correction, at(4));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(notice(kN2).value(u"corrects"_s).toString(), kN1);
        QCOMPARE(notice(kN2).value(u"state"_s).toString(), u"draft"_s);
        QCOMPARE(notice(kN1).value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(column(u"SELECT corrects FROM notice WHERE id = ?"_s, kN2), kN1);
    }

    void theDistrictEditsItsWordsAndChainsForEveryUnit()
    {
        const QJsonObject words { { u"district"_s, kDistrict },
            { u"words"_s,
                QJsonArray { u" 祖传秘方 "_s, u"祖传秘方"_s, u""_s, u"ＡＢＣ"_s, u"abc"_s } } };
        // The district is above a community's and a street's subtree: not found, as on the server;
        // a viewer of the district may look but not edit.
        QCOMPARE(
            run(m_worker, u"sensitive_words.update"_s, words, at(0)).errorCode, u"not_found"_s);
        QCOMPARE(
            run(m_street, u"sensitive_words.update"_s, words, at(0)).errorCode, u"not_found"_s);
        const Actor viewer { u"u-viewer"_s, Role::Viewer, kDistrict, Level::District,
            u"/210100/210111/"_s };
        QCOMPARE(run(viewer, u"sensitive_words.update"_s, words, at(0)).errorCode, u"forbidden"_s);
        QJsonObject notDistrict = words;
        notDistrict[u"district"_s] = kStreet;
        QCOMPARE(run(m_district, u"sensitive_words.update"_s, notDistrict, at(0)).errorCode,
            u"invalid_field"_s);
        const auto r = run(m_district, u"sensitive_words.update"_s, words, at(0));
        QVERIFY2(r.ok(), qPrintable(r.error));
        // A copy for every residential unit of the district (docs/api.md §Notices), none for the
        // city.
        for (const QString &code : { kDistrict, kStreet, kHepan, kLinxiao }) {
            const auto copy = m_records->get(u"sensitive_words"_s, code);
            QVERIFY2(copy, qPrintable(code));
            QCOMPARE(copy->version, 1);
            QCOMPARE(copy->data.value(u"words"_s).toArray(),
                (QJsonArray { u"祖传秘方"_s, u"ＡＢＣ"_s }));
            QCOMPARE(copy->data.value(u"district"_s).toString(), kDistrict);
        }
        QVERIFY(!m_records->get(u"sensitive_words"_s, kCity));
        QCOMPARE(item::loadNoticeSettings(db(), kHepan).words.words(),
            (QStringList { u"祖传秘方"_s, u"ＡＢＣ"_s }));
        QCOMPARE(
            run(m_district, u"sensitive_words.update"_s, words, at(1), 0).errorCode, u"conflict"_s);

        // The chain: validated with the domain's validators before anything is queued.
        const QJsonObject badChain { { u"district"_s, kDistrict },
            { u"config"_s,
                QJsonObject { { u"default"_s,
                    QJsonArray {
                        QJsonObject { { u"role"_s, u"street"_s }, { u"level"_s, u"street"_s } },
                        QJsonObject { { u"role"_s, u"director"_s },
                            { u"level"_s, u"community"_s } } } } } } };
        QCOMPARE(run(m_district, u"review_chain_config.update"_s, badChain, at(1)).errorCode,
            u"level_order"_s);
        const QJsonObject chain { { u"district"_s, kDistrict },
            { u"config"_s,
                QJsonObject { { u"default"_s,
                                  QJsonArray { QJsonObject { { u"role"_s, u"director"_s },
                                                   { u"level"_s, u"community"_s } },
                                      QJsonObject { { u"role"_s, u"street"_s },
                                          { u"level"_s, u"street"_s } } } },
                    { u"categories"_s,
                        QJsonObject { { u"政策解读"_s,
                            QJsonArray { QJsonObject { { u"role"_s, u"director"_s },
                                             { u"level"_s, u"community"_s } },
                                QJsonObject {
                                    { u"role"_s, u"street"_s }, { u"level"_s, u"street"_s } },
                                QJsonObject { { u"role"_s, u"district"_s },
                                    { u"level"_s, u"district"_s } } } } } } } } };
        QVERIFY(run(m_district, u"review_chain_config.update"_s, chain, at(1)).ok());
        const auto settings = item::loadNoticeSettings(db(), kHepan);
        QCOMPARE(settings.chainsVersion, 1);
        QCOMPARE(settings.chains.byCategory.value(u"政策解读"_s).size(), 3);
        // A 政策解读 submitted afterwards, even offline, freezes the new chain.
        QVERIFY(!submitted(at(2), u"政策解读"_s).isEmpty());
        QCOMPARE(notice().value(u"chain"_s).toArray().size(), 3);
    }

    void theQueuesPageThroughThePublishedNotices()
    {
        // 150 published notices of 河畔社区, one an hour, read a page at a time.
        for (int i = 0; i < 150; ++i) {
            const QString id = u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
            const QJsonObject data { { u"id"_s, id }, { u"unit"_s, kHepan },
                { u"author"_s, u"u-worker"_s }, { u"category"_s, u"活动"_s },
                { u"title"_s, u"第%1期活动"_s.arg(i) }, { u"body_html"_s, u"<p>x</p>"_s },
                { u"state"_s, u"published"_s }, { u"published_at"_s, domain::isoTime(at(i)) },
                { u"updated_at"_s, domain::isoTime(at(i)) }, { u"reads"_s, i * 10 } };
            QVERIFY(m_records->applyPulled(u"notice"_s, id, 3, false, data));
        }
        QVERIFY(run(m_worker, u"notice.save"_s, content(u"停水通知"_s, u"<p>明天停水</p>"_s), at(0))
                    .ok());
        item::NoticeListModel model;
        model.setDatabase(db());
        model.setQuery(item::NoticeListModel::Queue::Published, m_street, m_street.unitPath);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(
            model.index(0).data(item::NoticeListModel::TitleRole).toString(), u"第149期活动"_s);
        QCOMPARE(model.index(0).data(item::NoticeListModel::ReadsRole).toLongLong(), 1490);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(
            model.index(149).data(item::NoticeListModel::TitleRole).toString(), u"第0期活动"_s);
        for (int row = 1; row < 150; ++row) {
            QVERIFY(model.index(row - 1).data(item::NoticeListModel::PublishedAtRole).toLongLong()
                > model.index(row).data(item::NoticeListModel::PublishedAtRole).toLongLong());
        }
        // Another community's subtree has none of them.
        model.setQuery(
            item::NoticeListModel::Queue::Published, m_otherWorker, m_otherWorker.unitPath);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        // A title search.
        model.setQuery(
            item::NoticeListModel::Queue::Published, m_street, m_street.unitPath, u"第14"_s);
        model.reload();
        QCOMPARE(model.rowCount(), 11); // 第14期 and 第140–149期
        // My drafts: the worker's own, not yet published.
        model.setQuery(item::NoticeListModel::Queue::Mine, m_worker, m_worker.unitPath);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(item::NoticeListModel::IdRole).toString(), kN1);
        QCOMPARE(model.index(0).data(item::NoticeListModel::StateRole).toString(), u"draft"_s);
    }

    void theInReviewQueueMarksOverdueSteps()
    {
        QVERIFY(!submitted(at(0)).isEmpty());
        item::NoticeListModel model;
        model.setDatabase(db());
        model.setQuery(item::NoticeListModel::Queue::InReview, m_street, m_street.unitPath);
        model.setNow(at(24)); // at the due time itself it is not yet late
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(item::NoticeListModel::StepDueAtRole).toLongLong(), at(24));
        QCOMPARE(
            model.index(0).data(item::NoticeListModel::StepRoleRole).toString(), u"director"_s);
        QVERIFY(!model.index(0).data(item::NoticeListModel::OverdueRole).toBool());
        model.setNow(at(24, 1));
        QVERIFY(model.index(0).data(item::NoticeListModel::OverdueRole).toBool());
        model.setQuery(item::NoticeListModel::Queue::AwaitingMe, m_director, m_director.unitPath);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(item::NoticeListModel::Queue::AwaitingMe, m_worker, m_worker.unitPath);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticesClient)
#include "tst_notices_client.moc"
