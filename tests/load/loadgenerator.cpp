#include "loadgenerator.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace civic::load {

namespace {

// Staff roles in the order a reduced set of sign-ins takes them, one of each in turn.
const QStringList kRoles
    = { u"worker"_s, u"director"_s, u"street"_s, u"district"_s, u"city"_s, u"department"_s };

// How the clients spread over the levels: mostly community offices (ARCHITECTURE.md: some
// 1,100 communities against 110 streets and 13 districts), few district and city PCs.
double levelWeight(const QString &role)
{
    if (role == u"worker"_s || role == u"director"_s)
        return 0.85;
    if (role == u"street"_s)
        return 0.08;
    if (role == u"district"_s || role == u"department"_s)
        return 0.03;
    return 0.01; // city
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Latency summarise(std::vector<double> values)
{
    Latency l;
    l.count = qint64(values.size());
    if (values.empty())
        return l;
    std::sort(values.begin(), values.end());
    const auto at = [&](double p) {
        const auto index = std::size_t(std::max(0.0, std::ceil(p * double(values.size())) - 1));
        return values[std::min(index, values.size() - 1)];
    };
    l.p50 = at(0.50);
    l.p95 = at(0.95);
    l.p99 = at(0.99);
    l.max = values.back();
    return l;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

QString errorCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(u"error"_s)
        .toObject()
        .value(u"code"_s)
        .toString();
}

} // namespace

struct LoadGenerator::Account
{
    QString username;
    QString role;
    QString unit;
    QString access;
    QString refresh;
    double expiresAt = 0;
    double ttl = 0;
    bool refreshing = false;
    qint64 cursor = 0; // the head after its setup pull: where a warm cache stands
    QStringList complaints; // what it sees, for complaint.note
};

struct LoadGenerator::Client
{
    int account = 0;
    qint64 cursor = 0;
    bool cold = false;
    bool pulling = false;
    bool pushing = false;
};

LoadGenerator::LoadGenerator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(m_options.seed)
{
    if (m_options.warmupSeconds < 0)
        m_options.warmupSeconds
            = std::min(m_options.intervalSeconds, m_options.durationSeconds / 4);
    for (int i = 0; i < std::max(1, m_options.connections); ++i)
        m_nams.push_back(std::make_unique<QNetworkAccessManager>());
}

LoadGenerator::~LoadGenerator() = default;

double LoadGenerator::now() const
{
    return double(m_clock.nsecsElapsed()) / 1e9;
}

Report LoadGenerator::run()
{
    m_clock.start();
    m_report = {};
    m_report.warmupSeconds = m_options.warmupSeconds;
    QEventLoop loop;
    m_loop = &loop;
    m_tick = new QTimer(this);
    m_tick->setInterval(10);
    connect(m_tick, &QTimer::timeout, this, &LoadGenerator::tick);
    m_rssTimer = new QTimer(this);
    m_rssTimer->setInterval(int(m_options.rssEverySeconds * 1000));
    connect(m_rssTimer, &QTimer::timeout, this, &LoadGenerator::sampleRss);

    // The city account first: it lists the staff accounts and, at the end, reads back
    // everything the run wrote.
    Account city;
    city.username = m_options.cityUser;
    m_accounts.push_back(city);
    QTimer::singleShot(0, this, [this] {
        signIn(0, [this](bool ok) {
            if (!ok)
                return setupFailed(u"cannot sign in as %1"_s.arg(m_options.cityUser));
            auto changes = std::make_shared<QJsonArray>();
            pullPages(
                0, 0, 5000, u"setup"_s, 0,
                [changes](const QJsonArray &page) {
                    for (const auto &c : page)
                        changes->append(c);
                },
                [this, changes](bool pulled, qint64 next) {
                    if (!pulled)
                        return setupFailed(u"the city account's first pull failed"_s);
                    m_accounts[0].cursor = next;
                    m_startSeq = next;
                    chooseAccounts(*changes);
                });
        });
    });
    loop.exec();
    m_loop = nullptr;
    return m_report;
}

void LoadGenerator::request(int nam, const QByteArray &verb, const QString &path,
    const QByteArray &body, const QString &token, const QString &type, Done done)
{
    QUrl url = m_options.server;
    const auto query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(120000);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkAccessManager *manager = m_nams[std::size_t(nam) % m_nams.size()].get();
    QNetworkReply *reply = verb == "POST" ? manager->post(req, body) : manager->get(req);
    ++m_inFlight;
    const double started = now();
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, started, type, done = std::move(done)] {
            reply->deleteLater();
            --m_inFlight;
            const double ms = (now() - started) * 1000;
            Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            if (r.status == 0)
                r.transportError = reply->errorString();
            if (m_running && type != u"setup"_s && type != u"login"_s) {
                ++m_report.requests;
                m_latencies[type].push_back(ms);
                m_latencies[u"all"_s].push_back(ms);
            }
            done(r);
            if (m_draining)
                finishWhenIdle();
        });
}

