// The assessment feature's commands (docs/api.md §Assessment): rule sets, evidence claims,
// reporting tasks and publishing a quarter.

#include "apierror.h"
#include "assessmentstore.h"
#include "changelog.h"
#include "domain/chinatime.h"
#include "intake.h"
#include "sync.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::assessment {

namespace {

constexpr int kMaxLinks = 20;
constexpr int kMaxLinkLength = 2000;
constexpr qint64 kClockSkewMs = 10 * 60 * 1000;

// A unit named by a payload field that must be visible to the caller: 404 naming the field
// for an unknown code and for one outside the caller's subtree alike.
UnitRecord visibleUnit(CommandContext &ctx, const QString &key, Kind kind)
{
    const QString code = ctx.payload.string(key, 32);
    const auto unit = org::findUnit(ctx.db, code);
    if (!unit
        || permit(ctx.actor(), Action::Read,
               Subject { .kind = kind, .unitPath = unit->path, .unitLevel = unit->level })
            == Verdict::NotFound)
        throw ApiError(
            404, u"not_found"_s, u"no unit with code %1"_s.arg(code), ctx.payload.path(key));
    return *unit;
}

UnitRecord districtFor(CommandContext &ctx, Kind kind, Action action)
{
    const UnitRecord unit = visibleUnit(ctx, u"district"_s, kind);
    if (unit.level != Level::District)
        throw ApiError::invalidField(
            ctx.payload.path(u"district"_s), u"%1 is not a district"_s.arg(unit.code));
    require(ctx.actor(), action,
        Subject { .kind = kind, .unitPath = unit.path, .unitLevel = unit.level });
    return unit;
}

Subject communitySubject(Kind kind, const QString &path, const QString &owner = {})
{
    return Subject {
        .kind = kind, .unitPath = path, .unitLevel = Level::Community, .ownerId = owner
    };
}

// Evidence links: http(s) URLs (PRODUCT.md §5: claims come "with a description and links").
QStringList readLinks(const JsonFields &p, const QString &key)
{
    QStringList links;
    if (!p.has(key))
        return links;
    const QJsonArray array = p.array(key, kMaxLinks);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = p.path(key) + u"[%1]"_s.arg(i);
        const QJsonValue v = array.at(i);
        const QString text = v.toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!v.isString() || text.size() > kMaxLinkLength || !url.isValid()
            || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            throw ApiError::invalidField(field, u"%1 must be an http(s) URL"_s.arg(field));
        links.append(text);
    }
    return links;
}

// A published quarter never changes (PRODUCT.md §5): nothing dated in it may be added or
// changed where it would count.
void refuseIfPublished(Db &db, const QString &district, qint64 at, const QString &field)
{
    const QString quarter = quarterOf(at);
    if (findAssessment(db, district, quarter))
        throw ApiError::rule(u"quarter_published"_s,
            u"%1 is published: its assessment no longer changes"_s.arg(quarter), field);
}

// ---- rule sets --------------------------------------------------------------------------

QString readVersion(const JsonFields &p)
{
    const QString version = p.text(u"version"_s, 64);
    for (const QChar c : version) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            throw ApiError::invalidField(
                p.path(u"version"_s), u"a rule-set version is one word without spaces"_s);
    }
    return version;
}

CommandOutcome ruleSetSave(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"district", u"version", u"rules" });
    const UnitRecord district = districtFor(ctx, Kind::RuleSet, Action::RuleSetEdit);
    const QString version = readVersion(p);
    QJsonObject object = p.object(u"rules"_s);
    if (object.contains(u"version"_s)) {
        if (object.value(u"version"_s) != QJsonValue(version))
            throw ApiError::invalidField(u"payload.rules.version"_s,
                u"payload.rules.version must be absent or equal payload.version"_s);
        object.remove(u"version"_s);
    }
    // ASSESSMENT.md §5: any subset of the keys over the defaults; unknown keys, wrong types
    // and negative values are refused naming the key.
    auto parsed = parseRules(object);
    if (const auto *error = std::get_if<AssessmentError>(&parsed))
        throw ApiError::rule(u"invalid_rule_set"_s,
            u"rules.%1: %2"_s.arg(error->field, error->message),
            u"payload.rules."_s + error->field);
    AssessmentRules rules = std::get<AssessmentRules>(parsed);
    rules.version = version;

    // A version names one content for good: published results cite it. The built-in
    // default is every district's, stored or not.
    const auto existing = findRuleSet(ctx.db, district.code, version);
    const bool builtIn = version == AssessmentRules {}.version;
    if ((existing && !(existing->rules == rules))
        || (!existing && builtIn && !(rules == AssessmentRules {})))
        throw ApiError::rule(u"version_exists"_s,
            u"rule set %1 exists with other values; save the changes under a new version"_s.arg(
                version),
            u"payload.version"_s);
    if (existing)
        return { existing->id, existing->recordVersion, currentSeq(ctx.db) };
    const RuleSetRecord stored = insertRuleSet(
        ctx.db, district, rules, false, ctx.actor().userId, ctx.session.displayName, ctx.now);
    return { stored.id, stored.recordVersion, currentSeq(ctx.db) };
}

