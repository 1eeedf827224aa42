// The notices of the demo city (API.md §Demo data): a year of published notices with their
// reviews and reads, and in 河畔社区 one of everything the review chain can show.

#include "demo.h"
#include "domain/chinatime.h"
#include "intake.h"
#include "notices.h"
#include "orgstore.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server::notices {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The units of the API.md account table (demo.cpp builds them with these codes).
const QString kSujiatun = u"210111"_s;
const QString kDemoStreet = u"210111001"_s;
const QString kHepan = u"210111001001"_s;
const QString kLinxiao = u"210111001002"_s;

// A notice as a community writes it: {c} is the community's name, {d} a date in the days
// after publication ("11月25日").
struct Template
{
    const char16_t *category;
    const char16_t *title;
    const char16_t *body;
    int fromMonth = 1; // the months it is written in, wrapping over the new year
    int toMonth = 12;
};

const QList<Template> &templates()
{
    static const QList<Template> list = {
        { u"通知", u"{c}停水通知",
            u"<h3>停水通知</h3><p>因市政供水管网维修，{d} "
            u"8:00至17:00，{c}辖区内1号楼至12号楼将暂停供水。</p>"
            u"<ul><li>停水期间请关闭家中水龙头，以免来水时造成损失；</li><li>请提前做好储水准备；</"
            u"li>"
            u"<li>如遇特殊情况恢复供水时间顺延，社区将另行通知。</li></ul><p>咨询电话：社区居委会 "
            u"024-89581234</p>" },
        { u"通知", u"{d}停电检修通知",
            u"<p>接供电公司通知，为保障冬夏季用电安全，{d} "
            u"9:00至15:00对{c}供电线路进行检修，届时辖区内居民楼及商铺将停电。</p>"
            u"<p>请居民朋友提前做好准备，<strong>电梯将同步停运</"
            u"strong>，行动不便的老人请尽量避免外出。</p>" },
        { u"通知", u"电梯维保停运通知",
            u"<p>{c}各位居民：</"
            u"p><p>为保障电梯运行安全，物业公司将于{d}"
            u"对辖区内电梯进行年度维护保养，每部电梯停运约2小时。</p>"
            u"<p>维保时间表已张贴在各单元门口，给您带来的不便敬请谅解。</p>" },
        { u"通知", u"燃气安全入户检查通知",
            u"<p>为排查燃气安全隐患，燃气公司工作人员将于{d}"
            u"起入户开展安全检查，检查人员均佩戴工作证，<strong>不收取任何费用</strong>。</p>"
            u"<ol><li>检查燃气管道、阀门和连接软管；</li><li>检查燃气报警器；</"
            u"li><li>讲解安全用气常识。</li></ol>"
            u"<p>如对检查人员身份有疑问，请拨打社区电话核实。</p>" },
        { u"通知", u"消防安全演练通知",
            u"<p>为提高居民火灾自救能力，{c}将于{d}上午9:"
            u"30在社区广场组织消防安全演练，内容包括灭火器使用、安全疏散和初期火灾扑救。</p>"
            u"<p>欢迎居民朋友积极参加，届时请听从工作人员指挥。</p>" },
        { u"通知", u"防诈骗提醒：警惕冒充客服退款",
            u"<h3>警惕冒充客服退款诈骗</"
            u"h3><p>"
            u"近期，辖区内有居民接到自称“电商客服”的电话，以商品质量问题退款为由，诱导下载屏幕共享"
            u"软件并转账。</p>"
            u"<ul><li>正规客服不会要求下载会议或屏幕共享软件；</"
            u"li><li>不向陌生账户转账，不透露验证码；</li>"
            u"<li>遇到可疑情况请拨打全国反诈专线96110。</li></ul>"
            u"<p>请大家转告家中老人，守好自己的“钱袋子”。</p>" },
        { u"通知", u"{c}供暖费缴纳提醒",
            u"<p>新的供暖期即将开始，请尚未缴纳供暖费的居民于{d}"
            u"前到热力公司营业厅或通过“沈阳热力”公众号缴纳。</p>"
            u"<p>享受低保、特困供养的家庭可到社区居委会咨询减免政策。</p>",
            8, 11 },
        { u"便民", u"便民服务日：理发、磨刀、家电维修进社区",
            u"<p>{d}上午8:30至11:30，{c}联合辖区志愿服务队在社区广场开展便民服务日活动。</p>"
            u"<ul><li>免费理发（老年人优先）</li><li>磨刀、修伞、修鞋</li><li>小家电义务维修</"
            u"li><li>血压、血糖免费测量</li></ul>"
            u"<p>欢迎居民朋友前来体验。</p>" },
        { u"便民", u"社区食堂本周菜单",
            u"<p>{c}社区食堂本周菜单已出炉：</p><ul><li>周一：梅菜扣肉、干煸芸豆、紫菜蛋花汤</li>"
            u"<li>周三：红烧鱼块、地三鲜、小米粥</li><li>周五：酸菜炖排骨、蒜蓉油麦菜、玉米面发糕</"
            u"li></ul>"
            u"<p>行动不便的老人可提前一天电话预约送餐上门。</p>" },
        { u"便民", u"老年人智能手机使用培训开课啦",
            u"<p>教您用手机挂号、缴费、视频通话！{c}将于{d}下午2:"
            u"00在社区活动室开办老年人智能手机培训班，由大学生社工一对一辅导。</p>"
            u"<p>请携带自己的手机，名额30人，报满即止。</p>" },
        { u"惠民", u"高龄津贴申领提醒",
            u"<p>年满80周岁的本市户籍老年人可申领高龄津贴。尚未申领的老人或家属请于{d}"
            u"前携带身份证、户口本和银行卡到{c}居委会办理。</p>"
            u"<p>详见<a "
            u"href=\"https://www.shenyang.gov.cn/\">沈阳市人民政府网站</a>相关公告。</p>" },
        { u"惠民", u"城乡居民医保开始缴费啦",
            u"<p>新年度城乡居民基本医疗保险集中缴费已经开始，截止日期为{d}。</p>"
            u"<ul><li>可通过银行APP、微信“沈阳医保”或到社区代办点缴纳；</"
            u"li><li>低保、特困、重度残疾人员由政府资助参保。</li></ul>"
            u"<p>请居民朋友按时缴费，以免影响待遇享受。</p>",
            9, 12 },
        { u"惠民", u"冬季取暖补贴申请通知",
            u"<p>符合条件的困难家庭可申请冬季取暖补贴，请于{d}前携带相关材料到{c}"
            u"居委会提出申请，社区审核后统一报送街道。</p>",
            10, 2 },
        { u"活动", u"中医堂义诊进社区",
            u"<p>{d}上午9:00，区中医院专家团队走进{c}"
            u"开展义诊活动，提供健康咨询、中医理疗体验和慢病用药指导。</p>"
            u"<p>活动地点：社区卫生服务站门前。请携带既往病历和近期检查结果。</p>" },
        { u"活动", u"垃圾分类宣传周活动",
            u"<h3>垃圾分类，从我做起</"
            u"h3><p>{c}垃圾分类宣传周将于{d}"
            u"启动，志愿者将入户发放宣传手册，并在各投放点开展“桶边督导”。</p>"
            u"<ul><li>厨余垃圾：剩菜剩饭、果皮菜叶</li><li>可回收物：纸类、塑料、金属、玻璃</li>"
            u"<li>有害垃圾：废电池、废灯管、过期药品</li><li>其他垃圾：卫生纸、烟头、尘土</li></"
            u"ul>" },
        { u"活动", u"重阳节敬老活动",
            u"<p>九九重阳，浓浓敬老情。{c}将于{d}"
            u"举办重阳节敬老活动，为辖区70岁以上老人送上节日祝福，并组织包饺子、文艺演出。</p>",
            9, 10 },
        { u"活动", u"亲子阅读会报名",
            u"<p>{c}“书香家庭”亲子阅读会将于{d}"
            u"下午在社区图书角举行，适合6至12岁儿童与家长共同参加。</p>"
            u"<p>报名请回复孩子姓名和年龄，名额20组。</p>" },
        { u"活动", u"邻里节活动预告",
            u"<p>远亲不如近邻！{c}第三届邻里节将于{d}举行，设有邻里美食分享、跳蚤市场和趣味游戏。</"
            u"p>"
            u"<p>欢迎各位居民带上拿手菜，一起来认识您的邻居。</p>" },
        { u"活动", u"书法进社区",
            u"<p>{d}上午，区书法家协会的老师们将走进{c}，现场教授毛笔字基础，并为居民书写家训。</"
            u"p>" },
        { u"政策解读", u"二孩政策解读",
            u"<h3>一图读懂生育登记</"
            u"h3><p>"
            u"生育第二个子女的家庭，可通过“辽事通”APP或到户籍所在地社区办理生育登记，无需审批。</p>"
            u"<ul><li>所需材料：夫妻双方身份证、户口本、结婚证；</li><li>办理时限：当场办结；</li>"
            u"<li>登记后可享受孕产期保健等服务。</li></"
            u"ul><p>政策咨询：{c}居委会，工作日8:30—17:00。</p>" },
        { u"政策解读", u"城乡居民医保新政解读",
            u"<p>新年度城乡居民医保在门诊统筹、慢特病报销等方面有新变化：</p>"
            u"<ol><li>普通门诊费用纳入统筹报销；</li><li>部分慢性病用药报销比例提高；</"
            u"li><li>异地就医备案手续进一步简化。</li></ol>"
            u"<p>具体标准以医保部门公布为准，详见<a "
            u"href=\"https://www.shenyang.gov.cn/\">沈阳市人民政府网站</a>。</p>" },
        { u"政策解读", u"养老服务补贴政策解读",
            u"<p>"
            u"经济困难的高龄、失能老年人可申请居家养老服务补贴，补贴以服务形式发放，由服务机构上门"
            u"提供助餐、助洁、助浴等服务。</p>"
            u"<p>申请人可于{d}前到{c}居委会提交申请，社区入户核实后报街道审批。</p>" },
        { u"政策解读", u"老旧小区改造政策解读",
            u"<p>老旧小区改造包括基础类、完善类和提升类三类内容，改造方案将充分征求居民意见。</p>"
            u"<ul><li>基础类：供水、供暖、电力、屋面防水等；</"
            u"li><li>完善类：加装电梯、停车设施、无障碍设施；</li>"
            u"<li>提升类：社区养老、托育、便民市场等。</li></"
            u"ul><p>{d}晚7点在社区会议室召开居民说明会。</p>" },
        { u"召集令", u"除雪召集令",
            u"<h3>除雪召集令</"
            u"h3><p>昨夜今晨普降大雪，{c}党员志愿者、楼长和热心居民请于{d}早7:"
            u"30到社区广场集合，清扫主要道路和楼道口积雪。</p>"
            u"<p>社区备有扫帚和铁锹，请注意防滑保暖。</p>",
            11, 3 },
        { u"召集令", u"志愿者招募召集令",
            u"<p>{c}现招募社区志愿者，参与文明劝导、关爱空巢老人、社区环境维护等服务。</p>"
            u"<p>有意者请于{d}前到社区居委会登记，服务时长将记入志愿服务记录。</p>" },
        { u"召集令", u"爱心献血召集令",
            u"<p>一腔热血，温暖一座城。{d}上午，爱心献血车将停靠在{c}"
            u"广场，欢迎18至55周岁身体健康的居民参加无偿献血。</p>" },
        { u"召集令", u"环境整治召集令",
            u"<p>为迎接文明城市测评，{c}将于{d}"
            u"开展楼道杂物清理和环境整治行动，请各楼长组织居民共同参与，清理楼道堆放物品。</p>" },
    };
    return list;
}

