#pragma once

#include "db.h"
#include "domain/permissions.h"

#include <QJsonObject>
#include <QString>

namespace civic::server {

struct AuthSettings
{
    int accessTtlSeconds = 15 * 60;
    int refreshTtlSeconds = 30 * 24 * 3600;
    int lockoutFailures = 5;
    int lockoutWindowSeconds = 15 * 60;
};

// The user behind a valid access token.
struct Session
{
    domain::Actor actor;
    QString username;
    QString displayName;
    QString unitName;
    qint64 scopeSeq = 0;
    QString tokenFamily;
};

// Argon2id through libsodium (crypto_pwhash_str, interactive limits).
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
// A password the server accepts: 8–256 characters.
bool acceptablePassword(const QString &password, QString *why);

// A new random token (256 bits, URL-safe base64 with a prefix naming its kind) and the
// hash under which it is stored.
QString newToken(QStringView prefix);
QString tokenHash(QStringView token);

// login / refresh / logout exactly as API.md §Auth. Each throws ApiError (401, 429).
class Auth
{
public:
    explicit Auth(AuthSettings settings) : m_settings(settings) { }
    const AuthSettings &settings() const { return m_settings; }

    QJsonObject login(Db &db, const QString &username, const QString &password,
                      const QString &device, qint64 now) const;
    QJsonObject refresh(Db &db, const QString &refreshToken, qint64 now) const;
    void logout(Db &db, const Session &session) const;
    // The session of a bearer token; throws ApiError(401).
    Session authenticate(Db &db, QStringView bearer, qint64 now) const;

    // The `user` object of API.md.
    static QJsonObject userJson(Db &db, const QString &userId);

private:
    QJsonObject issue(Db &db, const QString &userId, const QString &family, const QString &device,
                      qint64 now) const;
    AuthSettings m_settings;
};

} // namespace civic::server
