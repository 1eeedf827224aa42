// The permission matrix of PRODUCT.md §1–§5, written out as a specification and checked
// case by case against permit(): every role at every kind of unit, every Action, and
// records placed at the actor's own unit, below it, above it, at a sibling, in another
// district and at the city; complaints also at every handling unit they can reach.

#include "domain/permissions.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

// The fixture: one city, two districts, streets, communities, grids and departments.
//
//   C  210100 沈阳市
//   ├─ D1 210111 苏家屯区
//   │  ├─ S1 210111001 临湖街道
//   │  │  ├─ M1 210111001001 河畔社区
//   │  │  │  ├─ G1 21011100100101 一网格
//   │  │  │  └─ G2 21011100100102 二网格
//   │  │  └─ M2 210111001002 湖西社区
//   │  ├─ S2 210111002 民主街道
//   │  │  └─ M3 210111002001 枫杨社区
//   │  └─ P1 210111900 区城管委 (department of the district)
//   ├─ D2 210102 和平区
//   │  └─ S3 210102001 太原街街道
//   │     └─ M4 210102001001 北市社区
//   └─ PC 210100901 市交通局 (department of the city)
struct Place
{
    QString code;
    QString path;
    Level level;
};

struct NamedActor
{
    QString column; // the column heading in the tables
    QString description; // role@unit, for messages
    Actor actor;
};

struct NamedSubject
{
    QString id; // the row heading in the tables
    QString description; // for messages
    Subject subject;
};

struct Fixture
{
    QHash<QString, Place> places;
    QList<NamedActor> actors;
    QHash<QString, NamedSubject> subjects;
    QList<QString> subjectOrder;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture x;
        const auto place
            = [&x](const QString &label, const QString &code, const QString &path, Level level) {
                  x.places.insert(label, Place { code, path, level });
              };
        place(u"C"_s, u"210100"_s, u"/210100/"_s, Level::City);
        place(u"D1"_s, u"210111"_s, u"/210100/210111/"_s, Level::District);
        place(u"S1"_s, u"210111001"_s, u"/210100/210111/210111001/"_s, Level::Street);
        place(u"M1"_s, u"210111001001"_s, u"/210100/210111/210111001/210111001001/"_s,
            Level::Community);
        place(u"G1"_s, u"21011100100101"_s,
            u"/210100/210111/210111001/210111001001/21011100100101/"_s, Level::Grid);
        place(u"G2"_s, u"21011100100102"_s,
            u"/210100/210111/210111001/210111001001/21011100100102/"_s, Level::Grid);
        place(u"M2"_s, u"210111001002"_s, u"/210100/210111/210111001/210111001002/"_s,
            Level::Community);
        place(u"S2"_s, u"210111002"_s, u"/210100/210111/210111002/"_s, Level::Street);
        place(u"M3"_s, u"210111002001"_s, u"/210100/210111/210111002/210111002001/"_s,
            Level::Community);
        place(u"P1"_s, u"210111900"_s, u"/210100/210111/210111900/"_s, Level::Department);
        place(u"D2"_s, u"210102"_s, u"/210100/210102/"_s, Level::District);
        place(u"S3"_s, u"210102001"_s, u"/210100/210102/210102001/"_s, Level::Street);
        place(u"M4"_s, u"210102001001"_s, u"/210100/210102/210102001/210102001001/"_s,
            Level::Community);
        place(u"PC"_s, u"210100901"_s, u"/210100/210100901/"_s, Level::Department);

        // The columns of every table, in this order.
        const auto actor
            = [&x](const QString &column, const QString &userId, Role role, const QString &unit) {
                  const Place &p = x.places[unit];
                  x.actors.append({ column, roleName(role) + u'@' + unit + u" ("_s + userId + u')',
                      Actor { userId, role, p.code, p.level, p.path } });
              };
        actor(u"wM"_s, u"worker.m1"_s, Role::Worker, u"M1"_s);
        actor(u"wG"_s, u"worker.g1"_s, Role::Worker, u"G1"_s);
        actor(u"dM"_s, u"director.m1"_s, Role::Director, u"M1"_s);
        actor(u"sS"_s, u"street.s1"_s, Role::Street, u"S1"_s);
        actor(u"dD"_s, u"district.d1"_s, Role::District, u"D1"_s);
        actor(u"cC"_s, u"city"_s, Role::City, u"C"_s);
        actor(u"pD"_s, u"dept.p1"_s, Role::Department, u"P1"_s);
        actor(u"pC"_s, u"dept.pc"_s, Role::Department, u"PC"_s);
        actor(u"vM"_s, u"viewer.m1"_s, Role::Viewer, u"M1"_s);
        actor(u"vS"_s, u"viewer.s1"_s, Role::Viewer, u"S1"_s);
        actor(u"vD"_s, u"viewer.d1"_s, Role::Viewer, u"D1"_s);
        actor(u"vC"_s, u"viewer.c"_s, Role::Viewer, u"C"_s);
        // Roles at a unit of the wrong level (a data error): they may only look.
        actor(u"xS"_s, u"director.s1"_s, Role::Director, u"S1"_s);
        actor(u"xM"_s, u"street.m1"_s, Role::Street, u"M1"_s);
        actor(u"xD"_s, u"city.d1"_s, Role::City, u"D1"_s);

