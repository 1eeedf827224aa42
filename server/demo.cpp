#include "demo.h"

#include "apierror.h"
#include "auth.h"
#include "feature.h"
#include "orgstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

struct StreetSpec
{
    const char16_t *name;
    QList<const char16_t *> communities;
};

struct DistrictSpec
{
    const char16_t *code;
    const char16_t *name;
    QList<StreetSpec> streets;
};

// Three districts of a 沈阳-style city, four streets each, five communities per street.
const QList<DistrictSpec> &cityPlan()
{
    static const QList<DistrictSpec> plan = {
        {u"210111", u"苏家屯区",
         {{u"湖西街道", {u"河畔社区", u"林校社区", u"清泉社区", u"枫林社区", u"湖光社区"}},
          {u"民主街道", {u"民主社区", u"春晖社区", u"新兴社区", u"和谐社区", u"康乐社区"}},
          {u"解放街道", {u"解放社区", u"光明社区", u"朝阳社区", u"向阳社区", u"福安社区"}},
          {u"临湖街道", {u"临湖社区", u"丽水社区", u"翠竹社区", u"金桥社区", u"幸福里社区"}}}},
        {u"210102", u"和平区",
         {{u"南湖街道", {u"南湖社区", u"文化社区", u"花园社区", u"青年社区", u"五洲社区"}},
          {u"北市场街道", {u"北市社区", u"皇寺社区", u"永安社区", u"兴华社区", u"长安社区"}},
          {u"太原街街道", {u"太原社区", u"中华社区", u"胜利社区", u"民族社区", u"同泽社区"}},
          {u"新华街道", {u"新华社区", u"富民社区", u"仁和社区", u"安居社区", u"长青社区"}}}},
        {u"210103", u"沈河区",
         {{u"大南街道", {u"大南社区", u"文安社区", u"万柳社区", u"德贤社区", u"龙泉社区"}},
          {u"五里河街道", {u"五里河社区", u"青年公园社区", u"惠工社区", u"风雨坛社区", u"碧塘社区"}},
          {u"滨河街道", {u"滨河社区", u"东陵社区", u"友好社区", u"新立社区", u"泉源社区"}},
          {u"泉园街道", {u"泉园社区", u"万泉社区", u"东湖社区", u"绿岛社区", u"松竹社区"}}}},
    };
    return plan;
}

const QList<std::pair<const char16_t *, const char16_t *>> kDepartments = {
    {u"cgw", u"城管委"}, {u"fcj", u"房产局"}, {u"hbj", u"环保局"}, {u"scj", u"市场监管局"}};

const QStringList kSurnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s,
                               u"周"_s, u"吴"_s, u"徐"_s, u"孙"_s, u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s,
                               u"何"_s, u"高"_s, u"林"_s, u"罗"_s, u"郑"_s, u"梁"_s, u"宋"_s, u"谢"_s};
const QStringList kGivenNames = {u"丽"_s,   u"静"_s,   u"敏"_s,   u"伟"_s,   u"芳"_s,   u"娜"_s,
                                 u"秀英"_s, u"强"_s,   u"磊"_s,   u"洋"_s,   u"艳"_s,   u"勇"_s,
                                 u"军"_s,   u"杰"_s,   u"娟"_s,   u"涛"_s,   u"明"_s,   u"超"_s,
                                 u"晓燕"_s, u"海燕"_s, u"雪"_s,   u"慧"_s,   u"建国"_s, u"春梅"_s};

QString personName(DemoContext &ctx)
{
    return ctx.pick(kSurnames) + ctx.pick(kGivenNames);
}

void addAccount(DemoContext &ctx, const QString &username, Role role, const QString &unit,
                const QString &displayName, bool listed)
{
    org::addUser(ctx.db, username, displayName, role, unit, ctx.passwordHash, ctx.now);
    if (listed) {
        const auto u = org::findUnit(ctx.db, unit);
        ctx.accounts.append({username, roleName(role), unit, u ? u->name : QString()});
    }
}

} // namespace

QString addIntakeKey(Db &db, const QString &name, const QString &unitCode, qint64 now)
{
    org::requireUnit(db, unitCode);
    const QString key = newToken(u"cdk_");
    db.exec(u"INSERT INTO intake_keys (hash, name, unit, created_at) VALUES (?, ?, ?, ?)"_s,
            {tokenHash(key), name, unitCode, now});
    return key;
}

