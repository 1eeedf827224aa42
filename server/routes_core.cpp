#include "apierror.h"
#include "changelog.h"
#include "feature.h"
#include "httpserver.h"
#include "migrations.h"
#include "orgstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

qint64 intParam(const Request &r, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!r.hasParam(name))
        return fallback;
    bool ok = false;
    const qint64 v = r.param(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw ApiError::invalidField(name, u"%1 must be an integer between %2 and %3"_s.arg(name).arg(min).arg(max));
    return v;
}

Reply health(Request &r)
{
    QJsonObject body{{u"status"_s, u"ok"_s},
                     {u"version"_s, QStringLiteral(CIVIC_VERSION)},
                     {u"database"_s, r.db->dialect() == Dialect::Sqlite ? u"sqlite"_s : u"postgresql"_s},
                     {u"schema"_s, currentSchemaVersion(*r.db)},
                     {u"seq"_s, currentSeq(*r.db)}};
    return Reply::json(body);
}

Reply login(Request &r, const Auth &auth)
{
    const QJsonObject body = r.jsonObject();
    const JsonFields f(body);
    const QString username = f.string(u"username"_s, 64);
    const QString password = f.string(u"password"_s, 256);
    const QString device = f.optionalString(u"device"_s, 200).value_or(QString());
    return Reply::json(auth.login(*r.db, username, password, device, r.now));
}

Reply refresh(Request &r, const Auth &auth)
{
    const JsonFields f(r.jsonObject());
    return Reply::json(auth.refresh(*r.db, f.string(u"refresh_token"_s, 200), r.now));
}

Reply logout(Request &r, const Auth &auth)
{
    auth.logout(*r.db, r.session());
    return Reply::noContent();
}

Reply me(Request &r)
{
    return Reply::json(Auth::userJson(*r.db, r.session().actor.userId));
}

Reply pullRoute(Request &r, HttpServer &server)
{
    const Session &s = r.session();
    const auto &limits = server.options().sync;
    const qint64 since = intParam(r, u"since"_s, 0, 0, std::numeric_limits<qint64>::max());
    const int limit = int(intParam(r, u"limit"_s, limits.defaultPullLimit, 1, limits.maxPullLimit));
    PullPage page = pull(*r.db, s, since, limit, server.pullCache());
    server.metrics().countPulledChanges(page.changes);
    return Reply::raw(std::move(page.body), "application/json; charset=utf-8");
}

Reply pushRoute(Request &r, HttpServer &server)
{
    const Session &s = r.session();
    PushStats stats;
    const QJsonObject body = r.jsonObject();
    Reply reply = Reply::json(push(*r.db, server.commands(), s, body, server.options().sync, &stats));
    server.metrics().countOps(stats.applied, stats.duplicate, stats.conflict, stats.rejected);
    return reply;
}

// POST /api/v1/users: a city or district account creates an account in its subtree.
// Online only: a password never waits in an outbox.
Reply createUser(Request &r)
{
    const Session &s = r.session();
    const JsonFields f(r.jsonObject());
    f.only({u"username", u"display_name", u"role", u"unit", u"password"});
    const auto role = roleFromName(f.string(u"role"_s, 16));
    if (!role)
        throw ApiError::invalidField(u"role"_s, u"unknown role"_s);
    const QString password = f.string(u"password"_s, 256);
    QString why;
    if (!acceptablePassword(password, &why))
        throw ApiError::invalidField(u"password"_s, why);
    const QString hash = hashPassword(password);
    Transaction tx(*r.db, Transaction::Mode::Serialised);
    const UnitRecord unit = org::requireUnit(*r.db, f.string(u"unit"_s, 32));
    require(s.actor, Action::UserManage, Subject{.kind = Kind::User, .unitPath = unit.path, .unitLevel = unit.level});
    const UserRecord user = org::addUser(*r.db, f.string(u"username"_s, 64),
                                         f.optionalString(u"display_name"_s, 100).value_or(QString()), *role,
                                         unit.code, hash, r.now);
    tx.commit();
    return Reply::json(org::userData(user), 201);
}

