// The accessibility walk's check that text fits: not cut short, not spilling out of its box or
// control, not lying where it cannot be seen or scrolled to.
#include "tst_accessibility.h"

#include "itemtree.h"
#include "thresholds.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

using namespace safehaven::a11y;

// ---- text fits --------------------------------------------------------------------------------

void tst_Accessibility::checkTextFits(const QString &screen, const Variant &variant,
                                      const QList<QQuickItem *> &items,
                                      const QList<QQuickItem *> &controls)
{
    const QRectF windowRect(0, 0, m_window->width(), m_window->height());
    for (QQuickItem *item : items) {
        if (!item->inherits("QQuickText") || item->property("text").toString().trimmed().isEmpty())
            continue;
        const QString what = describe(item);
        if (item->property("truncated").toBool())
            m_fit.add(screen, variant, what + QStringLiteral(" is cut short"));
        const QRectF glyphs = paintedTextRect(item);
        if (glyphs.width() > item->width() + kTolerance ||
            glyphs.height() > item->height() + kTolerance)
            m_fit.add(screen, variant,
                      QStringLiteral("%1 needs %2 x %3 px but has %4 x %5")
                          .arg(what)
                          .arg(qRound(glyphs.width()))
                          .arg(qRound(glyphs.height()))
                          .arg(qRound(item->width()))
                          .arg(qRound(item->height())));
        // Followed outwards: inside its control, inside what clips it, inside the scrollable
        // area of its Flickable (then the Flickable's viewport stands for it), inside the window.
        QRectF r = item->mapRectToScene(glyphs);
        for (QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
            if (QQuickItem *flickable = flickableOf(a)) {
                const double ox = flickable->property("originX").toDouble();
                const double oy = flickable->property("originY").toDouble();
                double cw = flickable->property("contentWidth").toDouble();
                double ch = flickable->property("contentHeight").toDouble();
                if (cw < 0)
                    cw = flickable->width();
                if (ch < 0)
                    ch = flickable->height();
                if (!within(a->mapRectFromScene(r), QRectF(ox, oy, cw, ch)))
                    m_fit.add(screen, variant,
                              QStringLiteral("%1 lies outside the area %2 scrolls over")
                                  .arg(what, describe(flickable)));
                r = sceneRect(flickable);
                a = flickable;
                continue;
            }
            const bool isControl = controls.contains(a);
            if ((isControl || a->clip()) && !within(r, sceneRect(a))) {
                m_fit.add(screen, variant,
                          QStringLiteral("%1 (%2) spills out of %3 (%4)")
                              .arg(what, rectText(r), describe(a), rectText(sceneRect(a))));
                break;
            }
        }
        if (!within(r, windowRect))
            m_fit.add(screen, variant,
                      QStringLiteral("%1 (%2) is outside the window").arg(what, rectText(r)));
    }
    // The tab of the section on show stays in view, however wide large text makes the tabs.
    for (QQuickItem *control : controls) {
        const bool selected =
            control->property("checked").toBool() || control->property("highlighted").toBool();
        if (roleOf(control) != QAccessible::PageTab || !selected)
            continue;
        if (const QString hidden = hiddenBy(control, m_window); !hidden.isEmpty())
            m_fit.add(screen, variant,
                      QStringLiteral("the selected %1 is %2").arg(describe(control), hidden));
        // ... and it is the tab of the screen on show, as a screen reader announces both.
        for (QQuickItem *a = control->parentItem(); a; a = a->parentItem()) {
            if (a->inherits("QQuickPage") && !a->inherits("QQuickPopupItem")) {
                if (nameOf(a) != nameOf(control))
                    m_fit.add(screen, variant,
                              QStringLiteral("the selected %1 is not the screen on show, \"%2\"")
                                  .arg(describe(control), nameOf(a)));
                break;
            }
        }
    }
}
