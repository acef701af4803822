// The accessibility walk's test class. tst_accessibility.cpp walks the screens and gives the
// verdicts (its opening comment says what is checked); the checks themselves are defined by area
// in checks_names_targets_contrast.cpp, checks_text.cpp and checks_keyboard.cpp.
#pragma once

#include "demowalk.h"
#include "findings.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>

class QQuickItem;
class QQuickWindow;

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
    using Variant = safehaven::a11y::Variant;
    using Findings = safehaven::a11y::Findings;
    using ContrastPair = safehaven::a11y::ContrastPair;

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

    std::unique_ptr<safehaven::DemoWalk> m_walk;
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
