// The quarterly assessment scoring engine: input bundle → result (ASSESSMENT.md).
//
// Interpretations, where ASSESSMENT.md leaves room (each one is tested in
// tests/domain/tst_assessment.cpp):
// 1. Tier 2's `floor` is the lowest tier-1 score *unrounded*: §2 defines the scores, and
//    §4 rounds the published components only. With a_top_n = 0 tier 1 is empty, floor is 0
//    and every tier-2 community scores 0.
// 2. The ranking's "A desc" compares the rounded A, the published component, as "total"
//    is the sum of the rounded components.
// 3. Rule numbers (§5): points, hours, the net threshold and yuan may be any non-negative
//    JSON number, taken exactly as the decimal written (its shortest round-trip form), with
//    at most 6 decimal places and at most 1e9. a_top_n and news_min_leads are counts and
//    must be whole. A rule key given as null is a wrong type (§5); a bundle's "rules": null
//    means no overrides (§6: optional fields may be null).
// 4. Bundle (§6): required are district.code, quarter ("YYYYQn", n 1–4), communities, each
//    community's code (non-empty, unique), fans_start and fans_end (whole, 0 to 1e12), and
//    each item's defining time (notices' published_at, complaints' submitted_at, tasks'
//    due_at, claims' date) and claims' kind and status. Everything else may be absent or
//    null: name → "", households → ratio 0, lists → empty, missing times → none,
//    satisfaction → unrated, service_example → false, texts → empty, adopted_by → none,
//    quality → no ratings. households may be any whole number (§2: "≤ 0 gives ratio 0").
//    Enumerations are closed (satisfaction, kind, adopted_by); claim status is free text
//    and only "approved" counts. Ratings must be whole 1–5. Unknown bundle keys are
//    ignored (only rule sets refuse unknown keys). Item ids may be strings or numbers.
// 5. s1: a first reply with first_reply_at − submitted_at ≤ sla_hours is in time, also
//    when the difference is negative; the comparison is exact to the millisecond.
// 6. "non-empty" nickname/content/resolution/reply: at least one character (whitespace
//    counts).
// 7. adopted_by may be one of "city", "district", "none" (or null), or a list of them;
//    a lead scores its highest adoption only (city over district over none).
// 8. "code asc" is string order of the codes (byte order for the usual digit codes).
//    Codes are unique, so ranks and tier orders are total and do not depend on the order
//    of communities in the bundle.
// 9. A district with no communities scores to "results": [] and "best": null.
//
// Arithmetic: every input is an integer (counts, fans, households, milliseconds) or a rule
// number held exactly in millionths (RuleNumber), so every component is a rational number.
// The engine computes each component exactly as a fraction of 128-bit integers in lowest
// terms and rounds that fraction to hundredths half away from zero, so a value that is
// mathematically 2.675 becomes 2.68 (binary floating point would give 2.67). The bounds
// checked while parsing (rule numbers ≤ 1e9 with ≤ 6 decimals, fans and households
// ≤ 1e12) keep every intermediate far below 2^127; an overflow would stop the program
// rather than publish a wrong score.

#include "assessment.h"

#include "chinatime.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace civic::domain {

