#include "updatecheck.h"

#include "apiclient.h"
#include "clientsettings.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUpdate, "civic.sync.update")

namespace civic::sync {

namespace {

bool isNumericIdentifier(const QString &identifier)
{
    return !identifier.isEmpty()
        && std::all_of(
            identifier.cbegin(), identifier.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// semver.org §11.4: numeric identifiers compare as numbers and before alphanumeric ones,
// alphanumeric ones in ASCII order.
int compareIdentifiers(const QString &a, const QString &b)
{
    const bool aNumeric = isNumericIdentifier(a);
    const bool bNumeric = isNumericIdentifier(b);
    if (aNumeric && bNumeric) {
        // Numbers of any length: no leading zeros (parse() refuses them), so longer is larger.
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return a.compare(b);
    }
    if (aNumeric != bNumeric)
        return aNumeric ? -1 : 1;
    return a.compare(b);
}

int sign(int v)
{
    return (v > 0) - (v < 0);
}

} // namespace

std::optional<SemanticVersion> SemanticVersion::parse(QStringView text)
{
    // The grammar of semver.org's BNF, as its FAQ spells it as a regular expression.
    static const QRegularExpression pattern(
        uR"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))"
        uR"((?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?)"
        uR"((?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$)"_s);
    if (text.size() > 256)
        return std::nullopt;
    const auto m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    SemanticVersion v;
    bool okMajor = false;
    bool okMinor = false;
    bool okPatch = false;
    v.major = m.captured(1).toULongLong(&okMajor);
    v.minor = m.captured(2).toULongLong(&okMinor);
    v.patch = m.captured(3).toULongLong(&okPatch);
    if (!okMajor || !okMinor || !okPatch)
        return std::nullopt; // beyond 64 bits
    if (m.hasCaptured(4))
        v.preRelease = m.captured(4).split(u'.');
    return v;
}

int compareVersions(const SemanticVersion &a, const SemanticVersion &b)
{
    if (a.major != b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor != b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch != b.patch)
        return a.patch < b.patch ? -1 : 1;
    // A pre-release comes before its release (1.0.0-rc.1 < 1.0.0).
    if (a.preRelease.isEmpty() || b.preRelease.isEmpty())
        return a.preRelease.isEmpty() == b.preRelease.isEmpty() ? 0
                                                                : (a.preRelease.isEmpty() ? 1 : -1);
    for (qsizetype i = 0; i < std::min(a.preRelease.size(), b.preRelease.size()); ++i) {
        if (const int c = compareIdentifiers(a.preRelease.at(i), b.preRelease.at(i)); c != 0)
            return sign(c);
    }
    // All shared identifiers equal: more identifiers come later (alpha < alpha.1).
    return a.preRelease.size() == b.preRelease.size()
        ? 0
        : (a.preRelease.size() < b.preRelease.size() ? -1 : 1);
}

std::optional<int> compareVersions(QStringView a, QStringView b)
{
    const auto va = SemanticVersion::parse(a);
    const auto vb = SemanticVersion::parse(b);
    if (!va || !vb)
        return std::nullopt;
    return compareVersions(*va, *vb);
}

bool ClientRelease::shouldOffer(const QString &currentVersion, const QString &skippedVersion) const
{
    const auto newer = compareVersions(version, currentVersion);
    if (!newer || *newer <= 0 || !url.isValid())
        return false;
    // The dismissed version stays dismissed; a different one (newer, or the previous one
    // published again after a withdrawal) is offered.
    const auto sameAsSkipped = compareVersions(version, skippedVersion);
    return !(sameAsSkipped && *sameAsSkipped == 0);
}

UpdateCheck::UpdateCheck(
    ApiClient *api, ClientSettings *settings, QString currentVersion, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings)
    , m_currentVersion(std::move(currentVersion))
{
}

void UpdateCheck::check()
{
    if (m_running)
        return;
    m_running = true;
    m_api->get(u"/api/v1/client/latest"_s, {}, this, [this](const ApiResult &r) {
        m_running = false;
        if (r.status == 404) {
            // Nothing published: nothing to offer.
            Q_EMIT finished(true);
            return;
        }
        if (!r.ok()) {
            qCInfo(lcUpdate).noquote()
                << "cannot ask for the latest client release:" << r.errorMessage();
            Q_EMIT finished(false);
            return;
        }
        const QJsonObject body = r.json();
        ClientRelease release;
        release.version = body.value(u"version"_s).toString();
        release.url = QUrl(body.value(u"url"_s).toString(), QUrl::StrictMode);
        release.notes = body.value(u"notes"_s).toString();
        release.publishedAt = body.value(u"published_at"_s).toString();
        const bool offer = release.shouldOffer(
            m_currentVersion, m_settings->value(ClientSettings::kUpdateSkipped).toString());
        qCInfo(lcUpdate).noquote()
            << "latest client release" << release.version << "running" << m_currentVersion
            << (offer ? "- offering it" : "- nothing to offer");
        if (offer)
            Q_EMIT updateAvailable(release);
        Q_EMIT finished(true);
    });
}

void UpdateCheck::skip(const QString &version)
{
    m_settings->setValue(ClientSettings::kUpdateSkipped, version);
}

} // namespace civic::sync
