#include "domain/chinatime.h"
#include "domain/noticeworkflow.h"
#include "domain/permissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

// 沈阳市 › 苏家屯区 › 一个街道 › 河畔社区 › 网格 1, and a neighbouring street and community.
const QString kCity = u"/210100/"_s;
const QString kDistrict = u"/210100/210111/"_s;
const QString kStreet = u"/210100/210111/210111001/"_s;
const QString kCommunity = u"/210100/210111/210111001/210111001001/"_s;
const QString kGrid = u"/210100/210111/210111001/210111001001/g01/"_s;
const QString kOtherStreet = u"/210100/210111/210111002/"_s;
const QString kOtherCommunity = u"/210100/210111/210111001/210111001002/"_s;
const QString kOtherDistrictCommunity = u"/210100/210112/210112001/210112001001/"_s;

constexpr qint64 kHour = 3600 * 1000;

qint64 at(const char16_t *iso)
{
    const auto time = parseIsoTime(QStringView(iso));
    Q_ASSERT(time);
    return *time;
}

Actor actor(const QString &id, Role role, const QString &path, Level level)
{
    Actor a;
    a.userId = id;
    a.role = role;
    a.unitPath = path;
    a.unitLevel = level;
    a.unitCode = pathCodes(path).constLast();
    return a;
}

const Actor kWorker = actor(u"worker"_s, Role::Worker, kCommunity, Level::Community);
const Actor kWorker2 = actor(u"worker2"_s, Role::Worker, kCommunity, Level::Community);
const Actor kDirector = actor(u"director"_s, Role::Director, kCommunity, Level::Community);
const Actor kStreetUser = actor(u"street"_s, Role::Street, kStreet, Level::Street);
const Actor kDistrictUser = actor(u"district"_s, Role::District, kDistrict, Level::District);
const Actor kOtherDirector
    = actor(u"director2"_s, Role::Director, kOtherCommunity, Level::Community);
const Actor kOtherStreetUser = actor(u"street2"_s, Role::Street, kOtherStreet, Level::Street);

const ReviewStep kDirectorStep { Role::Director, Level::Community, 24 };
const ReviewStep kStreetStep { Role::Street, Level::Street, 24 };
const ReviewStep kDistrictStep { Role::District, Level::District, 24 };
const ReviewStep kCityStep { Role::City, Level::City, 24 };

NoticeContent content()
{
    return NoticeContent { u"活动"_s, u"重阳节敬老活动报名"_s,
        u"<p>本周六上午九点在社区活动室举行。</p>"_s, std::nullopt };
}

Notice draft(const QString &author = u"worker"_s)
{
    return newNotice(u"n1"_s, kCommunity, Level::Community, author, content());
}

QString codeOf(const NoticeResult &result)
{
    return result.error ? result.error->code : QString();
}

QStringList codesOf(const QList<NoticeError> &errors)
{
    QStringList codes;
    for (const auto &error : errors)
        codes.append(error.code);
    return codes;
}

// A notice submitted with `chain` at `t`, checked to have gone in.
Notice submitted(const ReviewChain &chain, qint64 t, Notice notice = draft())
{
    const auto result = submitNotice(notice, notice.authorId, chain, t);
    Q_ASSERT(result.ok());
    return result.notice;
}

Notice approvedBy(const Notice &notice, const Actor &reviewer, int quality, qint64 t)
{
    const auto result = approveNotice(notice, reviewer, quality, QString(), t);
    Q_ASSERT(result.ok());
    return result.notice;
}

} // namespace

class TestNoticeWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateNames();
    void chainJsonRoundTrip();
    void chainJsonRefusesBadSteps();
    void defaultChain();
    void validateChain_data();
    void validateChain();
    void configJsonAndValidation();
    void resolveChain_data();
    void resolveChain();
    void settingsPerDistrict();
    void ancestorPaths();

    void fullChainToPublished();
    void submitRefusals();
    void approveRefusals();
    void qualityBounds();
    void rejectAndResubmit();
    void withdrawRules();
    void saveRules();
    void corrections();
    void publishNowAndScheduled();
    void subjectForPermissions();
    void awaitingMyReview();
    void stepDueAndOverdue();
    void rejectionNotifications();
};

void TestNoticeWorkflow::stateNames()
{
    const QStringList expected { u"draft"_s, u"in_review"_s, u"approved"_s, u"published"_s,
        u"rejected"_s, u"withdrawn"_s };
    QStringList names;
    for (const auto state : kAllNoticeStates) {
        names.append(noticeStateName(state));
        QCOMPARE(noticeStateFromName(noticeStateName(state)), state);
    }
    QCOMPARE(names, expected);
    QCOMPARE(noticeStateFromName(u"review"), std::nullopt);
    QCOMPARE(noticeStateFromName(u"Draft"), std::nullopt);
}

void TestNoticeWorkflow::chainJsonRoundTrip()
{
    const ReviewChain chain { kDirectorStep, ReviewStep { Role::Street, Level::Street, 48 },
        kDistrictStep };
    const QJsonArray json = reviewChainToJson(chain);
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
        QByteArrayLiteral(R"([{"due_hours":24,"level":"community","role":"director"},)"
                          R"({"due_hours":48,"level":"street","role":"street"},)"
                          R"({"due_hours":24,"level":"district","role":"district"}])"));
    QCOMPARE(reviewChainFromJson(json), chain);

    // due_hours may be left out: a step then has the default 24 hours.
    const auto parsed = reviewChainFromJson(
        QJsonDocument::fromJson(R"([{"role":"director","level":"community"}])").array());
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().dueHours, 24);
    QCOMPARE(reviewChainFromJson(QJsonArray()), ReviewChain());
}

