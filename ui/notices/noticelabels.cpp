#include "noticelabels.h"

#include "domain/chinatime.h"
#include "labels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using civic::domain::NoticeState;

namespace civic::ui {

QString noticeStateLabel(NoticeState state)
{
    switch (state) {
    case NoticeState::Draft:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Draft");
    case NoticeState::InReview:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "In review");
    case NoticeState::Approved:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Approved, to publish");
    case NoticeState::Published:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Published");
    case NoticeState::Rejected:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Returned");
    case NoticeState::Withdrawn:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Withdrawn");
    }
    return {};
}

QColor noticeStateColor(NoticeState state)
{
    switch (state) {
    case NoticeState::Draft:
        return QColor(0x8c, 0x8c, 0x8c);
    case NoticeState::InReview:
        return QColor(0xfa, 0x8c, 0x16);
    case NoticeState::Approved:
        return QColor(0x16, 0x77, 0xff);
    case NoticeState::Published:
        return QColor(0x38, 0x9e, 0x0d);
    case NoticeState::Rejected:
        return QColor(0xe5, 0x48, 0x4d);
    case NoticeState::Withdrawn:
        return QColor(0x8c, 0x8c, 0x8c);
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QStringList noticeCategories()
{
    return { u"通知"_s, u"便民"_s, u"惠民"_s, u"活动"_s, u"政策解读"_s, u"召集令"_s };
}

QString noticeCategoryLabel(const QString &category)
{
    if (category == u"通知")
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Announcement");
    if (category == u"便民")
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Services");
    if (category == u"惠民")
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Benefits");
    if (category == u"活动")
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Event");
    if (category == u"政策解读")
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Policy explained");
    if (category == u"召集令")
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Call to action");
    return category;
}

QString reviewStepName(int step)
{
    switch (step) {
    case 1:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "1st review");
    case 2:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "2nd review");
    case 3:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "3rd review");
    case 4:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "4th review");
    default:
        return QCoreApplication::translate("civic::ui::NoticeLabels", "Review %1").arg(step);
    }
}

QString reviewStepTitle(int step, const domain::ReviewStep &reviewStep)
{
    return QCoreApplication::translate("civic::ui::NoticeLabels", "%1 · %2")
        .arg(reviewStepName(step), roleLabel(reviewStep.role));
}

QString noticeRefusalText(const QString &code, const QString &message)
{
    if (code == u"sensitive_word")
        return QCoreApplication::translate("civic::ui::NoticeLabels",
            "The notice contains sensitive words of the district. Change them and submit again.");
    if (code == u"invalid_link")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "A link or image address is not a valid web address.");
    if (code == u"schedule_in_past")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "The scheduled time has already passed.");
    if (code == u"required")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "Title, category and body are required.");
    if (code == u"self_approval")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "Nobody may review their own notice.");
    if (code == u"not_reviewer" || code == u"not_current_step" || code == u"step_skipped"
        || code == u"forbidden")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "This step is not yours to decide.");
    if (code == u"quality_required")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "Give a quality rating from 1 to 5 to approve.");
    if (code == u"comment_required")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "Write a comment for the author to return the notice.");
    if (code == u"conflict")
        return QCoreApplication::translate("civic::ui::NoticeLabels",
            "The notice was changed elsewhere in the meantime. Reopen it and try again.");
    if (code == u"invalid_state" || code == u"immutable" || code == u"not_approved")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "The notice is no longer in a state that allows this.");
    if (code == u"level_order" || code == u"duplicate_step" || code == u"role_level_mismatch"
        || code == u"role_cannot_review" || code == u"empty_chain" || code == u"invalid_due_hours")
        return QCoreApplication::translate(
            "civic::ui::NoticeLabels", "The review chain is not valid: %1")
            .arg(message);
    return QCoreApplication::translate("civic::ui::NoticeLabels", "Not done: %1").arg(message);
}

QString noticeTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return {};
    const QDateTime when
        = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone(domain::kChinaOffsetSeconds));
    return QLocale().toString(
        when, QCoreApplication::translate("civic::ui::NoticeLabels", "yyyy-MM-dd HH:mm"));
}

} // namespace civic::ui
