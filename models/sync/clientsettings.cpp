#include "clientsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace civic::sync {

ClientSettings::ClientSettings()
    : m_user(std::make_unique<QSettings>(QSettings::UserScope, QCoreApplication::organizationName(),
                                         QCoreApplication::applicationName()))
    , m_machine(std::make_unique<QSettings>(QSettings::SystemScope, QCoreApplication::organizationName(),
                                            QCoreApplication::applicationName()))
{
}

QVariant ClientSettings::defaultValue(const QString &key)
{
    if (key == kServerUrl)
        return u"http://127.0.0.1:8470"_s;
    if (key == kLanguage)
        return u"zh_CN"_s;
    if (key == kSyncInterval)
        return 60;
    return {};
}

void ClientSettings::setOverride(const QString &key, const QVariant &value)
{
    m_overrides.insert(key, value);
}

QVariant ClientSettings::value(const QString &key) const
{
    if (m_overrides.contains(key))
        return m_overrides.value(key);
    if (m_user->contains(key))
        return m_user->value(key);
    if (m_machine->contains(key))
        return m_machine->value(key);
    return defaultValue(key);
}

QString ClientSettings::source(const QString &key) const
{
    if (m_overrides.contains(key))
        return u"command line"_s;
    if (m_user->contains(key))
        return u"user"_s;
    if (m_machine->contains(key))
        return u"machine"_s;
    return u"default"_s;
}

void ClientSettings::setValue(const QString &key, const QVariant &value)
{
    m_user->setValue(key, value);
    m_user->sync();
}

void ClientSettings::remove(const QString &key)
{
    m_user->remove(key);
    m_user->sync();
}

} // namespace civic::sync