CommandOutcome ruleSetActivate(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"district", u"version" });
    const UnitRecord district = districtFor(ctx, Kind::RuleSet, Action::RuleSetEdit);
    const QString version = readVersion(p);
    auto existing = findRuleSet(ctx.db, district.code, version);
    if (!existing) {
        if (version != AssessmentRules {}.version)
            throw ApiError(404, u"not_found"_s,
                u"no rule set %1 in %2"_s.arg(version, district.code), u"payload.version"_s);
        const RuleSetRecord stored = insertRuleSet(ctx.db, district, AssessmentRules {}, true,
            ctx.actor().userId, ctx.session.displayName, ctx.now);
        return { stored.id, stored.recordVersion, currentSeq(ctx.db) };
    }
    const RuleSetRecord active = activateRuleSet(ctx.db, *existing, ctx.now);
    return { active.id, active.recordVersion, currentSeq(ctx.db) };
}

// ---- claims -----------------------------------------------------------------------------

CommandOutcome claimSubmit(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"id", u"community", u"kind", u"title", u"description", u"links", u"date" });
    const QString id = p.uuid(u"id"_s);
    const UnitRecord community = visibleUnit(ctx, u"community"_s, Kind::Claim);
    if (community.level != Level::Community)
        throw ApiError::invalidField(
            u"payload.community"_s, u"%1 is not a community"_s.arg(community.code));
    auto existing = findClaim(ctx.db, id);
    if (existing) {
        require(ctx.actor(), Action::ClaimSubmit,
            communitySubject(Kind::Claim, existing->unitPath, existing->author));
        if (existing->community != community.code)
            throw ApiError::invalidField(
                u"payload.community"_s, u"a claim's community cannot change"_s);
    } else {
        require(ctx.actor(), Action::ClaimSubmit, communitySubject(Kind::Claim, community.path));
    }
    const QString kind = p.oneOf(u"kind"_s, { u"event", u"innovation", u"news_lead" });
    const QString title = p.text(u"title"_s, 200).trimmed();
    const QString description = p.text(u"description"_s, 4000);
    const QStringList links = readLinks(p, u"links"_s);
    const qint64 date = p.time(u"date"_s);
    if (date > ctx.now + kClockSkewMs)
        throw ApiError::rule(u"date_in_future"_s,
            u"a claim is evidence of what happened: its date cannot be in the future"_s,
            u"payload.date"_s);
    refuseIfPublished(ctx.db, community.district, date, u"payload.date"_s);

    ClaimRecord claim;
    if (existing) {
        // PRODUCT.md §5: the district decides on what was submitted; a decided claim stays.
        if (existing->status != u"submitted")
            throw ApiError::rule(u"claim_reviewed"_s,
                u"the claim was %1 already and can no longer be edited"_s.arg(existing->status));
        ctx.checkVersion(existing->version, claimJson(*existing));
        claim = *existing;
    } else {
        claim.id = id;
        claim.community = community.code;
        claim.unitPath = community.path;
        claim.district = community.district;
        claim.author = ctx.actor().userId;
        claim.authorName = ctx.session.displayName;
    }
    claim.kind = kind;
    claim.title = title;
    claim.description = description;
    claim.links = links;
    claim.date = date;
    const qint64 seq
        = existing ? updateClaim(ctx.db, claim, ctx.now) : insertClaim(ctx.db, claim, ctx.now);
    return { claim.id, claim.version, seq };
}