void LoadGenerator::signIn(int account, std::function<void(bool)> done)
{
    const QJsonObject body { { u"username"_s, m_accounts[std::size_t(account)].username },
        { u"password"_s, m_options.password }, { u"device"_s, u"civicdesk-load"_s } };
    request(account, "POST", u"/api/v1/auth/login"_s, compact(body), {}, u"login"_s,
        [this, account, done = std::move(done)](const Reply &r) {
            if (r.status != 200) {
                m_report.errorSamples
                    << u"login %1: %2 %3"_s.arg(m_accounts[std::size_t(account)].username)
                           .arg(r.status)
                           .arg(r.transportError.isEmpty() ? errorCode(r.body) : r.transportError);
                return done(false);
            }
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            Account &a = m_accounts[std::size_t(account)];
            a.access = o.value(u"access_token"_s).toString();
            a.refresh = o.value(u"refresh_token"_s).toString();
            a.ttl = o.value(u"expires_in"_s).toDouble();
            a.expiresAt = now() + a.ttl;
            const QJsonObject user = o.value(u"user"_s).toObject();
            a.role = user.value(u"role"_s).toString();
            a.unit = user.value(u"unit"_s).toObject().value(u"code"_s).toString();
            done(true);
        });
}

// Access tokens live 15 minutes: a client renews its pair a minute (a quarter of a short
// lifetime) before; requests meanwhile still carry the old token, valid until then.
void LoadGenerator::refreshIfDue(int account)
{
    Account &a = m_accounts[std::size_t(account)];
    if (a.refreshing || a.access.isEmpty() || now() < a.expiresAt - std::min(60.0, a.ttl / 4))
        return;
    a.refreshing = true;
    request(account, "POST", u"/api/v1/auth/refresh"_s,
        compact({ { u"refresh_token"_s, a.refresh } }), {}, u"refresh"_s,
        [this, account](const Reply &r) {
            Account &renewed = m_accounts[std::size_t(account)];
            renewed.refreshing = false;
            if (r.status != 200)
                return error(u"refresh %1"_s.arg(r.status),
                    renewed.username + u' ' + r.transportError + errorCode(r.body));
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            renewed.access = o.value(u"access_token"_s).toString();
            renewed.refresh = o.value(u"refresh_token"_s).toString();
            renewed.ttl = o.value(u"expires_in"_s).toDouble();
            renewed.expiresAt = now() + renewed.ttl;
        });
}

void LoadGenerator::pullPages(int account, qint64 since, int limit, const QString &type, int nam,
    std::function<void(const QJsonArray &)> onPage, std::function<void(bool ok, qint64 next)> done)
{
    const QString path = u"/api/v1/sync/pull?since=%1&limit=%2"_s.arg(since).arg(limit);
    request(nam, "GET", path, {}, m_accounts[std::size_t(account)].access, type,
        [=, this](const Reply &r) {
            if (r.status != 200) {
                error(
                    u"%1 %2"_s.arg(type).arg(r.status ? QString::number(r.status) : u"transport"_s),
                    r.transportError + errorCode(r.body));
                return done(false, since);
            }
            QJsonParseError parseError;
            const QJsonObject page = QJsonDocument::fromJson(r.body, &parseError).object();
            const qint64 next = page.value(u"next"_s).toInteger(-1);
            if (parseError.error != QJsonParseError::NoError || next < 0) {
                error(u"%1 invalid"_s.arg(type), parseError.errorString());
                return done(false, since);
            }
            if (page.value(u"reset"_s).toBool()) {
                error(u"%1 reset"_s.arg(type), m_accounts[std::size_t(account)].username);
                return done(false, since);
            }
            const QJsonArray changes = page.value(u"changes"_s).toArray();
            if (m_running)
                m_report.pulledChanges += changes.size();
            onPage(changes);
            if (page.value(u"has_more"_s).toBool())
                return pullPages(account, next, limit, type, nam, onPage, done);
            done(true, next);
        });
}

