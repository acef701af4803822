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
// The checks are grouped by area: names, targets and contrast in checks_names_targets_contrast.cpp,
// text that fits in checks_text.cpp, keyboard and switch in checks_keyboard.cpp. This file walks
// the screens and gives the verdicts.
#include "tst_accessibility.h"

#include "colour.h"
#include "itemtree.h"
#include "thresholds.h"

#include <QAccessible>
#include <QDir>
#include <QGuiApplication>
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
#include <iterator>
#include <utility>

Q_IMPORT_QML_PLUGIN(SafeHaven_ViewModelsPlugin)
Q_IMPORT_QML_PLUGIN(SafeHaven_UIPlugin)

using namespace safehaven;
using namespace safehaven::a11y;

namespace {
constexpr int kSettleMs = 300;
} // namespace

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
