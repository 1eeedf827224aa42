#pragma once

#include "db.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace civic::server {

inline constexpr auto kDemoPassword = u"CivicDesk-demo-1";

struct DemoAccount
{
    QString username;
    QString role;
    QString unitCode;
    QString unitName;
};

// State shared by the demo generator's parts: each feature adds its own records with the
// same seeded generator, so the demo city is the same on every run of the same day.
struct DemoContext
{
    Db &db;
    QRandomGenerator rng{20160722};
    qint64 now = 0;
    QString passwordHash;
    QString city;
    QStringList districts;
    QStringList streets;
    QStringList communities;
    QStringList departments;
    QList<DemoAccount> accounts;
    QString intakeKey;

    int between(int lo, int hi) { return lo + int(rng.bounded(quint32(hi - lo + 1))); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(qsizetype(rng.bounded(quint32(list.size())))); }
};

struct DemoResult
{
    QList<DemoAccount> accounts;
    QString intakeKey;
    int units = 0;
    int users = 0;
    // The scaled datasets' volumes (buildScaledDemo).
    int communities = 0;
    qint64 complaints = 0;
    qint64 events = 0;
    qint64 notices = 0;
    qint64 revisions = 0;
    qint64 reviews = 0;
    qint64 fanDays = 0;
    qint64 changes = 0;
};

// `demo --scale`: the demo city (60 communities), or issue 10's datasets: a city of 13
// districts, 110 streets and 1,100 communities with a year of records, or a province of ten
// such cities (130 districts, 11,000 communities). Not advertised: `town` (110 communities
// in 2 districts, the same year per community), the benchmarks' reference size, and `tiny`
// (6 communities) for the tests.
enum class DemoScale { Demo, Tiny, Town, City, Province };
std::optional<DemoScale> demoScaleFromName(QStringView name);
// The scaled generator's version: it changes whenever the generator's output does, so cached
// datasets (scripts/bench) are rebuilt.
inline constexpr int kScaledDemoVersion = 1;


// Fills an empty database with the demo city of API.md §Demo data. Throws ApiError when
// the database already holds data.
DemoResult buildDemo(Db &db, qint64 now);

// Builds the dataset of `scale` into an empty database (ApiError 409 `not_empty` otherwise),
// reporting progress lines as it goes. Deterministic for a given China day.
DemoResult buildScaledDemo(Db &db, qint64 now, DemoScale scale,
                           const std::function<void(const QString &)> &progress);

// Issues an intake key bound to a unit's subtree; returns the key (stored only hashed).
QString addIntakeKey(Db &db, const QString &name, const QString &unitCode, qint64 now);

} // namespace civic::server
