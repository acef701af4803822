#pragma once

#include <QString>

namespace safehaven {

// The few Android framework calls the glue needs, typed. The real one (platformglue_android.cpp)
// goes through QJniObject; tests use a recording stand-in, so what we ask Android for is checked
// on Linux even though the JNI side cannot run there.
class AndroidBridge
{
public:
    virtual ~AndroidBridge() = default;

    // Activity.getWindow().addFlags(flags), on the Android UI thread. False if there is no
    // Activity to ask (the request itself is asynchronous).
    [[nodiscard]] virtual bool addWindowFlags(int flags) = 0;
    // Activity.startActivity(new Intent(action, Uri.parse(uri))). False if no installed app
    // handles the intent (PackageManager finds nothing; needs the manifest's <queries>).
    [[nodiscard]] virtual bool startActivity(const QString &action, const QString &uri) = 0;
    // Vibrator.hasVibrator().
    [[nodiscard]] virtual bool hasVibrator() = 0;
    // Vibrator.vibrate(VibrationEffect.createOneShot(ms, DEFAULT_AMPLITUDE)). VIBRATE is a normal
    // (install-time) permission: no prompt.
    [[nodiscard]] virtual bool vibrate(int milliseconds) = 0;
};

} // namespace safehaven
