// Open311 GeoReport v2 (OPEN311.md) against a live server on SQLite and PostgreSQL: the
// services list and definition, filing requests form-encoded and as JSON, reading them back
// field by field in JSON and in XML (parsed with QXmlStreamReader), the filters and paging,
// and errors in the specification's format with 403 for a missing or bad api_key.

#include "testsupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace civic::test;

namespace {

constexpr qint64 kHour = 3600LL * 1000;
const QString kHepan = u"210111001001"_s;
const QString kLinxiao = u"210111001002"_s;
const QString kHuxi = u"210111001"_s;
const QString kHeping = u"210102001001"_s; // a community of 和平区
const QString kPhone = u"13912345678"_s;

// OPEN311.md §Request fields, in the specification's order.
const QStringList kRequestFields = { u"service_request_id"_s, u"status"_s, u"status_notes"_s,
    u"service_name"_s, u"service_code"_s, u"description"_s, u"agency_responsible"_s,
    u"service_notice"_s, u"requested_datetime"_s, u"updated_datetime"_s, u"expected_datetime"_s,
    u"address"_s, u"address_id"_s, u"zipcode"_s, u"lat"_s, u"long"_s, u"media_url"_s };
const QStringList kServiceFields = { u"service_code"_s, u"service_name"_s, u"description"_s,
    u"metadata"_s, u"type"_s, u"keywords"_s, u"group"_s };
const QStringList kAttributeFields = { u"variable"_s, u"code"_s, u"datatype"_s, u"required"_s,
    u"datatype_description"_s, u"order"_s, u"description"_s, u"values"_s };

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

qint64 msOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[k, v] : fields) {
        if (!body.isEmpty())
            body.append('&');
        // Brackets stay literal in keys, as GeoReport clients send attribute[code].
        body.append(QUrl::toPercentEncoding(k, "[]"))
            .append('=')
            .append(QUrl::toPercentEncoding(v));
    }
    return body;
}

// An element of a parsed XML document: its name, text and children in order.
struct Node
{
    QString name;
    QString text;
    QList<Node> children;

    QStringList childNames() const
    {
        QStringList names;
        for (const auto &c : children)
            names.append(c.name);
        return names;
    }
    const Node *child(const QString &n) const
    {
        for (const auto &c : children) {
            if (c.name == n)
                return &c;
        }
        return nullptr;
    }
    QString value(const QString &n) const
    {
        const Node *c = child(n);
        return c ? c->text : QString();
    }
};

// Parses an XML answer strictly: well formed, declared UTF-8, one root. Leaf texts kept.
std::optional<Node> parseXml(const QByteArray &body, QString *error)
{
    QXmlStreamReader xml(body);
    QList<Node> stack;
    std::optional<Node> root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartDocument()
            && xml.documentEncoding().toString().compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0) {
            *error = u"the XML declaration does not say UTF-8"_s;
            return std::nullopt;
        }
        if (xml.isStartElement()) {
            stack.append(Node { xml.name().toString(), {}, {} });
        } else if (xml.isCharacters() && !stack.isEmpty()) {
            stack.last().text += xml.text();
        } else if (xml.isEndElement()) {
            Node done = stack.takeLast();
            if (!done.children.isEmpty())
                done.text.clear();
            if (stack.isEmpty())
                root = done;
            else
                stack.last().children.append(done);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return std::nullopt;
    }
    if (!root)
        *error = u"no root element"_s;
    return root;
}

} // namespace

class TestOpen311 : public QObject
{
    Q_OBJECT

private:
    struct Backend
    {
        DemoServer server;
        QHash<QString, QString> tokens;
        QString streetKey;
        QString communityKey;
    };
    std::map<QString, std::unique_ptr<Backend>> m_backends;
    Backend *m_current = nullptr;

    QString newIntakeKey(const QString &unit)
    {
        const CliResult r = runServer(QStringList { u"intake-key"_s, u"add"_s, u"--unit"_s, unit,
                                          u"--name"_s, u"Open311 客户端 "_s + unit }
            + server().database().serverArgs());
        for (const auto &line : r.out.split(u'\n')) {
            if (line.startsWith(u"intake-key: "_s))
                return line.mid(12).trimmed();
        }
        return {};
    }

