// The notices feature (信息发布) in the client cache: its tables, kinds and optimistic commands.
//
// Every command the notices page issues is applied here first, with the same domain rules the
// server applies (models/domain/noticeworkflow.h, noticechecks.h), so the queues change at
// once and everything works offline; the server decides again when the outbox is pushed, and a
// refusal rolls the change back (CommandQueue). Records an op creates get the ids the server
// gives them: a submission's revision and a decision's review are the op's op_id.

#include "cacheschema.h"
#include "domain/chinatime.h"
#include "domain/noticechecks.h"
#include "domain/noticeworkflow.h"
#include "domain/org.h"
#include "domain/permissions.h"
#include "domain/sensitivewords.h"
#include "recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::store {

namespace {

const QString kNotice = u"notice"_s;
const QString kRevision = u"notice_revision"_s;
const QString kReview = u"review"_s;
const QString kChainConfig = u"review_chain_config"_s;
const QString kSensitiveWords = u"sensitive_words"_s;

// The server's limits (server/notices.cpp), so a change it would refuse is refused here.
constexpr int kMaxCategory = 32;
constexpr int kMaxTitle = 200;
constexpr int kMaxBody = 200000;
constexpr int kMaxComment = 2000;
constexpr int kMaxWords = 5000;
constexpr int kMaxWordLength = 50;
constexpr int kMaxCategories = 50;

LocalResult refuse(const QString &code, const QString &message)
{
    return LocalResult::refused(code, message);
}

LocalResult refuse(const NoticeError &error)
{
    return LocalResult::refused(error.code, error.message);
}

std::optional<qint64> optionalTime(const QJsonValue &value)
{
    return value.isString() ? parseIsoTime(value.toString()) : std::nullopt;
}

QJsonValue timeOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString lastCode(const QString &path)
{
    const QStringList codes = pathCodes(path);
    return codes.isEmpty() ? QString() : codes.constLast();
}

struct UnitInfo
{
    QString code;
    QString path;
    Level level = Level::Community;
    QString district;
};

std::optional<UnitInfo> unitInfo(RecordStore &records, const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    const auto unit = records.get(u"org_unit"_s, code);
    if (!unit)
        return std::nullopt;
    const auto level = levelFromName(unit->data.value(u"level"_s).toString());
    if (!level)
        return std::nullopt;
    return UnitInfo { code, unit->data.value(u"path"_s).toString(), *level,
        unit->data.value(u"district"_s).toString() };
}

// The cached notice record as the workflow sees it (reviews are separate records and play no
// part in the decisions the client makes).
Notice noticeFromData(const QJsonObject &d, const UnitInfo &unit)
{
    Notice n;
    n.id = d.value(u"id"_s).toString();
    n.unitPath = unit.path;
    n.unitLevel = unit.level;
    n.authorId = d.value(u"author"_s).toString();
    n.content.category = d.value(u"category"_s).toString();
    n.content.title = d.value(u"title"_s).toString();
    n.content.bodyHtml = d.value(u"body_html"_s).toString();
    n.content.scheduledAt = optionalTime(d.value(u"scheduled_at"_s));
    n.corrects = d.value(u"corrects"_s).toString();
    n.state = noticeStateFromName(d.value(u"state"_s).toString()).value_or(NoticeState::Draft);
    n.chain = reviewChainFromJson(d.value(u"chain"_s).toArray()).value_or(ReviewChain());
    n.step = d.value(u"step"_s).toInt();
    n.stepStartedAt = optionalTime(d.value(u"step_started_at"_s)).value_or(0);
    n.revision = d.value(u"revision"_s).toInt();
    n.publishRequested = d.value(u"publish_requested"_s).toBool();
    n.publishedAt = optionalTime(d.value(u"published_at"_s));
    return n;
}

// The record's data after a transition, in the server's shape (noticestore.cpp noticeJson).
QJsonObject noticeData(QJsonObject d, const Notice &n, qint64 version, qint64 now)
{
    const auto step = currentStep(n);
    d.insert(u"id"_s, n.id);
    d.insert(u"author"_s, n.authorId);
    d.insert(u"category"_s, n.content.category);
    d.insert(u"title"_s, n.content.title);
    d.insert(u"body_html"_s, n.content.bodyHtml);
    d.insert(u"scheduled_at"_s, timeOrNull(n.content.scheduledAt));
    d.insert(u"state"_s, noticeStateName(n.state));
    d.insert(u"chain"_s, reviewChainToJson(n.chain));
    d.insert(u"step"_s, n.step);
    d.insert(
        u"step_role"_s, step ? QJsonValue(roleName(step->role)) : QJsonValue(QJsonValue::Null));
    d.insert(u"reviewing_unit"_s, textOrNull(lastCode(currentReviewingUnitPath(n))));
    d.insert(u"step_started_at"_s,
        step ? QJsonValue(isoTime(n.stepStartedAt)) : QJsonValue(QJsonValue::Null));
    d.insert(u"step_due_at"_s, timeOrNull(stepDueAt(n)));
    d.insert(u"revision"_s, n.revision);
    d.insert(u"corrects"_s, textOrNull(n.corrects));
    d.insert(u"published_at"_s, timeOrNull(n.publishedAt));
    d.insert(u"publish_requested"_s, n.publishRequested);
    d.insert(u"version"_s, version);
    d.insert(u"updated_at"_s, isoTime(now));
    return d;
}

// How the server names the user on the records it writes (author_name, reviewer_name).
QString displayName(RecordStore &records, const QString &userId)
{
    if (const auto user = records.get(u"user"_s, userId)) {
        const QString name = user->data.value(u"display_name"_s).toString();
        return name.isEmpty() ? user->data.value(u"username"_s).toString() : name;
    }
    return {};
}

struct LoadedNotice
{
    Record record;
    UnitInfo unit;
    Notice notice;
};

// The notice named by the payload's `notice` (or `id`) field, or why not: 404 for an unknown
// notice and for one the user may not see, exactly as the server answers.
std::optional<LoadedNotice> loadNotice(LocalContext &ctx, const QString &id, LocalResult *refusal)
{
    const auto record = ctx.records.get(kNotice, id);
    const auto unit
        = record ? unitInfo(ctx.records, record->data.value(u"unit"_s).toString()) : std::nullopt;
    if (!record || !unit) {
        *refusal = refuse(u"not_found"_s, u"not found"_s);
        return std::nullopt;
    }
    LoadedNotice loaded { *record, *unit, noticeFromData(record->data, *unit) };
    if (!mayRead(ctx.actor, noticeSubject(loaded.notice))) {
        *refusal = refuse(u"not_found"_s, u"not found"_s);
        return std::nullopt;
    }
    return loaded;
}

bool allowed(const LocalContext &ctx, Action action, const Notice &notice)
{
    return permit(ctx.actor, action, noticeSubject(notice)) == Verdict::Allowed;
}

LocalResult written(LocalContext &ctx, const LoadedNotice &loaded, const Notice &changed)
{
    const qint64 version = loaded.record.version + 1;
    const QJsonObject data = noticeData(loaded.record.data, changed, version, ctx.now);
    if (!ctx.records.putLocal(kNotice, changed.id, version, data))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return LocalResult { kNotice, changed.id, changed.content.title, {}, {} };
}

// The server's base_version check (CommandContext::checkVersion): a stale edit is a conflict.
std::optional<LocalResult> staleVersion(const LocalContext &ctx, qint64 current)
{
    if (ctx.baseVersion && *ctx.baseVersion != current)
        return refuse(u"conflict"_s, u"changed since version %1"_s.arg(*ctx.baseVersion));
    return std::nullopt;
}

// notice.save's content fields, checked as the server reads them.
std::optional<NoticeContent> readContent(const QJsonObject &p, LocalResult *refusal)
{
    const auto field = [&](const QString &key, int max, QString *out) {
        const QJsonValue v = p.value(key);
        if (!v.isString() || v.toString().size() > max) {
            *refusal = refuse(u"invalid_field"_s,
                u"payload.%1 must be a text of at most %2 characters"_s.arg(key).arg(max));
            return false;
        }
        *out = v.toString();
        return true;
    };
    NoticeContent content;
    if (!field(u"category"_s, kMaxCategory, &content.category)
        || !field(u"title"_s, kMaxTitle, &content.title)
        || !field(u"body_html"_s, kMaxBody, &content.bodyHtml))
        return std::nullopt;
    // Trimmed as on the server: the category chooses the review chain.
    content.category = content.category.trimmed();
    const QJsonValue scheduled = p.value(u"scheduled_at"_s);
    if (!scheduled.isUndefined() && !scheduled.isNull()) {
        content.scheduledAt = optionalTime(scheduled);
        if (!content.scheduledAt) {
            *refusal = refuse(u"invalid_field"_s,
                u"payload.scheduled_at must be an ISO 8601 date-time with offset"_s);
            return std::nullopt;
        }
    }
    return content;
}

bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull() && s.size() == 36;
}

