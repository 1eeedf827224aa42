#pragma once

// A push body as far as it can be read without the database (API.md §Sync): the JSON
// object, its envelope and each op's fields, checked before any op is applied. The server's
// push() and the fuzz targets (tests/fuzz) decode with these same functions.

#include "apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace civic::server {

// The body as JSON, as Request::jsonObject() reads it: 400 `invalid_json` for malformed JSON,
// invalid UTF-8, nesting deeper than Qt's parser takes, or a key given twice in one object
// (RFC 8259 leaves its meaning open: one reader would take the first, another the last).
QJsonDocument parseJsonBody(const QByteArray &body);

// A request body that must be one JSON object: throws ApiError(400, `bad_request` when
// empty, `invalid_json` when not JSON or not an object).
QJsonObject parseJsonObject(const QByteArray &body);

// One op of a push, envelope checked; its payload is its handler's to read.
struct PushOp
{
    QString opId; // a UUID, lower-cased
    QString type;
    std::optional<qint64> baseVersion;
    QJsonObject payload;
};

// The ops of a push body `{"ops": [...]}`, in order. Throws ApiError naming the field
// (400, or 413 `too_many_ops` beyond `maxOps`): one bad op refuses the whole push.
QList<PushOp> decodePushOps(const QJsonObject &body, int maxOps);

} // namespace civic::server
