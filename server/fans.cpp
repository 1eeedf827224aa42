// The fans feature (粉丝统计) on the server: its schema, commands, routes, demo data and jobs.

#include "feature.h"

using namespace Qt::StringLiterals;

namespace civic::server {

Feature fansFeature()
{
    Feature feature;
    feature.name = u"fans"_s;
    return feature;
}

} // namespace civic::server
