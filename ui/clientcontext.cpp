#include "clientcontext.h"

#include "item/orgtreemodel.h"
#include "store/cachedatabase.h"
#include "sync/session.h"
#include "sync/syncthread.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace civic::ui {

ClientContext::ClientContext(sync::Session *session, sync::SyncThread *syncThread, sync::ClientSettings *settings,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(syncThread)
    , m_settings(settings)
    , m_orgTree(new item::OrgTreeModel(this))
    , m_connection(u"civic-ui-reader"_s)
{
    m_actor = session->account().actor();
    sync::SyncEngine *engine = syncThread->engine();
    connect(engine, &sync::SyncEngine::cacheChanged, this, [this](const QStringList &kinds) {
        if (kinds.contains(u"org_unit"_s))
            m_orgTree->reload();
        else
            m_orgTree->refreshBadges();
        Q_EMIT cacheChanged(kinds);
    });
    connect(engine, &sync::SyncEngine::statusChanged, this, [this](const sync::SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(engine, &sync::SyncEngine::problemsChanged, this, &ClientContext::problemsChanged);
    connect(engine, &sync::SyncEngine::submitted, this,
            [this](const QString &requestId, const store::SubmitResult &result) {
                const Done done = m_pending.take(requestId);
                if (done)
                    done(result);
            });
}

ClientContext::~ClientContext()
{
    // The models hold the connection; they go first.
    delete m_orgTree;
    m_orgTree = nullptr;
    if (!m_cachePath.isEmpty())
        store::CacheDatabase::close(m_connection);
}

bool ClientContext::open(const QString &cachePath, QString *error)
{
    if (auto e = store::CacheDatabase::openReader(cachePath, m_connection)) {
        *error = e->message;
        return false;
    }
    m_cachePath = cachePath;
    m_orgTree->load(database(), m_actor.unitCode);
    m_currentUnit = m_actor.unitCode;
    return true;
}

QSqlDatabase ClientContext::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString ClientContext::currentUnitPath() const
{
    const auto *u = m_orgTree->unit(m_currentUnit);
    return u ? u->path : m_actor.unitPath;
}

QString ClientContext::unitName(const QString &code) const
{
    const auto *u = m_orgTree->unit(code);
    return u ? u->name : code;
}

void ClientContext::setCurrentUnit(const QString &code)
{
    if (code == m_currentUnit || code.isEmpty())
        return;
    m_currentUnit = code;
    Q_EMIT currentUnitChanged(code);
}

bool ClientContext::may(domain::Action action, const domain::Subject &subject) const
{
    return domain::permit(m_actor, action, subject) == domain::Verdict::Allowed;
}

void ClientContext::submit(const store::Command &command, Done done)
{
    const QString requestId = QString::number(++m_nextRequest);
    if (done)
        m_pending.insert(requestId, std::move(done));
    m_sync->post([command, requestId](sync::SyncEngine *engine) { engine->submit(command, requestId); });
}

void ClientContext::syncNow()
{
    m_sync->post([](sync::SyncEngine *engine) { engine->syncNow(); });
}

void ClientContext::saveDraft(const QString &key, const QString &value)
{
    m_sync->post([key, value](sync::SyncEngine *engine) { engine->saveDraft(key, value); });
}

void ClientContext::removeDraft(const QString &key)
{
    m_sync->post([key](sync::SyncEngine *engine) { engine->removeDraft(key); });
}

QString ClientContext::draft(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM drafts WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace civic::ui
