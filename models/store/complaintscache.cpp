// The complaints feature (意见箱) in the client cache: its tables, kinds and optimistic commands.

#include "cacheschema.h"

using namespace Qt::StringLiterals;

namespace civic::store {

CacheFeature complaintsCacheFeature()
{
    CacheFeature f;
    f.name = u"complaints"_s;
    return f;
}

} // namespace civic::store
