#include "demolibrary.h"

#include "documentstore.h"
#include "inbox.h"
#include "packetcodec.h"
#include "syncstore.h"
#include "visitbook.h"

#include <QBuffer>
#include <QCborMap>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace safehaven {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/documents/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString demoId(const QString &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayLiteral("safehaven-demo-document:") + key.toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

// A generated, text-only PDF: a heading and a few paragraphs on each page.
QByteArray pdfOf(const QString &title, const QList<QStringList> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(144);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Safe Haven demo (invented content)"));
        QPainter painter(&writer);
        const QRect area(72, 72, writer.width() - 144, writer.height() - 144);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            QFont heading(QStringLiteral("Sans"));
            heading.setPointSize(16);
            heading.setBold(true);
            painter.setFont(heading);
            painter.drawText(area, Qt::AlignTop | Qt::AlignLeft, title);
            QFont body(QStringLiteral("Sans"));
            body.setPointSize(11);
            painter.setFont(body);
            const QRect text = area.adjusted(0, 72, 0, -48);
            painter.drawText(text, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                             pages[page].join(QStringLiteral("\n\n")));
            painter.drawText(area, Qt::AlignBottom | Qt::AlignRight,
                             QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size()));
        }
    }
    return bytes;
}

QByteArray medicalRecordPdf()
{
    const QStringList weeks{QStringLiteral("Breakfast: chewable vitamin D with orange juice."),
                            QStringLiteral("Evening: the 8 pm tablet, with a glass of water; "
                                           "tick the sheet on the fridge."),
                            QStringLiteral("Inhaler: two puffs before football if the air is "
                                           "cold.")};
    QList<QStringList> pages;
    pages << QStringList{
        QStringLiteral("Alex Morgan (invented demo person), reference SU-0042."),
        QStringLiteral("GP: Northshire Road Surgery (invented). Allergies: penicillin (rash)."),
        QStringLiteral("Conditions: mild asthma; epilepsy, well controlled, no seizure in the "
                       "last two years."),
        QStringLiteral("If a seizure lasts more than five minutes, call 999 and the "
                       "out-of-hours team. Do not put anything in Alex's mouth.")};
    for (int week = 1; week < 20; ++week) {
        QStringList page{QStringLiteral("Medication record, week %1").arg(week)};
        for (int day = 0; day < 7; ++day)
            page << QStringLiteral("Day %1. %2").arg(day + 1).arg(weeks[(week + day) % 3]);
        page << QStringLiteral("Notes: no missed doses; Alex took the evening tablet without a "
                               "reminder on %1 day(s).")
                    .arg(week % 5 + 1);
        pages << page;
    }
    return pdfOf(QStringLiteral("Medical information and medication record"), pages);
}

QByteArray text(std::initializer_list<const char *> lines)
{
    QByteArray bytes;
    for (const char *line : lines)
        bytes += QByteArray(line) + '\n';
    return bytes;
}

} // namespace

QStringList demoLibraryFullNames()
{
    return {QStringLiteral("Alex Morgan"), QStringLiteral("Jordan Okafor"),
            QStringLiteral("Riley Khan")};
}

