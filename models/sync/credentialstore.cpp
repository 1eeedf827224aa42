#include "credentialstore.h"

#include <QLoggingCategory>
#include <QUrl>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "civic.sync.credentials")

namespace civic::sync {

namespace {

CredentialStore::Outcome outcomeOf(const QKeychain::Job *job)
{
    CredentialStore::Outcome o;
    o.ok = job->error() == QKeychain::NoError;
    o.noBackend = job->error() == QKeychain::NoBackendAvailable;
    o.notFound = job->error() == QKeychain::EntryNotFound;
    if (!o.ok)
        o.error = job->errorString();
    return o;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
    , m_service(u"CivicDesk"_s)
{
}

QString CredentialStore::keyFor(const QString &serverUrl, const QString &username)
{
    QString server = QUrl(serverUrl).adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
    while (server.endsWith(u'/'))
        server.chop(1);
    return u"CivicDesk/%1/%2"_s.arg(server, username);
}

QString CredentialStore::cacheKeyFor(const QString &serverUrl, const QString &username)
{
    return keyFor(serverUrl, username) + u"/cache-key"_s;
}

void CredentialStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const Outcome o = outcomeOf(j);
        if (!o.ok)
            qCWarning(lcCredentials) << "cannot store the sign-in:" << o.error;
        done(o);
    });
    job->start();
}

void CredentialStore::read(const QString &key, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Outcome o = outcomeOf(j);
        if (o.ok)
            o.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(o);
    });
    job->start();
}

void CredentialStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Outcome o = outcomeOf(j);
        if (o.notFound) // already gone is what we wanted
            o.ok = true;
        done(o);
    });
    job->start();
}

} // namespace civic::sync
