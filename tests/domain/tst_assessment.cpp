// The quarterly assessment engine against ASSESSMENT.md, clause by clause. Every expected
// number below is worked out by hand in the comment next to it.

#include "domain/assessment.h"
#include "domain/chinatime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(CIVIC_TEST_DATA_DIR) + u"/assessment/"_s + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject jsonObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("test JSON does not parse: %s in %s", qPrintable(error.errorString()),
            text.constData());
    return doc.object();
}

// A 2026Q3 bundle ([2026-07-01, 2026-10-01) China time) of district 210111 with the given
// communities (the JSON text of the array's items) and rule overrides.
QJsonObject bundleOf(const QByteArray &communities, const QByteArray &rules = "{}")
{
    return jsonObject(
        R"({"district": {"code": "210111", "name": "苏家屯区"}, "quarter": "2026Q3", "rules": )"
        + rules + R"(, "communities": [)" + communities + "]}");
}

std::optional<AssessmentResult> scored(const QJsonObject &bundle, QString *why)
{
    const auto parsed = parseBundle(bundle);
    if (const auto *error = std::get_if<AssessmentError>(&parsed)) {
        *why = error->toString();
        return std::nullopt;
    }
    return score(std::get<AssessmentBundle>(parsed));
}

const AssessmentRow &rowIn(const AssessmentResult &result, QStringView code)
{
    for (const auto &row : result.results)
        if (row.code == code)
            return row;
    static const AssessmentRow missing { u"<missing>"_s };
    return missing;
}

AssessmentError bundleError(const QJsonObject &bundle)
{
    const auto parsed = parseBundle(bundle);
    if (const auto *error = std::get_if<AssessmentError>(&parsed))
        return *error;
    return AssessmentError { {}, u"<accepted>"_s, {} };
}

AssessmentError rulesError(const QByteArray &text)
{
    const auto parsed = parseRules(jsonObject(text));
    if (const auto *error = std::get_if<AssessmentError>(&parsed))
        return *error;
    return AssessmentError { {}, u"<accepted>"_s, {} };
}

QByteArray repeated(int n, const std::function<QByteArray(int)> &item)
{
    QByteArrayList items;
    for (int i = 1; i <= n; ++i)
        items.append(item(i));
    return items.join(", ");
}

qint64 componentSum(const AssessmentRow &row)
{
    qint64 sum = 0;
    for (qint64 c : row.cents)
        sum += c;
    return sum;
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // §6/§7 fixtures scored to the exact text the CLI prints.
    void fixtures_data();
    void fixtures();
    void resultTypesAndKeysAreSection7s();
    void resultJsonObjectMatchesText();
    void stringsAreEscaped();
    // §1
    void quarterBounds_data();
    void quarterBounds();
    void countsOnlyInsideTheQuarter();
    // §2 A
    void tierOneWhenExactlyTopN();
    void tierOneTieTakesTheLowerCode();
    void tierTwoFloorIsTheUnroundedLowestTierOneScore();
    void noTierOneWhenTopNIsZero();
    // §2 B, C
    void emptyDenominators();
    void b3Shares_data();
    void b3Shares();
    void onTimeReporting();
    // §3
    void bonusEventAndInnovation();
    void bonusService();
    void bonusNews_data();
    void bonusNews();
    void onlyApprovedClaimsCount();
    // §4
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void rankingTieBreaks();
    void roundedATieFallsToNet();
    void awardsAndEligibility();
    void bestIsNullWhenNoneEligible();
    // §5
    void defaultRules();
    void rulesMerge();
    void rulesDecimalsAreExact();
    void rulesErrors_data();
    void rulesErrors();
    // §6
    void optionalFieldsMayBeAbsentOrNull();
    void bundleErrors_data();
    void bundleErrors();
    // Properties
    void permutingCommunitiesChangesNothing();
    void totalIsTheSumOfTheRoundedComponents();
    // Explanations
    void explainGivesTheInputsOfEveryCell();
};

// ---- fixtures --------------------------------------------------------------------------

void TestAssessment::fixtures_data()
{
    QTest::addColumn<QString>("name");
    // ASSESSMENT.md §6's bundle. net 600, the only positive → share 1 = share_max → A 50;
    // p 1 = p_max → B1 20; ratings 4, 5 → q 4.5 → B2 5 × 3.5 / 4 = 4.375 → 4.38; the one
    // complaint is answered in 11h50m, resolved, satisfied → B3 15; its task is on time
    // → C 10; it is a service example → +2; one news lead is below news_min_leads → 0.
    // total 50 + 20 + 4.38 + 15 + 10 + 2 = 101.38, eligible (600 ≥ 100), first slot 2000.
    QTest::newRow("section 6 example") << u"example"_s;
    // a_top_n 2; nets 600, 300, 300, 200, 50, 150, 100, 1, 0, −20. Tier 1: …001 (600) A 50,
    // …002 (300, wins the tie with …003 by code) A 50 × 300/600 = 25 = floor. Tier 2 by
    // ratio: …003 300/500 0.6, …005 50/100 0.5 and …010 150/300 0.5 (tie → code), then
    // ratio 0: …004 (households 0), …008 (missing), …009 (−5) by code; M = 6:
    // 25×6/7 = 21.43, 25×5/7 = 17.86, 25×4/7 = 14.29, 25×3/7 = 10.71, 25×2/7 = 7.14,
    // 25/7 = 3.57. net 0 and −20 are tier 0 with A 0. Nothing else: B1 0 (p_max 0),
    // B2 0, B3 15, C 10, so total = A + 25. …006 and …007 tie on 25 and A 0 → net desc.
    // Eligible: net ≥ 100; …005 (50) and …009 (1) take no slot, so …008 gets slot 6: 1000.
    QTest::newRow("tiers") << u"tiers"_s;
    // 2026Q4 (to 2027-01-01), a_top_n 2, award_min_net 90, awards [3000, 1500, 800, 500].
    // 河畔 …001001: net 800 A 50; p 4 (n0 is 2026-09-30) = p_max → B1 20; ratings
    //   5,4,4,4 → q 4.25 → B2 4.0625 → 4.06; complaints c1–c4 in the quarter: in time c1
    //   (exactly 24h) and c4 → s1 2/4; resolved before the end c1, c2 (23:59:59) → s2 2/4;
    //   rated c1 sat, c2 basic, c4 sat → s3 2.5/3; B3 3 + 2.5 + 10/3 = 8.8333 → 8.83;
    //   tasks: t3 never submitted (t2 at the deadline is in time, t4 is next quarter) → C 9;
    //   event +15; 2 innovations +6; service examples c1 and c5 (resolved 10-02, submitted
    //   in Q3) → +4, c4 is resolved in 2027; news: 2 approved leads city 5 + district 2 = 7
    //   (k6 is rejected). total 123.89.
    // 新城 …001002: net 400 (tie with 湖西 → code) A 25; p 2 (n1 at 2026-09-30T16:00Z is
    //   the quarter's first instant) → B1 10; ratings 3, 4 → q 3.5 → B2 3.125 → 3.13; no
    //   complaints submitted in Q4 → B3 15; t1 one minute late → C 9; 6 innovations → 18
    //   capped 15; 6 service examples resolved in Q4 → 12 capped 10; pending event and a
    //   single news lead → 0. total 87.13.
    // 湖西 …002001: net 400, tier 2 with 民主 (ratios 0.4 > 0.18), M 2 → 25×2/3 = 16.67;
    //   p 3 (n4 at 2026-12-31T16:00Z is the end) → B1 15; ratings 2,5,5 → q 4 → B2 3.75;
    //   both complaints in time, resolved, one rated satisfied → B3 15; no tasks → C 10;
    //   3 city leads → 15 capped 10; the event is dated in Q3 → 0; d1 is unrated and d2 has
    //   an empty reply → no service example. total 70.42.
    // 民主 …002002: net 90 → 25×1/3 = 8.33; p 1 → B1 5; quality null → B2 0; e1 in time,
    //   e2/e3 resolved, e1 unsatisfied + e2 basic → s3 0.25: B3 2 + 10/3 + 1 = 6.33;
    //   11 missed tasks → max(0, 10 − 11) = 0; event +15; two leads without adoption → 0.
    //   total 34.66; eligible (90 ≥ 90).
    // 佟沟 …003001: net 0 → A 0; p 4 → B1 20; ratings 1,1,1,2 → q 1.25 → B2 0.3125 → 0.31;
    //   one complaint in time, resolved, unsatisfied → B3 11; task never submitted → C 9;
    //   one approved innovation → 3. total 43.31; not eligible.
    // 林盛 …003002: net −40 → A 0; nothing in Q4 (its task is due in Q3) → 15 + 10 = 25.
    // Ranking 河畔, 新城, 湖西, 佟沟, 民主, 林盛; slots go to 河畔 3000, 新城 1500,
    // 湖西 800, then 佟沟 is skipped (ineligible) and 民主 takes 500.
    QTest::newRow("district") << u"district"_s;
}

