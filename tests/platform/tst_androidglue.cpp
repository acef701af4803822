// What Safe Haven asks Android for, checked against a recording stand-in of the JNI bridge.
#include "android/androidglue.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>
#include <QWindow>

using namespace safehaven;
using namespace safehaven::android;
using namespace Qt::StringLiterals;

namespace {

struct Intent
{
    QString action;
    QString uri;
    bool operator==(const Intent &) const = default;
};

// Stands in for the QJniObject calls; records each one.
class RecordingAndroidBridge final : public AndroidBridge
{
public:
    QList<int> windowFlags;
    QList<Intent> intents;
    QList<int> vibrations;
    bool hasActivity = true;
    bool dialerInstalled = true;
    bool vibratorPresent = true;

    bool addWindowFlags(int flags) override
    {
        if (!hasActivity)
            return false;
        windowFlags.append(flags);
        return true;
    }
    bool startActivity(const QString &action, const QString &uri) override
    {
        if (!dialerInstalled)
            return false;
        intents.append({action, uri});
        return true;
    }
    bool hasVibrator() override { return vibratorPresent; }
    bool vibrate(int milliseconds) override
    {
        vibrations.append(milliseconds);
        return vibratorPresent;
    }
};

} // namespace

class TestAndroidGlue : public QObject
{
    Q_OBJECT
private slots:
    void flagSecureIsTheDocumentedValue()
    {
        // android.view.WindowManager.LayoutParams.FLAG_SECURE, API level 1.
        QCOMPARE(kFlagSecure, 0x2000);
        QCOMPARE(kActionDial, u"android.intent.action.DIAL");
    }

    void protectAsksForFlagSecureOnce()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        auto *calls = recorder.get();
        AndroidScreenSecurity screen(std::move(recorder));
        QWindow window;
        const ScreenProtections done = screen.protect(window);
        QCOMPARE(calls->windowFlags, QList<int>{0x2000});
        QVERIFY(done.testFlag(ScreenProtection::BlocksScreenshots));
        QVERIFY(done.testFlag(ScreenProtection::BlocksScreenRecording));
        QVERIFY(done.testFlag(ScreenProtection::HidesAppSwitcherPreview));

        QWindow second; // every Qt window lives in the one Activity window
        QCOMPARE(screen.protect(second), done);
        QCOMPARE(calls->windowFlags.size(), 1);
    }

    void flagSecureIsReappliedWhenTheAppReturns()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        auto *calls = recorder.get();
        AndroidScreenSecurity screen(std::move(recorder));
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(calls->windowFlags.isEmpty()); // nothing asked for before protect()

        QWindow window;
        QVERIFY(screen.protect(window) != ScreenProtections());
        emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        QCOMPARE(calls->windowFlags, (QList<int>{0x2000, 0x2000}));
    }

    void noActivityMeansNothingIsClaimed()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        recorder->hasActivity = false;
        AndroidScreenSecurity screen(std::move(recorder));
        QWindow window;
        QCOMPARE(screen.protect(window), ScreenProtections());
    }

    void dialUsesActionDialWithATelUri()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        auto *calls = recorder.get();
        AndroidPhoneDialer dialer(std::move(recorder));
        QVERIFY(dialer.call(u"+44 1234 567890").ok());
        QVERIFY(dialer.call(u"01234 567 890").ok());
        const QList<Intent> expected{
            {u"android.intent.action.DIAL"_s, u"tel:+441234567890"_s},
            {u"android.intent.action.DIAL"_s, u"tel:01234567890"_s},
        };
        QCOMPARE(calls->intents, expected);
        // Nothing Uri.parse would read as more than a number: no '#', ';', ',', '%', '/'.
        for (const Intent &intent : calls->intents)
            QVERIFY(QRegularExpression(u"^tel:\\+?[0-9]+$"_s).match(intent.uri).hasMatch());
    }

    void refusedNumbersNeverReachAndroid()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        auto *calls = recorder.get();
        AndroidPhoneDialer dialer(std::move(recorder));
        for (const auto *bad : {u"*#06#", u"123; rm -rf", u"javascript:alert(1)", u"tel:123"})
            QCOMPARE(dialer.call(QStringView(bad)).outcome, DialOutcome::InvalidNumber);
        QVERIFY(calls->intents.isEmpty());
    }

    void tabletWithoutDialerSaysSo()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        recorder->dialerInstalled = false;
        AndroidPhoneDialer dialer(std::move(recorder));
        QCOMPARE(dialer.call(u"01234 567890").outcome, DialOutcome::NoDialer);
    }

    void errorBuzzIsOneShortVibration()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        auto *calls = recorder.get();
        AndroidHaptics haptics(std::move(recorder));
        QVERIFY(haptics.isSupported());
        haptics.errorBuzz();
        QCOMPARE(calls->vibrations.size(), 1);
        QVERIFY(calls->vibrations.first() >= 20);  // felt at all
        QVERIFY(calls->vibrations.first() <= 200); // a buzz, not an alarm
    }

    void noVibratorIsReported()
    {
        auto recorder = std::make_unique<RecordingAndroidBridge>();
        recorder->vibratorPresent = false;
        AndroidHaptics haptics(std::move(recorder));
        QVERIFY(!haptics.isSupported());
        haptics.errorBuzz(); // harmless
    }
};

QTEST_MAIN(TestAndroidGlue)
#include "tst_androidglue.moc"
