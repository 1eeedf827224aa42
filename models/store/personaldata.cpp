#include "personaldata.h"

#include "cacheschema.h"
#include "recordstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace civic::store {

namespace {

const QString kPrefix = u"pd1:"_s;
const QString kCheckField = u"key_check"_s;
const QString kCheckText = u"CivicDesk personal data key"_s;
const QString kCheckState = u"personal_key_check"_s;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString canonical(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

struct KeyRegistry
{
    QMutex mutex;
    QHash<QString, QByteArray> keys;
};

KeyRegistry &registry()
{
    static KeyRegistry r;
    return r;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

bool fail(QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// Rewrites the JSON column `column` of every row of `table` through `change`.
bool rewrite(QSqlDatabase &db, const QString &table, const QString &column,
    const std::function<QJsonObject(const QJsonObject &)> &change, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT rowid, %1 FROM %2"_s.arg(column, table)))
        return fail(read, error);
    QList<std::pair<qint64, QString>> changed;
    while (read.next()) {
        const QString before = read.value(1).toString();
        const QString after = compact(change(parse(before)));
        if (after != before)
            changed.append({ read.value(0).toLongLong(), after });
    }
    read.finish();
    QSqlQuery write(db);
    if (!write.prepare(u"UPDATE %1 SET %2 = ? WHERE rowid = ?"_s.arg(table, column)))
        return fail(write, error);
    for (const auto &[rowid, text] : changed) {
        write.addBindValue(text);
        write.addBindValue(rowid);
        if (!write.exec())
            return fail(write, error);
    }
    return true;
}

QStringList recordTables()
{
    QStringList tables = { u"record"_s, u"shadow"_s };
    for (const auto &feature : cacheFeatures()) {
        for (const auto &table : feature.kinds)
            tables.append(table.table);
    }
    return tables;
}

// Migration 6: the personal fields of what an earlier version cached in clear are sealed,
// and the columns copied from them emptied, in the migration's one transaction.
bool sealExisting(QSqlDatabase &db, QString *error)
{
    const PersonalData personal(db);
    const auto seal = [&](const QJsonObject &o) { return personal.seal(o); };
    for (const auto &table : recordTables()) {
        if (!rewrite(db, table, u"data"_s, seal, error))
            return false;
    }
    if (!rewrite(db, u"outbox"_s, u"payload"_s, seal, error)
        || !rewrite(db, u"outbox"_s, u"last_error"_s, seal, error))
        return false;
    for (const auto &feature : cacheFeatures()) {
        for (const auto &table : feature.kinds) {
            for (const auto &column : table.columns) {
                if (!PersonalData::isPersonalField(column.jsonKey))
                    continue;
                QSqlQuery q(db);
                if (!q.exec(u"UPDATE %1 SET %2 = NULL"_s.arg(table.table, column.column)))
                    return fail(q, error);
            }
        }
    }
    return true;
}

} // namespace

bool PersonalData::holdsPersonalData(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
            [](const QJsonValue &v) { return holdsPersonalData(v); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isPersonalField(it.key()) || holdsPersonalData(it.value()))
            return true;
    }
    return false;
}

bool PersonalData::isPersonalField(const QString &name)
{
    static const QStringList fields
        = { u"nickname"_s, u"phone"_s, u"location"_s, u"lat"_s, u"long"_s, u"address_id"_s };
    return fields.contains(name);
}

bool PersonalData::isSealed(const QJsonValue &value)
{
    return value.isString() && value.toString().startsWith(kPrefix);
}

QByteArray PersonalData::newKey()
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    if (!sodiumReady())
        qFatal("libsodium cannot be initialised");
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

void PersonalData::setKey(const QString &path, const QByteArray &key)
{
    Q_ASSERT(key.size() == kKeySize);
    auto &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.keys.insert(canonical(path), key);
}

QByteArray PersonalData::keyFor(const QString &path)
{
    auto &r = registry();
    const QMutexLocker lock(&r.mutex);
    auto it = r.keys.find(canonical(path));
    if (it == r.keys.end())
        it = r.keys.insert(canonical(path), newKey());
    return *it;
}

void PersonalData::forgetKey(const QString &path)
{
    auto &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (auto it = r.keys.find(canonical(path)); it != r.keys.end()) {
        sodium_memzero(it->data(), size_t(it->size()));
        r.keys.erase(it);
    }
}

PersonalData::PersonalData(const QSqlDatabase &db)
    : m_key(keyFor(db.databaseName()))
{
}

PersonalData::PersonalData(QByteArray key)
    : m_key(std::move(key))
{
    Q_ASSERT(m_key.size() == kKeySize);
}

QString PersonalData::sealValue(const QString &field, const QJsonValue &value) const
{
    const QByteArray plain = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    const QByteArray ad = field.toUtf8();
    QByteArray out(qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) + plain.size()
            + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES),
        Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
        &written, reinterpret_cast<const unsigned char *>(plain.constData()),
        (unsigned long long)plain.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        (unsigned long long)ad.size(), nullptr, nonce,
        reinterpret_cast<const unsigned char *>(m_key.constData()));
    return kPrefix
        + QString::fromLatin1(
            out.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonValue> PersonalData::openValue(const QString &field, const QString &sealed) const
{
    const auto decoded = QByteArray::fromBase64Encoding(QStringView(sealed).mid(4).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    constexpr auto overhead = qsizetype(
        crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (!decoded || decoded.decoded.size() < overhead)
        return std::nullopt;
    const QByteArray &in = decoded.decoded;
    const QByteArray ad = field.toUtf8();
    QByteArray plain(in.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(in.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()),
            &length, nullptr, nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            (unsigned long long)(in.size()
                - qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)),
            reinterpret_cast<const unsigned char *>(ad.constData()), (unsigned long long)ad.size(),
            nonce, reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    const QJsonArray array = QJsonDocument::fromJson(plain.left(qsizetype(length))).array();
    if (array.size() != 1)
        return std::nullopt;
    return array.at(0);
}

QJsonValue PersonalData::sealAny(const QString &field, const QJsonValue &value) const
{
    if (value.isObject())
        return seal(value.toObject());
    if (value.isArray()) {
        QJsonArray array;
        for (const auto &v : value.toArray())
            array.append(sealAny(field, v));
        return array;
    }
    return value;
}

QJsonObject PersonalData::seal(const QJsonObject &data) const
{
    // Most records carry no personal field: they go through untouched (and uncopied).
    QJsonObject out = data;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonValue v = it.value();
        if (isPersonalField(it.key()) && !v.isObject() && !v.isArray()) {
            const bool empty
                = v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
            if (!empty && !isSealed(v))
                out.insert(it.key(), sealValue(it.key(), v));
            continue;
        }
        if ((v.isObject() || v.isArray()) && holdsPersonalData(v))
            out.insert(it.key(), sealAny(it.key(), v));
    }
    return out;
}

QJsonValue PersonalData::openAny(const QString &field, const QJsonValue &value, bool *intact) const
{
    if (value.isObject())
        return open(value.toObject(), intact);
    if (value.isArray()) {
        QJsonArray array;
        for (const auto &v : value.toArray())
            array.append(openAny(field, v, intact));
        return array;
    }
    return value;
}

QJsonObject PersonalData::open(const QJsonObject &data, bool *intact) const
{
    QJsonObject out;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonValue v = it.value();
        if (isPersonalField(it.key()) && isSealed(v)) {
            const auto opened = openValue(it.key(), v.toString());
            if (!opened && intact)
                *intact = false;
            out.insert(it.key(), opened.value_or(QJsonValue(QJsonValue::Null)));
            continue;
        }
        out.insert(it.key(), openAny(it.key(), v, intact));
    }
    return out;
}

QString PersonalData::keyCheck() const
{
    return sealValue(kCheckField, kCheckText);
}

bool PersonalData::matches(const QString &keyCheck) const
{
    return keyCheck.startsWith(kPrefix) && openValue(kCheckField, keyCheck) == kCheckText;
}

std::optional<QString> checkPersonalKey(QSqlDatabase &db, bool *keyLost)
{
    const PersonalData personal(db);
    RecordStore records(db);
    const QString check = records.state(kCheckState);
    if (!check.isEmpty() && personal.matches(check))
        return std::nullopt;
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return begin.lastError().text();
    const auto abort = [&db](const QString &message) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return std::optional<QString>(message);
    };
    if (!check.isEmpty()) {
        // Sealed with a key this run does not have (no keychain, or its entry was deleted):
        // the records it cannot read go and everything is pulled again from the start (what
        // it can read is replaced on the way); a queued command whose
        // personal fields are lost waits in the sync problems panel instead of being sent
        // without them.
        qCWarning(lcStore) << "the cache's personal data key is gone: pulling everything again";
        if (keyLost)
            *keyLost = true;
        for (const auto &table : recordTables()) {
            QSqlQuery q(db);
            if (!q.exec(u"DELETE FROM %1 WHERE instr(data, '\"pd1:') > 0"_s.arg(table)))
                return abort(q.lastError().text());
        }
        if (!records.setCursor(0))
            return abort(records.lastError());
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT op_id, payload FROM outbox WHERE state = 'pending'"_s))
            return abort(read.lastError().text());
        QStringList unreadable;
        while (read.next()) {
            bool intact = true;
            personal.open(parse(read.value(1)), &intact);
            if (!intact)
                unreadable.append(read.value(0).toString());
        }
        read.finish();
        const QJsonObject error { { u"code"_s, u"personal_data_unreadable"_s },
            { u"message"_s,
                u"the resident's personal data of this change was sealed with a key this "
                u"computer no longer has; enter the change again"_s } };
        for (const auto &opId : unreadable) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE outbox SET state = 'rejected', last_error = ? WHERE op_id = ?"_s);
            q.addBindValue(compact(error));
            q.addBindValue(opId);
            if (!q.exec())
                return abort(q.lastError().text());
        }
    }
    if (!records.setState(kCheckState, personal.keyCheck()))
        return abort(records.lastError());
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s))
        return abort(commit.lastError().text());
    return std::nullopt;
}

CacheFeature personalDataCacheFeature()
{
    CacheFeature f;
    f.name = u"personal"_s;
    CacheMigration seal;
    seal.version = 6;
    seal.statements = {
        // The complaint search index kept its own copy of the location; the trigger now
        // indexes the emptied column, and 'optimize' rewrites the index without the old
        // segments that still held it.
        u"UPDATE complaint_fts SET location = NULL"_s,
        u"INSERT INTO complaint_fts (complaint_fts) VALUES ('optimize')"_s,
    };
    seal.apply = sealExisting;
    f.migrations = { seal };
    return f;
}

} // namespace civic::store
