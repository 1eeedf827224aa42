// Open311 GeoReport v2 (OPEN311.md; the specification's GeoReport_v2 page): the services
// list and definitions, filing a service request (a complaint) with an intake key as
// `api_key`, and reading requests back without any personal data. XML and JSON alike;
// errors in the specification's format.

#include "open311.h"

#include "apierror.h"
#include "complaintstore.h"
#include "domain/chinatime.h"
#include "httpserver.h"
#include "intake.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::server {

namespace {

using complaints::ComplaintRecord;

constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMaxDescription = 4000;

enum class Format { Xml, Json };

// A failure answered in the specification's error format: 403 for the api_key, 404 for
// unknown resources, 400 for everything else.
struct Open311Error
{
    int status;
    QString description;
};

Format formatOf(const QString &extension)
{
    return extension == u"xml" ? Format::Xml : Format::Json;
}

Reply xmlReply(const QByteArray &body, int status = 200)
{
    return Reply::raw(body, "text/xml; charset=utf-8", status);
}

Reply errorReply(Format format, const Open311Error &error)
{
    if (format == Format::Json)
        return Reply::json(QJsonArray { QJsonObject { { u"code"_s, error.status },
                               { u"description"_s, error.description } } },
            error.status);
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"errors"_s);
    xml.writeStartElement(u"error"_s);
    xml.writeTextElement(u"code"_s, QString::number(error.status));
    xml.writeTextElement(u"description"_s, error.description);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return xmlReply(body, error.status);
}

// Runs a handler and turns every refusal into the specification's error format.
RouteHandler guarded(std::function<Reply(Request &, Format)> handler)
{
    return [handler = std::move(handler)](Request &r) {
        const Format format = formatOf(r.matches.value(r.matches.size() - 1));
        try {
            r.requireTextInput();
            return handler(r, format);
        } catch (const Open311Error &e) {
            return errorReply(format, e);
        } catch (const ApiError &e) {
            const int status = e.status() == 401 || e.status() == 403 ? 403
                : e.status() == 404                                   ? 404
                                                                      : 400;
            return errorReply(format, { status, e.message() });
        }
    };
}

// Open311 writes times with seconds and an offset (w3 profile of ISO 8601).
QString w3Time(qint64 ms)
{
    return isoTime(ms - ms % 1000);
}

IntakeKey requireKey(Db &db, const QString &apiKey, const QString &operation)
{
    const auto key = findIntakeKey(db, apiKey);
    if (!key)
        throw Open311Error { 403,
            u"Invalid api_key received -- can't proceed with %1."_s.arg(operation) };
    return *key;
}

// Every community a key may file into (or every community, without a key), with the names
// of the units above it so that 河畔社区 of one street is told from another's.
QList<std::pair<QString, QString>> communities(Db &db, const std::optional<IntakeKey> &key)
{
    QHash<QString, UnitRecord> byCode;
    const QList<UnitRecord> units = org::allUnits(db);
    for (const auto &u : units)
        byCode.insert(u.code, u);
    QList<std::pair<QString, QString>> list;
    for (const auto &u : units) {
        if (u.level != Level::Community || (key && !pathWithin(u.path, key->unitPath)))
            continue;
        QStringList names;
        for (const auto &code : pathCodes(u.path)) {
            const UnitRecord &a = byCode[code];
            if (a.level == Level::District || a.level == Level::Street
                || a.level == Level::Community)
                names.append(a.name);
        }
        list.append({ u.code, names.join(u' ') });
    }
    return list;
}

std::optional<IntakeKey> optionalKey(Db &db, const Request &r, const QString &operation)
{
    if (!r.hasParam(u"api_key"_s) || r.param(u"api_key"_s).isEmpty())
        return std::nullopt;
    return requireKey(db, r.param(u"api_key"_s), operation);
}

void writeService(QXmlStreamWriter &xml, const Open311Service &s)
{
    xml.writeStartElement(u"service"_s);
    xml.writeTextElement(u"service_code"_s, s.code);
    xml.writeTextElement(u"service_name"_s, s.category);
    xml.writeTextElement(u"description"_s, s.description);
    xml.writeTextElement(u"metadata"_s, u"true"_s);
    xml.writeTextElement(u"type"_s, u"realtime"_s);
    xml.writeTextElement(u"keywords"_s, s.keywords);
    xml.writeTextElement(u"group"_s, s.group);
    xml.writeEndElement();
}

