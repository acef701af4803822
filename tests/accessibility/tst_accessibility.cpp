// The accessibility walk. Drives the real app through every screen on demo data (DemoWalk, plus
// the Change PIN dialog) and looks at each one four times: light and dark, at 100% and at 200%
// text size. On every screen it checks what a screen reader, keyboard, switch or low-vision user
// meets:
//   - every control has an accessible name and an interactive role, and every piece of text
//     is in the accessibility tree a screen reader walks;
//   - every control is at least 48 x 48 px;
//   - every piece of text has at least 4.5:1 contrast against what it is drawn on, computed
//     (WCAG 2.x relative luminance) from the item colours the theme gives them, composited
//     down through the rectangles below the text to the window colour;
//   - no text is cut short, spills out of its box or control, or lies where it cannot be seen
//     or scrolled to;
//   - Tab reaches every enabled control once, in reading order, shows where focus is, scrolls
//     the focused control into view, stays inside an open dialog, and Shift+Tab walks back;
//     a switch user can enter a PIN with Tab and Space.
// SAFEHAVEN_A11Y_SHOTS=DIR also writes a PNG of every screen in every variant.
#include "demowalk.h"

#include <QAccessible>
#include <QDir>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>

Q_IMPORT_QML_PLUGIN(SafeHaven_ViewModelsPlugin)
Q_IMPORT_QML_PLUGIN(SafeHaven_UIPlugin)

using namespace safehaven;

namespace {

constexpr double kMinTextContrast = 4.5;  // WCAG 1.4.3 AA, applied to all text sizes
constexpr double kMinFocusContrast = 3.0; // WCAG 1.4.11, the focus ring against its surround
constexpr double kMinTarget = 48.0;
constexpr double kTolerance = 1.0; // px, for rounding in layouts
constexpr int kSettleMs = 300;

struct Variant
{
    bool dark;
    double fontScale;
    QString name() const
    {
        return QStringLiteral("%1 %2%")
            .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
            .arg(qRound(fontScale * 100));
    }
};

const Variant kVariants[] = {{false, 1.0}, {true, 1.0}, {false, 2.0}, {true, 2.0}};

// ---- colour -----------------------------------------------------------------------------------

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `top` drawn over an opaque `bottom`.
QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(static_cast<float>(top.redF() * a + bottom.redF() * (1 - a)),
                            static_cast<float>(top.greenF() * a + bottom.greenF() * (1 - a)),
                            static_cast<float>(top.blueF() * a + bottom.blueF() * (1 - a)));
}

QString hex(const QColor &c)
{
    return c.alpha() == 255 ? c.name(QColor::HexRgb).toUpper() : c.name(QColor::HexArgb).toUpper();
}

// ---- items ------------------------------------------------------------------------------------

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

const std::initializer_list<const char *> kControlClasses = {
    "QQuickAbstractButton", "QQuickTextInput",   "QQuickTextEdit", "QQuickComboBox",
    "QQuickSlider",         "QQuickRangeSlider", "QQuickSpinBox",  "QQuickDial",
    "QQuickTumbler",        "QQuickScrollBar",   "QQuickMouseArea"};

const QList<QAccessible::Role> kInteractiveRoles = {
    QAccessible::Button,   QAccessible::RadioButton,    QAccessible::CheckBox,
    QAccessible::PageTab,  QAccessible::EditableText,   QAccessible::ListItem,
    QAccessible::ComboBox, QAccessible::Slider,         QAccessible::SpinBox,
    QAccessible::Link,     QAccessible::MenuItem,       QAccessible::ButtonMenu,
    QAccessible::Dial,     QAccessible::ButtonDropDown, QAccessible::ScrollBar};

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

// Colours of the filled rectangles under `scenePoint`, painted below `item`, topmost first, down
// to the first opaque one.
class BackgroundFinder
{
public:
    explicit BackgroundFinder(QPointF scenePoint) : m_point(scenePoint) {}

