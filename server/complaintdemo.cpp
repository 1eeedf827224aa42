// The demo city's complaints (API.md §Demo data): about 800 complaints in every status, most
// in 苏家屯区 and many in 河畔社区, with timelines built by the same workflow rules the
// commands use, a few overdue and a few due within 4 hours, some at 城管委. Deterministic for
// a given day: every choice comes from the demo's seeded generator, times are relative to now.

#include "changelog.h"
#include "complaintstore.h"
#include "demo.h"
#include "intake.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

using complaints::ComplaintRecord;
using complaints::Event;

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kComplaints = 800;

const QUuid kNamespace = QUuid::fromString(u"6f1c7d2e-5b8a-4c1e-9d3f-2a7b8c9d0e1f"_s);

struct Template
{
    const char16_t *category;
    const char16_t *title;
    const char16_t *content;
};

// Seed 000 lists what residents report: 井盖不见了、下水井堵了、树挡光了、路灯坏了 ….
const QList<Template> kTemplates = {
    { u"市政设施", u"路灯坏了",
        u"%1门口的路灯坏了一个多星期了,晚上出门黑乎乎的,老人孩子走路不安全,希望尽快修好。" },
    { u"市政设施", u"井盖丢失",
        u"%1旁边人行道上的井盖不见了,只用一块木板盖着,晚上很危险,请尽快处理。" },
    { u"市政设施", u"下水井堵了", u"%1的下水井堵了,一下雨污水就漫到路上,味道很大。" },
    { u"市政设施", u"单元门坏了", u"%1的单元门门禁坏了,关不上,陌生人随便进出,很不安全。" },
    { u"市政设施", u"路面塌陷", u"%1前面的路面塌了一个大坑,电动车经过差点摔倒。" },
    { u"环境卫生", u"楼道堆物", u"%1楼道里堆满了纸箱和旧家具,影响通行,也有火灾隐患。" },
    { u"环境卫生", u"垃圾清运不及时", u"%1的垃圾箱已经满了两天没人清运,气味很大,招苍蝇。" },
    { u"环境卫生", u"小广告乱贴", u"%1楼道和电线杆上贴满了小广告,影响小区环境。" },
    { u"环境卫生", u"树挡光", u"%1楼前的树长得太高,挡住了低层住户的阳光,希望修剪一下。" },
    { u"噪音", u"夜间施工噪音扰民", u"%1附近工地晚上十一点以后还在施工,噪音很大,根本睡不着。" },
    { u"噪音", u"广场舞噪音", u"每天晚上%1旁边广场舞音响声音太大,一直放到九点半,影响孩子学习。" },
    { u"噪音", u"夜间装修噪音", u"%1有住户晚上九点以后还在装修,电钻声很吵。" },
    { u"油烟", u"油烟扰民", u"%1楼下饭店的油烟直接排到楼道里,家里窗户都不敢开。" },
    { u"油烟", u"烧烤摊油烟", u"%1路边的烧烤摊油烟很大,晚上烟雾呛人,希望管一管。" },
    { u"治安", u"电动车被盗", u"%1楼下停的电动车被偷了,希望加强巡逻,增设监控。" },
    { u"治安", u"监控摄像头坏了", u"%1的监控摄像头坏了很久,存在安全隐患。" },
    { u"物业", u"电梯经常停运", u"%1的电梯经常停运,老人上下楼很困难,物业一直拖着不修。" },
    { u"物业", u"暖气不热", u"%1家里暖气温度只有十五度,找物业也没解决。" },
    { u"物业", u"物业不作为", u"%1的物业对居民反映的问题不理不睬,小区绿化也没人管。" },
    { u"停车", u"小区停车难", u"%1车位太少,晚上回来没地方停车,希望规划一些停车位。" },
    { u"停车", u"车辆占用消防通道", u"%1的消防通道被私家车长期占用,万一着火消防车进不来。" },
    { u"停车", u"废弃车辆占用车位", u"%1有一辆废弃的车停了半年没人管,占着车位。" },
    { u"其他", u"建议增设健身器材", u"%1的健身器材太少而且老旧,建议增设一些。" },
    { u"其他", u"流浪狗扰民", u"%1附近有几只流浪狗,晚上吠叫,还追咬行人。" },
};