// The district's demo list: words a propaganda department blocks (advertising-law absolutes,
// medical claims, financial lures).
const QStringList kSujiatunWords
    = { u"祖传秘方"_s, u"包治百病"_s, u"根治"_s, u"特效药"_s, u"国家级"_s, u"最高级"_s,
          u"稳赚不赔"_s, u"保本保息"_s, u"高额回报"_s, u"内部消息"_s, u"代开发票"_s, u"裸贷"_s };

const QList<std::pair<QString, int>> kCategoryWeights = { { u"通知"_s, 30 }, { u"便民"_s, 14 },
    { u"惠民"_s, 14 }, { u"活动"_s, 22 }, { u"政策解读"_s, 8 }, { u"召集令"_s, 12 } };

const QStringList kRejectComments = { u"标题不够醒目，请突出时间和地点"_s,
    u"活动时间与街道安排冲突，请核实后再报"_s, u"正文有错别字，请仔细校对"_s, u"请补充咨询电话"_s,
    u"涉及政策表述请以官方文件为准，删去个人解读"_s };
const QStringList kApproveComments = { QString(), QString(), u"同意发布"_s, u"内容清楚，同意"_s,
    u"可以发布"_s, u"已核对时间地点，同意"_s };

bool inMonths(const Template &t, int month)
{
    return t.fromMonth <= t.toMonth ? month >= t.fromMonth && month <= t.toMonth
                                    : month >= t.fromMonth || month <= t.toMonth;
}

