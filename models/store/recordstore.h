#pragma once

#include "cacheschema.h"
#include "personaldata.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace civic::store {

struct Record
{
    QString kind;
    QString id;
    qint64 version = 0;
    QJsonObject data;
};

// The cache's records: pulled changes land here, and optimistic local commands change them
// through it. A record changed locally keeps the last server copy in `shadow` until every
// pending command on it is settled, so a refused command can be rolled back exactly and a
// pull never overwrites what the user has not yet sent. Residents' personal fields are sealed
// on the way in and opened on the way out (PersonalData); the columns copied from them stay
// empty. Callers own the transaction.
class RecordStore
{
public:
    explicit RecordStore(const QSqlDatabase &db);

    QSqlDatabase &database() { return m_db; }

    // A change from the server. While the record has pending local changes, only its shadow
    // (the server copy) is updated. `mayHaveShadow` false (anyShadow() said so inside the
    // same transaction) spares the per-record look-up.
    bool applyPulled(const QString &kind, const QString &id, qint64 version, bool deleted,
        const QJsonObject &data, bool mayHaveShadow = true);
    // Whether any record has pending local changes (a shadow).
    bool anyShadow();

    std::optional<Record> get(const QString &kind, const QString &id);
    // Optimistic writes from a LocalApplier: the first write of a record under pending
    // commands keeps its server copy in the shadow.
    bool putLocal(const QString &kind, const QString &id, qint64 version, const QJsonObject &data);
    bool removeLocal(const QString &kind, const QString &id);

    // The records the current local command touched ("kind/id"), collected between these calls.
    void beginTouches();
    QStringList takeTouches();

    bool hasShadow(const QString &kind, const QString &id);
    // Puts the server copy back (or removes a record that did not exist on the server) and
    // forgets the shadow.
    bool restoreShadow(const QString &kind, const QString &id);
    bool dropShadow(const QString &kind, const QString &id);

    QString state(const QString &key, const QString &fallback = {});
    bool setState(const QString &key, const QString &value);
    qint64 cursor();
    bool setCursor(qint64 cursor);

    // After a `reset`: every pulled record, shadow and the cursor go; the outbox and drafts stay.
    bool clearRecords();
    // Records per kind, for `--sync-once` and the status bar.
    QMap<QString, qint64> counts();

    QString lastError() const { return m_lastError; }

private:
    bool write(const QString &kind, const QString &id, qint64 version, const QJsonObject &data);
    bool remove(const QString &kind, const QString &id);
    bool saveShadow(const QString &kind, const QString &id);
    QString unitPath(const QString &code);
    void unitChanged(const QJsonObject &data);
    QSqlQuery &prepared(const QString &sql);
    bool run(QSqlQuery &query);

    QString stored(const QJsonObject &data) const;
    QJsonObject loaded(const QVariant &text) const;

    QSqlDatabase m_db;
    PersonalData m_personal;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, QString> m_insertSql; // per kind table: its INSERT OR REPLACE
    QHash<QString, QString> m_unitPaths;
    bool m_unitPathsLoaded = false;
    bool m_collecting = false;
    QStringList m_touches;
    QString m_lastError;
};

} // namespace civic::store
