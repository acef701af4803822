// The composition root: builds the services and hands them to the view-models.

#include "applifecycle.h"
#include "applogging.h"
#include "appoptions.h"
#include "appshell.h"
#include "biometricgatefactory.h"
#include "haptics.h"
#include "lockmachine.h"
#include "platformsecretstore.h"
#include "processhardening.h"
#include "screensecurity.h"
#include "selftest.h"
#include "sodiumruntime.h"
#include "systemclock.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(SafeHaven_ViewModelsPlugin)
Q_IMPORT_QML_PLUGIN(SafeHaven_UIPlugin)

using namespace safehaven;

namespace {

// For the start-up benchmark: report the first frame of the lock screen, then quit.
void quitAfterFirstFrame(QQuickWindow *window, const QElapsedTimer &sinceMain)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, qApp,
        [&sinceMain] {
            QTextStream(stdout) << "first-frame " << sinceMain.elapsed() << " ms\n";
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    hardenProcess();
    // The QML engine's bytecode cache would be written outside the data folder: keep it off.
    qputenv("QML_DISABLE_DISK_CACHE", "1");

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("SafeHaven"));
    QGuiApplication::setApplicationName(QStringLiteral("Safe Haven"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Lets Wayland and Linux phones match the window to the .desktop file's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.safehaven.SafeHaven"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTranslator translator; // the carer's language where we have it; English otherwise
    if (translator.load(QLocale(), QStringLiteral("safehaven"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QGuiApplication::installTranslator(&translator);

    const AppOptions options = parseAppOptions(app.arguments());
    if (auto selfTest = cryptoSelfTest(); !selfTest) {
        QTextStream(stderr) << selfTest.error().message << "\n";
        return 2;
    }
    if (!options.tourDir.isEmpty())
        return runTour(app, options.tourDir, options.tourPhoneSize, options.tourTabletSize);
    if (options.selfTest)
        return runSelfTest(app);

    SystemClock clock;
    const auto keystore = makePlatformSecretStore();
    LockMachine lock(options.dataDir, *keystore, clock);
    const auto biometrics = makePlatformBiometricGate(*keystore);
    lock.setBiometricGate(*biometrics);
    lock.start();
    AppShell shell(app, lock, clock);
    if (!shell.load())
        return 1;
    const auto screenSecurity = makePlatformScreenSecurity();
    const ScreenProtections screenProtections = screenSecurity->protect(*shell.window());
    qCInfo(lcApp) << "screen protections" << screenProtections.toInt();
    const auto haptics = makePlatformHaptics(); // a short buzz with the wrong-PIN shake
    QObject::connect(&shell.session(), &SessionViewModel::unlockFailed, &app,
                     [&haptics] { haptics->errorBuzz(); });
    AppLifecycle lifecycle(app, lock);
    if (options.quitAfterFirstFrame)
        quitAfterFirstFrame(shell.window(), sinceMain);
    qCInfo(lcApp) << "started";
    return app.exec();
}