const QStringList kEstates = { u"阳光小区"_s, u"和平花园"_s, u"锦绣家园"_s, u"幸福里"_s,
    u"翠湖苑"_s, u"林荫小区"_s, u"建设小区"_s, u"华府新城"_s, u"春晖园"_s, u"滨河湾"_s };
const QStringList kNicknames = { u"晨风"_s, u"老张"_s, u"王阿姨"_s, u"李师傅"_s, u"阳光"_s,
    u"幸福一家人"_s, u"小区居民"_s, u"明天会更好"_s, u"平安是福"_s, u"赵大姐"_s, u"刘老师"_s,
    u"静待花开"_s, u"向日葵"_s, u"老李头"_s, u"小陈"_s, u"孙大爷"_s, u"蓝天白云"_s, u"知足常乐"_s,
    u"周女士"_s, u"一路向北"_s };
const QStringList kFirstReplies = {
    u"您好,您反映的问题已收到,社区工作人员会尽快到现场查看,请您保持电话畅通。"_s,
    u"您好,感谢您的反映!我们已联系物业和相关部门,处理进展会及时告诉您。"_s,
    u"您好,社区已经记录您反映的情况,今天下午网格员会上门了解。"_s,
    u"您好,这件事肯定有人管,我们正在协调,请您耐心等待。"_s,
};
const QStringList kResolutions = {
    u"已协调物业现场整改,问题已解决。"_s,
    u"已联系维修单位更换处理,现已恢复正常。"_s,
    u"经现场核实,已督促责任方整改完毕。"_s,
    u"已组织人员清理,并安排专人定期巡查。"_s,
};
const QStringList kFinalReplies = {
    u"您好,您反映的问题已经处理完毕,感谢您对社区工作的支持!如有其他问题欢迎随时反映。"_s,
    u"您好,问题已解决,如还有不满意的地方请随时告诉我们。"_s,
};
const QStringList kNotes = { u"已电话联系居民,了解具体情况。"_s, u"已到现场拍照取证。"_s,
    u"已向街道城建科反映。"_s, u"物业答复本周内处理。"_s };

struct Staff
{
    QString id;
    QString name;
};

// Who acts for a unit in the demo, and who is told what.
struct World
{
    QHash<QString, UnitRecord> units;
    QHash<QString, Staff> worker; // communities
    QHash<QString, Staff> director;
    QHash<QString, Staff> lead; // streets, districts, the city, departments
    QHash<QString, int> slaHours; // by district
};

struct PendingNotice
{
    QString unit;
    QString type;
    QString title;
    QString body;
    qint64 at;
};

// One complaint being lived through, step by step, with the workflow's rules.
struct Draft
{
    ComplaintRecord record;
    QList<Event> events;
    QList<PendingNotice> notices;
    QStringList departments;
    int number = 0;
};

class Builder
{
public:
    Builder(DemoContext &ctx, World &world)
        : m_ctx(ctx)
        , m_world(world)
    {
    }

    QList<Draft> drafts;

    void build()
    {
        // Most complaints come from 苏家屯区 (the demo accounts' district), many from 河畔社区.
        QStringList sujiatun;
        QStringList others;
        for (const auto &code : m_ctx.communities)
            (code.startsWith(u"210111"_s) ? sujiatun : others).append(code);
        const QString hepan = u"210111001001"_s;
        for (int n = 0; n < kComplaints; ++n) {
            const int roll = m_ctx.between(1, 100);
            QString community;
            if (roll <= 9)
                community = hepan;
            else if (roll <= 62)
                community = m_ctx.pick(sujiatun);
            else
                community = m_ctx.pick(others);
            simulate(n, community, n < 8 ? Plan::Amber : pickPlan());
        }
        finishUrges();
    }

private:
    enum class Plan {
        Unanswered,
        Amber,
        Accepted,
        ResolvedCommunity,
        EscalatedStreet,
        ResolvedStreet,
        EscalatedDistrict,
        Transferred,
        ResolvedDepartment,
        Objected,
        Reopened,
        TakenOver,
        Merged,
    };

