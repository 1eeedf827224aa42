// The organisation tree of PRODUCT.md §1 and the unit paths the visibility rule and the
// subtree index ranges are built on.

#include "domain/org.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

// A realistic slice of a city: two districts, streets, communities with households, two
// grids, a department under a district and one under the city.
//
//   210100 沈阳市
//   ├─ 210100901 市交通局 (department)
//   ├─ 210102 和平区
//   │  └─ 210102001 太原街街道
//   │     ├─ 210102001001 北市社区 2100 户
//   │     └─ 210102001002 南市社区 1900 户
//   └─ 210111 苏家屯区
//      ├─ 210111001 临湖街道 (carries a stale total of 6000 that must not be counted)
//      │  ├─ 210111001001 河畔社区 3200 户
//      │  │  ├─ 21011100100101 一网格 (800 户 of the community's, not counted twice)
//      │  │  └─ 21011100100102 二网格 (900 户)
//      │  └─ 210111001002 湖西社区 2800 户
//      ├─ 210111002 民主街道
//      │  └─ 210111002001 枫杨社区 1500 户
//      └─ 210111900 区城管委 (department)
OrgUnit unit(const QString &code, const QString &name, Level level, const QString &parentPath,
    const QString &parentCode, int households = 0)
{
    // Paths written out in full rather than built with childPath(), which is under test.
    return OrgUnit { code, name, level, parentCode, parentPath + code + u'/', households };
}

QList<OrgUnit> cityUnits()
{
    const QString c = u"/210100/"_s;
    const QString d1 = u"/210100/210111/"_s;
    const QString s1 = u"/210100/210111/210111001/"_s;
    const QString m1 = u"/210100/210111/210111001/210111001001/"_s;
    const QString s2 = u"/210100/210111/210111002/"_s;
    const QString d2 = u"/210100/210102/"_s;
    const QString s3 = u"/210100/210102/210102001/"_s;
    // Deliberately not in tree order: the tree must sort children by code itself.
    return {
        unit(u"210111002001"_s, u"枫杨社区"_s, Level::Community, s2, u"210111002"_s, 1500),
        unit(u"210111"_s, u"苏家屯区"_s, Level::District, c, u"210100"_s),
        unit(u"21011100100102"_s, u"二网格"_s, Level::Grid, m1, u"210111001001"_s, 900),
        unit(u"210111900"_s, u"区城管委"_s, Level::Department, d1, u"210111"_s),
        unit(u"210111002"_s, u"民主街道"_s, Level::Street, d1, u"210111"_s),
        unit(u"210111001002"_s, u"湖西社区"_s, Level::Community, s1, u"210111001"_s, 2800),
        unit(u"210102"_s, u"和平区"_s, Level::District, c, u"210100"_s),
        unit(u"210111001"_s, u"临湖街道"_s, Level::Street, d1, u"210111"_s, 6000),
        unit(u"210100901"_s, u"市交通局"_s, Level::Department, c, u"210100"_s),
        unit(u"21011100100101"_s, u"一网格"_s, Level::Grid, m1, u"210111001001"_s, 800),
        unit(u"210102001002"_s, u"南市社区"_s, Level::Community, s3, u"210102001"_s, 1900),
        OrgUnit { u"210100"_s, u"沈阳市"_s, Level::City, {}, c, 0 },
        unit(u"210111001001"_s, u"河畔社区"_s, Level::Community, s1, u"210111001"_s, 3200),
        unit(u"210102001"_s, u"太原街街道"_s, Level::Street, d2, u"210102"_s),
        unit(u"210102001001"_s, u"北市社区"_s, Level::Community, s3, u"210102001"_s, 2100),
    };
}

QStringList codesOf(const QList<const OrgUnit *> &units)
{
    QStringList codes;
    for (const auto *u : units)
        codes.append(u ? u->code : u"(null)"_s);
    return codes;
}

constexpr Level kAllLevels[] = { Level::City, Level::District, Level::Street, Level::Community,
    Level::Grid, Level::Department };

} // namespace

class TestOrgTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookups();
    void subtreeIsDepthFirstByCode_data();
    void subtreeIsDepthFirstByCode();
    void ancestors_data();
    void ancestors();
    void ancestorAt_data();
    void ancestorAt();
    void isWithin_data();
    void isWithin();
    void childrenAreSortedByCode();
    void householdsCountCommunitiesOnly_data();
    void householdsCountCommunitiesOnly();
    void roots();
    void insertReplacesAUnitThatMoved();
    void insertReplacesInPlace();

    void pathWithin_data();
    void pathWithin();
    void childPath();
    void pathCodes_data();
    void pathCodes();
    void subtreeEndBoundsExactlyTheSubtree_data();
    void subtreeEndBoundsExactlyTheSubtree();
    void subtreeEndOfEmpty();
    void isValidUnitCode_data();
    void isValidUnitCode();
    void levelNamesRoundTrip();
    void unknownLevelNames();
    void parentLevels();
    void mayContainEveryPair_data();
    void mayContainEveryPair();
};

void TestOrgTree::lookups()
{
    const OrgTree tree(cityUnits());
    QCOMPARE(tree.size(), 15);
    QVERIFY(tree.contains(u"210111001001"));
    QVERIFY(!tree.contains(u"210111001003"));
    QVERIFY(!tree.contains(u""));
    const OrgUnit *community = tree.find(u"210111001001");
    QVERIFY(community);
    QCOMPARE(community->name, u"河畔社区"_s);
    QCOMPARE(community->level, Level::Community);
    QCOMPARE(community->parentCode, u"210111001"_s);
    QCOMPARE(community->path, u"/210100/210111/210111001/210111001001/"_s);
    QCOMPARE(community->households, 3200);
    QCOMPARE(tree.find(u"999999"), nullptr);
    QCOMPARE(OrgTree().size(), 0);
    QVERIFY(OrgTree().subtree(u"210100").isEmpty());
}

void TestOrgTree::subtreeIsDepthFirstByCode_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("city") << u"210100"_s
                          << QStringList { u"210100"_s, u"210100901"_s, u"210102"_s, u"210102001"_s,
                                 u"210102001001"_s, u"210102001002"_s, u"210111"_s, u"210111001"_s,
                                 u"210111001001"_s, u"21011100100101"_s, u"21011100100102"_s,
                                 u"210111001002"_s, u"210111002"_s, u"210111002001"_s,
                                 u"210111900"_s };
    QTest::newRow("district") << u"210111"_s
                              << QStringList { u"210111"_s, u"210111001"_s, u"210111001001"_s,
                                     u"21011100100101"_s, u"21011100100102"_s, u"210111001002"_s,
                                     u"210111002"_s, u"210111002001"_s, u"210111900"_s };
    QTest::newRow("street") << u"210111001"_s
                            << QStringList { u"210111001"_s, u"210111001001"_s, u"21011100100101"_s,
                                   u"21011100100102"_s, u"210111001002"_s };
    QTest::newRow("community") << u"210111001001"_s
                               << QStringList { u"210111001001"_s, u"21011100100101"_s,
                                      u"21011100100102"_s };
    QTest::newRow("grid") << u"21011100100102"_s << QStringList { u"21011100100102"_s };
    QTest::newRow("department") << u"210111900"_s << QStringList { u"210111900"_s };
    QTest::newRow("unknown") << u"210103"_s << QStringList {};
}

void TestOrgTree::subtreeIsDepthFirstByCode()
{
    QFETCH(QString, root);
    QFETCH(QStringList, expected);
    const OrgTree tree(cityUnits());
    QCOMPARE(tree.subtree(root), expected);
}