LocalResult noticeSave(LocalContext &ctx)
{
    const QJsonObject &p = ctx.payload;
    const QString id = p.value(u"id"_s).toString().toLower();
    const QString unitCode = p.value(u"unit"_s).toString();
    if (!isUuid(id))
        return refuse(u"invalid_field"_s, u"payload.id must be a UUID"_s);
    LocalResult refusal;
    const auto content = readContent(p, &refusal);
    if (!content)
        return refusal;
    const QString corrects = p.value(u"corrects"_s).toString().toLower();

    const auto existing = ctx.records.get(kNotice, id);
    if (!existing) {
        if (ctx.baseVersion)
            return refuse(u"not_found"_s, u"not found"_s);
        const auto unit = unitInfo(ctx.records, unitCode);
        if (!unit || !pathWithin(unit->path, ctx.actor.unitPath))
            return refuse(u"not_found"_s, u"no unit with code %1"_s.arg(unitCode));
        Notice notice;
        if (!corrects.isEmpty()) {
            // PRODUCT.md §3: a correction (更正) is a new notice linked to the published one.
            const auto original = loadNotice(ctx, corrects, &refusal);
            if (!original)
                return refusal;
            if (original->unit.code != unitCode)
                return refuse(u"invalid_field"_s,
                    u"a correction belongs to the unit of the notice it corrects"_s);
            const NoticeResult result = createCorrection(original->notice, id, ctx.actor.userId);
            if (!result.ok())
                return refuse(*result.error);
            notice = result.notice;
            notice.content = *content;
        } else {
            notice = newNotice(id, unit->path, unit->level, ctx.actor.userId, *content);
        }
        if (!allowed(ctx, Action::NoticeSave, notice))
            return refuse(u"forbidden"_s, u"not allowed"_s);
        QJsonObject data { { u"unit"_s, unit->code },
            { u"author_name"_s, displayName(ctx.records, ctx.actor.userId) }, { u"reads"_s, 0 },
            { u"monthly_reads"_s, QJsonObject() }, { u"created_at"_s, isoTime(ctx.now) } };
        data = noticeData(data, notice, 1, ctx.now);
        if (!ctx.records.putLocal(kNotice, id, 1, data))
            return refuse(u"cache_write"_s, ctx.records.lastError());
        return LocalResult { kNotice, id, content->title, {}, {} };
    }

    const auto loaded = loadNotice(ctx, id, &refusal);
    if (!loaded)
        return refusal;
    if (!allowed(ctx, Action::NoticeSave, loaded->notice))
        return refuse(u"forbidden"_s, u"not allowed"_s);
    if (unitCode != loaded->unit.code)
        return refuse(u"invalid_field"_s, u"a notice stays with the unit it was written for"_s);
    if (p.contains(u"corrects"_s) && corrects != loaded->notice.corrects)
        return refuse(u"invalid_field"_s, u"the corrected notice is fixed at creation"_s);
    const NoticeResult result = saveNotice(loaded->notice, ctx.actor.userId, *content);
    if (!result.ok())
        return refuse(*result.error);
    if (!ctx.baseVersion)
        return refuse(u"invalid_field"_s, u"base_version is required to edit a notice"_s);
    if (auto stale = staleVersion(ctx, loaded->record.version))
        return *stale;
    return written(ctx, *loaded, result.notice);
}

