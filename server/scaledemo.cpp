// The city- and province-sized datasets of issue 10 ("Performance at city scale"): the same
// kinds of record as the demo city, a year of them, for every community of 13 districts
// (city) or of 130 (province). Timelines, review chains and figures come from the same
// workflow rules the commands apply; the rows are written many per statement, with their
// change-log rows and audit-chain entries computed in the same pass, a few dozen communities
// per transaction. Deterministic for a given China day: every choice comes from one seeded
// generator and every time is relative to that day's midnight.

#include "apierror.h"
#include "audit.h"
#include "auth.h"
#include "changelog.h"
#include "complaintstore.h"
#include "demo.h"
#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "domain/fanscsv.h"
#include "domain/noticeworkflow.h"
#include "fanstore.h"
#include "notices.h"
#include "orgstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

using complaints::ComplaintRecord;
using complaints::Event;
using notices::NoticeRecord;
using notices::ReviewRecord;
using notices::RevisionRecord;

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * kHourMs;
// Communities written per transaction: large enough for bulk speed, small enough that
// SQLite's write-ahead log stays a few hundred megabytes on the province.
constexpr int kCommunitiesPerTransaction = 40;

const QUuid kNamespace = QUuid::fromString(u"0c6f3a52-9d41-4b7e-8e15-6a2d4f7b9c30"_s);

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

struct Shape
{
    int cities;
    int districts; // per city
    int streets; // per city
    int communitiesPerStreet;
};

Shape shapeOf(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Tiny:
        return { 1, 1, 2, 3 };
    case DemoScale::Town:
        return { 1, 2, 11, 10 };
    case DemoScale::Province:
        return { 10, 13, 110, 10 };
    case DemoScale::City:
    case DemoScale::Demo:
        break;
    }
    return { 1, 13, 110, 10 };
}

// 沈阳's 13 districts, 苏家屯区 (the demo accounts' district) first.
const QList<std::pair<const char16_t *, const char16_t *>> kDistricts = { { u"11", u"苏家屯区" },
    { u"02", u"和平区" }, { u"03", u"沈河区" }, { u"04", u"大东区" }, { u"05", u"皇姑区" },
    { u"06", u"铁西区" }, { u"12", u"浑南区" }, { u"13", u"沈北新区" }, { u"14", u"于洪区" },
    { u"15", u"辽中区" }, { u"23", u"康平县" }, { u"24", u"法库县" }, { u"81", u"新民市" } };
const QList<const char16_t *> kCities = { u"沈阳市", u"大连市", u"鞍山市", u"抚顺市", u"本溪市",
    u"丹东市", u"锦州市", u"营口市", u"阜新市", u"辽阳市" };
const QStringList kStreetWords = { u"湖西"_s, u"民主"_s, u"解放"_s, u"临湖"_s, u"南湖"_s,
    u"北市场"_s, u"太原街"_s, u"新华"_s, u"大南"_s, u"五里河"_s, u"滨河"_s, u"泉园"_s, u"长青"_s,
    u"万莲"_s, u"东站"_s, u"津桥"_s, u"辽河"_s, u"新开河"_s, u"北塔"_s, u"三台子"_s, u"兴华"_s,
    u"重工"_s, u"启工"_s, u"工人村"_s, u"浑河站"_s, u"白塔"_s, u"桃仙"_s, u"道义"_s, u"虎石台"_s,
    u"新城子"_s, u"迎宾路"_s, u"北陵"_s, u"陵东"_s, u"沙岭"_s, u"光辉"_s, u"东湖"_s, u"王家湾"_s,
    u"八家子"_s, u"佟沟"_s, u"永乐"_s };
const QStringList kCommunityWords = { u"河畔"_s, u"林校"_s, u"清泉"_s, u"枫林"_s, u"湖光"_s,
    u"春晖"_s, u"新兴"_s, u"和谐"_s, u"康乐"_s, u"光明"_s, u"朝阳"_s, u"向阳"_s, u"福安"_s,
    u"丽水"_s, u"翠竹"_s, u"金桥"_s, u"幸福里"_s, u"文化"_s, u"花园"_s, u"青年"_s, u"五洲"_s,
    u"皇寺"_s, u"永安"_s, u"长安"_s, u"中华"_s, u"胜利"_s, u"同泽"_s, u"富民"_s, u"仁和"_s,
    u"安居"_s, u"文安"_s, u"万柳"_s, u"德贤"_s, u"龙泉"_s, u"惠工"_s, u"碧塘"_s, u"东陵"_s,
    u"友好"_s, u"新立"_s, u"万泉"_s, u"绿岛"_s, u"松竹"_s, u"锦绣"_s, u"阳光"_s, u"华府"_s,
    u"北湖"_s, u"柳林"_s, u"桃源"_s, u"嘉禾"_s, u"馨园"_s, u"御景"_s, u"明珠"_s, u"悦府"_s };
const QList<std::pair<const char16_t *, const char16_t *>> kDepartments = { { u"cgw", u"城管委" },
    { u"fcj", u"房产局" }, { u"hbj", u"环保局" }, { u"scj", u"市场监管局" } };
const QStringList kSurnames = { u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s,
    u"黄"_s, u"周"_s, u"吴"_s, u"徐"_s, u"孙"_s, u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s };