    Plan pickPlan()
    {
        const int r = m_ctx.between(1, 100);
        if (r <= 7)
            return Plan::Unanswered;
        if (r <= 17)
            return Plan::Accepted;
        if (r <= 50)
            return Plan::ResolvedCommunity;
        if (r <= 55)
            return Plan::EscalatedStreet;
        if (r <= 64)
            return Plan::ResolvedStreet;
        if (r <= 67)
            return Plan::EscalatedDistrict;
        if (r <= 73)
            return Plan::Transferred;
        if (r <= 82)
            return Plan::ResolvedDepartment;
        if (r <= 85)
            return Plan::Objected;
        if (r <= 90)
            return Plan::Reopened;
        if (r <= 94)
            return Plan::TakenOver;
        return Plan::Merged;
    }

    QString id(const QString &name) const
    {
        return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
    }

    Staff staffOf(const QString &unit, bool director = false) const
    {
        if (m_world.worker.contains(unit))
            return director ? m_world.director.value(unit) : m_world.worker.value(unit);
        return m_world.lead.value(unit, Staff { {}, m_world.units.value(unit).name });
    }

    QString departmentFor(const QString &district, const QString &category) const
    {
        QString suffix = u"cgw"_s; // 城管委: 市政设施, 环境卫生, 停车, 其他
        if (category == u"物业")
            suffix = u"fcj"_s;
        else if (category == u"噪音" || category == u"油烟")
            suffix = u"hbj"_s;
        else if (category == u"治安")
            suffix = u"scj"_s;
        return district + u'-' + suffix;
    }

    void addEvent(Draft &d, const QString &type, const Staff &who, const QString &unit, qint64 at,
        const QString &text, const QJsonObject &data = {})
    {
        Event e;
        e.id = id(u"complaint-%1-event-%2"_s.arg(d.number).arg(d.events.size()));
        e.complaintId = d.record.state.id;
        e.type = type;
        e.actorId = who.id;
        e.actorName = who.name;
        e.unit = unit;
        e.at = at;
        e.text = text;
        e.data = data;
        d.events.append(e);
        d.record.updatedAt = std::max(d.record.updatedAt, at);
    }

    // The SLA job would have chased an unanswered complaint a minute after it fell due.
    void urgeIfDue(Draft &d, qint64 t)
    {
        ComplaintState &s = d.record.state;
        const qint64 at = s.dueAt + kMinuteMs;
        if (d.record.overdueUrgedAt || s.firstReplyAt || !isOverdue(s, at) || at > t)
            return;
        d.record.overdueUrgedAt = at;
        const QString abovePath = urgeNotificationPath(s);
        const ComplaintResult r = ComplaintWorkflow::urge(s, at);
        QString above;
        for (const auto &u : m_world.units) {
            if (u.path == abovePath)
                above = u.code;
        }
        if (above.isEmpty() || !r.ok())
            return;
        const QString text
            = u"超过回复时限(%1小时)仍未回复居民,已自动催办并通知%2。"_s.arg(d.record.slaHours)
                  .arg(m_world.units.value(above).name);
        s = *r.state;
        addEvent(d, u"urge"_s, Staff { {}, u"系统"_s }, s.handlingCode, at, text,
            QJsonObject { { u"auto"_s, true }, { u"notified"_s, above } });
        d.notices.append(
            { above, u"complaint.overdue"_s, u"超时未回复: "_s + d.record.title, text, at });
    }

    // Applies a rule's result at time `at` as `who` of `unit`; false when refused or too late.
    bool apply(Draft &d, const ComplaintResult &r, const QString &type, const Staff &who,
        const QString &unit, qint64 at, const QString &text, const QJsonObject &data = {})
    {
        if (!r.ok())
            return false;
        d.record.state = *r.state;
        addEvent(d, type, who, unit, at, text, data);
        return true;
    }

