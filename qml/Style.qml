pragma Singleton
import QtQuick

// Sizes and colours in one place, so the accessibility checks have one source of truth.
QtObject {
    // The carer's text size: 1.0 is normal, 2.0 is 200%. Every text size below follows it, and
    // so does the PIN pad. Main.qml sets it (its `fontScale` property).
    property real fontScale: 1.0

    readonly property int touchTarget: 56      // at least 48 px for every control
    readonly property int pinKeySize: Math.round(72 * Math.max(1, 0.75 * fontScale))
    readonly property int spacing: 16
    readonly property int narrowWidth: 600     // below this the phone layout is used
    readonly property int contentMaxWidth: 560
    readonly property int titleSize: Math.round(26 * fontScale)
    readonly property int headingSize: Math.round(20 * fontScale)
    readonly property int bodySize: Math.round(17 * fontScale)
    readonly property int smallSize: Math.round(15 * fontScale)
    readonly property int tabSize: Math.round(13 * fontScale)
    readonly property int pinDigitSize: Math.round(28 * fontScale)

    // Contrast as tst_accessibility computes it (WCAG 2.x), against Material's page colours
    // #FAFAFA (light) and #303030 (dark). The bar is 4.5:1 for all text.
    readonly property color brand: "#00695C"        // teal 800: 6.3:1 on the light page
    readonly property color brandOnDark: "#80CBC4"  // teal 200: 7.1:1 on the dark page
    readonly property color danger: "#B71C1C"       // red 900: 6.3:1 on the light page
    readonly property color dangerOnDark: "#EF9A9A" // red 200: 6.1:1 on the dark page

    readonly property color textOnBrand: "white"    // toolbar text on `brand`: 6.6:1
    // Text on an accent-filled (highlighted) button. Material puts white there, which on the
    // light teal of the dark theme is 1.9:1; near-black is 9.5:1.
    readonly property color textOnAccentDark: "#DE000000"

    function textOnAccentFor(dark) { return dark ? textOnAccentDark : textOnBrand }
    function dangerFor(dark) { return dark ? dangerOnDark : danger }
    function brandFor(dark) { return dark ? brandOnDark : brand }
}
