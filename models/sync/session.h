#pragma once

#include "apiclient.h"
#include "credentialstore.h"

#include "domain/permissions.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace civic::sync {

// The signed-in account: sign-in with a password, silent sign-in with the refresh token from
// the OS keychain, and sign-out (PRODUCT.md §7). Only the refresh token is ever stored, only
// in the keychain, and only when the user asked to be remembered.
class Session : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        QUrl server;
        QString username;
        QJsonObject user; // the API's user object
        QString accessToken;
        QString refreshToken;
        bool remembered = false;
        domain::Actor actor() const;
        QString displayName() const;
        QString unitName() const;
    };

    explicit Session(QNetworkAccessManager *network, QObject *parent = nullptr);

    const Account &account() const { return m_account; }
    bool signedIn() const { return !m_account.refreshToken.isEmpty(); }
    CredentialStore *credentials() { return &m_credentials; }
    ApiClient *api() { return &m_api; }

    // Signs in; on success stores the refresh token in the keychain when `remember`.
    void signIn(const QUrl &server, const QString &username, const QString &password, bool remember);
    // Looks for a stored refresh token for `server`/`username` and, if there is one, signs in
    // with it. When the server cannot be reached, continues offline with what the cache
    // knows (`cachedUser`), keeping the token for later.
    void resume(const QUrl &server, const QString &username, const QJsonObject &cachedUser);
    // Gives the key that seals the cache's personal data at `cachePath` to the store
    // (store::PersonalData::setKey): the one in the keychain, or a new one put there. Without
    // a keychain, or when it cannot be read, the key lasts for this run only and the next run
    // pulls the records again; `done(false)` says so.
    void loadCacheKey(const QString &cachePath, std::function<void(bool kept)> done);
    // Revokes the sign-in on the server (if reachable) and removes the stored token. With
    // `wipeCachePath`, also deletes this computer's cache of the account (the file, its -wal
    // and -shm) and the key in the keychain. The cache must be closed.
    void signOut(const QString &wipeCachePath = {});
    // The sync engine refreshed the tokens: keep the new refresh token where the old one was.
    void updateTokens(const QString &accessToken, const QString &refreshToken);

Q_SIGNALS:
    void signedInChanged(bool online);
    // Sign-in failed or the stored sign-in is no longer valid: `message` says why (English;
    // `code` lets the UI say it in the user's language).
    void signInFailed(const QString &code, const QString &message);
    // No stored sign-in: ask for a password.
    void needsPassword(const QString &message);
    void signedOut();
    // The keychain could not keep the sign-in (no backend): it lasts until the program ends.
    void rememberFailed(const QString &message);

private:
    void adopt(const QJsonObject &body);
    QNetworkAccessManager *m_network;
    ApiClient m_api;
    CredentialStore m_credentials;
    Account m_account;
};

QString deviceName();

} // namespace civic::sync