struct Person
{
    QString name;
    Actor actor;
};

// One notice being written: the workflow runs forward in memory and is stored at the end.
struct Pending
{
    NoticeRecord record;
    QList<RevisionRecord> revisions;
    QList<ReviewRecord> reviews;
    QList<std::pair<QString, qint64>> reads;
    qint64 lastChange = 0;
};

class NoticeDemo
{
public:
    explicit NoticeDemo(DemoContext &ctx)
        : m_ctx(ctx)
    {
    }

    void build();

private:
    QString uuid();
    qint64 dayStart(int daysAgo) const { return m_today - qint64(daysAgo) * kDay; }
    UnitRecord unit(const QString &code); // by value: the cache grows
    Person person(const QString &username);
    QString workerOf(const QString &community) const;
    QString directorOf(const QString &community) const;
    QString streetAccountOf(const QString &street) const;
    QString districtAccountOf(const QString &district) const;
    Person reviewerFor(const Pending &p);

    NoticeContent content(const Template &t, const QString &community, qint64 eventAt) const;
    const Template &pickTemplate(const QString &category, int month);
    QString pickCategory();

    Pending draft(
        const QString &community, const Person &author, const NoticeContent &content, qint64 at);
    void submit(Pending &p, qint64 at);
    void approve(Pending &p, int quality, const QString &comment, qint64 at);
    void reject(Pending &p, const QString &comment, qint64 at);
    void edit(Pending &p, const NoticeContent &content, qint64 at);
    void publish(Pending &p, qint64 at);
    void withdraw(Pending &p, qint64 at);
    void approveAll(Pending &p, qint64 from, qint64 step);
    void addReads(Pending &p);
    void store(Pending &p);
    void notifyUnit(const QString &unitCode, const QString &userId, const QString &type,
        const QString &title, const QString &body, const Pending &p, qint64 at);

