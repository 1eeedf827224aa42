// The fans feature (粉丝统计) in the client cache: its tables, kinds and optimistic commands.

#include "cacheschema.h"

using namespace Qt::StringLiterals;

namespace civic::store {

CacheFeature fansCacheFeature()
{
    CacheFeature f;
    f.name = u"fans"_s;
    return f;
}

} // namespace civic::store
