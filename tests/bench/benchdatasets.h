// The datasets of `civicdesk-server demo --scale`, generated once and kept under a directory
// keyed by the generator's version (scripts/bench: build/testing/bench-data), and a
// civicdesk-server on loopback serving the kept city.
#pragma once

#include "benchsupport.h"
#include "demo.h"
#include "testsupport.h"

#include <QProcess>

#include <memory>

namespace civic::bench {

using namespace Qt::StringLiterals;

// The dataset of `scale` under `root`, generated when missing. Empty on failure.
inline QString dataset(const QString &root, const QString &scale)
{
    const QString dir
        = QDir(root).filePath(u"v%1-%2"_s.arg(civic::server::kScaledDemoVersion).arg(scale));
    const QString marker = QDir(dir).filePath(u"generated.json"_s);
    if (QFileInfo::exists(marker))
        return dir;
    const QString building = dir + u".building"_s;
    QDir(building).removeRecursively();
    QDir().mkpath(building);
    log(u"generating the %1 dataset in %2 (kept for later runs)"_s.arg(scale, dir));
    QProcess p;
    // Its progress lines go straight to our standard error.
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(test::serverBinary(), { u"demo"_s, u"--scale"_s, scale, u"--data"_s, building });
    p.waitForFinished(-1);
    const double seconds = double(clock.elapsed()) / 1000;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        log(u"generating %1 failed: %2"_s.arg(scale, out));
        return {};
    }
    const QString ready = out.section(u'\n', 0, 0);
    const qint64 bytes = QFileInfo(QDir(building).filePath(u"civicdesk.sqlite"_s)).size();
    const QJsonObject figure { { u"bench"_s, u"generate_%1_s"_s.arg(scale) },
        { u"value"_s, seconds }, { u"unit"_s, u"s"_s }, { u"backend"_s, u"sqlite"_s },
        { u"database_mb"_s, double(bytes / (1024 * 1024)) }, { u"summary"_s, ready } };
    printObject(figure);
    QFile file(QDir(building).filePath(u"generated.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(figure).toJson()) < 0)
        return {};
    file.close();
    QDir(dir).removeRecursively();
    if (!QDir().rename(building, dir))
        return {};
    return dir;
}

// A civicdesk-server on loopback serving the kept `demo --scale city` dataset under
// `dataRoot` (generated there when missing), in place: what a benchmark writes through it
// (sign-ins, a few notes) stays in the kept database, as bench_sync's do.
struct DemoCity
{
    std::unique_ptr<test::ServerProcess> server;
    QString dataset = u"demo --scale city"_s;
    QString dir; // the server's --data

    bool start(const QString &dataRoot, QString *why)
    {
        dir = bench::dataset(dataRoot, u"city"_s);
        if (dir.isEmpty()) {
            *why = u"the city dataset could not be generated"_s;
            return false;
        }
        server = std::make_unique<test::ServerProcess>(QStringList { u"--data"_s, dir });
        return server->start(why);
    }
};

} // namespace civic::bench