void LoadGenerator::setupFailed(const QString &why)
{
    if (!m_report.failure.isEmpty())
        return;
    m_report.failure = why;
    if (!m_report.errorSamples.isEmpty())
        m_report.failure += u" ("_s + m_report.errorSamples.first() + u')';
    m_loop->quit();
}

void LoadGenerator::chooseAccounts(const QJsonArray &cityChanges)
{
    QMap<QString, QStringList> byRole; // role → usernames, sorted
    for (const auto &value : cityChanges) {
        const QJsonObject change = value.toObject();
        if (change.value(u"kind"_s).toString() != u"user"_s || change.value(u"deleted"_s).toBool())
            continue;
        const QJsonObject user = change.value(u"data"_s).toObject();
        const QString name = user.value(u"username"_s).toString();
        if (user.value(u"disabled"_s).toBool() || name == m_options.cityUser)
            continue;
        byRole[user.value(u"role"_s).toString()] << name;
    }
    for (auto &names : byRole)
        names.sort();
    const int wanted
        = m_options.maxAccounts > 0 ? m_options.maxAccounts - 1 : std::numeric_limits<int>::max();
    int taken = 0;
    for (int round = 0; taken < wanted; ++round) {
        bool any = false;
        for (const QString &role : kRoles) {
            const QStringList &names = byRole.value(role);
            if (round >= names.size() || taken >= wanted)
                continue;
            Account a;
            a.username = names.at(round);
            m_accounts.push_back(a);
            ++taken;
            any = true;
        }
        if (!any)
            break;
    }
    // Sign in and take each account's first pull a few at a time: Argon2id is meant to be slow.
    m_nextToPrepare = 1;
    m_preparing = 0;
    for (int i = 0; i < 4; ++i)
        prepareNext();
    if (m_preparing == 0)
        startRun();
}

void LoadGenerator::prepareNext()
{
    if (!m_report.failure.isEmpty())
        return;
    if (m_nextToPrepare >= int(m_accounts.size())) {
        if (m_preparing == 0)
            startRun();
        return;
    }
    const int account = m_nextToPrepare++;
    ++m_preparing;
    signIn(account, [this, account](bool ok) {
        if (!ok)
            return setupFailed(
                u"cannot sign in as %1"_s.arg(m_accounts[std::size_t(account)].username));
        pullPages(
            account, 0, 5000, u"setup"_s, account,
            [this, account](const QJsonArray &page) {
                Account &a = m_accounts[std::size_t(account)];
                for (const auto &value : page) {
                    const QJsonObject change = value.toObject();
                    if (change.value(u"kind"_s).toString() != u"complaint"_s
                        || change.value(u"deleted"_s).toBool())
                        continue;
                    const QJsonObject data = change.value(u"data"_s).toObject();
                    if (data.value(u"merged_into"_s).isString())
                        continue;
                    a.complaints << data.value(u"id"_s).toString();
                }
            },
            [this, account](bool pulled, qint64 next) {
                if (!pulled)
                    return setupFailed(u"the first pull of %1 failed"_s.arg(
                        m_accounts[std::size_t(account)].username));
                m_accounts[std::size_t(account)].cursor = next;
                --m_preparing;
                prepareNext();
            });
    });
}