    QColor below(QQuickItem *item, const QColor &windowColour)
    {
        for (QQuickItem *child = item; child->parentItem() && !m_opaque;
             child = child->parentItem()) {
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

private:
    void searchSubtree(QQuickItem *item)
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

    void consider(QQuickItem *item)
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

    QPointF m_point;
    QList<QColor> m_layers;
    bool m_opaque = false;
};

// Where `item` would be seen: the part of it inside every viewport and clip around it.
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

// Where a text item's glyphs are, in its own coordinates.
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

// ---- findings ---------------------------------------------------------------------------------

// One problem, seen on some screens in some variants.
class Findings
{
public:
    void add(const QString &screen, const Variant &variant, const QString &problem)
    {
        QStringList &variants = m_problems[screen + QStringLiteral(": ") + problem];
        if (!variants.contains(variant.name()))
            variants << variant.name();
    }
    bool isEmpty() const { return m_problems.empty(); }
    // Lists every problem (QTest cuts long failure messages short) and says how many.
    QByteArray report() const
    {
        for (const auto &[problem, variants] : m_problems)
            qWarning().noquote()
                << QStringLiteral("%1  [%2]").arg(problem, variants.join(QStringLiteral(", ")));
        return QByteArray::number(static_cast<qulonglong>(m_problems.size())) +
               " problem(s), listed above";
    }

private:
    std::map<QString, QStringList> m_problems;
};

struct ContrastPair
{
    double ratio = 0;
    QString example;
    int uses = 0;
    bool disabledOnly = true;
};

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyScreenWasWalked();
    void controlsAreNamedWithInteractiveRoles();
    void textIsVisibleToScreenReaders();
    void touchTargetsAreAtLeast48px();
    void textContrastIsAtLeast4_5();
    void themeColoursContrast();
    void textFitsAt100And200Percent();
    void keyboardAndSwitchReachEveryControl();
    void noQmlWarnings();

private:
    void checkScreen(const QString &screen);
    void checkVariant(const QString &screen, const Variant &variant);
    void checkNames(const QString &screen, const Variant &variant, const QList<QQuickItem *> &items,
                    const QList<QQuickItem *> &controls);
    void checkTargets(const QString &screen, const Variant &variant,
                      const QList<QQuickItem *> &controls);
    void checkContrast(const QString &screen, const Variant &variant,
                       const QList<QQuickItem *> &items);
    void checkTextFits(const QString &screen, const Variant &variant,
                       const QList<QQuickItem *> &items, const QList<QQuickItem *> &controls);
    void checkKeyboard(const QString &screen, const Variant &variant,
                       const QList<QQuickItem *> &items, const QList<QQuickItem *> &controls);
    void checkPinBySwitch(const QString &screen, const Variant &variant);
    void apply(const Variant &variant);
    void settle();
    QVariant evaluate(const QString &expression);
    void restoreFocus(QQuickItem *focusBefore);

    std::unique_ptr<DemoWalk> m_walk;
    QQuickWindow *m_window = nullptr;
    QStringList m_screens;
    QString m_shotsDir;
    Findings m_names;
    Findings m_textNames;
    Findings m_targets;
    Findings m_contrast;
    Findings m_fit;
    Findings m_keyboard;
    std::map<QString, ContrastPair> m_pairs; // "theme: fg on bg"
    int m_controlsChecked = 0;
    int m_textsChecked = 0;
    int m_tabStops = 0;
};

void tst_Accessibility::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    m_shotsDir = qEnvironmentVariable("SAFEHAVEN_A11Y_SHOTS");
    if (!m_shotsDir.isEmpty())
        QVERIFY(QDir().mkpath(m_shotsDir));
    m_walk = std::make_unique<DemoWalk>(*qGuiApp);
    QVERIFY(m_walk->start());
    m_window = m_walk->window();
    QVERIFY(m_window);
    m_walk->run([this](const QString &name) {
        if (!m_window->isActive()) { // under a real X server the keyboard needs this
            m_window->requestActivate();
            (void)QTest::qWaitForWindowActive(m_window);
        }
        checkScreen(name);
        if (name.contains(QLatin1String("settings-phone"))) {
            // The Change PIN dialog is not on the tour: open it here and walk it too.
            auto *flow = m_window->findChild<QObject *>(QStringLiteral("changePinFlow"));
            if (!flow) {
                m_screens << QStringLiteral("(change PIN dialog not found)");
                return;
            }
            QMetaObject::invokeMethod(flow, "open");
            settle();
            checkScreen(name + QStringLiteral("-change-pin-dialog"));
            QMetaObject::invokeMethod(flow, "close");
            settle();
        }
    });
}

