#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "domain/permissions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace {

// A slice of a city: district 苏家屯 with two streets, a community with a grid in the first,
// a community in the second, the district's 城管委, a neighbouring district with its own
// department, and a city department.
OrgUnit unit(const QString &code, Level level, const OrgUnit *parent)
{
    OrgUnit u;
    u.code = code;
    u.name = code;
    u.level = level;
    u.parentCode = parent ? parent->code : QString();
    u.path = childPath(parent ? QStringView(parent->path) : QStringView(), code);
    return u;
}

const OrgUnit kCity = unit(u"210100"_s, Level::City, nullptr);
const OrgUnit kDistrict = unit(u"210111"_s, Level::District, &kCity);
const OrgUnit kStreet = unit(u"210111001"_s, Level::Street, &kDistrict);
const OrgUnit kStreet2 = unit(u"210111002"_s, Level::Street, &kDistrict);
const OrgUnit kCommunity = unit(u"210111001001"_s, Level::Community, &kStreet);
const OrgUnit kCommunity2 = unit(u"210111002001"_s, Level::Community, &kStreet2);
const OrgUnit kGrid = unit(u"210111001001g01"_s, Level::Grid, &kCommunity);
const OrgUnit kDept = unit(u"sjt-cgw"_s, Level::Department, &kDistrict);
const OrgUnit kDistrict2 = unit(u"210112"_s, Level::District, &kCity);
const OrgUnit kDept2 = unit(u"hp-cgw"_s, Level::Department, &kDistrict2);
const OrgUnit kCityDept = unit(u"sy-sjw"_s, Level::Department, &kCity);

const qint64 kT0 = *parseIsoTime(u"2026-07-01T00:00:00+08:00");
constexpr qint64 kSecond = 1000;

qint64 hours(double h)
{
    return kT0 + qint64(h * double(kHourMs));
}

void handleAt(ComplaintState &s, const OrgUnit &u)
{
    s.handlingCode = u.code;
    s.handlingLevel = u.level;
    s.handlingPath = u.path;
}

// A fresh complaint filed at 河畔社区 at kT0.
ComplaintState fresh(const QString &id = u"c1"_s)
{
    NewComplaint input;
    input.id = id;
    input.nickname = u"王师傅"_s;
    input.content = u"楼下餐馆油烟太大"_s;
    input.submittedAt = kT0;
    const auto created = ComplaintWorkflow::create(input, kCommunity);
    Q_ASSERT(created.ok());
    return *created.state;
}

ComplaintState mustOk(const ComplaintResult &result)
{
    if (!result.ok())
        qFatal("unexpected refusal %s", qPrintable(result.error.code));
    return *result.state;
}

// The fixture of the status table: handled by the district after two escalations (by a
// district department when transferred), all six service-example facts present when
// resolved or closed, so only the status decides.
ComplaintState inStatus(ComplaintStatus status)
{
    ComplaintState s = fresh();
    s.status = status;
    s.everEscalated = true;
    s.escalations = { Level::Street, Level::District };
    s.lastEscalatedAt = hours(2);
    handleAt(s, kDistrict);
    s.version = 5;
    if (status == ComplaintStatus::Transferred) {
        handleAt(s, kDept);
        s.transferredByCode = kDistrict.code;
        s.transferredByLevel = Level::District;
        s.transferredByPath = kDistrict.path;
        s.departments = { kDept.code };
    }
    if (status == ComplaintStatus::Resolved || status == ComplaintStatus::Closed) {
        s.firstReplyAt = hours(1);
        s.resolvedAt = hours(20);
        s.resolution = u"已协调城管整改烟道"_s;
        s.finalReply = u"您好，烟道已整改"_s;
        s.satisfaction = Satisfaction::Satisfied;
    }
    if (status == ComplaintStatus::Closed)
        s.closedAt = hours(30);
    return s;
}

// Applies an action by its command name with valid inputs; merge returns the duplicate.
ComplaintResult apply(const ComplaintState &s, ComplaintAction action, qint64 now)
{
    switch (action) {
    case ComplaintAction::Reply:
        return ComplaintWorkflow::reply(s, u"已收到，马上处理"_s, now);
    case ComplaintAction::Note:
        return ComplaintWorkflow::note(s, u"已电话联系物业"_s);
    case ComplaintAction::Assign:
        return ComplaintWorkflow::assign(s, u"u-worker"_s);
    case ComplaintAction::Accept:
        return ComplaintWorkflow::accept(s);
    case ComplaintAction::Escalate:
        return ComplaintWorkflow::escalate(s, kCity, u"需市里协调"_s, now);
    case ComplaintAction::Transfer:
        return ComplaintWorkflow::transfer(s, kDept, u"烟道归城管"_s);
    case ComplaintAction::Return:
        return ComplaintWorkflow::returnDown(s, kStreet, u"街道牵头"_s);
    case ComplaintAction::TakeOver:
        return ComplaintWorkflow::takeOver(s, kCity);
    case ComplaintAction::Object:
        return ComplaintWorkflow::object(s, u"不属本部门职责"_s);
    case ComplaintAction::Resolve:
        return ComplaintWorkflow::resolve(s, u"已整改"_s, u"您好，已整改完毕"_s, now);
    case ComplaintAction::Reopen:
        return ComplaintWorkflow::reopen(s, u"居民不满意"_s, now);
    case ComplaintAction::Satisfaction:
        return ComplaintWorkflow::rateSatisfaction(s, Satisfaction::Satisfied);
    case ComplaintAction::Close:
        return ComplaintWorkflow::close(s, now);
    case ComplaintAction::MarkExample:
        return ComplaintWorkflow::markServiceExample(s);
    case ComplaintAction::Merge: {
        ComplaintState primary = fresh(u"p1"_s);
        primary.status = ComplaintStatus::Accepted;
        const auto merged = ComplaintWorkflow::merge(s, primary, now);
        ComplaintResult result;
        result.state = merged.duplicate;
        result.error = merged.error;
        return result;
    }
    case ComplaintAction::Urge:
        return ComplaintWorkflow::urge(s, now);
    }
    return {};
}

ComplaintSummary summary(double submittedH, std::optional<double> replyH,
    std::optional<double> resolvedH, ComplaintStatus status,
    std::optional<Satisfaction> satisfaction, Level handling, QList<Level> escalations,
    bool merged = false)
{
    ComplaintSummary c;
    c.submittedAt = hours(submittedH);
    c.dueAt = slaDueAt(c.submittedAt);
    if (replyH)
        c.firstReplyAt = hours(*replyH);
    if (resolvedH)
        c.resolvedAt = hours(*resolvedH);
    c.status = status;
    c.satisfaction = satisfaction;
    c.handlingLevel = handling;
    c.escalations = std::move(escalations);
    c.merged = merged;
    return c;
}

} // namespace

class TestComplaintWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void createAtGrid();
    void createRefusals();
    void transitions_data();
    void transitions();
    void replyStartsHandling();
    void inputRequired_data();
    void inputRequired();
    void escalationChain();
    void escalationOneLevelOnly();
    void noReturnAfterEscalation();
    void noReturnAfterTransferAndObject();
    void noReturnViaGrid();
    void noReturnWhateverTheTarget();
    void returnBeforeEscalation();
    void returnAboveCommunityAfterEscalation();
    void returnTargetRules();
    void objectNeverToCommunity();
    void transferTargets_data();
    void transferTargets();
    void takeOver();
    void resolveSetsReplyAndTime();
    void reopenWindow_data();
    void reopenWindow();
    void reopenStartsAfresh();
    void satisfactionUnmarksExample();
    void serviceExampleFacts_data();
    void serviceExampleFacts();
    void merge();
    void urge();
    void subjectForPermit();
    void sla_data();
    void sla();
    void overdueFlag();
    void autoEscalation_data();
    void autoEscalation();
    void statistics();
    void statisticsEmpty();
    void maskPhone_data();
    void maskPhone();
};

void TestComplaintWorkflow::names()
{
    const QStringList statuses { u"new"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s,
        u"resolved"_s, u"closed"_s, u"reopened"_s };
    QCOMPARE(std::size(kAllComplaintStatuses), std::size_t(statuses.size()));
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QCOMPARE(complaintStatusName(kAllComplaintStatuses[i]), statuses.at(i));
        QCOMPARE(complaintStatusFromName(statuses.at(i)), kAllComplaintStatuses[i]);
    }
    QCOMPARE(complaintStatusFromName(u"open"), std::nullopt);

    QCOMPARE(complaintChannelName(ComplaintChannel::WalkIn), u"walk_in"_s);
    QCOMPARE(complaintChannelName(ComplaintChannel::WeChat), u"wechat"_s);
    for (const auto &name : { u"walk_in"_s, u"phone"_s, u"wechat"_s, u"photo"_s, u"grid"_s }) {
        const auto channel = complaintChannelFromName(name);
        QVERIFY2(channel, qPrintable(name));
        QCOMPARE(complaintChannelName(*channel), name);
    }
    QCOMPARE(complaintChannelFromName(u"email"), std::nullopt);

    QCOMPARE(satisfactionFromName(u"satisfied"), Satisfaction::Satisfied);
    QCOMPARE(satisfactionFromName(u"basic"), Satisfaction::Basic);
    QCOMPARE(satisfactionFromName(u"unsatisfied"), Satisfaction::Unsatisfied);
    QCOMPARE(satisfactionName(Satisfaction::Basic), u"basic"_s);
    QCOMPARE(satisfactionFromName(u"满意"), std::nullopt);

    QCOMPARE(defaultComplaintCategories(),
        QStringList({ u"市政设施"_s, u"环境卫生"_s, u"噪音"_s, u"油烟"_s, u"治安"_s, u"物业"_s,
            u"停车"_s, u"其他"_s }));

    QCOMPARE(complaintActionName(ComplaintAction::TakeOver), u"complaint.take_over"_s);
    QCOMPARE(complaintActionFromName(u"complaint.mark_example"), ComplaintAction::MarkExample);
    QCOMPARE(complaintActionFromName(u"complaint.accept"), ComplaintAction::Accept);
    QCOMPARE(permissionAction(ComplaintAction::Return), Action::ComplaintReturn);
    QCOMPARE(permissionAction(ComplaintAction::Accept), Action::ComplaintAssign);
    // Every workflow action except accept carries the same command name as its permission.
    for (const auto action : kAllComplaintActions) {
        if (action != ComplaintAction::Accept)
            QCOMPARE(complaintActionName(action), actionName(permissionAction(action)));
    }
}

void TestComplaintWorkflow::createAtGrid()
{
    NewComplaint input;
    input.id = u"c9"_s;
    input.nickname = u"李阿姨"_s;
    input.content = u"路灯坏了"_s;
    input.submittedAt = kT0;
    const auto created = ComplaintWorkflow::create(input, kGrid, 48);
    QVERIFY(created.ok());
    const auto &s = *created.state;
    QCOMPARE(s.status, ComplaintStatus::New);
    QCOMPARE(s.communityCode, kCommunity.code);
    QCOMPARE(s.communityPath, kCommunity.path);
    QCOMPARE(s.gridCode, kGrid.code);
    QCOMPARE(s.handlingCode, kCommunity.code);
    QCOMPARE(s.handlingLevel, Level::Community);
    QCOMPARE(s.handlingPath, kCommunity.path);
    QCOMPARE(s.dueAt, kT0 + 48 * kHourMs);
    QCOMPARE(s.everEscalated, false);
    QCOMPARE(s.version, 1);
    QCOMPARE(s.gridPath, kGrid.path);

    // The grid's worker (网格员) sees and answers it; a worker of a sibling grid's community
    // elsewhere does not see it; the community's own staff do.
    const Subject subject = complaintSubject(s);
    QCOMPARE(subject.unitPath, kGrid.path);
    const Actor gridWorker{u"g"_s, Role::Worker, kGrid.code, Level::Grid, kGrid.path};
    const Actor communityWorker{u"c"_s, Role::Worker, kCommunity.code, Level::Community, kCommunity.path};
    const Actor otherWorker{u"o"_s, Role::Worker, kCommunity2.code, Level::Community, kCommunity2.path};
    QCOMPARE(permit(gridWorker, Action::ComplaintReply, subject), Verdict::Allowed);
    QCOMPARE(permit(communityWorker, Action::ComplaintReply, subject), Verdict::Allowed);
    QCOMPARE(permit(otherWorker, Action::Read, subject), Verdict::NotFound);

    QCOMPARE(fresh().dueAt, kT0 + 24 * kHourMs);
}

void TestComplaintWorkflow::createRefusals()
{
    NewComplaint input;
    input.content = u"井盖丢了"_s;
    input.submittedAt = kT0;
    auto result = ComplaintWorkflow::create(input, kStreet);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, u"not_a_community"_s);
    QCOMPARE(result.error.field, u"community"_s);

    input.content = u"  "_s;
    result = ComplaintWorkflow::create(input, kCommunity);
    QCOMPARE(result.error.code, u"content_required"_s);
    QCOMPARE(result.error.field, u"content"_s);
}

