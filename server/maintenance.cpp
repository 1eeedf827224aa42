#include "maintenance.h"

#include "apierror.h"
#include "audit.h"
#include "changelog.h"
#include "db.h"
#include "migrations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <thread>

using namespace Qt::StringLiterals;

namespace civic::server {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &message)
{
    err() << u"civicdesk-server: "_s << message << Qt::endl << u"Run 'civicdesk-server --help' for usage."_s << Qt::endl;
    return 2;
}

std::optional<DbConfig> configFrom(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.addOption({u"data"_s, u"data directory (SQLite)"_s, u"DIR"_s});
    parser.addOption({u"db"_s, u"PostgreSQL URL"_s, u"URL"_s});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    return DbConfig::fromArguments(parser.value(u"data"_s), parser.value(u"db"_s), error);
}

sqlite3 *handleOf(Db &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

// Copies database `from` into `to` with SQLite's online backup API, a few pages at a time so
// writers are not held up; retries while the source is busy.
bool copyDatabase(sqlite3 *to, sqlite3 *from, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

// What a database file holds: integrity, schema version and head seq.
struct Inspection
{
    bool ok = false;
    QString problem;
    int schema = 0;
    qint64 seq = 0;
};

Inspection inspect(const QString &path)
{
    Inspection r;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        r.problem = db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"cannot open"_s;
        sqlite3_close(db);
        return r;
    }
    const auto text = [&](const char *sql) -> std::optional<QString> {
        sqlite3_stmt *stmt = nullptr;
        std::optional<QString> value;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    };
    const auto check = text("PRAGMA integrity_check");
    if (!check || *check != u"ok") {
        r.problem = u"integrity check failed: %1"_s.arg(check.value_or(u"not a database"_s));
    } else if (const auto schema = text("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
        r.schema = schema->toInt();
        r.seq = text("SELECT value FROM counters WHERE name = 'seq'").value_or(u"0"_s).toLongLong();
        r.ok = true;
    } else {
        r.problem = u"not a CivicDesk database (no schema_migrations)"_s;
    }
    sqlite3_close(db);
    return r;
}

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, u"backup file to write"_s, u"FILE"_s});
    QString error;
    const auto config = configFrom(parser, arguments, &error);
    if (!config)
        return usage(error);
    if (config->dialect == Dialect::Postgres)
        return usage(u"for PostgreSQL use pg_dump (docs/operations.md, \"Backups and restore\")"_s);
    const QString target = parser.value(u"out"_s);
    if (target.isEmpty())
        return usage(u"--out FILE is required"_s);
    if (QFileInfo::exists(target))
        return usage(u"%1 exists already; choose a new file"_s.arg(target));
    try {
        Db db(*config);
        if (currentSchemaVersion(db) == 0)
            return usage(u"%1 holds no CivicDesk database"_s.arg(config->describe()));
        sqlite3 *dest = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK) {
            err() << u"civicdesk-server: cannot create %1: %2"_s.arg(target, QString::fromUtf8(sqlite3_errmsg(dest)))
                  << Qt::endl;
            sqlite3_close(dest);
            return 1;
        }
        const bool ok = copyDatabase(dest, handleOf(db), &error);
        sqlite3_close(dest);
        if (!ok) {
            QFile::remove(target);
            err() << u"civicdesk-server: backup failed: "_s << error << Qt::endl;
            return 1;
        }
    } catch (const DbError &e) {
        err() << u"civicdesk-server: "_s << e.message() << Qt::endl;
        return 1;
    }
    const Inspection copy = inspect(target);
    if (!copy.ok) {
        QFile::remove(target);
        err() << u"civicdesk-server: the backup did not verify: "_s << copy.problem << Qt::endl;
        return 1;
    }
    out() << u"backed up to %1 (%2 bytes, schema %3, seq %4)"_s.arg(target)
                 .arg(QFileInfo(target).size())
                 .arg(copy.schema)
                 .arg(copy.seq)
          << Qt::endl;
    return 0;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"from"_s, u"backup file to restore"_s, u"FILE"_s});
    QString error;
    const auto config = configFrom(parser, arguments, &error);
    if (!config)
        return usage(error);
    if (config->dialect == Dialect::Postgres)
        return usage(u"for PostgreSQL use pg_restore (docs/operations.md, \"Backups and restore\")"_s);
    const QString source = parser.value(u"from"_s);
    if (source.isEmpty())
        return usage(u"--from FILE is required"_s);
    const Inspection backup = inspect(source);
    if (!backup.ok)
        return usage(u"%1 cannot be restored: %2"_s.arg(source, backup.problem));
    if (backup.schema > latestSchemaVersion())
        return usage(u"%1 was written by a newer civicdesk-server (schema %2)"_s.arg(source).arg(backup.schema));
    // A running server holds its directory's lock: never restore under it.
    QLockFile lock(QFileInfo(config->sqlitePath).absolutePath() + u"/civicdesk.lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        err() << u"civicdesk-server: the database is in use; stop civicdesk-server before restoring"_s << Qt::endl;
        return 1;
    }
    sqlite3 *from = nullptr;
    sqlite3 *to = nullptr;
    sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (sqlite3_open_v2(QFile::encodeName(config->sqlitePath).constData(), &to,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(from);
        sqlite3_close(to);
        err() << u"civicdesk-server: cannot open "_s << config->sqlitePath << Qt::endl;
        return 1;
    }
    // A running server holds the database: refuse rather than restore under it.
    sqlite3_busy_timeout(to, 2000);
    char *message = nullptr;
    if (sqlite3_exec(to, "BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        sqlite3_close(from);
        sqlite3_close(to);
        err() << u"civicdesk-server: the database is in use; stop civicdesk-server before restoring"_s << Qt::endl;
        return 1;
    }
    const bool ok = copyDatabase(to, from, &error);
    sqlite3_close(from);
    sqlite3_close(to);
    if (!ok) {
        err() << u"civicdesk-server: restore failed: "_s << error << Qt::endl;
        return 1;
    }
    const Inspection restored = inspect(config->sqlitePath);
    if (!restored.ok) {
        err() << u"civicdesk-server: the restored database did not verify: "_s << restored.problem << Qt::endl;
        return 1;
    }
    out() << u"restored %1 into %2 (schema %3, seq %4)"_s.arg(source, config->sqlitePath)
                 .arg(restored.schema)
                 .arg(restored.seq)
          << Qt::endl;
    return 0;
}

int runAudit(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() < 2 || args.at(1) != u"verify")
        return usage(u"usage: civicdesk-server audit verify --data DIR | --db URL"_s);
    args.removeAt(1);
    QCommandLineParser parser;
    QString error;
    const auto config = configFrom(parser, args, &error);
    if (!config)
        return usage(error);
    try {
        Db db(*config);
        migrate(db);
        const audit::Report report = audit::verify(db);
        for (const auto &p : report.problems)
            out() << u"tampered: "_s << p.text() << Qt::endl;
        if (!report.problems.isEmpty()) {
            out() << u"audit chain broken: %1 problem(s) in %2 entries of %3 chains"_s.arg(report.problems.size())
                         .arg(report.entries)
                         .arg(report.chains)
                  << Qt::endl;
            return 1;
        }
        out() << u"audit chain intact: %1 entries in %2 chains"_s.arg(report.entries).arg(report.chains) << Qt::endl;
        return 0;
    } catch (const DbError &e) {
        err() << u"civicdesk-server: "_s << e.message() << Qt::endl;
        return 1;
    }
}

} // namespace

QList<CliCommand> maintenanceCommands()
{
    return {
        {u"backup"_s, u"  backup      --data DIR --out FILE      an online, consistent copy of a SQLite database"_s, runBackup},
        {u"restore"_s, u"  restore     --data DIR --from FILE     puts a backup in place (server stopped)"_s, runRestore},
        {u"audit"_s, u"  audit verify --data DIR | --db URL    checks the hash-chained history of complaints and notices"_s,
         runAudit},
    };
}

} // namespace civic::server
