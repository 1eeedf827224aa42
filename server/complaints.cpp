// The complaints feature (意见箱) on the server: its schema, commands, routes, demo data and jobs.

#include "feature.h"

using namespace Qt::StringLiterals;

namespace civic::server {

Feature complaintsFeature()
{
    Feature feature;
    feature.name = u"complaints"_s;
    return feature;
}

} // namespace civic::server
