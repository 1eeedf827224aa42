// The assessment feature (季度考核) in the client cache: its tables, kinds and optimistic commands.
//
// The kinds are the server's (docs/api.md §Assessment): rule sets, evidence claims, reporting
// tasks with one submission record per addressed community, published quarters and each
// community's row of them. Every command the 季度考核 page issues is applied here first with
// the rules server/assessmentcommands.cpp applies, so it shows at once and works offline; the
// server decides again when the outbox is pushed. `assessment.publish` scores the quarter
// from the cache with the same engine (models/domain assessment.h) and the same bundle the
// server builds, so the frozen table appears at once and equals the server's when the cache
// holds what the server holds.

#include "cacheschema.h"
#include "domain/assessment.h"
#include "domain/chinatime.h"
#include "domain/org.h"
#include "domain/permissions.h"
#include "item/assessmentinputs.h"
#include "personaldata.h"
#include "recordstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::store {

namespace {

const QString kRuleSet = u"rule_set"_s;
const QString kClaim = u"claim"_s;
const QString kTask = u"task"_s;
const QString kSubmission = u"task_submission"_s;
const QString kAssessment = u"assessment"_s;
const QString kAssessmentRow = u"assessment_row"_s;

// The server's limits (server/assessmentcommands.cpp), so what it would refuse is refused here.
constexpr int kMaxLinks = 20;
constexpr int kMaxLinkLength = 2000;
constexpr qint64 kClockSkewMs = 10 * 60 * 1000;

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue isoOrNull(const QVariant &ms)
{
    return ms.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(ms.toLongLong()));
}

struct Unit
{
    QString code;
    QString name;
    QString path;
    QString district;
    Level level = Level::Community;
};

std::optional<Unit> unitOf(RecordStore &records, const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    const auto r = records.get(u"org_unit"_s, code);
    if (!r)
        return std::nullopt;
    Unit u;
    u.code = code;
    u.name = r->data.value(u"name"_s).toString();
    u.path = r->data.value(u"path"_s).toString();
    u.district = r->data.value(u"district"_s).toString();
    u.level = levelFromName(r->data.value(u"level"_s).toString()).value_or(Level::Community);
    if (u.level == Level::District && u.district.isEmpty())
        u.district = code;
    return u;
}

Subject subjectAt(Kind kind, const Unit &unit, const QString &owner = {})
{
    return Subject { .kind = kind, .unitPath = unit.path, .unitLevel = unit.level, .ownerId = owner };
}

QString displayName(RecordStore &records, const QString &userId)
{
    const auto user = records.get(u"user"_s, userId);
    return user ? user->data.value(u"display_name"_s).toString() : QString();
}

// A unit named by a payload field that the caller must see: unknown and out of sight are the
// same `not_found` (the server's visibleUnit()).
std::optional<Unit> visibleUnit(LocalContext &ctx, const QString &key, Kind kind)
{
    const auto unit = unitOf(ctx.records, ctx.payload.value(key).toString());
    if (!unit || permit(ctx.actor, Action::Read, subjectAt(kind, *unit)) == Verdict::NotFound)
        return std::nullopt;
    return unit;
}

LocalResult notFound(const QString &what)
{
    return LocalResult::refused(u"not_found"_s, what);
}

LocalResult forbidden()
{
    return LocalResult::refused(u"forbidden"_s, u"not allowed"_s);
}

std::optional<QString> unknownKey(const QJsonObject &payload, const QStringList &known)
{
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return u"payload.%1 is not a known field"_s.arg(it.key());
    }
    return std::nullopt;
}

// Evidence links: at most 20 http(s) URLs (the server's readLinks()).
std::optional<QStringList> readLinks(const QJsonObject &p, QString *error)
{
    QStringList links;
    if (!p.contains(u"links"_s))
        return links;
    const QJsonValue value = p.value(u"links"_s);
    if (!value.isArray() || value.toArray().size() > kMaxLinks) {
        *error = u"payload.links must be a list of at most %1 links"_s.arg(kMaxLinks);
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString text = array.at(i).toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!array.at(i).isString() || text.size() > kMaxLinkLength || !url.isValid()
            || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            *error = u"payload.links[%1] must be an http(s) URL"_s.arg(i);
            return std::nullopt;
        }
        links.append(text);
    }
    return links;
}

std::optional<qint64> payloadTime(const QJsonObject &p, const QString &key)
{
    const QJsonValue v = p.value(key);
    return v.isString() ? parseIsoTime(v.toString()) : std::nullopt;
}

bool isPublished(RecordStore &records, const QString &district, const QString &quarter)
{
    return records.get(kAssessment, district + u':' + quarter).has_value();
}

// A published quarter never changes (docs/api.md §Assessment: `quarter_published`).
std::optional<LocalResult> refuseIfPublished(
    RecordStore &records, const QString &district, qint64 at)
{
    const QString quarter = assessmentQuarterOf(at);
    if (isPublished(records, district, quarter))
        return LocalResult::refused(u"quarter_published"_s,
            u"%1 is published: its assessment no longer changes"_s.arg(quarter));
    return std::nullopt;
}

// ---- rule sets --------------------------------------------------------------------------

// The district a command names, on which the caller may do `action` (the server's
// districtFor()): unknown or out of sight is `not_found`, not a district `invalid_field`.
std::variant<Unit, LocalResult> districtFor(LocalContext &ctx, Kind kind, Action action)
{
    const auto district = visibleUnit(ctx, u"district"_s, kind);
    if (!district)
        return notFound(u"no such unit"_s);
    if (district->level != Level::District)
        return LocalResult::refused(
            u"invalid_field"_s, u"%1 is not a district"_s.arg(district->code));
    if (permit(ctx.actor, action, subjectAt(kind, *district)) != Verdict::Allowed)
        return forbidden();
    return *district;
}

