// Colour arithmetic for the contrast checks: WCAG 2.x relative luminance and contrast ratio,
// and alpha compositing.
#pragma once

#include <QColor>
#include <QString>

namespace safehaven::a11y {

double luminance(const QColor &c);
double contrastRatio(const QColor &a, const QColor &b);
// `top` drawn over an opaque `bottom`.
QColor over(const QColor &top, const QColor &bottom);
QString hex(const QColor &c);

} // namespace safehaven::a11y
