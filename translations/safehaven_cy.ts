<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AddPaperForm</name>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="20"/>
        <source>Add a paper record you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="30"/>
        <source>Whose is it? (initials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="43"/>
        <source>Whose is it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="46"/>
        <source>What is it? For example: care plan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="59"/>
        <source>What is it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="63"/>
        <source>Where do you keep it? For example: locked drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="76"/>
        <source>Where do you keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddPaperForm.qml" line="93"/>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddVisitDialog</name>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="13"/>
        <source>Add a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="41"/>
        <source>Who (initials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="51"/>
        <location filename="../qml/AddVisitDialog.qml" line="61"/>
        <source>Initials of the person you are visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="63"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="71"/>
        <source>Day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="73"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="82"/>
        <source>Time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="84"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="94"/>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="108"/>
        <source>Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AddVisitDialog.qml" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/appoptions.cpp" line="26"/>
        <source>Safe Haven keeps Shared Lives placement information safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="32"/>
        <source>Keep the encrypted store in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="36"/>
        <source>Load every page, report problems and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="39"/>
        <source>Walk the main screens on demo data and save PNG screenshots in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="44"/>
        <source>Phone window size for --tour, in device-independent pixels (default 412x892). QT_SCALE_FACTOR sets the pixel density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/appoptions.cpp" line="50"/>
        <source>Tablet window size for --tour (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BiometricsDialog</name>
    <message>
        <location filename="../qml/BiometricsDialog.qml" line="10"/>
        <source>Fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BiometricsDialog.qml" line="11"/>
        <source>Cancel switching on fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BiometricsDialog.qml" line="18"/>
        <source>Enter your PIN to switch on fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BiometricsDialog.qml" line="19"/>
        <source>You will still need your PIN after restarting, after too many tries, or if the fingerprints on this device change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BiometricsDialog.qml" line="20"/>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinFlow</name>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="13"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="14"/>
        <source>Cancel changing PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="29"/>
        <source>Enter your current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="29"/>
        <source>Choose a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="29"/>
        <source>Type the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="30"/>
        <source>Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="31"/>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChangePinFlow.qml" line="31"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPromptCard</name>
    <message>
        <location filename="../qml/ChecklistPromptCard.qml" line="43"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistPromptCard.qml" line="44"/>
        <source>Check now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistPromptCard.qml" line="49"/>
        <location filename="../qml/ChecklistPromptCard.qml" line="51"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../qml/ChecklistScreen.qml" line="31"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistScreen.qml" line="36"/>
        <source>Back without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistScreen.qml" line="97"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistScreen.qml" line="97"/>
        <source>Done (%1 of %2 ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistScreen.qml" line="98"/>
        <source>Done: save what I ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="44"/>
        <source>Paperwork and devices at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="45"/>
        <source>Keep records safe from visitors, family and burglars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="48"/>
        <source>Lock paperwork and devices away when you are not using them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="51"/>
        <source>If you cannot lock them away, keep them out of sight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="53"/>
        <source>Every phone, tablet and computer you use has a password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="56"/>
        <source>Keep your passwords to yourself, even from family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="58"/>
        <source>Do not keep paperwork in a laptop bag, in case of burglary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="61"/>
        <source>Nothing with personal details on a windowsill or in view from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="65"/>
        <source>Put no names or details in your calendar or meeting invites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="68"/>
        <source>Travelling by car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="69"/>
        <source>Before you set off with paperwork or devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="72"/>
        <source>Take only the paperwork you need for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="74"/>
        <source>Put documents and devices out of sight, in the boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="76"/>
        <source>Lock the car every time you leave it, even for a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="79"/>
        <source>Never leave documents or devices in the car overnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="82"/>
        <source>When you get there, take everything in with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="85"/>
        <source>Bus, train and other public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="86"/>
        <source>Keep records close and conversations private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="89"/>
        <source>Keep documents and devices in a closed bag that stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="92"/>
        <source>Do not read paperwork or your screen where others can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="95"/>
        <source>Do not talk about the person you support where others can hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="98"/>
        <source>Check you have everything before you get off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="100"/>
        <source>Phone calls and talking in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="101"/>
        <source>Before you call or talk about someone you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="104"/>
        <source>Find a private place where you cannot be overheard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="106"/>
        <source>If there is nowhere private, wait and call later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="108"/>
        <source>Think about who is near you and say only what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="111"/>
        <source>Leave no personal details in a voicemail: just ask for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="114"/>
        <source>Share details only with the person they are meant for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="117"/>
        <source>Tell family only if you know they can act for the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="120"/>
        <source>Take the same care in cafés and shared rooms at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="123"/>
        <source>Your work area and screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="124"/>
        <source>Where you read documents or use a computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="127"/>
        <source>Sit where others cannot see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="129"/>
        <source>Lock your screen every time you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="130"/>
        <source>Put paperwork away when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="132"/>
        <source>Keep records away from windows that people can see into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="135"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="136"/>
        <source>Before you post, share or message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="139"/>
        <source>Post nothing that could identify the person without their say-so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="142"/>
        <source>Ask your Shared Lives officer before posting any photo of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="145"/>
        <source>Check your privacy settings before you post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="147"/>
        <source>Keep the same professional distance online as in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="150"/>
        <source>Use private ways to talk about anything personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="152"/>
        <source>Replying to the council&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="153"/>
        <source>The council sends confidential email encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="156"/>
        <source>Only reply to the council&apos;s encrypted email: never start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="158"/>
        <source>Do not forward it or add anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="159"/>
        <source>Include only the details that are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="161"/>
        <source>Use initials instead of names where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="164"/>
        <source>Returning paperwork at the end of a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="165"/>
        <source>Records go back to the council: never in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="167"/>
        <source>Gather every paper record about the person, including notes and copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="171"/>
        <source>Return them all to the Shared Lives team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="173"/>
        <source>Do not throw records away or shred them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="175"/>
        <source>Ask your officer about anything kept on your phone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="179"/>
        <source>If something is lost or sent to the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="180"/>
        <source>Act at once: every minute counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="183"/>
        <source>Call your Shared Lives officer straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="185"/>
        <source>Report it in this app, even if you do not know everything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="188"/>
        <source>Retrace your steps and search where you have been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="190"/>
        <source>If an email went to the wrong person, recall it or ask them to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="194"/>
        <source>If someone got information by mistake, ask them to return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="197"/>
        <source>If it was stolen, tell the police and keep the crime number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="200"/>
        <source>Volunteering safely with information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="201"/>
        <source>What you see as a volunteer stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="204"/>
        <source>Use only the information the council approved for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="207"/>
        <source>Share nothing you learn about the person with anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="210"/>
        <source>Keep your phone or tablet locked with a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="212"/>
        <source>Make no copies, photos or notes of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checklists/builtinchecklists.cpp" line="214"/>
        <source>If you are unsure, ask the carer or your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../qml/ChecklistsPage.qml" line="15"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistsPage.qml" line="24"/>
        <source>Quick checks for keeping information safe. Safe Haven offers them when they matter, and keeps a record that you did them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistsPage.qml" line="62"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDownScreen</name>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="16"/>
        <source>Close down a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="24"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="46"/>
        <source>No placement has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="47"/>
        <source>When the council ends a placement, this is where you give back the paperwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="61"/>
        <location filename="../qml/CloseDownScreen.qml" line="69"/>
        <source>%1: placement ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="62"/>
        <source>Placement ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="76"/>
        <source>1. Return-your-paperwork checklist: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="77"/>
        <source>1. Go through the return-your-paperwork checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="87"/>
        <source>Open the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="88"/>
        <source>Open the return-your-paperwork checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="95"/>
        <source>2. No paper records are listed for this placement. Add any you hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="97"/>
        <source>2. Every paper record is back with the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="98"/>
        <source>2. Give back each paper record and mark it returned: %1 still to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="108"/>
        <source>I hold no paper records for this placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="124"/>
        <source>3. The digital documents for this placement have been destroyed on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="125"/>
        <source>3. %1 digital document(s) are still on this device; they are destroyed at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CloseDownScreen.qml" line="135"/>
        <source>Everything is back. The council has been told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../app/documentlabels.cpp" line="15"/>
        <source>All About Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="16"/>
        <source>Risk management plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="17"/>
        <source>Medical information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="18"/>
        <source>Placement agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="20"/>
        <source>Report from another professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="21"/>
        <source>Financial information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="22"/>
        <source>Legal document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="23"/>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="24"/>
        <source>Mobility information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="30"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="36"/>
        <source>High risk — special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlabels.cpp" line="37"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLibraryView</name>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="70"/>
        <location filename="../qml/DocumentLibraryView.qml" line="83"/>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="84"/>
        <source>Type initials or a kind of document, such as risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="93"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="94"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="95"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="110"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="121"/>
        <source>1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="121"/>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="122"/>
        <source>%1 of %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="142"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="153"/>
        <source>Documents about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="169"/>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="170"/>
        <source>Documents your Shared Lives officer sends, such as All About Me or a risk management plan, will be kept here, encrypted. They can only be read inside Safe Haven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="179"/>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="180"/>
        <source>Try fewer letters, or show all documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListItem</name>
    <message>
        <location filename="../qml/DocumentListItem.qml" line="20"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentListItem.qml" line="21"/>
        <source>Opens the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewerPage</name>
    <message>
        <location filename="../qml/DocumentViewerPage.qml" line="27"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentViewerPage.qml" line="30"/>
        <source>Back to documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentViewerPage.qml" line="76"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentViewerPage.qml" line="95"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentViewerPage.qml" line="131"/>
        <source>This document can&apos;t be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../qml/DocumentsPage.qml" line="39"/>
        <source>Paper records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPage.qml" line="42"/>
        <source>Paper records you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPage.qml" line="47"/>
        <source>What we hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPage.qml" line="50"/>
        <source>What we hold about someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeScreen</name>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="11"/>
        <source>Type your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="12"/>
        <source>Your Shared Lives officer gave you a code, separately from the file. It has 12 letters and numbers, like ABCD-EFGH-JKMN. Capitals, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="38"/>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="44"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="49"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="54"/>
        <source>Back to choosing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentCodeScreen.qml" line="21"/>
        <source>Your code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentConfirmScreen</name>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="10"/>
        <source>Is this right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="11"/>
        <source>Check these details. If anything is wrong, do not go on: call your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="20"/>
        <source>Your enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="26"/>
        <source>You are joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="27"/>
        <source>Your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="28"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="44"/>
        <source>Yes, this is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentConfirmScreen.qml" line="49"/>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentFileScreen</name>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="11"/>
        <source>Set up Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="12"/>
        <source>Your Shared Lives officer sent you an enrolment file by email or on a memory stick. Choose it here. Next, you will type the code they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="32"/>
        <source>Where the enrolment file is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="38"/>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="42"/>
        <location filename="../qml/EnrolmentFileScreen.qml" line="53"/>
        <source>Choose the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="47"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrolmentFileScreen.qml" line="16"/>
        <source>Where the enrolment file is saved (for example, in Downloads)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <location filename="../qml/ErasedScreen.qml" line="6"/>
        <source>Your information was erased to keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ErasedScreen.qml" line="7"/>
        <source>The wrong PIN was entered too many times, so Safe Haven erased everything it held on this device. Nobody can read it now.

Nothing is lost for good: the council keeps the originals. Contact your Shared Lives officer: they will set this device up for you again.

If you think someone tried to get into your device, tell your officer straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ErasedScreen.qml" line="8"/>
        <source>Set up again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="55"/>
        <source>Keep it short: at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="57"/>
        <source>This looks like a name or a number. Use initials and your own short words, such as &quot;AM&apos;s care plan folder&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="111"/>
        <source>Initials only: 1 to 4 letters, A to Z, no names or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="114"/>
        <source>Say what it is, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="119"/>
        <source>Say where you keep it, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="179"/>
        <source>The day it went back cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="194"/>
        <source>That item is marked returned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="269"/>
        <source>Something is still to go back, or the council has been told already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/training.cpp" line="46"/>
        <source>The training date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/training.cpp" line="50"/>
        <source>That date is more than 10 years ago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceNotices</name>
    <message>
        <location filename="../qml/EvidenceNotices.qml" line="25"/>
        <location filename="../qml/EvidenceNotices.qml" line="46"/>
        <source>Close down the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EvidenceNotices.qml" line="30"/>
        <source>Hand back the paperwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EvidenceNotices.qml" line="39"/>
        <source>Mark each paper record returned as you hand it over. The council is told when everything is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EvidenceNotices.qml" line="74"/>
        <source>I have done it: update the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EvidenceNotices.qml" line="82"/>
        <source>Safe Haven&apos;s record of what was opened on this device has been changed. Your Shared Lives officer is told at the next sync. Please call them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceCardScreen</name>
    <message>
        <location filename="../qml/GuidanceCardScreen.qml" line="18"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceCardScreen.qml" line="23"/>
        <source>Back to checklists and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceCardScreen.qml" line="63"/>
        <source>Call your Shared Lives officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceCardScreen.qml" line="64"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceCardScreen.qml" line="65"/>
        <source>See your documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceContent</name>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="10"/>
        <source>High risk: special category information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="11"/>
        <source>Some information needs extra care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="13"/>
        <source>Health and medical details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="14"/>
        <source>Ethnic origin, religion or beliefs, and political opinions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="15"/>
        <source>Sex life or sexuality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="16"/>
        <source>Genetic or biometric details, such as fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="17"/>
        <source>Crimes, committed or alleged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="18"/>
        <source>The council also treats National Insurance numbers, money matters and staff records as high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="19"/>
        <source>Safe Haven marks these documents &quot;High risk — special category&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="25"/>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="26"/>
        <source>Anything that tells you who someone is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="28"/>
        <source>A name, address, date of birth, phone number or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="29"/>
        <source>Where someone is, and numbers that identify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="30"/>
        <source>It is still personal if it can be found online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="31"/>
        <source>A person&apos;s situation can make it high risk. For someone escaping domestic abuse, their address is high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="32"/>
        <source>Safe Haven marks these documents &quot;Personal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="38"/>
        <source>The six rules for personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="39"/>
        <source>Data protection law asks for six things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="41"/>
        <source>Use it fairly and lawfully, and be open about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="42"/>
        <source>Use it only for the reason it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="43"/>
        <source>Use only what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="44"/>
        <source>Keep it accurate and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="45"/>
        <source>Keep it no longer than needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="46"/>
        <source>Keep it safe from loss, damage and prying eyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="52"/>
        <source>When you can&apos;t keep something private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="53"/>
        <source>Sometimes you must pass on what you were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="55"/>
        <source>The person is at risk or in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="56"/>
        <source>They tell you about abuse, such as physical or financial abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="57"/>
        <source>They tell you they have broken the law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="58"/>
        <source>They threaten to harm themselves or someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="59"/>
        <source>They are being bullied or harassed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="60"/>
        <source>They have an infection that puts others&apos; health at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="61"/>
        <source>Tell them kindly that you cannot keep this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="62"/>
        <source>Call your Shared Lives officer for advice. If someone is in danger now, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="68"/>
        <source>If the police or someone else asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="69"/>
        <source>You do not have to answer on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="71"/>
        <source>Ask who they are, what they want and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="72"/>
        <source>The police need a warrant, or a real emergency, to demand information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="73"/>
        <source>Even then, share only what the request covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="74"/>
        <source>Family can only be told what the person&apos;s permission to share allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="75"/>
        <source>Pass the request to your Shared Lives officer as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="76"/>
        <source>Write down what you decided: what was shared, with whom and why, or why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="82"/>
        <source>Seeing what is held about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="83"/>
        <source>The person you support can ask what is kept about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="85"/>
        <source>They have a right to know what is held and how it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="86"/>
        <source>Help them take part in the records about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/GuidanceContent.qml" line="87"/>
        <source>If they ask for a copy, tell your Shared Lives officer. The council answers these requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeShell</name>
    <message>
        <location filename="../qml/HomeShell.qml" line="25"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="26"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="27"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="28"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="71"/>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="81"/>
        <location filename="../qml/HomeShell.qml" line="82"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="83"/>
        <source>Closes Safe Haven until your PIN is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="101"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../qml/LockScreen.qml" line="11"/>
        <source>Safe Haven is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="12"/>
        <source>Enter your PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="13"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="18"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="20"/>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="26"/>
        <source>Use fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperItemRow</name>
    <message>
        <location filename="../qml/PaperItemRow.qml" line="16"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperItemRow.qml" line="25"/>
        <source>Kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperItemRow.qml" line="35"/>
        <source>Mark returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperItemRow.qml" line="36"/>
        <source>Mark returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperRegisterScreen</name>
    <message>
        <location filename="../qml/PaperRegisterScreen.qml" line="13"/>
        <source>Paper records you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperRegisterScreen.qml" line="20"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperRegisterScreen.qml" line="41"/>
        <source>Keep paper originals locked away. When a placement ends, every one goes back to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PaperRegisterScreen.qml" line="48"/>
        <source>Nothing listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../qml/PinDialog.qml" line="11"/>
        <location filename="../qml/PinDialog.qml" line="50"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message>
        <location filename="../qml/PinDots.qml" line="16"/>
        <source>1 number entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinDots.qml" line="16"/>
        <source>%1 numbers entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="10"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="35"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="36"/>
        <source>Delete last number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <location filename="../core/lock/pinpolicy.cpp" line="75"/>
        <source>Use at least %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/pinpolicy.cpp" line="78"/>
        <source>Use no more than %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/pinpolicy.cpp" line="81"/>
        <source>Use numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/pinpolicy.cpp" line="83"/>
        <source>Don&apos;t use the same number over and over. Try a mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/pinpolicy.cpp" line="86"/>
        <source>Numbers in order, like 123456, are easy to guess. Try a mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/pinpolicy.cpp" line="89"/>
        <source>That PIN is one of the most common. Choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../qml/PinScreen.qml" line="15"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupScreen</name>
    <message>
        <location filename="../qml/PinSetupScreen.qml" line="15"/>
        <source>Type your PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinSetupScreen.qml" line="15"/>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinSetupScreen.qml" line="17"/>
        <source>This makes sure you typed what you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinSetupScreen.qml" line="18"/>
        <source>Your PIN keeps the information on this device safe. Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinSetupScreen.qml" line="19"/>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinSetupScreen.qml" line="19"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../qml/ReportPage.qml" line="9"/>
        <source>Lost something, or sent it to the wrong person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="10"/>
        <source>Tell your Shared Lives officer straight away, by phone if you can. Do this even if you are not sure, and even if it was paper.

The council has 24 hours to act, and may have to tell the Information Commissioner&apos;s Office within 72 hours of finding out.

Once your officer has connected this device, you will be able to send a report from here, even with no signal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="16"/>
        <source>Lock automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="25"/>
        <source>Safe Haven also locks as soon as you switch to another app or put the device away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="34"/>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="34"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="34"/>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="39"/>
        <source>Lock after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="45"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="57"/>
        <source>Your PIN has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="65"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="73"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="126"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="136"/>
        <source>Safe Haven %1. Everything it holds is encrypted on this device and opens only with your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="83"/>
        <source>Fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="95"/>
        <source>Open Safe Haven with your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRequiredScreen</name>
    <message>
        <location filename="../qml/SyncRequiredScreen.qml" line="12"/>
        <source>Safe Haven needs to reach the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncRequiredScreen.qml" line="13"/>
        <source>Safe Haven has not reached the council for too long, so your records are closed until it does. Connect to Wi-Fi or mobile data, then tap Sync now. If it still cannot connect, call your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncRequiredScreen.qml" line="28"/>
        <location filename="../qml/SyncRequiredScreen.qml" line="29"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncRequiredScreen.qml" line="28"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncRequiredScreen.qml" line="33"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <location filename="../qml/SyncStrip.qml" line="23"/>
        <source>Sync with the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncStrip.qml" line="33"/>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncStrip.qml" line="42"/>
        <source>1 waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncStrip.qml" line="43"/>
        <source>%1 waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncStrip.qml" line="65"/>
        <location filename="../qml/SyncStrip.qml" line="67"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SyncStrip.qml" line="65"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../qml/TodayPage.qml" line="36"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="47"/>
        <source>No visits this week. Add one to get a reminder and a quick check before you travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="79"/>
        <source>%1  %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="84"/>
        <source>%1 at %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="87"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="91"/>
        <source>Remove the visit at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="99"/>
        <source>Add a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="104"/>
        <source>Quick checks before you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="115"/>
        <source>…drive to a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="116"/>
        <source>…take a bus or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="117"/>
        <source>…make a call in a public place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="118"/>
        <source>…post on social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="124"/>
        <source>Quick check before you %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="16"/>
        <source>Data protection training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="36"/>
        <source>I did it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="37"/>
        <source>I did my data protection training today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="41"/>
        <source>Or the day you did it, as day/month/year (for example 15/03/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="56"/>
        <source>Date of your data protection training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="62"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TrainingSettings.qml" line="64"/>
        <source>Save the training date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../qml/UnavailableScreen.qml" line="6"/>
        <source>Safe Haven can&apos;t open right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnavailableScreen.qml" line="7"/>
        <source>Your information is still safe and encrypted. If this keeps happening, contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnavailableScreen.qml" line="8"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../core/day/visitbook.cpp" line="41"/>
        <source>Initials only: 1 to 4 letters, A to Z, no names or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/day/visitbook.cpp" line="45"/>
        <source>A visit lasts from 5 minutes to 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/day/visitbook.cpp" line="47"/>
        <source>Choose a kind of place from the list, not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/day/visitbook.cpp" line="50"/>
        <source>A visit needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/day/visitbook.cpp" line="107"/>
        <source>Visit at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatWeHoldScreen</name>
    <message>
        <location filename="../qml/WhatWeHoldScreen.qml" line="18"/>
        <source>What we hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhatWeHoldScreen.qml" line="30"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhatWeHoldScreen.qml" line="51"/>
        <source>Go through this list with the person it is about. It shows what this device keeps about them, and nothing about anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhatWeHoldScreen.qml" line="58"/>
        <source>Nothing held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhatWeHoldScreen.qml" line="59"/>
        <source>This device keeps no documents or records about anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/WhatWeHoldScreen.qml" line="72"/>
        <source>Show what is held about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::ChecklistsViewModel</name>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="112"/>
        <source>That could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="153"/>
        <source>Last done today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="154"/>
        <source>Last done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="164"/>
        <source>A placement has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="165"/>
        <source>Paper records go back to your Shared Lives officer. This check helps you return them safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="174"/>
        <source>Before you set off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="176"/>
        <source>A quick check keeps documents safe on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checklistsviewmodel.cpp" line="177"/>
        <source>Your visit at %1 is soon. A quick check keeps documents safe on the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::DocumentLibraryModel</name>
    <message>
        <location filename="../app/documentlibrarymodel.cpp" line="130"/>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentlibrarymodel.cpp" line="135"/>
        <source>Keep until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::DocumentViewer</name>
    <message>
        <location filename="../app/documentviewer.cpp" line="34"/>
        <source>This document is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentviewer.cpp" line="40"/>
        <source>This document could not be opened. Ask your Shared Lives officer to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentviewer.cpp" line="62"/>
        <source>Safe Haven cannot show this kind of file. Ask your Shared Lives officer to send it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/documentviewer.cpp" line="66"/>
        <source>This document seems to be damaged, so it cannot be shown. Ask your Shared Lives officer to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::EnrolmentViewModel</name>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="44"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="45"/>
        <source>Shared Lives carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="54"/>
        <source>Choose the enrolment file your Shared Lives officer sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="59"/>
        <source>Safe Haven cannot open that file. Check where it was saved and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="79"/>
        <source>Type the code your Shared Lives officer gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::EvidenceViewModel</name>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="35"/>
        <source>Returned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="159"/>
        <source>Your data protection training is overdue. Please do it as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="161"/>
        <source>Your data protection training is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="163"/>
        <source>Data protection training done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="164"/>
        <source>Add the date you did your data protection e-learning, so we can remind you each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="236"/>
        <source>kept until the placement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="237"/>
        <source>kept until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="238"/>
        <source>%1: received %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="241"/>
        <source>No documents about %1 are kept on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="242"/>
        <source>Documents from the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="248"/>
        <source>Permission to share was withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="252"/>
        <source>Permission to share covers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="254"/>
        <source>Given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="256"/>
        <source>To be looked at again by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="259"/>
        <source>No permission to share record is kept on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="261"/>
        <source>Permission to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="266"/>
        <source>%1 (returned on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="267"/>
        <source>%1, kept in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="269"/>
        <source>No paper records are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="270"/>
        <source>Paper records the carer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="273"/>
        <source>No visits in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/evidenceviewmodel.cpp" line="274"/>
        <source>%n visit(s) in the diary: initials, a time and a kind of place only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/evidenceviewmodel.cpp" line="278"/>
        <source>The placement has ended. The return-your-paperwork checklist was done %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="281"/>
        <source>The carer&apos;s own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/evidenceviewmodel.cpp" line="295"/>
        <source>Write the date as day/month/year, such as 15/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::LockMachine</name>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="51"/>
        <source>Safe Haven cannot use its storage on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="71"/>
        <location filename="../core/lock/lockmachine.cpp" line="370"/>
        <source>Your Safe Haven data was erased to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="80"/>
        <source>A PIN is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="84"/>
        <source>The two PINs are different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="135"/>
        <location filename="../core/lock/lockmachine.cpp" line="145"/>
        <source>Safe Haven is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="107"/>
        <location filename="../core/lock/lockmachine.cpp" line="147"/>
        <location filename="../core/lock/lockmachine.cpp" line="211"/>
        <source>Too many wrong PINs. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="161"/>
        <location filename="../core/lock/lockmachine.cpp" line="209"/>
        <source>Unlock Safe Haven first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="215"/>
        <source>The two new PINs are different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="325"/>
        <source>The information on this device could not be opened. Please contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="379"/>
        <source>Safe Haven can&apos;t reach this device&apos;s secure key storage, so it has stayed locked. Restart the device, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::OfficerContact</name>
    <message>
        <location filename="../app/officercontact.cpp" line="36"/>
        <source>This device has no officer&apos;s number yet. It comes with enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::SessionViewModel</name>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="218"/>
        <source>That PIN is not right. One more wrong PIN and the information on this device will be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="221"/>
        <source>That PIN is not right. %1 more wrong PINs and the information on this device will be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="224"/>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="227"/>
        <source>Too many wrong PINs. Please wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="161"/>
        <source>Open Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="229"/>
        <source>The fingerprints on this device have changed, so fingerprint unlock is off. Use your PIN. You can switch it on again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessionviewmodel.cpp" line="232"/>
        <source>Fingerprint unlock isn&apos;t available. Use your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::SyncViewModel</name>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="66"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="71"/>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="73"/>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="81"/>
        <source>Syncing with the council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="84"/>
        <source>No signal — Safe Haven will try again when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="86"/>
        <source>No signal — 1 item will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="87"/>
        <source>No signal — %1 items will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="89"/>
        <source>Safe Haven could not finish syncing. It will try again later. If this keeps happening, tell your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="97"/>
        <source>Everything is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="98"/>
        <source>Sent %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::VisitsViewModel</name>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="98"/>
        <source>Day centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="100"/>
        <source>GP or hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="102"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="104"/>
        <source>Out and about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="106"/>
        <source>College or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="107"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="116"/>
        <source>Choose a day and a time from the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="132"/>
        <source>That could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="192"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/visitsviewmodel.cpp" line="194"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
