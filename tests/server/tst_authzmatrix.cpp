// The authorization matrix against a live server on SQLite and PostgreSQL, generated from
// models/domain permit(): every command type the server registers and every authenticated
// GET route, for every role, on records inside the caller's subtree, in a sibling unit, in
// the parent unit and in another district (departments: transferred to them or not). The
// expected answer of each cell is permit() asked with the Actor and Subject the server
// builds; a refused cell must change nothing. Then every authenticated route with missing,
// tampered, expired, revoked and disabled-account tokens, and refresh-token reuse.

#include "commands.h"
#include "domain/complaintworkflow.h"
#include "domain/permissions.h"
#include "feature.h"
#include "httpserver.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;
using civic::domain::Action;
using civic::domain::Kind;
using civic::domain::Level;
using civic::domain::Role;
using civic::domain::Subject;
using civic::domain::Verdict;

namespace {

// The demo org tree (server/demo.cpp): seen from each actor below, these are units inside
// its subtree, a sibling, its parent and another district.
const QString kHepan = u"210111001001"_s; // 河畔社区 (demo.worker, demo.director)
const QString kGrid = u"210111001001-g1"_s; // its first grid
const QString kLinxiao = u"210111001002"_s; // 林校社区, sibling community (demo.worker2)
const QString kMinzhu = u"210111002001"_s; // 民主社区, under the sibling street
const QString kNanhu = u"210102001001"_s; // 南湖社区, another district
const QString kHuxi = u"210111001"_s; // 湖西街道 (demo.street)
const QString kMinzhuSt = u"210111002"_s; // sibling street
const QString kNanhuSt = u"210102001"_s; // a street of another district
const QString kSujiatun = u"210111"_s; // 苏家屯区 (demo.district)
const QString kHeping = u"210102"_s; // 和平区, another district
const QString kCity = u"210100"_s; // 沈阳市 (demo.city)
const QString kCgw = u"210111-cgw"_s; // 城管委 (demo.dept)

// Codes a command answers for a verdict. A refusal by the state machine or a rule of the
// record (anything but these and malformed input) counts as "allowed": the permission gate
// let the op through.
const QSet<QString> kPermissionCodes = { u"forbidden"_s, u"not_found"_s, u"unauthorized"_s };
const QSet<QString> kMalformedCodes = { u"invalid_field"_s, u"invalid_json"_s, u"bad_request"_s };
// API.md: notice.approve/reject name the review rule that refuses a visible notice before the
// permission gate agrees (docs/api.md "answer, in this order").
const QSet<QString> kReviewCodes = { u"invalid_state"_s, u"immutable"_s, u"self_approval"_s,
    u"not_reviewer"_s, u"not_current_step"_s, u"step_skipped"_s };

// Refused ops per push.
constexpr qsizetype kBatch = 50;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODateWithMs);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Allowed:
        return u"allowed"_s;
    case Verdict::Forbidden:
        return u"forbidden"_s;
    case Verdict::NotFound:
        return u"not_found"_s;
    }
    return {};
}

QString districtOf(const QString &community)
{
    return community.left(6);
}

QString streetOf(const QString &community)
{
    return community.left(9);
}

// The demo's account names (server/demo.cpp).
QString workerOf(const QString &community)
{
    if (community == kHepan)
        return u"demo.worker"_s;
    if (community == kLinxiao)
        return u"demo.worker2"_s;
    return u"w"_s + community;
}

QString streetAccount(const QString &street)
{
    return street == kHuxi ? u"demo.street"_s : u"s"_s + street;
}

QString districtAccount(const QString &district)
{
    return district == kSujiatun ? u"demo.district"_s : u"q"_s + district;
}

// One signed-in account of the matrix.
struct Account
{
    QString label; // role@unit
    QString username;
    QString token;
    QString refresh;
    civic::domain::Actor actor;
};

struct Unit
{
    QString code;
    QString name;
    QString path;
    Level level = Level::Community;
};

// One record (or unit) a command is tried on, built fresh for every cell that may change it.
struct Instance
{
    QJsonObject payload;
    std::optional<qint64> baseVersion;
    std::function<Verdict(const civic::domain::Actor &)> verdict;
    // What a refused op must leave as it was (empty: nothing beyond the global seq).
    std::function<QString()> fingerprint;
};

struct Target
{
    QString label;
    std::function<std::optional<Instance>()> make;
    // Complaint targets: the "place/stage" each instance takes `perInstance` complaints of.
    QString pool = {};
    int perInstance = 0;
};

struct CommandCase
{
    QString type;
    QList<Target> targets;
};

// Routes and how the token matrix reaches them.
enum class Access { Bearer, Public, IntakeKey };

} // namespace

class TestAuthzMatrix : public QObject
{
    Q_OBJECT

private:
    struct Backend
    {
        DemoServer server;
        QList<Account> accounts;
        QHash<QString, Account> byName; // every signed-in account, matrix or helper
        QHash<QString, Unit> units;
        QHash<QString, QString> taskOf; // district → a task addressed to all its communities
        QHash<QString, QStringList> complaints; // "place/stage" → ready complaints, built in bulk
    };
    std::map<QString, std::unique_ptr<Backend>> m_backends;
    Backend *m_b = nullptr;
    QStringList m_failures;

    DemoServer &server() { return m_b->server; }
    Http &http() { return server().http(); }

    const Account &account(const QString &username)
    {
        if (!m_b->byName.contains(username)) {
            const QJsonObject reply = loginReply(http(), username);
            Account a;
            a.username = username;
            a.token = reply.value(u"access_token"_s).toString();
            a.refresh = reply.value(u"refresh_token"_s).toString();
            const QJsonObject user = reply.value(u"user"_s).toObject();
            const QJsonObject unit = user.value(u"unit"_s).toObject();
            a.actor.userId = user.value(u"id"_s).toString();
            a.actor.role = civic::domain::roleFromName(user.value(u"role"_s).toString())
                               .value_or(Role::Viewer);
            a.actor.unitCode = unit.value(u"code"_s).toString();
            a.actor.unitPath = unit.value(u"path"_s).toString();
            a.actor.unitLevel = civic::domain::levelFromName(unit.value(u"level"_s).toString())
                                    .value_or(Level::Community);
            a.label = user.value(u"role"_s).toString() + u'@' + a.actor.unitCode;
            if (a.token.isEmpty())
                qWarning(
                    "cannot sign in as %s: %s", qPrintable(username), qPrintable(compact(reply)));
            m_b->byName.insert(username, a);
        }
        return m_b->byName[username];
    }

    QString token(const QString &username) { return account(username).token; }

    QString userId(const QString &username) { return account(username).actor.userId; }

    // Adds an account the demo lacks (a grid worker, a viewer) through the admin API.
    bool addUser(const QString &username, const QString &role, const QString &unit)
    {
        const HttpReply r = http().postJson(u"/api/v1/users"_s,
            { { u"username"_s, username }, { u"display_name"_s, username }, { u"role"_s, role },
                { u"unit"_s, unit }, { u"password"_s, u"CivicDesk-demo-1"_s } },
            token(u"demo.city"_s));
        if (r.status != 201)
            qWarning("adding %s: %d %s", qPrintable(username), r.status, r.body.constData());
        return r.status == 201;
    }

