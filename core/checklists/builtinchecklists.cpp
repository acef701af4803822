// The default checklists, written in our own words from the council's safe information handling
// guidance and confidentiality procedure. One short sentence per item, for a carer in a hurry.
#include "checklistcontent.h"

#include <QCoreApplication>

#include <initializer_list>
#include <utility>

namespace safehaven::checklists {

namespace {

using Items = std::initializer_list<std::pair<const char *, const char *>>;

QString translated(const char *text)
{
    return QCoreApplication::translate("Checklists", text);
}

Checklist make(const char *id, const char *title, const char *summary, const char *momentId,
               const QStringList &roles, Items items)
{
    Checklist checklist{QString::fromLatin1(id),
                        translated(title),
                        translated(summary),
                        QString::fromLatin1(momentId),
                        roles,
                        {}};
    for (const auto &[itemId, text] : items)
        checklist.items << ChecklistItem{QString::fromLatin1(itemId), translated(text)};
    return checklist;
}

} // namespace

ChecklistSet builtInChecklists()
{
    const QStringList carer{QStringLiteral("carer")};
    const QStringList everyone{QStringLiteral("carer"), QStringLiteral("volunteer")};
    const QStringList volunteer{QStringLiteral("volunteer")};
    ChecklistSet set{1, QString::fromLatin1(kBuiltInSource), {}};
    set.checklists << make(
        "paperwork-at-home", QT_TRANSLATE_NOOP("Checklists", "Paperwork and devices at home"),
        QT_TRANSLATE_NOOP("Checklists", "Keep records safe from visitors, family and burglars."),
        moment::kAtHome, carer,
        {{"lock-away",
          QT_TRANSLATE_NOOP("Checklists",
                            "Lock paperwork and devices away when you are not using them.")},
         {"out-of-sight",
          QT_TRANSLATE_NOOP("Checklists", "If you cannot lock them away, keep them out of sight.")},
         {"device-pin",
          QT_TRANSLATE_NOOP("Checklists",
                            "Every phone, tablet and computer you use has a password or PIN.")},
         {"own-passwords",
          QT_TRANSLATE_NOOP("Checklists", "Keep your passwords to yourself, even from family.")},
         {"no-laptop-bag",
          QT_TRANSLATE_NOOP("Checklists",
                            "Do not keep paperwork in a laptop bag, in case of burglary.")},
         {"no-window",
          QT_TRANSLATE_NOOP(
              "Checklists",
              "Nothing with personal details on a windowsill or in view from outside.")},
         {"calendar-initials",
          QT_TRANSLATE_NOOP("Checklists",
                            "Put no names or details in your calendar or meeting invites.")}});
    set.checklists << make(
        "travel-by-car", QT_TRANSLATE_NOOP("Checklists", "Travelling by car"),
        QT_TRANSLATE_NOOP("Checklists", "Before you set off with paperwork or devices."),
        moment::kBeforeTravel, everyone,
        {{"only-needed",
          QT_TRANSLATE_NOOP("Checklists", "Take only the paperwork you need for this visit.")},
         {"in-the-boot",
          QT_TRANSLATE_NOOP("Checklists", "Put documents and devices out of sight, in the boot.")},
         {"lock-car",
          QT_TRANSLATE_NOOP("Checklists",
                            "Lock the car every time you leave it, even for a minute.")},
         {"not-overnight",
          QT_TRANSLATE_NOOP("Checklists",
                            "Never leave documents or devices in the car overnight.")},
         {"take-in",
          QT_TRANSLATE_NOOP("Checklists", "When you get there, take everything in with you.")}});
    set.checklists << make(
        "public-transport",
        QT_TRANSLATE_NOOP("Checklists", "Bus, train and other public transport"),
        QT_TRANSLATE_NOOP("Checklists", "Keep records close and conversations private."),
        moment::kPublicTransport, everyone,
        {{"bag-with-you",
          QT_TRANSLATE_NOOP("Checklists",
                            "Keep documents and devices in a closed bag that stays with you.")},
         {"not-in-view",
          QT_TRANSLATE_NOOP("Checklists",
                            "Do not read paperwork or your screen where others can see it.")},
         {"not-aloud",
          QT_TRANSLATE_NOOP("Checklists",
                            "Do not talk about the person you support where others can hear.")},
         {"check-leaving",
          QT_TRANSLATE_NOOP("Checklists", "Check you have everything before you get off.")}});
    set.checklists << make(
        "calls-and-talking", QT_TRANSLATE_NOOP("Checklists", "Phone calls and talking in public"),
        QT_TRANSLATE_NOOP("Checklists", "Before you call or talk about someone you support."),
        moment::kBeforeCall, everyone,
        {{"private-place",
          QT_TRANSLATE_NOOP("Checklists", "Find a private place where you cannot be overheard.")},
         {"postpone",
          QT_TRANSLATE_NOOP("Checklists", "If there is nowhere private, wait and call later.")},
         {"say-little",
          QT_TRANSLATE_NOOP("Checklists",
                            "Think about who is near you and say only what is needed.")},
         {"no-voicemail",
          QT_TRANSLATE_NOOP("Checklists",
                            "Leave no personal details in a voicemail: just ask for a call back.")},
         {"right-person",
          QT_TRANSLATE_NOOP("Checklists",
                            "Share details only with the person they are meant for.")},
         {"authority",
          QT_TRANSLATE_NOOP("Checklists",
                            "Tell family only if you know they can act for the person.")},
         {"shared-rooms",
          QT_TRANSLATE_NOOP("Checklists",
                            "Take the same care in cafés and shared rooms at home.")}});
    set.checklists << make(
        "work-area", QT_TRANSLATE_NOOP("Checklists", "Your work area and screen"),
        QT_TRANSLATE_NOOP("Checklists", "Where you read documents or use a computer."),
        moment::kWorkArea, carer,
        {{"screen-hidden",
          QT_TRANSLATE_NOOP("Checklists", "Sit where others cannot see your screen.")},
         {"lock-screen",
          QT_TRANSLATE_NOOP("Checklists", "Lock your screen every time you step away.")},
         {"clear-away", QT_TRANSLATE_NOOP("Checklists", "Put paperwork away when you finish.")},
         {"no-window",
          QT_TRANSLATE_NOOP("Checklists",
                            "Keep records away from windows that people can see into.")}});
    set.checklists << make(
        "social-media", QT_TRANSLATE_NOOP("Checklists", "Social media"),
        QT_TRANSLATE_NOOP("Checklists", "Before you post, share or message."),
        moment::kBeforeSocialMedia, everyone,
        {{"no-identify",
          QT_TRANSLATE_NOOP("Checklists",
                            "Post nothing that could identify the person without their say-so.")},
         {"photos-officer",
          QT_TRANSLATE_NOOP("Checklists",
                            "Ask your Shared Lives officer before posting any photo of them.")},
         {"privacy-settings",
          QT_TRANSLATE_NOOP("Checklists", "Check your privacy settings before you post.")},
         {"professional",
          QT_TRANSLATE_NOOP("Checklists",
                            "Keep the same professional distance online as in person.")},
         {"private-channels",
          QT_TRANSLATE_NOOP("Checklists", "Use private ways to talk about anything personal.")}});
    set.checklists << make(
        "email-reply", QT_TRANSLATE_NOOP("Checklists", "Replying to the council's email"),
        QT_TRANSLATE_NOOP("Checklists", "The council sends confidential email encrypted."),
        moment::kEmailReply, carer,
        {{"reply-only",
          QT_TRANSLATE_NOOP("Checklists",
                            "Only reply to the council's encrypted email: never start a new one.")},
         {"no-forward", QT_TRANSLATE_NOOP("Checklists", "Do not forward it or add anyone else.")},
         {"minimum", QT_TRANSLATE_NOOP("Checklists", "Include only the details that are needed.")},
         {"initials",
          QT_TRANSLATE_NOOP("Checklists", "Use initials instead of names where you can.")}});
    set.checklists << make(
        "return-and-dispose",
        QT_TRANSLATE_NOOP("Checklists", "Returning paperwork at the end of a placement"),
        QT_TRANSLATE_NOOP("Checklists", "Records go back to the council: never in the bin."),
        moment::kPlacementEnd, carer,
        {{"gather", QT_TRANSLATE_NOOP(
                        "Checklists",
                        "Gather every paper record about the person, including notes and copies.")},
         {"return-team",
          QT_TRANSLATE_NOOP("Checklists", "Return them all to the Shared Lives team.")},
         {"no-bin",
          QT_TRANSLATE_NOOP("Checklists", "Do not throw records away or shred them yourself.")},
         {"other-places",
          QT_TRANSLATE_NOOP("Checklists",
                            "Ask your officer about anything kept on your phone or computer.")}});
    set.checklists << make(
        "something-lost",
        QT_TRANSLATE_NOOP("Checklists", "If something is lost or sent to the wrong person"),
        QT_TRANSLATE_NOOP("Checklists", "Act at once: every minute counts."),
        moment::kSomethingLost, everyone,
        {{"call-officer",
          QT_TRANSLATE_NOOP("Checklists", "Call your Shared Lives officer straight away.")},
         {"report",
          QT_TRANSLATE_NOOP("Checklists",
                            "Report it in this app, even if you do not know everything yet.")},
         {"search",
          QT_TRANSLATE_NOOP("Checklists", "Retrace your steps and search where you have been.")},
         {"recall-email",
          QT_TRANSLATE_NOOP("Checklists",
                            "If an email went to the wrong person, recall it or ask them to "
                            "delete it.")},
         {"ask-return",
          QT_TRANSLATE_NOOP("Checklists",
                            "If someone got information by mistake, ask them to return it.")},
         {"police",
          QT_TRANSLATE_NOOP("Checklists",
                            "If it was stolen, tell the police and keep the crime number.")}});
    set.checklists << make(
        "volunteer-basics", QT_TRANSLATE_NOOP("Checklists", "Volunteering safely with information"),
        QT_TRANSLATE_NOOP("Checklists", "What you see as a volunteer stays private."),
        moment::kAtHome, volunteer,
        {{"approved-only",
          QT_TRANSLATE_NOOP("Checklists",
                            "Use only the information the council approved for you.")},
         {"keep-private",
          QT_TRANSLATE_NOOP("Checklists",
                            "Share nothing you learn about the person with anyone else.")},
         {"device-pin",
          QT_TRANSLATE_NOOP("Checklists", "Keep your phone or tablet locked with a PIN.")},
         {"no-copies",
          QT_TRANSLATE_NOOP("Checklists", "Make no copies, photos or notes of documents.")},
         {"ask",
          QT_TRANSLATE_NOOP("Checklists",
                            "If you are unsure, ask the carer or your Shared Lives officer.")}});
    return set;
}

} // namespace safehaven::checklists
