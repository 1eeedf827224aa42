// The notices feature (信息发布) on the server: its schema, commands, routes, demo data and jobs.

#include "notices.h"

#include "changelog.h"
#include "commands.h"
#include "domain/noticechecks.h"
#include "feature.h"
#include "intake.h"
#include "orgstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace notices {

namespace {

constexpr int kMaxCategory = 32;
constexpr int kMaxTitle = 200;
constexpr int kMaxBody = 200000;
constexpr int kMaxComment = 2000;
constexpr int kMaxWords = 5000;
constexpr int kMaxWordLength = 50;
constexpr int kMaxCategories = 50;

// A workflow rule's refusal as an API error (`rejected` in a push). `prefix` turns the
// domain's field into the payload's ("quality" → "payload.quality") where the payload holds it.
ApiError ruleError(const NoticeError &error, const QString &prefix = {})
{
    const QString field
        = error.field.isEmpty() || prefix.isEmpty() ? error.field : prefix + error.field;
    return ApiError::rule(error.code, error.message, field);
}

NoticeRecord checked(
    const NoticeResult &result, const NoticeRecord &record, const QString &prefix = {})
{
    if (!result.ok())
        throw ruleError(*result.error, prefix);
    NoticeRecord changed = record;
    changed.notice = result.notice;
    return changed;
}

QString codeOf(const QString &path)
{
    const QStringList codes = pathCodes(path);
    return codes.isEmpty() ? QString() : codes.constLast();
}

CommandOutcome outcome(Db &db, const NoticeRecord &record)
{
    return { record.notice.id, record.version, currentSeq(db) };
}

// The reviewing unit of the step the notice now waits at hears of it.
void notifyReviewers(Db &db, const NoticeRecord &record, qint64 now)
{
    const QString unit = codeOf(currentReviewingUnitPath(record.notice));
    if (unit.isEmpty())
        return;
    notify(db,
        Notification { .unitCode = unit,
            .userId = {},
            .type = u"notice.review_requested"_s,
            .title = u"待审核：%1"_s.arg(record.notice.content.title),
            .body = u"第%1步（共%2步）"_s.arg(record.notice.step).arg(record.notice.chain.size()),
            .refKind = QString::fromUtf16(kNoticeKind),
            .refId = record.notice.id },
        now);
}

void notifyUser(Db &db, const QString &userId, const QString &type, const QString &title,
    const QString &body, const NoticeRecord &record, qint64 now)
{
    const auto user = org::findUser(db, userId);
    if (!user)
        return;
    notify(db,
        Notification { .unitCode = user->unit,
            .userId = user->id,
            .type = type,
            .title = title,
            .body = body,
            .refKind = QString::fromUtf16(kNoticeKind),
            .refId = record.notice.id },
        now);
}

NoticeContent readContent(const JsonFields &p)
{
    NoticeContent content;
    // Trimmed: the category chooses the review chain (PRODUCT.md §3, e.g. 政策解读), so
    // " 政策解读" must not pass as another category.
    content.category = p.string(u"category"_s, kMaxCategory).trimmed();
    content.title = p.string(u"title"_s, kMaxTitle);
    content.bodyHtml = p.string(u"body_html"_s, kMaxBody);
    content.scheduledAt = p.optionalTime(u"scheduled_at"_s);
    return content;
}

CommandOutcome createNotice(CommandContext &ctx, const QString &id, const QString &unitCode,
    const NoticeContent &content, const std::optional<QString> &corrects)
{
    if (ctx.baseVersion) // an edit of a notice the server does not have (or the caller cannot see)
        throw ApiError::notFound();
    const Actor &actor = ctx.actor();
    const auto unit = org::findUnit(ctx.db, unitCode);
    // A unit outside the caller's subtree is answered exactly like an unknown one.
    if (!unit || !pathWithin(unit->path, actor.unitPath))
        throw ApiError(
            404, u"not_found"_s, u"no unit with code %1"_s.arg(unitCode), u"payload.unit"_s);

    NoticeRecord record;
    if (corrects) {
        // PRODUCT.md §3: a correction (更正) is a new notice linked to the published one.
        const NoticeRecord original = requireNotice(ctx.db, *corrects);
        require(actor, Action::Read, noticeSubject(original.notice));
        if (original.unitCode != unitCode)
            throw ApiError::invalidField(
                u"payload.unit"_s, u"a correction belongs to the unit of the notice it corrects"_s);
        const NoticeResult result = createCorrection(original.notice, id, actor.userId);
        if (!result.ok())
            throw ApiError::rule(result.error->code, result.error->message, u"payload.corrects"_s);
        record.notice = result.notice;
        record.notice.content = content;
    } else {
        record.notice = newNotice(id, unit->path, unit->level, actor.userId, content);
    }
    record.unitCode = unit->code;
    record.district = unit->district;
    record.authorName
        = ctx.session.displayName.isEmpty() ? ctx.session.username : ctx.session.displayName;
    require(actor, Action::NoticeSave, noticeSubject(record.notice));
    insertNotice(ctx.db, record, ctx.now);
    return outcome(ctx.db, record);
}

// notice.save: create a draft, or edit a draft, rejected or withdrawn notice (base_version
// required for edits).
CommandOutcome noticeSave(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"id", u"unit", u"category", u"title", u"body_html", u"scheduled_at", u"corrects" });
    const QString id = p.uuid(u"id"_s);
    const QString unitCode = p.string(u"unit"_s, 32);
    const NoticeContent content = readContent(p);
    std::optional<QString> corrects;
    if (p.has(u"corrects"))
        corrects = p.uuid(u"corrects"_s);

    const auto existing = findNotice(ctx.db, id);
    if (!existing)
        return createNotice(ctx, id, unitCode, content, corrects);

    require(ctx.actor(), Action::NoticeSave, noticeSubject(existing->notice));
    if (unitCode != existing->unitCode)
        throw ApiError::invalidField(
            u"payload.unit"_s, u"a notice stays with the unit it was written for"_s);
    if (corrects && *corrects != existing->notice.corrects)
        throw ApiError::invalidField(
            u"payload.corrects"_s, u"the corrected notice is fixed at creation"_s);
    NoticeRecord record
        = checked(saveNotice(existing->notice, ctx.actor().userId, content), *existing);
    if (!ctx.baseVersion)
        throw ApiError::invalidField(
            u"base_version"_s, u"base_version is required to edit a notice"_s);
    ctx.checkVersion(existing->version, noticeJson(*existing));
    updateNotice(ctx.db, record, ctx.now);
    return outcome(ctx.db, record);
}

