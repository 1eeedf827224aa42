#include "complaintinput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace civic::server::complaints {

namespace {

bool validPhone(QStringView phone)
{
    static const QRegularExpression re(u"^[0-9+\\- ()]{0,32}$"_s);
    return re.match(phone.toString()).hasMatch();
}

bool validUrl(QStringView url)
{
    return (url.startsWith(u"http://") || url.startsWith(u"https://")) && url.size() <= 1000
        && !url.contains(u' ');
}

} // namespace

NewComplaintInput parseNewComplaint(const JsonFields &f, qint64 now)
{
    NewComplaintInput in;
    in.place = f.string(u"community"_s, 32);
    in.grid = f.optionalString(u"grid"_s, 32).value_or(QString());
    in.category = f.text(u"category"_s, 32).trimmed();
    in.title = f.text(u"title"_s, 200).trimmed();
    in.content = f.text(u"content"_s, 4000);
    in.nickname = f.optionalString(u"nickname"_s, 64).value_or(QString()).trimmed();
    in.phone = f.optionalString(u"phone"_s, 32).value_or(QString()).trimmed();
    if (!validPhone(in.phone))
        throw ApiError::invalidField(f.path(u"phone"_s),
            u"%1 may hold only digits, spaces, '+', '-' and brackets"_s.arg(f.path(u"phone"_s)));
    in.channel = f.oneOf(u"channel"_s, { u"walk_in", u"phone", u"wechat", u"photo", u"grid" });
    in.submittedAt = f.optionalTime(u"submitted_at"_s).value_or(now);
    // A clock a little ahead is tolerated; a complaint from the future is a typo.
    if (in.submittedAt > now + 10 * 60 * 1000)
        throw ApiError::invalidField(
            f.path(u"submitted_at"_s), u"%1 lies in the future"_s.arg(f.path(u"submitted_at"_s)));
    in.location = f.optionalString(u"location"_s, 500).value_or(QString()).trimmed();
    if (f.has(u"photos")) {
        const QJsonArray photos = f.array(u"photos"_s, 20);
        for (qsizetype i = 0; i < photos.size(); ++i) {
            const QString url = photos.at(i).toString();
            if (!photos.at(i).isString() || !validUrl(url))
                throw ApiError::invalidField(
                    f.path(u"photos[%1]"_s.arg(i)), u"each photo is an http(s) URL"_s);
            in.photos.append(url);
        }
    }
    return in;
}

} // namespace civic::server::complaints
