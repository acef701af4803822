#pragma once

#include <QObject>

namespace safehaven {

class LockMachine;

// Any touch, click or key press counts as activity and pushes the idle lock back.
class ActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit ActivityFilter(LockMachine &lock, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LockMachine &m_lock;
};

} // namespace safehaven