    void settings();
    void hepan();
    void linxiao();
    void history(const QString &community, const QSet<QString> &neglected);
    void current(const QString &community);

    static void ensure(const NoticeResult &result, const char *what);

    DemoContext &m_ctx;
    qint64 m_today = 0; // China midnight of the demo day
    ReviewChainSettings m_chains;
    QHash<QString, UnitRecord> m_units;
    QHash<QString, Person> m_people;
};

QString NoticeDemo::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = m_ctx.rng.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char((v >> (8 * j)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

UnitRecord NoticeDemo::unit(const QString &code)
{
    auto it = m_units.find(code);
    if (it == m_units.end())
        it = m_units.insert(code, org::requireUnit(m_ctx.db, code));
    return *it;
}

Person NoticeDemo::person(const QString &username)
{
    auto it = m_people.find(username);
    if (it == m_people.end()) {
        const auto user = org::findUserByName(m_ctx.db, username);
        if (!user)
            throw std::logic_error("demo account missing: " + username.toStdString());
        const UnitRecord u = unit(user->unit);
        it = m_people.insert(username,
            Person { user->displayName, Actor { user->id, user->role, u.code, u.level, u.path } });
    }
    return *it;
}

QString NoticeDemo::workerOf(const QString &community) const
{
    if (community == kHepan)
        return u"demo.worker"_s;
    if (community == kLinxiao)
        return u"demo.worker2"_s;
    return u"w"_s + community;
}

QString NoticeDemo::directorOf(const QString &community) const
{
    return community == kHepan ? u"demo.director"_s : u"d"_s + community;
}

QString NoticeDemo::streetAccountOf(const QString &street) const
{
    return street == kDemoStreet ? u"demo.street"_s : u"s"_s + street;
}

QString NoticeDemo::districtAccountOf(const QString &district) const
{
    return district == kSujiatun ? u"demo.district"_s : u"q"_s + district;
}

// The account that decides the notice's current step.
Person NoticeDemo::reviewerFor(const Pending &p)
{
    const auto step = currentStep(p.record.notice);
    if (!step)
        throw std::logic_error("demo notice is not in review");
    const UnitRecord u = unit(p.record.unitCode);
    switch (step->role) {
    case Role::Director:
        return person(directorOf(u.code));
    case Role::Street:
        return person(streetAccountOf(u.parent));
    case Role::District:
        return person(districtAccountOf(u.district));
    default:
        throw std::logic_error("demo chain has an unexpected role");
    }
}

void NoticeDemo::ensure(const NoticeResult &result, const char *what)
{
    if (!result.ok())
        throw std::logic_error(
            std::string("demo notice ") + what + ": " + result.error->message.toStdString());
}

NoticeContent NoticeDemo::content(const Template &t, const QString &community, qint64 eventAt) const
{
    const QDate date = QDate::fromString(chinaDate(eventAt), Qt::ISODate);
    const QString day = u"%1月%2日"_s.arg(date.month()).arg(date.day());
    auto fill = [&](const char16_t *text) {
        return QString::fromUtf16(text)
            .replace(u"{c}"_s, m_units.value(community).name)
            .replace(u"{d}"_s, day);
    };
    return NoticeContent { QString::fromUtf16(t.category), fill(t.title), fill(t.body),
        std::nullopt };
}

QString NoticeDemo::pickCategory()
{
    int total = 0;
    for (const auto &[name, weight] : kCategoryWeights)
        total += weight;
    int roll = m_ctx.between(1, total);
    for (const auto &[name, weight] : kCategoryWeights) {
        roll -= weight;
        if (roll <= 0)
            return name;
    }
    return kCategoryWeights.constFirst().first;
}

const Template &NoticeDemo::pickTemplate(const QString &category, int month)
{
    QList<const Template *> fitting;
    for (const auto &t : templates()) {
        if (QStringView(t.category) == category && inMonths(t, month))
            fitting.append(&t);
    }
    if (fitting.isEmpty()) {
        for (const auto &t : templates()) {
            if (inMonths(t, month))
                fitting.append(&t);
        }
    }
    return *fitting.at(qsizetype(m_ctx.rng.bounded(quint32(fitting.size()))));
}

Pending NoticeDemo::draft(
    const QString &community, const Person &author, const NoticeContent &c, qint64 at)
{
    const UnitRecord u = unit(community);
    Pending p;
    p.record.notice = newNotice(uuid(), u.path, u.level, author.actor.userId, c);
    p.record.unitCode = u.code;
    p.record.district = u.district;
    p.record.authorName = author.name;
    p.record.createdAt = at;
    p.lastChange = at;
    return p;
}

void NoticeDemo::submit(Pending &p, qint64 at)
{
    Notice &n = p.record.notice;
    const NoticeResult result = submitNotice(
        n, n.authorId, m_chains.resolve(n.unitPath, n.unitLevel, n.content.category), at);
    ensure(result, "submit");
    n = result.notice;
    p.revisions.append(RevisionRecord {
        uuid(), n.id, n.revision, n.content, n.chain, at, n.authorId, p.record.authorName });
    p.lastChange = at;
}

void NoticeDemo::approve(Pending &p, int quality, const QString &comment, qint64 at)
{
    const Person reviewer = reviewerFor(p);
    const NoticeResult result
        = approveNotice(p.record.notice, reviewer.actor, quality, comment, at);
    ensure(result, "approve");
    p.record.notice = result.notice;
    p.reviews.append(ReviewRecord { uuid(), p.record.notice.id, p.record.notice.reviews.constLast(),
        reviewer.name, reviewer.actor.unitCode });
    p.lastChange = at;
}

void NoticeDemo::reject(Pending &p, const QString &comment, qint64 at)
{
    const Person reviewer = reviewerFor(p);
    const NoticeResult result = rejectNotice(p.record.notice, reviewer.actor, comment, at);
    ensure(result, "reject");
    p.record.notice = result.notice;
    p.reviews.append(ReviewRecord { uuid(), p.record.notice.id, p.record.notice.reviews.constLast(),
        reviewer.name, reviewer.actor.unitCode });
    p.lastChange = at;
}

void NoticeDemo::edit(Pending &p, const NoticeContent &c, qint64 at)
{
    const NoticeResult result = saveNotice(p.record.notice, p.record.notice.authorId, c);
    ensure(result, "edit");
    p.record.notice = result.notice;
    p.lastChange = at;
}

void NoticeDemo::publish(Pending &p, qint64 at)
{
    const NoticeResult result = publishNotice(p.record.notice, at);
    ensure(result, "publish");
    p.record.notice = result.notice;
    p.lastChange = at;
}

void NoticeDemo::withdraw(Pending &p, qint64 at)
{
    const NoticeResult result = withdrawNotice(p.record.notice, p.record.notice.authorId);
    ensure(result, "withdraw");
    p.record.notice = result.notice;
    p.lastChange = at;
}

// Every remaining step approved, `step` apart, from `from` on.
void NoticeDemo::approveAll(Pending &p, qint64 from, qint64 step)
{
    qint64 at = from;
    while (p.record.notice.state == NoticeState::InReview) {
        approve(p, m_ctx.between(1, 10) <= 2 ? 3 : m_ctx.between(4, 5),
            m_ctx.pick(kApproveComments), at);
        at += step;
    }
}

// Reads come in the first days after publication and fade (PRODUCT.md §3: reads per day).
void NoticeDemo::addReads(Pending &p)
{
    const Notice &n = p.record.notice;
    if (!n.publishedAt)
        return;
    const int households = unit(p.record.unitCode).households;
    qint64 reads = qint64(households) * m_ctx.between(3, 12) / 100 + m_ctx.between(10, 60);
    const QString today = chinaDate(m_ctx.now);
    for (int d = 0; d < 5; ++d) {
        const QString date = chinaDate(*n.publishedAt + qint64(d) * kDay);
        if (date > today)
            break;
        p.reads.append({ date, reads });
        p.record.reads += reads;
        const QString month = date.left(7);
        p.record.monthlyReads.insert(month, p.record.monthlyReads.value(month).toInteger() + reads);
        reads = reads * m_ctx.between(30, 60) / 100;
    }
}

void NoticeDemo::store(Pending &p)
{
    Db &db = m_ctx.db;
    insertNotice(db, p.record, p.lastChange);
    for (const auto &v : p.revisions)
        insertRevision(db, p.record, v);
    for (const auto &r : p.reviews)
        insertReview(db, p.record, r);
    if (!p.reads.isEmpty())
        writeReadRows(db, p.record, p.reads, p.lastChange);
}

void NoticeDemo::notifyUnit(const QString &unitCode, const QString &userId, const QString &type,
    const QString &title, const QString &body, const Pending &p, qint64 at)
{
    notify(m_ctx.db,
        Notification { .unitCode = unitCode,
            .userId = userId,
            .type = type,
            .title = title,
            .body = body,
            .refKind = QString::fromUtf16(kNoticeKind),
            .refId = p.record.notice.id },
        at);
}

// 苏家屯区 adds a district step for 政策解读 (PRODUCT.md §3) and keeps a sensitive-word list.
void NoticeDemo::settings()
{
    ReviewChainConfig config;
    config.byCategory.insert(u"政策解读"_s,
        ReviewChain { ReviewStep { Role::Director, Level::Community, 24 },
            ReviewStep { Role::Street, Level::Street, 24 },
            ReviewStep { Role::District, Level::District, 48 } });
    const QString userId = person(u"demo.district"_s).actor.userId;
    saveChainConfig(m_ctx.db, kSujiatun, config, userId, m_ctx.now - 90 * kDay);
    saveSensitiveWords(
        m_ctx.db, kSujiatun, SensitiveWordList(kSujiatunWords), userId, m_ctx.now - 60 * kDay);
    m_chains.setDistrictConfig(kSujiatun, config);
}

// 河畔社区: one notice in every state and at every step of its chains, written by demo.worker.
void NoticeDemo::hepan()
{
    const Person worker = person(u"demo.worker"_s);
    const qint64 now = m_ctx.now;
    auto byName = [](const char16_t *title) -> const Template & {
        for (const auto &t : templates()) {
            if (QStringView(t.title).endsWith(title))
                return t;
        }
        throw std::logic_error("demo template missing");
    };

    // Drafts: one still carrying a sensitive word the client will highlight.
    {
        NoticeContent c = content(byName(u"中医堂义诊进社区"), kHepan, now + 4 * kDay);
        c.bodyHtml += u"<p>现场还将介绍祖传秘方调理颈肩腰腿痛。</p>"_s;
        Pending p = draft(kHepan, worker, c, now - 26 * kHour);
        store(p);
    }
    {
        Pending p = draft(kHepan, worker,
            content(byName(u"垃圾分类宣传周活动"), kHepan, now + 6 * kDay), now - 3 * kHour);
        store(p);
    }
    // Awaiting demo.director (step 1).
    {
        Pending p = draft(
            kHepan, worker, content(byName(u"停水通知"), kHepan, now + 2 * kDay), now - 5 * kHour);
        submit(p, now - 2 * kHour);
        store(p);
        notifyUnit(kHepan, {}, u"notice.review_requested"_s,
            u"待审核："_s + p.record.notice.content.title, u"第1步（共2步）"_s, p, now - 2 * kHour);
    }
    // Awaiting demo.street (step 2) after the director's approval.
    {
        Pending p = draft(
            kHepan, worker, content(byName(u"除雪召集令"), kHepan, now + kDay), now - 8 * kHour);
        submit(p, now - 7 * kHour);
        approve(p, 4, u"请街道审核"_s, now - 3 * kHour);
        store(p);
        notifyUnit(kDemoStreet, {}, u"notice.review_requested"_s,
            u"待审核："_s + p.record.notice.content.title, u"第2步（共2步）"_s, p, now - 3 * kHour);
    }
    // Rejected by the street, edited, resubmitted as revision 2 and at step 2 again: the
    // street sees the diff and the earlier comment.
    {
        NoticeContent first = content(byName(u"防诈骗提醒：警惕冒充客服退款"), kHepan, now);
        first.bodyHtml.replace(u"<li>遇到可疑情况请拨打全国反诈专线96110。</li>"_s,
            u"<li>遇到可疑情况请报警。</li>"_s);
        Pending p = draft(kHepan, worker, first, now - 4 * kDay);
        submit(p, now - 4 * kDay + kHour);
        approve(p, 3, {}, now - 3 * kDay - 20 * kHour);
        reject(p, u"请补充全国反诈专线96110，并提醒居民转告家中老人"_s, now - 3 * kDay);
        edit(p, content(byName(u"防诈骗提醒：警惕冒充客服退款"), kHepan, now), now - 2 * kDay);
        submit(p, now - 10 * kHour);
        approve(p, 5, u"已补充，同意"_s, now - 6 * kHour);
        store(p);
    }
    // Rejected by the director, back with demo.worker.
    {
        NoticeContent c = content(byName(u"邻里节活动预告"), kHepan, now + 10 * kDay);
        c.title = u"河畔社区邻里节节目征集"_s;
        Pending p = draft(kHepan, worker, c, now - 2 * kDay);
        submit(p, now - 2 * kDay + 2 * kHour);
        reject(p, u"报名截止时间没有写，请补充报名方式和联系电话"_s, now - kDay);
        store(p);
        notifyUnit(kHepan, worker.actor.userId, u"notice.rejected"_s,
            u"退回修改："_s + p.record.notice.content.title, p.reviews.constLast().review.comment,
            p, now - kDay);
    }
    // 政策解读 through the district step 苏家屯区 adds: awaiting demo.district.
    {
        Pending p = draft(kHepan, worker, content(byName(u"二孩政策解读"), kHepan, now + 3 * kDay),
            now - 2 * kDay);
        submit(p, now - 2 * kDay + kHour);
        approve(p, 4, u"政策表述已核对"_s, now - kDay - 12 * kHour);
        approve(p, 4, u"报区委宣传部审核"_s, now - 3 * kHour);
        store(p);
        notifyUnit(kSujiatun, {}, u"notice.review_requested"_s,
            u"待审核："_s + p.record.notice.content.title, u"第3步（共3步）"_s, p, now - 3 * kHour);
    }
    // Approved, scheduled for the morning three days on, publication requested.
    {
        NoticeContent c = content(byName(u"中医堂义诊进社区"), kHepan, now + 5 * kDay);
        c.scheduledAt = m_today + 3 * kDay + 8 * kHour;
        Pending p = draft(kHepan, worker, c, now - 3 * kDay);
        submit(p, now - 3 * kDay + kHour);
        approveAll(p, now - 2 * kDay, 5 * kHour);
        publish(p, now - 20 * kHour);
        store(p);
    }
    // Approved, waiting for someone to press publish.
    {
        Pending p = draft(kHepan, worker,
            content(byName(u"电梯维保停运通知"), kHepan, now + 2 * kDay), now - kDay);
        submit(p, now - kDay + kHour);
        approveAll(p, now - 12 * kHour, 4 * kHour);
        store(p);
    }
    // Withdrawn by the author while in review.
    {
        NoticeContent c = content(byName(u"消防安全演练通知"), kHepan, now + 7 * kDay);
        c.title = u"居民议事会会议通知"_s;
        c.bodyHtml
            = u"<p>河畔社区将于本周五晚7点召开居民议事会，议题为小区停车位划分，请各楼长参加。</p>"_s;
        Pending p = draft(kHepan, worker, c, now - 3 * kDay);
        submit(p, now - 3 * kDay + kHour);
        withdraw(p, now - 2 * kDay);
        store(p);
    }
    // Published, then corrected by a new notice (更正).
    {
        NoticeContent c { u"通知"_s, u"流感疫苗接种时间通知"_s,
            u"<p>社区卫生服务站流感疫苗接种时间为每周二、周四上午8:30至11:00，请携带身份证和医保卡。</p>"_s,
            std::nullopt };
        Pending original = draft(kHepan, worker, c, dayStart(11) + 9 * kHour);
        submit(original, dayStart(11) + 10 * kHour);
        approveAll(original, dayStart(11) + 14 * kHour, 3 * kHour);
        publish(original, dayStart(10) + 9 * kHour);
        addReads(original);
        store(original);
        const NoticeResult corrected
            = createCorrection(original.record.notice, uuid(), worker.actor.userId);
        ensure(corrected, "correct");
        Pending fix = draft(kHepan, worker, c, dayStart(10) + 15 * kHour);
        fix.record.notice = corrected.notice;
        fix.record.notice.content.title = u"更正：流感疫苗接种时间通知"_s;
        fix.record.notice.content.bodyHtml
            = u"<p>此前发布的通知中接种时间有误，现更正为：每周二、周五上午8:30至11:00。给您带来的不便，敬请谅解。</p>"_s;
        submit(fix, dayStart(10) + 16 * kHour);
        approveAll(fix, dayStart(10) + 17 * kHour, kHour);
        publish(fix, dayStart(9) + 8 * kHour);
        addReads(fix);
        store(fix);
    }
    // A published 政策解读 that went through all three steps.
    {
        Pending p
            = draft(kHepan, worker, content(byName(u"养老服务补贴政策解读"), kHepan, dayStart(15)),
                dayStart(23) + 9 * kHour);
        submit(p, dayStart(23) + 10 * kHour);
        approveAll(p, dayStart(23) + 15 * kHour, 18 * kHour);
        publish(p, dayStart(20) + 9 * kHour);
        addReads(p);
        store(p);
    }
}

// 林校社区: a step past its due time, whose reviewing unit was already reminded.
void NoticeDemo::linxiao()
{
    const Person worker = person(u"demo.worker2"_s);
    const qint64 now = m_ctx.now;
    NoticeContent c = content(templates().at(4), kLinxiao, now + 3 * kDay);
    c.title = u"楼道杂物清理通知"_s;
    c.bodyHtml
        = u"<p>为消除消防隐患，请各位居民于本周日前清理楼道内堆放的杂物，逾期社区将统一清理。</p>"_s;
    Pending p = draft(kLinxiao, worker, c, now - 32 * kHour);
    submit(p, now - 30 * kHour);
    p.record.overdueNotified = true;
    store(p);
    notifyUnit(kLinxiao, {}, u"notice.review_overdue"_s, u"审核超时："_s + c.title,
        u"第1步审核已到期"_s, p, now - 6 * kHour);
}

// A year of published notices: more in 苏家屯区, none lately in the neglected communities
// (PRODUCT.md §4: no notice in 14 days).
void NoticeDemo::history(const QString &community, const QSet<QString> &neglected)
{
    const UnitRecord u = unit(community);
    const bool sujiatun = u.district == kSujiatun;
    const bool quiet = neglected.contains(community);
    const Person author = person(workerOf(community));
    QList<int> days;
    for (int month = 0; month < 12; ++month) {
        const int count = sujiatun ? m_ctx.between(1, 3) : m_ctx.between(0, 2);
        for (int i = 0; i < count; ++i)
            days.append(month * 30 + m_ctx.between(1, 30));
    }
    if (quiet) {
        days.removeIf([](int d) { return d < 20; });
        days.append(m_ctx.between(20, 40));
    } else if (std::none_of(days.begin(), days.end(), [](int d) { return d <= 10; })) {
        days.append(m_ctx.between(1, 10));
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    for (const int daysAgo : days) {
        const qint64 published
            = dayStart(daysAgo) + m_ctx.between(8, 16) * kHour + m_ctx.between(0, 59) * kMinute;
        const int month = QDate::fromString(chinaDate(published), Qt::ISODate).month();
        const Template &t = pickTemplate(pickCategory(), month);
        const qint64 submitted = published - m_ctx.between(20, 44) * kHour;
        Pending p = draft(community, author,
            content(t, community, published + m_ctx.between(1, 5) * kDay),
            submitted - m_ctx.between(1, 30) * kHour);
        submit(p, submitted);
        if (m_ctx.between(1, 100) <= 8) {
            // Now and then a first revision goes back to the author.
            if (m_ctx.between(0, 1) == 1)
                approve(p, m_ctx.between(3, 4), {}, submitted + 2 * kHour);
            reject(p, m_ctx.pick(kRejectComments), submitted + 4 * kHour);
            NoticeContent fixed = p.record.notice.content;
            fixed.bodyHtml += u"<p>咨询电话：024-8958%1</p>"_s.arg(m_ctx.between(1000, 9999));
            edit(p, fixed, submitted + 6 * kHour);
            submit(p, submitted + 7 * kHour);
        }
        const qint64 stepGap
            = (published - 30 * kMinute - p.lastChange) / (p.record.notice.chain.size() + 1);
        approveAll(p, p.lastChange + stepGap, stepGap);
        publish(p, published);
        addReads(p);
        store(p);
    }
}

// Work in progress elsewhere in the city, so every org-tree badge has something to count.
// Steps started recently enough not to fall due while a demo is being looked at.
void NoticeDemo::current(const QString &community)
{
    const Person author = person(workerOf(community));
    const qint64 now = m_ctx.now;
    const int roll = m_ctx.between(1, 100);
    if (roll > 60)
        return;
    const Template &t
        = pickTemplate(pickCategory(), QDate::fromString(chinaDate(now), Qt::ISODate).month());
    Pending p = draft(community, author, content(t, community, now + m_ctx.between(2, 7) * kDay),
        now - m_ctx.between(12, 48) * kHour);
    if (roll <= 20) {
        store(p); // a draft
        return;
    }
    const qint64 submitted = now - m_ctx.between(2, 10) * kHour;
    submit(p, submitted);
    if (roll <= 45) {
        // In review at some step of its chain.
        const int approvals = m_ctx.between(0, int(p.record.notice.chain.size()) - 1);
        for (int i = 0; i < approvals; ++i)
            approve(p, m_ctx.between(3, 5), {}, submitted + (i + 1) * 20 * kMinute);
    } else if (roll <= 52) {
        reject(p, m_ctx.pick(kRejectComments), submitted + 30 * kMinute);
    } else {
        approveAll(p, submitted + 20 * kMinute, 20 * kMinute);
    }
    store(p);
}

void NoticeDemo::build()
{
    m_today = parseChinaDate(chinaDate(m_ctx.now)).value_or(m_ctx.now);
    for (const auto &code : m_ctx.communities)
        unit(code);
    settings();
    hepan();
    linxiao();
    // Two quiet communities per district: street 3's third and street 4's fifth.
    QSet<QString> neglected;
    for (const auto &code : m_ctx.communities) {
        if (code.endsWith(u"003003"_s) || code.endsWith(u"004005"_s))
            neglected.insert(code);
    }
    for (const auto &code : m_ctx.communities)
        history(code, neglected);
    for (const auto &code : m_ctx.communities) {
        if (code != kHepan && code != kLinxiao && !neglected.contains(code))
            current(code);
    }
}

} // namespace

void buildNoticesDemo(DemoContext &ctx)
{
    NoticeDemo(ctx).build();
}

} // namespace civic::server::notices
