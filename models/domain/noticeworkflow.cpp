#include "noticeworkflow.h"

#include "sensitivewords.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

constexpr std::pair<NoticeState, QStringView> kStateNames[] = {
    { NoticeState::Draft, u"draft" },
    { NoticeState::InReview, u"in_review" },
    { NoticeState::Approved, u"approved" },
    { NoticeState::Published, u"published" },
    { NoticeState::Rejected, u"rejected" },
    { NoticeState::Withdrawn, u"withdrawn" },
};

constexpr qint64 kMsecsPerHour = 3600 * 1000;

NoticeError makeError(QStringView code, const QString &message, const QString &field = {})
{
    return NoticeError { code.toString(), message, field };
}

NoticeResult refuse(
    const Notice &notice, QStringView code, const QString &message, const QString &field = {})
{
    return NoticeResult { notice, makeError(code, message, field) };
}

NoticeResult accept(Notice notice)
{
    return NoticeResult { std::move(notice), std::nullopt };
}

QString stepLabel(qsizetype index)
{
    return u"Step %1"_s.arg(index + 1);
}

// The role that reviews at a level when a chain has no step left for the unit.
Role ownReviewerRole(Level level)
{
    switch (level) {
    case Level::Street:
        return Role::Street;
    case Level::District:
        return Role::District;
    case Level::City:
        return Role::City;
    default:
        return Role::Director;
    }
}

bool isEditable(NoticeState state)
{
    return state == NoticeState::Draft || state == NoticeState::Rejected
        || state == NoticeState::Withdrawn;
}

// PRODUCT.md §3: a published notice is immutable; corrections are new notices.
std::optional<NoticeError> refuseIfPublished(const Notice &notice)
{
    if (notice.state != NoticeState::Published)
        return std::nullopt;
    return makeError(noticecode::Immutable,
        u"A published notice cannot be changed; publish a correction instead"_s);
}

// Who may decide the current step: the step's role at the step's unit, not the author, and
// only the step now under review (PRODUCT.md §3: steps run in order, none skipped).
std::optional<NoticeError> checkReviewer(const Notice &notice, const Actor &reviewer)
{
    if (auto error = refuseIfPublished(notice))
        return error;
    if (notice.state != NoticeState::InReview)
        return makeError(noticecode::InvalidState, u"Only a notice in review can be reviewed"_s);
    if (!reviewer.userId.isEmpty() && reviewer.userId == notice.authorId)
        return makeError(noticecode::SelfApproval, u"Nobody may review their own notice"_s);
    const int held = reviewerStep(notice, reviewer);
    if (held == 0) {
        return makeError(
            noticecode::NotReviewer, u"This user reviews no step of this notice's review chain"_s);
    }
    if (held < notice.step) {
        return makeError(noticecode::NotCurrentStep,
            u"Step %1 is already decided; the notice is at step %2"_s.arg(held).arg(notice.step));
    }
    if (held > notice.step) {
        return makeError(noticecode::StepSkipped,
            u"Step %1 comes after step %2, which is not decided yet"_s.arg(held).arg(notice.step));
    }
    return std::nullopt;
}

NoticeReview reviewRecord(const Notice &notice, const Actor &reviewer, bool approved, int quality,
    const QString &comment, qint64 now)
{
    NoticeReview review;
    review.revision = notice.revision;
    review.step = notice.step;
    review.reviewerId = reviewer.userId;
    review.reviewerRole = reviewer.role;
    review.reviewerUnitPath = reviewer.unitPath;
    review.approved = approved;
    review.quality = quality;
    review.comment = comment;
    review.at = now;
    return review;
}

void leaveReview(Notice &notice)
{
    notice.step = 0;
    notice.stepStartedAt = 0;
}

} // namespace

QString noticeStateName(NoticeState state)
{
    for (const auto &[s, name] : kStateNames) {
        if (s == state)
            return name.toString();
    }
    return {};
}

