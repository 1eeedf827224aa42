#include "session.h"

#include "store/personaldata.h"

#include <QFile>

#include <QHostInfo>
#include <QLoggingCategory>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace civic::domain;

Q_LOGGING_CATEGORY(lcSession, "civic.sync.session")

namespace civic::sync {

QString deviceName()
{
    return u"%1 (%2)"_s.arg(QSysInfo::machineHostName(), QSysInfo::prettyProductName());
}

Actor Session::Account::actor() const
{
    Actor a;
    a.userId = user.value(u"id"_s).toString();
    a.role = roleFromName(user.value(u"role"_s).toString()).value_or(Role::Viewer);
    const QJsonObject unit = user.value(u"unit"_s).toObject();
    a.unitCode = unit.value(u"code"_s).toString();
    a.unitLevel = levelFromName(unit.value(u"level"_s).toString()).value_or(Level::Community);
    a.unitPath = unit.value(u"path"_s).toString();
    return a;
}

QString Session::Account::displayName() const
{
    return user.value(u"display_name"_s).toString();
}

QString Session::Account::unitName() const
{
    return user.value(u"unit"_s).toObject().value(u"name"_s).toString();
}

Session::Session(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_api(network, this)
    , m_credentials(this)
{
    m_api.setTimeout(20);
}

void Session::adopt(const QJsonObject &body)
{
    m_account.accessToken = body.value(u"access_token"_s).toString();
    m_account.refreshToken = body.value(u"refresh_token"_s).toString();
    m_account.user = body.value(u"user"_s).toObject();
    m_api.setAccessToken(m_account.accessToken);
}

void Session::signIn(const QUrl &server, const QString &username, const QString &password, bool remember)
{
    m_api.setBaseUrl(server);
    m_account = {};
    m_account.server = server;
    m_account.username = username;
    m_api.login(username, password, deviceName(), this, [this, remember](const ApiResult &r) {
        if (!r.ok()) {
            const QString code = r.status == 0 ? u"unreachable"_s
                : r.status == 429             ? u"too_many_attempts"_s
                : r.status == 401             ? u"wrong_credentials"_s
                                              : r.errorCode();
            Q_EMIT signInFailed(code, r.errorMessage());
            return;
        }
        adopt(r.json());
        m_account.remembered = false;
        if (!remember) {
            Q_EMIT signedInChanged(true);
            return;
        }
        m_credentials.write(CredentialStore::keyFor(m_account.server.toString(), m_account.username),
                            m_account.refreshToken, [this](const CredentialStore::Outcome &o) {
                                m_account.remembered = o.ok;
                                if (!o.ok)
                                    Q_EMIT rememberFailed(o.noBackend ? u"no_backend"_s : o.error);
                                Q_EMIT signedInChanged(true);
                            });
    });
}

void Session::resume(const QUrl &server, const QString &username, const QJsonObject &cachedUser)
{
    m_api.setBaseUrl(server);
    m_account = {};
    m_account.server = server;
    m_account.username = username;
    const QString key = CredentialStore::keyFor(server.toString(), username);
    m_credentials.read(key, [this, key, cachedUser](const CredentialStore::Outcome &o) {
        if (!o.ok || !o.secret || o.secret->isEmpty()) {
            Q_EMIT needsPassword(o.noBackend ? u"no_backend"_s : QString());
            return;
        }
        const QString stored = *o.secret;
        m_api.refresh(stored, this, [this, key, stored, cachedUser](const ApiResult &r) {
            if (r.ok()) {
                adopt(r.json());
                m_account.remembered = true;
                m_credentials.write(key, m_account.refreshToken, [this](const CredentialStore::Outcome &) {
                    Q_EMIT signedInChanged(true);
                });
                return;
            }
            if (r.unreachable() && !cachedUser.isEmpty()) {
                // Offline: work from the cache; the sync engine refreshes when the server returns.
                qCInfo(lcSession) << "server unreachable; starting offline";
                m_account.refreshToken = stored;
                m_account.user = cachedUser;
                m_account.remembered = true;
                Q_EMIT signedInChanged(false);
                return;
            }
            if (r.unreachable()) {
                Q_EMIT signInFailed(u"unreachable"_s, r.errorMessage());
                return;
            }
            // Expired or revoked: forget it and ask for the password.
            m_credentials.remove(key, [](const CredentialStore::Outcome &) {});
            Q_EMIT signInFailed(u"expired"_s, r.errorMessage());
        });
    });
}

void Session::updateTokens(const QString &accessToken, const QString &refreshToken)
{
    m_account.accessToken = accessToken;
    m_account.refreshToken = refreshToken;
    m_api.setAccessToken(accessToken);
    if (m_account.remembered)
        m_credentials.write(CredentialStore::keyFor(m_account.server.toString(), m_account.username), refreshToken,
                            [](const CredentialStore::Outcome &) {});
}

void Session::loadCacheKey(const QString &cachePath, std::function<void(bool kept)> done)
{
    const QString entry = CredentialStore::cacheKeyFor(m_account.server.toString(), m_account.username);
    m_credentials.read(entry, [this, entry, cachePath, done = std::move(done)](const CredentialStore::Outcome &o) {
        if (o.ok && o.secret) {
            const auto key = QByteArray::fromBase64Encoding(o.secret->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (key && key.decoded.size() == store::PersonalData::kKeySize) {
                store::PersonalData::setKey(cachePath, key.decoded);
                done(true);
                return;
            }
        }
        const QByteArray key = store::PersonalData::newKey();
        store::PersonalData::setKey(cachePath, key);
        if (!o.ok && !o.notFound) {
            // No keychain, or one that would not answer: never overwrite a key it may still hold.
            qCWarning(lcSession).noquote() << "the cache key stays in memory:" << o.error;
            done(false);
            return;
        }
        m_credentials.write(entry, QString::fromLatin1(key.toBase64()), [done](const CredentialStore::Outcome &w) {
            if (!w.ok)
                qCWarning(lcSession).noquote() << "the cache key stays in memory:" << w.error;
            done(w.ok);
        });
    });
}

void Session::signOut(const QString &wipeCachePath)
{
    const QString server = m_account.server.toString();
    const QString key = CredentialStore::keyFor(server, m_account.username);
    const QString cacheKey = CredentialStore::cacheKeyFor(server, m_account.username);
    if (!m_account.accessToken.isEmpty())
        m_api.logout(this, [](const ApiResult &) {});
    m_account.accessToken.clear();
    m_account.refreshToken.clear();
    const auto forgetToken = [this, key] {
        m_credentials.remove(key, [this](const CredentialStore::Outcome &) { Q_EMIT signedOut(); });
    };
    if (wipeCachePath.isEmpty()) {
        forgetToken();
        return;
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile file(wipeCachePath + suffix);
        if (file.exists() && !file.remove())
            qCWarning(lcSession).noquote() << "cannot delete" << file.fileName() << file.errorString();
    }
    store::PersonalData::forgetKey(wipeCachePath);
    m_credentials.remove(cacheKey, [forgetToken](const CredentialStore::Outcome &o) {
        if (!o.ok)
            qCWarning(lcSession).noquote() << "cannot delete the cache key:" << o.error;
        forgetToken();
    });
}

} // namespace civic::sync