void TestNoticeWorkflow::chainJsonRefusesBadSteps()
{
    const auto parse = [](const char *text) {
        return reviewChainFromJson(QJsonDocument::fromJson(text).array());
    };
    QCOMPARE(parse(R"([{"role":"boss","level":"community"}])"), std::nullopt);
    QCOMPARE(parse(R"([{"role":"director","level":"village"}])"), std::nullopt);
    QCOMPARE(parse(R"([{"role":"director"}])"), std::nullopt);
    QCOMPARE(parse(R"(["director"])"), std::nullopt);
    QCOMPARE(parse(R"([{"role":"director","level":"community","due_hours":"24"}])"), std::nullopt);
    QCOMPARE(parse(R"([{"role":"director","level":"community","due_hours":1.5}])"), std::nullopt);
}

void TestNoticeWorkflow::defaultChain()
{
    // PRODUCT.md §3 / seed 001: 主任一审, 街道二审.
    const ReviewChain chain = defaultCommunityChain();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).role, Role::Director);
    QCOMPARE(chain.at(0).level, Level::Community);
    QCOMPARE(chain.at(0).dueHours, 24);
    QCOMPARE(chain.at(1).role, Role::Street);
    QCOMPARE(chain.at(1).level, Level::Street);
    QVERIFY(validateReviewChain(chain, Level::Community).isEmpty());
}

void TestNoticeWorkflow::validateChain_data()
{
    QTest::addColumn<ReviewChain>("chain");
    QTest::addColumn<Level>("publishingLevel");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("default") << defaultCommunityChain() << Level::Community << QStringList();
    QTest::newRow("with district") << ReviewChain { kDirectorStep, kStreetStep, kDistrictStep }
                                   << Level::Community << QStringList();
    QTest::newRow("director alone")
        << ReviewChain { kDirectorStep } << Level::Community << QStringList();
    QTest::newRow("grid notice") << defaultCommunityChain() << Level::Grid << QStringList();
    QTest::newRow("skipping a level is fine")
        << ReviewChain { kDirectorStep, kDistrictStep } << Level::Community << QStringList();
    QTest::newRow("street notice")
        << ReviewChain { kStreetStep, kDistrictStep } << Level::Street << QStringList();
    QTest::newRow("empty") << ReviewChain() << Level::Community << QStringList { u"empty_chain"_s };
    QTest::newRow("worker at a street")
        << ReviewChain { ReviewStep { Role::Worker, Level::Street, 24 } } << Level::Community
        << QStringList { u"role_level_mismatch"_s };
    QTest::newRow("director at a street")
        << ReviewChain { kDirectorStep, ReviewStep { Role::Director, Level::Street, 24 } }
        << Level::Community << QStringList { u"role_level_mismatch"_s };
    QTest::newRow("viewer") << ReviewChain { ReviewStep { Role::Viewer, Level::Community, 24 } }
                            << Level::Community << QStringList { u"role_cannot_review"_s };
    QTest::newRow("department") << ReviewChain { kDirectorStep,
        ReviewStep { Role::Department, Level::Department, 24 } }
                                << Level::Community << QStringList { u"level_not_in_hierarchy"_s };
    QTest::newRow("descending") << ReviewChain { kStreetStep, kDirectorStep } << Level::Community
                                << QStringList { u"level_order"_s };
    QTest::newRow("same level twice")
        << ReviewChain { kDirectorStep, ReviewStep { Role::Worker, Level::Community, 24 } }
        << Level::Community << QStringList { u"level_order"_s };
    QTest::newRow("duplicate") << ReviewChain { kDirectorStep, kStreetStep, kDirectorStep }
                               << Level::Community << QStringList { u"duplicate_step"_s };
    QTest::newRow("below a street notice")
        << defaultCommunityChain() << Level::Street << QStringList { u"level_order"_s };
    QTest::newRow("grid step for a community")
        << ReviewChain { ReviewStep { Role::Worker, Level::Grid, 24 }, kStreetStep }
        << Level::Community << QStringList { u"level_order"_s };
    QTest::newRow("zero hours") << ReviewChain {
        ReviewStep { Role::Director, Level::Community, 0 }
    } << Level::Community << QStringList { u"invalid_due_hours"_s };
    QTest::newRow("two problems") << ReviewChain {
        kStreetStep, kDirectorStep, ReviewStep { Role::Viewer, Level::City, 24 }
    } << Level::Community << QStringList { u"level_order"_s, u"role_cannot_review"_s };
    QTest::newRow("department publishes") << defaultCommunityChain() << Level::Department
                                          << QStringList { u"level_not_in_hierarchy"_s };
}

void TestNoticeWorkflow::validateChain()
{
    QFETCH(ReviewChain, chain);
    QFETCH(Level, publishingLevel);
    QFETCH(QStringList, codes);
    const auto errors = validateReviewChain(chain, publishingLevel);
    QCOMPARE(codesOf(errors), codes);
    for (const auto &error : errors) {
        QCOMPARE(error.field, u"chain"_s);
        QVERIFY(!error.message.isEmpty());
    }
}

