#include "labels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace civic::ui {

QString roleLabel(domain::Role role)
{
    switch (role) {
    case domain::Role::Worker:
        return QCoreApplication::translate("civic::ui::Labels", "Community worker");
    case domain::Role::Director:
        return QCoreApplication::translate("civic::ui::Labels", "Community director");
    case domain::Role::Street:
        return QCoreApplication::translate("civic::ui::Labels", "Street office");
    case domain::Role::District:
        return QCoreApplication::translate("civic::ui::Labels", "District office");
    case domain::Role::City:
        return QCoreApplication::translate("civic::ui::Labels", "City office");
    case domain::Role::Department:
        return QCoreApplication::translate("civic::ui::Labels", "Functional department");
    case domain::Role::Viewer:
        return QCoreApplication::translate("civic::ui::Labels", "Viewer");
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
        return QCoreApplication::translate("civic::ui::Labels", "City");
    case domain::Level::District:
        return QCoreApplication::translate("civic::ui::Labels", "District");
    case domain::Level::Street:
        return QCoreApplication::translate("civic::ui::Labels", "Street");
    case domain::Level::Community:
        return QCoreApplication::translate("civic::ui::Labels", "Community");
    case domain::Level::Grid:
        return QCoreApplication::translate("civic::ui::Labels", "Grid");
    case domain::Level::Department:
        return QCoreApplication::translate("civic::ui::Labels", "Department");
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
        return QCoreApplication::translate("civic::ui::Labels", "never");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    const QDate today = QDate::currentDate();
    const QString time = QLocale().toString(when.time(), QLocale::ShortFormat);
    if (when.date() == today)
        return QCoreApplication::translate("civic::ui::Labels", "today %1").arg(time);
    if (when.date() == today.addDays(-1))
        return QCoreApplication::translate("civic::ui::Labels", "yesterday %1").arg(time);
    if (when.date().year() == today.year())
        return QLocale().toString(when.date(), QCoreApplication::translate("civic::ui::Labels", "MMM d")) + u' ' + time;
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

QString agoText(qint64 msecsSinceEpoch)
{
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - msecsSinceEpoch;
    const int minutes = int(elapsed / 60000);
    const int hours = minutes / 60;
    if (minutes < 1)
        return QCoreApplication::translate("civic::ui::Labels", "just now");
    if (hours < 1)
        return QCoreApplication::translate("civic::ui::Labels", "%n minute(s) ago", nullptr, minutes);
    if (hours < 24)
        return QCoreApplication::translate("civic::ui::Labels", "%n hour(s) ago", nullptr, hours);
    return friendlyTime(msecsSinceEpoch);
}

} // namespace civic::ui