void LoadGenerator::startRun()
{
    if (m_running || !m_report.failure.isEmpty())
        return;
    // Group the signed-in accounts by level and give each client one, by the level weights.
    QMap<QString, std::vector<int>> groups;
    for (int i = 0; i < int(m_accounts.size()); ++i) {
        const QString role = m_accounts[std::size_t(i)].role;
        groups[role == u"director"_s ? u"worker"_s : role].push_back(i);
    }
    std::vector<QString> levels;
    std::vector<double> weights;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        levels.push_back(it.key());
        weights.push_back(levelWeight(it.key()));
    }
    std::discrete_distribution<int> pickLevel(weights.begin(), weights.end());
    std::uniform_real_distribution<double> unit(0, 1);
    QMap<QString, int> used;
    m_clients.resize(std::size_t(std::max(0, m_options.clients)));
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        const QString level = levels[std::size_t(pickLevel(m_random))];
        const std::vector<int> &members = groups[level];
        Client &c = m_clients[i];
        c.account = members[std::size_t(used[level]++) % members.size()];
        c.cold = unit(m_random) < m_options.coldShare;
        c.cursor = c.cold ? 0 : m_accounts[std::size_t(c.account)].cursor;
    }
    m_report.accounts = int(m_accounts.size());
    m_report.clients = int(m_clients.size());

    m_running = true;
    m_runStart = now();
    std::exponential_distribution<double> pushGap(
        m_options.pushIntervalSeconds > 0 ? 1 / m_options.pushIntervalSeconds : 1);
    for (int i = 0; i < int(m_clients.size()); ++i) {
        m_due.push({ m_runStart + unit(m_random) * m_options.intervalSeconds, i, false });
        if (m_options.pushIntervalSeconds > 0)
            m_due.push({ m_runStart + pushGap(m_random), i, true });
    }
    sampleRss();
    m_rssTimer->start();
    m_tick->start();
}

void LoadGenerator::tick()
{
    const double t = now();
    if (t >= m_runStart + m_options.durationSeconds) {
        m_tick->stop();
        m_report.seconds = t - m_runStart;
        m_draining = true;
        finishWhenIdle();
        return;
    }
    for (int a = 1; a < int(m_accounts.size()); ++a)
        refreshIfDue(a);
    refreshIfDue(0);
    std::uniform_real_distribution<double> jitter(0.8, 1.2);
    std::exponential_distribution<double> pushGap(
        m_options.pushIntervalSeconds > 0 ? 1 / m_options.pushIntervalSeconds : 1);
    while (!m_due.empty() && m_due.top().at <= t) {
        const Due due = m_due.top();
        m_due.pop();
        if (due.push) {
            push(due.client);
            m_due.push({ t + pushGap(m_random), due.client, true });
        } else {
            pull(due.client);
            m_due.push({ t + m_options.intervalSeconds * jitter(m_random), due.client, false });
        }
    }
}

void LoadGenerator::pull(int client)
{
    Client &c = m_clients[std::size_t(client)];
    if (c.pulling) {
        ++m_report.skippedPulls;
        return;
    }
    c.pulling = true;
    ++m_report.pulls;
    const bool cold = c.cursor == 0;
    pullPages(
        c.account, c.cursor, cold ? 1000 : 500, cold ? u"pull_cold"_s : u"pull"_s, client,
        [](const QJsonArray &) {},
        [this, client](bool ok, qint64 next) {
            Client &done = m_clients[std::size_t(client)];
            done.pulling = false;
            if (ok)
                done.cursor = next;
        });
}

QJsonObject LoadGenerator::makeOp(int client)
{
    const Account &a = m_accounts[std::size_t(m_clients[std::size_t(client)].account)];
    const bool community = a.role == u"worker"_s || a.role == u"director"_s;
    const bool canDraft = a.role != u"department"_s && a.role != u"viewer"_s;
    const double roll = std::uniform_real_distribution<double>(0, 1)(m_random);
    const qint64 n = ++m_opCounter;
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject op { { u"op_id"_s, opId } };
    if (community && roll < 0.2) {
        // 意见箱: a resident walks in.
        op[u"type"_s] = u"complaint.create"_s;
        op[u"payload"_s] = QJsonObject { { u"id"_s, id }, { u"community"_s, a.unit },
            { u"category"_s, u"物业"_s }, { u"title"_s, u"楼道灯不亮（压测 %1）"_s.arg(n) },
            { u"content"_s, u"三单元楼道灯坏了一周，晚上上下楼不方便。"_s },
            { u"channel"_s, u"walk_in"_s }, { u"nickname"_s, u"王阿姨"_s },
            { u"phone"_s, u"138%1"_s.arg(n % 100000000, 8, 10, QChar(u'0')) } };
        return op;
    }
    if (canDraft && (a.complaints.isEmpty() || roll < (community ? 0.4 : 0.3))) {
        op[u"type"_s] = u"notice.save"_s;
        op[u"payload"_s] = QJsonObject { { u"id"_s, id }, { u"unit"_s, a.unit },
            { u"category"_s, u"通知"_s }, { u"title"_s, u"关于小区停水的通知（压测 %1）"_s.arg(n) },
            { u"body_html"_s, u"<p>因管道检修，本周六上午8时至12时停水，请居民提前储水。</p>"_s },
            { u"scheduled_at"_s, QJsonValue::Null } };
        return op;
    }
    if (a.complaints.isEmpty())
        return {};
    const QString complaint = a.complaints.at(
        int(std::uniform_int_distribution<qsizetype>(0, a.complaints.size() - 1)(m_random)));
    op[u"type"_s] = u"complaint.note"_s;
    op[u"payload"_s] = QJsonObject { { u"complaint"_s, complaint },
        { u"text"_s, u"已电话回访居民，继续跟进（压测 %1）"_s.arg(n) } };
    return op;
}