// A rule-set version is one word of at most 64 characters (the server's readVersion()).
std::optional<QString> ruleSetVersion(const QJsonObject &p, QString *error)
{
    const QJsonValue value = p.value(u"version"_s);
    const QString version = value.toString();
    bool oneWord = value.isString() && !version.isEmpty() && version.size() <= 64;
    for (const QChar c : version)
        oneWord = oneWord && !c.isSpace() && c.category() != QChar::Other_Control;
    if (!oneWord) {
        *error = u"a rule-set version is one word without spaces, at most 64 characters"_s;
        return std::nullopt;
    }
    return version;
}

// The rules a cached rule-set record holds.
std::optional<AssessmentRules> cachedRules(const Record &record)
{
    QJsonObject object = record.data.value(u"rules"_s).toObject();
    object.remove(u"version"_s);
    auto parsed = parseRules(object);
    auto *rules = std::get_if<AssessmentRules>(&parsed);
    if (!rules)
        return std::nullopt;
    rules->version = record.data.value(u"version"_s).toString();
    return *rules;
}

QJsonObject ruleSetData(const Unit &district, const AssessmentRules &rules, bool active,
    LocalContext &ctx)
{
    return QJsonObject { { u"id"_s, district.code + u':' + rules.version },
        { u"district"_s, district.code }, { u"version"_s, rules.version },
        { u"rules"_s, rulesJson(rules) }, { u"active"_s, active },
        { u"created_at"_s, isoTime(ctx.now) }, { u"created_by"_s, ctx.actor.userId },
        { u"created_by_name"_s, displayName(ctx.records, ctx.actor.userId) },
        { u"activated_at"_s, active ? QJsonValue(isoTime(ctx.now)) : QJsonValue() } };
}