void TestOrgTree::ancestors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("grid") << u"21011100100101"_s
                          << QStringList { u"210100"_s, u"210111"_s, u"210111001"_s,
                                 u"210111001001"_s };
    QTest::newRow("community") << u"210102001002"_s
                               << QStringList { u"210100"_s, u"210102"_s, u"210102001"_s };
    QTest::newRow("district department")
        << u"210111900"_s << QStringList { u"210100"_s, u"210111"_s };
    QTest::newRow("city department") << u"210100901"_s << QStringList { u"210100"_s };
    QTest::newRow("city") << u"210100"_s << QStringList {};
    QTest::newRow("unknown") << u"210103"_s << QStringList {};
}

void TestOrgTree::ancestors()
{
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    const OrgTree tree(cityUnits());
    QCOMPARE(tree.ancestors(code), expected);
}

void TestOrgTree::ancestorAt_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("expected"); // empty: none
    QTest::newRow("grid's street") << u"21011100100101"_s << Level::Street << u"210111001"_s;
    QTest::newRow("grid's community")
        << u"21011100100101"_s << Level::Community << u"210111001001"_s;
    QTest::newRow("grid itself") << u"21011100100101"_s << Level::Grid << u"21011100100101"_s;
    QTest::newRow("grid's district") << u"21011100100101"_s << Level::District << u"210111"_s;
    QTest::newRow("grid's city") << u"21011100100101"_s << Level::City << u"210100"_s;
    QTest::newRow("community itself") << u"210102001001"_s << Level::Community << u"210102001001"_s;
    QTest::newRow("community's district") << u"210102001001"_s << Level::District << u"210102"_s;
    QTest::newRow("no grid above a community") << u"210102001001"_s << Level::Grid << QString();
    QTest::newRow("department's district") << u"210111900"_s << Level::District << u"210111"_s;
    QTest::newRow("no street above a department") << u"210111900"_s << Level::Street << QString();
    QTest::newRow("city department's city") << u"210100901"_s << Level::City << u"210100"_s;
    QTest::newRow("no district above a city department")
        << u"210100901"_s << Level::District << QString();
    QTest::newRow("nothing below asked for") << u"210111"_s << Level::Street << QString();
    QTest::newRow("unknown") << u"210103"_s << Level::City << QString();
}

void TestOrgTree::ancestorAt()
{
    QFETCH(QString, code);
    QFETCH(Level, level);
    QFETCH(QString, expected);
    const OrgTree tree(cityUnits());
    const OrgUnit *found = tree.ancestorAt(code, level);
    if (expected.isEmpty()) {
        QVERIFY2(!found, qPrintable(found ? found->code : QString()));
    } else {
        QVERIFY(found);
        QCOMPARE(found->code, expected);
        QCOMPARE(found->level, level);
    }
}

void TestOrgTree::isWithin_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("expected");
    QTest::newRow("grid in its district") << u"21011100100101"_s << u"210111"_s << true;
    QTest::newRow("grid in the city") << u"21011100100101"_s << u"210100"_s << true;
    QTest::newRow("unit in itself") << u"210111001"_s << u"210111001"_s << true;
    QTest::newRow("district not in its grid") << u"210111"_s << u"21011100100101"_s << false;
    QTest::newRow("sibling community") << u"210111001002"_s << u"210111001001"_s << false;
    QTest::newRow("sibling street") << u"210111002001"_s << u"210111001"_s << false;
    QTest::newRow("other district") << u"210102001001"_s << u"210111"_s << false;
    QTest::newRow("department in its district") << u"210111900"_s << u"210111"_s << true;
    QTest::newRow("department not in a street") << u"210111900"_s << u"210111001"_s << false;
    QTest::newRow("city department not in a district") << u"210100901"_s << u"210111"_s << false;
    QTest::newRow("unknown unit") << u"210111001003"_s << u"210111"_s << false;
    QTest::newRow("unknown root") << u"210111001001"_s << u"210103"_s << false;
}

void TestOrgTree::isWithin()
{
    QFETCH(QString, code);
    QFETCH(QString, root);
    QFETCH(bool, expected);
    const OrgTree tree(cityUnits());
    QCOMPARE(tree.isWithin(code, root), expected);
}

