#include "sync.h"

#include "changelog.h"
#include "pushops.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace civic::domain;

Q_LOGGING_CATEGORY(lcSync, "civic.server.sync")

namespace civic::server {

void CommandContext::checkVersion(qint64 currentVersion, const QJsonObject &current) const
{
    if (baseVersion && *baseVersion != currentVersion) {
        ApiError error(409, u"conflict"_s,
                       u"the record changed since version %1 (now %2)"_s.arg(*baseVersion).arg(currentVersion),
                       u"base_version"_s);
        error.current = current;
        throw error;
    }
}

void CommandRegistry::add(const QString &type, CommandHandler handler)
{
    m_handlers.insert(type, std::move(handler));
}

const CommandHandler *CommandRegistry::find(const QString &type) const
{
    const auto it = m_handlers.constFind(type);
    return it == m_handlers.constEnd() ? nullptr : &*it;
}

QStringList CommandRegistry::types() const
{
    QStringList list = m_handlers.keys();
    list.sort();
    return list;
}

void require(const Actor &actor, Action action, const Subject &subject)
{
    switch (permit(actor, action, subject)) {
    case Verdict::Allowed:
        return;
    case Verdict::NotFound:
        throw ApiError::notFound();
    case Verdict::Forbidden:
        throw ApiError::forbidden(u"%1 is not allowed for a %2 account here"_s
                                      .arg(actionName(action), roleName(actor.role)));
    }
}

namespace {

void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out.append('\\').append(char(u));
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else if (u < 0x80) {
            out.append(char(u));
        } else {
            out.append(QStringView(&c, 1).toUtf8());
        }
    }
    out.append('"');
}

} // namespace

QString visibilitySql(const Actor &actor, QVariantList *binds)
{
    // The subtree as an index range, plus the units above (the tree needs its root).
    QString sql = u"(unit_path >= ? AND unit_path < ?)"_s;
    binds->append(actor.unitPath);
    binds->append(subtreeEnd(actor.unitPath));
    const QStringList codes = pathCodes(actor.unitPath);
    if (codes.size() > 1) {
        QStringList marks;
        QString prefix;
        for (qsizetype i = 0; i + 1 < codes.size(); ++i) {
            prefix = childPath(prefix, codes.at(i));
            marks.append(u"?"_s);
            binds->append(prefix);
        }
        // The units above, and the rule sets of the district above (PRODUCT.md §5: the
        // rules a community is scored by are no secret to it).
        sql += u" OR (kind IN ('org_unit', 'rule_set') AND unit_path IN (%1))"_s.arg(
            marks.join(u", "));
    }
    if (actor.role == Role::Department) {
        // PRODUCT.md §1: a department sees the complaints transferred to it, with their events.
        sql += u" OR ref IN (SELECT complaint_id FROM complaint_departments WHERE department = ?)"_s;
        binds->append(actor.unitCode);
    }
    return u"("_s + sql + u")"_s;
}

PullPage pull(Db &db, const Session &session, qint64 since, int limit, PullCache *cache)
{
    if (session.scopeSeq > 0) {
        // What this account may see changed (moved unit, new role) at scopeSeq. A client whose
        // cursor predates that starts again from zero; once it has (a pull from 0 under this
        // sign-in), its restart's later pages are answered normally.
        if (since == 0) {
            Transaction tx(db, Transaction::Mode::Write);
            db.exec(u"INSERT INTO pull_scopes (family, scope_seq) VALUES (?, ?)"
                    u" ON CONFLICT (family) DO UPDATE SET scope_seq = excluded.scope_seq"_s,
                    {session.tokenFamily, session.scopeSeq});
            tx.commit();
        } else if (since < session.scopeSeq) {
            const QVariant acknowledged =
                db.scalar(u"SELECT scope_seq FROM pull_scopes WHERE family = ?"_s, {session.tokenFamily});
            if (!acknowledged.isValid() || acknowledged.toLongLong() < session.scopeSeq)
                return PullPage { QByteArrayLiteral(R"({"changes":[],"next":0,"has_more":false,"reset":true})"), 0 };
        }
    }
    QVariantList binds{since};
    const QString sql = u"SELECT seq, kind, id, version, deleted,"
                        u" CASE WHEN private_unit = ? AND data_private IS NOT NULL THEN data_private ELSE data END"
                        u" FROM changes WHERE seq > ? AND %1 ORDER BY seq LIMIT ?"_s
                            .arg(visibilitySql(session.actor, &binds));
    binds.prepend(session.actor.unitCode);
    binds.append(limit + 1);

    Transaction tx(db, Transaction::Mode::Read);
    // Read first: every seq up to it is committed (writers commit in seq order).
    const qint64 committed = currentSeq(db);
    // What the page depends on besides the head: the visibility above (the unit's path and
    // code, and the role for departments) and the question.
    QByteArray key;
    if (cache) {
        key = session.actor.unitPath.toUtf8() + '\x1f' + session.actor.unitCode.toUtf8() + '\x1f'
            + QByteArray::number(int(session.actor.role)) + '\x1f' + QByteArray::number(since)
            + '\x1f' + QByteArray::number(limit);
        if (auto page = cache->find(key, committed)) {
            tx.commit();
            return std::move(*page);
        }
    }
    QSqlQuery &q = db.prepared(sql);
    db.run(q, binds);

    QByteArray out;
    out.reserve(4096);
    out.append(R"({"changes":[)");
    int count = 0;
    qint64 last = since;
    bool more = false;
    while (q.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        if (count > 0)
            out.append(',');
        last = q.value(0).toLongLong();
        out.append(R"({"seq":)").append(QByteArray::number(last)).append(R"(,"kind":)");
        appendJsonString(out, q.value(1).toString());
        out.append(R"(,"id":)");
        appendJsonString(out, q.value(2).toString());
        out.append(R"(,"version":)").append(QByteArray::number(q.value(3).toLongLong()));
        out.append(q.value(4).toInt() ? R"(,"deleted":true,"data":)" : R"(,"deleted":false,"data":)");
        out.append(q.value(5).toString().toUtf8());
        out.append('}');
        ++count;
    }
    q.finish();
    tx.commit();
    const qint64 next = more ? last : std::max(last, committed);
    out.append(R"(],"next":)").append(QByteArray::number(next));
    // `head` (an extension): the log's head when the page was read, for progress bars.
    out.append(R"(,"head":)").append(QByteArray::number(std::max(committed, next)));
    out.append(more ? R"(,"has_more":true,"reset":false})" : R"(,"has_more":false,"reset":false})");
    PullPage page { std::move(out), count };
    if (cache)
        cache->insert(key, committed, page);
    return page;
}

