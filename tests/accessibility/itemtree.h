// Looking at the Qt Quick item tree as the accessibility walk sees it: what an item is, where
// it is on screen, what it is named and announced as, and what it is drawn on.
#pragma once

#include <QAccessible>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <initializer_list>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace safehaven::a11y {

// The accessible roles that make an item a control (see looksInteractive).
extern const QList<QAccessible::Role> kInteractiveRoles;

bool inheritsAny(const QObject *object, std::initializer_list<const char *> classes);
QString describe(const QQuickItem *item);
bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item);
double effectiveOpacity(const QQuickItem *item);
void collectVisible(QQuickItem *item, QList<QQuickItem *> &out);
QRectF sceneRect(const QQuickItem *item);
bool within(const QRectF &inner, const QRectF &outer);
QString rectText(const QRectF &r);

QAccessible::Role roleOf(QQuickItem *item);
QString nameOf(QQuickItem *item);
bool looksInteractive(QQuickItem *item);
QQuickItem *flickableOf(QQuickItem *contentItem);

// Colours of the filled rectangles under `scenePoint`, painted below `item`, topmost first, down
// to the first opaque one.
class BackgroundFinder
{
public:
    explicit BackgroundFinder(QPointF scenePoint) : m_point(scenePoint) {}

    QColor below(QQuickItem *item, const QColor &windowColour);

private:
    void searchSubtree(QQuickItem *item);
    void consider(QQuickItem *item);

    QPointF m_point;
    QList<QColor> m_layers;
    bool m_opaque = false;
};

// Where `item` would be seen: the part of it inside every viewport and clip around it.
QString hiddenBy(QQuickItem *item, QQuickWindow *window);

// Where a text item's glyphs are, in its own coordinates.
QRectF paintedTextRect(const QQuickItem *text);

} // namespace safehaven::a11y