void TestNoticeWorkflow::configJsonAndValidation()
{
    ReviewChainConfig config;
    config.byCategory.insert(
        u"政策解读"_s, ReviewChain { kDirectorStep, kStreetStep, kDistrictStep });
    const QJsonObject json = reviewChainConfigToJson(config);
    QCOMPARE(json.value(u"default"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"categories"_s).toObject().value(u"政策解读"_s).toArray().size(), 3);
    QCOMPARE(reviewChainConfigFromJson(json), config);
    QVERIFY(validateReviewChainConfig(config).isEmpty());

    // Without "default" the built-in chain applies; a category must be an array of steps.
    const auto onlyCategories = reviewChainConfigFromJson(QJsonDocument::fromJson(
        R"({"categories":{"召集令":[{"role":"director","level":"community"}]}})")
                                                              .object());
    QVERIFY(onlyCategories);
    QCOMPARE(onlyCategories->defaultChain, defaultCommunityChain());
    QCOMPARE(onlyCategories->byCategory.value(u"召集令"_s), ReviewChain { kDirectorStep });
    QCOMPARE(reviewChainConfigFromJson(
                 QJsonDocument::fromJson(R"({"categories":{"通知":{}}})").object()),
        std::nullopt);
    QCOMPARE(reviewChainConfigFromJson(QJsonDocument::fromJson(R"({"default":{}})").object()),
        std::nullopt);

    // Validation names the broken chain.
    ReviewChainConfig broken;
    broken.defaultChain = {};
    broken.byCategory.insert(u"便民"_s, ReviewChain { kStreetStep, kDirectorStep });
    const auto errors = validateReviewChainConfig(broken);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).code, u"empty_chain"_s);
    QCOMPARE(errors.at(0).field, u"default"_s);
    QCOMPARE(errors.at(1).code, u"level_order"_s);
    QCOMPARE(errors.at(1).field, u"categories/便民"_s);
}

void TestNoticeWorkflow::resolveChain_data()
{
    QTest::addColumn<Level>("unitLevel");
    QTest::addColumn<QString>("category");
    QTest::addColumn<ReviewChain>("expected");

    const ReviewChain policy { kDirectorStep, kStreetStep, kDistrictStep };
    QTest::newRow("community 通知")
        << Level::Community << u"通知"_s << ReviewChain { kDirectorStep, kStreetStep };
    QTest::newRow("community 政策解读") << Level::Community << u"政策解读"_s << policy;
    QTest::newRow("grid 通知") << Level::Grid << u"通知"_s
                               << ReviewChain { kDirectorStep, kStreetStep };
    QTest::newRow("street 通知") << Level::Street << u"通知"_s << ReviewChain { kStreetStep };
    QTest::newRow("street 政策解读")
        << Level::Street << u"政策解读"_s << ReviewChain { kStreetStep, kDistrictStep };
    QTest::newRow("district 通知") << Level::District << u"通知"_s << ReviewChain { kDistrictStep };
    QTest::newRow("district 政策解读")
        << Level::District << u"政策解读"_s << ReviewChain { kDistrictStep };
    QTest::newRow("city 通知") << Level::City << u"通知"_s << ReviewChain { kCityStep };
    QTest::newRow("department") << Level::Department << u"通知"_s << ReviewChain();
    QTest::newRow("category is exact")
        << Level::Community << u"政策"_s << ReviewChain { kDirectorStep, kStreetStep };
}

void TestNoticeWorkflow::resolveChain()
{
    QFETCH(Level, unitLevel);
    QFETCH(QString, category);
    QFETCH(ReviewChain, expected);
    ReviewChainConfig config;
    config.byCategory.insert(
        u"政策解读"_s, ReviewChain { kDirectorStep, kStreetStep, kDistrictStep });
    QCOMPARE(resolveReviewChain(config, unitLevel, category), expected);
}

void TestNoticeWorkflow::settingsPerDistrict()
{
    ReviewChainSettings settings;
    ReviewChainConfig sujiatun;
    sujiatun.defaultChain = { kDirectorStep, ReviewStep { Role::Street, Level::Street, 12 } };
    sujiatun.byCategory.insert(
        u"政策解读"_s, ReviewChain { kDirectorStep, kStreetStep, kDistrictStep });
    settings.setDistrictConfig(u"210111"_s, sujiatun);
    QVERIFY(settings.hasDistrictConfig(u"210111"_s));
    QVERIFY(!settings.hasDistrictConfig(u"210112"_s));
    QCOMPARE(settings.configFor(u"210111"_s), sujiatun);
    QCOMPARE(settings.configFor(u"210112"_s), ReviewChainConfig());

    QCOMPARE(settings.resolve(kCommunity, Level::Community, u"政策解读"),
        (ReviewChain { kDirectorStep, kStreetStep, kDistrictStep }));
    QCOMPARE(settings.resolve(kCommunity, Level::Community, u"通知"),
        (ReviewChain { kDirectorStep, ReviewStep { Role::Street, Level::Street, 12 } }));
    QCOMPARE(settings.resolve(kStreet, Level::Street, u"政策解读"),
        (ReviewChain { kStreetStep, kDistrictStep }));
    // Another district has no configuration: the built-in default.
    QCOMPARE(settings.resolve(kOtherDistrictCommunity, Level::Community, u"政策解读"),
        defaultCommunityChain());
    // The city has no district above it.
    QCOMPARE(settings.resolve(kCity, Level::City, u"通知"), ReviewChain { kCityStep });

    settings.removeDistrictConfig(u"210111"_s);
    QCOMPARE(settings.resolve(kCommunity, Level::Community, u"政策解读"), defaultCommunityChain());
}