namespace {

__extension__ typedef __int128 Int128;

[[noreturn]] void overflow()
{
    qFatal("assessment: arithmetic overflow");
}

Int128 mul(Int128 a, Int128 b)
{
    Int128 r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        overflow();
    return r;
}

Int128 add(Int128 a, Int128 b)
{
    Int128 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        overflow();
    return r;
}

Int128 gcd(Int128 a, Int128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// An exact rational number in lowest terms, den > 0.
struct Exact
{
    Int128 num = 0;
    Int128 den = 1;
};

Exact exact(Int128 num, Int128 den = 1)
{
    Q_ASSERT(den != 0);
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Int128 g = gcd(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    return { num, den };
}

Exact exact(RuleNumber r)
{
    return exact(r.micros, RuleNumber::kScale);
}

Exact operator*(const Exact &a, const Exact &b)
{
    const Int128 g1 = gcd(a.num, b.den);
    const Int128 g2 = gcd(b.num, a.den);
    return exact(mul(a.num / g1, b.num / g2), mul(a.den / g2, b.den / g1));
}

Exact operator+(const Exact &a, const Exact &b)
{
    const Int128 g = gcd(a.den, b.den);
    const Int128 lcm = mul(a.den / g, b.den);
    return exact(add(mul(a.num, lcm / a.den), mul(b.num, lcm / b.den)), lcm);
}

Exact operator-(const Exact &a, const Exact &b)
{
    return a + Exact { -b.num, b.den };
}

bool operator<(const Exact &a, const Exact &b)
{
    return mul(a.num, b.den) < mul(b.num, a.den);
}

Exact minOf(const Exact &a, const Exact &b)
{
    return b < a ? b : a;
}

Exact maxOf(const Exact &a, const Exact &b)
{
    return a < b ? b : a;
}

double toDouble(const Exact &v)
{
    return double(static_cast<long double>(v.num) / static_cast<long double>(v.den));
}

// ASSESSMENT.md §4: every component is rounded to 2 decimals, half away from zero.
qint64 roundCents(const Exact &v)
{
    const Int128 n = mul(v.num, 100);
    const Int128 magnitude = n < 0 ? -n : n;
    const Int128 q = add(mul(magnitude, 2), v.den) / mul(v.den, 2);
    return qint64(n < 0 ? -q : q);
}

constexpr double kMaxRuleNumber = 1e9;
constexpr double kMaxFans = 1e12;
constexpr double kMaxHouseholds = 1e12;
constexpr int kRuleDecimals = 6;

// Internal: a refusal thrown while reading, turned into the returned AssessmentError.
struct Refusal
{
    AssessmentError error;
};

[[noreturn]] void refuse(const QString &community, const QString &field, const QString &message)
{
    throw Refusal { AssessmentError { community, field, message } };
}

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

// ---- rules -------------------------------------------------------------------------------

RuleNumber ruleNumber(const QJsonValue &v, const QString &field)
{
    if (!v.isDouble())
        refuse({}, field, u"must be a number, not %1"_s.arg(typeName(v)));
    const double d = v.toDouble();
    if (d < 0)
        refuse({}, field, u"must not be negative"_s);
    if (!(d <= kMaxRuleNumber))
        refuse({}, field, u"must be at most 1000000000"_s);
    // The shortest decimal that reads back as the same double is the number as written.
    const QString text = QString::number(d == 0 ? 0.0 : d, 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf(u'.');
    const QString wholePart = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (fraction.size() > kRuleDecimals)
        refuse({}, field, u"must have at most 6 decimal places"_s);
    const qint64 whole = wholePart.toLongLong();
    const qint64 micros
        = fraction.isEmpty() ? 0 : fraction.leftJustified(kRuleDecimals, u'0').toLongLong();
    return RuleNumber { whole * RuleNumber::kScale + micros };
}

qint64 ruleCount(const QJsonValue &v, const QString &field)
{
    if (!v.isDouble())
        refuse({}, field, u"must be a number, not %1"_s.arg(typeName(v)));
    const double d = v.toDouble();
    if (d < 0)
        refuse({}, field, u"must not be negative"_s);
    if (std::trunc(d) != d)
        refuse({}, field, u"must be a whole number"_s);
    if (d > kMaxRuleNumber)
        refuse({}, field, u"must be at most 1000000000"_s);
    return qint64(d);
}

RuleNumber ruleNumberAt(const QJsonArray &array, qsizetype i, const QString &field)
{
    return ruleNumber(array.at(i), u"%1[%2]"_s.arg(field).arg(i));
}

void readRule(AssessmentRules &r, const QString &key, const QJsonValue &v, const QString &field)
{
    if (key == u"version") {
        if (!v.isString())
            refuse({}, field, u"must be a string, not %1"_s.arg(typeName(v)));
        r.version = v.toString();
    } else if (key == u"sla_hours") {
        r.slaHours = ruleNumber(v, field);
    } else if (key == u"a_max") {
        r.aMax = ruleNumber(v, field);
    } else if (key == u"a_top_n") {
        r.aTopN = ruleCount(v, field);
    } else if (key == u"b1_max") {
        r.b1Max = ruleNumber(v, field);
    } else if (key == u"b2_max") {
        r.b2Max = ruleNumber(v, field);
    } else if (key == u"b3_weights") {
        if (!v.isArray())
            refuse({}, field, u"must be an array of 3 numbers, not %1"_s.arg(typeName(v)));
        const QJsonArray a = v.toArray();
        if (a.size() != 3)
            refuse({}, field, u"must have exactly 3 weights, not %1"_s.arg(a.size()));
        for (qsizetype i = 0; i < 3; ++i)
            r.b3Weights[std::size_t(i)] = ruleNumberAt(a, i, field);
    } else if (key == u"c_max") {
        r.cMax = ruleNumber(v, field);
    } else if (key == u"c_penalty") {
        r.cPenalty = ruleNumber(v, field);
    } else if (key == u"bonus_event") {
        r.bonusEvent = ruleNumber(v, field);
    } else if (key == u"bonus_innovation_each") {
        r.bonusInnovationEach = ruleNumber(v, field);
    } else if (key == u"bonus_innovation_max") {
        r.bonusInnovationMax = ruleNumber(v, field);
    } else if (key == u"bonus_service_each") {
        r.bonusServiceEach = ruleNumber(v, field);
    } else if (key == u"bonus_service_max") {
        r.bonusServiceMax = ruleNumber(v, field);
    } else if (key == u"news_district") {
        r.newsDistrict = ruleNumber(v, field);
    } else if (key == u"news_city") {
        r.newsCity = ruleNumber(v, field);
    } else if (key == u"news_min_leads") {
        r.newsMinLeads = ruleCount(v, field);
    } else if (key == u"news_max") {
        r.newsMax = ruleNumber(v, field);
    } else if (key == u"award_min_net") {
        r.awardMinNet = ruleNumber(v, field);
    } else if (key == u"awards") {
        if (!v.isArray())
            refuse({}, field, u"must be an array of numbers, not %1"_s.arg(typeName(v)));
        const QJsonArray a = v.toArray();
        QList<RuleNumber> awards;
        for (qsizetype i = 0; i < a.size(); ++i)
            awards.append(ruleNumberAt(a, i, field));
        r.awards = awards;
    } else {
        refuse({}, field, u"is not a rule-set key (ASSESSMENT.md §5)"_s);
    }
}

// ASSESSMENT.md §5: any subset of the keys; the first fault (in key order) is named.
void readRules(const QJsonObject &object, AssessmentRules &rules, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        readRule(rules, it.key(), it.value(), prefix + it.key());
}

// ---- bundle ------------------------------------------------------------------------------

// Reads the fields of one JSON object, naming faults by the community and a path.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString community, QString path)
        : m_object(object)
        , m_community(std::move(community))
        , m_path(std::move(path))
    {
    }

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    [[noreturn]] void fail(const QString &key, const QString &message) const
    {
        refuse(m_community, field(key), message);
    }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    QString requiredString(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            fail(key, u"is required"_s);
        if (!v.isString())
            fail(key, u"must be a string, not %1"_s.arg(typeName(v)));
        if (v.toString().isEmpty())
            fail(key, u"must not be empty"_s);
        return v.toString();
    }

    QString optionalString(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            return {};
        if (!v.isString())
            fail(key, u"must be a string, not %1"_s.arg(typeName(v)));
        return v.toString();
    }

    QString optionalId() const
    {
        const QJsonValue v = value(u"id"_s);
        if (isAbsent(v))
            return {};
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
        fail(u"id"_s, u"must be a string or a number, not %1"_s.arg(typeName(v)));
    }

    qint64 requiredTime(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            fail(key, u"is required"_s);
        return time(key, v);
    }

    std::optional<qint64> optionalTime(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            return std::nullopt;
        return time(key, v);
    }

    qint64 integer(const QString &key, const QJsonValue &v, double min, double max) const
    {
        if (!v.isDouble())
            fail(key, u"must be a number, not %1"_s.arg(typeName(v)));
        const double d = v.toDouble();
        if (std::trunc(d) != d)
            fail(key, u"must be a whole number"_s);
        if (d < min || d > max)
            fail(key, u"must be between %1 and %2"_s.arg(qint64(min)).arg(qint64(max)));
        return qint64(d);
    }

    qint64 requiredInteger(const QString &key, double min, double max) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            fail(key, u"is required"_s);
        return integer(key, v, min, max);
    }

    std::optional<qint64> optionalInteger(const QString &key, double min, double max) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            return std::nullopt;
        return integer(key, v, min, max);
    }

    bool optionalBool(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            return false;
        if (!v.isBool())
            fail(key, u"must be true or false, not %1"_s.arg(typeName(v)));
        return v.toBool();
    }

    // The objects of an optional list, each with a reader for its own path.
    QList<FieldReader> objects(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (isAbsent(v))
            return {};
        if (!v.isArray())
            fail(key, u"must be an array, not %1"_s.arg(typeName(v)));
        const QJsonArray array = v.toArray();
        QList<FieldReader> readers;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemKey = u"%1[%2]"_s.arg(key).arg(i);
            if (!array.at(i).isObject())
                fail(itemKey, u"must be an object, not %1"_s.arg(typeName(array.at(i))));
            readers.append(FieldReader(array.at(i).toObject(), m_community, field(itemKey)));
        }
        return readers;
    }

private:
    qint64 time(const QString &key, const QJsonValue &v) const
    {
        if (!v.isString())
            fail(key, u"must be an ISO 8601 date-time string, not %1"_s.arg(typeName(v)));
        const auto t = parseIsoTime(v.toString());
        if (!t)
            fail(key, u"must be an ISO 8601 date-time with offset, not \"%1\""_s.arg(v.toString()));
        return *t;
    }

