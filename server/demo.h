#pragma once

#include "db.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

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
};

// Fills an empty database with the demo city of API.md §Demo data. Throws ApiError when
// the database already holds data.
DemoResult buildDemo(Db &db, qint64 now);

// Issues an intake key bound to a unit's subtree; returns the key (stored only hashed).
QString addIntakeKey(Db &db, const QString &name, const QString &unitCode, qint64 now);

} // namespace civic::server