void TestAssessment::fixtures()
{
    QFETCH(QString, name);
    QString why;
    const auto result = scored(jsonObject(readData(name + u".bundle.json"_s)), &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(QString::fromUtf8(resultJsonText(*result)),
        QString::fromUtf8(readData(name + u".expected.json"_s)));
}

void TestAssessment::resultTypesAndKeysAreSection7s()
{
    QString why;
    const auto result = scored(jsonObject(readData(u"example.bundle.json"_s)), &why);
    QVERIFY2(result, qPrintable(why));
    const QByteArray text = resultJsonText(*result);
    const QJsonObject top = QJsonDocument::fromJson(text).object();
    QCOMPARE(top.keys(),
        (QStringList { u"best"_s, u"district"_s, u"quarter"_s, u"results"_s, u"rules_version"_s }));
    QCOMPARE(top.value(u"district"_s).toString(), u"210111"_s);
    QCOMPARE(top.value(u"rules_version"_s).toString(), u"sujiatun-2016"_s);
    QCOMPARE(top.value(u"best"_s).toString(), u"210111001001"_s);
    const QJsonObject row = top.value(u"results"_s).toArray().at(0).toObject();
    QStringList expected { u"code"_s, u"name"_s, u"rank"_s, u"net"_s, u"tier"_s, u"A"_s, u"B1"_s,
        u"B2"_s, u"B3"_s, u"C"_s, u"bonus_event"_s, u"bonus_innovation"_s, u"bonus_service"_s,
        u"bonus_news"_s, u"total"_s, u"eligible"_s, u"award"_s };
    QStringList keys = row.keys();
    QStringList sortedExpected = expected;
    std::sort(sortedExpected.begin(), sortedExpected.end());
    QCOMPARE(keys, sortedExpected);
    // Counts are integers, components decimals (written "50.0"), as §7 shows them. (Qt's
    // own parser reads 50.0 back as an integer, so the text itself is checked.)
    const QString printed = QString::fromUtf8(text);
    for (const QString &key : { u"rank"_s, u"net"_s, u"tier"_s, u"award"_s }) {
        const QRegularExpression integer(u"\"%1\": -?[0-9]+[,}]"_s.arg(key));
        QVERIFY2(integer.match(printed).hasMatch(), qPrintable(key));
    }
    for (const QString &key : expected.mid(5, 10)) {
        const QRegularExpression decimal(u"\"%1\": -?[0-9]+\\.[0-9]{1,2}[,}]"_s.arg(key));
        QVERIFY2(decimal.match(printed).hasMatch(), qPrintable(key));
    }
    QVERIFY(row.value(u"eligible"_s).isBool());
    QVERIFY(row.value(u"code"_s).isString());
    QVERIFY(row.value(u"name"_s).isString());
    QVERIFY(text.contains("\"A\": 50.0, \"B1\": 20.0, \"B2\": 4.38"));
    // Keys appear in §7's order.
    qsizetype last = -1;
    for (const QString &key : expected) {
        const qsizetype at = text.indexOf("\"" + key.toUtf8() + "\":");
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
}

void TestAssessment::resultJsonObjectMatchesText()
{
    QString why;
    const auto result = scored(jsonObject(readData(u"district.bundle.json"_s)), &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(QJsonDocument::fromJson(resultJsonText(*result)).object(), resultJson(*result));
}

void TestAssessment::stringsAreEscaped()
{
    QString why;
    const auto result = scored(bundleOf(R"({"code": "a\"b\\c", "name": "Line\nBreak\t😀 社区",
                                            "fans_start": 0, "fans_end": 1})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    const QJsonObject row = QJsonDocument::fromJson(resultJsonText(*result))
                                .object()
                                .value(u"results"_s)
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(row.value(u"code"_s).toString(), u"a\"b\\c"_s);
    QCOMPARE(row.value(u"name"_s).toString(), u"Line\nBreak\t😀 社区"_s);
}

// ---- §1 --------------------------------------------------------------------------------

void TestAssessment::quarterBounds_data()
{
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("Q1") << u"2026Q1"_s << u"2026-01-01T00:00:00+08:00"_s
                        << u"2026-04-01T00:00:00+08:00"_s;
    QTest::newRow("Q2") << u"2026Q2"_s << u"2026-04-01T00:00:00+08:00"_s
                        << u"2026-07-01T00:00:00+08:00"_s;
    QTest::newRow("Q3") << u"2026Q3"_s << u"2026-07-01T00:00:00+08:00"_s
                        << u"2026-10-01T00:00:00+08:00"_s;
    QTest::newRow("Q4 ends next year")
        << u"2026Q4"_s << u"2026-10-01T00:00:00+08:00"_s << u"2027-01-01T00:00:00+08:00"_s;
    for (const QString &bad : { u"2026Q5"_s, u"2026Q0"_s, u"26Q3"_s, u"2026q3"_s, u"2026-Q3"_s,
             u"2026Q3 "_s, u"Q32026"_s, u""_s })
        QTest::newRow(qPrintable(u"bad "_s + bad)) << bad << QString() << QString();
}

void TestAssessment::quarterBounds()
{
    QFETCH(QString, quarter);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const auto bounds = civic::domain::quarterBounds(quarter);
    if (start.isEmpty()) {
        QVERIFY(!bounds);
        QCOMPARE(bundleError(jsonObject(R"({"district": {"code": "210111"}, "quarter": ")"
                                 + quarter.toUtf8() + R"(", "communities": []})"))
                     .field,
            u"quarter"_s);
        return;
    }
    QVERIFY(bounds);
    QCOMPARE(bounds->first, *parseIsoTime(start));
    QCOMPARE(bounds->second, *parseIsoTime(end));
}

void TestAssessment::countsOnlyInsideTheQuarter()
{
    // [2026-07-01T00:00+08:00, 2026-10-01T00:00+08:00) = [06-30T16:00Z, 09-30T16:00Z).
    // Notices: in are 06-30T16:00Z (the first instant) and 09-30T15:59:59Z; out are
    // 06-30T23:59:59+08:00 and 09-30T16:00Z. So p 2; the other community has p 4 → B1 10.
    // Tasks: the one due 2026-06-30 and the one due 10-01 (both never submitted) are not
    // counted → C 10. Claims: an approved event dated 06-30T23:59:59+08:00 and one dated
    // 10-01T00:00+08:00 do not count → bonus_event 0; innovation on 07-01T00:00+08:00 → 3.
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "a", "fans_start": 0, "fans_end": 0,
         "notices": [{"published_at": "2026-06-30T16:00:00Z"},
                     {"published_at": "2026-09-30T15:59:59Z"},
                     {"published_at": "2026-06-30T23:59:59+08:00"},
                     {"published_at": "2026-09-30T16:00:00Z"}],
         "tasks": [{"due_at": "2026-06-30T18:00:00+08:00"}, {"due_at": "2026-10-01T00:00:00+08:00"}],
         "claims": [{"kind": "event", "date": "2026-06-30T23:59:59+08:00", "status": "approved"},
                    {"kind": "event", "date": "2026-10-01T00:00:00+08:00", "status": "approved"},
                    {"kind": "innovation", "date": "2026-07-01T00:00:00+08:00", "status": "approved"}]},
        {"code": "b", "fans_start": 0, "fans_end": 0,
         "notices": [{"published_at": "2026-07-02T09:00:00+08:00"}, {"published_at": "2026-07-03T09:00:00+08:00"},
                     {"published_at": "2026-07-04T09:00:00+08:00"}, {"published_at": "2026-07-05T09:00:00+08:00"}]})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    const AssessmentRow &a = rowIn(*result, u"a");
    QCOMPARE(a.explain.p, 2);
    QCOMPARE(a.explain.pMax, 4);
    QCOMPARE(a.centsOf(Component::B1), 1000);
    QCOMPARE(a.explain.tasks, 0);
    QCOMPARE(a.centsOf(Component::C), 1000);
    QCOMPARE(a.centsOf(Component::BonusEvent), 0);
    QCOMPARE(a.centsOf(Component::BonusInnovation), 300);
}

// ---- §2 A ------------------------------------------------------------------------------

void TestAssessment::tierOneWhenExactlyTopN()
{
    // a_top_n 3 and exactly 3 positive nets 400, 100, 300: all tier 1, no tier 2:
    // A = 50 × net / 400 → 50, 12.5, 37.5. net 0 and net −10 are tier 0 with A 0.
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "a", "fans_start": 0, "fans_end": 400},
        {"code": "b", "fans_start": 0, "fans_end": 100},
        {"code": "c", "fans_start": 0, "fans_end": 300},
        {"code": "d", "fans_start": 50, "fans_end": 50},
        {"code": "e", "fans_start": 60, "fans_end": 50})",
                                   R"({"a_top_n": 3})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    const std::pair<const char16_t *, std::pair<int, qint64>> expected[] = { { u"a", { 1, 5000 } },
        { u"b", { 1, 1250 } }, { u"c", { 1, 3750 } }, { u"d", { 0, 0 } }, { u"e", { 0, 0 } } };
    for (const auto &[code, tierAndA] : expected) {
        const AssessmentRow &row = rowIn(*result, code);
        QCOMPARE(row.tier, tierAndA.first);
        QCOMPARE(row.centsOf(Component::A), tierAndA.second);
    }
    QCOMPARE(rowIn(*result, u"e").net, qint64(-10));
    // One more positive community makes the lowest (b, 100 → 12.5) the floor of tier 2's
    // single member: 12.5 × 1/2 = 6.25, whatever its net (here 200 > 100).
    const auto more = scored(bundleOf(R"(
        {"code": "a", "fans_start": 0, "fans_end": 400},
        {"code": "b", "fans_start": 0, "fans_end": 100},
        {"code": "c", "fans_start": 0, "fans_end": 300},
        {"code": "f", "fans_start": 0, "fans_end": 90})",
                                 R"({"a_top_n": 3})"),
        &why);
    QVERIFY2(more, qPrintable(why));
    QCOMPARE(rowIn(*more, u"f").tier, 2);
    QCOMPARE(rowIn(*more, u"f").centsOf(Component::A), 625);
}

