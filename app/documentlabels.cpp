#include "documentlabels.h"

#include <QCoreApplication>

namespace safehaven {

QString documentKindLabel(const QString &kind)
{
    struct Label
    {
        const char *kind;
        const char *text;
    };
    static constexpr Label kLabels[] = {
        {"all-about-me", QT_TRANSLATE_NOOP("DocumentLabels", "All About Me")},
        {"risk-management-plan", QT_TRANSLATE_NOOP("DocumentLabels", "Risk management plan")},
        {"medical-information", QT_TRANSLATE_NOOP("DocumentLabels", "Medical information")},
        {"placement-agreement", QT_TRANSLATE_NOOP("DocumentLabels", "Placement agreement")},
        {"professional-report",
         QT_TRANSLATE_NOOP("DocumentLabels", "Report from another professional")},
        {"financial-information", QT_TRANSLATE_NOOP("DocumentLabels", "Financial information")},
        {"legal-document", QT_TRANSLATE_NOOP("DocumentLabels", "Legal document")},
        {"communication-plan", QT_TRANSLATE_NOOP("DocumentLabels", "Communication plan")},
        {"mobility-information", QT_TRANSLATE_NOOP("DocumentLabels", "Mobility information")},
    };
    for (const Label &label : kLabels) {
        if (kind == QLatin1String(label.kind))
            return QCoreApplication::translate("DocumentLabels", label.text);
    }
    return QCoreApplication::translate("DocumentLabels", "Document");
}

QString sensitivityLabel(const QString &sensitivity)
{
    return sensitivity == QLatin1String("high")
               ? QCoreApplication::translate("DocumentLabels", "High risk — special category")
               : QCoreApplication::translate("DocumentLabels", "Personal");
}

QString documentFormat(const QString &mime)
{
    if (mime == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (mime == QLatin1String("image/png") || mime == QLatin1String("image/jpeg"))
        return QStringLiteral("image");
    if (mime.startsWith(QLatin1String("text/plain")))
        return QStringLiteral("text");
    return QStringLiteral("other");
}

} // namespace safehaven