// The district settings the notice's unit holds a copy of (docs/api.md §Notices: the record
// whose id is the notice's unit), or nullopt for a district without settings.
std::optional<QJsonObject> settingsCopy(
    RecordStore &records, const QString &kind, const QString &unitCode)
{
    const auto copy = records.get(kind, unitCode);
    if (!copy)
        return std::nullopt;
    return copy->data;
}

ReviewChain chainFor(RecordStore &records, const LoadedNotice &loaded)
{
    ReviewChainConfig config;
    if (const auto copy = settingsCopy(records, kChainConfig, loaded.unit.code)) {
        if (const auto parsed = reviewChainConfigFromJson(copy->value(u"config"_s).toObject()))
            config = *parsed;
    }
    return resolveReviewChain(config, loaded.unit.level, loaded.notice.content.category);
}

SensitiveWordList wordsFor(RecordStore &records, const QString &unitCode)
{
    QStringList words;
    if (const auto copy = settingsCopy(records, kSensitiveWords, unitCode)) {
        for (const auto &w : copy->value(u"words"_s).toArray())
            words.append(w.toString());
    }
    return SensitiveWordList(words);
}

// The server's own run of the checks before submission (notices.cpp checkSubmission):
// every sensitive word first, then links and the schedule.
std::optional<LocalResult> checkSubmission(
    RecordStore &records, const LoadedNotice &loaded, const Notice &notice, qint64 now)
{
    const auto issues
        = checkNoticeForSubmission(notice.content, wordsFor(records, loaded.unit.code), now);
    QStringList hits;
    for (const auto &issue : issues) {
        if (issue.code != u"sensitive_word")
            continue;
        const QString named = u"\"%1\" (%2)"_s.arg(issue.detail, issue.field);
        if (!hits.contains(named))
            hits.append(named);
    }
    if (!hits.isEmpty())
        return refuse(u"sensitive_word"_s,
            u"the notice contains sensitive words of its district: %1"_s.arg(hits.join(u", ")));
    for (const auto &issue : issues) {
        if (issue.code == u"required")
            continue;
        const QString detail = issue.detail.isEmpty() ? QString() : u": %1"_s.arg(issue.detail);
        return refuse(issue.code, issue.message + detail);
    }
    return std::nullopt;
}

