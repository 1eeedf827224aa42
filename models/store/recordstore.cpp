#include "recordstore.h"

#include "domain/chinatime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace civic::store {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant columnValue(const KindColumn &column, const QJsonObject &data)
{
    const QJsonValue v = data.value(column.jsonKey);
    switch (column.type) {
    case KindColumn::Type::Text:
        return v.isString() ? QVariant(v.toString()) : (v.isDouble() ? QVariant(v.toVariant().toString()) : QVariant(QString()));
    case KindColumn::Type::Integer:
        if (v.isBool())
            return v.toBool() ? 1 : 0;
        return v.isDouble() ? QVariant(v.toInteger()) : QVariant(QMetaType(QMetaType::LongLong));
    case KindColumn::Type::Real:
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant(QMetaType(QMetaType::Double));
    case KindColumn::Type::Time:
        if (const auto t = v.isString() ? domain::parseIsoTime(v.toString()) : std::nullopt)
            return *t;
        return QVariant(QMetaType(QMetaType::LongLong));
    case KindColumn::Type::Json:
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return QVariant(QMetaType(QMetaType::QString));
    case KindColumn::Type::UnitPath:
        return QVariant(); // resolved by the caller
    }
    return {};
}

} // namespace

RecordStore::RecordStore(const QSqlDatabase &db)
    : m_db(db)
    , m_personal(db)
{
}

QString RecordStore::stored(const QJsonObject &data) const
{
    return compact(m_personal.seal(data));
}

QJsonObject RecordStore::loaded(const QVariant &text) const
{
    return m_personal.open(QJsonDocument::fromJson(text.toString().toUtf8()).object());
}

QSqlQuery &RecordStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            qCWarning(lcStore).noquote() << "cannot prepare:" << q.lastError().text() << sql.left(160);
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

bool RecordStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcStore).noquote() << "cache write failed:" << m_lastError << query.lastQuery().left(160);
    return false;
}

QString RecordStore::unitPath(const QString &code)
{
    if (!m_unitPathsLoaded) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, path FROM org_unit"_s)) {
            while (q.next())
                m_unitPaths.insert(q.value(0).toString(), q.value(1).toString());
        }
        m_unitPathsLoaded = true;
    }
    return m_unitPaths.value(code);
}

void RecordStore::unitChanged(const QJsonObject &data)
{
    const QString code = data.value(u"code"_s).toString();
    const QString path = data.value(u"path"_s).toString();
    if (!m_unitPathsLoaded)
        unitPath(code);
    if (m_unitPaths.value(code) == path)
        return;
    m_unitPaths.insert(code, path);
    // Records that arrived before their unit (or whose unit moved) get its path now.
    for (const auto &feature : cacheFeatures()) {
        for (const auto &table : feature.kinds) {
            for (const auto &column : table.columns) {
                if (column.type != KindColumn::Type::UnitPath)
                    continue;
                QSqlQuery q(m_db);
                q.prepare(u"UPDATE %1 SET %2 = ? WHERE json_extract(data, '$.%3') = ?"_s.arg(table.table, column.column,
                                                                                            column.jsonKey));
                q.addBindValue(path);
                q.addBindValue(code);
                run(q);
            }
        }
    }
}