QString noticeId(const JsonFields &p)
{
    return p.uuid(u"notice"_s);
}

// The server's own run of the checks the client makes before submission (PRODUCT.md §3,
// seed 001: 把好文字关、时间关、政策关): the district's sensitive words, links, schedule.
void checkSubmission(Db &db, const NoticeRecord &record, qint64 now)
{
    const auto issues = checkNoticeForSubmission(
        record.notice.content, sensitiveWordsOf(db, record.district).words, now);
    QStringList hits;
    QString hitField;
    for (const auto &issue : issues) {
        if (issue.code != u"sensitive_word")
            continue;
        const QString named = u"\"%1\" (%2)"_s.arg(issue.detail, issue.field);
        if (!hits.contains(named))
            hits.append(named);
        if (hitField.isEmpty())
            hitField = issue.field;
    }
    if (!hits.isEmpty())
        throw ApiError::rule(u"sensitive_word"_s,
            u"the notice contains sensitive words of its district: %1"_s.arg(hits.join(u", ")),
            hitField);
    for (const auto &issue : issues) {
        if (issue.code == u"required")
            continue; // submitNotice refuses these with its own codes
        const QString detail = issue.detail.isEmpty() ? QString() : u": %1"_s.arg(issue.detail);
        throw ApiError::rule(issue.code, issue.message + detail, issue.field);
    }
}

