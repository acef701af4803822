pragma Singleton
import QtQuick

// Sizes and colours in one place, so the accessibility checks have one source of truth.
QtObject {
    readonly property int touchTarget: 56      // at least 48 px for every control
    readonly property int pinKeySize: 72
    readonly property int spacing: 16
    readonly property int narrowWidth: 600     // below this the phone layout is used
    readonly property int contentMaxWidth: 560
    readonly property int titleSize: 26
    readonly property int bodySize: 17
    readonly property int smallSize: 15

    readonly property color brand: "#00695C"   // teal 800: 7.0:1 on white
    readonly property color brandOnDark: "#80CBC4"
    readonly property color danger: "#B71C1C"  // red 900: 7.6:1 on white
    readonly property color dangerOnDark: "#EF9A9A"

    function dangerFor(dark) { return dark ? dangerOnDark : danger }
    function brandFor(dark) { return dark ? brandOnDark : brand }
}
