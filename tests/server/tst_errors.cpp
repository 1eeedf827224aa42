// API.md §Errors: every failure answers its documented status with the error body, and
// changes nothing (the global seq stays where it was).

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::test;

class TestErrors : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;
    QString m_worker;
    QString m_district;

    void verifyError(const HttpReply &r, int status, const QString &code, const QString &field = {})
    {
        QCOMPARE(r.status, status);
        QVERIFY2(r.contentType.startsWith(u"application/json"_s), qPrintable(r.contentType));
        const QJsonObject error = r.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        if (!field.isEmpty())
            QCOMPARE(error.value(u"field"_s).toString(), field);
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        if (!m_server.start(backend, &why, {u"--body-limit"_s, QString::number(1 << 20)}))
            QSKIP(qPrintable(why));
        m_worker = login(m_server.http(), u"demo.worker"_s);
        m_district = login(m_server.http(), u"demo.district"_s);
    }

    void cleanup() { m_server.stop(); }

    void malformedInputIs400()
    {
        const qint64 seq = m_server.seq();
        Http &http = m_server.http();
        verifyError(http.post(u"/api/v1/auth/login"_s, "{not json"), 400, u"invalid_json"_s);
        verifyError(http.post(u"/api/v1/auth/login"_s, "[1,2]"), 400, u"invalid_json"_s);
        verifyError(http.post(u"/api/v1/auth/login"_s, "\"\xff\xfe\""), 400, u"invalid_json"_s);
        verifyError(http.postJson(u"/api/v1/auth/login"_s, {{u"username"_s, 5}}), 400, u"invalid_field"_s, u"username"_s);
        verifyError(http.post(u"/api/v1/sync/push"_s, "{\"ops\": 5}", m_district), 400, u"invalid_field"_s, u"ops"_s);
        verifyError(http.post(u"/api/v1/sync/push"_s, "{\"ops\": [], \"extra\": 1}", m_district), 400,
                    u"invalid_field"_s, u"extra"_s);
        QByteArray deep(5000, '[');
        verifyError(http.post(u"/api/v1/sync/push"_s, "{\"ops\":" + deep, m_district), 400, u"invalid_json"_s);
        // One malformed op refuses the whole push: nothing is applied, not even the good op.
        const QJsonObject good = op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}, {u"households"_s, 1}});
        QJsonObject badId = good;
        badId[u"op_id"_s] = u"not-a-uuid"_s;
        verifyError(push(http, m_district, {good, badId}), 400, u"invalid_field"_s, u"ops[1].op_id"_s);
        QJsonObject badVersion = op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}}, -1);
        verifyError(push(http, m_district, {good, badVersion}), 400, u"invalid_field"_s, u"ops[1].base_version"_s);
        QJsonObject badPayload = good;
        badPayload[u"payload"_s] = u"text"_s;
        verifyError(push(http, m_district, {good, badPayload}), 400, u"invalid_field"_s, u"ops[1].payload"_s);
        verifyError(http.get(u"/api/v1/sync/pull?since=abc"_s, m_district), 400, u"invalid_field"_s, u"since"_s);
        verifyError(http.get(u"/api/v1/sync/pull?since=-1"_s, m_district), 400, u"invalid_field"_s, u"since"_s);
        verifyError(http.get(u"/api/v1/sync/pull?limit=0"_s, m_district), 400, u"invalid_field"_s, u"limit"_s);
        verifyError(http.get(u"/api/v1/sync/pull?limit=100000"_s, m_district), 400, u"invalid_field"_s, u"limit"_s);
        QCOMPARE(m_server.seq(), seq);
    }

    // Push bodies the fuzzer found (tests/fuzz/corpus/command): each is refused with a field
    // the client can show, and nothing changes.
    void fuzzedPushBodiesNameTheirField()
    {
        const qint64 seq = m_server.seq();
        Http &http = m_server.http();
        // An empty key: "unknown field" must still name it.
        verifyError(http.post(u"/api/v1/sync/push"_s, R"({"":["titl"]})", m_district), 400,
            u"invalid_field"_s, u"\"\""_s);
        QJsonObject emptyKey = op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}});
        emptyKey.insert(QString(), 1);
        verifyError(push(http, m_district, {emptyKey}), 400, u"invalid_field"_s, u"ops[0].\"\""_s);
        // An integer beyond qint64 is out of range, not "not an integer" (and converting it
        // was undefined behaviour).
        QJsonObject huge = op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}});
        huge.insert(u"base_version"_s, 1e25);
        const HttpReply r = push(http, m_district, {huge});
        verifyError(r, 400, u"invalid_field"_s, u"ops[0].base_version"_s);
        QVERIFY2(r.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"between"),
            qPrintable(r.json().value(u"error"_s).toObject().value(u"message"_s).toString()));
        QCOMPARE(m_server.seq(), seq);
    }

    void unauthenticatedIs401()
    {
        const qint64 seq = m_server.seq();
        Http &http = m_server.http();
        verifyError(http.get(u"/api/v1/sync/pull"_s), 401, u"unauthorized"_s);
        verifyError(http.postJson(u"/api/v1/sync/push"_s, {{u"ops"_s, QJsonArray{}}}), 401, u"unauthorized"_s);
        verifyError(http.get(u"/api/v1/me"_s, u"garbage"_s), 401, u"unauthorized"_s);
        verifyError(http.postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, u"cdr_nope"_s}}), 401,
                    u"unauthorized"_s);
        verifyError(http.postJson(u"/api/v1/auth/login"_s,
                                  {{u"username"_s, u"demo.worker"_s}, {u"password"_s, u"wrong-password"_s}}),
                    401, u"unauthorized"_s);
        QCOMPARE(m_server.seq(), seq);
    }

    void notAllowedIs403AndOutsideIs404()
    {
        const qint64 seq = m_server.seq();
        Http &http = m_server.http();
        const QJsonObject newUser = {{u"username"_s, u"new.worker"_s},
                                     {u"role"_s, u"worker"_s},
                                     {u"unit"_s, u"210111001001"_s},
                                     {u"password"_s, u"Some-password-1"_s}};
        // A worker sees its own community but may not create accounts in it.
        verifyError(http.postJson(u"/api/v1/users"_s, newUser, m_worker), 403, u"forbidden"_s);
        // A district cannot create accounts in another district: as if it did not exist.
        QJsonObject elsewhere = newUser;
        elsewhere[u"unit"_s] = u"210102001001"_s;
        verifyError(http.postJson(u"/api/v1/users"_s, elsewhere, m_district), 404, u"not_found"_s);
        QJsonObject nowhere = newUser;
        nowhere[u"unit"_s] = u"999999"_s;
        verifyError(http.postJson(u"/api/v1/users"_s, nowhere, m_district), 404, u"not_found"_s);
        verifyError(http.get(u"/api/v1/no/such/route"_s, m_district), 404, u"not_found"_s);
        QCOMPARE(m_server.seq(), seq);
        // And the district may create it in its own subtree.
        const HttpReply created = http.postJson(u"/api/v1/users"_s, newUser, m_district);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"username"_s).toString(), u"new.worker"_s);
        QVERIFY(!login(http, u"new.worker"_s, u"Some-password-1"_s).isEmpty());
    }

    void duplicatesAre409()
    {
        Http &http = m_server.http();
        const qint64 seq = m_server.seq();
        verifyError(http.postJson(u"/api/v1/users"_s,
                                  {{u"username"_s, u"demo.worker2"_s},
                                   {u"role"_s, u"worker"_s},
                                   {u"unit"_s, u"210111001001"_s},
                                   {u"password"_s, u"Some-password-1"_s}},
                                  m_district),
                    409, u"exists"_s, u"username"_s);
        QCOMPARE(m_server.seq(), seq);
    }

    void oversizedIs413()
    {
        const qint64 seq = m_server.seq();
        Http &http = m_server.http();
        const QByteArray big = "{\"ops\": [], \"pad\": \"" + QByteArray(1100 * 1024, 'x') + "\"}";
        verifyError(http.post(u"/api/v1/sync/push"_s, big, m_district), 413, u"payload_too_large"_s);
        QJsonArray ops;
        for (int i = 0; i < 501; ++i)
            ops.append(op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}, {u"households"_s, i}}));
        verifyError(push(http, m_district, ops), 413, u"too_many_ops"_s, u"ops"_s);
        QCOMPARE(m_server.seq(), seq);
        ops.removeLast();
        const HttpReply ok = push(http, m_district, ops);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"results"_s).toArray().size(), 500);
    }

    void lockoutIs429()
    {
        const qint64 seq = m_server.seq();
        Http &http = m_server.http();
        for (int i = 0; i < 5; ++i)
            http.postJson(u"/api/v1/auth/login"_s, {{u"username"_s, u"demo.city"_s}, {u"password"_s, u"wrong-one"_s}});
        verifyError(http.postJson(u"/api/v1/auth/login"_s,
                                  {{u"username"_s, u"demo.city"_s}, {u"password"_s, u"CivicDesk-demo-1"_s}}),
                    429, u"too_many_attempts"_s);
        QCOMPARE(m_server.seq(), seq);
    }

    void healthAndMetricsAnswer()
    {
        const HttpReply health = m_server.http().get(u"/api/v1/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
        QFETCH_GLOBAL(QString, backend);
        QCOMPARE(health.json().value(u"database"_s).toString(), backend);
        push(m_server.http(), m_district, {op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}, {u"households"_s, 7}})});
        push(m_server.http(), m_worker, {op(u"org.update"_s, {{u"code"_s, u"210111001001"_s}, {u"households"_s, 7}})});
        const HttpReply metrics = m_server.http().get(u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.contentType.startsWith(u"text/plain"_s));
        const QString text = QString::fromUtf8(metrics.body);
        QVERIFY(text.contains(u"# TYPE civic_http_requests_total counter"_s));
        QVERIFY(text.contains(u"civic_http_requests_total{route=\"/api/v1/auth/login\",method=\"POST\",status=\"200\"} 2"_s));
        QVERIFY(text.contains(u"civic_http_request_duration_seconds_bucket{route=\"/api/v1/sync/push\",le=\"+Inf\"} 2"_s));
        QVERIFY(text.contains(u"civic_sync_ops_total{status=\"applied\"} 1"_s));
        QVERIFY(text.contains(u"civic_sync_ops_total{status=\"rejected\"} 1"_s));
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