void TestAssessment::tierOneTieTakesTheLowerCode()
{
    // a_top_n 1, nets 500 and 500: "a" (lower code) is tier 1 with 50, "b" is tier 2 alone
    // with floor 50 × 1/2 = 25. Listed b first to show the bundle order does not matter.
    QString why;
    const auto result = scored(bundleOf(R"({"code": "b", "fans_start": 0, "fans_end": 500},
                                           {"code": "a", "fans_start": 0, "fans_end": 500})",
                                   R"({"a_top_n": 1})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"a").tier, 1);
    QCOMPARE(rowIn(*result, u"a").centsOf(Component::A), 5000);
    QCOMPARE(rowIn(*result, u"b").tier, 2);
    QCOMPARE(rowIn(*result, u"b").centsOf(Component::A), 2500);
}

void TestAssessment::tierTwoFloorIsTheUnroundedLowestTierOneScore()
{
    // a_top_n 2, nets 700, 102, 50. Tier 1: 50 and 50 × 102/700 = 51/7 = 7.2857… (published
    // 7.29). Tier 2 (M 1): floor × 1/2 = 51/14 = 3.642857… → 3.64. Rounding the floor first
    // would give 7.29/2 = 3.645 → 3.65 (Interpretation 1 in assessment.cpp).
    QString why;
    const auto result = scored(bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 700},
                                           {"code": "b", "fans_start": 0, "fans_end": 102},
                                           {"code": "c", "fans_start": 0, "fans_end": 50})",
                                   R"({"a_top_n": 2})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"b").centsOf(Component::A), 729);
    QCOMPARE(rowIn(*result, u"c").tier, 2);
    QCOMPARE(rowIn(*result, u"c").centsOf(Component::A), 364);
}

void TestAssessment::noTierOneWhenTopNIsZero()
{
    // a_top_n 0: no tier 1, so floor is 0 and every positive community is tier 2 with A 0.
    QString why;
    const auto result = scored(bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 700},
                                           {"code": "b", "fans_start": 0, "fans_end": 100})",
                                   R"({"a_top_n": 0})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    for (const auto &row : result->results) {
        QCOMPARE(row.tier, 2);
        QCOMPARE(row.centsOf(Component::A), 0);
    }
}

// ---- §2 B, C ---------------------------------------------------------------------------

void TestAssessment::emptyDenominators()
{
    // Nothing at all: p_max 0 → B1 0; no ratings → B2 0; no complaints → s1 = s2 = s3 = 1 →
    // B3 15; no tasks → C 10.
    QString why;
    const auto empty = scored(bundleOf(R"({"code": "a", "fans_start": 5, "fans_end": 5})"), &why);
    QVERIFY2(empty, qPrintable(why));
    const AssessmentRow &a = rowIn(*empty, u"a");
    QCOMPARE(a.centsOf(Component::B1), 0);
    QCOMPARE(a.centsOf(Component::B2), 0);
    QCOMPARE(a.centsOf(Component::B3), 1500);
    QCOMPARE(a.centsOf(Component::C), 1000);
    QCOMPARE(a.totalCents, 2500);

    // A notice without ratings: B1 20 (p = p_max = 1) but B2 0. Two complaints, one replied
    // in time and resolved, none rated: s1 = s2 = 1/2, s3 = 1 (no rated) → 3 + 2.5 + 4 = 9.5.
    const auto unrated = scored(bundleOf(R"(
        {"code": "a", "fans_start": 5, "fans_end": 5,
         "notices": [{"published_at": "2026-07-03T09:00:00+08:00", "quality": []}],
         "complaints": [{"submitted_at": "2026-07-05T08:00:00+08:00", "first_reply_at": "2026-07-05T09:00:00+08:00",
                         "resolved_at": "2026-07-06T09:00:00+08:00"},
                        {"submitted_at": "2026-07-06T08:00:00+08:00"}]})"),
        &why);
    QVERIFY2(unrated, qPrintable(why));
    const AssessmentRow &b = rowIn(*unrated, u"a");
    QCOMPARE(b.centsOf(Component::B1), 2000);
    QCOMPARE(b.centsOf(Component::B2), 0);
    QCOMPARE(b.explain.rated, 0);
    QCOMPARE(b.explain.s3, 1.0);
    QCOMPARE(b.centsOf(Component::B3), 950);
}

void TestAssessment::b3Shares_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<int>("inTime");
    QTest::addColumn<qint64>("b3");
    // Complaints submitted in Q3: q1 answered in exactly 24h, resolved 09-30T23:59:59,
    // satisfied; q2 answered after 24h01m, resolved at the quarter's end (not before it),
    // basic; q3 never answered or resolved, unsatisfied; q4 answered an hour before its
    // submission time (≤ sla), resolved, unsatisfied. q5 was submitted in Q2: ignored.
    // s2 = 2/4 (q1, q4); s3 = (1 + 0.5)/4 = 0.375 → 4 × 0.375 = 1.5.
    // sla 24: s1 = 2/4 → 3 + 2.5 + 1.5 = 7. sla 12 or 23.99: q1 is late → s1 1/4 →
    // 1.5 + 2.5 + 1.5 = 5.5. sla 25: q2 (24h01m) too → s1 3/4 → 4.5 + 2.5 + 1.5 = 8.5.
    QTest::newRow("sla 24 (default)") << QByteArray("{}") << 2 << qint64(700);
    QTest::newRow("sla 12") << QByteArray(R"({"sla_hours": 12})") << 1 << qint64(550);
    QTest::newRow("sla 23.99") << QByteArray(R"({"sla_hours": 23.99})") << 1 << qint64(550);
    QTest::newRow("sla 25") << QByteArray(R"({"sla_hours": 25})") << 3 << qint64(850);
}

void TestAssessment::b3Shares()
{
    QFETCH(QByteArray, rules);
    QFETCH(int, inTime);
    QFETCH(qint64, b3);
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "a", "fans_start": 0, "fans_end": 0, "complaints": [
          {"id": "q1", "submitted_at": "2026-07-01T00:00:00+08:00", "first_reply_at": "2026-07-02T00:00:00+08:00",
           "resolved_at": "2026-09-30T23:59:59+08:00", "satisfaction": "satisfied"},
          {"id": "q2", "submitted_at": "2026-07-10T08:00:00+08:00", "first_reply_at": "2026-07-11T08:01:00+08:00",
           "resolved_at": "2026-10-01T00:00:00+08:00", "satisfaction": "basic"},
          {"id": "q3", "submitted_at": "2026-08-01T08:00:00+08:00", "first_reply_at": null, "resolved_at": null,
           "satisfaction": "unsatisfied"},
          {"id": "q4", "submitted_at": "2026-08-02T08:00:00+08:00", "first_reply_at": "2026-08-02T07:00:00+08:00",
           "resolved_at": "2026-08-03T08:00:00+08:00", "satisfaction": "unsatisfied"},
          {"id": "q5", "submitted_at": "2026-06-30T23:59:59+08:00", "satisfaction": "unsatisfied"}]})",
                                   rules),
        &why);
    QVERIFY2(result, qPrintable(why));
    const AssessmentRow &row = rowIn(*result, u"a");
    QCOMPARE(row.explain.complaints, 4);
    QCOMPARE(row.explain.repliedInTime, inTime);
    QCOMPARE(row.explain.resolvedInQuarter, 2);
    QCOMPARE(row.explain.rated, 4);
    QCOMPARE(row.explain.satisfied, 1);
    QCOMPARE(row.explain.basic, 1);
    QCOMPARE(row.centsOf(Component::B3), b3);
}

void TestAssessment::onTimeReporting()
{
    // Due in Q3: one submitted early, one exactly at the deadline (not later → in time),
    // one a second late, one never (null), one with no submitted_at at all → 3 misses →
    // C = 10 − 3 = 7. A task due in Q4 and never submitted does not count.
    const QByteArray tasks = R"(
        {"due_at": "2026-07-31T18:00:00+08:00", "submitted_at": "2026-07-30T10:00:00+08:00"},
        {"due_at": "2026-08-31T18:00:00+08:00", "submitted_at": "2026-08-31T18:00:00+08:00"},
        {"due_at": "2026-09-10T18:00:00+08:00", "submitted_at": "2026-09-10T18:00:01+08:00"},
        {"due_at": "2026-09-20T18:00:00+08:00", "submitted_at": null},
        {"due_at": "2026-09-21T18:00:00+08:00"},
        {"due_at": "2026-10-08T18:00:00+08:00"})";
    // 12 missed tasks: max(0, 10 − 12) = 0. c_penalty 2.5 with the 3 misses: 10 − 7.5 = 2.5.
    const QByteArray twelve = repeated(12, [](int i) {
        return R"({"due_at": "2026-08-)" + QByteArray::number(i + 10) + R"(T18:00:00+08:00"})";
    });
    QString why;
    const auto result = scored(
        bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0, "tasks": [)" + tasks
            + R"(]}, {"code": "b", "fans_start": 0, "fans_end": 0, "tasks": [)" + twelve + "]}"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"a").explain.tasks, 5);
    QCOMPARE(rowIn(*result, u"a").explain.misses, 3);
    QCOMPARE(rowIn(*result, u"a").centsOf(Component::C), 700);
    QCOMPARE(rowIn(*result, u"b").explain.misses, 12);
    QCOMPARE(rowIn(*result, u"b").centsOf(Component::C), 0);
    const auto penalty = scored(
        bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0, "tasks": [)" + tasks + "]}",
            R"({"c_penalty": 2.5})"),
        &why);
    QVERIFY2(penalty, qPrintable(why));
    QCOMPARE(rowIn(*penalty, u"a").centsOf(Component::C), 250);
}