    QJsonObject m_object;
    QString m_community;
    QString m_path;
};

AssessmentNotice readNotice(const FieldReader &r)
{
    AssessmentNotice n;
    n.id = r.optionalId();
    n.publishedAt = r.requiredTime(u"published_at"_s);
    const QJsonValue quality = r.value(u"quality"_s);
    if (!isAbsent(quality)) {
        if (!quality.isArray())
            r.fail(
                u"quality"_s, u"must be an array of ratings 1–5, not %1"_s.arg(typeName(quality)));
        const QJsonArray ratings = quality.toArray();
        for (qsizetype i = 0; i < ratings.size(); ++i)
            n.quality.append(int(r.integer(u"quality[%1]"_s.arg(i), ratings.at(i), 1, 5)));
    }
    return n;
}

AssessmentComplaint readComplaint(const FieldReader &r)
{
    AssessmentComplaint c;
    c.id = r.optionalId();
    c.submittedAt = r.requiredTime(u"submitted_at"_s);
    c.firstReplyAt = r.optionalTime(u"first_reply_at"_s);
    c.resolvedAt = r.optionalTime(u"resolved_at"_s);
    const QJsonValue satisfaction = r.value(u"satisfaction"_s);
    if (!isAbsent(satisfaction)) {
        const QString s = satisfaction.toString();
        if (!satisfaction.isString() || (s != u"satisfied" && s != u"basic" && s != u"unsatisfied"))
            r.fail(
                u"satisfaction"_s, u"must be \"satisfied\", \"basic\", \"unsatisfied\" or null"_s);
        c.satisfaction = s == u"satisfied" ? Satisfaction::Satisfied
            : s == u"basic"                ? Satisfaction::Basic
                                           : Satisfaction::Unsatisfied;
    }
    c.serviceExample = r.optionalBool(u"service_example"_s);
    c.nickname = r.optionalString(u"nickname"_s);
    c.content = r.optionalString(u"content"_s);
    c.resolution = r.optionalString(u"resolution"_s);
    c.reply = r.optionalString(u"reply"_s);
    return c;
}

AssessmentTask readTask(const FieldReader &r)
{
    AssessmentTask t;
    t.id = r.optionalId();
    t.dueAt = r.requiredTime(u"due_at"_s);
    t.submittedAt = r.optionalTime(u"submitted_at"_s);
    return t;
}

std::optional<Adoption> adoptionFromName(const QJsonValue &v)
{
    if (v.isNull())
        return Adoption::None;
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s == u"city")
        return Adoption::City;
    if (s == u"district")
        return Adoption::District;
    if (s == u"none")
        return Adoption::None;
    return std::nullopt;
}

