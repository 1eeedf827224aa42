#include "pushops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

namespace civic::server {

QJsonObject parseJsonObject(const QByteArray &body)
{
    if (body.isEmpty())
        throw ApiError::badRequest(u"a JSON object body is required"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(400, u"invalid_json"_s,
            u"the body is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                .arg(error.offset));
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
