// The accessibility walk's keyboard and switch checks: Tab reaches every control in reading
// order and shows where focus is, Shift+Tab walks back, and the PIN pad works with Tab and Space.
#include "tst_accessibility.h"

#include "colour.h"
#include "itemtree.h"
#include "readingorder.h"
#include "thresholds.h"

#include <QHash>
#include <QPointer>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <utility>

using namespace safehaven::a11y;

// ---- keyboard and switch ----------------------------------------------------------------------

// Puts the focus back where the walk found it. Focus scopes remember their focused child, so
// the focus is first taken off the control the walk left it on and every scope around it, up
// to the one that holds both.
void tst_Accessibility::restoreFocus(QQuickItem *focusBefore)
{
    for (QQuickItem *f = m_window->activeFocusItem();
         f && !(focusBefore && isAncestor(f, focusBefore)); f = f->parentItem())
        f->setFocus(false);
    if (focusBefore)
        focusBefore->forceActiveFocus();
}

void tst_Accessibility::checkKeyboard(const QString &screen, const Variant &variant,
                                      const QList<QQuickItem *> &items,
                                      const QList<QQuickItem *> &controls)
{
    // An open dialog keeps the keyboard to itself.
    QQuickItem *dialog = nullptr;
    for (QQuickItem *item : items)
        if (item->inherits("QQuickPopupItem"))
            dialog = item;
    QList<QQuickItem *> targets;
    QHash<QQuickItem *, Place> placeAtStart;
    for (QQuickItem *control : controls) {
        if (!control->isEnabled() || (dialog && !isAncestor(dialog, control)))
            continue;
        targets << control;
        placeAtStart.insert(control, placeOf(control));
    }
    if (targets.isEmpty())
        return;
    // A long list keeps only the rows near the screen: Tab scrolls it, rows that leave are
    // destroyed and new ones made (perhaps at a freed row's address). Forget a row the moment
    // it goes, so nothing destroyed is read and no new row is taken for an old one.
    QObject watch;
    QList<QQuickItem *> known = controls;
    QList<QQuickItem *> cycle;
    QSet<QQuickItem *> gone;
    QSet<QQuickItem *> made; // rows a list created while Tab scrolled it
    bool rebuilt = false;
    const auto track = [&](QQuickItem *item) {
        QObject::connect(item, &QObject::destroyed, &watch, [&, item] {
            rebuilt = true;
            gone.insert(item);
            known.removeAll(item);
            cycle.removeAll(item);
            made.remove(item);
        });
    };
    for (QQuickItem *target : std::as_const(targets))
        track(target);
    auto controlFor = [&](QQuickItem *focus) -> QQuickItem * {
        for (QQuickItem *p = focus; p; p = p->parentItem())
            if (known.contains(p))
                return p;
        // A row the list made while Tab scrolled it: a control in its own right.
        for (QQuickItem *p = focus; p; p = p->parentItem()) {
            if (looksInteractive(p)) {
                rebuilt = true;
                made.insert(p);
                known << p;
                gone.remove(p);
                track(p);
                return p;
            }
        }
        return nullptr;
    };

    const QPointer<QQuickItem> focusBefore = m_window->activeFocusItem();
    QQuickItem *ring = m_window->findChild<QQuickItem *>(QStringLiteral("focusRing"));
    const qsizetype maxPresses = targets.size() * 2 + 4;
    for (qsizetype press = 0; press < maxPresses; ++press) {
        QTest::keyClick(m_window, Qt::Key_Tab);
        QQuickItem *focus = m_window->activeFocusItem();
        QQuickItem *control = focus ? controlFor(focus) : nullptr;
        if (!control) {
            m_keyboard.add(screen, variant,
                           QStringLiteral("Tab stops on %1, which is not a control")
                               .arg(focus ? describe(focus) : QStringLiteral("nothing")));
            break;
        }
        if (!cycle.isEmpty() && control == cycle.first())
            break;
        if (cycle.contains(control)) {
            m_keyboard.add(screen, variant,
                           QStringLiteral("Tab goes round without returning to the start, at ") +
                               describe(control));
            break;
        }
        cycle << control;
        ++m_tabStops;
        if (dialog && !isAncestor(dialog, control))
            m_keyboard.add(screen, variant,
                           QStringLiteral("Tab leaves the open dialog for ") + describe(control));
        (void)QQuickTest::qWaitForPolish(m_window, 1000);
        if (const QString hidden = hiddenBy(control, m_window); !hidden.isEmpty())
            m_keyboard.add(screen, variant,
                           QStringLiteral("with focus, %1 is %2").arg(describe(control), hidden));
        if (!ring) {
            m_keyboard.add(screen, variant, QStringLiteral("there is no focus ring"));
        } else {
            QTest::qWait(20); // the ring follows on the next frame
            if (!ring->isVisible() || !within(sceneRect(control), sceneRect(ring)))
                m_keyboard.add(screen, variant,
                               QStringLiteral("the focus ring does not show around ") +
                                   describe(control));
            const QRectF r = sceneRect(control);
            const QColor around = BackgroundFinder(QPointF(r.left() + 1, r.top() + 1))
                                      .below(control, m_window->color());
            const QColor outer = ring->property("outerColor").value<QColor>();
            const QColor inner = ring->property("innerColor").value<QColor>();
            const double ratio =
                std::max(contrastRatio(outer, around), contrastRatio(inner, around));
            if (ratio < kMinFocusContrast)
                m_keyboard.add(screen, variant,
                               QStringLiteral("the focus ring around %1 has only %2:1 contrast")
                                   .arg(describe(control))
                                   .arg(ratio, 0, 'f', 2));
        }
    }
    // Rows the list destroyed were reached or scrolled past; nothing more to ask of them.
    // A list that rebuilt its rows orders the new ones by when it made them: reading order and
    // the way back are checked on the rows that stayed, and only when none were rebuilt.
    QList<QQuickItem *> stayed = cycle;
    stayed.removeIf([&made](QQuickItem *c) { return made.contains(c); });
    targets.removeIf([&gone](QQuickItem *t) { return gone.contains(t); });
    for (QQuickItem *target : std::as_const(targets))
        if (!cycle.contains(target))
            m_keyboard.add(screen, variant,
                           describe(target) + QStringLiteral(" cannot be reached with Tab"));

    // The cycle starts wherever the focus was; read it from the item that reads first.
    if (!stayed.isEmpty()) {
        // The first is one that nothing reads before; of those, the highest on screen.
        qsizetype start = -1;
        for (qsizetype i = 0; i < stayed.size(); ++i) {
            const Place here = placeAtStart.value(stayed[i]);
            const bool preceded = std::any_of(stayed.cbegin(), stayed.cend(), [&](QQuickItem *c) {
                return readsBefore(placeAtStart.value(c), here);
            });
            if (!preceded && (start < 0 || sceneRect(stayed[i]).top() <
                                               sceneRect(stayed[start]).top() - kTolerance))
                start = i;
        }
        start = std::max<qsizetype>(start, 0);
        QList<QQuickItem *> order = stayed.mid(start) + stayed.mid(0, start);
        if (!variant.dark && variant.fontScale == 1.0) {
            QStringList names;
            for (QQuickItem *c : std::as_const(order))
                names << nameOf(c);
            qInfo().noquote() << QStringLiteral("Tab order on %1: %2")
                                     .arg(screen, names.join(QStringLiteral(" > ")));
        }
        for (qsizetype i = 0; i < order.size(); ++i)
            for (qsizetype j = i + 1; j < order.size(); ++j)
                if (readsBefore(placeAtStart.value(order[j]), placeAtStart.value(order[i])))
                    m_keyboard.add(screen, variant,
                                   QStringLiteral("Tab reaches %1 before %2, out of reading order")
                                       .arg(describe(order[i]), describe(order[j])));
    }

    // Shift+Tab walks the same way back.
    if (!rebuilt && cycle.size() > 1 && controlFor(m_window->activeFocusItem()) == cycle.first()) {
        for (qsizetype i = cycle.size() - 1; i >= 0; --i) {
            QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ShiftModifier);
            QQuickItem *control = controlFor(m_window->activeFocusItem());
            if (gone.contains(cycle[i]) || gone.contains(cycle[(i + 1) % cycle.size()]))
                break; // the list rebuilt its rows on the way back: nothing left to compare
            if (control != cycle[i]) {
                m_keyboard.add(screen, variant,
                               QStringLiteral("Shift+Tab from %1 goes to %2, not back to %3")
                                   .arg(describe(cycle[(i + 1) % cycle.size()]),
                                        control ? describe(control) : QStringLiteral("nothing"),
                                        describe(cycle[i])));
                break;
            }
        }
    }
    restoreFocus(focusBefore);
}

