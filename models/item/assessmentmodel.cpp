#include "assessmentmodel.h"

#include "assessmentinputs.h"
#include "domain/chinatime.h"
#include "domain/org.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::item {

namespace {

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> list;
    list.reserve(array.size());
    for (const auto &v : array)
        list.append(v.toObject());
    return list;
}

QString num(double v)
{
    return QString::number(v, 'g', 12);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u'%';
}

} // namespace

int AssessmentQuarter::indexOf(const QString &code) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(u"code"_s).toString() == code)
            return int(i);
    }
    return -1;
}

QString AssessmentQuarter::nameOf(const QString &code) const
{
    const int i = indexOf(code);
    return i < 0 ? code : rows.at(i).value(u"name"_s).toString();
}

AssessmentQuarter loadAssessmentQuarter(const QSqlDatabase &db, const QString &district,
    const QString &quarter, const QString &visiblePath, qint64 now)
{
    Q_UNUSED(now)
    AssessmentQuarter q;
    q.district = district;
    q.quarter = quarter;
    {
        QSqlQuery u(db);
        u.prepare(u"SELECT name FROM org_unit WHERE id = ?"_s);
        u.addBindValue(district);
        if (u.exec() && u.next())
            q.districtName = u.value(0).toString();
    }
    if (!quarterBounds(quarter))
        return q;

    // The district's frozen record (the district and the city pull it).
    {
        QSqlQuery a(db);
        a.prepare(u"SELECT data FROM assessment WHERE id = ?"_s);
        a.addBindValue(district + u':' + quarter);
        if (a.exec() && a.next()) {
            const QJsonObject data = objectOf(a.value(0));
            const QJsonObject result = data.value(u"result"_s).toObject();
            q.published = true;
            q.publishedAt = data.value(u"published_at"_s).toString();
            q.publishedByName = data.value(u"published_by_name"_s).toString();
            q.rulesVersion = data.value(u"rules_version"_s).toString();
            q.rules = data.value(u"rules"_s).toObject();
            q.best = result.value(u"best"_s).toString();
            q.rows = objects(result.value(u"results"_s).toArray());
            q.explain = objects(data.value(u"explain"_s).toArray());
            q.communities = data.value(u"communities"_s).toInt();
            if (!q.districtName.isEmpty() || data.value(u"district_name"_s).isString())
                q.districtName = data.value(u"district_name"_s).toString(q.districtName);
            return q;
        }
    }
    // The rows a street or a community pulls of a published quarter: their own.
    {
        QSqlQuery r(db);
        r.prepare(u"SELECT data FROM assessment_row WHERE district = ? AND quarter = ?"_s);
        r.addBindValue(district);
        r.addBindValue(quarter);
        QList<QJsonObject> rows;
        if (r.exec()) {
            while (r.next())
                rows.append(objectOf(r.value(0)));
        }
        if (!rows.isEmpty()) {
            std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"row"_s).toObject().value(u"rank"_s).toInt()
                    < b.value(u"row"_s).toObject().value(u"rank"_s).toInt();
            });
            const QJsonObject &first = rows.constFirst();
            q.published = true;
            q.publishedAt = first.value(u"published_at"_s).toString();
            q.rulesVersion = first.value(u"rules_version"_s).toString();
            q.best = first.value(u"best"_s).toString();
            q.bestName = first.value(u"best_name"_s).toString();
            q.publishedByName = first.value(u"published_by_name"_s).toString();
            q.communities = first.value(u"communities"_s).toInt();
            q.districtName = first.value(u"district_name"_s).toString(q.districtName);
            AssessmentRules rules = store::cachedActiveRules(db, district);
            if (rules.version != q.rulesVersion)
                rules = AssessmentRules {};
            q.rules = rulesJson(rules);
            for (const auto &row : std::as_const(rows)) {
                q.rows.append(row.value(u"row"_s).toObject());
                q.explain.append(row.value(u"explain"_s).toObject());
            }
            return q;
        }
    }

    // Provisional: scored here from the cache with the engine the server publishes with.
    const AssessmentRules rules = store::cachedActiveRules(db, district);
    store::CachedBundleGaps gaps;
    q.bundle = store::cachedAssessmentBundle(db, district, quarter, rules, visiblePath, &gaps);
    auto parsed = parseBundle(q.bundle);
    if (const auto *error = std::get_if<AssessmentError>(&parsed)) {
        q.missing.append(AssessmentText::tr("The cached inputs cannot be scored: %1")
                             .arg(error->toString()));
        return q;
    }
    const AssessmentResult result = score(std::get<AssessmentBundle>(parsed));
    const QJsonObject resultObject = QJsonDocument::fromJson(resultJsonText(result)).object();
    q.rulesVersion = result.rules.version;
    q.rules = rulesJson(result.rules);
    q.best = resultObject.value(u"best"_s).toString();
    q.rows = objects(resultObject.value(u"results"_s).toArray());
    q.explain = objects(explainJson(result).value(u"rows"_s).toArray());
    q.communities = int(q.rows.size() + gaps.communitiesOutOfSight.size());
    // An account below the district (a street, a community) pulls only its own subtree: the
    // cache does not even list the district's other communities.
    QString districtPath;
    {
        QSqlQuery u(db);
        u.prepare(u"SELECT path FROM org_unit WHERE id = ?"_s);
        u.addBindValue(district);
        if (u.exec() && u.next())
            districtPath = u.value(0).toString();
    }
    const bool below = !visiblePath.isEmpty() && visiblePath != districtPath
        && pathWithin(visiblePath, districtPath);
    if (gaps.communitiesOutOfSight.isEmpty() && below) {
        q.relativeUnknown = true;
        q.best.clear();
        q.missing.append(
            AssessmentText::tr("This account's cache holds the inputs of its own units only, not "
                               "those of the district's other communities, so A and B1, which "
                               "compare the communities, the total and the rank are not computed "
                               "here."));
    } else if (!gaps.communitiesOutOfSight.isEmpty()) {
        q.relativeUnknown = true;
        q.best.clear();
        q.missing.append(
            AssessmentText::tr("This account's cache holds no inputs (fans, notices, complaints, "
                               "tasks, claims) of the district's other %1 communities, so A and "
                               "B1, which compare the communities, the total and the rank are not "
                               "computed here.")
                .arg(gaps.communitiesOutOfSight.size()));
    }
    if (!gaps.communitiesWithoutFans.isEmpty()) {
        QStringList names;
        for (const auto &code : std::as_const(gaps.communitiesWithoutFans))
            names.append(q.nameOf(code));
        q.missing.append(AssessmentText::tr("No fan figures are in the cache for %1: their net "
                                            "growth counts as 0.")
                             .arg(names.join(u"、"_s)));
    }
    return q;
}

