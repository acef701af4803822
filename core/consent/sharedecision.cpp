#include "sharedecision.h"

#include "auditlog.h"
#include "consentbook.h"
#include "logging.h"
#include "outbox.h"
#include "packetheader.h"

#include <QDateTime>

namespace safehaven::consent {

const QStringList &recipients()
{
    static const QStringList names{
        QStringLiteral("police"),          QStringLiteral("health-professionals"),
        QStringLiteral("social-care"),     QStringLiteral("other-organisations"),
        QStringLiteral("family"),          QStringLiteral("friends"),
        QStringLiteral("representatives"), QStringLiteral("someone-else")};
    return names;
}

const QStringList &shareBases()
{
    static const QStringList names{QStringLiteral("consent"), QStringLiteral("legal-duty"),
                                   QStringLiteral("protect-from-harm"),
                                   QStringLiteral("not-shared")};
    return names;
}

Status checkShareDecision(const ShareDecision &d)
{
    const auto malformed = [](const QString &why) {
        return Status(makeError(ErrorCode::Malformed, why));
    };
    if (d.serviceUser.isEmpty() || d.serviceUser.size() > 64)
        return malformed(QStringLiteral("Choose whose information was asked for."));
    if (!recipients().contains(d.recipient))
        return malformed(QStringLiteral("Choose who asked."));
    if (!shareBases().contains(d.basis))
        return malformed(QStringLiteral("Choose whether you shared, and why."));
    if (d.who.size() > kMaxWhoLength)
        return malformed(QStringLiteral("Who asked: at most 200 characters."));
    if (d.what.trimmed().isEmpty())
        return malformed(QStringLiteral("Say what information was asked for."));
    if (d.what.size() > kMaxDetailLength || d.why.size() > kMaxDetailLength)
        return malformed(QStringLiteral("At most 2,000 characters in each box."));
    if (d.basis != QLatin1String("not-shared") && d.why.trimmed().isEmpty())
        return malformed(QStringLiteral("Say why you shared it."));
    return success();
}

Status checkBasis(Database &db, const QString &serviceUser, const QString &recipient,
                  const QString &basis, QDate today)
{
    if (basis != QLatin1String("consent"))
        return success();
    auto record = ConsentBook(db).record(serviceUser);
    if (!record)
        return record.error();
    const ConsentState state = stateOn(*record, today);
    const auto blocked = [](const QString &why) {
        return Status(makeError(ErrorCode::WrongState, why));
    };
    switch (state) {
    case ConsentState::None:
        return blocked(QStringLiteral("There is no permission to share on this device. Do not "
                                      "share on the basis of consent: talk to your officer."));
    case ConsentState::Withdrawn:
        return blocked(QStringLiteral("Permission to share was withdrawn. Do not share on the "
                                      "basis of consent: talk to your officer."));
    case ConsentState::Overdue:
        return blocked(QStringLiteral("The permission's review is overdue. Do not share on the "
                                      "basis of consent until it is reviewed."));
    case ConsentState::Current:
    case ConsentState::DueSoon:
        break;
    }
    if (!coversOn(*record, recipient, today))
        return blocked(QStringLiteral("The permission does not cover them. Do not share on the "
                                      "basis of consent: talk to your officer."));
    return success();
}

QCborMap shareDecisionConcern(const ShareDecision &d)
{
    QCborMap concern{{QStringLiteral("serviceUser"), d.serviceUser},
                     {QStringLiteral("recipient"), d.recipient},
                     {QStringLiteral("what"), d.what},
                     {QStringLiteral("why"), d.why},
                     {QStringLiteral("basis"), d.basis},
                     {QStringLiteral("decided"), d.decidedMs}};
    if (!d.who.isEmpty())
        concern.insert(QStringLiteral("who"), d.who);
    return concern;
}

Result<ShareDecision> recordShareDecision(Database &db, ShareDecision d, const QString &actor,
                                          qint64 nowMs)
{
    d.who = d.who.trimmed();
    d.what = d.what.trimmed();
    d.why = d.why.trimmed();
    if (auto checked = checkShareDecision(d); !checked)
        return checked.error();
    d.decidedMs = nowMs;
    d.reportId = sync::randomBytes(16);
    auto done = db.inTransaction([&]() -> Status {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
        if (auto allowed = checkBasis(db, d.serviceUser, d.recipient, d.basis, today); !allowed)
            return allowed;
        if (auto stored = db.run("INSERT INTO share_decisions (report_id, service_user, recipient,"
                                 " who, what, why, basis, decided_ms)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
                                 [&](Statement &s) {
                                     s.bind(1, d.reportId)
                                         .bind(2, d.serviceUser)
                                         .bind(3, d.recipient)
                                         .bind(4, d.who)
                                         .bind(5, d.what)
                                         .bind(6, d.why)
                                         .bind(7, d.basis)
                                         .bind(8, nowMs);
                                 });
            !stored)
            return stored;
        if (auto logged = audit::AuditLog(db).append(actor, QLatin1String(kActionShareDecision),
                                                     d.serviceUser, nowMs);
            !logged)
            return logged.error();
        auto queued = sync::Outbox(db).enqueue(
            sync::PacketType::ConcernReport,
            QCborMap{{QStringLiteral("reportId"), d.reportId},
                     {QStringLiteral("kind"), QLatin1String(kShareDecisionKind)},
                     {QStringLiteral("concern"), shareDecisionConcern(d)}},
            nowMs);
        return queued ? success() : Status(queued.error());
    });
    if (!done)
        return done.error();
    qCInfo(lcConsent) << "share decision recorded";
    return d;
}

} // namespace safehaven::consent
