// PRODUCT.md §2 complaints against a live server on SQLite and PostgreSQL: every command
// allowed and refused per demo role, the escalation chain community → street → district →
// department end to end with the history visible to every level, phones masked for all but
// the handling unit, the intake API, the list endpoint, the statistics, settings, canned
// replies, 并单, and the SLA jobs (催办 and auto-escalation) called directly.

#include "complaintstore.h"
#include "db.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
const QString kHepan = u"210111001001"_s;
const QString kHuxi = u"210111001"_s;
const QString kCgw = u"210111-cgw"_s;
const QStringList kAccounts = { u"demo.worker"_s, u"demo.worker2"_s, u"demo.director"_s,
    u"demo.street"_s, u"demo.district"_s, u"demo.city"_s, u"demo.dept"_s };

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODateWithMs);
}

qint64 msOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject firstResult(const HttpReply &reply)
{
    return reply.json().value(u"results"_s).toArray().at(0).toObject();
}

QString describe(const QJsonObject &result)
{
    return QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
}

QStringList eventTypes(const QJsonObject &complaint)
{
    QStringList types;
    for (const auto &e : complaint.value(u"events"_s).toArray())
        types.append(e.toObject().value(u"type"_s).toString());
    return types;
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

} // namespace

class TestComplaints : public QObject
{
    Q_OBJECT

private:
    // One demo server per backend, started on first use and kept for every test function
    // (QTest runs each function for both backends in turn).
    struct Backend
    {
        DemoServer server;
        QHash<QString, QString> tokens;
        QHash<QString, QString> userIds;
        QHash<QString, QStringList> pool;
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

    QString token(const QString &username, const QString &password = u"CivicDesk-demo-1"_s)
    {
        if (!m_current->tokens.contains(username)) {
            const QJsonObject reply = loginReply(http(), username, password);
            m_current->tokens.insert(username, reply.value(u"access_token"_s).toString());
            m_current->userIds.insert(
                username, reply.value(u"user"_s).toObject().value(u"id"_s).toString());
        }
        return m_current->tokens.value(username);
    }

    QString userId(const QString &username)
    {
        token(username);
        return m_current->userIds.value(username);
    }

    QJsonObject act(const QString &account, const QString &type, const QJsonObject &payload,
        std::optional<qint64> baseVersion = std::nullopt)
    {
        return firstResult(push(http(), token(account), { op(type, payload, baseVersion) }));
    }

    // A step of a fixture: must be applied, or the test stops.
    bool step(const QString &account, const QString &type, const QJsonObject &payload)
    {
        const QJsonObject r = act(account, type, payload);
        if (r.value(u"status"_s).toString() == u"applied")
            return true;
        qWarning("%s by %s: %s", qPrintable(type), qPrintable(account), qPrintable(describe(r)));
        return false;
    }

    QJsonObject intakeBody(const QString &community = kHepan)
    {
        return QJsonObject { { u"community"_s, community }, { u"category"_s, u"噪音"_s },
            { u"title"_s, u"夜间施工噪音扰民"_s },
            { u"content"_s, u"小区旁边工地晚上十一点以后还在施工,噪音很大。"_s },
            { u"nickname"_s, u"测试居民"_s }, { u"phone"_s, u"13812345678"_s },
            { u"channel"_s, u"wechat"_s } };
    }

    HttpReply postIntake(const QJsonObject &body, const QString &key)
    {
        return http().post(u"/api/v1/intake/complaints"_s,
            QJsonDocument(body).toJson(QJsonDocument::Compact), {}, "application/json",
            { { "X-Intake-Key", key.toUtf8() } });
    }

    QString intake(const QJsonObject &body)
    {
        const HttpReply r = postIntake(body, server().intakeKey());
        if (r.status != 201)
            qWarning("intake: %d %s", r.status, r.body.constData());
        return r.json().value(u"id"_s).toString();
    }

    QString intake() { return intake(intakeBody()); }

    QJsonObject get(const QString &account, const QString &id)
    {
        const HttpReply r = http().get(u"/api/v1/complaints/"_s + id, token(account));
        return r.status == 200 ? r.json() : QJsonObject { { u"status_code"_s, r.status } };
    }

    QString newIntakeKey(const QString &unit)
    {
        const CliResult r = runServer(QStringList { u"intake-key"_s, u"add"_s, u"--unit"_s, unit,
                                          u"--name"_s, u"测试平台 "_s + unit }
            + server().database().serverArgs());
        for (const auto &line : r.out.split(u'\n')) {
            if (line.startsWith(u"intake-key: "_s))
                return line.mid(12).trimmed();
        }
        qWarning("intake-key add failed: %s", qPrintable(r.err));
        return {};
    }

    civic::server::DbConfig dbConfig()
    {
        QString error;
        const QStringList args = server().database().serverArgs();
        const auto c = args.at(0) == u"--data"
            ? civic::server::DbConfig::fromArguments(args.at(1), {}, &error)
            : civic::server::DbConfig::fromArguments({}, args.at(1), &error);
        return *c;
    }

    // Pushes `ops` as `account` in pushes of at most 500; true when every op was applied.
    bool pushAll(const QString &account, const QJsonArray &ops)
    {
        for (qsizetype at = 0; at < ops.size(); at += 500) {
            QJsonArray part;
            for (qsizetype i = at; i < std::min(ops.size(), at + 500); ++i)
                part.append(ops.at(i));
            for (const auto &r :
                push(http(), token(account), part).json().value(u"results"_s).toArray()) {
                if (r.toObject().value(u"status"_s).toString() != u"applied") {
                    qWarning("%s: %s", qPrintable(account), qPrintable(describe(r.toObject())));
                    return false;
                }
            }
        }
        return true;
    }

    // Complaints in the states the commands need (PRODUCT.md §2), built in a few batched
    // pushes: "new", "pair" (two new ones per row), "street", "district", "transferred" (at
    // 城管委), "resolved" (by the community) and "satisfied" (resolved and rated 满意).
    bool buildPool()
    {
        if (!m_current->pool.isEmpty())
            return true;
        const QMap<QString, int> counts
            = { { u"new"_s, 60 }, { u"pair"_s, 16 }, { u"street"_s, 8 }, { u"district"_s, 8 },
                  { u"transferred"_s, 8 }, { u"resolved"_s, 24 }, { u"satisfied"_s, 8 } };
        QJsonArray byWorker;
        QJsonArray laterByWorker;
        QJsonArray byStreet;
        const auto opFor = [](const QString &type, const QString &id,
                               std::initializer_list<std::pair<QString, QJsonValue>> fields) {
            QJsonObject payload { { u"complaint"_s, id } };
            for (const auto &[k, v] : fields)
                payload.insert(k, v);
            return op(type, payload);
        };
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QString &state = it.key();
            for (int i = 0; i < it.value(); ++i) {
                const QString id = uuid();
                QJsonObject create = intakeBody();
                create.insert(u"id"_s, id);
                create.insert(u"channel"_s, u"walk_in"_s);
                create.insert(u"submitted_at"_s, iso(now() - kHour));
                byWorker.append(op(u"complaint.create"_s, create));
                if (state == u"street" || state == u"district" || state == u"transferred")
                    laterByWorker.append(
                        opFor(u"complaint.escalate"_s, id, { { u"reason"_s, u"社区无法解决"_s } }));
                if (state == u"district")
                    byStreet.append(
                        opFor(u"complaint.escalate"_s, id, { { u"reason"_s, u"街道协调不了"_s } }));
                if (state == u"transferred")
                    byStreet.append(opFor(u"complaint.transfer"_s, id,
                        { { u"department"_s, kCgw }, { u"reason"_s, u"属城管职责"_s } }));
                if (state == u"resolved" || state == u"satisfied")
                    laterByWorker.append(opFor(u"complaint.resolve"_s, id,
                        { { u"resolution"_s, u"已协调施工单位停工"_s },
                            { u"reply"_s, u"您好,问题已解决。"_s } }));
                if (state == u"satisfied")
                    laterByWorker.append(
                        opFor(u"complaint.satisfaction"_s, id, { { u"value"_s, u"satisfied"_s } }));
                m_current->pool[state].append(id);
            }
        }
        for (const auto &o : laterByWorker)
            byWorker.append(o);
        return pushAll(u"demo.worker"_s, byWorker) && pushAll(u"demo.street"_s, byStreet);
    }

