#pragma once

// What the benchmarks share: the JSON lines they print, medians, and a civicdesk-server on
// loopback with the largest demo dataset it can build.

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace civic::bench {

inline void printObject(const QJsonObject &o)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

inline double rounded(double value)
{
    return std::round(value * 100) / 100;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// A civicdesk-server serving a demo database in `dir`: `demo --scale city` when the server
// has it, the demo city of API.md §Demo data otherwise. `dataset` says which.
struct DemoCity
{
    std::unique_ptr<test::ServerProcess> server;
    QString dataset;

    bool start(const QString &dir, QString *why)
    {
        const test::CliResult help = test::runServer({ QStringLiteral("--help") });
        const bool scale = (help.out + help.err).contains(QStringLiteral("--scale"));
        QStringList args { QStringLiteral("demo"), QStringLiteral("--data"), dir };
        if (scale)
            args << QStringLiteral("--scale") << QStringLiteral("city");
        const test::CliResult demo = test::runServer(args, {}, 30 * 60 * 1000);
        if (demo.exitCode != 0) {
            *why = QStringLiteral("civicdesk-server demo failed: ") + demo.err;
            return false;
        }
        dataset = scale ? QStringLiteral("demo --scale city") : QStringLiteral("demo");
        server
            = std::make_unique<test::ServerProcess>(QStringList { QStringLiteral("--data"), dir });
        return server->start(why);
    }
};

} // namespace civic::bench
