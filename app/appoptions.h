#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace safehaven {

struct AppOptions
{
    QString dataDir;                  // --data-dir; default under QStandardPaths::AppDataLocation
    bool selfTest = false;            // --self-test
    QString tourDir;                  // --tour DIR
    QSize tourPhoneSize{412, 892};    // --tour-phone-size WxH, device-independent pixels
    QSize tourTabletSize{1280, 800};  // --tour-tablet-size WxH
    bool quitAfterFirstFrame = false; // --quit-after-first-frame (start-up benchmark)
};

// Parses the command line; --help, --version and unknown options print and exit.
AppOptions parseAppOptions(const QStringList &arguments);

} // namespace safehaven
