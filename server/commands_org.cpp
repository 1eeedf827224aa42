#include "commands.h"

#include "changelog.h"
#include "feature.h"
#include "orgstore.h"

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

CommandOutcome orgAdd(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({u"code", u"name", u"level", u"parent", u"households"});
    const QString parentCode = p.string(u"parent"_s, 32);
    const auto level = levelFromName(p.string(u"level"_s, 16));
    if (!level)
        throw ApiError::invalidField(u"payload.level"_s, u"unknown level"_s);
    const UnitRecord parent = org::requireUnit(ctx.db, parentCode, u"payload.parent"_s);
    // The new unit will live under `parent`: ask as if it already did.
    Subject subject = org::unitSubject(parent);
    subject.unitPath = childPath(parent.path, p.string(u"code"_s, 32));
    subject.unitLevel = *level;
    require(ctx.actor(), Action::OrgManage, subject);
    const UnitRecord unit = org::addUnit(ctx.db, p.string(u"code"_s, 32), p.string(u"name"_s, 100), *level,
                                         parentCode, int(p.optionalInteger(u"households"_s, 0, 1000000).value_or(0)),
                                         ctx.now);
    return {unit.code, unit.version, currentSeq(ctx.db)};
}

CommandOutcome orgUpdate(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({u"code", u"name", u"households"});
    const UnitRecord unit = org::requireUnit(ctx.db, p.string(u"code"_s, 32), u"payload.code"_s);
    require(ctx.actor(), Action::OrgManage, org::unitSubject(unit));
    ctx.checkVersion(unit.version, org::unitJson(unit));
    std::optional<int> households;
    if (const auto h = p.optionalInteger(u"households"_s, 0, 1000000))
        households = int(*h);
    const UnitRecord updated = org::updateUnit(ctx.db, unit, p.optionalString(u"name"_s, 100), households, ctx.now);
    return {updated.code, updated.version, currentSeq(ctx.db)};
}

CommandOutcome userUpdate(CommandContext &ctx)
{
    const auto &p = ctx.payload;
    p.only({u"id", u"display_name", u"role", u"unit", u"disabled"});
    const auto user = org::findUser(ctx.db, p.string(u"id"_s, 64));
    if (!user)
        throw ApiError::notFound(u"user"_s);
    const UnitRecord unit = org::requireUnit(ctx.db, user->unit);
    Subject subject{.kind = Kind::User, .unitPath = unit.path, .unitLevel = unit.level};
    require(ctx.actor(), Action::UserManage, subject);
    ctx.checkVersion(user->version, org::userData(*user));
    std::optional<Role> role;
    if (const auto r = p.optionalString(u"role"_s, 16)) {
        role = roleFromName(*r);
        if (!role)
            throw ApiError::invalidField(u"payload.role"_s, u"unknown role"_s);
    }
    const auto newUnit = p.optionalString(u"unit"_s, 32);
    if (newUnit) { // the account must also land inside the caller's subtree
        const UnitRecord target = org::requireUnit(ctx.db, *newUnit, u"payload.unit"_s);
        require(ctx.actor(), Action::UserManage,
                Subject{.kind = Kind::User, .unitPath = target.path, .unitLevel = target.level});
    }
    if (user->id == ctx.actor().userId && (role || newUnit || p.optionalBoolean(u"disabled"_s).value_or(false)))
        throw ApiError::forbidden(u"you cannot change your own role, unit or access"_s);
    const UserRecord updated = org::updateUser(ctx.db, *user, p.optionalString(u"display_name"_s, 100), role,
                                               newUnit, p.optionalBoolean(u"disabled"_s), ctx.now);
    return {updated.id, updated.version, currentSeq(ctx.db)};
}

} // namespace

void registerOrgCommands(CommandRegistry &registry)
{
    registry.add(u"org.add"_s, orgAdd);
    registry.add(u"org.update"_s, orgUpdate);
    registry.add(u"user.update"_s, userUpdate);
}

void registerAllCommands(CommandRegistry &registry)
{
    for (const auto &feature : features()) {
        if (feature.registerCommands)
            feature.registerCommands(registry);
    }
}

} // namespace civic::server
