#pragma once

#include <QSize>
#include <QString>

class QGuiApplication;

namespace safehaven {

// --self-test: compiles every QML file of the UI, walks every screen on demo data, and
// returns 0 only if nothing failed or warned. Prints what failed otherwise.
int runSelfTest(QGuiApplication &app);

// --tour DIR: the same walk, saving a PNG of each screen into DIR.
int runTour(QGuiApplication &app, const QString &directory, QSize phone, QSize tablet);

} // namespace safehaven
