// The notices feature (信息发布) in the client cache: its tables, kinds and optimistic commands.

#include "cacheschema.h"

using namespace Qt::StringLiterals;

namespace civic::store {

CacheFeature noticesCacheFeature()
{
    CacheFeature f;
    f.name = u"notices"_s;
    return f;
}

} // namespace civic::store