void TestComplaintWorkflow::transitions_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected"); // the new status, or "!code" for a refusal

    // Columns: new, accepted, escalated, transferred, resolved, closed, reopened.
    const QString x = u"!invalid_status"_s;
    const struct
    {
        ComplaintAction action;
        QStringList cells;
    } table[] = {
        { ComplaintAction::Reply,
            { u"accepted"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s, u"resolved"_s, x,
                u"reopened"_s } },
        { ComplaintAction::Note,
            { u"new"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s, u"resolved"_s, u"closed"_s,
                u"reopened"_s } },
        { ComplaintAction::Assign,
            { u"accepted"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s, x, x,
                u"reopened"_s } },
        { ComplaintAction::Accept, { u"accepted"_s, x, x, x, x, x, x } },
        { ComplaintAction::Escalate,
            { u"escalated"_s, u"escalated"_s, u"escalated"_s, x, x, x, u"escalated"_s } },
        { ComplaintAction::Transfer,
            { u"transferred"_s, u"transferred"_s, u"transferred"_s, x, x, x, u"transferred"_s } },
        { ComplaintAction::Return,
            { u"new"_s, u"accepted"_s, u"escalated"_s, x, x, x, u"reopened"_s } },
        { ComplaintAction::TakeOver,
            { u"accepted"_s, u"accepted"_s, u"escalated"_s, u"accepted"_s, x, x, u"reopened"_s } },
        { ComplaintAction::Object, { x, x, x, u"accepted"_s, x, x, x } },
        { ComplaintAction::Resolve,
            { u"resolved"_s, u"resolved"_s, u"resolved"_s, u"resolved"_s, x, x, u"resolved"_s } },
        { ComplaintAction::Reopen, { x, x, x, x, u"reopened"_s, u"reopened"_s, x } },
        { ComplaintAction::Satisfaction, { x, x, x, x, u"resolved"_s, u"closed"_s, x } },
        { ComplaintAction::Close, { x, x, x, x, u"closed"_s, x, x } },
        { ComplaintAction::MarkExample, { x, x, x, x, u"resolved"_s, u"closed"_s, x } },
        { ComplaintAction::Merge,
            { u"closed"_s, u"closed"_s, u"closed"_s, u"closed"_s, x, x, u"closed"_s } },
        { ComplaintAction::Urge,
            { u"new"_s, u"accepted"_s, u"escalated"_s, u"transferred"_s, x, x, u"reopened"_s } },
    };
    QCOMPARE(std::size(table), std::size(kAllComplaintActions));
    for (const auto &row : table) {
        QCOMPARE(row.cells.size(), qsizetype(std::size(kAllComplaintStatuses)));
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const QString status = complaintStatusName(kAllComplaintStatuses[i]);
            const QString action = complaintActionName(row.action);
            QTest::addRow("%s from %s", qPrintable(action), qPrintable(status))
                << status << action << row.cells.at(i);
        }
    }
}

void TestComplaintWorkflow::transitions()
{
    QFETCH(QString, status);
    QFETCH(QString, action);
    QFETCH(QString, expected);
    const auto st = *complaintStatusFromName(status);
    const auto act = *complaintActionFromName(action);
    const ComplaintState before = inStatus(st);
    const qint64 now = hours(40); // within 7 days of the fixture's resolution
    const auto result = apply(before, act, now);
    const bool refused = expected.startsWith(u'!');

    if (refused) {
        QVERIFY2(!result.ok(),
            qPrintable(u"allowed, now "_s + complaintStatusName(result.state->status)));
        QCOMPARE(result.error.code, expected.mid(1));
        QVERIFY(!result.error.message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error.code + u": "_s + result.error.message));
        QCOMPARE(complaintStatusName(result.state->status), expected);
        // A note changes no field; every other applied action is a new version.
        QCOMPARE(result.state->version,
            act == ComplaintAction::Note ? before.version : before.version + 1);
    }
    // The buttons the client enables agree with what the rules accept.
    QCOMPARE(statusAllows(act, st), !refused);
    QCOMPARE(checkAvailable(before, act).has_value(), refused);
}

void TestComplaintWorkflow::replyStartsHandling()
{
    const ComplaintState s = fresh();
    const auto first = mustOk(ComplaintWorkflow::reply(s, u"收到"_s, hours(3)));
    QCOMPARE(first.firstReplyAt, hours(3));
    QCOMPARE(first.status, ComplaintStatus::Accepted);
    const auto second = mustOk(ComplaintWorkflow::reply(first, u"师傅明天上门"_s, hours(5)));
    QCOMPARE(second.firstReplyAt, hours(3)); // the first reply stays the SLA's measure
    QCOMPARE(second.version, s.version + 2);
}

void TestComplaintWorkflow::inputRequired_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("reply") << u"reply"_s << u"text_required"_s << u"text"_s;
    QTest::newRow("note") << u"note"_s << u"text_required"_s << u"text"_s;
    QTest::newRow("assign") << u"assign"_s << u"assignee_required"_s << u"assignee"_s;
    QTest::newRow("escalate") << u"escalate"_s << u"reason_required"_s << u"reason"_s;
    QTest::newRow("transfer") << u"transfer"_s << u"reason_required"_s << u"reason"_s;
    QTest::newRow("return") << u"return"_s << u"reason_required"_s << u"reason"_s;
    QTest::newRow("object") << u"object"_s << u"reason_required"_s << u"reason"_s;
    QTest::newRow("resolve without resolution")
        << u"resolve-resolution"_s << u"resolution_required"_s << u"resolution"_s;
    QTest::newRow("resolve without reply")
        << u"resolve-reply"_s << u"reply_required"_s << u"reply"_s;
    QTest::newRow("reopen") << u"reopen"_s << u"reason_required"_s << u"reason"_s;
}

void TestComplaintWorkflow::inputRequired()
{
    QFETCH(QString, action);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString blank = u" \n"_s;
    ComplaintState atStreet = fresh();
    handleAt(atStreet, kStreet);
    ComplaintResult r;
    if (action == u"reply")
        r = ComplaintWorkflow::reply(fresh(), blank, hours(1));
    else if (action == u"note")
        r = ComplaintWorkflow::note(fresh(), blank);
    else if (action == u"assign")
        r = ComplaintWorkflow::assign(fresh(), blank);
    else if (action == u"escalate")
        r = ComplaintWorkflow::escalate(fresh(), kStreet, blank, hours(1));
    else if (action == u"transfer")
        r = ComplaintWorkflow::transfer(atStreet, kDept, blank);
    else if (action == u"return")
        r = ComplaintWorkflow::returnDown(atStreet, kCommunity, blank);
    else if (action == u"object")
        r = ComplaintWorkflow::object(inStatus(ComplaintStatus::Transferred), blank);
    else if (action == u"resolve-resolution")
        r = ComplaintWorkflow::resolve(fresh(), blank, u"已处理"_s, hours(1));
    else if (action == u"resolve-reply")
        r = ComplaintWorkflow::resolve(fresh(), u"已处理"_s, blank, hours(1));
    else if (action == u"reopen")
        r = ComplaintWorkflow::reopen(inStatus(ComplaintStatus::Resolved), blank, hours(21));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.field, field);
}

