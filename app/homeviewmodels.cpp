#include "homeviewmodels.h"

#include "documentimageprovider.h"
#include "phonedialer.h"
#include "syncviewmodel.h"

#include <QQmlEngine>

namespace safehaven {

HomeViewModels::HomeViewModels(LockMachine &lock, const Clock &clock, SyncViewModel &sync,
                               std::unique_ptr<PhoneDialer> dialer)
    : library(lock), viewer(lock, clock, library), checklists(lock, clock), visits(lock, clock),
      officer(lock, [this](const QString &number) { return m_dialer->call(number); }),
      reports(lock, clock),
      lockReport(lock, clock, [this](const QString &number) { return m_dialer->call(number); }),
      consent(lock, clock), evidence(lock, clock), m_dialer(std::move(dialer))
{
    // A permission received, withdrawn or overdue changes what a volunteer sees.
    QObject::connect(&sync, &SyncViewModel::roundFinished, &consent, &ConsentViewModel::reload);
    QObject::connect(&consent, &ConsentViewModel::changed, &library, &DocumentLibraryModel::reload);
    // What a sync round brought (or purged) shows at once.
    QObject::connect(&sync, &SyncViewModel::roundFinished, &library, &DocumentLibraryModel::reload);
    QObject::connect(&sync, &SyncViewModel::roundFinished, &checklists,
                     &ChecklistsViewModel::refresh);
    QObject::connect(&sync, &SyncViewModel::roundFinished, &visits, &VisitsViewModel::reload);
    QObject::connect(&sync, &SyncViewModel::roundFinished, &reports, &ReportsViewModel::onSynced);
    // A placement ended, a digest sent, a close-down checklist done: the close-down follows.
    QObject::connect(&sync, &SyncViewModel::roundFinished, &evidence, &EvidenceViewModel::reload);
    QObject::connect(&checklists, &ChecklistsViewModel::completed, &evidence,
                     &EvidenceViewModel::reload);
    // A visit added or removed can bring the travel check forward or take it away.
    QObject::connect(&visits, &VisitsViewModel::changed, &checklists,
                     &ChecklistsViewModel::refreshPrompt);
}

HomeViewModels::~HomeViewModels() = default;

QVariantMap HomeViewModels::properties()
{
    return {{QStringLiteral("library"), QVariant::fromValue(&library)},
            {QStringLiteral("viewer"), QVariant::fromValue(&viewer)},
            {QStringLiteral("checklists"), QVariant::fromValue(&checklists)},
            {QStringLiteral("visits"), QVariant::fromValue(&visits)},
            {QStringLiteral("officer"), QVariant::fromValue(&officer)},
            {QStringLiteral("reports"), QVariant::fromValue(&reports)},
            {QStringLiteral("lockReport"), QVariant::fromValue(&lockReport)},
            {QStringLiteral("consent"), QVariant::fromValue(&consent)},
            {QStringLiteral("evidence"), QVariant::fromValue(&evidence)}};
}

void HomeViewModels::addImageProvider(QQmlEngine &engine) const
{
    engine.addImageProvider(QString::fromLatin1(DocumentImageProvider::kName),
                            new DocumentImageProvider(viewer.renderer()));
}

} // namespace safehaven