// ---- §3 --------------------------------------------------------------------------------

void TestAssessment::bonusEventAndInnovation()
{
    auto claims = [](const char *kind, int n) {
        return repeated(n, [kind](int i) {
            return R"({"kind": ")" + QByteArray(kind) + R"(", "date": "2026-08-)"
                + QByteArray::number(i + 10) + R"(T10:00:00+08:00", "status": "approved"})";
        });
    };
    // Two events: 15 once, not per event. 4 innovations: 3 × 4 = 12; 5: 15; 6: 18 → 15.
    QString why;
    const auto result = scored(
        bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0, "claims": [)" + claims("event", 2)
            + R"(]}, {"code": "b", "fans_start": 0, "fans_end": 0, "claims": [)"
            + claims("innovation", 4)
            + R"(]}, {"code": "c", "fans_start": 0, "fans_end": 0, "claims": [)"
            + claims("innovation", 5)
            + R"(]}, {"code": "d", "fans_start": 0, "fans_end": 0, "claims": [)"
            + claims("innovation", 6) + "]}"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"a").centsOf(Component::BonusEvent), 1500);
    QCOMPARE(rowIn(*result, u"a").centsOf(Component::BonusInnovation), 0);
    QCOMPARE(rowIn(*result, u"b").centsOf(Component::BonusInnovation), 1200);
    QCOMPARE(rowIn(*result, u"c").centsOf(Component::BonusInnovation), 1500);
    QCOMPARE(rowIn(*result, u"d").explain.innovations, 6);
    QCOMPARE(rowIn(*result, u"d").centsOf(Component::BonusInnovation), 1500);
    QCOMPARE(rowIn(*result, u"d").centsOf(Component::BonusEvent), 0);
}

void TestAssessment::bonusService()
{
    // A complaint resolved in Q3 with service_example, satisfied and all four texts
    // counts. Each variant below misses one condition and does not.
    const QByteArray good
        = R"("submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
        "satisfaction": "satisfied", "service_example": true, "nickname": "王师傅", "content": "路灯坏了",
        "resolution": "已修复", "reply": "已修好")";
    const QByteArray variants[] = {
        // submitted in Q2, resolved in Q3: counts (by resolved_at).
        R"({"submitted_at": "2026-06-20T08:00:00+08:00", "resolved_at": "2026-07-02T17:00:00+08:00",
            "satisfaction": "satisfied", "service_example": true, "nickname": "n", "content": "c",
            "resolution": "r", "reply": "y"})",
    };
    const QByteArray failing[] = {
        R"({"submitted_at": "2026-09-05T08:00:00+08:00", "resolved_at": "2026-10-01T00:00:00+08:00",
            "satisfaction": "satisfied", "service_example": true, "nickname": "n", "content": "c",
            "resolution": "r", "reply": "y"})", // resolved at the quarter's end
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
            "satisfaction": "basic", "service_example": true, "nickname": "n", "content": "c",
            "resolution": "r", "reply": "y"})",
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
            "satisfaction": "satisfied", "service_example": false, "nickname": "n", "content": "c",
            "resolution": "r", "reply": "y"})",
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
            "satisfaction": "satisfied", "service_example": true, "content": "c",
            "resolution": "r", "reply": "y"})", // no nickname
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
            "satisfaction": "satisfied", "service_example": true, "nickname": "n", "content": "",
            "resolution": "r", "reply": "y"})",
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
            "satisfaction": "satisfied", "service_example": true, "nickname": "n", "content": "c",
            "resolution": null, "reply": "y"})",
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": "2026-07-07T17:00:00+08:00",
            "satisfaction": "satisfied", "service_example": true, "nickname": "n", "content": "c",
            "resolution": "r", "reply": ""})",
        R"({"submitted_at": "2026-07-05T08:00:00+08:00", "resolved_at": null,
            "satisfaction": "satisfied", "service_example": true, "nickname": "n", "content": "c",
            "resolution": "r", "reply": "y"})",
    };
    QByteArrayList all { "{" + good + "}", variants[0] };
    for (const auto &f : failing)
        all.append(f);
    QString why;
    // 2 qualifying → 4; 5 → 10; 6 → 12 capped 10. Whitespace is a character (Interpretation 6).
    const QByteArray six = repeated(6, [&](int) { return "{" + good + "}"; });
    const auto result = scored(
        bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0, "complaints": [)" + all.join(", ")
            + R"(]}, {"code": "b", "fans_start": 0, "fans_end": 0, "complaints": [)" + six
            + R"(]}, {"code": "c", "fans_start": 0, "fans_end": 0, "complaints": [)"
            + repeated(5, [&](int) { return "{" + good + "}"; })
            + R"(, {"submitted_at": "2026-07-05T08:00:00+08:00",
                                               "resolved_at": "2026-07-07T17:00:00+08:00", "satisfaction": "satisfied",
                                               "service_example": true, "nickname": " ", "content": "c",
                                               "resolution": "r", "reply": "y"}]})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"a").explain.serviceExamples, 2);
    QCOMPARE(rowIn(*result, u"a").centsOf(Component::BonusService), 400);
    QCOMPARE(rowIn(*result, u"b").explain.serviceExamples, 6);
    QCOMPARE(rowIn(*result, u"b").centsOf(Component::BonusService), 1000);
    QCOMPARE(rowIn(*result, u"c").explain.serviceExamples, 6);
    QCOMPARE(rowIn(*result, u"c").centsOf(Component::BonusService), 1000);
    // With a cap of 11 and 3 each, 6 examples are 18 → 11; 2 examples are 6.
    const auto custom = scored(
        bundleOf(R"({"code": "b", "fans_start": 0, "fans_end": 0, "complaints": [)" + six + "]}",
            R"({"bonus_service_each": 3, "bonus_service_max": 11})"),
        &why);
    QVERIFY2(custom, qPrintable(why));
    QCOMPARE(rowIn(*custom, u"b").centsOf(Component::BonusService), 1100);
}

void TestAssessment::bonusNews_data()
{
    QTest::addColumn<QByteArray>("adoptions"); // adopted_by of each approved Q3 lead
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<qint64>("news");
    QTest::newRow("one city lead is below the minimum")
        << QByteArray(R"("city")") << QByteArray("{}") << qint64(0);
    QTest::newRow("district + none = 2")
        << QByteArray(R"("district", "none")") << QByteArray("{}") << qint64(200);
    QTest::newRow("city + district = 7")
        << QByteArray(R"("city", "district")") << QByteArray("{}") << qint64(700);
    QTest::newRow("3 city = 15, capped 10")
        << QByteArray(R"("city", "city", "city")") << QByteArray("{}") << qint64(1000);
    QTest::newRow("null and none adopt nothing")
        << QByteArray(R"(null, "none")") << QByteArray("{}") << qint64(0);
    // A lead adopted by both district and city media scores its highest adoption only: 5 + 2.
    QTest::newRow("highest adoption only")
        << QByteArray(R"(["district", "city"], "district")") << QByteArray("{}") << qint64(700);
    QTest::newRow("news_min_leads 1")
        << QByteArray(R"("city")") << QByteArray(R"({"news_min_leads": 1})") << qint64(500);
    QTest::newRow("news_min_leads 3 with 2")
        << QByteArray(R"("city", "city")") << QByteArray(R"({"news_min_leads": 3})") << qint64(0);
    QTest::newRow("custom points and cap")
        << QByteArray(R"("city", "city", "district")")
        << QByteArray(R"({"news_city": 4.5, "news_district": 1.25, "news_max": 12})")
        << qint64(1025);
}

void TestAssessment::bonusNews()
{
    QFETCH(QByteArray, adoptions);
    QFETCH(QByteArray, rules);
    QFETCH(qint64, news);
    const QJsonArray list = QJsonDocument::fromJson("[" + adoptions + "]").array();
    QByteArrayList claims;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QByteArray adopted = QJsonDocument(QJsonArray { list.at(i) })
                                       .toJson(QJsonDocument::Compact)
                                       .mid(1)
                                       .chopped(1);
        claims.append(R"({"kind": "news_lead", "date": "2026-08-0)" + QByteArray::number(i + 1)
            + R"(T10:00:00+08:00", "status": "approved", "adopted_by": )" + adopted + "}");
    }
    QString why;
    const auto result
        = scored(bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0, "claims": [)"
                         + claims.join(", ") + "]}",
                     rules),
            &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"a").explain.newsLeads, int(list.size()));
    QCOMPARE(rowIn(*result, u"a").centsOf(Component::BonusNews), news);
}