AssessmentClaim readClaim(const FieldReader &r)
{
    AssessmentClaim k;
    k.id = r.optionalId();
    const QString kind = r.requiredString(u"kind"_s);
    if (kind == u"event")
        k.kind = ClaimKind::Event;
    else if (kind == u"innovation")
        k.kind = ClaimKind::Innovation;
    else if (kind == u"news_lead")
        k.kind = ClaimKind::NewsLead;
    else
        r.fail(u"kind"_s,
            u"must be \"event\", \"innovation\" or \"news_lead\", not \"%1\""_s.arg(kind));
    k.date = r.requiredTime(u"date"_s);
    k.status = r.requiredString(u"status"_s);
    const QJsonValue adopted = r.value(u"adopted_by"_s);
    const QString adoptedError
        = u"must be \"city\", \"district\", \"none\", null or a list of them"_s;
    if (adopted.isArray()) {
        const QJsonArray list = adopted.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto a = adoptionFromName(list.at(i));
            if (!a)
                r.fail(u"adopted_by[%1]"_s.arg(i), adoptedError);
            k.adoptedBy = std::max(k.adoptedBy, *a);
        }
    } else if (!adopted.isUndefined()) {
        const auto a = adoptionFromName(adopted);
        if (!a)
            r.fail(u"adopted_by"_s, adoptedError);
        k.adoptedBy = *a;
    }
    return k;
}

AssessmentCommunity readCommunity(const QJsonObject &object, qsizetype index)
{
    const QString where = u"communities[%1]"_s.arg(index);
    AssessmentCommunity c;
    c.code = FieldReader(object, {}, where).requiredString(u"code"_s);
    const FieldReader r(object, c.code, {});
    c.name = r.optionalString(u"name"_s);
    c.households = r.optionalInteger(u"households"_s, -kMaxHouseholds, kMaxHouseholds);
    c.fansStart = r.requiredInteger(u"fans_start"_s, 0, kMaxFans);
    c.fansEnd = r.requiredInteger(u"fans_end"_s, 0, kMaxFans);
    for (const auto &item : r.objects(u"notices"_s))
        c.notices.append(readNotice(item));
    for (const auto &item : r.objects(u"complaints"_s))
        c.complaints.append(readComplaint(item));
    for (const auto &item : r.objects(u"tasks"_s))
        c.tasks.append(readTask(item));
    for (const auto &item : r.objects(u"claims"_s))
        c.claims.append(readClaim(item));
    return c;
}

AssessmentBundle readBundle(const QJsonObject &object)
{
    AssessmentBundle bundle;
    const FieldReader top(object, {}, {});
    const QJsonValue district = object.value(u"district"_s);
    if (isAbsent(district))
        top.fail(u"district"_s, u"is required"_s);
    if (!district.isObject())
        top.fail(u"district"_s, u"must be an object with a code, not %1"_s.arg(typeName(district)));
    const FieldReader d(district.toObject(), {}, u"district"_s);
    bundle.districtCode = d.requiredString(u"code"_s);
    bundle.districtName = d.optionalString(u"name"_s);

    const QJsonValue quarter = object.value(u"quarter"_s);
    if (isAbsent(quarter))
        top.fail(u"quarter"_s, u"is required"_s);
    const auto bounds = quarter.isString() ? quarterBounds(quarter.toString()) : std::nullopt;
    if (!bounds)
        top.fail(u"quarter"_s, u"must be a quarter like \"2026Q3\""_s);
    bundle.quarter = quarter.toString();
    bundle.quarterStart = bounds->first;
    bundle.quarterEnd = bounds->second;

    const QJsonValue rules = object.value(u"rules"_s);
    if (!isAbsent(rules)) {
        if (!rules.isObject())
            top.fail(u"rules"_s, u"must be an object, not %1"_s.arg(typeName(rules)));
        readRules(rules.toObject(), bundle.rules, u"rules."_s);
    }

    const QJsonValue communities = object.value(u"communities"_s);
    if (isAbsent(communities))
        top.fail(u"communities"_s, u"is required"_s);
    if (!communities.isArray())
        top.fail(u"communities"_s, u"must be an array, not %1"_s.arg(typeName(communities)));
    const QJsonArray list = communities.toArray();
    QSet<QString> codes;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            top.fail(u"communities[%1]"_s.arg(i),
                u"must be an object, not %1"_s.arg(typeName(list.at(i))));
        AssessmentCommunity c = readCommunity(list.at(i).toObject(), i);
        if (codes.contains(c.code))
            refuse(c.code, u"code"_s, u"appears more than once in communities"_s);
        codes.insert(c.code);
        bundle.communities.append(std::move(c));
    }
    return bundle;
}

// ---- scoring -----------------------------------------------------------------------------

bool inQuarter(qint64 t, qint64 start, qint64 end)
{
    return t >= start && t < end;
}

// One community's counts for the quarter (ASSESSMENT.md §1: what counts).
struct Counts
{
    int p = 0;
    int ratingCount = 0;
    qint64 ratingSum = 0;
    int complaints = 0;
    int repliedInTime = 0;
    int resolvedInQuarter = 0;
    int rated = 0;
    int satisfied = 0;
    int basic = 0;
    int tasks = 0;
    int misses = 0;
    int events = 0;
    int innovations = 0;
    int serviceExamples = 0;
    int newsLeads = 0;
    int newsCity = 0;
    int newsDistrict = 0;
};