const QStringList kGivenNames = { u"丽"_s, u"静"_s, u"敏"_s, u"伟"_s, u"芳"_s, u"娜"_s, u"秀英"_s,
    u"强"_s, u"磊"_s, u"洋"_s, u"艳"_s, u"晓燕"_s, u"海燕"_s, u"雪"_s, u"建国"_s, u"春梅"_s };

struct ComplaintTemplate
{
    const char16_t *category;
    const char16_t *title;
    const char16_t *content;
};

const QList<ComplaintTemplate> kComplaintTemplates = {
    { u"市政设施", u"路灯坏了", u"%1门口的路灯坏了一个多星期了,晚上出门黑乎乎的,希望尽快修好。" },
    { u"市政设施", u"井盖丢失", u"%1旁边人行道上的井盖不见了,晚上很危险,请尽快处理。" },
    { u"市政设施", u"下水井堵了", u"%1的下水井堵了,一下雨污水就漫到路上。" },
    { u"环境卫生", u"楼道堆物", u"%1楼道里堆满了纸箱和旧家具,有火灾隐患。" },
    { u"环境卫生", u"垃圾清运不及时", u"%1的垃圾箱已经满了两天没人清运,气味很大。" },
    { u"噪音", u"夜间施工噪音扰民", u"%1附近工地晚上十一点以后还在施工,噪音很大。" },
    { u"油烟", u"油烟扰民", u"%1楼下饭店的油烟直接排到楼道里,窗户都不敢开。" },
    { u"治安", u"电动车被盗", u"%1楼下停的电动车被偷了,希望加强巡逻。" },
    { u"物业", u"电梯经常停运", u"%1的电梯经常停运,老人上下楼很困难。" },
    { u"物业", u"暖气不热", u"%1家里暖气温度只有十五度,找物业也没解决。" },
    { u"停车", u"车辆占用消防通道", u"%1的消防通道被私家车长期占用。" },
    { u"其他", u"流浪狗扰民", u"%1附近有几只流浪狗,晚上吠叫,还追咬行人。" },
};
const QStringList kEstates = { u"阳光小区"_s, u"和平花园"_s, u"锦绣家园"_s, u"幸福里"_s,
    u"翠湖苑"_s, u"林荫小区"_s, u"建设小区"_s, u"华府新城"_s, u"春晖园"_s, u"滨河湾"_s };
const QStringList kNicknames = { u"晨风"_s, u"老张"_s, u"王阿姨"_s, u"李师傅"_s, u"阳光"_s,
    u"小区居民"_s, u"平安是福"_s, u"赵大姐"_s, u"刘老师"_s, u"知足常乐"_s };
const QStringList kFirstReplies = { u"您好,您反映的问题已收到,社区工作人员会尽快到现场查看。"_s,
    u"您好,感谢您的反映!我们已联系物业和相关部门,处理进展会及时告诉您。"_s,
    u"您好,社区已经记录您反映的情况,网格员会上门了解。"_s };
const QStringList kResolutions = { u"已协调物业现场整改,问题已解决。"_s,
    u"已联系维修单位更换处理,现已恢复正常。"_s, u"经现场核实,已督促责任方整改完毕。"_s };
const QStringList kFinalReplies = { u"您好,您反映的问题已经处理完毕,感谢您对社区工作的支持!"_s,
    u"您好,问题已解决,如还有不满意的地方请随时告诉我们。"_s };

struct NoticeTemplate
{
    const char16_t *category;
    const char16_t *title;
    const char16_t *body;
};

const QList<NoticeTemplate> kNoticeTemplates = {
    { u"通知", u"{c}停水通知", u"<p>因管网维修,{c}部分楼栋{d}将临时停水,请居民提前储水。</p>" },
    { u"通知", u"{c}电梯检修通知", u"<p>{d}起{c}各单元电梯进行年度检修,请合理安排出行。</p>" },
    { u"便民", u"{c}便民理发服务", u"<p>{d}上午在{c}党群服务中心为老年人免费理发。</p>" },
    { u"惠民", u"{c}冬季供暖补贴申领", u"<p>符合条件的居民请于{d}前到{c}服务大厅办理。</p>" },
    { u"活动", u"{c}邻里文化节", u"<p>{d}在{c}广场举办邻里文化节,欢迎居民参加。</p>" },
    { u"活动", u"{c}垃圾分类宣传周", u"<p>{d}起{c}开展垃圾分类宣传周活动。</p>" },
    { u"政策解读", u"{c}医保缴费政策解读",
        u"<p>城乡居民医保缴费标准调整,{c}将于{d}集中答疑。</p>" },
    { u"召集令", u"{c}志愿者召集令", u"<p>{c}招募{d}环境整治志愿者,报名请联系社区。</p>" },
};

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A null QString binds as the column's empty text; keep the hashed text the same as what
// `audit verify` reads back.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant nullTime()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : nullTime();
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Rows of one table, written a few hundred values per INSERT: one prepared statement for
// the full chunks, one more for the last.
class BulkTable
{
public:
    BulkTable(Db &db, const QString &table, const QString &columns)
        : m_db(db)
        , m_head(u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns))
        , m_columns(int(columns.count(u',') + 1))
        // QtSql's SQLite driver looks up every parameter's name by a linear scan, so a
        // statement costs the square of its parameters there: keep them few on SQLite.
        , m_rowsPerStatement(
              std::clamp((db.dialect() == Dialect::Sqlite ? 240 : 3000) / m_columns, 1, 250))
    {
        m_binds.reserve(m_rowsPerStatement * m_columns);
    }

    // Rows this table's rows refer to (foreign keys) are written before its own.
    void writeAfter(BulkTable *parent) { m_parent = parent; }

    void add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns);
        m_binds.append(row);
        if (++m_rows == m_rowsPerStatement)
            flush();
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        if (m_parent)
            m_parent->flush();
        const QString one = u"("_s + QString(u"?, "_s).repeated(m_columns - 1) + u"?)"_s;
        const QString sql = m_head + QStringList(m_rows, one).join(u", ");
        if (m_rows == m_rowsPerStatement) {
            QSqlQuery &q = m_db.prepared(sql);
            m_db.run(q, m_binds);
            q.finish();
        } else {
            m_db.exec(sql, m_binds);
        }
        m_written += m_rows;
        m_rows = 0;
        m_binds.clear();
    }

    qint64 written() const { return m_written + m_rows; }

