#include "activityfilter.h"

#include "lockmachine.h"

#include <QEvent>

namespace safehaven {

ActivityFilter::ActivityFilter(LockMachine &lock, QObject *parent) : QObject(parent), m_lock(lock)
{
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_lock.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace safehaven