Counts countQuarter(
    const AssessmentCommunity &c, const AssessmentRules &rules, qint64 start, qint64 end)
{
    Counts n;
    for (const auto &notice : c.notices) {
        if (!inQuarter(notice.publishedAt, start, end))
            continue;
        ++n.p;
        for (int rating : notice.quality) {
            ++n.ratingCount;
            n.ratingSum += rating;
        }
    }
    // sla_hours is in millionths of an hour: compare delay_ms × 1e6 with sla × 3.6e6 exactly.
    const Int128 slaLimit = mul(rules.slaHours.micros, 3'600'000);
    for (const auto &complaint : c.complaints) {
        if (inQuarter(complaint.submittedAt, start, end)) {
            ++n.complaints;
            if (complaint.firstReplyAt
                && mul(Int128(*complaint.firstReplyAt) - complaint.submittedAt, RuleNumber::kScale)
                    <= slaLimit)
                ++n.repliedInTime;
            if (complaint.resolvedAt && *complaint.resolvedAt < end)
                ++n.resolvedInQuarter;
            if (complaint.satisfaction != Satisfaction::None) {
                ++n.rated;
                if (complaint.satisfaction == Satisfaction::Satisfied)
                    ++n.satisfied;
                else if (complaint.satisfaction == Satisfaction::Basic)
                    ++n.basic;
            }
        }
        // ASSESSMENT.md §3: service examples are counted by resolved_at, not submitted_at.
        if (complaint.resolvedAt && inQuarter(*complaint.resolvedAt, start, end)
            && complaint.serviceExample && complaint.satisfaction == Satisfaction::Satisfied
            && !complaint.nickname.isEmpty() && !complaint.content.isEmpty()
            && !complaint.resolution.isEmpty() && !complaint.reply.isEmpty())
            ++n.serviceExamples;
    }
    for (const auto &task : c.tasks) {
        if (!inQuarter(task.dueAt, start, end))
            continue;
        ++n.tasks;
        if (!task.submittedAt || *task.submittedAt > task.dueAt)
            ++n.misses;
    }
    for (const auto &claim : c.claims) {
        // ASSESSMENT.md §1: only approved claims count, for anything.
        if (claim.status != u"approved" || !inQuarter(claim.date, start, end))
            continue;
        switch (claim.kind) {
        case ClaimKind::Event:
            ++n.events;
            break;
        case ClaimKind::Innovation:
            ++n.innovations;
            break;
        case ClaimKind::NewsLead:
            ++n.newsLeads;
            if (claim.adoptedBy == Adoption::City)
                ++n.newsCity;
            else if (claim.adoptedBy == Adoption::District)
                ++n.newsDistrict;
            break;
        }
    }
    return n;
}

struct Scored
{
    const AssessmentCommunity *community = nullptr;
    Counts counts;
    qint64 net = 0;
    int tier = 0;
    int tierPosition = 0;
    int tierSize = 0;
    Exact ratio;
    Exact floor;
    std::array<Exact, kComponentCount> exactValues {};
    AssessmentRow row;
};

Exact ratioOf(const AssessmentCommunity &c, qint64 net)
{
    // ASSESSMENT.md §2: households ≤ 0 or missing gives ratio 0.
    if (!c.households || *c.households <= 0)
        return exact(0);
    return exact(net, *c.households);
}

void scoreA(QList<Scored> &all, const AssessmentRules &rules, qint64 *positiveSum, qint64 *maxNet)
{
    QList<Scored *> positive;
    *positiveSum = 0;
    for (auto &s : all) {
        if (s.net > 0) {
            positive.append(&s);
            *positiveSum += s.net;
        }
    }
    std::sort(positive.begin(), positive.end(), [](const Scored *a, const Scored *b) {
        if (a->net != b->net)
            return a->net > b->net;
        return a->community->code < b->community->code;
    });
    *maxNet = positive.isEmpty() ? 0 : positive.constFirst()->net;
    const qsizetype topN = qsizetype(std::min<qint64>(rules.aTopN, positive.size()));
    // Tier 1: A = a_max × share / share_max = a_max × net / max net (the shares' common
    // denominator cancels).
    Exact floor = exact(0);
    for (qsizetype i = 0; i < topN; ++i) {
        Scored &s = *positive[i];
        s.tier = 1;
        s.tierPosition = int(i + 1);
        s.tierSize = int(topN);
        s.exactValues[std::size_t(Component::A)] = exact(rules.aMax) * exact(s.net, *maxNet);
        floor = s.exactValues[std::size_t(Component::A)]; // descending: the last is the lowest
    }
    QList<Scored *> tier2(positive.begin() + topN, positive.end());
    for (Scored *s : tier2)
        s->ratio = ratioOf(*s->community, s->net);
    std::sort(tier2.begin(), tier2.end(), [](const Scored *a, const Scored *b) {
        if (a->ratio < b->ratio)
            return false;
        if (b->ratio < a->ratio)
            return true;
        return a->community->code < b->community->code;
    });
    const qint64 m = tier2.size();
    for (qint64 k = 1; k <= m; ++k) {
        Scored &s = *tier2[k - 1];
        s.tier = 2;
        s.tierPosition = int(k);
        s.tierSize = int(m);
        s.floor = floor;
        s.exactValues[std::size_t(Component::A)] = floor * exact(m - k + 1, m + 1);
    }
    for (Scored *s : positive)
        if (s->tier == 1)
            s->ratio = ratioOf(*s->community, s->net);
}

Exact capped(RuleNumber each, int n, RuleNumber max)
{
    return minOf(exact(max), exact(each) * exact(n));
}

} // namespace

// ---- public ------------------------------------------------------------------------------