    // Moves the clock on; false (and nothing more happens) once it would pass now.
    bool later(Draft &d, qint64 &t, qint64 minMs, qint64 maxMs)
    {
        const qint64 next = t + minMs
            + qint64(m_ctx.rng.bounded(quint32(std::max<qint64>(1, (maxMs - minMs) / kMinuteMs))))
                * kMinuteMs;
        if (next > m_ctx.now - 10 * kMinuteMs)
            return false;
        t = next;
        urgeIfDue(d, t);
        return true;
    }

    bool reply(Draft &d, qint64 &t, const QString &text)
    {
        const QString unit = d.record.state.handlingCode;
        const Staff who = staffOf(unit);
        const auto r = ComplaintWorkflow::reply(d.record.state, text, t);
        if (!apply(d, r, u"reply"_s, who, unit, t, text))
            return false;
        d.record.lastReply = text;
        return true;
    }

    bool firstReply(Draft &d, qint64 &t)
    {
        // Seed 000: 24小时内必须有回应 — most first replies come within hours; some are late.
        const bool late = m_ctx.between(1, 100) <= 12;
        const qint64 sla = qint64(d.record.slaHours) * kHourMs;
        if (!later(d, t, late ? sla + kHourMs : 10 * kMinuteMs,
                late ? sla + 20 * kHourMs : 8 * kHourMs))
            return false;
        return reply(d, t, m_ctx.pick(kFirstReplies));
    }

    bool escalate(Draft &d, qint64 &t, const QString &reason)
    {
        if (!later(d, t, kHourMs, 26 * kHourMs))
            return false;
        const ComplaintState &s = d.record.state;
        QString target;
        for (const auto &u : m_world.units) {
            if (u.path == escalationTargetPath(s))
                target = u.code;
        }
        if (target.isEmpty())
            return false;
        const QString from = s.handlingCode;
        const auto r = ComplaintWorkflow::escalate(
            s, complaints::orgUnit(m_world.units.value(target)), reason, t);
        if (!apply(d, r, u"escalate"_s, staffOf(from), from, t, reason,
                QJsonObject { { u"from"_s, from }, { u"to"_s, target } }))
            return false;
        d.notices.append(
            { target, u"complaint.escalated"_s, u"意见上报: "_s + d.record.title, reason, t });
        return true;
    }

    bool transfer(Draft &d, qint64 &t)
    {
        if (!later(d, t, kHourMs, 20 * kHourMs))
            return false;
        const ComplaintState &s = d.record.state;
        const QString department = departmentFor(d.record.district, d.record.category);
        const QString from = s.handlingCode;
        const QString reason
            = u"属%1职责范围,转%1处理。"_s.arg(m_world.units.value(department).name);
        const auto r = ComplaintWorkflow::transfer(
            s, complaints::orgUnit(m_world.units.value(department)), reason);
        if (!apply(d, r, u"transfer"_s, staffOf(from), from, t, reason,
                QJsonObject { { u"from"_s, from }, { u"to"_s, department } }))
            return false;
        if (!d.departments.contains(department))
            d.departments.append(department);
        d.notices.append(
            { department, u"complaint.transferred"_s, u"转办: "_s + d.record.title, reason, t });
        return true;
    }

    bool resolve(Draft &d, qint64 &t)
    {
        if (!later(d, t, 2 * kHourMs, 4 * kDayMs))
            return false;
        const ComplaintState &s = d.record.state;
        const QString finalReply = m_ctx.pick(kFinalReplies);
        const auto r = ComplaintWorkflow::resolve(s, m_ctx.pick(kResolutions), finalReply, t);
        const QString unit = s.handlingCode;
        if (!apply(d, r, u"resolve"_s, staffOf(unit), unit, t,
                r.ok() ? r.state->resolution : QString(),
                QJsonObject { { u"reply"_s, finalReply } }))
            return false;
        d.record.lastReply = finalReply;
        return true;
    }