namespace {

QJsonObject result(const QString &opId, const QString &status)
{
    return QJsonObject{{u"op_id"_s, opId}, {u"status"_s, status}};
}

std::optional<QJsonObject> previousResult(Db &db, const Session &session, const QString &opId)
{
    QSqlQuery q = db.exec(u"SELECT user_id, entity_id, seq, version FROM ops WHERE op_id = ?"_s, {opId});
    if (!q.next())
        return std::nullopt;
    if (q.value(0).toString() != session.actor.userId) {
        QJsonObject r = result(opId, u"rejected"_s);
        r.insert(u"error"_s, ApiError(400, u"op_id_taken"_s, u"this op_id was used by another account"_s,
                                      u"op_id"_s)
                                 .toJson());
        return r;
    }
    QJsonObject r = result(opId, u"duplicate"_s);
    r.insert(u"entity_id"_s, q.value(1).toString());
    r.insert(u"seq"_s, q.value(2).toLongLong());
    r.insert(u"version"_s, q.value(3).toLongLong());
    return r;
}

QJsonObject apply(Db &db, const CommandRegistry &registry, const Session &session,
                  const PushOp &op, qint64 now)
{
    try {
        Transaction tx(db, Transaction::Mode::Serialised);
        if (auto previous = previousResult(db, session, op.opId))
            return *previous;
        const CommandHandler *handler = registry.find(op.type);
        if (!handler)
            throw ApiError(400, u"unknown_command"_s, u"unknown command type %1"_s.arg(op.type), u"type"_s);
        CommandContext ctx{db, session, op.opId, op.type, op.baseVersion, JsonFields(op.payload, u"payload"_s), now};
        const CommandOutcome outcome = (*handler)(ctx);
        db.exec(u"INSERT INTO ops (op_id, user_id, type, entity_id, seq, version, applied_at)"
                u" VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {op.opId, session.actor.userId, op.type, outcome.entityId, outcome.seq, outcome.version, now});
        tx.commit();
        QJsonObject r = result(op.opId, u"applied"_s);
        r.insert(u"entity_id"_s, outcome.entityId);
        r.insert(u"seq"_s, outcome.seq);
        r.insert(u"version"_s, outcome.version);
        return r;
    } catch (const ApiError &error) {
        QJsonObject r = result(op.opId, error.status() == 409 && error.code() == u"conflict" ? u"conflict"_s
                                                                                         : u"rejected"_s);
        r.insert(u"error"_s, error.toJson());
        if (!error.current.isEmpty())
            r.insert(u"current"_s, error.current);
        return r;
    } catch (const DbError &error) {
        if (error.kind() != DbError::Kind::Constraint)
            throw;
        // A concurrent push of the same op won the race: answer with its result.
        if (auto previous = previousResult(db, session, op.opId))
            return *previous;
        QJsonObject r = result(op.opId, u"rejected"_s);
        r.insert(u"error"_s, ApiError(400, u"constraint"_s, u"the command conflicts with stored data"_s).toJson());
        return r;
    }
}

} // namespace

QJsonObject push(Db &db, const CommandRegistry &registry, const Session &session,
                 const QJsonObject &body, const SyncLimits &limits, PushStats *stats)
{
    const QList<PushOp> envelopes = decodePushOps(body, limits.maxOps);

    QJsonArray results;
    for (const auto &e : envelopes) {
        const QJsonObject r = apply(db, registry, session, e, QDateTime::currentMSecsSinceEpoch());
        const QString status = r.value(u"status"_s).toString();
        if (status == u"applied")
            ++stats->applied;
        else if (status == u"duplicate")
            ++stats->duplicate;
        else if (status == u"conflict")
            ++stats->conflict;
        else
            ++stats->rejected;
        if (status == u"rejected" || status == u"conflict")
            qCInfo(lcSync).noquote() << session.username << e.type << status
                                     << r.value(u"error"_s).toObject().value(u"message"_s).toString();
        results.append(r);
    }
    return QJsonObject{{u"results"_s, results}};
}

} // namespace civic::server