void LoadGenerator::push(int client)
{
    Client &c = m_clients[std::size_t(client)];
    if (c.pushing)
        return;
    QJsonArray ops;
    const int count = 1 + int(std::uniform_int_distribution<int>(0, 2)(m_random));
    for (int i = 0; i < count; ++i) {
        const QJsonObject op = makeOp(client);
        if (!op.isEmpty())
            ops.append(op);
    }
    if (ops.isEmpty())
        return;
    c.pushing = true;
    ++m_report.pushes;
    m_report.pushedOps += ops.size();
    request(client, "POST", u"/api/v1/sync/push"_s, compact({ { u"ops"_s, ops } }),
        m_accounts[std::size_t(c.account)].access, u"push"_s, [this, client, ops](const Reply &r) {
            m_clients[std::size_t(client)].pushing = false;
            if (r.status != 200)
                return error(
                    u"push %1"_s.arg(r.status ? QString::number(r.status) : u"transport"_s),
                    r.transportError + errorCode(r.body));
            const QJsonArray results
                = QJsonDocument::fromJson(r.body).object().value(u"results"_s).toArray();
            if (results.size() != ops.size())
                return error(u"push invalid"_s, QString::fromUtf8(r.body.left(200)));
            for (int i = 0; i < ops.size(); ++i) {
                const QJsonObject op = ops.at(i).toObject();
                const QJsonObject result = results.at(i).toObject();
                const QString status = result.value(u"status"_s).toString();
                const QString type = op.value(u"type"_s).toString();
                if (status != u"applied"_s) {
                    error(u"push %1 %2 %3"_s.arg(type, status,
                              result.value(u"error"_s).toObject().value(u"code"_s).toString()),
                        QString::fromUtf8(compact(op.value(u"payload"_s).toObject())));
                    continue;
                }
                ++m_report.appliedOps;
                if (type == u"notice.save"_s)
                    m_appliedNotices.insert(
                        op.value(u"payload"_s).toObject().value(u"id"_s).toString());
                else
                    m_appliedEvents.insert(op.value(u"op_id"_s).toString());
            }
        });
}

void LoadGenerator::error(const QString &kind, const QString &detail)
{
    if (!m_running)
        return;
    ++m_report.errors;
    ++m_report.errorKinds[kind];
    if (m_report.errorSamples.size() < 20)
        m_report.errorSamples << kind + u": "_s + detail.left(300);
}

void LoadGenerator::finishWhenIdle()
{
    if (m_inFlight > 0 || !m_draining)
        return;
    m_draining = false;
    m_running = false;
    m_rssTimer->stop();
    sampleRss();
    if (m_options.verify)
        verify();
    else
        finish();
}