LocalResult ruleSetSave(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad = unknownKey(p, { u"district"_s, u"version"_s, u"rules"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const auto district = districtFor(ctx, Kind::RuleSet, Action::RuleSetEdit);
    if (const auto *refused = std::get_if<LocalResult>(&district))
        return *refused;
    const Unit &unit = std::get<Unit>(district);
    QString error;
    const auto version = ruleSetVersion(p, &error);
    if (!version)
        return LocalResult::refused(u"invalid_field"_s, error);
    if (!p.value(u"rules"_s).isObject())
        return LocalResult::refused(u"invalid_field"_s, u"payload.rules must be an object"_s);
    QJsonObject object = p.value(u"rules"_s).toObject();
    if (object.contains(u"version"_s)) {
        if (object.value(u"version"_s) != QJsonValue(*version))
            return LocalResult::refused(u"invalid_field"_s,
                u"payload.rules.version must be absent or equal payload.version"_s);
        object.remove(u"version"_s);
    }
    auto parsed = parseRules(object);
    if (const auto *bad = std::get_if<AssessmentError>(&parsed))
        return LocalResult::refused(
            u"invalid_rule_set"_s, u"rules.%1: %2"_s.arg(bad->field, bad->message));
    AssessmentRules rules = std::get<AssessmentRules>(parsed);
    rules.version = *version;

    // A version names one content for good: published quarters cite it.
    const QString id = unit.code + u':' + *version;
    const auto existing = ctx.records.get(kRuleSet, id);
    const bool builtIn = *version == AssessmentRules {}.version;
    if ((existing && cachedRules(*existing) != rules)
        || (!existing && builtIn && !(rules == AssessmentRules {})))
        return LocalResult::refused(u"version_exists"_s,
            u"rule set %1 exists with other values; save the changes under a new version"_s.arg(
                *version));
    if (existing)
        return LocalResult { kRuleSet, id, *version, {}, {} };
    if (!ctx.records.putLocal(kRuleSet, id, 1, ruleSetData(unit, rules, false, ctx)))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    return LocalResult { kRuleSet, id, *version, {}, {} };
}

LocalResult ruleSetActivate(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad = unknownKey(p, { u"district"_s, u"version"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const auto district = districtFor(ctx, Kind::RuleSet, Action::RuleSetEdit);
    if (const auto *refused = std::get_if<LocalResult>(&district))
        return *refused;
    const Unit &unit = std::get<Unit>(district);
    QString error;
    const auto version = ruleSetVersion(p, &error);
    if (!version)
        return LocalResult::refused(u"invalid_field"_s, error);
    const QString id = unit.code + u':' + *version;
    const auto existing = ctx.records.get(kRuleSet, id);
    if (!existing && *version != AssessmentRules {}.version)
        return LocalResult::refused(
            u"not_found"_s, u"no rule set %1 in %2"_s.arg(*version, unit.code));
    if (existing && existing->data.value(u"active"_s).toBool())
        return LocalResult { kRuleSet, id, *version, {}, {} };

    // The district has at most one active rule set: the one before steps down.
    QSqlQuery q(ctx.records.database());
    q.prepare(u"SELECT id FROM rule_set WHERE district = ? AND active = 1"_s);
    q.addBindValue(unit.code);
    QStringList previous;
    if (q.exec()) {
        while (q.next())
            previous.append(q.value(0).toString());
    }
    q.finish();
    for (const QString &other : std::as_const(previous)) {
        const auto record = ctx.records.get(kRuleSet, other);
        if (!record)
            continue;
        QJsonObject data = record->data;
        data[u"active"_s] = false;
        if (!ctx.records.putLocal(kRuleSet, other, record->version + 1, data))
            return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    }
    QJsonObject data;
    qint64 recordVersion = 1;
    if (existing) {
        data = existing->data;
        data[u"active"_s] = true;
        data[u"activated_at"_s] = isoTime(ctx.now);
        recordVersion = existing->version + 1;
    } else {
        AssessmentRules builtIn;
        data = ruleSetData(unit, builtIn, true, ctx);
    }
    if (!ctx.records.putLocal(kRuleSet, id, recordVersion, data))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    return LocalResult { kRuleSet, id, *version, {}, {} };
}

// ---- claims -----------------------------------------------------------------------------

LocalResult claimSubmit(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad = unknownKey(p,
            { u"id"_s, u"community"_s, u"kind"_s, u"title"_s, u"description"_s, u"links"_s,
                u"date"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const QString id = p.value(u"id"_s).toString();
    if (QUuid::fromString(id).isNull())
        return LocalResult::refused(u"invalid_field"_s, u"payload.id must be a UUID"_s);
    const auto community = visibleUnit(ctx, u"community"_s, Kind::Claim);
    if (!community)
        return notFound(u"no such unit"_s);
    if (community->level != Level::Community)
        return LocalResult::refused(
            u"invalid_field"_s, u"%1 is not a community"_s.arg(community->code));
    const auto existing = ctx.records.get(kClaim, id);
    if (existing) {
        if (permit(ctx.actor, Action::ClaimSubmit,
                subjectAt(Kind::Claim, *community, existing->data.value(u"author"_s).toString()))
            != Verdict::Allowed)
            return forbidden();
        if (existing->data.value(u"community"_s).toString() != community->code)
            return LocalResult::refused(
                u"invalid_field"_s, u"a claim's community cannot change"_s);
    } else if (permit(ctx.actor, Action::ClaimSubmit, subjectAt(Kind::Claim, *community))
        != Verdict::Allowed) {
        return forbidden();
    }
    const QString kind = p.value(u"kind"_s).toString();
    if (kind != u"event" && kind != u"innovation" && kind != u"news_lead")
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.kind must be event, innovation or news_lead"_s);
    const QString title = p.value(u"title"_s).toString().trimmed();
    if (title.isEmpty() || title.size() > 200)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.title must be 1 to 200 characters"_s);
    const QString description = p.value(u"description"_s).toString();
    if (!p.value(u"description"_s).isString() || description.size() > 4000)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.description must be at most 4000 characters"_s);
    QString linkError;
    const auto links = readLinks(p, &linkError);
    if (!links)
        return LocalResult::refused(u"invalid_field"_s, linkError);
    const auto date = payloadTime(p, u"date"_s);
    if (!date)
        return LocalResult::refused(u"invalid_field"_s, u"payload.date must be an ISO time"_s);
    if (*date > ctx.now + kClockSkewMs)
        return LocalResult::refused(u"date_in_future"_s,
            u"a claim is evidence of what happened: its date cannot be in the future"_s);
    if (auto refused = refuseIfPublished(ctx.records, community->district, *date))
        return *refused;

    QJsonObject data;
    qint64 version = 1;
    if (existing) {
        // PRODUCT.md §5: the district decides on what was submitted; a decided claim stays.
        const QString status = existing->data.value(u"status"_s).toString();
        if (status != u"submitted")
            return LocalResult::refused(u"claim_reviewed"_s,
                u"the claim was %1 already and can no longer be edited"_s.arg(status));
        if (ctx.baseVersion && *ctx.baseVersion != existing->version)
            return LocalResult::refused(u"version_conflict"_s, u"the claim was changed"_s);
        data = existing->data;
        version = existing->version + 1;
    } else {
        data = QJsonObject { { u"id"_s, id }, { u"community"_s, community->code },
            { u"district"_s, community->district }, { u"status"_s, u"submitted"_s },
            { u"adopted_by"_s, u"none"_s }, { u"review_comment"_s, QString() },
            { u"reviewer"_s, QJsonValue::Null }, { u"reviewer_name"_s, QString() },
            { u"reviewed_at"_s, QJsonValue::Null }, { u"author"_s, ctx.actor.userId },
            { u"author_name"_s, displayName(ctx.records, ctx.actor.userId) },
            { u"created_at"_s, isoTime(ctx.now) } };
    }
    data[u"kind"_s] = kind;
    data[u"title"_s] = title;
    data[u"description"_s] = description;
    data[u"links"_s] = QJsonArray::fromStringList(*links);
    data[u"date"_s] = isoTime(*date);
    data[u"updated_at"_s] = isoTime(ctx.now);
    data[u"version"_s] = version;
    if (!ctx.records.putLocal(kClaim, id, version, data))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    return LocalResult { kClaim, id, title, {}, {} };
}

LocalResult claimReview(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad
        = unknownKey(p, { u"claim"_s, u"decision"_s, u"comment"_s, u"adopted_by"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const QString id = p.value(u"claim"_s).toString();
    const auto claim = id.isEmpty() ? std::nullopt : ctx.records.get(kClaim, id);
    const auto community = claim
        ? unitOf(ctx.records, claim->data.value(u"community"_s).toString())
        : std::nullopt;
    if (!claim || !community
        || permit(ctx.actor, Action::Read, subjectAt(Kind::Claim, *community))
            == Verdict::NotFound)
        return notFound(u"no such claim"_s);
    if (permit(ctx.actor, Action::ClaimReview,
            subjectAt(Kind::Claim, *community, claim->data.value(u"author"_s).toString()))
        != Verdict::Allowed)
        return forbidden();
    const QString decision = p.value(u"decision"_s).toString();
    if (decision != u"approve" && decision != u"reject")
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.decision must be approve or reject"_s);
    const QString comment = p.value(u"comment"_s).toString().trimmed();
    QString adoptedBy = u"none"_s;
    if (p.contains(u"adopted_by"_s)) {
        adoptedBy = p.value(u"adopted_by"_s).toString();
        if (adoptedBy != u"none" && adoptedBy != u"district" && adoptedBy != u"city")
            return LocalResult::refused(
                u"invalid_field"_s, u"payload.adopted_by must be none, district or city"_s);
        if (claim->data.value(u"kind"_s).toString() != u"news_lead" && adoptedBy != u"none")
            return LocalResult::refused(
                u"invalid_field"_s, u"only news leads are adopted by media"_s);
    }
    if (decision == u"reject" && comment.isEmpty())
        return LocalResult::refused(u"comment_required"_s, u"say why the claim is rejected"_s);
    const auto date = parseIsoTime(claim->data.value(u"date"_s).toString());
    if (date) {
        if (auto refused = refuseIfPublished(
                ctx.records, claim->data.value(u"district"_s).toString(), *date))
            return *refused;
    }
    if (ctx.baseVersion && *ctx.baseVersion != claim->version)
        return LocalResult::refused(u"version_conflict"_s, u"the claim was changed"_s);
    QJsonObject data = claim->data;
    data[u"status"_s] = decision == u"approve" ? u"approved"_s : u"rejected"_s;
    data[u"adopted_by"_s] = decision == u"approve" ? adoptedBy : u"none"_s;
    data[u"review_comment"_s] = comment;
    data[u"reviewer"_s] = ctx.actor.userId;
    data[u"reviewer_name"_s] = displayName(ctx.records, ctx.actor.userId);
    data[u"reviewed_at"_s] = isoTime(ctx.now);
    data[u"updated_at"_s] = isoTime(ctx.now);
    const qint64 version = claim->version + 1;
    data[u"version"_s] = version;
    if (!ctx.records.putLocal(kClaim, id, version, data))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    return LocalResult { kClaim, id, data.value(u"title"_s).toString(), {}, {} };
}

// ---- tasks ------------------------------------------------------------------------------

QString submissionStatus(qint64 dueAt, const std::optional<qint64> &submittedAt, qint64 now)
{
    if (submittedAt)
        return *submittedAt > dueAt ? u"late"_s : u"on_time"_s;
    return now > dueAt ? u"missing"_s : u"pending"_s;
}

QList<Unit> communitiesOf(RecordStore &records, const Unit &district)
{
    QSqlQuery q(records.database());
    q.prepare(u"SELECT id FROM org_unit WHERE level = 'community' AND path >= ? AND path < ?"
              u" ORDER BY id"_s);
    q.addBindValue(district.path);
    q.addBindValue(subtreeEnd(district.path));
    QStringList codes;
    if (q.exec()) {
        while (q.next())
            codes.append(q.value(0).toString());
    }
    QList<Unit> list;
    for (const auto &code : std::as_const(codes)) {
        if (const auto u = unitOf(records, code))
            list.append(*u);
    }
    return list;
}

QJsonObject submissionJson(const QJsonObject &task, const QString &community, qint64 dueAt,
    const QString &status, qint64 now)
{
    const QString taskId = task.value(u"id"_s).toString();
    return QJsonObject { { u"id"_s, taskId + u':' + community }, { u"task"_s, taskId },
        { u"district"_s, task.value(u"district"_s) }, { u"community"_s, community },
        { u"title"_s, task.value(u"title"_s) }, { u"description"_s, task.value(u"description"_s) },
        { u"due_at"_s, isoTime(dueAt) }, { u"status"_s, status },
        { u"late"_s, status == u"late" }, { u"submitted_at"_s, QJsonValue::Null },
        { u"note"_s, QString() }, { u"links"_s, QJsonArray() },
        { u"submitted_by"_s, QJsonValue::Null }, { u"submitted_by_name"_s, QString() },
        { u"created_at"_s, isoTime(now) }, { u"updated_at"_s, isoTime(now) },
        { u"version"_s, 1 } };
}

LocalResult taskIssue(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad = unknownKey(p,
            { u"id"_s, u"district"_s, u"title"_s, u"description"_s, u"due_at"_s,
                u"communities"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const QString id = p.value(u"id"_s).toString();
    if (QUuid::fromString(id).isNull())
        return LocalResult::refused(u"invalid_field"_s, u"payload.id must be a UUID"_s);
    const auto found = districtFor(ctx, Kind::Task, Action::TaskIssue);
    if (const auto *refused = std::get_if<LocalResult>(&found))
        return *refused;
    const Unit *district = &std::get<Unit>(found);
    const QString title = p.value(u"title"_s).toString().trimmed();
    if (title.isEmpty() || title.size() > 200)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.title must be 1 to 200 characters"_s);
    const QString description = p.value(u"description"_s).toString();
    if (description.size() > 4000)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.description must be at most 4000 characters"_s);
    const auto dueAt = payloadTime(p, u"due_at"_s);
    if (!dueAt)
        return LocalResult::refused(u"invalid_field"_s, u"payload.due_at must be an ISO time"_s);
    if (auto refused = refuseIfPublished(ctx.records, district->code, *dueAt))
        return *refused;

    const QList<Unit> all = communitiesOf(ctx.records, *district);
    QStringList addressed;
    bool allCommunities = true;
    if (p.contains(u"communities"_s)) {
        const QJsonArray list = p.value(u"communities"_s).toArray();
        QSet<QString> wanted;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString code = list.at(i).toString();
            const bool known = std::any_of(
                all.cbegin(), all.cend(), [&](const Unit &u) { return u.code == code; });
            if (!list.at(i).isString() || !known)
                return LocalResult::refused(u"invalid_field"_s,
                    u"payload.communities[%1] is not a community of %2"_s.arg(i).arg(
                        district->code));
            wanted.insert(code);
        }
        if (!wanted.isEmpty()) {
            allCommunities = wanted.size() == all.size();
            for (const auto &u : all) {
                if (wanted.contains(u.code))
                    addressed.append(u.code);
            }
        }
    }
    if (allCommunities) {
        addressed.clear();
        for (const auto &u : all)
            addressed.append(u.code);
    }
    if (addressed.isEmpty())
        return LocalResult::refused(
            u"no_communities"_s, u"%1 has no communities to report"_s.arg(district->code));

    if (const auto existing = ctx.records.get(kTask, id)) {
        // An edit: wording and deadline; the addressed communities stay as issued.
        QJsonObject data = existing->data;
        if (data.value(u"district"_s).toString() != district->code)
            return LocalResult::refused(
                u"invalid_field"_s, u"a task's district cannot change"_s);
        QStringList before;
        for (const auto &v : data.value(u"communities"_s).toArray())
            before.append(v.toString());
        if (p.contains(u"communities"_s) && before != addressed)
            return LocalResult::refused(
                u"invalid_field"_s, u"a task's communities cannot change"_s);
        if (ctx.baseVersion && *ctx.baseVersion != existing->version)
            return LocalResult::refused(u"version_conflict"_s, u"the task was changed"_s);
        if (const auto oldDue = parseIsoTime(data.value(u"due_at"_s).toString())) {
            if (auto refused = refuseIfPublished(ctx.records, district->code, *oldDue))
                return *refused;
        }
        data[u"title"_s] = title;
        data[u"description"_s] = description;
        data[u"due_at"_s] = isoTime(*dueAt);
        data[u"updated_at"_s] = isoTime(ctx.now);
        const qint64 version = existing->version + 1;
        data[u"version"_s] = version;
        ctx.records.putLocal(kTask, id, version, data);
        for (const QString &code : std::as_const(before)) {
            const QString sid = id + u':' + code;
            const auto s = ctx.records.get(kSubmission, sid);
            if (!s)
                continue;
            QJsonObject sd = s->data;
            const QJsonValue submitted = sd.value(u"submitted_at"_s);
            const std::optional<qint64> at
                = submitted.isString() ? parseIsoTime(submitted.toString()) : std::nullopt;
            const QString status = submissionStatus(*dueAt, at, ctx.now);
            sd[u"title"_s] = title;
            sd[u"description"_s] = description;
            sd[u"due_at"_s] = isoTime(*dueAt);
            sd[u"status"_s] = status;
            sd[u"late"_s] = status == u"late";
            sd[u"updated_at"_s] = isoTime(ctx.now);
            sd[u"version"_s] = s->version + 1;
            ctx.records.putLocal(kSubmission, sid, s->version + 1, sd);
        }
        return LocalResult { kTask, id, title, {}, {} };
    }
    QStringList sorted = addressed;
    sorted.sort();
    const QJsonObject task { { u"id"_s, id }, { u"district"_s, district->code },
        { u"title"_s, title }, { u"description"_s, description },
        { u"due_at"_s, isoTime(*dueAt) }, { u"communities"_s, QJsonArray::fromStringList(sorted) },
        { u"all_communities"_s, allCommunities }, { u"created_by"_s, ctx.actor.userId },
        { u"created_by_name"_s, displayName(ctx.records, ctx.actor.userId) },
        { u"created_at"_s, isoTime(ctx.now) }, { u"updated_at"_s, isoTime(ctx.now) },
        { u"version"_s, 1 } };
    if (!ctx.records.putLocal(kTask, id, 1, task))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    // A task issued with a past deadline starts `missing` (docs/api.md §Assessment).
    const QString status = submissionStatus(*dueAt, std::nullopt, ctx.now);
    for (const QString &code : std::as_const(addressed))
        ctx.records.putLocal(
            kSubmission, id + u':' + code, 1, submissionJson(task, code, *dueAt, status, ctx.now));
    return LocalResult { kTask, id, title, {}, {} };
}

LocalResult taskSubmit(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad = unknownKey(p, { u"task"_s, u"community"_s, u"note"_s, u"links"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const QString taskId = p.value(u"task"_s).toString();
    std::optional<Unit> community;
    if (p.contains(u"community"_s)) {
        community = visibleUnit(ctx, u"community"_s, Kind::Task);
        if (!community)
            return notFound(u"no such unit"_s);
    } else {
        community = unitOf(ctx.records, ctx.actor.unitCode);
        if (!community)
            return notFound(u"no such unit"_s);
    }
    if (permit(ctx.actor, Action::TaskSubmit, subjectAt(Kind::Task, *community))
        != Verdict::Allowed)
        return forbidden();
    // A task the community was not given is one it cannot see.
    const QString sid = taskId + u':' + community->code;
    const auto submission = taskId.isEmpty() ? std::nullopt : ctx.records.get(kSubmission, sid);
    if (!submission)
        return notFound(u"no task %1 for %2"_s.arg(taskId, community->code));
    const QString note = p.value(u"note"_s).toString();
    if (note.size() > 4000)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.note must be at most 4000 characters"_s);
    QString linkError;
    const auto links = readLinks(p, &linkError);
    if (!links)
        return LocalResult::refused(u"invalid_field"_s, linkError);
    if (note.trimmed().isEmpty() && links->isEmpty())
        return LocalResult::refused(
            u"submission_empty"_s, u"a submission needs a note or a link to the material"_s);
    // PRODUCT.md §5: late submissions count against C; recorded, never refused. The first
    // submission's time is the one that counts.
    QJsonObject data = submission->data;
    const QJsonValue submitted = data.value(u"submitted_at"_s);
    std::optional<qint64> at
        = submitted.isString() ? parseIsoTime(submitted.toString()) : std::nullopt;
    if (!at)
        at = ctx.now;
    const qint64 dueAt = parseIsoTime(data.value(u"due_at"_s).toString()).value_or(0);
    const QString status = submissionStatus(dueAt, at, ctx.now);
    data[u"submitted_at"_s] = isoTime(*at);
    data[u"status"_s] = status;
    data[u"late"_s] = status == u"late";
    data[u"note"_s] = note;
    data[u"links"_s] = QJsonArray::fromStringList(*links);
    data[u"submitted_by"_s] = ctx.actor.userId;
    data[u"submitted_by_name"_s] = displayName(ctx.records, ctx.actor.userId);
    data[u"updated_at"_s] = isoTime(ctx.now);
    const qint64 version = submission->version + 1;
    data[u"version"_s] = version;
    if (!ctx.records.putLocal(kSubmission, sid, version, data))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    return LocalResult { kSubmission, sid, data.value(u"title"_s).toString(), {}, {} };
}

// ---- publishing -------------------------------------------------------------------------

LocalResult assessmentPublish(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    if (const auto bad = unknownKey(p, { u"district"_s, u"quarter"_s }))
        return LocalResult::refused(u"invalid_field"_s, *bad);
    const auto found = districtFor(ctx, Kind::Assessment, Action::AssessmentPublish);
    if (const auto *refused = std::get_if<LocalResult>(&found))
        return *refused;
    const Unit *district = &std::get<Unit>(found);
    const QString quarter = p.value(u"quarter"_s).toString();
    const auto bounds = quarterBounds(quarter);
    if (!bounds)
        return LocalResult::refused(
            u"invalid_field"_s, u"payload.quarter must be a quarter like 2026Q3"_s);
    if (isPublished(ctx.records, district->code, quarter))
        return LocalResult::refused(u"already_published"_s,
            u"%1 %2 is published already; a published quarter never changes"_s.arg(
                district->name, quarter));
    // ASSESSMENT.md §1: published once it has ended in China time.
    if (ctx.now < bounds->second)
        return LocalResult::refused(u"quarter_not_ended"_s,
            u"%1 ends at %2; it can be published after that"_s.arg(
                quarter, isoTime(bounds->second)));

    const AssessmentRules rules = cachedActiveRules(ctx.records.database(), district->code);
    const QJsonObject bundle = cachedAssessmentBundle(
        ctx.records.database(), district->code, quarter, rules, district->path, nullptr);
    auto parsed = parseBundle(bundle);
    if (const auto *error = std::get_if<AssessmentError>(&parsed))
        return LocalResult::refused(u"invalid_bundle"_s, error->toString());
    const AssessmentResult result = score(std::get<AssessmentBundle>(parsed));
    const QJsonObject resultObject
        = QJsonDocument::fromJson(resultJsonText(result)).object();
    const QJsonArray rows = resultObject.value(u"results"_s).toArray();
    const QJsonArray explainRows = explainJson(result).value(u"rows"_s).toArray();
    const QString id = district->code + u':' + quarter;
    const QString userName = displayName(ctx.records, ctx.actor.userId);
    const QJsonObject record { { u"id"_s, id }, { u"district"_s, district->code },
        { u"district_name"_s, district->name }, { u"quarter"_s, quarter },
        { u"published"_s, true }, { u"published_at"_s, isoTime(ctx.now) },
        { u"published_by"_s, ctx.actor.userId }, { u"published_by_name"_s, userName },
        { u"rules_version"_s, result.rules.version }, { u"rules"_s, rulesJson(result.rules) },
        { u"communities"_s, rows.size() }, { u"result"_s, resultObject },
        { u"explain"_s, explainRows } };
    if (!ctx.records.putLocal(kAssessment, id, 1, record))
        return LocalResult::refused(u"cache"_s, ctx.records.lastError());
    const QString best = resultObject.value(u"best"_s).toString();
    QString bestName;
    for (const auto &row : rows) {
        if (row.toObject().value(u"code"_s).toString() == best)
            bestName = row.toObject().value(u"name"_s).toString();
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString code = row.value(u"code"_s).toString();
        const QString rowId = id + u':' + code;
        ctx.records.putLocal(kAssessmentRow, rowId, 1,
            QJsonObject { { u"id"_s, rowId }, { u"assessment"_s, id },
                { u"district"_s, district->code }, { u"district_name"_s, district->name },
                { u"quarter"_s, quarter }, { u"community"_s, code },
                { u"published_at"_s, isoTime(ctx.now) }, { u"published_by_name"_s, userName },
                { u"rules_version"_s, result.rules.version },
                { u"best"_s, resultObject.value(u"best"_s) }, { u"best_name"_s, bestName },
                { u"communities"_s, rows.size() },
                { u"row"_s, row }, { u"explain"_s, explainRows.at(i) } });
    }
    return LocalResult { kAssessment, id, u"%1 %2"_s.arg(district->name, quarter), {}, {} };
}

// The community (of `codes`) whose subtree holds `unitPath`, or "" (the server's communityAt()).
QString communityAt(const QString &unitPath, const QSet<QString> &codes)
{
    const QStringList chain = pathCodes(unitPath);
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        if (codes.contains(*it))
            return *it;
    }
    return {};
}

} // namespace

// ---- the bundle from the cache ----------------------------------------------------------

QString assessmentQuarterOf(qint64 ms)
{
    const QString date = chinaDate(ms); // YYYY-MM-DD
    const int month = date.mid(5, 2).toInt();
    return date.left(4) + u'Q' + QString::number((month - 1) / 3 + 1);
}

QString assessmentQuarterAdd(const QString &quarter, int delta)
{
    const int index = quarter.left(4).toInt() * 4 + quarter.mid(5).toInt() - 1 + delta;
    return u"%1Q%2"_s.arg(index / 4, 4, 10, QChar(u'0')).arg(index % 4 + 1);
}

AssessmentRules cachedActiveRules(const QSqlDatabase &db, const QString &district)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM rule_set WHERE district = ? AND active = 1"_s);
    q.addBindValue(district);
    if (q.exec() && q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QJsonObject rules = data.value(u"rules"_s).toObject();
        rules.remove(u"version"_s);
        auto parsed = parseRules(rules);
        if (auto *r = std::get_if<AssessmentRules>(&parsed)) {
            r->version = data.value(u"version"_s).toString();
            return *r;
        }
    }
    return AssessmentRules {};
}

QJsonObject cachedAssessmentBundle(const QSqlDatabase &db, const QString &district,
    const QString &quarter, const AssessmentRules &rules, const QString &visiblePath,
    CachedBundleGaps *gaps)
{
    const auto bounds = quarterBounds(quarter);
    if (!bounds)
        return {};
    const qint64 start = bounds->first;
    const qint64 end = bounds->second;
    QString districtName;
    QString districtPath;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT name, path FROM org_unit WHERE id = ?"_s);
        q.addBindValue(district);
        if (q.exec() && q.next()) {
            districtName = q.value(0).toString();
            districtPath = q.value(1).toString();
        }
    }
    struct Community
    {
        QString code;
        QString name;
        QVariant households;
    };
    QList<Community> communities;
    QSet<QString> codes;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id, name, households, path FROM org_unit WHERE level = 'community'"
                  u" AND path >= ? AND path < ? ORDER BY id"_s);
        q.addBindValue(districtPath);
        q.addBindValue(subtreeEnd(districtPath));
        if (q.exec()) {
            while (q.next()) {
                const QString path = q.value(3).toString();
                if (!visiblePath.isEmpty() && !pathWithin(path, visiblePath)) {
                    if (gaps)
                        gaps->communitiesOutOfSight.append(q.value(0).toString());
                    continue;
                }
                communities.append({ q.value(0).toString(), q.value(1).toString(), q.value(2) });
                codes.insert(q.value(0).toString());
            }
        }
    }

    QHash<QString, QJsonArray> notices;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id, unit_path, published_at FROM notice WHERE unit_path >= ?"
                  u" AND unit_path < ? AND published_at >= ? AND published_at < ?"
                  u" ORDER BY published_at, id"_s);
        q.addBindValue(districtPath);
        q.addBindValue(subtreeEnd(districtPath));
        q.addBindValue(start);
        q.addBindValue(end);
        QSqlQuery r(db);
        r.prepare(u"SELECT data FROM notice_review WHERE notice = ? ORDER BY revision, step"_s);
        if (q.exec()) {
            while (q.next()) {
                const QString community = communityAt(q.value(1).toString(), codes);
                if (community.isEmpty())
                    continue; // a street's or the district's own notice
                const QString id = q.value(0).toString();
                QJsonArray quality;
                r.addBindValue(id);
                if (r.exec()) {
                    while (r.next()) {
                        const QJsonObject review
                            = QJsonDocument::fromJson(r.value(0).toString().toUtf8()).object();
                        const QJsonValue v = review.value(u"quality"_s);
                        if (v.isDouble() && v.toInt() >= 1 && v.toInt() <= 5)
                            quality.append(v.toInt());
                    }
                }
                notices[community].append(QJsonObject { { u"id"_s, id },
                    { u"published_at"_s, isoTime(q.value(2).toLongLong()) },
                    { u"quality"_s, quality } });
            }
        }
    }

    QHash<QString, QJsonArray> complaints;
    {
        // ASSESSMENT.md §1: submitted in the quarter (B3) or resolved in it (service examples).
        const PersonalData personal(db);
        QSqlQuery q(db);
        q.prepare(u"SELECT id, community, submitted_at, first_reply_at, resolved_at, data"
                  u" FROM complaint WHERE district = ? AND COALESCE(merged_into, '') = ''"
                  u" AND ((submitted_at >= ? AND submitted_at < ?)"
                  u" OR (resolved_at >= ? AND resolved_at < ?)) ORDER BY submitted_at, id"_s);
        q.addBindValue(district);
        q.addBindValue(start);
        q.addBindValue(end);
        q.addBindValue(start);
        q.addBindValue(end);
        if (q.exec()) {
            while (q.next()) {
                const QString community = q.value(1).toString();
                if (!codes.contains(community))
                    continue;
                const QJsonObject d = personal.open(
                    QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
                const QString satisfaction = d.value(u"satisfaction"_s).toString();
                const QJsonValue example = d.value(u"service_example"_s);
                complaints[community].append(QJsonObject {
                    { u"id"_s, q.value(0).toString() },
                    { u"submitted_at"_s, isoTime(q.value(2).toLongLong()) },
                    { u"first_reply_at"_s, isoOrNull(q.value(3)) },
                    { u"resolved_at"_s, isoOrNull(q.value(4)) },
                    { u"satisfaction"_s, textOrNull(satisfaction) },
                    { u"service_example"_s,
                        example.isBool() ? example.toBool() : example.toInt() != 0 },
                    { u"nickname"_s, d.value(u"nickname"_s).toString() },
                    { u"content"_s, d.value(u"content"_s).toString() },
                    { u"resolution"_s, d.value(u"resolution"_s).toString() },
                    { u"reply"_s, d.value(u"final_reply"_s).toString() },
                });
            }
        }
    }

    QHash<QString, QJsonArray> tasks;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT task, due_at, community, submitted_at FROM task_submission"
                  u" WHERE district = ? AND due_at >= ? AND due_at < ?"
                  u" ORDER BY due_at, task, community"_s);
        q.addBindValue(district);
        q.addBindValue(start);
        q.addBindValue(end);
        if (q.exec()) {
            while (q.next()) {
                const QString community = q.value(2).toString();
                if (!codes.contains(community))
                    continue;
                tasks[community].append(QJsonObject { { u"id"_s, q.value(0).toString() },
                    { u"due_at"_s, isoTime(q.value(1).toLongLong()) },
                    { u"submitted_at"_s, isoOrNull(q.value(3)) } });
            }
        }
    }

    QHash<QString, QJsonArray> claims;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id, community, kind, date, status, data FROM claim WHERE district = ?"
                  u" AND date >= ? AND date < ? ORDER BY date, id"_s);
        q.addBindValue(district);
        q.addBindValue(start);
        q.addBindValue(end);
        if (q.exec()) {
            while (q.next()) {
                const QString community = q.value(1).toString();
                if (!codes.contains(community))
                    continue;
                const QJsonObject d
                    = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
                claims[community].append(QJsonObject { { u"id"_s, q.value(0).toString() },
                    { u"kind"_s, q.value(2).toString() },
                    { u"date"_s, isoTime(q.value(3).toLongLong()) },
                    { u"status"_s, q.value(4).toString() },
                    { u"adopted_by"_s, d.value(u"adopted_by"_s).toString(u"none"_s) } });
            }
        }
    }

    // ASSESSMENT.md §2 A: the end of the day before the quarter, and of its last day.
    const QString firstDay = chinaDate(start);
    const QString nextFirstDay = chinaDate(end);
    QSqlQuery fans(db);
    fans.prepare(u"SELECT cumulative FROM fan_day WHERE community = ? AND date < ?"
                 u" ORDER BY date DESC LIMIT 1"_s);
    const auto cumulativeBefore = [&fans](const QString &code, const QString &date) -> qint64 {
        fans.addBindValue(code);
        fans.addBindValue(date);
        const qint64 value = fans.exec() && fans.next() ? fans.value(0).toLongLong() : 0;
        fans.finish();
        return value;
    };
    QSqlQuery anyFans(db);
    anyFans.prepare(u"SELECT 1 FROM fan_day WHERE community = ? LIMIT 1"_s);
    QJsonArray list;
    for (const auto &c : std::as_const(communities)) {
        if (gaps) {
            anyFans.addBindValue(c.code);
            if (!(anyFans.exec() && anyFans.next()))
                gaps->communitiesWithoutFans.append(c.code);
            anyFans.finish();
        }
        list.append(QJsonObject {
            { u"code"_s, c.code },
            { u"name"_s, c.name },
            { u"households"_s,
                c.households.isNull() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(c.households.toLongLong()) },
            { u"fans_start"_s, cumulativeBefore(c.code, firstDay) },
            { u"fans_end"_s, cumulativeBefore(c.code, nextFirstDay) },
            { u"notices"_s, notices.value(c.code) },
            { u"complaints"_s, complaints.value(c.code) },
            { u"tasks"_s, tasks.value(c.code) },
            { u"claims"_s, claims.value(c.code) },
        });
    }
    return QJsonObject {
        { u"district"_s, QJsonObject { { u"code"_s, district }, { u"name"_s, districtName } } },
        { u"quarter"_s, quarter },
        { u"rules"_s, rulesJson(rules) },
        { u"communities"_s, list },
    };
}

