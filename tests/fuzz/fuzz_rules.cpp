// Assessment rule sets and input bundles (ASSESSMENT.md §5, §6) from arbitrary bytes: parsing
// refuses or accepts without crashing, an accepted rule set survives its own JSON unchanged,
// and every accepted bundle can be scored.

#include "domain/assessment.h"
#include "fuzzcheck.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <variant>

using namespace civic::domain;
using namespace Qt::StringLiterals;

namespace {

// parseRules(rulesJson(r)) gives r back: what the server stores is what it read.
void checkRoundTrip(const AssessmentRules &rules)
{
    const auto again = parseRules(rulesJson(rules));
    CIVIC_FUZZ_CHECK(std::holds_alternative<AssessmentRules>(again));
    CIVIC_FUZZ_CHECK(std::get<AssessmentRules>(again) == rules);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();

    // The object as a rule set (rule_set.save's payload.rules) and, when it is a bundle, its
    // "rules" member on its own.
    for (const QJsonObject &candidate : { object, object.value(u"rules"_s).toObject() }) {
        const auto rules = parseRules(candidate);
        if (const auto *parsed = std::get_if<AssessmentRules>(&rules))
            checkRoundTrip(*parsed);
        else
            CIVIC_FUZZ_CHECK(!std::get<AssessmentError>(rules).message.isEmpty());
    }

    const auto bundle = parseBundle(object);
    if (const auto *parsed = std::get_if<AssessmentBundle>(&bundle)) {
        checkRoundTrip(parsed->rules);
        const AssessmentResult result = score(*parsed);
        CIVIC_FUZZ_CHECK(result.results.size() == parsed->communities.size());
        (void)resultJson(result);
    } else {
        CIVIC_FUZZ_CHECK(!std::get<AssessmentError>(bundle).message.isEmpty());
    }
    return 0;
}
