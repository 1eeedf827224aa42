#include "pushops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace civic::server {

namespace {

// The first key that appears twice in one object of `json`, which QJsonDocument has parsed
// already (so the text is well-formed and nested at most 1024 deep). QJsonDocument itself
// keeps the last of them silently.
std::optional<QString> duplicateKey(QByteArrayView json)
{
    struct Level
    {
        bool object;
        bool expectKey;
        QSet<QString> keys;
    };
    std::vector<Level> levels;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json[i]) {
        case '{':
            levels.push_back({ true, true, {} });
            break;
        case '[':
            levels.push_back({ false, false, {} });
            break;
        case '}':
        case ']':
            if (!levels.empty())
                levels.pop_back();
            break;
        case ',':
            if (!levels.empty() && levels.back().object)
                levels.back().expectKey = true;
            break;
        case '"': {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            if (levels.empty() || !levels.back().object || !levels.back().expectKey)
                break;
            levels.back().expectKey = false;
            const QByteArrayView token = json.sliced(start, i - start + 1);
            // A key spelled with escapes is the same key as its plain spelling.
            const QString key = escaped
                ? QJsonDocument::fromJson("[" + token.toByteArray() + "]").array().at(0).toString()
                : QString::fromUtf8(token.sliced(1, token.size() - 2));
            if (levels.back().keys.contains(key))
                return key;
            levels.back().keys.insert(key);
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace

QJsonDocument parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(400, u"invalid_json"_s,
            u"the body is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                .arg(error.offset));
    if (const auto key = duplicateKey(body))
        throw ApiError(400, u"invalid_json"_s,
            u"the body gives the key \"%1\" twice in one object"_s.arg(*key));
    return doc;
}

QJsonObject parseJsonObject(const QByteArray &body)
{
    if (body.isEmpty())
        throw ApiError::badRequest(u"a JSON object body is required"_s);
    const QJsonDocument doc = parseJsonBody(body);
    if (!doc.isObject())
        throw ApiError(400, u"invalid_json"_s, u"the body must be a JSON object"_s);
    return doc.object();
}

QList<PushOp> decodePushOps(const QJsonObject &body, int maxOps)
{
    const JsonFields fields(body);
    fields.only({ u"ops" });
    const QJsonValue opsValue = body.value(u"ops"_s);
    if (!opsValue.isArray())
        throw ApiError::invalidField(u"ops"_s, u"ops must be an array"_s);
    const QJsonArray ops = opsValue.toArray();
    if (ops.size() > maxOps)
        throw ApiError(413, u"too_many_ops"_s, u"at most %1 ops per push"_s.arg(maxOps), u"ops"_s);

    QList<PushOp> decoded;
    decoded.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString prefix = u"ops[%1]"_s.arg(i);
        if (!ops.at(i).isObject())
            throw ApiError::invalidField(prefix, prefix + u" must be an object"_s);
        const JsonFields op(ops.at(i).toObject(), prefix);
        op.only({ u"op_id", u"type", u"base_version", u"payload" });
        PushOp e;
        e.opId = op.uuid(u"op_id"_s);
        e.type = op.string(u"type"_s, 64);
        e.baseVersion = op.optionalInteger(u"base_version"_s, 0, std::numeric_limits<int>::max());
        e.payload = op.has(u"payload") ? op.object(u"payload"_s) : QJsonObject();
        decoded.append(e);
    }
    return decoded;
}

} // namespace civic::server
