<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>civic::app::Application</name>
        <message>
            <source>sign-in failed: %1</source>
            <translation>sign-in failed: %1</translation>
        </message>
        <message>
            <source>no stored sign-in for this account: give --password-stdin</source>
            <translation>no stored sign-in for this account: give --password-stdin</translation>
        </message>
        <message>
            <source>Wrong username or password.</source>
            <translation>Wrong username or password.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins. Try again in 15 minutes.</source>
            <translation>Too many failed sign-ins. Try again in 15 minutes.</translation>
        </message>
        <message>
            <source>Cannot reach the server. Check the network and the server address.</source>
            <translation>Cannot reach the server. Check the network and the server address.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Please sign in again.</source>
            <translation>Your sign-in has expired. Please sign in again.</translation>
        </message>
        <message>
            <source>Your sign-in is no longer valid (signed out elsewhere or password changed). Please sign in again.</source>
            <translation>Your sign-in is no longer valid (signed out elsewhere or password changed). Please sign in again.</translation>
        </message>
        <message>
            <source>No system keychain is available: this sign-in will not be remembered and lasts until you close CivicDesk.</source>
            <translation>No system keychain is available: this sign-in will not be remembered and lasts until you close CivicDesk.</translation>
        </message>
        <message>
            <source>The sign-in could not be stored in the system keychain; it lasts until you close CivicDesk.</source>
            <translation>The sign-in could not be stored in the system keychain; it lasts until you close CivicDesk.</translation>
        </message>
        <message>
            <source>Sign-in failed.</source>
            <translation>Sign-in failed.</translation>
        </message>
        <message>
            <source>--server and --username are needed</source>
            <translation>--server and --username are needed</translation>
        </message>
        <message>
            <source>The local cache cannot be opened: %1</source>
            <translation>The local cache cannot be opened: %1</translation>
        </message>
        <message>
            <source>sync failed: %1</source>
            <translation>sync failed: %1</translation>
        </message>
        <message>
            <source>cannot write the screenshot to %1</source>
            <translation>cannot write the screenshot to %1</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>CivicDesk</translation>
        </message>
        <message>
            <source>the server refused the sign-in: %1</source>
            <translation>the server refused the sign-in: %1</translation>
        </message>
        <message>
            <source>You have signed out.</source>
            <translation>You have signed out.</translation>
        </message>
    </context>
    <context>
        <name>civic::item::OrgTreeModel</name>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n households</numerusform>
                <numerusform>%n households</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>civic::item::ProblemsModel</name>
        <message>
            <source>Register a complaint</source>
            <translation>Register a complaint</translation>
        </message>
        <message>
            <source>Reply to the resident</source>
            <translation>Reply to the resident</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
        <message>
            <source>Transfer to a department</source>
            <translation>Transfer to a department</translation>
        </message>
        <message>
            <source>Return to a lower unit</source>
            <translation>Return to a lower unit</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>Object to a transfer</source>
            <translation>Object to a transfer</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Record satisfaction</source>
            <translation>Record satisfaction</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Mark as service example</source>
            <translation>Mark as service example</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Merge duplicates</translation>
        </message>
        <message>
            <source>Urge</source>
            <translation>Urge</translation>
        </message>
        <message>
            <source>Save notice draft</source>
            <translation>Save notice draft</translation>
        </message>
        <message>
            <source>Submit notice for review</source>
            <translation>Submit notice for review</translation>
        </message>
        <message>
            <source>Approve notice</source>
            <translation>Approve notice</translation>
        </message>
        <message>
            <source>Reject notice</source>
            <translation>Reject notice</translation>
        </message>
        <message>
            <source>Publish notice</source>
            <translation>Publish notice</translation>
        </message>
        <message>
            <source>Withdraw notice</source>
            <translation>Withdraw notice</translation>
        </message>
        <message>
            <source>Import fan figures</source>
            <translation>Import fan figures</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>Someone else changed this record first; check it and try again.</source>
            <translation>Someone else changed this record first; check it and try again.</translation>
        </message>
        <message>
            <source>Your account may not do this here.</source>
            <translation>Your account may not do this here.</translation>
        </message>
        <message>
            <source>The record no longer exists or is no longer visible to you.</source>
            <translation>The record no longer exists or is no longer visible to you.</translation>
        </message>
        <message>
            <source>Some input was not accepted.</source>
            <translation>Some input was not accepted.</translation>
        </message>
        <message>
            <source>The server refused the change.</source>
            <translation>The server refused the change.</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Your text</source>
            <translation>Your text</translation>
        </message>
        <message>
            <source>Why it was refused</source>
            <translation>Why it was refused</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentPage</name>
        <message>
            <source>The district's quarterly assessment will appear here: every community's scores, the ranking, the award list and the circular.</source>
            <translation>The district's quarterly assessment will appear here: every community's scores, the ranking, the award list and the circular.</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Residents' problems from the WeChat suggestion box, photo reports, phone calls and walk-ins will be handled here: a reply within 24 hours, escalation one level at a time, transfer to functional departments, resolution and satisfaction follow-up.</source>
            <translation>Residents' problems from the WeChat suggestion box, photo reports, phone calls and walk-ins will be handled here: a reply within 24 hours, escalation one level at a time, transfer to functional departments, resolution and satisfaction follow-up.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::DashboardPage</name>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>No notifications. Reminders (催办), rejected notices and overdue reviews for your unit appear here.</source>
            <translation>No notifications. Reminders (催办), rejected notices and overdue reviews for your unit appear here.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Good morning, %1</source>
            <translation>Good morning, %1</translation>
        </message>
        <message>
            <source>Good afternoon, %1</source>
            <translation>Good afternoon, %1</translation>
        </message>
        <message>
            <source>Good evening, %1</source>
            <translation>Good evening, %1</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FansPage</name>
        <message>
            <source>Fan growth</source>
            <translation>Fan growth</translation>
        </message>
        <message>
            <source>Follower figures of the community official accounts will be charted here: cumulative fans, net growth by week, month and quarter, units side by side, and penetration of households.</source>
            <translation>Follower figures of the community official accounts will be charted here: cumulative fans, net growth by week, month and quarter, units side by side, and penetration of households.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::Labels</name>
        <message>
            <source>Community worker</source>
            <translation>Community worker</translation>
        </message>
        <message>
            <source>Community director</source>
            <translation>Community director</translation>
        </message>
        <message>
            <source>Street office</source>
            <translation>Street office</translation>
        </message>
        <message>
            <source>District office</source>
            <translation>District office</translation>
        </message>
        <message>
            <source>City office</source>
            <translation>City office</translation>
        </message>
        <message>
            <source>Functional department</source>
            <translation>Functional department</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>today %1</source>
            <translation>today %1</translation>
        </message>
        <message>
            <source>yesterday %1</source>
            <translation>yesterday %1</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>MMM d</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>civic::ui::LoginDialog</name>
        <message>
            <source>Sign in — CivicDesk</source>
            <translation>Sign in — CivicDesk</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>CivicDesk</translation>
        </message>
        <message>
            <source>Community platform administration</source>
            <translation>Community platform administration</translation>
        </message>
        <message>
            <source>your username</source>
            <translation>your username</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>Remember me on this computer</translation>
        </message>
        <message>
            <source>Keeps the sign-in (never the password) in the system keychain.</source>
            <translation>Keeps the sign-in (never the password) in the system keychain.</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Preset for this computer by the administrator</source>
            <translation>Preset for this computer by the administrator</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Enter the server address, like https://civicdesk.example.gov.cn</source>
            <translation>Enter the server address, like https://civicdesk.example.gov.cn</translation>
        </message>
        <message>
            <source>Enter your username.</source>
            <translation>Enter your username.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::MainWindow</name>
        <message>
            <source>CivicDesk — %1 %2</source>
            <translation>CivicDesk — %1 %2</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>CivicDesk</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticesPage</name>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Draft notices here, send them through the director's first review and the street's second review, and see everything published.</source>
            <translation>Draft notices here, send them through the director's first review and the street's second review, and see everything published.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::OrgTreePanel</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Search streets, communities…</source>
            <translation>Search streets, communities…</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::SettingsPage</name>
        <message>
            <source>preset for this computer by the administrator</source>
            <translation>preset for this computer by the administrator</translation>
        </message>
        <message>
            <source>given on the command line for this run</source>
            <translation>given on the command line for this run</translation>
        </message>
        <message>
            <source>your setting</source>
            <translation>your setting</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Signed in:</source>
            <translation>Signed in:</translation>
        </message>
        <message>
            <source>remembered on this computer (in the system keychain)</source>
            <translation>remembered on this computer (in the system keychain)</translation>
        </message>
        <message>
            <source>for this session only</source>
            <translation>for this session only</translation>
        </message>
        <message>
            <source>Also delete this account's local data (cache) from this computer</source>
            <translation>Also delete this account's local data (cache) from this computer</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Server address:</translation>
        </message>
        <message>
            <source>A new address takes effect the next time you sign in.</source>
            <translation>A new address takes effect the next time you sign in.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Display language:</source>
            <translation>Display language:</translation>
        </message>
        <message>
            <source>Restart CivicDesk to switch the language.</source>
            <translation>Restart CivicDesk to switch the language.</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Sync every:</source>
            <translation>Sync every:</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Sync now (F5)</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Local data</translation>
        </message>
        <message>
            <source>Cache file:</source>
            <translation>Cache file:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Size:</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licence:</translation>
        </message>
        <message>
            <source>GPL-3.0-or-later</source>
            <translation>GPL-3.0-or-later</translation>
        </message>
        <message>
            <source>Not saved: enter an address like https://civicdesk.example.gov.cn</source>
            <translation>Not saved: enter an address like https://civicdesk.example.gov.cn</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::SyncProblemsDialog</name>
        <message>
            <source>Sync problems</source>
            <translation>Sync problems</translation>
        </message>
        <message>
            <source>The server refused these changes. Your text is kept here until you retry it or discard it.</source>
            <translation>The server refused these changes. Your text is kept here until you retry it or discard it.</translation>
        </message>
        <message>
            <source>Select a change to see your text in full.</source>
            <translation>Select a change to see your text in full.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Copy my text</source>
            <translation>Copy my text</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::SyncStatusBar</name>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Sync now (F5)</source>
            <translation>Sync now (F5)</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Signed out by the server</source>
            <translation>Signed out by the server</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying in %n s</source>
            <translation>
                <numerusform>Offline — retrying in %n s</numerusform>
                <numerusform>Offline — retrying in %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n change waiting to be sent</numerusform>
                <numerusform>%n changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message>
            <source>All changes sent</source>
            <translation>All changes sent</translation>
        </message>
        <message numerus="yes">
            <source>%n sync problem(s)</source>
            <translation>
                <numerusform>%n sync problem</numerusform>
                <numerusform>%n sync problems</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Not connected yet</translation>
        </message>
    </context>
</TS>