void TestOrgTree::childrenAreSortedByCode()
{
    const OrgTree tree(cityUnits());
    QCOMPARE(codesOf(tree.children(u"210100")),
        (QStringList { u"210100901"_s, u"210102"_s, u"210111"_s }));
    QCOMPARE(codesOf(tree.children(u"210111")),
        (QStringList { u"210111001"_s, u"210111002"_s, u"210111900"_s }));
    QCOMPARE(codesOf(tree.children(u"210111001001")),
        (QStringList { u"21011100100101"_s, u"21011100100102"_s }));
    QVERIFY(tree.children(u"21011100100101").isEmpty());
    QVERIFY(tree.children(u"210103").isEmpty());
    for (const auto *child : tree.children(u"210111001"))
        QCOMPARE(child->parentCode, u"210111001"_s);
}

void TestOrgTree::householdsCountCommunitiesOnly_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("expected");
    // PRODUCT.md §1/§4: penetration uses the households of the communities; grids split a
    // community's households and a street's own figure is not added again.
    QTest::newRow("city") << u"210100"_s << qint64(3200 + 2800 + 1500 + 2100 + 1900);
    QTest::newRow("district") << u"210111"_s << qint64(3200 + 2800 + 1500);
    QTest::newRow("other district") << u"210102"_s << qint64(2100 + 1900);
    QTest::newRow("street with a stale total") << u"210111001"_s << qint64(3200 + 2800);
    QTest::newRow("community with grids") << u"210111001001"_s << qint64(3200);
    QTest::newRow("grid") << u"21011100100101"_s << qint64(0);
    QTest::newRow("department") << u"210111900"_s << qint64(0);
    QTest::newRow("unknown") << u"210103"_s << qint64(0);
}

void TestOrgTree::householdsCountCommunitiesOnly()
{
    QFETCH(QString, code);
    QFETCH(qint64, expected);
    const OrgTree tree(cityUnits());
    QCOMPARE(tree.households(code), expected);
}

void TestOrgTree::roots()
{
    const OrgTree tree(cityUnits());
    QCOMPARE(codesOf(tree.roots()), QStringList { u"210100"_s });

    // A client whose user sees two districts but not the city above them: both are roots
    // of what it holds, in code order.
    QList<OrgUnit> partial;
    for (const auto &u : cityUnits()) {
        if (u.path.startsWith(u"/210100/210111/") || u.path.startsWith(u"/210100/210102/"))
            partial.append(u);
    }
    const OrgTree forest(partial);
    QCOMPARE(codesOf(forest.roots()), (QStringList { u"210102"_s, u"210111"_s }));
    QCOMPARE(forest.subtree(u"210111").size(), 9);
    QVERIFY(OrgTree().roots().isEmpty());
}

void TestOrgTree::insertReplacesAUnitThatMoved()
{
    OrgTree tree(cityUnits());
    // 枫杨社区 is moved from 民主街道 to 临湖街道 (a boundary change).
    OrgUnit moved = *tree.find(u"210111002001");
    moved.parentCode = u"210111001"_s;
    moved.path = u"/210100/210111/210111001/210111002001/"_s;
    moved.name = u"枫杨社区（新）"_s;
    tree.insert(moved);

    QCOMPARE(tree.size(), 15);
    QVERIFY(tree.children(u"210111002").isEmpty());
    QCOMPARE(codesOf(tree.children(u"210111001")),
        (QStringList { u"210111001001"_s, u"210111001002"_s, u"210111002001"_s }));
    QCOMPARE(tree.subtree(u"210111002"), QStringList { u"210111002"_s });
    QCOMPARE(tree.subtree(u"210111001"),
        (QStringList { u"210111001"_s, u"210111001001"_s, u"21011100100101"_s, u"21011100100102"_s,
            u"210111001002"_s, u"210111002001"_s }));
    QCOMPARE(tree.find(u"210111002001")->name, u"枫杨社区（新）"_s);
    QCOMPARE(tree.ancestors(u"210111002001"),
        (QStringList { u"210100"_s, u"210111"_s, u"210111001"_s }));
    QCOMPARE(tree.ancestorAt(u"210111002001", Level::Street)->code, u"210111001"_s);
    QVERIFY(tree.isWithin(u"210111002001", u"210111001"));
    QVERIFY(!tree.isWithin(u"210111002001", u"210111002"));
    QCOMPARE(tree.households(u"210111001"), qint64(3200 + 2800 + 1500));
    QCOMPARE(tree.households(u"210111002"), qint64(0));
    QCOMPARE(tree.households(u"210111"), qint64(3200 + 2800 + 1500));
}

