// A push request body (API.md §Sync) from arbitrary bytes, decoded as the server decodes it
// before touching the database: the JSON object, the envelope of every op, each payload
// field through JsonFields' checks, and the payloads whose decoding needs no database
// (complaint.create's fields, rule_set.save's rules). Each refusal is a well-formed API
// error; nothing may crash.

#include "complaintinput.h"
#include "domain/assessment.h"
#include "fuzzcheck.h"
#include "pushops.h"

#include <cstddef>
#include <cstdint>
#include <limits>

using namespace civic::domain;
using namespace civic::server;
using namespace Qt::StringLiterals;

namespace {

// A fixed "now" (2026-07-01T00:00:00+08:00): the decoders compare times against it.
constexpr qint64 kNow = 1782835200000;

void checkError(const ApiError &error)
{
    CIVIC_FUZZ_CHECK(error.status() == 400 || error.status() == 413);
    CIVIC_FUZZ_CHECK(!error.code().isEmpty() && !error.message().isEmpty());
    CIVIC_FUZZ_CHECK(error.code() != u"invalid_field" || !error.field().isEmpty());
}

template<typename Read> void attempt(Read read)
{
    try {
        read();
    } catch (const ApiError &error) {
        checkError(error);
    }
}

// Every accessor a handler may apply to a field, on every field the payload has (and one
// it has not): each returns a checked value or refuses.
void readEveryField(const JsonFields &fields)
{
    QStringList keys = fields.object().keys();
    keys.append(u"absent"_s);
    for (const QString &key : keys) {
        attempt([&] {
            const QString s = fields.string(key, 64);
            CIVIC_FUZZ_CHECK(s.size() <= 64 && isValidText(s));
        });
        attempt([&] { CIVIC_FUZZ_CHECK(!fields.text(key).trimmed().isEmpty()); });
        attempt([&] {
            const qint64 n = fields.integer(key, 0, std::numeric_limits<int>::max());
            CIVIC_FUZZ_CHECK(n >= 0 && n <= std::numeric_limits<int>::max());
        });
        attempt([&] {
            (void)fields.optionalInteger(
                key, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        });
        attempt([&] { (void)fields.boolean(key); });
        attempt([&] { (void)fields.time(key); });
        attempt([&] { CIVIC_FUZZ_CHECK(isUuid(fields.uuid(key))); });
        attempt([&] { (void)fields.oneOf(key, { u"walk_in", u"phone" }); });
        attempt([&] { CIVIC_FUZZ_CHECK(fields.array(key, 20).size() <= 20); });
        attempt([&] { readEveryField(JsonFields(fields.object(key), fields.path(key))); });
    }
}

void decodePayload(const PushOp &op)
{
    const JsonFields payload(op.payload, u"payload"_s);
    if (op.type == u"complaint.create") {
        attempt([&] {
            const auto input = complaints::parseNewComplaint(payload, kNow);
            CIVIC_FUZZ_CHECK(!input.title.isEmpty() && !input.content.trimmed().isEmpty());
            CIVIC_FUZZ_CHECK(input.submittedAt <= kNow + 10 * 60 * 1000);
        });
    } else if (op.type == u"rule_set.save") {
        attempt([&] { (void)parseRules(payload.object(u"rules"_s)); });
    }
    readEveryField(payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QList<PushOp> ops = decodePushOps(parseJsonObject(body), 500);
        for (const PushOp &op : ops) {
            CIVIC_FUZZ_CHECK(isUuid(op.opId) && op.opId == op.opId.toLower());
            CIVIC_FUZZ_CHECK(!op.baseVersion || *op.baseVersion >= 0);
            decodePayload(op);
        }
    } catch (const ApiError &error) {
        checkError(error);
    }
    return 0;
}