LocalResult noticeSubmit(LocalContext &ctx)
{
    LocalResult refusal;
    const auto loaded
        = loadNotice(ctx, ctx.payload.value(u"notice"_s).toString().toLower(), &refusal);
    if (!loaded)
        return refusal;
    if (!allowed(ctx, Action::NoticeSubmit, loaded->notice))
        return refuse(u"forbidden"_s, u"not allowed"_s);
    // PRODUCT.md §3: the chain in force is frozen on the notice at submission.
    const ReviewChain chain = chainFor(ctx.records, *loaded);
    const NoticeResult result = submitNotice(loaded->notice, ctx.actor.userId, chain, ctx.now);
    if (!result.ok())
        return refuse(*result.error);
    if (auto refused = checkSubmission(ctx.records, *loaded, result.notice, ctx.now))
        return *refused;
    if (auto stale = staleVersion(ctx, loaded->record.version))
        return *stale;
    // Each submission stores an immutable revision, whose id is the op's.
    const Notice &n = result.notice;
    const QJsonObject revision { { u"id"_s, ctx.opId }, { u"notice"_s, n.id },
        { u"revision"_s, n.revision }, { u"category"_s, n.content.category },
        { u"title"_s, n.content.title }, { u"body_html"_s, n.content.bodyHtml },
        { u"scheduled_at"_s, timeOrNull(n.content.scheduledAt) },
        { u"chain"_s, reviewChainToJson(n.chain) }, { u"submitted_at"_s, isoTime(ctx.now) },
        { u"author"_s, n.authorId },
        { u"author_name"_s, loaded->record.data.value(u"author_name"_s).toString() } };
    if (!ctx.records.putLocal(kRevision, ctx.opId, 1, revision))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return written(ctx, *loaded, n);
}