    QString fromPool(const QString &state)
    {
        QStringList &list = m_current->pool[state];
        return list.isEmpty() ? QString() : list.takeFirst();
    }

    // What a refused command must leave as it was: the complaint's version, timeline, status.
    QString fingerprint(const QString &id)
    {
        const QJsonObject c = get(u"demo.city"_s, id);
        return u"%1/%2/%3"_s.arg(c.value(u"version"_s).toInt())
            .arg(c.value(u"events"_s).toArray().size())
            .arg(c.value(u"status"_s).toString());
    }

    // How many complaints a unit's subtree holds (for "nothing was filed").
    qint64 total(const QString &unit)
    {
        return http()
            .get(u"/api/v1/complaints?per_page=1&unit="_s + unit, token(u"demo.city"_s))
            .json()
            .value(u"total"_s)
            .toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanupTestCase() { m_backends.clear(); }

    void everyCommandPerRole_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("expected"); // applied, forbidden, not_found

        // Hand-derived from PRODUCT.md §1–§2 (permissions.cpp): order of kAccounts.
        const QList<std::tuple<QString, QString, QStringList>> table = {
            { u"complaint.create"_s, u"none"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.reply"_s, u"new"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.note"_s, u"new"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.assign"_s, u"new"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.accept"_s, u"new"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.escalate"_s, u"new"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.transfer"_s, u"street"_s,
                { u"F"_s, u"N"_s, u"F"_s, u"A"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.return"_s, u"district"_s,
                { u"F"_s, u"N"_s, u"F"_s, u"F"_s, u"A"_s, u"F"_s, u"N"_s } },
            { u"complaint.take_over"_s, u"new"_s,
                { u"F"_s, u"N"_s, u"F"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.object"_s, u"transferred"_s,
                { u"F"_s, u"N"_s, u"F"_s, u"F"_s, u"F"_s, u"F"_s, u"A"_s } },
            { u"complaint.resolve"_s, u"new"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.reopen"_s, u"resolved"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.satisfaction"_s, u"resolved"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.close"_s, u"resolved"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.mark_example"_s, u"satisfied"_s,
                { u"F"_s, u"N"_s, u"A"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint.merge"_s, u"pair"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
            { u"complaint.urge"_s, u"new"_s,
                { u"F"_s, u"N"_s, u"F"_s, u"A"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"complaint_settings.update"_s, u"none"_s,
                { u"N"_s, u"N"_s, u"N"_s, u"N"_s, u"A"_s, u"A"_s, u"N"_s } },
            { u"canned_reply.save"_s, u"none"_s,
                { u"A"_s, u"N"_s, u"A"_s, u"F"_s, u"F"_s, u"F"_s, u"N"_s } },
        };
        for (const auto &[type, state, verdicts] : table) {
            for (qsizetype i = 0; i < kAccounts.size(); ++i) {
                const QString v = verdicts.at(i);
                const QString expected = v == u"A" ? u"applied"_s
                    : v == u"F"                    ? u"forbidden"_s
                                                   : u"not_found"_s;
                QTest::addRow("%s by %s", qPrintable(type), qPrintable(kAccounts.at(i)))
                    << type << state << kAccounts.at(i) << expected;
            }
        }
    }

    void everyCommandPerRole()
    {
        QVERIFY(ensureServer());
        QFETCH(QString, type);
        QFETCH(QString, state);
        QFETCH(QString, account);
        QFETCH(QString, expected);

        QVERIFY(buildPool());
        const QString id = state == u"none" ? QString() : fromPool(state);
        const QString other = state == u"pair" ? fromPool(state) : QString();
        QVERIFY2(state == u"none" || !id.isEmpty(), "the fixture pool ran dry");
        QJsonObject payload { { u"complaint"_s, id } };
        if (type == u"complaint.create") {
            payload = intakeBody();
            payload.insert(u"id"_s, uuid());
            payload.insert(u"channel"_s, u"walk_in"_s);
            payload.insert(u"submitted_at"_s, iso(now() - kHour));
        } else if (type == u"complaint.reply" || type == u"complaint.note"
            || type == u"complaint.urge") {
            payload.insert(u"text"_s, u"请尽快处理"_s);
        } else if (type == u"complaint.assign") {
            payload.insert(u"assignee"_s, userId(u"demo.worker"_s));
        } else if (type == u"complaint.escalate" || type == u"complaint.take_over"
            || type == u"complaint.object" || type == u"complaint.reopen") {
            payload.insert(u"reason"_s, u"需要处理"_s);
        } else if (type == u"complaint.transfer") {
            payload.insert(u"department"_s, kCgw);
            payload.insert(u"reason"_s, u"属城管职责"_s);
        } else if (type == u"complaint.return") {
            payload.insert(u"to"_s, kHuxi);
            payload.insert(u"reason"_s, u"请街道办理"_s);
        } else if (type == u"complaint.resolve") {
            payload.insert(u"resolution"_s, u"已处理"_s);
            payload.insert(u"reply"_s, u"您好,已处理完毕。"_s);
        } else if (type == u"complaint.satisfaction") {
            payload.insert(u"value"_s, u"satisfied"_s);
        } else if (type == u"complaint.merge") {
            payload.insert(u"primary"_s, other);
        } else if (type == u"complaint_settings.update") {
            payload = QJsonObject { { u"district"_s, u"210111"_s }, { u"sla_hours"_s, 24 },
                { u"auto_escalate_hours"_s, 0 } };
        } else if (type == u"canned_reply.save") {
            payload = QJsonObject { { u"id"_s, uuid() }, { u"unit"_s, kHepan },
                { u"title"_s, u"已收到"_s }, { u"text"_s, u"您好,已收到您的反映。"_s } };
        }
        const QString before = id.isEmpty() ? QString() : fingerprint(id);
        const qint64 head = server().seq();
        const QJsonObject r = act(account, type, payload);
        if (expected == u"applied") {
            QVERIFY2(r.value(u"status"_s).toString() == u"applied", qPrintable(describe(r)));
            QVERIFY(r.value(u"version"_s).toInt() >= 1);
            QVERIFY(r.value(u"seq"_s).toInteger() > head);
            if (!id.isEmpty())
                QVERIFY(fingerprint(id) != before);
        } else {
            QVERIFY2(r.value(u"status"_s).toString() == u"rejected", qPrintable(describe(r)));
            QCOMPARE(r.value(u"error"_s).toObject().value(u"code"_s).toString(), expected);
            // A refused command changes nothing.
            if (!id.isEmpty())
                QCOMPARE(fingerprint(id), before);
            if (type == u"complaint.create")
                QCOMPARE(http()
                             .get(u"/api/v1/complaints/"_s + payload.value(u"id"_s).toString(),
                                 token(u"demo.city"_s))
                             .status,
                    404);
            if (type == u"complaint_settings.update" || type == u"canned_reply.save") {
                for (const auto &change : pullAll(http(), token(u"demo.city"_s), head).changes) {
                    const QString kind = change.value(u"kind"_s).toString();
                    QVERIFY(kind != u"complaint_settings" && kind != u"canned_reply");
                }
            }
        }
    }

    void escalationChainEndToEnd()
    {
        QVERIFY(ensureServer());
        const qint64 start = server().seq();

        // The platform files it; 河畔社区 answers within the SLA.
        QJsonObject body = intakeBody();
        body.insert(u"external_id"_s, u"e2e-"_s + uuid());
        const QString id = intake(body);
        QVERIFY(!id.isEmpty());
        const QJsonObject c { { u"complaint"_s, id } };
        const auto with = [&c](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
            QJsonObject o = c;
            for (const auto &[k, v] : fields)
                o.insert(k, v);
            return o;
        };
        QVERIFY(step(u"demo.worker"_s, u"complaint.reply"_s,
            with({ { u"text"_s, u"您好,已收到,社区马上联系施工方。"_s } })));
        QCOMPARE(get(u"demo.worker"_s, id).value(u"status"_s).toString(), u"accepted"_s);
        QVERIFY(step(u"demo.worker"_s, u"complaint.escalate"_s,
            with({ { u"reason"_s, u"社区协调不了施工单位"_s } })));
        QJsonObject atStreet = get(u"demo.street"_s, id);
        QCOMPARE(atStreet.value(u"status"_s).toString(), u"escalated"_s);
        QCOMPARE(atStreet.value(u"handling_unit"_s).toString(), kHuxi);

        // Seed 000 "不能驳回给社区": never back to the community or its grid, whoever asks.
        for (const auto &[account, target] :
            QList<std::pair<QString, QString>> { { u"demo.street"_s, kHepan },
                { u"demo.street"_s, kHepan + u"-g1"_s }, { u"demo.worker"_s, kHepan } }) {
            const QString before = fingerprint(id);
            const QJsonObject r = act(account, u"complaint.return"_s,
                with({ { u"to"_s, target }, { u"reason"_s, u"退回社区"_s } }));
            QCOMPARE(r.value(u"status"_s).toString(), u"rejected"_s);
            QCOMPARE(r.value(u"error"_s).toObject().value(u"code"_s).toString(),
                u"no_return_to_community"_s);
            QCOMPARE(r.value(u"error"_s).toObject().value(u"field"_s).toString(), u"payload.to"_s);
            QCOMPARE(fingerprint(id), before);
        }

        QVERIFY(step(
            u"demo.street"_s, u"complaint.escalate"_s, with({ { u"reason"_s, u"需区里协调"_s } })));
        // The department's cursor passes the early events while it cannot see them yet.
        const PullResult beforeTransfer = pullAll(http(), token(u"demo.dept"_s), start);
        for (const auto &change : beforeTransfer.changes)
            QVERIFY(change.value(u"id"_s).toString() != id
                && change.value(u"data"_s).toObject().value(u"complaint"_s).toString() != id);
        const qint64 deptCursor = beforeTransfer.next;
        QVERIFY(deptCursor > start);
        QVERIFY(step(u"demo.district"_s, u"complaint.transfer"_s,
            with({ { u"department"_s, kCgw }, { u"reason"_s, u"属城管委职责"_s } })));
        QCOMPARE(get(u"demo.dept"_s, id).value(u"status"_s).toString(), u"transferred"_s);
        QVERIFY(step(u"demo.dept"_s, u"complaint.resolve"_s,
            with({ { u"resolution"_s, u"已责令施工单位夜间停工"_s },
                { u"reply"_s, u"您好,施工单位已停止夜间施工。"_s } })));
        QVERIFY(step(u"demo.worker"_s, u"complaint.satisfaction"_s,
            with({ { u"value"_s, u"satisfied"_s } })));

        const QStringList expectedTypes = { u"create"_s, u"reply"_s, u"escalate"_s, u"escalate"_s,
            u"transfer"_s, u"resolve"_s, u"satisfaction"_s };
        const QJsonObject reference = get(u"demo.city"_s, id);
        QCOMPARE(eventTypes(reference), expectedTypes);
        QSet<QString> eventIds;
        for (const auto &e : reference.value(u"events"_s).toArray())
            eventIds.insert(e.toObject().value(u"id"_s).toString());
        QCOMPARE(reference.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(reference.value(u"handling_unit"_s).toString(), kCgw);
        QCOMPARE(reference.value(u"satisfaction"_s).toString(), u"satisfied"_s);
        QCOMPARE(reference.value(u"ever_escalated"_s).toBool(), true);

        // Every level above and the department see the whole history, by GET and by pull.
        for (const auto &account : { u"demo.worker"_s, u"demo.director"_s, u"demo.street"_s,
                 u"demo.district"_s, u"demo.city"_s, u"demo.dept"_s }) {
            const QJsonObject seen = get(account, id);
            QVERIFY2(seen.value(u"id"_s).toString() == id, qPrintable(account));
            QCOMPARE(eventTypes(seen), expectedTypes);
            const PullResult pulled = pullAll(http(), token(account), start);
            QSet<QString> pulledEvents;
            bool complaintPulled = false;
            for (const auto &change : pulled.changes) {
                const QJsonObject data = change.value(u"data"_s).toObject();
                if (change.value(u"kind"_s).toString() == u"complaint_event"
                    && data.value(u"complaint"_s).toString() == id)
                    pulledEvents.insert(change.value(u"id"_s).toString());
                if (change.value(u"kind"_s).toString() == u"complaint"
                    && change.value(u"id"_s).toString() == id) {
                    complaintPulled = true;
                    QCOMPARE(data.value(u"status"_s).toString(), u"resolved"_s);
                    QCOMPARE(
                        change.value(u"version"_s).toInt(), reference.value(u"version"_s).toInt());
                }
            }
            QVERIFY2(complaintPulled, qPrintable(account));
            QCOMPARE(pulledEvents, eventIds);
        }
        // The department's incremental pull from before the transfer brings the events that
        // happened before it, too.
        QSet<QString> incremental;
        for (const auto &change : pullAll(http(), token(u"demo.dept"_s), deptCursor).changes) {
            if (change.value(u"kind"_s).toString() == u"complaint_event"
                && change.value(u"data"_s).toObject().value(u"complaint"_s).toString() == id)
                incremental.insert(change.value(u"id"_s).toString());
        }
        QCOMPARE(incremental, eventIds);

        // The sibling community sees nothing of it and may do nothing to it.
        QCOMPARE(http().get(u"/api/v1/complaints/"_s + id, token(u"demo.worker2"_s)).status, 404);
        for (const auto &change : pullAll(http(), token(u"demo.worker2"_s), start).changes)
            QVERIFY(change.value(u"id"_s).toString() != id
                && change.value(u"data"_s).toObject().value(u"complaint"_s).toString() != id);
        const QList<std::pair<QString, QJsonObject>> attempts = {
            { u"complaint.reply"_s, with({ { u"text"_s, u"x"_s } }) },
            { u"complaint.note"_s, with({ { u"text"_s, u"x"_s } }) },
            { u"complaint.assign"_s, with({ { u"assignee"_s, userId(u"demo.worker2"_s) } }) },
            { u"complaint.accept"_s, c },
            { u"complaint.escalate"_s, with({ { u"reason"_s, u"x"_s } }) },
            { u"complaint.transfer"_s,
                with({ { u"department"_s, kCgw }, { u"reason"_s, u"x"_s } }) },
            { u"complaint.return"_s, with({ { u"to"_s, kHuxi }, { u"reason"_s, u"x"_s } }) },
            { u"complaint.take_over"_s, with({ { u"reason"_s, u"x"_s } }) },
            { u"complaint.object"_s, with({ { u"reason"_s, u"x"_s } }) },
            { u"complaint.resolve"_s,
                with({ { u"resolution"_s, u"x"_s }, { u"reply"_s, u"x"_s } }) },
            { u"complaint.reopen"_s, with({ { u"reason"_s, u"x"_s } }) },
            { u"complaint.satisfaction"_s, with({ { u"value"_s, u"unsatisfied"_s } }) },
            { u"complaint.close"_s, c },
            { u"complaint.mark_example"_s, c },
            { u"complaint.merge"_s, with({ { u"primary"_s, id } }) },
            { u"complaint.urge"_s, with({ { u"text"_s, u"x"_s } }) },
        };
        const QString before = fingerprint(id);
        for (const auto &[type, payload] : attempts) {
            const QJsonObject r = act(u"demo.worker2"_s, type, payload);
            QVERIFY2(r.value(u"status"_s).toString() == u"rejected", qPrintable(type));
            QVERIFY2(r.value(u"error"_s).toObject().value(u"code"_s).toString() == u"not_found",
                qPrintable(type + u' ' + describe(r)));
        }
        QCOMPARE(fingerprint(id), before);
    }

    void phoneIsMaskedExceptForTheHandlingUnit()
    {
        QVERIFY(ensureServer());
        const qint64 start = server().seq();
        const QString id = intake();
        QVERIFY(!id.isEmpty());
        const QString whole = u"13812345678"_s;
        const QString masked = u"138****5678"_s;
        const auto pulledPhone = [&](const QString &account) {
            for (const auto &change : pullAll(http(), token(account), start).changes) {
                if (change.value(u"kind"_s).toString() == u"complaint"
                    && change.value(u"id"_s).toString() == id)
                    return change.value(u"data"_s).toObject().value(u"phone"_s).toString();
            }
            return u"(not pulled)"_s;
        };
        // At the community: its staff see the number, the levels above the masked one.
        for (const auto &account : { u"demo.worker"_s, u"demo.director"_s }) {
            QCOMPARE(get(account, id).value(u"phone"_s).toString(), whole);
            QCOMPARE(pulledPhone(account), whole);
        }
        for (const auto &account : { u"demo.street"_s, u"demo.district"_s, u"demo.city"_s }) {
            QCOMPARE(get(account, id).value(u"phone"_s).toString(), masked);
            QCOMPARE(pulledPhone(account), masked);
        }
        const QJsonObject list = http()
                                     .get(u"/api/v1/complaints?unit=%1&per_page=200"_s.arg(kHepan),
                                         token(u"demo.street"_s))
                                     .json();
        QVERIFY(!list.value(u"items"_s).toArray().isEmpty());
        for (const auto &item : list.value(u"items"_s).toArray()) {
            const QJsonObject o = item.toObject();
            if (o.value(u"handling_unit"_s).toString() != kHuxi
                && !o.value(u"phone"_s).toString().isEmpty())
                QVERIFY2(o.value(u"phone"_s).toString().contains(u"****"_s),
                    qPrintable(o.value(u"phone"_s).toString()));
        }
        // Escalated: the street handles it and gets the number; the community no longer does.
        QVERIFY(step(u"demo.worker"_s, u"complaint.escalate"_s,
            { { u"complaint"_s, id }, { u"reason"_s, u"上报"_s } }));
        QCOMPARE(get(u"demo.street"_s, id).value(u"phone"_s).toString(), whole);
        QCOMPARE(pulledPhone(u"demo.street"_s), whole);
        QCOMPARE(get(u"demo.worker"_s, id).value(u"phone"_s).toString(), masked);
        QCOMPARE(pulledPhone(u"demo.worker"_s), masked);
        QCOMPARE(get(u"demo.district"_s, id).value(u"phone"_s).toString(), masked);
        // Transferred: the department handles it.
        QVERIFY(step(u"demo.street"_s, u"complaint.transfer"_s,
            { { u"complaint"_s, id }, { u"department"_s, kCgw }, { u"reason"_s, u"转城管委"_s } }));
        QCOMPARE(get(u"demo.dept"_s, id).value(u"phone"_s).toString(), whole);
        QCOMPARE(pulledPhone(u"demo.dept"_s), whole);
        QCOMPARE(get(u"demo.street"_s, id).value(u"phone"_s).toString(), masked);
        QCOMPARE(pulledPhone(u"demo.street"_s), masked);
    }

    void readShapeFollowsTheContract()
    {
        QVERIFY(ensureServer());
        QJsonObject body = intakeBody();
        body.insert(u"grid"_s, kHepan + u"-g1"_s);
        body.insert(u"location"_s, u"阳光小区3号楼"_s);
        body.insert(u"photos"_s, QJsonArray { u"https://img.example.cn/a.jpg"_s });
        body.insert(u"submitted_at"_s, iso(now() - 2 * kHour));
        const QString id = intake(body);
        QVERIFY(!id.isEmpty());
        const QJsonObject c = get(u"demo.worker"_s, id);
        for (const auto &key : { u"id"_s, u"community"_s, u"category"_s, u"title"_s, u"content"_s,
                 u"nickname"_s, u"phone"_s, u"channel"_s, u"submitted_at"_s, u"status"_s,
                 u"handling_unit"_s, u"due_at"_s, u"version"_s, u"events"_s })
            QVERIFY2(c.contains(key), qPrintable(key));
        QCOMPARE(c.value(u"community"_s).toString(), kHepan);
        QCOMPARE(c.value(u"grid"_s).toString(), kHepan + u"-g1"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(c.value(u"handling_unit"_s).toString(), kHepan);
        QCOMPARE(c.value(u"channel"_s).toString(), u"wechat"_s);
        QCOMPARE(c.value(u"location"_s).toString(), u"阳光小区3号楼"_s);
        QCOMPARE(
            c.value(u"photos"_s).toArray(), (QJsonArray { u"https://img.example.cn/a.jpg"_s }));
        QCOMPARE(c.value(u"version"_s).toInt(), 1);
        // PRODUCT.md §2: 24 hours from submission by default.
        QCOMPARE(msOf(c.value(u"due_at"_s)) - msOf(c.value(u"submitted_at"_s)), 24 * kHour);
        QVERIFY(c.value(u"submitted_at"_s).toString().endsWith(u"+08:00"_s));
        QCOMPARE(c.value(u"sla_state"_s).toString(), u"pending"_s);
        const QJsonArray events = c.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject created = events.at(0).toObject();
        for (const auto &key : { u"type"_s, u"actor"_s, u"unit"_s, u"at"_s, u"text"_s })
            QVERIFY2(created.contains(key), qPrintable(key));
        QCOMPARE(created.value(u"type"_s).toString(), u"create"_s);
        QCOMPARE(created.value(u"unit"_s).toString(), kHepan);
        QCOMPARE(created.value(u"at"_s).toString(), c.value(u"submitted_at"_s).toString());

        // A staff walk-in keeps the client's id, and the first event takes the op_id.
        const QString walkIn = uuid();
        const QString opId = uuid();
        QJsonObject payload = intakeBody();
        payload.insert(u"id"_s, walkIn);
        payload.insert(u"channel"_s, u"walk_in"_s);
        payload.insert(u"submitted_at"_s, iso(now() - kHour));
        const QJsonObject r = firstResult(push(http(), token(u"demo.worker"_s),
            { op(u"complaint.create"_s, payload, std::nullopt, opId) }));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"entity_id"_s).toString(), walkIn);
        const QJsonObject staff = get(u"demo.worker"_s, walkIn);
        QCOMPARE(
            staff.value(u"events"_s).toArray().at(0).toObject().value(u"id"_s).toString(), opId);
        QCOMPARE(
            staff.value(u"events"_s).toArray().at(0).toObject().value(u"actor_id"_s).toString(),
            userId(u"demo.worker"_s));
        // The same id twice is a conflict of records, not a second complaint.
        const QJsonObject again = act(u"demo.worker"_s, u"complaint.create"_s, payload);
        QCOMPARE(again.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(again.value(u"error"_s).toObject().value(u"code"_s).toString(), u"exists"_s);
        // Invalid payloads name the field.
        QJsonObject bad = payload;
        bad.insert(u"id"_s, uuid());
        bad.insert(u"channel"_s, u"fax"_s);
        const QJsonObject invalid = act(u"demo.worker"_s, u"complaint.create"_s, bad);
        QCOMPARE(invalid.value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"payload.channel"_s);
        // 404 for an unknown complaint; a rule names its code.
        QCOMPARE(http().get(u"/api/v1/complaints/"_s + uuid(), token(u"demo.city"_s)).status, 404);
        const QJsonObject empty = act(u"demo.worker"_s, u"complaint.reply"_s,
            { { u"complaint"_s, id }, { u"text"_s, u"  "_s } });
        QCOMPARE(
            empty.value(u"error"_s).toObject().value(u"code"_s).toString(), u"text_required"_s);
        QCOMPARE(
            empty.value(u"error"_s).toObject().value(u"field"_s).toString(), u"payload.text"_s);
    }

    void departmentSeesOnlyTransferredComplaints()
    {
        QVERIFY(ensureServer());
        const QString kept = intake();
        QVERIFY(!kept.isEmpty());
        QCOMPARE(http().get(u"/api/v1/complaints/"_s + kept, token(u"demo.dept"_s)).status, 404);
        const PullResult pulled = pullAll(http(), token(u"demo.dept"_s));
        const QList<QJsonObject> complaintChanges = ofKind(pulled, u"complaint"_s);
        QVERIFY(!complaintChanges.isEmpty()); // the demo transferred some to 城管委
        QSet<QString> pulledIds;
        for (const auto &change : complaintChanges) {
            pulledIds.insert(change.value(u"id"_s).toString());
            QVERIFY(change.value(u"data"_s)
                        .toObject()
                        .value(u"departments"_s)
                        .toArray()
                        .contains(kCgw));
        }
        QVERIFY(!pulledIds.contains(kept));
        for (const auto &event : ofKind(pulled, u"complaint_event"_s))
            QVERIFY(pulledIds.contains(
                event.value(u"data"_s).toObject().value(u"complaint"_s).toString()));
        // The list agrees with the pull.
        QSet<QString> listed;
        int page = 1;
        qint64 total = -1;
        for (;; ++page) {
            const QJsonObject list
                = http()
                      .get(u"/api/v1/complaints?per_page=200&page=%1"_s.arg(page),
                          token(u"demo.dept"_s))
                      .json();
            total = list.value(u"total"_s).toInteger();
            const QJsonArray items = list.value(u"items"_s).toArray();
            for (const auto &item : items)
                listed.insert(item.toObject().value(u"id"_s).toString());
            if (items.size() < 200)
                break;
        }
        QCOMPARE(listed, pulledIds);
        QCOMPARE(total, qint64(pulledIds.size()));
        // Another unit's list is not the department's to read.
        QCOMPARE(
            http().get(u"/api/v1/complaints?unit=%1"_s.arg(kHepan), token(u"demo.dept"_s)).status,
            404);
    }

    void intakeDeduplicatesAndKeepsToItsSubtree()
    {
        QVERIFY(ensureServer());
        QJsonObject body = intakeBody();
        body.insert(u"external_id"_s, u"wx-"_s + uuid());
        const HttpReply first = postIntake(body, server().intakeKey());
        QCOMPARE(first.status, 201);
        const QString id = first.json().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        const qint64 filed = total(kHepan);
        const HttpReply again = postIntake(body, server().intakeKey());
        QVERIFY(again.status == 200 || again.status == 201);
        QCOMPARE(again.json().value(u"id"_s).toString(), id);
        QCOMPARE(total(kHepan), filed);
        // Another platform's key with the same external id files its own complaint.
        const QString streetKey = newIntakeKey(kHuxi);
        QVERIFY(!streetKey.isEmpty());
        const HttpReply other = postIntake(body, streetKey);
        QCOMPARE(other.status, 201);
        QVERIFY(other.json().value(u"id"_s).toString() != id);
        // The street's key files only into its street.
        QJsonObject elsewhere = intakeBody(u"210111002001"_s);
        const qint64 city = total(u"210100"_s);
        const HttpReply outside = postIntake(elsewhere, streetKey);
        QCOMPARE(outside.status, 404);
        QCOMPARE(outside.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"community"_s);
        QCOMPARE(total(u"210100"_s), city);
        QCOMPARE(postIntake(intakeBody(u"nope"_s), server().intakeKey())
                     .json()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"field"_s)
                     .toString(),
            u"community"_s);
        // Keys: missing or unknown is 401.
        QCOMPARE(http().postJson(u"/api/v1/intake/complaints"_s, intakeBody()).status, 401);
        QCOMPARE(postIntake(intakeBody(), u"cdk_not-a-key"_s).status, 401);
        // Validation names the field and changes nothing.
        const QList<std::pair<QString, QJsonValue>> invalid = {
            { u"title"_s, QJsonValue(QJsonValue::Undefined) },
            { u"content"_s, u"   "_s },
            { u"channel"_s, u"fax"_s },
            { u"phone"_s, u"call me"_s },
            { u"submitted_at"_s, iso(now() + 48 * kHour) },
            { u"submitted_at"_s, u"yesterday"_s },
            { u"photos"_s, QJsonArray { u"not a url"_s } },
            { u"unknown"_s, u"x"_s },
            { u"community"_s, kHuxi },
            { u"grid"_s, u"210111001002"_s },
        };
        for (const auto &[field, value] : invalid) {
            QJsonObject b = intakeBody();
            if (value.isUndefined())
                b.remove(field);
            else
                b.insert(field, value);
            const HttpReply r = postIntake(b, server().intakeKey());
            QVERIFY2(r.status == 400, qPrintable(field + u' ' + QString::fromUtf8(r.body)));
            const QString named
                = r.json().value(u"error"_s).toObject().value(u"field"_s).toString();
            QVERIFY2(named.startsWith(field), qPrintable(field + u" named "_s + named));
        }
        QCOMPARE(total(u"210100"_s), city);
    }

    void listAndStatsOfASmallCommunity()
    {
        QVERIFY(ensureServer());
        // A community of its own, so the demo data does not enter the figures.
        const QString code = u"210111001099"_s;
        QVERIFY(step(u"demo.city"_s, u"org.add"_s,
            { { u"code"_s, code }, { u"name"_s, u"试点社区"_s }, { u"level"_s, u"community"_s },
                { u"parent"_s, kHuxi }, { u"households"_s, 1200 } }));
        const HttpReply created = http().postJson(u"/api/v1/users"_s,
            { { u"username"_s, u"t.worker"_s }, { u"role"_s, u"worker"_s }, { u"unit"_s, code },
                { u"password"_s, u"CivicDesk-test-1"_s } },
            token(u"demo.city"_s));
        QCOMPARE(created.status, 201);
        token(u"t.worker"_s, u"CivicDesk-test-1"_s);
        const qint64 t0 = now();
        const auto file = [&](const QString &category, const QString &channel, qint64 age,
                              const QString &title, const QString &content) {
            QJsonObject b = intakeBody(code);
            b.insert(u"category"_s, category);
            b.insert(u"channel"_s, channel);
            b.insert(u"title"_s, title);
            b.insert(u"content"_s, content);
            b.insert(u"submitted_at"_s, iso(t0 - age));
            return intake(b);
        };
        const QString a
            = file(u"噪音"_s, u"wechat"_s, 2 * kHour, u"夜间施工噪音"_s, u"工地夜里施工"_s);
        const QString b
            = file(u"停车"_s, u"phone"_s, 30 * kHour, u"消防通道被占"_s, u"私家车长期停放"_s);
        const QString c
            = file(u"停车"_s, u"walk_in"_s, 26 * kHour, u"小区停车难"_s, u"晚上没有车位"_s);
        const QString d = file(u"油烟"_s, u"wechat"_s, 1 * kHour, u"饭店油烟"_s, u"油烟排进楼道"_s);
        const QString e
            = file(u"噪音"_s, u"photo"_s, 3 * kHour, u"又是施工"_s, u"还是那个工地的噪音"_s);
        for (const auto &id : { a, b, c, d, e })
            QVERIFY(!id.isEmpty());
        const QString w = u"t.worker"_s;
        QVERIFY(
            step(w, u"complaint.reply"_s, { { u"complaint"_s, a }, { u"text"_s, u"已收到"_s } }));
        QVERIFY(step(w, u"complaint.merge"_s, { { u"complaint"_s, e }, { u"primary"_s, a } }));
        QVERIFY(step(w, u"complaint.resolve"_s,
            { { u"complaint"_s, a }, { u"resolution"_s, u"已停工"_s },
                { u"reply"_s, u"已解决"_s } }));
        QVERIFY(step(w, u"complaint.satisfaction"_s,
            { { u"complaint"_s, a }, { u"value"_s, u"satisfied"_s } }));
        QVERIFY(
            step(w, u"complaint.reply"_s, { { u"complaint"_s, c }, { u"text"_s, u"正在协调"_s } }));
        QVERIFY(step(w, u"complaint.escalate"_s,
            { { u"complaint"_s, c }, { u"reason"_s, u"需街道规划车位"_s } }));
        QVERIFY(step(u"demo.street"_s, u"complaint.resolve"_s,
            { { u"complaint"_s, c }, { u"resolution"_s, u"已划定临时车位"_s },
                { u"reply"_s, u"已划定临时车位"_s } }));
        QVERIFY(step(
            w, u"complaint.satisfaction"_s, { { u"complaint"_s, c }, { u"value"_s, u"basic"_s } }));

        // The list: filters and paging (newest first).
        const auto list = [&](const QString &query, const QString &account = u"demo.street"_s) {
            return http()
                .get(u"/api/v1/complaints?unit=%1&%2"_s.arg(code, query), token(account))
                .json();
        };
        const auto ids = [](const QJsonObject &page) {
            QStringList out;
            for (const auto &item : page.value(u"items"_s).toArray())
                out.append(item.toObject().value(u"id"_s).toString());
            return out;
        };
        QCOMPARE(list(u"per_page=50"_s).value(u"total"_s).toInt(), 5);
        QCOMPARE(ids(list(u"per_page=2&page=1"_s)), (QStringList { d, a }));
        QCOMPARE(ids(list(u"per_page=2&page=2"_s)), (QStringList { e, c }));
        QCOMPARE(ids(list(u"per_page=2&page=3"_s)), (QStringList { b }));
        QCOMPARE(list(u"per_page=2&page=3"_s).value(u"total"_s).toInt(), 5);
        QCOMPARE(ids(list(u"status=new"_s)), (QStringList { d, b }));
        QCOMPARE(ids(list(u"status=resolved,closed"_s)), (QStringList { a, e, c }));
        QCOMPARE(ids(list(u"overdue=true"_s)), (QStringList { b }));
        QCOMPARE(ids(list(u"category=%E5%81%9C%E8%BD%A6"_s)), (QStringList { c, b })); // 停车
        QCOMPARE(ids(list(u"channel=wechat"_s)), (QStringList { d, a }));
        QCOMPARE(ids(list(u"q=%E6%96%BD%E5%B7%A5"_s)), (QStringList { a, e })); // 施工
        QCOMPARE(ids(list(u"handling_unit=%1"_s.arg(kHuxi))), (QStringList { c }));
        QCOMPARE(
            ids(list(u"to="_s + QString::fromUtf8(QUrl::toPercentEncoding(iso(t0 - 25 * kHour))))),
            (QStringList { c, b }));
        QCOMPARE(ids(list(u"from="_s
                     + QString::fromUtf8(QUrl::toPercentEncoding(iso(t0 - 150 * 60 * 1000))))),
            (QStringList { d, a }));
        QCOMPARE(list(u"status=bogus"_s).value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"status"_s);
        // The caller's subtree bounds the list: a sibling or a unit above is 404.
        QCOMPARE(
            http().get(u"/api/v1/complaints?unit=%1"_s.arg(code), token(u"demo.worker2"_s)).status,
            404);
        QCOMPARE(http().get(u"/api/v1/complaints?unit=210111"_s, token(w)).status, 404);
        QCOMPARE(http().get(u"/api/v1/complaints"_s, token(w)).json().value(u"total"_s).toInt(), 5);

        // PRODUCT.md §2 statistics, computed by hand for a, b, c, d (e is merged into a).
        const QJsonObject ca = get(w, a);
        const QJsonObject cc = get(u"demo.street"_s, c);
        const QString from = QDateTime::fromMSecsSinceEpoch(t0 - 72 * kHour, QTimeZone(8 * 3600))
                                 .date()
                                 .toString(Qt::ISODate);
        const QString to
            = QDateTime::fromMSecsSinceEpoch(t0, QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
        const HttpReply statsReply = http().get(
            u"/api/v1/units/%1/stats?from=%2&to=%3"_s.arg(code, from, to), token(u"demo.street"_s));
        QCOMPARE(statsReply.status, 200);
        const QJsonObject stats = statsReply.json().value(u"complaints"_s).toObject();
        QCOMPARE(statsReply.json().value(u"unit"_s).toObject().value(u"code"_s).toString(), code);
        QCOMPARE(stats.value(u"received"_s).toInt(), 4);
        QCOMPARE(stats.value(u"merged"_s).toInt(), 1);
        QCOMPARE(stats.value(u"open"_s).toInt(), 2); // b, d
        QCOMPARE(stats.value(u"sla_known"_s).toInt(), 3); // a, c replied; b overdue; d not yet due
        QCOMPARE(stats.value(u"within_sla"_s).toInt(), 1); // a
        QCOMPARE(stats.value(u"first_response_within_sla_rate"_s).toDouble(), 1.0 / 3);
        QCOMPARE(stats.value(u"finished"_s).toInt(), 2);
        QCOMPARE(stats.value(u"resolution_rate"_s).toDouble(), 0.5);
        QCOMPARE(stats.value(u"rated"_s).toInt(), 2);
        QCOMPARE(stats.value(u"satisfied"_s).toInt(), 1);
        QCOMPARE(stats.value(u"basic"_s).toInt(), 1);
        QCOMPARE(stats.value(u"satisfaction_rate"_s).toDouble(), 0.75);
        QCOMPARE(stats.value(u"satisfied_share"_s).toDouble(), 0.5);
        QCOMPARE(stats.value(u"finished_at_community"_s).toInt(), 1);
        QCOMPARE(stats.value(u"community_resolution_share"_s).toDouble(), 0.5);
        QCOMPARE(stats.value(u"escalations_by_level"_s).toObject().value(u"street"_s).toInt(), 1);
        QCOMPARE(stats.value(u"escalations_by_level"_s).toObject().value(u"district"_s).toInt(), 0);
        QCOMPARE(stats.value(u"finished_on_time"_s).toInt(), 1);
        QCOMPARE(stats.value(u"open_overdue"_s).toInt(), 1);
        QCOMPARE(stats.value(u"on_time_rate"_s).toDouble(), 1.0 / 3);
        const double hour = double(kHour);
        const double firstResponse
            = (double(msOf(ca.value(u"first_reply_at"_s)) - msOf(ca.value(u"submitted_at"_s)))
                  + double(msOf(cc.value(u"first_reply_at"_s)) - msOf(cc.value(u"submitted_at"_s))))
            / 2 / hour;
        const double resolution
            = (double(msOf(ca.value(u"resolved_at"_s)) - msOf(ca.value(u"submitted_at"_s)))
                  + double(msOf(cc.value(u"resolved_at"_s)) - msOf(cc.value(u"submitted_at"_s))))
            / 2 / hour;
        QVERIFY(
            qAbs(stats.value(u"mean_hours_to_first_response"_s).toDouble() - firstResponse) < 1e-9);
        QVERIFY(qAbs(stats.value(u"mean_hours_to_resolution"_s).toDouble() - resolution) < 1e-9);
        // An empty period has no rates ("—"), not zeros.
        const QJsonObject empty
            = http()
                  .get(u"/api/v1/units/%1/stats?from=2020-01-01&to=2020-01-31"_s.arg(code),
                      token(u"demo.street"_s))
                  .json()
                  .value(u"complaints"_s)
                  .toObject();
        QCOMPARE(empty.value(u"received"_s).toInt(), 0);
        QVERIFY(empty.value(u"resolution_rate"_s).isNull());
        // Stats are bounded like the list.
        QCOMPARE(http().get(u"/api/v1/units/%1/stats"_s.arg(code), token(u"demo.worker2"_s)).status,
            404);
        QCOMPARE(http().get(u"/api/v1/units/210111/stats"_s, token(u"demo.street"_s)).status, 404);
        QCOMPARE(
            http().get(u"/api/v1/units/210111/stats"_s, token(u"demo.district"_s)).status, 200);
    }

    void mergeKeepsBothTimelines()
    {
        QVERIFY(ensureServer());
        const QString primary = intake();
        const QString duplicate = intake();
        QVERIFY(!primary.isEmpty() && !duplicate.isEmpty());
        QVERIFY(step(u"demo.worker"_s, u"complaint.merge"_s,
            { { u"complaint"_s, duplicate }, { u"primary"_s, primary },
                { u"text"_s, u"同一问题"_s } }));
        const QJsonObject dup = get(u"demo.worker"_s, duplicate);
        const QJsonObject prim = get(u"demo.worker"_s, primary);
        QCOMPARE(dup.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(dup.value(u"merged_into"_s).toString(), primary);
        QCOMPARE(prim.value(u"merged_from"_s).toArray(), (QJsonArray { duplicate }));
        QCOMPARE(eventTypes(dup), (QStringList { u"create"_s, u"merge"_s }));
        QCOMPARE(eventTypes(prim), (QStringList { u"create"_s, u"merge"_s }));
        QCOMPARE(dup.value(u"events"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"into"_s)
                     .toString(),
            primary);
        QCOMPARE(prim.value(u"events"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"from"_s)
                     .toString(),
            duplicate);
        const QJsonObject refused = act(u"demo.worker"_s, u"complaint.reply"_s,
            { { u"complaint"_s, duplicate }, { u"text"_s, u"x"_s } });
        QCOMPARE(refused.value(u"error"_s).toObject().value(u"code"_s).toString(),
            u"complaint_merged"_s);
        QVERIFY(step(u"demo.worker"_s, u"complaint.note"_s,
            { { u"complaint"_s, duplicate }, { u"text"_s, u"备注仍可添加"_s } }));
        const QJsonObject self = act(u"demo.worker"_s, u"complaint.merge"_s,
            { { u"complaint"_s, primary }, { u"primary"_s, primary } });
        QCOMPARE(
            self.value(u"error"_s).toObject().value(u"code"_s).toString(), u"merge_into_self"_s);
    }

    void settingsAndCannedReplies()
    {
        QVERIFY(ensureServer());
        const qint64 start = server().seq();
        const QJsonObject saved = act(u"demo.district"_s, u"complaint_settings.update"_s,
            { { u"district"_s, u"210111"_s }, { u"sla_hours"_s, 48 } });
        QCOMPARE(saved.value(u"status"_s).toString(), u"applied"_s);
        const qint64 version = saved.value(u"version"_s).toInteger();
        const QString id = intake();
        const QJsonObject c = get(u"demo.worker"_s, id);
        QCOMPARE(msOf(c.value(u"due_at"_s)) - msOf(c.value(u"submitted_at"_s)), 48 * kHour);
        QCOMPARE(c.value(u"sla_hours"_s).toInt(), 48);
        bool pulled = false;
        for (const auto &change :
            ofKind(pullAll(http(), token(u"demo.district"_s), start), u"complaint_settings"_s)) {
            if (change.value(u"id"_s).toString() == u"210111") {
                pulled = true;
                QCOMPARE(change.value(u"data"_s).toObject().value(u"sla_hours"_s).toInt(), 48);
                QCOMPARE(
                    change.value(u"data"_s).toObject().value(u"auto_escalate_hours"_s).toInt(), 0);
            }
        }
        QVERIFY(pulled);
        const QJsonObject stale = act(u"demo.city"_s, u"complaint_settings.update"_s,
            { { u"district"_s, u"210111"_s }, { u"sla_hours"_s, 12 } }, version - 1);
        QCOMPARE(stale.value(u"status"_s).toString(), u"conflict"_s);
        const QJsonObject invalid = act(u"demo.district"_s, u"complaint_settings.update"_s,
            { { u"district"_s, u"210111"_s }, { u"auto_escalate_hours"_s, -1 } });
        QCOMPARE(invalid.value(u"error"_s).toObject().value(u"field"_s).toString(),
            u"payload.auto_escalate_hours"_s);
        QVERIFY(step(u"demo.district"_s, u"complaint_settings.update"_s,
            { { u"district"_s, u"210111"_s }, { u"sla_hours"_s, 24 } }));

        const QString canned = uuid();
        QVERIFY(step(u"demo.worker"_s, u"canned_reply.save"_s,
            { { u"id"_s, canned }, { u"unit"_s, kHepan }, { u"title"_s, u"已收到"_s },
                { u"text"_s, u"您好,已收到。"_s } }));
        const auto cannedChange = [&](const QString &account) {
            for (const auto &change :
                ofKind(pullAll(http(), token(account), start), u"canned_reply"_s)) {
                if (change.value(u"id"_s).toString() == canned)
                    return change;
            }
            return QJsonObject {};
        };
        QCOMPARE(cannedChange(u"demo.director"_s)
                     .value(u"data"_s)
                     .toObject()
                     .value(u"text"_s)
                     .toString(),
            u"您好,已收到。"_s);
        QVERIFY(cannedChange(u"demo.worker2"_s).isEmpty());
        QVERIFY(step(u"demo.director"_s, u"canned_reply.save"_s,
            { { u"id"_s, canned }, { u"unit"_s, kHepan }, { u"title"_s, u"已收到"_s },
                { u"text"_s, u"您好,社区已收到。"_s } }));
        QCOMPARE(cannedChange(u"demo.worker"_s).value(u"version"_s).toInt(), 2);
        QCOMPARE(act(u"demo.street"_s, u"canned_reply.delete"_s, { { u"id"_s, canned } })
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toString(),
            u"forbidden"_s);
        QVERIFY(step(u"demo.worker"_s, u"canned_reply.delete"_s, { { u"id"_s, canned } }));
        QCOMPARE(cannedChange(u"demo.worker"_s).value(u"deleted"_s).toBool(), true);
    }

    // PRODUCT.md §2 SLA jobs, run directly on the server's database (the server's own
    // scheduler runs the same code every minute; the assertions hold whoever ran it first).
    void slaJobsUrgeOnceAndAutoEscalate()
    {
        QVERIFY(ensureServer());
        // A district of its own with auto-escalation after 3 hours overdue.
        for (const auto &[code, name, level, parent] :
            QList<std::tuple<QString, QString, QString, QString>> {
                { u"210199"_s, u"试验区"_s, u"district"_s, u"210100"_s },
                { u"210199001"_s, u"试验街道"_s, u"street"_s, u"210199"_s },
                { u"210199001001"_s, u"试验社区"_s, u"community"_s, u"210199001"_s } })
            QVERIFY(step(u"demo.city"_s, u"org.add"_s,
                { { u"code"_s, code }, { u"name"_s, name }, { u"level"_s, level },
                    { u"parent"_s, parent } }));
        QVERIFY(step(u"demo.city"_s, u"complaint_settings.update"_s,
            { { u"district"_s, u"210199"_s }, { u"auto_escalate_hours"_s, 3 } }));
        const qint64 t0 = now();
        QJsonObject body = intakeBody(u"210199001001"_s);
        body.insert(u"submitted_at"_s, iso(t0 - 25 * kHour)); // overdue by 1 hour
        const QString x = intake(body);
        body.insert(u"submitted_at"_s, iso(t0 - 30 * kHour)); // overdue by 6 hours
        const QString y = intake(body);
        body.insert(u"submitted_at"_s, iso(t0 - 30 * kHour));
        const QString answered = intake(body);
        QVERIFY(!x.isEmpty() && !y.isEmpty() && !answered.isEmpty());
        QVERIFY(step(u"demo.city"_s, u"complaint.take_over"_s, { { u"complaint"_s, answered } }));
        QVERIFY(step(u"demo.city"_s, u"complaint.reply"_s,
            { { u"complaint"_s, answered }, { u"text"_s, u"市里已受理"_s } }));

        civic::server::Db db(dbConfig());
        const auto count = [&db](const QString &sql, const QVariantList &binds) {
            return db.scalar(sql, binds).toInt();
        };
        const auto events = [&](const QString &id, const QString &type) {
            return count(
                u"SELECT count(*) FROM complaint_events WHERE complaint_id = ? AND type = ? AND actor_id = ''"_s,
                { id, type });
        };
        civic::server::runComplaintJobs(db, t0);
        // 催办 once, to the level above (the street), for both overdue complaints.
        for (const auto &id : { x, y }) {
            QCOMPARE(events(id, u"urge"_s), 1);
            QCOMPARE(count(u"SELECT count(*) FROM notifications WHERE ref_id = ? AND type = "
                           u"'complaint.overdue'"
                           u" AND unit = '210199001'"_s,
                         { id }),
                1);
        }
        QCOMPARE(events(answered, u"urge"_s), 0);
        // y is 6 hours overdue (≥ 3): escalated one level; x only 1 hour: stays.
        QCOMPARE(get(u"demo.city"_s, y).value(u"handling_unit"_s).toString(), u"210199001"_s);
        QCOMPARE(get(u"demo.city"_s, y).value(u"status"_s).toString(), u"escalated"_s);
        QCOMPARE(events(y, u"escalate"_s), 1);
        QCOMPARE(get(u"demo.city"_s, x).value(u"handling_unit"_s).toString(), u"210199001001"_s);
        QCOMPARE(get(u"demo.city"_s, answered).value(u"status"_s).toString(), u"accepted"_s);
        const QJsonArray yEvents = get(u"demo.city"_s, y).value(u"events"_s).toArray();
        QCOMPARE(yEvents.last().toObject().value(u"actor"_s).toString(), u"系统"_s);

        // Again at once: nothing more (once per complaint; each level gets its 3 hours).
        civic::server::runComplaintJobs(db, t0);
        QCOMPARE(events(x, u"urge"_s), 1);
        QCOMPARE(events(y, u"urge"_s), 1);
        QCOMPARE(events(y, u"escalate"_s), 1);

        // Three hours later: y moves on to the district, x (now 4 hours overdue) to the street.
        civic::server::runComplaintJobs(db, t0 + 3 * kHour + 60 * 1000);
        QCOMPARE(get(u"demo.city"_s, y).value(u"handling_unit"_s).toString(), u"210199"_s);
        QCOMPARE(get(u"demo.city"_s, x).value(u"handling_unit"_s).toString(), u"210199001"_s);
        QCOMPARE(events(y, u"escalate"_s), 2);
        QCOMPARE(events(x, u"escalate"_s), 1);
        QCOMPARE(events(x, u"urge"_s), 1);
        QCOMPARE(get(u"demo.city"_s, answered).value(u"handling_unit"_s).toString(), u"210100"_s);
        // The district's setting off: no further escalation.
        QVERIFY(step(u"demo.city"_s, u"complaint_settings.update"_s,
            { { u"district"_s, u"210199"_s }, { u"auto_escalate_hours"_s, 0 } }));
        civic::server::runComplaintJobs(db, t0 + 30 * kHour);
        QCOMPARE(get(u"demo.city"_s, y).value(u"handling_unit"_s).toString(), u"210199"_s);
    }
};

QTEST_GUILESS_MAIN(TestComplaints)
#include "tst_complaints.moc"