CommandOutcome claimReview(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"claim", u"decision", u"comment", u"adopted_by" });
    auto claim = findClaim(ctx.db, p.string(u"claim"_s, 64));
    if (!claim
        || permit(ctx.actor(), Action::Read, communitySubject(Kind::Claim, claim->unitPath))
            == Verdict::NotFound)
        throw ApiError(404, u"not_found"_s, u"no such claim"_s, u"payload.claim"_s);
    require(ctx.actor(), Action::ClaimReview,
        communitySubject(Kind::Claim, claim->unitPath, claim->author));
    const QString decision = p.oneOf(u"decision"_s, { u"approve", u"reject" });
    const QString comment = p.optionalString(u"comment"_s, 2000).value_or(QString()).trimmed();
    QString adoptedBy = u"none"_s;
    if (p.has(u"adopted_by"_s)) {
        adoptedBy = p.oneOf(u"adopted_by"_s, { u"none", u"district", u"city" });
        if (claim->kind != u"news_lead" && adoptedBy != u"none")
            throw ApiError::invalidField(
                u"payload.adopted_by"_s, u"only news leads are adopted by media"_s);
    }
    if (decision == u"reject" && comment.isEmpty())
        throw ApiError::rule(
            u"comment_required"_s, u"say why the claim is rejected"_s, u"payload.comment"_s);
    refuseIfPublished(ctx.db, claim->district, claim->date, u"payload.claim"_s);
    ctx.checkVersion(claim->version, claimJson(*claim));

    claim->status = decision == u"approve" ? u"approved"_s : u"rejected"_s;
    claim->adoptedBy = decision == u"approve" ? adoptedBy : u"none"_s;
    claim->reviewComment = comment;
    claim->reviewer = ctx.actor().userId;
    claim->reviewerName = ctx.session.displayName;
    claim->reviewedAt = ctx.now;
    const qint64 seq = updateClaim(ctx.db, *claim, ctx.now);
    notify(ctx.db,
        Notification { .unitCode = claim->community,
            .type = decision == u"approve" ? u"claim.approved"_s : u"claim.rejected"_s,
            .title = claim->title,
            .body = comment,
            .refKind = QString::fromUtf16(kClaimKind),
            .refId = claim->id },
        ctx.now);
    return { claim->id, claim->version, seq };
}

// ---- tasks ------------------------------------------------------------------------------

CommandOutcome taskIssue(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"id", u"district", u"title", u"description", u"due_at", u"communities" });
    const QString id = p.uuid(u"id"_s);
    const UnitRecord district = districtFor(ctx, Kind::Task, Action::TaskIssue);
    const QString title = p.text(u"title"_s, 200).trimmed();
    const QString description = p.optionalString(u"description"_s, 4000).value_or(QString());
    const qint64 dueAt = p.time(u"due_at"_s);
    refuseIfPublished(ctx.db, district.code, dueAt, u"payload.due_at"_s);

    // The addressed communities: all of the district's, or the ones listed.
    const QList<UnitRecord> all = communitiesOf(ctx.db, district);
    QList<UnitRecord> addressed;
    bool allCommunities = true;
    if (p.has(u"communities"_s)) {
        const QJsonArray list = p.array(u"communities"_s, 10000);
        QSet<QString> wanted;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = u"payload.communities[%1]"_s.arg(i);
            const QString code = list.at(i).toString();
            const auto found = std::find_if(
                all.cbegin(), all.cend(), [&](const UnitRecord &u) { return u.code == code; });
            if (!list.at(i).isString() || found == all.cend())
                throw ApiError::invalidField(
                    field, u"%1 is not a community of %2"_s.arg(field, district.code));
            wanted.insert(code);
        }
        if (!wanted.isEmpty()) {
            allCommunities = wanted.size() == all.size();
            for (const auto &u : all) {
                if (wanted.contains(u.code))
                    addressed.append(u);
            }
        }
    }
    if (allCommunities)
        addressed = all;
    if (addressed.isEmpty())
        throw ApiError::rule(u"no_communities"_s,
            u"%1 has no communities to report"_s.arg(district.code), u"payload.communities"_s);

    if (auto existing = findTask(ctx.db, id)) {
        // An edit: wording and deadline; the addressed communities stay as issued.
        if (existing->district != district.code)
            throw ApiError::invalidField(
                u"payload.district"_s, u"a task's district cannot change"_s);
        QStringList codes;
        for (const auto &u : addressed)
            codes.append(u.code);
        if (p.has(u"communities"_s) && codes != existing->communities)
            throw ApiError::invalidField(
                u"payload.communities"_s, u"a task's communities cannot change"_s);
        ctx.checkVersion(existing->version, taskJson(*existing));
        refuseIfPublished(ctx.db, district.code, existing->dueAt, u"payload.due_at"_s);
        existing->title = title;
        existing->description = description;
        existing->dueAt = dueAt;
        const qint64 seq = updateTask(ctx.db, *existing, ctx.now);
        return { existing->id, existing->version, seq };
    }
    TaskRecord task;
    task.id = id;
    task.district = district.code;
    task.unitPath = district.path;
    task.title = title;
    task.description = description;
    task.dueAt = dueAt;
    task.allCommunities = allCommunities;
    task.createdBy = ctx.actor().userId;
    task.createdByName = ctx.session.displayName;
    const qint64 seq = insertTask(ctx.db, task, addressed, ctx.now);
    return { task.id, task.version, seq };
}

