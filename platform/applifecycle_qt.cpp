#include "applifecycle.h"

#include "lockmachine.h"
#include "platformlogging.h"

#include <QGuiApplication>

namespace safehaven {

AppLifecycle::AppLifecycle(QGuiApplication &app, LockMachine &lock, QObject *parent)
    : QObject(parent)
{
    connect(&app, &QGuiApplication::applicationStateChanged, this,
            [&lock](Qt::ApplicationState state) {
                qCDebug(lcPlatform) << "application state" << state;
                if (state == Qt::ApplicationSuspended) {
                    lock.lock(LockReason::Background); // no grace once the OS suspends us
                    return;
                }
                lock.setForeground(state == Qt::ApplicationActive);
            });
}

} // namespace safehaven
