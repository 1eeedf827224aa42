#include "cacheschema.h"

#include <QHash>

#include <algorithm>

namespace civic::store {

const QList<CacheFeature> &cacheFeatures()
{
    static const QList<CacheFeature> list = {
        coreCacheFeature(), complaintsCacheFeature(), noticesCacheFeature(), fansCacheFeature(),
        assessmentCacheFeature(), personalDataCacheFeature(),
    };
    return list;
}

QList<CacheMigration> cacheMigrations()
{
    QList<CacheMigration> list;
    for (const auto &feature : cacheFeatures())
        list += feature.migrations;
    std::sort(list.begin(), list.end(), [](const CacheMigration &a, const CacheMigration &b) {
        return a.version < b.version;
    });
    return list;
}

const KindTable *kindTable(const QString &kind)
{
    static const QHash<QString, KindTable> tables = [] {
        QHash<QString, KindTable> map;
        for (const auto &feature : cacheFeatures()) {
            for (const auto &table : feature.kinds)
                map.insert(table.kind, table);
        }
        return map;
    }();
    const auto it = tables.constFind(kind);
    return it == tables.constEnd() ? nullptr : &*it;
}

const LocalApplier *localApplier(const QString &type)
{
    static const QHash<QString, LocalApplier> appliers = [] {
        QHash<QString, LocalApplier> map;
        for (const auto &feature : cacheFeatures()) {
            for (const auto &[name, applier] : feature.appliers)
                map.insert(name, applier);
        }
        return map;
    }();
    const auto it = appliers.constFind(type);
    return it == appliers.constEnd() ? nullptr : &*it;
}

QStringList knownKinds()
{
    QStringList kinds;
    for (const auto &feature : cacheFeatures()) {
        for (const auto &table : feature.kinds)
            kinds.append(table.kind);
    }
    kinds.sort();
    return kinds;
}

} // namespace civic::store