// Exactly once: every op the server answered `applied` is there once — a complaint
// command's event carries the op_id as its id, a saved notice its own id — and no staff
// event appeared that no applied op explains.
void LoadGenerator::verify()
{
    auto seenEvents = std::make_shared<QSet<QString>>();
    auto seenNotices = std::make_shared<QSet<QString>>();
    auto unexpected = std::make_shared<qint64>(0);
    pullPages(
        0, m_startSeq, 5000, u"setup"_s, 0,
        [this, seenEvents, seenNotices, unexpected](const QJsonArray &page) {
            for (const auto &value : page) {
                const QJsonObject change = value.toObject();
                const QString kind = change.value(u"kind"_s).toString();
                const QString id = change.value(u"id"_s).toString();
                if (kind == u"complaint_event"_s) {
                    seenEvents->insert(id);
                    const bool staff
                        = change.value(u"data"_s).toObject().value(u"actor_id"_s).isString();
                    if (staff && !m_appliedEvents.contains(id))
                        ++*unexpected;
                } else if (kind == u"notice"_s) {
                    seenNotices->insert(id);
                }
            }
        },
        [this, seenEvents, seenNotices, unexpected](bool pulled, qint64) {
            if (!pulled) {
                m_report.failure = u"the check's pull failed"_s;
                return finish();
            }
            m_report.verified = true;
            m_report.unexpected = *unexpected;
            const auto missing = [this](const QSet<QString> &applied, const QSet<QString> &seen,
                                     const QString &what) {
                for (const QString &id : applied) {
                    if (seen.contains(id))
                        continue;
                    ++m_report.lost;
                    if (m_report.lostSamples.size() < 10)
                        m_report.lostSamples << what + u' ' + id;
                }
            };
            missing(m_appliedEvents, *seenEvents, u"event"_s);
            missing(m_appliedNotices, *seenNotices, u"notice"_s);
            finish();
        });
}

void LoadGenerator::sampleRss()
{
    if (m_options.serverPid <= 0 || m_runStart < 0)
        return;
    QFile status(u"/proc/%1/status"_s.arg(m_options.serverPid));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const double kb = line.mid(6).trimmed().split(' ').value(0).toDouble();
            m_report.rss.append({ now() - m_runStart, kb / 1024 });
            return;
        }
    }
}

void LoadGenerator::finish()
{
    for (const auto &[type, values] : m_latencies)
        m_report.latency[type] = summarise(values);
    // Memory: the peak over the run; the trend is a least-squares line through the samples
    // after the warm-up (the first pulls, the caches filling), in MB per minute, and the
    // same for the last half of them: growth that levels off is caches, growth that does
    // not is a leak.
    const auto slope = [this](double from) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (const auto &[t, mb] : std::as_const(m_report.rss)) {
            if (t < from)
                continue;
            const double minutes = t / 60;
            sx += minutes;
            sy += mb;
            sxx += minutes * minutes;
            sxy += minutes * mb;
            ++n;
        }
        return n >= 2 && n * sxx - sx * sx > 0 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0.0;
    };
    for (const auto &[t, mb] : std::as_const(m_report.rss)) {
        m_report.rssPeak = std::max(m_report.rssPeak, mb);
        if (t >= m_options.warmupSeconds && m_report.rssWarm == 0)
            m_report.rssWarm = mb;
    }
    if (!m_report.rss.isEmpty()) {
        m_report.rssEnd = m_report.rss.last().second;
        m_report.rssSlopeMbPerMin = slope(m_options.warmupSeconds);
        m_report.rssLateSlopeMbPerMin
            = slope((m_options.warmupSeconds + m_report.rss.last().first) / 2);
    }
    m_loop->quit();
}