// ---- hints ------------------------------------------------------------------------------

QList<AssessmentHint> assessmentHints(const QJsonObject &bundle, const QString &community, qint64 now)
{
    QList<AssessmentHint> hints;
    const auto bounds = quarterBounds(bundle.value(u"quarter"_s).toString());
    if (!bounds)
        return hints;
    const QJsonArray communities = bundle.value(u"communities"_s).toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < communities.size(); ++i) {
        if (communities.at(i).toObject().value(u"code"_s).toString() == community)
            index = i;
    }
    if (index < 0)
        return hints;
    const auto totalOf = [&community](const QJsonObject &b) -> std::optional<qint64> {
        auto parsed = parseBundle(b);
        if (!std::holds_alternative<AssessmentBundle>(parsed))
            return std::nullopt;
        const AssessmentResult r = score(std::get<AssessmentBundle>(parsed));
        for (const auto &row : r.results) {
            if (row.code == community)
                return row.totalCents;
        }
        return std::nullopt;
    };
    const auto base = totalOf(bundle);
    if (!base)
        return hints;
    const bool alone = communities.size() == 1;
    const QString inQuarter = isoTime(bounds->first + 3600 * 1000);
    const QString beforeQuarter = isoTime(bounds->first - 24 * 3600 * 1000);
    using Mutate = std::function<void(QJsonObject &, int)>;
    const auto appendTo = [](QJsonObject &c, const QString &key, const QJsonObject &item) {
        QJsonArray list = c.value(key).toArray();
        list.append(item);
        c[key] = list;
    };
    const auto claim = [&](const QString &kind, const QString &adoptedBy) -> Mutate {
        return [=](QJsonObject &c, int k) {
            appendTo(c, u"claims"_s,
                QJsonObject { { u"id"_s, u"hint-%1-%2"_s.arg(kind).arg(k) }, { u"kind"_s, kind },
                    { u"date"_s, inQuarter }, { u"status"_s, u"approved"_s },
                    { u"adopted_by"_s, adoptedBy } });
        };
    };
    struct Probe
    {
        QString text; // %1: how many more, %2: the gain
        Mutate mutate;
        int most;
        int step = 1; // units per try, as the text counts them
    };
    QList<Probe> probes {
        { AssessmentText::tr("%1 more news lead(s) adopted by district media: +%2"),
            claim(u"news_lead"_s, u"district"_s), 3 },
        { AssessmentText::tr("%1 more news lead(s) adopted by city media: +%2"),
            claim(u"news_lead"_s, u"city"_s), 3 },
        { AssessmentText::tr("%1 more approved innovation or typical case: +%2"),
            claim(u"innovation"_s, u"none"_s), 1 },
        { AssessmentText::tr("%1 approved publicity event: +%2"), claim(u"event"_s, u"none"_s), 1 },
        { AssessmentText::tr("%1 more service example (resolved, satisfied, with the reply): +%2"),
            [&](QJsonObject &c, int k) {
                appendTo(c, u"complaints"_s,
                    QJsonObject { { u"id"_s, u"hint-service-%1"_s.arg(k) },
                        { u"submitted_at"_s, beforeQuarter }, { u"first_reply_at"_s, beforeQuarter },
                        { u"resolved_at"_s, inQuarter }, { u"satisfaction"_s, u"satisfied"_s },
                        { u"service_example"_s, true }, { u"nickname"_s, u"-"_s },
                        { u"content"_s, u"-"_s }, { u"resolution"_s, u"-"_s },
                        { u"reply"_s, u"-"_s } });
            },
            1 },
    };
    if (!alone) {
        probes.append({ AssessmentText::tr("%1 more notice(s) published: +%2"),
            [&](QJsonObject &c, int k) {
                appendTo(c, u"notices"_s,
                    QJsonObject { { u"id"_s, u"hint-notice-%1"_s.arg(k) },
                        { u"published_at"_s, inQuarter }, { u"quality"_s, QJsonArray() } });
            },
            3 });
        probes.append({ AssessmentText::tr("%1 more followers of net growth: +%2"),
            [](QJsonObject &c, int) {
                c[u"fans_end"_s] = c.value(u"fans_end"_s).toInteger() + 100;
            },
            1, 100 });
    }
    for (const auto &probe : std::as_const(probes)) {
        QJsonObject changed = communities.at(index).toObject();
        for (int k = 1; k <= probe.most; ++k) {
            probe.mutate(changed, k);
            QJsonArray list = communities;
            list[index] = changed;
            QJsonObject b = bundle;
            b[u"communities"_s] = list;
            const auto total = totalOf(b);
            if (total && *total > *base) {
                hints.append({ probe.text.arg(k * probe.step).arg(
                                   AssessmentText::score(double(*total - *base) / 100.0)),
                    *total - *base });
                break;
            }
        }
    }
    // Reports not yet due: submitting them in time avoids a miss (ASSESSMENT.md §2 C).
    {
        QJsonObject changed = communities.at(index).toObject();
        QJsonArray tasks = changed.value(u"tasks"_s).toArray();
        int pending = 0;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            QJsonObject t = tasks.at(i).toObject();
            const auto due = parseIsoTime(t.value(u"due_at"_s).toString());
            if (t.value(u"submitted_at"_s).isNull() && due && *due > now) {
                t[u"submitted_at"_s] = isoTime(now);
                tasks[i] = t;
                ++pending;
            }
        }
        if (pending > 0) {
            changed[u"tasks"_s] = tasks;
            QJsonArray list = communities;
            list[index] = changed;
            QJsonObject b = bundle;
            b[u"communities"_s] = list;
            const auto total = totalOf(b);
            if (total && *total > *base)
                hints.append({ AssessmentText::tr("Submit the %1 report(s) not yet due before "
                                                  "their deadlines: +%2")
                                   .arg(pending)
                                   .arg(AssessmentText::score(double(*total - *base) / 100.0)),
                    *total - *base });
        }
    }
    std::stable_sort(hints.begin(), hints.end(),
        [](const AssessmentHint &a, const AssessmentHint &b) { return a.gainCents > b.gainCents; });
    return hints;
}

