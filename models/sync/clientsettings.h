#pragma once

#include <QHash>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace civic::sync {

// The client's configuration with its precedence (documented in docs/operations.md
// §Rolling out the client): the command line, then the user's own settings, then the
// machine-wide preset an administrator or installer wrote (QSettings::SystemScope:
// HKLM\Software\CivicDesk\CivicDesk on Windows, /etc/xdg/CivicDesk/CivicDesk.conf on Linux),
// then built-in defaults.
class ClientSettings
{
public:
    // The levels, as source() names them.
    static inline const QString kFromCommandLine = QStringLiteral("command line");
    static inline const QString kFromUser = QStringLiteral("user");
    static inline const QString kFromMachine = QStringLiteral("machine");
    static inline const QString kFromDefault = QStringLiteral("default");

    // The application's organisation and name select the files and registry keys.
    ClientSettings();

    // Values given on the command line win over everything, for this run only.
    void setOverride(const QString &key, const QVariant &value);
    QVariant value(const QString &key) const;
    // Which level supplied the value: "command line", "user", "machine" or "default".
    QString source(const QString &key) const;
    // What the user's settings would fall back to: the machine preset, else the default.
    QVariant machineOrDefault(const QString &key) const;
    // Writes the user's own setting. A value equal to machineOrDefault() removes the user's
    // copy instead, so that a later change of the machine preset (a server moved) still
    // reaches users who merely confirmed the preset in the sign-in dialog.
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);

    static QVariant defaultValue(const QString &key);

    // Keys.
    static inline const QString kServerUrl = QStringLiteral("server/url");
    static inline const QString kUsername = QStringLiteral("account/username");
    static inline const QString kLanguage = QStringLiteral("ui/language");
    static inline const QString kSyncInterval = QStringLiteral("sync/intervalSeconds");
    static inline const QString kCacheDirectory = QStringLiteral("cache/directory");
    static inline const QString kUpdateSkipped = QStringLiteral("update/skippedVersion");

private:
    QHash<QString, QVariant> m_overrides;
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_machine;
};

} // namespace civic::sync
