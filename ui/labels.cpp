#include "labels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace civic::ui {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("civic::ui::Labels", text, nullptr, n);
}
} // namespace

QString roleLabel(domain::Role role)
{
    switch (role) {
    case domain::Role::Worker:
        return tr("Community worker");
    case domain::Role::Director:
        return tr("Community director");
    case domain::Role::Street:
        return tr("Street office");
    case domain::Role::District:
        return tr("District office");
    case domain::Role::City:
        return tr("City office");
    case domain::Role::Department:
        return tr("Functional department");
    case domain::Role::Viewer:
        return tr("Viewer");
    }
    return {};
}

QString roleLabel(const QString &roleName)
{
    const auto role = domain::roleFromName(roleName);
    return role ? roleLabel(*role) : roleName;
}

QString levelLabel(domain::Level level)
{
    switch (level) {
    case domain::Level::City:
        return tr("City");
    case domain::Level::District:
        return tr("District");
    case domain::Level::Street:
        return tr("Street");
    case domain::Level::Community:
        return tr("Community");
    case domain::Level::Grid:
        return tr("Grid");
    case domain::Level::Department:
        return tr("Department");
    }
    return {};
}

QString levelLabel(const QString &levelName)
{
    const auto level = domain::levelFromName(levelName);
    return level ? levelLabel(*level) : levelName;
}

QString friendlyTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return tr("never");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    const QDate today = QDate::currentDate();
    const QString time = QLocale().toString(when.time(), QLocale::ShortFormat);
    if (when.date() == today)
        return tr("today %1").arg(time);
    if (when.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    if (when.date().year() == today.year())
        return QLocale().toString(when.date(), tr("MMM d")) + u' ' + time;
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

QString agoText(qint64 msecsSinceEpoch)
{
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - msecsSinceEpoch) / 1000;
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", int(seconds / 3600));
    return friendlyTime(msecsSinceEpoch);
}

} // namespace civic::ui