std::optional<NoticeState> noticeStateFromName(QStringView name)
{
    for (const auto &[s, n] : kStateNames) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject reviewStepToJson(const ReviewStep &step)
{
    return QJsonObject {
        { u"role"_s, roleName(step.role) },
        { u"level"_s, levelName(step.level) },
        { u"due_hours"_s, step.dueHours },
    };
}

std::optional<ReviewStep> reviewStepFromJson(const QJsonObject &json)
{
    const auto role = roleFromName(json.value(u"role"_s).toString());
    const auto level = levelFromName(json.value(u"level"_s).toString());
    if (!role || !level)
        return std::nullopt;
    ReviewStep step { *role, *level, kDefaultReviewStepHours };
    const QJsonValue hours = json.value(u"due_hours"_s);
    if (!hours.isUndefined() && !hours.isNull()) {
        const double value = hours.toDouble(-1);
        if (!hours.isDouble() || value != static_cast<double>(static_cast<int>(value)))
            return std::nullopt;
        step.dueHours = static_cast<int>(value);
    }
    return step;
}

QJsonArray reviewChainToJson(const ReviewChain &chain)
{
    QJsonArray array;
    for (const auto &step : chain)
        array.append(reviewStepToJson(step));
    return array;
}

std::optional<ReviewChain> reviewChainFromJson(const QJsonArray &json)
{
    ReviewChain chain;
    for (const auto &value : json) {
        if (!value.isObject())
            return std::nullopt;
        const auto step = reviewStepFromJson(value.toObject());
        if (!step)
            return std::nullopt;
        chain.append(*step);
    }
    return chain;
}

ReviewChain defaultCommunityChain()
{
    return { ReviewStep { Role::Director, Level::Community, kDefaultReviewStepHours },
        ReviewStep { Role::Street, Level::Street, kDefaultReviewStepHours } };
}

std::optional<int> hierarchyRank(Level level)
{
    switch (level) {
    case Level::Grid:
        return 0;
    case Level::Community:
        return 1;
    case Level::Street:
        return 2;
    case Level::District:
        return 3;
    case Level::City:
        return 4;
    case Level::Department:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<NoticeError> validateReviewChain(const ReviewChain &chain, Level publishingLevel)
{
    const QString field = u"chain"_s;
    QList<NoticeError> errors;
    const auto publishingRank = hierarchyRank(publishingLevel);
    if (!publishingRank) {
        errors.append(makeError(noticecode::LevelNotInHierarchy,
            u"A %1 unit does not publish notices"_s.arg(levelName(publishingLevel)), field));
        return errors;
    }
    if (chain.isEmpty()) {
        errors.append(
            makeError(noticecode::EmptyChain, u"A review chain needs at least one step"_s, field));
        return errors;
    }
    int previousRank = *publishingRank - 1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ReviewStep &step = chain.at(i);
        const QString label = stepLabel(i);
        if (step.role == Role::Viewer) {
            errors.append(makeError(noticecode::RoleCannotReview,
                u"%1: a viewer cannot review notices"_s.arg(label), field));
            continue;
        }
        if (!roleFitsLevel(step.role, step.level)) {
            errors.append(makeError(noticecode::RoleLevelMismatch,
                u"%1: a %2 does not sit at a %3 unit"_s.arg(
                    label, roleName(step.role), levelName(step.level)),
                field));
            continue;
        }
        if (step.dueHours < 1) {
            errors.append(makeError(noticecode::InvalidDueHours,
                u"%1: a step needs at least 1 hour"_s.arg(label), field));
        }
        const auto rank = hierarchyRank(step.level);
        if (!rank) {
            errors.append(makeError(noticecode::LevelNotInHierarchy,
                u"%1: a %2 unit is not above the publishing unit"_s.arg(
                    label, levelName(step.level)),
                field));
            continue;
        }
        const bool duplicate = std::any_of(chain.begin(), chain.begin() + i,
            [&](const auto &s) { return s.role == step.role && s.level == step.level; });
        if (duplicate) {
            errors.append(makeError(noticecode::DuplicateStep,
                u"%1 repeats an earlier step (%2 at the %3 level)"_s.arg(
                    label, roleName(step.role), levelName(step.level)),
                field));
            continue;
        }
        if (*rank <= previousRank) {
            const QString message = i == 0
                ? u"%1: the %2 level is below the publishing %3 unit"_s.arg(
                    label, levelName(step.level), levelName(publishingLevel))
                : u"%1: the %2 level is not above the previous step's level"_s.arg(
                    label, levelName(step.level));
            errors.append(makeError(noticecode::LevelOrder, message, field));
            continue;
        }
        previousRank = *rank;
    }
    return errors;
}

QJsonObject reviewChainConfigToJson(const ReviewChainConfig &config)
{
    QJsonObject categories;
    for (auto it = config.byCategory.cbegin(); it != config.byCategory.cend(); ++it)
        categories.insert(it.key(), reviewChainToJson(it.value()));
    return QJsonObject {
        { u"default"_s, reviewChainToJson(config.defaultChain) },
        { u"categories"_s, categories },
    };
}

std::optional<ReviewChainConfig> reviewChainConfigFromJson(const QJsonObject &json)
{
    ReviewChainConfig config;
    const QJsonValue defaultChain = json.value(u"default"_s);
    if (!defaultChain.isUndefined()) {
        if (!defaultChain.isArray())
            return std::nullopt;
        const auto chain = reviewChainFromJson(defaultChain.toArray());
        if (!chain)
            return std::nullopt;
        config.defaultChain = *chain;
    }
    const QJsonValue categories = json.value(u"categories"_s);
    if (!categories.isUndefined()) {
        if (!categories.isObject())
            return std::nullopt;
        const QJsonObject object = categories.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isArray())
                return std::nullopt;
            const auto chain = reviewChainFromJson(it.value().toArray());
            if (!chain)
                return std::nullopt;
            config.byCategory.insert(it.key(), *chain);
        }
    }
    return config;
}