private:
    Db &m_db;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    BulkTable *m_parent = nullptr;
    int m_rows = 0;
    qint64 m_written = 0;
    QVariantList m_binds;
};

struct Staff
{
    QString id;
    QString name;
};

struct Community
{
    UnitRecord unit;
    UnitRecord street;
    UnitRecord district;
    Staff worker;
    Staff director;
};

class ScaledDemo
{
public:
    ScaledDemo(
        Db &db, qint64 now, DemoScale scale, const std::function<void(const QString &)> &progress)
        : m_db(db)
        , m_shape(shapeOf(scale))
        , m_progress(progress)
        , m_complaints(db, u"complaints"_s, complaints::columnList())
        , m_events(db, u"complaint_events"_s,
              u"id, complaint_id, district, ordinal, type, actor_id, actor_name, unit, at, text, data"_s)
        , m_departments(db, u"complaint_departments"_s, u"complaint_id, department"_s)
        , m_notices(db, u"notices"_s, notices::noticeColumns())
        , m_revisions(db, u"notice_revisions"_s,
              u"id, notice_id, revision, unit_path, district, category, title, body_html, "
              u"scheduled_at,"
              u" chain, submitted_at, author_id, author_name"_s)
        , m_reviews(db, u"reviews"_s,
              u"id, notice_id, revision, step, unit_path, district, reviewer_id, reviewer_name, "
              u"reviewer_role,"
              u" reviewer_unit, approved, quality, comment, at"_s)
        , m_fanDays(db, u"fan_days"_s,
              u"community, date, new_follow, unfollow, net, cumulative, unit_path, district, "
              u"source,"
              u" version, updated_at"_s)
        , m_changes(db, u"changes"_s,
              u"seq, kind, id, version, deleted, unit_path, district, ref, data, private_unit, data_private"_s)
        , m_audit(db, u"audit_chain"_s,
              u"unit, position, kind, entity_id, content_hash, prev_hash, hash, at"_s)
    {
        // Midnight (China time) of the day: every record lies before it, so the data is the
        // same all day and nothing falls due for the server's jobs while it is being used.
        m_today = parseChinaDate(chinaDate(now)).value_or(now);
        m_events.writeAfter(&m_complaints);
        m_departments.writeAfter(&m_complaints);
        m_revisions.writeAfter(&m_notices);
        m_reviews.writeAfter(&m_notices);
    }

    DemoResult build();

private:
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_rng.bounded(quint32(list.size()))));
    }
    QString personName() { return pick(kSurnames) + pick(kGivenNames); }

    void buildOrg();
    Staff addAccount(const QString &username, Role role, const UnitRecord &unit,
        const QString &displayName, bool listed);
    void writeCommunity(const Community &c);
    void complaint(const Community &c, int n);
    void notice(const Community &c, int n);
    void fanDays(const Community &c);
    void change(const Change &c);
    void chain(const QString &unit, QStringView kind, const QString &id, const QVariantList &hashed,
        qint64 at);
    void flushAll();
    void report(int done, int total);

    Db &m_db;
    Shape m_shape;
    std::function<void(const QString &)> m_progress;
    QRandomGenerator m_rng { 20161011 };
    qint64 m_today = 0;
    QString m_passwordHash;
    UnitRecord m_root;
    QList<Community> m_communities;
    QHash<QString, UnitRecord> m_units;
    QList<UnitRecord> m_districts;
    QHash<QString, Staff> m_leads; // streets, districts, departments: who acts for them
    QList<DemoAccount> m_accounts;
    ReviewChainSettings m_chains; // no district configuration: PRODUCT.md §3's default chains

    BulkTable m_complaints;
    BulkTable m_events;
    BulkTable m_departments;
    BulkTable m_notices;
    BulkTable m_revisions;
    BulkTable m_reviews;
    BulkTable m_fanDays;
    BulkTable m_changes;
    BulkTable m_audit;
    qint64 m_seq = 0;
    struct ChainHead
    {
        qint64 position = 0;
        QString hash;
    };
    QHash<QString, ChainHead> m_chainHeads;
    QElapsedTimer m_clock;
};

