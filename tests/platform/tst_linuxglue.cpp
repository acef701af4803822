// The Linux implementations: honest "cannot" reports, and tel: links handed to the desktop.
#include "haptics.h"
#include "phonedialer.h"
#include "screensecurity.h"

#include <QDesktopServices>
#include <QTest>
#include <QWindow>

using namespace safehaven;
using namespace Qt::StringLiterals;

// Catches tel: links instead of letting the desktop open a real dialer during the test.
class TelHandler : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestLinuxGlue : public QObject
{
    Q_OBJECT
private slots:
    void screenSecurityClaimsNothing()
    {
        auto screen = makePlatformScreenSecurity();
        QWindow window;
        QCOMPARE(screen->protect(window), ScreenProtections());
    }

    void hapticsAreUnsupportedAndHarmless()
    {
        auto haptics = makePlatformHaptics();
        QVERIFY(!haptics->isSupported());
        haptics->errorBuzz();
    }

    void dialerOpensATelUrlThroughTheDesktop()
    {
        TelHandler handler;
        QDesktopServices::setUrlHandler(u"tel"_s, &handler, "open");
        auto dialer = makePlatformPhoneDialer();
        QVERIFY(dialer->call(u"+44 1234 567890").ok());
        QCOMPARE(dialer->call(u"123; rm -rf").outcome, DialOutcome::InvalidNumber);
        QDesktopServices::unsetUrlHandler(u"tel"_s);
        QCOMPARE(handler.opened, QList<QUrl>{QUrl(u"tel:+441234567890"_s)});
    }
};

QTEST_MAIN(TestLinuxGlue)
#include "tst_linuxglue.moc"