// A switch user moves with Tab and presses with Space: the PIN pad must work that way.
void tst_Accessibility::checkPinBySwitch(const QString &screen, const Variant &variant)
{
    QQuickItem *key = m_window->contentItem()->findChild<QQuickItem *>(QStringLiteral("pinKey1"));
    QQuickItem *dots = m_window->contentItem()->findChild<QQuickItem *>(QStringLiteral("pinDots"));
    if (!key || !dots || !key->isVisible() || !key->isEnabled())
        return;
    auto *entry = QQmlProperty::read(dots, QStringLiteral("entry")).value<QObject *>();
    if (!entry)
        return;
    const QPointer<QQuickItem> focusBefore = m_window->activeFocusItem();
    for (int press = 0; press < 40 && !key->hasActiveFocus(); ++press)
        QTest::keyClick(m_window, Qt::Key_Tab);
    if (!key->hasActiveFocus()) {
        m_keyboard.add(screen, variant,
                       QStringLiteral("a switch user cannot move to the PIN keys"));
        return;
    }
    const int before = entry->property("length").toInt();
    QTest::keyClick(m_window, Qt::Key_Space);
    if (entry->property("length").toInt() != before + 1)
        m_keyboard.add(screen, variant, QStringLiteral("Space on a focused PIN key types nothing"));
    QTest::keyClick(m_window, Qt::Key_Backspace);
    if (entry->property("length").toInt() != before)
        m_keyboard.add(screen, variant,
                       QStringLiteral("Backspace with a PIN key focused does not delete"));
    restoreFocus(focusBefore);
}