Staff ScaledDemo::addAccount(const QString &username, Role role, const UnitRecord &unit,
    const QString &displayName, bool listed)
{
    const UserRecord user = org::addUser(m_db, username, displayName, role, unit.code,
        m_passwordHash, m_today, uuidFor(u"user-"_s + username));
    if (listed)
        m_accounts.append({ username, roleName(role), unit.code, unit.name });
    return { user.id, user.displayName };
}

void ScaledDemo::buildOrg()
{
    const bool province = m_shape.cities > 1;
    m_root = province ? org::addUnit(m_db, u"210000"_s, u"辽宁省"_s, Level::City, {}, 0, m_today)
                      : org::addUnit(m_db, u"210100"_s, u"沈阳市"_s, Level::City, {}, 0, m_today);
    addAccount(u"demo.city"_s, Role::City, m_root, u"网信办 "_s + personName(), true);
    const UnitRecord cityDept = org::addUnit(
        m_db, m_root.code + u"-cgj"_s, u"城管局"_s, Level::Department, m_root.code, 0, m_today);
    m_leads.insert(cityDept.code,
        addAccount(u"dept."_s + cityDept.code, Role::Department, cityDept, personName(), false));
    int streetWord = 0;
    int communityWord = 0;
    for (int city = 0; city < m_shape.cities; ++city) {
        const QString cityPrefix = u"21%1"_s.arg(city + 1, 2, 10, QChar(u'0'));
        for (int d = 0; d < m_shape.districts; ++d) {
            const auto &[suffix, districtName] = kDistricts.at(d);
            const QString dcode = cityPrefix + QString::fromUtf16(suffix);
            const QString dname = province
                ? QString::fromUtf16(kCities.at(city)) + QString::fromUtf16(districtName)
                : QString::fromUtf16(districtName);
            const bool first = city == 0 && d == 0;
            const UnitRecord district
                = org::addUnit(m_db, dcode, dname, Level::District, m_root.code, 0, m_today);
            m_units.insert(dcode, district);
            m_districts.append(district);
            m_leads.insert(dcode,
                addAccount(first ? u"demo.district"_s : u"q"_s + dcode, Role::District, district,
                    u"宣传部 "_s + personName(), first));
            for (const auto &[deptSuffix, deptName] : kDepartments) {
                const QString code = dcode + u'-' + QString::fromUtf16(deptSuffix);
                const UnitRecord dept = org::addUnit(
                    m_db, code, QString::fromUtf16(deptName), Level::Department, dcode, 0, m_today);
                m_units.insert(code, dept);
                m_leads.insert(code,
                    addAccount(u"dept."_s + code, Role::Department, dept, personName(), false));
            }
            // ~110 streets per city: the first districts take one more.
            const int streets = m_shape.streets / m_shape.districts
                + (d < m_shape.streets % m_shape.districts ? 1 : 0);
            for (int s = 1; s <= streets; ++s) {
                const QString scode = dcode + u"%1"_s.arg(s, 3, 10, QChar(u'0'));
                const QString sname
                    = kStreetWords.at((streetWord++) % kStreetWords.size()) + u"街道"_s;
                const UnitRecord street
                    = org::addUnit(m_db, scode, sname, Level::Street, dcode, 0, m_today);
                m_units.insert(scode, street);
                const bool demoStreet = first && s == 1;
                m_leads.insert(scode,
                    addAccount(demoStreet ? u"demo.street"_s : u"s"_s + scode, Role::Street, street,
                        personName(), demoStreet));
                for (int c = 1; c <= m_shape.communitiesPerStreet; ++c) {
                    const QString ccode = scode + u"%1"_s.arg(c, 3, 10, QChar(u'0'));
                    const QString cname
                        = kCommunityWords.at((communityWord++) % kCommunityWords.size())
                        + u"社区"_s;
                    const UnitRecord unit = org::addUnit(m_db, ccode, cname, Level::Community,
                        scode, between(12, 68) * 100 + between(0, 99), m_today);
                    const bool hepan = demoStreet && c == 1;
                    const bool second = demoStreet && c == 2;
                    Community community { unit, street, district, {}, {} };
                    community.worker = addAccount(hepan ? u"demo.worker"_s
                            : second                    ? u"demo.worker2"_s
                                                        : u"w"_s + ccode,
                        Role::Worker, unit, personName(), hepan || second);
                    community.director = addAccount(hepan ? u"demo.director"_s : u"d"_s + ccode,
                        Role::Director, unit, personName(), hepan);
                    m_communities.append(community);
                }
            }
        }
    }
    const UnitRecord firstDept
        = m_units.value(m_communities.constFirst().district.code + u"-cgw"_s);
    addAccount(u"demo.dept"_s, Role::Department, firstDept, personName(), true);
    for (const auto &district : std::as_const(m_districts))
        complaints::saveSettings(m_db, district, kDefaultSlaHours, 0, m_today);
}

void ScaledDemo::change(const Change &c)
{
    m_changes.add({ ++m_seq, c.kind, c.id, c.version, c.deleted ? 1 : 0, c.unitPath, c.district,
        text(c.ref), QString::fromUtf8(compactJson(c.data)), text(c.privateUnit),
        c.privateData ? QVariant(QString::fromUtf8(compactJson(*c.privateData)))
                      : QVariant(QMetaType(QMetaType::QString)) });
}

