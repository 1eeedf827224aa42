// PRODUCT.md §3 and API.md notice.* against a live server on SQLite and PostgreSQL: the review
// chain through the sync API (主任一审、街道二审), its rules (no self-approval, no skipping,
// rejection back to the author, immutability once published), the districts' chains per
// category and sensitive words, scheduled publishing and overdue steps by the job, the reads
// intake, the reads of notices, and the demo's notices.

#include "db.h"
#include "domain/chinatime.h"
#include "domain/sensitivewords.h"
#include "notices.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <map>

using namespace Qt::StringLiterals;
using namespace civic::test;
using civic::server::Db;
using civic::server::DbConfig;

namespace {

const QString kHepan = u"210111001001"_s;
const QString kSujiatun = u"210111"_s;

struct Account
{
    QString token;
    QString id;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject savePayload(const QString &id, const QString &category, const QString &title,
    const QString &body, std::optional<qint64> scheduledAt = std::nullopt,
    const QString &corrects = {})
{
    QJsonObject payload { { u"id"_s, id }, { u"unit"_s, kHepan }, { u"category"_s, category },
        { u"title"_s, title }, { u"body_html"_s, body },
        { u"scheduled_at"_s,
            scheduledAt ? QJsonValue(civic::domain::isoTime(*scheduledAt))
                        : QJsonValue(QJsonValue::Null) } };
    if (!corrects.isEmpty())
        payload.insert(u"corrects"_s, corrects);
    return payload;
}

QJsonObject notice(const QString &id)
{
    return QJsonObject { { u"notice"_s, id } };
}

QString status(const QJsonObject &result)
{
    return result.value(u"status"_s).toString();
}

QString errorCode(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString errorField(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"field"_s).toString();
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

// The notifications about `noticeId` of `type` that `token` pulls since `since`.
QList<QJsonObject> notifications(
    Http &http, const QString &token, qint64 since, const QString &noticeId, const QString &type)
{
    QList<QJsonObject> list;
    for (const auto &c : ofKind(pullAll(http, token, since), u"notification"_s)) {
        const QJsonObject data = c.value(u"data"_s).toObject();
        if (data.value(u"ref_id"_s).toString() == noticeId
            && data.value(u"type"_s).toString() == type)
            list.append(data);
    }
    return list;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<DemoServer>> m_servers;
    std::map<QString, QString> m_unavailable;
    QHash<QString, Account> m_accounts;

    QString backend()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }

    // One demo server per backend, shared by the test functions: each works on notices of
    // its own.
    DemoServer *server()
    {
        const QString b = backend();
        if (m_unavailable.count(b))
            return nullptr;
        auto &slot = m_servers[b];
        if (!slot) {
            auto s = std::make_unique<DemoServer>();
            QString why;
            if (!s->start(b, &why)) {
                m_unavailable[b] = why;
                m_servers.erase(b);
                return nullptr;
            }
            slot = std::move(s);
        }
        return slot.get();
    }

    QString whyUnavailable() { return m_unavailable[backend()]; }

    Account account(const QString &username)
    {
        const QString key = backend() + u'/' + username;
        auto it = m_accounts.find(key);
        if (it == m_accounts.end()) {
            const QJsonObject reply = loginReply(server()->http(), username);
            it = m_accounts.insert(key,
                Account { reply.value(u"access_token"_s).toString(),
                    reply.value(u"user"_s).toObject().value(u"id"_s).toString() });
        }
        return *it;
    }

    QJsonObject apply(const QString &username, const QJsonObject &o)
    {
        const HttpReply reply = push(server()->http(), account(username).token, { o });
        return reply.json().value(u"results"_s).toArray().at(0).toObject();
    }

    QJsonObject get(const QString &username, const QString &path, int expectedStatus = 200)
    {
        const HttpReply reply = server()->http().get(path, account(username).token);
        if (reply.status != expectedStatus)
            qWarning().noquote() << path << reply.status << reply.body;
        return reply.status == expectedStatus ? reply.json() : QJsonObject();
    }

    QJsonObject getNotice(const QString &username, const QString &id)
    {
        return get(username, u"/api/v1/notices/"_s + id);
    }

    // A 通知 by demo.worker, saved and submitted; returns its id.
    QString submitted(const QString &category = u"通知"_s, const QString &author = u"demo.worker"_s)
    {
        const QString id = newId();
        if (status(apply(author,
                op(u"notice.save"_s,
                    savePayload(id, category, u"社区通知"_s, u"<p>请居民周知。</p>"_s))))
            != u"applied")
            return {};
        if (status(apply(author, op(u"notice.submit"_s, notice(id)))) != u"applied")
            return {};
        return id;
    }

    QJsonObject approve(const QString &username, const QString &id, int quality = 4)
    {
        return apply(username,
            op(u"notice.approve"_s,
                { { u"notice"_s, id }, { u"comment"_s, u"同意"_s }, { u"quality"_s, quality } }));
    }

    DbConfig dbConfig()
    {
        QString error;
        const QStringList args = server()->database().serverArgs();
        return *(args.at(0) == u"--data" ? DbConfig::fromArguments(args.at(1), {}, &error)
                                         : DbConfig::fromArguments({}, args.at(1), &error));
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void cleanupTestCase()
    {
        for (auto &[name, s] : m_servers)
            s->stop();
    }

    void theDemoHasNoticesOfEveryKind()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        for (const auto &state : { u"draft"_s, u"in_review"_s, u"approved"_s, u"published"_s,
                 u"rejected"_s, u"withdrawn"_s }) {
            const QJsonObject page
                = get(u"demo.worker"_s, u"/api/v1/notices?state=%1&per_page=1"_s.arg(state));
            QVERIFY2(page.value(u"total"_s).toInteger() > 0, qPrintable(state));
        }
        // Every step of 河畔社区's chains awaits someone, and the scheduled one waits.
        QJsonObject inReview
            = get(u"demo.worker"_s, u"/api/v1/notices?state=in_review&per_page=200"_s);
        QSet<int> steps;
        for (const auto &item : inReview.value(u"items"_s).toArray())
            steps.insert(item.toObject().value(u"step"_s).toInt());
        QCOMPARE(steps, (QSet<int> { 1, 2, 3 }));

        const PullResult city = pullAll(s->http(), account(u"demo.city"_s).token, 0, 5000);
        const civic::domain::SensitiveWordList words({ u"祖传秘方"_s, u"包治百病"_s, u"根治"_s,
            u"特效药"_s, u"国家级"_s, u"最高级"_s, u"稳赚不赔"_s, u"保本保息"_s, u"高额回报"_s,
            u"内部消息"_s, u"代开发票"_s, u"裸贷"_s });
        QHash<QString, qint64> latest; // community → latest publication
        QSet<QString> sujiatunMonths;
        QSet<QString> communities;
        int scheduled = 0;
        int corrections = 0;
        for (const auto &c : ofKind(city, u"org_unit"_s)) {
            if (c.value(u"data"_s).toObject().value(u"level"_s).toString() == u"community")
                communities.insert(c.value(u"id"_s).toString());
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &c : ofKind(city, u"notice"_s)) {
            const QJsonObject d = c.value(u"data"_s).toObject();
            const QString unit = d.value(u"unit"_s).toString();
            scheduled += d.value(u"publish_requested"_s).toBool();
            corrections += !d.value(u"corrects"_s).isNull();
            if (d.value(u"state"_s).toString() != u"published")
                continue;
            const qint64 at = *civic::domain::parseIsoTime(d.value(u"published_at"_s).toString());
            latest[unit] = std::max(latest.value(unit), at);
            // Nothing the demo published would have passed 苏家屯区's list.
            const QString text = d.value(u"title"_s).toString()
                + civic::domain::plainTextFromHtml(d.value(u"body_html"_s).toString());
            QVERIFY2(!words.containsAny(text), qPrintable(d.value(u"title"_s).toString()));
            QVERIFY(d.value(u"reads"_s).toInteger() > 0 || at > now - 86400'000);
            if (unit.startsWith(kSujiatun))
                sujiatunMonths.insert(d.value(u"published_at"_s).toString().left(7));
        }
        QVERIFY(scheduled >= 1);
        QVERIFY(corrections >= 1);
        QVERIFY(sujiatunMonths.size() >= 12); // a year of circulars
        // PRODUCT.md §4: a few communities are quiet for 14 days, most are not.
        int quiet = 0;
        for (const auto &code : communities)
            quiet += latest.value(code) < now - 14 * 86400'000LL;
        QCOMPARE(quiet, 6); // two per district
        QVERIFY(latest.value(kHepan) > now - 14 * 86400'000LL);

        // The demo's overdue step (林校社区) was reminded once, by the demo: the server's job,
        // which ran at start, added no second reminder.
        int overdueReminders = 0;
        for (const auto &c : ofKind(city, u"notification"_s)) {
            const QJsonObject d = c.value(u"data"_s).toObject();
            overdueReminders += d.value(u"type"_s).toString() == u"notice.review_overdue"
                && d.value(u"unit"_s).toString() == u"210111001002";
        }
        QCOMPARE(overdueReminders, 1);
        Db db(dbConfig());
        QCOMPARE(civic::server::notices::remindOverdueReviews(db, now), 0);
    }

    void fullChainThroughTheApi()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        const Account worker = account(u"demo.worker"_s);
        const Account director = account(u"demo.director"_s);
        const Account street = account(u"demo.street"_s);
        const QString id = newId();

        // 大学生社工编写: the worker saves and submits.
        QJsonObject r = apply(u"demo.worker"_s,
            op(u"notice.save"_s, savePayload(id, u"通知"_s, u"停水通知"_s, u"<p>明天停水</p>"_s)));
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"entity_id"_s).toString(), id);
        QCOMPARE(r.value(u"version"_s).toInt(), 1);
        const QString submit1 = newId();
        r = apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(id), std::nullopt, submit1));
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 2);
        QJsonObject n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(n.value(u"step"_s).toInt(), 1);
        QCOMPARE(n.value(u"revision"_s).toInt(), 1);
        QCOMPARE(n.value(u"chain"_s).toArray().size(), 2);
        QCOMPARE(n.value(u"step_role"_s).toString(), u"director"_s);
        QCOMPARE(n.value(u"reviewing_unit"_s).toString(), kHepan);

        // 主任一审 with a quality rating, then 街道二审 sends it back.
        const QString approve1 = newId();
        r = apply(u"demo.director"_s,
            op(u"notice.approve"_s,
                { { u"notice"_s, id }, { u"comment"_s, u"同意"_s }, { u"quality"_s, 4 } },
                std::nullopt, approve1));
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 3);
        QCOMPARE(getNotice(u"demo.street"_s, id).value(u"step"_s).toInt(), 2);
        const qint64 beforeReject = s->seq();
        r = apply(u"demo.street"_s,
            op(u"notice.reject"_s,
                { { u"notice"_s, id }, { u"comment"_s, u"请写明停水的楼栋和时间"_s } }));
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 4);
        n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"rejected"_s);
        QCOMPARE(n.value(u"step"_s).toInt(), 0);

        // The author and the director who approved step 1 hear of it, the street does not.
        const auto toWorker
            = notifications(s->http(), worker.token, beforeReject, id, u"notice.rejected"_s);
        QCOMPARE(toWorker.size(), 2); // both land at 河畔社区: one for each person
        QSet<QString> addressed;
        for (const auto &note : toWorker) {
            addressed.insert(note.value(u"user"_s).toString());
            QCOMPARE(note.value(u"body"_s).toString(), u"请写明停水的楼栋和时间"_s);
        }
        QCOMPARE(addressed, (QSet<QString> { worker.id, director.id }));
        QVERIFY(!addressed.contains(street.id));

        // The worker edits with the version it holds; a stale version is a conflict.
        const QString body2 = u"<p>明天8:00至17:00，7号楼至12号楼停水</p>"_s;
        r = apply(u"demo.worker"_s,
            op(u"notice.save"_s, savePayload(id, u"通知"_s, u"停水通知"_s, body2), 4));
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 5);
        const qint64 seq = s->seq();
        r = apply(u"demo.worker"_s,
            op(u"notice.save"_s, savePayload(id, u"通知"_s, u"停水通知！"_s, body2), 4));
        QCOMPARE(status(r), u"conflict"_s);
        QCOMPARE(errorCode(r), u"conflict"_s);
        QCOMPARE(r.value(u"current"_s).toObject().value(u"version"_s).toInt(), 5);
        QCOMPARE(r.value(u"current"_s).toObject().value(u"body_html"_s).toString(), body2);
        r = apply(u"demo.worker"_s,
            op(u"notice.save"_s, savePayload(id, u"通知"_s, u"停水通知！"_s, body2)));
        QCOMPARE(errorCode(r), u"invalid_field"_s);
        QCOMPARE(errorField(r), u"base_version"_s);
        QCOMPARE(s->seq(), seq);

        // Resubmission starts at step 1 again as revision 2.
        const QString submit2 = newId();
        r = apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(id), std::nullopt, submit2));
        QCOMPARE(status(r), u"applied"_s);
        n = getNotice(u"demo.director"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(n.value(u"step"_s).toInt(), 1);
        QCOMPARE(n.value(u"revision"_s).toInt(), 2);
        QCOMPARE(status(approve(u"demo.director"_s, id, 5)), u"applied"_s);
        r = approve(u"demo.street"_s, id, 4);
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 8);
        QCOMPARE(getNotice(u"demo.worker"_s, id).value(u"state"_s).toString(), u"approved"_s);

        // 社区发布, after which the notice never changes.
        r = apply(u"demo.worker"_s, op(u"notice.publish"_s, notice(id)));
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"version"_s).toInt(), 9);
        n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"published"_s);
        QVERIFY(civic::domain::parseIsoTime(n.value(u"published_at"_s).toString()).has_value());
        r = apply(u"demo.worker"_s,
            op(u"notice.save"_s, savePayload(id, u"通知"_s, u"停水通知（改）"_s, body2), 9));
        QCOMPARE(status(r), u"rejected"_s);
        QCOMPARE(errorCode(r), u"immutable"_s);
        QCOMPARE(
            status(apply(u"demo.worker"_s, op(u"notice.withdraw"_s, notice(id)))), u"rejected"_s);

        // The record: two revisions (ids the client predicted: the submit ops' ids), the
        // word diff of the second, and four decisions in order.
        const QJsonArray revisions = n.value(u"revisions"_s).toArray();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).toObject().value(u"id"_s).toString(), submit1);
        QCOMPARE(revisions.at(1).toObject().value(u"id"_s).toString(), submit2);
        QCOMPARE(revisions.at(0).toObject().value(u"body_html"_s).toString(), u"<p>明天停水</p>"_s);
        QVERIFY(revisions.at(0).toObject().value(u"diff"_s).isNull());
        const QJsonArray diff
            = revisions.at(1).toObject().value(u"diff"_s).toObject().value(u"body"_s).toArray();
        QVERIFY(diff.size() >= 3);
        QCOMPARE(diff.at(0).toObject(),
            (QJsonObject { { u"kind"_s, u"equal"_s }, { u"text"_s, u"明天"_s } }));
        QCOMPARE(diff.at(1).toObject(),
            (QJsonObject {
                { u"kind"_s, u"insert"_s }, { u"text"_s, u"8:00至17:00，7号楼至12号楼"_s } }));
        QVERIFY(diff.at(2).toObject().value(u"text"_s).toString().startsWith(u"停水"_s));
        const QJsonArray reviews = n.value(u"reviews"_s).toArray();
        QCOMPARE(reviews.size(), 4);
        const QJsonObject first = reviews.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), approve1);
        QCOMPARE(first.value(u"reviewer"_s).toString(), director.id);
        QCOMPARE(first.value(u"reviewer_role"_s).toString(), u"director"_s);
        QCOMPARE(first.value(u"reviewer_unit"_s).toString(), kHepan);
        QCOMPARE(first.value(u"quality"_s).toInt(), 4);
        QCOMPARE(first.value(u"approved"_s).toBool(), true);
        const QJsonObject rejection = reviews.at(1).toObject();
        QCOMPARE(rejection.value(u"approved"_s).toBool(), false);
        QCOMPARE(rejection.value(u"step"_s).toInt(), 2);
        QCOMPARE(rejection.value(u"revision"_s).toInt(), 1);
        QVERIFY(rejection.value(u"quality"_s).isNull());
        QCOMPARE(rejection.value(u"reviewer_unit"_s).toString(), u"210111001"_s);
        QCOMPARE(reviews.at(2).toObject().value(u"quality"_s).toInt(), 5);
        QCOMPARE(reviews.at(2).toObject().value(u"revision"_s).toInt(), 2);
        QCOMPARE(reviews.at(3).toObject().value(u"step"_s).toInt(), 2);

        // The same record reaches the clients through the pull, with its revisions and reviews.
        const PullResult pulled = pullAll(s->http(), street.token, beforeReject);
        bool sawNotice = false;
        for (const auto &c : ofKind(pulled, u"notice"_s)) {
            if (c.value(u"id"_s).toString() == id) {
                sawNotice = true;
                QCOMPARE(c.value(u"version"_s).toInt(), 9);
                QCOMPARE(
                    c.value(u"data"_s).toObject().value(u"state"_s).toString(), u"published"_s);
            }
        }
        QVERIFY(sawNotice);
        int revisionRecords = 0;
        for (const auto &c : ofKind(pulled, u"notice_revision"_s))
            revisionRecords += c.value(u"data"_s).toObject().value(u"notice"_s).toString() == id;
        QCOMPARE(revisionRecords, 1); // the second; the first came before `beforeReject`

        // A correction (更正) is a new notice naming the published one.
        const QString fix = newId();
        r = apply(u"demo.worker"_s,
            op(u"notice.save"_s,
                savePayload(fix, u"通知"_s, u"更正：停水通知"_s,
                    u"<p>停水时间更正为9:00至16:00</p>"_s, std::nullopt, id)));
        QCOMPARE(status(r), u"applied"_s);
        n = getNotice(u"demo.worker"_s, fix);
        QCOMPARE(n.value(u"corrects"_s).toString(), id);
        QCOMPARE(n.value(u"state"_s).toString(), u"draft"_s);
        r = apply(u"demo.worker"_s,
            op(u"notice.save"_s,
                savePayload(newId(), u"通知"_s, u"更正"_s, u"<p>x</p>"_s, std::nullopt, fix)));
        QCOMPARE(errorCode(r), u"not_published"_s);
        QCOMPARE(errorField(r), u"payload.corrects"_s);
    }

    void nobodyApprovesTheirOwnNotice()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        // A director writes and submits a notice of the community whose first step is theirs.
        const QString id = submitted(u"通知"_s, u"demo.director"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(getNotice(u"demo.director"_s, id).value(u"step_role"_s).toString(), u"director"_s);
        const qint64 seq = s->seq();
        QJsonObject r = approve(u"demo.director"_s, id);
        QCOMPARE(status(r), u"rejected"_s);
        QCOMPARE(errorCode(r), u"self_approval"_s);
        r = apply(u"demo.director"_s,
            op(u"notice.reject"_s, { { u"notice"_s, id }, { u"comment"_s, u"自己退回"_s } }));
        QCOMPARE(errorCode(r), u"self_approval"_s);
        QCOMPARE(s->seq(), seq);
        QCOMPARE(getNotice(u"demo.director"_s, id).value(u"step"_s).toInt(), 1);
    }

    void stepsRunInOrder()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        const QString id = submitted();
        QVERIFY(!id.isEmpty());
        const qint64 seq = s->seq();
        // The street may not approve before the director (no skipping) …
        QJsonObject r = approve(u"demo.street"_s, id);
        QCOMPARE(status(r), u"rejected"_s);
        QCOMPARE(errorCode(r), u"step_skipped"_s);
        // … the district has no step in a 通知's chain …
        QCOMPARE(errorCode(approve(u"demo.district"_s, id)), u"not_reviewer"_s);
        // … and an approval needs a rating from 1 to 5.
        r = apply(u"demo.director"_s,
            op(u"notice.approve"_s, { { u"notice"_s, id }, { u"comment"_s, u"好"_s } }));
        QCOMPARE(errorCode(r), u"quality_required"_s);
        QCOMPARE(errorField(r), u"payload.quality"_s);
        r = approve(u"demo.director"_s, id, 6);
        QCOMPARE(errorCode(r), u"invalid_field"_s);
        QCOMPARE(errorField(r), u"payload.quality"_s);
        r = apply(u"demo.street"_s,
            op(u"notice.reject"_s, { { u"notice"_s, id }, { u"comment"_s, u"   "_s } }));
        QCOMPARE(errorCode(r), u"step_skipped"_s);
        QCOMPARE(s->seq(), seq);
        QCOMPARE(status(approve(u"demo.director"_s, id)), u"applied"_s);
        // Step 1 is decided: the director cannot decide it again.
        QCOMPARE(errorCode(approve(u"demo.director"_s, id)), u"not_current_step"_s);
        // A rejection needs a comment for the author.
        r = apply(u"demo.street"_s,
            op(u"notice.reject"_s, { { u"notice"_s, id }, { u"comment"_s, u"   "_s } }));
        QCOMPARE(errorCode(r), u"comment_required"_s);
        QCOMPARE(errorField(r), u"payload.comment"_s);
        // Withdrawn by its author while in review, and only by its author.
        QCOMPARE(errorCode(apply(u"demo.director"_s, op(u"notice.withdraw"_s, notice(id)))),
            u"forbidden"_s);
        QCOMPARE(
            status(apply(u"demo.worker"_s, op(u"notice.withdraw"_s, notice(id)))), u"applied"_s);
        QCOMPARE(getNotice(u"demo.worker"_s, id).value(u"state"_s).toString(), u"withdrawn"_s);
        QCOMPARE(errorCode(approve(u"demo.street"_s, id)), u"invalid_state"_s);
        // Publishing needs an approved notice.
        QCOMPARE(errorCode(apply(u"demo.worker"_s, op(u"notice.publish"_s, notice(id)))),
            u"not_approved"_s);
    }

    void aSiblingCommunitySeesNothing()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        const QString id = submitted();
        QVERIFY(!id.isEmpty());
        const qint64 seq = s->seq();
        const HttpReply reply
            = s->http().get(u"/api/v1/notices/"_s + id, account(u"demo.worker2"_s).token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"not_found"_s);
        // Indistinguishable from a notice that does not exist.
        const HttpReply absent
            = s->http().get(u"/api/v1/notices/"_s + newId(), account(u"demo.worker2"_s).token);
        QCOMPARE(absent.status, 404);
        QCOMPARE(absent.json(), reply.json());
        QCOMPARE(errorCode(approve(u"demo.worker2"_s, id)), u"not_found"_s);
        QCOMPARE(errorCode(apply(u"demo.worker2"_s, op(u"notice.submit"_s, notice(id)))),
            u"not_found"_s);
        QCOMPARE(errorCode(apply(u"demo.worker2"_s,
                     op(u"notice.save"_s, savePayload(id, u"通知"_s, u"改"_s, u"<p>改</p>"_s), 2))),
            u"not_found"_s);
        // Nor may it write notices for 河畔社区, which it cannot tell from a unit that does not
        // exist.
        const QJsonObject foreign = apply(u"demo.worker2"_s,
            op(u"notice.save"_s, savePayload(newId(), u"通知"_s, u"冒名"_s, u"<p>冒名</p>"_s)));
        QCOMPARE(errorCode(foreign), u"not_found"_s);
        QCOMPARE(errorField(foreign), u"payload.unit"_s);
        QJsonObject nowhere = savePayload(newId(), u"通知"_s, u"冒名"_s, u"<p>冒名</p>"_s);
        nowhere.insert(u"unit"_s, u"210111001009"_s);
        const QJsonObject unknown = apply(u"demo.worker2"_s, op(u"notice.save"_s, nowhere));
        QCOMPARE(errorCode(unknown), u"not_found"_s);
        QCOMPARE(errorField(unknown), u"payload.unit"_s);
        const HttpReply list
            = s->http().get(u"/api/v1/notices?unit="_s + kHepan, account(u"demo.worker2"_s).token);
        QCOMPARE(list.status, 404);
        QCOMPARE(list.errorCode(), u"not_found"_s);
        QCOMPARE(s->seq(), seq);
        for (const auto &c : pullAll(s->http(), account(u"demo.worker2"_s).token).changes)
            QVERIFY(c.value(u"id"_s).toString() != id);
    }

    void districtsConfigureChainsPerCategory()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        auto step = [](const QString &role, const QString &level) {
            return QJsonObject { { u"role"_s, role }, { u"level"_s, level } };
        };
        const QJsonArray twoSteps { step(u"director"_s, u"community"_s),
            step(u"street"_s, u"street"_s) };
        QJsonArray threeSteps = twoSteps;
        threeSteps.append(step(u"district"_s, u"district"_s));
        const QJsonObject withDistrict { { u"default"_s, twoSteps },
            { u"categories"_s, QJsonObject { { u"政策解读"_s, threeSteps } } } };
        const auto update = [&](const QString &username, const QJsonObject &config) {
            return apply(username,
                op(u"review_chain_config.update"_s,
                    { { u"district"_s, kSujiatun }, { u"config"_s, config } }));
        };

        QJsonObject r = update(u"demo.district"_s, withDistrict);
        QCOMPARE(status(r), u"applied"_s);
        QCOMPARE(r.value(u"entity_id"_s).toString(), kSujiatun);
        const qint64 version = r.value(u"version"_s).toInteger();
        QVERIFY(version >= 2); // the demo configured it first
        // Validated by the domain rules, naming the chain; only the district's office edits it.
        const QJsonObject backwards { { u"categories"_s,
            QJsonObject { { u"政策解读"_s,
                QJsonArray {
                    step(u"street"_s, u"street"_s), step(u"director"_s, u"community"_s) } } } } };
        r = update(u"demo.district"_s, backwards);
        QCOMPARE(errorCode(r), u"level_order"_s);
        QCOMPARE(errorField(r), u"payload.config.categories.政策解读"_s);
        QCOMPARE(
            errorCode(update(u"demo.district"_s, QJsonObject { { u"default"_s, u"director"_s } })),
            u"invalid_field"_s);
        QCOMPARE(errorCode(update(u"demo.street"_s, withDistrict)), u"not_found"_s);
        QCOMPARE(errorCode(update(u"demo.worker"_s, withDistrict)), u"not_found"_s);
        QCOMPARE(errorCode(update(u"q210102"_s, withDistrict)), u"not_found"_s);
        QCOMPARE(errorCode(apply(u"demo.district"_s,
                     op(u"review_chain_config.update"_s,
                         { { u"district"_s, u"210111001"_s }, { u"config"_s, withDistrict } }))),
            u"invalid_field"_s);

        // Every unit of the district pulls its copy: the worker's client knows the chains of
        // 河畔社区 and of its two grids.
        const PullResult workerPull = pullAll(s->http(), account(u"demo.worker"_s).token);
        QSet<QString> copies;
        for (const auto &c : ofKind(workerPull, u"review_chain_config"_s)) {
            copies.insert(c.value(u"id"_s).toString());
            const QJsonObject data = c.value(u"data"_s).toObject();
            QCOMPARE(data.value(u"district"_s).toString(), kSujiatun);
            QCOMPARE(data.value(u"version"_s).toInteger(), version);
            QCOMPARE(data.value(u"unit"_s).toString(), c.value(u"id"_s).toString());
            QCOMPARE(data.value(u"config"_s)
                         .toObject()
                         .value(u"categories"_s)
                         .toObject()
                         .value(u"政策解读"_s)
                         .toArray()
                         .size(),
                3);
        }
        QCOMPARE(copies, (QSet<QString> { kHepan, kHepan + u"-g1"_s, kHepan + u"-g2"_s }));

        // A 政策解读 needs three approvals, a 通知 two.
        const QString policy = submitted(u"政策解读"_s);
        const QString plain = submitted(u"通知"_s);
        QVERIFY(!policy.isEmpty() && !plain.isEmpty());
        QCOMPARE(getNotice(u"demo.worker"_s, policy).value(u"chain"_s).toArray().size(), 3);
        for (const auto &reviewer : { u"demo.director"_s, u"demo.street"_s }) {
            QCOMPARE(status(approve(reviewer, policy)), u"applied"_s);
            QCOMPARE(status(approve(reviewer, plain)), u"applied"_s);
        }
        QCOMPARE(getNotice(u"demo.worker"_s, plain).value(u"state"_s).toString(), u"approved"_s);
        QJsonObject n = getNotice(u"demo.district"_s, policy);
        QCOMPARE(n.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(n.value(u"step"_s).toInt(), 3);
        QCOMPARE(n.value(u"reviewing_unit"_s).toString(), kSujiatun);
        QCOMPARE(status(approve(u"demo.district"_s, policy)), u"applied"_s);
        QCOMPARE(getNotice(u"demo.worker"_s, policy).value(u"state"_s).toString(), u"approved"_s);

        // The chain frozen at submission holds when the configuration changes mid-review.
        const QString frozen = submitted(u"政策解读"_s);
        QVERIFY(!frozen.isEmpty());
        QCOMPARE(status(approve(u"demo.director"_s, frozen)), u"applied"_s);
        QCOMPARE(status(update(u"demo.district"_s, QJsonObject { { u"default"_s, twoSteps } })),
            u"applied"_s);
        QCOMPARE(status(approve(u"demo.street"_s, frozen)), u"applied"_s);
        n = getNotice(u"demo.worker"_s, frozen);
        QCOMPARE(n.value(u"state"_s).toString(), u"in_review"_s);
        QCOMPARE(n.value(u"step"_s).toInt(), 3);
        QCOMPARE(status(approve(u"demo.district"_s, frozen)), u"applied"_s);
        // A 政策解读 submitted now gets the new, shorter chain.
        const QString later = submitted(u"政策解读"_s);
        QCOMPARE(getNotice(u"demo.worker"_s, later).value(u"chain"_s).toArray().size(), 2);
        // Stale base_version on the configuration is a conflict; back to the demo's chains.
        r = apply(u"demo.district"_s,
            op(u"review_chain_config.update"_s,
                { { u"district"_s, kSujiatun }, { u"config"_s, withDistrict } }, 1));
        QCOMPARE(status(r), u"conflict"_s);
        QCOMPARE(status(update(u"demo.city"_s, withDistrict)), u"applied"_s);
    }

    void sensitiveWordsBlockSubmissionOnTheServer()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        QJsonObject r = apply(u"demo.district"_s,
            op(u"sensitive_words.update"_s,
                { { u"district"_s, kSujiatun },
                    { u"words"_s,
                        QJsonArray {
                            u"祖传秘方"_s, u"包治百病"_s, u"  测试违禁词 "_s, u""_s } } }));
        QCOMPARE(status(r), u"applied"_s);
        r = apply(u"demo.district"_s,
            op(u"sensitive_words.update"_s,
                { { u"district"_s, kSujiatun }, { u"words"_s, QJsonArray { u"可以"_s, 5 } } }));
        QCOMPARE(errorCode(r), u"invalid_field"_s);
        QCOMPARE(errorField(r), u"payload.words[1]"_s);
        QCOMPARE(errorCode(apply(u"demo.director"_s,
                     op(u"sensitive_words.update"_s,
                         { { u"district"_s, kSujiatun }, { u"words"_s, QJsonArray {} } }))),
            u"not_found"_s);
        // The list as the worker's client pulls it: trimmed, blanks dropped.
        bool copy = false;
        for (const auto &c :
            ofKind(pullAll(s->http(), account(u"demo.worker"_s).token), u"sensitive_words"_s)) {
            if (c.value(u"id"_s).toString() != kHepan)
                continue;
            QCOMPARE(c.value(u"data"_s).toObject().value(u"district"_s).toString(), kSujiatun);
            QCOMPARE(c.value(u"data"_s).toObject().value(u"words"_s).toArray(),
                (QJsonArray { u"祖传秘方"_s, u"包治百病"_s, u"测试违禁词"_s }));
            copy = true;
        }
        QVERIFY(copy);

        const QString id = newId();
        QCOMPARE(status(apply(u"demo.worker"_s,
                     op(u"notice.save"_s,
                         savePayload(id, u"活动"_s, u"包治百病的义诊"_s,
                             u"<p>现场有<b>测试违禁词</b>讲座</p>"_s)))),
            u"applied"_s);
        const qint64 seq = s->seq();
        r = apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(id)));
        QCOMPARE(status(r), u"rejected"_s);
        QCOMPARE(errorCode(r), u"sensitive_word"_s);
        QCOMPARE(errorField(r), u"title"_s);
        const QString message = r.value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"包治百病"_s) && message.contains(u"测试违禁词"_s),
            qPrintable(message));
        QCOMPARE(s->seq(), seq);
        QJsonObject n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"draft"_s);
        QCOMPARE(n.value(u"revision"_s).toInt(), 0);
        // Once the words are gone, it goes through.
        QCOMPARE(
            status(apply(u"demo.worker"_s,
                op(u"notice.save"_s,
                    savePayload(id, u"活动"_s, u"中医义诊"_s, u"<p>现场有健康讲座</p>"_s), 1))),
            u"applied"_s);
        QCOMPARE(status(apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(id)))), u"applied"_s);

        // Links must be well formed and a schedule not in the past (时间关).
        const QString badLink = newId();
        QCOMPARE(status(apply(u"demo.worker"_s,
                     op(u"notice.save"_s,
                         savePayload(badLink, u"通知"_s, u"通知"_s,
                             u"<p><a href=\"javascript:alert(1)\">详情</a></p>"_s)))),
            u"applied"_s);
        r = apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(badLink)));
        QCOMPARE(errorCode(r), u"invalid_link"_s);
        QCOMPARE(errorField(r), u"body_html"_s);
        const QString late = newId();
        const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600'000;
        QCOMPARE(status(apply(u"demo.worker"_s,
                     op(u"notice.save"_s,
                         savePayload(late, u"通知"_s, u"通知"_s, u"<p>通知</p>"_s, hourAgo)))),
            u"applied"_s);
        r = apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(late)));
        QCOMPARE(errorCode(r), u"schedule_in_past"_s);
        QCOMPARE(errorField(r), u"scheduled_at"_s);
    }

    void theJobPublishesWhenDueAndRemindsOverdueSteps()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 scheduled = (now / 1000 + 2 * 3600) * 1000;
        const QString id = newId();
        QCOMPARE(
            status(apply(u"demo.worker"_s,
                op(u"notice.save"_s,
                    savePayload(id, u"活动"_s, u"邻里节"_s, u"<p>周六邻里节</p>"_s, scheduled)))),
            u"applied"_s);
        QCOMPARE(status(apply(u"demo.worker"_s, op(u"notice.submit"_s, notice(id)))), u"applied"_s);
        QCOMPARE(status(approve(u"demo.director"_s, id)), u"applied"_s);
        QCOMPARE(status(approve(u"demo.street"_s, id)), u"applied"_s);
        QCOMPARE(
            status(apply(u"demo.worker"_s, op(u"notice.publish"_s, notice(id)))), u"applied"_s);
        QJsonObject n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(n.value(u"publish_requested"_s).toBool(), true);

        Db db(dbConfig());
        QCOMPARE(civic::server::notices::publishDueNotices(db, scheduled - 60'000), 0);
        const qint64 before = s->seq();
        QCOMPARE(civic::server::notices::publishDueNotices(db, scheduled + 60'000), 1);
        n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"state"_s).toString(), u"published"_s);
        QCOMPARE(n.value(u"published_at"_s).toString(), civic::domain::isoTime(scheduled + 60'000));
        QCOMPARE(n.value(u"publish_requested"_s).toBool(), false);
        QCOMPARE(notifications(
                     s->http(), account(u"demo.worker"_s).token, before, id, u"notice.published"_s)
                     .size(),
            1);
        QCOMPARE(civic::server::notices::publishDueNotices(db, scheduled + 120'000), 0);

        // A step past its 24 hours: the reviewing unit hears of it once per step.
        const QString waiting = submitted();
        QVERIFY(!waiting.isEmpty());
        const qint64 mark = s->seq();
        QVERIFY(civic::server::notices::remindOverdueReviews(db, now + 25 * 3600'000) >= 1);
        auto reminders = notifications(s->http(), account(u"demo.director"_s).token, mark, waiting,
            u"notice.review_overdue"_s);
        QCOMPARE(reminders.size(), 1);
        QCOMPARE(reminders.at(0).value(u"unit"_s).toString(), kHepan);
        QCOMPARE(civic::server::notices::remindOverdueReviews(db, now + 26 * 3600'000), 0);
        QCOMPARE(notifications(s->http(), account(u"demo.director"_s).token, mark, waiting,
                     u"notice.review_overdue"_s)
                     .size(),
            1);
        // The next step has its own clock and its own reminder, for the street.
        QCOMPARE(status(approve(u"demo.director"_s, waiting)), u"applied"_s);
        const qint64 mark2 = s->seq();
        QCOMPARE(civic::server::notices::remindOverdueReviews(db, now + 3600'000), 0);
        QVERIFY(civic::server::notices::remindOverdueReviews(db, now + 50 * 3600'000) >= 1);
        reminders = notifications(
            s->http(), account(u"demo.street"_s).token, mark2, waiting, u"notice.review_overdue"_s);
        QCOMPARE(reminders.size(), 1);
        QCOMPARE(reminders.at(0).value(u"unit"_s).toString(), u"210111001"_s);
    }

    void theIntakeReportsDailyReads()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        const QString id = submitted();
        QVERIFY(!id.isEmpty());
        QCOMPARE(status(approve(u"demo.director"_s, id)), u"applied"_s);
        QCOMPARE(status(approve(u"demo.street"_s, id)), u"applied"_s);
        const QString draftId = newId();
        QCOMPARE(status(apply(u"demo.worker"_s,
                     op(u"notice.save"_s,
                         savePayload(draftId, u"通知"_s, u"草稿"_s, u"<p>草稿</p>"_s)))),
            u"applied"_s);

        Http &http = s->http();
        const QString today = civic::domain::chinaDate(QDateTime::currentMSecsSinceEpoch());
        const QString yesterday
            = civic::domain::chinaDate(QDateTime::currentMSecsSinceEpoch() - 86400'000);
        const auto post = [&](const QJsonObject &body, const QString &key) {
            return http.post(u"/api/v1/intake/notice-reads"_s, QJsonDocument(body).toJson(), {},
                "application/json", { { "X-Intake-Key", key.toUtf8() } });
        };
        const auto days = [](const QString &date, qint64 reads) {
            return QJsonArray { QJsonObject { { u"date"_s, date }, { u"reads"_s, reads } } };
        };
        const QString key = s->intakeKey();
        const qint64 seq = s->seq();
        // Only published notices have reads.
        HttpReply reply = post({ { u"notice"_s, id }, { u"days"_s, days(today, 120) } }, key);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), u"not_published"_s);
        QCOMPARE(
            reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"notice"_s);
        QCOMPARE(
            status(apply(u"demo.worker"_s, op(u"notice.publish"_s, notice(id)))), u"applied"_s);
        const qint64 published = s->seq();

        // Refusals name the field and change nothing.
        reply = post({ { u"notice"_s, id }, { u"days"_s, days(today, 120) } }, u"cdk_wrong"_s);
        QCOMPARE(reply.status, 401);
        reply = post(
            { { u"notice"_s, id },
                { u"days"_s,
                    QJsonArray { QJsonObject { { u"date"_s, today }, { u"reads"_s, 120 } },
                        QJsonObject { { u"date"_s, u"2026-02-30"_s }, { u"reads"_s, 1 } } } } },
            key);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"days[1].date"_s);
        reply = post({ { u"notice"_s, id }, { u"days"_s, days(today, -3) } }, key);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"days[0].reads"_s);
        reply = post(
            { { u"notice"_s, id }, { u"days"_s, days(yesterday, 3) } }, key); // before publication
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"days[0].date"_s);
        reply = post({ { u"notice"_s, newId() }, { u"days"_s, days(today, 3) } }, key);
        QCOMPARE(reply.status, 404);
        QCOMPARE(
            reply.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"notice"_s);
        // A key of another district does not reach 苏家屯区's notices.
        const CliResult issued = runServer(QStringList { u"intake-key"_s, u"add"_s, u"--unit"_s,
                                               u"210102"_s, u"--name"_s, u"和平区平台"_s }
            + s->database().serverArgs());
        QCOMPARE(issued.exitCode, 0);
        QString otherKey;
        for (const auto &line : issued.out.split(u'\n')) {
            if (line.startsWith(u"intake-key: "_s))
                otherKey = line.mid(12).trimmed();
        }
        QVERIFY(!otherKey.isEmpty());
        reply = post({ { u"notice"_s, id }, { u"days"_s, days(today, 3) } }, otherKey);
        QCOMPARE(reply.status, 404);
        QCOMPARE(s->seq(), published);
        QVERIFY(getNotice(u"demo.worker"_s, id).value(u"daily_reads"_s).toArray().isEmpty());

        // A day reported again replaces the first report.
        reply = post({ { u"notice"_s, id }, { u"days"_s, days(today, 120) } }, key);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"reads"_s).toInteger(), 120);
        reply = post({ { u"notice"_s, id }, { u"days"_s, days(today, 150) } }, key);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"reads"_s).toInteger(), 150);
        const QJsonObject n = getNotice(u"demo.worker"_s, id);
        QCOMPARE(n.value(u"daily_reads"_s).toArray(),
            (QJsonArray { QJsonObject { { u"date"_s, today }, { u"reads"_s, 150 } } }));
        QCOMPARE(n.value(u"reads"_s).toInteger(), 150);
        QCOMPARE(n.value(u"monthly_reads"_s).toObject(), (QJsonObject { { today.left(7), 150 } }));
        // The totals travel with the notice record (the circular counts reads per month).
        bool pulled = false;
        for (const auto &c :
            ofKind(pullAll(http, account(u"demo.street"_s).token, seq), u"notice"_s)) {
            if (c.value(u"id"_s).toString() == id) {
                QCOMPARE(c.value(u"data"_s).toObject().value(u"reads"_s).toInteger(), 150);
                pulled = true;
            }
        }
        QVERIFY(pulled);
    }

    void unitStatsCountNotices()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        // A year back to now: the street's published notices equal what the list says.
        const QDate today = QDate::currentDate();
        const QString range = u"from=%1&to=%2"_s.arg(today.addYears(-1).toString(Qt::ISODate),
                                                     today.addDays(1).toString(Qt::ISODate));
        const QJsonObject stats = get(u"demo.street"_s, u"/api/v1/units/210111001/stats?"_s + range);
        const QJsonObject notices = stats.value(u"notices"_s).toObject();
        QVERIFY2(!notices.isEmpty(), "the stats answer has a notices part");
        const QJsonObject published = get(u"demo.street"_s, u"/api/v1/notices?unit=210111001&state=published&per_page=1"_s);
        QVERIFY(notices.value(u"published"_s).toInteger() > 0);
        QVERIFY(notices.value(u"published"_s).toInteger() <= published.value(u"total"_s).toInteger());
        QVERIFY(notices.value(u"reads"_s).toInteger() > 0);
        QVERIFY(notices.value(u"approvals"_s).toInteger() >= notices.value(u"published"_s).toInteger());
        const double quality = notices.value(u"mean_quality"_s).toDouble();
        QVERIFY(quality >= 1.0 && quality <= 5.0);
        QVERIFY(stats.contains(u"complaints"_s));
    }

    void listsAndReads()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        // The queues of PRODUCT.md §3 from the demo: what awaits each reviewer.
        const auto titles = [](const QJsonObject &page) {
            QStringList list;
            for (const auto &item : page.value(u"items"_s).toArray())
                list.append(item.toObject().value(u"title"_s).toString());
            return list;
        };
        QJsonObject page = get(u"demo.director"_s, u"/api/v1/notices?awaiting=me&per_page=200"_s);
        QVERIFY(titles(page).contains(u"河畔社区停水通知"_s));
        for (const auto &item : page.value(u"items"_s).toArray()) {
            const QJsonObject o = item.toObject();
            QCOMPARE(o.value(u"state"_s).toString(), u"in_review"_s);
            QCOMPARE(o.value(u"step_role"_s).toString(), u"director"_s);
            QCOMPARE(o.value(u"reviewing_unit"_s).toString(), kHepan);
            QVERIFY(o.value(u"author"_s).toString() != account(u"demo.director"_s).id);
        }
        page = get(u"demo.street"_s, u"/api/v1/notices?awaiting=me&per_page=200"_s);
        QVERIFY(titles(page).contains(u"除雪召集令"_s));
        QVERIFY(titles(page).contains(u"防诈骗提醒：警惕冒充客服退款"_s));
        for (const auto &item : page.value(u"items"_s).toArray())
            QCOMPARE(item.toObject().value(u"reviewing_unit"_s).toString(), u"210111001"_s);
        page = get(u"demo.district"_s, u"/api/v1/notices?awaiting=me&per_page=200"_s);
        QVERIFY(titles(page).contains(u"二孩政策解读"_s));

        // Drafts of 河畔社区, paged.
        page = get(u"demo.worker"_s,
            u"/api/v1/notices?unit=%1&state=draft,rejected&per_page=200"_s.arg(kHepan));
        const qint64 total = page.value(u"total"_s).toInteger();
        QCOMPARE(page.value(u"items"_s).toArray().size(), total);
        QVERIFY(titles(page).contains(u"中医堂义诊进社区"_s));
        QVERIFY(titles(page).contains(u"河畔社区邻里节节目征集"_s));
        QVERIFY(total >= 3);
        const QJsonObject second = get(u"demo.worker"_s,
            u"/api/v1/notices?unit=%1&state=draft,rejected&per_page=1&page=2"_s.arg(kHepan));
        QCOMPARE(second.value(u"total"_s).toInteger(), total);
        QCOMPARE(second.value(u"items"_s).toArray().size(), 1);
        QCOMPARE(second.value(u"items"_s).toArray().at(0), page.value(u"items"_s).toArray().at(1));
        const QJsonObject mine
            = get(u"demo.worker2"_s, u"/api/v1/notices?author=me&per_page=200"_s);
        for (const auto &item : mine.value(u"items"_s).toArray())
            QCOMPARE(item.toObject().value(u"author"_s).toString(), account(u"demo.worker2"_s).id);
        QVERIFY(mine.value(u"total"_s).toInteger() > 0);

        QCOMPARE(s->http()
                     .get(u"/api/v1/notices?state=finished"_s, account(u"demo.street"_s).token)
                     .errorCode(),
            u"invalid_field"_s);
        QCOMPARE(
            s->http().get(u"/api/v1/notices?unit=210102"_s, account(u"demo.street"_s).token).status,
            404);
        QCOMPARE(
            s->http().get(u"/api/v1/notices?unit=210111"_s, account(u"demo.street"_s).token).status,
            404);
        QCOMPARE(s->http().get(u"/api/v1/notices"_s).status, 401);

        // One notice with everything: the demo's twice-submitted 防诈骗提醒.
        QString fraud;
        for (const auto &item : get(u"demo.street"_s, u"/api/v1/notices?awaiting=me&per_page=200"_s)
                                    .value(u"items"_s)
                                    .toArray()) {
            if (item.toObject().value(u"title"_s).toString() == u"防诈骗提醒：警惕冒充客服退款")
                fraud = item.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!fraud.isEmpty());
        const QJsonObject n = getNotice(u"demo.street"_s, fraud);
        QCOMPARE(n.value(u"revision"_s).toInt(), 2);
        QCOMPARE(n.value(u"revisions"_s).toArray().size(), 2);
        const QJsonArray reviews = n.value(u"reviews"_s).toArray();
        QCOMPARE(reviews.size(), 3);
        QCOMPARE(reviews.at(1).toObject().value(u"approved"_s).toBool(), false);
        QVERIFY(reviews.at(1).toObject().value(u"comment"_s).toString().contains(u"96110"_s));
        bool inserted = false;
        for (const auto &segment : n.value(u"revisions"_s)
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value(u"diff"_s)
                                       .toObject()
                                       .value(u"body"_s)
                                       .toArray()) {
            const QJsonObject o = segment.toObject();
            inserted = inserted
                || (o.value(u"kind"_s).toString() == u"insert"
                    && o.value(u"text"_s).toString().contains(u"96110"_s));
        }
        QVERIFY(inserted);
    }

    // Runs last: it moves a unit, which makes the accounts above it pull again from zero.
    void newAndMovedUnitsFollowTheirDistrictsSettings()
    {
        DemoServer *s = server();
        if (!s)
            QSKIP(qPrintable(whyUnavailable()));
        const auto copiesSince = [&](const QString &username, qint64 since, const QString &unit) {
            QList<QJsonObject> list;
            for (const auto &c : pullAll(s->http(), account(username).token, since).changes) {
                const QString kind = c.value(u"kind"_s).toString();
                if ((kind == u"review_chain_config" || kind == u"sensitive_words")
                    && c.value(u"id"_s).toString() == unit)
                    list.append(c);
            }
            return list;
        };
        Db db(dbConfig());
        const qint64 mark = s->seq();
        QCOMPARE(status(apply(u"demo.district"_s,
                     op(u"org.add"_s,
                         { { u"code"_s, u"210111001006"_s }, { u"name"_s, u"新城社区"_s },
                             { u"level"_s, u"community"_s }, { u"parent"_s, u"210111001"_s },
                             { u"households"_s, 1800 } }))),
            u"applied"_s);
        // The job gives the new community both of its district's records (unless the
        // server's own run of it came first).
        const bool raced = !copiesSince(u"demo.district"_s, mark, u"210111001006"_s).isEmpty();
        const int added
            = civic::server::notices::refreshSettingCopies(db, QDateTime::currentMSecsSinceEpoch());
        if (!raced)
            QCOMPARE(added, 2);
        const auto copies = copiesSince(u"demo.district"_s, mark, u"210111001006"_s);
        QCOMPARE(copies.size(), 2);
        for (const auto &c : copies) {
            QCOMPARE(c.value(u"deleted"_s).toBool(), false);
            QCOMPARE(c.value(u"data"_s).toObject().value(u"district"_s).toString(), kSujiatun);
        }
        QCOMPARE(
            civic::server::notices::refreshSettingCopies(db, QDateTime::currentMSecsSinceEpoch()),
            0);

        // A community moved to 和平区, which has no settings of its own, loses 苏家屯区's.
        const qint64 beforeMove = s->seq();
        const CliResult moved = runServer(QStringList { u"org"_s, u"move"_s, u"--code"_s,
                                              u"210111004005"_s, u"--parent"_s, u"210102001"_s }
            + s->database().serverArgs());
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(
            civic::server::notices::refreshSettingCopies(db, QDateTime::currentMSecsSinceEpoch()),
            2);
        // (Read from the log itself: the accounts above a moved unit start their pulls again.)
        QSqlQuery gone = db.exec(u"SELECT kind, deleted, district, seq FROM changes WHERE id = ?"
                                 u" AND kind IN ('review_chain_config', 'sensitive_words')"_s,
            { u"210111004005"_s });
        int deleted = 0;
        while (gone.next()) {
            QCOMPARE(gone.value(1).toInt(), 1);
            QCOMPARE(gone.value(2).toString(), u"210102"_s);
            QVERIFY(gone.value(3).toLongLong() > beforeMove);
            ++deleted;
        }
        QCOMPARE(deleted, 2);
        // Its notices moved with it: 和平区 sees them, with their reviews.
        const QJsonObject page
            = get(u"q210102"_s, u"/api/v1/notices?unit=210111004005&state=published&per_page=1"_s);
        QVERIFY(page.value(u"total"_s).toInteger() > 0);
        const QString moved1
            = page.value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(!getNotice(u"q210102"_s, moved1).value(u"reviews"_s).toArray().isEmpty());
        QCOMPARE(
            s->http().get(u"/api/v1/notices/"_s + moved1, account(u"demo.district"_s).token).status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