void TestAssessment::onlyApprovedClaimsCount()
{
    // Pending and rejected claims count for nothing: no event bonus, no innovation, and a
    // rejected lead does not make up the news minimum (1 approved city lead → 0).
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "a", "fans_start": 0, "fans_end": 0, "claims": [
          {"kind": "event", "date": "2026-08-01T10:00:00+08:00", "status": "pending"},
          {"kind": "event", "date": "2026-08-02T10:00:00+08:00", "status": "rejected"},
          {"kind": "innovation", "date": "2026-08-03T10:00:00+08:00", "status": "submitted"},
          {"kind": "innovation", "date": "2026-08-04T10:00:00+08:00", "status": "Approved"},
          {"kind": "news_lead", "date": "2026-08-05T10:00:00+08:00", "status": "approved", "adopted_by": "city"},
          {"kind": "news_lead", "date": "2026-08-06T10:00:00+08:00", "status": "rejected", "adopted_by": "city"}]})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    const AssessmentRow &a = rowIn(*result, u"a");
    QCOMPARE(a.centsOf(Component::BonusEvent), 0);
    QCOMPARE(a.centsOf(Component::BonusInnovation), 0);
    QCOMPARE(a.explain.newsLeads, 1);
    QCOMPARE(a.centsOf(Component::BonusNews), 0);
}

// ---- §4 --------------------------------------------------------------------------------

void TestAssessment::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<QByteArray>("communities");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<int>("component");
    QTest::addColumn<qint64>("cents");
    // 50 × 107/2000 = 2.675 exactly (binary floating point holds 2.67499999…).
    QTest::newRow("A 2.675 → 2.68")
        << QByteArray(R"({"code": "a", "fans_start": 0, "fans_end": 2000},
        {"code": "x", "fans_start": 0, "fans_end": 107})")
        << QByteArray("{}") << int(Component::A) << qint64(268);
    // 50 × 201/10000 = 1.005 exactly.
    QTest::newRow("A 1.005 → 1.01")
        << QByteArray(R"({"code": "a", "fans_start": 0, "fans_end": 10000},
        {"code": "x", "fans_start": 0, "fans_end": 201})")
        << QByteArray("{}") << int(Component::A) << qint64(101);
    // b1_max 1, p 1 of p_max 8: 0.125 → 0.13 (half away from zero, not to even).
    QTest::newRow("B1 0.125 → 0.13")
        << QByteArray(R"({"code": "a", "fans_start": 0, "fans_end": 0, "notices": [)"
               + repeated(8,
                   [](int i) {
                       return R"({"published_at": "2026-07-0)" + QByteArray::number(i)
                           + R"(T09:00:00+08:00"})";
                   })
               + R"(]}, {"code": "x", "fans_start": 0, "fans_end": 0,
        "notices": [{"published_at": "2026-07-09T09:00:00+08:00"}]})")
        << QByteArray(R"({"b1_max": 1})") << int(Component::B1) << qint64(13);
    // Ratings 4 and 5: q 4.5 → 5 × 3.5/4 = 4.375 → 4.38.
    QTest::newRow("B2 4.375 → 4.38") << QByteArray(R"({"code": "x", "fans_start": 0, "fans_end": 0,
        "notices": [{"published_at": "2026-07-09T09:00:00+08:00", "quality": [4, 5]}]})")
                                     << QByteArray("{}") << int(Component::B2) << qint64(438);
    // b2_max 0.3 (exactly 3/10 as written), rating 2: 0.3 × 1/4 = 0.075 → 0.08.
    QTest::newRow("B2 0.075 → 0.08 with b2_max 0.3")
        << QByteArray(R"({"code": "x", "fans_start": 0, "fans_end": 0,
        "notices": [{"published_at": "2026-07-09T09:00:00+08:00", "quality": [2]}]})")
        << QByteArray(R"({"b2_max": 0.3})") << int(Component::B2) << qint64(8);
    // 8 complaints, none answered (s1 0), one resolved (s2 1/8), that one rated satisfied
    // (s3 1): 0 + 5/8 + 4 = 4.625 → 4.63.
    QTest::newRow("B3 4.625 → 4.63")
        << QByteArray(R"({"code": "x", "fans_start": 0, "fans_end": 0, "complaints": [
        {"submitted_at": "2026-07-01T09:00:00+08:00", "resolved_at": "2026-07-02T09:00:00+08:00",
         "satisfaction": "satisfied"}, )"
               + repeated(7,
                   [](int i) {
                       return R"({"submitted_at": "2026-07-1)" + QByteArray::number(i)
                           + R"(T09:00:00+08:00"})";
                   })
               + "]}")
        << QByteArray("{}") << int(Component::B3) << qint64(463);
}

void TestAssessment::roundsHalfAwayFromZero()
{
    QFETCH(QByteArray, communities);
    QFETCH(QByteArray, rules);
    QFETCH(int, component);
    QFETCH(qint64, cents);
    QString why;
    const auto result = scored(bundleOf(communities, rules), &why);
    QVERIFY2(result, qPrintable(why));
    const AssessmentRow &x = rowIn(*result, u"x");
    QCOMPARE(x.centsOf(Component(component)), cents);
    QCOMPARE(x.totalCents, componentSum(x));
}

void TestAssessment::rankingTieBreaks()
{
    // Base for everyone: no complaints → B3 15, C 10 unless tasks are missed.
    // "b": net 600 (A 50), 5 missed tasks → C 5, total 50 + 15 + 5 = 70.
    // "a": net 300 (A 25), p 1 = p_max → B1 20: 25 + 20 + 15 + 10 = 70.
    //   total tie → A desc: b (50) before a (25), although a's code is lower.
    // "d": net 0, "c": net −5: both A 0 and total 25 → net desc: d before c.
    // "f" and "e": identical (net −5, total 25, A 0) → code asc: e before f; both after d,
    //   and c, e, f all tie at net −5 → c, e, f.
    const QByteArray fiveMissed = repeated(5, [](int i) {
        return R"({"due_at": "2026-08-0)" + QByteArray::number(i) + R"(T18:00:00+08:00"})";
    });
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "f", "fans_start": 10, "fans_end": 5},
        {"code": "b", "fans_start": 0, "fans_end": 600, "tasks": [)"
                                   + fiveMissed + R"(]},
        {"code": "e", "fans_start": 10, "fans_end": 5},
        {"code": "c", "fans_start": 10, "fans_end": 5},
        {"code": "a", "fans_start": 0, "fans_end": 300, "notices": [{"published_at": "2026-07-03T09:00:00+08:00"}]},
        {"code": "d", "fans_start": 10, "fans_end": 10})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QStringList order;
    for (const auto &row : result->results)
        order.append(row.code);
    QCOMPARE(order, (QStringList { u"b"_s, u"a"_s, u"d"_s, u"c"_s, u"e"_s, u"f"_s }));
    QCOMPARE(rowIn(*result, u"b").totalCents, 7000);
    QCOMPARE(rowIn(*result, u"a").totalCents, 7000);
    for (int i = 0; i < result->results.size(); ++i)
        QCOMPARE(result->results.at(i).rank, i + 1);
}

void TestAssessment::roundedATieFallsToNet()
{
    // a_top_n 2: tier 1 is "l" (1 000 000 → 50) and "m" (100 → 0.005 → 0.01). Tier 2 (M 2)
    // by ratio: "p" 10/10 = 1 scores floor × 2/3 = 0.00333…, "q" 50/1000 = 0.05 scores
    // floor × 1/3 = 0.00166…: both publish A 0.00 and total 25.00, so the rounded A ties
    // and net decides: q (50) ranks above p (10) (Interpretation 2 in assessment.cpp).
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "l", "fans_start": 0, "fans_end": 1000000},
        {"code": "m", "fans_start": 0, "fans_end": 100},
        {"code": "p", "households": 10, "fans_start": 0, "fans_end": 10},
        {"code": "q", "households": 1000, "fans_start": 0, "fans_end": 50})",
                                   R"({"a_top_n": 2})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(rowIn(*result, u"m").centsOf(Component::A), 1);
    QCOMPARE(rowIn(*result, u"p").explain.tierPosition, 1);
    QCOMPARE(rowIn(*result, u"q").explain.tierPosition, 2);
    QCOMPARE(rowIn(*result, u"p").centsOf(Component::A), 0);
    QCOMPARE(rowIn(*result, u"q").centsOf(Component::A), 0);
    QCOMPARE(rowIn(*result, u"q").rank, 3);
    QCOMPARE(rowIn(*result, u"p").rank, 4);
}