CommandOutcome noticeSubmit(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"notice" });
    const NoticeRecord existing = requireNotice(ctx.db, noticeId(p));
    require(ctx.actor(), Action::NoticeSubmit, noticeSubject(existing.notice));
    // PRODUCT.md §3: the chain in force is frozen on the notice at submission.
    const ReviewChain chain = chainFor(ctx.db, existing);
    NoticeRecord record
        = checked(submitNotice(existing.notice, ctx.actor().userId, chain, ctx.now), existing);
    checkSubmission(ctx.db, record, ctx.now);
    ctx.checkVersion(existing.version, noticeJson(existing));
    record.overdueNotified = false;
    RevisionRecord revision { .id = ctx.opId,
        .noticeId = record.notice.id,
        .revision = record.notice.revision,
        .content = record.notice.content,
        .chain = record.notice.chain,
        .submittedAt = ctx.now,
        .authorId = record.notice.authorId,
        .authorName = record.authorName };
    insertRevision(ctx.db, record, revision);
    updateNotice(ctx.db, record, ctx.now);
    notifyReviewers(ctx.db, record, ctx.now);
    return outcome(ctx.db, record);
}

// The decision's review row: the op's own id, so the client can predict it.
ReviewRecord reviewRow(const CommandContext &ctx, const NoticeRecord &record)
{
    return ReviewRecord { .id = ctx.opId,
        .noticeId = record.notice.id,
        .review = record.notice.reviews.constLast(),
        .reviewerName
        = ctx.session.displayName.isEmpty() ? ctx.session.username : ctx.session.displayName,
        .reviewerUnit = ctx.actor().unitCode };
}

CommandOutcome noticeApprove(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"notice", u"comment", u"quality" });
    const QString id = noticeId(p);
    const QString comment = p.optionalString(u"comment"_s, kMaxComment).value_or(QString());
    std::optional<int> quality;
    if (const auto q = p.optionalInteger(u"quality"_s, 1, 5))
        quality = int(*q);
    const NoticeRecord existing = requireNotice(ctx.db, id, true);
    const Subject subject = noticeSubject(existing.notice);
    require(ctx.actor(), Action::Read, subject);
    // The workflow names the rule (self_approval, step_skipped, not_current_step …); the
    // permission gate below then agrees.
    NoticeRecord record
        = checked(approveNotice(existing.notice, ctx.actor(), quality, comment, ctx.now), existing,
            u"payload."_s);
    require(ctx.actor(), Action::NoticeApprove, subject);
    ctx.checkVersion(existing.version, noticeJson(existing));
    record.overdueNotified = false;
    insertReview(ctx.db, record, reviewRow(ctx, record));
    updateNotice(ctx.db, record, ctx.now);
    if (record.notice.state == NoticeState::Approved)
        notifyUser(ctx.db, record.notice.authorId, u"notice.approved"_s,
            u"审核通过：%1"_s.arg(record.notice.content.title), comment, record, ctx.now);
    else
        notifyReviewers(ctx.db, record, ctx.now);
    return outcome(ctx.db, record);
}

CommandOutcome noticeReject(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"notice", u"comment" });
    const QString id = noticeId(p);
    const QString comment = p.string(u"comment"_s, kMaxComment);
    const NoticeRecord existing = requireNotice(ctx.db, id, true);
    const Subject subject = noticeSubject(existing.notice);
    require(ctx.actor(), Action::Read, subject);
    NoticeRecord record = checked(
        rejectNotice(existing.notice, ctx.actor(), comment, ctx.now), existing, u"payload."_s);
    require(ctx.actor(), Action::NoticeReject, subject);
    ctx.checkVersion(existing.version, noticeJson(existing));
    insertReview(ctx.db, record, reviewRow(ctx, record));
    updateNotice(ctx.db, record, ctx.now);
    // PRODUCT.md §3: back to the author; the author and every earlier reviewer of this
    // submission hear why.
    for (const auto &userId : rejectionRecipients(record.notice))
        notifyUser(ctx.db, userId, u"notice.rejected"_s,
            u"退回修改：%1"_s.arg(record.notice.content.title), comment, record, ctx.now);
    return outcome(ctx.db, record);
}