    // After a resolution: the rating, an archive some days later, sometimes a service example.
    void afterResolution(Draft &d, qint64 &t, bool mayExample)
    {
        const int roll = m_ctx.between(1, 100);
        const Satisfaction value = roll <= 72 ? Satisfaction::Satisfied
            : roll <= 92                      ? Satisfaction::Basic
                                              : Satisfaction::Unsatisfied;
        if (!later(d, t, 30 * kMinuteMs, 2 * kDayMs))
            return;
        const QString community = d.record.state.communityCode;
        if (!apply(d, ComplaintWorkflow::rateSatisfaction(d.record.state, value), u"satisfaction"_s,
                staffOf(community), community, t, {},
                QJsonObject { { u"value"_s, satisfactionName(value) } }))
            return;
        if (mayExample && value == Satisfaction::Satisfied && m_ctx.between(1, 100) <= 30) {
            if (!later(d, t, kHourMs, kDayMs))
                return;
            apply(d, ComplaintWorkflow::markServiceExample(d.record.state), u"mark_example"_s,
                staffOf(community, true), community, t, u"回复及时、处理到位,评为服务实例。"_s);
        }
        if (m_ctx.between(1, 100) <= 70 && later(d, t, 2 * kDayMs, 6 * kDayMs)) {
            const QString unit = d.record.state.handlingCode;
            apply(d, ComplaintWorkflow::close(d.record.state, t), u"close"_s, staffOf(unit), unit,
                t, u"归档"_s);
        }
    }

    Draft start(int n, const QString &communityCode, qint64 age)
    {
        const UnitRecord community = m_world.units.value(communityCode);
        const Template &tpl
            = kTemplates.at(qsizetype(m_ctx.rng.bounded(quint32(kTemplates.size()))));
        const QString estate = m_ctx.pick(kEstates);
        const QString place = u"%1%2号楼"_s.arg(estate).arg(m_ctx.between(1, 24));
        Draft d;
        d.number = n;
        ComplaintRecord &r = d.record;
        r.district = community.district;
        r.slaHours = m_world.slaHours.value(community.district, kDefaultSlaHours);
        // Keep unanswered complaints clear of falling due within the next hour and a half,
        // so the SLA job has nothing to do just after the demo was built.
        const qint64 sla = qint64(r.slaHours) * kHourMs;
        if (age >= sla - 90 * kMinuteMs && age <= sla + 5 * kMinuteMs)
            age = sla + 2 * kHourMs;
        const NewComplaint input { id(u"complaint-%1"_s.arg(n)), m_ctx.pick(kNicknames),
            QString::fromUtf16(tpl.content).arg(place), m_ctx.now - age };
        r.state
            = *ComplaintWorkflow::create(input, complaints::orgUnit(community), r.slaHours).state;
        r.unitPath = community.path;
        r.category = QString::fromUtf16(tpl.category);
        r.title = QString::fromUtf16(tpl.title);
        r.phone = u"1%1%2"_s.arg(m_ctx.pick(QStringList { u"3"_s, u"5"_s, u"8"_s, u"7"_s }))
                      .arg(m_ctx.between(0, 999999999), 9, 10, QChar(u'0'));
        const int channel = m_ctx.between(1, 100);
        r.channel = channel <= 50 ? u"wechat"_s
            : channel <= 65       ? u"photo"_s
            : channel <= 80       ? u"phone"_s
            : channel <= 90       ? u"walk_in"_s
                                  : u"grid"_s;
        if (r.channel == u"photo") {
            const int photos = m_ctx.between(1, 3);
            for (int i = 1; i <= photos; ++i)
                r.photos.append(u"https://img.civicdesk.example.cn/demo/%1-%2.jpg"_s.arg(n).arg(i));
        }
        r.location = place;
        r.source = r.channel == u"wechat" || r.channel == u"photo" ? u"intake"_s : u"staff"_s;
        r.createdAt = r.state.submittedAt;
        r.updatedAt = r.state.submittedAt;
        const Staff by = r.source == u"intake" ? Staff { {}, u"沈阳新社区 微信平台"_s }
                                               : staffOf(communityCode);
        addEvent(d, u"create"_s, by, communityCode, r.state.submittedAt, r.title,
            QJsonObject { { u"channel"_s, r.channel }, { u"source"_s, r.source } });
        return d;
    }