QList<NoticeError> validateReviewChainConfig(const ReviewChainConfig &config)
{
    QList<NoticeError> errors;
    for (auto error : validateReviewChain(config.defaultChain, Level::Community)) {
        error.field = u"default"_s;
        errors.append(error);
    }
    for (auto it = config.byCategory.cbegin(); it != config.byCategory.cend(); ++it) {
        for (auto error : validateReviewChain(it.value(), Level::Community)) {
            error.field = u"categories/"_s + it.key();
            errors.append(error);
        }
    }
    return errors;
}

ReviewChain resolveReviewChain(
    const ReviewChainConfig &config, Level unitLevel, QStringView category)
{
    const auto unitRank = hierarchyRank(unitLevel);
    if (!unitRank)
        return {};
    const auto categoryChain = config.byCategory.constFind(category.toString());
    const ReviewChain &configured
        = categoryChain != config.byCategory.cend() ? categoryChain.value() : config.defaultChain;
    ReviewChain chain;
    for (const auto &step : configured) {
        const auto rank = hierarchyRank(step.level);
        if (rank && *rank >= *unitRank)
            chain.append(step);
    }
    if (chain.isEmpty()) {
        // A grid's notice is reviewed by its community's director like the community's own.
        const Level level = unitLevel == Level::Grid ? Level::Community : unitLevel;
        chain.append(ReviewStep { ownReviewerRole(level), level, kDefaultReviewStepHours });
    }
    return chain;
}

void ReviewChainSettings::setDistrictConfig(
    const QString &districtCode, const ReviewChainConfig &config)
{
    m_districts.insert(districtCode, config);
}

void ReviewChainSettings::removeDistrictConfig(const QString &districtCode)
{
    m_districts.remove(districtCode);
}

bool ReviewChainSettings::hasDistrictConfig(const QString &districtCode) const
{
    return m_districts.contains(districtCode);
}

ReviewChainConfig ReviewChainSettings::configFor(const QString &districtCode) const
{
    return m_districts.value(districtCode, ReviewChainConfig {});
}

ReviewChain ReviewChainSettings::resolve(
    QStringView unitPath, Level unitLevel, QStringView category) const
{
    const QStringList codes = pathCodes(ancestorPathAt(unitPath, unitLevel, Level::District));
    const QString district = codes.isEmpty() ? QString() : codes.constLast();
    return resolveReviewChain(configFor(district), unitLevel, category);
}

QString ancestorPathAt(QStringView unitPath, Level unitLevel, Level level)
{
    const auto unitRank = hierarchyRank(unitLevel);
    const auto rank = hierarchyRank(level);
    if (!unitRank || !rank || *rank < *unitRank)
        return {};
    const QStringList codes = pathCodes(unitPath);
    const qsizetype up = *rank - *unitRank;
    if (up >= codes.size())
        return {};
    QString path = u"/"_s;
    for (qsizetype i = 0; i < codes.size() - up; ++i)
        path += codes.at(i) + u'/';
    return path;
}

Notice newNotice(const QString &id, const QString &unitPath, Level unitLevel,
    const QString &authorId, const NoticeContent &content)
{
    Notice notice;
    notice.id = id;
    notice.unitPath = unitPath;
    notice.unitLevel = unitLevel;
    notice.authorId = authorId;
    notice.content = content;
    return notice;
}

