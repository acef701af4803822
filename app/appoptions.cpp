#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace safehaven {

namespace {
// "430x932" -> QSize(430, 932); invalid on anything else.
QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool widthOk = false, heightOk = false;
    const int width = parts.value(0).toInt(&widthOk);
    const int height = parts.value(1).toInt(&heightOk);
    if (parts.size() != 2 || !widthOk || !heightOk || width < 200 || height < 200)
        return {};
    return {width, height};
}
} // namespace

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
    const QCommandLineOption phoneSize(
        QStringLiteral("tour-phone-size"),
        QCoreApplication::translate("AppOptions",
                                    "Phone window size for --tour, in device-independent pixels "
                                    "(default 412x892). QT_SCALE_FACTOR sets the pixel density."),
        QStringLiteral("WxH"));
    const QCommandLineOption tabletSize(
        QStringLiteral("tour-tablet-size"),
        QCoreApplication::translate("AppOptions",
                                    "Tablet window size for --tour (default 1280x800)."),
        QStringLiteral("WxH"));
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, selfTest, tour, phoneSize, tabletSize, firstFrame});
    parser.process(arguments); // exits on --help, --version and unknown options

    AppOptions options;
    options.dataDir = parser.isSet(dataDir)
                          ? parser.value(dataDir)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.selfTest = parser.isSet(selfTest);
    options.tourDir = parser.value(tour);
    options.quitAfterFirstFrame = parser.isSet(firstFrame);
    for (auto [option, size] : {std::pair{&phoneSize, &options.tourPhoneSize},
                                std::pair{&tabletSize, &options.tourTabletSize}}) {
        if (!parser.isSet(*option))
            continue;
        const QSize parsed = parseSize(parser.value(*option));
        if (!parsed.isValid()) {
            qCritical("%s expects WIDTHxHEIGHT, e.g. 430x932", qPrintable(option->names().first()));
            ::exit(2);
        }
        *size = parsed;
    }
    return options;
}

} // namespace safehaven