// The decision's review record, as the server writes it (reviewJson).
bool putReview(LocalContext &ctx, const Notice &decided)
{
    const NoticeReview &r = decided.reviews.constLast();
    const QJsonObject review { { u"id"_s, ctx.opId }, { u"notice"_s, decided.id },
        { u"revision"_s, r.revision }, { u"step"_s, r.step }, { u"reviewer"_s, r.reviewerId },
        { u"reviewer_name"_s, displayName(ctx.records, ctx.actor.userId) },
        { u"reviewer_role"_s, roleName(r.reviewerRole) },
        { u"reviewer_unit"_s, ctx.actor.unitCode }, { u"approved"_s, r.approved },
        { u"quality"_s, r.approved ? QJsonValue(r.quality) : QJsonValue(QJsonValue::Null) },
        { u"comment"_s, r.comment }, { u"at"_s, isoTime(r.at) } };
    return ctx.records.putLocal(kReview, ctx.opId, 1, review);
}

// notice.approve and notice.reject answer as the server does: 404 out of sight, then the
// workflow's rule (self_approval, not_reviewer, step_skipped …), then the permission.
LocalResult noticeDecide(LocalContext &ctx, bool approve)
{
    const QJsonObject &p = ctx.payload;
    LocalResult refusal;
    const QJsonValue commentValue = p.value(u"comment"_s);
    if (!approve && !commentValue.isString())
        return refuse(u"invalid_field"_s, u"payload.comment is required"_s);
    if (!commentValue.isUndefined() && !commentValue.isNull()
        && (!commentValue.isString() || commentValue.toString().size() > kMaxComment))
        return refuse(u"invalid_field"_s,
            u"payload.comment must be a text of at most %1 characters"_s.arg(kMaxComment));
    const QString comment = commentValue.toString();
    std::optional<int> quality;
    const QJsonValue q = p.value(u"quality"_s);
    if (approve && !q.isUndefined() && !q.isNull()) {
        const double v = q.toDouble(-1);
        if (!q.isDouble() || v != double(int(v)) || v < 1 || v > 5)
            return refuse(u"invalid_field"_s, u"payload.quality must be an integer from 1 to 5"_s);
        quality = int(v);
    }
    const auto loaded = loadNotice(ctx, p.value(u"notice"_s).toString().toLower(), &refusal);
    if (!loaded)
        return refusal;
    const NoticeResult result = approve
        ? approveNotice(loaded->notice, ctx.actor, quality, comment, ctx.now)
        : rejectNotice(loaded->notice, ctx.actor, comment, ctx.now);
    if (!result.ok())
        return refuse(*result.error);
    if (!allowed(ctx, approve ? Action::NoticeApprove : Action::NoticeReject, loaded->notice))
        return refuse(u"forbidden"_s, u"not allowed"_s);
    if (auto stale = staleVersion(ctx, loaded->record.version))
        return *stale;
    if (!putReview(ctx, result.notice))
        return refuse(u"cache_write"_s, ctx.records.lastError());
    return written(ctx, *loaded, result.notice);
}

