// The client-release feature: the city administrator publishes the current desktop client's
// version and download address (`civicdesk-server client-release`), and signed-in clients
// read it (`GET /api/v1/client/latest`) to offer the update (docs/operations.md §Updates).

#include "apierror.h"
#include "db.h"
#include "domain/chinatime.h"
#include "feature.h"
#include "httpserver.h"
#include "migrations.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace civic::server {

namespace {

constexpr int kMaxUrlLength = 2000;
constexpr int kMaxNotesLength = 2000;

// Semantic Versioning 2.0's core and pre-release (no build metadata: it has no precedence,
// so two releases differing only in it could not be told apart by the client).
bool isSemanticVersion(const QString &version)
{
    static const QRegularExpression pattern(
        uR"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-((0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$)"_s);
    return version.size() <= 64 && pattern.match(version).hasMatch();
}

// The client opens the address in the browser: an http(s) download on the city's web server.
bool isDownloadUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return text.size() <= kMaxUrlLength && url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https" || url.scheme() == u"http");
}

// The release published last (a later publication of an older version is a withdrawal of
// the newer one, so "latest" means "published last", not "highest number").
std::optional<QJsonObject> latestRelease(Db &db)
{
    QSqlQuery q = db.exec(u"SELECT version, url, notes, published_at FROM client_releases"
                          u" ORDER BY publication DESC LIMIT 1"_s);
    if (!q.next())
        return std::nullopt;
    return QJsonObject { { u"version"_s, q.value(0).toString() },
        { u"url"_s, q.value(1).toString() }, { u"notes"_s, q.value(2).toString() },
        { u"published_at"_s, domain::isoTime(q.value(3).toLongLong()) } };
}

// GET /api/v1/client/latest: any signed-in user (every role runs the client).
Reply latestRoute(Request &r)
{
    r.session();
    const auto release = latestRelease(*r.db);
    if (!release)
        throw ApiError::notFound(u"client release"_s);
    return Reply::json(*release);
}

// civicdesk-server client-release: publishes a release, or prints the current one when no
// --version is given.
int clientReleaseCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << u"civicdesk-server: client-release: "_s << message << Qt::endl
            << u"Run 'civicdesk-server --help' for usage."_s << Qt::endl;
        return 2;
    };
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({ u"data"_s, u"data directory (SQLite)"_s, u"DIR"_s });
    parser.addOption({ u"db"_s, u"PostgreSQL URL"_s, u"URL"_s });
    parser.addOption({ u"version"_s, u"client version, X.Y.Z"_s, u"X.Y.Z"_s });
    parser.addOption({ u"url"_s, u"download address of the installer"_s, u"URL"_s });
    parser.addOption({ u"notes"_s, u"what changed, shown to the users"_s, u"TEXT"_s });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()));
    QString configError;
    const auto config
        = DbConfig::fromArguments(parser.value(u"data"_s), parser.value(u"db"_s), &configError);
    if (!config)
        return usageError(configError);

    if (!parser.isSet(u"version"_s)) {
        if (parser.isSet(u"url"_s) || parser.isSet(u"notes"_s))
            return usageError(u"--version is required with --url and --notes"_s);
        Db db(*config);
        migrate(db);
        const auto release = latestRelease(db);
        if (!release) {
            out << u"no client release published"_s << Qt::endl;
            return 0;
        }
        out << u"client %1 published %2: %3"_s.arg(release->value(u"version"_s).toString(),
            release->value(u"published_at"_s).toString(), release->value(u"url"_s).toString())
            << Qt::endl;
        return 0;
    }
    const QString version = parser.value(u"version"_s);
    if (!isSemanticVersion(version))
        return usageError(
            u"--version must be a semantic version such as 0.2.0 or 1.0.0-rc.1, not '%1'"_s.arg(
                version));
    const QString url = parser.value(u"url"_s);
    if (url.isEmpty())
        return usageError(u"--url is required"_s);
    if (!isDownloadUrl(url))
        return usageError(u"--url must be an http or https address of at most %1 characters"_s.arg(
            kMaxUrlLength));
    const QString notes = parser.value(u"notes"_s);
    if (notes.size() > kMaxNotesLength || !isValidText(notes))
        return usageError(u"--notes must be text of at most %1 characters"_s.arg(kMaxNotesLength));

    Db db(*config);
    migrate(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString user = qEnvironmentVariable("USER");
    const QString actor = user.isEmpty() ? u"cli"_s : u"cli:"_s + user;
    Transaction tx(db, Transaction::Mode::Write);
    // Publishing a version again replaces its address and notes and makes it the latest.
    const qint64 publication
        = db.scalar(u"SELECT COALESCE(MAX(publication), 0) FROM client_releases"_s).toLongLong()
        + 1;
    db.exec(u"DELETE FROM client_releases WHERE version = ?"_s, { version });
    db.exec(u"INSERT INTO client_releases (version, url, notes, published_at, published_by, "
            u"publication)"
            u" VALUES (?, ?, ?, ?, ?, ?)"_s,
        { version, url, notes, now, actor, publication });
    db.exec(
        u"INSERT INTO audit_log (id, at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { QUuid::createUuid().toString(QUuid::WithoutBraces), now, actor, u"client.release"_s,
            version, url });
    tx.commit();
    out << u"published client %1: %2"_s.arg(version, url) << Qt::endl;
    return 0;
}

} // namespace

Feature clientReleaseFeature()
{
    Feature feature;
    feature.name = u"client-release"_s;
    feature.migrations = {
        { 6, u"client releases"_s,
            {
                // Every version ever published, so the audit log's versions can be looked up;
                // the one with the highest `publication` (a counter, not the clock, which can
                // repeat or step back) is the one clients are offered.
                u"CREATE TABLE client_releases ("
                u" version TEXT PRIMARY KEY, url TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',"
                u" published_at {int64} NOT NULL, published_by TEXT NOT NULL,"
                u" publication {int64} NOT NULL)"_s,
                u"CREATE INDEX client_releases_publication ON client_releases(publication)"_s,
            } },
    };
    feature.registerRoutes = [](HttpServer &server) {
        server.route("GET", "/api/v1/client/latest", u"/api/v1/client/latest"_s, latestRoute);
    };
    feature.cliCommands = {
        { u"client-release"_s,
            u"  client-release --data DIR | --db URL  [--version X.Y.Z --url URL [--notes TEXT]]\n"
            u"              publishes the desktop client's current version for the update notice;\n"
            u"              without --version prints the published one"_s,
            clientReleaseCli },
    };
    return feature;
}

} // namespace civic::server