void tst_Accessibility::cleanupTestCase()
{
    m_walk.reset();
}

void tst_Accessibility::settle()
{
    (void)QQuickTest::qWaitForPolish(m_window, 2000);
    QTest::qWait(kSettleMs);
    (void)QQuickTest::qWaitForPolish(m_window, 2000);
}

void tst_Accessibility::apply(const Variant &variant)
{
    QQmlProperty::write(m_window, QStringLiteral("darkTheme"), variant.dark);
    QQmlProperty::write(m_window, QStringLiteral("fontScale"), variant.fontScale);
    settle();
}

QVariant tst_Accessibility::evaluate(const QString &expression)
{
    QQmlExpression e(qmlContext(m_window), m_window, expression);
    const QVariant value = e.evaluate();
    if (e.hasError())
        qWarning() << expression << e.error().toString();
    return value;
}

void tst_Accessibility::checkScreen(const QString &screen)
{
    m_screens << screen;
    const bool dark = QQmlProperty::read(m_window, QStringLiteral("darkTheme")).toBool();
    const double scale = QQmlProperty::read(m_window, QStringLiteral("fontScale")).toDouble();
    for (const Variant &variant : kVariants)
        checkVariant(screen, variant);
    apply({dark, scale});
}

void tst_Accessibility::checkVariant(const QString &screen, const Variant &variant)
{
    apply(variant);
    // As when a screen reader is running: controls fill in their default names and roles.
    QAccessible::setActive(true);
    if (!m_shotsDir.isEmpty()) {
        const QString file =
            QStringLiteral("%1/%2-%3.png")
                .arg(m_shotsDir, screen, variant.name().replace(QLatin1Char(' '), QLatin1Char('-')))
                .remove(QLatin1Char('%'));
        if (!m_window->grabWindow().save(file))
            qWarning() << "could not save" << file;
    }
    QList<QQuickItem *> items;
    collectVisible(m_window->contentItem(), items);
    // Controls, without the parts inside a control (a button's label, a field's input).
    QList<QQuickItem *> controls;
    for (QQuickItem *item : std::as_const(items)) {
        if (!looksInteractive(item))
            continue;
        const bool insideControl =
            std::any_of(controls.cbegin(), controls.cend(),
                        [item](QQuickItem *c) { return isAncestor(c, item); });
        if (!insideControl)
            controls << item;
    }
    checkNames(screen, variant, items, controls);
    checkTargets(screen, variant, controls);
    checkContrast(screen, variant, items);
    checkTextFits(screen, variant, items, controls);
    if (!variant.dark) // focus does not depend on the theme; it does on the text size
        checkKeyboard(screen, variant, items, controls);
    if (!variant.dark && variant.fontScale == 1.0)
        checkPinBySwitch(screen, variant);
}

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