Reply services(Request &, Format format)
{
    if (format == Format::Json) {
        QJsonArray list;
        for (const auto &s : open311Services()) {
            list.append(QJsonObject { { u"service_code"_s, s.code },
                { u"service_name"_s, s.category }, { u"description"_s, s.description },
                { u"metadata"_s, true }, { u"type"_s, u"realtime"_s },
                { u"keywords"_s, s.keywords }, { u"group"_s, s.group } });
        }
        return Reply::json(list);
    }
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"services"_s);
    for (const auto &s : open311Services())
        writeService(xml, s);
    xml.writeEndElement();
    xml.writeEndDocument();
    return xmlReply(body);
}

// The definition: one `community` attribute listing where requests may be placed. With a
// key, its communities (not required when the key is bound to one community); without,
// every community of the city.
Reply serviceDefinition(Request &r, Format format)
{
    const auto service = open311ServiceByCode(r.matches.value(0));
    if (!service)
        throw Open311Error { 404, u"service_code %1 not found"_s.arg(r.matches.value(0)) };
    Transaction tx(*r.db, Transaction::Mode::Read);
    const auto key = optionalKey(*r.db, r, u"get_service_definition"_s);
    const auto values = communities(*r.db, key);
    bool required = true;
    if (key) {
        const auto unit = org::findUnit(*r.db, key->unitCode);
        required = !unit || (unit->level != Level::Community && unit->level != Level::Grid);
    }
    tx.commit();
    const QString description = u"问题所在的社区"_s;
    const QString datatypeDescription = u"社区代码(行政区划代码)"_s;
    if (format == Format::Json) {
        QJsonArray list;
        for (const auto &[code, name] : values)
            list.append(QJsonObject { { u"key"_s, code }, { u"name"_s, name } });
        const QJsonObject attribute { { u"variable"_s, true }, { u"code"_s, u"community"_s },
            { u"datatype"_s, u"singlevaluelist"_s }, { u"required"_s, required },
            { u"datatype_description"_s, datatypeDescription }, { u"order"_s, 1 },
            { u"description"_s, description }, { u"values"_s, list } };
        return Reply::json(QJsonObject {
            { u"service_code"_s, service->code }, { u"attributes"_s, QJsonArray { attribute } } });
    }
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"service_definition"_s);
    xml.writeTextElement(u"service_code"_s, service->code);
    xml.writeStartElement(u"attributes"_s);
    xml.writeStartElement(u"attribute"_s);
    xml.writeTextElement(u"variable"_s, u"true"_s);
    xml.writeTextElement(u"code"_s, u"community"_s);
    xml.writeTextElement(u"datatype"_s, u"singlevaluelist"_s);
    xml.writeTextElement(u"required"_s, required ? u"true"_s : u"false"_s);
    xml.writeTextElement(u"datatype_description"_s, datatypeDescription);
    xml.writeTextElement(u"order"_s, u"1"_s);
    xml.writeTextElement(u"description"_s, description);
    xml.writeStartElement(u"values"_s);
    for (const auto &[code, name] : values) {
        xml.writeStartElement(u"value"_s);
        xml.writeTextElement(u"key"_s, code);
        xml.writeTextElement(u"name"_s, name);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return xmlReply(body);
}

// A POST's arguments, from a form (the specification's encoding) or a JSON object.
struct PostArguments
{
    QHash<QString, QString> values;
    QHash<QString, QStringList> attributes;
};