QString RuleNumber::toString() const
{
    const qint64 magnitude = micros < 0 ? -micros : micros;
    QString text = QString::number(magnitude / kScale);
    qint64 fraction = magnitude % kScale;
    if (fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, kRuleDecimals, 10, QChar(u'0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return micros < 0 ? u'-' + text : text;
}

QString AssessmentError::toString() const
{
    if (!community.isEmpty())
        return u"community %1: %2: %3"_s.arg(community, field, message);
    return u"%1: %2"_s.arg(field, message);
}

QString componentKey(Component component)
{
    switch (component) {
    case Component::A:
        return u"A"_s;
    case Component::B1:
        return u"B1"_s;
    case Component::B2:
        return u"B2"_s;
    case Component::B3:
        return u"B3"_s;
    case Component::C:
        return u"C"_s;
    case Component::BonusEvent:
        return u"bonus_event"_s;
    case Component::BonusInnovation:
        return u"bonus_innovation"_s;
    case Component::BonusService:
        return u"bonus_service"_s;
    case Component::BonusNews:
        return u"bonus_news"_s;
    }
    return {};
}

std::optional<std::pair<qint64, qint64>> quarterBounds(QStringView quarter)
{
    if (quarter.size() != 6 || quarter[4] != u'Q')
        return std::nullopt;
    for (int i = 0; i < 4; ++i)
        if (!quarter[i].isDigit() || quarter[i].unicode() > u'9')
            return std::nullopt;
    const int year = quarter.left(4).toInt();
    const int q = quarter[5].unicode() - u'0';
    if (q < 1 || q > 4)
        return std::nullopt;
    auto firstDay = [](int y, int month) {
        return parseChinaDate(
            u"%1-%2-01"_s.arg(y, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0')));
    };
    const auto start = firstDay(year, 3 * (q - 1) + 1);
    const auto end = q == 4 ? firstDay(year + 1, 1) : firstDay(year, 3 * q + 1);
    if (!start || !end)
        return std::nullopt;
    return std::pair { *start, *end };
}

std::variant<AssessmentRules, AssessmentError> parseRules(
    const QJsonObject &object, const AssessmentRules &base)
{
    AssessmentRules rules = base;
    try {
        readRules(object, rules, {});
    } catch (const Refusal &r) {
        return r.error;
    }
    return rules;
}

QJsonObject rulesJson(const AssessmentRules &rules)
{
    auto number = [](RuleNumber n) -> QJsonValue {
        if (n.micros % RuleNumber::kScale == 0)
            return QJsonValue(n.micros / RuleNumber::kScale);
        return QJsonValue(n.toDouble());
    };
    QJsonArray weights;
    for (const auto &w : rules.b3Weights)
        weights.append(number(w));
    QJsonArray awards;
    for (const auto &a : rules.awards)
        awards.append(number(a));
    return QJsonObject {
        { u"version"_s, rules.version },
        { u"sla_hours"_s, number(rules.slaHours) },
        { u"a_max"_s, number(rules.aMax) },
        { u"a_top_n"_s, rules.aTopN },
        { u"b1_max"_s, number(rules.b1Max) },
        { u"b2_max"_s, number(rules.b2Max) },
        { u"b3_weights"_s, weights },
        { u"c_max"_s, number(rules.cMax) },
        { u"c_penalty"_s, number(rules.cPenalty) },
        { u"bonus_event"_s, number(rules.bonusEvent) },
        { u"bonus_innovation_each"_s, number(rules.bonusInnovationEach) },
        { u"bonus_innovation_max"_s, number(rules.bonusInnovationMax) },
        { u"bonus_service_each"_s, number(rules.bonusServiceEach) },
        { u"bonus_service_max"_s, number(rules.bonusServiceMax) },
        { u"news_district"_s, number(rules.newsDistrict) },
        { u"news_city"_s, number(rules.newsCity) },
        { u"news_min_leads"_s, rules.newsMinLeads },
        { u"news_max"_s, number(rules.newsMax) },
        { u"award_min_net"_s, number(rules.awardMinNet) },
        { u"awards"_s, awards },
    };
}

std::variant<AssessmentBundle, AssessmentError> parseBundle(const QJsonObject &object)
{
    try {
        return readBundle(object);
    } catch (const Refusal &r) {
        return r.error;
    }
}

AssessmentResult score(const AssessmentBundle &bundle, const AssessmentRules &rules)
{
    const qint64 start = bundle.quarterStart;
    const qint64 end = bundle.quarterEnd;
    QList<Scored> all;
    all.reserve(bundle.communities.size());
    for (const auto &c : bundle.communities) {
        Scored s;
        s.community = &c;
        s.net = c.fansEnd - c.fansStart;
        s.counts = countQuarter(c, rules, start, end);
        all.append(s);
    }

    qint64 positiveSum = 0;
    qint64 maxNet = 0;
    scoreA(all, rules, &positiveSum, &maxNet);
    int pMax = 0;
    for (const auto &s : all)
        pMax = std::max(pMax, s.counts.p);

    const Exact one = exact(1);
    for (auto &s : all) {
        const Counts &n = s.counts;
        auto &v = s.exactValues;
        // B1: b1_max × p / p_max, 0 when p_max = 0.
        v[std::size_t(Component::B1)]
            = pMax == 0 ? exact(0) : exact(rules.b1Max) * exact(n.p, pMax);
        // B2: b2_max × (q − 1) / 4 with q = Σ ratings / count; no ratings gives 0.
        v[std::size_t(Component::B2)] = n.ratingCount == 0
            ? exact(0)
            : exact(rules.b2Max) * exact(n.ratingSum - n.ratingCount, Int128(4) * n.ratingCount);
        // B3: weighted shares, each 1 when its denominator is 0.
        const Exact s1 = n.complaints == 0 ? one : exact(n.repliedInTime, n.complaints);
        const Exact s2 = n.complaints == 0 ? one : exact(n.resolvedInQuarter, n.complaints);
        const Exact s3
            = n.rated == 0 ? one : exact(Int128(2) * n.satisfied + n.basic, Int128(2) * n.rated);
        v[std::size_t(Component::B3)] = exact(rules.b3Weights[0]) * s1
            + exact(rules.b3Weights[1]) * s2 + exact(rules.b3Weights[2]) * s3;
        // C: max(0, c_max − c_penalty × misses).
        v[std::size_t(Component::C)]
            = maxOf(exact(0), exact(rules.cMax) - exact(rules.cPenalty) * exact(n.misses));
        v[std::size_t(Component::BonusEvent)] = n.events > 0 ? exact(rules.bonusEvent) : exact(0);
        v[std::size_t(Component::BonusInnovation)]
            = capped(rules.bonusInnovationEach, n.innovations, rules.bonusInnovationMax);
        v[std::size_t(Component::BonusService)]
            = capped(rules.bonusServiceEach, n.serviceExamples, rules.bonusServiceMax);
        const Exact newsPoints = exact(rules.newsCity) * exact(n.newsCity)
            + exact(rules.newsDistrict) * exact(n.newsDistrict);
        v[std::size_t(Component::BonusNews)] = n.newsLeads >= rules.newsMinLeads
            ? minOf(exact(rules.newsMax), newsPoints)
            : exact(0);

        AssessmentRow &row = s.row;
        row.code = s.community->code;
        row.name = s.community->name;
        row.net = s.net;
        row.tier = s.tier;
        row.totalCents = 0;
        for (int i = 0; i < kComponentCount; ++i) {
            row.cents[std::size_t(i)] = roundCents(v[std::size_t(i)]);
            row.totalCents += row.cents[std::size_t(i)];
        }
        // PRODUCT.md §5 / ASSESSMENT.md §4: eligible when net ≥ award_min_net.
        row.eligible = mul(s.net, RuleNumber::kScale) >= Int128(rules.awardMinNet.micros);

        AssessmentExplain &e = row.explain;
        e.fansStart = s.community->fansStart;
        e.fansEnd = s.community->fansEnd;
        e.net = s.net;
        e.positiveNetSum = positiveSum;
        e.maxNet = maxNet;
        e.tier = s.tier;
        e.tierPosition = s.tierPosition;
        e.tierSize = s.tierSize;
        e.share = s.net > 0 ? double(s.net) / double(positiveSum) : 0;
        e.shareMax = positiveSum > 0 ? double(maxNet) / double(positiveSum) : 0;
        e.households = s.community->households;
        e.ratio = s.net > 0 ? toDouble(ratioOf(*s.community, s.net)) : 0;
        e.floor = toDouble(s.floor);
        e.p = n.p;
        e.pMax = pMax;
        e.ratingCount = n.ratingCount;
        e.ratingSum = n.ratingSum;
        e.q = n.ratingCount > 0 ? double(n.ratingSum) / n.ratingCount : 0;
        e.complaints = n.complaints;
        e.repliedInTime = n.repliedInTime;
        e.resolvedInQuarter = n.resolvedInQuarter;
        e.rated = n.rated;
        e.satisfied = n.satisfied;
        e.basic = n.basic;
        e.s1 = toDouble(s1);
        e.s2 = toDouble(s2);
        e.s3 = toDouble(s3);
        e.tasks = n.tasks;
        e.misses = n.misses;
        e.events = n.events;
        e.innovations = n.innovations;
        e.serviceExamples = n.serviceExamples;
        e.newsLeads = n.newsLeads;
        e.newsCity = n.newsCity;
        e.newsDistrict = n.newsDistrict;
        e.newsPoints = toDouble(newsPoints);
        for (int i = 0; i < kComponentCount; ++i)
            e.exact[std::size_t(i)] = toDouble(v[std::size_t(i)]);
    }

    // ASSESSMENT.md §4: total desc, then A desc, then net desc, then code asc.
    QList<AssessmentRow> rows;
    rows.reserve(all.size());
    for (const auto &s : all)
        rows.append(s.row);
    std::sort(rows.begin(), rows.end(), [](const AssessmentRow &a, const AssessmentRow &b) {
        if (a.totalCents != b.totalCents)
            return a.totalCents > b.totalCents;
        if (a.centsOf(Component::A) != b.centsOf(Component::A))
            return a.centsOf(Component::A) > b.centsOf(Component::A);
        if (a.net != b.net)
            return a.net > b.net;
        return a.code < b.code;
    });

    AssessmentResult result;
    result.district = bundle.districtCode;
    result.quarter = bundle.quarter;
    result.rules = rules;
    qsizetype slot = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        AssessmentRow &row = rows[i];
        row.rank = int(i + 1);
        // Eligible communities take the award slots in ranking order; others take none.
        if (!row.eligible)
            continue;
        if (!result.best)
            result.best = row.code;
        if (slot < rules.awards.size())
            row.award = rules.awards.at(slot);
        ++slot;
    }
    result.results = rows;
    return result;
}

namespace {

QJsonValue awardValue(RuleNumber award)
{
    if (award.micros % RuleNumber::kScale == 0)
        return QJsonValue(award.micros / RuleNumber::kScale);
    return QJsonValue(award.toDouble());
}

} // namespace

QJsonObject resultJson(const AssessmentResult &result)
{
    QJsonArray rows;
    for (const auto &row : result.results) {
        QJsonObject o {
            { u"code"_s, row.code },
            { u"name"_s, row.name },
            { u"rank"_s, row.rank },
            { u"net"_s, row.net },
            { u"tier"_s, row.tier },
            { u"total"_s, row.total() },
            { u"eligible"_s, row.eligible },
            { u"award"_s, awardValue(row.award) },
        };
        for (int i = 0; i < kComponentCount; ++i)
            o.insert(componentKey(Component(i)), row.value(Component(i)));
        rows.append(o);
    }
    return QJsonObject {
        { u"district"_s, result.district },
        { u"quarter"_s, result.quarter },
        { u"rules_version"_s, result.rules.version },
        { u"best"_s, result.best ? QJsonValue(*result.best) : QJsonValue(QJsonValue::Null) },
        { u"results"_s, rows },
    };
}

QByteArray resultJsonText(const AssessmentResult &result)
{
    auto str = [](const QString &text) {
        QString escaped;
        escaped.reserve(text.size() + 2);
        escaped += u'"';
        for (const QChar ch : text) {
            const char16_t u = ch.unicode();
            if (u == u'"' || u == u'\\') {
                escaped += u'\\';
                escaped += ch;
            } else if (u == u'\n') {
                escaped += u"\\n"_s;
            } else if (u == u'\r') {
                escaped += u"\\r"_s;
            } else if (u == u'\t') {
                escaped += u"\\t"_s;
            } else if (u < 0x20) {
                escaped += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
            } else {
                escaped += ch;
            }
        }
        escaped += u'"';
        return escaped.toUtf8();
    };
    // Components are decimals: written with a point, as §7 shows ("50.0", "4.38").
    auto cents = [](qint64 c) {
        const qint64 magnitude = c < 0 ? -c : c;
        QByteArray out = c < 0 ? "-" : "";
        out += QByteArray::number(magnitude / 100) + '.';
        const qint64 fraction = magnitude % 100;
        if (fraction % 10 == 0)
            out += QByteArray::number(fraction / 10);
        else
            out += QByteArray::number(fraction).rightJustified(2, '0');
        return out;
    };
    QByteArray out;
    out += "{\"district\": " + str(result.district) + ", \"quarter\": " + str(result.quarter)
        + ", \"rules_version\": " + str(result.rules.version) + ",\n";
    out += " \"best\": " + (result.best ? str(*result.best) : QByteArray("null")) + ",\n";
    out += " \"results\": [";
    for (qsizetype i = 0; i < result.results.size(); ++i) {
        const AssessmentRow &row = result.results.at(i);
        if (i > 0)
            out += ",\n  ";
        out += "{\"code\": " + str(row.code) + ", \"name\": " + str(row.name) + ", \"rank\": "
            + QByteArray::number(row.rank) + ", \"net\": " + QByteArray::number(row.net)
            + ", \"tier\": " + QByteArray::number(row.tier);
        for (int c = 0; c < kComponentCount; ++c)
            out += ", " + str(componentKey(Component(c))) + ": " + cents(row.cents[std::size_t(c)]);
        out += ", \"total\": " + cents(row.totalCents)
            + ", \"eligible\": " + (row.eligible ? QByteArray("true") : QByteArray("false"))
            + ", \"award\": " + row.award.toString().toUtf8() + "}";
    }
    out += "]}\n";
    return out;
}

QJsonObject explainJson(const AssessmentResult &result)
{
    QJsonArray rows;
    for (const auto &row : result.results) {
        const AssessmentExplain &e = row.explain;
        QJsonObject exactValues;
        for (int i = 0; i < kComponentCount; ++i)
            exactValues.insert(componentKey(Component(i)), e.exact[std::size_t(i)]);
        rows.append(QJsonObject {
            { u"code"_s, row.code },
            { u"rank"_s, row.rank },
            { u"fans_start"_s, e.fansStart },
            { u"fans_end"_s, e.fansEnd },
            { u"net"_s, e.net },
            { u"positive_net_sum"_s, e.positiveNetSum },
            { u"net_max"_s, e.maxNet },
            { u"share"_s, e.share },
            { u"share_max"_s, e.shareMax },
            { u"tier"_s, e.tier },
            { u"tier_position"_s, e.tierPosition },
            { u"tier_size"_s, e.tierSize },
            { u"households"_s,
                e.households ? QJsonValue(*e.households) : QJsonValue(QJsonValue::Null) },
            { u"ratio"_s, e.ratio },
            { u"floor"_s, e.floor },
            { u"p"_s, e.p },
            { u"p_max"_s, e.pMax },
            { u"ratings"_s, e.ratingCount },
            { u"rating_sum"_s, e.ratingSum },
            { u"q"_s, e.ratingCount > 0 ? QJsonValue(e.q) : QJsonValue(QJsonValue::Null) },
            { u"complaints"_s, e.complaints },
            { u"replied_in_time"_s, e.repliedInTime },
            { u"resolved_in_quarter"_s, e.resolvedInQuarter },
            { u"rated"_s, e.rated },
            { u"satisfied"_s, e.satisfied },
            { u"basic"_s, e.basic },
            { u"s1"_s, e.s1 },
            { u"s2"_s, e.s2 },
            { u"s3"_s, e.s3 },
            { u"tasks"_s, e.tasks },
            { u"misses"_s, e.misses },
            { u"events"_s, e.events },
            { u"innovations"_s, e.innovations },
            { u"service_examples"_s, e.serviceExamples },
            { u"news_leads"_s, e.newsLeads },
            { u"news_city"_s, e.newsCity },
            { u"news_district"_s, e.newsDistrict },
            { u"news_points"_s, e.newsPoints },
            { u"exact"_s, exactValues },
        });
    }
    return QJsonObject {
        { u"district"_s, result.district },
        { u"quarter"_s, result.quarter },
        { u"rules"_s, rulesJson(result.rules) },
        { u"rows"_s, rows },
    };
}

} // namespace civic::domain
