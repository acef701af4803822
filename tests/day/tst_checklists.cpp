// The checklists: the built-in set, the content format and its parser, the book that keeps
// completions as evidence, and the evidence the device sends when the council asks for it.
#include "auditlog.h"
#include "checklistbook.h"
#include "checklistcontent.h"
#include "devicefixture.h"

#include <QCborValue>
#include <QTest>

using namespace safehaven;
using namespace safehaven::checklists;
using safehaven::test::DeviceFixture;
using safehaven::test::kDayNow;

Q_DECLARE_METATYPE(QCborMap)

namespace {

const QString kMarker = QStringLiteral("MARKER-Jane-Bloggs");

Checklist sample(const QString &id, const char *moment, const QStringList &roles)
{
    return Checklist{id,
                     QStringLiteral("Title of %1").arg(id),
                     QStringLiteral("Summary"),
                     QString::fromLatin1(moment),
                     roles,
                     {{QStringLiteral("first"), QStringLiteral("First item.")},
                      {QStringLiteral("second"), QStringLiteral("Second item.")}}};
}

ChecklistSet councilSet(int version, const QStringList &roles = {QStringLiteral("carer")})
{
    return ChecklistSet{version,
                        QString::fromLatin1(kCouncilSource),
                        {sample(QStringLiteral("council-travel"), moment::kBeforeTravel, roles),
                         sample(QStringLiteral("council-lost"), moment::kSomethingLost, roles)}};
}

// The first checklist of the council's sample, as a mutable map.
QCborMap withChecklist(const std::function<void(QCborMap &)> &change)
{
    QCborMap content = toCbor(councilSet(2));
    QCborArray list = content.value(QStringLiteral("checklists")).toArray();
    QCborMap first = list.at(0).toMap();
    change(first);
    list[0] = first;
    content.insert(QStringLiteral("checklists"), list);
    return content;
}

QCborMap withItem(const std::function<void(QCborMap &)> &change)
{
    return withChecklist([&](QCborMap &checklist) {
        QCborArray items = checklist.value(QStringLiteral("items")).toArray();
        QCborMap item = items.at(0).toMap();
        change(item);
        items[0] = item;
        checklist.insert(QStringLiteral("items"), items);
    });
}

QCborArray itemsOf(int count)
{
    QCborArray items;
    for (int i = 0; i < count; ++i)
        items << QCborMap{{QStringLiteral("id"), QStringLiteral("item-%1").arg(i)},
                          {QStringLiteral("text"), QStringLiteral("Do this.")}};
    return items;
}

bool sameContent(const ChecklistSet &a, const ChecklistSet &b)
{
    if (a.version != b.version || a.checklists.size() != b.checklists.size())
        return false;
    for (qsizetype i = 0; i < a.checklists.size(); ++i) {
        const Checklist &x = a.checklists.at(i);
        const Checklist &y = b.checklists.at(i);
        if (x.id != y.id || x.title != y.title || x.summary != y.summary || x.moment != y.moment ||
            x.roles != y.roles || x.items.size() != y.items.size())
            return false;
        for (qsizetype j = 0; j < x.items.size(); ++j) {
            if (x.items.at(j).id != y.items.at(j).id || x.items.at(j).text != y.items.at(j).text)
                return false;
        }
    }
    return true;
}

} // namespace

class TestChecklists : public QObject
{
    Q_OBJECT

private slots:
    void builtInSetIsValidUnderItsOwnParser()
    {
        const ChecklistSet builtIn = builtInChecklists();
        QCOMPARE(builtIn.version, 1);
        QCOMPARE(builtIn.source, QStringLiteral("built-in"));
        auto parsed = parseChecklistContent(toCbor(builtIn));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(sameContent(*parsed, builtIn));
        // Every moment the guidance covers has a checklist for carers.
        const ChecklistSet carer = builtIn.forRole(QStringLiteral("carer"));
        for (const QString &m : knownMoments())
            QVERIFY2(carer.firstFor(m), qPrintable(m));
        QVERIFY(builtIn.find(QStringLiteral("volunteer-basics")));
        // Short sentences: one line each on a phone.
        for (const Checklist &checklist : builtIn.checklists) {
            for (const ChecklistItem &item : checklist.items)
                QVERIFY2(item.text.size() <= 90 && item.text.endsWith(QLatin1Char('.')),
                         qPrintable(item.text));
        }
    }

