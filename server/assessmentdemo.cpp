// The demo city's assessment data (docs/api.md §Assessment, Demo): every district's active
// rule set, reporting tasks over the last three quarters with on-time, late and missing
// submissions, evidence claims of every kind and status, and 苏家屯区's last completed
// quarter published. Every choice comes from the demo's seeded generator; times are relative
// to the demo's now.

#include "assessmentstore.h"
#include "demo.h"
#include "domain/chinatime.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::assessment {

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
const QString kSujiatun = u"210111"_s;
const QString kHepan = u"210111001001"_s;

struct TaskTemplate
{
    const char16_t *title;
    const char16_t *description;
};

const QList<TaskTemplate> kTasks = {
    { u"上报本季度微信平台运营情况",
        u"请各社区汇总本季度信息发布、粉丝增长和意见箱办理情况,填写运营情况表后上传。" },
    { u"报送邻里节活动图文材料",
        u"请报送活动照片3至5张、简要文字说明和参与人数,照片请附拍摄时间。" },
    { u"报送防汛安全宣传台账",
        u"请上传本社区防汛宣传的推送截图、入户宣传记录和转移避险人员名单。" },
    { u"上报垃圾分类宣传工作台账", u"请报送本月垃圾分类宣传推送、桶前值守和入户指导的台账。" },
    { u"报送创城宣传推广活动材料",
        u"请报送文明城市创建宣传推广活动的方案、照片和公众号推送链接。" },
    { u"上报网格员名单及联系方式更新", u"请核对并上报本社区网格员名单、负责楼栋和联系电话。" },
    { u"报送“我们的节日”主题活动总结", u"请报送传统节日主题活动的总结(500字以内)和活动照片。" },
    { u"上报老年人智能手机培训情况",
        u"请报送本季度老年人智能手机培训的场次、人数和关注公众号的人数。" },
    { u"报送社区微信平台典型经验材料", u"请各社区总结运营公众号的做法和经验,字数1500字以内。" },
};

struct ClaimTemplate
{
    const char16_t *kind;
    const char16_t *title; // %1: the community's name
    const char16_t *description;
};

const QList<ClaimTemplate> kClaims = {
    { u"event", u"%1“邻里节”百家宴活动",
        u"社区组织百家宴,现场扫码关注公众号,当天新增关注两百余人。" },
    { u"event", u"%1扫码关注送绿植活动",
        u"在社区广场开展扫码关注送绿植活动,志愿者现场教老人使用微信。" },
    { u"event", u"%1“我们的节日·中秋”游园会",
        u"游园会设猜灯谜、做月饼等环节,活动预告和报名都通过公众号进行。" },
    { u"innovation", u"%1“网格+微信”诉求快速响应机制",
        u"网格员收到意见箱诉求后半小时内到场,处理结果在公众号公开。" },
    { u"innovation", u"%1老年人智能手机课堂经验",
        u"每周二开设手机课堂,由大学生社工一对一教老人用微信,已培训三百余人次。" },
    { u"innovation", u"%1楼长微信群联动工作法",
        u"每栋楼由楼长建群,重要通知经公众号发布后由楼长转发到户。" },
    { u"news_lead", u"%1居民自发清理楼道小广告",
        u"十余名居民利用周末清理楼道小广告,社区公众号进行了报道。" },
    { u"news_lead", u"%1八旬老人义务修车二十年",
        u"八十一岁的老党员在小区门口义务修车二十年,分文不取。" },
    { u"news_lead", u"%1社区食堂解决老人吃饭难",
        u"社区与爱心企业合办老年食堂,每餐十元,每天服务八十余位老人。" },
};

const QStringList kRejections = {
    u"活动照片不足,无法证明活动规模,请补充材料后重新申报。"_s,
    u"该事项已在上季度申报并认定,不重复计分。"_s,
    u"链接打不开,无法核实,请重新提交。"_s,
    u"线索与社区工作无关,不予认定。"_s,
};

