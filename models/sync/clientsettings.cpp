#include "clientsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace civic::sync {

ClientSettings::ClientSettings()
    : m_user(std::make_unique<QSettings>(QSettings::UserScope, QCoreApplication::organizationName(),
        QCoreApplication::applicationName()))
    , m_machine(std::make_unique<QSettings>(QSettings::SystemScope,
          QCoreApplication::organizationName(), QCoreApplication::applicationName()))
{
    // A UserScope QSettings also reads the system scope when a key is missing: without
    // this, the machine preset would look like the user's own choice to source().
    m_user->setFallbacksEnabled(false);
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
    return machineOrDefault(key);
}

QVariant ClientSettings::machineOrDefault(const QString &key) const
{
    if (m_machine->contains(key))
        return m_machine->value(key);
    return defaultValue(key);
}

QString ClientSettings::source(const QString &key) const
{
    if (m_overrides.contains(key))
        return kFromCommandLine;
    if (m_user->contains(key))
        return kFromUser;
    if (m_machine->contains(key))
        return kFromMachine;
    return kFromDefault;
}

void ClientSettings::setValue(const QString &key, const QVariant &value)
{
    // Settings files hold text: compare as the file would give the value back.
    const QVariant fallback = machineOrDefault(key);
    if (fallback.isValid() && fallback.toString() == value.toString())
        m_user->remove(key);
    else
        m_user->setValue(key, value);
    m_user->sync();
}

void ClientSettings::remove(const QString &key)
{
    m_user->remove(key);
    m_user->sync();
}

} // namespace civic::sync