PostArguments postArguments(const Request &r)
{
    PostArguments args;
    static const QRegularExpression attribute(uR"(^attribute\[([^\]]+)\](\[\])?$)"_s);
    const auto add = [&](const QString &name, const QString &value) {
        if (!isValidText(name) || !isValidText(value))
            throw Open311Error { 400, u"%1 contains characters that are not text"_s.arg(name) };
        const auto m = attribute.match(name);
        if (m.hasMatch())
            args.attributes[m.captured(1)].append(value);
        else
            args.values.insert(name, value);
    };
    const auto addAttribute = [&](const QString &name, const QString &value) {
        if (!isValidText(name) || !isValidText(value))
            throw Open311Error { 400,
                u"attribute %1 contains characters that are not text"_s.arg(name) };
        args.attributes[name].append(value);
    };
    const QString type = r.header(u"content-type"_s).section(u';', 0, 0).trimmed().toLower();
    if (!r.body.isEmpty() && type != u"application/json"
        && type != u"application/x-www-form-urlencoded")
        throw Open311Error { 400,
            u"send the request form-encoded (application/x-www-form-urlencoded) or as JSON"_s };
    if (type == u"application/json") {
        const QJsonDocument doc = parseJsonBody(r.body);
        if (!doc.isObject())
            throw Open311Error { 400, u"the body is not a JSON object"_s };
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            if (it.key() == u"attribute" && v.isObject()) {
                const QJsonObject attrs = v.toObject();
                for (auto a = attrs.begin(); a != attrs.end(); ++a) {
                    if (a.value().isArray()) {
                        for (const auto &item : a.value().toArray())
                            addAttribute(a.key(), item.toVariant().toString());
                    } else {
                        addAttribute(a.key(), a.value().toVariant().toString());
                    }
                }
            } else if (v.isString() || v.isDouble()) {
                add(it.key(), v.toVariant().toString());
            } else if (!v.isNull()) {
                throw Open311Error { 400, u"%1 must be a string or a number"_s.arg(it.key()) };
            }
        }
        return args;
    }
    for (auto it = r.query.cbegin(); it != r.query.cend(); ++it) {
        // One value per field: which of two descriptions (or keys) was meant is a guess.
        if (r.query.count(it.key()) > 1 && !it.key().endsWith(u"[]"))
            throw Open311Error { 400, u"%1 was given more than once"_s.arg(it.key()) };
        add(it.key(), it.value());
    }
    return args;
}

std::optional<double> coordinate(const PostArguments &args, const QString &name, double limit)
{
    const QString text = args.values.value(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < -limit || v > limit)
        throw Open311Error { 400,
            u"%1 must be a WGS84 coordinate between -%2 and %2"_s.arg(name).arg(limit) };
    return v;
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(uR"(<\s*/?\s*[A-Za-z!][^>]*>)"_s);
    return tag.match(text).hasMatch();
}

QString serviceNotice(const ComplaintRecord &record, const QString &handlerName)
{
    return u"已交%1办理,将在%2小时内(%3前)答复。"_s.arg(handlerName)
        .arg(record.slaHours)
        .arg(w3Time(record.state.dueAt));
}

QString unitName(Db &db, const QString &code)
{
    const auto unit = org::findUnit(db, code);
    return unit ? unit->name : code;
}