void TestNoticeWorkflow::ancestorPaths()
{
    QCOMPARE(ancestorPathAt(kCommunity, Level::Community, Level::Community), kCommunity);
    QCOMPARE(ancestorPathAt(kCommunity, Level::Community, Level::Street), kStreet);
    QCOMPARE(ancestorPathAt(kCommunity, Level::Community, Level::District), kDistrict);
    QCOMPARE(ancestorPathAt(kCommunity, Level::Community, Level::City), kCity);
    QCOMPARE(ancestorPathAt(kGrid, Level::Grid, Level::Community), kCommunity);
    QCOMPARE(ancestorPathAt(kStreet, Level::Street, Level::District), kDistrict);
    // Below the unit, off the hierarchy, or above the path's root: no reviewing unit.
    QCOMPARE(ancestorPathAt(kStreet, Level::Street, Level::Community), QString());
    QCOMPARE(ancestorPathAt(kCommunity, Level::Community, Level::Department), QString());
    QCOMPARE(ancestorPathAt(u"/210111/210111001/210111001001/"_s, Level::Community, Level::City),
        QString());
    QCOMPARE(ancestorPathAt(QString(), Level::Community, Level::Community), QString());
}

void TestNoticeWorkflow::fullChainToPublished()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice notice = draft();
    QCOMPARE(notice.state, NoticeState::Draft);
    QCOMPARE(notice.revision, 0);
    QCOMPARE(notice.step, 0);

    const auto submit = submitNotice(notice, u"worker"_s, defaultCommunityChain(), t0);
    QVERIFY(submit.ok());
    QCOMPARE(submit.notice.state, NoticeState::InReview);
    QCOMPARE(submit.notice.chain, defaultCommunityChain());
    QCOMPARE(submit.notice.step, 1);
    QCOMPARE(submit.notice.stepStartedAt, t0);
    QCOMPARE(submit.notice.revision, 1);
    QCOMPARE(currentStep(submit.notice), kDirectorStep);
    QCOMPARE(currentReviewingUnitPath(submit.notice), kCommunity);

    const qint64 t1 = t0 + 2 * kHour;
    const auto first = approveNotice(submit.notice, kDirector, 4, u"语句通顺"_s, t1);
    QVERIFY(first.ok());
    QCOMPARE(first.notice.state, NoticeState::InReview);
    QCOMPARE(first.notice.step, 2);
    QCOMPARE(first.notice.stepStartedAt, t1);
    QCOMPARE(currentReviewingUnitPath(first.notice), kStreet);
    QCOMPARE(first.notice.reviews.size(), 1);
    const NoticeReview review = first.notice.reviews.first();
    QCOMPARE(review.revision, 1);
    QCOMPARE(review.step, 1);
    QCOMPARE(review.reviewerId, u"director"_s);
    QCOMPARE(review.reviewerRole, Role::Director);
    QCOMPARE(review.reviewerUnitPath, kCommunity);
    QVERIFY(review.approved);
    QCOMPARE(review.quality, 4);
    QCOMPARE(review.comment, u"语句通顺"_s);
    QCOMPARE(review.at, t1);

    const qint64 t2 = t1 + 5 * kHour;
    const auto second = approveNotice(first.notice, kStreetUser, 5, QString(), t2);
    QVERIFY(second.ok());
    QCOMPARE(second.notice.state, NoticeState::Approved);
    QCOMPARE(second.notice.step, 0);
    QCOMPARE(second.notice.stepStartedAt, 0);
    QCOMPARE(currentStep(second.notice), std::nullopt);
    QCOMPARE(second.notice.reviews.size(), 2);
    QCOMPARE(second.notice.reviews.at(1).step, 2);
    QCOMPARE(second.notice.reviews.at(1).quality, 5);
    // The chain stays on the notice for the record.
    QCOMPARE(second.notice.chain, defaultCommunityChain());

    const qint64 t3 = t2 + kHour;
    const auto published = publishNotice(second.notice, t3);
    QVERIFY(published.ok());
    QCOMPARE(published.notice.state, NoticeState::Published);
    QCOMPARE(published.notice.publishedAt, t3);
    QCOMPARE(published.notice.revision, 1);
}