CommandOutcome noticePublish(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"notice" });
    const NoticeRecord existing = requireNotice(ctx.db, noticeId(p));
    require(ctx.actor(), Action::NoticePublish, noticeSubject(existing.notice));
    // A notice scheduled for later stays approved, marked as requested, until the job
    // publishes it when due (publishDueNotices).
    NoticeRecord record = checked(publishNotice(existing.notice, ctx.now), existing);
    ctx.checkVersion(existing.version, noticeJson(existing));
    updateNotice(ctx.db, record, ctx.now);
    return outcome(ctx.db, record);
}

CommandOutcome noticeWithdraw(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"notice" });
    const NoticeRecord existing = requireNotice(ctx.db, noticeId(p));
    require(ctx.actor(), Action::NoticeWithdraw, noticeSubject(existing.notice));
    NoticeRecord record = checked(withdrawNotice(existing.notice, ctx.actor().userId), existing);
    ctx.checkVersion(existing.version, noticeJson(existing));
    record.overdueNotified = false;
    updateNotice(ctx.db, record, ctx.now);
    return outcome(ctx.db, record);
}

// The district named by a settings command, checked like a record of that district: 404
// outside the caller's subtree, 400 for a unit that is not a district, 403 for accounts
// that may look but not edit.
UnitRecord settingsDistrict(CommandContext &ctx)
{
    const QString code = ctx.payload.string(u"district"_s, 32);
    const auto unit = org::findUnit(ctx.db, code);
    if (!unit)
        throw ApiError::notFound();
    const Subject subject {
        .kind = Kind::Settings, .unitPath = unit->path, .unitLevel = unit->level
    };
    require(ctx.actor(), Action::Read, subject);
    if (unit->level != Level::District)
        throw ApiError::invalidField(u"payload.district"_s, u"%1 is not a district"_s.arg(code));
    require(ctx.actor(), Action::DistrictSettingsEdit, subject);
    return *unit;
}

CommandOutcome chainConfigUpdate(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"district", u"config" });
    const UnitRecord district = settingsDistrict(ctx);
    const QJsonObject json = p.object(u"config"_s);
    const auto config = reviewChainConfigFromJson(json);
    if (!config)
        throw ApiError::invalidField(u"payload.config"_s,
            u"config must be {\"default\": [steps], \"categories\": {name: [steps]}}"
            u" with steps {\"role\", \"level\", \"due_hours\"}"_s);
    if (config->byCategory.size() > kMaxCategories)
        throw ApiError::invalidField(
            u"payload.config.categories"_s, u"at most %1 categories"_s.arg(kMaxCategories));
    for (auto it = config->byCategory.cbegin(); it != config->byCategory.cend(); ++it) {
        const QString &name = it.key();
        if (name.trimmed() != name || name.isEmpty() || name.size() > kMaxCategory
            || !isValidText(name))
            throw ApiError::invalidField(u"payload.config.categories"_s,
                u"category names are 1 to %1 characters without surrounding spaces"_s.arg(
                    kMaxCategory));
    }
    if (const auto errors = validateReviewChainConfig(*config); !errors.isEmpty()) {
        const NoticeError &first = errors.constFirst();
        throw ApiError::rule(first.code, first.message,
            u"payload.config."_s + QString(first.field).replace(u'/', u'.'));
    }
    const ChainConfigRecord current = chainConfigOf(ctx.db, district.code);
    ctx.checkVersion(current.version,
        QJsonObject { { u"district"_s, district.code },
            { u"config"_s, reviewChainConfigToJson(current.config) },
            { u"version"_s, current.version } });
    const qint64 version
        = saveChainConfig(ctx.db, district.code, *config, ctx.actor().userId, ctx.now);
    return { district.code, version, currentSeq(ctx.db) };
}