void TestAssessment::awardsAndEligibility()
{
    // All tier 1 under the leader's 1000: A = 50 × net / 1000: a 1000 → 50, b 99 → 4.95,
    // c 100 → 5, d 500 → 25, e 800 → 40; plus B3 15 and C 10 each. Ranking a, e, d, c, b.
    // award_min_net 100 (default): b (99) is not eligible, c (exactly 100) is.
    // awards [700, 300.5]: a 700, e 300.5; d and c are eligible but out of slots → 0.
    QString why;
    const QByteArray communities = R"(
        {"code": "a", "fans_start": 0, "fans_end": 1000}, {"code": "b", "fans_start": 0, "fans_end": 99},
        {"code": "c", "fans_start": 0, "fans_end": 100}, {"code": "d", "fans_start": 0, "fans_end": 500},
        {"code": "e", "fans_start": 0, "fans_end": 800})";
    const auto result = scored(bundleOf(communities, R"({"awards": [700, 300.5]})"), &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(result->best.value_or(QString()), u"a"_s);
    QCOMPARE(rowIn(*result, u"a").award.micros, qint64(700'000'000));
    QCOMPARE(rowIn(*result, u"e").award.micros, qint64(300'500'000));
    QCOMPARE(rowIn(*result, u"d").award.micros, qint64(0));
    QCOMPARE(rowIn(*result, u"c").award.micros, qint64(0));
    QVERIFY(rowIn(*result, u"c").eligible);
    QVERIFY(!rowIn(*result, u"b").eligible);
    QVERIFY(resultJsonText(*result).contains("\"award\": 300.5}"));
    // award_min_net 900: only a (1000) is eligible; it takes the default first slot, 2000.
    const auto high = scored(bundleOf(communities, R"({"award_min_net": 900})"), &why);
    QVERIFY2(high, qPrintable(why));
    QCOMPARE(rowIn(*high, u"a").award.micros, qint64(2000'000'000));
    QVERIFY(!rowIn(*high, u"e").eligible);
    QCOMPARE(rowIn(*high, u"e").award.micros, qint64(0));
    // An ineligible community at rank 1 takes no slot. Leader w 120: w A 50, y 110 →
    // 45.83, z 50 → 20.83. z adds an event (15) and 5 innovations (15): 20.83 + 25 + 30 =
    // 75.83 > w 75 > y 70.83. z (50 < 100) is skipped: w 900, y 400, best w.
    const QByteArray innovations = repeated(5, [](int i) {
        return R"({"kind": "innovation", "date": "2026-08-1)" + QByteArray::number(i)
            + R"(T10:00:00+08:00", "status": "approved"})";
    });
    const auto skip = scored(bundleOf(R"(
        {"code": "z", "fans_start": 0, "fans_end": 50, "claims": [
           {"kind": "event", "date": "2026-08-01T10:00:00+08:00", "status": "approved"}, )"
                                     + innovations + R"(]},
        {"code": "y", "fans_start": 0, "fans_end": 110}, {"code": "w", "fans_start": 0, "fans_end": 120})",
                                 R"({"awards": [900, 400]})"),
        &why);
    QVERIFY2(skip, qPrintable(why));
    QCOMPARE(skip->results.at(0).code, u"z"_s);
    QCOMPARE(skip->results.at(0).totalCents, qint64(7583));
    QVERIFY(!skip->results.at(0).eligible);
    QCOMPARE(skip->results.at(0).award.micros, qint64(0));
    QCOMPARE(skip->best.value_or(QString()), u"w"_s);
    QCOMPARE(rowIn(*skip, u"w").award.micros, qint64(900'000'000));
    QCOMPARE(rowIn(*skip, u"y").award.micros, qint64(400'000'000));
    // Empty award list: nobody gets money, best is still named.
    const auto none = scored(bundleOf(communities, R"({"awards": []})"), &why);
    QVERIFY2(none, qPrintable(why));
    QCOMPARE(none->best.value_or(QString()), u"a"_s);
    for (const auto &row : none->results)
        QCOMPARE(row.award.micros, qint64(0));
}

void TestAssessment::bestIsNullWhenNoneEligible()
{
    // Nets 99 and 40 (< 100): no one is eligible, no awards, best null.
    QString why;
    const auto result = scored(bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 99},
                                           {"code": "b", "fans_start": 0, "fans_end": 40})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QVERIFY(!result->best);
    for (const auto &row : result->results) {
        QVERIFY(!row.eligible);
        QCOMPARE(row.award.micros, qint64(0));
    }
    QVERIFY(resultJsonText(*result).contains("\"best\": null,"));
    QVERIFY(resultJson(*result).value(u"best"_s).isNull());
    // No communities at all: results [] and best null.
    const auto empty = scored(bundleOf(""), &why);
    QVERIFY2(empty, qPrintable(why));
    QVERIFY(empty->results.isEmpty());
    QVERIFY(!empty->best);
}

// ---- §5 --------------------------------------------------------------------------------

void TestAssessment::defaultRules()
{
    const auto parsed = parseRules(QJsonObject {});
    QVERIFY(std::holds_alternative<AssessmentRules>(parsed));
    const AssessmentRules &rules = std::get<AssessmentRules>(parsed);
    QVERIFY(rules == AssessmentRules {});
    // §5's defaults, key for key.
    const QJsonObject expected = jsonObject(R"({"version": "sujiatun-2016", "sla_hours": 24,
        "a_max": 50, "a_top_n": 8, "b1_max": 20, "b2_max": 5, "b3_weights": [6, 5, 4],
        "c_max": 10, "c_penalty": 1,
        "bonus_event": 15, "bonus_innovation_each": 3, "bonus_innovation_max": 15,
        "bonus_service_each": 2, "bonus_service_max": 10,
        "news_district": 2, "news_city": 5, "news_min_leads": 2, "news_max": 10,
        "award_min_net": 100, "awards": [2000, 2000, 2000, 2000, 2000, 1000, 1000, 1000, 1000, 1000]})");
    QCOMPARE(rulesJson(rules), expected);
    // Parsing §5's object gives the defaults again.
    QVERIFY(std::get<AssessmentRules>(parseRules(expected)) == AssessmentRules {});
}

void TestAssessment::rulesMerge()
{
    // A subset changes only its keys; parsing over a base keeps the base's other keys.
    const auto first = parseRules(jsonObject(R"({"a_top_n": 3, "version": "v2"})"));
    QVERIFY(std::holds_alternative<AssessmentRules>(first));
    const auto second
        = parseRules(jsonObject(R"({"a_top_n": 5, "c_max": 8})"), std::get<AssessmentRules>(first));
    QVERIFY(std::holds_alternative<AssessmentRules>(second));
    const AssessmentRules &rules = std::get<AssessmentRules>(second);
    QCOMPARE(rules.aTopN, qint64(5));
    QCOMPARE(rules.cMax.micros, qint64(8'000'000));
    QCOMPARE(rules.version, u"v2"_s);
    QCOMPARE(rules.aMax.micros, qint64(50'000'000));
    // The bundle's "rules" are read over the defaults; the result names their version.
    QString why;
    const auto result = scored(
        bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0})", R"({"version": "trial"})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    QCOMPARE(result->rules.version, u"trial"_s);
    QVERIFY(resultJsonText(*result).contains("\"rules_version\": \"trial\""));
    // "rules": null is no override.
    const auto nullRules = parseBundle(jsonObject(
        R"({"district": {"code": "1"}, "quarter": "2026Q3", "rules": null, "communities": []})"));
    QVERIFY(std::holds_alternative<AssessmentBundle>(nullRules));
    QVERIFY(std::get<AssessmentBundle>(nullRules).rules == AssessmentRules {});
}

void TestAssessment::rulesDecimalsAreExact()
{
    const auto parsed
        = parseRules(jsonObject(R"({"a_max": 33.3, "sla_hours": 0.5, "award_min_net": 99.999999,
                                                  "b3_weights": [6.25, 0, 4]})"));
    QVERIFY(std::holds_alternative<AssessmentRules>(parsed));
    const AssessmentRules &rules = std::get<AssessmentRules>(parsed);
    QCOMPARE(rules.aMax.micros, qint64(33'300'000));
    QCOMPARE(rules.slaHours.micros, qint64(500'000));
    QCOMPARE(rules.awardMinNet.micros, qint64(99'999'999));
    QCOMPARE(rules.b3Weights[0].micros, qint64(6'250'000));
    QCOMPARE(rules.aMax.toString(), u"33.3"_s);
    QCOMPARE(rulesJson(rules).value(u"a_max"_s).toDouble(), 33.3);
}

void TestAssessment::rulesErrors_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown key") << QByteArray(R"({"a_top_n": 8, "a_topn": 3})") << u"a_topn"_s;
    QTest::newRow("string for a number") << QByteArray(R"({"a_max": "50"})") << u"a_max"_s;
    QTest::newRow("null") << QByteArray(R"({"b1_max": null})") << u"b1_max"_s;
    QTest::newRow("bool") << QByteArray(R"({"news_min_leads": true})") << u"news_min_leads"_s;
    QTest::newRow("negative") << QByteArray(R"({"c_penalty": -1})") << u"c_penalty"_s;
    QTest::newRow("negative sla") << QByteArray(R"({"sla_hours": -0.5})") << u"sla_hours"_s;
    QTest::newRow("fractional count") << QByteArray(R"({"a_top_n": 2.5})") << u"a_top_n"_s;
    QTest::newRow("fractional leads")
        << QByteArray(R"({"news_min_leads": 1.5})") << u"news_min_leads"_s;
    QTest::newRow("too many decimals") << QByteArray(R"({"a_max": 0.1234567})") << u"a_max"_s;
    QTest::newRow("too large") << QByteArray(R"({"a_max": 1e10})") << u"a_max"_s;
    QTest::newRow("version not a string") << QByteArray(R"({"version": 2016})") << u"version"_s;
    QTest::newRow("two weights") << QByteArray(R"({"b3_weights": [6, 5]})") << u"b3_weights"_s;
    QTest::newRow("weights not an array") << QByteArray(R"({"b3_weights": 15})") << u"b3_weights"_s;
    QTest::newRow("weight a string")
        << QByteArray(R"({"b3_weights": [6, "5", 4]})") << u"b3_weights[1]"_s;
    QTest::newRow("negative weight")
        << QByteArray(R"({"b3_weights": [6, 5, -4]})") << u"b3_weights[2]"_s;
    QTest::newRow("awards not an array") << QByteArray(R"({"awards": 2000})") << u"awards"_s;
    QTest::newRow("negative award") << QByteArray(R"({"awards": [2000, -1]})") << u"awards[1]"_s;
}

void TestAssessment::rulesErrors()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, field);
    const AssessmentError error = rulesError(rules);
    QCOMPARE(error.field, field);
    QVERIFY(error.community.isEmpty());
    QVERIFY(error.toString().startsWith(field + u": "_s));
    // Inside a bundle the same key is named under "rules.".
    const AssessmentError inBundle
        = bundleError(bundleOf(R"({"code": "a", "fans_start": 0, "fans_end": 0})", rules));
    QCOMPARE(inBundle.field, u"rules."_s + field);
}