QList<DemoDocument> demoLibraryDocuments(QDate today)
{
    const auto years = [&](int n) { return today.addYears(n).toString(Qt::ISODate); };
    const auto make = [](const QString &key, const QString &serviceUser, const QString &initials,
                         const QString &kind, const QString &sensitivity, const QString &title,
                         const QString &mime, const QString &retainUntil, QByteArray content,
                         bool volunteer = false) {
        return DemoDocument{demoId(key),       key,   serviceUser, initials,    kind,
                            sensitivity,       title, mime,        retainUntil, volunteer,
                            std::move(content)};
    };
    const QString am = QStringLiteral("SU-0042"), jo = QStringLiteral("SU-0057"),
                  rk = QStringLiteral("SU-0061");
    const QString high = QStringLiteral("high"), medium = QStringLiteral("medium");
    const QString plain = QStringLiteral("text/plain"), pdf = QStringLiteral("application/pdf");
    QList<DemoDocument> documents;
    // Alex Morgan: the three files of demo/documents/ and a 20-page medical record. The All
    // About Me mentions medication (health data), so the guidance makes it high risk.
    documents << make(QStringLiteral("am-all-about-me"), am, QStringLiteral("AM"),
                      QStringLiteral("all-about-me"), high, QStringLiteral("All about me"), pdf,
                      years(3), resource(QStringLiteral("all-about-me.pdf")));
    documents << make(QStringLiteral("am-risk-plan"), am, QStringLiteral("AM"),
                      QStringLiteral("risk-management-plan"), high,
                      QStringLiteral("Risk management plan, spring review"), plain, years(2),
                      resource(QStringLiteral("risk-management-plan.txt")));
    documents << make(QStringLiteral("am-communication-plan"), am, QStringLiteral("AM"),
                      QStringLiteral("communication-plan"), medium,
                      QStringLiteral("Communication plan, words and signs"),
                      QStringLiteral("image/png"), years(3),
                      resource(QStringLiteral("communication-plan.png")), true);
    documents << make(QStringLiteral("am-medical"), am, QStringLiteral("AM"),
                      QStringLiteral("medical-information"), high,
                      QStringLiteral("Medical information and medication record"), pdf, years(1),
                      medicalRecordPdf());
    // Jordan Okafor.
    documents << make(
        QStringLiteral("jo-placement-agreement"), jo, QStringLiteral("JO"),
        QStringLiteral("placement-agreement"), medium,
        QStringLiteral("Placement agreement, long-term arrangement"), plain, years(5),
        text({"Placement agreement (invented demo content)",
              "Service user: Jordan Okafor, reference SU-0057", "",
              "Type: long-term Shared Lives arrangement, starting on the agreed date.",
              "Room: the front bedroom, with a lock Jordan holds the key to.",
              "Review: every twelve months with the Shared Lives officer, Sam Patel.",
              "Either side may end the arrangement with 28 days' notice."}));
    documents << make(QStringLiteral("jo-finance"), jo, QStringLiteral("JO"),
                      QStringLiteral("financial-information"), high,
                      QStringLiteral("Personal budget and benefits summary"), plain, years(6),
                      text({"Financial information (invented demo content)",
                            "Service user: Jordan Okafor, reference SU-0057", "",
                            "Weekly personal allowance: kept in the blue tin, receipts in the "
                            "folder.",
                            "Bank card: Jordan keeps it; the carer never holds the PIN.",
                            "Rent and board: paid by standing order on the first of the month.",
                            "Any money worries: talk to the appointee first, then the officer."}));
    documents << make(QStringLiteral("jo-mobility"), jo, QStringLiteral("JO"),
                      QStringLiteral("mobility-information"), high,
                      QStringLiteral("Moving and handling guidance"), plain,
                      today.addDays(20).toString(Qt::ISODate),
                      text({"Mobility information (invented demo content)",
                            "Service user: Jordan Okafor, reference SU-0057", "",
                            "Walks with a stick indoors; uses the wheelchair for trips out.",
                            "Stairs: one at a time, rail on the right, carer one step below.",
                            "Car: the swivel cushion lives in the boot."}));
    // Riley Khan.
    documents << make(QStringLiteral("rk-ot-report"), rk, QStringLiteral("RK"),
                      QStringLiteral("professional-report"), high,
                      QStringLiteral("Occupational therapy assessment"), plain, years(2),
                      text({"Occupational therapy report (invented demo content)",
                            "Service user: Riley Khan, reference SU-0061", "",
                            "Riley manages breakfast independently with the kettle tipper.",
                            "Recommended: a perching stool in the kitchen and a bath board.",
                            "Review in six months or sooner if falls increase."}));
    documents << make(
        QStringLiteral("rk-legal"), rk, QStringLiteral("RK"), QStringLiteral("legal-document"),
        high, QStringLiteral("Deprivation of liberty authorisation summary"), plain, years(4),
        text({"Legal document (invented demo content)",
              "Service user: Riley Khan, reference SU-0061", "",
              "A best interests decision was recorded for going out alone at "
              "night.",
              "Conditions: the door sensor may be used; no other restriction.",
              "Next review: with the council's best interests assessor."}));
    documents << make(QStringLiteral("rk-communication"), rk, QStringLiteral("RK"),
                      QStringLiteral("communication-plan"), medium,
                      QStringLiteral("Communication plan, phone and visits"), plain, years(1),
                      text({"Communication plan (invented demo content)",
                            "Service user: Riley Khan, reference SU-0061", "",
                            "Prefers texts to calls; reply within the day.",
                            "Face to face: sit side by side, not opposite.",
                            "Bad days: short sentences, one question at a time."}));
    return documents;
}

QList<consent::ConsentRecord> demoConsentRecords(QDate today, qint64 nowMs)
{
    const auto record = [&](const char *serviceUser, QStringList covers, QDate given,
                            QDate reviewDue, const char *capacity) {
        consent::ConsentRecord r;
        r.serviceUser = QString::fromLatin1(serviceUser);
        r.covers = std::move(covers);
        r.given = given;
        r.reviewDue = reviewDue;
        r.capacity = QString::fromLatin1(capacity);
        r.issuedMs = nowMs;
        return r;
    };
    return {record("SU-0042",
                   {QStringLiteral("volunteers"), QStringLiteral("health-professionals"),
                    QStringLiteral("family")},
                   today.addMonths(-2), today.addMonths(10), "has"),
            record("SU-0057",
                   {QStringLiteral("health-professionals"), QStringLiteral("social-care")},
                   today.addMonths(-11), today.addDays(20), "lacks-best-interests"),
            record("SU-0061", {QStringLiteral("health-professionals"), QStringLiteral("family")},
                   today.addDays(-5).addMonths(-12), today.addDays(-5), "fluctuating")};
}