void TestNoticeWorkflow::submitRefusals()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const ReviewChain chain = defaultCommunityChain();

    const auto notAuthor = submitNotice(draft(), u"worker2"_s, chain, t0);
    QCOMPARE(codeOf(notAuthor), u"not_author"_s);
    QCOMPARE(notAuthor.notice.state, NoticeState::Draft);

    const Notice inReview = submitted(chain, t0);
    QCOMPARE(codeOf(submitNotice(inReview, u"worker"_s, chain, t0)), u"invalid_state"_s);
    const Notice approved = approvedBy(approvedBy(inReview, kDirector, 3, t0), kStreetUser, 3, t0);
    QCOMPARE(codeOf(submitNotice(approved, u"worker"_s, chain, t0)), u"invalid_state"_s);
    const Notice published = publishNotice(approved, t0).notice;
    QCOMPARE(codeOf(submitNotice(published, u"worker"_s, chain, t0)), u"immutable"_s);

    Notice noTitle = draft();
    noTitle.content.title = u"  "_s;
    const auto title = submitNotice(noTitle, u"worker"_s, chain, t0);
    QCOMPARE(codeOf(title), u"required"_s);
    QCOMPARE(title.error->field, u"title"_s);

    Notice noCategory = draft();
    noCategory.content.category.clear();
    const auto category = submitNotice(noCategory, u"worker"_s, chain, t0);
    QCOMPARE(codeOf(category), u"required"_s);
    QCOMPARE(category.error->field, u"category"_s);

    Notice noBody = draft();
    noBody.content.bodyHtml = u"<p> </p><p><br></p>"_s;
    const auto body = submitNotice(noBody, u"worker"_s, chain, t0);
    QCOMPARE(codeOf(body), u"required"_s);
    QCOMPARE(body.error->field, u"body_html"_s);

    QCOMPARE(codeOf(submitNotice(draft(), u"worker"_s, ReviewChain(), t0)), u"no_chain"_s);
    QCOMPARE(
        codeOf(submitNotice(draft(), u"worker"_s, ReviewChain { kStreetStep, kDirectorStep }, t0)),
        u"invalid_chain"_s);

    // A city step for a unit whose recorded path starts at its district has no reviewer.
    Notice rootedAtDistrict = newNotice(
        u"n2"_s, u"/210111/210111001/210111001001/"_s, Level::Community, u"worker"_s, content());
    QCOMPARE(codeOf(submitNotice(
                 rootedAtDistrict, u"worker"_s, ReviewChain { kDirectorStep, kCityStep }, t0)),
        u"invalid_chain"_s);
    QVERIFY(submitNotice(rootedAtDistrict, u"worker"_s, chain, t0).ok());
}

void TestNoticeWorkflow::approveRefusals()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice atStep1 = submitted(defaultCommunityChain(), t0);

    // PRODUCT.md §3: steps run in order and none can be skipped.
    const auto skipped = approveNotice(atStep1, kStreetUser, 4, QString(), t0);
    QCOMPARE(codeOf(skipped), u"step_skipped"_s);
    QCOMPARE(skipped.notice.step, 1);
    QVERIFY(skipped.notice.reviews.isEmpty());

    QCOMPARE(codeOf(approveNotice(atStep1, kWorker2, 4, QString(), t0)), u"not_reviewer"_s);
    QCOMPARE(codeOf(approveNotice(atStep1, kOtherDirector, 4, QString(), t0)), u"not_reviewer"_s);
    QCOMPARE(codeOf(approveNotice(atStep1, kDistrictUser, 4, QString(), t0)), u"not_reviewer"_s);

    const Notice atStep2 = approvedBy(atStep1, kDirector, 4, t0);
    const auto again = approveNotice(atStep2, kDirector, 4, QString(), t0);
    QCOMPARE(codeOf(again), u"not_current_step"_s);
    QCOMPARE(again.notice.reviews.size(), 1);
    QCOMPARE(codeOf(approveNotice(atStep2, kOtherStreetUser, 4, QString(), t0)), u"not_reviewer"_s);

    // PRODUCT.md §3: nobody approves their own notice, even when they hold the step.
    const Notice ownNotice = submitted(defaultCommunityChain(), t0, draft(u"director"_s));
    QCOMPARE(codeOf(approveNotice(ownNotice, kDirector, 5, QString(), t0)), u"self_approval"_s);
    QCOMPARE(codeOf(rejectNotice(ownNotice, kDirector, u"再改改"_s, t0)), u"self_approval"_s);

    QCOMPARE(codeOf(approveNotice(draft(), kDirector, 4, QString(), t0)), u"invalid_state"_s);
    const Notice approved = approvedBy(atStep2, kStreetUser, 4, t0);
    QCOMPARE(codeOf(approveNotice(approved, kStreetUser, 4, QString(), t0)), u"invalid_state"_s);
    const Notice published = publishNotice(approved, t0).notice;
    QCOMPARE(codeOf(approveNotice(published, kStreetUser, 4, QString(), t0)), u"immutable"_s);
    QCOMPARE(codeOf(rejectNotice(published, kStreetUser, u"不妥"_s, t0)), u"immutable"_s);
}

void TestNoticeWorkflow::qualityBounds()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice notice = submitted(defaultCommunityChain(), t0);
    for (const std::optional<int> bad : { std::optional<int>(), std::optional<int>(0),
             std::optional<int>(6), std::optional<int>(-1) }) {
        const auto result = approveNotice(notice, kDirector, bad, QString(), t0);
        QCOMPARE(codeOf(result), u"quality_required"_s);
        QCOMPARE(result.error->field, u"quality"_s);
        QCOMPARE(result.notice.step, 1);
    }
    QVERIFY(approveNotice(notice, kDirector, 1, QString(), t0).ok());
    QVERIFY(approveNotice(notice, kDirector, 5, QString(), t0).ok());
}