// The entry audit::append() would add after storing the row whose hashed columns are
// `hashed` (audit.cpp: the columns as text, in a compact JSON array).
void ScaledDemo::chain(
    const QString &unit, QStringView kind, const QString &id, const QVariantList &hashed, qint64 at)
{
    QJsonArray values;
    for (const QVariant &v : hashed)
        values.append(v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()));
    const QString contentHash = sha256(QJsonDocument(values).toJson(QJsonDocument::Compact));
    ChainHead &head = m_chainHeads[unit];
    const QString kindText = kind.toString();
    const QString hash
        = sha256((head.hash + u'\n' + kindText + u'\n' + id + u'\n' + contentHash).toUtf8());
    m_audit.add({ unit, ++head.position, kindText, id, contentHash, head.hash, hash, at });
    head.hash = hash;
}

void ScaledDemo::complaint(const Community &c, int n)
{
    const ComplaintTemplate &tpl = pick(kComplaintTemplates);
    const QString place = u"%1%2号楼"_s.arg(pick(kEstates)).arg(between(1, 24));
    const qint64 submitted
        = m_today - qint64(between(1, 365)) * kDay + qint64(between(7 * 60, 22 * 60)) * kMinute;
    ComplaintRecord r;
    r.district = c.district.code;
    r.unitPath = c.unit.path;
    r.slaHours = kDefaultSlaHours;
    r.category = QString::fromUtf16(tpl.category);
    r.title = QString::fromUtf16(tpl.title);
    const NewComplaint input { uuidFor(u"complaint-%1-%2"_s.arg(c.unit.code).arg(n)),
        pick(kNicknames), QString::fromUtf16(tpl.content).arg(place), submitted };
    r.state = *ComplaintWorkflow::create(input, complaints::orgUnit(c.unit), r.slaHours).state;
    r.phone = u"13%1"_s.arg(between(0, 999999999), 9, 10, QChar(u'0'));
    r.channel = between(1, 100) <= 60 ? u"wechat"_s : u"phone"_s;
    r.source = r.channel == u"wechat" ? u"intake"_s : u"staff"_s;
    r.location = place;
    r.createdAt = submitted;
    r.updatedAt = submitted;

    QList<Event> events;
    const auto addEvent = [&](const QString &type, const Staff &who, const QString &unit, qint64 at,
                              const QString &eventText, const QJsonObject &data = {}) {
        Event e;
        e.id = uuidFor(u"%1-event-%2"_s.arg(r.state.id).arg(events.size()));
        e.complaintId = r.state.id;
        e.type = type;
        e.actorId = who.id;
        e.actorName = who.name;
        e.unit = unit;
        e.at = at;
        e.text = eventText;
        e.data = data;
        events.append(e);
        r.updatedAt = std::max(r.updatedAt, at);
    };
    const auto apply = [&](const ComplaintResult &result, const QString &type, const Staff &who,
                           const QString &unit, qint64 at, const QString &eventText,
                           const QJsonObject &data = {}) {
        if (!result.ok())
            return false;
        r.state = *result.state;
        addEvent(type, who, unit, at, eventText, data);
        return true;
    };
    qint64 t = submitted;
    // The clock moves on; false once it would pass the day's midnight.
    const auto later = [&](qint64 minMs, qint64 maxMs) {
        const qint64 next = t + minMs
            + qint64(m_rng.bounded(quint32(std::max<qint64>(1, (maxMs - minMs) / kMinute))))
                * kMinute;
        if (next >= m_today)
            return false;
        t = next;
        return true;
    };
    const Staff platform { {}, u"微信平台"_s };
    addEvent(u"create"_s, r.source == u"intake" ? platform : c.worker, c.unit.code, submitted,
        r.title, QJsonObject { { u"channel"_s, r.channel }, { u"source"_s, r.source } });

    // Every complaint has its first reply within the SLA (none is left for the SLA job).
    t += qint64(between(10, int(std::min<qint64>(8 * 60, (m_today - t) / kMinute - 1)))) * kMinute;
    const QString firstReply = pick(kFirstReplies);
    apply(ComplaintWorkflow::reply(r.state, firstReply, t), u"reply"_s, c.worker, c.unit.code, t,
        firstReply);
    r.lastReply = firstReply;

    const auto resolve = [&]() {
        const QString unit = r.state.handlingCode;
        const Staff who = unit == c.unit.code ? c.worker : m_leads.value(unit);
        if (!later(2 * kHourMs, 4 * kDay))
            return false;
        const QString resolution = pick(kResolutions);
        const QString finalReply = pick(kFinalReplies);
        if (!apply(ComplaintWorkflow::resolve(r.state, resolution, finalReply, t), u"resolve"_s,
                who, unit, t, resolution, QJsonObject { { u"reply"_s, finalReply } }))
            return false;
        r.lastReply = finalReply;
        if (!later(30 * kMinute, 2 * kDay))
            return true;
        const int roll = between(1, 100);
        const Satisfaction value = roll <= 75 ? Satisfaction::Satisfied
            : roll <= 93                      ? Satisfaction::Basic
                                              : Satisfaction::Unsatisfied;
        apply(ComplaintWorkflow::rateSatisfaction(r.state, value), u"satisfaction"_s, c.worker,
            c.unit.code, t, {}, QJsonObject { { u"value"_s, satisfactionName(value) } });
        if (between(1, 100) <= 70 && later(2 * kDay, 6 * kDay))
            apply(ComplaintWorkflow::close(r.state, t), u"close"_s, who, unit, t, u"归档"_s);
        return true;
    };
    const auto escalate = [&](const QString &reason) {
        if (!later(kHourMs, 26 * kHourMs))
            return false;
        const QString from = r.state.handlingCode;
        return apply(ComplaintWorkflow::escalate(r.state, complaints::orgUnit(c.street), reason, t),
            u"escalate"_s, c.worker, from, t, reason,
            QJsonObject { { u"from"_s, from }, { u"to"_s, c.street.code } });
    };

    const int plan = between(1, 100);
    if (plan <= 10) {
        if (between(1, 100) <= 50 && later(10 * kMinute, kHourMs))
            apply(ComplaintWorkflow::assign(r.state, c.worker.id), u"assign"_s, c.worker,
                c.unit.code, t, c.worker.name, QJsonObject { { u"assignee"_s, c.worker.id } });
    } else if (plan <= 68) {
        resolve();
    } else if (plan <= 80) {
        if (later(30 * kMinute, 5 * kHourMs)) {
            const QString note = u"已到现场拍照取证。"_s;
            apply(
                ComplaintWorkflow::note(r.state, note), u"note"_s, c.worker, c.unit.code, t, note);
            resolve();
        }
    } else if (plan <= 90) {
        if (escalate(u"社区协调未果,上报街道。"_s) && later(kHourMs, 10 * kHourMs)) {
            const QString reply = u"您好,街道已接手此事,正在协调相关单位。"_s;
            if (apply(ComplaintWorkflow::reply(r.state, reply, t), u"reply"_s,
                    m_leads.value(c.street.code), c.street.code, t, reply)) {
                r.lastReply = reply;
                resolve();
            }
        }
    } else if (escalate(u"社区无法解决,上报街道。"_s) && later(kHourMs, 20 * kHourMs)) {
        QString suffix = u"cgw"_s;
        if (r.category == u"物业")
            suffix = u"fcj"_s;
        else if (r.category == u"噪音" || r.category == u"油烟")
            suffix = u"hbj"_s;
        else if (r.category == u"治安")
            suffix = u"scj"_s;
        const UnitRecord dept = m_units.value(c.district.code + u'-' + suffix);
        const QString reason = u"属%1职责范围,转%1处理。"_s.arg(dept.name);
        if (apply(ComplaintWorkflow::transfer(r.state, complaints::orgUnit(dept), reason),
                u"transfer"_s, m_leads.value(c.street.code), c.street.code, t, reason,
                QJsonObject { { u"from"_s, c.street.code }, { u"to"_s, dept.code } })) {
            r.state.departments = { dept.code };
            m_departments.add({ r.state.id, dept.code });
            resolve();
        }
    }

    m_complaints.add(complaints::columnValues(r));
    change(Change { .kind = u"complaint"_s,
        .id = r.state.id,
        .version = r.state.version,
        .unitPath = r.unitPath,
        .district = r.district,
        .ref = r.state.id,
        .data = complaints::complaintJson(r, false),
        .privateUnit = r.state.handlingCode,
        .privateData = complaints::complaintJson(r, true) });
    int ordinal = 0;
    for (const Event &e : std::as_const(events)) {
        const QString data = QString::fromUtf8(compactJson(e.data));
        ++ordinal;
        m_events.add({ e.id, r.state.id, r.district, ordinal, e.type, text(e.actorId),
            text(e.actorName), text(e.unit), e.at, text(e.text), data });
        chain(c.unit.code, audit::kComplaintEvent, e.id,
            { e.id, r.state.id, ordinal, e.type, text(e.actorId), text(e.actorName), text(e.unit),
                e.at, text(e.text), data },
            e.at);
        change(Change { .kind = u"complaint_event"_s,
            .id = e.id,
            .version = 1,
            .unitPath = r.unitPath,
            .district = r.district,
            .ref = r.state.id,
            .data = complaints::eventJson(e) });
    }
}