void TestComplaintWorkflow::escalationChain()
{
    ComplaintState s = fresh();
    s.assignee = u"u-worker"_s;
    s = mustOk(ComplaintWorkflow::escalate(s, kStreet, u"社区解决不了"_s, hours(1)));
    QCOMPARE(s.handlingCode, kStreet.code);
    QCOMPARE(s.handlingLevel, Level::Street);
    QCOMPARE(s.status, ComplaintStatus::Escalated);
    QVERIFY(s.everEscalated);
    QVERIFY(s.assignee.isEmpty()); // the community's worker no longer handles it
    QCOMPARE(s.lastEscalatedAt, hours(1));

    QCOMPARE(escalationTargetPath(s), kDistrict.path);
    s = mustOk(ComplaintWorkflow::escalate(s, kDistrict, u"街道解决不了"_s, hours(2)));
    QCOMPARE(s.handlingLevel, Level::District);
    QCOMPARE(escalationTargetPath(s), kCity.path);
    s = mustOk(ComplaintWorkflow::escalate(s, kCity, u"区里解决不了"_s, hours(3)));
    QCOMPARE(s.handlingCode, kCity.code);
    QCOMPARE(s.handlingLevel, Level::City);
    QCOMPARE(s.escalations, QList<Level>({ Level::Street, Level::District, Level::City }));
    QCOMPARE(s.lastEscalatedAt, hours(3));

    // Beyond the city there is nothing.
    QVERIFY(escalationTargetPath(s).isEmpty());
    const auto beyond = ComplaintWorkflow::escalate(s, kCity, u"再上报"_s, hours(4));
    QVERIFY(!beyond.ok());
    QCOMPARE(beyond.error.code, u"no_escalation_target"_s);

    // A department does not escalate either; it objects.
    const auto fromDept = ComplaintWorkflow::escalate(
        [] {
            ComplaintState t = inStatus(ComplaintStatus::Accepted);
            handleAt(t, kDept);
            return t;
        }(),
        kDistrict, u"上报"_s, hours(4));
    QCOMPARE(fromDept.error.code, u"no_escalation_target"_s);
}

void TestComplaintWorkflow::escalationOneLevelOnly()
{
    const ComplaintState s = fresh();
    for (const OrgUnit *target : { &kDistrict, &kCity, &kStreet2, &kCommunity, &kDept }) {
        const auto r = ComplaintWorkflow::escalate(s, *target, u"上报"_s, hours(1));
        QVERIFY2(!r.ok(), qPrintable(target->code));
        QCOMPARE(r.error.code, u"escalation_target_invalid"_s);
    }
}

void TestComplaintWorkflow::noReturnAfterEscalation()
{
    const ComplaintState s
        = mustOk(ComplaintWorkflow::escalate(fresh(), kStreet, u"社区解决不了"_s, hours(1)));
    const auto toCommunity = ComplaintWorkflow::returnDown(s, kCommunity, u"请社区处理"_s);
    QVERIFY(!toCommunity.ok());
    QCOMPARE(toCommunity.error.code, u"no_return_to_community"_s);
    QCOMPARE(toCommunity.error.field, u"to"_s);
    const auto toGrid = ComplaintWorkflow::returnDown(s, kGrid, u"请网格员处理"_s);
    QCOMPARE(toGrid.error.code, u"no_return_to_community"_s);

    // Two levels up and back down past the street is refused all the same.
    const ComplaintState atDistrict
        = mustOk(ComplaintWorkflow::escalate(s, kDistrict, u"街道解决不了"_s, hours(2)));
    QCOMPARE(ComplaintWorkflow::returnDown(atDistrict, kCommunity, u"退回"_s).error.code,
        u"no_return_to_community"_s);
}

void TestComplaintWorkflow::noReturnAfterTransferAndObject()
{
    ComplaintState s
        = mustOk(ComplaintWorkflow::escalate(fresh(), kStreet, u"社区解决不了"_s, hours(1)));
    s = mustOk(ComplaintWorkflow::transfer(s, kDept, u"烟道整改归城管"_s));
    QCOMPARE(s.status, ComplaintStatus::Transferred);
    QCOMPARE(s.handlingCode, kDept.code);
    QCOMPARE(s.handlingLevel, Level::Department);
    QCOMPARE(s.departments, QStringList { kDept.code });
    QCOMPARE(s.transferredByCode, kStreet.code);

    s = mustOk(ComplaintWorkflow::object(s, u"不属本部门职责"_s));
    // Back to the street that transferred it, not to the community that filed it.
    QCOMPARE(s.handlingCode, kStreet.code);
    QCOMPARE(s.handlingLevel, Level::Street);
    QCOMPARE(s.handlingPath, kStreet.path);
    QCOMPARE(s.status, ComplaintStatus::Accepted);
    QCOMPARE(s.departments, QStringList { kDept.code }); // the department keeps seeing it
    QVERIFY(s.transferredByCode.isEmpty());
    QVERIFY(s.everEscalated);

    const auto back = ComplaintWorkflow::returnDown(s, kCommunity, u"请社区处理"_s);
    QVERIFY(!back.ok());
    QCOMPARE(back.error.code, u"no_return_to_community"_s);
}

void TestComplaintWorkflow::noReturnViaGrid()
{
    // Never escalated: the district steps in and sends it to the grid worker, which is fine.
    ComplaintState s = mustOk(ComplaintWorkflow::takeOver(fresh(), kDistrict));
    s = mustOk(ComplaintWorkflow::returnDown(s, kGrid, u"网格员就近处理"_s));
    QCOMPARE(s.handlingLevel, Level::Grid);
    QCOMPARE(s.handlingCode, kGrid.code);
    QVERIFY(!s.everEscalated);

    // The grid escalates to its community: from then on it cannot be sent to the grid.
    QCOMPARE(escalationTargetPath(s), kCommunity.path);
    s = mustOk(ComplaintWorkflow::escalate(s, kCommunity, u"网格解决不了"_s, hours(1)));
    QCOMPARE(s.handlingLevel, Level::Community);
    QVERIFY(s.everEscalated);
    QCOMPARE(ComplaintWorkflow::returnDown(s, kGrid, u"退回网格"_s).error.code,
        u"no_return_to_community"_s);

    // A complaint filed at a grid and escalated is not returned to that grid either.
    NewComplaint input;
    input.id = u"c2"_s;
    input.content = u"井盖丢了"_s;
    input.submittedAt = kT0;
    ComplaintState g = mustOk(ComplaintWorkflow::create(input, kGrid));
    g = mustOk(ComplaintWorkflow::escalate(g, kStreet, u"社区解决不了"_s, hours(1)));
    QCOMPARE(ComplaintWorkflow::returnDown(g, kGrid, u"退回网格"_s).error.code,
        u"no_return_to_community"_s);
}

void TestComplaintWorkflow::noReturnWhateverTheTarget()
{
    // API.md: rejected *whenever* the target is a community and it was ever escalated, even
    // when other faults (a target outside the subtree, a missing reason) are present.
    ComplaintState s
        = mustOk(ComplaintWorkflow::escalate(fresh(), kStreet, u"社区解决不了"_s, hours(1)));
    QCOMPARE(ComplaintWorkflow::returnDown(s, kCommunity2, u"转给别的社区"_s).error.code,
        u"no_return_to_community"_s);
    QCOMPARE(ComplaintWorkflow::returnDown(s, kCommunity, QString()).error.code,
        u"no_return_to_community"_s);
    // Taking over does not reset it.
    s = mustOk(ComplaintWorkflow::takeOver(s, kDistrict));
    QCOMPARE(ComplaintWorkflow::returnDown(s, kCommunity, u"退回"_s).error.code,
        u"no_return_to_community"_s);
}