void TestNoticeWorkflow::rejectAndResubmit()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice atStep2 = approvedBy(submitted(defaultCommunityChain(), t0), kDirector, 4, t0);

    for (const QString &blank : { QString(), u" \n "_s }) {
        const auto noComment = rejectNotice(atStep2, kStreetUser, blank, t0);
        QCOMPARE(codeOf(noComment), u"comment_required"_s);
        QCOMPARE(noComment.error->field, u"comment"_s);
    }
    QCOMPARE(codeOf(rejectNotice(atStep2, kDirector, u"还要改"_s, t0)), u"not_current_step"_s);

    const qint64 t1 = t0 + 3 * kHour;
    const auto rejected = rejectNotice(atStep2, kStreetUser, u"活动时间写错了"_s, t1);
    QVERIFY(rejected.ok());
    QCOMPARE(rejected.notice.state, NoticeState::Rejected);
    QCOMPARE(rejected.notice.step, 0);
    QCOMPARE(rejected.notice.stepStartedAt, 0);
    QCOMPARE(currentStep(rejected.notice), std::nullopt);
    QCOMPARE(rejected.notice.reviews.size(), 2);
    const NoticeReview rejection = rejected.notice.reviews.last();
    QVERIFY(!rejection.approved);
    QCOMPARE(rejection.step, 2);
    QCOMPARE(rejection.quality, 0);
    QCOMPARE(rejection.comment, u"活动时间写错了"_s);
    QCOMPARE(rejection.at, t1);

    // Nothing more can be decided on a rejected notice.
    QCOMPARE(
        codeOf(approveNotice(rejected.notice, kStreetUser, 3, QString(), t1)), u"invalid_state"_s);

    // PRODUCT.md §3: a resubmission starts at step 1 again, under the chain now in force.
    const ReviewChain policy { kDirectorStep, kStreetStep, kDistrictStep };
    const qint64 t2 = t1 + kHour;
    const auto resubmitted = submitNotice(rejected.notice, u"worker"_s, policy, t2);
    QVERIFY(resubmitted.ok());
    QCOMPARE(resubmitted.notice.state, NoticeState::InReview);
    QCOMPARE(resubmitted.notice.step, 1);
    QCOMPARE(resubmitted.notice.stepStartedAt, t2);
    QCOMPARE(resubmitted.notice.revision, 2);
    QCOMPARE(resubmitted.notice.chain, policy);
    QCOMPARE(resubmitted.notice.reviews.size(), 2);
    // The director must approve again before the street may.
    QCOMPARE(codeOf(approveNotice(resubmitted.notice, kStreetUser, 4, QString(), t2)),
        u"step_skipped"_s);
    const Notice atStep3
        = approvedBy(approvedBy(resubmitted.notice, kDirector, 4, t2), kStreetUser, 4, t2);
    QCOMPARE(atStep3.step, 3);
    QCOMPARE(currentReviewingUnitPath(atStep3), kDistrict);
    QCOMPARE(atStep3.reviews.last().revision, 2);
    QCOMPARE(approvedBy(atStep3, kDistrictUser, 5, t2).state, NoticeState::Approved);
}

void TestNoticeWorkflow::withdrawRules()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice inReview = approvedBy(submitted(defaultCommunityChain(), t0), kDirector, 4, t0);

    QCOMPARE(codeOf(withdrawNotice(inReview, u"worker2"_s)), u"not_author"_s);
    QCOMPARE(codeOf(withdrawNotice(draft(), u"worker"_s)), u"invalid_state"_s);

    const auto withdrawn = withdrawNotice(inReview, u"worker"_s);
    QVERIFY(withdrawn.ok());
    QCOMPARE(withdrawn.notice.state, NoticeState::Withdrawn);
    QCOMPARE(withdrawn.notice.step, 0);
    QCOMPARE(codeOf(withdrawNotice(withdrawn.notice, u"worker"_s)), u"invalid_state"_s);
    QCOMPARE(
        codeOf(approveNotice(withdrawn.notice, kStreetUser, 4, QString(), t0)), u"invalid_state"_s);

    const auto resubmitted
        = submitNotice(withdrawn.notice, u"worker"_s, defaultCommunityChain(), t0 + kHour);
    QVERIFY(resubmitted.ok());
    QCOMPARE(resubmitted.notice.step, 1);
    QCOMPARE(resubmitted.notice.revision, 2);

    const Notice approved = approvedBy(inReview, kStreetUser, 4, t0);
    QCOMPARE(codeOf(withdrawNotice(approved, u"worker"_s)), u"invalid_state"_s);
    QCOMPARE(
        codeOf(withdrawNotice(publishNotice(approved, t0).notice, u"worker"_s)), u"immutable"_s);
}

