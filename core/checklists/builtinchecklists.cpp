// The default checklists, written in our own words from the council's safe information handling
// guidance and confidentiality procedure. One short sentence per item, for a carer in a hurry.
#include "checklistcontent.h"

#include <QCoreApplication>

#include <initializer_list>
#include <utility>

#define CL(text) QT_TRANSLATE_NOOP("Checklists", text)

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
        "paperwork-at-home", CL("Paperwork and devices at home"),
        CL("Keep records safe from visitors, family and burglars."), moment::kAtHome, carer,
        {{"lock-away", CL("Lock paperwork and devices away when you are not using them.")},
         {"out-of-sight", CL("If you cannot lock them away, keep them out of sight.")},
         {"device-pin", CL("Every phone, tablet and computer you use has a password or PIN.")},
         {"own-passwords", CL("Keep your passwords to yourself, even from family.")},
         {"no-laptop-bag", CL("Do not keep paperwork in a laptop bag, in case of burglary.")},
         {"no-window",
          CL("Nothing with personal details on a windowsill or in view from outside.")},
         {"calendar-initials",
          CL("Put no names or details in your calendar or meeting invites.")}});
    set.checklists << make(
        "travel-by-car", CL("Travelling by car"),
        CL("Before you set off with paperwork or devices."), moment::kBeforeTravel, everyone,
        {{"only-needed", CL("Take only the paperwork you need for this visit.")},
         {"in-the-boot", CL("Put documents and devices out of sight, in the boot.")},
         {"lock-car", CL("Lock the car every time you leave it, even for a minute.")},
         {"not-overnight", CL("Never leave documents or devices in the car overnight.")},
         {"take-in", CL("When you get there, take everything in with you.")}});
    set.checklists << make(
        "public-transport", CL("Bus, train and other public transport"),
        CL("Keep records close and conversations private."), moment::kPublicTransport, everyone,
        {{"bag-with-you", CL("Keep documents and devices in a closed bag that stays with you.")},
         {"not-in-view", CL("Do not read paperwork or your screen where others can see it.")},
         {"not-aloud", CL("Do not talk about the person you support where others can hear.")},
         {"check-leaving", CL("Check you have everything before you get off.")}});
    set.checklists << make(
        "calls-and-talking", CL("Phone calls and talking in public"),
        CL("Before you call or talk about someone you support."), moment::kBeforeCall, everyone,
        {{"private-place", CL("Find a private place where you cannot be overheard.")},
         {"postpone", CL("If there is nowhere private, wait and call later.")},
         {"say-little", CL("Think about who is near you and say only what is needed.")},
         {"no-voicemail",
          CL("Leave no personal details in a voicemail: just ask for a call back.")},
         {"right-person", CL("Share details only with the person they are meant for.")},
         {"authority", CL("Tell family only if you know they can act for the person.")},
         {"shared-rooms", CL("Take the same care in cafés and shared rooms at home.")}});
    set.checklists << make(
        "work-area", CL("Your work area and screen"),
        CL("Where you read documents or use a computer."), moment::kWorkArea, carer,
        {{"screen-hidden", CL("Sit where others cannot see your screen.")},
         {"lock-screen", CL("Lock your screen every time you step away.")},
         {"clear-away", CL("Put paperwork away when you finish.")},
         {"no-window", CL("Keep records away from windows that people can see into.")}});
    set.checklists << make(
        "social-media", CL("Social media"), CL("Before you post, share or message."),
        moment::kBeforeSocialMedia, everyone,
        {{"no-identify", CL("Post nothing that could identify the person without their say-so.")},
         {"photos-officer", CL("Ask your Shared Lives officer before posting any photo of them.")},
         {"privacy-settings", CL("Check your privacy settings before you post.")},
         {"professional", CL("Keep the same professional distance online as in person.")},
         {"private-channels", CL("Use private ways to talk about anything personal.")}});
    set.checklists << make(
        "email-reply", CL("Replying to the council's email"),
        CL("The council sends confidential email encrypted."), moment::kEmailReply, carer,
        {{"reply-only", CL("Only reply to the council's encrypted email: never start a new one.")},
         {"no-forward", CL("Do not forward it or add anyone else.")},
         {"minimum", CL("Include only the details that are needed.")},
         {"initials", CL("Use initials instead of names where you can.")}});
    set.checklists << make(
        "return-and-dispose", CL("Returning paperwork at the end of a placement"),
        CL("Records go back to the council: never in the bin."), moment::kPlacementEnd, carer,
        {{"gather", CL("Gather every paper record about the person, including notes and copies.")},
         {"return-team", CL("Return them all to the Shared Lives team.")},
         {"no-bin", CL("Do not throw records away or shred them yourself.")},
         {"other-places", CL("Ask your officer about anything kept on your phone or computer.")}});
    set.checklists << make(
        "something-lost", CL("If something is lost or sent to the wrong person"),
        CL("Act at once: every minute counts."), moment::kSomethingLost, everyone,
        {{"call-officer", CL("Call your Shared Lives officer straight away.")},
         {"report", CL("Report it in this app, even if you do not know everything yet.")},
         {"search", CL("Retrace your steps and search where you have been.")},
         {"recall-email", CL("If an email went to the wrong person, recall it or ask them to "
                             "delete it.")},
         {"ask-return", CL("If someone got information by mistake, ask them to return it.")},
         {"police", CL("If it was stolen, tell the police and keep the crime number.")}});
    set.checklists << make(
        "volunteer-basics", CL("Volunteering safely with information"),
        CL("What you see as a volunteer stays private."), moment::kAtHome, volunteer,
        {{"approved-only", CL("Use only the information the council approved for you.")},
         {"keep-private", CL("Share nothing you learn about the person with anyone else.")},
         {"device-pin", CL("Keep your phone or tablet locked with a PIN.")},
         {"no-copies", CL("Make no copies, photos or notes of documents.")},
         {"ask", CL("If you are unsure, ask the carer or your Shared Lives officer.")}});
    return set;
}

} // namespace safehaven::checklists