    bool ensureServer()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &slot = m_backends[backend];
        if (!slot) {
            auto fresh = std::make_unique<Backend>();
            QString why;
            if (!fresh->server.start(backend, &why)) {
                qWarning("%s", qPrintable(why));
                m_b = nullptr;
                return false;
            }
            m_b = fresh.get();
            slot = std::move(fresh);
            if (!setUp()) {
                slot.reset();
                m_b = nullptr;
                return false;
            }
        }
        m_b = slot.get();
        return true;
    }

    bool setUp()
    {
        if (!addUser(u"authz.grid"_s, u"worker"_s, kGrid)
            || !addUser(u"authz.viewer"_s, u"viewer"_s, kHuxi))
            return false;
        for (const auto &name :
            { u"demo.worker"_s, u"authz.grid"_s, u"demo.director"_s, u"demo.street"_s,
                u"demo.district"_s, u"demo.city"_s, u"demo.dept"_s, u"authz.viewer"_s }) {
            const Account &a = account(name);
            if (a.token.isEmpty())
                return false;
            m_b->accounts.append(a);
        }
        for (const auto &c : pullAll(http(), token(u"demo.city"_s)).changes) {
            if (c.value(u"kind"_s).toString() != u"org_unit")
                continue;
            const QJsonObject d = c.value(u"data"_s).toObject();
            m_b->units.insert(d.value(u"code"_s).toString(),
                Unit { d.value(u"code"_s).toString(), d.value(u"name"_s).toString(),
                    d.value(u"path"_s).toString(),
                    civic::domain::levelFromName(d.value(u"level"_s).toString())
                        .value_or(Level::Community) });
        }
        for (const auto &district : { kSujiatun, kHeping }) {
            const QString id = uuid();
            if (!step(districtAccount(district), u"task.issue"_s,
                    { { u"id"_s, id }, { u"district"_s, district },
                        { u"title"_s, u"报送活动材料"_s }, { u"description"_s, u"授权矩阵"_s },
                        { u"due_at"_s, iso(now() + 7 * 86400000LL) } }))
                return false;
            m_b->taskOf.insert(district, id);
        }
        // GET /api/v1/client/latest answers 404 until a release is published.
        const CliResult release
            = runServer(QStringList { u"client-release"_s } + server().database().serverArgs()
                + QStringList { u"--version"_s, u"1.2.3"_s, u"--url"_s,
                    u"https://example.org/civicdesk-1.2.3.msi"_s });
        if (release.exitCode != 0) {
            qWarning("client-release: %s", qPrintable(release.err));
            return false;
        }
        return m_b->units.contains(kGrid) && m_b->units.contains(kNanhu);
    }

    const Unit &unit(const QString &code) { return m_b->units[code]; }

    Subject unitSubject(Kind kind, const QString &code)
    {
        const Unit &u = unit(code);
        return Subject { .kind = kind, .unitPath = u.path, .unitLevel = u.level };
    }

    // Reads what the server logged so far: a server whose log pipe is full blocks on its next
    // line (it logs every rejected op), and this test rejects thousands.
    void drain()
    {
        QCoreApplication::processEvents();
        server().process().output();
    }

    // The op as `username` sends it; "$self" in the payload is that user's id (an assignee
    // of the handling unit).
    QJsonObject opFor(const QString &username, const QString &type, const QJsonObject &payload,
        std::optional<qint64> baseVersion)
    {
        QJsonObject p = payload;
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (it.value() == QJsonValue(u"$self"_s))
                it.value() = account(username).actor.userId;
        }
        return op(type, p, baseVersion);
    }

    QJsonObject act(const QString &username, const QString &type, const QJsonObject &payload,
        std::optional<qint64> baseVersion = std::nullopt)
    {
        drain();
        return push(http(), token(username), { opFor(username, type, payload, baseVersion) })
            .json()
            .value(u"results"_s)
            .toArray()
            .at(0)
            .toObject();
    }

    // A step of a fixture: must be applied.
    bool step(const QString &username, const QString &type, const QJsonObject &payload,
        std::optional<qint64> baseVersion = std::nullopt)
    {
        const QJsonObject r = act(username, type, payload, baseVersion);
        if (r.value(u"status"_s).toString() == u"applied")
            return true;
        qWarning(
            "fixture %s by %s: %s", qPrintable(type), qPrintable(username), qPrintable(compact(r)));
        return false;
    }

    // ---- complaints ---------------------------------------------------------------------

    QJsonObject complaint(const QString &id)
    {
        const HttpReply r = http().get(u"/api/v1/complaints/"_s + id, token(u"demo.city"_s));
        return r.status == 200 ? r.json() : QJsonObject {};
    }

    // The Subject the server builds (complaintSubject()), from the record as the server holds it.
    Subject complaintSubject(const QJsonObject &c)
    {
        civic::domain::ComplaintState s;
        s.communityPath = unit(c.value(u"community"_s).toString()).path;
        if (c.value(u"grid"_s).isString())
            s.gridPath = unit(c.value(u"grid"_s).toString()).path;
        const Unit &handling = unit(c.value(u"handling_unit"_s).toString());
        s.handlingPath = handling.path;
        s.handlingLevel = handling.level;
        for (const auto &d : c.value(u"departments"_s).toArray())
            s.departments.append(d.toString());
        return civic::domain::complaintSubject(s);
    }

    QString complaintFingerprint(const QString &id)
    {
        const QJsonObject c = complaint(id);
        return u"%1/%2/%3/%4"_s.arg(c.value(u"version"_s).toInt())
            .arg(c.value(u"events"_s).toArray().size())
            .arg(c.value(u"status"_s).toString(), c.value(u"handling_unit"_s).toString());
    }

    // Complaints placed in `place` (a community or a grid) and brought to `stage`: new,
    // street, district (escalated once, twice), transferred / transferred_other (by the
    // street to its district's 城管委 / 房产局), resolved (by the community), satisfied
    // (resolved and rated). Built in a few batched pushes, `count` of each "place/stage".
    bool buildComplaints(const QHash<QString, int> &wanted)
    {
        QJsonArray creates;
        QHash<QString, QJsonArray> byWorker;
        QHash<QString, QJsonArray> byStreet;
        QHash<QString, QStringList> made;
        const auto opFor = [](const QString &type, const QString &id,
                               std::initializer_list<std::pair<QString, QJsonValue>> fields) {
            QJsonObject payload { { u"complaint"_s, id } };
            for (const auto &[k, v] : fields)
                payload.insert(k, v);
            return op(type, payload);
        };
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const QString place = it.key().section(u'/', 0, 0);
            const QString stage = it.key().section(u'/', 1, 1);
            const QString community = place.section(u'-', 0, 0);
            const QString worker = workerOf(community);
            const QString street = streetAccount(streetOf(community));
            for (int n = 0; n < it.value(); ++n) {
                const QString id = uuid();
                QJsonObject create { { u"id"_s, id }, { u"community"_s, community },
                    { u"category"_s, u"噪音"_s }, { u"title"_s, u"夜间施工噪音扰民"_s },
                    { u"content"_s, u"工地晚上十一点以后还在施工。"_s },
                    { u"nickname"_s, u"居民"_s }, { u"phone"_s, u"13812345678"_s },
                    { u"channel"_s, u"walk_in"_s }, { u"submitted_at"_s, iso(now() - 3600000) } };
                if (place != community)
                    create.insert(u"grid"_s, place);
                creates.append(op(u"complaint.create"_s, create));
                if (stage == u"resolved" || stage == u"satisfied")
                    byWorker[worker].append(opFor(u"complaint.resolve"_s, id,
                        { { u"resolution"_s, u"已协调停工"_s },
                            { u"reply"_s, u"您好,已处理。"_s } }));
                else if (stage != u"new")
                    byWorker[worker].append(
                        opFor(u"complaint.escalate"_s, id, { { u"reason"_s, u"社区无法解决"_s } }));
                if (stage == u"satisfied")
                    byWorker[worker].append(
                        opFor(u"complaint.satisfaction"_s, id, { { u"value"_s, u"satisfied"_s } }));
                if (stage == u"district")
                    byStreet[street].append(
                        opFor(u"complaint.escalate"_s, id, { { u"reason"_s, u"街道协调不了"_s } }));
                if (stage == u"transferred" || stage == u"transferred_other")
                    byStreet[street].append(opFor(u"complaint.transfer"_s, id,
                        { { u"department"_s,
                              districtOf(community)
                                  + (stage == u"transferred" ? u"-cgw"_s : u"-fcj"_s) },
                            { u"reason"_s, u"属部门职责"_s } }));
                made[it.key()].append(id);
            }
        }
        bool ok = pushAll(u"demo.city"_s, creates);
        for (auto it = byWorker.cbegin(); ok && it != byWorker.cend(); ++it)
            ok = pushAll(it.key(), it.value());
        for (auto it = byStreet.cbegin(); ok && it != byStreet.cend(); ++it)
            ok = pushAll(it.key(), it.value());
        for (auto it = made.cbegin(); ok && it != made.cend(); ++it)
            m_b->complaints[it.key()] += it.value();
        return ok;
    }

    // Pushes `ops` as `username` in pushes of at most 500; true when every op was applied.
    bool pushAll(const QString &username, const QJsonArray &ops)
    {
        for (qsizetype at = 0; at < ops.size(); at += 500) {
            QJsonArray part;
            for (qsizetype i = at; i < std::min(ops.size(), at + 500); ++i)
                part.append(ops.at(i));
            drain();
            for (const auto &r :
                push(http(), token(username), part).json().value(u"results"_s).toArray()) {
                if (r.toObject().value(u"status"_s).toString() != u"applied") {
                    qWarning("fixture by %s: %s", qPrintable(username),
                        qPrintable(compact(r.toObject())));
                    return false;
                }
            }
        }
        return true;
    }

    QString newComplaint(const QString &place, const QString &stage)
    {
        const QString key = place + u'/' + stage;
        if (m_b->complaints.value(key).isEmpty() && !buildComplaints({ { key, 1 } }))
            return {};
        return m_b->complaints[key].takeFirst();
    }

    Target complaintTarget(const QString &type, const QString &place, const QString &stage,
        const std::function<void(QJsonObject &, const QString &place)> &extra)
    {
        return Target { place + u'/' + stage,
            [this, type, place, stage, extra]() -> std::optional<Instance> {
                const QString id = newComplaint(place, stage);
                if (id.isEmpty())
                    return std::nullopt;
                QJsonObject payload { { u"complaint"_s, id } };
                extra(payload, place);
                const Subject subject = complaintSubject(complaint(id));
                Instance i;
                if (type == u"complaint.merge") {
                    const QString primary = newComplaint(place, stage);
                    if (primary.isEmpty())
                        return std::nullopt;
                    payload.insert(u"primary"_s, primary);
                    const Subject other = complaintSubject(complaint(primary));
                    i.verdict = [subject, other](const civic::domain::Actor &a) {
                        const Verdict v = permit(a, Action::ComplaintMerge, subject);
                        return v != Verdict::Allowed ? v : permit(a, Action::Read, other);
                    };
                    i.fingerprint = [this, id, primary] {
                        return complaintFingerprint(id) + u'+' + complaintFingerprint(primary);
                    };
                } else {
                    const Action action
                        = type == u"complaint.accept" ? Action::ComplaintAssign : actionOf(type);
                    i.verdict = [subject, action](const civic::domain::Actor &a) {
                        return permit(a, action, subject);
                    };
                    i.fingerprint = [this, id] { return complaintFingerprint(id); };
                }
                i.payload = payload;
                return i;
            },
            place + u'/' + stage, type == u"complaint.merge" ? 2 : 1 };
    }

    static Action actionOf(const QString &type)
    {
        for (const Action a : civic::domain::kAllActions) {
            if (civic::domain::actionName(a) == type)
                return a;
        }
        qFatal("no action named %s", qPrintable(type));
    }

    QList<Target> complaintTargets(const QString &type, const QStringList &stages,
        const std::function<void(QJsonObject &, const QString &)> &extra)
    {
        QList<Target> list;
        for (const auto &place : { kHepan, kGrid, kLinxiao, kMinzhu, kNanhu })
            for (const auto &stage : stages)
                list.append(complaintTarget(type, place, stage, extra));
        return list;
    }

    // ---- notices ------------------------------------------------------------------------

    QJsonObject notice(const QString &id)
    {
        const HttpReply r = http().get(u"/api/v1/notices/"_s + id, token(u"demo.city"_s));
        return r.status == 200 ? r.json() : QJsonObject {};
    }

    // noticeSubject() from the notice as the server holds it.
    Subject noticeSubject(const QJsonObject &n)
    {
        Subject s = unitSubject(Kind::Notice, n.value(u"unit"_s).toString());
        s.ownerId = n.value(u"author"_s).toString();
        if (n.value(u"step_role"_s).isString()) {
            s.stepRole = civic::domain::roleFromName(n.value(u"step_role"_s).toString());
            s.stepUnitPath = unit(n.value(u"reviewing_unit"_s).toString()).path;
        }
        return s;
    }

    QJsonObject noticeContent(const QString &id, const QString &unitCode)
    {
        return { { u"id"_s, id }, { u"unit"_s, unitCode }, { u"category"_s, u"社区活动"_s },
            { u"title"_s, u"周末义诊活动通知"_s },
            { u"body_html"_s, u"<p>本周六上午九点在社区广场开展义诊活动。</p>"_s } };
    }

    // A notice written at `unitCode` by `author`, brought to `stage`: draft, in_review (step
    // 1), step2 (step 1 approved), approved.
    QString newNotice(const QString &author, const QString &unitCode, const QString &stage)
    {
        const QString id = uuid();
        if (!step(author, u"notice.save"_s, noticeContent(id, unitCode)))
            return {};
        if (stage != u"draft" && !step(author, u"notice.submit"_s, { { u"notice"_s, id } }))
            return {};
        // A community's chain: its director, then its street.
        const QString director = unitCode == kHepan ? u"demo.director"_s : u"d"_s + unitCode;
        if ((stage == u"step2" || stage == u"approved")
            && !step(director, u"notice.approve"_s,
                { { u"notice"_s, id }, { u"quality"_s, 4 }, { u"comment"_s, u"同意"_s } }))
            return {};
        if (stage == u"approved"
            && !step(streetAccount(streetOf(unitCode)), u"notice.approve"_s,
                { { u"notice"_s, id }, { u"quality"_s, 4 }, { u"comment"_s, u"同意"_s } }))
            return {};
        return id;
    }

    Target noticeTarget(
        const QString &type, const QString &author, const QString &unitCode, const QString &stage)
    {
        return Target { unitCode + u'/' + stage + u" by "_s + author,
            [this, type, author, unitCode, stage]() -> std::optional<Instance> {
                const QString id = newNotice(author, unitCode, stage);
                if (id.isEmpty())
                    return std::nullopt;
                const QJsonObject n = notice(id);
                const Subject subject = noticeSubject(n);
                const Action action = actionOf(type);
                Instance i;
                if (type == u"notice.save") {
                    i.payload = noticeContent(id, unitCode);
                    i.payload.insert(u"title"_s, u"周末义诊活动通知(修改)"_s);
                    i.baseVersion = n.value(u"version"_s).toInteger();
                } else {
                    i.payload = { { u"notice"_s, id } };
                    if (type == u"notice.approve")
                        i.payload.insert(u"quality"_s, 4);
                    if (type == u"notice.approve" || type == u"notice.reject")
                        i.payload.insert(u"comment"_s, u"请修改标题"_s);
                }
                i.verdict = [subject, action](const civic::domain::Actor &a) {
                    return permit(a, action, subject);
                };
                i.fingerprint = [this, id] {
                    const QJsonObject now = notice(id);
                    return u"%1/%2/%3"_s.arg(now.value(u"version"_s).toInt())
                        .arg(now.value(u"state"_s).toString())
                        .arg(now.value(u"step"_s).toInt());
                };
                return i;
            } };
    }

    QList<Target> noticeTargets(const QString &type, const QString &stage)
    {
        return { noticeTarget(type, u"demo.worker"_s, kHepan, stage),
            noticeTarget(
                type, u"demo.director"_s, kHepan, stage == u"step2" ? u"in_review"_s : stage),
            noticeTarget(type, u"demo.worker2"_s, kLinxiao, stage),
            noticeTarget(type, u"demo.street"_s, kHuxi, stage == u"step2" ? u"in_review"_s : stage),
            noticeTarget(
                type, workerOf(kNanhu), kNanhu, stage == u"step2" ? u"in_review"_s : stage) };
    }

    // ---- units, users, settings ---------------------------------------------------------

    // A command whose target is a unit named in the payload: nothing to build, and the
    // Subject is the unit's (with `kind`), adjusted by `adjust` where the server does so.
    Target unitTarget(const QString &code, Action action, Kind kind,
        const std::function<QJsonObject(const QString &code)> &payload,
        const std::function<void(Subject &, const civic::domain::Actor &)> &adjust = {})
    {
        return Target { code,
            [this, code, action, kind, payload, adjust]() -> std::optional<Instance> {
                Instance i;
                i.payload = payload(code);
                const Subject base = kind == Kind::Complaint ? Subject { .kind = Kind::Complaint,
                    .unitPath = unit(code).path,
                    .unitLevel = unit(code).level,
                    .handlingPath = unit(code).path,
                    .handlingLevel = unit(code).level }
                                                             : unitSubject(kind, code);
                i.verdict = [base, action, adjust](const civic::domain::Actor &a) {
                    Subject s = base;
                    if (adjust)
                        adjust(s, a);
                    return permit(a, action, s);
                };
                return i;
            } };
    }

    QList<Target> unitTargets(const QStringList &codes, Action action, Kind kind,
        const std::function<QJsonObject(const QString &code)> &payload,
        const std::function<void(Subject &, const civic::domain::Actor &)> &adjust = {})
    {
        QList<Target> list;
        for (const auto &code : codes)
            list.append(unitTarget(code, action, kind, payload, adjust));
        return list;
    }

    QList<Target> cannedDeleteTargets()
    {
        QList<Target> list;
        const QList<std::pair<QString, QString>> owners
            = { { kHepan, u"demo.worker"_s }, { kLinxiao, u"demo.worker2"_s },
                  { kNanhu, workerOf(kNanhu) }, { kHuxi, u"demo.street"_s },
                  { kSujiatun, u"demo.district"_s }, { kCgw, u"demo.dept"_s } };
        for (const auto &[code, owner] : owners) {
            list.append(Target {
                code, [this, code, owner]() -> std::optional<Instance> {
                    const QString id = uuid();
                    if (!step(owner, u"canned_reply.save"_s,
                            { { u"id"_s, id }, { u"unit"_s, code }, { u"title"_s, u"已收到"_s },
                                { u"text"_s, u"您好,已收到。"_s } }))
                        return std::nullopt;
                    const Unit &u = unit(code);
                    const Subject s { .kind = Kind::Complaint,
                        .unitPath = u.path,
                        .unitLevel = u.level,
                        .handlingPath = u.path,
                        .handlingLevel = u.level };
                    Instance i;
                    i.payload = { { u"id"_s, id } };
                    i.verdict = [s](const civic::domain::Actor &a) {
                        return permit(a, Action::ComplaintReply, s);
                    };
                    return i;
                } });
        }
        return list;
    }

    // fans.import of a day the server holds, with the figures it holds (API.md: a re-import
    // of the same figures is accepted), so that every allowed cell can apply.
    QList<Target> fansTargets()
    {
        QList<Target> list;
        for (const auto &code : { kHepan, kLinxiao, kNanhu, kHuxi }) {
            list.append(Target {
                code, [this, code]() -> std::optional<Instance> {
                    const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
                    const HttpReply r
                        = http().get(u"/api/v1/units/%1/fans?from=%2&to=%2"_s.arg(code, day),
                            token(u"demo.city"_s));
                    const QJsonObject row = r.jsonArray().at(0).toObject();
                    if (r.status != 200 || row.isEmpty())
                        return std::nullopt;
                    Instance i;
                    i.payload = { { u"community"_s, code },
                        { u"days"_s,
                            QJsonArray { QJsonObject { { u"date"_s, day },
                                { u"new_follow"_s, row.value(u"new_follow"_s) },
                                { u"unfollow"_s, row.value(u"unfollow"_s) },
                                { u"cumulative"_s, row.value(u"cumulative"_s) } } } } };
                    const Subject s = unitSubject(Kind::FanDay, code);
                    i.verdict = [s](const civic::domain::Actor &a) {
                        return permit(a, Action::FansImport, s);
                    };
                    return i;
                } });
        }
        return list;
    }

    QList<Target> userTargets()
    {
        QList<Target> list;
        for (const auto &name : { u"demo.worker"_s, u"demo.worker2"_s, workerOf(kMinzhu),
                 workerOf(kNanhu), u"demo.street"_s, u"demo.district"_s, districtAccount(kHeping),
                 u"demo.city"_s, u"demo.dept"_s }) {
            list.append(Target { name, [this, name]() -> std::optional<Instance> {
                                    const Account &a = account(name);
                                    if (a.actor.userId.isEmpty())
                                        return std::nullopt;
                                    Instance i;
                                    i.payload = { { u"id"_s, a.actor.userId },
                                        { u"display_name"_s, u"授权矩阵 "_s + name } };
                                    const Subject s = unitSubject(Kind::User, a.actor.unitCode);
                                    i.verdict = [s](const civic::domain::Actor &actor) {
                                        return permit(actor, Action::UserManage, s);
                                    };
                                    return i;
                                } });
        }
        return list;
    }

    QList<Target> claimReviewTargets()
    {
        QList<Target> list;
        for (const auto &community : { kHepan, kLinxiao, kMinzhu, kNanhu }) {
            list.append(Target {
                community, [this, community]() -> std::optional<Instance> {
                    const QString id = uuid();
                    if (!step(workerOf(community), u"claim.submit"_s, claimPayload(id, community)))
                        return std::nullopt;
                    Instance i;
                    i.payload = { { u"claim"_s, id }, { u"decision"_s, u"approve"_s },
                        { u"comment"_s, u"属实"_s } };
                    const Subject s = unitSubject(Kind::Claim, community);
                    i.verdict = [s](const civic::domain::Actor &a) {
                        return permit(a, Action::ClaimReview, s);
                    };
                    return i;
                } });
        }
        return list;
    }

    static QJsonObject claimPayload(const QString &id, const QString &community)
    {
        return { { u"id"_s, id }, { u"community"_s, community }, { u"kind"_s, u"event"_s },
            { u"title"_s, u"社区义诊活动"_s }, { u"description"_s, u"为老人义诊"_s },
            { u"links"_s, QJsonArray { u"https://example.org/a"_s } },
            { u"date"_s, iso(now() - 3600000) } };
    }

    // Every command type the matrix covers, with its targets.
    QList<CommandCase> commandCases()
    {
        using Fill = std::function<void(QJsonObject &, const QString &)>;
        const auto text = [](const QString &key, const QString &value) -> Fill {
            return [key, value](QJsonObject &p, const QString &) { p.insert(key, value); };
        };
        const QStringList open = { u"new"_s, u"street"_s, u"district"_s, u"transferred"_s };
        const QStringList communities = { kHepan, kGrid, kLinxiao, kMinzhu, kNanhu };
        const QStringList allUnits = { kHepan, kGrid, kLinxiao, kMinzhu, kNanhu, kHuxi, kMinzhuSt,
            kNanhuSt, kSujiatun, kHeping, kCity, kCgw };
        const QStringList districts = { kSujiatun, kHeping };

        QList<CommandCase> cases;
        cases.append({ u"complaint.create"_s,
            unitTargets(
                communities, Action::ComplaintCreate, Kind::Complaint,
                [](const QString &place) {
                    const QString community = place.section(u'-', 0, 0);
                    QJsonObject p { { u"id"_s, uuid() }, { u"community"_s, community },
                        { u"category"_s, u"噪音"_s }, { u"title"_s, u"噪音"_s },
                        { u"content"_s, u"夜间施工。"_s }, { u"nickname"_s, u"居民"_s },
                        { u"phone"_s, u"13812345678"_s }, { u"channel"_s, u"walk_in"_s },
                        { u"submitted_at"_s, iso(now() - 3600000) } };
                    if (place != community)
                        p.insert(u"grid"_s, place);
                    return p;
                },
                [](Subject &s, const civic::domain::Actor &) {
                    // A complaint has no handling unit before it exists.
                    s.handlingPath.clear();
                }) });
        cases.append({ u"complaint.reply"_s,
            complaintTargets(u"complaint.reply"_s, open, text(u"text"_s, u"已收到"_s)) });
        cases.append({ u"complaint.note"_s,
            complaintTargets(u"complaint.note"_s, open, text(u"text"_s, u"内部备注"_s)) });
        cases.append({ u"complaint.assign"_s,
            complaintTargets(u"complaint.assign"_s, open, text(u"assignee"_s, u"$self"_s)) });
        cases.append({ u"complaint.accept"_s,
            complaintTargets(
                u"complaint.accept"_s, { u"new"_s, u"street"_s }, text(u"text"_s, u"受理"_s)) });
        cases.append({ u"complaint.escalate"_s,
            complaintTargets(u"complaint.escalate"_s, open, text(u"reason"_s, u"需上级协调"_s)) });
        cases.append({ u"complaint.transfer"_s,
            complaintTargets(u"complaint.transfer"_s, { u"street"_s, u"district"_s },
                [](QJsonObject &p, const QString &place) {
                    p.insert(u"department"_s, districtOf(place) + u"-cgw"_s);
                    p.insert(u"reason"_s, u"属城管职责"_s);
                }) });
        cases.append({ u"complaint.return"_s,
            complaintTargets(
                u"complaint.return"_s, { u"district"_s }, [](QJsonObject &p, const QString &place) {
                    p.insert(u"to"_s, streetOf(place));
                    p.insert(u"reason"_s, u"请街道办理"_s);
                }) });
        cases.append({ u"complaint.take_over"_s,
            complaintTargets(u"complaint.take_over"_s, open, text(u"reason"_s, u"上级接办"_s)) });
        cases.append({ u"complaint.object"_s,
            complaintTargets(u"complaint.object"_s, { u"transferred"_s, u"transferred_other"_s },
                text(u"reason"_s, u"不属本部门"_s)) });
        cases.append({ u"complaint.resolve"_s,
            complaintTargets(u"complaint.resolve"_s, open, [](QJsonObject &p, const QString &) {
                p.insert(u"resolution"_s, u"已处理"_s);
                p.insert(u"reply"_s, u"您好,已处理。"_s);
            }) });
        cases.append({ u"complaint.reopen"_s,
            complaintTargets(
                u"complaint.reopen"_s, { u"resolved"_s }, text(u"reason"_s, u"居民不认可"_s)) });
        cases.append({ u"complaint.satisfaction"_s,
            complaintTargets(u"complaint.satisfaction"_s, { u"resolved"_s },
                text(u"value"_s, u"satisfied"_s)) });
        cases.append({ u"complaint.close"_s,
            complaintTargets(
                u"complaint.close"_s, { u"resolved"_s }, text(u"text"_s, u"结案"_s)) });
        cases.append({ u"complaint.mark_example"_s,
            complaintTargets(
                u"complaint.mark_example"_s, { u"satisfied"_s }, text(u"text"_s, u"服务范例"_s)) });
        cases.append({ u"complaint.merge"_s,
            complaintTargets(
                u"complaint.merge"_s, { u"new"_s, u"street"_s }, text(u"text"_s, u"重复"_s)) });
        cases.append({ u"complaint.urge"_s,
            complaintTargets(u"complaint.urge"_s, open, text(u"text"_s, u"请尽快处理"_s)) });
        cases.append({ u"complaint_settings.update"_s,
            unitTargets({ kSujiatun, kHeping, kHuxi, kCity }, Action::DistrictSettingsEdit,
                Kind::Settings, [](const QString &code) {
                    return QJsonObject { { u"district"_s, code }, { u"sla_hours"_s, 24 },
                        { u"auto_escalate_hours"_s, 0 } };
                }) });
        cases.append({ u"canned_reply.save"_s,
            unitTargets({ kHepan, kGrid, kLinxiao, kNanhu, kHuxi, kSujiatun, kCgw },
                Action::ComplaintReply, Kind::Complaint, [](const QString &code) {
                    return QJsonObject { { u"id"_s, uuid() }, { u"unit"_s, code },
                        { u"title"_s, u"已收到"_s }, { u"text"_s, u"您好,已收到您的反映。"_s } };
                }) });
        cases.append({ u"canned_reply.delete"_s, cannedDeleteTargets() });
        cases.append({ u"org.add"_s,
            unitTargets(
                { kHepan, kHuxi, kMinzhuSt, kSujiatun, kHeping, kCity }, Action::OrgManage,
                Kind::OrgUnit,
                [this](const QString &parent) {
                    const Level level = unit(parent).level;
                    const Level child = level == Level::City ? Level::District
                        : level == Level::District           ? Level::Street
                        : level == Level::Street             ? Level::Community
                                                             : Level::Grid;
                    return QJsonObject { { u"code"_s, parent + u"-z"_s + uuid().left(8) },
                        { u"name"_s, u"新单位"_s }, { u"level"_s, civic::domain::levelName(child) },
                        { u"parent"_s, parent } };
                },
                [](Subject &s, const civic::domain::Actor &) {
                    // The server asks as if the new unit already hung under the parent.
                    s.unitPath = civic::domain::childPath(s.unitPath, u"new");
                    s.unitLevel = s.unitLevel == Level::City ? Level::District
                        : s.unitLevel == Level::District     ? Level::Street
                        : s.unitLevel == Level::Street       ? Level::Community
                                                             : Level::Grid;
                }) });
        cases.append({ u"org.update"_s,
            unitTargets(allUnits, Action::OrgManage, Kind::OrgUnit, [this](const QString &code) {
                return QJsonObject { { u"code"_s, code }, { u"name"_s, unit(code).name } };
            }) });
        cases.append({ u"user.update"_s, userTargets() });
        cases.append({ u"notice.save"_s,
            unitTargets(
                { kHepan, kLinxiao, kNanhu, kHuxi, kSujiatun, kCgw }, Action::NoticeSave,
                Kind::Notice, [this](const QString &code) { return noticeContent(uuid(), code); },
                [](Subject &s, const civic::domain::Actor &a) { s.ownerId = a.userId; })
                + noticeTargets(u"notice.save"_s, u"draft"_s) });
        cases.append({ u"notice.submit"_s, noticeTargets(u"notice.submit"_s, u"draft"_s) });
        cases.append({ u"notice.withdraw"_s, noticeTargets(u"notice.withdraw"_s, u"in_review"_s) });
        cases.append({ u"notice.approve"_s,
            noticeTargets(u"notice.approve"_s, u"in_review"_s)
                + noticeTargets(u"notice.approve"_s, u"step2"_s) });
        cases.append({ u"notice.reject"_s,
            noticeTargets(u"notice.reject"_s, u"in_review"_s)
                + noticeTargets(u"notice.reject"_s, u"step2"_s) });
        cases.append({ u"notice.publish"_s,
            { noticeTarget(u"notice.publish"_s, u"demo.worker"_s, kHepan, u"approved"_s),
                noticeTarget(u"notice.publish"_s, u"demo.worker2"_s, kLinxiao, u"draft"_s),
                noticeTarget(u"notice.publish"_s, workerOf(kNanhu), kNanhu, u"draft"_s) } });
        cases.append({ u"review_chain_config.update"_s,
            unitTargets(
                districts, Action::DistrictSettingsEdit, Kind::Settings, [](const QString &code) {
                    const QJsonArray chain { QJsonObject { { u"role"_s, u"director"_s },
                                                 { u"level"_s, u"community"_s },
                                                 { u"due_hours"_s, 24 } },
                        QJsonObject { { u"role"_s, u"street"_s }, { u"level"_s, u"street"_s },
                            { u"due_hours"_s, 24 } } };
                    return QJsonObject { { u"district"_s, code },
                        { u"config"_s,
                            QJsonObject {
                                { u"default"_s, chain }, { u"categories"_s, QJsonObject {} } } } };
                }) });
        cases.append({ u"sensitive_words.update"_s,
            unitTargets(
                districts, Action::DistrictSettingsEdit, Kind::Settings, [](const QString &code) {
                    return QJsonObject { { u"district"_s, code },
                        { u"words"_s, QJsonArray { u"包治百病"_s } } };
                }) });
        cases.append({ u"fans.import"_s, fansTargets() });
        cases.append({ u"rule_set.save"_s,
            unitTargets(districts, Action::RuleSetEdit, Kind::RuleSet, [](const QString &code) {
                return QJsonObject { { u"district"_s, code },
                    { u"version"_s, u"authz-"_s + uuid().left(8) },
                    { u"rules"_s, QJsonObject {} } };
            }) });
        cases.append({ u"rule_set.activate"_s,
            unitTargets(districts, Action::RuleSetEdit, Kind::RuleSet, [](const QString &code) {
                return QJsonObject { { u"district"_s, code },
                    { u"version"_s, u"sujiatun-2016"_s } };
            }) });
        cases.append({ u"claim.submit"_s,
            unitTargets({ kHepan, kLinxiao, kNanhu }, Action::ClaimSubmit, Kind::Claim,
                [](const QString &code) { return claimPayload(uuid(), code); }) });
        cases.append({ u"claim.review"_s, claimReviewTargets() });
        cases.append({ u"task.issue"_s,
            unitTargets(districts, Action::TaskIssue, Kind::Task, [](const QString &code) {
                return QJsonObject { { u"id"_s, uuid() }, { u"district"_s, code },
                    { u"title"_s, u"报送材料"_s }, { u"due_at"_s, iso(now() + 7 * 86400000LL) } };
            }) });
        cases.append({ u"task.submit"_s,
            unitTargets({ kHepan, kLinxiao, kNanhu }, Action::TaskSubmit, Kind::Task,
                [this](const QString &code) {
                    return QJsonObject { { u"task"_s, m_b->taskOf.value(districtOf(code)) },
                        { u"community"_s, code }, { u"note"_s, u"材料见附件"_s } };
                }) });
        cases.append({ u"assessment.publish"_s,
            unitTargets(
                districts, Action::AssessmentPublish, Kind::Assessment, [](const QString &code) {
                    return QJsonObject { { u"district"_s, code }, { u"quarter"_s, u"2024Q1"_s } };
                }) });
        return cases;
    }

    // ---- answers ------------------------------------------------------------------------

    static QString answerOf(const QJsonObject &result)
    {
        const QString status = result.value(u"status"_s).toString();
        if (status != u"rejected")
            return status;
        return status + u'/' + result.value(u"error"_s).toObject().value(u"code"_s).toString();
    }

    static bool matches(const QString &type, Verdict expected, const QJsonObject &result)
    {
        const QString status = result.value(u"status"_s).toString();
        const QString code = result.value(u"error"_s).toObject().value(u"code"_s).toString();
        switch (expected) {
        case Verdict::Allowed:
            return status == u"applied"
                || (status == u"rejected" && !kPermissionCodes.contains(code)
                    && !kMalformedCodes.contains(code));
        case Verdict::Forbidden:
            return status == u"rejected"
                && (code == u"forbidden"
                    || ((type == u"notice.approve" || type == u"notice.reject")
                        && kReviewCodes.contains(code)));
        case Verdict::NotFound:
            return status == u"rejected" && code == u"not_found";
        }
        return false;
    }

    void fail(const QString &cell)
    {
        m_failures.append(cell);
        qWarning("UNEXPECTED %s", qPrintable(cell));
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanupTestCase() { m_backends.clear(); }

    // The matrix covers what the server has: a command type or route added without a row here
    // fails this test.
    void coverage()
    {
        civic::server::CommandRegistry registry;
        civic::server::registerAllCommands(registry);
        QStringList covered;
        for (const auto &c : commandCases())
            covered.append(c.type);
        QStringList missing;
        for (const auto &type : registry.types()) {
            if (!covered.contains(type))
                missing.append(type);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"command types the matrix misses: "_s + missing.join(u", ")));

        civic::server::HttpServer http(civic::server::ServerOptions {});
        civic::server::registerAllRoutes(http);
        QStringList unknown;
        for (const auto &route : http.routes()) {
            if (!accessOf(route.method, route.path))
                unknown.append(route.method + u' ' + route.path);
        }
        QVERIFY2(
            unknown.isEmpty(), qPrintable(u"routes the matrix misses: "_s + unknown.join(u", ")));
        // And no row names a command the server no longer has.
        QStringList stale;
        for (const auto &type : covered) {
            if (!registry.find(type))
                stale.append(type);
        }
        QVERIFY2(
            stale.isEmpty(), qPrintable(u"rows for unknown command types: "_s + stale.join(u", ")));
        qInfo("coverage: %lld command types, %lld routes", qlonglong(registry.types().size()),
            qlonglong(http.routes().size()));
    }

    void commands()
    {
        QVERIFY(ensureServer());
        m_failures.clear();
        const qint64 started = now();
        int cells = 0;
        QHash<QString, int> applied;
        QHash<QString, int> ruleRefusals;
        const QList<CommandCase> cases = commandCases();

        // Refusals first: each target's first instance takes every refused cell, pushed
        // per account in batches (a refused op changes nothing, so the verdicts hold).
        QHash<QString, int> wanted;
        for (const auto &c : cases) {
            for (const auto &t : c.targets) {
                if (!t.pool.isEmpty())
                    wanted[t.pool] += t.perInstance;
            }
        }
        QVERIFY(buildComplaints(wanted));
        struct Built
        {
            QString cells;
            std::function<QString()> fingerprint;
            QString before;
        };
        QList<Built> built;
        QHash<QString, QList<std::pair<QString, QJsonObject>>> refused; // username → (cell, op)
        QHash<QString, QString> typeOfOp;
        QHash<QString, Verdict> expectedOfOp;
        QList<std::tuple<QString, const Target *, const Account *>> allowed;
        wanted.clear();
        for (const auto &c : cases) {
            for (const auto &t : c.targets) {
                const auto instance = t.make();
                QVERIFY2(
                    instance, qPrintable(c.type + u" on "_s + t.label + u": the fixture failed"_s));
                Built b { c.type + u" on "_s + t.label, instance->fingerprint,
                    instance->fingerprint ? instance->fingerprint() : QString() };
                for (const auto &a : m_b->accounts) {
                    const Verdict v = instance->verdict(a.actor);
                    if (v == Verdict::Allowed) {
                        allowed.append({ c.type, &t, &a });
                        if (!t.pool.isEmpty())
                            wanted[t.pool] += t.perInstance;
                        continue;
                    }
                    const QJsonObject o = op(c.type, instance->payload, instance->baseVersion);
                    const QString opId = o.value(u"op_id"_s).toString();
                    typeOfOp.insert(opId, c.type);
                    expectedOfOp.insert(opId, v);
                    refused[a.username].append(
                        { c.type + u" | "_s + a.label + u" | "_s + t.label, o });
                }
                built.append(b);
            }
        }
        // The fresh complaints the allowed cells take, one each.
        QVERIFY(buildComplaints(wanted));
        qInfo("fixtures built in %lld ms", qlonglong(now() - started));
        const qint64 head = server().seq();
        for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
            const auto &list = it.value();
            for (qsizetype at = 0; at < list.size(); at += kBatch) {
                QJsonArray ops;
                for (qsizetype i = at; i < std::min(list.size(), at + kBatch); ++i)
                    ops.append(list.at(i).second);
                drain();
                const HttpReply r = push(http(), token(it.key()), ops);
                QCOMPARE(r.status, 200);
                const QJsonArray results = r.json().value(u"results"_s).toArray();
                QCOMPARE(results.size(), ops.size());
                for (qsizetype i = 0; i < results.size(); ++i) {
                    const auto &[cell, o] = list.at(at + i);
                    const QString opId = o.value(u"op_id"_s).toString();
                    const QJsonObject result = results.at(i).toObject();
                    ++cells;
                    if (!matches(typeOfOp.value(opId), expectedOfOp.value(opId), result))
                        fail(cell + u" | expected "_s + verdictName(expectedOfOp.value(opId))
                            + u" | got "_s + answerOf(result));
                }
            }
        }
        // Nothing refused changed anything: not the log, not a record.
        if (server().seq() != head)
            fail(u"refused ops moved the log from seq %1 to %2"_s.arg(head).arg(server().seq()));
        for (const auto &b : built) {
            if (b.fingerprint && b.fingerprint() != b.before)
                fail(b.cells + u" | refused ops changed the record: "_s + b.before + u" → "_s
                    + b.fingerprint());
        }

        // Allowed cells: each on a fresh instance of its target. The instances are
        // independent records, so each account's cells go in batches too.
        struct Fresh
        {
            QString cell;
            QString type;
            Verdict expected;
            std::function<QString()> fingerprint;
            QString before;
        };
        QHash<QString, QList<std::pair<Fresh, QJsonObject>>> fresh; // username → cells
        for (const auto &[type, target, a] : allowed) {
            const auto instance = target->make();
            QVERIFY2(
                instance, qPrintable(type + u" on "_s + target->label + u": the fixture failed"_s));
            fresh[a->username].append(
                { Fresh { type + u" | "_s + a->label + u" | "_s + target->label, type,
                      instance->verdict(a->actor), instance->fingerprint,
                      instance->fingerprint ? instance->fingerprint() : QString() },
                    opFor(a->username, type, instance->payload, instance->baseVersion) });
        }
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            const auto &list = it.value();
            for (qsizetype at = 0; at < list.size(); at += kBatch) {
                QJsonArray ops;
                for (qsizetype i = at; i < std::min(list.size(), at + kBatch); ++i)
                    ops.append(list.at(i).second);
                drain();
                const HttpReply r = push(http(), token(it.key()), ops);
                QCOMPARE(r.status, 200);
                const QJsonArray results = r.json().value(u"results"_s).toArray();
                QCOMPARE(results.size(), ops.size());
                for (qsizetype i = 0; i < results.size(); ++i) {
                    const Fresh &f = list.at(at + i).first;
                    const QJsonObject result = results.at(i).toObject();
                    ++cells;
                    if (!matches(f.type, f.expected, result)) {
                        fail(f.cell + u" | expected "_s + verdictName(f.expected) + u" | got "_s
                            + answerOf(result) + u" "_s
                            + compact(result.value(u"error"_s).toObject()));
                    } else if (result.value(u"status"_s).toString() == u"applied") {
                        ++applied[f.type];
                    } else {
                        ++ruleRefusals[f.type + u' ' + answerOf(result)];
                        if (f.fingerprint && f.fingerprint() != f.before)
                            fail(f.cell + u" | refused by a rule but changed the record"_s);
                    }
                }
            }
        }
        QStringList neverApplied;
        for (const auto &c : cases) {
            if (!applied.contains(c.type))
                neverApplied.append(c.type);
        }
        QStringList refusals;
        for (auto it = ruleRefusals.cbegin(); it != ruleRefusals.cend(); ++it)
            refusals.append(u"%1 ×%2"_s.arg(it.key()).arg(it.value()));
        refusals.sort();
        qInfo("command matrix (%s): %d cells (%lld allowed), %d command types, %lld roles, %lld "
              "unexpected, %lld ms",
            qPrintable(server().database().backend()), cells, qlonglong(allowed.size()),
            int(cases.size()), qlonglong(m_b->accounts.size()), qlonglong(m_failures.size()),
            qlonglong(now() - started));
        qInfo("allowed cells refused by a state or record rule: %s",
            qPrintable(refusals.join(u", ")));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u'\n')));
        // Every type was applied by some role somewhere: the payloads are real.
        QVERIFY2(
            neverApplied.isEmpty(), qPrintable(u"never applied: "_s + neverApplied.join(u", ")));
    }