LocalResult noticeApprove(LocalContext &ctx)
{
    return noticeDecide(ctx, true);
}

LocalResult noticeReject(LocalContext &ctx)
{
    return noticeDecide(ctx, false);
}

LocalResult noticePublish(LocalContext &ctx)
{
    LocalResult refusal;
    const auto loaded
        = loadNotice(ctx, ctx.payload.value(u"notice"_s).toString().toLower(), &refusal);
    if (!loaded)
        return refusal;
    if (!allowed(ctx, Action::NoticePublish, loaded->notice))
        return refuse(u"forbidden"_s, u"not allowed"_s);
    // A notice scheduled for later stays approved, marked as requested (publishNotice).
    const NoticeResult result = publishNotice(loaded->notice, ctx.now);
    if (!result.ok())
        return refuse(*result.error);
    if (auto stale = staleVersion(ctx, loaded->record.version))
        return *stale;
    return written(ctx, *loaded, result.notice);
}

LocalResult noticeWithdraw(LocalContext &ctx)
{
    LocalResult refusal;
    const auto loaded
        = loadNotice(ctx, ctx.payload.value(u"notice"_s).toString().toLower(), &refusal);
    if (!loaded)
        return refusal;
    if (!allowed(ctx, Action::NoticeWithdraw, loaded->notice))
        return refuse(u"forbidden"_s, u"not allowed"_s);
    const NoticeResult result = withdrawNotice(loaded->notice, ctx.actor.userId);
    if (!result.ok())
        return refuse(*result.error);
    if (auto stale = staleVersion(ctx, loaded->record.version))
        return *stale;
    return written(ctx, *loaded, result.notice);
}

// The district a settings command names, checked like the server's settingsDistrict(): 404
// outside the user's subtree, invalid_field for a unit that is not a district, 403 for
// accounts that may look but not edit.
std::optional<UnitInfo> settingsDistrict(LocalContext &ctx, LocalResult *refusal)
{
    const auto unit = unitInfo(ctx.records, ctx.payload.value(u"district"_s).toString());
    if (!unit) {
        *refusal = refuse(u"not_found"_s, u"not found"_s);
        return std::nullopt;
    }
    Subject subject;
    subject.kind = Kind::Settings;
    subject.unitPath = unit->path;
    subject.unitLevel = unit->level;
    if (!mayRead(ctx.actor, subject)) {
        *refusal = refuse(u"not_found"_s, u"not found"_s);
        return std::nullopt;
    }
    if (unit->level != Level::District) {
        *refusal = refuse(u"invalid_field"_s, u"%1 is not a district"_s.arg(unit->code));
        return std::nullopt;
    }
    if (permit(ctx.actor, Action::DistrictSettingsEdit, subject) != Verdict::Allowed) {
        *refusal = refuse(u"forbidden"_s, u"not allowed"_s);
        return std::nullopt;
    }
    return unit;
}

// Writes the district's settings into the copy every residential unit of the district holds,
// as the server records them (noticestore.cpp recordCopies), at the configuration's next version.
LocalResult writeCopies(LocalContext &ctx, const QString &kind, const UnitInfo &district,
    const QString &key, const QJsonValue &value)
{
    const qint64 current = [&] {
        const auto own = ctx.records.get(kind, district.code);
        return own ? own->version : 0;
    }();
    if (auto stale = staleVersion(ctx, current))
        return *stale;
    const qint64 version = current + 1;
    QStringList units;
    {
        QSqlQuery q(ctx.records.database());
        q.prepare(u"SELECT id FROM org_unit WHERE district = ? AND level IN ('district', 'street', "
                  u"'community', 'grid')"
                  u" ORDER BY path"_s);
        q.addBindValue(district.code);
        if (!q.exec())
            return refuse(u"cache_write"_s, u"the org tree cannot be read"_s);
        while (q.next())
            units.append(q.value(0).toString());
    }
    if (!units.contains(district.code))
        units.prepend(district.code);
    for (const auto &code : std::as_const(units)) {
        const QJsonObject data { { u"district"_s, district.code }, { u"unit"_s, code },
            { u"version"_s, version }, { u"updated_at"_s, isoTime(ctx.now) }, { key, value } };
        if (!ctx.records.putLocal(kind, code, version, data))
            return refuse(u"cache_write"_s, ctx.records.lastError());
    }
    return LocalResult { kind, district.code, district.code, {}, {} };
}