// POST /api/v1/users/{id}/password: your own password (with the current one), or an
// account you manage.
Reply changePassword(Request &r)
{
    const Session &s = r.session();
    const JsonFields f(r.jsonObject());
    f.only({u"current_password", u"new_password"});
    const QString password = f.string(u"new_password"_s, 256);
    QString why;
    if (!acceptablePassword(password, &why))
        throw ApiError::invalidField(u"new_password"_s, why);
    const auto user = org::findUser(*r.db, r.matches.value(0));
    if (!user)
        throw ApiError::notFound(u"user"_s);
    const UnitRecord unit = org::requireUnit(*r.db, user->unit);
    if (user->id == s.actor.userId) {
        const QString current = r.db->scalar(u"SELECT password_hash FROM users WHERE id = ?"_s, {user->id}).toString();
        if (!verifyPassword(current, f.string(u"current_password"_s, 256)))
            throw ApiError(403, u"wrong_password"_s, u"the current password is wrong"_s, u"current_password"_s);
    } else {
        require(s.actor, Action::UserManage, Subject{.kind = Kind::User, .unitPath = unit.path, .unitLevel = unit.level});
    }
    const QString hash = hashPassword(password);
    Transaction tx(*r.db, Transaction::Mode::Write);
    org::setPassword(*r.db, *user, hash, r.now);
    tx.commit();
    return Reply::noContent();
}

} // namespace

void registerCoreRoutes(HttpServer &server)
{
    const Auth &auth = server.auth();
    server.route("GET", "/api/v1/health", u"/api/v1/health"_s, health);
    server.route("GET", "/metrics", u"/metrics"_s, [&server](Request &) {
        QByteArray text = server.metrics().exposition();
        if (const PullCache *cache = server.pullCache()) {
            const auto stats = cache->stats();
            text += "# HELP civic_sync_pull_cache_hits_total Pulls answered with a page already built.\n"
                    "# TYPE civic_sync_pull_cache_hits_total counter\n"
                    "civic_sync_pull_cache_hits_total "
                + QByteArray::number(stats.hits) + '\n'
                + "# HELP civic_sync_pull_cache_misses_total Pulls that built their page.\n"
                  "# TYPE civic_sync_pull_cache_misses_total counter\n"
                  "civic_sync_pull_cache_misses_total "
                + QByteArray::number(stats.misses) + '\n'
                + "# HELP civic_sync_pull_cache_bytes Bytes of pull pages kept.\n"
                  "# TYPE civic_sync_pull_cache_bytes gauge\n"
                  "civic_sync_pull_cache_bytes "
                + QByteArray::number(qulonglong(stats.bytes)) + '\n'
                + "# HELP civic_sync_pull_cache_pages Pull pages kept.\n"
                  "# TYPE civic_sync_pull_cache_pages gauge\n"
                  "civic_sync_pull_cache_pages "
                + QByteArray::number(qulonglong(stats.pages)) + '\n';
        }
        return Reply::raw(text, "text/plain; version=0.0.4; charset=utf-8");
    });
    server.route("POST", "/api/v1/auth/login", u"/api/v1/auth/login"_s, [&auth](Request &r) { return login(r, auth); });
    server.route("POST", "/api/v1/auth/refresh", u"/api/v1/auth/refresh"_s,
                 [&auth](Request &r) { return refresh(r, auth); });
    server.route("POST", "/api/v1/auth/logout", u"/api/v1/auth/logout"_s,
                 [&auth](Request &r) { return logout(r, auth); });
    server.route("GET", "/api/v1/me", u"/api/v1/me"_s, me);
    server.route("GET", "/api/v1/sync/pull", u"/api/v1/sync/pull"_s,
                 [&server](Request &r) { return pullRoute(r, server); });
    server.route("POST", "/api/v1/sync/push", u"/api/v1/sync/push"_s,
                 [&server](Request &r) { return pushRoute(r, server); });
    server.route("POST", "/api/v1/users", u"/api/v1/users"_s, createUser);
    server.route("POST", R"(/api/v1/users/([^/]+)/password)", u"/api/v1/users/{id}/password"_s, changePassword);
}

void registerAllRoutes(HttpServer &server)
{
    for (const auto &feature : features()) {
        if (feature.registerRoutes)
            feature.registerRoutes(server);
    }
}

} // namespace civic::server