private:
    // ---- GET routes ---------------------------------------------------------------------

    struct ReadTarget
    {
        QString path;
        QString label;
        std::optional<Subject> subject; // none: every signed-in account reads it
    };

    // How the token matrix reaches a route, for every route the server registers.
    static std::optional<Access> accessOf(const QString &method, const QString &path)
    {
        static const QHash<QString, Access> table = {
            { u"GET /api/v1/health"_s, Access::Public },
            { u"GET /metrics"_s, Access::Public },
            { u"POST /api/v1/auth/login"_s, Access::Public },
            { u"POST /api/v1/auth/refresh"_s, Access::Public },
            { u"POST /api/v1/auth/logout"_s, Access::Bearer },
            { u"GET /api/v1/me"_s, Access::Bearer },
            { u"GET /api/v1/sync/pull"_s, Access::Bearer },
            { u"POST /api/v1/sync/push"_s, Access::Bearer },
            { u"POST /api/v1/users"_s, Access::Bearer },
            { u"POST /api/v1/users/{id}/password"_s, Access::Bearer },
            { u"GET /api/v1/complaints/{id}"_s, Access::Bearer },
            { u"GET /api/v1/complaints"_s, Access::Bearer },
            { u"GET /api/v1/units/{code}/stats"_s, Access::Bearer },
            { u"POST /api/v1/intake/complaints"_s, Access::IntakeKey },
            { u"GET /api/v1/notices"_s, Access::Bearer },
            { u"GET /api/v1/notices/{id}"_s, Access::Bearer },
            { u"POST /api/v1/intake/notice-reads"_s, Access::IntakeKey },
            { u"POST /api/v1/intake/fans"_s, Access::IntakeKey },
            { u"GET /api/v1/units/{code}/fans"_s, Access::Bearer },
            { u"GET /api/v1/units/{code}/fans/children"_s, Access::Bearer },
            { u"GET /api/v1/units/{code}/fans/alarms"_s, Access::Bearer },
            { u"GET /api/v1/units/{code}/fans/audit"_s, Access::Bearer },
            { u"GET /api/v1/assessments/{district}"_s, Access::Bearer },
            { u"GET /api/v1/assessments/{district}/{quarter}"_s, Access::Bearer },
            { u"GET /api/v1/assessments/{district}/{quarter}/bundle"_s, Access::Bearer },
            { u"GET /api/v1/client/latest"_s, Access::Bearer },
            // Open311 GeoReport v2 is public by its standard; writes carry an api_key.
            { u"GET /open311/v2/services"_s, Access::Public },
            { u"GET /open311/v2/services/{code}"_s, Access::Public },
            { u"POST /open311/v2/requests"_s, Access::Public },
            { u"GET /open311/v2/requests"_s, Access::Public },
            { u"GET /open311/v2/requests/{id}"_s, Access::Public },
            { u"GET /open311/v2/tokens/{token}"_s, Access::Public },
        };
        const auto it = table.constFind(method + u' ' + path);
        return it == table.cend() ? std::nullopt : std::optional<Access>(*it);
    }

    QList<std::pair<QString, QList<ReadTarget>>> readCases()
    {
        QList<std::pair<QString, QList<ReadTarget>>> cases;
        const QStringList allUnits = { kHepan, kGrid, kLinxiao, kMinzhu, kNanhu, kHuxi, kMinzhuSt,
            kNanhuSt, kSujiatun, kHeping, kCity, kCgw };
        const auto units = [&](const QString &route, const QString &pattern, Kind kind) {
            QList<ReadTarget> list;
            for (const auto &code : allUnits)
                list.append({ pattern.arg(code), code, unitSubject(kind, code) });
            cases.append({ route, list });
        };
        const auto everyone = [&](const QString &route, const QString &path) {
            cases.append({ route, { ReadTarget { path, u"-"_s, std::nullopt } } });
        };
        everyone(u"/api/v1/me"_s, u"/api/v1/me"_s);
        everyone(u"/api/v1/sync/pull"_s, u"/api/v1/sync/pull?since=0&limit=1"_s);
        everyone(u"/api/v1/notices"_s, u"/api/v1/notices"_s);
        everyone(u"/api/v1/client/latest"_s, u"/api/v1/client/latest"_s);
        // The list's unit filter is scoped like a complaint of that unit (no departments).
        units(u"/api/v1/complaints"_s, u"/api/v1/complaints?per_page=1&unit=%1"_s, Kind::Complaint);
        units(u"/api/v1/units/{code}/stats"_s, u"/api/v1/units/%1/stats"_s, Kind::Complaint);
        units(u"/api/v1/units/{code}/fans"_s,
            u"/api/v1/units/%1/fans?from=2026-01-01&to=2026-01-31"_s, Kind::FanDay);
        units(u"/api/v1/units/{code}/fans/children"_s,
            u"/api/v1/units/%1/fans/children?from=2026-01-01&to=2026-01-31"_s, Kind::FanDay);
        units(
            u"/api/v1/units/{code}/fans/alarms"_s, u"/api/v1/units/%1/fans/alarms"_s, Kind::FanDay);
        units(u"/api/v1/units/{code}/fans/audit"_s, u"/api/v1/units/%1/fans/audit"_s, Kind::FanDay);
        QList<ReadTarget> assessments, quarters, bundles;
        for (const auto &d : { kSujiatun, kHeping }) {
            assessments.append({ u"/api/v1/assessments/"_s + d, d, unitSubject(Kind::RuleSet, d) });
            quarters.append(
                { u"/api/v1/assessments/%1/2026Q1"_s.arg(d), d, unitSubject(Kind::RuleSet, d) });
            bundles.append({ u"/api/v1/assessments/%1/2026Q1/bundle"_s.arg(d), d,
                unitSubject(Kind::Assessment, d) });
        }
        cases.append({ u"/api/v1/assessments/{district}"_s, assessments });
        cases.append({ u"/api/v1/assessments/{district}/{quarter}"_s, quarters });
        cases.append({ u"/api/v1/assessments/{district}/{quarter}/bundle"_s, bundles });
        QList<ReadTarget> complaints;
        for (const auto &place : { kHepan, kGrid, kLinxiao, kMinzhu, kNanhu }) {
            for (const auto &stage : { u"new"_s, u"street"_s, u"district"_s, u"transferred"_s,
                     u"transferred_other"_s }) {
                const QString id = newComplaint(place, stage);
                if (id.isEmpty())
                    return {};
                complaints.append({ u"/api/v1/complaints/"_s + id, place + u'/' + stage,
                    complaintSubject(complaint(id)) });
            }
        }
        cases.append({ u"/api/v1/complaints/{id}"_s, complaints });
        QList<ReadTarget> notices;
        for (const auto &[author, code] :
            QList<std::pair<QString, QString>> { { u"demo.worker"_s, kHepan },
                { u"demo.worker2"_s, kLinxiao }, { u"demo.street"_s, kHuxi },
                { u"demo.district"_s, kSujiatun }, { workerOf(kNanhu), kNanhu } }) {
            const QString id = newNotice(author, code, u"draft"_s);
            if (id.isEmpty())
                return {};
            notices.append({ u"/api/v1/notices/"_s + id, code, noticeSubject(notice(id)) });
        }
        cases.append({ u"/api/v1/notices/{id}"_s, notices });
        return cases;
    }

