import QtQuick

// The guidance library's cards, in Safe Haven's own plain words (from the council's guidance
// on safe information handling and confidentiality). Each card ends with the actions that fit:
// "report" (Report a problem), "call" (call your Shared Lives officer), "documents".
QtObject {
    readonly property var cards: [
        {
            key: "special-category",
            title: qsTr("High risk: special category information"),
            summary: qsTr("Some information needs extra care."),
            points: [
                qsTr("Health and medical details."),
                qsTr("Ethnic origin, religion or beliefs, and political opinions."),
                qsTr("Sex life or sexuality."),
                qsTr("Genetic or biometric details, such as fingerprints."),
                qsTr("Crimes, committed or alleged."),
                qsTr("The council also treats National Insurance numbers, money matters and staff records as high risk."),
                qsTr("Safe Haven marks these documents \"High risk — special category\".")
            ],
            actions: ["documents"]
        },
        {
            key: "personal",
            title: qsTr("Personal information"),
            summary: qsTr("Anything that tells you who someone is."),
            points: [
                qsTr("A name, address, date of birth, phone number or email address."),
                qsTr("Where someone is, and numbers that identify them."),
                qsTr("It is still personal if it can be found online."),
                qsTr("A person's situation can make it high risk. For someone escaping domestic abuse, their address is high risk."),
                qsTr("Safe Haven marks these documents \"Personal\".")
            ],
            actions: ["documents"]
        },
        {
            key: "principles",
            title: qsTr("The six rules for personal information"),
            summary: qsTr("Data protection law asks for six things."),
            points: [
                qsTr("Use it fairly and lawfully, and be open about it."),
                qsTr("Use it only for the reason it was given."),
                qsTr("Use only what you need."),
                qsTr("Keep it accurate and up to date."),
                qsTr("Keep it no longer than needed."),
                qsTr("Keep it safe from loss, damage and prying eyes.")
            ],
            actions: []
        },
        {
            key: "cannot-keep-confidential",
            title: qsTr("When you can't keep something private"),
            summary: qsTr("Sometimes you must pass on what you were told."),
            points: [
                qsTr("The person is at risk or in danger."),
                qsTr("They tell you about abuse, such as physical or financial abuse."),
                qsTr("They tell you they have broken the law."),
                qsTr("They threaten to harm themselves or someone else."),
                qsTr("They are being bullied or harassed."),
                qsTr("They have an infection that puts others' health at risk."),
                qsTr("Tell them kindly that you cannot keep this secret."),
                qsTr("Call your Shared Lives officer for advice. If someone is in danger now, call 999.")
            ],
            actions: ["call", "report"]
        },
        {
            key: "requests",
            title: qsTr("If the police or someone else asks"),
            summary: qsTr("You do not have to answer on the spot."),
            points: [
                qsTr("Ask who they are, what they want and why."),
                qsTr("The police need a warrant, or a real emergency, to demand information."),
                qsTr("Even then, share only what the request covers."),
                qsTr("Family can only be told what the person's permission to share allows."),
                qsTr("Pass the request to your Shared Lives officer as soon as you can."),
                qsTr("Write down what you decided: what was shared, with whom and why, or why not.")
            ],
            actions: ["call"]
        },
        {
            key: "right-to-see",
            title: qsTr("Seeing what is held about you"),
            summary: qsTr("The person you support can ask what is kept about them."),
            points: [
                qsTr("They have a right to know what is held and how it is kept."),
                qsTr("Help them take part in the records about them."),
                qsTr("If they ask for a copy, tell your Shared Lives officer. The council answers these requests.")
            ],
            actions: ["documents", "call"]
        }
    ]
}