void TestOrgTree::insertReplacesInPlace()
{
    OrgTree tree(cityUnits());
    OrgUnit renamed = *tree.find(u"210111001002");
    renamed.households = 3000;
    tree.insert(renamed);
    tree.insert(renamed); // a second pull of the same version changes nothing
    QCOMPARE(tree.size(), 15);
    QCOMPARE(codesOf(tree.children(u"210111001")),
        (QStringList { u"210111001001"_s, u"210111001002"_s }));
    QCOMPARE(tree.households(u"210111001"), qint64(3200 + 3000));

    // A new unit appears among its siblings in code order.
    tree.insert(unit(u"210111001000"_s, u"新建社区"_s, Level::Community,
        u"/210100/210111/210111001/"_s, u"210111001"_s, 100));
    QCOMPARE(tree.size(), 16);
    QCOMPARE(codesOf(tree.children(u"210111001")),
        (QStringList { u"210111001000"_s, u"210111001001"_s, u"210111001002"_s }));
    QCOMPARE(tree.households(u"210111"), qint64(100 + 3200 + 3000 + 1500));
}

void TestOrgTree::pathWithin_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("expected");
    QTest::newRow("itself") << u"/1/2/"_s << u"/1/2/"_s << true;
    QTest::newRow("child") << u"/1/2/3/"_s << u"/1/2/"_s << true;
    QTest::newRow("grandchild") << u"/1/2/3/4/"_s << u"/1/2/"_s << true;
    QTest::newRow("parent") << u"/1/"_s << u"/1/2/"_s << false;
    QTest::newRow("sibling") << u"/1/3/"_s << u"/1/2/"_s << false;
    QTest::newRow("sibling whose code extends the root's") << u"/1/21/"_s << u"/1/2/"_s << false;
    QTest::newRow("child of that sibling") << u"/1/21/5/"_s << u"/1/2/"_s << false;
    QTest::newRow("root whose code extends the path's") << u"/1/2/"_s << u"/1/21/"_s << false;
    QTest::newRow("real codes, prefix sibling")
        << u"/210100/2101110/"_s << u"/210100/210111/"_s << false;
    QTest::newRow("real codes, inside")
        << u"/210100/210111/210111001/"_s << u"/210100/210111/"_s << true;
    QTest::newRow("empty root sees nothing") << u"/1/"_s << QString() << false;
    QTest::newRow("empty path") << QString() << u"/1/"_s << false;
}

void TestOrgTree::pathWithin()
{
    QFETCH(QString, path);
    QFETCH(QString, root);
    QFETCH(bool, expected);
    QCOMPARE(civic::domain::pathWithin(path, root), expected);
}

void TestOrgTree::childPath()
{
    QCOMPARE(civic::domain::childPath(u"", u"210100"), u"/210100/"_s);
    QCOMPARE(civic::domain::childPath(u"/210100/", u"210111"), u"/210100/210111/"_s);
    QCOMPARE(
        civic::domain::childPath(u"/210100/210111/", u"210111001"), u"/210100/210111/210111001/"_s);
    // The child's path lies within the parent's, the parent's not within the child's.
    const QString parent = u"/210100/210111/"_s;
    const QString child = civic::domain::childPath(parent, u"210111900");
    QVERIFY(civic::domain::pathWithin(child, parent));
    QVERIFY(!civic::domain::pathWithin(parent, child));
}