        const auto subject = [&x](const QString &id, const QString &description, Subject s) {
            Q_ASSERT(!x.subjects.contains(id));
            x.subjects.insert(id, { id, description, s });
            x.subjectOrder.append(id);
        };
        const auto at = [&x](Kind kind, const QString &unit) {
            Subject s;
            s.kind = kind;
            s.unitPath = x.places[unit].path;
            s.unitLevel = x.places[unit].level;
            return s;
        };
        const QStringList allUnits { u"C"_s, u"D1"_s, u"S1"_s, u"M1"_s, u"G1"_s, u"G2"_s, u"M2"_s,
            u"S2"_s, u"M3"_s, u"P1"_s, u"D2"_s, u"S3"_s, u"M4"_s, u"PC"_s };
        for (const auto &unit : allUnits)
            subject(u"org:"_s + unit, u"org unit "_s + unit, at(Kind::OrgUnit, unit));
        for (const auto &unit : allUnits)
            subject(u"user:"_s + unit, u"a user of "_s + unit, at(Kind::User, unit));

        const auto complaint = [&](const QString &unit, const QString &handling,
                                   const QStringList &departments, const QString &note = {}) {
            Subject s = at(Kind::Complaint, unit);
            s.handlingPath = x.places[handling].path;
            s.handlingLevel = x.places[handling].level;
            for (const auto &d : departments)
                s.departments.append(x.places[d].code);
            const QString id = u"c:"_s + unit + u'@' + handling + note;
            subject(id, u"complaint of "_s + unit + u" handled at "_s + handling + note, s);
        };
        complaint(u"M1"_s, u"M1"_s, {});
        complaint(u"M1"_s, u"S1"_s, {});
        complaint(u"M1"_s, u"D1"_s, {});
        complaint(u"M1"_s, u"C"_s, {});
        complaint(u"M1"_s, u"P1"_s, { u"P1"_s });
        complaint(u"M1"_s, u"D1"_s, { u"P1"_s }, u" after P1"_s);
        complaint(u"M1"_s, u"PC"_s, { u"PC"_s });
        complaint(u"G1"_s, u"M1"_s, {});
        complaint(u"G2"_s, u"M1"_s, {});
        complaint(u"M2"_s, u"M2"_s, {});
        complaint(u"M2"_s, u"S1"_s, {});
        complaint(u"M3"_s, u"M3"_s, {});
        complaint(u"M4"_s, u"M4"_s, {});
        complaint(u"M4"_s, u"D2"_s, {});
        complaint(u"M3"_s, u"P1"_s, { u"P1"_s });
        complaint(u"M4"_s, u"PC"_s, { u"PC"_s });

        const auto notice = [&](const QString &id, const QString &unit, const QString &owner,
                                std::optional<Role> stepRole = {}, const QString &stepUnit = {}) {
            Subject s = at(Kind::Notice, unit);
            s.ownerId = owner;
            s.stepRole = stepRole;
            if (!stepUnit.isEmpty())
                s.stepUnitPath = x.places[stepUnit].path;
            QString description
                = u"notice of "_s + unit + u" by "_s + (owner.isEmpty() ? u"(new)"_s : owner);
            if (stepRole)
                description += u", at the step of "_s + roleName(*stepRole) + u'@' + stepUnit;
            subject(u"n:"_s + id, description, s);
        };
        notice(u"M1 new"_s, u"M1"_s, {});
        notice(u"M1 draft"_s, u"M1"_s, u"worker.m1"_s);
        notice(u"M1 step1"_s, u"M1"_s, u"worker.m1"_s, Role::Director, u"M1"_s);
        notice(u"M1 step2"_s, u"M1"_s, u"worker.m1"_s, Role::Street, u"S1"_s);
        notice(u"M1 step3"_s, u"M1"_s, u"worker.m1"_s, Role::District, u"D1"_s);
        notice(u"M1 director's"_s, u"M1"_s, u"director.m1"_s, Role::Director, u"M1"_s);
        notice(u"M1 misrouted"_s, u"M1"_s, u"worker.m1"_s, Role::Street, u"S2"_s);
        notice(u"S1 street's"_s, u"S1"_s, u"street.s1"_s, Role::Street, u"S1"_s);
        notice(u"S1 step2"_s, u"S1"_s, u"street.s1"_s, Role::District, u"D1"_s);
        notice(u"M2 step2"_s, u"M2"_s, u"worker.m2"_s, Role::Street, u"S1"_s);
        notice(u"M4 step2"_s, u"M4"_s, u"worker.m4"_s, Role::Street, u"S3"_s);
        notice(u"D1"_s, u"D1"_s, u"district.d1"_s);
        notice(u"C"_s, u"C"_s, u"city"_s);