void buildCoreDemo(DemoContext &ctx)
{
    Db &db = ctx.db;
    const qint64 now = ctx.now;
    ctx.city = u"210100"_s;
    org::addUnit(db, ctx.city, u"沈阳市"_s, Level::City, {}, 0, now);
    addAccount(ctx, u"demo.city"_s, Role::City, ctx.city, u"市网信办 "_s + personName(ctx), true);
    org::addUnit(db, u"210100-cgj"_s, u"市城管局"_s, Level::Department, ctx.city, 0, now);
    ctx.departments.append(u"210100-cgj"_s);

    for (const auto &district : cityPlan()) {
        const QString dcode = QString::fromUtf16(district.code);
        org::addUnit(db, dcode, QString::fromUtf16(district.name), Level::District, ctx.city, 0, now);
        ctx.districts.append(dcode);
        for (const auto &[suffix, name] : kDepartments) {
            const QString code = dcode + u'-' + QString::fromUtf16(suffix);
            org::addUnit(db, code, QString::fromUtf16(name), Level::Department, dcode, 0, now);
            ctx.departments.append(code);
            addAccount(ctx, u"dept."_s + code, Role::Department, code, personName(ctx), false);
        }
        const bool sujiatun = dcode == u"210111";
        addAccount(ctx, sujiatun ? u"demo.district"_s : u"q"_s + dcode, Role::District, dcode,
                   u"宣传部 "_s + personName(ctx), sujiatun);
        int streetNo = 0;
        for (const auto &street : district.streets) {
            const QString scode = dcode + u"%1"_s.arg(++streetNo, 3, 10, QChar(u'0'));
            org::addUnit(db, scode, QString::fromUtf16(street.name), Level::Street, dcode, 0, now);
            ctx.streets.append(scode);
            const bool demoStreet = sujiatun && streetNo == 1;
            addAccount(ctx, demoStreet ? u"demo.street"_s : u"s"_s + scode, Role::Street, scode,
                       personName(ctx), demoStreet);
            int communityNo = 0;
            for (const auto *cname : street.communities) {
                const QString ccode = scode + u"%1"_s.arg(++communityNo, 3, 10, QChar(u'0'));
                org::addUnit(db, ccode, QString::fromUtf16(cname), Level::Community, scode,
                             ctx.between(12, 68) * 100 + ctx.between(0, 99), now);
                ctx.communities.append(ccode);
                const bool hepan = demoStreet && communityNo == 1;
                const bool linxiao = demoStreet && communityNo == 2;
                addAccount(ctx, hepan ? u"demo.worker"_s : linxiao ? u"demo.worker2"_s : u"w"_s + ccode,
                           Role::Worker, ccode, personName(ctx), hepan || linxiao);
                addAccount(ctx, hepan ? u"demo.director"_s : u"d"_s + ccode, Role::Director, ccode,
                           personName(ctx), hepan);
                if (hepan) {
                    for (int g = 1; g <= 2; ++g)
                        org::addUnit(db, ccode + u"-g%1"_s.arg(g), g == 1 ? u"第一网格"_s : u"第二网格"_s,
                                     Level::Grid, ccode, 0, now);
                }
            }
        }
    }
    // The department account of the API table.
    addAccount(ctx, u"demo.dept"_s, Role::Department, u"210111-cgw"_s, personName(ctx), true);
    ctx.intakeKey = addIntakeKey(db, u"沈阳新社区 微信平台"_s, ctx.city, now);
}

DemoResult buildDemo(Db &db, qint64 now)
{
    if (db.scalar(u"SELECT count(*) FROM org_units"_s).toInt() > 0)
        throw ApiError(409, u"not_empty"_s, u"the database already holds an org tree; use an empty --data directory"_s);

    DemoContext ctx{.db = db};
    ctx.now = now;
    ctx.passwordHash = hashPassword(QString::fromUtf16(kDemoPassword));
    // Each feature adds its records in its own transaction, in feature order.
    for (const auto &feature : features()) {
        if (!feature.buildDemo)
            continue;
        Transaction tx(db, Transaction::Mode::Serialised);
        feature.buildDemo(ctx);
        tx.commit();
    }

    DemoResult result;
    result.intakeKey = ctx.intakeKey;

    // The API table's order.
    const QStringList order = {u"demo.city"_s,     u"demo.district"_s, u"demo.street"_s, u"demo.director"_s,
                               u"demo.worker"_s,   u"demo.worker2"_s,  u"demo.dept"_s};
    for (const auto &name : order) {
        for (const auto &a : ctx.accounts) {
            if (a.username == name)
                result.accounts.append(a);
        }
    }
    result.units = db.scalar(u"SELECT count(*) FROM org_units"_s).toInt();
    result.users = db.scalar(u"SELECT count(*) FROM users"_s).toInt();
    return result;
}

} // namespace civic::server
