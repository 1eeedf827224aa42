// The notices feature (信息发布) on the server: its schema, commands, routes, demo data and jobs.

#include "feature.h"

using namespace Qt::StringLiterals;

namespace civic::server {

Feature noticesFeature()
{
    Feature feature;
    feature.name = u"notices"_s;
    return feature;
}

} // namespace civic::server
