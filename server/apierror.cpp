#include "apierror.h"

#include "domain/chinatime.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace civic::server {

ApiError::ApiError(int status, QString code, QString message, QString field)
    : std::runtime_error(message.toStdString())
    , m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_field(std::move(field))
{
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{u"code"_s, m_code}, {u"message"_s, m_message}};
    if (!m_field.isEmpty())
        error.insert(u"field"_s, m_field);
    return error;
}

ApiError ApiError::badRequest(const QString &message, const QString &field)
{
    return ApiError(400, u"bad_request"_s, message, field);
}

ApiError ApiError::invalidField(const QString &field, const QString &message)
{
    return ApiError(400, u"invalid_field"_s, message, field);
}

ApiError ApiError::notFound(const QString &what)
{
    return ApiError(404, u"not_found"_s, what.isEmpty() ? u"not found"_s : what + u" not found"_s);
}

ApiError ApiError::forbidden(const QString &message)
{
    return ApiError(403, u"forbidden"_s, message);
}

ApiError ApiError::rule(const QString &code, const QString &message, const QString &field)
{
    return ApiError(400, code, message, field);
}

bool isValidText(QStringView text)
{
    // NUL cannot be stored in PostgreSQL; the other C0 controls (but tab and line ends) and
    // U+FFFE/U+FFFF cannot be written in XML (Open311's .xml answers) and are never text.
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            return false;
    }
    // Lone surrogates cannot be stored as UTF-8.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

bool isUuid(QStringView text)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(text.toString()).hasMatch();
}

JsonFields::JsonFields(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{
}

bool JsonFields::has(QStringView key) const
{
    const auto v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonFields::path(const QString &key) const
{
    // An empty key is named as JSON writes it, so an error about it still names a field.
    const QString name = key.isEmpty() ? u"\"\""_s : key;
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

QJsonValue JsonFields::value(const QString &key) const
{
    return m_object.value(key);
}

std::optional<QString> JsonFields::optionalString(const QString &key, int maxLength) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        throw ApiError::invalidField(path(key), u"%1 must be a string"_s.arg(path(key)));
    const QString s = v.toString();
    if (s.size() > maxLength)
        throw ApiError::invalidField(path(key), u"%1 is longer than %2 characters"_s.arg(path(key)).arg(maxLength));
    if (!isValidText(s))
        throw ApiError::invalidField(path(key), u"%1 contains characters that are not text"_s.arg(path(key)));
    return s;
}

QString JsonFields::string(const QString &key, int maxLength) const
{
    auto s = optionalString(key, maxLength);
    if (!s)
        throw ApiError::invalidField(path(key), u"%1 is required"_s.arg(path(key)));
    return *s;
}

QString JsonFields::text(const QString &key, int maxLength) const
{
    const QString s = string(key, maxLength);
    if (s.trimmed().isEmpty())
        throw ApiError::invalidField(path(key), u"%1 must not be empty"_s.arg(path(key)));
    return s;
}

std::optional<qint64> JsonFields::optionalInteger(const QString &key, qint64 min, qint64 max) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::trunc(d))
        throw ApiError::invalidField(path(key), u"%1 must be an integer"_s.arg(path(key)));
    const auto outOfRange = [&] {
        return ApiError::invalidField(
            path(key), u"%1 must be between %2 and %3"_s.arg(path(key)).arg(min).arg(max));
    };
    // Converting a double beyond qint64 is undefined behaviour: refuse such numbers first.
    if (!(d >= -0x1p63 && d < 0x1p63))
        throw outOfRange();
    const qint64 n = static_cast<qint64>(d);
    if (n < min || n > max)
        throw outOfRange();
    return n;
}

qint64 JsonFields::integer(const QString &key, qint64 min, qint64 max) const
{
    auto n = optionalInteger(key, min, max);
    if (!n)
        throw ApiError::invalidField(path(key), u"%1 is required"_s.arg(path(key)));
    return *n;
}

std::optional<bool> JsonFields::optionalBoolean(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        throw ApiError::invalidField(path(key), u"%1 must be true or false"_s.arg(path(key)));
    return v.toBool();
}

bool JsonFields::boolean(const QString &key) const
{
    auto b = optionalBoolean(key);
    if (!b)
        throw ApiError::invalidField(path(key), u"%1 is required"_s.arg(path(key)));
    return *b;
}

std::optional<qint64> JsonFields::optionalTime(const QString &key) const
{
    const auto s = optionalString(key, 64);
    if (!s)
        return std::nullopt;
    const auto t = domain::parseIsoTime(*s);
    if (!t)
        throw ApiError::invalidField(path(key), u"%1 must be an ISO 8601 date-time with offset"_s.arg(path(key)));
    return t;
}

qint64 JsonFields::time(const QString &key) const
{
    auto t = optionalTime(key);
    if (!t)
        throw ApiError::invalidField(path(key), u"%1 is required"_s.arg(path(key)));
    return *t;
}

QString JsonFields::uuid(const QString &key) const
{
    const QString s = string(key, 64);
    if (!isUuid(s))
        throw ApiError::invalidField(path(key), u"%1 must be a UUID"_s.arg(path(key)));
    return s.toLower();
}

QString JsonFields::oneOf(const QString &key, std::initializer_list<QStringView> values) const
{
    const QString s = string(key, 64);
    for (const auto v : values) {
        if (v == s)
            return s;
    }
    QStringList names;
    for (const auto v : values)
        names.append(v.toString());
    throw ApiError::invalidField(path(key), u"%1 must be one of %2"_s.arg(path(key), names.join(u", ")));
}

QJsonArray JsonFields::array(const QString &key, int maxItems) const
{
    const QJsonValue v = value(key);
    if (!v.isArray())
        throw ApiError::invalidField(path(key), u"%1 must be an array"_s.arg(path(key)));
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems)
        throw ApiError::invalidField(path(key), u"%1 has more than %2 items"_s.arg(path(key)).arg(maxItems));
    return a;
}

QJsonObject JsonFields::object(const QString &key) const
{
    const QJsonValue v = value(key);
    if (!v.isObject())
        throw ApiError::invalidField(path(key), u"%1 must be an object"_s.arg(path(key)));
    return v.toObject();
}

void JsonFields::only(std::initializer_list<QStringView> allowed) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (const auto a : allowed)
            known = known || a == it.key();
        if (!known)
            throw ApiError::invalidField(path(it.key()), u"unknown field %1"_s.arg(path(it.key())));
    }
}

} // namespace civic::server
