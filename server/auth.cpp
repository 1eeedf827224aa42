#include "auth.h"

#include "apierror.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "civic.server.auth")

namespace civic::server {

QString hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool acceptablePassword(const QString &password, QString *why)
{
    if (password.size() < 8) {
        *why = u"a password needs at least 8 characters"_s;
        return false;
    }
    if (password.size() > 256) {
        *why = u"a password may have at most 256 characters"_s;
        return false;
    }
    if (!isValidText(password)) {
        *why = u"a password must be text"_s;
        return false;
    }
    return true;
}

QString newToken(QStringView prefix)
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray raw(reinterpret_cast<const char *>(bytes), sizeof bytes);
    return prefix.toString()
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

ApiError unauthorized(const QString &message = u"invalid or expired token"_s)
{
    return ApiError(401, u"unauthorized"_s, message);
}

// A hash to verify against when the username is unknown, so both cases take as long.
const QString &dummyHash()
{
    static const QString hash = hashPassword(u"civicdesk-no-such-user"_s);
    return hash;
}

void revokeFamily(Db &db, const QString &family, qint64 now)
{
    db.exec(u"UPDATE tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"_s,
            {now, family});
}

} // namespace

QJsonObject Auth::userJson(Db &db, const QString &userId)
{
    QSqlQuery q = db.exec(u"SELECT u.id, u.username, u.display_name, u.role, o.code, o.name, o.level, o.path"
                          u" FROM users u JOIN org_units o ON o.code = u.unit WHERE u.id = ?"_s,
                          {userId});
    if (!q.next())
        throw ApiError::notFound(u"user"_s);
    return QJsonObject{
        {u"id"_s, q.value(0).toString()},
        {u"username"_s, q.value(1).toString()},
        {u"display_name"_s, q.value(2).toString()},
        {u"role"_s, q.value(3).toString()},
        {u"unit"_s,
         QJsonObject{{u"code"_s, q.value(4).toString()},
                     {u"name"_s, q.value(5).toString()},
                     {u"level"_s, q.value(6).toString()},
                     {u"path"_s, q.value(7).toString()}}},
    };
}

QJsonObject Auth::issue(Db &db, const QString &userId, const QString &family, const QString &device,
                        qint64 now) const
{
    const QString access = newToken(u"cda_");
    const QString refresh = newToken(u"cdr_");
    const QString insert = u"INSERT INTO tokens (hash, kind, user_id, family, device, expires_at,"
                           u" created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    db.exec(insert, {tokenHash(access), u"access"_s, userId, family, device,
                     now + qint64(m_settings.accessTtlSeconds) * 1000, now});
    db.exec(insert, {tokenHash(refresh), u"refresh"_s, userId, family, device,
                     now + qint64(m_settings.refreshTtlSeconds) * 1000, now});
    return QJsonObject{
        {u"access_token"_s, access},
        {u"refresh_token"_s, refresh},
        {u"expires_in"_s, m_settings.accessTtlSeconds},
        {u"token_type"_s, u"Bearer"_s},
        {u"user"_s, userJson(db, userId)},
    };
}

QJsonObject Auth::login(Db &db, const QString &username, const QString &password,
                        const QString &device, qint64 now) const
{
    const qint64 windowStart = now - qint64(m_settings.lockoutWindowSeconds) * 1000;
    const int failures = db.scalar(u"SELECT count(*) FROM login_failures WHERE username = ? AND at > ?"_s,
                                   {username, windowStart})
                             .toInt();
    if (failures >= m_settings.lockoutFailures) {
        qCWarning(lcAuth) << "login locked out for" << username;
        throw ApiError(429, u"too_many_attempts"_s,
                       u"too many failed sign-ins for this username; try again in 15 minutes"_s);
    }

    QSqlQuery q = db.exec(u"SELECT id, password_hash, disabled FROM users WHERE username = ?"_s, {username});
    const bool known = q.next();
    const QString userId = known ? q.value(0).toString() : QString();
    const bool ok = verifyPassword(known ? q.value(1).toString() : dummyHash(), password);
    const bool disabled = known && q.value(2).toInt() != 0;
    q.finish();

    Transaction tx(db, Transaction::Mode::Write);
    if (!known || !ok || disabled) {
        db.exec(u"INSERT INTO login_failures (username, at) VALUES (?, ?)"_s, {username, now});
        db.exec(u"DELETE FROM login_failures WHERE at < ?"_s, {windowStart});
        tx.commit();
        throw unauthorized(u"wrong username or password"_s);
    }
    db.exec(u"DELETE FROM login_failures WHERE username = ?"_s, {username});
    db.exec(u"DELETE FROM tokens WHERE expires_at < ?"_s, {now - 24LL * 3600 * 1000});
    const QJsonObject result = issue(db, userId, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     device, now);
    tx.commit();
    return result;
}