// ---- §6 --------------------------------------------------------------------------------

void TestAssessment::optionalFieldsMayBeAbsentOrNull()
{
    // Every optional field absent in one community and null in the other: both parse and
    // score alike (households → ratio 0; texts empty; unrated; no reply; not submitted).
    // Keys the engine does not read ("street", "title") are ignored.
    QString why;
    const auto result = scored(bundleOf(R"(
        {"code": "a", "fans_start": 0, "fans_end": 10, "street": "210111001",
         "notices": [{"published_at": "2026-07-03T09:00:00+08:00", "title": "停水通知"}],
         "complaints": [{"submitted_at": "2026-07-05T20:10:00+08:00"}],
         "tasks": [{"due_at": "2026-07-31T18:00:00+08:00"}],
         "claims": [{"kind": "news_lead", "date": "2026-08-02T10:00:00+08:00", "status": "approved"}]},
        {"code": "b", "name": null, "households": null, "fans_start": 0, "fans_end": 10,
         "notices": [{"id": null, "published_at": "2026-07-03T09:00:00+08:00", "quality": null}],
         "complaints": [{"id": 7, "submitted_at": "2026-07-05T20:10:00+08:00", "first_reply_at": null,
                         "resolved_at": null, "satisfaction": null, "service_example": null, "nickname": null,
                         "content": null, "resolution": null, "reply": null}],
         "tasks": [{"due_at": "2026-07-31T18:00:00+08:00", "submitted_at": null}],
         "claims": [{"kind": "news_lead", "date": "2026-08-02T10:00:00+08:00", "status": "approved",
                     "adopted_by": null}]},
        {"code": "c", "fans_start": 0, "fans_end": 0, "notices": null, "complaints": null, "tasks": null,
         "claims": null})"),
        &why);
    QVERIFY2(result, qPrintable(why));
    const AssessmentRow &a = rowIn(*result, u"a");
    const AssessmentRow &b = rowIn(*result, u"b");
    QVERIFY(a.cents == b.cents);
    QCOMPARE(a.name, QString());
    // B1 20; complaint: late, unresolved, unrated → 0 + 0 + 4 = 4; C 9; both tier 1 A 50.
    QCOMPARE(b.centsOf(Component::B3), 400);
    QCOMPARE(b.centsOf(Component::C), 900);
    QCOMPARE(b.totalCents, 5000 + 2000 + 400 + 900);
}

void TestAssessment::bundleErrors_data()
{
    QTest::addColumn<QByteArray>("bundle");
    QTest::addColumn<QString>("community");
    QTest::addColumn<QString>("field");
    auto top = [](const char *tail) {
        return QByteArray(R"({"district": {"code": "210111"}, "quarter": "2026Q3", )") + tail + "}";
    };
    auto one = [](const char *fields) {
        return QByteArray(R"({"district": {"code": "210111"}, "quarter": "2026Q3", "communities": [
            {"code": "210111001001", "fans_start": 1500, "fans_end": 2100}, {"code": "210111001002", )")
            + fields + "}]}";
    };
    const QString c = u"210111001002"_s;
    QTest::newRow("no district") << QByteArray(R"({"quarter": "2026Q3", "communities": []})")
                                 << QString() << u"district"_s;
    QTest::newRow("district without code") << QByteArray(
        R"({"district": {"name": "x"}, "quarter": "2026Q3",
        "communities": []})") << QString() << u"district.code"_s;
    QTest::newRow("district a string") << QByteArray(R"({"district": "210111", "quarter": "2026Q3",
        "communities": []})") << QString()
                                       << u"district"_s;
    QTest::newRow("no quarter") << QByteArray(
        R"({"district": {"code": "210111"}, "communities": []})")
                                << QString() << u"quarter"_s;
    QTest::newRow("quarter a number")
        << QByteArray(R"({"district": {"code": "210111"}, "quarter": 20263,
        "communities": []})")
        << QString() << u"quarter"_s;
    QTest::newRow("rules an array")
        << top(R"("rules": [], "communities": [])") << QString() << u"rules"_s;
    QTest::newRow("no communities") << top(R"("rules": {})") << QString() << u"communities"_s;
    QTest::newRow("communities an object")
        << top(R"("communities": {})") << QString() << u"communities"_s;
    QTest::newRow("community a string")
        << top(R"("communities": ["210111001001"])") << QString() << u"communities[0]"_s;
    QTest::newRow("community without code")
        << top(R"("communities": [{"code": "a", "fans_start": 1, "fans_end": 1},
        {"fans_start": 1, "fans_end": 1}])")
        << QString() << u"communities[1].code"_s;
    QTest::newRow("duplicate code")
        << one(R"("fans_start": 1, "fans_end": 1}, {"code": "210111001002",
        "fans_start": 1, "fans_end": 1)")
        << c << u"code"_s;
    QTest::newRow("no fans_end") << one(R"("fans_start": 1)") << c << u"fans_end"_s;
    QTest::newRow("fans_start a string")
        << one(R"("fans_start": "1500", "fans_end": 2100)") << c << u"fans_start"_s;
    QTest::newRow("fans_end fractional")
        << one(R"("fans_start": 1, "fans_end": 2.5)") << c << u"fans_end"_s;
    QTest::newRow("fans_start negative")
        << one(R"("fans_start": -1, "fans_end": 2)") << c << u"fans_start"_s;
    QTest::newRow("households a string")
        << one(R"("households": "many", "fans_start": 1, "fans_end": 2)") << c << u"households"_s;
    QTest::newRow("households fractional")
        << one(R"("households": 3.5, "fans_start": 1, "fans_end": 2)") << c << u"households"_s;
    QTest::newRow("name a number")
        << one(R"("name": 5, "fans_start": 1, "fans_end": 2)") << c << u"name"_s;
    QTest::newRow("notices an object")
        << one(R"("fans_start": 1, "fans_end": 2, "notices": {})") << c << u"notices"_s;
    QTest::newRow("notice a string")
        << one(R"("fans_start": 1, "fans_end": 2, "notices": ["n1"])") << c << u"notices[0]"_s;
    QTest::newRow("published_at without offset") << one(R"("fans_start": 1, "fans_end": 2,
        "notices": [{"published_at": "2026-07-03T09:00:00+08:00"}, {"published_at": "2026-07-03 09:00"}])")
                                                 << c << u"notices[1].published_at"_s;
    QTest::newRow("published_at missing")
        << one(R"("fans_start": 1, "fans_end": 2, "notices": [{"id": "n1"}])") << c
        << u"notices[0].published_at"_s;
    QTest::newRow("rating 6") << one(R"("fans_start": 1, "fans_end": 2,
        "notices": [{"published_at": "2026-07-03T09:00:00+08:00", "quality": [4, 6]}])")
                              << c << u"notices[0].quality[1]"_s;
    QTest::newRow("rating 4.5") << one(R"("fans_start": 1, "fans_end": 2,
        "notices": [{"published_at": "2026-07-03T09:00:00+08:00", "quality": [4.5]}])")
                                << c << u"notices[0].quality[0]"_s;
    QTest::newRow("quality a number") << one(R"("fans_start": 1, "fans_end": 2,
        "notices": [{"published_at": "2026-07-03T09:00:00+08:00", "quality": 5}])")
                                      << c << u"notices[0].quality"_s;
    QTest::newRow("submitted_at missing")
        << one(R"("fans_start": 1, "fans_end": 2, "complaints": [{"id": "c1"}])") << c
        << u"complaints[0].submitted_at"_s;
    QTest::newRow("first_reply_at not a time") << one(R"("fans_start": 1, "fans_end": 2,
        "complaints": [{"submitted_at": "2026-07-03T09:00:00+08:00", "first_reply_at": "yesterday"}])")
                                               << c << u"complaints[0].first_reply_at"_s;
    QTest::newRow("resolved_at a number") << one(R"("fans_start": 1, "fans_end": 2,
        "complaints": [{"submitted_at": "2026-07-03T09:00:00+08:00", "resolved_at": 1751500000}])")
                                          << c << u"complaints[0].resolved_at"_s;
    QTest::newRow("satisfaction unknown") << one(R"("fans_start": 1, "fans_end": 2,
        "complaints": [{"submitted_at": "2026-07-03T09:00:00+08:00", "satisfaction": "happy"}])")
                                          << c << u"complaints[0].satisfaction"_s;
    QTest::newRow("service_example a string") << one(R"("fans_start": 1, "fans_end": 2,
        "complaints": [{"submitted_at": "2026-07-03T09:00:00+08:00", "service_example": "yes"}])")
                                              << c << u"complaints[0].service_example"_s;
    QTest::newRow("reply a number") << one(R"("fans_start": 1, "fans_end": 2,
        "complaints": [{"submitted_at": "2026-07-03T09:00:00+08:00", "reply": 1}])")
                                    << c << u"complaints[0].reply"_s;
    QTest::newRow("due_at missing")
        << one(R"("fans_start": 1, "fans_end": 2, "tasks": [{"submitted_at": null}])") << c
        << u"tasks[0].due_at"_s;
    QTest::newRow("task submitted_at not a time") << one(R"("fans_start": 1, "fans_end": 2,
        "tasks": [{"due_at": "2026-07-31T18:00:00+08:00", "submitted_at": "2026-07-31"}])")
                                                  << c << u"tasks[0].submitted_at"_s;
    QTest::newRow("claim kind unknown") << one(R"("fans_start": 1, "fans_end": 2,
        "claims": [{"kind": "award", "date": "2026-08-02T10:00:00+08:00", "status": "approved"}])")
                                        << c << u"claims[0].kind"_s;
    QTest::newRow("claim status missing") << one(R"("fans_start": 1, "fans_end": 2,
        "claims": [{"kind": "event", "date": "2026-08-02T10:00:00+08:00"}])")
                                          << c << u"claims[0].status"_s;
    QTest::newRow("claim date missing") << one(R"("fans_start": 1, "fans_end": 2,
        "claims": [{"kind": "event", "status": "approved"}])")
                                        << c << u"claims[0].date"_s;
    QTest::newRow("adopted_by unknown") << one(R"("fans_start": 1, "fans_end": 2,
        "claims": [{"kind": "news_lead", "date": "2026-08-02T10:00:00+08:00", "status": "approved",
                    "adopted_by": "province"}])")
                                        << c << u"claims[0].adopted_by"_s;
    QTest::newRow("adopted_by list item unknown") << one(R"("fans_start": 1, "fans_end": 2,
        "claims": [{"kind": "news_lead", "date": "2026-08-02T10:00:00+08:00", "status": "approved",
                    "adopted_by": ["city", 5]}])") << c
                                                  << u"claims[0].adopted_by[1]"_s;
}

