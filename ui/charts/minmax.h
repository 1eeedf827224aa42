#pragma once

#include <QList>
#include <QPointF>

namespace civic::ui {

// ARCHITECTURE.md §Charts: a series never holds more points than the screen can show.
// Splits the x range into `columns` equal buckets and keeps, per bucket, its lowest and
// highest point in x order (one min/max pair per pixel column), plus the first and last
// points, so peaks and dips survive and the line's ends stay put. Points must be sorted by
// x; fewer than 2 × columns points are returned as they are.
QList<QPointF> reduceMinMax(const QList<QPointF> &points, int columns);

} // namespace civic::ui
