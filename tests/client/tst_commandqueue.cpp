// Optimistic local changes and their outbox: applied and queued together, rolled back
// exactly when the server refuses them, with the user's other pending changes kept on top.

#include "domain/permissions.h"
#include "store/cachedatabase.h"
#include "store/commandqueue.h"
#include "store/outbox.h"
#include "store/recordstore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic;
using store::OutboxEntry;

namespace {

QJsonObject unit(int households, const QString &name = u"清泉社区"_s)
{
    return QJsonObject{{u"code"_s, u"210111001003"_s}, {u"name"_s, name}, {u"level"_s, u"community"_s},
                       {u"parent"_s, u"210111001"_s},   {u"path"_s, u"/210100/210111/210111001/210111001003/"_s},
                       {u"district"_s, u"210111"_s},   {u"households"_s, households}};
}

store::Command setHouseholds(int households)
{
    return store::Command{u"org.update"_s, {{u"code"_s, u"210111001003"_s}, {u"households"_s, households}}, std::nullopt};
}

} // namespace

class TestCommandQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<store::RecordStore> m_records;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<store::CommandQueue> m_queue;
    domain::Actor m_district{u"u-district"_s, domain::Role::District, u"210111"_s, domain::Level::District,
                             u"/210100/210111/"_s};
    domain::Actor m_worker{u"u-worker"_s, domain::Role::Worker, u"210111001003"_s, domain::Level::Community,
                           u"/210100/210111/210111001/210111001003/"_s};

    int households()
    {
        return m_records->get(u"org_unit"_s, u"210111001003"_s)->data.value(u"households"_s).toInt();
    }