void TestComplaintWorkflow::returnBeforeEscalation()
{
    ComplaintState s = mustOk(ComplaintWorkflow::takeOver(fresh(), kStreet));
    QVERIFY(!s.everEscalated);
    s.assignee = u"u-street"_s;
    s = mustOk(ComplaintWorkflow::returnDown(s, kCommunity, u"社区就近处理"_s));
    QCOMPARE(s.handlingCode, kCommunity.code);
    QCOMPARE(s.handlingLevel, Level::Community);
    QCOMPARE(s.handlingPath, kCommunity.path);
    QVERIFY(s.assignee.isEmpty());
}

void TestComplaintWorkflow::returnAboveCommunityAfterEscalation()
{
    ComplaintState s
        = mustOk(ComplaintWorkflow::escalate(fresh(), kStreet, u"社区解决不了"_s, hours(1)));
    s = mustOk(ComplaintWorkflow::escalate(s, kDistrict, u"需区里协调"_s, hours(2)));
    s = mustOk(ComplaintWorkflow::returnDown(s, kStreet, u"由街道牵头"_s));
    QCOMPARE(s.handlingCode, kStreet.code);
    QCOMPARE(s.handlingLevel, Level::Street);
    QCOMPARE(s.status, ComplaintStatus::Escalated);
    QVERIFY(s.everEscalated);
}

void TestComplaintWorkflow::returnTargetRules()
{
    ComplaintState s = mustOk(ComplaintWorkflow::takeOver(fresh(), kStreet));
    for (const OrgUnit *target : { &kStreet, &kStreet2, &kCommunity2, &kDistrict, &kDept }) {
        const auto r = ComplaintWorkflow::returnDown(s, *target, u"改派"_s);
        QVERIFY2(!r.ok(), qPrintable(target->code));
        QCOMPARE(r.error.code, u"return_target_invalid"_s);
    }
}

void TestComplaintWorkflow::objectNeverToCommunity()
{
    // Data that claims a community made the transfer (transfers start at street level):
    // the objection must not land there.
    ComplaintState s = inStatus(ComplaintStatus::Transferred);
    s.everEscalated = false;
    s.transferredByCode = kCommunity.code;
    s.transferredByLevel = Level::Community;
    s.transferredByPath = kCommunity.path;
    QCOMPARE(ComplaintWorkflow::object(s, u"退单"_s).error.code, u"no_return_to_community"_s);

    ComplaintState orphan = inStatus(ComplaintStatus::Transferred);
    orphan.transferredByCode.clear();
    orphan.transferredByPath.clear();
    QCOMPARE(ComplaintWorkflow::object(orphan, u"退单"_s).error.code, u"no_transferring_unit"_s);
}

void TestComplaintWorkflow::transferTargets_data()
{
    QTest::addColumn<QString>("handling");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("error"); // empty: allowed

    QTest::newRow("street to own district's department") << kStreet.code << kDept.code << QString();
    QTest::newRow("street to another district's department")
        << kStreet.code << kDept2.code << u"department_out_of_reach"_s;
    QTest::newRow("street to a city department") << kStreet.code << kCityDept.code << QString();
    QTest::newRow("district to own department") << kDistrict.code << kDept.code << QString();
    QTest::newRow("district to another district's department")
        << kDistrict.code << kDept2.code << u"department_out_of_reach"_s;
    QTest::newRow("city to a city department") << kCity.code << kCityDept.code << QString();
    QTest::newRow("city to the complaint's district department")
        << kCity.code << kDept.code << QString();
    QTest::newRow("city to another district's department")
        << kCity.code << kDept2.code << u"department_out_of_reach"_s;
    QTest::newRow("community cannot transfer")
        << kCommunity.code << kDept.code << u"transfer_below_street"_s;
    QTest::newRow("grid cannot transfer") << kGrid.code << kDept.code << u"transfer_below_street"_s;
    QTest::newRow("to a street") << kStreet.code << kStreet2.code << u"not_a_department"_s;
    QTest::newRow("to a district") << kStreet.code << kDistrict.code << u"not_a_department"_s;
}

void TestComplaintWorkflow::transferTargets()
{
    QFETCH(QString, handling);
    QFETCH(QString, department);
    QFETCH(QString, error);
    const OrgTree tree({ kCity, kDistrict, kStreet, kStreet2, kCommunity, kCommunity2, kGrid, kDept,
        kDistrict2, kDept2, kCityDept });
    ComplaintState s = fresh();
    s.status = ComplaintStatus::Accepted;
    handleAt(s, *tree.find(handling));
    const auto r = ComplaintWorkflow::transfer(s, *tree.find(department), u"请协助"_s);
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error.code));
        QCOMPARE(r.state->status, ComplaintStatus::Transferred);
        QCOMPARE(r.state->handlingCode, department);
        QCOMPARE(r.state->transferredByCode, handling);
        QCOMPARE(r.state->departments, QStringList { department });
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, error);
    }
}

void TestComplaintWorkflow::takeOver()
{
    ComplaintState s = fresh();
    s.assignee = u"u-worker"_s;
    const auto byDistrict = mustOk(ComplaintWorkflow::takeOver(s, kDistrict));
    QCOMPARE(byDistrict.handlingCode, kDistrict.code);
    QCOMPARE(byDistrict.handlingLevel, Level::District);
    QCOMPARE(byDistrict.handlingPath, kDistrict.path);
    QCOMPARE(byDistrict.status, ComplaintStatus::Accepted);
    QVERIFY(!byDistrict.everEscalated);
    QVERIFY(byDistrict.assignee.isEmpty());

    for (const OrgUnit *unit : { &kCommunity, &kGrid, &kStreet2, &kDept, &kDistrict2 }) {
        const auto r = ComplaintWorkflow::takeOver(s, *unit);
        QVERIFY2(!r.ok(), qPrintable(unit->code));
        QCOMPARE(r.error.code, u"take_over_not_above"_s);
    }

    // The district takes a complaint back from its department.
    const auto fromDept = mustOk(ComplaintWorkflow::takeOver(
        mustOk(ComplaintWorkflow::transfer(byDistrict, kDept, u"转城管"_s)), kDistrict));
    QCOMPARE(fromDept.handlingCode, kDistrict.code);
    QCOMPARE(fromDept.status, ComplaintStatus::Accepted);
    QVERIFY(fromDept.transferredByCode.isEmpty());
    QCOMPARE(fromDept.departments, QStringList { kDept.code });
    // A street is not above a district department.
    QCOMPARE(ComplaintWorkflow::takeOver(
                 mustOk(ComplaintWorkflow::transfer(byDistrict, kDept, u"转城管"_s)), kStreet)
                 .error.code,
        u"take_over_not_above"_s);
}

void TestComplaintWorkflow::resolveSetsReplyAndTime()
{
    const auto r = mustOk(ComplaintWorkflow::resolve(
        fresh(), u"已联系物业更换门锁"_s, u"您好，门已修好"_s, hours(6)));
    QCOMPARE(r.status, ComplaintStatus::Resolved);
    QCOMPARE(r.resolvedAt, hours(6));
    QCOMPARE(r.firstReplyAt, hours(6)); // the final reply is the first one here
    QCOMPARE(r.resolution, u"已联系物业更换门锁"_s);
    QCOMPARE(r.finalReply, u"您好，门已修好"_s);

    const auto replied = mustOk(ComplaintWorkflow::reply(fresh(), u"收到"_s, hours(1)));
    const auto later
        = mustOk(ComplaintWorkflow::resolve(replied, u"已处理"_s, u"已处理完毕"_s, hours(30)));
    QCOMPARE(later.firstReplyAt, hours(1));
}