void TestOrgTree::pathCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("grid") << u"/210100/210111/210111001/210111001001/21011100100101/"_s
                          << QStringList { u"210100"_s, u"210111"_s, u"210111001"_s,
                                 u"210111001001"_s, u"21011100100101"_s };
    QTest::newRow("city") << u"/210100/"_s << QStringList { u"210100"_s };
    QTest::newRow("codes with - and _") << u"/a-1/b_2/"_s << QStringList { u"a-1"_s, u"b_2"_s };
    QTest::newRow("root only") << u"/"_s << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestOrgTree::pathCodes()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    QCOMPARE(civic::domain::pathCodes(path), expected);
}

void TestOrgTree::subtreeEndBoundsExactlyTheSubtree_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QStringList>("inside");
    QTest::addColumn<QStringList>("outside");
    // Codes use [0-9A-Za-z_-]; '-' sorts below '/', the rest above '0'. Every one of them
    // must fall on the right side of [root, subtreeEnd(root)).
    QTest::newRow("short codes") << u"/1/2/"_s
                                 << QStringList { u"/1/2/"_s, u"/1/2/0/"_s, u"/1/2/-/"_s,
                                        u"/1/2/_/"_s, u"/1/2/zz/"_s, u"/1/2/Z/9/"_s,
                                        u"/1/2/3/4/5/"_s }
                                 << QStringList { u"/1/"_s, u"/1/1/"_s, u"/1/1/9/"_s, u"/1/3/"_s,
                                        u"/1/20/"_s, u"/1/21/"_s, u"/1/21/0/"_s, u"/1/2-/"_s,
                                        u"/1/2-a/"_s, u"/1/2_/"_s, u"/1/2A/"_s, u"/1/2z/"_s,
                                        u"/2/"_s, u"/0/2/"_s };
    QTest::newRow("district") << u"/210100/210111/"_s
                              << QStringList { u"/210100/210111/"_s, u"/210100/210111/210111001/"_s,
                                     u"/210100/210111/210111001/210111001001/21011100100101/"_s,
                                     u"/210100/210111/210111900/"_s }
                              << QStringList { u"/210100/"_s, u"/210100/210102/"_s,
                                     u"/210100/210102/210102001/"_s, u"/210100/2101110/"_s,
                                     u"/210100/210111-x/"_s, u"/210100/2101111/210/"_s,
                                     u"/210100/210112/"_s, u"/210100/210100901/"_s };
    QTest::newRow("city") << u"/210100/"_s
                          << QStringList { u"/210100/"_s, u"/210100/210111/"_s,
                                 u"/210100/210100901/"_s }
                          << QStringList { u"/210101/"_s, u"/2101000/"_s, u"/21010/"_s,
                                 u"/210200/210201/"_s };
}

