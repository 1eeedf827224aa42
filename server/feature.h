#pragma once

#include "db.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace civic::server {

class CommandRegistry;
class HttpServer;
struct DemoContext;

// One numbered schema migration. Versions are global and unique across features; a
// migration is never edited once released: a change is a new entry.
struct Migration
{
    int version;
    QString name;
    QStringList statements; // dialectSql() spellings: {path}, {int64}, {blob}
};

// Work the server does on its own, every `intervalSeconds`, on a connection of its own
// (scheduled publishing, SLA reminders and auto-escalation).
struct PeriodicJob
{
    QString name;
    int intervalSeconds = 60;
    std::function<void(Db &, qint64 now)> run;
};

// A table column holding unit paths, rewritten when a unit moves (org move).
struct PathColumn
{
    QString table;
    QString pathColumn;
    QString districtColumn; // may be empty
};

// An administration subcommand contributed by a feature (`civicdesk-server NAME …`).
struct CliCommand
{
    QString name;
    QString usage; // one or more lines for --help
    std::function<int(const QStringList &arguments)> run; // arguments[0] is the program
};

// What a feature (complaints, notices, fans, assessment, …) adds to the server. The server
// composes them in features(); nothing is registered behind the linker's back.
struct Feature
{
    QString name;
    QList<Migration> migrations;
    std::function<void(CommandRegistry &)> registerCommands;
    std::function<void(HttpServer &)> registerRoutes;
    std::function<void(DemoContext &)> buildDemo;
    QList<PeriodicJob> jobs;
    QList<PathColumn> pathColumns;
    QList<CliCommand> cliCommands;
};

Feature coreFeature();
Feature complaintsFeature();
Feature noticesFeature();
Feature fansFeature();
Feature assessmentFeature();
Feature clientReleaseFeature();

// Every feature, core first, in the order their migrations were numbered.
const QList<Feature> &features();

} // namespace civic::server