void TestComplaintWorkflow::reopenWindow_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("sinceResolution");
    QTest::addColumn<bool>("allowed");
    const qint64 week = 7 * 24 * kHourMs;
    QTest::newRow("resolved, 7 days minus a second") << u"resolved"_s << week - kSecond << true;
    QTest::newRow("resolved, exactly 7 days") << u"resolved"_s << week << true;
    QTest::newRow("resolved, 7 days plus a second") << u"resolved"_s << week + kSecond << false;
    QTest::newRow("closed, 7 days minus a second") << u"closed"_s << week - kSecond << true;
    QTest::newRow("closed, 7 days plus a second") << u"closed"_s << week + kSecond << false;
    QTest::newRow("resolved, a minute later") << u"resolved"_s << 60 * kSecond << true;
}

void TestComplaintWorkflow::reopenWindow()
{
    QFETCH(QString, status);
    QFETCH(qint64, sinceResolution);
    QFETCH(bool, allowed);
    const ComplaintState s = inStatus(*complaintStatusFromName(status));
    const auto r = ComplaintWorkflow::reopen(s, u"居民不满意"_s, *s.resolvedAt + sinceResolution);
    QCOMPARE(r.ok(), allowed);
    if (allowed)
        QCOMPARE(r.state->status, ComplaintStatus::Reopened);
    else
        QCOMPARE(r.error.code, u"reopen_window_passed"_s);
}

void TestComplaintWorkflow::reopenStartsAfresh()
{
    ComplaintState s = inStatus(ComplaintStatus::Closed);
    s.serviceExample = true;
    const auto r = mustOk(ComplaintWorkflow::reopen(s, u"问题复发"_s, hours(40)));
    QCOMPARE(r.status, ComplaintStatus::Reopened);
    QCOMPARE(r.resolvedAt, std::nullopt);
    QCOMPARE(r.closedAt, std::nullopt);
    QCOMPARE(r.satisfaction, std::nullopt);
    QVERIFY(!r.serviceExample);
    QCOMPARE(r.firstReplyAt, s.firstReplyAt); // the SLA record stands
    QCOMPARE(r.handlingCode, s.handlingCode);
}

void TestComplaintWorkflow::satisfactionUnmarksExample()
{
    ComplaintState s
        = mustOk(ComplaintWorkflow::markServiceExample(inStatus(ComplaintStatus::Resolved)));
    QVERIFY(s.serviceExample);
    QCOMPARE(ComplaintWorkflow::markServiceExample(s).error.code, u"already_service_example"_s);
    s = mustOk(ComplaintWorkflow::rateSatisfaction(s, Satisfaction::Basic));
    QCOMPARE(s.satisfaction, Satisfaction::Basic);
    QVERIFY(!s.serviceExample);
    QCOMPARE(ComplaintWorkflow::markServiceExample(s).error.field, u"satisfaction"_s);
}

void TestComplaintWorkflow::serviceExampleFacts_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("nickname") << u"nickname"_s;
    QTest::newRow("submitted_at") << u"submitted_at"_s;
    QTest::newRow("content") << u"content"_s;
    QTest::newRow("resolution") << u"resolution"_s;
    QTest::newRow("reply") << u"reply"_s;
    QTest::newRow("satisfaction unset") << u"satisfaction"_s;
    QTest::newRow("satisfaction basic") << u"satisfaction-basic"_s;
}

void TestComplaintWorkflow::serviceExampleFacts()
{
    QFETCH(QString, missing);
    ComplaintState s = inStatus(ComplaintStatus::Closed);
    if (missing == u"nickname")
        s.nickname.clear();
    else if (missing == u"submitted_at")
        s.submittedAt = 0;
    else if (missing == u"content")
        s.content = u" "_s;
    else if (missing == u"resolution")
        s.resolution.clear();
    else if (missing == u"reply")
        s.finalReply.clear();
    else if (missing == u"satisfaction")
        s.satisfaction.reset();
    else
        s.satisfaction = Satisfaction::Basic;
    const auto r = ComplaintWorkflow::markServiceExample(s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, u"service_example_incomplete"_s);
    QCOMPARE(r.error.field, missing.section(u'-', 0, 0));
}

void TestComplaintWorkflow::merge()
{
    ComplaintState primary = fresh(u"p1"_s);
    ComplaintState dup = fresh(u"d1"_s);
    dup.everEscalated = true;
    const auto merged = ComplaintWorkflow::merge(dup, primary, hours(5));
    QVERIFY(merged.ok());
    QCOMPARE(merged.duplicate->status, ComplaintStatus::Closed);
    QCOMPARE(merged.duplicate->mergedInto, u"p1"_s);
    QCOMPARE(merged.duplicate->closedAt, hours(5));
    QCOMPARE(merged.duplicate->version, dup.version + 1);
    QCOMPARE(merged.primary->mergedFrom, QStringList { u"d1"_s });
    QCOMPARE(merged.primary->status, ComplaintStatus::New);
    QCOMPARE(merged.primary->version, primary.version + 1);

    // The duplicate takes no more actions but notes, and is never reopened.
    const ComplaintState &gone = *merged.duplicate;
    QCOMPARE(ComplaintWorkflow::reply(gone, u"收到"_s, hours(6)).error.code, u"complaint_merged"_s);
    QCOMPARE(
        ComplaintWorkflow::reopen(gone, u"不满意"_s, hours(6)).error.code, u"complaint_merged"_s);
    QVERIFY(ComplaintWorkflow::note(gone, u"与p1为同一井盖"_s).ok());
    QCOMPARE(ComplaintWorkflow::merge(gone, primary, hours(6)).error.code, u"complaint_merged"_s);

    QCOMPARE(ComplaintWorkflow::merge(primary, primary, hours(6)).error.code, u"merge_into_self"_s);
    QCOMPARE(
        ComplaintWorkflow::merge(fresh(u"d2"_s), gone, hours(6)).error.code, u"primary_merged"_s);
    ComplaintState archived = inStatus(ComplaintStatus::Closed);
    archived.id = u"p2"_s;
    QCOMPARE(ComplaintWorkflow::merge(fresh(u"d2"_s), archived, hours(6)).error.code,
        u"primary_closed"_s);
    // A resolved primary still gathers duplicates.
    ComplaintState resolvedPrimary = inStatus(ComplaintStatus::Resolved);
    resolvedPrimary.id = u"p3"_s;
    QVERIFY(ComplaintWorkflow::merge(fresh(u"d2"_s), resolvedPrimary, hours(6)).ok());
}

