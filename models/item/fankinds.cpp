#include "fankinds.h"

#include "domain/chinatime.h"
#include "store/cacheschema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace civic::item {

CachedKind::CachedKind(const QSqlDatabase &db, const QString &kind, bool allowRecord)
    : m_kind(kind)
{
    const auto inRecord = [&] {
        QSqlQuery q(db);
        q.prepare(u"SELECT 1 FROM record WHERE kind = ? LIMIT 1"_s);
        q.addBindValue(kind);
        return q.exec() && q.next();
    };
    if (const store::KindTable *table = store::kindTable(kind)) {
        QSqlQuery q(db);
        q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        q.addBindValue(table->table);
        if (q.exec() && q.next()) {
            // A cache that pulled the kind before its table existed may still hold it in
            // `record` (the table then stays empty until the next reset).
            QSqlQuery rows(db);
            const bool empty
                = !rows.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table->table)) || !rows.next();
            if (!(empty && allowRecord && inRecord())) {
                m_table = table->table;
                m_source = Source::KindTable;
                return;
            }
        }
    }
    if (allowRecord && inRecord()) {
        m_table = u"record"_s;
        m_source = Source::Record;
    }
}

QString CachedKind::from() const
{
    return m_table + u" t"_s;
}

QString CachedKind::base() const
{
    // The kind's name is a constant of ours, never user input.
    return m_source == Source::Record ? u"t.kind = '%1'"_s.arg(m_kind) : u"1"_s;
}

QString CachedKind::columnFor(const QString &jsonKey, bool unitPath) const
{
    if (m_source != Source::KindTable)
        return {};
    const store::KindTable *table = store::kindTable(m_kind);
    if (!table)
        return {};
    for (const auto &c : table->columns) {
        if (c.jsonKey != jsonKey)
            continue;
        if ((c.type == store::KindColumn::Type::UnitPath) == unitPath)
            return u"t."_s + c.column;
    }
    return {};
}

QString CachedKind::field(const QString &jsonKey) const
{
    const QString column = columnFor(jsonKey, false);
    return column.isEmpty() ? u"json_extract(t.data, '$.%1')"_s.arg(jsonKey) : column;
}

bool CachedKind::timeColumn(const QString &jsonKey) const
{
    if (m_source != Source::KindTable)
        return false;
    if (const store::KindTable *table = store::kindTable(m_kind)) {
        for (const auto &c : table->columns) {
            if (c.jsonKey == jsonKey && c.type == store::KindColumn::Type::Time)
                return true;
        }
    }
    return false;
}

QString CachedKind::scopeJoin(const QString &unitKey) const
{
    if (!columnFor(unitKey, true).isEmpty())
        return {};
    return u" JOIN org_unit o ON o.id = %1"_s.arg(field(unitKey));
}

QString CachedKind::scopeCondition(const QString &unitKey) const
{
    const QString column = columnFor(unitKey, true);
    return column.isEmpty() ? u"o.path >= ? AND o.path < ?"_s : u"%1 >= ? AND %1 < ?"_s.arg(column);
}

QVariant CachedKind::timeBound(const QString &jsonKey, qint64 msecs) const
{
    // The server writes every time in China time (+08:00), so ISO texts compare in time order.
    return timeColumn(jsonKey) ? QVariant(msecs) : QVariant(domain::isoTime(msecs));
}

std::optional<qint64> CachedKind::timeValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toLongLong();
    default:
        return domain::parseIsoTime(value.toString());
    }
}

} // namespace civic::item