    qint64 pickAge()
    {
        // Recent weeks weigh most; the oldest are five months back.
        const int r = m_ctx.between(1, 100);
        const qint64 maxMinutes = r <= 25 ? 3 * 24 * 60 : r <= 70 ? 60 * 24 * 60 : 150 * 24 * 60;
        return qint64(m_ctx.rng.bounded(quint32(maxMinutes))) * kMinuteMs + 20 * kMinuteMs;
    }

    void simulate(int n, const QString &community, Plan plan)
    {
        qint64 age = pickAge();
        const int sla
            = m_world.slaHours.value(m_world.units.value(community).district, kDefaultSlaHours);
        if (plan == Plan::Amber) // due within 4 hours, and more than an hour and a half away
            age = qint64(sla) * kHourMs - (100 + qint64(m_ctx.rng.bounded(130u))) * kMinuteMs;
        // Most unanswered complaints are fresh; a few lie overdue (red) for the levels above.
        if (plan == Plan::Unanswered && m_ctx.between(1, 100) <= 75)
            age = (20 + qint64(m_ctx.rng.bounded(quint32(sla * 60 - 140)))) * kMinuteMs;
        Draft d = start(n, community, age);
        qint64 t = d.record.state.submittedAt;
        const QString street = m_world.units.value(community).parent;
        switch (plan) {
        case Plan::Unanswered:
        case Plan::Amber:
            if (m_ctx.between(1, 100) <= 30 && later(d, t, 20 * kMinuteMs, 3 * kHourMs))
                apply(d, ComplaintWorkflow::note(d.record.state, kNotes.first()), u"note"_s,
                    staffOf(community), community, t, kNotes.first());
            break;
        case Plan::Accepted:
            if (firstReply(d, t) && m_ctx.between(1, 100) <= 50
                && later(d, t, 10 * kMinuteMs, kHourMs)) {
                const Staff w = staffOf(community);
                apply(d, ComplaintWorkflow::assign(d.record.state, w.id), u"assign"_s, w, community,
                    t, w.name, QJsonObject { { u"assignee"_s, w.id } });
            }
            if (m_ctx.between(1, 100) <= 25 && later(d, t, kDayMs, 3 * kDayMs)) {
                const QString text = u"请抓紧处理并及时回复居民。"_s;
                if (apply(d, ComplaintWorkflow::urge(d.record.state, t), u"urge"_s, staffOf(street),
                        street, t, text, QJsonObject { { u"handling_unit"_s, community } }))
                    d.notices.append(
                        { community, u"complaint.urge"_s, u"催办: "_s + d.record.title, text, t });
            }
            break;
        case Plan::ResolvedCommunity:
            if (firstReply(d, t)) {
                if (m_ctx.between(1, 100) <= 40 && later(d, t, 30 * kMinuteMs, 5 * kHourMs)) {
                    const QString note = m_ctx.pick(kNotes);
                    apply(d, ComplaintWorkflow::note(d.record.state, note), u"note"_s,
                        staffOf(community), community, t, note);
                }
                if (resolve(d, t))
                    afterResolution(d, t, true);
            }
            break;
        case Plan::EscalatedStreet:
            if (firstReply(d, t))
                escalate(d, t, u"涉及市政设施维修,社区无权处理,上报街道协调。"_s);
            break;
        case Plan::ResolvedStreet:
            if (firstReply(d, t) && escalate(d, t, u"社区协调未果,上报街道。"_s)
                && later(d, t, kHourMs, 10 * kHourMs)
                && reply(d, t, u"您好,街道已接手此事,正在协调相关单位。"_s) && resolve(d, t))
                afterResolution(d, t, true);
            break;
        case Plan::EscalatedDistrict:
            if (firstReply(d, t) && escalate(d, t, u"社区解决不了,上报街道。"_s))
                escalate(d, t, u"需多部门联合处理,上报区里。"_s);
            break;
        case Plan::Transferred:
        case Plan::ResolvedDepartment:
        case Plan::Objected: {
            if (!firstReply(d, t) || !escalate(d, t, u"社区无法解决,上报街道。"_s))
                break;
            if (m_ctx.between(1, 100) <= 30 && !escalate(d, t, u"街道协调不了,上报区里。"_s))
                break;
            if (!transfer(d, t))
                break;
            const QString department = d.record.state.handlingCode;
            if (plan == Plan::ResolvedDepartment) {
                if (resolve(d, t))
                    afterResolution(d, t, false);
            } else if (plan == Plan::Objected && later(d, t, 2 * kHourMs, 2 * kDayMs)) {
                const QString reason = u"该问题属物业管理范畴,不属本部门职责,请重新分派。"_s;
                const QString back = d.record.state.transferredByCode;
                if (apply(d, ComplaintWorkflow::object(d.record.state, reason), u"object"_s,
                        staffOf(department), department, t, reason,
                        QJsonObject { { u"from"_s, department }, { u"to"_s, back } }))
                    d.notices.append(
                        { back, u"complaint.objected"_s, u"退单: "_s + d.record.title, reason, t });
            }
            break;
        }
        case Plan::Reopened:
            if (firstReply(d, t) && resolve(d, t) && later(d, t, kHourMs, 2 * kDayMs)) {
                apply(d,
                    ComplaintWorkflow::rateSatisfaction(d.record.state, Satisfaction::Unsatisfied),
                    u"satisfaction"_s, staffOf(community), community, t, {},
                    QJsonObject { { u"value"_s, u"unsatisfied"_s } });
                if (later(d, t, kHourMs, kDayMs)) {
                    const QString reason = u"居民反映问题仍未彻底解决,重新办理。"_s;
                    apply(d, ComplaintWorkflow::reopen(d.record.state, reason, t), u"reopen"_s,
                        staffOf(community), community, t, reason);
                }
            }
            break;
        case Plan::TakenOver:
            if (later(d, t, 30 * kMinuteMs, 4 * kHourMs)) {
                const UnitRecord s = m_world.units.value(street);
                if (apply(d, ComplaintWorkflow::takeOver(d.record.state, complaints::orgUnit(s)),
                        u"take_over"_s, staffOf(street), street, t, u"街道直接办理。"_s,
                        QJsonObject { { u"from"_s, community }, { u"to"_s, street } }))
                    reply(d, t, u"您好,街道已直接受理您反映的问题。"_s);
            }
            break;
        case Plan::Merged:
            if (!merge(d, t))
                firstReply(d, t);
            break;
        }
        drafts.append(d);
    }

