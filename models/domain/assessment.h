#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <variant>

namespace civic::domain {

// A rule-set number exactly as written in JSON (ASSESSMENT.md §5), held in millionths so
// that scoring is exact: 2.5 is {2'500'000}. At most 6 decimal places.
struct RuleNumber
{
    static constexpr qint64 kScale = 1'000'000;
    qint64 micros = 0;

    static constexpr RuleNumber whole(qint64 value) { return RuleNumber { value * kScale }; }
    double toDouble() const { return double(micros) / double(kScale); }
    // "2000", "2.5": the shortest decimal, as JSON would write it.
    QString toString() const;
    friend bool operator==(const RuleNumber &, const RuleNumber &) = default;
};

// A versioned rule set of the quarterly assessment; default-constructed it is
// `sujiatun-2016` (ASSESSMENT.md §5).
struct AssessmentRules
{
    QString version = QStringLiteral("sujiatun-2016");
    RuleNumber slaHours = RuleNumber::whole(24);
    RuleNumber aMax = RuleNumber::whole(50);
    qint64 aTopN = 8;
    RuleNumber b1Max = RuleNumber::whole(20);
    RuleNumber b2Max = RuleNumber::whole(5);
    std::array<RuleNumber, 3> b3Weights { RuleNumber::whole(6), RuleNumber::whole(5),
        RuleNumber::whole(4) };
    RuleNumber cMax = RuleNumber::whole(10);
    RuleNumber cPenalty = RuleNumber::whole(1);
    RuleNumber bonusEvent = RuleNumber::whole(15);
    RuleNumber bonusInnovationEach = RuleNumber::whole(3);
    RuleNumber bonusInnovationMax = RuleNumber::whole(15);
    RuleNumber bonusServiceEach = RuleNumber::whole(2);
    RuleNumber bonusServiceMax = RuleNumber::whole(10);
    RuleNumber newsDistrict = RuleNumber::whole(2);
    RuleNumber newsCity = RuleNumber::whole(5);
    qint64 newsMinLeads = 2;
    RuleNumber newsMax = RuleNumber::whole(10);
    RuleNumber awardMinNet = RuleNumber::whole(100);
    QList<RuleNumber> awards { RuleNumber::whole(2000), RuleNumber::whole(2000),
        RuleNumber::whole(2000), RuleNumber::whole(2000), RuleNumber::whole(2000),
        RuleNumber::whole(1000), RuleNumber::whole(1000), RuleNumber::whole(1000),
        RuleNumber::whole(1000), RuleNumber::whole(1000) };

