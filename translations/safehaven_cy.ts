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
    <name>BreachReportScreen</name>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="22"/>
        <source>Add to your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="22"/>
        <source>Report a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="46"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="52"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="57"/>
        <source>Back to Report (your report is kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="75"/>
        <source>1. Call your Shared Lives officer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="86"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="87"/>
        <source>Call your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="99"/>
        <source>What else do you know now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="100"/>
        <source>2. What happened? One sentence is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="112"/>
        <source>What happened, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="117"/>
        <location filename="../qml/BreachReportScreen.qml" line="351"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="119"/>
        <source>Send now. It waits safely on this device if there is no signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="138"/>
        <source>Nothing else is needed to send. You can add the details below now, or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="146"/>
        <source>What kind of thing happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="171"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="196"/>
        <source>Hide the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="196"/>
        <source>Add details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="202"/>
        <source>When did you find out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="210"/>
        <source>When you found out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="213"/>
        <source>When did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="217"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="221"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="224"/>
        <source>What information was it? (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="233"/>
        <source>What information it was, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="236"/>
        <source>What form was it in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="255"/>
        <source>Was it encrypted or password protected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="265"/>
        <source>Was it encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="268"/>
        <source>Whose records? (initials only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="277"/>
        <source>Initials of the people whose records they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="280"/>
        <source>How many records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="289"/>
        <source>How many records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="292"/>
        <source>How sensitive was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="302"/>
        <source>How sensitive it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="305"/>
        <source>Is anyone in danger right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="315"/>
        <source>Is anyone in immediate danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="318"/>
        <source>What could happen to the people it is about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="324"/>
        <source>Risks to the people it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="327"/>
        <source>What have you done about it already?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="333"/>
        <source>Steps you have already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="336"/>
        <source>Police crime number (if it was stolen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="345"/>
        <source>Police crime number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachReportScreen.qml" line="353"/>
        <source>Send now, with these details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachStatusScreen</name>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="31"/>
        <source>Your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="37"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="42"/>
        <source>Back to Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="51"/>
        <source>The council has your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="52"/>
        <source>Your report has been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="53"/>
        <source>Your report is saved and will send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="100"/>
        <source>Both clocks run from when you found out. The council uses them to act in time; you do not have to do anything more for the ICO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="107"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="108"/>
        <source>Call your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="113"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="138"/>
        <source>Added since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="161"/>
        <source>Add more details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="162"/>
        <source>Add more details to this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/BreachStatusScreen.qml" line="170"/>
        <source>Done</source>
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
    <name>ConcernScreen</name>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="18"/>
        <source>I can&apos;t keep this confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="24"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="29"/>
        <source>Back to Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="46"/>
        <source>Some things must be passed on, even when the person asks you not to. Which is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="65"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="91"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="92"/>
        <source>Call your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="98"/>
        <source>What is the concern? One or two sentences, only what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="108"/>
        <source>The concern, in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="112"/>
        <source>Is anyone in danger right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="121"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="127"/>
        <source>Is anyone in immediate danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="133"/>
        <source>Send to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="154"/>
        <source>Your concern is saved and goes to the council as soon as there is signal. Your officer will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ConcernScreen.qml" line="165"/>
        <source>Done</source>
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
        <location filename="../qml/DocumentLibraryView.qml" line="74"/>
        <source>About each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="75"/>
        <source>About the people you support: permission to share, paper records and what we hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="79"/>
        <location filename="../qml/DocumentLibraryView.qml" line="92"/>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="93"/>
        <source>Type initials or a kind of document, such as risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="102"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="103"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="104"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="119"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="130"/>
        <source>1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="130"/>
        <source>%1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="131"/>
        <source>%1 of %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="151"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="162"/>
        <source>Documents about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="178"/>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="179"/>
        <source>Documents your Shared Lives officer sends, such as All About Me or a risk management plan, will be kept here, encrypted. They can only be read inside Safe Haven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="188"/>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DocumentLibraryView.qml" line="189"/>
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
        <location filename="../core/evidence/paperregister.cpp" line="45"/>
        <source>Keep it short: at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="47"/>
        <source>This looks like a name or a number. Use initials and your own short words, such as &quot;AM&apos;s care plan folder&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="101"/>
        <source>Initials only: 1 to 4 letters, A to Z, no names or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="104"/>
        <source>Say what it is, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="109"/>
        <source>Say where you keep it, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="169"/>
        <source>The day it went back cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="184"/>
        <source>That item is marked returned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/evidence/paperregister.cpp" line="259"/>
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
        <location filename="../qml/HomeShell.qml" line="27"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="28"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="29"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="30"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="93"/>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="103"/>
        <location filename="../qml/HomeShell.qml" line="104"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="105"/>
        <source>Closes Safe Haven until your PIN is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HomeShell.qml" line="123"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../qml/LockScreen.qml" line="15"/>
        <source>Safe Haven is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="16"/>
        <source>Enter your PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="17"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="22"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="24"/>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="30"/>
        <source>Use fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="33"/>
        <source>Lost something?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LockScreen.qml" line="34"/>
        <source>Lost something? Report it without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostSomethingScreen</name>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="17"/>
        <source>Lost something?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="23"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="28"/>
        <location filename="../qml/LostSomethingScreen.qml" line="147"/>
        <source>Back to the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="45"/>
        <source>1. Call your Shared Lives officer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="56"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="56"/>
        <source>Call your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="69"/>
        <source>This device is not connected to a council yet, so it cannot keep a report. Please phone your officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="76"/>
        <source>2. What happened? One sentence is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="89"/>
        <source>What happened, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="93"/>
        <source>When did you find out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="106"/>
        <source>When you found out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="112"/>
        <source>Send when I unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="113"/>
        <source>Keep this for the council and send it when I next unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LostSomethingScreen.qml" line="136"/>
        <source>Locked away for the council: only they can read it, not even this phone. It is sent when you next unlock Safe Haven. If you cannot unlock, tell your officer on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="31"/>
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
    <name>PeopleRecordsScreen</name>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="15"/>
        <source>About the people you support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="21"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="26"/>
        <source>Back to your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="44"/>
        <source>Permission to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="46"/>
        <source>Who each person has said their information can be shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="51"/>
        <source>Paper records you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="57"/>
        <source>What we hold about someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PeopleRecordsScreen.qml" line="59"/>
        <source>A plain list to go through with the person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionToShareScreen</name>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="14"/>
        <location filename="../qml/PermissionToShareScreen.qml" line="34"/>
        <source>Permission to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="21"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="26"/>
        <source>Back to documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="44"/>
        <source>Who each person has said their information can be shared with. If someone tells you they have changed their mind, record it here straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="45"/>
        <source>Who each person has said their information can be shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="53"/>
        <source>No permission to share has come from the council yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="104"/>
        <source>Covers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="105"/>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="106"/>
        <source>Review due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="107"/>
        <source>Deciding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="123"/>
        <source>Record a withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="124"/>
        <source>Record that %1 has withdrawn permission to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="129"/>
        <source>Record that %1 has withdrawn their permission? It takes effect on this device now, and your officer is told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="137"/>
        <source>Yes, record the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="142"/>
        <location filename="../qml/PermissionToShareScreen.qml" line="193"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="143"/>
        <source>Cancel, keep the permission as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="150"/>
        <source>Record a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="151"/>
        <source>Record a change to who %1&apos;s information can be shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="176"/>
        <source>Can share with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="188"/>
        <source>Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PermissionToShareScreen.qml" line="194"/>
        <source>Cancel the change</source>
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
        <location filename="../qml/ReportPage.qml" line="21"/>
        <source>Something gone wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="33"/>
        <source>Report a breach
Lost, stolen, sent to the wrong person, overheard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="35"/>
        <source>Report a breach: lost, stolen, sent to the wrong person, or overheard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="45"/>
        <source>I can&apos;t keep this confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="46"/>
        <source>I can&apos;t keep this confidential: someone is at risk, or told me something I must pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="53"/>
        <source>Someone asked me for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="55"/>
        <source>What to do, and a record of whether you shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="61"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="62"/>
        <source>Call your Shared Lives officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="69"/>
        <source>Your breach reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="83"/>
        <source>(nothing written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="94"/>
        <source>Concerns sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="100"/>
        <source>The council aims to act within 24 hours, and may have to tell the Information Commissioner&apos;s Office within 72 hours of finding out. Report even if you are not sure, and even if it was paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="42"/>
        <source>Council: %1 h overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="44"/>
        <source>Council: %1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="50"/>
        <source>ICO: %1 h overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="52"/>
        <source>ICO: %1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="58"/>
        <source>Call your Shared Lives officer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="60"/>
        <source>Try to recall the email, if your email lets you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="62"/>
        <source>Ask the person who got it to delete it, and to tell you when they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="65"/>
        <source>Do not forward it or reply to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="67"/>
        <source>Contact the person who got it and ask for it back, unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="69"/>
        <source>Ask them not to copy it or pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="71"/>
        <source>Retrace your steps: go back to where you have been, if it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="74"/>
        <source>Ask the places you were (shop, bus company, venue) if it was handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="78"/>
        <source>Report it to the police and write down the crime number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="80"/>
        <source>If a phone or tablet was taken, tell your officer so it can be wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="84"/>
        <source>Stop the conversation and move somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="86"/>
        <source>Note who may have heard, and what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="88"/>
        <source>Stop it going any further if you safely can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="91"/>
        <source>Write one sentence about what happened and send it. You can add details later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="102"/>
        <source>If anyone is in danger right now, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="105"/>
        <source>If a crime is happening now or someone is in danger, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="108"/>
        <source>If the person is in danger now, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="109"/>
        <source>Listen, stay calm, do not promise to keep it secret, and do not ask leading questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="114"/>
        <source>Follow the doctor&apos;s or health team&apos;s advice about keeping others safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="117"/>
        <source>Make sure the person is safe now, and tell them who you will speak to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="119"/>
        <source>Call your Shared Lives officer now: they will advise, with their management team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="123"/>
        <source>Tell the person, if it is safe, that you cannot keep this to yourself and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/breachclock.cpp" line="126"/>
        <source>Send a short note of the concern below. Share only what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/lockedreports.cpp" line="133"/>
        <source>Write one sentence about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/lockedreports.cpp" line="136"/>
        <source>Keep it to a few sentences.</source>
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
    <name>ShareDecisionScreen</name>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="15"/>
        <location filename="../qml/ShareDecisionScreen.qml" line="39"/>
        <source>Someone asked me for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="26"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="31"/>
        <source>Back to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="49"/>
        <source>Check who they are and why they are asking. If they phoned, call them back on a number you found yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="50"/>
        <source>You do not have to answer on the spot. It is fine to say you need to check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="51"/>
        <source>Talk to your Shared Lives officer before you share, unless someone is in danger now. Requests from the police go to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="52"/>
        <source>If you do share, share only what is needed for the reason they gave, and nothing they did not ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="53"/>
        <source>Write down what you decided, even if you did not share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="69"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="70"/>
        <source>Call your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="76"/>
        <source>Record what you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="88"/>
        <source>Sent to your officer. It goes at the next sync if there is no signal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="99"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="106"/>
        <source>Whose information?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="116"/>
        <source>Whose information was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="118"/>
        <source>Who asked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="128"/>
        <source>Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="130"/>
        <source>Their name or organisation (if you know it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="138"/>
        <source>Their name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="140"/>
        <source>What did they ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="148"/>
        <source>What they asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="150"/>
        <source>What did you decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="184"/>
        <source>Why not? (if you want to say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="184"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="192"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="207"/>
        <source>Send the record to your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ShareDecisionScreen.qml" line="222"/>
        <source>Choose whose information it was and what you decided.</source>
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
        <location filename="../qml/TodayPage.qml" line="52"/>
        <source>Update Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="61"/>
        <source>Your council needs a newer version before documents can be opened. Update Safe Haven from your app store. You can still report a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="76"/>
        <source>Permission to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="100"/>
        <source>See permission to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="106"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="117"/>
        <source>No visits this week. Add one to get a reminder and a quick check before you travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="149"/>
        <source>%1  %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="154"/>
        <source>%1 at %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="157"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="161"/>
        <source>Remove the visit at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="169"/>
        <source>Add a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="174"/>
        <source>Quick checks before you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="185"/>
        <source>…drive to a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="186"/>
        <source>…take a bus or train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="187"/>
        <source>…make a call in a public place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="188"/>
        <source>…post on social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="194"/>
        <source>Quick check before you %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="201"/>
        <source>Lost something, or sent it to the wrong person? Report it</source>
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
    <name>safehaven::ConsentViewModel</name>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="29"/>
        <source>Can decide for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="31"/>
        <source>Cannot decide: a best-interests decision was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="32"/>
        <source>Can decide at some times but not others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="39"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/consentviewmodel.cpp" line="41"/>
        <source>Review due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="43"/>
        <source>Review overdue: do not share on the basis of this permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="45"/>
        <source>Withdrawn: do not share on the basis of this permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="49"/>
        <source>Not in place yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="64"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="66"/>
        <source>Health professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="68"/>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="70"/>
        <source>Other organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="72"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="74"/>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="75"/>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="81"/>
        <source>The police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="83"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="109"/>
        <source>I shared: they gave permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="111"/>
        <source>I shared: the law or a court order says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="113"/>
        <source>I shared: to protect someone from harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="115"/>
        <source>I did not share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="128"/>
        <source>The withdrawal could not be recorded. Please try again, or call your officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="144"/>
        <source>There is no permission to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="151"/>
        <source>The change could not be recorded. Please try again, or call your officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="164"/>
        <source>Safe Haven is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="170"/>
        <source>That cannot be checked just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="195"/>
        <source>That could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="250"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="265"/>
        <source>%1: the review of their permission to share is overdue. Ask your officer to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consentviewmodel.cpp" line="268"/>
        <source>%1: their permission to share is due for review on %2.</source>
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
        <location filename="../app/enrolmentviewmodel.cpp" line="45"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="46"/>
        <source>Shared Lives carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="55"/>
        <source>Choose the enrolment file your Shared Lives officer sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="60"/>
        <source>Safe Haven cannot open that file. Check where it was saved and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/enrolmentviewmodel.cpp" line="80"/>
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
        <location filename="../core/lock/lockmachine.cpp" line="53"/>
        <source>Safe Haven cannot use its storage on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="73"/>
        <location filename="../core/lock/lockmachine.cpp" line="412"/>
        <source>Your Safe Haven data was erased to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="82"/>
        <source>A PIN is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="86"/>
        <source>The two PINs are different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="160"/>
        <location filename="../core/lock/lockmachine.cpp" line="170"/>
        <source>Safe Haven is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="111"/>
        <location filename="../core/lock/lockmachine.cpp" line="172"/>
        <location filename="../core/lock/lockmachine.cpp" line="237"/>
        <source>Too many wrong PINs. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="186"/>
        <location filename="../core/lock/lockmachine.cpp" line="235"/>
        <source>Unlock Safe Haven first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="241"/>
        <source>The two new PINs are different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="356"/>
        <source>The records on this phone are damaged, so Safe Haven can&apos;t open them. Nothing has been deleted. Please contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="361"/>
        <source>Your phone is out of space, so Safe Haven can&apos;t open. Free up some space on the phone, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="363"/>
        <source>The information on this device could not be opened. Please contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/lockmachine.cpp" line="421"/>
        <source>Safe Haven can&apos;t reach this device&apos;s secure key storage, so it has stayed locked. Restart the device, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lock/keyfile.cpp" line="46"/>
        <source>Safe Haven&apos;s key on this device is damaged, so it can&apos;t check your PIN. Your PIN was not counted and nothing has been deleted. Please contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::LockReportViewModel</name>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="25"/>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="25"/>
        <source>About an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="25"/>
        <source>A few hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="25"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="26"/>
        <source>Longer ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="43"/>
        <source>This device has no officer&apos;s number yet. It comes with enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lockreportviewmodel.cpp" line="56"/>
        <source>This device is not connected to a council yet. Call your officer.</source>
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
    <name>safehaven::ReportsViewModel</name>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="49"/>
        <source>I emailed it to the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="50"/>
        <source>I posted or gave it to the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="51"/>
        <source>I lost it or left it somewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="51"/>
        <source>It was stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="52"/>
        <source>Someone overheard or saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="52"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="57"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="57"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="57"/>
        <source>Phone, tablet or laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="58"/>
        <source>Spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="58"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="63"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="63"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="63"/>
        <location filename="../app/reportsviewmodel.cpp" line="70"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="69"/>
        <source>Very sensitive (health, care, money, safety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="69"/>
        <source>Somewhat sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="70"/>
        <source>Not very sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="75"/>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="75"/>
        <source>About an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="75"/>
        <source>A few hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="75"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="76"/>
        <source>Longer ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="83"/>
        <source>They are at risk or in danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="84"/>
        <source>They told me about abuse (for example physical or financial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="85"/>
        <source>They told me they have broken the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="85"/>
        <source>They are threatening to harm themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="86"/>
        <source>They are threatening to harm someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="86"/>
        <source>They are being bullied or harassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="87"/>
        <source>They have an infection that puts their or others&apos; health at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="94"/>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="96"/>
        <source>Waiting to send: it goes as soon as there is signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="98"/>
        <source>Sent to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="100"/>
        <source>Received by the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="122"/>
        <source>Reported from the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="294"/>
        <source>How many records: a number, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="329"/>
        <source>The council has closed the way reports are sent, so this one has not gone. Your report is kept here: call your officer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="332"/>
        <source>This device is not connected to the council yet. Call your officer instead: your report is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="383"/>
        <source>The council has closed the way concerns are sent, so this one has not gone. Call your officer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportsviewmodel.cpp" line="386"/>
        <source>This device is not connected to the council yet. Call your officer instead.</source>
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
        <location filename="../app/syncviewmodel.cpp" line="67"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="72"/>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="74"/>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="82"/>
        <source>Syncing with the council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="85"/>
        <source>No signal — Safe Haven will try again when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="87"/>
        <source>No signal — 1 item will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="88"/>
        <source>No signal — %1 items will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="91"/>
        <source>Your phone is out of space, so Safe Haven could not finish syncing. Nothing you already had has been lost. Free up some space on the phone; Safe Haven will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="94"/>
        <source>Safe Haven could not finish syncing. It will try again later. If this keeps happening, tell your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="102"/>
        <source>Everything is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/syncviewmodel.cpp" line="103"/>
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
