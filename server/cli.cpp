#include "cli.h"

#include "apierror.h"
#include "assesscli.h"
#include "auth.h"
#include "commands.h"
#include "db.h"
#include "demo.h"
#include "feature.h"
#include "httpserver.h"
#include "migrations.h"
#include "orgstore.h"
#include "scheduler.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>

#include <pthread.h>
#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Thrown for bad usage: printed with the command's usage line, exit code 2.
struct UsageError
{
    QString message;
};

const QString kUsage = uR"(Usage: civicdesk-server <command> [options]

Commands:
  serve       --data DIR | --db URL  [--listen ADDR:PORT] [--threads N] [--body-limit BYTES]
              [--pull-cache-mb MB] [--access-ttl SECONDS] [--refresh-ttl SECONDS]
              [--tls-cert FILE --tls-key FILE]
  init        --data DIR | --db URL  --city-code CODE --city-name NAME --admin USERNAME
              (the admin's password is read from standard input)
  demo        --data DIR | --db URL  [--scale demo|city|province]
              builds the demo city (or the city- or province-sized dataset) and prints its
              accounts and intake key
  migrate     --data DIR | --db URL  brings the schema up to date
  user add    --data DIR | --db URL  --username U --role ROLE --unit CODE [--name NAME]
              (password from standard input)
  user disable --data DIR | --db URL --username U
  user passwd --data DIR | --db URL  --username U   (new password from standard input)
  org add     --data DIR | --db URL  --code CODE --name NAME --level LEVEL --parent CODE
              [--households N]
  org move    --data DIR | --db URL  --code CODE --parent CODE
  intake-key add --data DIR | --db URL --unit CODE --name NAME
  assess      --input BUNDLE.json [--rules RULES.json]  scores a quarter (ASSESSMENT.md)
  assess      --data DIR | --db URL --district CODE --quarter YYYYQn [--bundle-out FILE]
              scores a quarter from the database (see `assess --help`)

Global: --help, --version
Roles: worker director street district city department viewer
Levels: city district street community grid department
DB URL: postgresql://user:password@host:port/database
)"_s;

// The usage text, with the commands features contribute.
QString usage()
{
    QString text = kUsage;
    QString extra;
    for (const auto &feature : features()) {
        for (const auto &cli : feature.cliCommands)
            extra += cli.usage + u'\n';
    }
    if (!extra.isEmpty())
        text.replace(u"\nGlobal:"_s, extra + u"\nGlobal:"_s);
    return text;
}

void addOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"data"_s, u"data directory (SQLite)"_s, u"DIR"_s});
    parser.addOption({u"db"_s, u"PostgreSQL URL"_s, u"URL"_s});
    for (const auto &o : options)
        parser.addOption(o);
}

void parse(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        throw UsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst())};
}

QString required(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value.isEmpty())
        throw UsageError{u"--%1 is required"_s.arg(name)};
    return value;
}

DbConfig dbConfig(const QCommandLineParser &parser)
{
    QString error;
    const auto config = DbConfig::fromArguments(parser.value(u"data"_s), parser.value(u"db"_s), &error);
    if (!config)
        throw UsageError{error};
    return *config;
}

