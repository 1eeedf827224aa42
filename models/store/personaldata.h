#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::store {

// Residents' personal data in the client cache (phones, names, addresses) sealed with a key
// of the cache, so the SQLite file on a desk computer never holds them in clear (issue 9,
// item 6). A personal field is one named in personalFields(), at any depth of a record, an
// outbox payload or a refusal; its value becomes "pd1:" + base64url(nonce ‖ ciphertext)
// (XChaCha20-Poly1305, libsodium, the field name as associated data so a value cannot be
// moved to another field). The key is 32 random bytes per cache file: the client keeps it
// in the OS keychain and registers it with setKey() before opening the cache; a cache opened
// without a registered key gets a random one that lasts until the program ends.
class PersonalData
{
public:
    static constexpr qsizetype kKeySize = 32;

    // Field names that carry a resident's personal data (docs/api.md complaint data:
    // nickname, phone, location, lat, long, address_id).
    static bool isPersonalField(const QString &name);
    // Whether `value` (an object or array) has a personal field at any depth.
    static bool holdsPersonalData(const QJsonValue &value);
    static bool isSealed(const QJsonValue &value);

    static QByteArray newKey();
    // The key of the cache file `path`; setKey() replaces it for this process.
    static void setKey(const QString &path, const QByteArray &key);
    static QByteArray keyFor(const QString &path);
    static void forgetKey(const QString &path);

    // The key of `db`'s file.
    explicit PersonalData(const QSqlDatabase &db);
    explicit PersonalData(QByteArray key);

    // Every personal field's value sealed (null and empty values stay as they are; sealed
    // ones are not sealed twice).
    QJsonObject seal(const QJsonObject &data) const;
    // Every sealed value opened; one that this key cannot open becomes null and `*intact`
    // false.
    QJsonObject open(const QJsonObject &data, bool *intact = nullptr) const;

    // A value that proves which key wrote the cache (kept in sync_state).
    QString keyCheck() const;
    bool matches(const QString &keyCheck) const;

private:
    QString sealValue(const QString &field, const QJsonValue &value) const;
    std::optional<QJsonValue> openValue(const QString &field, const QString &sealed) const;
    QJsonValue sealAny(const QString &field, const QJsonValue &value) const;
    QJsonValue openAny(const QString &field, const QJsonValue &value, bool *intact) const;

    QByteArray m_key;
};

// Run by CacheDatabase::openWriter: the cache remembers which key sealed it. With another
// key (the keychain had none to give) the records holding sealed fields are deleted and the
// cursor goes back to 0 for a pull from the start, and queued commands whose personal fields
// cannot be opened are set aside as refused; `*keyLost` says so. Returns an error message when the
// cache cannot be written.
std::optional<QString> checkPersonalKey(QSqlDatabase &db, bool *keyLost = nullptr);

} // namespace civic::store
