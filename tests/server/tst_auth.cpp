// API.md §Auth against a live server on SQLite and PostgreSQL: sign-in, token expiry,
// refresh rotation and reuse, sign-out, lockout, disabled accounts.

#include "testsupport.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace civic::test;

class TestAuth : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    // Starts the demo server on the row's backend; false (the test skipped, with the reason)
    // when the backend is not available — the caller returns at once.
    bool startServer(const QStringList &args = {})
    {
        QFETCH_GLOBAL(QString, backend);
        QString why;
        if (m_server.start(backend, &why, args))
            return true;
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
        return false;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { m_server.stop(); }

    void loginReturnsTokensAndUser()
    {
        if (!startServer())
            return;
        const HttpReply r = m_server.http().postJson(
            u"/api/v1/auth/login"_s,
            {{u"username"_s, u"demo.worker"_s}, {u"password"_s, u"CivicDesk-demo-1"_s}, {u"device"_s, u"test"_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QVERIFY(body.value(u"access_token"_s).toString().size() > 30);
        QVERIFY(body.value(u"refresh_token"_s).toString().size() > 30);
        QVERIFY(body.value(u"access_token"_s) != body.value(u"refresh_token"_s));
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 900);
        const QJsonObject user = body.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"username"_s).toString(), u"demo.worker"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"worker"_s);
        QVERIFY(!user.value(u"id"_s).toString().isEmpty());
        QVERIFY(!user.value(u"display_name"_s).toString().isEmpty());
        const QJsonObject unit = user.value(u"unit"_s).toObject();
        QCOMPARE(unit.value(u"code"_s).toString(), u"210111001001"_s);
        QCOMPARE(unit.value(u"name"_s).toString(), u"河畔社区"_s);
        QCOMPARE(unit.value(u"level"_s).toString(), u"community"_s);

        const HttpReply me = m_server.http().get(u"/api/v1/me"_s, body.value(u"access_token"_s).toString());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json(), user);
    }

    void wrongPasswordAndUnknownUserAre401()
    {
        if (!startServer())
            return;
        const qint64 seq = m_server.seq();
        for (const auto &[user, password] : {std::pair{u"demo.worker"_s, u"wrong-password"_s},
                                             std::pair{u"no.such.user"_s, u"CivicDesk-demo-1"_s}}) {
            const HttpReply r = m_server.http().postJson(u"/api/v1/auth/login"_s,
                                                         {{u"username"_s, user}, {u"password"_s, password}});
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), u"unauthorized"_s);
            QVERIFY(!r.json().contains(u"access_token"_s));
        }
        QCOMPARE(m_server.seq(), seq);
    }

    void missingTamperedAndUnknownTokensAre401()
    {
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.worker"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s).status, 401);
        QString tampered = token;
        tampered[10] = tampered[10] == u'A' ? u'B' : u'A';
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, tampered).status, 401);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, u"cda_not-a-token"_s).status, 401);
        // A refresh token is not an access token.
        const QString refresh = loginReply(m_server.http(), u"demo.worker"_s).value(u"refresh_token"_s).toString();
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, refresh).status, 401);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, token).status, 200);
    }

    void accessTokensExpire()
    {
        if (!startServer({u"--access-ttl"_s, u"1"_s}))
            return;
        const QJsonObject session = loginReply(m_server.http(), u"demo.street"_s);
        const QString token = session.value(u"access_token"_s).toString();
        QCOMPARE(session.value(u"expires_in"_s).toInt(), 1);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, token).status, 200);
        QThread::msleep(1300);
        const HttpReply expired = m_server.http().get(u"/api/v1/me"_s, token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), u"unauthorized"_s);
        // The refresh token still gets a new pair.
        const HttpReply refreshed = m_server.http().postJson(
            u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, session.value(u"refresh_token"_s)}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, refreshed.json().value(u"access_token"_s).toString()).status, 200);
    }

    void refreshRotatesAndReuseRevokesTheLogin()
    {
        if (!startServer())
            return;
        const QJsonObject first = loginReply(m_server.http(), u"demo.director"_s);
        const QString refresh1 = first.value(u"refresh_token"_s).toString();
        const HttpReply r2 = m_server.http().postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh1}});
        QCOMPARE(r2.status, 200);
        const QJsonObject second = r2.json();
        const QString refresh2 = second.value(u"refresh_token"_s).toString();
        const QString access2 = second.value(u"access_token"_s).toString();
        QVERIFY(refresh2 != refresh1);
        QCOMPARE(second.value(u"user"_s).toObject().value(u"username"_s).toString(), u"demo.director"_s);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, access2).status, 200);

        // The first refresh token was rotated: using it again is theft, and ends the login.
        const HttpReply reuse = m_server.http().postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh1}});
        QCOMPARE(reuse.status, 401);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, access2).status, 401);
        QCOMPARE(m_server.http().postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh2}}).status, 401);

        // Another login of the same user is not affected.
        const QString other = login(m_server.http(), u"demo.director"_s);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, other).status, 200);
    }

    void logoutRevokesTheRefreshToken()
    {
        if (!startServer())
            return;
        const QJsonObject session = loginReply(m_server.http(), u"demo.worker"_s);
        const QString access = session.value(u"access_token"_s).toString();
        const QString refresh = session.value(u"refresh_token"_s).toString();
        const QString otherDevice = login(m_server.http(), u"demo.worker"_s);
        const HttpReply out = m_server.http().post(u"/api/v1/auth/logout"_s, {}, access);
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());
        QCOMPARE(m_server.http().postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh}}).status, 401);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, access).status, 401);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, otherDevice).status, 200);
        QCOMPARE(m_server.http().post(u"/api/v1/auth/logout"_s, {}).status, 401);
    }

    void fiveFailuresLockTheUsername()
    {
        if (!startServer())
            return;
        for (int i = 0; i < 5; ++i) {
            const HttpReply r = m_server.http().postJson(
                u"/api/v1/auth/login"_s, {{u"username"_s, u"demo.worker2"_s}, {u"password"_s, u"not-it-%1"_s.arg(i)}});
            QCOMPARE(r.status, 401);
        }
        const HttpReply locked = m_server.http().postJson(
            u"/api/v1/auth/login"_s, {{u"username"_s, u"demo.worker2"_s}, {u"password"_s, u"CivicDesk-demo-1"_s}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), u"too_many_attempts"_s);
        // Other usernames are unaffected.
        QVERIFY(!login(m_server.http(), u"demo.worker"_s).isEmpty());
    }

    void successResetsTheFailureCount()
    {
        if (!startServer())
            return;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 4; ++i)
                QCOMPARE(m_server.http()
                             .postJson(u"/api/v1/auth/login"_s,
                                       {{u"username"_s, u"demo.street"_s}, {u"password"_s, u"wrong-password"_s}})
                             .status,
                         401);
            QVERIFY(!login(m_server.http(), u"demo.street"_s).isEmpty());
        }
    }

    void disabledAccountsCannotSignInAndLoseTheirTokens()
    {
        QFETCH_GLOBAL(QString, backend);
        if (!startServer())
            return;
        const QString token = login(m_server.http(), u"demo.worker2"_s);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, token).status, 200);
        const CliResult r = runServer(QStringList{u"user"_s, u"disable"_s, u"--username"_s, u"demo.worker2"_s}
                                      + m_server.database().serverArgs());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, token).status, 401);
        QCOMPARE(m_server.http()
                     .postJson(u"/api/v1/auth/login"_s,
                               {{u"username"_s, u"demo.worker2"_s}, {u"password"_s, u"CivicDesk-demo-1"_s}})
                     .status,
                 401);
    }

    void passwordChangeEndsOtherSessions()
    {
        if (!startServer())
            return;
        const QJsonObject session = loginReply(m_server.http(), u"demo.worker"_s);
        const QString token = session.value(u"access_token"_s).toString();
        const QString id = session.value(u"user"_s).toObject().value(u"id"_s).toString();
        const HttpReply wrong = m_server.http().postJson(
            u"/api/v1/users/%1/password"_s.arg(id),
            {{u"current_password"_s, u"nope-nope"_s}, {u"new_password"_s, u"Another-pass-2"_s}}, token);
        QCOMPARE(wrong.status, 403);
        const HttpReply shortPw = m_server.http().postJson(
            u"/api/v1/users/%1/password"_s.arg(id),
            {{u"current_password"_s, u"CivicDesk-demo-1"_s}, {u"new_password"_s, u"short"_s}}, token);
        QCOMPARE(shortPw.status, 400);
        QCOMPARE(shortPw.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"new_password"_s);
        const HttpReply ok = m_server.http().postJson(
            u"/api/v1/users/%1/password"_s.arg(id),
            {{u"current_password"_s, u"CivicDesk-demo-1"_s}, {u"new_password"_s, u"Another-pass-2"_s}}, token);
        QCOMPARE(ok.status, 204);
        QCOMPARE(m_server.http().get(u"/api/v1/me"_s, token).status, 401);
        QVERIFY(login(m_server.http(), u"demo.worker"_s).isEmpty());
        QVERIFY(!login(m_server.http(), u"demo.worker"_s, u"Another-pass-2"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