void ScaledDemo::notice(const Community &c, int n)
{
    const NoticeTemplate &tpl = pick(kNoticeTemplates);
    const qint64 dayStart = m_today - qint64(between(1, 365)) * kDay;
    const qint64 submitted = dayStart + qint64(between(8 * 60, 12 * 60)) * kMinute;
    const QDate eventDay
        = QDate::fromString(chinaDate(submitted + qint64(between(2, 6)) * kDay), Qt::ISODate);
    const auto fill = [&](const char16_t *s) {
        return QString::fromUtf16(s)
            .replace(u"{c}"_s, c.unit.name)
            .replace(u"{d}"_s, u"%1月%2日"_s.arg(eventDay.month()).arg(eventDay.day()));
    };
    const NoticeContent content { QString::fromUtf16(tpl.category), fill(tpl.title), fill(tpl.body),
        std::nullopt };

    NoticeRecord record;
    const QString id = uuidFor(u"notice-%1-%2"_s.arg(c.unit.code).arg(n));
    record.notice = newNotice(id, c.unit.path, Level::Community, c.worker.id, content);
    record.unitCode = c.unit.code;
    record.district = c.district.code;
    record.authorName = c.worker.name;
    record.createdAt = submitted - qint64(between(1, 20)) * kHourMs;
    record.version = 1;

    QList<RevisionRecord> revisions;
    QList<ReviewRecord> reviews;
    const ReviewChain reviewChain
        = m_chains.resolve(c.unit.path, Level::Community, content.category);
    const auto ensure = [](const NoticeResult &result) {
        if (!result.ok())
            throw std::logic_error("scaled demo notice: " + result.error->message.toStdString());
        return result.notice;
    };
    const auto submit = [&](qint64 at) {
        record.notice = ensure(submitNotice(record.notice, c.worker.id, reviewChain, at));
        const Notice &nn = record.notice;
        revisions.append(RevisionRecord { uuidFor(u"%1-r%2"_s.arg(id).arg(nn.revision)), id,
            nn.revision, nn.content, nn.chain, at, c.worker.id, c.worker.name });
    };
    const auto reviewer = [&]() -> std::pair<Staff, Actor> {
        const auto step = currentStep(record.notice);
        if (step && step->role == Role::Street)
            return { m_leads.value(c.street.code),
                Actor { m_leads.value(c.street.code).id, Role::Street, c.street.code, Level::Street,
                    c.street.path } };
        if (step && step->role == Role::District)
            return { m_leads.value(c.district.code),
                Actor { m_leads.value(c.district.code).id, Role::District, c.district.code,
                    Level::District, c.district.path } };
        return { c.director,
            Actor { c.director.id, Role::Director, c.unit.code, Level::Community, c.unit.path } };
    };
    const auto decided = [&](const Staff &who, const Actor &actor) {
        reviews.append(ReviewRecord { uuidFor(u"%1-v%2-%3"_s.arg(id)
                                                  .arg(record.notice.reviews.constLast().revision)
                                                  .arg(record.notice.reviews.constLast().step)),
            id, record.notice.reviews.constLast(), who.name, actor.unitCode });
    };

    qint64 at = submitted;
    submit(at);
    if (between(1, 100) <= 8) {
        // Now and then the first reviewer sends it back and the author fixes it.
        at += qint64(between(30, 180)) * kMinute;
        const auto [who, actor] = reviewer();
        record.notice = ensure(rejectNotice(record.notice, actor, u"请补充咨询电话"_s, at));
        decided(who, actor);
        NoticeContent fixed = record.notice.content;
        fixed.bodyHtml += u"<p>咨询电话：024-8958%1</p>"_s.arg(between(1000, 9999));
        record.notice = ensure(saveNotice(record.notice, c.worker.id, fixed));
        at += qint64(between(30, 120)) * kMinute;
        submit(at);
    }
    while (record.notice.state == NoticeState::InReview) {
        at += qint64(between(20, 240)) * kMinute;
        const auto [who, actor] = reviewer();
        record.notice
            = ensure(approveNotice(record.notice, actor, between(1, 10) <= 2 ? 3 : between(4, 5),
                between(1, 3) == 1 ? u"同意发布"_s : QString(), at));
        decided(who, actor);
    }
    at += qint64(between(10, 120)) * kMinute;
    record.notice = ensure(publishNotice(record.notice, at));
    record.updatedAt = at;

    m_notices.add(notices::noticeValues(record));
    change(Change { .kind = QString::fromUtf16(notices::kNoticeKind),
        .id = id,
        .version = record.version,
        .unitPath = c.unit.path,
        .district = c.district.code,
        .data = notices::noticeJson(record) });
    for (const RevisionRecord &v : std::as_const(revisions)) {
        const QString chainText = jsonText(reviewChainToJson(v.chain));
        m_revisions.add({ v.id, id, v.revision, c.unit.path, c.district.code, v.content.category,
            v.content.title, v.content.bodyHtml, optionalTime(v.content.scheduledAt), chainText,
            v.submittedAt, v.authorId, v.authorName });
        chain(c.unit.code, audit::kNoticeRevision, v.id,
            { v.id, id, v.revision, v.content.category, v.content.title, v.content.bodyHtml,
                optionalTime(v.content.scheduledAt), chainText, v.submittedAt, v.authorId,
                v.authorName },
            v.submittedAt);
        change(Change { .kind = QString::fromUtf16(notices::kRevisionKind),
            .id = v.id,
            .version = 1,
            .unitPath = c.unit.path,
            .district = c.district.code,
            .ref = id,
            .data = notices::revisionJson(v) });
    }
    for (const ReviewRecord &r : std::as_const(reviews)) {
        const NoticeReview &v = r.review;
        const QVariantList hashed { r.id, id, v.revision, v.step, v.reviewerId, r.reviewerName,
            roleName(v.reviewerRole), r.reviewerUnit, v.approved ? 1 : 0, v.quality,
            text(v.comment), v.at };
        m_reviews.add({ r.id, id, v.revision, v.step, c.unit.path, c.district.code, v.reviewerId,
            r.reviewerName, roleName(v.reviewerRole), r.reviewerUnit, v.approved ? 1 : 0, v.quality,
            text(v.comment), v.at });
        chain(c.unit.code, audit::kReview, r.id, hashed, v.at);
        change(Change { .kind = QString::fromUtf16(notices::kReviewKind),
            .id = r.id,
            .version = 1,
            .unitPath = c.unit.path,
            .district = c.district.code,
            .ref = id,
            .data = notices::reviewJson(r) });
    }
}

