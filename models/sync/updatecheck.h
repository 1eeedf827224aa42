#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace civic::sync {

class ApiClient;
class ClientSettings;

// A version number as Semantic Versioning 2.0 orders them (semver.org §11): the client's
// CIVIC_VERSION and the releases the city administrator publishes.
struct SemanticVersion
{
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    QStringList preRelease; // "rc.1" → {"rc", "1"}; empty for a release

    // "1.2.3", "1.2.3-rc.1"; build metadata ("+…") is accepted and ignored, as it has no
    // precedence. Anything else (a leading "v", "1.2", leading zeros) is nullopt.
    static std::optional<SemanticVersion> parse(QStringView text);
};

// <0, 0 or >0 as `a` is older than, the same as or newer than `b`.
int compareVersions(const SemanticVersion &a, const SemanticVersion &b);
// The same on text; nullopt when either is not a semantic version.
std::optional<int> compareVersions(QStringView a, QStringView b);

// The release the server advertises (GET /api/v1/client/latest).
struct ClientRelease
{
    QString version;
    QUrl url;
    QString notes;
    QString publishedAt; // ISO 8601, as the server wrote it

    // Offered when newer than the running client and not the version the user dismissed.
    bool shouldOffer(const QString &currentVersion, const QString &skippedVersion) const;
};

// Asks the server which desktop client release is current and says when to offer it
// (docs/operations.md §Updates): only a newer version than the running one, and not one
// the user dismissed (remembered in the user's settings under ClientSettings::kUpdateSkipped).
class UpdateCheck : public QObject
{
    Q_OBJECT

public:
    UpdateCheck(ApiClient *api, ClientSettings *settings, QString currentVersion,
        QObject *parent = nullptr);

    QString currentVersion() const { return m_currentVersion; }
    bool running() const { return m_running; }
    // Asks once: updateAvailable() when there is something to offer, then finished().
    void check();
    // The user dismissed `version`: not offered again (a later release is).
    void skip(const QString &version);

Q_SIGNALS:
    void updateAvailable(const civic::sync::ClientRelease &release);
    // `answered`: the server answered (with a release or with "none published"); false when
    // it could not be asked (offline, signed out), so the caller may try again later.
    void finished(bool answered);

private:
    ApiClient *m_api;
    ClientSettings *m_settings;
    QString m_currentVersion;
    bool m_running = false;
};

} // namespace civic::sync
