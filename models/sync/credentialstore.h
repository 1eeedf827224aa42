#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace civic::sync {

// The refresh token and the cache key in the operating system's credential store, through QtKeychain
// (Windows Credential Manager, the Secret Service or KWallet on Linux). Never an insecure
// fallback: when no keychain exists, callers are told (`noBackend`) and keep the session
// in memory only.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        bool noBackend = false;
        bool notFound = false;
        QString error;
        std::optional<QString> secret;
    };
    using Done = std::function<void(const Outcome &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // "CivicDesk/<server>/<username>": globally unique, as Windows keys the entry by it alone.
    static QString keyFor(const QString &serverUrl, const QString &username);
    // The entry next to it that holds the key sealing the cache's personal data
    // (store::PersonalData): "CivicDesk/<server>/<username>/cache-key".
    static QString cacheKeyFor(const QString &serverUrl, const QString &username);

    void write(const QString &key, const QString &secret, Done done);
    void read(const QString &key, Done done);
    void remove(const QString &key, Done done);

private:
    QString m_service;
};

} // namespace civic::sync