        const auto record = [&](Kind kind, const QString &prefix, const QString &what,
                                const QString &unit, const QString &owner = {}) {
            Subject s = at(kind, unit);
            s.ownerId = owner;
            subject(prefix + unit, what + u" of "_s + unit, s);
        };
        for (const auto &unit : { u"M1"_s, u"M2"_s, u"M3"_s, u"M4"_s })
            record(Kind::FanDay, u"fans:"_s, u"a fan day"_s, unit);
        for (const auto &unit : { u"D1"_s, u"D2"_s })
            record(Kind::Task, u"task:"_s, u"a reporting task"_s, unit);
        for (const auto &unit : { u"M1"_s, u"M2"_s, u"M4"_s })
            record(Kind::Task, u"task:"_s, u"a task's submission"_s, unit);
        record(Kind::Claim, u"claim:"_s, u"a bonus claim"_s, u"M1"_s, u"worker.m1"_s);
        record(Kind::Claim, u"claim:"_s, u"a bonus claim"_s, u"M2"_s, u"worker.m2"_s);
        record(Kind::Claim, u"claim:"_s, u"a bonus claim"_s, u"M3"_s, u"worker.m3"_s);
        record(Kind::Claim, u"claim:"_s, u"a bonus claim"_s, u"M4"_s, u"worker.m4"_s);
        for (const auto &unit : { u"D1"_s, u"D2"_s })
            record(Kind::RuleSet, u"rules:"_s, u"the rule set"_s, unit);
        for (const auto &unit : { u"D1"_s, u"D2"_s })
            record(Kind::Assessment, u"assessment:"_s, u"the quarter's assessment"_s, unit);
        record(Kind::Assessment, u"assessment:"_s, u"the assessment row"_s, u"M1"_s);
        for (const auto &unit : { u"D1"_s, u"D2"_s })
            record(Kind::Settings, u"settings:"_s, u"the settings"_s, unit);
        return x;
    }();
    return f;
}

// Where `theirs` lies as seen from the actor's unit.
QString placeOf(const QString &mine, const QString &theirs)
{
    if (theirs == mine)
        return u"own unit"_s;
    if (theirs.startsWith(mine))
        return u"below"_s;
    if (mine.startsWith(theirs))
        return theirs.count(u'/') == 2 ? u"the city, above"_s : u"above"_s;
    const auto parentOf = [](const QString &path) {
        return path.left(path.lastIndexOf(u'/', path.size() - 2) + 1);
    };
    if (parentOf(mine) == parentOf(theirs))
        return u"sibling"_s;
    const auto district = [](const QString &path) { return path.section(u'/', 2, 2); };
    if (district(mine) != district(theirs))
        return u"another district"_s;
    return u"elsewhere in the district"_s;
}

// The subject's unit (and a complaint's handling unit) relative to the actor, for messages.
QString relation(const Actor &actor, const Subject &subject)
{
    QString text = u"record: "_s + placeOf(actor.unitPath, subject.unitPath);
    if (subject.kind == Kind::Complaint)
        text += u"; handled: "_s + placeOf(actor.unitPath, subject.handlingPath);
    return text;
}

// One specification table: rows are subjects, columns the actors of the fixture in order.
// Cells: A = Allowed, - = Forbidden (visible, not theirs to do), . = NotFound (outside
// what they may see). Every action listed shares the table.
struct SpecRow
{
    QString subject;
    QString cells;
};

struct SpecTable
{
    QString rule;
    QList<Action> actions;
    QList<SpecRow> rows;
};