QString readSecret()
{
    std::string line;
    if (!std::getline(std::cin, line))
        throw UsageError{u"expected a password on standard input"_s};
    QString password = QString::fromStdString(line);
    while (password.endsWith(u'\r'))
        password.chop(1);
    QString why;
    if (!acceptablePassword(password, &why))
        throw UsageError{why};
    return password;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<Db> openMigrated(const DbConfig &config)
{
    auto db = std::make_unique<Db>(config);
    migrate(*db);
    return db;
}

int cmdServe(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {
        {u"listen"_s, u"address:port to listen on"_s, u"ADDR:PORT"_s, u"127.0.0.1:8470"_s},
        {u"threads"_s, u"worker threads"_s, u"N"_s, u"32"_s},
        {u"body-limit"_s, u"largest request body in bytes"_s, u"BYTES"_s, QString::number(1 << 20)},
        {u"pull-cache-mb"_s, u"memory for pull pages answered again (0: none)"_s, u"MB"_s, u"64"_s},
        {u"access-ttl"_s, u"access token lifetime in seconds"_s, u"SECONDS"_s, u"900"_s},
        {u"refresh-ttl"_s, u"refresh token lifetime in seconds"_s, u"SECONDS"_s, QString::number(30 * 24 * 3600)},
        {u"tls-cert"_s, u"TLS certificate (PEM)"_s, u"FILE"_s},
        {u"tls-key"_s, u"TLS private key (PEM)"_s, u"FILE"_s},
    });
    parse(parser, args);
    ServerOptions options;
    options.db = dbConfig(parser);
    const QString listen = parser.value(u"listen"_s);
    const auto colon = listen.lastIndexOf(u':');
    bool ok = false;
    options.port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || options.port < 0 || options.port > 65535)
        throw UsageError{u"--listen must be ADDR:PORT, e.g. 127.0.0.1:8470"_s};
    options.host = listen.left(colon);
    if (options.host.startsWith(u'[') && options.host.endsWith(u']'))
        options.host = options.host.mid(1, options.host.size() - 2);
    auto intOption = [&](const QString &name, int min, int max) {
        bool good = false;
        const int v = parser.value(name).toInt(&good);
        if (!good || v < min || v > max)
            throw UsageError{u"--%1 must be a number between %2 and %3"_s.arg(name).arg(min).arg(max)};
        return v;
    };
    options.threads = intOption(u"threads"_s, 2, 1024);
    options.bodyLimit = intOption(u"body-limit"_s, 1024, 256 << 20);
    options.pullCacheBytes = qint64(intOption(u"pull-cache-mb"_s, 0, 4096)) << 20;
    options.auth.accessTtlSeconds = intOption(u"access-ttl"_s, 1, 24 * 3600);
    options.auth.refreshTtlSeconds = intOption(u"refresh-ttl"_s, 1, 365 * 24 * 3600);
    options.tlsCert = parser.value(u"tls-cert"_s);
    options.tlsKey = parser.value(u"tls-key"_s);
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        throw UsageError{u"--tls-cert and --tls-key go together"_s};

    // One server per SQLite data directory; `restore` checks this lock too.
    std::unique_ptr<QLockFile> lock;
    if (options.db.dialect == Dialect::Sqlite) {
        lock = std::make_unique<QLockFile>(QFileInfo(options.db.sqlitePath).absolutePath() + u"/civicdesk.lock"_s);
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            throw std::runtime_error("another civicdesk-server is serving this data directory");
    }
    {
        auto db = openMigrated(options.db);
    }

    // Signals are taken by one thread that stops the server; every other thread blocks them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    // A write past the file-size limit fails with EFBIG (answered 503) instead of killing the
    // server: the disk-full case, and what the suite uses to simulate it.
    std::signal(SIGXFSZ, SIG_IGN);

    HttpServer server(options);
    registerAllCommands(server.commands());
    registerAllRoutes(server);
    const int port = server.bind();
    Scheduler scheduler(options.db);
    scheduler.start();
    std::thread watcher([&server, signals] {
        int sig = 0;
        sigwait(&signals, &sig);
        server.stop();
    });
    out() << u"civicdesk-server %1 listening on %2://%3:%4 (%5)"_s.arg(QStringLiteral(CIVIC_VERSION),
                                                                      options.tlsCert.isEmpty() ? u"http"_s : u"https"_s,
                                                                      options.host)
                 .arg(port)
                 .arg(options.db.describe())
          << Qt::endl;
    server.run();
    scheduler.stop();
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    out() << "stopped" << Qt::endl;
    return 0;
}

int cmdInit(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {{u"city-code"_s, u"code of the city"_s, u"CODE"_s},
                              {u"city-name"_s, u"name of the city"_s, u"NAME"_s},
                              {u"admin"_s, u"username of the first city administrator"_s, u"USERNAME"_s},
                              {u"admin-name"_s, u"display name of the administrator"_s, u"NAME"_s}});
    parse(parser, args);
    const DbConfig config = dbConfig(parser);
    const QString code = required(parser, u"city-code"_s);
    const QString name = required(parser, u"city-name"_s);
    const QString admin = required(parser, u"admin"_s);
    const QString hash = hashPassword(readSecret());
    auto db = openMigrated(config);
    Transaction tx(*db, Transaction::Mode::Serialised);
    if (db->scalar(u"SELECT count(*) FROM org_units"_s).toInt() > 0)
        throw ApiError(409, u"not_empty"_s, u"the database is initialised already"_s);
    org::addUnit(*db, code, name, Level::City, {}, 0, now());
    org::addUser(*db, admin, parser.value(u"admin-name"_s), Role::City, code, hash, now());
    tx.commit();
    out() << u"initialised %1 (%2) with administrator %3"_s.arg(name, code, admin) << Qt::endl;
    return 0;
}

