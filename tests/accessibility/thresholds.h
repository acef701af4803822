// The limits the accessibility walk holds every screen to.
#pragma once

namespace safehaven::a11y {

inline constexpr double kMinTextContrast = 4.5;  // WCAG 1.4.3 AA, applied to all text sizes
inline constexpr double kMinFocusContrast = 3.0; // WCAG 1.4.11, the focus ring against its surround
inline constexpr double kMinTarget = 48.0;
inline constexpr double kTolerance = 1.0; // px, for rounding in layouts

} // namespace safehaven::a11y