QString demoUuid(const QString &name)
{
    static const QUuid ns = QUuid::fromString(u"6d1f5b3e-3a57-4c0a-9a55-9f0d2f6b7e21"_s);
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

class AssessmentDemo
{
public:
    explicit AssessmentDemo(DemoContext &ctx)
        : m_ctx(ctx)
    {
    }

    void build()
    {
        const QString current = quarterOf(m_ctx.now);
        const QString last = previousQuarter(current);
        const QStringList quarters { previousQuarter(last), last, current };
        for (const QString &code : m_ctx.districts) {
            const UnitRecord district = org::requireUnit(m_ctx.db, code);
            const auto account = org::findUserByName(
                m_ctx.db, code == kSujiatun ? u"demo.district"_s : u"q"_s + code);
            m_districtUser = account ? account->id : QString();
            m_districtName = account ? account->displayName : QString();
            const QList<UnitRecord> communities = communitiesOf(m_ctx.db, district);
            addRuleSets(district, quarters.constFirst());
            int taskNo = 0;
            for (const QString &quarter : quarters)
                addTasks(district, communities, quarter, &taskNo);
            int claimNo = 0;
            for (const auto &community : communities) {
                if (community.code == kHepan) {
                    addHepanClaims(community, last, current, &claimNo);
                    continue;
                }
                for (const QString &quarter : quarters)
                    addClaims(community, quarter, code == kSujiatun ? 3 : 2, &claimNo);
            }
            // The last completed quarter of 苏家屯区 is published, a few days after it ended
            // (PRODUCT.md §5: a district publishes (freezes) a quarter's result).
            if (code == kSujiatun) {
                const qint64 ended = quarterBounds(last)->second;
                publishQuarter(m_ctx.db, district, last, m_districtUser, m_districtName,
                    std::min(m_ctx.now, ended + 5 * kDay + 10 * kHour));
            }
        }
    }

private:
    void addRuleSets(const UnitRecord &district, const QString &firstQuarter)
    {
        const qint64 since = quarterBounds(firstQuarter)->first - 30 * kDay;
        insertRuleSet(
            m_ctx.db, district, AssessmentRules {}, true, m_districtUser, m_districtName, since);
        if (district.code != kSujiatun)
            return;
        // A draft of next year's rules, saved but not in force.
        AssessmentRules draft;
        draft.version = u"sujiatun-2017-draft"_s;
        draft.aTopN = 10;
        draft.newsCity = RuleNumber::whole(6);
        draft.bonusServiceMax = RuleNumber::whole(12);
        insertRuleSet(m_ctx.db, district, draft, false, m_districtUser, m_districtName,
            m_ctx.now - 10 * kDay);
    }

    // PRODUCT.md §5 材料上报: deadlines at 17:00 on fixed days of each quarter.
    void addTasks(const UnitRecord &district, const QList<UnitRecord> &communities,
        const QString &quarter, int *taskNo)
    {
        const bool sujiatun = district.code == kSujiatun;
        const QList<int> dueDays = sujiatun ? QList<int> { 24, 54, 79 } : QList<int> { 39, 74 };
        const qint64 start = quarterBounds(quarter)->first;
        for (qsizetype i = 0; i < dueDays.size(); ++i) {
            const qint64 due = start + dueDays.at(i) * kDay + 17 * kHour;
            const qint64 issued = due - 14 * kDay - 8 * kHour;
            const int n = (*taskNo)++;
            if (issued > m_ctx.now)
                continue; // not issued yet
            // The last task of a quarter goes to the first two streets only.
            QList<UnitRecord> addressed;
            const bool some = i == dueDays.size() - 1;
            for (const auto &c : communities) {
                const QString street = c.parent;
                if (!some || street.endsWith(u"001"_s) || street.endsWith(u"002"_s))
                    addressed.append(c);
            }
            const TaskTemplate &tpl = kTasks.at((n + (sujiatun ? 0 : 4)) % kTasks.size());
            TaskRecord task;
            task.id = demoUuid(u"task:%1:%2"_s.arg(district.code).arg(n));
            task.district = district.code;
            task.unitPath = district.path;
            task.title = QString::fromUtf16(tpl.title);
            task.description = QString::fromUtf16(tpl.description);
            task.dueAt = due;
            task.allCommunities = !some;
            task.createdBy = m_districtUser;
            task.createdByName = m_districtName;
            task.createdAt = issued;
            insertTask(m_ctx.db, task, addressed, issued);
            for (SubmissionRecord &s : submissionsOf(m_ctx.db, task.id))
                submit(task, s, forcedOutcome(s.community, quarter, int(i)));
        }
    }

    // 河畔社区 (demo.worker's) shows a late and a missing submission for certain.
    QString forcedOutcome(const QString &community, const QString &quarter, int index) const
    {
        if (community != kHepan)
            return {};
        const QString current = quarterOf(m_ctx.now);
        const QString last = previousQuarter(current);
        if (quarter == last && index == 1)
            return u"late"_s;
        if (quarter == previousQuarter(last) && index == 2)
            return u"missing"_s;
        return u"on_time"_s;
    }

    void submit(const TaskRecord &task, SubmissionRecord &s, const QString &forced)
    {
        const qint64 now = m_ctx.now;
        std::optional<qint64> at;
        const int r = m_ctx.between(1, 100);
        QString outcome = forced;
        if (outcome.isEmpty())
            outcome = r <= 72 ? u"on_time"_s : r <= 86 ? u"late"_s : u"missing"_s;
        if (task.dueAt <= now) {
            if (outcome == u"on_time")
                at = std::max(task.createdAt + kHour, task.dueAt - m_ctx.between(2, 200) * kHour);
            else if (outcome == u"late")
                at = task.dueAt + m_ctx.between(3, 120) * kHour;
        } else if (r <= 45 && now - task.createdAt > 2 * kHour) {
            // Not due yet: some communities reported already.
            at = task.createdAt + kHour
                + qint64(m_ctx.rng.bounded(quint32((now - task.createdAt - kHour) / 60000)))
                    * 60000;
        }
        if (at && *at > now)
            at.reset();
        if (!at) {
            s.status = submissionStatus(s.dueAt, std::nullopt, now);
            if (s.status == u"missing")
                writeSubmission(m_ctx.db, s, task, task.dueAt + kHour);
            return;
        }
        s.submittedAt = at;
        s.status = submissionStatus(s.dueAt, at, now);
        s.note = u"已按要求上报,材料见链接。"_s;
        s.links = { u"https://files.shenyang-community.example/tasks/%1/%2.zip"_s.arg(
            task.id.left(8), s.community) };
        const auto worker = org::findUserByName(m_ctx.db, workerName(s.community));
        s.submittedBy = worker ? worker->id : QString();
        s.submittedByName = worker ? worker->displayName : QString();
        writeSubmission(m_ctx.db, s, task, *at);
    }

    QString workerName(const QString &community) const
    {
        if (community == kHepan)
            return u"demo.worker"_s;
        if (community == u"210111001002")
            return u"demo.worker2"_s;
        return u"w"_s + community;
    }

    QString articleLink()
    {
        static const QString alphabet
            = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"_s;
        QString id;
        for (int i = 0; i < 22; ++i)
            id += alphabet.at(int(m_ctx.rng.bounded(quint32(alphabet.size()))));
        return u"https://mp.weixin.qq.com/s/"_s + id;
    }

    ClaimRecord newClaim(
        const UnitRecord &community, const ClaimTemplate &tpl, qint64 date, int *claimNo)
    {
        ClaimRecord c;
        c.id = demoUuid(u"claim:%1:%2"_s.arg(community.district).arg((*claimNo)++));
        c.community = community.code;
        c.unitPath = community.path;
        c.district = community.district;
        c.kind = QString::fromUtf16(tpl.kind);
        c.title = QString::fromUtf16(tpl.title).arg(community.name);
        c.description = QString::fromUtf16(tpl.description);
        c.links = { articleLink() };
        if (m_ctx.between(1, 3) == 1)
            c.links.append(articleLink());
        c.date = date;
        const auto worker = org::findUserByName(m_ctx.db, workerName(community.code));
        c.author = worker ? worker->id : QString();
        c.authorName = worker ? worker->displayName : QString();
        c.createdAt = date + m_ctx.between(1, 20) * kHour;
        return c;
    }

    void decide(ClaimRecord &c, const QString &status, const QString &adoptedBy, qint64 at)
    {
        c.status = status;
        c.adoptedBy = adoptedBy;
        c.reviewer = m_districtUser;
        c.reviewerName = m_districtName;
        c.reviewedAt = at;
        if (status == u"rejected")
            c.reviewComment = m_ctx.pick(kRejections);
        else if (m_ctx.between(1, 3) == 1)
            c.reviewComment = u"材料齐全,予以认定。"_s;
    }

    void store(ClaimRecord &c)
    {
        const qint64 written = c.reviewedAt.value_or(c.createdAt);
        insertClaim(m_ctx.db, c, std::min(written, m_ctx.now));
    }

    void addClaims(const UnitRecord &community, const QString &quarter, int most, int *claimNo)
    {
        const auto bounds = *quarterBounds(quarter);
        const qint64 until = std::min(bounds.second, m_ctx.now - kDay);
        const int count = m_ctx.between(0, most);
        for (int i = 0; i < count; ++i) {
            if (until <= bounds.first + kDay)
                return;
            const qint64 date = bounds.first
                + qint64(m_ctx.rng.bounded(quint32((until - bounds.first) / 60000))) * 60000;
            ClaimRecord c = newClaim(community, m_ctx.pick(kClaims), date, claimNo);
            const qint64 reviewAt = date + m_ctx.between(24, 150) * kHour;
            const bool past = bounds.second <= m_ctx.now;
            const int r = m_ctx.between(1, 100);
            if (!past && (reviewAt > m_ctx.now || r > 80)) {
                store(c); // awaiting the district's decision
                continue;
            }
            const bool approved = past ? r <= 75 : r <= 65;
            QString adopted = u"none"_s;
            if (approved && c.kind == u"news_lead") {
                const int a = m_ctx.between(1, 100);
                adopted = a <= 35 ? u"city"_s : a <= 80 ? u"district"_s : u"none"_s;
            }
            decide(c, approved ? u"approved"_s : u"rejected"_s, adopted,
                std::min(reviewAt, m_ctx.now));
            store(c);
        }
    }

    // 河畔社区: every kind in every status, so demo.worker and demo.district see them all.
    void addHepanClaims(
        const UnitRecord &community, const QString &last, const QString &current, int *claimNo)
    {
        const qint64 start = quarterBounds(last)->first;
        struct Planned
        {
            int templateIndex;
            int day;
            const char16_t *status;
            const char16_t *adopted;
        };
        const QList<Planned> plan = {
            { 0, 12, u"approved", u"none" },
            { 3, 20, u"approved", u"none" },
            { 4, 33, u"approved", u"none" },
            { 6, 41, u"approved", u"city" },
            { 7, 58, u"approved", u"district" },
            { 1, 62, u"rejected", u"none" },
            { 5, 66, u"rejected", u"none" },
            { 8, 70, u"rejected", u"none" },
        };
        for (const auto &p : plan) {
            const qint64 date = start + p.day * kDay + 10 * kHour;
            ClaimRecord c = newClaim(community, kClaims.at(p.templateIndex), date, claimNo);
            decide(c, QString::fromUtf16(p.status), QString::fromUtf16(p.adopted), date + 3 * kDay);
            store(c);
        }
        // This quarter: one of each kind awaiting review, dated in the days before the
        // demo's now (or at the quarter's start when it began less than a day ago).
        const qint64 quarterStart = quarterBounds(current)->first;
        const QList<std::pair<int, int>> pending
            = { { 2, 3 }, { 4, 2 }, { 6, 1 } }; // template, days ago
        for (const auto &[templateIndex, daysAgo] : pending) {
            const qint64 date = std::max(quarterStart, m_ctx.now - daysAgo * kDay);
            ClaimRecord c = newClaim(community, kClaims.at(templateIndex), date, claimNo);
            c.createdAt = std::min(date + kHour, m_ctx.now);
            store(c);
        }
    }

    DemoContext &m_ctx;
    QString m_districtUser;
    QString m_districtName;
};

} // namespace

void buildAssessmentDemo(DemoContext &ctx)
{
    AssessmentDemo(ctx).build();
}

} // namespace civic::server::assessment