// A year of daily follower figures, as WeChat's 用户分析 reports them.
void ScaledDemo::fanDays(const Community &c)
{
    qint64 cumulative = qint64(c.unit.households) * between(5, 25) / 100;
    const QDate last = QDate::fromString(chinaDate(m_today - kDay), Qt::ISODate);
    for (int d = 364; d >= 0; --d) {
        FanDay day;
        day.date = last.addDays(-d);
        day.newFollow = between(0, 24);
        day.unfollow = std::min<qint64>(cumulative, between(0, 8));
        day.net = day.newFollow - day.unfollow;
        cumulative += day.net;
        day.cumulative = cumulative;
        const QString date = day.date.toString(Qt::ISODate);
        m_fanDays.add({ c.unit.code, date, day.newFollow, day.unfollow, day.net, day.cumulative,
            c.unit.path, c.district.code, u"demo"_s, 1, m_today });
        change(Change { .kind = u"fan_day"_s,
            .id = fanDayId(c.unit.code, day.date),
            .version = 1,
            .unitPath = c.unit.path,
            .district = c.district.code,
            .data = fanDayJson(c.unit.code, day) });
    }
}

void ScaledDemo::writeCommunity(const Community &c)
{
    // A year: about 91 complaints and 145 notices per community (100,000 and 160,000 for a
    // city of 1,100 communities), and a figure for every day.
    const int complaintCount = between(60, 122);
    for (int n = 0; n < complaintCount; ++n)
        complaint(c, n);
    const int noticeCount = between(100, 190);
    for (int n = 0; n < noticeCount; ++n)
        notice(c, n);
    fanDays(c);
}