// POST requests.{fmt}: a resident's report becomes a complaint of the community it names.
Reply postRequest(Request &r, Format format)
{
    const PostArguments args = postArguments(r);
    const IntakeKey key = requireKey(*r.db, args.values.value(u"api_key"_s), u"create_request"_s);
    const QString serviceCode = args.values.value(u"service_code"_s).trimmed();
    if (serviceCode.isEmpty())
        throw Open311Error { 400, u"service_code was not provided"_s };
    const auto service = open311ServiceByCode(serviceCode);
    if (!service)
        throw Open311Error { 404, u"service_code %1 not found"_s.arg(serviceCode) };

    complaints::NewComplaintInput input;
    input.lat = coordinate(args, u"lat"_s, 90);
    input.lng = coordinate(args, u"long"_s, 180);
    input.location = args.values.value(u"address_string"_s).trimmed();
    input.addressId = args.values.value(u"address_id"_s).trimmed();
    if (input.lat.has_value() != input.lng.has_value())
        throw Open311Error { 400, u"lat and long must be sent together"_s };
    if (!input.lat && input.location.isEmpty() && input.addressId.isEmpty())
        throw Open311Error { 400,
            u"a location is required: lat and long, address_string or address_id"_s };
    if (input.location.size() > 500 || input.addressId.size() > 100)
        throw Open311Error { 400, u"address_string or address_id is too long"_s };
    if (input.location.isEmpty() && input.lat)
        input.location = u"%1,%2"_s.arg(*input.lat, 0, 'f', 6).arg(*input.lng, 0, 'f', 6);

    const QString description = args.values.value(u"description"_s);
    if (description.trimmed().isEmpty())
        throw Open311Error { 400, u"description is required: it is the complaint's content"_s };
    if (description.size() > kMaxDescription)
        throw Open311Error { 400,
            u"description is longer than %1 characters"_s.arg(kMaxDescription) };
    if (looksLikeHtml(description))
        throw Open311Error { 400, u"description must not contain HTML or code"_s };
    if (!isValidText(description))
        throw Open311Error { 400, u"description contains characters that are not text"_s };
    input.content = description;
    // The title a clerk reads in the list: the first line, shortened.
    QString title = description.trimmed().section(u'\n', 0, 0).trimmed();
    if (title.size() > 30)
        title = title.left(30) + u"…"_s;
    input.title = title;
    input.category = service->category;

    const QString first = args.values.value(u"first_name"_s).trimmed();
    const QString last = args.values.value(u"last_name"_s).trimmed();
    const bool latin = std::all_of(first.begin(), first.end(), [](QChar c) {
        return c.unicode() < 0x80;
    }) && std::all_of(last.begin(), last.end(), [](QChar c) { return c.unicode() < 0x80; });
    // Chinese names are written family name first, without a space.
    input.nickname
        = (latin ? QStringList { first, last }.join(u' ') : last + first).trimmed().left(64);
    input.phone = args.values.value(u"phone"_s).trimmed();
    static const QRegularExpression phoneShape(uR"(^[0-9+\- ()]{0,32}$)"_s);
    if (!phoneShape.match(input.phone).hasMatch())
        throw Open311Error { 400, u"phone may hold only digits, spaces, '+', '-' and brackets"_s };
    const QString mediaUrl = args.values.value(u"media_url"_s).trimmed();
    if (!mediaUrl.isEmpty()) {
        if (!(mediaUrl.startsWith(u"http://") || mediaUrl.startsWith(u"https://"))
            || mediaUrl.size() > 1000 || mediaUrl.contains(u' '))
            throw Open311Error { 400, u"media_url must be an http(s) URL"_s };
        input.photos.append(mediaUrl);
    }
    input.channel = mediaUrl.isEmpty() ? u"wechat"_s : u"photo"_s;
    input.source = u"open311"_s;
    input.intakeKey = key.hash;
    input.submittedAt = r.now;
    const QString accountId = args.values.value(u"account_id"_s).trimmed().left(100);

    Transaction tx(*r.db, Transaction::Mode::Serialised);
    // Where it belongs: attribute[community], or the key's own community.
    const QStringList named = args.attributes.value(u"community"_s);
    if (named.size() > 1)
        throw Open311Error { 400, u"attribute[community] takes one value"_s };
    const auto keyUnit = org::findUnit(*r.db, key.unitCode);
    if (!named.isEmpty() && !named.first().trimmed().isEmpty()) {
        input.place = named.first().trimmed();
    } else if (keyUnit && (keyUnit->level == Level::Community || keyUnit->level == Level::Grid)) {
        input.place = keyUnit->code;
    } else {
        throw Open311Error { 400,
            u"attribute[community] is required: the community the request is about"_s };
    }
    const auto place = org::findUnit(*r.db, input.place);
    if (!place || !pathWithin(place->path, key.unitPath)
        || (place->level != Level::Community && place->level != Level::Grid))
        throw Open311Error { 404, u"community %1 not found"_s.arg(input.place) };
    input.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    complaints::Event by;
    by.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    by.actorName = key.name;
    by.unit = place->level == Level::Grid ? place->parent : place->code;
    const ComplaintRecord record = complaints::create(*r.db, input, *place, by, r.now);
    const QString notice = serviceNotice(record, unitName(*r.db, record.state.handlingCode));
    tx.commit();

    if (format == Format::Json) {
        return Reply::json(QJsonArray { QJsonObject { { u"service_request_id"_s, record.state.id },
                               { u"service_notice"_s, notice },
                               { u"account_id"_s,
                                   accountId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(accountId) } } },
            201);
    }
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"service_requests"_s);
    xml.writeStartElement(u"request"_s);
    xml.writeTextElement(u"service_request_id"_s, record.state.id);
    xml.writeTextElement(u"service_notice"_s, notice);
    xml.writeTextElement(u"account_id"_s, accountId);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return xmlReply(body, 201);
}

