// The accessibility walk's checks of names and roles, touch target size and text contrast.
#include "tst_accessibility.h"

#include "colour.h"
#include "itemtree.h"
#include "thresholds.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <algorithm>

using namespace safehaven::a11y;

// ---- names and roles --------------------------------------------------------------------------

namespace {
void collectAccessible(QAccessibleInterface *iface, QSet<QObject *> &seen, int depth)
{
    if (!iface || depth > 80)
        return;
    if (QObject *object = iface->object())
        seen.insert(object);
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i)
        collectAccessible(iface->child(i), seen, depth + 1);
}
} // namespace

void tst_Accessibility::checkNames(const QString &screen, const Variant &variant,
                                   const QList<QQuickItem *> &items,
                                   const QList<QQuickItem *> &controls)
{
    QSet<QObject *> inTree;
    collectAccessible(QAccessible::queryAccessibleInterface(m_window), inTree, 0);

    for (QQuickItem *control : controls) {
        ++m_controlsChecked;
        // A bare MouseArea may carry its name and role on the item it sits in.
        QQuickItem *named = control;
        if (control->inherits("QQuickMouseArea") && nameOf(control).isEmpty() &&
            control->parentItem())
            named = control->parentItem();
        const QString name = nameOf(named);
        const QAccessible::Role role = roleOf(named);
        if (name.isEmpty())
            m_names.add(screen, variant,
                        describe(control) + QStringLiteral(" has no accessible name"));
        if (!kInteractiveRoles.contains(role))
            m_names.add(screen, variant,
                        QStringLiteral("%1 (\"%2\") has role %3, not an interactive one")
                            .arg(describe(control), name)
                            .arg(static_cast<int>(role)));
        if (!inTree.contains(named))
            m_names.add(screen, variant,
                        describe(control) +
                            QStringLiteral(" is missing from the accessibility tree"));
    }

    for (QQuickItem *item : items) {
        if (item->inherits("QQuickPage") && nameOf(item).isEmpty())
            m_names.add(screen, variant,
                        describe(item) + QStringLiteral(" is a screen with no accessible name "
                                                        "(give the Page a title)"));
        if (!item->inherits("QQuickText") || item->property("text").toString().trimmed().isEmpty())
            continue;
        const bool insideControl =
            std::any_of(controls.cbegin(), controls.cend(),
                        [item](QQuickItem *c) { return isAncestor(c, item); });
        if (insideControl)
            continue; // read out as the control's name
        ++m_textsChecked;
        if (nameOf(item).isEmpty() || !inTree.contains(item))
            m_textNames.add(screen, variant,
                            describe(item) + QStringLiteral(" is not read by a screen reader"));
    }
}

// ---- touch targets ----------------------------------------------------------------------------

void tst_Accessibility::checkTargets(const QString &screen, const Variant &variant,
                                     const QList<QQuickItem *> &controls)
{
    for (QQuickItem *control : controls) {
        const QRectF r = sceneRect(control);
        if (r.width() < kMinTarget || r.height() < kMinTarget)
            m_targets.add(screen, variant,
                          QStringLiteral("%1 is %2 x %3 px, under %4 x %4")
                              .arg(describe(control))
                              .arg(qRound(r.width()))
                              .arg(qRound(r.height()))
                              .arg(kMinTarget));
    }
}

// ---- contrast ---------------------------------------------------------------------------------

namespace {

bool clippedAway(QQuickItem *item, const QPointF &scenePoint)
{
    for (QQuickItem *a = item->parentItem(); a; a = a->parentItem())
        if (a->clip() && !sceneRect(a).contains(scenePoint))
            return true;
    return false;
}

} // namespace

void tst_Accessibility::checkContrast(const QString &screen, const Variant &variant,
                                      const QList<QQuickItem *> &items)
{
    for (QQuickItem *item : items) {
        if (!item->inherits("QQuickText") || item->property("text").toString().trimmed().isEmpty())
            continue;
        const QRectF glyphs = item->mapRectToScene(paintedTextRect(item));
        // A row scrolled past the edge of a clipping list is not seen there: what lies under
        // that point is not its background. It is judged once it scrolls into view.
        if (clippedAway(item, glyphs.center()))
            continue;
        const QColor background = BackgroundFinder(glyphs.center()).below(item, m_window->color());
        QColor text = item->property("color").value<QColor>();
        text.setAlphaF(static_cast<float>(text.alphaF() * effectiveOpacity(item)));
        const QColor seen = over(text, background);
        const double ratio = contrastRatio(seen, background);
        const bool enabled = item->isEnabled();

        const QString key =
            QStringLiteral("%1: %2 on %3")
                .arg(variant.dark ? QStringLiteral("dark") : QStringLiteral("light"), hex(text),
                     hex(background));
        ContrastPair &pair = m_pairs[key];
        pair.ratio = ratio;
        ++pair.uses;
        if (pair.example.isEmpty() || (enabled && pair.disabledOnly))
            pair.example = describe(item) + (enabled ? QString() : QStringLiteral(" (disabled)"));
        pair.disabledOnly = pair.disabledOnly && !enabled;

        // WCAG 1.4.3 exempts the text of a control that is switched off.
        if (enabled && ratio < kMinTextContrast)
            m_contrast.add(screen, variant,
                           QStringLiteral("%1: %2 on %3 is %4:1")
                               .arg(describe(item), hex(text), hex(background))
                               .arg(ratio, 0, 'f', 2));
    }
}