private Q_SLOTS:
    void init()
    {
        const QString name = u"c%1"_s.arg(++m_round);
        QVERIFY(!store::CacheDatabase::openWriter(m_dir.filePath(name + u".sqlite"_s), name));
        QSqlDatabase db = QSqlDatabase::database(name);
        m_records = std::make_unique<store::RecordStore>(db);
        m_outbox = std::make_unique<store::Outbox>(db);
        m_queue = std::make_unique<store::CommandQueue>(*m_records, *m_outbox);
        QVERIFY(m_records->applyPulled(u"org_unit"_s, u"210111001003"_s, 1, false, unit(3000)));
    }

    void cleanup()
    {
        m_queue.reset();
        m_outbox.reset();
        m_records.reset();
        store::CacheDatabase::close(u"c%1"_s.arg(m_round));
    }

    void submitAppliesAndQueuesTogether()
    {
        const auto result = m_queue->submit(m_district, setHouseholds(3100), 1000);
        QVERIFY(result.ok());
        QCOMPARE(result.changedKinds, QStringList{u"org_unit"_s});
        QCOMPARE(households(), 3100);
        QCOMPARE(m_records->get(u"org_unit"_s, u"210111001003"_s)->version, 2);
        QVERIFY(m_records->hasShadow(u"org_unit"_s, u"210111001003"_s));
        const auto pending = m_outbox->pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).opId, result.opId);
        QCOMPARE(pending.at(0).type, u"org.update"_s);
        QCOMPARE(pending.at(0).touches, QStringList{u"org_unit/210111001003"_s});
        QCOMPARE(pending.at(0).toOp().value(u"payload"_s).toObject().value(u"households"_s).toInt(), 3100);
    }

    void refusedLocallyQueuesNothing()
    {
        // A worker may not edit units: refused here as the server would.
        const auto refused = m_queue->submit(m_worker, setHouseholds(1), 1000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode, u"forbidden"_s);
        const auto unknown = m_queue->submit(m_district, store::Command{u"no.such"_s, {}, std::nullopt}, 1000);
        QVERIFY(!unknown.ok());
        QCOMPARE(m_outbox->pendingCount(), 0);
        QCOMPARE(households(), 3000);
        QVERIFY(!m_records->hasShadow(u"org_unit"_s, u"210111001003"_s));
    }

    void aRefusalRestoresTheServerCopyAndReplaysLaterChanges()
    {
        const auto first = m_queue->submit(m_district, setHouseholds(3100), 1000);
        const auto second = m_queue->submit(m_district,
                                            store::Command{u"org.update"_s,
                                                           {{u"code"_s, u"210111001003"_s}, {u"name"_s, u"清泉新区社区"_s}},
                                                           std::nullopt},
                                            2000);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(households(), 3100);
        const QJsonObject error{{u"code"_s, u"conflict"_s}, {u"message"_s, u"changed since version 1"_s}};
        QVERIFY(m_queue->settleRefused(first.opId, OutboxEntry::State::Conflict, error, m_district));
        // Back to the server's households, but the later rename is still shown.
        QCOMPARE(households(), 3000);
        QCOMPARE(m_records->get(u"org_unit"_s, u"210111001003"_s)->data.value(u"name"_s).toString(), u"清泉新区社区"_s);
        QVERIFY(m_records->hasShadow(u"org_unit"_s, u"210111001003"_s));
        const auto problems = m_outbox->problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).opId, first.opId);
        QCOMPARE(problems.at(0).state, OutboxEntry::State::Conflict);
        QCOMPARE(problems.at(0).lastError, error);
        QCOMPARE(m_outbox->pendingCount(), 1);
        // The rename is applied on the server: nothing is pending, the shadow goes.
        QVERIFY(m_queue->settleApplied(second.opId));
        QVERIFY(!m_records->hasShadow(u"org_unit"_s, u"210111001003"_s));
        QCOMPARE(m_outbox->pendingCount(), 0);
    }

    void pullsDoNotOverwritePendingChanges()
    {
        const auto op = m_queue->submit(m_district, setHouseholds(3100), 1000);
        // Someone else's change arrives before ours is sent: it waits in the shadow.
        QVERIFY(m_records->applyPulled(u"org_unit"_s, u"210111001003"_s, 2, false, unit(2900, u"清泉社区（新）"_s)));
        QCOMPARE(households(), 3100);
        // Ours is refused: the newer server copy comes back, not the old one.
        QVERIFY(m_queue->settleRefused(op.opId, OutboxEntry::State::Rejected, {{u"code"_s, u"forbidden"_s}}, m_district));
        QCOMPARE(households(), 2900);
        QCOMPARE(m_records->get(u"org_unit"_s, u"210111001003"_s)->version, 2);
        QCOMPARE(m_records->get(u"org_unit"_s, u"210111001003"_s)->data.value(u"name"_s).toString(), u"清泉社区（新）"_s);
    }

    void retryAndDiscard()
    {
        const auto op = m_queue->submit(m_district, setHouseholds(3100), 1000);
        QVERIFY(m_queue->settleRefused(op.opId, OutboxEntry::State::Rejected, {{u"code"_s, u"forbidden"_s}}, m_district));
        QCOMPARE(households(), 3000);
        QVERIFY(!m_queue->discard(u"no-such-op"_s));
        QVERIFY(m_queue->retry(op.opId, m_district, 5000));
        QCOMPARE(households(), 3100);
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(m_outbox->entry(op.opId)->attempts, 1);
        QVERIFY(!m_queue->discard(op.opId)); // pending changes are not discarded, only refused ones
        QVERIFY(m_queue->settleRefused(op.opId, OutboxEntry::State::Rejected, {{u"code"_s, u"forbidden"_s}}, m_district));
        QVERIFY(m_queue->discard(op.opId));
        QCOMPARE(m_outbox->problemCount(), 0);
        QCOMPARE(households(), 3000);
    }

    void anEditedChangeReplacesTheRefusedOneAtomically()
    {
        const auto op = m_queue->submit(m_district, setHouseholds(3100), 1000);
        QVERIFY(m_queue->settleRefused(op.opId, OutboxEntry::State::Conflict, {{u"code"_s, u"conflict"_s}}, m_district));
        // Pending changes cannot be "edited": only refused ones.
        const auto pendingOp = m_queue->submit(m_district, setHouseholds(3200), 1500);
        QVERIFY(!m_queue->resubmit(pendingOp.opId, m_district, setHouseholds(1), 1600).ok());
        QVERIFY(m_queue->settleApplied(pendingOp.opId));
        const auto edited = m_queue->resubmit(op.opId, m_district, setHouseholds(3150), 2000);
        QVERIFY(edited.ok());
        QVERIFY(edited.opId != op.opId);
        QVERIFY(!m_outbox->entry(op.opId));
        QCOMPARE(m_outbox->problemCount(), 0);
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(m_outbox->pending().at(0).payload.value(u"households"_s).toInt(), 3150);
        QCOMPARE(households(), 3150);
        // An edit the rules refuse changes nothing: the refused change stays for the user.
        QVERIFY(m_queue->settleRefused(edited.opId, OutboxEntry::State::Rejected, {{u"code"_s, u"forbidden"_s}},
                                       m_district));
        const auto refused = m_queue->resubmit(edited.opId, m_worker, setHouseholds(1), 3000);
        QVERIFY(!refused.ok());
        QVERIFY(m_outbox->entry(edited.opId));
        QCOMPARE(m_outbox->problemCount(), 1);
    }

    void resetKeepsTheOutbox()
    {
        const auto op = m_queue->submit(m_district, setHouseholds(3100), 1000);
        QVERIFY(m_records->setCursor(99));
        QVERIFY(m_records->clearRecords());
        QCOMPARE(m_records->cursor(), 0);
        QVERIFY(!m_records->get(u"org_unit"_s, u"210111001003"_s));
        QCOMPARE(m_outbox->pendingCount(), 1);
        QCOMPARE(m_outbox->pending().at(0).opId, op.opId);
    }
};

QTEST_GUILESS_MAIN(TestCommandQueue)
#include "tst_commandqueue.moc"
