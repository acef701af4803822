// Reading order, for checking that Tab walks the controls in the order they are read.
#pragma once

#include <QRectF>

class QQuickItem;

namespace safehaven::a11y {

// Reading order: a comes before b if it is above b in the same column, or left of b in the
// same row.
bool readsBefore(const QRectF &a, const QRectF &b);

// Where a control sits for reading order: inside a scrolling area, its place in the content
// (however far it is scrolled); against anything outside that area, the area's place.
struct Place
{
    QQuickItem *region = nullptr;
    QRectF inRegion;
    QRectF onScreen;
};

Place placeOf(QQuickItem *control);
bool readsBefore(const Place &a, const Place &b);

} // namespace safehaven::a11y