    bool ensureServer()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &slot = m_backends[backend];
        if (!slot) {
            auto fresh = std::make_unique<Backend>();
            QString why;
            if (!fresh->server.start(backend, &why)) {
                qWarning("%s", qPrintable(why));
                return false;
            }
            slot = std::move(fresh);
            m_current = slot.get();
            m_current->streetKey = newIntakeKey(kHuxi);
            m_current->communityKey = newIntakeKey(kHepan);
            if (m_current->streetKey.isEmpty() || m_current->communityKey.isEmpty())
                return false;
        }
        m_current = slot.get();
        return true;
    }

    DemoServer &server() { return m_current->server; }
    Http &http() { return server().http(); }
    QString cityKey() { return server().intakeKey(); }

    QString token(const QString &username)
    {
        if (!m_current->tokens.contains(username))
            m_current->tokens.insert(username, login(http(), username));
        return m_current->tokens.value(username);
    }

    bool step(const QString &account, const QString &type, const QJsonObject &payload)
    {
        const QJsonObject r = push(http(), token(account), { op(type, payload) })
                                  .json()
                                  .value(u"results"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
        if (r.value(u"status"_s).toString() == u"applied")
            return true;
        qWarning("%s: %s", qPrintable(type),
            QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        return false;
    }

    HttpReply postForm(const QString &path, const QList<std::pair<QString, QString>> &fields)
    {
        return http().post(
            path, form(fields), {}, "application/x-www-form-urlencoded; charset=utf-8");
    }

    QList<std::pair<QString, QString>> goodForm(const QString &key)
    {
        return { { u"api_key"_s, key }, { u"service_code"_s, u"noise"_s },
            { u"address_string"_s, u"阳光小区3号楼"_s },
            { u"description"_s, u"小区旁边工地晚上十一点以后还在施工,噪音很大。\n希望管一管。"_s },
            { u"first_name"_s, u"三"_s }, { u"last_name"_s, u"张"_s }, { u"phone"_s, kPhone },
            { u"email"_s, u"zhangsan@example.cn"_s }, { u"device_id"_s, u"device-1"_s },
            { u"media_url"_s, u"https://img.example.cn/noise.jpg"_s },
            { u"attribute[community]"_s, kHepan }, { u"account_id"_s, u"acc-9"_s } };
    }

    QString file(const QList<std::pair<QString, QString>> &fields)
    {
        const HttpReply r = postForm(u"/open311/v2/requests.json"_s, fields);
        if (r.status != 201)
            qWarning("POST requests.json: %d %s", r.status, r.body.constData());
        return r.jsonArray().at(0).toObject().value(u"service_request_id"_s).toString();
    }

    QJsonObject complaint(const QString &id, const QString &account = u"demo.worker"_s)
    {
        return http().get(u"/api/v1/complaints/"_s + id, token(account)).json();
    }

    QJsonArray requests(const QString &query)
    {
        const HttpReply r = http().get(u"/open311/v2/requests.json?"_s + query);
        if (r.status != 200)
            qWarning(
                "GET requests.json?%s: %d %s", qPrintable(query), r.status, r.body.constData());
        return r.jsonArray();
    }

    // A GeoReport error answer: the status, and the body in the specification's format.
    void checkError(const HttpReply &r, int status, bool xml)
    {
        QCOMPARE(r.status, status);
        if (xml) {
            QVERIFY2(r.contentType.startsWith(u"text/xml"_s), qPrintable(r.contentType));
            QString why;
            const auto root = parseXml(r.body, &why);
            QVERIFY2(root, qPrintable(why));
            QCOMPARE(root->name, u"errors"_s);
            QCOMPARE(root->childNames(), QStringList { u"error"_s });
            const Node &error = root->children.first();
            QCOMPARE(error.childNames(), (QStringList { u"code"_s, u"description"_s }));
            QCOMPARE(error.value(u"code"_s), QString::number(status));
            QVERIFY(!error.value(u"description"_s).isEmpty());
        } else {
            QVERIFY2(r.contentType.startsWith(u"application/json"_s), qPrintable(r.contentType));
            const QJsonArray errors = r.jsonArray();
            QCOMPARE(errors.size(), 1);
            const QJsonObject error = errors.at(0).toObject();
            QCOMPARE(sortedKeys(error), (QStringList { u"code"_s, u"description"_s }));
            QCOMPARE(error.value(u"code"_s).toInt(), status);
            QVERIFY(!error.value(u"description"_s).toString().isEmpty());
        }
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }
    void cleanupTestCase() { m_backends.clear(); }

    void servicesAreTheComplaintCategories()
    {
        QVERIFY(ensureServer());
        const HttpReply json = http().get(u"/open311/v2/services.json"_s);
        QCOMPARE(json.status, 200);
        QVERIFY(json.contentType.startsWith(u"application/json"_s));
        const QJsonArray list = json.jsonArray();
        QCOMPARE(list.size(), 8);
        QHash<QString, QJsonObject> byCode;
        for (const auto &v : list) {
            const QJsonObject s = v.toObject();
            QCOMPARE(sortedKeys(s), sorted(kServiceFields));
            QCOMPARE(s.value(u"metadata"_s), QJsonValue(true));
            QCOMPARE(s.value(u"type"_s).toString(), u"realtime"_s);
            QVERIFY(!s.value(u"service_name"_s).toString().isEmpty());
            byCode.insert(s.value(u"service_code"_s).toString(), s);
        }
        QCOMPARE(QSet<QString>(byCode.keyBegin(), byCode.keyEnd()),
            (QSet<QString> { u"municipal"_s, u"sanitation"_s, u"noise"_s, u"cooking_fumes"_s,
                u"public_security"_s, u"property"_s, u"parking"_s, u"other"_s }));
        QCOMPARE(byCode.value(u"noise"_s).value(u"service_name"_s).toString(), u"噪音"_s);
        QCOMPARE(byCode.value(u"parking"_s).value(u"service_name"_s).toString(), u"停车"_s);

        const HttpReply xml = http().get(u"/open311/v2/services.xml"_s);
        QCOMPARE(xml.status, 200);
        QVERIFY2(xml.contentType.startsWith(u"text/xml"_s), qPrintable(xml.contentType));
        QVERIFY(xml.body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QString why;
        const auto root = parseXml(xml.body, &why);
        QVERIFY2(root, qPrintable(why));
        QCOMPARE(root->name, u"services"_s);
        QCOMPARE(root->children.size(), 8);
        for (const auto &service : root->children) {
            QCOMPARE(service.name, u"service"_s);
            QCOMPARE(service.childNames(), kServiceFields);
            const QJsonObject same = byCode.value(service.value(u"service_code"_s));
            for (const auto &field : kServiceFields) {
                const QJsonValue v = same.value(field);
                QCOMPARE(service.value(field),
                    v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : v.toString());
            }
        }
    }

    void definitionListsTheCommunities()
    {
        QVERIFY(ensureServer());
        const auto definition = [&](const QString &query) {
            return http().get(u"/open311/v2/services/noise.json"_s + query).json();
        };
        const QJsonObject all = definition({});
        QCOMPARE(sortedKeys(all), (QStringList { u"attributes"_s, u"service_code"_s }));
        QCOMPARE(all.value(u"service_code"_s).toString(), u"noise"_s);
        const QJsonArray attributes = all.value(u"attributes"_s).toArray();
        QCOMPARE(attributes.size(), 1);
        const QJsonObject community = attributes.at(0).toObject();
        QCOMPARE(sortedKeys(community), sorted(kAttributeFields));
        QCOMPARE(community.value(u"variable"_s), QJsonValue(true));
        QCOMPARE(community.value(u"code"_s).toString(), u"community"_s);
        QCOMPARE(community.value(u"datatype"_s).toString(), u"singlevaluelist"_s);
        QCOMPARE(community.value(u"required"_s), QJsonValue(true));
        QCOMPARE(community.value(u"order"_s).toInt(), 1);
        const QJsonArray values = community.value(u"values"_s).toArray();
        QCOMPARE(values.size(), 60); // 3 districts × 4 streets × 5 communities
        QVERIFY(values.contains(
            QJsonObject { { u"key"_s, kHepan }, { u"name"_s, u"苏家屯区 湖西街道 河畔社区"_s } }));
        for (const auto &v : values)
            QCOMPARE(sortedKeys(v.toObject()), (QStringList { u"key"_s, u"name"_s }));
        // A key narrows the list to its subtree; a community's key needs no choice at all.
        const QJsonObject street = definition(u"?api_key="_s + m_current->streetKey)
                                       .value(u"attributes"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(street.value(u"values"_s).toArray().size(), 5);
        QCOMPARE(street.value(u"required"_s), QJsonValue(true));
        const QJsonObject own = definition(u"?api_key="_s + m_current->communityKey)
                                    .value(u"attributes"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(own.value(u"values"_s).toArray().size(), 1);
        QCOMPARE(own.value(u"required"_s), QJsonValue(false));

        const HttpReply xml = http().get(u"/open311/v2/services/noise.xml"_s);
        QCOMPARE(xml.status, 200);
        QString why;
        const auto root = parseXml(xml.body, &why);
        QVERIFY2(root, qPrintable(why));
        QCOMPARE(root->name, u"service_definition"_s);
        QCOMPARE(root->childNames(), (QStringList { u"service_code"_s, u"attributes"_s }));
        const Node *attribute = root->child(u"attributes"_s)->child(u"attribute"_s);
        QVERIFY(attribute);
        QCOMPARE(attribute->childNames(), kAttributeFields);
        QCOMPARE(attribute->value(u"datatype"_s), u"singlevaluelist"_s);
        QCOMPARE(attribute->value(u"required"_s), u"true"_s);
        QCOMPARE(attribute->child(u"values"_s)->children.size(), 60);
        QCOMPARE(attribute->child(u"values"_s)->children.first().childNames(),
            (QStringList { u"key"_s, u"name"_s }));

        checkError(http().get(u"/open311/v2/services/potholes.json"_s), 404, false);
        checkError(http().get(u"/open311/v2/services/potholes.xml"_s), 404, true);
        checkError(http().get(u"/open311/v2/services/noise.json?api_key=cdk_wrong"_s), 403, false);
    }

    void postingFilesAComplaint()
    {
        QVERIFY(ensureServer());
        const HttpReply r = postForm(u"/open311/v2/requests.json"_s, goodForm(cityKey()));
        QCOMPARE(r.status, 201);
        const QJsonArray answer = r.jsonArray();
        QCOMPARE(answer.size(), 1);
        const QJsonObject created = answer.at(0).toObject();
        QCOMPARE(sortedKeys(created),
            (QStringList { u"account_id"_s, u"service_notice"_s, u"service_request_id"_s }));
        QCOMPARE(created.value(u"account_id"_s).toString(), u"acc-9"_s);
        QVERIFY(created.value(u"service_notice"_s).toString().contains(u"24"_s));
        const QString id = created.value(u"service_request_id"_s).toString();
        // The same id the intake API and /api/v1/complaints use.
        const QJsonObject c = complaint(id);
        QCOMPARE(c.value(u"id"_s).toString(), id);
        QCOMPARE(c.value(u"community"_s).toString(), kHepan);
        QCOMPARE(c.value(u"category"_s).toString(), u"噪音"_s);
        QCOMPARE(c.value(u"content"_s).toString(),
            u"小区旁边工地晚上十一点以后还在施工,噪音很大。\n希望管一管。"_s);
        QCOMPARE(c.value(u"nickname"_s).toString(), u"张三"_s);
        QCOMPARE(c.value(u"phone"_s).toString(), kPhone);
        QCOMPARE(c.value(u"channel"_s).toString(), u"photo"_s);
        QCOMPARE(
            c.value(u"photos"_s).toArray(), (QJsonArray { u"https://img.example.cn/noise.jpg"_s }));
        QCOMPARE(c.value(u"location"_s).toString(), u"阳光小区3号楼"_s);
        QCOMPARE(c.value(u"source"_s).toString(), u"open311"_s);
        QCOMPARE(c.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(
            msOf(c.value(u"due_at"_s).toString()) - msOf(c.value(u"submitted_at"_s).toString()),
            24 * kHour);

        // JSON body, XML answer, a position instead of an address.
        const QJsonObject json { { u"api_key"_s, cityKey() }, { u"service_code"_s, u"parking"_s },
            { u"lat"_s, 41.6521 }, { u"long"_s, 123.4312 },
            { u"description"_s, u"消防通道被私家车占用"_s },
            { u"attribute"_s, QJsonObject { { u"community"_s, kLinxiao } } } };
        const HttpReply xml = http().postJson(u"/open311/v2/requests.xml"_s, json);
        QCOMPARE(xml.status, 201);
        QVERIFY(xml.contentType.startsWith(u"text/xml"_s));
        QString why;
        const auto root = parseXml(xml.body, &why);
        QVERIFY2(root, qPrintable(why));
        QCOMPARE(root->name, u"service_requests"_s);
        QCOMPARE(root->childNames(), QStringList { u"request"_s });
        const Node &request = root->children.first();
        QCOMPARE(request.childNames(),
            (QStringList { u"service_request_id"_s, u"service_notice"_s, u"account_id"_s }));
        QCOMPARE(request.value(u"account_id"_s), QString());
        const QJsonObject parked
            = complaint(request.value(u"service_request_id"_s), u"demo.worker2"_s);
        QCOMPARE(parked.value(u"community"_s).toString(), kLinxiao);
        QCOMPARE(parked.value(u"category"_s).toString(), u"停车"_s);
        QCOMPARE(parked.value(u"lat"_s).toDouble(), 41.6521);
        QCOMPARE(parked.value(u"long"_s).toDouble(), 123.4312);
        QCOMPARE(parked.value(u"channel"_s).toString(), u"wechat"_s);

        // A community's own key places the request without the attribute.
        QList<std::pair<QString, QString>> own = goodForm(m_current->communityKey);
        own.removeIf([](const auto &f) { return f.first == u"attribute[community]"; });
        const QString placed = file(own);
        QVERIFY(!placed.isEmpty());
        QCOMPARE(complaint(placed).value(u"community"_s).toString(), kHepan);
    }

    void postingErrorsFollowTheSpecification()
    {
        QVERIFY(ensureServer());
        // Nothing is filed by a refused request.
        const auto filed = [this] {
            return http()
                .get(u"/api/v1/complaints?per_page=1"_s, token(u"demo.city"_s))
                .json()
                .value(u"total"_s)
                .toInteger(-1);
        };
        const qint64 before = filed();
        const auto without = [this](const QString &name) {
            QList<std::pair<QString, QString>> f = goodForm(cityKey());
            f.removeIf([&name](const auto &p) { return p.first == name; });
            return f;
        };
        const auto replacing = [this](const QString &name, const QString &value) {
            QList<std::pair<QString, QString>> f = goodForm(cityKey());
            for (auto &p : f) {
                if (p.first == name)
                    p.second = value;
            }
            return f;
        };
        checkError(postForm(u"/open311/v2/requests.json"_s, without(u"api_key"_s)), 403, false);
        checkError(postForm(u"/open311/v2/requests.xml"_s, replacing(u"api_key"_s, u"cdk_wrong"_s)),
            403, true);
        const HttpReply missingKey
            = postForm(u"/open311/v2/requests.json"_s, without(u"api_key"_s));
        QVERIFY(missingKey.jsonArray()
                    .at(0)
                    .toObject()
                    .value(u"description"_s)
                    .toString()
                    .contains(u"api_key"_s));
        checkError(
            postForm(u"/open311/v2/requests.json"_s, without(u"service_code"_s)), 400, false);
        checkError(
            postForm(u"/open311/v2/requests.json"_s, replacing(u"service_code"_s, u"potholes"_s)),
            404, false);
        QList<std::pair<QString, QString>> nowhere = without(u"address_string"_s);
        checkError(postForm(u"/open311/v2/requests.json"_s, nowhere), 400, false);
        QList<std::pair<QString, QString>> half = nowhere;
        half.append({ u"lat"_s, u"41.6"_s });
        checkError(postForm(u"/open311/v2/requests.json"_s, half), 400, false);
        checkError(postForm(u"/open311/v2/requests.json"_s,
                       replacing(u"description"_s, u"<b>噪音</b>很大"_s)),
            400, false);
        checkError(postForm(u"/open311/v2/requests.xml"_s,
                       replacing(u"description"_s, u"<script>alert(1)</script>"_s)),
            400, true);
        checkError(postForm(u"/open311/v2/requests.json"_s,
                       replacing(u"description"_s, QString(4001, u'a'))),
            400, false);
        checkError(postForm(u"/open311/v2/requests.json"_s, without(u"description"_s)), 400, false);
        checkError(postForm(u"/open311/v2/requests.json"_s, without(u"attribute[community]"_s)),
            400, false);
        checkError(postForm(u"/open311/v2/requests.json"_s,
                       replacing(u"attribute[community]"_s, u"nope"_s)),
            404, false);
        QList<std::pair<QString, QString>> outside = goodForm(m_current->streetKey);
        for (auto &p : outside) {
            if (p.first == u"attribute[community]")
                p.second = kHeping;
        }
        checkError(postForm(u"/open311/v2/requests.json"_s, outside), 404, false);
        QCOMPARE(filed(), before);
        // Exactly 4000 characters is within the limit.
        QVERIFY(!file(replacing(u"description"_s, QString(4000, u'a'))).isEmpty());
    }

    void requestsReadBackFieldByField()
    {
        QVERIFY(ensureServer());
        const QString first = file(goodForm(cityKey()));
        QList<std::pair<QString, QString>> second = goodForm(cityKey());
        second.removeIf(
            [](const auto &p) { return p.first == u"address_string" || p.first == u"media_url"; });
        second.append({ u"lat"_s, u"41.65"_s });
        second.append({ u"long"_s, u"123.43"_s });
        const QString other = file(second);
        QVERIFY(!first.isEmpty() && !other.isEmpty());
        const QString key = cityKey();
        // A list of ids overrides every other argument, the status filter included.
        const auto byIds = [&](const QString &format) {
            return http().get(
                u"/open311/v2/requests.%1?api_key=%2&service_request_id=%3,%4&status=closed"_s.arg(
                    format, key, first, other));
        };
        const auto check = [&](const QString &expectedStatus, const QString &notes,
                               const QString &agency) {
            const HttpReply json = byIds(u"json"_s);
            QCOMPARE(json.status, 200);
            // Never personal data.
            for (const QByteArray &secret :
                { kPhone.toUtf8(), QByteArray("张三"), QByteArray("zhangsan") })
                QVERIFY(!json.body.contains(secret));
            const QJsonArray list = json.jsonArray();
            QCOMPARE(list.size(), 2);
            QHash<QString, QJsonObject> byId;
            for (const auto &v : list) {
                const QJsonObject r = v.toObject();
                QCOMPARE(sortedKeys(r), sorted(kRequestFields));
                byId.insert(r.value(u"service_request_id"_s).toString(), r);
            }
            QCOMPARE(
                QSet<QString>(byId.keyBegin(), byId.keyEnd()), (QSet<QString> { first, other }));
            const QRegularExpression w3(
                uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$)"_s);
            for (const auto &id : { first, other }) {
                const QJsonObject r = byId.value(id);
                const QJsonObject c = complaint(id, u"demo.city"_s);
                QCOMPARE(r.value(u"status"_s).toString(), expectedStatus);
                QCOMPARE(r.value(u"status_notes"_s),
                    notes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(notes));
                QCOMPARE(r.value(u"service_name"_s).toString(), u"噪音"_s);
                QCOMPARE(r.value(u"service_code"_s).toString(), u"noise"_s);
                QCOMPARE(r.value(u"description"_s).toString(), c.value(u"content"_s).toString());
                QCOMPARE(r.value(u"agency_responsible"_s).toString(), agency);
                QVERIFY(!r.value(u"service_notice"_s).toString().isEmpty());
                for (const auto &field :
                    { u"requested_datetime"_s, u"updated_datetime"_s, u"expected_datetime"_s })
                    QVERIFY2(w3.match(r.value(field).toString()).hasMatch(),
                        qPrintable(r.value(field).toString()));
                const qint64 submitted = msOf(c.value(u"submitted_at"_s).toString());
                QCOMPARE(msOf(r.value(u"requested_datetime"_s).toString()),
                    submitted - submitted % 1000);
                QCOMPARE(msOf(r.value(u"expected_datetime"_s).toString()),
                    submitted - submitted % 1000 + 24 * kHour);
                if (expectedStatus == u"closed") {
                    const qint64 resolved = msOf(c.value(u"resolved_at"_s).toString());
                    QCOMPARE(msOf(r.value(u"updated_datetime"_s).toString()),
                        resolved - resolved % 1000);
                }
                QVERIFY(r.value(u"address_id"_s).isNull());
                QVERIFY(r.value(u"zipcode"_s).isNull());
            }
            QCOMPARE(byId.value(first).value(u"address"_s).toString(), u"阳光小区3号楼"_s);
            QCOMPARE(byId.value(first).value(u"media_url"_s).toString(),
                u"https://img.example.cn/noise.jpg"_s);
            QVERIFY(byId.value(first).value(u"lat"_s).isNull());
            QCOMPARE(byId.value(other).value(u"lat"_s).toDouble(), 41.65);
            QCOMPARE(byId.value(other).value(u"long"_s).toDouble(), 123.43);
            QVERIFY(byId.value(other).value(u"media_url"_s).isNull());

            // The same in XML, element by element.
            const HttpReply xml = byIds(u"xml"_s);
            QCOMPARE(xml.status, 200);
            QVERIFY(!xml.body.contains(kPhone.toUtf8()));
            QString why;
            const auto root = parseXml(xml.body, &why);
            QVERIFY2(root, qPrintable(why));
            QCOMPARE(root->name, u"service_requests"_s);
            QCOMPARE(root->children.size(), 2);
            for (const auto &request : root->children) {
                QCOMPARE(request.name, u"request"_s);
                QCOMPARE(request.childNames(), kRequestFields);
                const QJsonObject same = byId.value(request.value(u"service_request_id"_s));
                for (const auto &field : kRequestFields) {
                    const QJsonValue v = same.value(field);
                    if (v.isDouble())
                        QCOMPARE(request.value(field).toDouble(), v.toDouble());
                    else
                        QCOMPARE(request.value(field), v.isNull() ? QString() : v.toString());
                }
            }
        };
        check(u"open"_s, {}, u"河畔社区"_s);
        if (QTest::currentTestFailed())
            return;
        for (const auto &id : { first, other }) {
            QVERIFY(step(u"demo.worker"_s, u"complaint.reply"_s,
                { { u"complaint"_s, id }, { u"text"_s, u"已安排人员处理"_s } }));
            QVERIFY(step(u"demo.worker"_s, u"complaint.escalate"_s,
                { { u"complaint"_s, id }, { u"reason"_s, u"需街道协调"_s } }));
        }
        // status_notes: the latest reply; agency_responsible: the handling unit's name.
        check(u"open"_s, u"已安排人员处理"_s, u"湖西街道"_s);
        if (QTest::currentTestFailed())
            return;
        for (const auto &id : { first, other })
            QVERIFY(step(u"demo.street"_s, u"complaint.resolve"_s,
                { { u"complaint"_s, id }, { u"resolution"_s, u"已协调停工"_s },
                    { u"reply"_s, u"已处理完毕"_s } }));
        check(u"closed"_s, u"已处理完毕"_s, u"湖西街道"_s);
    }

    void requestListFiltersAndWindow()
    {
        QVERIFY(ensureServer());
        const QString key = cityKey();
        const QString mine = file(goodForm(key));
        QVERIFY(!mine.isEmpty());
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        // Default: the last 90 days, at most 1000 requests; the demo holds older ones.
        const QJsonArray recent = requests(u"api_key="_s + key);
        QVERIFY(!recent.isEmpty());
        QVERIFY(recent.size() <= 1000);
        for (const auto &v : recent)
            QVERIFY(msOf(v.toObject().value(u"requested_datetime"_s).toString())
                >= t - 90 * 24 * kHour - 60 * 1000);
        const QString old = QString::fromUtf8(QUrl::toPercentEncoding(
            QDateTime::fromMSecsSinceEpoch(t - 91 * 24 * kHour, QTimeZone(8 * 3600))
                .toString(Qt::ISODate)));
        QVERIFY(http()
                    .get(u"/api/v1/complaints?to=%1"_s.arg(old), token(u"demo.city"_s))
                    .json()
                    .value(u"total"_s)
                    .toInt()
            > 0);

        for (const auto &v : requests(u"api_key=%1&service_code=noise,parking"_s.arg(key))) {
            const QString code = v.toObject().value(u"service_code"_s).toString();
            QVERIFY(code == u"noise" || code == u"parking");
        }
        const QJsonArray open = requests(u"api_key=%1&status=open"_s.arg(key));
        const QJsonArray closed = requests(u"api_key=%1&status=closed"_s.arg(key));
        QVERIFY(!open.isEmpty() && !closed.isEmpty());
        for (const auto &v : open)
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"open"_s);
        for (const auto &v : closed)
            QCOMPARE(v.toObject().value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(requests(u"api_key=%1&status=open,closed"_s.arg(key)).size(), recent.size());

        const QJsonArray page1 = requests(u"api_key=%1&page_size=5&page=1"_s.arg(key));
        const QJsonArray page2 = requests(u"api_key=%1&page_size=5&page=2"_s.arg(key));
        QCOMPARE(page1.size(), 5);
        QCOMPARE(page2.size(), 5);
        QSet<QString> seen;
        for (const auto &v : page1)
            seen.insert(v.toObject().value(u"service_request_id"_s).toString());
        for (const auto &v : page2)
            QVERIFY(!seen.contains(v.toObject().value(u"service_request_id"_s).toString()));
        QCOMPARE(
            page1.at(0).toObject().value(u"service_request_id"_s).toString(), mine); // newest first

        // An explicit window around now finds the new request.
        const auto w3 = [](qint64 ms) {
            return QString::fromUtf8(QUrl::toPercentEncoding(
                QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(0)).toString(Qt::ISODate)));
        };
        bool found = false;
        for (const auto &v : requests(
                 u"api_key=%1&start_date=%2&end_date=%3"_s.arg(key, w3(t - kHour), w3(t + kHour))))
            found = found || v.toObject().value(u"service_request_id"_s).toString() == mine;
        QVERIFY(found);

        // The key's subtree bounds what is read.
        QList<std::pair<QString, QString>> heping = goodForm(key);
        for (auto &p : heping) {
            if (p.first == u"attribute[community]")
                p.second = kHeping;
        }
        const QString far = file(heping);
        QVERIFY(!far.isEmpty());
        for (const auto &v : requests(u"api_key="_s + m_current->streetKey))
            QVERIFY(v.toObject().value(u"service_request_id"_s).toString() != far);
        checkError(
            http().get(u"/open311/v2/requests/%1.json?api_key=%2"_s.arg(far, m_current->streetKey)),
            404, false);
        QCOMPARE(
            requests(u"api_key=%1&service_request_id=%2"_s.arg(m_current->streetKey, far)).size(),
            0);

        checkError(
            http().get(u"/open311/v2/requests.json?api_key=%1&start_date=%2&end_date=%3"_s.arg(
                key, w3(t - 100 * 24 * kHour), w3(t))),
            400, false);
        checkError(
            http().get(u"/open311/v2/requests.json?api_key=%1&start_date=yesterday"_s.arg(key)),
            400, false);
        checkError(http().get(u"/open311/v2/requests.xml?api_key=%1&status=pending"_s.arg(key)),
            400, true);
        checkError(
            http().get(u"/open311/v2/requests.json?api_key=%1&page_size=0"_s.arg(key)), 400, false);
        checkError(
            http().get(u"/open311/v2/requests.json?api_key=%1&service_code=potholes"_s.arg(key)),
            404, false);
        checkError(http().get(u"/open311/v2/requests.json"_s), 403, false);
        checkError(http().get(u"/open311/v2/requests.xml?api_key=cdk_wrong"_s), 403, true);
    }

    void singleRequest()
    {
        QVERIFY(ensureServer());
        const QString id = file(goodForm(cityKey()));
        QVERIFY(!id.isEmpty());
        const HttpReply json
            = http().get(u"/open311/v2/requests/%1.json?api_key=%2"_s.arg(id, cityKey()));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.jsonArray().size(), 1);
        const QJsonObject r = json.jsonArray().at(0).toObject();
        QCOMPARE(sortedKeys(r), sorted(kRequestFields));
        QCOMPARE(r.value(u"service_request_id"_s).toString(), id);
        QCOMPARE(r.value(u"status"_s).toString(), u"open"_s);
        const HttpReply xml
            = http().get(u"/open311/v2/requests/%1.xml?api_key=%2"_s.arg(id, cityKey()));
        QCOMPARE(xml.status, 200);
        QString why;
        const auto root = parseXml(xml.body, &why);
        QVERIFY2(root, qPrintable(why));
        QCOMPARE(root->name, u"service_requests"_s);
        QCOMPARE(root->children.size(), 1);
        QCOMPARE(root->children.first().childNames(), kRequestFields);
        QCOMPARE(root->children.first().value(u"service_request_id"_s), id);

        checkError(http().get(u"/open311/v2/requests/%1.json?api_key=%2"_s.arg(
                       QUuid::createUuid().toString(QUuid::WithoutBraces), cityKey())),
            404, false);
        checkError(http().get(u"/open311/v2/requests/%1.xml"_s.arg(id)), 403, true);
        checkError(http().get(u"/open311/v2/tokens/abc.json"_s), 404, false);
    }
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "tst_open311.moc"
