#include "itemtree.h"

#include "colour.h"
#include "thresholds.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace safehaven::a11y {

namespace {

const std::initializer_list<const char *> kControlClasses = {
    "QQuickAbstractButton", "QQuickTextInput",   "QQuickTextEdit", "QQuickComboBox",
    "QQuickSlider",         "QQuickRangeSlider", "QQuickSpinBox",  "QQuickDial",
    "QQuickTumbler",        "QQuickScrollBar",   "QQuickMouseArea"};

// Children in the order they are painted; the parent itself is painted between the children
// with negative z and the rest.
QList<QQuickItem *> paintOrder(QQuickItem *parent)
{
    QList<QQuickItem *> children = parent->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    const auto firstNonNegative = std::find_if(children.begin(), children.end(),
                                               [](const QQuickItem *c) { return c->z() >= 0; });
    children.insert(firstNonNegative, parent);
    return children;
}

} // namespace

const QList<QAccessible::Role> kInteractiveRoles = {
    QAccessible::Button,   QAccessible::RadioButton,    QAccessible::CheckBox,
    QAccessible::PageTab,  QAccessible::EditableText,   QAccessible::ListItem,
    QAccessible::ComboBox, QAccessible::Slider,         QAccessible::SpinBox,
    QAccessible::Link,     QAccessible::MenuItem,       QAccessible::ButtonMenu,
    QAccessible::Dial,     QAccessible::ButtonDropDown, QAccessible::ScrollBar};

bool inheritsAny(const QObject *object, std::initializer_list<const char *> classes)
{
    return std::any_of(classes.begin(), classes.end(),
                       [object](const char *c) { return object->inherits(c); });
}

QString describe(const QQuickItem *item)
{
    QString text = QString::fromLatin1(item->metaObject()->className());
    text = text.section(QLatin1Char('_'), 0, 0); // QML types carry a _QMLTYPE_n suffix
    if (!item->objectName().isEmpty())
        text += QStringLiteral(" #") + item->objectName();
    const QString label = item->property("text").toString();
    if (!label.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(label.left(40));
    return text;
}

bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (p == ancestor)
            return true;
    return false;
}

double effectiveOpacity(const QQuickItem *item)
{
    double opacity = 1.0;
    for (const QQuickItem *p = item; p; p = p->parentItem())
        opacity *= p->opacity();
    return opacity;
}

void collectVisible(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    out << item;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectVisible(child, out);
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

bool within(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - kTolerance && inner.top() >= outer.top() - kTolerance &&
           inner.right() <= outer.right() + kTolerance &&
           inner.bottom() <= outer.bottom() + kTolerance;
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("%1x%2 at %3,%4")
        .arg(qRound(r.width()))
        .arg(qRound(r.height()))
        .arg(qRound(r.x()))
        .arg(qRound(r.y()));
}

QAccessible::Role roleOf(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->role() : QAccessible::NoRole;
}

QString nameOf(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool looksInteractive(QQuickItem *item)
{
    if (item->inherits("QQuickPage"))
        return false; // a screen (Qt gives it the PageTab role); named, but not a control
    if (inheritsAny(item, kControlClasses))
        return true;
    const auto handlers = item->children();
    for (const QObject *child : handlers)
        if (child->inherits("QQuickTapHandler"))
            return true;
    return kInteractiveRoles.contains(roleOf(item));
}

QQuickItem *flickableOf(QQuickItem *contentItem)
{
    QQuickItem *parent = contentItem->parentItem();
    if (parent && parent->inherits("QQuickFlickable") &&
        parent->property("contentItem").value<QQuickItem *>() == contentItem)
        return parent;
    return nullptr;
}

QColor BackgroundFinder::below(QQuickItem *item, const QColor &windowColour)
{
    for (QQuickItem *child = item; child->parentItem() && !m_opaque; child = child->parentItem()) {
        QQuickItem *parent = child->parentItem();
        const QList<QQuickItem *> order = paintOrder(parent);
        for (qsizetype i = order.indexOf(child) - 1; i >= 0 && !m_opaque; --i) {
            if (order[i] == parent)
                consider(parent);
            else
                searchSubtree(order[i]);
        }
    }
    QColor colour = windowColour.alpha() == 255 ? windowColour : over(windowColour, Qt::white);
    for (auto layer = m_layers.crbegin(); layer != m_layers.crend(); ++layer)
        colour = over(*layer, colour);
    return colour;
}

void BackgroundFinder::searchSubtree(QQuickItem *item)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QList<QQuickItem *> order = paintOrder(item);
    for (auto it = order.crbegin(); it != order.crend() && !m_opaque; ++it) {
        if (*it == item)
            consider(item);
        else
            searchSubtree(*it);
    }
}

void BackgroundFinder::consider(QQuickItem *item)
{
    if (!item->inherits("QQuickRectangle") || !item->isVisible())
        return;
    if (!item->contains(item->mapFromScene(m_point)))
        return;
    QColor colour = item->property("color").value<QColor>();
    colour.setAlphaF(static_cast<float>(colour.alphaF() * effectiveOpacity(item)));
    if (colour.alpha() == 0)
        return;
    m_layers << colour;
    m_opaque = colour.alpha() == 255;
}

QString hiddenBy(QQuickItem *item, QQuickWindow *window)
{
    const QRectF r = sceneRect(item);
    for (QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
        if ((a->inherits("QQuickFlickable") || a->clip()) && !within(r, sceneRect(a)))
            return QStringLiteral("scrolled out of view in ") + describe(a);
    }
    if (!within(r, QRectF(0, 0, window->width(), window->height())))
        return QStringLiteral("outside the window");
    return {};
}

QRectF paintedTextRect(const QQuickItem *text)
{
    const double contentWidth = text->property("contentWidth").toDouble();
    const double contentHeight = text->property("contentHeight").toDouble();
    const int h = text->property("effectiveHorizontalAlignment").toInt();
    const int v = text->property("verticalAlignment").toInt();
    double x = 0;
    if (h & Qt::AlignRight)
        x = text->width() - contentWidth;
    else if (h & Qt::AlignHCenter)
        x = (text->width() - contentWidth) / 2;
    double y = 0;
    if (v & Qt::AlignBottom)
        y = text->height() - contentHeight;
    else if (v & Qt::AlignVCenter)
        y = (text->height() - contentHeight) / 2;
    return {x, y, contentWidth, contentHeight};
}

} // namespace safehaven::a11y