void TestComplaintWorkflow::urge()
{
    ComplaintState s = fresh();
    QCOMPARE(urgeNotificationPath(s), kStreet.path);
    s = mustOk(ComplaintWorkflow::urge(s, hours(30)));
    s = mustOk(ComplaintWorkflow::urge(s, hours(31)));
    QCOMPARE(s.urgeCount, 2);
    QCOMPARE(s.lastUrgedAt, hours(31));
    QCOMPARE(s.status, ComplaintStatus::New);

    QCOMPARE(urgeNotificationPath(inStatus(ComplaintStatus::Accepted)), kCity.path);
    QCOMPARE(urgeNotificationPath(inStatus(ComplaintStatus::Transferred)), kDistrict.path);
    ComplaintState atCity = fresh();
    handleAt(atCity, kCity);
    QVERIFY(urgeNotificationPath(atCity).isEmpty());
}

void TestComplaintWorkflow::subjectForPermit()
{
    ComplaintState s = mustOk(ComplaintWorkflow::escalate(fresh(), kStreet, u"上报"_s, hours(1)));
    const Subject subject = complaintSubject(s);
    QCOMPARE(subject.kind, Kind::Complaint);
    QCOMPARE(subject.unitPath, kCommunity.path);
    QCOMPARE(subject.unitLevel, Level::Community);
    QCOMPARE(subject.handlingPath, kStreet.path);
    QCOMPARE(subject.handlingLevel, Level::Street);
    QVERIFY(subject.departments.isEmpty());

    const Actor dept { u"u-dept"_s, Role::Department, kDept.code, Level::Department, kDept.path };
    const Actor street { u"u-street"_s, Role::Street, kStreet.code, Level::Street, kStreet.path };
    QCOMPARE(permit(dept, Action::Read, complaintSubject(s)), Verdict::NotFound);
    QCOMPARE(permit(street, Action::ComplaintTransfer, complaintSubject(s)), Verdict::Allowed);

    s = mustOk(ComplaintWorkflow::transfer(s, kDept, u"转城管"_s));
    QCOMPARE(complaintSubject(s).departments, QStringList { kDept.code });
    QCOMPARE(permit(dept, Action::ComplaintObject, complaintSubject(s)), Verdict::Allowed);
    s = mustOk(ComplaintWorkflow::object(s, u"退单"_s));
    // The department still sees what was once transferred to it, but no longer handles it.
    QCOMPARE(permit(dept, Action::Read, complaintSubject(s)), Verdict::Allowed);
    QCOMPARE(permit(dept, Action::ComplaintObject, complaintSubject(s)), Verdict::Forbidden);
}

void TestComplaintWorkflow::sla_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("firstReply"); // 0: none
    QTest::addColumn<int>("expected");
    const qint64 due = kT0 + 24 * kHourMs;
    const auto row = [](const char *name, qint64 now, qint64 reply, SlaState state) {
        QTest::newRow(name) << now << reply << int(state);
    };
    row("just submitted", kT0, 0, SlaState::Pending);
    row("4 h and a second left", due - 4 * kHourMs - kSecond, 0, SlaState::Pending);
    row("exactly 4 h left", due - 4 * kHourMs, 0, SlaState::Amber);
    row("a second left", due - kSecond, 0, SlaState::Amber);
    row("at the due time", due, 0, SlaState::Amber);
    row("a second past due", due + kSecond, 0, SlaState::Overdue);
    row("days past due", due + 72 * kHourMs, 0, SlaState::Overdue);
    row("replied at the due time", due + 72 * kHourMs, due, SlaState::Met);
    row("replied early, asked while amber", due - kSecond, kT0 + kHourMs, SlaState::Met);
    row("replied a second late", due + 72 * kHourMs, due + kSecond, SlaState::Late);
}

void TestComplaintWorkflow::sla()
{
    QFETCH(qint64, now);
    QFETCH(qint64, firstReply);
    QFETCH(int, expected);
    ComplaintState s = fresh();
    QCOMPARE(s.dueAt, kT0 + 24 * kHourMs);
    if (firstReply)
        s.firstReplyAt = firstReply;
    QCOMPARE(int(slaState(s, now)), expected);
}

void TestComplaintWorkflow::overdueFlag()
{
    QCOMPARE(slaDueAt(kT0), kT0 + 24 * kHourMs);
    QCOMPARE(slaDueAt(kT0, 48), kT0 + 48 * kHourMs);
    QCOMPARE(slaDueAt(kT0, 0), kT0 + 24 * kHourMs);

    const qint64 late = kT0 + 30 * kHourMs;
    ComplaintState s = fresh();
    QVERIFY(isOverdue(s, late));
    QVERIFY(!isOverdue(s, kT0 + 24 * kHourMs));
    // A merged duplicate is the primary's business, not a red item of its own.
    const auto merged = ComplaintWorkflow::merge(s, fresh(u"p1"_s), kT0 + kHourMs);
    QVERIFY(!isOverdue(*merged.duplicate, late));
    // A 48-hour district: not yet overdue at 30 hours, amber at 44.
    ComplaintState slow = fresh();
    slow.dueAt = slaDueAt(slow.submittedAt, 48);
    QVERIFY(!isOverdue(slow, late));
    QCOMPARE(slaState(slow, kT0 + 44 * kHourMs), SlaState::Amber);
}

void TestComplaintWorkflow::autoEscalation_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("afterHours");
    QTest::addColumn<double>("nowHours"); // hours after submission; due at 24
    QTest::addColumn<bool>("expected");
    QTest::newRow("off") << u"fresh"_s << 0 << 500.0 << false;
    QTest::newRow("2 h: a second short") << u"fresh"_s << 2 << 26.0 - 1.0 / 3600 << false;
    QTest::newRow("2 h: exactly") << u"fresh"_s << 2 << 26.0 << true;
    QTest::newRow("2 h: not overdue yet") << u"fresh"_s << 2 << 23.0 << false;
    QTest::newRow("replied late") << u"replied"_s << 2 << 100.0 << false;
    QTest::newRow("resolved") << u"resolved"_s << 2 << 100.0 << false;
    QTest::newRow("at the city") << u"city"_s << 2 << 100.0 << false;
    QTest::newRow("at a department") << u"department"_s << 2 << 100.0 << false;
    QTest::newRow("street got it at 27 h: 28 h") << u"street"_s << 2 << 28.0 << false;
    QTest::newRow("street got it at 27 h: 29 h") << u"street"_s << 2 << 29.0 << true;
    QTest::newRow("escalated before due: clock from due") << u"early-street"_s << 2 << 26.0 << true;
}

void TestComplaintWorkflow::autoEscalation()
{
    QFETCH(QString, setup);
    QFETCH(int, afterHours);
    QFETCH(double, nowHours);
    QFETCH(bool, expected);
    ComplaintState s = fresh();
    if (setup == u"replied")
        s.firstReplyAt = hours(30);
    else if (setup == u"resolved")
        s = mustOk(ComplaintWorkflow::resolve(s, u"已处理"_s, u"已处理完毕"_s, hours(50)));
    else if (setup == u"city")
        handleAt(s, kCity);
    else if (setup == u"department")
        s = mustOk(ComplaintWorkflow::transfer(
            mustOk(ComplaintWorkflow::takeOver(s, kStreet)), kDept, u"转城管"_s));
    else if (setup == u"street")
        s = mustOk(ComplaintWorkflow::escalate(s, kStreet, u"超时自动上报"_s, hours(27)));
    else if (setup == u"early-street")
        s = mustOk(ComplaintWorkflow::escalate(s, kStreet, u"社区解决不了"_s, hours(3)));
    QCOMPARE(shouldAutoEscalate(s, hours(nowHours), afterHours), expected);
}