// One service request as GeoReport reads it: no names, no phones (OPEN311.md).
struct RequestFields
{
    QList<std::pair<QString, QJsonValue>> fields;
};

RequestFields requestFields(const ComplaintRecord &r, const QString &agency)
{
    const ComplaintState &s = r.state;
    const bool closed = isFinishedStatus(s.status);
    const Open311Service service = open311ServiceForCategory(r.category);
    const auto text = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    // Closed requests report when they were closed; open ones their last change.
    qint64 updated = r.updatedAt;
    if (s.status == ComplaintStatus::Closed && s.closedAt)
        updated = *s.closedAt;
    else if (s.status == ComplaintStatus::Resolved && s.resolvedAt)
        updated = *s.resolvedAt;
    RequestFields f;
    f.fields = {
        { u"service_request_id"_s, s.id },
        { u"status"_s, closed ? u"closed"_s : u"open"_s },
        { u"status_notes"_s, text(r.lastReply) },
        { u"service_name"_s, r.category },
        { u"service_code"_s, service.code },
        { u"description"_s, s.content },
        { u"agency_responsible"_s, text(agency) },
        { u"service_notice"_s, serviceNotice(r, agency) },
        { u"requested_datetime"_s, w3Time(s.submittedAt) },
        { u"updated_datetime"_s, w3Time(updated) },
        { u"expected_datetime"_s, w3Time(s.dueAt) },
        { u"address"_s, text(r.location) },
        { u"address_id"_s, text(r.addressId) },
        { u"zipcode"_s, QJsonValue(QJsonValue::Null) },
        { u"lat"_s, r.lat ? QJsonValue(*r.lat) : QJsonValue(QJsonValue::Null) },
        { u"long"_s, r.lng ? QJsonValue(*r.lng) : QJsonValue(QJsonValue::Null) },
        { u"media_url"_s, r.photos.isEmpty() ? QJsonValue(QJsonValue::Null) : r.photos.first() },
    };
    return f;
}

