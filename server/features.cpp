#include "feature.h"

namespace civic::server {

const QList<Feature> &features()
{
    static const QList<Feature> list = {
        coreFeature(), complaintsFeature(), noticesFeature(), fansFeature(), assessmentFeature(),
        clientReleaseFeature(),
    };
    return list;
}

} // namespace civic::server