CommandOutcome sensitiveWordsUpdate(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({ u"district", u"words" });
    const UnitRecord district = settingsDistrict(ctx);
    const QJsonArray array = p.array(u"words"_s, kMaxWords);
    QStringList words;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"payload.words[%1]"_s.arg(i);
        const QJsonValue v = array.at(i);
        if (!v.isString() || v.toString().size() > kMaxWordLength || !isValidText(v.toString()))
            throw ApiError::invalidField(field,
                u"%1 must be a word of at most %2 characters"_s.arg(field).arg(kMaxWordLength));
        words.append(v.toString());
    }
    const SensitiveWordList list(words);
    const SensitiveWordsRecord current = sensitiveWordsOf(ctx.db, district.code);
    ctx.checkVersion(current.version,
        QJsonObject { { u"district"_s, district.code },
            { u"words"_s, QJsonArray::fromStringList(current.words.words()) },
            { u"version"_s, current.version } });
    const qint64 version
        = saveSensitiveWords(ctx.db, district.code, list, ctx.actor().userId, ctx.now);
    return { district.code, version, currentSeq(ctx.db) };
}

} // namespace

void registerNoticeCommands(CommandRegistry &registry)
{
    registry.add(u"notice.save"_s, noticeSave);
    registry.add(u"notice.submit"_s, noticeSubmit);
    registry.add(u"notice.approve"_s, noticeApprove);
    registry.add(u"notice.reject"_s, noticeReject);
    registry.add(u"notice.publish"_s, noticePublish);
    registry.add(u"notice.withdraw"_s, noticeWithdraw);
    registry.add(u"review_chain_config.update"_s, chainConfigUpdate);
    registry.add(u"sensitive_words.update"_s, sensitiveWordsUpdate);
}

} // namespace notices

