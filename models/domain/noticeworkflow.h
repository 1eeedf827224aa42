#pragma once

#include "org.h"
#include "permissions.h"
#include "roles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic::domain {

// PRODUCT.md §3: draft 草稿 → in_review 审核中 → approved 待发布 → published 已发布;
// rejected returns it to the author, withdrawn by the author while in review.
enum class NoticeState { Draft, InReview, Approved, Published, Rejected, Withdrawn };

inline constexpr NoticeState kAllNoticeStates[] = {
    NoticeState::Draft,
    NoticeState::InReview,
    NoticeState::Approved,
    NoticeState::Published,
    NoticeState::Rejected,
    NoticeState::Withdrawn,
};

// The wire names: "draft", "in_review", "approved", "published", "rejected", "withdrawn".
QString noticeStateName(NoticeState state);
std::optional<NoticeState> noticeStateFromName(QStringView name);

// How long a reviewer has for one step unless the chain says otherwise.
inline constexpr int kDefaultReviewStepHours = 24;

// One review step of a chain: which role reviews, at which level above (or at) the
// publishing unit, and how many hours the reviewer has.
struct ReviewStep
{
    Role role = Role::Director;
    Level level = Level::Community;
    int dueHours = kDefaultReviewStepHours;

    friend bool operator==(const ReviewStep &, const ReviewStep &) = default;
};

// The ordered review steps a notice passes before it may be published (PRODUCT.md §3).
using ReviewChain = QList<ReviewStep>;

// JSON: {"role": "director", "level": "community", "due_hours": 24}; "due_hours" may be
// omitted when reading (24). A chain is an array of steps.
QJsonObject reviewStepToJson(const ReviewStep &step);
std::optional<ReviewStep> reviewStepFromJson(const QJsonObject &json);
QJsonArray reviewChainToJson(const ReviewChain &chain);
// nullopt when any element is not a valid step. Validity of the order is validateReviewChain's.
std::optional<ReviewChain> reviewChainFromJson(const QJsonArray &json);

// A rule the notice workflow refused, with a stable code, an English message and, where
// one input is to blame, the payload field.
struct NoticeError
{
    QString code;
    QString message;
    QString field;
};

// PRODUCT.md §3 default for a community notice: 主任一审, 街道二审.
ReviewChain defaultCommunityChain();

// Rank of a level in the residential hierarchy, grid = 0 … city = 4; nullopt for
// departments, which are not on any unit's path upward.
std::optional<int> hierarchyRank(Level level);

// The problems of a chain for a notice published at `publishingLevel` (empty = valid):
// at least one step; each role fits its level and may act (no viewers); no step twice;
// levels strictly ascending, the first at or above the publishing unit's level.
QList<NoticeError> validateReviewChain(
    const ReviewChain &chain, Level publishingLevel = Level::Community);

// A district's notice chains: a default chain and whole-chain overrides per category
// (PRODUCT.md §3: "e.g. add a district step for 政策解读").
struct ReviewChainConfig
{
    ReviewChain defaultChain = defaultCommunityChain();
    QMap<QString, ReviewChain> byCategory;

    friend bool operator==(const ReviewChainConfig &, const ReviewChainConfig &) = default;
};

// JSON: {"default": [steps], "categories": {"政策解读": [steps], …}}.
QJsonObject reviewChainConfigToJson(const ReviewChainConfig &config);
std::optional<ReviewChainConfig> reviewChainConfigFromJson(const QJsonObject &json);
// Every chain is checked for community notices, the lowest publishing level the chains are
// written for; errors name the chain in `field` ("default" or "categories/<category>").
QList<NoticeError> validateReviewChainConfig(const ReviewChainConfig &config);

// The chain in force for a notice of `category` published at a unit of `unitLevel`: the
// category's override or the default, minus the steps below the unit (a street's notice
// skips the community director). When nothing is left, one step by the publishing unit's
// own reviewing role (street, district or city). Empty for departments, which do not publish.
ReviewChain resolveReviewChain(
    const ReviewChainConfig &config, Level unitLevel, QStringView category);

// The chain configurations of all districts, falling back to the built-in default for a
// district that has none (and for notices above any district).
class ReviewChainSettings
{
public:
    void setDistrictConfig(const QString &districtCode, const ReviewChainConfig &config);
    void removeDistrictConfig(const QString &districtCode);
    bool hasDistrictConfig(const QString &districtCode) const;
    ReviewChainConfig configFor(const QString &districtCode) const;
    // The district is found on the unit's path.
    ReviewChain resolve(QStringView unitPath, Level unitLevel, QStringView category) const;

private:
    QHash<QString, ReviewChainConfig> m_districts;
};

// The path of the ancestor at `level` of the unit at `unitPath` whose level is `unitLevel`
// (the unit itself when the levels are equal); empty when `level` is below the unit, not in
// the hierarchy, or above the path's root. Relies on every level's parent being the level
// right above it (org.h mayContain()).
QString ancestorPathAt(QStringView unitPath, Level unitLevel, Level level);

// What a notice carries besides its workflow: the notice.save payload.
struct NoticeContent
{
    QString category;
    QString title;
    QString bodyHtml;
    std::optional<qint64> scheduledAt;

    friend bool operator==(const NoticeContent &, const NoticeContent &) = default;
};

// One reviewer's decision on one step of one submission.
struct NoticeReview
{
    int revision = 0;
    int step = 0; // 1-based
    QString reviewerId;
    Role reviewerRole = Role::Director;
    QString reviewerUnitPath;
    bool approved = false;
    int quality = 0; // 1–5 on approval, 0 on rejection
    QString comment;
    qint64 at = 0;

    friend bool operator==(const NoticeReview &, const NoticeReview &) = default;
};

