#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <stdexcept>

namespace civic::server {

// An answer other than success: API.md §Errors. Thrown by handlers and validators and
// turned into `{"error": {"code", "message", "field"}}` with `status`, or, inside a push,
// into a `rejected` (or, for 409, `conflict`) op result.
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, QString code, QString message, QString field = {});
    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &field() const { return m_field; }
    QJsonObject toJson() const; // the inner {"code", "message", "field"}
    // Server state returned with a conflict.
    QJsonObject current;

    static ApiError badRequest(const QString &message, const QString &field = {});
    static ApiError invalidField(const QString &field, const QString &message);
    static ApiError notFound(const QString &what = {});
    static ApiError forbidden(const QString &message);
    static ApiError rule(const QString &code, const QString &message, const QString &field = {});

private:
    int m_status;
    QString m_code;
    QString m_message;
    QString m_field;
};

// Reads and validates fields of a JSON object, throwing ApiError(400) naming the field.
// Strings are kept verbatim (no trimming of inner text, no HTML stripping) but must be valid
// text: no NUL characters and within `maxLength` characters.
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object, QString prefix = {});
    const QJsonObject &object() const { return m_object; }
    bool has(QStringView key) const;

    QString string(const QString &key, int maxLength = 4000) const;
    std::optional<QString> optionalString(const QString &key, int maxLength = 4000) const;
    // A string that must not be empty after trimming whitespace.
    QString text(const QString &key, int maxLength = 4000) const;
    qint64 integer(const QString &key, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max) const;
    bool boolean(const QString &key) const;
    std::optional<bool> optionalBoolean(const QString &key) const;
    qint64 time(const QString &key) const;
    std::optional<qint64> optionalTime(const QString &key) const;
    QString uuid(const QString &key) const;
    QString oneOf(const QString &key, std::initializer_list<QStringView> values) const;
    QJsonArray array(const QString &key, int maxItems) const;
    QJsonObject object(const QString &key) const;
    // Rejects keys not in `allowed` (so typos don't pass silently).
    void only(std::initializer_list<QStringView> allowed) const;

    QString path(const QString &key) const;

private:
    QJsonValue value(const QString &key) const;
    QJsonObject m_object;
    QString m_prefix;
};

bool isValidText(QStringView text);
bool isUuid(QStringView text);

} // namespace civic::server
