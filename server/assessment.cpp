// The assessment feature (季度考核) on the server: its schema, commands, routes, demo data and jobs.

#include "feature.h"

using namespace Qt::StringLiterals;

namespace civic::server {

Feature assessmentFeature()
{
    Feature feature;
    feature.name = u"assessment"_s;
    return feature;
}

} // namespace civic::server