QList<QByteArray> Report::jsonLines(const QString &label) const
{
    QList<QByteArray> lines;
    const auto line
        = [&](const QString &bench, double value, const QString &unit, QJsonObject extra) {
              extra.insert(u"bench"_s, bench);
              extra.insert(u"value"_s, value);
              extra.insert(u"unit"_s, unit);
              if (!label.isEmpty())
                  extra.insert(u"run"_s, label);
              lines << compact(extra);
          };
    const auto latencyJson = [](const Latency &l) {
        return QJsonObject { { u"count"_s, l.count }, { u"p50_ms"_s, round1(l.p50) },
            { u"p95_ms"_s, round1(l.p95) }, { u"p99_ms"_s, round1(l.p99) },
            { u"max_ms"_s, round1(l.max) } };
    };
    line(u"load_requests"_s, double(requests), u"requests"_s,
        { { u"clients"_s, clients }, { u"accounts"_s, accounts }, { u"seconds"_s, round1(seconds) },
            { u"rps"_s, seconds > 0 ? round1(double(requests) / seconds) : 0.0 },
            { u"pulls"_s, pulls }, { u"skipped_pulls"_s, skippedPulls },
            { u"pulled_changes"_s, pulledChanges }, { u"pushes"_s, pushes } });
    QJsonObject kinds;
    for (auto it = errorKinds.cbegin(); it != errorKinds.cend(); ++it)
        kinds.insert(it.key(), it.value());
    line(u"load_errors"_s, double(errors), u"errors"_s,
        { { u"kinds"_s, kinds }, { u"target"_s, 0 } });
    QJsonObject perType;
    for (auto it = latency.cbegin(); it != latency.cend(); ++it) {
        if (it.key() != u"all"_s)
            perType.insert(it.key(), latencyJson(it.value()));
    }
    const Latency all = latency.value(u"all"_s);
    QJsonObject p99 = latencyJson(all);
    p99.insert(u"per_type"_s, perType);
    line(u"p99_ms"_s, round1(all.p99), u"ms"_s, p99);
    line(u"load_ops_applied"_s, double(appliedOps), u"ops"_s,
        { { u"pushed"_s, pushedOps }, { u"verified"_s, verified }, { u"lost"_s, lost },
            { u"unexpected"_s, unexpected } });
    if (!rss.isEmpty()) {
        line(u"server_rss_load_mb"_s, round1(rssPeak), u"MB"_s,
            { { u"after_warmup_mb"_s, round1(rssWarm) }, { u"end_mb"_s, round1(rssEnd) },
                { u"slope_mb_per_min"_s, std::round(rssSlopeMbPerMin * 100) / 100 },
                { u"last_half_slope_mb_per_min"_s, std::round(rssLateSlopeMbPerMin * 100) / 100 },
                { u"warmup_s"_s, warmupSeconds }, { u"samples"_s, rss.size() } });
    }
    return lines;
}

QString Report::summary() const
{
    QString s;
    if (!failure.isEmpty())
        s += u"FAILED: %1\n"_s.arg(failure);
    const Latency all = latency.value(u"all"_s);
    s += u"%1 clients on %2 sign-ins, %3 s: %4 requests (%5/s), %6 errors\n"_s.arg(clients)
             .arg(accounts)
             .arg(round1(seconds))
             .arg(requests)
             .arg(seconds > 0 ? round1(double(requests) / seconds) : 0.0)
             .arg(errors);
    s += u"latency ms: p50 %1  p95 %2  p99 %3  max %4\n"_s.arg(round1(all.p50))
             .arg(round1(all.p95))
             .arg(round1(all.p99))
             .arg(round1(all.max));
    s += u"pull cycles %1 (%2 skipped), %3 changes; pushes %4 with %5 ops, %6 applied"_s.arg(pulls)
             .arg(skippedPulls)
             .arg(pulledChanges)
             .arg(pushes)
             .arg(pushedOps)
             .arg(appliedOps);
    if (verified)
        s += u"; lost %1, unexpected %2"_s.arg(lost).arg(unexpected);
    s += u'\n';
    if (!rss.isEmpty())
        s += u"server RSS MB: after warm-up %1, end %2, peak %3, trend %4 MB/min (last half %5)\n"_s
                 .arg(round1(rssWarm))
                 .arg(round1(rssEnd))
                 .arg(round1(rssPeak))
                 .arg(std::round(rssSlopeMbPerMin * 100) / 100)
                 .arg(std::round(rssLateSlopeMbPerMin * 100) / 100);
    for (const QString &e : errorSamples)
        s += u"  error: "_s + e + u'\n';
    for (const QString &e : lostSamples)
        s += u"  lost: "_s + e + u'\n';
    return s;
}

int Report::print(const QString &label) const
{
    for (const QByteArray &line : jsonLines(label))
        std::printf("%s\n", line.constData());
    std::fflush(stdout);
    std::fprintf(stderr, "%s", qPrintable(summary()));
    if (!failure.isEmpty())
        return 2;
    return errors == 0 && lost == 0 && unexpected == 0 ? 0 : 1;
}

} // namespace civic::load