NoticeResult createCorrection(const Notice &published, const QString &id, const QString &authorId)
{
    if (published.state != NoticeState::Published) {
        return refuse(published, noticecode::NotPublished,
            u"Only a published notice can be corrected; edit this one instead"_s);
    }
    NoticeContent content = published.content;
    // The original's schedule has passed; the correction is scheduled afresh.
    content.scheduledAt.reset();
    Notice correction = newNotice(id, published.unitPath, published.unitLevel, authorId, content);
    correction.corrects = published.id;
    return accept(correction);
}

NoticeResult saveNotice(const Notice &notice, const QString &actorId, const NoticeContent &content)
{
    if (auto error = refuseIfPublished(notice))
        return NoticeResult { notice, error };
    if (!isEditable(notice.state)) {
        return refuse(notice, noticecode::InvalidState,
            u"Only drafts, rejected and withdrawn notices can be edited"_s);
    }
    if (actorId != notice.authorId)
        return refuse(notice, noticecode::NotAuthor, u"Only the author edits a notice"_s);
    Notice saved = notice;
    saved.content = content;
    return accept(saved);
}

NoticeResult submitNotice(
    const Notice &notice, const QString &actorId, const ReviewChain &chain, qint64 now)
{
    if (auto error = refuseIfPublished(notice))
        return NoticeResult { notice, error };
    if (!isEditable(notice.state)) {
        return refuse(notice, noticecode::InvalidState,
            u"Only drafts, rejected and withdrawn notices can be submitted"_s);
    }
    if (actorId != notice.authorId)
        return refuse(notice, noticecode::NotAuthor, u"Only the author submits a notice"_s);
    if (notice.content.title.trimmed().isEmpty())
        return refuse(notice, noticecode::Required, u"The title is empty"_s, u"title"_s);
    if (notice.content.category.trimmed().isEmpty())
        return refuse(notice, noticecode::Required, u"The category is empty"_s, u"category"_s);
    if (plainTextFromHtml(notice.content.bodyHtml).trimmed().isEmpty())
        return refuse(notice, noticecode::Required, u"The body has no text"_s, u"body_html"_s);
    if (chain.isEmpty())
        return refuse(notice, noticecode::NoChain, u"No review chain applies to this notice"_s);
    if (const auto errors = validateReviewChain(chain, notice.unitLevel); !errors.isEmpty())
        return refuse(notice, noticecode::InvalidChain, errors.constFirst().message);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (ancestorPathAt(notice.unitPath, notice.unitLevel, chain.at(i).level).isEmpty()) {
            return refuse(notice, noticecode::InvalidChain,
                u"%1: this notice's unit has no %2 above it"_s.arg(
                    stepLabel(i), levelName(chain.at(i).level)));
        }
    }
    // PRODUCT.md §3: the chain in force is frozen at submission, every submission stores a
    // new revision, and a resubmission starts at step 1 again.
    Notice submitted = notice;
    submitted.state = NoticeState::InReview;
    submitted.chain = chain;
    submitted.step = 1;
    submitted.stepStartedAt = now;
    submitted.revision = notice.revision + 1;
    submitted.publishRequested = false;
    submitted.publishedAt.reset();
    return accept(submitted);
}

NoticeResult approveNotice(const Notice &notice, const Actor &reviewer, std::optional<int> quality,
    const QString &comment, qint64 now)
{
    if (auto error = checkReviewer(notice, reviewer))
        return NoticeResult { notice, error };
    // PRODUCT.md §3: reviewers rate quality 1–5 when they approve (assessment B2).
    if (!quality || *quality < 1 || *quality > 5) {
        return refuse(notice, noticecode::QualityRequired,
            u"An approval needs a quality rating from 1 to 5"_s, u"quality"_s);
    }
    Notice approved = notice;
    approved.reviews.append(reviewRecord(notice, reviewer, true, *quality, comment, now));
    if (notice.step >= notice.chain.size()) {
        approved.state = NoticeState::Approved;
        leaveReview(approved);
    } else {
        approved.step = notice.step + 1;
        approved.stepStartedAt = now;
    }
    return accept(approved);
}

