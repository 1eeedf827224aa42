// The core of the client cache: sync state, the outbox, shadows, drafts, and the org tree,
// accounts and notifications.

#include "cacheschema.h"
#include "recordstore.h"

#include "domain/org.h"
#include "domain/permissions.h"

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::store {

namespace {

LocalResult orgUpdate(LocalContext &ctx)
{
    const QString code = ctx.payload.value(u"code"_s).toString();
    auto unit = ctx.records.get(u"org_unit"_s, code);
    if (!unit)
        return LocalResult::refused(u"not_found"_s, u"no such unit"_s);
    Subject subject;
    subject.kind = Kind::OrgUnit;
    subject.unitPath = unit->data.value(u"path"_s).toString();
    subject.unitLevel = levelFromName(unit->data.value(u"level"_s).toString()).value_or(Level::Community);
    if (permit(ctx.actor, Action::OrgManage, subject) != Verdict::Allowed)
        return LocalResult::refused(u"forbidden"_s, u"not allowed"_s);
    QJsonObject data = unit->data;
    if (ctx.payload.contains(u"name"_s))
        data[u"name"_s] = ctx.payload.value(u"name"_s);
    if (ctx.payload.contains(u"households"_s))
        data[u"households"_s] = ctx.payload.value(u"households"_s);
    ctx.records.putLocal(u"org_unit"_s, code, unit->version + 1, data);
    return LocalResult{u"org_unit"_s, code, data.value(u"name"_s).toString(), {}, {}};
}

} // namespace

CacheFeature coreCacheFeature()
{
    CacheFeature f;
    f.name = u"core"_s;
    f.migrations = {
        {1,
         {
             u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             u"CREATE TABLE outbox (op_id TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE,"
             u" type TEXT NOT NULL, payload TEXT NOT NULL, base_version INTEGER,"
             u" state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
             u" last_error TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL,"
             u" touches TEXT NOT NULL DEFAULT '[]', entity_kind TEXT NOT NULL DEFAULT '',"
             u" entity_id TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE shadow (kind TEXT NOT NULL, id TEXT NOT NULL, existed INTEGER NOT NULL,"
             u" version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))"_s,
             // What the user is typing (a reply, a draft), saved as they type.
             u"CREATE TABLE drafts (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL)"_s,
             u"CREATE TABLE record (kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,"
             u" data TEXT NOT NULL, PRIMARY KEY (kind, id))"_s,
             u"CREATE TABLE org_unit (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,"
             u" name TEXT, level TEXT, parent TEXT, path TEXT, district TEXT, households INTEGER)"_s,
             u"CREATE INDEX org_unit_path ON org_unit(path)"_s,
             u"CREATE INDEX org_unit_parent ON org_unit(parent)"_s,
             u"CREATE TABLE user_account (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,"
             u" username TEXT, display_name TEXT, role TEXT, unit TEXT, unit_path TEXT)"_s,
             u"CREATE TABLE notification (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL,"
             u" unit TEXT, user_id TEXT, type TEXT, title TEXT, ref_kind TEXT, ref_id TEXT, created_at INTEGER,"
             u" unit_path TEXT)"_s,
             u"CREATE INDEX notification_created ON notification(created_at)"_s,
             u"CREATE TABLE notification_seen (id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)"_s,
         }},
    };
    using T = KindColumn::Type;
    f.kinds = {
        {u"org_unit"_s,
         u"org_unit"_s,
         {{u"name"_s, u"name"_s, T::Text},
          {u"level"_s, u"level"_s, T::Text},
          {u"parent"_s, u"parent"_s, T::Text},
          {u"path"_s, u"path"_s, T::Text},
          {u"district"_s, u"district"_s, T::Text},
          {u"households"_s, u"households"_s, T::Integer}}},
        {u"user"_s,
         u"user_account"_s,
         {{u"username"_s, u"username"_s, T::Text},
          {u"display_name"_s, u"display_name"_s, T::Text},
          {u"role"_s, u"role"_s, T::Text},
          {u"unit"_s, u"unit"_s, T::Text},
          {u"unit_path"_s, u"unit"_s, T::UnitPath}}},
        {u"notification"_s,
         u"notification"_s,
         {{u"unit"_s, u"unit"_s, T::Text},
          {u"user_id"_s, u"user"_s, T::Text},
          {u"type"_s, u"type"_s, T::Text},
          {u"title"_s, u"title"_s, T::Text},
          {u"ref_kind"_s, u"ref_kind"_s, T::Text},
          {u"ref_id"_s, u"ref_id"_s, T::Text},
          {u"created_at"_s, u"created_at"_s, T::Time},
          {u"unit_path"_s, u"unit"_s, T::UnitPath}}},
    };
    f.appliers = {{u"org.update"_s, orgUpdate}};
    return f;
}

} // namespace civic::store