Result<int> seedDemoLibrary(Database &db, const sync::KeyPairs &council, qint64 nowMs)
{
    auto identity = sync::SyncStore(db).identity();
    if (!identity)
        return identity.error();
    if (identity->enrolment.councilSignPublic != council.signPublic)
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("Demo library: these are not the enrolled council's "
                                        "keys."));
    const bool volunteerDevice = identity->enrolment.role == QLatin1String("volunteer");
    quint64 sequence = identity->lastInboundSequence;
    sync::Inbox inbox(db);
    const auto fromCouncil = [&](sync::PacketType type, const QCborMap &metadata,
                                 const QByteArray &content) -> Status {
        sync::OutgoingPacket packet;
        packet.type = type;
        packet.sender = sync::councilPartyId();
        packet.recipient = identity->deviceId;
        packet.channel = identity->enrolment.controlChannel;
        packet.sequence = ++sequence;
        packet.createdMs = nowMs;
        packet.metadata = metadata;
        packet.content = content;
        auto sealed = sync::sealPacket(packet, council.signSecret, identity->keys.boxPublic);
        if (!sealed)
            return sealed.error();
        auto taken = inbox.accept(sealed->bytes, nowMs);
        return taken ? success() : Status(taken.error());
    };
    // Permission to share first, as the desk sends it to every device holding documents: AM's
    // covers volunteers, JO's review is due soon, RK's is overdue (a volunteer gets AM's only).
    for (const consent::ConsentRecord &record :
         demoConsentRecords(QDateTime::fromMSecsSinceEpoch(nowMs).date(), nowMs)) {
        if (volunteerDevice && record.serviceUser != QLatin1String("SU-0042"))
            continue;
        if (auto sent = fromCouncil(sync::PacketType::ConsentRecord,
                                    consent::consentRecordCbor(record), {});
            !sent && sent.code() != ErrorCode::Replay) // a re-seed at the same moment
            return sent.error();
    }
    int accepted = 0;
    for (const DemoDocument &document :
         demoLibraryDocuments(QDateTime::fromMSecsSinceEpoch(nowMs).date())) {
        if (volunteerDevice && !document.volunteer)
            continue;
        if (document.content.isEmpty())
            return makeError(ErrorCode::Io,
                             QStringLiteral("Demo library: a demo file is missing."));
        const QCborMap metadata{
            {QStringLiteral("id"), document.id},
            {QStringLiteral("serviceUser"), document.serviceUser},
            {QStringLiteral("initials"), document.initials},
            {QStringLiteral("type"), document.kind},
            {QStringLiteral("class"), document.sensitivity},
            {QStringLiteral("title"), document.title},
            {QStringLiteral("mime"), document.mime},
            {QStringLiteral("size"), document.content.size()},
            {QStringLiteral("sha256"),
             QCryptographicHash::hash(document.content, QCryptographicHash::Sha256)},
            {QStringLiteral("retainUntil"), document.retainUntil},
            {QStringLiteral("volunteer"), document.volunteer}};
        if (auto sent = fromCouncil(sync::PacketType::Document, metadata, document.content); !sent)
            return sent.error();
        ++accepted;
    }
    return accepted;
}

Result<int> seedDemoLibrary(Vault &vault, const DemoCouncil &council, qint64 nowMs)
{
    return seedDemoLibrary(vault.database(), council.keys, nowMs);
}

Status seedDemoVisits(Database &db, qint64 nowMs)
{
    struct Planned
    {
        const char *initials;
        int days;
        int hour;
        int minute;
        const char *place;
    };
    static constexpr Planned kWeek[] = {{"JO", 1, 10, 0, "day-centre"},
                                        {"RK", 2, 11, 30, "community"},
                                        {"AM", 3, 9, 15, "gp-or-hospital"},
                                        {"JO", 4, 14, 0, "college-or-work"}};
    day::VisitBook book(db);
    const qint64 soon = (nowMs + 75 * 60'000) / (15 * 60'000) * (15 * 60'000);
    if (auto added =
            book.add({0, QStringLiteral("AM"), soon, 60, QStringLiteral("gp-or-hospital")});
        !added)
        return added.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    for (const Planned &visit : kWeek) {
        const qint64 starts = QDateTime(today.addDays(visit.days), QTime(visit.hour, visit.minute))
                                  .toMSecsSinceEpoch();
        if (auto added = book.add({0, QString::fromLatin1(visit.initials), starts, 60,
                                   QString::fromLatin1(visit.place)});
            !added)
            return added.error();
    }
    return success();
}

} // namespace safehaven
