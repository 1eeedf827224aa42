#pragma once

#include "domain/noticeworkflow.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace civic::ui {

// Names and colours of the notice workflow's values in the user's language.
QString noticeStateLabel(domain::NoticeState state);
QColor noticeStateColor(domain::NoticeState state);
// The categories a notice is filed under (PRODUCT.md §3), as the server stores them.
QStringList noticeCategories();
// A stored category in the user's language (unknown ones as stored).
QString noticeCategoryLabel(const QString &category);
// 一审, 二审, 三审 … for the 1-based step.
QString reviewStepName(int step);
// "一审 · 社区主任".
QString reviewStepTitle(int step, const domain::ReviewStep &reviewStep);
// What the user is told when a notice command is refused (locally or by the server).
QString noticeRefusalText(const QString &code, const QString &message);
// "2025年11月20日 10:32" in China time, or "" for 0.
QString noticeTime(qint64 msecsSinceEpoch);

} // namespace civic::ui
