#pragma once

#include "clientcontext.h"
#include "domain/complaintworkflow.h"
#include "domain/permissions.h"
#include "item/complaintrecords.h"

#include <QColor>
#include <QPointer>
#include <QString>

namespace civic::ui {

// What the 意见箱 widgets share: the workflow's actions as buttons (name, whether the user's
// role ever uses them, whether they are possible now and why not), the domain's refusals in
// the user's language, and the SLA colours.
namespace complaints {

// The actions offered in the detail pane, in the order they are shown.
inline constexpr domain::ComplaintAction kPaneActions[] = {
    domain::ComplaintAction::Reply,
    domain::ComplaintAction::Accept,
    domain::ComplaintAction::Note,
    domain::ComplaintAction::Assign,
    domain::ComplaintAction::Escalate,
    domain::ComplaintAction::Transfer,
    domain::ComplaintAction::Return,
    domain::ComplaintAction::TakeOver,
    domain::ComplaintAction::Object,
    domain::ComplaintAction::Urge,
    domain::ComplaintAction::Resolve,
    domain::ComplaintAction::Satisfaction,
    domain::ComplaintAction::Reopen,
    domain::ComplaintAction::Close,
    domain::ComplaintAction::MarkExample,
    domain::ComplaintAction::Merge,
};

// The button's text (回复居民, 上报, 转办 …).
QString actionLabel(domain::ComplaintAction action);
// "replyButton", "escalateButton" … (CONTRIBUTING.md: object names end in their type).
QString actionObjectName(domain::ComplaintAction action);

// Whether a button is shown, and whether it can be pressed now (with the reason when not).
struct ActionAvailability
{
    bool visible = false;
    bool enabled = false;
    QString reason;
};
// Hidden when the user's role never takes the action (a department never escalates, a
// worker never transfers); disabled with the reason when the rules or the permission refuse
// it for this complaint now.
ActionAvailability availability(const domain::Actor &actor, const item::ComplaintDetail &complaint,
    domain::ComplaintAction action, qint64 now, const QString &handlingName);

// A refusal (a domain rule's stable code, or the cache's) in the user's language; `fallback`
// (the English message) when the code is unknown.
QString refusalText(const QString &code, const QString &fallback = {});

// PRODUCT.md §2: overdue red, due within 4 hours amber.
QColor slaColor(domain::SlaState state);
QColor statusColor(domain::ComplaintStatus status);

// A submit() callback that runs only while `owner` lives (a dialog may close before the sync
// thread answers).
template<typename F> ClientContext::Done guarded(QObject *owner, F fn)
{
    return [owner = QPointer<QObject>(owner), fn = std::move(fn)](const store::SubmitResult &r) {
        if (owner)
            fn(r);
    };
}

} // namespace complaints
} // namespace civic::ui