int cmdDemo(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {{u"scale"_s, u"demo (default), city or province"_s, u"SCALE"_s}});
    parse(parser, args);
    const QString scaleName = parser.isSet(u"scale"_s) ? parser.value(u"scale"_s) : u"demo"_s;
    const auto scale = demoScaleFromName(scaleName);
    if (!scale)
        throw UsageError{u"--scale must be demo, city or province, not \"%1\""_s.arg(scaleName)};
    const DbConfig config = dbConfig(parser);
    auto db = openMigrated(config);
    QElapsedTimer clock;
    clock.start();
    const DemoResult result = buildScaledDemo(*db, now(), *scale, [](const QString &line) { err() << line << Qt::endl; });
    if (*scale == DemoScale::Demo) {
        out() << u"demo city ready: %1 units, %2 accounts in %3"_s.arg(result.units).arg(result.users).arg(config.describe())
              << Qt::endl;
    } else {
        out() << u"%1 ready: %2 units (%3 communities), %4 accounts, %5 complaints, %6 events, %7 notices,"
                 u" %8 revisions, %9 reviews, %10 fan days, %11 changes in %12 s in %13"_s.arg(scaleName)
                     .arg(result.units)
                     .arg(result.communities)
                     .arg(result.users)
                     .arg(result.complaints)
                     .arg(result.events)
                     .arg(result.notices)
                     .arg(result.revisions)
                     .arg(result.reviews)
                     .arg(result.fanDays)
                     .arg(result.changes)
                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(config.describe())
              << Qt::endl;
    }
    out() << u"accounts (password %1):"_s.arg(QString::fromUtf16(kDemoPassword)) << Qt::endl;
    for (const auto &a : result.accounts)
        out() << u"  %1 %2 %3 %4"_s.arg(a.username, -14).arg(a.role, -10).arg(a.unitCode, -14).arg(a.unitName) << Qt::endl;
    out() << u"intake-key: "_s << result.intakeKey << Qt::endl;
    return 0;
}

int cmdMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {});
    parse(parser, args);
    auto db = openMigrated(dbConfig(parser));
    out() << u"schema version %1"_s.arg(currentSchemaVersion(*db)) << Qt::endl;
    return 0;
}

int cmdUser(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {{u"username"_s, u"username"_s, u"USERNAME"_s},
                              {u"role"_s, u"role"_s, u"ROLE"_s},
                              {u"unit"_s, u"unit code"_s, u"CODE"_s},
                              {u"name"_s, u"display name"_s, u"NAME"_s}});
    parse(parser, args);
    const DbConfig config = dbConfig(parser);
    const QString username = required(parser, u"username"_s);
    if (verb == u"add") {
        const auto role = roleFromName(required(parser, u"role"_s));
        if (!role)
            throw UsageError{u"unknown role %1"_s.arg(parser.value(u"role"_s))};
        const QString unit = required(parser, u"unit"_s);
        const QString hash = hashPassword(readSecret());
        auto db = openMigrated(config);
        Transaction tx(*db, Transaction::Mode::Serialised);
        const UserRecord user = org::addUser(*db, username, parser.value(u"name"_s), *role, unit, hash, now());
        tx.commit();
        out() << u"added %1 (%2 at %3), id %4"_s.arg(user.username, roleName(user.role), user.unit, user.id) << Qt::endl;
        return 0;
    }
    if (verb == u"disable" || verb == u"passwd") {
        const QString hash = verb == u"passwd" ? hashPassword(readSecret()) : QString();
        auto db = openMigrated(config);
        Transaction tx(*db, Transaction::Mode::Serialised);
        const auto user = org::findUserByName(*db, username);
        if (!user)
            throw ApiError(404, u"not_found"_s, u"no account named %1"_s.arg(username), u"username"_s);
        if (verb == u"disable")
            org::updateUser(*db, *user, std::nullopt, std::nullopt, std::nullopt, true, now());
        else
            org::setPassword(*db, *user, hash, now());
        tx.commit();
        out() << (verb == u"disable" ? u"disabled %1"_s : u"changed the password of %1"_s).arg(username) << Qt::endl;
        return 0;
    }
    throw UsageError{u"unknown command: user %1"_s.arg(verb)};
}