QJsonObject Auth::refresh(Db &db, const QString &refreshToken, qint64 now) const
{
    Transaction tx(db, Transaction::Mode::Write);
    QSqlQuery q = db.exec(u"SELECT t.user_id, t.family, t.device, t.expires_at, t.revoked_at, t.rotated_at,"
                          u" u.disabled FROM tokens t JOIN users u ON u.id = t.user_id"
                          u" WHERE t.hash = ? AND t.kind = 'refresh'"_s,
                          {tokenHash(refreshToken)});
    if (!q.next())
        throw unauthorized();
    const QString userId = q.value(0).toString();
    const QString family = q.value(1).toString();
    const QString device = q.value(2).toString();
    const qint64 expires = q.value(3).toLongLong();
    const bool revoked = !q.value(4).isNull();
    const bool rotated = !q.value(5).isNull();
    const bool disabled = q.value(6).toInt() != 0;
    q.finish();
    if (rotated && !revoked) {
        // A refresh token used twice was stolen from one of its users: end that login.
        qCWarning(lcAuth) << "refresh token reused; revoking family" << family;
        revokeFamily(db, family, now);
        tx.commit();
        throw unauthorized(u"refresh token already used; signed out"_s);
    }
    if (revoked || expires <= now || disabled)
        throw unauthorized();
    db.exec(u"UPDATE tokens SET rotated_at = ? WHERE hash = ?"_s, {now, tokenHash(refreshToken)});
    const QJsonObject result = issue(db, userId, family, device, now);
    tx.commit();
    return result;
}

void Auth::logout(Db &db, const Session &session) const
{
    Transaction tx(db, Transaction::Mode::Write);
    revokeFamily(db, session.tokenFamily, QDateTime::currentMSecsSinceEpoch());
    tx.commit();
}

Session Auth::authenticate(Db &db, QStringView bearer, qint64 now) const
{
    if (bearer.isEmpty() || bearer.size() > 200)
        throw unauthorized(u"missing bearer token"_s);
    QSqlQuery &q = db.prepared(
        u"SELECT u.id, u.username, u.display_name, u.role, u.unit, o.path, o.level, o.name,"
        u" u.disabled, u.scope_seq, t.expires_at, t.revoked_at, t.family"
        u" FROM tokens t JOIN users u ON u.id = t.user_id JOIN org_units o ON o.code = u.unit"
        u" WHERE t.hash = ? AND t.kind = 'access'"_s);
    db.run(q, {tokenHash(bearer)});
    if (!q.next())
        throw unauthorized();
    if (q.value(8).toInt() != 0 || !q.value(11).isNull() || q.value(10).toLongLong() <= now) {
        q.finish();
        throw unauthorized();
    }
    Session s;
    s.actor.userId = q.value(0).toString();
    s.username = q.value(1).toString();
    s.displayName = q.value(2).toString();
    s.actor.role = domain::roleFromName(q.value(3).toString()).value_or(domain::Role::Viewer);
    s.actor.unitCode = q.value(4).toString();
    s.actor.unitPath = q.value(5).toString();
    s.actor.unitLevel = domain::levelFromName(q.value(6).toString()).value_or(domain::Level::Community);
    s.unitName = q.value(7).toString();
    s.scopeSeq = q.value(9).toLongLong();
    s.tokenFamily = q.value(12).toString();
    q.finish();
    return s;
}

} // namespace civic::server