    friend bool operator==(const AssessmentRules &, const AssessmentRules &) = default;
};

// Why a rule set or bundle was refused; it names the community (by code) and the field.
struct AssessmentError
{
    QString community; // the community's code; empty when the fault is not a community's
    QString field; // "rules.a_top_n", "quarter", "notices[0].published_at"
    QString message; // what is wrong with it
    // "community 210111001001: notices[0].published_at: …" or "rules.a_max: …".
    QString toString() const;
};

// One notice of a community as the engine reads it (ASSESSMENT.md §6).
struct AssessmentNotice
{
    QString id;
    qint64 publishedAt = 0;
    QList<int> quality; // reviewers' ratings 1–5
};

enum class Satisfaction { None, Satisfied, Basic, Unsatisfied };

// One complaint of a community as the engine reads it (ASSESSMENT.md §6).
struct AssessmentComplaint
{
    QString id;
    qint64 submittedAt = 0;
    std::optional<qint64> firstReplyAt;
    std::optional<qint64> resolvedAt;
    Satisfaction satisfaction = Satisfaction::None;
    bool serviceExample = false;
    QString nickname;
    QString content;
    QString resolution;
    QString reply;
};

// One reporting task (材料上报) of a community (ASSESSMENT.md §6).
struct AssessmentTask
{
    QString id;
    qint64 dueAt = 0;
    std::optional<qint64> submittedAt;
};

enum class ClaimKind { Event, Innovation, NewsLead };
enum class Adoption { None, District, City };

// One bonus claim of a community (ASSESSMENT.md §3, §6).
struct AssessmentClaim
{
    QString id;
    ClaimKind kind = ClaimKind::Event;
    qint64 date = 0;
    QString status;
    Adoption adoptedBy = Adoption::None; // the highest adoption when several were given
};

// One community's quarter as the engine reads it (ASSESSMENT.md §6).
struct AssessmentCommunity
{
    QString code;
    QString name;
    std::optional<qint64> households;
    qint64 fansStart = 0;
    qint64 fansEnd = 0;
    QList<AssessmentNotice> notices;
    QList<AssessmentComplaint> complaints;
    QList<AssessmentTask> tasks;
    QList<AssessmentClaim> claims;
};

// Everything the scoring engine reads for one district and quarter (ASSESSMENT.md §6).
struct AssessmentBundle
{
    QString districtCode;
    QString districtName;
    QString quarter; // "2026Q3"
    qint64 quarterStart = 0; // inclusive, ms since epoch
    qint64 quarterEnd = 0; // exclusive
    AssessmentRules rules; // the bundle's "rules" over the defaults
    QList<AssessmentCommunity> communities;
};

// The components of a result row, in §7's order.
enum class Component {
    A,
    B1,
    B2,
    B3,
    C,
    BonusEvent,
    BonusInnovation,
    BonusService,
    BonusNews,
};
inline constexpr int kComponentCount = 9;
// The §7 key of a component: "A", "B1", …, "bonus_news".
QString componentKey(Component component);

// The inputs behind each cell of a row, for the client's explanations (PRODUCT.md §5:
// "ranking table with every component, each explained from its inputs").
struct AssessmentExplain
{
    // A
    qint64 fansStart = 0;
    qint64 fansEnd = 0;
    qint64 net = 0;
    qint64 positiveNetSum = 0; // Σ max(net_i, 0): share = net / positiveNetSum
    qint64 maxNet = 0; // the leader's net: share_max = maxNet / positiveNetSum
    int tier = 0;
    int tierPosition = 0; // 1-based place in tier 1 (by net) or tier 2 (by ratio); 0 in tier 0
    int tierSize = 0; // how many communities are in the same tier (M for tier 2)
    double share = 0;
    double shareMax = 0;
    std::optional<qint64> households;
    double ratio = 0;
    double floor = 0; // the lowest tier-1 score, unrounded (tier 2 only)
    // B1
    int p = 0;
    int pMax = 0;
    // B2
    int ratingCount = 0;
    qint64 ratingSum = 0;
    double q = 0;
    // B3
    int complaints = 0; // submitted in the quarter: the denominator of s1 and s2
    int repliedInTime = 0;
    int resolvedInQuarter = 0;
    int rated = 0;
    int satisfied = 0;
    int basic = 0;
    double s1 = 1;
    double s2 = 1;
    double s3 = 1;
    // C
    int tasks = 0;
    int misses = 0;
    // Bonuses
    int events = 0;
    int innovations = 0;
    int serviceExamples = 0;
    int newsLeads = 0;
    int newsCity = 0;
    int newsDistrict = 0;
    double newsPoints = 0; // before the cap
    // Each component before rounding.
    std::array<double, kComponentCount> exact {};
};

// One community's line of the result table (ASSESSMENT.md §7).
struct AssessmentRow
{
    QString code;
    QString name;
    int rank = 0;
    qint64 net = 0;
    int tier = 0;
    std::array<qint64, kComponentCount> cents {}; // each component rounded, in hundredths
    qint64 totalCents = 0; // the sum of the rounded components
    bool eligible = false;
    RuleNumber award;
    AssessmentExplain explain;

    qint64 centsOf(Component c) const { return cents[std::size_t(c)]; }
    double value(Component c) const { return double(centsOf(c)) / 100.0; }
    double total() const { return double(totalCents) / 100.0; }
};

// The scored quarter of one district: rows in rank order and the best community.
struct AssessmentResult
{
    QString district;
    QString quarter;
    AssessmentRules rules;
    std::optional<QString> best;
    QList<AssessmentRow> results;
};

// "2026Q3" → [2026-07-01 00:00, 2026-10-01 00:00) China time, in ms since epoch.
std::optional<std::pair<qint64, qint64>> quarterBounds(QStringView quarter);

// Reads a rule set: `object`'s keys over `base` (the defaults unless given). Unknown keys,
// wrong types and negative values are refused naming the key (ASSESSMENT.md §5).
std::variant<AssessmentRules, AssessmentError> parseRules(
    const QJsonObject &object, const AssessmentRules &base = {});
// The rule set as a §5 JSON object (every key).
QJsonObject rulesJson(const AssessmentRules &rules);

// Reads and checks an input bundle (ASSESSMENT.md §6); its "rules" go over the defaults.
// Malformed input is refused as a whole, naming the community and field.
std::variant<AssessmentBundle, AssessmentError> parseBundle(const QJsonObject &object);

// Scores the bundle's quarter under `rules` (ASSESSMENT.md §1–§4). A pure function.
AssessmentResult score(const AssessmentBundle &bundle, const AssessmentRules &rules);
inline AssessmentResult score(const AssessmentBundle &bundle)
{
    return score(bundle, bundle.rules);
}

// The §7 result as a JSON object (components as doubles of their 2-decimal values).
QJsonObject resultJson(const AssessmentResult &result);
// The §7 result as UTF-8 text, keys in §7's order, components always written with a
// decimal point ("50.0") and counts, ranks and whole awards as integers; ends in '\n'.
QByteArray resultJsonText(const AssessmentResult &result);
// The inputs behind every cell, for explanations: {"district", "quarter", "rules",
// "rows": [{"code", "net", "share", …}]} with rows in rank order. Not part of §7.
QJsonObject explainJson(const AssessmentResult &result);

} // namespace civic::domain