void TestComplaintWorkflow::statistics()
{
    using S = ComplaintStatus;
    const auto sat = Satisfaction::Satisfied;
    const auto basic = Satisfaction::Basic;
    const auto unsat = Satisfaction::Unsatisfied;
    // Period [0 h, 720 h), now at 480 h; SLA 24 h. Hours are since kT0.
    const QList<ComplaintSummary> all {
        // c1: replied 2 h, resolved 10 h, archived, 满意, at the community.
        summary(0, 2, 10, S::Closed, sat, Level::Community, {}),
        // c2: replied 20 h (in time), resolved 48 h, 基本满意, at the street.
        summary(10, 30, 58, S::Resolved, basic, Level::Street, { Level::Street }),
        // c3: replied 30 h (late), resolved 60 h, 不满意, at the district.
        summary(
            20, 50, 80, S::Resolved, unsat, Level::District, { Level::Street, Level::District }),
        // c4: no reply, due at 54 h: open and overdue.
        summary(30, {}, {}, S::New, {}, Level::Community, {}),
        // c5: replied 1 h, still open.
        summary(40, 41, {}, S::Accepted, {}, Level::Community, {}),
        // c6: no reply but due at 494 h: pending, counts neither way.
        summary(470, {}, {}, S::New, {}, Level::Community, {}),
        // c7: replied 10 h, escalated and open.
        summary(50, 60, {}, S::Escalated, {}, Level::Street, { Level::Street }),
        // c10: no reply, at a department: open and overdue.
        summary(100, {}, {}, S::Transferred, {}, Level::Department, { Level::Street }),
        // c11: replied 1 h, resolved 3 h at a grid (community level), 满意.
        summary(200, 201, 203, S::Closed, sat, Level::Grid, {}),
        // c8: a merged duplicate: left out of everything but `merged`.
        summary(
            60, {}, {}, S::Closed, {}, Level::District, { Level::Street, Level::District }, true),
        // c9: before the period; c12: at its exclusive end.
        summary(-10, 5, 20, S::Closed, unsat, Level::City,
            { Level::Street, Level::District, Level::City }),
        summary(720, {}, {}, S::New, {}, Level::Community, {}),
    };
    const auto st = complaintStatistics(all, hours(0), hours(720), hours(480));

    QCOMPARE(st.received, 9);
    QCOMPARE(st.merged, 1);
    // Known SLA outcomes: c1 c2 c3 c4 c5 c7 c10 c11 (c6 pending); in time: c1 c2 c5 c7 c11.
    QCOMPARE(st.slaKnown, 8);
    QCOMPARE(st.withinSla, 5);
    QCOMPARE(*st.firstResponseWithinSlaRate, 0.625);
    // Finished: c1 c2 c3 c11 of 9.
    QCOMPARE(st.finished, 4);
    QCOMPARE(*st.resolutionRate, 4.0 / 9.0);
    // First replies after 2, 20, 30, 1, 10, 1 hours; resolutions after 10, 48, 60, 3.
    QCOMPARE(*st.meanHoursToFirstResponse, 64.0 / 6.0);
    QCOMPARE(*st.meanHoursToResolution, 30.25);
    // Rated: 2 满意, 1 基本满意, 1 不满意 → (2 + 0.5) / 4.
    QCOMPARE(st.rated, 4);
    QCOMPARE(st.satisfied, 2);
    QCOMPARE(st.basic, 1);
    QCOMPARE(st.unsatisfied, 1);
    QCOMPARE(*st.satisfactionRate, 0.625);
    QCOMPARE(*st.satisfiedShare, 0.5);
    // Solved at community level: c1 (community) and c11 (grid) of 4.
    QCOMPARE(st.finishedAtCommunity, 2);
    QCOMPARE(*st.communityResolutionShare, 0.5);
    // Escalations: c2, c3, c7, c10 to the street; c3 to the district.
    QCOMPARE(st.escalationsByLevel.value(Level::Street), 4);
    QCOMPARE(st.escalationsByLevel.value(Level::District), 1);
    QCOMPARE(st.escalationsByLevel.value(Level::City), 0);
    // On time: c1 c2 c11 of finished 4 + open overdue c4 c10 → 3 / 6.
    QCOMPARE(st.finishedOnTime, 3);
    QCOMPARE(st.openOverdue, 2);
    QCOMPARE(*st.onTimeRate, 0.5);

    // The same open complaint without a reply counts against the on-time rate only once it
    // is past due: two finished in time plus one open → 2/2 before its due time, 2/3 after.
    const QList<ComplaintSummary> small {
        summary(0, 1, 5, S::Resolved, {}, Level::Community, {}),
        summary(0, 3, 8, S::Closed, {}, Level::Community, {}),
        summary(10, {}, {}, S::Accepted, {}, Level::Street, { Level::Street }),
    };
    QCOMPARE(*complaintStatistics(small, hours(0), hours(720), hours(34)).onTimeRate, 1.0);
    QCOMPARE(*complaintStatistics(small, hours(0), hours(720), hours(34) + kSecond).onTimeRate,
        2.0 / 3.0);
}

void TestComplaintWorkflow::statisticsEmpty()
{
    const auto st = complaintStatistics({}, hours(0), hours(720), hours(480));
    QCOMPARE(st.received, 0);
    QCOMPARE(st.firstResponseWithinSlaRate, std::nullopt);
    QCOMPARE(st.resolutionRate, std::nullopt);
    QCOMPARE(st.meanHoursToFirstResponse, std::nullopt);
    QCOMPARE(st.meanHoursToResolution, std::nullopt);
    QCOMPARE(st.satisfactionRate, std::nullopt);
    QCOMPARE(st.satisfiedShare, std::nullopt);
    QCOMPARE(st.communityResolutionShare, std::nullopt);
    QCOMPARE(st.onTimeRate, std::nullopt);
    QVERIFY(st.escalationsByLevel.isEmpty());
}

void TestComplaintWorkflow::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << u"13812341234"_s << u"138****1234"_s;
    QTest::newRow("landline with area code") << u"02488881234"_s << u"024****1234"_s;
    QTest::newRow("8 digits") << u"24881234"_s << u"248*1234"_s;
    QTest::newRow("7 digits") << u"8881234"_s << u"*****34"_s;
    QTest::newRow("3 digits") << u"110"_s << u"*10"_s;
    QTest::newRow("2 digits") << u"12"_s << u"12"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("with separators") << u"138-1234-1234"_s << u"138-****-1234"_s;
    QTest::newRow("country code") << u"+8613812341234"_s << u"+861******1234"_s;
}

void TestComplaintWorkflow::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(civic::domain::maskPhone(phone), masked);
}

QTEST_GUILESS_MAIN(TestComplaintWorkflow)
#include "tst_complaintworkflow.moc"
