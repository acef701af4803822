#include "readingorder.h"

#include "itemtree.h"
#include "thresholds.h"

#include <QQuickItem>

#include <algorithm>

namespace safehaven::a11y {

bool readsBefore(const QRectF &a, const QRectF &b)
{
    const bool sameColumn = a.left() < b.right() && b.left() < a.right();
    const bool sameRow = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) >
                         std::min(a.height(), b.height()) / 2;
    if (sameRow)
        return a.right() <= b.left() + kTolerance;
    return sameColumn && a.bottom() <= b.top() + kTolerance;
}

Place placeOf(QQuickItem *control)
{
    Place place;
    place.onScreen = sceneRect(control);
    for (QQuickItem *a = control->parentItem(); a; a = a->parentItem()) {
        if (QQuickItem *flickable = flickableOf(a)) {
            place.region = flickable;
            place.inRegion =
                control->mapRectToItem(a, QRectF(0, 0, control->width(), control->height()));
            place.onScreen = sceneRect(flickable);
            break;
        }
    }
    return place;
}

bool readsBefore(const Place &a, const Place &b)
{
    if (a.region && a.region == b.region)
        return readsBefore(a.inRegion, b.inRegion);
    return readsBefore(a.onScreen, b.onScreen);
}

} // namespace safehaven::a11y
