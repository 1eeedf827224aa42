#include "audit.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace civic::server::audit {

namespace {

struct KindSpec
{
    QStringView kind;
    QString table;
    QString columns;
};

const QList<KindSpec> &kinds()
{
    // The columns that make up what happened; all of them are covered by the hash.
    static const QList<KindSpec> list = {
        {kComplaintEvent, u"complaint_events"_s,
         u"id, complaint_id, ordinal, type, actor_id, actor_name, unit, at, text, data"_s},
        {kNoticeRevision, u"notice_revisions"_s,
         u"id, notice_id, revision, category, title, body_html, scheduled_at, chain, submitted_at, author_id,"
         u" author_name"_s},
        {kReview, u"reviews"_s,
         u"id, notice_id, revision, step, reviewer_id, reviewer_name, reviewer_role, reviewer_unit, approved,"
         u" quality, comment, at"_s},
    };
    return list;
}

const KindSpec *spec(QStringView kind)
{
    for (const auto &s : kinds()) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

// The row as canonical text: a JSON array of its values as strings (NULL as null), the same
// on SQLite and PostgreSQL.
std::optional<QByteArray> content(Db &db, const KindSpec &s, const QString &id)
{
    QSqlQuery q = db.exec(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(s.columns, s.table), {id});
    if (!q.next())
        return std::nullopt;
    QJsonArray values;
    for (int i = 0; i < q.record().count(); ++i) {
        const QVariant v = q.value(i);
        values.append(v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()));
    }
    return QJsonDocument(values).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString chainHash(const QString &previous, QStringView kind, const QString &id, const QString &contentHash)
{
    return sha256((previous + u'\n' + kind.toString() + u'\n' + id + u'\n' + contentHash).toUtf8());
}

} // namespace

QString Problem::text() const
{
    return u"%1 %2 (unit %3, position %4): %5"_s.arg(kind, id, unit).arg(position).arg(what);
}

void append(Db &db, const QString &unitCode, QStringView kind, const QString &id, qint64 now)
{
    const KindSpec *s = spec(kind);
    const auto bytes = s ? content(db, *s, id) : std::nullopt;
    if (!bytes)
        throw DbError(DbError::Kind::Generic, u"audit: no stored %1 %2 to chain"_s.arg(kind.toString(), id));
    QSqlQuery last = db.exec(u"SELECT position, hash FROM audit_chain WHERE unit = ? ORDER BY position DESC LIMIT 1"_s,
                             {unitCode});
    qint64 position = 0;
    QString previous;
    if (last.next()) {
        position = last.value(0).toLongLong();
        previous = last.value(1).toString();
    }
    last.finish();
    const QString contentHash = sha256(*bytes);
    db.exec(u"INSERT INTO audit_chain (unit, position, kind, entity_id, content_hash, prev_hash, hash, at)"
            u" VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {unitCode, position + 1, kind.toString(), id, contentHash, previous,
             chainHash(previous, kind, id, contentHash), now});
}

Report verify(Db &db)
{
    Report report;
    QSet<QString> chained;
    QString unit;
    qint64 expectedPosition = 0;
    QString previous;
    QSqlQuery q = db.exec(u"SELECT unit, position, kind, entity_id, content_hash, prev_hash, hash"
                          u" FROM audit_chain ORDER BY unit, position"_s);
    struct Entry
    {
        QString unit;
        qint64 position;
        QString kind;
        QString id;
        QString contentHash;
        QString prevHash;
        QString hash;
    };
    QList<Entry> entries;
    while (q.next()) {
        entries.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    q.finish();
    for (const Entry &e : entries) {
        ++report.entries;
        if (e.unit != unit) {
            unit = e.unit;
            expectedPosition = 1;
            previous.clear();
            ++report.chains;
        }
        chained.insert(e.kind + u'/' + e.id);
        const auto problem = [&](const QString &what) {
            report.problems.append(Problem{e.unit, e.position, e.kind, e.id, what});
        };
        if (e.position != expectedPosition)
            problem(u"an entry before it is missing from the chain (expected position %1)"_s.arg(expectedPosition));
        if (e.prevHash != previous)
            problem(u"reordered: it does not follow the entry before it"_s);
        if (chainHash(e.prevHash, e.kind, e.id, e.contentHash) != e.hash)
            problem(u"chain entry altered"_s);
        const KindSpec *s = spec(e.kind);
        const auto bytes = s ? content(db, *s, e.id) : std::nullopt;
        if (!bytes)
            problem(u"removed"_s);
        else if (sha256(*bytes) != e.contentHash)
            problem(u"edited"_s);
        previous = e.hash;
        expectedPosition = e.position + 1;
    }
    // Rows that never went through the server's history.
    for (const auto &s : kinds()) {
        QSqlQuery rows = db.exec(u"SELECT id FROM %1"_s.arg(s.table));
        while (rows.next()) {
            const QString id = rows.value(0).toString();
            if (!chained.contains(s.kind.toString() + u'/' + id))
                report.problems.append(Problem{QString(), 0, s.kind.toString(), id, u"missing from the chain"_s});
        }
    }
    return report;
}

} // namespace civic::server::audit
