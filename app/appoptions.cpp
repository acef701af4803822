#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace safehaven {

AppOptions parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "Safe Haven keeps Shared Lives placement information safe on this device."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("AppOptions", "Keep the encrypted store in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("AppOptions", "Load every page, report problems and exit."));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QCoreApplication::translate("AppOptions", "Walk the main screens on demo data and save PNG "
                                                  "screenshots in DIR."),
        QStringLiteral("DIR"));
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, selfTest, tour, firstFrame});
    parser.process(arguments); // exits on --help, --version and unknown options

    AppOptions options;
    options.dataDir = parser.isSet(dataDir)
                          ? parser.value(dataDir)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.selfTest = parser.isSet(selfTest);
    options.tourDir = parser.value(tour);
    options.quitAfterFirstFrame = parser.isSet(firstFrame);
    return options;
}

} // namespace safehaven
