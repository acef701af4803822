// What Safe Haven asks iOS for, checked against a recording stand-in of the UIKit bridge.
#include "ios/iosglue.h"

#include <QTest>
#include <QWindow>

using namespace safehaven;
using namespace safehaven::ios;
using namespace Qt::StringLiterals;

namespace {

// Stands in for the UIKit calls; records each one.
class RecordingIosBridge final : public IosBridge
{
public:
    QList<QWindow *> covers;
    QStringList urls;
    QList<Feedback> feedback;
    bool viewExists = true;
    bool canCall = true;
    bool tapticEngine = true;

    bool installPrivacyCover(QWindow &window) override
    {
        if (!viewExists)
            return false;
        covers.append(&window);
        return true;
    }
    bool openUrl(const QString &url) override
    {
        if (!canCall)
            return false;
        urls.append(url);
        return true;
    }
    bool supportsHaptics() override { return tapticEngine; }
    void notificationFeedback(Feedback kind) override { feedback.append(kind); }
};

} // namespace

class TestIosGlue : public QObject
{
    Q_OBJECT
private slots:
    void privacyCoverOncePerWindowAndNoMoreClaimed()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        auto *calls = recorder.get();
        IosScreenSecurity screen(std::move(recorder));
        QWindow window;
        // iOS cannot stop screenshots or recordings: only the switcher snapshot is covered.
        QCOMPARE(screen.protect(window),
                 ScreenProtections(ScreenProtection::HidesAppSwitcherPreview));
        QCOMPARE(screen.protect(window),
                 ScreenProtections(ScreenProtection::HidesAppSwitcherPreview));
        QCOMPARE(calls->covers, QList<QWindow *>{&window});

        QWindow second;
        QVERIFY(screen.protect(second) != ScreenProtections());
        QCOMPARE(calls->covers.size(), 2);
    }

    void aDestroyedWindowDoesNotBlockANewOne()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        auto *calls = recorder.get();
        IosScreenSecurity screen(std::move(recorder));
        {
            QWindow gone;
            QVERIFY(screen.protect(gone) != ScreenProtections());
        }
        QWindow next; // may reuse the address of the destroyed window
        QVERIFY(screen.protect(next) != ScreenProtections());
        QCOMPARE(calls->covers.size(), 2);
    }

    void noViewMeansNothingIsClaimed()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        recorder->viewExists = false;
        IosScreenSecurity screen(std::move(recorder));
        QWindow window;
        QCOMPARE(screen.protect(window), ScreenProtections());
    }

    void dialOpensATelUrl()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        auto *calls = recorder.get();
        IosPhoneDialer dialer(std::move(recorder));
        QVERIFY(dialer.call(u"+44 1234 567890").ok());
        QCOMPARE(dialer.call(u"telprompt:123").outcome, DialOutcome::InvalidNumber);
        QCOMPARE(calls->urls, QStringList{u"tel:+441234567890"_s});
    }

    void iPadWithoutCallingSaysSo()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        recorder->canCall = false;
        IosPhoneDialer dialer(std::move(recorder));
        QCOMPARE(dialer.call(u"01234 567890").outcome, DialOutcome::NoDialer);
    }

    void errorBuzzIsTheErrorNotification()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        auto *calls = recorder.get();
        IosHaptics haptics(std::move(recorder));
        QVERIFY(haptics.isSupported());
        haptics.errorBuzz();
        QCOMPARE(calls->feedback, QList<IosBridge::Feedback>{IosBridge::Feedback::Error});
    }

    void noTapticEngineIsReported()
    {
        auto recorder = std::make_unique<RecordingIosBridge>();
        recorder->tapticEngine = false;
        IosHaptics haptics(std::move(recorder));
        QVERIFY(!haptics.isSupported());
    }
};

QTEST_MAIN(TestIosGlue)
#include "tst_iosglue.moc"