CacheFeature assessmentCacheFeature()
{
    CacheFeature f;
    f.name = u"assessment"_s;
    f.migrations = {
        { 5,
            {
                u"CREATE TABLE rule_set (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT"
                u" NOT NULL, district TEXT, rules_version TEXT, active INTEGER)"_s,
                u"CREATE INDEX rule_set_district ON rule_set(district, active)"_s,
                // The claims list (newest first within a unit's subtree) and the bundle's
                // claims of a district's quarter.
                u"CREATE TABLE claim (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT"
                u" NOT NULL, community TEXT, unit_path TEXT, district TEXT, kind TEXT,"
                u" status TEXT, date INTEGER, updated_at INTEGER)"_s,
                u"CREATE INDEX claim_scope ON claim(unit_path, date)"_s,
                u"CREATE INDEX claim_district ON claim(district, date)"_s,
                u"CREATE TABLE task (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT"
                u" NOT NULL, district TEXT, due_at INTEGER, title TEXT)"_s,
                u"CREATE INDEX task_district ON task(district, due_at)"_s,
                u"CREATE TABLE task_submission (id TEXT PRIMARY KEY, version INTEGER NOT NULL,"
                u" data TEXT NOT NULL, task TEXT, community TEXT, unit_path TEXT, district TEXT,"
                u" due_at INTEGER, status TEXT, submitted_at INTEGER, title TEXT)"_s,
                u"CREATE INDEX task_submission_scope ON task_submission(unit_path, due_at)"_s,
                u"CREATE INDEX task_submission_district ON task_submission(district, due_at)"_s,
                u"CREATE INDEX task_submission_task ON task_submission(task, community)"_s,
                u"CREATE TABLE assessment (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data"
                u" TEXT NOT NULL, district TEXT, quarter TEXT)"_s,
                u"CREATE INDEX assessment_district ON assessment(district, quarter)"_s,
                u"CREATE TABLE assessment_row (id TEXT PRIMARY KEY, version INTEGER NOT NULL,"
                u" data TEXT NOT NULL, community TEXT, unit_path TEXT, district TEXT,"
                u" quarter TEXT)"_s,
                u"CREATE INDEX assessment_row_scope ON assessment_row(district, quarter,"
                u" unit_path)"_s,
                // Records pulled by a client that did not know the kinds yet were kept whole in
                // `record`; the next full pull brings them again into their tables.
                u"DELETE FROM record WHERE kind IN ('rule_set', 'claim', 'task',"
                u" 'task_submission', 'assessment', 'assessment_row')"_s,
            } },
    };
    using T = KindColumn::Type;
    f.kinds = {
        { kRuleSet, u"rule_set"_s,
            { { u"district"_s, u"district"_s, T::Text },
                { u"rules_version"_s, u"version"_s, T::Text },
                { u"active"_s, u"active"_s, T::Integer } } },
        { kClaim, u"claim"_s,
            { { u"community"_s, u"community"_s, T::Text },
                { u"unit_path"_s, u"community"_s, T::UnitPath },
                { u"district"_s, u"district"_s, T::Text }, { u"kind"_s, u"kind"_s, T::Text },
                { u"status"_s, u"status"_s, T::Text }, { u"date"_s, u"date"_s, T::Time },
                { u"updated_at"_s, u"updated_at"_s, T::Time } } },
        { kTask, u"task"_s,
            { { u"district"_s, u"district"_s, T::Text }, { u"due_at"_s, u"due_at"_s, T::Time },
                { u"title"_s, u"title"_s, T::Text } } },
        { kSubmission, u"task_submission"_s,
            { { u"task"_s, u"task"_s, T::Text }, { u"community"_s, u"community"_s, T::Text },
                { u"unit_path"_s, u"community"_s, T::UnitPath },
                { u"district"_s, u"district"_s, T::Text }, { u"due_at"_s, u"due_at"_s, T::Time },
                { u"status"_s, u"status"_s, T::Text },
                { u"submitted_at"_s, u"submitted_at"_s, T::Time },
                { u"title"_s, u"title"_s, T::Text } } },
        { kAssessment, u"assessment"_s,
            { { u"district"_s, u"district"_s, T::Text },
                { u"quarter"_s, u"quarter"_s, T::Text } } },
        { kAssessmentRow, u"assessment_row"_s,
            { { u"community"_s, u"community"_s, T::Text },
                { u"unit_path"_s, u"community"_s, T::UnitPath },
                { u"district"_s, u"district"_s, T::Text },
                { u"quarter"_s, u"quarter"_s, T::Text } } },
    };
    f.appliers = {
        { u"rule_set.save"_s, ruleSetSave },
        { u"rule_set.activate"_s, ruleSetActivate },
        { u"claim.submit"_s, claimSubmit },
        { u"claim.review"_s, claimReview },
        { u"task.issue"_s, taskIssue },
        { u"task.submit"_s, taskSubmit },
        { u"assessment.publish"_s, assessmentPublish },
    };
    return f;
}

} // namespace civic::store