NoticeResult rejectNotice(
    const Notice &notice, const Actor &reviewer, const QString &comment, qint64 now)
{
    if (auto error = checkReviewer(notice, reviewer))
        return NoticeResult { notice, error };
    if (comment.trimmed().isEmpty()) {
        return refuse(notice, noticecode::CommentRequired,
            u"A rejection needs a comment for the author"_s, u"comment"_s);
    }
    Notice rejected = notice;
    rejected.reviews.append(reviewRecord(notice, reviewer, false, 0, comment, now));
    rejected.state = NoticeState::Rejected;
    leaveReview(rejected);
    return accept(rejected);
}

NoticeResult withdrawNotice(const Notice &notice, const QString &actorId)
{
    if (auto error = refuseIfPublished(notice))
        return NoticeResult { notice, error };
    if (notice.state != NoticeState::InReview) {
        return refuse(
            notice, noticecode::InvalidState, u"Only a notice in review can be withdrawn"_s);
    }
    if (actorId != notice.authorId)
        return refuse(notice, noticecode::NotAuthor, u"Only the author withdraws a notice"_s);
    Notice withdrawn = notice;
    withdrawn.state = NoticeState::Withdrawn;
    leaveReview(withdrawn);
    return accept(withdrawn);
}

NoticeResult publishNotice(const Notice &notice, qint64 now)
{
    if (auto error = refuseIfPublished(notice))
        return NoticeResult { notice, error };
    if (notice.state != NoticeState::Approved) {
        return refuse(
            notice, noticecode::NotApproved, u"Only an approved notice can be published"_s);
    }
    Notice result = notice;
    if (notice.content.scheduledAt && *notice.content.scheduledAt > now) {
        result.publishRequested = true;
        return accept(result);
    }
    result.state = NoticeState::Published;
    result.publishRequested = false;
    result.publishedAt = now;
    return accept(result);
}

bool dueForPublishing(const Notice &notice, qint64 now)
{
    return notice.state == NoticeState::Approved && notice.publishRequested
        && (!notice.content.scheduledAt || *notice.content.scheduledAt <= now);
}

std::optional<ReviewStep> currentStep(const Notice &notice)
{
    if (notice.state != NoticeState::InReview || notice.step < 1
        || notice.step > notice.chain.size())
        return std::nullopt;
    return notice.chain.at(notice.step - 1);
}

QString currentReviewingUnitPath(const Notice &notice)
{
    const auto step = currentStep(notice);
    return step ? ancestorPathAt(notice.unitPath, notice.unitLevel, step->level) : QString();
}

int reviewerStep(const Notice &notice, const Actor &reviewer)
{
    if (reviewer.unitPath.isEmpty())
        return 0;
    for (qsizetype i = 0; i < notice.chain.size(); ++i) {
        const ReviewStep &step = notice.chain.at(i);
        if (step.role == reviewer.role
            && ancestorPathAt(notice.unitPath, notice.unitLevel, step.level) == reviewer.unitPath)
            return static_cast<int>(i + 1);
    }
    return 0;
}

bool awaitsReviewBy(const Notice &notice, const Actor &reviewer)
{
    return notice.state == NoticeState::InReview && reviewer.userId != notice.authorId
        && notice.step > 0 && reviewerStep(notice, reviewer) == notice.step;
}

Subject noticeSubject(const Notice &notice)
{
    Subject subject;
    subject.kind = Kind::Notice;
    subject.unitPath = notice.unitPath;
    subject.unitLevel = notice.unitLevel;
    subject.ownerId = notice.authorId;
    if (const auto step = currentStep(notice)) {
        subject.stepRole = step->role;
        subject.stepUnitPath = currentReviewingUnitPath(notice);
    }
    return subject;
}

std::optional<qint64> stepDueAt(const Notice &notice)
{
    const auto step = currentStep(notice);
    if (!step)
        return std::nullopt;
    return notice.stepStartedAt + qint64(step->dueHours) * kMsecsPerHour;
}

bool isOverdue(const Notice &notice, qint64 now)
{
    const auto due = stepDueAt(notice);
    return due && now > *due;
}

QStringList rejectionRecipients(const Notice &notice)
{
    QStringList recipients { notice.authorId };
    for (const auto &review : notice.reviews) {
        if (review.revision == notice.revision && review.approved
            && !recipients.contains(review.reviewerId))
            recipients.append(review.reviewerId);
    }
    return recipients;
}

} // namespace civic::domain