LocalResult chainConfigUpdate(LocalContext &ctx)
{
    LocalResult refusal;
    const auto district = settingsDistrict(ctx, &refusal);
    if (!district)
        return refusal;
    const QJsonValue json = ctx.payload.value(u"config"_s);
    const auto config = json.isObject() ? reviewChainConfigFromJson(json.toObject()) : std::nullopt;
    if (!config)
        return refuse(u"invalid_field"_s,
            u"config must be {\"default\": [steps], \"categories\": {name: [steps]}}"_s);
    if (config->byCategory.size() > kMaxCategories)
        return refuse(u"invalid_field"_s, u"at most %1 categories"_s.arg(kMaxCategories));
    for (auto it = config->byCategory.cbegin(); it != config->byCategory.cend(); ++it) {
        if (it.key().trimmed() != it.key() || it.key().isEmpty() || it.key().size() > kMaxCategory)
            return refuse(u"invalid_field"_s,
                u"category names are 1 to %1 characters without surrounding spaces"_s.arg(
                    kMaxCategory));
    }
    if (const auto errors = validateReviewChainConfig(*config); !errors.isEmpty())
        return refuse(errors.constFirst());
    return writeCopies(ctx, kChainConfig, *district, u"config"_s, reviewChainConfigToJson(*config));
}

LocalResult sensitiveWordsUpdate(LocalContext &ctx)
{
    LocalResult refusal;
    const auto district = settingsDistrict(ctx, &refusal);
    if (!district)
        return refusal;
    const QJsonValue value = ctx.payload.value(u"words"_s);
    if (!value.isArray() || value.toArray().size() > kMaxWords)
        return refuse(u"invalid_field"_s,
            u"payload.words must be a list of at most %1 words"_s.arg(kMaxWords));
    QStringList words;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().size() > kMaxWordLength)
            return refuse(u"invalid_field"_s,
                u"payload.words[%1] must be a word of at most %2 characters"_s.arg(i).arg(
                    kMaxWordLength));
        words.append(array.at(i).toString());
    }
    // Trimmed, blanks and repeats dropped, as the server stores them.
    const SensitiveWordList list(words);
    return writeCopies(
        ctx, kSensitiveWords, *district, u"words"_s, QJsonArray::fromStringList(list.words()));
}

} // namespace

