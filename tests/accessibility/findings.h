// What the accessibility walk records: the variants each screen is seen in, the problems found
// (with the variants they show in) and the text colour pairs met on the way.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <map>

namespace safehaven::a11y {

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

inline constexpr Variant kVariants[] = {{false, 1.0}, {true, 1.0}, {false, 2.0}, {true, 2.0}};

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

} // namespace safehaven::a11y