void ScaledDemo::flushAll()
{
    for (BulkTable *table : { &m_complaints, &m_events, &m_departments, &m_notices, &m_revisions,
             &m_reviews, &m_fanDays, &m_changes, &m_audit })
        table->flush();
    m_db.exec(u"UPDATE counters SET value = ? WHERE name = 'seq'"_s, { m_seq });
}

void ScaledDemo::report(int done, int total)
{
    if (!m_progress)
        return;
    m_progress(
        u"communities %1/%2: %3 complaints, %4 events, %5 notices, %6 reviews, %7 fan days, %8 changes (%9 s)"_s
            .arg(done)
            .arg(total)
            .arg(m_complaints.written())
            .arg(m_events.written())
            .arg(m_notices.written())
            .arg(m_reviews.written())
            .arg(m_fanDays.written())
            .arg(m_changes.written())
            .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
}

DemoResult ScaledDemo::build()
{
    m_clock.start();
    m_passwordHash = hashPassword(QString::fromUtf16(kDemoPassword));
    DemoResult result;
    {
        Transaction tx(m_db, Transaction::Mode::Serialised);
        if (m_db.scalar(u"SELECT count(*) FROM org_units"_s).toInt() > 0)
            throw ApiError(409, u"not_empty"_s,
                u"the database already holds an org tree; use an empty --data directory"_s);
        buildOrg();
        result.intakeKey = addIntakeKey(m_db, u"微信平台"_s, m_root.code, m_today);
        tx.commit();
    }
    if (m_progress)
        m_progress(u"org tree: %1 units, %2 communities (%3 s)"_s
                       .arg(m_db.scalar(u"SELECT count(*) FROM org_units"_s).toInt())
                       .arg(m_communities.size())
                       .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    const int total = int(m_communities.size());
    for (int start = 0; start < total; start += kCommunitiesPerTransaction) {
        Transaction tx(m_db, Transaction::Mode::Serialised);
        m_seq = currentSeq(m_db);
        for (int i = start; i < std::min(total, start + kCommunitiesPerTransaction); ++i)
            writeCommunity(m_communities.at(i));
        flushAll();
        tx.commit();
        report(std::min(total, start + kCommunitiesPerTransaction), total);
    }

    const QStringList order = { u"demo.city"_s, u"demo.district"_s, u"demo.street"_s,
        u"demo.director"_s, u"demo.worker"_s, u"demo.worker2"_s, u"demo.dept"_s };
    for (const auto &name : order) {
        for (const auto &a : std::as_const(m_accounts)) {
            if (a.username == name)
                result.accounts.append(a);
        }
    }
    result.units = m_db.scalar(u"SELECT count(*) FROM org_units"_s).toInt();
    result.users = m_db.scalar(u"SELECT count(*) FROM users"_s).toInt();
    result.communities = total;
    result.complaints = m_complaints.written();
    result.events = m_events.written();
    result.notices = m_notices.written();
    result.revisions = m_revisions.written();
    result.reviews = m_reviews.written();
    result.fanDays = m_fanDays.written();
    result.changes = m_changes.written();
    return result;
}

} // namespace

std::optional<DemoScale> demoScaleFromName(QStringView name)
{
    if (name == u"demo")
        return DemoScale::Demo;
    if (name == u"tiny")
        return DemoScale::Tiny;
    if (name == u"town")
        return DemoScale::Town;
    if (name == u"city")
        return DemoScale::City;
    if (name == u"province")
        return DemoScale::Province;
    return std::nullopt;
}

DemoResult buildScaledDemo(
    Db &db, qint64 now, DemoScale scale, const std::function<void(const QString &)> &progress)
{
    if (scale == DemoScale::Demo)
        return buildDemo(db, now);
    return ScaledDemo(db, now, scale, progress).build();
}

} // namespace civic::server