    // 并单: a second report of the same issue from the same community, a few days later.
    bool merge(Draft &d, qint64 &t)
    {
        const ComplaintState &s = d.record.state;
        for (auto it = drafts.rbegin(); it != drafts.rend(); ++it) {
            Draft &p = *it;
            const ComplaintState &ps = p.record.state;
            if (ps.communityCode != s.communityCode || p.record.category != d.record.category
                || !ps.mergedInto.isEmpty() || ps.status == ComplaintStatus::Closed
                || ps.submittedAt >= s.submittedAt || s.submittedAt - ps.submittedAt > 20 * kDayMs)
                continue;
            if (!later(d, t, 30 * kMinuteMs, 5 * kHourMs))
                return false;
            const auto r = ComplaintWorkflow::merge(s, ps, t);
            if (!r.ok())
                return false;
            const QString community = s.communityCode;
            const Staff w = staffOf(community);
            const QString text = u"与此前反映的同一问题合并办理。"_s;
            d.record.state = *r.duplicate;
            addEvent(d, u"merge"_s, w, community, t, text, QJsonObject { { u"into"_s, ps.id } });
            p.record.state = *r.primary;
            addEvent(p, u"merge"_s, w, community, t, text, QJsonObject { { u"from"_s, s.id } });
            return true;
        }
        return false;
    }

    void finishUrges()
    {
        for (auto &d : drafts)
            urgeIfDue(d, m_ctx.now);
    }

    DemoContext &m_ctx;
    World &m_world;
};