void TestAssessment::bundleErrors()
{
    QFETCH(QByteArray, bundle);
    QFETCH(QString, community);
    QFETCH(QString, field);
    const AssessmentError error = bundleError(jsonObject(bundle));
    QCOMPARE(error.field, field);
    QCOMPARE(error.community, community);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.toString().contains(field), qPrintable(error.toString()));
    if (!community.isEmpty())
        QVERIFY2(error.toString().startsWith(u"community "_s + community + u": "_s + field),
            qPrintable(error.toString()));
}

// ---- properties ------------------------------------------------------------------------

void TestAssessment::permutingCommunitiesChangesNothing()
{
    for (const QString &name : { u"district"_s, u"tiers"_s }) {
        const QJsonObject original = jsonObject(readData(name + u".bundle.json"_s));
        QString why;
        const auto expected = scored(original, &why);
        QVERIFY2(expected, qPrintable(why));
        const QByteArray expectedText = resultJsonText(*expected);
        for (quint32 seed = 1; seed <= 25; ++seed) {
            QJsonArray communities = original.value(u"communities"_s).toArray();
            QList<QJsonValue> items(communities.begin(), communities.end());
            QRandomGenerator generator(seed);
            std::shuffle(items.begin(), items.end(), generator);
            QJsonArray shuffled;
            for (QJsonValue item : items) {
                // Reversing each community's own lists changes nothing either.
                QJsonObject c = item.toObject();
                for (const QString &list :
                    { u"notices"_s, u"complaints"_s, u"tasks"_s, u"claims"_s }) {
                    QJsonArray a = c.value(list).toArray();
                    QJsonArray reversed;
                    for (qsizetype i = a.size() - 1; i >= 0; --i)
                        reversed.append(a.at(i));
                    if (c.contains(list) && c.value(list).isArray())
                        c.insert(list, reversed);
                }
                shuffled.append(c);
            }
            QJsonObject permuted = original;
            permuted.insert(u"communities"_s, shuffled);
            const auto result = scored(permuted, &why);
            QVERIFY2(result, qPrintable(why));
            QCOMPARE(QString::fromUtf8(resultJsonText(*result)), QString::fromUtf8(expectedText));
        }
    }
}

void TestAssessment::totalIsTheSumOfTheRoundedComponents()
{
    for (const QString &name : { u"example"_s, u"district"_s, u"tiers"_s }) {
        QString why;
        const auto result = scored(jsonObject(readData(name + u".bundle.json"_s)), &why);
        QVERIFY2(result, qPrintable(why));
        const QJsonArray rows = QJsonDocument::fromJson(resultJsonText(*result))
                                    .object()
                                    .value(u"results"_s)
                                    .toArray();
        QCOMPARE(rows.size(), result->results.size());
        for (const auto &row : result->results) {
            QCOMPARE(row.totalCents, componentSum(row));
            // And in the printed JSON: Σ components = total to the cent.
            const QJsonObject printed = rows.at(row.rank - 1).toObject();
            QCOMPARE(printed.value(u"code"_s).toString(), row.code);
            qint64 cents = 0;
            for (int i = 0; i < kComponentCount; ++i)
                cents += qRound64(printed.value(componentKey(Component(i))).toDouble() * 100);
            QCOMPARE(cents, qRound64(printed.value(u"total"_s).toDouble() * 100));
        }
    }
}

// ---- explanations ----------------------------------------------------------------------

void TestAssessment::explainGivesTheInputsOfEveryCell()
{
    QString why;
    const auto tiers = scored(jsonObject(readData(u"tiers.bundle.json"_s)), &why);
    QVERIFY2(tiers, qPrintable(why));
    const QJsonObject explain = explainJson(*tiers);
    QCOMPARE(explain.value(u"rules"_s).toObject().value(u"a_top_n"_s).toInteger(), 2);
    const QJsonArray rows = explain.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 10);
    // Rows in rank order. Rank 3: …003, net 300 of Σ positive 1701 (600+300+300+200+50+150
    // +100+1), leader 600; tier 2, first of 6 by ratio 300/500 = 0.6 under floor 25.
    const QJsonObject third = rows.at(2).toObject();
    QCOMPARE(third.value(u"code"_s).toString(), u"210111004003"_s);
    QCOMPARE(third.value(u"net"_s).toInteger(), 300);
    QCOMPARE(third.value(u"positive_net_sum"_s).toInteger(), 1701);
    QCOMPARE(third.value(u"net_max"_s).toInteger(), 600);
    QCOMPARE(third.value(u"share"_s).toDouble(), 300.0 / 1701.0);
    QCOMPARE(third.value(u"share_max"_s).toDouble(), 600.0 / 1701.0);
    QCOMPARE(third.value(u"tier"_s).toInt(), 2);
    QCOMPARE(third.value(u"tier_position"_s).toInt(), 1);
    QCOMPARE(third.value(u"tier_size"_s).toInt(), 6);
    QCOMPARE(third.value(u"households"_s).toInteger(), 500);
    QCOMPARE(third.value(u"ratio"_s).toDouble(), 0.6);
    QCOMPARE(third.value(u"floor"_s).toDouble(), 25.0);
    QCOMPARE(third.value(u"exact"_s).toObject().value(u"A"_s).toDouble(), 25.0 * 6 / 7);
    // …008 has no households: null in the explanation, ratio 0.
    const QJsonObject noHouseholds = rows.at(6).toObject();
    QCOMPARE(noHouseholds.value(u"code"_s).toString(), u"210111004008"_s);
    QVERIFY(noHouseholds.value(u"households"_s).isNull());
    QCOMPARE(noHouseholds.value(u"ratio"_s).toDouble(), 0.0);

    // The §6 example: p 1 of 1, ratings 4+5 → q 4.5, one complaint in every share,
    // one task no miss, one news lead (city) below the minimum.
    const auto example = scored(jsonObject(readData(u"example.bundle.json"_s)), &why);
    QVERIFY2(example, qPrintable(why));
    const QJsonObject row = explainJson(*example).value(u"rows"_s).toArray().at(0).toObject();
    QCOMPARE(row.value(u"fans_start"_s).toInteger(), 1500);
    QCOMPARE(row.value(u"fans_end"_s).toInteger(), 2100);
    QCOMPARE(row.value(u"p"_s).toInt(), 1);
    QCOMPARE(row.value(u"p_max"_s).toInt(), 1);
    QCOMPARE(row.value(u"ratings"_s).toInt(), 2);
    QCOMPARE(row.value(u"rating_sum"_s).toInt(), 9);
    QCOMPARE(row.value(u"q"_s).toDouble(), 4.5);
    QCOMPARE(row.value(u"complaints"_s).toInt(), 1);
    QCOMPARE(row.value(u"replied_in_time"_s).toInt(), 1);
    QCOMPARE(row.value(u"resolved_in_quarter"_s).toInt(), 1);
    QCOMPARE(row.value(u"rated"_s).toInt(), 1);
    QCOMPARE(row.value(u"satisfied"_s).toInt(), 1);
    QCOMPARE(row.value(u"s1"_s).toDouble(), 1.0);
    QCOMPARE(row.value(u"tasks"_s).toInt(), 1);
    QCOMPARE(row.value(u"misses"_s).toInt(), 0);
    QCOMPARE(row.value(u"service_examples"_s).toInt(), 1);
    QCOMPARE(row.value(u"news_leads"_s).toInt(), 1);
    QCOMPARE(row.value(u"news_city"_s).toInt(), 1);
    QCOMPARE(row.value(u"news_points"_s).toDouble(), 5.0);
    QCOMPARE(row.value(u"exact"_s).toObject().value(u"B2"_s).toDouble(), 4.375);
    QCOMPARE(row.value(u"exact"_s).toObject().value(u"bonus_news"_s).toDouble(), 0.0);
    // The §7 output carries none of this.
    QVERIFY(
        !resultJson(*example).value(u"results"_s).toArray().at(0).toObject().contains(u"p_max"_s));
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
