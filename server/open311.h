#pragma once

// Open311 GeoReport v2 under /open311/v2/ (OPEN311.md): services are the complaint
// categories, service requests are complaints, `api_key` is an intake key.

#include <QString>

#include <optional>

namespace civic::server {

class HttpServer;

// The GeoReport service of a complaint category: its `service_code` ("noise") and the
// category it files under ("噪音"). Categories outside the default list are served as "other".
struct Open311Service
{
    QString code;
    QString category;
    QString description;
    QString keywords;
    QString group;
};

const QList<Open311Service> &open311Services();
std::optional<Open311Service> open311ServiceByCode(const QString &code);
Open311Service open311ServiceForCategory(const QString &category);

void registerOpen311Routes(HttpServer &server);

} // namespace civic::server
