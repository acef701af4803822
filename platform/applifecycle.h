#pragma once

#include <QObject>

class QGuiApplication;

namespace safehaven {

class LockMachine;

// Tells the lock machine when the app goes to the background or comes back, from the
// platform's application state (Android onPause/onResume, iOS scene phases, Linux focus).
class AppLifecycle : public QObject
{
    Q_OBJECT
public:
    AppLifecycle(QGuiApplication &app, LockMachine &lock, QObject *parent = nullptr);
};

} // namespace safehaven