CacheFeature noticesCacheFeature()
{
    CacheFeature f;
    f.name = u"notices"_s;
    f.migrations = {
        { 3,
            {
                // The queues (待我审核, 我的草稿, 审核中, 已发布) filter on these columns; the full
                // record stays in `data`.
                u"CREATE TABLE notice (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT "
                u"NOT NULL,"
                u" unit TEXT, unit_path TEXT, author TEXT, state TEXT, category TEXT, title TEXT,"
                u" step INTEGER, step_role TEXT, reviewing_unit TEXT, step_due_at INTEGER, "
                u"revision INTEGER,"
                u" corrects TEXT, published_at INTEGER, reads INTEGER, created_at INTEGER, updated_at INTEGER)"_s,
                u"CREATE INDEX notice_unit_state ON notice(unit_path, state, updated_at)"_s,
                u"CREATE INDEX notice_state_published ON notice(state, published_at)"_s,
                u"CREATE INDEX notice_author ON notice(author, state, updated_at)"_s,
                u"CREATE INDEX notice_review_step ON notice(state, step_role, unit_path)"_s,
                u"CREATE INDEX notice_corrects ON notice(corrects)"_s,
                u"CREATE TABLE notice_revision (id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                u"data TEXT NOT NULL,"
                u" notice TEXT, revision INTEGER, submitted_at INTEGER)"_s,
                u"CREATE INDEX notice_revision_notice ON notice_revision(notice, revision)"_s,
                u"CREATE TABLE notice_review (id TEXT PRIMARY KEY, version INTEGER NOT NULL, data "
                u"TEXT NOT NULL,"
                u" notice TEXT, revision INTEGER, step INTEGER, approved INTEGER, at INTEGER)"_s,
                u"CREATE INDEX notice_review_notice ON notice_review(notice, at)"_s,
                // A copy of the district's settings per unit of the district (docs/api.md
                // §Notices).
                u"CREATE TABLE notice_chain_config (id TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                u"data TEXT NOT NULL,"
                u" district TEXT)"_s,
                u"CREATE INDEX notice_chain_config_district ON notice_chain_config(district)"_s,
                u"CREATE TABLE notice_sensitive_words (id TEXT PRIMARY KEY, version INTEGER NOT "
                u"NULL,"
                u" data TEXT NOT NULL, district TEXT)"_s,
                u"CREATE INDEX notice_sensitive_words_district ON notice_sensitive_words(district)"_s,
            } },
    };
    using T = KindColumn::Type;
    f.kinds = {
        { kNotice, u"notice"_s,
            { { u"unit"_s, u"unit"_s, T::Text }, { u"unit_path"_s, u"unit"_s, T::UnitPath },
                { u"author"_s, u"author"_s, T::Text }, { u"state"_s, u"state"_s, T::Text },
                { u"category"_s, u"category"_s, T::Text }, { u"title"_s, u"title"_s, T::Text },
                { u"step"_s, u"step"_s, T::Integer }, { u"step_role"_s, u"step_role"_s, T::Text },
                { u"reviewing_unit"_s, u"reviewing_unit"_s, T::Text },
                { u"step_due_at"_s, u"step_due_at"_s, T::Time },
                { u"revision"_s, u"revision"_s, T::Integer },
                { u"corrects"_s, u"corrects"_s, T::Text },
                { u"published_at"_s, u"published_at"_s, T::Time },
                { u"reads"_s, u"reads"_s, T::Integer },
                { u"created_at"_s, u"created_at"_s, T::Time },
                { u"updated_at"_s, u"updated_at"_s, T::Time } } },
        { kRevision, u"notice_revision"_s,
            { { u"notice"_s, u"notice"_s, T::Text }, { u"revision"_s, u"revision"_s, T::Integer },
                { u"submitted_at"_s, u"submitted_at"_s, T::Time } } },
        { kReview, u"notice_review"_s,
            { { u"notice"_s, u"notice"_s, T::Text }, { u"revision"_s, u"revision"_s, T::Integer },
                { u"step"_s, u"step"_s, T::Integer }, { u"approved"_s, u"approved"_s, T::Integer },
                { u"at"_s, u"at"_s, T::Time } } },
        { kChainConfig, u"notice_chain_config"_s, { { u"district"_s, u"district"_s, T::Text } } },
        { kSensitiveWords, u"notice_sensitive_words"_s,
            { { u"district"_s, u"district"_s, T::Text } } },
    };
    f.appliers = {
        { u"notice.save"_s, noticeSave },
        { u"notice.submit"_s, noticeSubmit },
        { u"notice.approve"_s, noticeApprove },
        { u"notice.reject"_s, noticeReject },
        { u"notice.publish"_s, noticePublish },
        { u"notice.withdraw"_s, noticeWithdraw },
        { u"review_chain_config.update"_s, chainConfigUpdate },
        { u"sensitive_words.update"_s, sensitiveWordsUpdate },
    };
    return f;
}

} // namespace civic::store
