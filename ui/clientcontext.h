#pragma once

#include "domain/permissions.h"
#include "store/commandqueue.h"
#include "sync/clientsettings.h"
#include "sync/syncengine.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace civic::sync {
class Session;
class SyncThread;
} // namespace civic::sync

namespace civic::item {
class OrgTreeModel;
}

namespace civic::ui {

// What every page needs, in one place: the signed-in account, the cache (a read connection
// on the UI thread), the sync engine (on its own thread), the org tree and the unit the user
// has selected. Pages read the cache directly and change it only through submit().
class ClientContext : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const store::SubmitResult &)>;

    ClientContext(sync::Session *session, sync::SyncThread *sync, sync::ClientSettings *settings,
                  QObject *parent = nullptr);
    ~ClientContext() override;

    // Opens the read connection and the org tree on the (migrated) cache.
    bool open(const QString &cachePath, QString *error);

    QSqlDatabase database() const;
    const domain::Actor &actor() const { return m_actor; }
    sync::Session *session() const { return m_session; }
    sync::SyncThread *sync() const { return m_sync; }
    sync::ClientSettings *settings() const { return m_settings; }
    item::OrgTreeModel *orgTree() const { return m_orgTree; }
    QString cachePath() const { return m_cachePath; }
    const sync::SyncStatus &status() const { return m_status; }

    QString currentUnit() const { return m_currentUnit; }
    QString currentUnitPath() const;
    QString unitName(const QString &code) const;
    void setCurrentUnit(const QString &code);

    // Asks the one permission function, as the server will.
    bool may(domain::Action action, const domain::Subject &subject) const;

    // Applies a command optimistically and queues it (on the sync thread); `done` runs here.
    void submit(const store::Command &command, Done done = {});
    void syncNow();
    // Keeps what the user is typing, so a crash loses nothing.
    void saveDraft(const QString &key, const QString &value);
    void removeDraft(const QString &key);
    QString draft(const QString &key) const;

Q_SIGNALS:
    void currentUnitChanged(const QString &code);
    void cacheChanged(const QStringList &kinds);
    void statusChanged(const civic::sync::SyncStatus &status);
    void problemsChanged(int count);

private:
    sync::Session *m_session;
    sync::SyncThread *m_sync;
    sync::ClientSettings *m_settings;
    item::OrgTreeModel *m_orgTree;
    domain::Actor m_actor;
    QString m_connection;
    QString m_cachePath;
    QString m_currentUnit;
    sync::SyncStatus m_status;
    QHash<QString, Done> m_pending;
    int m_nextRequest = 0;
};

} // namespace civic::ui
