// The org tree model over the cache: rooted at the user's unit, consistent under
// QAbstractItemModelTester, with badges summed along each path.

#include "item/orgtreemodel.h"
#include "store/cachedatabase.h"
#include "store/recordstore.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic;

namespace {
QJsonObject unit(const QString &code, const QString &name, const QString &level, const QString &parent,
                 const QString &path)
{
    return QJsonObject{{u"code"_s, code}, {u"name"_s, name}, {u"level"_s, level}, {u"parent"_s, parent},
                       {u"path"_s, path}, {u"district"_s, u"210111"_s}, {u"households"_s, 100}};
}
} // namespace

class TestOrgTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<item::OrgTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void put(store::RecordStore &r, const QJsonObject &u)
    {
        QVERIFY(r.applyPulled(u"org_unit"_s, u.value(u"code"_s).toString(), 1, false, u));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!store::CacheDatabase::openWriter(m_dir.filePath(u"c.sqlite"_s), u"w"_s));
        store::RecordStore r(QSqlDatabase::database(u"w"_s));
        put(r, unit(u"210100"_s, u"沈阳市"_s, u"city"_s, {}, u"/210100/"_s));
        put(r, unit(u"210111"_s, u"苏家屯区"_s, u"district"_s, u"210100"_s, u"/210100/210111/"_s));
        put(r, unit(u"210111002"_s, u"民主街道"_s, u"street"_s, u"210111"_s, u"/210100/210111/210111002/"_s));
        put(r, unit(u"210111001"_s, u"湖西街道"_s, u"street"_s, u"210111"_s, u"/210100/210111/210111001/"_s));
        put(r, unit(u"210111-cgw"_s, u"城管委"_s, u"department"_s, u"210111"_s, u"/210100/210111/210111-cgw/"_s));
        put(r, unit(u"210111001001"_s, u"河畔社区"_s, u"community"_s, u"210111001"_s,
                    u"/210100/210111/210111001/210111001001/"_s));
        put(r, unit(u"210111001002"_s, u"林校社区"_s, u"community"_s, u"210111001"_s,
                    u"/210100/210111/210111001/210111001002/"_s));
        m_model = std::make_unique<item::OrgTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void rootedAtTheUsersUnit()
    {
        m_model->load(QSqlDatabase::database(u"w"_s), u"210111"_s);
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex root = m_model->index(0, 0);
        QCOMPARE(root.data().toString(), u"苏家屯区"_s);
        QCOMPARE(m_model->parent(root), QModelIndex());
        // Streets by code, departments after them.
        QCOMPARE(m_model->rowCount(root), 3);
        QCOMPARE(m_model->index(0, 0, root).data().toString(), u"湖西街道"_s);
        QCOMPARE(m_model->index(1, 0, root).data().toString(), u"民主街道"_s);
        QCOMPARE(m_model->index(2, 0, root).data().toString(), u"城管委"_s);
        const QModelIndex hepan = m_model->indexOf(u"210111001001"_s);
        QCOMPARE(hepan.data().toString(), u"河畔社区"_s);
        QCOMPARE(hepan.data(item::OrgTreeModel::LevelRole).toString(), u"community"_s);
        QCOMPARE(m_model->parent(hepan).data(item::OrgTreeModel::CodeRole).toString(), u"210111001"_s);
        // The city above is known to the tree but not shown.
        QVERIFY(!m_model->indexOf(u"210100"_s).isValid());

        m_model->load(QSqlDatabase::database(u"w"_s), u"210111001001"_s);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    }

    void badgesAddUpAlongPaths()
    {
        QSqlQuery q(QSqlDatabase::database(u"w"_s));
        QVERIFY(q.exec(u"CREATE TABLE IF NOT EXISTS badge_source (unit_path TEXT, n INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO badge_source VALUES ('/210100/210111/210111001/210111001001/', 3),"
                       u" ('/210100/210111/210111001/210111001002/', 4), ('/210100/210111/210111002/', 1)"_s));
        item::orgBadges().append({u"open"_s, u"SELECT unit_path, n FROM badge_source"_s, {u"test"_s}});
        m_model->load(QSqlDatabase::database(u"w"_s), u"210111"_s);
        QCOMPARE(m_model->badge(u"210111001001"_s, u"open"_s), 3);
        QCOMPARE(m_model->badge(u"210111001"_s, u"open"_s), 7);
        QCOMPARE(m_model->badge(u"210111002"_s, u"open"_s), 1);
        QCOMPARE(m_model->badge(u"210111"_s, u"open"_s), 8);
        QCOMPARE(m_model->indexOf(u"210111001"_s).data(item::OrgTreeModel::BadgesRole).toMap().value(u"open"_s).toInt(), 7);
        m_model->refreshBadges();
        QCOMPARE(m_model->badge(u"210111"_s, u"open"_s), 8);
        item::orgBadges().clear();
    }

    void reloadFollowsTheCache()
    {
        {
            store::RecordStore r(QSqlDatabase::database(u"w"_s));
            put(r, unit(u"210111001003"_s, u"清泉社区"_s, u"community"_s, u"210111001"_s,
                        u"/210100/210111/210111001/210111001003/"_s));
        }
        m_model->load(QSqlDatabase::database(u"w"_s), u"210111"_s);
        QCOMPARE(m_model->rowCount(m_model->indexOf(u"210111001"_s)), 3);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        store::CacheDatabase::close(u"w"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrgTreeModel)
#include "tst_orgtreemodel.moc"