// ---- explanations -----------------------------------------------------------------------

QString AssessmentText::score(double value)
{
    return QString::number(value, 'f', 2);
}

QString AssessmentText::explainColumn(
    int column, const QJsonObject &row, const QJsonObject &e, const QJsonObject &rules)
{
    const auto r = [&rules](const char *key) { return num(rules.value(QLatin1StringView(key)).toDouble()); };
    const auto v = [&row](const char *key) { return score(row.value(QLatin1StringView(key)).toDouble()); };
    const auto i = [&e](const char *key) { return QString::number(e.value(QLatin1StringView(key)).toInteger()); };
    const auto d = [&e](const char *key) { return e.value(QLatin1StringView(key)).toDouble(); };
    switch (column) {
    case AssessmentTableModel::RankColumn:
        return tr("Rank %1: by total, then A, then net growth, then code.")
            .arg(row.value(u"rank"_s).toInt());
    case AssessmentTableModel::CommunityColumn:
        return tr("%1 (%2)").arg(row.value(u"name"_s).toString(), row.value(u"code"_s).toString());
    case AssessmentTableModel::NetColumn:
        return tr("Net growth: followers %1 at the end of the quarter − %2 before it = %3.")
            .arg(i("fans_end"), i("fans_start"), i("net"));
    case AssessmentTableModel::AColumn: {
        const int tier = e.value(u"tier"_s).toInt();
        const QString net = tr("net growth %1 (followers %2 → %3)").arg(i("net"), i("fans_start"), i("fans_end"));
        if (tier == 1)
            return tr("A: %1 ÷ the district's positive growth %2 = share %3; tier 1 (top %4 by net "
                      "growth), place %5 of %6: %7 × %3 ÷ the leader's share %8 = %9.")
                .arg(net, i("positive_net_sum"), percent(d("share")), r("a_top_n"),
                    i("tier_position"), i("tier_size"), r("a_max"), percent(d("share_max")),
                    v("A"));
        if (tier == 2) {
            const QString households = e.value(u"households"_s).isNull()
                ? tr("households unknown")
                : tr("%1 households").arg(i("households"));
            return tr("A: %1, %2, ratio %3; tier 2 (beyond the top %4), place %5 of %6: the "
                      "lowest tier-1 score %7 × (%6 − %5 + 1) ÷ (%6 + 1) = %8.")
                .arg(net, households, QString::number(d("ratio"), 'f', 4), r("a_top_n"),
                    i("tier_position"), i("tier_size"), score(d("floor")), v("A"));
        }
        return tr("A: %1 is not positive → 0.").arg(net);
    }
    case AssessmentTableModel::B1Column:
        if (e.value(u"p_max"_s).toInt() == 0)
            return tr("B1: no community of the district published a notice in the quarter → 0.");
        return tr("B1: %1 notices published; the most in the district %2: %3 × %1 ÷ %2 = %4.")
            .arg(i("p"), i("p_max"), r("b1_max"), v("B1"));
    case AssessmentTableModel::B2Column:
        if (e.value(u"ratings"_s).toInt() == 0)
            return tr("B2: no reviewer rated its notices of the quarter → 0.");
        return tr("B2: %1 quality ratings summing to %2, mean %3: %4 × (%3 − 1) ÷ 4 = %5.")
            .arg(i("ratings"), i("rating_sum"), QString::number(d("q"), 'f', 2), r("b2_max"), v("B2"));
    case AssessmentTableModel::B3Column: {
        const QJsonArray w = rules.value(u"b3_weights"_s).toArray();
        return tr("B3: %1 complaints submitted. First reply within %2 h: %3 (s1 = %4); resolved "
                  "before the quarter's end: %5 (s2 = %6); of %7 rated, %8 satisfied and %9 "
                  "basically satisfied (s3 = %10). %11·s1 + %12·s2 + %13·s3 = %14.")
            .arg(i("complaints"), r("sla_hours"), i("replied_in_time"),
                QString::number(d("s1"), 'f', 3), i("resolved_in_quarter"),
                QString::number(d("s2"), 'f', 3), i("rated"), i("satisfied"), i("basic"))
            .arg(QString::number(d("s3"), 'f', 3), num(w.at(0).toDouble()), num(w.at(1).toDouble()),
                num(w.at(2).toDouble()), v("B3"));
    }
    case AssessmentTableModel::CColumn:
        return tr("C: %1 reporting tasks due, %2 missed or late: %3 − %4 × %2 = %5.")
            .arg(i("tasks"), i("misses"), r("c_max"), r("c_penalty"), v("C"));
    case AssessmentTableModel::EventColumn:
        return tr("Publicity event: %1 approved → %2.").arg(i("events"), v("bonus_event"));
    case AssessmentTableModel::InnovationColumn:
        return tr("Innovation: %1 approved × %2 (at most %3) = %4.")
            .arg(i("innovations"), r("bonus_innovation_each"), r("bonus_innovation_max"),
                v("bonus_innovation"));
    case AssessmentTableModel::ServiceColumn:
        return tr("Service examples: %1 resolved in the quarter, satisfied, with nickname, content, "
                  "resolution and reply × %2 (at most %3) = %4.")
            .arg(i("service_examples"), r("bonus_service_each"), r("bonus_service_max"),
                v("bonus_service"));
    case AssessmentTableModel::NewsColumn:
        return tr("News leads: %1 approved (%2 adopted by city media × %3, %4 by district media × "
                  "%5) = %6 points; counted with at least %7 leads, at most %8 → %9.")
            .arg(i("news_leads"), i("news_city"), r("news_city"), i("news_district"),
                r("news_district"), num(d("news_points")), r("news_min_leads"), r("news_max"),
                v("bonus_news"));
    case AssessmentTableModel::TotalColumn: {
        QStringList parts;
        for (int c = AssessmentTableModel::AColumn; c <= AssessmentTableModel::NewsColumn; ++c)
            parts.append(score(row.value(AssessmentTableModel::columnKey(c)).toDouble()));
        return tr("Total: the sum of the rounded components %1 = %2.")
            .arg(parts.join(u" + "_s), v("total"));
    }
    case AssessmentTableModel::EligibleColumn:
        return row.value(u"eligible"_s).toBool()
            ? tr("Eligible for an award: net growth %1 ≥ %2.").arg(i("net"), r("award_min_net"))
            : tr("Not eligible for an award: net growth %1 < %2.").arg(i("net"), r("award_min_net"));
    case AssessmentTableModel::AwardColumn:
        if (!row.value(u"eligible"_s).toBool())
            return tr("No award: not eligible, takes no award slot.");
        return row.value(u"award"_s).toDouble() > 0
            ? tr("Award ¥%1: an award slot in ranking order among the eligible communities.")
                  .arg(num(row.value(u"award"_s).toDouble()))
            : tr("No award: the award slots went to eligible communities ranked higher.");
    default:
        return {};
    }
}