Reply requestsReply(Db &db, const QList<ComplaintRecord> &records, Format format)
{
    QHash<QString, QString> names;
    const auto agency = [&](const QString &code) {
        if (!names.contains(code))
            names.insert(code, unitName(db, code));
        return names.value(code);
    };
    if (format == Format::Json) {
        QJsonArray list;
        for (const auto &r : records) {
            QJsonObject o;
            for (const auto &[name, value] : requestFields(r, agency(r.state.handlingCode)).fields)
                o.insert(name, value);
            list.append(o);
        }
        return Reply::json(list);
    }
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"service_requests"_s);
    for (const auto &r : records) {
        xml.writeStartElement(u"request"_s);
        for (const auto &[name, value] : requestFields(r, agency(r.state.handlingCode)).fields) {
            if (value.isNull())
                xml.writeEmptyElement(name);
            else if (value.isDouble())
                xml.writeTextElement(name, QString::number(value.toDouble(), 'g', 12));
            else
                xml.writeTextElement(name, value.toString());
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return xmlReply(body);
}

QStringList commaList(const Request &r, const QString &name)
{
    QStringList list;
    for (const auto &value : r.query.values(name)) {
        for (const auto &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                list.append(part.trimmed());
        }
    }
    return list;
}

// GET requests.{fmt}: the key's subtree only (residents' own words are not open data here).
Reply getRequests(Request &r, Format format)
{
    Transaction tx(*r.db, Transaction::Mode::Read);
    const IntakeKey key = requireKey(*r.db, r.param(u"api_key"_s), u"get_service_requests"_s);
    QVariantList binds { key.unitPath, subtreeEnd(key.unitPath) };
    QStringList where { u"unit_path >= ? AND unit_path < ?"_s };
    const QStringList requested = commaList(r, u"service_request_id"_s);
    int pageSize = 1000;
    int page = 1;
    if (!requested.isEmpty()) {
        // The specification: a list of ids overrides every other argument.
        if (requested.size() > 1000)
            throw Open311Error { 400, u"at most 1000 service_request_id values"_s };
        QStringList marks;
        for (const auto &id : requested) {
            marks.append(u"?"_s);
            binds.append(id);
        }
        where.append(u"id IN (%1)"_s.arg(marks.join(u", ")));
    } else {
        const auto time = [&r](const QString &name) -> std::optional<qint64> {
            const QString text = r.param(name).trimmed();
            if (text.isEmpty())
                return std::nullopt;
            const auto t = parseIsoTime(text);
            if (!t)
                throw Open311Error { 400,
                    u"%1 must be a w3 date-time such as 2010-01-01T00:00:00Z"_s.arg(name) };
            return t;
        };
        const auto start = time(u"start_date"_s);
        const auto end = time(u"end_date"_s);
        // Default: the most recent 90 days; a range may not span more than 90 days.
        const qint64 to = end.value_or(start ? std::min(*start + 90 * kDayMs, r.now) : r.now);
        const qint64 from = start.value_or(to - 90 * kDayMs);
        if (from > to)
            throw Open311Error { 400, u"start_date is after end_date"_s };
        if (to - from > 90 * kDayMs)
            throw Open311Error { 400, u"start_date and end_date may not span more than 90 days"_s };
        where.append(u"submitted_at >= ? AND submitted_at <= ?"_s);
        binds << from << to;
        const QStringList codes = commaList(r, u"service_code"_s);
        if (!codes.isEmpty()) {
            QStringList categories;
            bool other = false;
            for (const auto &code : codes) {
                const auto service = open311ServiceByCode(code);
                if (!service)
                    throw Open311Error { 404, u"service_code %1 not found"_s.arg(code) };
                other = other || service->code == u"other";
                categories.append(service->category);
            }
            QStringList marks;
            for (const auto &c : categories) {
                marks.append(u"?"_s);
                binds.append(c);
            }
            QString condition = u"category IN (%1)"_s.arg(marks.join(u", "));
            if (other) {
                // Categories a district added beyond the default list are served as "other".
                QStringList known;
                for (const auto &s : open311Services()) {
                    known.append(u"?"_s);
                    binds.append(s.category);
                }
                condition = u"(%1 OR category NOT IN (%2))"_s.arg(condition, known.join(u", "));
            }
            where.append(condition);
        }
        const QStringList statuses = commaList(r, u"status"_s);
        if (!statuses.isEmpty()) {
            bool open = false;
            bool closed = false;
            for (const auto &s : statuses) {
                if (s == u"open")
                    open = true;
                else if (s == u"closed")
                    closed = true;
                else
                    throw Open311Error { 400, u"status must be open or closed"_s };
            }
            if (open != closed)
                where.append(u"status %1 IN %2"_s.arg(
                    open ? u""_s : u"NOT"_s, complaints::openStatusesSql()));
        }
        const auto number = [&r](const QString &name, int fallback, int max) {
            if (r.param(name).isEmpty())
                return fallback;
            bool ok = false;
            const int v = r.param(name).toInt(&ok);
            if (!ok || v < 1 || v > max)
                throw Open311Error { 400,
                    u"%1 must be a number between 1 and %2"_s.arg(name).arg(max) };
            return v;
        };
        pageSize = number(u"page_size"_s, 1000, 1000);
        page = number(u"page"_s, 1, 1000000);
    }
    binds << pageSize << qint64(page - 1) * pageSize;
    const QList<ComplaintRecord> records = complaints::select(*r.db,
        where.join(u" AND "_s) + u" ORDER BY submitted_at DESC, id LIMIT ? OFFSET ?"_s, binds);
    Reply reply = requestsReply(*r.db, records, format);
    tx.commit();
    return reply;
}

Reply getRequest(Request &r, Format format)
{
    Transaction tx(*r.db, Transaction::Mode::Read);
    const IntakeKey key = requireKey(*r.db, r.param(u"api_key"_s), u"get_service_request"_s);
    const auto record = complaints::find(*r.db, r.matches.value(0));
    if (!record || !pathWithin(record->unitPath, key.unitPath))
        throw Open311Error { 404, u"service_request_id %1 not found"_s.arg(r.matches.value(0)) };
    Reply reply = requestsReply(*r.db, { *record }, format);
    tx.commit();
    return reply;
}

Reply getToken(Request &r, Format)
{
    // Every service is `realtime`: ids come back at once and no token is ever issued.
    throw Open311Error { 404,
        u"token %1 not found: this server answers service_request_id at once"_s.arg(
            r.matches.value(0)) };
}

} // namespace

