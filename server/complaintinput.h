#pragma once

// The fields of a new complaint as staff (complaint.create), the intake API and Open311 send
// them: read and checked without the database, so the server and the fuzz targets
// (tests/fuzz) decode them with the same code.

#include "apierror.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace civic::server::complaints {

// What a new complaint carries, from staff (complaint.create), the intake API or Open311.
struct NewComplaintInput
{
    QString id;
    QString place; // a community or grid code
    QString grid; // optional: a grid of `place`
    QString category;
    QString title;
    QString content;
    QString nickname;
    QString phone;
    QString channel;
    qint64 submittedAt = 0;
    QString location;
    std::optional<double> lat;
    std::optional<double> lng;
    QString addressId;
    QJsonArray photos;
    QString externalId;
    QString intakeKey;
    QString source;
};

// Reads the complaint.create fields (API.md) from `fields`; `prefix` is how errors name them
// ("payload." for commands, "" for the intake API). Throws ApiError(400) naming the field.
NewComplaintInput parseNewComplaint(const JsonFields &fields, qint64 now);

} // namespace civic::server::complaints
