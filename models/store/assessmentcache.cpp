// The assessment feature (季度考核) in the client cache: its tables, kinds and optimistic commands.

#include "cacheschema.h"

using namespace Qt::StringLiterals;

namespace civic::store {

CacheFeature assessmentCacheFeature()
{
    CacheFeature f;
    f.name = u"assessment"_s;
    return f;
}

} // namespace civic::store