const QList<Open311Service> &open311Services()
{
    // PRODUCT.md §2's default categories, with stable ASCII codes for GeoReport clients.
    static const QList<Open311Service> list = {
        { u"municipal"_s, u"市政设施"_s, u"路灯、井盖、下水井、道路、单元门等公共设施损坏"_s,
            u"路灯,井盖,下水井,道路,单元门"_s, u"城市管理"_s },
        { u"sanitation"_s, u"环境卫生"_s, u"垃圾清运、楼道堆物、小广告、绿化修剪"_s,
            u"垃圾,楼道堆物,小广告,绿化"_s, u"城市管理"_s },
        { u"noise"_s, u"噪音"_s, u"夜间施工、装修、广场舞等噪音扰民"_s, u"噪音,施工,装修,广场舞"_s,
            u"生态环境"_s },
        { u"cooking_fumes"_s, u"油烟"_s, u"饭店、烧烤摊油烟扰民"_s, u"油烟,饭店,烧烤"_s,
            u"生态环境"_s },
        { u"public_security"_s, u"治安"_s, u"盗窃、监控损坏等治安隐患"_s, u"治安,盗窃,监控"_s,
            u"平安建设"_s },
        { u"property"_s, u"物业"_s, u"电梯、暖气、物业服务"_s, u"物业,电梯,暖气"_s, u"住房"_s },
        { u"parking"_s, u"停车"_s, u"停车难、占用消防通道、废弃车辆"_s, u"停车,消防通道,僵尸车"_s,
            u"城市管理"_s },
        { u"other"_s, u"其他"_s, u"其他问题和建议"_s, u"建议,其他"_s, u"其他"_s },
    };
    return list;
}

std::optional<Open311Service> open311ServiceByCode(const QString &code)
{
    for (const auto &s : open311Services()) {
        if (s.code == code)
            return s;
    }
    return std::nullopt;
}

Open311Service open311ServiceForCategory(const QString &category)
{
    for (const auto &s : open311Services()) {
        if (s.category == category)
            return s;
    }
    return open311Services().constLast();
}

void registerOpen311Routes(HttpServer &server)
{
    // What cpp-httplib refuses itself (a form over 8 KiB, a broken multipart body) is still
    // answered in the specification's format.
    server.setErrorFormat(u"/open311/"_s, [](int status, const QString &path) {
        const QString description = status == 413
            ? u"the request body is larger than the server accepts"_s
            : status == 400 ? u"the request is malformed"_s
                            : u"request failed with status %1"_s.arg(status);
        return errorReply(
            path.endsWith(u".xml"_s) ? Format::Xml : Format::Json, { status, description });
    });
    server.route("GET", R"(/open311/v2/services\.(xml|json))", u"/open311/v2/services"_s,
        guarded(services), RouteErrors::Own);
    server.route("GET", R"(/open311/v2/services/([^/]+)\.(xml|json))",
        u"/open311/v2/services/{code}"_s, guarded(serviceDefinition), RouteErrors::Own);
    server.route("POST", R"(/open311/v2/requests\.(xml|json))", u"/open311/v2/requests"_s,
        guarded(postRequest), RouteErrors::Own);
    server.route("GET", R"(/open311/v2/requests\.(xml|json))", u"/open311/v2/requests"_s,
        guarded(getRequests), RouteErrors::Own);
    server.route("GET", R"(/open311/v2/requests/([^/]+)\.(xml|json))",
        u"/open311/v2/requests/{id}"_s, guarded(getRequest), RouteErrors::Own);
    server.route("GET", R"(/open311/v2/tokens/([^/]+)\.(xml|json))",
        u"/open311/v2/tokens/{token}"_s, guarded(getToken), RouteErrors::Own);
}

} // namespace civic::server
