// What every benchmark shares: the JSON lines they print, medians, timing, and the directory
// where what takes long to generate is kept between runs (scripts/bench:
// build/testing/bench-data). Qt Core only; the server's datasets are in benchdatasets.h.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace civic::bench {

using namespace Qt::StringLiterals;

inline double rounded(double v)
{
    return std::round(v * 1000) / 1000;
}

inline void printObject(QJsonObject o)
{
    if (o.contains(u"value"_s))
        o.insert(u"value"_s, rounded(o.value(u"value"_s).toDouble()));
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

inline void log(const QString &line)
{
    std::fprintf(
        stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(line));
    std::fflush(stderr);
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Milliseconds `work` took.
inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

// The default place of the kept datasets: build/testing/bench-data next to the benchmarks.
inline QString defaultDataRoot()
{
    return QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../../bench-data"_s));
}

} // namespace civic::bench
