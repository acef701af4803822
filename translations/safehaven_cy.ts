<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AppOptions</name>
    <message>
        <source>Safe Haven keeps Shared Lives placement information safe on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the encrypted store in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page, report problems and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the main screens on demo data and save PNG screenshots in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone window size for --tour, in device-independent pixels (default 412x892). QT_SCALE_FACTOR sets the pixel density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet window size for --tour (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BiometricsDialog</name>
    <message>
        <source>Fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel switching on fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to switch on fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will still need your PIN after restarting, after too many tries, or if the fingerprints on this device change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinFlow</name>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel changing PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>Paperwork and devices at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records safe from visitors, family and burglars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock paperwork and devices away when you are not using them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot lock them away, keep them out of sight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phone, tablet and computer you use has a password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your passwords to yourself, even from family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep paperwork in a laptop bag, in case of burglary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with personal details on a windowsill or in view from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put no names or details in your calendar or meeting invites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelling by car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you set off with paperwork or devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take only the paperwork you need for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put documents and devices out of sight, in the boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the car every time you leave it, even for a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never leave documents or devices in the car overnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you get there, take everything in with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus, train and other public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records close and conversations private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep documents and devices in a closed bag that stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read paperwork or your screen where others can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not talk about the person you support where others can hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check you have everything before you get off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls and talking in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you call or talk about someone you support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a private place where you cannot be overheard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is nowhere private, wait and call later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think about who is near you and say only what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave no personal details in a voicemail: just ask for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share details only with the person they are meant for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell family only if you know they can act for the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the same care in cafés and shared rooms at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work area and screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you read documents or use a computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit where others cannot see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock your screen every time you step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put paperwork away when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records away from windows that people can see into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you post, share or message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post nothing that could identify the person without their say-so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Shared Lives officer before posting any photo of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your privacy settings before you post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the same professional distance online as in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use private ways to talk about anything personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to the council&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council sends confidential email encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reply to the council&apos;s encrypted email: never start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not forward it or add anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include only the details that are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use initials instead of names where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning paperwork at the end of a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records go back to the council: never in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather every paper record about the person, including notes and copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return them all to the Shared Lives team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not throw records away or shred them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your officer about anything kept on your phone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something is lost or sent to the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act at once: every minute counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your Shared Lives officer straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it in this app, even if you do not know everything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrace your steps and search where you have been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an email went to the wrong person, recall it or ask them to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone got information by mistake, ask them to return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was stolen, tell the police and keep the crime number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering safely with information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you see as a volunteer stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the information the council approved for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share nothing you learn about the person with anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your phone or tablet locked with a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no copies, photos or notes of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are unsure, ask the carer or your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short checklists for keeping information safe at home, in the car, on public transport and on the phone will show here, and Safe Haven will offer them at the moments they matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents your Shared Lives officer sends, such as All About Me or a risk management plan, will be kept here, encrypted. They can only be read inside Safe Haven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeScreen</name>
    <message>
        <source>Type your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Shared Lives officer gave you a code, separately from the file. It has 12 letters and numbers, like ABCD-EFGH-JKMN. Capitals, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to choosing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentConfirmScreen</name>
    <message>
        <source>Is this right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these details. If anything is wrong, do not go on: call your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentFileScreen</name>
    <message>
        <source>Set up Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Shared Lives officer sent you an enrolment file by email or on a memory stick. Choose it here. Next, you will type the code they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the enrolment file is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the enrolment file is saved (for example, in Downloads)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Your information was erased to keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wrong PIN was entered too many times, so Safe Haven erased everything it held on this device. Nobody can read it now.

Nothing is lost for good: the council keeps the originals. Contact your Shared Lives officer: they will set this device up for you again.

If you think someone tried to get into your device, tell your officer straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeShell</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes Safe Haven until your PIN is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Safe Haven is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message>
        <source>1 number entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>Use at least %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use no more than %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use the same number over and over. Try a mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in order, like 123456, are easy to guess. Try a mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is one of the most common. Choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupScreen</name>
    <message>
        <source>Type your PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes sure you typed what you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN keeps the information on this device safe. Use at least 6 numbers. Avoid birthdays and easy patterns like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Lost something, or sent it to the wrong person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your Shared Lives officer straight away, by phone if you can. Do this even if you are not sure, and even if it was paper.

The council has 24 hours to act, and may have to tell the Information Commissioner&apos;s Office within 72 hours of finding out.

Once your officer has connected this device, you will be able to send a report from here, even with no signal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Lock automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven also locks as soon as you switch to another app or put the device away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven %1. Everything it holds is encrypted on this device and opens only with your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Safe Haven with your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRequiredScreen</name>
    <message>
        <source>Safe Haven needs to reach the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven has not reached the council for too long, so your records are closed until it does. Connect to Wi-Fi or mobile data, then tap Sync now. If it still cannot connect, call your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <source>Sync with the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>No visits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your visits for today and this week will show here once your Shared Lives officer has connected this device. Visits only ever show initials and times, never names or addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <source>Safe Haven can&apos;t open right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information is still safe and encrypted. If this keeps happening, contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Initials only: 1 to 4 letters, A to Z, no names or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts from 5 minutes to 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind of place from the list, not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::EnrolmentViewModel</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Lives carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrolment file your Shared Lives officer sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven cannot open that file. Check where it was saved and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code your Shared Lives officer gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::LockMachine</name>
    <message>
        <source>Safe Haven cannot use its storage on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Safe Haven data was erased to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Safe Haven first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs are different. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information on this device could not be opened. Please contact your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven can&apos;t reach this device&apos;s secure key storage, so it has stayed locked. Restart the device, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::SessionViewModel</name>
    <message>
        <source>That PIN is not right. One more wrong PIN and the information on this device will be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. %1 more wrong PINs and the information on this device will be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints on this device have changed, so fingerprint unlock is off. Use your PIN. You can switch it on again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint unlock isn&apos;t available. Use your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safehaven::SyncViewModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal — Safe Haven will try again when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal — 1 item will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal — %1 items will be sent when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe Haven could not finish syncing. It will try again later. If this keeps happening, tell your Shared Lives officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