CommandOutcome taskSubmit(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"task", u"community", u"note", u"links" });
    const QString taskId = p.string(u"task"_s, 64);
    UnitRecord community;
    if (p.has(u"community"_s)) {
        community = visibleUnit(ctx, u"community"_s, Kind::Task);
    } else {
        community = org::requireUnit(ctx.db, ctx.actor().unitCode);
    }
    const auto task = findTask(ctx.db, taskId);
    require(ctx.actor(), Action::TaskSubmit,
        Subject { .kind = Kind::Task, .unitPath = community.path, .unitLevel = community.level });
    // A task the community was not given is one it cannot see.
    auto submission = task ? findSubmission(ctx.db, task->id, community.code) : std::nullopt;
    if (!submission)
        throw ApiError(404, u"not_found"_s, u"no task %1 for %2"_s.arg(taskId, community.code),
            u"payload.task"_s);
    const QString note = p.optionalString(u"note"_s, 4000).value_or(QString());
    const QStringList links = readLinks(p, u"links"_s);
    if (note.trimmed().isEmpty() && links.isEmpty())
        throw ApiError::rule(u"submission_empty"_s,
            u"a submission needs a note or a link to the material"_s, u"payload.note"_s);
    // PRODUCT.md §5: late submissions count against C; they are recorded, never refused.
    // The first submission's time is the one that counts; later ones update the material.
    if (!submission->submittedAt)
        submission->submittedAt = ctx.now;
    submission->status = submissionStatus(submission->dueAt, submission->submittedAt, ctx.now);
    submission->note = note;
    submission->links = links;
    submission->submittedBy = ctx.actor().userId;
    submission->submittedByName = ctx.session.displayName;
    const qint64 seq = writeSubmission(ctx.db, *submission, *task, ctx.now);
    return { submission->id, submission->version, seq };
}

// ---- publishing -------------------------------------------------------------------------

CommandOutcome assessmentPublish(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"district", u"quarter" });
    const UnitRecord district = districtFor(ctx, Kind::Assessment, Action::AssessmentPublish);
    const QString quarter = p.string(u"quarter"_s, 16);
    const auto bounds = quarterBounds(quarter);
    if (!bounds)
        throw ApiError::invalidField(
            u"payload.quarter"_s, u"payload.quarter must be a quarter like 2026Q3"_s);
    if (findAssessment(ctx.db, district.code, quarter))
        throw ApiError(409, u"already_published"_s,
            u"%1 %2 is published already; a published quarter never changes"_s.arg(
                district.name, quarter),
            u"payload.quarter"_s);
    // A quarter is published once it has ended in China time (ASSESSMENT.md §1), so that
    // everything it counts is in.
    if (ctx.now < bounds->second)
        throw ApiError::rule(u"quarter_not_ended"_s,
            u"%1 ends at %2; it can be published after that"_s.arg(
                quarter, isoTime(bounds->second)),
            u"payload.quarter"_s);
    const qint64 seq = publishQuarter(
        ctx.db, district, quarter, ctx.actor().userId, ctx.session.displayName, ctx.now);
    return { assessmentId(district.code, quarter), 1, seq };
}

} // namespace

void registerAssessmentCommands(CommandRegistry &registry)
{
    registry.add(u"rule_set.save"_s, ruleSetSave);
    registry.add(u"rule_set.activate"_s, ruleSetActivate);
    registry.add(u"claim.submit"_s, claimSubmit);
    registry.add(u"claim.review"_s, claimReview);
    registry.add(u"task.issue"_s, taskIssue);
    registry.add(u"task.submit"_s, taskSubmit);
    registry.add(u"assessment.publish"_s, assessmentPublish);
}

} // namespace civic::server::assessment
