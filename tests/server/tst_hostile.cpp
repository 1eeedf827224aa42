// Hostile input against a live server on SQLite and PostgreSQL (docs/api.md §Errors): deeply
// nested and malformed JSON, wrong types, strings at and over each limit, invalid UTF-8 in
// bodies, query strings and forms, SQL and HTML payloads stored verbatim, Open311 form edge
// cases and broken CSV files for `import-fans`. Every refusal is the documented status and
// code, changes nothing (the global seq and the record stay as they were), and leaves the
// server answering.

#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

const QString kHepan = u"210111001001"_s;

// The payloads that must be stored and read back byte for byte.
const QStringList kPayloads = {
    u"'; DROP TABLE complaints;--"_s,
    u"\" OR 1=1 --"_s,
    u"' OR '1'='1"_s,
    u"<script>alert(1)</script>"_s,
    u"<img src=x onerror=alert(document.cookie)>"_s,
    u"<a href=\"javascript:alert(1)\">点这里</a>"_s,
    u"100% 满意_下划线\\反斜杠!感叹号"_s,
};

// Invalid UTF-8: an overlong '/', an overlong NUL, a UTF-16 surrogate encoded in UTF-8, a
// three-byte sequence cut short, a lone continuation byte.
const QList<QByteArray> kBadUtf8 = {
    QByteArray("\xC0\xAF"),
    QByteArray("\xC0\x80"),
    QByteArray("\xED\xA0\x80"),
    QByteArray("\xE4\xB8"),
    QByteArray("\x80"),
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<DemoServer>> m_servers;
    QHash<QString, QString> m_tokens;
    int m_checked = 0;

    // The demo server of the current backend, started on first use.
    DemoServer *server()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &s = m_servers[backend];
        if (!s) {
            s = std::make_unique<DemoServer>();
            QString why;
            if (!s->start(backend, &why, { u"--body-limit"_s, QString::number(1 << 20) })) {
                qWarning("%s", qPrintable(why));
                s.reset();
                return nullptr;
            }
        }
        return s.get();
    }

    Http &http() { return server()->http(); }

    QString token(const QString &username)
    {
        QFETCH_GLOBAL(QString, backend);
        const QString key = backend + u'/' + username;
        if (!m_tokens.contains(key))
            m_tokens.insert(key, login(http(), username));
        return m_tokens.value(key);
    }

    // The documented error body: status, code and, when given, the field to blame.
    bool isError(const HttpReply &r, int status, const QString &code, const QString &field = {})
    {
        ++m_checked;
        const QJsonObject error = r.json().value(u"error"_s).toObject();
        if (r.status == status && error.value(u"code"_s).toString() == code
            && !error.value(u"message"_s).toString().isEmpty()
            && (field.isEmpty() || error.value(u"field"_s).toString() == field))
            return true;
        qWarning("expected %d %s %s, got %d %s", status, qPrintable(code), qPrintable(field),
            r.status, r.body.left(300).constData());
        return false;
    }

    // A per-op refusal inside a 200 push answer.
    bool isRejected(const HttpReply &r, const QString &code, const QString &field = {})
    {
        ++m_checked;
        const QJsonObject result = r.json().value(u"results"_s).toArray().at(0).toObject();
        const QJsonObject error = result.value(u"error"_s).toObject();
        if (r.status == 200 && result.value(u"status"_s).toString() == u"rejected"
            && error.value(u"code"_s).toString() == code
            && (field.isEmpty() || error.value(u"field"_s).toString() == field))
            return true;
        qWarning("expected rejected %s %s, got %d %s", qPrintable(code), qPrintable(field),
            r.status, r.body.left(300).constData());
        return false;
    }

    bool isApplied(const HttpReply &r)
    {
        const QJsonObject result = r.json().value(u"results"_s).toArray().at(0).toObject();
        if (r.status == 200 && result.value(u"status"_s).toString() == u"applied")
            return true;
        qWarning("expected applied, got %d %s", r.status, r.body.left(300).constData());
        return false;
    }

    // Open311's own error format (OPEN311.md): [{"code", "description"}] or <errors>.
    bool isOpen311Error(const HttpReply &r, int status, bool xml)
    {
        ++m_checked;
        bool ok = r.status == status;
        if (xml) {
            QXmlStreamReader reader(r.body);
            QString code;
            while (reader.readNextStartElement()) {
                if (reader.name() == u"errors" || reader.name() == u"error")
                    continue;
                if (reader.name() == u"code")
                    code = reader.readElementText();
                else
                    reader.skipCurrentElement();
            }
            ok = ok && !reader.hasError() && code == QString::number(status);
        } else {
            const QJsonObject e = r.jsonArray().at(0).toObject();
            ok = ok && e.value(u"code"_s).toInt() == status
                && !e.value(u"description"_s).toString().isEmpty();
        }
        if (!ok)
            qWarning(
                "expected Open311 %d, got %d %s", status, r.status, r.body.left(300).constData());
        return ok;
    }

    // Still answering, and nothing committed since `seq`.
    bool unchanged(qint64 seq)
    {
        const HttpReply health = http().get(u"/api/v1/health"_s);
        if (health.status != 200 || health.json().value(u"status"_s).toString() != u"ok") {
            qWarning("health: %d %s", health.status, health.body.constData());
            return false;
        }
        const qint64 now = qint64(health.json().value(u"seq"_s).toDouble());
        if (now != seq)
            qWarning("seq moved from %lld to %lld", seq, now);
        return now == seq;
    }

    HttpReply postIntake(const QString &path, const QByteArray &body)
    {
        return http().post(path, body, {}, "application/json",
            { { "X-Intake-Key", server()->intakeKey().toUtf8() } });
    }

    QJsonObject complaintPayload(const QString &id)
    {
        return QJsonObject { { u"id"_s, id }, { u"community"_s, kHepan },
            { u"category"_s, u"噪音"_s }, { u"title"_s, u"夜间施工"_s },
            { u"content"_s, u"工地十一点以后还在施工。"_s }, { u"channel"_s, u"walk_in"_s } };
    }

    QJsonObject intakeBody()
    {
        return QJsonObject { { u"community"_s, kHepan }, { u"category"_s, u"噪音"_s },
            { u"title"_s, u"夜间施工噪音扰民"_s }, { u"content"_s, u"工地晚上还在施工。"_s },
            { u"channel"_s, u"wechat"_s } };
    }

    QByteArray goodForm()
    {
        return "api_key=" + QUrl::toPercentEncoding(server()->intakeKey())
            + "&service_code=noise&address_string=" + QUrl::toPercentEncoding(u"阳光小区"_s)
            + "&description=" + QUrl::toPercentEncoding(u"工地夜间施工"_s)
            + "&attribute[community]=" + kHepan.toUtf8();
    }

    HttpReply postForm(const QByteArray &body, const QString &format = u"json"_s,
        const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        return http().post(u"/open311/v2/requests.%1"_s.arg(format), body, {}, contentType);
    }

    QString dataDir() const { return QStringLiteral(CIVIC_TEST_DATA_DIR); }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        if (!server())
            QSKIP("the database backend is unavailable");
    }

    void cleanupTestCase()
    {
        for (auto &[name, s] : m_servers) {
            if (s)
                s->stop();
        }
        qInfo("%d refusals checked over the backends", m_checked);
    }

    // Nesting a hundred thousand levels deep answers 400 at once on every JSON door.
    void deepNesting()
    {
        const qint64 seq = server()->seq();
        const QByteArray arrays(100000, '[');
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects.append("{\"a\":");
        for (const QByteArray &deep : { arrays, "{\"ops\":" + arrays, objects }) {
            QVERIFY(isError(http().post(u"/api/v1/sync/push"_s, deep, token(u"demo.district"_s)),
                400, u"invalid_json"_s));
            QVERIFY(isError(http().post(u"/api/v1/auth/login"_s, deep), 400, u"invalid_json"_s));
            QVERIFY(
                isError(postIntake(u"/api/v1/intake/complaints"_s, deep), 400, u"invalid_json"_s));
            QVERIFY(isError(postIntake(u"/api/v1/intake/fans"_s, deep), 400, u"invalid_json"_s));
            QVERIFY(isOpen311Error(postForm(deep, u"json"_s, "application/json"), 400, false));
        }
        // Just inside the parser's limit is still a well-formed push of the wrong shape.
        QByteArray nested = "{\"ops\":[" + QByteArray(1000, '[') + QByteArray(1000, ']') + "]}";
        QVERIFY(isError(http().post(u"/api/v1/sync/push"_s, nested, token(u"demo.district"_s)), 400,
            u"invalid_field"_s, u"ops[0]"_s));
        QVERIFY(unchanged(seq));
    }

    // Duplicate keys, numbers out of range, NaN/Infinity.
    void malformedJson()
    {
        const qint64 seq = server()->seq();
        const QString district = token(u"demo.district"_s);
        const QByteArray goodOp
            = compact(op(u"org.update"_s, { { u"code"_s, kHepan }, { u"households"_s, 1 } }));
        // Which "ops" or "households" counts would be a guess: refused.
        QVERIFY(isError(
            http().post(u"/api/v1/sync/push"_s, "{\"ops\":[" + goodOp + "],\"ops\":[]}", district),
            400, u"invalid_json"_s));
        QVERIFY(
            isError(http().post(u"/api/v1/sync/push"_s,
                        "{\"ops\":[{\"op_id\":\"" + newId().toUtf8()
                            + "\",\"type\":\"org.update\",\"payload\":{\"code\":\"210111001001\","
                              "\"households\":1,\"households\":2}}]}",
                        district),
                400, u"invalid_json"_s));
        QVERIFY(isError(http().post(u"/api/v1/auth/login"_s,
                            "{\"username\":\"demo.city\",\"username\":\"demo.worker\",\"password\":"
                            "\"CivicDesk-demo-1\"}"),
            400, u"invalid_json"_s));
        QByteArray dupIntake = compact(intakeBody());
        dupIntake.chop(1);
        dupIntake.append(",\"title\":\"另一个标题\"}");
        QVERIFY(
            isError(postIntake(u"/api/v1/intake/complaints"_s, dupIntake), 400, u"invalid_json"_s));
        QVERIFY(isOpen311Error(
            postForm("{\"api_key\":\"x\",\"api_key\":\"y\"}", u"json"_s, "application/json"), 400,
            false));
        // The same key spelled with an escape is the same key.
        QVERIFY(
            isError(http().post(u"/api/v1/auth/login"_s,
                        "{\"username\":\"demo.city\",\"user\\u006eame\":\"x\",\"password\":\"p\"}"),
                400, u"invalid_json"_s));
        for (const char *number :
            { "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "0x10", "01", "1e", "+1" }) {
            QVERIFY(isError(
                http().post(u"/api/v1/sync/push"_s,
                    "{\"ops\":[{\"op_id\":\"" + newId().toUtf8()
                        + "\",\"type\":\"org.update\",\"payload\":{\"code\":\"210111001001\","
                          "\"households\":"
                        + number + "}}]}",
                    district),
                400, u"invalid_json"_s));
        }
        // Well-formed numbers outside what a field takes.
        for (const QJsonValue &households :
            { QJsonValue(1e30), QJsonValue(-1e30), QJsonValue(9.3e18), QJsonValue(-9.3e18),
                QJsonValue(1.5), QJsonValue(-1), QJsonValue(u"5"_s), QJsonValue(true),
                QJsonValue(QJsonArray { 1 }), QJsonValue(QJsonObject {}) })
            QVERIFY(
                isRejected(push(http(), district,
                               { op(u"org.update"_s,
                                   { { u"code"_s, kHepan }, { u"households"_s, households } }) }),
                    u"invalid_field"_s, u"payload.households"_s));
        for (const char *version :
            { "1e30", "9223372036854775808", "-9223372036854775809", "2147483648", "0.5", "-1" }) {
            QVERIFY(isError(http().post(u"/api/v1/sync/push"_s,
                                "{\"ops\":[{\"op_id\":\"" + newId().toUtf8()
                                    + "\",\"type\":\"org.update\",\"base_version\":" + version
                                    + ",\"payload\":{\"code\":\"210111001001\"}}]}",
                                district),
                400, u"invalid_field"_s, u"ops[0].base_version"_s));
        }
        QVERIFY(unchanged(seq));
    }

    // A wrong type at every level of a push, and empty or absent fields.
    void wrongTypesInPush()
    {
        const qint64 seq = server()->seq();
        const QString worker = token(u"demo.worker"_s);
        const auto post = [&](const QByteArray &body) {
            return http().post(u"/api/v1/sync/push"_s, body, worker);
        };
        for (const QByteArray &body : { QByteArray("[]"), QByteArray("\"ops\""), QByteArray("5"),
                 QByteArray("null"), QByteArray("true") })
            QVERIFY(isError(post(body), 400, u"invalid_json"_s));
        QVERIFY(isError(post(""), 400, u"bad_request"_s));
        QVERIFY(isError(post("{}"), 400, u"invalid_field"_s, u"ops"_s));
        for (const QByteArray &ops :
            { QByteArray("null"), QByteArray("{}"), QByteArray("\"[]\""), QByteArray("0") })
            QVERIFY(isError(post("{\"ops\":" + ops + "}"), 400, u"invalid_field"_s, u"ops"_s));
        for (const QByteArray &item :
            { QByteArray("null"), QByteArray("5"), QByteArray("\"op\""), QByteArray("[]") })
            QVERIFY(
                isError(post("{\"ops\":[" + item + "]}"), 400, u"invalid_field"_s, u"ops[0]"_s));

        const QJsonObject good = op(u"complaint.create"_s, complaintPayload(newId()));
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return QJsonArray { o };
        };
        for (const QJsonValue &v :
            { QJsonValue(), QJsonValue(5), QJsonValue(QJsonValue::Null), QJsonValue(QJsonObject {}),
                QJsonValue(u""_s), QJsonValue(u"{00000000-0000-0000-0000-000000000000}"_s) })
            QVERIFY(isError(push(http(), worker, with(u"op_id"_s, v)), 400, u"invalid_field"_s,
                u"ops[0].op_id"_s));
        for (const QJsonValue &v : { QJsonValue(), QJsonValue(5),
                 QJsonValue(QJsonArray { u"complaint.create"_s }), QJsonValue(QString(65, u'x')) })
            QVERIFY(isError(push(http(), worker, with(u"type"_s, v)), 400, u"invalid_field"_s,
                u"ops[0].type"_s));
        for (const QJsonValue &v :
            { QJsonValue(u"1"_s), QJsonValue(true), QJsonValue(QJsonArray {}) })
            QVERIFY(isError(push(http(), worker, with(u"base_version"_s, v)), 400,
                u"invalid_field"_s, u"ops[0].base_version"_s));
        for (const QJsonValue &v :
            { QJsonValue(QJsonArray {}), QJsonValue(u"{}"_s), QJsonValue(7) })
            QVERIFY(isError(push(http(), worker, with(u"payload"_s, v)), 400, u"invalid_field"_s,
                u"ops[0].payload"_s));
        QVERIFY(isError(
            push(http(), worker, with(u"extra"_s, 1)), 400, u"invalid_field"_s, u"ops[0].extra"_s));
        // An unknown or empty command type is the op's refusal, not the envelope's.
        QVERIFY(isRejected(push(http(), worker, with(u"type"_s, u""_s)), u"unknown_command"_s));
        QVERIFY(isRejected(push(http(), worker, with(u"type"_s, u"complaint.create'; --"_s)),
            u"unknown_command"_s));

        // Inside the payload: every field of complaint.create with a wrong type, empty, absent.
        const QJsonObject payload = complaintPayload(newId());
        const auto create = [&](const QString &key, const QJsonValue &value) {
            QJsonObject p = payload;
            if (value.isUndefined())
                p.remove(key);
            else
                p.insert(key, value);
            return push(http(), worker, { op(u"complaint.create"_s, p) });
        };
        for (const QString &key :
            { u"id"_s, u"community"_s, u"category"_s, u"title"_s, u"content"_s, u"channel"_s }) {
            for (const QJsonValue &v :
                { QJsonValue(), QJsonValue(5), QJsonValue(QJsonArray { u"x"_s }),
                    QJsonValue(QJsonObject { { u"x"_s, 1 } }), QJsonValue(false) })
                QVERIFY(isRejected(create(key, v), u"invalid_field"_s, u"payload."_s + key));
        }
        for (const QString &key :
            { u"id"_s, u"category"_s, u"title"_s, u"content"_s, u"channel"_s })
            QVERIFY(isRejected(create(key, u""_s), u"invalid_field"_s, u"payload."_s + key));
        for (const QString &key : { u"title"_s, u"content"_s, u"category"_s })
            QVERIFY(isRejected(create(key, u" \t\n "_s), u"invalid_field"_s, u"payload."_s + key));
        for (const QString &key :
            { u"nickname"_s, u"phone"_s, u"location"_s, u"grid"_s, u"submitted_at"_s })
            QVERIFY(isRejected(create(key, 5), u"invalid_field"_s, u"payload."_s + key));
        QVERIFY(isRejected(create(u"photos"_s, u"https://img.example.cn/a.jpg"_s),
            u"invalid_field"_s, u"payload.photos"_s));
        QVERIFY(isRejected(
            create(u"photos"_s, QJsonArray { 5 }), u"invalid_field"_s, u"payload.photos[0]"_s));
        QVERIFY(isRejected(create(u"photos"_s, QJsonArray { u"javascript:alert(1)"_s }),
            u"invalid_field"_s, u"payload.photos[0]"_s));
        QVERIFY(isRejected(create(u"submitted_at"_s, u"2026-13-45T99:00:00+08:00"_s),
            u"invalid_field"_s, u"payload.submitted_at"_s));
        QVERIFY(isRejected(create(u"unknown"_s, 1), u"invalid_field"_s, u"payload.unknown"_s));
        QVERIFY(unchanged(seq));
    }

    // Strings just below each limit are stored verbatim, just above refused; a body just
    // over 1 MiB is 413 on every door.
    void stringLimits()
    {
        const QString worker = token(u"demo.worker"_s);
        struct Limit
        {
            QString field;
            int max;
        };
        // API.md §Commands: complaint.create.
        for (const Limit &l :
            { Limit { u"title"_s, 200 }, Limit { u"content"_s, 4000 }, Limit { u"nickname"_s, 64 },
                Limit { u"location"_s, 500 }, Limit { u"category"_s, 32 } }) {
            const qint64 seq = server()->seq();
            QJsonObject over = complaintPayload(newId());
            over.insert(l.field, QString(l.max + 1, u'诉'));
            QVERIFY(isRejected(push(http(), worker, { op(u"complaint.create"_s, over) }),
                u"invalid_field"_s, u"payload."_s + l.field));
            QJsonObject intake = intakeBody();
            intake.insert(l.field, QString(l.max + 1, u'诉'));
            QVERIFY(isError(postIntake(u"/api/v1/intake/complaints"_s, compact(intake)), 400,
                u"invalid_field"_s, l.field));
            QVERIFY(unchanged(seq));

            const QString id = newId();
            QJsonObject at = complaintPayload(id);
            const QString text = QString(l.max - 1, u'诉') + u'x';
            at.insert(l.field, text);
            QVERIFY(isApplied(push(http(), worker, { op(u"complaint.create"_s, at) })));
            const QJsonObject stored = http().get(u"/api/v1/complaints/"_s + id, worker).json();
            QCOMPARE(stored.value(l.field).toString(), text);
        }
        // The intake's external_id (≤ 128) and a canned reply's title and text (≤ 50, ≤ 2000).
        {
            const qint64 seq = server()->seq();
            QJsonObject over = intakeBody();
            over.insert(u"external_id"_s, QString(129, u'e'));
            QVERIFY(isError(postIntake(u"/api/v1/intake/complaints"_s, compact(over)), 400,
                u"invalid_field"_s, u"external_id"_s));
            const QJsonObject reply { { u"id"_s, newId() }, { u"unit"_s, kHepan },
                { u"title"_s, QString(51, u'标') }, { u"text"_s, u"您好"_s } };
            QVERIFY(isRejected(push(http(), worker, { op(u"canned_reply.save"_s, reply) }),
                u"invalid_field"_s, u"payload.title"_s));
            QJsonObject longText = reply;
            longText.insert(u"title"_s, QString(50, u'标'));
            longText.insert(u"text"_s, QString(2001, u'文'));
            QVERIFY(isRejected(push(http(), worker, { op(u"canned_reply.save"_s, longText) }),
                u"invalid_field"_s, u"payload.text"_s));
            QVERIFY(unchanged(seq));
            longText.insert(u"text"_s, QString(2000, u'文'));
            QVERIFY(isApplied(push(http(), worker, { op(u"canned_reply.save"_s, longText) })));
        }
        // Bodies just over the limit, on the JSON doors and the form door.
        const qint64 seq = server()->seq();
        const qsizetype limit = 1 << 20;
        const QByteArray head = "{\"community\":\"210111001001\",\"category\":\"噪音\",\"title\":"
                                "\"t\",\"channel\":\"wechat\",\"content\":\"";
        QByteArray body = head + QByteArray(limit + 1 - head.size() - 2, 'x') + "\"}";
        QCOMPARE(body.size(), limit + 1);
        QVERIFY(
            isError(postIntake(u"/api/v1/intake/complaints"_s, body), 413, u"payload_too_large"_s));
        QVERIFY(isError(postIntake(u"/api/v1/intake/fans"_s, body), 413, u"payload_too_large"_s));
        QVERIFY(isError(http().post(u"/api/v1/auth/login"_s, body), 413, u"payload_too_large"_s));
        QVERIFY(isError(
            http().post(u"/api/v1/sync/push"_s, body, worker), 413, u"payload_too_large"_s));
        // The form door answers in Open311's format even where cpp-httplib refuses the body
        // itself (over 1 MiB, or a form over its 8 KiB limit).
        QVERIFY(isOpen311Error(postForm(goodForm() + "&x=" + QByteArray(limit, 'x')), 413, false));
        QVERIFY(isOpen311Error(
            postForm(goodForm() + "&x=" + QByteArray(9000, 'x'), u"xml"_s), 413, true));
        // Just under the limit the body is read and refused for what it says.
        body.remove(head.size(), 1);
        QCOMPARE(body.size(), limit);
        QVERIFY(isError(postIntake(u"/api/v1/intake/complaints"_s, body), 400, u"invalid_field"_s,
            u"content"_s));
        QVERIFY(unchanged(seq));
    }

    // Invalid UTF-8 in JSON bodies, query strings and form bodies.
    void invalidUtf8()
    {
        const qint64 seq = server()->seq();
        const QString worker = token(u"demo.worker"_s);
        const QString key = server()->intakeKey();
        for (const QByteArray &bad : kBadUtf8) {
            const QByteArray text = "夜间" + bad + "施工";
            QByteArray pushBody = "{\"ops\":[{\"op_id\":\"" + newId().toUtf8()
                + "\",\"type\":\"complaint.create\",\"payload\":{\"id\":\"" + newId().toUtf8()
                + "\",\"community\":\"210111001001\",\"category\":\"噪音\",\"title\":\"" + text
                + "\",\"content\":\"x\",\"channel\":\"walk_in\"}}]}";
            QVERIFY(isError(
                http().post(u"/api/v1/sync/push"_s, pushBody, worker), 400, u"invalid_json"_s));
            QVERIFY(isError(http().post(u"/api/v1/auth/login"_s,
                                "{\"username\":\"demo." + bad + "\",\"password\":\"x\"}"),
                400, u"invalid_json"_s));
            QByteArray intake = compact(intakeBody());
            intake.replace("夜间施工噪音扰民", text);
            QVERIFY(isError(
                postIntake(u"/api/v1/intake/complaints"_s, intake), 400, u"invalid_json"_s));
            QVERIFY(isError(postIntake(u"/api/v1/intake/fans"_s,
                                "{\"community\":\"210111001001" + bad + "\",\"days\":[]}"),
                400, u"invalid_json"_s));
            QVERIFY(isOpen311Error(postForm("{\"api_key\":\"" + key.toUtf8()
                                           + "\",\"service_code\":\"noise\","
                                             "\"address_string\":\"x\",\"description\":\""
                                           + text
                                           + "\","
                                             "\"attribute\":{\"community\":\"210111001001\"}}",
                                       u"json"_s, "application/json"),
                400, false));

            // Query strings: the parameter is named.
            QString escaped;
            for (const char c : bad)
                escaped += u"%%1"_s.arg(uint(uchar(c)), 2, 16, QChar(u'0'));
            QVERIFY(isError(http().get(u"/api/v1/complaints?q=%E5%A4%9C"_s + escaped, worker), 400,
                u"invalid_field"_s, u"q"_s));
            QVERIFY(isError(http().get(u"/api/v1/complaints?category="_s + escaped, worker), 400,
                u"invalid_field"_s, u"category"_s));
            QVERIFY(isError(http().get(u"/api/v1/notices?state=draft"_s + escaped, worker), 400,
                u"invalid_field"_s, u"state"_s));
            QVERIFY(isError(
                http().get(
                    u"/api/v1/units/210111001001/fans?from=2026-01-01&to=2026-01-31&group=day"_s
                        + escaped,
                    worker),
                400, u"invalid_field"_s, u"group"_s));
            QVERIFY(isOpen311Error(
                http().get(u"/open311/v2/requests.xml?api_key=%1&service_code=noise%2"_s.arg(
                    key, escaped)),
                400, true));
            // Form bodies.
            QVERIFY(isOpen311Error(
                postForm(goodForm() + "&first_name=" + escaped.toLatin1()), 400, false));
            QVERIFY(isOpen311Error(
                postForm(goodForm().replace("noise", "noise" + escaped.toLatin1()), u"xml"_s), 400,
                true));
        }
        // NUL and control characters in query strings and path segments (PostgreSQL refuses NUL).
        for (const QString &c : { u"%00"_s, u"%01"_s, u"%1B"_s }) {
            QVERIFY(isError(http().get(u"/api/v1/complaints?q=a"_s + c, worker), 400,
                u"invalid_field"_s, u"q"_s));
            QVERIFY(isError(http().get(u"/api/v1/complaints?unit=210111001001"_s + c, worker), 400,
                u"invalid_field"_s, u"unit"_s));
            QVERIFY(
                isError(http().get(u"/api/v1/complaints/a"_s + c, worker), 404, u"not_found"_s));
            QVERIFY(isError(http().get(u"/api/v1/notices/a"_s + c, worker), 404, u"not_found"_s));
            QVERIFY(isOpen311Error(
                http().get(u"/open311/v2/requests/a%1.json?api_key=%2"_s.arg(c, key)), 404, false));
            QVERIFY(
                isOpen311Error(postForm(goodForm() + "&address_id=" + c.toLatin1()), 400, false));
        }
        for (const char *escape : { "\\u0000", "\\u0001" }) {
            QVERIFY(isOpen311Error(postForm("{\"api_key\":\"" + key.toUtf8()
                                           + "\",\"service_code\":\"noise\","
                                             "\"address_string\":\"x\",\"description\":\"d\","
                                             "\"attribute\":{\"community\":\"210111001001"
                                           + escape + "\"}}",
                                       u"json"_s, "application/json"),
                400, false));
            QVERIFY(isOpen311Error(postForm("{\"api_key\":\"" + key.toUtf8()
                                           + "\",\"service_code\":\"noise\","
                                             "\"address_string\":\"x"
                                           + escape
                                           + "\",\"description\":\"d\","
                                             "\"attribute\":{\"community\":\"210111001001\"}}",
                                       u"json"_s, "application/json"),
                400, false));
        }
        // Escapes that name no character: a lone surrogate, NUL, and control characters that
        // no XML document (Open311) may carry.
        for (const char *escape : { "\\ud800", "\\udfff", "\\ud800x", "\\u0000", "\\u0001",
                 "\\u001b", "\\ufffe", "\\uffff" }) {
            QByteArray intake = compact(intakeBody());
            intake.replace("夜间施工噪音扰民", QByteArray("夜间") + escape);
            QVERIFY(isError(postIntake(u"/api/v1/intake/complaints"_s, intake), 400,
                u"invalid_field"_s, u"title"_s));
            QVERIFY(isRejected(http().post(u"/api/v1/sync/push"_s,
                                   "{\"ops\":[{\"op_id\":\"" + newId().toUtf8()
                                       + "\",\"type\":\"complaint.create\",\"payload\":{\"id\":\""
                                       + newId().toUtf8()
                                       + "\",\"community\":\"210111001001\",\"category\":\"噪音\","
                                         "\"title\":\"t\",\"content\":\"x"
                                       + escape + "\",\"channel\":\"walk_in\"}}]}",
                                   worker),
                u"invalid_field"_s, u"payload.content"_s));
        }
        QVERIFY(unchanged(seq));
    }

    // SQL and HTML payloads are data: stored and read back byte for byte, the tables intact,
    // and LIKE wildcards in a search match themselves only.
    void payloadsStoredVerbatim()
    {
        const QString worker = token(u"demo.worker"_s);
        const HttpReply before = http().get(u"/api/v1/complaints?per_page=1"_s, worker);
        QCOMPARE(before.status, 200);
        const qint64 total = before.json().value(u"total"_s).toInteger();
        // Nothing in the demo holds these characters, so a search must find nothing yet.
        for (const QString &q : { u"%"_s, u"_"_s, u"%25%25"_s, u"!"_s, u"\\"_s }) {
            const HttpReply r = http().get(
                u"/api/v1/complaints?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)),
                worker);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"total"_s).toInteger(), 0);
        }
        QStringList ids;
        for (const QString &payload : kPayloads) {
            const QString id = newId();
            QJsonObject p = complaintPayload(id);
            p.insert(u"title"_s, payload);
            p.insert(u"content"_s, payload + u"\n"_s + payload);
            p.insert(u"nickname"_s, payload.left(64));
            p.insert(u"location"_s, payload);
            QVERIFY(isApplied(push(http(), worker, { op(u"complaint.create"_s, p) })));
            ids.append(id);
            // Through the intake too.
            QJsonObject intake = intakeBody();
            intake.insert(u"title"_s, payload);
            intake.insert(u"content"_s, payload);
            intake.insert(u"external_id"_s, payload);
            const HttpReply r = postIntake(u"/api/v1/intake/complaints"_s, compact(intake));
            QCOMPARE(r.status, 201);
            const QJsonObject stored
                = http()
                      .get(u"/api/v1/complaints/"_s + r.json().value(u"id"_s).toString(), worker)
                      .json();
            QCOMPARE(stored.value(u"title"_s).toString(), payload);
            QCOMPARE(stored.value(u"content"_s).toString(), payload);
            QCOMPARE(stored.value(u"external_id"_s).toString(), payload);
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const HttpReply r = http().get(u"/api/v1/complaints/"_s + ids.at(i), worker);
            QCOMPARE(r.status, 200);
            const QJsonObject c = r.json();
            QCOMPARE(c.value(u"title"_s).toString(), kPayloads.at(i));
            QCOMPARE(c.value(u"content"_s).toString(), kPayloads.at(i) + u"\n"_s + kPayloads.at(i));
            QCOMPARE(c.value(u"location"_s).toString(), kPayloads.at(i));
            QCOMPARE(c.value(u"nickname"_s).toString(), kPayloads.at(i).left(64));
        }
        // The pull carries the same bytes.
        int pulled = 0;
        for (const QJsonObject &change : pullAll(http(), worker).changes) {
            const qsizetype i = ids.indexOf(change.value(u"id"_s).toString());
            if (change.value(u"kind"_s).toString() != u"complaint" || i < 0)
                continue;
            QCOMPARE(
                change.value(u"data"_s).toObject().value(u"title"_s).toString(), kPayloads.at(i));
            ++pulled;
        }
        QCOMPARE(pulled, int(ids.size()));
        // The tables are intact: every complaint is still there, plus the new ones.
        const qint64 added = 2 * kPayloads.size();
        QCOMPARE(http()
                     .get(u"/api/v1/complaints?per_page=1"_s, worker)
                     .json()
                     .value(u"total"_s)
                     .toInteger(),
            total + added);
        // Searches: the wildcards match themselves; the injections match their own records.
        const auto found = [&](const QString &q) {
            const HttpReply r = http().get(u"/api/v1/complaints?per_page=200&q="_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(q)),
                worker);
            return r.status == 200 ? r.json().value(u"total"_s).toInteger() : -1;
        };
        QCOMPARE(found(u"%"_s), 2);
        QCOMPARE(found(u"_"_s), 2);
        QCOMPARE(found(u"%_"_s), 0);
        QCOMPARE(found(u"!"_s), 2);
        QCOMPARE(found(u"\\"_s), 2);
        QCOMPARE(found(u"' OR '1'='1"_s), 2);
        QCOMPARE(found(u"\" OR 1=1 --"_s), 2);
        QCOMPARE(found(u"'; DROP TABLE complaints;--"_s), 2);
        QCOMPARE(http()
                     .get(u"/api/v1/complaints?per_page=1"_s, worker)
                     .json()
                     .value(u"total"_s)
                     .toInteger(),
            total + added);
        // Query parameters that reach SQL as values.
        const qint64 seq = server()->seq();
        QVERIFY(
            isError(http().get(u"/api/v1/complaints?unit=210111001001'%20OR%20'1'%3D'1"_s, worker),
                404, u"not_found"_s));
        QVERIFY(
            isError(http().get(u"/api/v1/complaints?unit=210111001001'%20OR%20'1'='1"_s, worker),
                400, u"invalid_field"_s, u"unit"_s));
        QVERIFY(isError(http().get(u"/api/v1/complaints?status=new'%20OR%201=1--"_s, worker), 400,
            u"invalid_field"_s, u"status"_s));
        QCOMPARE(
            http()
                .get(u"/api/v1/complaints?category=%E5%99%AA%E9%9F%B3'%20OR%20'1'%3D'1"_s, worker)
                .json()
                .value(u"total"_s)
                .toInteger(),
            0);
        QVERIFY(isError(
            http().get(u"/api/v1/complaints/x'%20OR%20'1'='1"_s, worker), 404, u"not_found"_s));
        QVERIFY(isError(http().get(u"/api/v1/sync/pull?since=0%20OR%201%3D1"_s, worker), 400,
            u"invalid_field"_s, u"since"_s));
        // A raw '=' inside a value would be cut to what follows it: refused, not shortened.
        QVERIFY(isError(http().get(u"/api/v1/sync/pull?since=0%20OR%201=1"_s, worker), 400,
            u"invalid_field"_s, u"since"_s));
        QVERIFY(isError(
            http().get(u"/api/v1/complaints?q=1+1=2"_s, worker), 400, u"invalid_field"_s, u"q"_s));
        QVERIFY(
            isError(http().post(u"/api/v1/auth/login"_s,
                        "{\"username\":\"demo.city' OR '1'='1' --\",\"password\":\"' OR '1'='1\"}"),
                401, u"unauthorized"_s));
        QVERIFY(isError(http().get(u"/api/v1/me"_s, u"' OR '1'='1"_s), 401, u"unauthorized"_s));
        QVERIFY(isError(http().post(u"/api/v1/intake/complaints"_s, compact(intakeBody()), {},
                            "application/json", { { "X-Intake-Key", "' OR '1'='1" } }),
            401, u"unauthorized"_s));
        QVERIFY(unchanged(seq));

        // A notice's body is stored as written; the client sanitises it when it shows it.
        const QString notice = newId();
        const QString html = u"<p>停水</p><script>alert(1)</script><img src=x onerror=alert(1)>"
                             u"<a href=\"javascript:alert(1)\">详情</a>"_s;
        QVERIFY(isApplied(push(http(), worker,
            { op(u"notice.save"_s,
                { { u"id"_s, notice }, { u"unit"_s, kHepan }, { u"category"_s, u"通知"_s },
                    { u"title"_s, kPayloads.at(3) }, { u"body_html"_s, html },
                    { u"scheduled_at"_s, QJsonValue(QJsonValue::Null) } }) })));
        const QJsonObject n = http().get(u"/api/v1/notices/"_s + notice, worker).json();
        QCOMPARE(n.value(u"body_html"_s).toString(), html);
        QCOMPARE(n.value(u"title"_s).toString(), kPayloads.at(3));
    }

    // Open311: duplicated, missing and overlong fields, bad coordinates, unknown codes, bad
    // keys, wrong content types; XML-special characters escaped in the .xml answers.
    void open311EdgeCases()
    {
        const qint64 seq = server()->seq();
        const QByteArray form = goodForm();
        // A field given twice is ambiguous: which description did the resident mean?
        for (const QByteArray &twice : { QByteArray("&description=another"),
                 QByteArray("&api_key=cdk_other"), QByteArray("&service_code=parking"),
                 QByteArray("&attribute[community]=210111001002"),
                 QByteArray("&lat=41.6&long=123.4&lat=41.7") })
            QVERIFY(isOpen311Error(postForm(form + twice), 400, false));
        // Missing fields, each its own answer.
        QVERIFY(isOpen311Error(postForm(""), 403, false));
        QVERIFY(isOpen311Error(postForm("api_key=&service_code=noise"), 403, false));
        QByteArray noService = form;
        noService.replace("service_code=noise", "service_code=");
        QVERIFY(isOpen311Error(postForm(noService), 400, false));
        QByteArray emptyDescription = form;
        emptyDescription.replace(QUrl::toPercentEncoding(u"工地夜间施工"_s), "%20%09");
        QVERIFY(isOpen311Error(postForm(emptyDescription), 400, false));
        // Overlong fields.
        QVERIFY(
            isOpen311Error(postForm(form.left(form.indexOf("&address_string")) + "&address_string="
                               + QByteArray(501, 'a') + form.mid(form.indexOf("&description"))),
                400, false));
        QVERIFY(isOpen311Error(postForm(form + "&address_id=" + QByteArray(101, '1')), 400, false));
        QVERIFY(isOpen311Error(
            postForm(form + "&media_url=https://x.cn/" + QByteArray(1000, 'a')), 400, false));
        QVERIFY(isOpen311Error(postForm(form + "&phone=" + QByteArray(33, '1')), 400, false));
        // Bad coordinates.
        for (const auto &[lat, lng] : QList<std::pair<QByteArray, QByteArray>> { { "abc", "123.4" },
                 { "91", "123.4" }, { "41.6", "-180.5" }, { "NaN", "123.4" }, { "inf", "123.4" },
                 { "41.6", "1e999" }, { "0x10", "1" }, { "41.6", "" }, { "41,6", "123,4" } }) {
            QVERIFY(isOpen311Error(
                postForm(form + "&lat=" + QUrl::toPercentEncoding(QString::fromLatin1(lat))
                    + "&long=" + QUrl::toPercentEncoding(QString::fromLatin1(lng))),
                400, false));
        }
        // Unknown service codes and communities, bad keys, wrong content types.
        QByteArray unknown = form;
        unknown.replace("service_code=noise", "service_code=%3Cscript%3E");
        QVERIFY(isOpen311Error(postForm(unknown, u"xml"_s), 404, true));
        QVERIFY(isOpen311Error(http().get(u"/open311/v2/services/%3Cb%3E&amp;.xml"_s), 404, true));
        QByteArray badKey = form;
        badKey.replace("api_key=", "api_key=x");
        QVERIFY(isOpen311Error(postForm(badKey, u"xml"_s), 403, true));
        QVERIFY(isOpen311Error(
            http().get(u"/open311/v2/requests.json?api_key=%27%20OR%20%271%27%3D%271"_s), 403,
            false));
        for (const QByteArray &type : { QByteArray("text/plain"), QByteArray("application/xml"),
                 QByteArray("multipart/form-data; boundary=x"),
                 QByteArray("application/octet-stream") })
            QVERIFY(isOpen311Error(postForm(form, u"json"_s, type), 400, false));
        QVERIFY(isOpen311Error(postForm("not json", u"json"_s, "application/json"), 400, false));
        QVERIFY(isOpen311Error(postForm("[]", u"xml"_s, "application/json"), 400, true));
        QVERIFY(isOpen311Error(postForm("{\"api_key\":\"" + server()->intakeKey().toUtf8()
                                       + "\",\"service_code\":[\"noise\"]}",
                                   u"json"_s, "application/json"),
            400, false));
        // Reads: bad filters.
        const QString key = server()->intakeKey();
        for (const QString &query : { u"start_date=yesterday"_s, u"page_size=0"_s,
                 u"page_size=1001"_s, u"page=-1"_s, u"status=open%27%20OR%20%271%27%3D%271"_s })
            QVERIFY(isOpen311Error(
                http().get(u"/open311/v2/requests.xml?api_key=%1&%2"_s.arg(key, query)), 400,
                true));
        QVERIFY(unchanged(seq));

        // XML-special characters round-trip, escaped in XML and in JSON alike.
        const QString description = u"x<5 & y>3; \"quoted\" 'apos' ]]> &amp; &#x41; 街道&社区"_s;
        const QString address = u"<阳光小区> & \"3号楼\""_s;
        const QByteArray special = "api_key=" + QUrl::toPercentEncoding(key)
            + "&service_code=noise&address_string=" + QUrl::toPercentEncoding(address)
            + "&description=" + QUrl::toPercentEncoding(description) + "&attribute[community]="
            + kHepan.toUtf8() + "&account_id=" + QUrl::toPercentEncoding(u"a<b>&c"_s);
        const HttpReply created = postForm(special, u"xml"_s);
        QCOMPARE(created.status, 201);
        QString id;
        QString account;
        {
            QXmlStreamReader xml(created.body);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == u"service_request_id")
                        id = xml.readElementText();
                    else if (xml.name() == u"account_id")
                        account = xml.readElementText();
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        }
        QVERIFY(!id.isEmpty());
        QCOMPARE(account, u"a<b>&c"_s);
        const HttpReply xmlRead
            = http().get(u"/open311/v2/requests/%1.xml?api_key=%2"_s.arg(id, key));
        QCOMPARE(xmlRead.status, 200);
        QVERIFY(!xmlRead.body.contains("<5"));
        QVERIFY(!xmlRead.body.contains("<阳光"));
        QHash<QString, QString> fields;
        QXmlStreamReader xml(xmlRead.body);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() != u"service_requests" && xml.name() != u"request")
                fields.insert(xml.name().toString(), xml.readElementText());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(fields.value(u"description"_s), description);
        QCOMPARE(fields.value(u"address"_s), address);
        const QJsonObject json = http()
                                     .get(u"/open311/v2/requests/%1.json?api_key=%2"_s.arg(id, key))
                                     .jsonArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(json.value(u"description"_s).toString(), description);
        QCOMPARE(json.value(u"address"_s).toString(), address);
        // The error answers escape what they echo.
        QByteArray echoed = special;
        echoed.replace(
            "service_code=noise", "service_code=" + QUrl::toPercentEncoding(u"<x>&\"]]>"_s));
        const HttpReply error = postForm(echoed, u"xml"_s);
        QVERIFY(isOpen311Error(error, 404, true));
        QVERIFY(!error.body.contains("<x>"));
    }

    // The console's CSV with broken encodings and hostile cells: `import-fans` names the
    // problem, exits 2, and imports nothing.
    void fansCsvBroken()
    {
        QFile utf8File(dataDir() + u"/fans/console_utf8.csv"_s);
        QFile gbkFile(dataDir() + u"/fans/console_gbk.csv"_s);
        QVERIFY(utf8File.open(QIODevice::ReadOnly) && gbkFile.open(QIODevice::ReadOnly));
        const QByteArray utf8 = utf8File.readAll();
        const QByteArray gbk = gbkFile.readAll();
        const QByteArray utf8Body = utf8.mid(3); // without the BOM
        const qsizetype firstRow = utf8Body.indexOf('\n') + 1;
        const qsizetype gbkFirstRow = gbk.indexOf('\n') + 1;
        const QByteArray header = utf8Body.left(firstRow);
        const QByteArray rows = utf8Body.mid(firstRow);
        const QByteArray gbkHeader = gbk.left(gbkFirstRow);

        const auto cell = [&](const QByteArray &value) {
            QByteArray b = header;
            b.append("2026-05-01," + value + ",1,0,100\n");
            return b;
        };
        struct Case
        {
            const char *name;
            QByteArray bytes;
            QString says;
        };
        const QList<Case> cases = {
            { "GBK cut short inside a character", gbk + "2026/5/20,1,0,1,\xC0",
                u"neither UTF-8 nor GBK"_s },
            { "GBK lead byte before a line break", gbkHeader + "2026/5/8,15,2,13,1632\xC0\n",
                u"neither UTF-8 nor GBK"_s },
            { "UTF-8 header, GBK rows", header + "2026/5/8," + gbkHeader.left(4) + ",2,13,1632\n",
                u"neither UTF-8 nor GBK"_s },
            { "UTF-8 with a lone continuation byte", header + "2026-05-01,1\x80,0,1,100\n",
                u"neither UTF-8 nor GBK"_s },
            { "UTF-8 with an overlong sequence", header + "2026-05-01,\xC0\xB1,0,1,100\n",
                u"neither UTF-8 nor GBK"_s },
            { "a BOM in the middle", header + "\xEF\xBB\xBF" + rows, u"line 2"_s },
            { "a BOM inside a number", cell("1\xEF\xBB\xBF"), u"line 2"_s },
            { "NUL inside a number", cell(QByteArray("1\0002", 3)), u"line 2"_s },
            { "NUL in the header",
                QByteArray("\xE6\x97\xB6\0\xE9\x97\xB4", 7) + header.mid(6) + rows, u"时间"_s },
            { "a 10 MB line", cell(QByteArray(10 * 1024 * 1024, '9')), u"line 2"_s },
            { "a 10 MB quoted field", cell("\"" + QByteArray(10 * 1024 * 1024, 'x') + "\""),
                u"line 2"_s },
            { "a formula", cell("=HYPERLINK(\"\"http://evil.example/\"\",\"\"1\"\")"),
                u"line 2"_s },
            { "a quoted formula", cell("\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"1\"\")\""),
                u"line 2"_s },
            { "an @ formula", cell("@SUM(A1:A9)"), u"line 2"_s },
            { "a DDE payload", cell("=cmd|' /C calc'!A0"), u"line 2"_s },
            { "a formula date", header + "=NOW(),1,0,1,100\n", u"line 2"_s },
            { "an unclosed quote", header + "2026-05-01,\"1,0,1,100\n", u"line 2"_s },
        };
        QTemporaryDir dir;
        const QString code = kHepan;
        const QString worker = token(u"demo.worker"_s);
        const auto figures = [&] {
            const QDate today = QDate::currentDate();
            return http()
                .get(u"/api/v1/units/%1/fans?from=%2&to=%3"_s.arg(code,
                         today.addDays(-40).toString(Qt::ISODate), today.toString(Qt::ISODate)),
                    worker)
                .body;
        };
        const QByteArray stored = figures();
        QVERIFY(stored.startsWith("[{"));
        const qint64 seq = server()->seq();
        for (const Case &c : cases) {
            const QString path = dir.filePath(u"case.csv"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(c.bytes);
            f.close();
            const CliResult r
                = runServer(QStringList { u"import-fans"_s, u"--community"_s, code, path }
                    + server()->database().serverArgs());
            ++m_checked;
            QVERIFY2(r.exitCode == 2, c.name);
            QVERIFY2(r.err.contains(u"nothing was imported"_s),
                qPrintable(QString::fromUtf8(c.name) + u": "_s + r.err.left(500)));
            QVERIFY2(r.err.contains(c.says),
                qPrintable(QString::fromUtf8(c.name) + u": "_s + r.err.left(500)));
            // A problem is reported, not the whole hostile cell back.
            QVERIFY2(r.err.size() < 4000, c.name);
        }
        QVERIFY(unchanged(seq));
        QCOMPARE(figures(), stored);

        // The intake's JSON door takes numbers only.
        for (const auto &[v, expected] : QList<std::pair<QJsonValue, QString>> {
                 { u"=HYPERLINK(\"http://evil.example/\",\"1\")"_s, u"bad_number"_s },
                 { u"1"_s, u"bad_number"_s }, { 1e30, u"bad_number"_s }, { -1e30, u"bad_number"_s },
                 { 1.5, u"bad_number"_s }, { -1, u"negative_count"_s } }) {
            const QJsonObject body { { u"community"_s, code },
                { u"days"_s,
                    QJsonArray {
                        QJsonObject { { u"date"_s, u"2026-05-01"_s }, { u"new_follow"_s, v },
                            { u"unfollow"_s, 0 }, { u"cumulative"_s, 100 } } } } };
            QVERIFY(isError(postIntake(u"/api/v1/intake/fans"_s, compact(body)), 400, expected,
                u"days[0].new_follow"_s));
        }
        QVERIFY(isError(postIntake(u"/api/v1/intake/fans"_s,
                            compact({ { u"community"_s, code },
                                { u"days"_s,
                                    QJsonArray { QJsonObject { { u"date"_s, u"=NOW()"_s },
                                        { u"new_follow"_s, 1 }, { u"unfollow"_s, 0 },
                                        { u"cumulative"_s, 100 } } } } })),
            400, u"bad_date"_s, u"days[0].date"_s));
        QVERIFY(unchanged(seq));
        QCOMPARE(figures(), stored);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