void addCannedReply(
    Db &db, const UnitRecord &unit, const QString &title, const QString &text, qint64 now, int n)
{
    const QString id
        = QUuid::createUuidV5(kNamespace, u"canned-%1"_s.arg(n)).toString(QUuid::WithoutBraces);
    db.exec(
        u"INSERT INTO canned_replies (id, unit, unit_path, district, title, text, deleted, version,"
        u" created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 1, ?, ?)"_s,
        { id, unit.code, unit.path, unit.district, title, text, now, now });
    recordChange(db,
        Change { .kind = u"canned_reply"_s,
            .id = id,
            .version = 1,
            .unitPath = unit.path,
            .district = unit.district,
            .data = QJsonObject { { u"id"_s, id }, { u"unit"_s, unit.code }, { u"title"_s, title },
                { u"text"_s, text } } });
}

} // namespace

void buildComplaintDemo(DemoContext &ctx)
{
    Db &db = ctx.db;
    World world;
    for (const auto &u : org::allUnits(db))
        world.units.insert(u.code, u);
    {
        QSqlQuery q = db.exec(
            u"SELECT id, display_name, role, unit, username FROM users ORDER BY username"_s);
        while (q.next()) {
            const Staff s { q.value(0).toString(), q.value(1).toString() };
            const QString role = q.value(2).toString();
            const QString unit = q.value(3).toString();
            // The API table's accounts act where they belong; others where nobody else does.
            const bool demo = q.value(4).toString().startsWith(u"demo."_s);
            QHash<QString, Staff> &map = role == u"worker" ? world.worker
                : role == u"director"                      ? world.director
                                                           : world.lead;
            if (demo || !map.contains(unit))
                map.insert(unit, s);
        }
    }
    // PRODUCT.md §2: 24 hours by default, per district; 沈河区 shows a district of its own mind.
    for (const auto &code : ctx.districts) {
        const int sla = code == u"210103" ? 48 : kDefaultSlaHours;
        complaints::saveSettings(db, world.units.value(code), sla, 0, ctx.now);
        world.slaHours.insert(code, sla);
    }

    Builder builder(ctx, world);
    builder.build();
    for (auto &d : builder.drafts) {
        ComplaintRecord &r = d.record;
        r.state.departments = d.departments;
        complaints::insert(db, r);
        complaints::recordComplaint(db, r);
        for (const auto &dept : d.departments)
            db.exec(u"INSERT INTO complaint_departments (complaint_id, department) VALUES (?, ?)"_s,
                { r.state.id, dept });
        std::stable_sort(d.events.begin(), d.events.end(),
            [](const Event &a, const Event &b) { return a.at < b.at; });
        for (const auto &e : d.events)
            complaints::appendEvent(db, r, e);
        for (const auto &n : d.notices) {
            if (world.units.contains(n.unit))
                notify(db,
                    Notification {
                        n.unit, {}, n.type, n.title, n.body, u"complaint"_s, r.state.id },
                    n.at);
        }
    }

    const UnitRecord hepan = world.units.value(u"210111001001"_s);
    const UnitRecord huxi = world.units.value(u"210111001"_s);
    const UnitRecord cgw = world.units.value(u"210111-cgw"_s);
    int n = 0;
    addCannedReply(db, hepan, u"已收到"_s,
        u"您好,您反映的问题已收到,社区工作人员会尽快到现场查看,请您保持电话畅通。"_s, ctx.now, ++n);
    addCannedReply(db, hepan, u"已联系物业"_s,
        u"您好,我们已联系物业,物业答复将在两个工作日内处理,处理结果会及时告诉您。"_s, ctx.now, ++n);
    addCannedReply(db, hepan, u"办结回复"_s,
        u"您好,您反映的问题已经处理完毕,感谢您对社区工作的支持!"_s, ctx.now, ++n);
    addCannedReply(
        db, huxi, u"街道已接手"_s, u"您好,街道已接手此事,正在协调相关单位处理。"_s, ctx.now, ++n);
    addCannedReply(
        db, cgw, u"已派员核查"_s, u"您好,城管委已派执法人员现场核查,将依法处理。"_s, ctx.now, ++n);
}

} // namespace civic::server