// clang-format off
QList<SpecTable> specification()
{
    return {
    // ---------------------------------------------------------------------------------
    // Org units. PRODUCT.md §1: a user sees the subtree of their unit; the units above
    // it are visible too, so the tree has its root. Departments see their own unit and
    // the chain above it only.
    {u"org units are visible in the subtree and up the chain"_s, {Action::Read}, {
        //                  wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"org:C"_s,  u"   A  A  A  A  A  A  A  A | A  A  A  A  | A  A  A "_s},
        {u"org:D1"_s, u"   A  A  A  A  A  A  A  . | A  A  A  A  | A  A  A "_s},
        {u"org:S1"_s, u"   A  A  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"org:M1"_s, u"   A  A  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"org:G1"_s, u"   A  A  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"org:G2"_s, u"   A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"org:M2"_s, u"   .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"org:S2"_s, u"   .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"org:M3"_s, u"   .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"org:P1"_s, u"   .  .  .  .  A  A  A  . | .  .  A  A  | .  .  A "_s},
        {u"org:D2"_s, u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"org:S3"_s, u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"org:M4"_s, u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"org:PC"_s, u"   .  .  .  .  .  A  .  A | .  .  .  A  | .  .  . "_s},
    }},
    // PRODUCT.md §1: the city office keeps the org tree (all of it, itself included); a
    // district office keeps the units below it, never its own unit or anything above.
    {u"the org tree is kept by the city, and by a district below itself"_s,
     {Action::OrgManage}, {
        //                  wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"org:C"_s,  u"   -  -  -  -  -  A  -  - | -  -  -  -  | -  -  - "_s},
        {u"org:D1"_s, u"   -  -  -  -  -  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"org:S1"_s, u"   -  -  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"org:M1"_s, u"   -  -  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"org:G1"_s, u"   -  -  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"org:G2"_s, u"   -  .  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"org:M2"_s, u"   .  .  .  -  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"org:S2"_s, u"   .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"org:M3"_s, u"   .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"org:P1"_s, u"   .  .  .  .  A  A  -  . | .  .  -  -  | .  .  - "_s},
        {u"org:D2"_s, u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"org:S3"_s, u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"org:M4"_s, u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"org:PC"_s, u"   .  .  .  .  .  A  .  - | .  .  .  -  | .  .  . "_s},
    }},

    // ---------------------------------------------------------------------------------
    // Users. PRODUCT.md §1: exactly the subtree; nobody sees the accounts above them.
    {u"users are visible in the subtree only"_s, {Action::Read}, {
        //                   wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"user:C"_s,  u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"user:D1"_s, u"   .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"user:S1"_s, u"   .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"user:M1"_s, u"   A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"user:G1"_s, u"   A  A  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"user:G2"_s, u"   A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"user:M2"_s, u"   .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"user:S2"_s, u"   .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"user:M3"_s, u"   .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"user:P1"_s, u"   .  .  .  .  A  A  A  . | .  .  A  A  | .  .  A "_s},
        {u"user:D2"_s, u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"user:S3"_s, u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"user:M4"_s, u"   .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"user:PC"_s, u"   .  .  .  .  .  A  .  A | .  .  .  A  | .  .  . "_s},
    }},
    // PRODUCT.md §1: accounts are kept by the city, and by a district for its subtree.
    {u"accounts are kept by the city and the district in their subtree"_s,
     {Action::UserManage}, {
        //                   wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"user:C"_s,  u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"user:D1"_s, u"   .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"user:S1"_s, u"   .  .  .  -  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"user:M1"_s, u"   -  .  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"user:G1"_s, u"   -  -  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"user:G2"_s, u"   -  .  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"user:M2"_s, u"   .  .  .  -  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"user:S2"_s, u"   .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"user:M3"_s, u"   .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"user:P1"_s, u"   .  .  .  .  A  A  -  . | .  .  -  -  | .  .  - "_s},
        {u"user:D2"_s, u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"user:S3"_s, u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"user:M4"_s, u"   .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"user:PC"_s, u"   .  .  .  .  .  A  .  - | .  .  .  -  | .  .  . "_s},
    }},

    // ---------------------------------------------------------------------------------
    // Complaints. PRODUCT.md §1: a complaint is visible in the subtree of its community
    // (a grid's complaint in the grid's too), and to a department only once it was
    // transferred to that department. A grid worker does not see the rest of the
    // community's complaints.
    {u"complaints are visible in the subtree and to the departments they went to"_s,
     {Action::Read}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"c:M1@S1"_s,          u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"c:M1@D1"_s,          u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"c:M1@C"_s,           u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"c:M1@P1"_s,          u"  A  .  A  A  A  A  A  . | A  A  A  A  | A  A  A "_s},
        {u"c:M1@D1 after P1"_s, u"  A  .  A  A  A  A  A  . | A  A  A  A  | A  A  A "_s},
        {u"c:M1@PC"_s,          u"  A  .  A  A  A  A  .  A | A  A  A  A  | A  A  A "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  A  . | .  .  A  A  | .  .  A "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  A | .  .  .  A  | .  .  . "_s},
    }},
    // PRODUCT.md §2: staff enter walk-in complaints for a community (or grid) in their
    // subtree; departments only receive complaints.
    {u"complaints are entered by community staff and the levels above"_s,
     {Action::ComplaintCreate}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  A  .  A  A  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  A  .  A  A  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  A  .  A  A  A  A  .  - | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  -  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  - | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: replying, resolving, assigning (and merging) are the handling unit's
    // work alone, and only the handling unit sees the resident's phone unmasked. A grid
    // worker belongs to its community's office.
    {u"only the handling unit replies, resolves, assigns, merges and sees the phone"_s,
     {Action::ComplaintReply, Action::ComplaintResolve, Action::ComplaintAssign,
      Action::ComplaintMerge, Action::ComplaintViewPersonalData}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  -  A  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  -  -  A  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  -  -  -  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  -  -  -  -  A  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  -  -  A  -  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  -  -  -  -  .  A | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  -  -  A  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  -  .  A | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: an internal note is staff-only text; any staff member who sees the
    // complaint may add one (viewers only read).
    {u"every staff member who sees a complaint may note on it"_s, {Action::ComplaintNote}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  A  .  A  A  A  A  A  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  A  .  A  A  A  A  A  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  A  .  A  A  A  A  .  A | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  A  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  A | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: escalate one level up (community→street→district→city) by the
    // handling unit; the city has nothing above it and a department objects instead.
    {u"the handling unit escalates, except the city and departments"_s,
     {Action::ComplaintEscalate}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  -  A  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  -  -  A  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  -  -  -  -  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  -  -  A  -  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  -  -  -  -  .  - | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  -  -  -  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  -  .  - | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: transfer to a department "street and above", by the handling unit;
    // returning it down is the same office's decision (the workflow forbids a return to
    // a community once escalated). A department objects (退单) rather than returns.
    {u"the handling street, district or city transfers and returns"_s,
     {Action::ComplaintTransfer, Action::ComplaintReturn}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  -  A  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  -  -  A  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  -  -  -  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  -  -  -  -  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  -  -  A  -  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  -  -  -  -  .  - | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  -  -  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  -  -  -  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  -  .  - | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: upper levels (street, district, city) may step in on, or chase, a
    // complaint of their subtree that is handled below them — not one handled at their
    // own unit, above them, or by a department outside their subtree.
    {u"street, district and city take over and urge what is handled below them"_s,
     {Action::ComplaintTakeOver, Action::ComplaintUrge}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  -  .  -  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  -  -  -  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  -  -  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  -  -  -  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  -  -  -  A  .  - | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  -  -  -  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  -  .  -  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  -  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  -  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  - | .  .  .  -  | .  .  . "_s},
    }},
    // A department that handles a transferred complaint may object to it (退单); no one
    // else objects, not even a department it went to earlier.
    {u"only the handling department objects"_s, {Action::ComplaintObject}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  -  -  -  -  A  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  -  -  -  -  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  -  -  -  -  .  A | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  -  -  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  -  -  A  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  -  .  A | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: reopening and closing are decisions on the case, so they belong to
    // whoever may act on it: the handling unit, and the levels that may step in (those
    // above the handling unit). A street does not close what its district handles, and a
    // community has no say once the complaint was escalated (no bouncing back).
    {u"the handling unit and those who may step in reopen and close"_s,
     {Action::ComplaintReopen, Action::ComplaintClose}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  -  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  -  -  -  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  -  -  A  A  A  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  -  -  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  -  -  -  A  .  A | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  A  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  A | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2: the resident's satisfaction is recorded by the handling unit or by
    // any office between the resident's community and the city (the community usually
    // makes the call-back); a department records it only while it handles the case.
    {u"satisfaction is recorded by the handling unit and the offices over the community"_s,
     {Action::ComplaintSatisfaction}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  A  .  A  A  A  A  A  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  A  .  A  A  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  A  .  A  A  A  A  .  A | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  A  A  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  A  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  A | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §2 and §5: a service example earns assessment points, so it is marked by
    // the community's director or an upper level over the community, not by a worker
    // and not by a department.
    {u"directors and upper levels mark service examples"_s,
     {Action::ComplaintMarkExample}, {
        //                           wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"c:M1@M1"_s,          u"  -  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@S1"_s,          u"  -  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1"_s,          u"  -  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@C"_s,           u"  -  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@P1"_s,          u"  -  .  A  A  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@D1 after P1"_s, u"  -  .  A  A  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"c:M1@PC"_s,          u"  -  .  A  A  A  A  .  - | -  -  -  -  | -  -  - "_s},
        {u"c:G1@M1"_s,          u"  -  -  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:G2@M1"_s,          u"  -  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"c:M2@M2"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M2@S1"_s,          u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"c:M3@M3"_s,          u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@M4"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M4@D2"_s,          u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"c:M3@P1"_s,          u"  .  .  .  .  A  A  -  . | .  .  -  -  | .  .  - "_s},
        {u"c:M4@PC"_s,          u"  .  .  .  .  .  A  .  - | .  .  .  -  | .  .  . "_s},
    }},

    // ---------------------------------------------------------------------------------
    // Notices. PRODUCT.md §1: visible in the subtree of the publishing unit.
    {u"notices are visible in the subtree of their unit"_s, {Action::Read}, {
        //                            wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"n:M1 new"_s,          u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:M1 draft"_s,        u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:M1 step1"_s,        u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:M1 step2"_s,        u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:M1 step3"_s,        u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:M1 director's"_s,   u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:M1 misrouted"_s,    u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"n:S1 street's"_s,     u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"n:S1 step2"_s,        u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"n:M2 step2"_s,        u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"n:M4 step2"_s,        u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"n:D1"_s,              u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"n:C"_s,               u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
    }},
    // PRODUCT.md §3: the author drafts, submits and withdraws, at the notice's own unit
    // (a new notice has no author yet: any publishing staff of the unit may start one).
    // Departments do not publish notices.
    {u"the author saves, submits and withdraws at the notice's unit"_s,
     {Action::NoticeSave, Action::NoticeSubmit, Action::NoticeWithdraw}, {
        //                            wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"n:M1 new"_s,          u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 draft"_s,        u"  A  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step1"_s,        u"  A  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step2"_s,        u"  A  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step3"_s,        u"  A  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 director's"_s,   u"  -  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 misrouted"_s,    u"  A  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:S1 street's"_s,     u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:S1 step2"_s,        u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:M2 step2"_s,        u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:M4 step2"_s,        u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"n:D1"_s,              u"  .  .  .  .  A  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"n:C"_s,               u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §3: the step's role at the step's unit reviews, and nobody approves (or
    // rejects) their own notice.
    {u"the current step's reviewer approves and rejects, never the author"_s,
     {Action::NoticeApprove, Action::NoticeReject}, {
        //                            wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"n:M1 new"_s,          u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 draft"_s,        u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step1"_s,        u"  -  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step2"_s,        u"  -  .  -  A  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step3"_s,        u"  -  .  -  -  A  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 director's"_s,   u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 misrouted"_s,    u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:S1 street's"_s,     u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:S1 step2"_s,        u"  .  .  .  -  A  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:M2 step2"_s,        u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:M4 step2"_s,        u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"n:D1"_s,              u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"n:C"_s,               u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §3 (seed 001: 社区发布): the notice's own unit publishes it.
    {u"staff of the notice's unit publish"_s, {Action::NoticePublish}, {
        //                            wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"n:M1 new"_s,          u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 draft"_s,        u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step1"_s,        u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step2"_s,        u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 step3"_s,        u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 director's"_s,   u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:M1 misrouted"_s,    u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"n:S1 street's"_s,     u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:S1 step2"_s,        u"  .  .  .  A  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:M2 step2"_s,        u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"n:M4 step2"_s,        u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"n:D1"_s,              u"  .  .  .  .  A  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"n:C"_s,               u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
    }},

    // ---------------------------------------------------------------------------------
    // Fans. PRODUCT.md §4: a community's figures are imported by its own staff, or by
    // a street, district or city over it.
    {u"fan figures are visible in the subtree"_s, {Action::Read}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"fans:M1"_s,     u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"fans:M2"_s,     u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"fans:M3"_s,     u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"fans:M4"_s,     u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
    }},
    {u"community staff import their own fans, upper levels those of their subtree"_s,
     {Action::FansImport}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"fans:M1"_s,     u"  A  .  A  A  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"fans:M2"_s,     u"  .  .  .  A  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"fans:M3"_s,     u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"fans:M4"_s,     u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
    }},

    // ---------------------------------------------------------------------------------
    // Assessment. PRODUCT.md §5: reporting tasks are issued by the district to its
    // communities (the city may act for any district); each community submits its own.
    {u"tasks and their submissions are visible in the subtree"_s, {Action::Read}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"task:D1"_s,     u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"task:D2"_s,     u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"task:M1"_s,     u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"task:M2"_s,     u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"task:M4"_s,     u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
    }},
    {u"the district (or the city) issues tasks for the district"_s, {Action::TaskIssue}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"task:D1"_s,     u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"task:D2"_s,     u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"task:M1"_s,     u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"task:M2"_s,     u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"task:M4"_s,     u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
    }},
    {u"community staff submit their own community's task"_s, {Action::TaskSubmit}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"task:D1"_s,     u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"task:D2"_s,     u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
        {u"task:M1"_s,     u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"task:M2"_s,     u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"task:M4"_s,     u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §5: bonus claims are submitted by communities (any of the community's
    // staff, whoever drafted it) and approved or rejected by the district.
    {u"claims are visible in the subtree"_s, {Action::Read}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"claim:M1"_s,    u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
        {u"claim:M2"_s,    u"  .  .  .  A  A  A  .  . | .  A  A  A  | A  .  A "_s},
        {u"claim:M3"_s,    u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"claim:M4"_s,    u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
    }},
    {u"community staff submit their community's claims"_s, {Action::ClaimSubmit}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"claim:M1"_s,    u"  A  .  A  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
        {u"claim:M2"_s,    u"  .  .  .  -  -  -  .  . | .  -  -  -  | -  .  - "_s},
        {u"claim:M3"_s,    u"  .  .  .  .  -  -  .  . | .  .  -  -  | .  .  - "_s},
        {u"claim:M4"_s,    u"  .  .  .  .  .  -  .  . | .  .  .  -  | .  .  . "_s},
    }},
    {u"the district (or the city) reviews the claims of its communities"_s,
     {Action::ClaimReview}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"claim:M1"_s,    u"  -  .  -  -  A  A  .  . | -  -  -  -  | -  -  - "_s},
        {u"claim:M2"_s,    u"  .  .  .  -  A  A  .  . | .  -  -  -  | -  .  - "_s},
        {u"claim:M3"_s,    u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"claim:M4"_s,    u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §5: rule sets and district settings (SLA, sensitive words, review
    // chains) are kept by the district, or the city for any district; every unit of the
    // district reads the rules it is scored by.
    {u"rule sets are visible in the subtree and below the district"_s, {Action::Read}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"rules:D1"_s,    u"  A  A  A  A  A  A  A  . | A  A  A  A  | A  A  A "_s},
        {u"rules:D2"_s,    u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
    }},
    {u"the district (or the city) edits the rule set"_s, {Action::RuleSetEdit}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"rules:D1"_s,    u"  -  -  -  -  A  A  -  . | -  -  -  -  | -  -  - "_s},
        {u"rules:D2"_s,    u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
    }},
    {u"settings are visible in the subtree"_s, {Action::Read}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"settings:D1"_s, u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"settings:D2"_s, u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
    }},
    {u"the district (or the city) edits the district settings"_s,
     {Action::DistrictSettingsEdit}, {
        //                      wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"settings:D1"_s, u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"settings:D2"_s, u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
    }},
    // PRODUCT.md §5: a district publishes (freezes) its quarter; communities then see
    // their own row. Publishing acts on the district's quarter, not on a community's row.
    {u"assessments are visible in the subtree"_s, {Action::Read}, {
        //                         wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"assessment:D1"_s, u"  .  .  .  .  A  A  .  . | .  .  A  A  | .  .  A "_s},
        {u"assessment:D2"_s, u"  .  .  .  .  .  A  .  . | .  .  .  A  | .  .  . "_s},
        {u"assessment:M1"_s, u"  A  .  A  A  A  A  .  . | A  A  A  A  | A  A  A "_s},
    }},
    {u"the district (or the city) publishes the district's quarter"_s,
     {Action::AssessmentPublish}, {
        //                         wM wG dM sS dD cC pD pC | vM vS vD vC | xS xM xD
        {u"assessment:D1"_s, u"  .  .  .  .  A  A  .  . | .  .  -  -  | .  .  - "_s},
        {u"assessment:D2"_s, u"  .  .  .  .  .  A  .  . | .  .  .  -  | .  .  . "_s},
        {u"assessment:M1"_s, u"  -  .  -  -  -  -  .  . | -  -  -  -  | -  -  - "_s},
    }},
    };
}
// clang-format on

// The kind of record each action works on (Read works on all of them).
Kind kindOf(Action action)
{
    switch (action) {
    case Action::Read:
    case Action::OrgManage:
        return Kind::OrgUnit;
    case Action::UserManage:
        return Kind::User;
    case Action::NoticeSave:
    case Action::NoticeSubmit:
    case Action::NoticeWithdraw:
    case Action::NoticeApprove:
    case Action::NoticeReject:
    case Action::NoticePublish:
        return Kind::Notice;
    case Action::FansImport:
        return Kind::FanDay;
    case Action::TaskIssue:
    case Action::TaskSubmit:
        return Kind::Task;
    case Action::ClaimSubmit:
    case Action::ClaimReview:
        return Kind::Claim;
    case Action::RuleSetEdit:
        return Kind::RuleSet;
    case Action::AssessmentPublish:
        return Kind::Assessment;
    case Action::DistrictSettingsEdit:
        return Kind::Settings;
    default:
        return Kind::Complaint;
    }
}

std::optional<Verdict> verdictOf(QStringView cell)
{
    if (cell == u"A")
        return Verdict::Allowed;
    if (cell == u"-")
        return Verdict::Forbidden;
    if (cell == u".")
        return Verdict::NotFound;
    return std::nullopt;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return u"Allowed"_s;
    case Verdict::Forbidden:
        return u"Forbidden"_s;
    case Verdict::NotFound:
        return u"NotFound"_s;
    }
    return u"?"_s;
}

QStringList cellsOf(const QString &row)
{
    QStringList cells = row.split(u' ', Qt::SkipEmptyParts);
    cells.removeAll(u"|"_s);
    return cells;
}

// One expanded case of the matrix.
struct Case
{
    qsizetype actor;
    Action action;
    QString subject;
    Verdict expected;
};

QList<Case> expandedCases()
{
    QList<Case> cases;
    const Fixture &f = fixture();
    for (const auto &table : specification()) {
        for (const auto &row : table.rows) {
            const QStringList cells = cellsOf(row.cells);
            for (qsizetype column = 0; column < cells.size() && column < f.actors.size();
                 ++column) {
                const auto verdict = verdictOf(cells[column]);
                if (!verdict)
                    continue; // reported by specificationIsComplete()
                for (const Action action : table.actions)
                    cases.append({ column, action, row.subject, *verdict });
            }
        }
    }
    return cases;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specificationIsComplete();
    void permitMatchesSpecification_data();
    void permitMatchesSpecification();
    void actorWithoutUnitSeesNothing();
    void mayReadIsPermitRead();
};

// The tables must be well formed and cover the whole cross product: every action, every
// subject of the action's kind, every actor; NotFound must not depend on the action.
void TestPermissions::specificationIsComplete()
{
    const Fixture &f = fixture();
    const auto tables = specification();
    QHash<int, QSet<QString>> covered; // action -> subjects
    QHash<QString, QString> notFoundPattern; // subject -> pattern of '.' cells
    QStringList problems;
    for (const auto &table : tables) {
        QVERIFY2(!table.actions.isEmpty(), qPrintable(table.rule));
        for (const auto &row : table.rows) {
            const auto it = f.subjects.constFind(row.subject);
            if (it == f.subjects.constEnd()) {
                problems << u"unknown subject "_s + row.subject + u" in: "_s + table.rule;
                continue;
            }
            const QStringList cells = cellsOf(row.cells);
            if (cells.size() != f.actors.size())
                problems << u"row "_s + row.subject + u" has "_s + QString::number(cells.size())
                        + u" cells in: "_s + table.rule;
            QString pattern;
            for (const auto &cell : cells) {
                if (!verdictOf(cell))
                    problems << u"bad cell '"_s + cell + u"' in "_s + row.subject + u": "_s
                            + table.rule;
                pattern += cell == u"." ? u'.' : u'v';
            }
            // API.md: 404 for what is outside the subtree, whatever the request.
            const auto seen = notFoundPattern.constFind(row.subject);
            if (seen == notFoundPattern.constEnd())
                notFoundPattern.insert(row.subject, pattern);
            else if (*seen != pattern)
                problems << u"visibility of "_s + row.subject + u" differs in: "_s + table.rule;
            for (const Action action : table.actions) {
                if (action != Action::Read && it->subject.kind != kindOf(action))
                    problems << actionName(action) + u" listed for "_s + row.subject;
                if (covered[int(action)].contains(row.subject))
                    problems << actionName(action) + u" twice for "_s + row.subject;
                covered[int(action)].insert(row.subject);
            }
        }
    }
    qsizetype cases = 0;
    for (const Action action : kAllActions) {
        for (const auto &id : f.subjectOrder) {
            const Kind kind = f.subjects[id].subject.kind;
            if (action != Action::Read && kind != kindOf(action))
                continue;
            if (!covered.value(int(action)).contains(id))
                problems << u"no expectation for "_s + actionName(action) + u" on "_s + id;
            else
                cases += f.actors.size();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(expandedCases().size(), cases);
    qInfo("permission matrix: %lld cases (%lld actors x %lld subjects, each action on every "
          "subject of its kind, Read on all)",
        qlonglong(cases), qlonglong(f.actors.size()), qlonglong(f.subjectOrder.size()));
}

void TestPermissions::permitMatchesSpecification_data()
{
    QTest::addColumn<qsizetype>("actor");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("expected");
    const Fixture &f = fixture();
    for (const auto &c : expandedCases()) {
        const QString tag
            = f.actors[c.actor].column + u' ' + actionName(c.action) + u' ' + c.subject;
        QTest::newRow(qPrintable(tag)) << c.actor << int(c.action) << c.subject << int(c.expected);
    }
}

void TestPermissions::permitMatchesSpecification()
{
    QFETCH(qsizetype, actor);
    QFETCH(int, action);
    QFETCH(QString, subject);
    QFETCH(int, expected);
    const Fixture &f = fixture();
    const NamedActor &who = f.actors[actor];
    const NamedSubject &what = f.subjects[subject];
    const auto act = Action(action);
    const Verdict actual = permit(who.actor, act, what.subject);
    const QString message = who.description + u" may "_s + actionName(act) + u" on "_s
        + what.description + u" ["_s + relation(who.actor, what.subject) + u"]: expected "_s
        + verdictName(Verdict(expected)) + u", got "_s + verdictName(actual);
    QVERIFY2(actual == Verdict(expected), qPrintable(message));
}

// An account without a unit (not yet placed in the tree) sees nothing, not even the city.
void TestPermissions::actorWithoutUnitSeesNothing()
{
    const Fixture &f = fixture();
    const Actor nobody { u"new.user"_s, Role::City, {}, Level::City, {} };
    for (const auto &id : f.subjectOrder) {
        for (const Action action : kAllActions) {
            QVERIFY2(permit(nobody, action, f.subjects[id].subject) == Verdict::NotFound,
                qPrintable(actionName(action) + u" on "_s + id));
        }
    }
}

void TestPermissions::mayReadIsPermitRead()
{
    const Fixture &f = fixture();
    for (const auto &who : f.actors) {
        for (const auto &id : f.subjectOrder) {
            const Subject &s = f.subjects[id].subject;
            QCOMPARE(mayRead(who.actor, s), permit(who.actor, Action::Read, s) == Verdict::Allowed);
        }
    }
    // Spot checks by hand: a worker reads its own community's complaint, not its sibling's.
    QVERIFY(mayRead(f.actors[0].actor, f.subjects[u"c:M1@M1"_s].subject));
    QVERIFY(!mayRead(f.actors[0].actor, f.subjects[u"c:M2@M2"_s].subject));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