void tst_Accessibility::checkContrast(const QString &screen, const Variant &variant,
                                      const QList<QQuickItem *> &items)
{
    for (QQuickItem *item : items) {
        if (!item->inherits("QQuickText") || item->property("text").toString().trimmed().isEmpty())
            continue;
        const QRectF glyphs = item->mapRectToScene(paintedTextRect(item));
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

// ---- keyboard and switch ----------------------------------------------------------------------

namespace {

// Reading order: a comes before b if it is above b in the same column, or left of b in the
// same row.
bool readsBefore(const QRectF &a, const QRectF &b)
{
    const bool sameColumn = a.left() < b.right() && b.left() < a.right();
    const bool sameRow = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) >
                         std::min(a.height(), b.height()) / 2;
    if (sameRow)
        return a.right() <= b.left() + kTolerance;
    return sameColumn && a.bottom() <= b.top() + kTolerance;
}

// Where a control sits for reading order: inside a scrolling area, its place in the content
// (however far it is scrolled); against anything outside that area, the area's place.
struct Place
{
    QQuickItem *region = nullptr;
    QRectF inRegion;
    QRectF onScreen;
};

Place placeOf(QQuickItem *control)
{
    Place place;
    place.onScreen = sceneRect(control);
    for (QQuickItem *a = control->parentItem(); a; a = a->parentItem()) {
        if (QQuickItem *flickable = flickableOf(a)) {
            place.region = flickable;
            place.inRegion =
                control->mapRectToItem(a, QRectF(0, 0, control->width(), control->height()));
            place.onScreen = sceneRect(flickable);
            break;
        }
    }
    return place;
}

bool readsBefore(const Place &a, const Place &b)
{
    if (a.region && a.region == b.region)
        return readsBefore(a.inRegion, b.inRegion);
    return readsBefore(a.onScreen, b.onScreen);
}

} // namespace

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
    auto controlFor = [&controls](QQuickItem *focus) -> QQuickItem * {
        for (QQuickItem *p = focus; p; p = p->parentItem())
            if (controls.contains(p))
                return p;
        return nullptr;
    };

    const QPointer<QQuickItem> focusBefore = m_window->activeFocusItem();
    QQuickItem *ring = m_window->findChild<QQuickItem *>(QStringLiteral("focusRing"));
    QList<QQuickItem *> cycle;
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
    for (QQuickItem *target : std::as_const(targets))
        if (!cycle.contains(target))
            m_keyboard.add(screen, variant,
                           describe(target) + QStringLiteral(" cannot be reached with Tab"));

    // The cycle starts wherever the focus was; read it from the item that reads first.
    if (!cycle.isEmpty()) {
        // The first is one that nothing reads before; of those, the highest on screen.
        qsizetype start = -1;
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            const Place here = placeAtStart.value(cycle[i]);
            const bool preceded = std::any_of(cycle.cbegin(), cycle.cend(), [&](QQuickItem *c) {
                return readsBefore(placeAtStart.value(c), here);
            });
            if (!preceded && (start < 0 || sceneRect(cycle[i]).top() <
                                               sceneRect(cycle[start]).top() - kTolerance))
                start = i;
        }
        start = std::max<qsizetype>(start, 0);
        QList<QQuickItem *> order = cycle.mid(start) + cycle.mid(0, start);
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
    if (cycle.size() > 1 && controlFor(m_window->activeFocusItem()) == cycle.first()) {
        for (qsizetype i = cycle.size() - 1; i >= 0; --i) {
            QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ShiftModifier);
            QQuickItem *control = controlFor(m_window->activeFocusItem());
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

// ---- the verdicts -----------------------------------------------------------------------------

void tst_Accessibility::everyScreenWasWalked()
{
    qInfo().noquote() << "screens:" << m_screens.join(QStringLiteral(", "));
    qInfo().noquote() << QStringLiteral("checked %1 controls, %2 texts, %3 Tab stops over %4 "
                                        "variants")
                             .arg(m_controlsChecked)
                             .arg(m_textsChecked)
                             .arg(m_tabStops)
                             .arg(std::size(kVariants));
    QVERIFY2(m_screens.size() >= 14, qPrintable(m_screens.join(QStringLiteral(", "))));
    QVERIFY2(std::none_of(m_screens.cbegin(), m_screens.cend(),
                          [](const QString &s) { return s.startsWith(QLatin1Char('(')); }),
             qPrintable(m_screens.join(QStringLiteral(", "))));
    QVERIFY(m_controlsChecked > 0);
}

void tst_Accessibility::controlsAreNamedWithInteractiveRoles()
{
    QVERIFY2(m_names.isEmpty(), m_names.report().constData());
}

void tst_Accessibility::textIsVisibleToScreenReaders()
{
    QVERIFY2(m_textNames.isEmpty(), m_textNames.report().constData());
}

void tst_Accessibility::touchTargetsAreAtLeast48px()
{
    QVERIFY2(m_targets.isEmpty(), m_targets.report().constData());
}

void tst_Accessibility::textContrastIsAtLeast4_5()
{
    for (const auto &[pair, seen] : m_pairs)
        qInfo().noquote() << QStringLiteral("%1  %2:1%3  (%4 uses, e.g. %5)")
                                 .arg(pair)
                                 .arg(seen.ratio, 0, 'f', 2)
                                 .arg(seen.disabledOnly ? QStringLiteral(" disabled, exempt")
                                                        : QString())
                                 .arg(seen.uses)
                                 .arg(seen.example);
    QVERIFY(!m_pairs.empty());
    QVERIFY2(m_contrast.isEmpty(), m_contrast.report().constData());
}

// The palette itself, from Style.qml and the Material theme, whether or not a screen uses
// every pair today.
void tst_Accessibility::themeColoursContrast()
{
    QStringList failures;
    for (const bool dark : {false, true}) {
        apply({dark, 1.0});
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        const QColor background = m_window->color();
        struct Pair
        {
            const char *what;
            QString foreground;
            QString background;
        };
        const QString d = dark ? QStringLiteral("true") : QStringLiteral("false");
        const Pair pairs[] = {
            {"text on the page", QStringLiteral("Material.foreground"), {}},
            {"brand text on the page", QStringLiteral("Style.brandFor(%1)").arg(d), {}},
            {"danger text on the page", QStringLiteral("Style.dangerFor(%1)").arg(d), {}},
            {"toolbar text on the brand bar", QStringLiteral("Style.textOnBrand"),
             QStringLiteral("Style.brand")},
            {"highlighted button text", QStringLiteral("Style.textOnAccentFor(%1)").arg(d),
             QStringLiteral("Material.accentColor")},
            {"text in a dialog", QStringLiteral("Material.foreground"),
             QStringLiteral("Material.dialogColor")},
        };
        for (const Pair &pair : pairs) {
            const QColor fg = evaluate(pair.foreground).value<QColor>();
            const QColor bg = pair.background.isEmpty()
                                  ? background
                                  : over(evaluate(pair.background).value<QColor>(), background);
            if (!fg.isValid() || !bg.isValid()) {
                failures << QStringLiteral("%1: %2 could not be read")
                                .arg(theme, QLatin1String(pair.what));
                continue;
            }
            const double ratio = contrastRatio(over(fg, bg), bg);
            qInfo().noquote() << QStringLiteral("theme %1: %2: %3 on %4 = %5:1")
                                     .arg(theme, QLatin1String(pair.what), hex(fg), hex(bg))
                                     .arg(ratio, 0, 'f', 2);
            if (ratio < kMinTextContrast)
                failures << QStringLiteral("%1: %2 is %3:1")
                                .arg(theme, QLatin1String(pair.what))
                                .arg(ratio, 0, 'f', 2);
        }
    }
    apply({false, 1.0});
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
}

void tst_Accessibility::textFitsAt100And200Percent()
{
    QVERIFY2(m_fit.isEmpty(), m_fit.report().constData());
}

void tst_Accessibility::keyboardAndSwitchReachEveryControl()
{
    QVERIFY(m_tabStops > 0);
    QVERIFY2(m_keyboard.isEmpty(), m_keyboard.report().constData());
}

void tst_Accessibility::noQmlWarnings()
{
    QVERIFY2(m_walk->warnings().isEmpty(),
             qPrintable(m_walk->warnings().join(QStringLiteral("\n"))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