void TestOrgTree::subtreeEndBoundsExactlyTheSubtree()
{
    QFETCH(QString, root);
    QFETCH(QStringList, inside);
    QFETCH(QStringList, outside);
    const QString end = subtreeEnd(root);
    QVERIFY(root < end);
    // Byte order: compare as UTF-8 the way an SQL index on the path column does.
    const auto inRange = [&](const QString &path) {
        const QByteArray p = path.toUtf8();
        return p >= root.toUtf8() && p < end.toUtf8();
    };
    for (const auto &path : inside) {
        QVERIFY2(civic::domain::pathWithin(path, root), qPrintable(path));
        QVERIFY2(inRange(path), qPrintable(path + u" not in ["_s + root + u", "_s + end + u')'));
    }
    for (const auto &path : outside) {
        QVERIFY2(!civic::domain::pathWithin(path, root), qPrintable(path));
        QVERIFY2(!inRange(path), qPrintable(path + u" in ["_s + root + u", "_s + end + u')'));
    }
    // Sorted like an index, the subtree is one contiguous run starting at the root.
    QStringList all = inside + outside;
    std::sort(all.begin(), all.end(),
        [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    const auto first = all.indexOf(root);
    QVERIFY(first >= 0);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool expectedInside = i >= first && i < first + inside.size();
        QVERIFY2(inside.contains(all[i]) == expectedInside, qPrintable(all[i]));
    }
}

void TestOrgTree::subtreeEndOfEmpty()
{
    // No root path, no range (an actor without a unit must not get the whole table).
    QVERIFY(subtreeEnd(u"").isEmpty());
    QCOMPARE(subtreeEnd(u"/210100/"), u"/2101000"_s);
}

void TestOrgTree::isValidUnitCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");
    QTest::newRow("division code") << u"210111001001"_s << true;
    QTest::newRow("department code") << u"210111-cgw"_s << true;
    QTest::newRow("letters, digits, _ and -") << u"Grid_07-b"_s << true;
    QTest::newRow("one character") << u"7"_s << true;
    QTest::newRow("32 characters") << QString(32, u'9') << true;
    QTest::newRow("33 characters") << QString(33, u'9') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash would split the path") << u"2101/11"_s << false;
    QTest::newRow("space") << u"210 111"_s << false;
    QTest::newRow("dot") << u"210.111"_s << false;
    QTest::newRow("Chinese") << u"河畔社区"_s << false;
    QTest::newRow("full-width digits") << u"２１０"_s << false;
    QTest::newRow("percent") << u"21%"_s << false;
}

void TestOrgTree::isValidUnitCode()
{
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QCOMPARE(civic::domain::isValidUnitCode(code), expected);
}

void TestOrgTree::levelNamesRoundTrip()
{
    // The names travel in the API (user.unit.level) and the database.
    const QStringList expected { u"city"_s, u"district"_s, u"street"_s, u"community"_s, u"grid"_s,
        u"department"_s };
    QStringList names;
    for (const Level level : kAllLevels) {
        const QString name = levelName(level);
        names.append(name);
        QCOMPARE(levelFromName(name), std::optional<Level>(level));
    }
    QCOMPARE(names, expected);
}

void TestOrgTree::unknownLevelNames()
{
    QCOMPARE(levelFromName(u""), std::nullopt);
    QCOMPARE(levelFromName(u"town"), std::nullopt);
    QCOMPARE(levelFromName(u"社区"), std::nullopt);
    QCOMPARE(levelFromName(u"community "), std::nullopt);
}

void TestOrgTree::parentLevels()
{
    QCOMPARE(parentLevelOf(Level::City), std::nullopt);
    QCOMPARE(parentLevelOf(Level::District), std::optional(Level::City));
    QCOMPARE(parentLevelOf(Level::Street), std::optional(Level::District));
    QCOMPARE(parentLevelOf(Level::Community), std::optional(Level::Street));
    QCOMPARE(parentLevelOf(Level::Grid), std::optional(Level::Community));
}

void TestOrgTree::mayContainEveryPair_data()
{
    QTest::addColumn<Level>("parent");
    QTest::addColumn<Level>("child");
    QTest::addColumn<bool>("expected");
    // PRODUCT.md §1: city > district > street > community > grid, no level skipped;
    // departments hang under a district or the city and contain nothing.
    const QList<std::pair<Level, Level>> allowed {
        { Level::City, Level::District },
        { Level::District, Level::Street },
        { Level::Street, Level::Community },
        { Level::Community, Level::Grid },
        { Level::District, Level::Department },
        { Level::City, Level::Department },
    };
    for (const Level parent : kAllLevels) {
        for (const Level child : kAllLevels) {
            const QString tag = levelName(parent) + u" > "_s + levelName(child);
            QTest::newRow(qPrintable(tag))
                << parent << child << allowed.contains(std::pair { parent, child });
        }
    }
}

void TestOrgTree::mayContainEveryPair()
{
    QFETCH(Level, parent);
    QFETCH(Level, child);
    QFETCH(bool, expected);
    QCOMPARE(mayContain(parent, child), expected);
}

QTEST_GUILESS_MAIN(TestOrgTree)
#include "tst_orgtree.moc"
