#pragma once

#include "auth.h"
#include "db.h"
#include "metrics.h"
#include "pushops.h"
#include "sync.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace civic::server {

struct ServerOptions
{
    DbConfig db;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8470;
    int threads = 32;
    qint64 bodyLimit = 1 << 20;
    int readTimeoutSeconds = 15;
    int writeTimeoutSeconds = 15;
    int keepAliveSeconds = 5;
    QString tlsCert;
    QString tlsKey;
    AuthSettings auth;
    SyncLimits sync;
    // Pull pages kept for clients asking the same question at the same head (PullCache);
    // 0 turns the cache off.
    qint64 pullCacheBytes = 64 << 20;
};

// One HTTP request as the handlers see it (httplib stays inside httpserver.cpp).
class Request
{
public:
    QString method;
    QString path;
    QByteArray body;
    QStringList matches;            // the route pattern's capture groups
    QMultiHash<QString, QString> query; // query string, or form fields of a form-encoded POST
    QHash<QString, QString> headers;    // lower-case names
    Db *db = nullptr;
    qint64 now = 0;

    QString param(const QString &name) const { return query.value(name); }
    bool hasParam(const QString &name) const { return query.contains(name); }
    QString header(const QString &lowerName) const { return headers.value(lowerName); }
    // The body as a JSON object: 400 for anything else (bad JSON, bad UTF-8, too deep, a key
    // twice in one object).
    QJsonObject jsonObject() const;
    // Throws 400 `invalid_field` naming the first query or form parameter that is not text
    // (invalid UTF-8, NUL, control characters) or holds an unencoded '=', 404 for a path
    // segment that is not text. Routes with the
    // API's errors are checked before their handler runs; RouteErrors::Own routes call it.
    void requireTextInput() const;
    // The caller's session from the bearer token (401 when there is none).
    const Session &session() const;

private:
    friend class HttpServer;
    mutable std::optional<Session> m_session;
    const Auth *m_auth = nullptr;
    QString m_badParam;
    bool m_badPath = false;
};

struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply json(const QJsonArray &array, int status = 200);
    static Reply raw(QByteArray body, QByteArray contentType, int status = 200);
    static Reply noContent();
};

using RouteHandler = std::function<Reply(Request &)>;

// A registered route as its metrics name it: the method and the path template.
struct RouteInfo
{
    QString method;
    QString path;
};

// How a route answers a refusal: the API's {"error": …} body, or its own format (Open311),
// in which case its handler calls Request::requireTextInput() itself.
enum class RouteErrors { Api, Own };

// civicdesk-server's HTTP front: cpp-httplib with a worker pool, one database connection
// per worker thread, payload limits and timeouts, JSON errors, request metrics.
class HttpServer
{
public:
    explicit HttpServer(ServerOptions options);
    ~HttpServer();

    const ServerOptions &options() const { return m_options; }
    const Auth &auth() const { return m_auth; }
    const CommandRegistry &commands() const { return m_commands; }
    CommandRegistry &commands() { return m_commands; }
    Metrics &metrics() { return m_metrics; }
    // nullptr when options().pullCacheBytes is 0.
    PullCache *pullCache() { return m_pullCache.get(); }
    // Every route registered so far, in registration order (tests check each is covered).
    const QList<RouteInfo> &routes() const { return m_routes; }

    // `pattern` is a regular expression over the path; capture groups land in matches.
    void route(const char *method, const std::string &pattern, const QString &metricName,
        RouteHandler handler, RouteErrors errors = RouteErrors::Api);

    // The answer to a request cpp-httplib refuses before any route runs (a body over the
    // limit, a malformed multipart body, …) when its path starts with `pathPrefix`: for
    // routes with their own error format (Open311). Call before run().
    void setErrorFormat(
        const QString &pathPrefix, std::function<Reply(int status, const QString &path)> format);

    // Binds the listening socket; returns the port (useful with port 0). Throws on failure.
    int bind();
    // Serves until stop() is called from another thread or a signal handler.
    void run();
    void stop();

private:
    struct Impl;
    ServerOptions m_options;
    Auth m_auth;
    CommandRegistry m_commands;
    Metrics m_metrics;
    std::unique_ptr<PullCache> m_pullCache;
    QList<RouteInfo> m_routes;
    std::unique_ptr<Impl> m_impl;
};

// The routes of API.md §Auth and §Sync, health and metrics.
void registerCoreRoutes(HttpServer &server);
// Every route of every feature.
void registerAllRoutes(HttpServer &server);

} // namespace civic::server
