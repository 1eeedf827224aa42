#include "minmax.h"

#include <algorithm>

namespace civic::ui {

QList<QPointF> reduceMinMax(const QList<QPointF> &points, int columns)
{
    if (columns < 1 || points.size() < 2 * qsizetype(columns))
        return points;
    const qreal first = points.constFirst().x();
    const qreal span = points.constLast().x() - first;
    if (span <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    out.append(points.constFirst());
    qsizetype i = 1;
    const qsizetype last = points.size() - 1;
    for (int column = 0; column < columns && i < last; ++column) {
        const qreal end = first + span * (column + 1) / columns;
        qsizetype low = -1;
        qsizetype high = -1;
        for (; i < last && (points.at(i).x() < end || column == columns - 1); ++i) {
            if (low < 0 || points.at(i).y() < points.at(low).y())
                low = i;
            if (high < 0 || points.at(i).y() > points.at(high).y())
                high = i;
        }
        if (low < 0)
            continue;
        out.append(points.at(std::min(low, high)));
        if (low != high)
            out.append(points.at(std::max(low, high)));
    }
    out.append(points.constLast());
    return out;
}

} // namespace civic::ui
