// The fans CSV import (PRODUCT.md §4) on raw bytes, whatever their encoding: every file is
// either all days, consistent as validateDays() checks them, or errors and no day.

#include "domain/fanscsv.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace civic::domain;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const FanImportResult result = parseFansCsv(bytes);
    if (!result.ok()) {
        CIVIC_FUZZ_CHECK(result.days.isEmpty());
        for (const FanImportError &error : result.errors) {
            CIVIC_FUZZ_CHECK(error.line >= 0);
            CIVIC_FUZZ_CHECK(!error.message.isEmpty());
            CIVIC_FUZZ_CHECK(fanErrorCodeFromName(fanErrorCodeName(error.code)) == error.code);
        }
        return 0;
    }
    CIVIC_FUZZ_CHECK(!result.days.isEmpty());
    for (qsizetype i = 0; i < result.days.size(); ++i) {
        const FanDay &day = result.days.at(i);
        CIVIC_FUZZ_CHECK(day.date.isValid());
        CIVIC_FUZZ_CHECK(day.newFollow >= 0 && day.unfollow >= 0 && day.cumulative >= 0);
        CIVIC_FUZZ_CHECK(day.net == day.newFollow - day.unfollow);
        if (i > 0) {
            const FanDay &previous = result.days.at(i - 1);
            CIVIC_FUZZ_CHECK(previous.date.addDays(1) == day.date);
            CIVIC_FUZZ_CHECK(previous.cumulative + day.net == day.cumulative);
        }
    }
    // The intake API's check of the same days agrees with the file's.
    CIVIC_FUZZ_CHECK(validateDays(result.days).isEmpty());
    // Chained to its own last day, the file's first day is no longer "previous".
    const FanDay before { result.days.constFirst().date.addDays(-1), 0, 0, 0,
        result.days.constFirst().cumulative - result.days.constFirst().net };
    if (before.cumulative >= 0)
        CIVIC_FUZZ_CHECK(parseFansCsv(bytes, before).ok());
    return 0;
}