// A notice as the workflow rules see it.
struct Notice
{
    QString id;
    QString unitPath;
    Level unitLevel = Level::Community;
    QString authorId;
    NoticeContent content;
    // The published notice this one corrects (更正), empty for an original.
    QString corrects;
    NoticeState state = NoticeState::Draft;
    // Frozen at the latest submission (PRODUCT.md §3); kept after it for the record.
    ReviewChain chain;
    // 1-based step under review while in_review, 0 otherwise.
    int step = 0;
    qint64 stepStartedAt = 0;
    // Number of the latest submitted revision, 0 before the first submission.
    int revision = 0;
    // Every decision of every submission, oldest first.
    QList<NoticeReview> reviews;
    // The author asked to publish a notice scheduled for later: it goes out when due.
    bool publishRequested = false;
    std::optional<qint64> publishedAt;
};

// The notice after a transition, or the rule that refused it (the notice then unchanged).
struct NoticeResult
{
    Notice notice;
    std::optional<NoticeError> error;

    bool ok() const { return !error.has_value(); }
};

// Stable error codes of the notice workflow.
namespace noticecode {
inline constexpr QStringView InvalidState = u"invalid_state";
inline constexpr QStringView Immutable = u"immutable";
inline constexpr QStringView NotAuthor = u"not_author";
inline constexpr QStringView NotPublished = u"not_published";
inline constexpr QStringView Required = u"required";
inline constexpr QStringView NoChain = u"no_chain";
inline constexpr QStringView InvalidChain = u"invalid_chain";
inline constexpr QStringView SelfApproval = u"self_approval";
inline constexpr QStringView NotReviewer = u"not_reviewer";
inline constexpr QStringView NotCurrentStep = u"not_current_step";
inline constexpr QStringView StepSkipped = u"step_skipped";
inline constexpr QStringView QualityRequired = u"quality_required";
inline constexpr QStringView CommentRequired = u"comment_required";
inline constexpr QStringView NotApproved = u"not_approved";
// Chain validation.
inline constexpr QStringView EmptyChain = u"empty_chain";
inline constexpr QStringView RoleLevelMismatch = u"role_level_mismatch";
inline constexpr QStringView RoleCannotReview = u"role_cannot_review";
inline constexpr QStringView LevelNotInHierarchy = u"level_not_in_hierarchy";
inline constexpr QStringView LevelOrder = u"level_order";
inline constexpr QStringView DuplicateStep = u"duplicate_step";
inline constexpr QStringView InvalidDueHours = u"invalid_due_hours";
} // namespace noticecode

// A new draft by `authorId` at the unit.
Notice newNotice(const QString &id, const QString &unitPath, Level unitLevel,
    const QString &authorId, const NoticeContent &content);
// PRODUCT.md §3: a published notice is immutable; a correction is a new draft of the same
// unit, starting from the published content, linked by `corrects`.
NoticeResult createCorrection(const Notice &published, const QString &id, const QString &authorId);

// notice.save on an existing notice: only drafts, rejected and withdrawn notices change;
// the state stays as it is (a rejected notice stays rejected, with its comment, until
// resubmitted).
NoticeResult saveNotice(const Notice &notice, const QString &actorId, const NoticeContent &content);
// notice.submit: from draft, rejected or withdrawn, by the author, with title, category and
// body text present. Freezes `chain` (which must be valid for the unit's level), starts at
// step 1 and numbers the new revision.
NoticeResult submitNotice(
    const Notice &notice, const QString &actorId, const ReviewChain &chain, qint64 now);
// notice.approve: only by the current step's reviewer, never by the author, with a quality
// rating 1–5; the last step's approval makes the notice approved.
NoticeResult approveNotice(const Notice &notice, const Actor &reviewer, std::optional<int> quality,
    const QString &comment, qint64 now);
// notice.reject: only by the current step's reviewer, with a comment; back to the author
// as rejected, step cleared.
NoticeResult rejectNotice(
    const Notice &notice, const Actor &reviewer, const QString &comment, qint64 now);
// notice.withdraw: the author takes back a notice in review.
NoticeResult withdrawNotice(const Notice &notice, const QString &actorId);
// notice.publish: only approved notices. One scheduled for later stays approved, marked as
// requested, until dueForPublishing(); publishing it then (or any unscheduled one) makes it
// published at `now`.
NoticeResult publishNotice(const Notice &notice, qint64 now);
// True for an approved notice whose publication was requested and whose time has come.
bool dueForPublishing(const Notice &notice, qint64 now);

// The step under review, or nullopt outside in_review.
std::optional<ReviewStep> currentStep(const Notice &notice);
// The unit whose `step.role` reviews the current step: the notice unit's ancestor at the
// step's level. Empty outside in_review.
QString currentReviewingUnitPath(const Notice &notice);
// The 1-based step of the notice's chain that `reviewer` holds (role and unit), or 0.
int reviewerStep(const Notice &notice, const Actor &reviewer);
// True when the notice waits for `reviewer` now ("awaiting my review", PRODUCT.md §3).
bool awaitsReviewBy(const Notice &notice, const Actor &reviewer);
// The permission Subject of the notice: unit, author and, in review, the step's reviewer.
Subject noticeSubject(const Notice &notice);

// When the current step must be decided: its start plus the step's hours. nullopt outside
// in_review.
std::optional<qint64> stepDueAt(const Notice &notice);
// In review and past the current step's due time (at the due time itself it is not yet late).
bool isOverdue(const Notice &notice, qint64 now);

// Who hears of a rejection: the author, then every reviewer who approved an earlier step of
// the same submission, each once.
QStringList rejectionRecipients(const Notice &notice);

} // namespace civic::domain