Feature noticesFeature()
{
    Feature feature;
    feature.name = u"notices"_s;
    feature.migrations = {
        { 3, u"notices, revisions, reviews, review chains, sensitive words, reads"_s,
            {
                // One row per notice; `chain` is the JSON chain frozen at the latest submission,
                // `step_role`/`step_level`/`step_due_at` mirror its current step for the queues
                // and the overdue job.
                u"CREATE TABLE notices ("
                u" id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES org_units(code),"
                u" unit_path {path} NOT NULL, district TEXT NOT NULL DEFAULT '',"
                u" author_id TEXT NOT NULL REFERENCES users(id), author_name TEXT NOT NULL DEFAULT "
                u"'',"
                u" category TEXT NOT NULL, title TEXT NOT NULL, body_html TEXT NOT NULL,"
                u" scheduled_at {int64}, state TEXT NOT NULL, chain TEXT NOT NULL DEFAULT '[]',"
                u" step INTEGER NOT NULL DEFAULT 0, step_role TEXT NOT NULL DEFAULT '',"
                u" step_level TEXT NOT NULL DEFAULT '', step_started_at {int64}, step_due_at "
                u"{int64},"
                u" overdue_notified INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL DEFAULT "
                u"0,"
                u" corrects TEXT REFERENCES notices(id), published_at {int64},"
                u" publish_requested INTEGER NOT NULL DEFAULT 0, reads {int64} NOT NULL DEFAULT 0,"
                u" monthly_reads TEXT NOT NULL DEFAULT '{}', version INTEGER NOT NULL,"
                u" created_at {int64} NOT NULL, updated_at {int64} NOT NULL)"_s,
                // Lists of a subtree by state, and a community's publications by date (circulars,
                // the 14-day neglect alarm).
                u"CREATE INDEX notices_unit_state ON notices(unit_path, state, updated_at)"_s,
                u"CREATE INDEX notices_unit_published ON notices(unit_path, published_at)"_s,
                // "Awaiting my review": the step's role within the reviewer's subtree.
                u"CREATE INDEX notices_state_step ON notices(state, step_role, unit_path)"_s,
                // The job: overdue steps and scheduled publications.
                u"CREATE INDEX notices_step_due ON notices(state, step_due_at)"_s,
                u"CREATE INDEX notices_publish_due ON notices(state, publish_requested, scheduled_at)"_s,
                u"CREATE INDEX notices_author ON notices(author_id, state)"_s,
                u"CREATE INDEX notices_corrects ON notices(corrects)"_s,
                // Immutable: one row per submission.
                u"CREATE TABLE notice_revisions ("
                u" id TEXT PRIMARY KEY, notice_id TEXT NOT NULL REFERENCES notices(id),"
                u" revision INTEGER NOT NULL, unit_path {path} NOT NULL, district TEXT NOT NULL "
                u"DEFAULT '',"
                u" category TEXT NOT NULL, title TEXT NOT NULL, body_html TEXT NOT NULL, "
                u"scheduled_at {int64},"
                u" chain TEXT NOT NULL, submitted_at {int64} NOT NULL, author_id TEXT NOT NULL,"
                u" author_name TEXT NOT NULL DEFAULT '', UNIQUE (notice_id, revision))"_s,
                // One row per approval or rejection; one decision per step of a submission.
                u"CREATE TABLE reviews ("
                u" id TEXT PRIMARY KEY, notice_id TEXT NOT NULL REFERENCES notices(id),"
                u" revision INTEGER NOT NULL, step INTEGER NOT NULL, unit_path {path} NOT NULL,"
                u" district TEXT NOT NULL DEFAULT '', reviewer_id TEXT NOT NULL,"
                u" reviewer_name TEXT NOT NULL DEFAULT '', reviewer_role TEXT NOT NULL,"
                u" reviewer_unit TEXT NOT NULL, approved INTEGER NOT NULL, quality INTEGER NOT "
                u"NULL DEFAULT 0,"
                u" comment TEXT NOT NULL DEFAULT '', at {int64} NOT NULL, UNIQUE (notice_id, revision, step))"_s,
                // Review quality per community and quarter (assessment B2).
                u"CREATE INDEX reviews_unit_at ON reviews(unit_path, at)"_s,
                u"CREATE TABLE review_chain_configs ("
                u" district TEXT PRIMARY KEY REFERENCES org_units(code), config TEXT NOT NULL,"
                u" version INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '', updated_at {int64} NOT NULL)"_s,
                u"CREATE TABLE sensitive_word_lists ("
                u" district TEXT PRIMARY KEY REFERENCES org_units(code), words TEXT NOT NULL,"
                u" version INTEGER NOT NULL, updated_by TEXT NOT NULL DEFAULT '', updated_at {int64} NOT NULL)"_s,
                // Reads per notice per China-time day (PRODUCT.md §3), as the platform reports
                // them.
                u"CREATE TABLE notice_reads ("
                u" notice_id TEXT NOT NULL REFERENCES notices(id), date TEXT NOT NULL,"
                u" unit_path {path} NOT NULL, district TEXT NOT NULL DEFAULT '', reads {int64} NOT "
                u"NULL,"
                u" updated_at {int64} NOT NULL, PRIMARY KEY (notice_id, date))"_s,
                // Reads of a subtree over a period (the monthly circular, seed 001: 月通报).
                u"CREATE INDEX notice_reads_unit_date ON notice_reads(unit_path, date)"_s,
            } },
    };
    feature.registerCommands = notices::registerNoticeCommands;
    feature.registerRoutes = notices::registerNoticeRoutes;
    feature.buildDemo = notices::buildNoticesDemo;
    feature.jobs = {
        { u"notices.publish_due"_s, 30,
            [](Db &db, qint64 now) { notices::publishDueNotices(db, now); } },
        { u"notices.overdue_reviews"_s, 30,
            [](Db &db, qint64 now) { notices::remindOverdueReviews(db, now); } },
        { u"notices.settings_copies"_s, 300,
            [](Db &db, qint64 now) { notices::refreshSettingCopies(db, now); } },
    };
    feature.pathColumns = {
        { u"notices"_s, u"unit_path"_s, u"district"_s },
        { u"notice_revisions"_s, u"unit_path"_s, u"district"_s },
        { u"reviews"_s, u"unit_path"_s, u"district"_s },
        { u"notice_reads"_s, u"unit_path"_s, u"district"_s },
    };
    return feature;
}

} // namespace civic::server