bool RecordStore::write(const QString &kind, const QString &id, qint64 version, const QJsonObject &data)
{
    const KindTable *table = kindTable(kind);
    if (!table) {
        // A kind this version does not know yet: kept whole, so nothing is lost.
        QSqlQuery &q = prepared(u"INSERT OR REPLACE INTO record (kind, id, version, data) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(kind);
        q.addBindValue(id);
        q.addBindValue(version);
        q.addBindValue(stored(data));
        return run(q);
    }
    auto sql = m_insertSql.constFind(table->table);
    if (sql == m_insertSql.cend()) {
        QString columns = u"id, version, data"_s;
        QString marks = u"?, ?, ?"_s;
        for (const auto &c : table->columns) {
            columns += u", "_s + c.column;
            marks += u", ?"_s;
        }
        sql = m_insertSql.insert(table->table,
            u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(table->table, columns, marks));
    }
    QSqlQuery &q = prepared(*sql);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(stored(data));
    for (const auto &c : table->columns) {
        if (PersonalData::isPersonalField(c.jsonKey))
            q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        else if (c.type == KindColumn::Type::UnitPath)
            q.addBindValue(unitPath(data.value(c.jsonKey).toString()));
        else
            q.addBindValue(columnValue(c, data));
    }
    if (!run(q))
        return false;
    if (kind == u"org_unit")
        unitChanged(data);
    return true;
}

bool RecordStore::remove(const QString &kind, const QString &id)
{
    const KindTable *table = kindTable(kind);
    QSqlQuery &q = table ? prepared(u"DELETE FROM %1 WHERE id = ?"_s.arg(table->table))
                         : prepared(u"DELETE FROM record WHERE kind = ? AND id = ?"_s);
    if (!table)
        q.addBindValue(kind);
    q.addBindValue(id);
    return run(q);
}

bool RecordStore::applyPulled(const QString &kind, const QString &id, qint64 version, bool deleted,
    const QJsonObject &data, bool mayHaveShadow)
{
    if (mayHaveShadow && hasShadow(kind, id)) {
        // The user's pending change stays visible; the server copy waits in the shadow.
        QSqlQuery &q = prepared(u"UPDATE shadow SET existed = ?, version = ?, data = ? WHERE kind = ? AND id = ?"_s);
        q.addBindValue(deleted ? 0 : 1);
        q.addBindValue(version);
        q.addBindValue(stored(data));
        q.addBindValue(kind);
        q.addBindValue(id);
        return run(q);
    }
    return deleted ? remove(kind, id) : write(kind, id, version, data);
}

std::optional<Record> RecordStore::get(const QString &kind, const QString &id)
{
    const KindTable *table = kindTable(kind);
    QSqlQuery &q = table ? prepared(u"SELECT version, data FROM %1 WHERE id = ?"_s.arg(table->table))
                         : prepared(u"SELECT version, data FROM record WHERE kind = ? AND id = ?"_s);
    if (!table)
        q.addBindValue(kind);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    Record r{kind, id, q.value(0).toLongLong(), loaded(q.value(1))};
    q.finish();
    return r;
}

bool RecordStore::anyShadow()
{
    QSqlQuery &q = prepared(u"SELECT EXISTS (SELECT 1 FROM shadow)"_s);
    // When in doubt, look record by record.
    const bool any = !run(q) || !q.next() || q.value(0).toBool();
    q.finish();
    return any;
}

bool RecordStore::hasShadow(const QString &kind, const QString &id)
{
    QSqlQuery &q = prepared(u"SELECT 1 FROM shadow WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    const bool found = run(q) && q.next();
    q.finish();
    return found;
}

bool RecordStore::saveShadow(const QString &kind, const QString &id)
{
    if (hasShadow(kind, id))
        return true;
    const auto current = get(kind, id);
    QSqlQuery &q = prepared(u"INSERT INTO shadow (kind, id, existed, version, data) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(current ? 1 : 0);
    q.addBindValue(current ? current->version : 0);
    q.addBindValue(current ? stored(current->data) : u"{}"_s);
    return run(q);
}

bool RecordStore::putLocal(const QString &kind, const QString &id, qint64 version, const QJsonObject &data)
{
    if (m_collecting && !m_touches.contains(kind + u'/' + id))
        m_touches.append(kind + u'/' + id);
    return saveShadow(kind, id) && write(kind, id, version, data);
}

bool RecordStore::removeLocal(const QString &kind, const QString &id)
{
    if (m_collecting && !m_touches.contains(kind + u'/' + id))
        m_touches.append(kind + u'/' + id);
    return saveShadow(kind, id) && remove(kind, id);
}

void RecordStore::beginTouches()
{
    m_collecting = true;
    m_touches.clear();
}

QStringList RecordStore::takeTouches()
{
    m_collecting = false;
    return std::exchange(m_touches, {});
}

bool RecordStore::restoreShadow(const QString &kind, const QString &id)
{
    QSqlQuery &q = prepared(u"SELECT existed, version, data FROM shadow WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return true;
    const bool existed = q.value(0).toInt() != 0;
    const qint64 version = q.value(1).toLongLong();
    const QJsonObject data = loaded(q.value(2));
    q.finish();
    const bool ok = existed ? write(kind, id, version, data) : remove(kind, id);
    return ok && dropShadow(kind, id);
}

bool RecordStore::dropShadow(const QString &kind, const QString &id)
{
    QSqlQuery &q = prepared(u"DELETE FROM shadow WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    return run(q);
}

QString RecordStore::state(const QString &key, const QString &fallback)
{
    QSqlQuery &q = prepared(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    if (!run(q) || !q.next())
        return fallback;
    const QString value = q.value(0).toString();
    q.finish();
    return value;
}

bool RecordStore::setState(const QString &key, const QString &value)
{
    QSqlQuery &q = prepared(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return run(q);
}

qint64 RecordStore::cursor()
{
    return state(u"cursor"_s, u"0"_s).toLongLong();
}

bool RecordStore::setCursor(qint64 cursor)
{
    return setState(u"cursor"_s, QString::number(cursor));
}

bool RecordStore::clearRecords()
{
    QStringList tables = {u"record"_s, u"shadow"_s};
    for (const auto &feature : cacheFeatures()) {
        for (const auto &table : feature.kinds)
            tables.append(table.table);
    }
    for (const auto &table : tables) {
        QSqlQuery q(m_db);
        if (!q.exec(u"DELETE FROM %1"_s.arg(table))) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    m_unitPaths.clear();
    m_unitPathsLoaded = false;
    return setCursor(0);
}

QMap<QString, qint64> RecordStore::counts()
{
    QMap<QString, qint64> result;
    for (const auto &feature : cacheFeatures()) {
        for (const auto &table : feature.kinds) {
            QSqlQuery q(m_db);
            if (q.exec(u"SELECT count(*) FROM %1"_s.arg(table.table)) && q.next())
                result.insert(table.kind, q.value(0).toLongLong());
        }
    }
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT kind, count(*) FROM record GROUP BY kind"_s)) {
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return result;
}

} // namespace civic::store