private Q_SLOTS:
    void reads()
    {
        QVERIFY(ensureServer());
        m_failures.clear();
        const qint64 started = now();
        const auto cases = readCases();
        QVERIFY(!cases.isEmpty());
        // Every authenticated GET route has a row.
        civic::server::HttpServer routes(civic::server::ServerOptions {});
        civic::server::registerAllRoutes(routes);
        QStringList covered;
        for (const auto &c : cases)
            covered.append(c.first);
        for (const auto &r : routes.routes()) {
            if (r.method == u"GET" && accessOf(r.method, r.path) == Access::Bearer)
                QVERIFY2(covered.contains(r.path),
                    qPrintable(r.path + u" has no row in the read matrix"_s));
        }
        int cells = 0;
        const qint64 head = server().seq();
        for (const auto &[route, targets] : cases) {
            for (const auto &t : targets) {
                for (const auto &a : m_b->accounts) {
                    const Verdict v
                        = t.subject ? permit(a.actor, Action::Read, *t.subject) : Verdict::Allowed;
                    const int want = v == Verdict::Allowed ? 200
                        : v == Verdict::Forbidden          ? 403
                                                           : 404;
                    const HttpReply r = http().get(t.path, a.token);
                    ++cells;
                    if (cells % 50 == 0)
                        drain();
                    if (r.status != want)
                        fail(u"GET %1 | %2 | %3 | expected %4 | got %5 %6"_s
                                 .arg(route, a.label, t.label)
                                 .arg(want)
                                 .arg(r.status)
                                 .arg(r.errorCode()));
                }
            }
        }
        QCOMPARE(server().seq(), head);
        qInfo("read matrix (%s): %d cells, %lld routes, %lld unexpected, %lld ms",
            qPrintable(server().database().backend()), cells, qlonglong(cases.size()),
            qlonglong(m_failures.size()), qlonglong(now() - started));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u'\n')));
    }

    // Every authenticated route refuses a missing, tampered, expired or revoked token and a
    // disabled account's token with 401 `unauthorized`, and changes nothing.
    void tokens()
    {
        QVERIFY(ensureServer());
        m_failures.clear();

        // Expired: signed in on a server over the same database issuing 1-second tokens (the
        // matrix's server pauses meanwhile: one server per SQLite directory).
        QString expired;
        {
            server().process().stop();
            ServerProcess shortLived(
                server().database().serverArgs(), { u"--access-ttl"_s, u"1"_s });
            QString why;
            QVERIFY2(shortLived.start(&why), qPrintable(why));
            Http other(shortLived.port());
            const QJsonObject reply = loginReply(other, u"demo.street"_s);
            QCOMPARE(reply.value(u"expires_in"_s).toInt(), 1);
            expired = reply.value(u"access_token"_s).toString();
            QCOMPARE(other.get(u"/api/v1/me"_s, expired).status, 200);
            shortLived.stop();
            QVERIFY2(server().process().start(&why), qPrintable(why));
        }
        QVERIFY(!expired.isEmpty());

        // Revoked: signed out.
        const QString revoked = login(http(), u"demo.street"_s);
        QCOMPARE(http().get(u"/api/v1/me"_s, revoked).status, 200);
        QCOMPARE(http().post(u"/api/v1/auth/logout"_s, {}, revoked).status, 204);

        // A disabled account's token.
        QVERIFY(addUser(u"authz.leaver"_s, u"worker"_s, kLinxiao));
        const QJsonObject leaver = loginReply(http(), u"authz.leaver"_s);
        const QString disabled = leaver.value(u"access_token"_s).toString();
        QCOMPARE(http().get(u"/api/v1/me"_s, disabled).status, 200);
        QVERIFY(step(u"demo.city"_s, u"user.update"_s,
            { { u"id"_s, leaver.value(u"user"_s).toObject().value(u"id"_s).toString() },
                { u"disabled"_s, true } },
            1));

        // Tampered: one character of a valid token changed.
        QString tampered = token(u"demo.street"_s);
        const qsizetype at = tampered.size() / 2;
        tampered[at] = tampered.at(at) == u'A' ? u'B' : u'A';
        QCOMPARE(http().get(u"/api/v1/me"_s, token(u"demo.street"_s)).status, 200);

        QThread::msleep(1100); // the 1-second token is now past its lifetime

        const QString id = newComplaint(kHepan, u"new"_s);
        QVERIFY(!id.isEmpty());
        const QString streetId = userId(u"demo.street"_s);
        struct Call
        {
            QString method;
            QString route;
            QString path;
            QByteArray body;
        };
        const QByteArray pushBody
            = QJsonDocument(QJsonObject { { u"ops"_s,
                                QJsonArray { op(u"complaint.note"_s,
                                    { { u"complaint"_s, id }, { u"text"_s, u"备注"_s } }) } } })
                  .toJson(QJsonDocument::Compact);
        const QList<Call> calls = {
            { u"POST"_s, u"/api/v1/auth/logout"_s, u"/api/v1/auth/logout"_s, {} },
            { u"GET"_s, u"/api/v1/me"_s, u"/api/v1/me"_s, {} },
            { u"GET"_s, u"/api/v1/sync/pull"_s, u"/api/v1/sync/pull"_s, {} },
            { u"POST"_s, u"/api/v1/sync/push"_s, u"/api/v1/sync/push"_s, pushBody },
            { u"POST"_s, u"/api/v1/users"_s, u"/api/v1/users"_s,
                R"({"username":"authz.never","role":"worker","unit":"210111001001","password":"CivicDesk-demo-1"})" },
            { u"POST"_s, u"/api/v1/users/{id}/password"_s,
                u"/api/v1/users/%1/password"_s.arg(streetId),
                R"({"current_password":"CivicDesk-demo-1","new_password":"CivicDesk-demo-2"})" },
            { u"GET"_s, u"/api/v1/complaints/{id}"_s, u"/api/v1/complaints/"_s + id, {} },
            { u"GET"_s, u"/api/v1/complaints"_s, u"/api/v1/complaints"_s, {} },
            { u"GET"_s, u"/api/v1/units/{code}/stats"_s, u"/api/v1/units/%1/stats"_s.arg(kHuxi),
                {} },
            { u"GET"_s, u"/api/v1/notices"_s, u"/api/v1/notices"_s, {} },
            { u"GET"_s, u"/api/v1/notices/{id}"_s, u"/api/v1/notices/"_s + uuid(), {} },
            { u"GET"_s, u"/api/v1/units/{code}/fans"_s,
                u"/api/v1/units/%1/fans?from=2026-01-01&to=2026-01-31"_s.arg(kHuxi), {} },
            { u"GET"_s, u"/api/v1/units/{code}/fans/children"_s,
                u"/api/v1/units/%1/fans/children?from=2026-01-01&to=2026-01-31"_s.arg(kHuxi), {} },
            { u"GET"_s, u"/api/v1/units/{code}/fans/alarms"_s,
                u"/api/v1/units/%1/fans/alarms"_s.arg(kHuxi), {} },
            { u"GET"_s, u"/api/v1/units/{code}/fans/audit"_s,
                u"/api/v1/units/%1/fans/audit"_s.arg(kHuxi), {} },
            { u"GET"_s, u"/api/v1/assessments/{district}"_s, u"/api/v1/assessments/"_s + kSujiatun,
                {} },
            { u"GET"_s, u"/api/v1/assessments/{district}/{quarter}"_s,
                u"/api/v1/assessments/%1/2026Q1"_s.arg(kSujiatun), {} },
            { u"GET"_s, u"/api/v1/assessments/{district}/{quarter}/bundle"_s,
                u"/api/v1/assessments/%1/2026Q1/bundle"_s.arg(kSujiatun), {} },
            { u"GET"_s, u"/api/v1/client/latest"_s, u"/api/v1/client/latest"_s, {} },
        };
        // Every bearer route of the server is called.
        civic::server::HttpServer routes(civic::server::ServerOptions {});
        civic::server::registerAllRoutes(routes);
        for (const auto &r : routes.routes()) {
            if (accessOf(r.method, r.path) != Access::Bearer)
                continue;
            const bool called = std::any_of(calls.cbegin(), calls.cend(),
                [&r](const Call &c) { return c.method == r.method && c.route == r.path; });
            QVERIFY2(
                called, qPrintable(r.method + u' ' + r.path + u" is not in the token matrix"_s));
        }

        const QList<std::pair<QString, QString>> bad
            = { { u"missing"_s, QString() }, { u"tampered"_s, tampered }, { u"expired"_s, expired },
                  { u"revoked"_s, revoked }, { u"disabled account"_s, disabled } };
        const qint64 head = server().seq();
        int cells = 0;
        for (const auto &call : calls) {
            for (const auto &[what, bearer] : bad) {
                const HttpReply r = call.method == u"GET"
                    ? http().get(call.path, bearer)
                    : http().post(call.path, call.body, bearer);
                ++cells;
                if (r.status != 401 || r.errorCode() != u"unauthorized")
                    fail(u"%1 %2 | %3 token | expected 401 unauthorized | got %4 %5"_s.arg(
                        call.method, call.route, what, QString::number(r.status), r.errorCode()));
            }
        }
        QCOMPARE(server().seq(), head);
        // The valid token still works, with its password unchanged, and nobody was added.
        QCOMPARE(http().get(u"/api/v1/me"_s, token(u"demo.street"_s)).status, 200);
        QVERIFY(!login(http(), u"demo.street"_s).isEmpty());
        QCOMPARE(
            loginReply(http(), u"authz.never"_s).value(u"access_token"_s).toString(), QString());
        qInfo("token matrix (%s): %d cells, %lld unexpected",
            qPrintable(server().database().backend()), cells, qlonglong(m_failures.size()));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u'\n')));
    }

    // API.md: presenting a spent refresh token again revokes that sign-in's whole family (the
    // pair it was exchanged for too); another sign-in of the same user keeps working.
    void refreshReuse()
    {
        QVERIFY(ensureServer());
        const QJsonObject first = loginReply(http(), u"demo.worker2"_s);
        const QJsonObject other = loginReply(http(), u"demo.worker2"_s);
        const QString spent = first.value(u"refresh_token"_s).toString();
        const HttpReply rotated
            = http().postJson(u"/api/v1/auth/refresh"_s, { { u"refresh_token"_s, spent } });
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json().value(u"access_token"_s).toString();
        const QString refresh2 = rotated.json().value(u"refresh_token"_s).toString();
        QCOMPARE(http().get(u"/api/v1/me"_s, access2).status, 200);

        const HttpReply reused
            = http().postJson(u"/api/v1/auth/refresh"_s, { { u"refresh_token"_s, spent } });
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), u"unauthorized"_s);
        // The whole family is dead: the first access token, and the pair it was exchanged for.
        QCOMPARE(
            http().get(u"/api/v1/me"_s, first.value(u"access_token"_s).toString()).status, 401);
        QCOMPARE(http().get(u"/api/v1/me"_s, access2).status, 401);
        const HttpReply again
            = http().postJson(u"/api/v1/auth/refresh"_s, { { u"refresh_token"_s, refresh2 } });
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), u"unauthorized"_s);
        // The other sign-in of the same user lives on, and can refresh.
        QCOMPARE(
            http().get(u"/api/v1/me"_s, other.value(u"access_token"_s).toString()).status, 200);
        const HttpReply otherRefresh = http().postJson(u"/api/v1/auth/refresh"_s,
            { { u"refresh_token"_s, other.value(u"refresh_token"_s).toString() } });
        QCOMPARE(otherRefresh.status, 200);
        QCOMPARE(http()
                     .get(u"/api/v1/me"_s, otherRefresh.json().value(u"access_token"_s).toString())
                     .status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestAuthzMatrix)
#include "tst_authzmatrix.moc"