void TestNoticeWorkflow::saveRules()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    NoticeContent edited = content();
    edited.title = u"重阳节敬老活动报名(更新)"_s;
    edited.scheduledAt = t0 + 24 * kHour;

    const auto saved = saveNotice(draft(), u"worker"_s, edited);
    QVERIFY(saved.ok());
    QCOMPARE(saved.notice.content, edited);
    QCOMPARE(saved.notice.state, NoticeState::Draft);
    QCOMPARE(codeOf(saveNotice(draft(), u"worker2"_s, edited)), u"not_author"_s);

    const Notice inReview = submitted(defaultCommunityChain(), t0);
    const auto whileInReview = saveNotice(inReview, u"worker"_s, edited);
    QCOMPARE(codeOf(whileInReview), u"invalid_state"_s);
    QCOMPARE(whileInReview.notice.content, content());

    const Notice rejected = rejectNotice(inReview, kDirector, u"标题太长"_s, t0).notice;
    const auto savedRejected = saveNotice(rejected, u"worker"_s, edited);
    QVERIFY(savedRejected.ok());
    QCOMPARE(savedRejected.notice.state, NoticeState::Rejected);
    QCOMPARE(savedRejected.notice.content.title, edited.title);

    const Notice withdrawn = withdrawNotice(inReview, u"worker"_s).notice;
    QVERIFY(saveNotice(withdrawn, u"worker"_s, edited).ok());

    const Notice approved = approvedBy(approvedBy(inReview, kDirector, 4, t0), kStreetUser, 4, t0);
    QCOMPARE(codeOf(saveNotice(approved, u"worker"_s, edited)), u"invalid_state"_s);
    const Notice published = publishNotice(approved, t0).notice;
    const auto immutable = saveNotice(published, u"worker"_s, edited);
    QCOMPARE(codeOf(immutable), u"immutable"_s);
    QCOMPARE(immutable.notice.content, content());
}

void TestNoticeWorkflow::corrections()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    Notice scheduled = draft();
    scheduled.content.scheduledAt = t0 + kHour;
    const Notice approved = approvedBy(
        approvedBy(submitted(defaultCommunityChain(), t0, scheduled), kDirector, 4, t0),
        kStreetUser, 4, t0);
    QCOMPARE(codeOf(createCorrection(approved, u"n9"_s, u"worker2"_s)), u"not_published"_s);

    const Notice published = publishNotice(approved, t0 + 2 * kHour).notice;
    QCOMPARE(published.state, NoticeState::Published);
    const auto correction = createCorrection(published, u"n9"_s, u"worker2"_s);
    QVERIFY(correction.ok());
    QCOMPARE(correction.notice.id, u"n9"_s);
    QCOMPARE(correction.notice.corrects, u"n1"_s);
    QCOMPARE(correction.notice.state, NoticeState::Draft);
    QCOMPARE(correction.notice.authorId, u"worker2"_s);
    QCOMPARE(correction.notice.unitPath, kCommunity);
    QCOMPARE(correction.notice.revision, 0);
    QCOMPARE(correction.notice.content.title, content().title);
    QCOMPARE(correction.notice.content.scheduledAt, std::nullopt);
    QVERIFY(correction.notice.reviews.isEmpty());
}

void TestNoticeWorkflow::publishNowAndScheduled()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    QCOMPARE(codeOf(publishNotice(draft(), t0)), u"not_approved"_s);
    const Notice inReview = submitted(defaultCommunityChain(), t0);
    QCOMPARE(codeOf(publishNotice(inReview, t0)), u"not_approved"_s);
    QCOMPARE(codeOf(publishNotice(rejectNotice(inReview, kDirector, u"不行"_s, t0).notice, t0)),
        u"not_approved"_s);

    const Notice approved = approvedBy(approvedBy(inReview, kDirector, 4, t0), kStreetUser, 4, t0);
    QVERIFY(!dueForPublishing(approved, t0));

    // Scheduled for 2026-07-02 08:00: publishing before then keeps it approved until due.
    Notice scheduled = approved;
    scheduled.content.scheduledAt = at(u"2026-07-02T08:00:00+08:00");
    const qint64 due = *scheduled.content.scheduledAt;
    const auto early = publishNotice(scheduled, t0);
    QVERIFY(early.ok());
    QCOMPARE(early.notice.state, NoticeState::Approved);
    QVERIFY(early.notice.publishRequested);
    QCOMPARE(early.notice.publishedAt, std::nullopt);
    QVERIFY(!dueForPublishing(scheduled, due)); // never asked to publish
    QVERIFY(!dueForPublishing(early.notice, due - 1));
    QVERIFY(dueForPublishing(early.notice, due));
    QVERIFY(dueForPublishing(early.notice, due + kHour));

    const auto onTime = publishNotice(early.notice, due + 1000);
    QVERIFY(onTime.ok());
    QCOMPARE(onTime.notice.state, NoticeState::Published);
    QCOMPARE(onTime.notice.publishedAt, due + 1000);
    QVERIFY(!onTime.notice.publishRequested);
    QVERIFY(!dueForPublishing(onTime.notice, due + kHour));
    QCOMPARE(codeOf(publishNotice(onTime.notice, due + kHour)), u"immutable"_s);

    // A schedule already past publishes at once.
    Notice late = approved;
    late.content.scheduledAt = t0 - kHour;
    const auto now = publishNotice(late, t0);
    QCOMPARE(now.notice.state, NoticeState::Published);
    QCOMPARE(now.notice.publishedAt, t0);
}