int cmdOrg(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {{u"code"_s, u"unit code"_s, u"CODE"_s},
                              {u"name"_s, u"unit name"_s, u"NAME"_s},
                              {u"level"_s, u"level"_s, u"LEVEL"_s},
                              {u"parent"_s, u"parent unit code"_s, u"CODE"_s},
                              {u"households"_s, u"households (communities)"_s, u"N"_s, u"0"_s}});
    parse(parser, args);
    const DbConfig config = dbConfig(parser);
    const QString code = required(parser, u"code"_s);
    if (verb == u"add") {
        const auto level = levelFromName(required(parser, u"level"_s));
        if (!level)
            throw UsageError{u"unknown level %1"_s.arg(parser.value(u"level"_s))};
        bool ok = false;
        const int households = parser.value(u"households"_s).toInt(&ok);
        if (!ok || households < 0)
            throw UsageError{u"--households must be a non-negative number"_s};
        auto db = openMigrated(config);
        Transaction tx(*db, Transaction::Mode::Serialised);
        const UnitRecord unit = org::addUnit(*db, code, required(parser, u"name"_s), *level,
                                             *level == Level::City ? QString() : required(parser, u"parent"_s),
                                             households, now());
        tx.commit();
        out() << u"added %1 %2 at %3"_s.arg(unit.code, unit.name, unit.path) << Qt::endl;
        return 0;
    }
    if (verb == u"move") {
        const QString parent = required(parser, u"parent"_s);
        auto db = openMigrated(config);
        Transaction tx(*db, Transaction::Mode::Serialised);
        const UnitRecord unit = org::moveUnit(*db, code, parent, now());
        tx.commit();
        out() << u"moved %1 to %2"_s.arg(unit.code, unit.path) << Qt::endl;
        return 0;
    }
    throw UsageError{u"unknown command: org %1"_s.arg(verb)};
}

int cmdIntakeKey(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, {{u"unit"_s, u"unit whose subtree the key may file into"_s, u"CODE"_s},
                              {u"name"_s, u"name of the platform"_s, u"NAME"_s}});
    parse(parser, args);
    if (verb != u"add")
        throw UsageError{u"unknown command: intake-key %1"_s.arg(verb)};
    const DbConfig config = dbConfig(parser);
    const QString unit = required(parser, u"unit"_s);
    const QString name = required(parser, u"name"_s);
    auto db = openMigrated(config);
    Transaction tx(*db, Transaction::Mode::Write);
    const QString key = addIntakeKey(*db, name, unit, now());
    tx.commit();
    out() << u"intake-key: "_s << key << Qt::endl;
    return 0;
}

} // namespace

int runCli(const QStringList &arguments)
{
    if (sodium_init() < 0) {
        err() << "libsodium failed to initialise" << Qt::endl;
        return 1;
    }
    QStringList args = arguments;
    const QString program = args.isEmpty() ? u"civicdesk-server"_s : args.takeFirst();
    if (args.isEmpty()) {
        err() << usage();
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out() << usage();
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        out() << u"civicdesk-server %1"_s.arg(QStringLiteral(CIVIC_VERSION)) << Qt::endl;
        return 0;
    }
    try {
        // QCommandLineParser wants the program name first.
        auto withProgram = [&](const QStringList &rest) { return QStringList{program} + rest; };
        if (command == u"serve")
            return cmdServe(withProgram(args));
        if (command == u"init")
            return cmdInit(withProgram(args));
        if (command == u"demo")
            return cmdDemo(withProgram(args));
        if (command == u"migrate")
            return cmdMigrate(withProgram(args));
        if (command == u"assess")
            return runAssessCommand(withProgram(args));
        for (const auto &feature : features()) {
            for (const auto &cli : feature.cliCommands) {
                if (cli.name == command)
                    return cli.run(withProgram(args));
            }
        }
        if (command == u"user" || command == u"org" || command == u"intake-key") {
            if (args.isEmpty())
                throw UsageError{u"%1 needs a subcommand"_s.arg(command)};
            const QString verb = args.takeFirst();
            if (command == u"user")
                return cmdUser(verb, withProgram(args));
            if (command == u"org")
                return cmdOrg(verb, withProgram(args));
            return cmdIntakeKey(verb, withProgram(args));
        }
        throw UsageError{u"unknown command: %1"_s.arg(command)};
    } catch (const UsageError &e) {
        err() << u"civicdesk-server: "_s << e.message << Qt::endl
              << u"Run 'civicdesk-server --help' for usage."_s << Qt::endl;
        return 2;
    } catch (const ApiError &e) {
        err() << u"civicdesk-server: "_s << e.message();
        if (!e.field().isEmpty())
            err() << u" (" << e.field() << u")";
        err() << Qt::endl;
        return 2;
    } catch (const DbError &e) {
        err() << u"civicdesk-server: database error: "_s << e.message() << Qt::endl;
        return 1;
    } catch (const std::exception &e) {
        err() << u"civicdesk-server: "_s << QString::fromLocal8Bit(e.what()) << Qt::endl;
        return 1;
    }
}

} // namespace civic::server