    void contentRoundTripsThroughTheWireFormat()
    {
        const ChecklistSet set =
            councilSet(7, {QStringLiteral("carer"), QStringLiteral("volunteer")});
        const QByteArray wire = QCborValue(toCbor(set)).toCbor();
        auto parsed = parseChecklistContent(QCborValue::fromCbor(wire).toMap());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->source, QStringLiteral("council"));
        QVERIFY(sameContent(*parsed, set));
    }

    void parserAcceptsItsLimits()
    {
        QCborArray many;
        for (int i = 0; i < kMaxChecklists; ++i)
            many << QCborMap{{QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                             {QStringLiteral("title"), QString(kMaxTitleLength, QLatin1Char('t'))},
                             {QStringLiteral("moment"), QStringLiteral("at-home")},
                             {QStringLiteral("roles"), QCborArray{QStringLiteral("carer")}},
                             {QStringLiteral("items"), itemsOf(kMaxItems)}};
        auto parsed = parseChecklistContent(QCborMap{{QStringLiteral("version"), kMaxVersion},
                                                     {QStringLiteral("checklists"), many}});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->checklists.size(), kMaxChecklists);
        auto longest = parseChecklistContent(withItem([](QCborMap &item) {
            item.insert(QStringLiteral("id"), QString(kMaxIdLength, QLatin1Char('a')));
            item.insert(QStringLiteral("text"), QString(kMaxItemTextLength, QLatin1Char('x')));
        }));
        QVERIFY(longest.ok());
    }

    void parserRefuses_data()
    {
        QTest::addColumn<QCborMap>("content");
        const QString marker = kMarker;
        auto set = [](const char *key, const QCborValue &value) {
            return withChecklist([=](QCborMap &c) { c.insert(QLatin1String(key), value); });
        };
        auto drop = [](const char *key) {
            return withChecklist([=](QCborMap &c) { c.remove(QLatin1String(key)); });
        };
        auto setItem = [](const char *key, const QCborValue &value) {
            return withItem([=](QCborMap &i) { i.insert(QLatin1String(key), value); });
        };
        QCborMap noVersion = toCbor(councilSet(2));
        noVersion.remove(QStringLiteral("version"));
        QTest::newRow("no version") << noVersion;
        QCborMap zero = toCbor(councilSet(2));
        zero.insert(QStringLiteral("version"), 0);
        QTest::newRow("version 0") << zero;
        QCborMap huge = toCbor(councilSet(2));
        huge.insert(QStringLiteral("version"), kMaxVersion + 1);
        QTest::newRow("version too big") << huge;
        QCborMap textVersion = toCbor(councilSet(2));
        textVersion.insert(QStringLiteral("version"), QStringLiteral("2"));
        QTest::newRow("version not a number") << textVersion;
        QTest::newRow("no checklists") << QCborMap{{QStringLiteral("version"), 2}};
        QTest::newRow("empty list") << QCborMap{{QStringLiteral("version"), 2},
                                                {QStringLiteral("checklists"), QCborArray()}};
        QCborArray tooMany;
        const QCborMap one =
            toCbor(councilSet(2)).value(QStringLiteral("checklists")).toArray().at(0).toMap();
        for (int i = 0; i <= kMaxChecklists; ++i) {
            QCborMap copy = one;
            copy.insert(QStringLiteral("id"), QStringLiteral("c%1").arg(i));
            tooMany << copy;
        }
        QTest::newRow("65 checklists")
            << QCborMap{{QStringLiteral("version"), 2}, {QStringLiteral("checklists"), tooMany}};
        QTest::newRow("checklist not a map") << QCborMap{
            {QStringLiteral("version"), 2}, {QStringLiteral("checklists"), QCborArray{marker}}};
        QCborMap twice = toCbor(councilSet(2));
        QCborArray doubled = twice.value(QStringLiteral("checklists")).toArray();
        doubled << doubled.at(0);
        twice.insert(QStringLiteral("checklists"), doubled);
        QTest::newRow("repeated checklist id") << twice;
        QTest::newRow("id missing") << drop("id");
        QTest::newRow("id upper case") << set("id", QStringLiteral("Travel"));
        QTest::newRow("id with space") << set("id", QStringLiteral("my list"));
        QTest::newRow("id empty") << set("id", QString());
        QTest::newRow("id 41 chars") << set("id", QString(41, QLatin1Char('a')));
        QTest::newRow("title missing") << drop("title");
        QTest::newRow("title 81 chars") << set("title", marker + QString(81, QLatin1Char('t')));
        QTest::newRow("title blank") << set("title", QStringLiteral("   "));
        QTest::newRow("title with newline") << set("title", marker + QStringLiteral("\nx"));
        QTest::newRow("summary too long")
            << set("summary", marker + QString(200, QLatin1Char('s')));
        QTest::newRow("summary not text") << set("summary", 5);
        QTest::newRow("moment missing") << drop("moment");
        QTest::newRow("moment unknown") << set("moment", QStringLiteral("at-the-pub"));
        QTest::newRow("roles missing") << drop("roles");
        QTest::newRow("roles empty") << set("roles", QCborArray());
        QTest::newRow("role unknown") << set("roles", QCborArray{QStringLiteral("officer")});
        QTest::newRow("role not text") << set("roles", QCborArray{1});
        QTest::newRow("role repeated")
            << set("roles", QCborArray{QStringLiteral("carer"), QStringLiteral("carer")});
        QTest::newRow("items missing") << drop("items");
        QTest::newRow("items empty") << set("items", QCborArray());
        QTest::newRow("31 items") << set("items", itemsOf(kMaxItems + 1));
        QTest::newRow("item not a map") << set("items", QCborArray{marker});
        QCborArray sameIds = itemsOf(2);
        sameIds[1] = sameIds.at(0);
        QTest::newRow("repeated item id") << set("items", sameIds);
        QTest::newRow("item id bad") << setItem("id", QStringLiteral("Item_1"));
        QTest::newRow("item id missing")
            << withItem([](QCborMap &i) { i.remove(QStringLiteral("id")); });
        QTest::newRow("item text missing")
            << withItem([](QCborMap &i) { i.remove(QStringLiteral("text")); });
        QTest::newRow("item text empty") << setItem("text", QString());
        QTest::newRow("item text 301 chars")
            << setItem("text", marker + QString(kMaxItemTextLength, QLatin1Char('x')));
        QTest::newRow("item text with tab") << setItem("text", marker + QStringLiteral("\tx"));
    }

    void parserRefuses()
    {
        QFETCH(QCborMap, content);
        auto parsed = parseChecklistContent(content);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::Malformed);
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("checklist-content")));
        QVERIFY2(!parsed.error().message.contains(QStringLiteral("MARKER")),
                 qPrintable(parsed.error().message));
    }

    void currentPrefersValidCouncilContentAndFallsBack()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        ChecklistBook book(device.db());
        QCOMPARE(book.currentSet().source, QStringLiteral("built-in"));

        QVERIFY(device.deliver(sync::PacketType::ChecklistContent, toCbor(councilSet(2))).ok());
        const ChecklistSet current = book.current(QStringLiteral("carer"));
        QCOMPARE(current.source, QStringLiteral("council"));
        QCOMPARE(current.version, 2);
        QVERIFY(current.find(QStringLiteral("council-travel")));
        QVERIFY(!current.find(QStringLiteral("travel-by-car")));

        // Stored content that no longer parses is never used.
        QVERIFY(device.db()
                    .run("UPDATE checklist_content SET content = ?1 WHERE id = 1;",
                         [](Statement &s) { s.bind(1, QByteArray("\xa1\x61")); })
                    .ok());
        QCOMPARE(book.currentSet().source, QStringLiteral("built-in"));
    }

    void currentIsFilteredToTheRole()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        ChecklistBook book(device.db());
        const ChecklistSet carer = book.current(QStringLiteral("carer"));
        const ChecklistSet volunteer = book.current(QStringLiteral("volunteer"));
        QVERIFY(carer.find(QStringLiteral("paperwork-at-home")));
        QVERIFY(!carer.find(QStringLiteral("volunteer-basics")));
        QVERIFY(volunteer.find(QStringLiteral("volunteer-basics")));
        QVERIFY(volunteer.find(QStringLiteral("something-lost")));
        QVERIFY(!volunteer.find(QStringLiteral("paperwork-at-home")));
        for (const Checklist &c : volunteer.checklists)
            QVERIFY(c.roles.contains(QStringLiteral("volunteer")));

        // Council content for carers only: volunteers keep the built-in checklists for them.
        QVERIFY(device.deliver(sync::PacketType::ChecklistContent, toCbor(councilSet(2))).ok());
        QCOMPARE(book.current(QStringLiteral("carer")).source, QStringLiteral("council"));
        const ChecklistSet fallback = book.current(QStringLiteral("volunteer"));
        QCOMPARE(fallback.source, QStringLiteral("built-in"));
        QVERIFY(fallback.find(QStringLiteral("volunteer-basics")));
    }

    void completionIsStoredAndAuditedAndNotSentWithoutAChannel()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        ChecklistBook book(device.db());
        const int outboxBefore = device.count("SELECT count(*) FROM sync_outbox;");
        auto done = book.recordCompletion(
            QStringLiteral("travel-by-car"),
            {QStringLiteral("not-overnight"), QStringLiteral("in-the-boot"),
             QStringLiteral("in-the-boot")},
            QStringLiteral("before-travel"), QStringLiteral("a1b2c3d4e5f60718293a4b5c"), kDayNow);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(done->id > 0);
        QCOMPARE(done->ticked,
                 (QStringList{QStringLiteral("in-the-boot"), QStringLiteral("not-overnight")}));
        QCOMPARE(done->itemCount, 5);
        QCOMPARE(done->source, QStringLiteral("built-in"));
        QCOMPARE(done->version, 1);

        auto last = book.lastCompletion(QStringLiteral("travel-by-car"));
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->id, done->id);
        QCOMPARE((*last)->ticked, done->ticked);
        QCOMPARE((*last)->moment, QStringLiteral("before-travel"));
        QCOMPARE((*last)->atMs, kDayNow);
        auto none = book.lastCompletion(QStringLiteral("social-media"));
        QVERIFY(none.ok() && !none->has_value());

        audit::AuditLog log(device.db());
        auto check = log.verify();
        QVERIFY(check.ok() && check->intact);
        auto entries = log.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("checklist-completed"));
        QCOMPARE(entries->first().subject, QStringLiteral("travel-by-car"));
        QCOMPARE(entries->first().actor, QStringLiteral("a1b2c3d4e5f60718293a4b5c"));

        QCOMPARE(device.count("SELECT count(*) FROM sync_outbox;"), outboxBefore);
    }

    void completionWorksOnAVaultNotYetEnrolled()
    {
        DeviceFixture device(false);
        QVERIFY(device.ok());
        auto done = ChecklistBook(device.db())
                        .recordCompletion(QStringLiteral("social-media"), {},
                                          QStringLiteral("before-social-media"),
                                          QStringLiteral("device"), kDayNow);
        QVERIFY(done.ok());
        QCOMPARE(done->ticked, QStringList());
    }

    void unknownIdsStoreNothing_data()
    {
        QTest::addColumn<QString>("checklist");
        QTest::addColumn<QStringList>("ticked");
        QTest::addColumn<QString>("moment");
        QTest::newRow("unknown checklist")
            << QStringLiteral("no-such-list") << QStringList() << QStringLiteral("at-home");
        QTest::newRow("unknown item")
            << QStringLiteral("travel-by-car") << QStringList{QStringLiteral("lock-car"), kMarker}
            << QStringLiteral("before-travel");
        QTest::newRow("item of another list")
            << QStringLiteral("travel-by-car") << QStringList{QStringLiteral("no-voicemail")}
            << QStringLiteral("before-travel");
        QTest::newRow("unknown moment")
            << QStringLiteral("travel-by-car") << QStringList() << QStringLiteral("whenever");
    }

    void unknownIdsStoreNothing()
    {
        QFETCH(QString, checklist);
        QFETCH(QStringList, ticked);
        QFETCH(QString, moment);
        DeviceFixture device;
        QVERIFY(device.ok());
        const QByteArray channel = sync::randomBytes(16);
        QVERIFY(device
                    .deliver(sync::PacketType::ChannelOpen,
                             device.channelOpen(channel, {QStringLiteral("checklist-evidence")}))
                    .ok());
        const int outboxBefore = device.count("SELECT count(*) FROM sync_outbox;");
        auto done = ChecklistBook(device.db())
                        .recordCompletion(checklist, ticked, moment, QStringLiteral("d"), kDayNow);
        QCOMPARE(done.code(), ErrorCode::Malformed);
        QVERIFY(!done.error().message.contains(QStringLiteral("MARKER")));
        QCOMPARE(device.count("SELECT count(*) FROM checklist_completions;"), 0);
        QCOMPARE(device.count("SELECT count(*) FROM audit_log;"), 0);
        QCOMPARE(device.count("SELECT count(*) FROM sync_outbox;"), outboxBefore);
    }

    void completionIsSentWhenTheCouncilOpenedAChannel()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        const QByteArray channel = sync::randomBytes(16);
        QVERIFY(device
                    .deliver(sync::PacketType::ChannelOpen,
                             device.channelOpen(channel, {QStringLiteral("checklist-evidence")}))
                    .ok());
        // Nothing completed yet: the open is not answered with an empty packet.
        QCOMPARE(device.outboxMetadata(QStringLiteral("checklist-evidence")).size(), 0);

        ChecklistBook book(device.db());
        auto done = book.recordCompletion(
            QStringLiteral("calls-and-talking"), {QStringLiteral("no-voicemail")},
            QStringLiteral("before-call"), QStringLiteral("d"), kDayNow + 5);
        QVERIFY(done.ok());
        QList<QByteArray> channels;
        const QList<QCborMap> sent =
            device.outboxMetadata(QStringLiteral("checklist-evidence"), &channels);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(channels.first(), channel);
        const QCborArray completions = sent.first().value(QStringLiteral("completions")).toArray();
        QCOMPARE(completions.size(), 1);
        const QCborMap entry = completions.at(0).toMap();
        QCOMPARE(entry.value(QStringLiteral("checklist")).toString(),
                 QStringLiteral("calls-and-talking"));
        QCOMPARE(entry.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("built-in"));
        QCOMPARE(entry.value(QStringLiteral("moment")).toString(), QStringLiteral("before-call"));
        QCOMPARE(entry.value(QStringLiteral("ticked")).toArray(),
                 QCborArray{QStringLiteral("no-voicemail")});
        QCOMPARE(entry.value(QStringLiteral("itemCount")).toInteger(), 7);
        QCOMPARE(entry.value(QStringLiteral("at")).toInteger(), kDayNow + 5);
        QCOMPARE(entry.value(QStringLiteral("id")).toInteger(), done->id);
        // The packet carries exactly what evidence() shows.
        auto evidence = book.evidence();
        QVERIFY(evidence.ok());
        QCOMPARE(*evidence, completions);
    }

    void channelOpenIsAnsweredWithAllEvidence()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        ChecklistBook book(device.db());
        QVERIFY(book.recordCompletion(QStringLiteral("travel-by-car"), {QStringLiteral("lock-car")},
                                      QStringLiteral("before-travel"), QStringLiteral("d"), kDayNow)
                    .ok());
        QVERIFY(book.recordCompletion(QStringLiteral("work-area"), {}, QStringLiteral("work-area"),
                                      QStringLiteral("d"), kDayNow + 1)
                    .ok());
        QCOMPARE(device.outboxMetadata(QStringLiteral("checklist-evidence")).size(), 0);

        // A channel for something else, and one that has already expired: no answer.
        QVERIFY(device
                    .deliver(sync::PacketType::ChannelOpen,
                             device.channelOpen(sync::randomBytes(16),
                                                {QStringLiteral("consent-change")}))
                    .ok());
        QVERIFY(device
                    .deliver(sync::PacketType::ChannelOpen,
                             device.channelOpen(sync::randomBytes(16),
                                                {QStringLiteral("checklist-evidence")}, kDayNow))
                    .ok());
        QCOMPARE(device.outboxMetadata(QStringLiteral("checklist-evidence")).size(), 0);

        const QByteArray channel = sync::randomBytes(16);
        QVERIFY(device
                    .deliver(sync::PacketType::ChannelOpen,
                             device.channelOpen(channel, {QStringLiteral("checklist-evidence")}))
                    .ok());
        QList<QByteArray> channels;
        const QList<QCborMap> sent =
            device.outboxMetadata(QStringLiteral("checklist-evidence"), &channels);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(channels.first(), channel);
        const QCborArray completions = sent.first().value(QStringLiteral("completions")).toArray();
        QCOMPARE(completions.size(), 2);
        QCOMPARE(completions.at(0).toMap().value(QStringLiteral("checklist")).toString(),
                 QStringLiteral("travel-by-car"));
        QCOMPARE(completions.at(1).toMap().value(QStringLiteral("checklist")).toString(),
                 QStringLiteral("work-area"));
    }

    void manyCompletionsAreSplitAcrossPackets()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        const int total = 600;
        QVERIFY(device.db()
                    .inTransaction([&]() -> Status {
                        for (int i = 0; i < total; ++i) {
                            auto added = device.db().run(
                                "INSERT INTO checklist_completions (checklist, version, source,"
                                " moment, ticked, item_count, at_ms) VALUES ('something-lost', 1,"
                                " 'built-in', 'something-lost',"
                                " 'call-officer,report,search,recall-email,ask-return,police', 6,"
                                " ?1);",
                                [&](Statement &s) { s.bind(1, kDayNow + i); });
                            if (!added)
                                return added;
                        }
                        return success();
                    })
                    .ok());
        QVERIFY(device
                    .deliver(sync::PacketType::ChannelOpen,
                             device.channelOpen(sync::randomBytes(16),
                                                {QStringLiteral("checklist-evidence")}))
                    .ok());
        const QList<QCborMap> sent = device.outboxMetadata(QStringLiteral("checklist-evidence"));
        QVERIFY2(sent.size() >= 2, qPrintable(QString::number(sent.size())));
        qint64 next = kDayNow;
        for (const QCborMap &packet : sent) {
            QVERIFY(QCborValue(packet).toCbor().size() <= 40 * 1024);
            for (const QCborValue &entry : packet.value(QStringLiteral("completions")).toArray())
                QCOMPARE(entry.toMap().value(QStringLiteral("at")).toInteger(), next++);
        }
        QCOMPARE(next, kDayNow + total);
    }

    void evidenceBatchesStayUnderTheirSize()
    {
        QList<ChecklistCompletion> completions;
        for (int i = 0; i < 50; ++i)
            completions << ChecklistCompletion{i + 1,
                                               QStringLiteral("travel-by-car"),
                                               1,
                                               QStringLiteral("built-in"),
                                               QStringLiteral("before-travel"),
                                               {QStringLiteral("lock-car")},
                                               5,
                                               kDayNow + i};
        const QList<QCborArray> batches = evidenceBatches(completions, 1000);
        QVERIFY(batches.size() > 1);
        qsizetype seen = 0;
        for (const QCborArray &batch : batches) {
            QVERIFY(!batch.isEmpty());
            QVERIFY(QCborValue(batch).toCbor().size() <= 1000 + 8);
            seen += batch.size();
        }
        QCOMPARE(seen, completions.size());
        QCOMPARE(evidenceBatches({}).size(), 1);
    }

    void completionsSinceATime()
    {
        DeviceFixture device(false);
        QVERIFY(device.ok());
        ChecklistBook book(device.db());
        for (int i = 0; i < 3; ++i)
            QVERIFY(book.recordCompletion(QStringLiteral("email-reply"), {},
                                          QStringLiteral("email-reply"), QStringLiteral("d"),
                                          kDayNow + i * 1000)
                        .ok());
        auto since = book.completions(kDayNow + 1000);
        QVERIFY(since.ok());
        QCOMPARE(since->size(), 2);
        QCOMPARE(since->first().atMs, kDayNow + 1000);
    }

    void staleOrMalformedContentIsRefusedAndStoresNothing()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        ChecklistBook book(device.db());
        QVERIFY(device.deliver(sync::PacketType::ChecklistContent, toCbor(councilSet(3))).ok());
        auto stored = [&] { return device.count("SELECT version FROM checklist_content;"); };
        QCOMPARE(stored(), 3);

        // The same version again (a replayed update) and an older one: refused, no roll-back.
        ChecklistSet older = councilSet(2);
        older.checklists.removeLast();
        QCOMPARE(device.deliver(sync::PacketType::ChecklistContent, toCbor(councilSet(3))).code(),
                 ErrorCode::Replay);
        QCOMPARE(device.deliver(sync::PacketType::ChecklistContent, toCbor(older)).code(),
                 ErrorCode::Replay);
        QCOMPARE(stored(), 3);
        QCOMPARE(book.currentSet().checklists.size(), 2);

        // Malformed content: refused, nothing stored.
        QCborMap bad = toCbor(councilSet(9));
        bad.insert(QStringLiteral("checklists"), QCborArray{QStringLiteral("x")});
        QCOMPARE(device.deliver(sync::PacketType::ChecklistContent, bad).code(),
                 ErrorCode::Malformed);
        QCOMPARE(stored(), 3);

        // Each refusal consumed its sequence, so a newer update still arrives.
        ChecklistSet newer = councilSet(4);
        newer.checklists.removeLast();
        auto accepted = device.deliver(sync::PacketType::ChecklistContent, toCbor(newer));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(stored(), 4);
        QCOMPARE(book.currentSet().checklists.size(), 1);

        // A completion records which content it followed.
        auto done =
            book.recordCompletion(QStringLiteral("council-travel"), {QStringLiteral("second")},
                                  QStringLiteral("before-travel"), QStringLiteral("d"), kDayNow);
        QVERIFY(done.ok());
        QCOMPARE(done->version, 4);
        QCOMPARE(done->source, QStringLiteral("council"));
        QCOMPARE(done->itemCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestChecklists)
#include "tst_checklists.moc"
