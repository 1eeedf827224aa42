#include "httpserver.h"

#include "apierror.h"
#include "pushops.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QStringDecoder>
#include <QUrlQuery>

#include <httplib.h>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "civic.server.http")

namespace civic::server {

namespace {

QByteArray errorBody(const QJsonObject &error)
{
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(int status)
{
    QString code = u"error"_s;
    QString message = u"request failed with status %1"_s.arg(status);
    switch (status) {
    case 400: code = u"bad_request"_s; break;
    case 404: code = u"not_found"_s; message = u"no such resource"_s; break;
    case 405: code = u"method_not_allowed"_s; break;
    case 408: code = u"timeout"_s; break;
    case 413: code = u"payload_too_large"_s; message = u"the request body is larger than the server accepts"_s; break;
    case 414: code = u"uri_too_long"_s; break;
    case 503: code = u"unavailable"_s; break;
    default: break;
    }
    return errorBody(QJsonObject{{u"code"_s, code}, {u"message"_s, message}});
}

// A query or form value as text: nullopt for invalid UTF-8, NUL or control characters.
std::optional<QString> textValue(const std::string &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (decoder.hasError() || !isValidText(text))
        return std::nullopt;
    return text;
}

// The key of the first pair of a query string or form body with more than one '=': cpp-httplib
// keeps only what follows the last '=' ("q=a=b" would search for "b"), so such a value is
// refused instead of silently shortened.
std::optional<QString> ambiguousPair(std::string_view text)
{
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('&', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view pair = text.substr(start, end - start);
        const size_t eq = pair.find('=');
        if (eq != std::string_view::npos && pair.find('=', eq + 1) != std::string_view::npos)
            return QString::fromUtf8(pair.data(), qsizetype(eq));
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace

QJsonObject Request::jsonObject() const
{
    return parseJsonObject(body);
}

void Request::requireTextInput() const
{
    if (m_badPath)
        throw ApiError::notFound();
    if (!m_badParam.isEmpty())
        throw ApiError::invalidField(m_badParam,
            u"%1 is malformed: not UTF-8 text, a control character, or an unencoded '='"_s.arg(
                m_badParam));
}

const Session &Request::session() const
{
    if (!m_session) {
        QString auth = header(u"authorization"_s);
        if (!auth.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
            throw ApiError(401, u"unauthorized"_s, u"missing bearer token"_s);
        m_session = m_auth->authenticate(*db, QStringView(auth).mid(7).trimmed(), now);
    }
    return *m_session;
}

Reply Reply::json(const QJsonObject &object, int status)
{
    return Reply{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json; charset=utf-8", {}};
}

Reply Reply::json(const QJsonArray &array, int status)
{
    return Reply{status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json; charset=utf-8", {}};
}

Reply Reply::raw(QByteArray body, QByteArray contentType, int status)
{
    return Reply{status, std::move(body), std::move(contentType), {}};
}

Reply Reply::noContent()
{
    return Reply{204, {}, {}, {}};
}

struct HttpServer::Impl
{
    std::unique_ptr<httplib::Server> server;
    socket_t listening = INVALID_SOCKET;
    QList<std::pair<QString, std::function<Reply(int, const QString &)>>> errorFormats;
};

namespace {

// Debian's cpp-httplib is compiled with a listen backlog of 5: twenty clients connecting at
// once (offices syncing on the minute) found their connections dropped. After binding, the
// socket listens again with the system's maximum queue (Linux takes a second listen() as a
// new backlog).
void widenBacklog(socket_t socket)
{
    if (socket != INVALID_SOCKET)
        ::listen(socket, SOMAXCONN);
}

} // namespace

HttpServer::HttpServer(ServerOptions options)
    : m_options(std::move(options))
    , m_auth(m_options.auth)
    , m_impl(std::make_unique<Impl>())
{
    if (m_options.pullCacheBytes > 0)
        m_pullCache = std::make_unique<PullCache>(std::size_t(m_options.pullCacheBytes));
    if (!m_options.tlsCert.isEmpty())
        m_impl->server = std::make_unique<httplib::SSLServer>(m_options.tlsCert.toLocal8Bit().constData(),
                                                              m_options.tlsKey.toLocal8Bit().constData());
    else
        m_impl->server = std::make_unique<httplib::Server>();
    auto &s = *m_impl->server;
    if (!s.is_valid())
        throw std::runtime_error("cannot load the TLS certificate or key");
    const int threads = std::max(2, m_options.threads);
    s.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    s.set_tcp_nodelay(true);
    s.set_socket_options([impl = m_impl.get()](socket_t socket) {
        httplib::default_socket_options(socket);
        impl->listening = socket;
    });
    s.set_payload_max_length(size_t(m_options.bodyLimit));
    s.set_read_timeout(m_options.readTimeoutSeconds, 0);
    s.set_write_timeout(m_options.writeTimeoutSeconds, 0);
    s.set_keep_alive_timeout(m_options.keepAliveSeconds);
    s.set_keep_alive_max_count(1000);
    s.set_error_handler([impl = m_impl.get()](const httplib::Request &req, httplib::Response &res) {
        if (res.body.empty()) {
            const QString path = QString::fromStdString(req.path);
            for (const auto &[prefix, format] : impl->errorFormats) {
                if (path.startsWith(prefix)) {
                    const Reply reply = format(res.status, path);
                    res.set_content(reply.body.constData(), size_t(reply.body.size()),
                        reply.contentType.constData());
                    return;
                }
            }
            const QByteArray body = errorBody(res.status);
            res.set_content(body.constData(), size_t(body.size()), "application/json; charset=utf-8");
        }
    });
    s.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        res.status = 500;
        const QByteArray body = errorBody(QJsonObject{{u"code"_s, u"internal"_s}, {u"message"_s, u"internal error"_s}});
        res.set_content(body.constData(), size_t(body.size()), "application/json; charset=utf-8");
    });
}

HttpServer::~HttpServer() = default;

void HttpServer::route(const char *method, const std::string &pattern, const QString &metricName,
    RouteHandler handler, RouteErrors errors)
{
    m_routes.append(RouteInfo{QString::fromLatin1(method), metricName});
    auto wrapped = [this, handler = std::move(handler), metricName, method, errors](
                       const httplib::Request &req, httplib::Response &res) {
        QElapsedTimer timer;
        timer.start();
        Request r;
        r.method = QString::fromLatin1(method);
        r.path = QString::fromStdString(req.path);
        r.body = QByteArray::fromStdString(req.body);
        for (size_t i = 1; i < req.matches.size(); ++i) {
            r.matches.append(QString::fromStdString(req.matches[i].str()));
            r.m_badPath = r.m_badPath || !textValue(req.matches[i].str());
        }
        // Values that are not text would reach the database altered (U+FFFD) or not at all
        // (PostgreSQL refuses NUL): they are refused, naming the parameter.
        for (const auto &[k, v] : req.params) {
            const auto key = textValue(k);
            const auto value = textValue(v);
            if (r.m_badParam.isEmpty() && (!key || !value))
                r.m_badParam = key ? *key : u"parameter"_s;
            r.query.insert(QString::fromStdString(k), QString::fromStdString(v));
        }
        if (r.m_badParam.isEmpty()) {
            const size_t mark = req.target.find('?');
            auto ambiguous = mark == std::string::npos
                ? std::nullopt
                : ambiguousPair(std::string_view(req.target).substr(mark + 1));
            if (!ambiguous
                && req.get_header_value("Content-Type")
                        .rfind("application/x-www-form-urlencoded", 0)
                    == 0)
                ambiguous = ambiguousPair(req.body);
            if (ambiguous)
                r.m_badParam = ambiguous->isEmpty() ? u"parameter"_s : *ambiguous;
        }
        for (const auto &[k, v] : req.headers)
            r.headers.insert(QString::fromStdString(k).toLower(), QString::fromStdString(v));
        r.m_auth = &m_auth;
        r.now = QDateTime::currentMSecsSinceEpoch();

        Reply reply;
        for (int attempt = 0;; ++attempt) {
            try {
                if (errors == RouteErrors::Api)
                    r.requireTextInput();
                r.db = &Db::current(m_options.db);
                reply = handler(r);
            } catch (const ApiError &e) {
                reply = Reply{e.status(), errorBody(e.toJson()), "application/json; charset=utf-8", {}};
                if (e.status() == 429)
                    reply.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "900"));
            } catch (const DbError &e) {
                if (e.kind() == DbError::Kind::Unavailable) {
                    // A lost PostgreSQL connection: reconnect for the next request, and
                    // retry a read once at once.
                    Db::releaseCurrent();
                    if (attempt == 0 && r.method == u"GET")
                        continue;
                    reply = Reply{503, errorBody(QJsonObject{{u"code"_s, u"unavailable"_s},
                                                             {u"message"_s, u"the database is unavailable; try again later"_s}}),
                                  "application/json; charset=utf-8", {{"Retry-After", "5"}}};
                } else {
                    qCWarning(lcHttp) << "database error on" << r.path << e.message();
                    reply = Reply{500, errorBody(QJsonObject{{u"code"_s, u"internal"_s},
                                                             {u"message"_s, u"internal database error"_s}}),
                                  "application/json; charset=utf-8", {}};
                }
            } catch (const std::exception &e) {
                qCWarning(lcHttp) << "error on" << r.path << e.what();
                reply = Reply{500, errorBody(QJsonObject{{u"code"_s, u"internal"_s}, {u"message"_s, u"internal error"_s}}),
                              "application/json; charset=utf-8", {}};
            }
            break;
        }
        res.status = reply.status;
        for (const auto &[k, v] : reply.headers)
            res.set_header(k.toStdString(), v.toStdString());
        if (!reply.body.isEmpty() || reply.status != 204)
            res.set_content(reply.body.constData(), size_t(reply.body.size()), reply.contentType.constData());
        m_metrics.observeRequest(metricName, r.method, reply.status, double(timer.nsecsElapsed()) / 1e9);
    };
    auto &s = *m_impl->server;
    const std::string m(method);
    if (m == "GET")
        s.Get(pattern, wrapped);
    else if (m == "POST")
        s.Post(pattern, wrapped);
    else if (m == "PUT")
        s.Put(pattern, wrapped);
    else if (m == "PATCH")
        s.Patch(pattern, wrapped);
    else if (m == "DELETE")
        s.Delete(pattern, wrapped);
}

void HttpServer::setErrorFormat(
    const QString &pathPrefix, std::function<Reply(int, const QString &)> format)
{
    m_impl->errorFormats.append({ pathPrefix, std::move(format) });
}

int HttpServer::bind()
{
    auto &s = *m_impl->server;
    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        const int port = s.bind_to_any_port(host);
        if (port < 0)
            throw std::runtime_error("cannot listen on " + host);
        m_options.port = port;
        widenBacklog(m_impl->listening);
        return port;
    }
    if (!s.bind_to_port(host, m_options.port))
        throw std::runtime_error(QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port).toStdString());
    widenBacklog(m_impl->listening);
    return m_options.port;
}

void HttpServer::run()
{
    m_impl->server->listen_after_bind();
}

void HttpServer::stop()
{
    m_impl->server->stop();
}

} // namespace civic::server
