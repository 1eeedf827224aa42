#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace civic::item {

// How the fans views read another feature's records (notices for the monthly circular and
// the neglect alarms, complaints for the alarms) without depending on that feature's code:
// through the kind's table where this build has one and the cache holds it (its columns
// when it has them, else json_extract over `data`), or, for notices, from `record`, where a
// build keeps the kinds it has no table for. Every expression names the table `t`.
class CachedKind
{
public:
    enum class Source {
        Missing, // neither a table nor records of the kind
        KindTable, // the kind's own table
        Record, // the generic `record` table (kind = …)
    };

    // `allowRecord`: whether records kept whole in `record` count (notices: yes; complaints:
    // only their kind table, whose presence means the complaints feature is in the cache).
    CachedKind(const QSqlDatabase &db, const QString &kind, bool allowRecord);

    Source source() const { return m_source; }
    bool present() const { return m_source != Source::Missing; }
    // "notice t" / "record t"
    QString from() const;
    // The condition every query needs ("t.kind = 'notice'" for `record`), or "1".
    QString base() const;
    // The value of `jsonKey`: its column when the table has one, else json_extract.
    QString field(const QString &jsonKey) const;
    // Whether field(jsonKey) is a time column (ms since the epoch) rather than ISO text.
    bool timeColumn(const QString &jsonKey) const;
    // A join and condition selecting the records whose unit (the code at `unitKey`) lies in
    // the subtree [path, subtreeEnd(path)); bind the two bounds in that order.
    QString scopeJoin(const QString &unitKey) const;
    QString scopeCondition(const QString &unitKey) const;
    // A time bound as field(jsonKey) compares (ms or ISO text).
    QVariant timeBound(const QString &jsonKey, qint64 msecs) const;
    // A value read from field(jsonKey) as ms since the epoch.
    static std::optional<qint64> timeValue(const QVariant &value);

private:
    QString columnFor(const QString &jsonKey, bool unitPath) const;

    QString m_kind;
    QString m_table;
    Source m_source = Source::Missing;
};

} // namespace civic::item