// ---- the table --------------------------------------------------------------------------

AssessmentTableModel::AssessmentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentTableModel::setQuarter(const AssessmentQuarter &quarter)
{
    beginResetModel();
    m_quarter = quarter;
    endResetModel();
}

int AssessmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quarter.rows.size());
}

int AssessmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssessmentTableModel::columnKey(int column)
{
    static const QStringList keys { u"rank"_s, u"name"_s, u"net"_s, u"A"_s, u"B1"_s, u"B2"_s,
        u"B3"_s, u"C"_s, u"bonus_event"_s, u"bonus_innovation"_s, u"bonus_service"_s,
        u"bonus_news"_s, u"total"_s, u"eligible"_s, u"award"_s };
    return keys.value(column);
}

QString AssessmentTableModel::columnTitle(int column)
{
    switch (column) {
    case RankColumn: return tr("Rank");
    case CommunityColumn: return tr("Community");
    case NetColumn: return tr("Net growth");
    case AColumn: return tr("A Fans");
    case B1Column: return tr("B1 Notices");
    case B2Column: return tr("B2 Quality");
    case B3Column: return tr("B3 Complaints");
    case CColumn: return tr("C Reporting");
    case EventColumn: return tr("Event");
    case InnovationColumn: return tr("Innovation");
    case ServiceColumn: return tr("Service");
    case NewsColumn: return tr("News leads");
    case TotalColumn: return tr("Total");
    case EligibleColumn: return tr("Eligible");
    case AwardColumn: return tr("Award (¥)");
    default: return {};
    }
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QVariant AssessmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_quarter.rows.size())
        return {};
    const QJsonObject &row = m_quarter.rows.at(index.row());
    const QJsonObject explain = m_quarter.explain.value(index.row());
    const int column = index.column();
    const QJsonValue value = row.value(columnKey(column));
    // Without the other communities' inputs, A, B1, the total, rank and award are unknown.
    const bool unknown = m_quarter.relativeUnknown
        && (column == RankColumn || column == AColumn || column == B1Column
            || column == TotalColumn || column == AwardColumn);
    switch (role) {
    case Qt::DisplayRole:
        if (unknown)
            return u"—"_s;
        switch (column) {
        case RankColumn:
        case NetColumn:
            return QString::number(value.toInteger());
        case CommunityColumn:
            return value.toString();
        case EligibleColumn:
            return value.toBool() ? tr("Yes") : tr("No");
        case AwardColumn:
            return value.toDouble() > 0 ? num(value.toDouble()) : QString();
        default:
            return AssessmentText::score(value.toDouble());
        }
    case SortRole:
        if (column == CommunityColumn)
            return row.value(u"code"_s).toString();
        if (column == EligibleColumn)
            return value.toBool() ? 1 : 0;
        return value.toDouble();
    case Qt::TextAlignmentRole:
        return column == CommunityColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case ExplainRole:
        if (unknown)
            return m_quarter.missing.value(0);
        return AssessmentText::explainColumn(column, row, explain, m_quarter.rules);
    case CodeRole:
        return row.value(u"code"_s).toString();
    default:
        return {};
    }
}

} // namespace civic::item