void TestNoticeWorkflow::subjectForPermissions()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice atStep1 = submitted(defaultCommunityChain(), t0);
    const Subject first = noticeSubject(atStep1);
    QCOMPARE(first.kind, Kind::Notice);
    QCOMPARE(first.unitPath, kCommunity);
    QCOMPARE(first.unitLevel, Level::Community);
    QCOMPARE(first.ownerId, u"worker"_s);
    QCOMPARE(first.stepRole, Role::Director);
    QCOMPARE(first.stepUnitPath, kCommunity);
    QCOMPARE(permit(kDirector, Action::NoticeApprove, first), Verdict::Allowed);
    QCOMPARE(permit(kStreetUser, Action::NoticeApprove, first), Verdict::Forbidden);
    QCOMPARE(permit(kOtherDirector, Action::NoticeApprove, first), Verdict::NotFound);

    const Subject second = noticeSubject(approvedBy(atStep1, kDirector, 4, t0));
    QCOMPARE(second.stepRole, Role::Street);
    QCOMPARE(second.stepUnitPath, kStreet);
    QCOMPARE(permit(kStreetUser, Action::NoticeReject, second), Verdict::Allowed);
    QCOMPARE(permit(kDirector, Action::NoticeApprove, second), Verdict::Forbidden);

    const Subject ofDraft = noticeSubject(draft());
    QCOMPARE(ofDraft.stepRole, std::nullopt);
    QCOMPARE(ofDraft.stepUnitPath, QString());
    QCOMPARE(permit(kWorker, Action::NoticeSave, ofDraft), Verdict::Allowed);
}

void TestNoticeWorkflow::awaitingMyReview()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const Notice atStep1 = submitted(defaultCommunityChain(), t0);
    QCOMPARE(reviewerStep(atStep1, kDirector), 1);
    QCOMPARE(reviewerStep(atStep1, kStreetUser), 2);
    QCOMPARE(reviewerStep(atStep1, kOtherStreetUser), 0);
    QVERIFY(awaitsReviewBy(atStep1, kDirector));
    QVERIFY(!awaitsReviewBy(atStep1, kStreetUser));
    const Notice atStep2 = approvedBy(atStep1, kDirector, 4, t0);
    QVERIFY(!awaitsReviewBy(atStep2, kDirector));
    QVERIFY(awaitsReviewBy(atStep2, kStreetUser));
    QVERIFY(!awaitsReviewBy(approvedBy(atStep2, kStreetUser, 4, t0), kStreetUser));
    // The director's own notice never waits for the director.
    QVERIFY(
        !awaitsReviewBy(submitted(defaultCommunityChain(), t0, draft(u"director"_s)), kDirector));
}

void TestNoticeWorkflow::stepDueAndOverdue()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const ReviewChain chain { kDirectorStep, ReviewStep { Role::Street, Level::Street, 48 } };
    const Notice atStep1 = submitted(chain, t0);
    const qint64 due1 = at(u"2026-07-02T09:00:00+08:00");
    QCOMPARE(stepDueAt(atStep1), due1);
    QVERIFY(!isOverdue(atStep1, t0));
    QVERIFY(!isOverdue(atStep1, due1));
    QVERIFY(isOverdue(atStep1, due1 + 1));

    // The second step's clock starts at the first approval and runs for its 48 hours.
    const qint64 t1 = at(u"2026-07-01T15:30:00+08:00");
    const Notice atStep2 = approvedBy(atStep1, kDirector, 4, t1);
    const qint64 due2 = at(u"2026-07-03T15:30:00+08:00");
    QCOMPARE(stepDueAt(atStep2), due2);
    QVERIFY(!isOverdue(atStep2, due1 + 1));
    QVERIFY(isOverdue(atStep2, due2 + 1));

    QCOMPARE(stepDueAt(draft()), std::nullopt);
    QVERIFY(!isOverdue(draft(), due2 + 1));
    const Notice approved = approvedBy(atStep2, kStreetUser, 4, due2 + 1);
    QCOMPARE(stepDueAt(approved), std::nullopt);
    QVERIFY(!isOverdue(approved, due2 + 100 * kHour));
}

void TestNoticeWorkflow::rejectionNotifications()
{
    const qint64 t0 = at(u"2026-07-01T09:00:00+08:00");
    const ReviewChain policy { kDirectorStep, kStreetStep, kDistrictStep };

    // Rejected at step 1: only the author hears of it.
    const Notice atStep1 = submitted(policy, t0);
    QCOMPARE(rejectionRecipients(rejectNotice(atStep1, kDirector, u"重写"_s, t0).notice),
        QStringList { u"worker"_s });

    // Rejected at step 3: the author and both earlier reviewers.
    const Notice atStep3 = approvedBy(approvedBy(atStep1, kDirector, 4, t0), kStreetUser, 4, t0);
    QCOMPARE(
        rejectionRecipients(atStep3), (QStringList { u"worker"_s, u"director"_s, u"street"_s }));
    const Notice rejected = rejectNotice(atStep3, kDistrictUser, u"政策表述需核实"_s, t0).notice;
    QCOMPARE(
        rejectionRecipients(rejected), (QStringList { u"worker"_s, u"director"_s, u"street"_s }));

    // After resubmission only this submission's reviewers count.
    const Notice again = submitted(policy, t0 + kHour, rejected);
    const Notice rejectedAgain = rejectNotice(again, kDirector, u"还是不行"_s, t0 + kHour).notice;
    QCOMPARE(rejectionRecipients(rejectedAgain), QStringList { u"worker"_s });
}

QTEST_GUILESS_MAIN(TestNoticeWorkflow)
#include "tst_noticeworkflow.moc"
