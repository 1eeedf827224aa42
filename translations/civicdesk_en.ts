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
        <name>civic::item::AssessmentTableModel</name>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>Net growth</translation>
        </message>
        <message>
            <source>A Fans</source>
            <translation>A Fans</translation>
        </message>
        <message>
            <source>B1 Notices</source>
            <translation>B1 Notices</translation>
        </message>
        <message>
            <source>B2 Quality</source>
            <translation>B2 Quality</translation>
        </message>
        <message>
            <source>B3 Complaints</source>
            <translation>B3 Complaints</translation>
        </message>
        <message>
            <source>C Reporting</source>
            <translation>C Reporting</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Innovation</source>
            <translation>Innovation</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>News leads</source>
            <translation>News leads</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Award (¥)</source>
            <translation>Award (¥)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>civic::item::AssessmentText</name>
        <message>
            <source>The cached inputs cannot be scored: %1</source>
            <translation>The cached inputs cannot be scored: %1</translation>
        </message>
        <message>
            <source>This account's cache holds the inputs of its own units only, not those of the district's other communities, so A and B1, which compare the communities, the total and the rank are not computed here.</source>
            <translation>This account's cache holds the inputs of its own units only, not those of the district's other communities, so A and B1, which compare the communities, the total and the rank are not computed here.</translation>
        </message>
        <message>
            <source>This account's cache holds no inputs (fans, notices, complaints, tasks, claims) of the district's other %1 communities, so A and B1, which compare the communities, the total and the rank are not computed here.</source>
            <translation>This account's cache holds no inputs (fans, notices, complaints, tasks, claims) of the district's other %1 communities, so A and B1, which compare the communities, the total and the rank are not computed here.</translation>
        </message>
        <message>
            <source>No fan figures are in the cache for %1: their net growth counts as 0.</source>
            <translation>No fan figures are in the cache for %1: their net growth counts as 0.</translation>
        </message>
        <message>
            <source>%1 more news lead(s) adopted by district media: +%2</source>
            <translation>%1 more news lead(s) adopted by district media: +%2</translation>
        </message>
        <message>
            <source>%1 more news lead(s) adopted by city media: +%2</source>
            <translation>%1 more news lead(s) adopted by city media: +%2</translation>
        </message>
        <message>
            <source>%1 more approved innovation or typical case: +%2</source>
            <translation>%1 more approved innovation or typical case: +%2</translation>
        </message>
        <message>
            <source>%1 approved publicity event: +%2</source>
            <translation>%1 approved publicity event: +%2</translation>
        </message>
        <message>
            <source>%1 more service example (resolved, satisfied, with the reply): +%2</source>
            <translation>%1 more service example (resolved, satisfied, with the reply): +%2</translation>
        </message>
        <message>
            <source>%1 more notice(s) published: +%2</source>
            <translation>%1 more notice(s) published: +%2</translation>
        </message>
        <message>
            <source>%1 more followers of net growth: +%2</source>
            <translation>%1 more followers of net growth: +%2</translation>
        </message>
        <message>
            <source>Submit the %1 report(s) not yet due before their deadlines: +%2</source>
            <translation>Submit the %1 report(s) not yet due before their deadlines: +%2</translation>
        </message>
        <message>
            <source>Rank %1: by total, then A, then net growth, then code.</source>
            <translation>Rank %1: by total, then A, then net growth, then code.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Net growth: followers %1 at the end of the quarter − %2 before it = %3.</source>
            <translation>Net growth: followers %1 at the end of the quarter − %2 before it = %3.</translation>
        </message>
        <message>
            <source>net growth %1 (followers %2 → %3)</source>
            <translation>net growth %1 (followers %2 → %3)</translation>
        </message>
        <message>
            <source>A: %1 ÷ the district's positive growth %2 = share %3; tier 1 (top %4 by net growth), place %5 of %6: %7 × %3 ÷ the leader's share %8 = %9.</source>
            <translation>A: %1 ÷ the district's positive growth %2 = share %3; tier 1 (top %4 by net growth), place %5 of %6: %7 × %3 ÷ the leader's share %8 = %9.</translation>
        </message>
        <message>
            <source>households unknown</source>
            <translation>households unknown</translation>
        </message>
        <message>
            <source>%1 households</source>
            <translation>%1 households</translation>
        </message>
        <message>
            <source>A: %1, %2, ratio %3; tier 2 (beyond the top %4), place %5 of %6: the lowest tier-1 score %7 × (%6 − %5 + 1) ÷ (%6 + 1) = %8.</source>
            <translation>A: %1, %2, ratio %3; tier 2 (beyond the top %4), place %5 of %6: the lowest tier-1 score %7 × (%6 − %5 + 1) ÷ (%6 + 1) = %8.</translation>
        </message>
        <message>
            <source>A: %1 is not positive → 0.</source>
            <translation>A: %1 is not positive → 0.</translation>
        </message>
        <message>
            <source>B1: no community of the district published a notice in the quarter → 0.</source>
            <translation>B1: no community of the district published a notice in the quarter → 0.</translation>
        </message>
        <message>
            <source>B1: %1 notices published; the most in the district %2: %3 × %1 ÷ %2 = %4.</source>
            <translation>B1: %1 notices published; the most in the district %2: %3 × %1 ÷ %2 = %4.</translation>
        </message>
        <message>
            <source>B2: no reviewer rated its notices of the quarter → 0.</source>
            <translation>B2: no reviewer rated its notices of the quarter → 0.</translation>
        </message>
        <message>
            <source>B2: %1 quality ratings summing to %2, mean %3: %4 × (%3 − 1) ÷ 4 = %5.</source>
            <translation>B2: %1 quality ratings summing to %2, mean %3: %4 × (%3 − 1) ÷ 4 = %5.</translation>
        </message>
        <message>
            <source>B3: %1 complaints submitted. First reply within %2 h: %3 (s1 = %4); resolved before the quarter's end: %5 (s2 = %6); of %7 rated, %8 satisfied and %9 basically satisfied (s3 = %10). %11·s1 + %12·s2 + %13·s3 = %14.</source>
            <translation>B3: %1 complaints submitted. First reply within %2 h: %3 (s1 = %4); resolved before the quarter's end: %5 (s2 = %6); of %7 rated, %8 satisfied and %9 basically satisfied (s3 = %10). %11·s1 + %12·s2 + %13·s3 = %14.</translation>
        </message>
        <message>
            <source>C: %1 reporting tasks due, %2 missed or late: %3 − %4 × %2 = %5.</source>
            <translation>C: %1 reporting tasks due, %2 missed or late: %3 − %4 × %2 = %5.</translation>
        </message>
        <message>
            <source>Publicity event: %1 approved → %2.</source>
            <translation>Publicity event: %1 approved → %2.</translation>
        </message>
        <message>
            <source>Innovation: %1 approved × %2 (at most %3) = %4.</source>
            <translation>Innovation: %1 approved × %2 (at most %3) = %4.</translation>
        </message>
        <message>
            <source>Service examples: %1 resolved in the quarter, satisfied, with nickname, content, resolution and reply × %2 (at most %3) = %4.</source>
            <translation>Service examples: %1 resolved in the quarter, satisfied, with nickname, content, resolution and reply × %2 (at most %3) = %4.</translation>
        </message>
        <message>
            <source>News leads: %1 approved (%2 adopted by city media × %3, %4 by district media × %5) = %6 points; counted with at least %7 leads, at most %8 → %9.</source>
            <translation>News leads: %1 approved (%2 adopted by city media × %3, %4 by district media × %5) = %6 points; counted with at least %7 leads, at most %8 → %9.</translation>
        </message>
        <message>
            <source>Total: the sum of the rounded components %1 = %2.</source>
            <translation>Total: the sum of the rounded components %1 = %2.</translation>
        </message>
        <message>
            <source>Eligible for an award: net growth %1 ≥ %2.</source>
            <translation>Eligible for an award: net growth %1 ≥ %2.</translation>
        </message>
        <message>
            <source>Not eligible for an award: net growth %1 &lt; %2.</source>
            <translation>Not eligible for an award: net growth %1 &lt; %2.</translation>
        </message>
        <message>
            <source>No award: not eligible, takes no award slot.</source>
            <translation>No award: not eligible, takes no award slot.</translation>
        </message>
        <message>
            <source>Award ¥%1: an award slot in ranking order among the eligible communities.</source>
            <translation>Award ¥%1: an award slot in ranking order among the eligible communities.</translation>
        </message>
        <message>
            <source>No award: the award slots went to eligible communities ranked higher.</source>
            <translation>No award: the award slots went to eligible communities ranked higher.</translation>
        </message>
    </context>
    <context>
        <name>civic::item::ClaimListModel</name>
        <message>
            <source>Publicity event</source>
            <translation>Publicity event</translation>
        </message>
        <message>
            <source>Innovation or typical case</source>
            <translation>Innovation or typical case</translation>
        </message>
        <message>
            <source>News lead</source>
            <translation>News lead</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>District media</source>
            <translation>District media</translation>
        </message>
        <message>
            <source>City media</source>
            <translation>City media</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Adopted by</source>
            <translation>Adopted by</translation>
        </message>
        <message>
            <source>Review comment</source>
            <translation>Review comment</translation>
        </message>
    </context>
    <context>
        <name>civic::item::ComplaintLabels</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>WeChat suggestion box</source>
            <translation>WeChat suggestion box</translation>
        </message>
        <message>
            <source>Photo report</source>
            <translation>Photo report</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Grid discovery</source>
            <translation>Grid discovery</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation>Basically satisfied</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <source>Complaint received</source>
            <translation>Complaint received</translation>
        </message>
        <message>
            <source>Replied to the resident</source>
            <translation>Replied to the resident</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Reassigned down</source>
            <translation>Reassigned down</translation>
        </message>
        <message>
            <source>Taken over</source>
            <translation>Taken over</translation>
        </message>
        <message>
            <source>Sent back by the department</source>
            <translation>Sent back by the department</translation>
        </message>
        <message>
            <source>Satisfaction recorded</source>
            <translation>Satisfaction recorded</translation>
        </message>
        <message>
            <source>Marked as a service example</source>
            <translation>Marked as a service example</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Urged</source>
            <translation>Urged</translation>
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
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Answered in time</source>
            <translation>Answered in time</translation>
        </message>
        <message>
            <source>Answered late</source>
            <translation>Answered late</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>Overdue by %1</source>
            <translation>Overdue by %1</translation>
        </message>
    </context>
    <context>
        <name>civic::item::ComplaintListModel</name>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Reply due %1</source>
            <translation>Reply due %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Reply deadline</source>
            <translation>Reply deadline</translation>
        </message>
        <message>
            <source>Handled at</source>
            <translation>Handled at</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
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
        <message>
            <source>This change names a resident whose details this computer can no longer read (their key was not kept in a system keychain). Enter it again.</source>
            <translation>This change names a resident whose details this computer can no longer read (their key was not kept in a system keychain). Enter it again.</translation>
        </message>
    </context>
    <context>
        <name>civic::item::SubmissionListModel</name>
        <message>
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentDashboardSection</name>
        <message>
            <source>Quarterly assessment</source>
            <translation>Quarterly assessment</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>%1, provisional: No. %2 of %3 communities, total %4</source>
            <translation>%1, provisional: No. %2 of %3 communities, total %4</translation>
        </message>
        <message>
            <source>%1, provisional: the rank and total show once the district publishes the quarter.</source>
            <translation>%1, provisional: the rank and total show once the district publishes the quarter.</translation>
        </message>
        <message>
            <source>To raise the score: %1</source>
            <translation>To raise the score: %1</translation>
        </message>
        <message>
            <source>%1: No. %2 of %3 communities, total %4</source>
            <translation>%1: No. %2 of %3 communities, total %4</translation>
        </message>
        <message>
            <source>%1 is not published yet.</source>
            <translation>%1 is not published yet.</translation>
        </message>
        <message>
            <source>%1, provisional: not enough data in this client to rank the communities yet.</source>
            <translation>%1, provisional: not enough data in this client to rank the communities yet.</translation>
        </message>
        <message>
            <source>%1, provisional leaders: %2</source>
            <translation>%1, provisional leaders: %2</translation>
        </message>
        <message>
            <source>%1 is published.</source>
            <translation>%1 is published.</translation>
        </message>
        <message>
            <source>%1 is published; best community: %2</source>
            <translation>%1 is published; best community: %2</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentExports</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Rule set %1 · published %2 · issued %3</source>
            <translation>Rule set %1 · published %2 · issued %3</translation>
        </message>
        <message>
            <source>Provisional: not yet published, computed from the data as of %1 · rule set %2</source>
            <translation>Provisional: not yet published, computed from the data as of %1 · rule set %2</translation>
        </message>
        <message>
            <source>Best community of the quarter: none (no community reached the net growth an award needs).</source>
            <translation>Best community of the quarter: none (no community reached the net growth an award needs).</translation>
        </message>
        <message>
            <source>Best community of the quarter: %1.</source>
            <translation>Best community of the quarter: %1.</translation>
        </message>
        <message>
            <source>first</source>
            <translation>first</translation>
        </message>
        <message>
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <source>third</source>
            <translation>third</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>fourth</translation>
        </message>
        <message>
            <source>the %2 quarter of %1</source>
            <translation>the %2 quarter of %1</translation>
        </message>
        <message>
            <source>%1 community WeChat account assessment: %2</source>
            <translation>%1 community WeChat account assessment: %2</translation>
        </message>
        <message>
            <source>No. %1 %2: ¥%3</source>
            <translation>No. %1 %2: ¥%3</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Award (¥)</source>
            <translation>Award (¥)</translation>
        </message>
        <message>
            <source>%1 communities were assessed under the district's rules (A net fan growth, B1 notices, B2 review quality, B3 complaint handling, C on-time reporting, and the bonus items). The ranking:</source>
            <translation>%1 communities were assessed under the district's rules (A net fan growth, B1 notices, B2 review quality, B3 complaint handling, C on-time reporting, and the bonus items). The ranking:</translation>
        </message>
        <message>
            <source>No community qualified for an award.</source>
            <translation>No community qualified for an award.</translation>
        </message>
        <message>
            <source>Scores are rounded to two decimals; the total is the sum of the rounded components. Communities with a net fan growth of at least the rule set's minimum are eligible for the awards, in ranking order.</source>
            <translation>Scores are rounded to two decimals; the total is the sum of the rounded components. Communities with a net fan growth of at least the rule set's minimum are eligible for the awards, in ranking order.</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>The PDF could not be written to %1.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::AssessmentPage</name>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Quarter:</translation>
        </message>
        <message>
            <source>%1 (current)</source>
            <translation>%1 (current)</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>Publish…</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Click a cell to see how it was computed from its inputs.</source>
            <translation>Click a cell to see how it was computed from its inputs.</translation>
        </message>
        <message>
            <source>What would raise the score</source>
            <translation>What would raise the score</translation>
        </message>
        <message>
            <source>Bonus claims</source>
            <translation>Bonus claims</translation>
        </message>
        <message>
            <source>New claim…</source>
            <translation>New claim…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Approve…</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <source>Reporting tasks</source>
            <translation>Reporting tasks</translation>
        </message>
        <message>
            <source>Issue task…</source>
            <translation>Issue task…</translation>
        </message>
        <message>
            <source>Submit material…</source>
            <translation>Submit material…</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>My community</source>
            <translation>My community</translation>
        </message>
        <message>
            <source>Claims and tasks</source>
            <translation>Claims and tasks</translation>
        </message>
        <message>
            <source>Select a district (or a unit in it) in the org tree.</source>
            <translation>Select a district (or a unit in it) in the org tree.</translation>
        </message>
        <message>
            <source>Published %1 by %2 · rule set %3 · %4 communities ranked</source>
            <translation>Published %1 by %2 · rule set %3 · %4 communities ranked</translation>
        </message>
        <message>
            <source>the district</source>
            <translation>the district</translation>
        </message>
        <message>
            <source>Provisional: not published; computed in this client from the cached data with rule set %1. It changes until the district publishes the quarter.</source>
            <translation>Provisional: not published; computed in this client from the cached data with rule set %1. It changes until the district publishes the quarter.</translation>
        </message>
        <message>
            <source>Best community: %1</source>
            <translation>Best community: %1</translation>
        </message>
        <message>
            <source>A quarter is published once it has ended.</source>
            <translation>A quarter is published once it has ended.</translation>
        </message>
        <message>
            <source>This quarter is published; it no longer changes.</source>
            <translation>This quarter is published; it no longer changes.</translation>
        </message>
        <message>
            <source>Freeze this quarter's result for every community.</source>
            <translation>Freeze this quarter's result for every community.</translation>
        </message>
        <message>
            <source>No assessment of this community for the quarter in the cache yet.</source>
            <translation>No assessment of this community for the quarter in the cache yet.</translation>
        </message>
        <message>
            <source>Rank %1 of %2 · total %3</source>
            <translation>Rank %1 of %2 · total %3</translation>
        </message>
        <message>
            <source>Provisional: the rank is known once the district publishes the quarter.</source>
            <translation>Provisional: the rank is known once the district publishes the quarter.</translation>
        </message>
        <message>
            <source>For %1, still open:</source>
            <translation>For %1, still open:</translation>
        </message>
        <message>
            <source>No single additional input would change the score now.</source>
            <translation>No single additional input would change the score now.</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Not done: %1</translation>
        </message>
        <message>
            <source>Publish the assessment</source>
            <translation>Publish the assessment</translation>
        </message>
        <message>
            <source>Publish %1 under rule set %2?

The result is frozen: every community then sees its rank, and claims and tasks of the quarter can no longer be changed.</source>
            <translation>Publish %1 under rule set %2?

The result is frozen: every community then sees its rank, and claims and tasks of the quarter can no longer be changed.</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Export XLSX</source>
            <translation>Export XLSX</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>New bonus claim</source>
            <translation>New bonus claim</translation>
        </message>
        <message>
            <source>One web link per line</source>
            <translation>One web link per line</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Links:</source>
            <translation>Links:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Select a claim first.</source>
            <translation>Select a claim first.</translation>
        </message>
        <message>
            <source>Approve claim</source>
            <translation>Approve claim</translation>
        </message>
        <message>
            <source>Reject claim</source>
            <translation>Reject claim</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Not adopted</translation>
        </message>
        <message>
            <source>Adopted by:</source>
            <translation>Adopted by:</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>Reason (required):</translation>
        </message>
        <message>
            <source>Issue a reporting task</source>
            <translation>Issue a reporting task</translation>
        </message>
        <message>
            <source>All communities of the district</source>
            <translation>All communities of the district</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <source>Select a task first.</source>
            <translation>Select a task first.</translation>
        </message>
        <message>
            <source>Submit material</source>
            <translation>Submit material</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Scoring rules</source>
            <translation>Scoring rules</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Saved as %1.</translation>
        </message>
        <message>
            <source>Saved as %1; the quarters not yet published are scored with it.</source>
            <translation>Saved as %1; the quarters not yet published are scored with it.</translation>
        </message>
        <message>
            <source>Saved as %1, but not put in use: %2</source>
            <translation>Saved as %1, but not put in use: %2</translation>
        </message>
        <message>
            <source>The quarters not yet published are scored with %1.</source>
            <translation>The quarters not yet published are scored with %1.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CannedRepliesDialog</name>
        <message>
            <source>Canned replies of %1</source>
            <translation>Canned replies of %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>e.g. Received</source>
            <translation>e.g. Received</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>The words residents will read</source>
            <translation>The words residents will read</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Please give the canned reply a title.</source>
            <translation>Please give the canned reply a title.</translation>
        </message>
        <message>
            <source>Please write the text.</source>
            <translation>Please write the text.</translation>
        </message>
        <message>
            <source>The text is longer than 2000 characters.</source>
            <translation>The text is longer than 2000 characters.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CannedReplyButton</name>
        <message>
            <source>Canned replies</source>
            <translation>Canned replies</translation>
        </message>
        <message>
            <source>No canned replies yet</source>
            <translation>No canned replies yet</translation>
        </message>
        <message>
            <source>Manage canned replies…</source>
            <translation>Manage canned replies…</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CircularDialog</name>
        <message>
            <source>Monthly circular</source>
            <translation>Monthly circular</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>%1 (so far)</source>
            <translation>%1 (so far)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n communities, %2 notices published, %3 reads, net growth %4 (change on last month %5), %6 followers, penetration %7.</source>
            <translation>
                <numerusform>%1: %n community, %2 notices published, %3 reads, net growth %4 (change on last month %5), %6 followers, penetration %7.</numerusform>
                <numerusform>%1: %n communities, %2 notices published, %3 reads, net growth %4 (change on last month %5), %6 followers, penetration %7.</numerusform>
            </translation>
        </message>
        <message>
            <source>No notices are in this computer's data yet: published and reads show 0.</source>
            <translation>No notices are in this computer's data yet: published and reads show 0.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Reads</source>
            <translation>Reads</translation>
        </message>
        <message>
            <source>Reads change</source>
            <translation>Reads change</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>Cumulative fans</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>Net growth</translation>
        </message>
        <message>
            <source>Net growth change</source>
            <translation>Net growth change</translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>Penetration</translation>
        </message>
        <message>
            <source>Export the circular as PDF</source>
            <translation>Export the circular as PDF</translation>
        </message>
        <message>
            <source>Export the circular as Excel</source>
            <translation>Export the circular as Excel</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintActionDialog</name>
        <message>
            <source>Restored the text you had not yet sent.</source>
            <translation>Restored the text you had not yet sent.</translation>
        </message>
        <message>
            <source>The resident reads this reply. The first reply stops the 24-hour clock.</source>
            <translation>The resident reads this reply. The first reply stops the 24-hour clock.</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Dear resident, …</source>
            <translation>Dear resident, …</translation>
        </message>
        <message>
            <source>Notes are for staff only; residents never see them.</source>
            <translation>Notes are for staff only; residents never see them.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Remark (optional)</source>
            <translation>Remark (optional)</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Escalate to %1. Once escalated it never returns to the community.</source>
            <translation>Escalate to %1. Once escalated it never returns to the community.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Why the community cannot solve it</source>
            <translation>Why the community cannot solve it</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Department code, e.g. 210111-cgw</source>
            <translation>Department code, e.g. 210111-cgw</translation>
        </message>
        <message>
            <source>Departments of the complaint's district or of the city.</source>
            <translation>Departments of the complaint's district or of the city.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>It was escalated, so it cannot go back to a community.</source>
            <translation>It was escalated, so it cannot go back to a community.</translation>
        </message>
        <message>
            <source>%1 will handle this complaint from now on (now: %2).</source>
            <translation>%1 will handle this complaint from now on (now: %2).</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Reason (optional)</translation>
        </message>
        <message>
            <source>Send it back to %1, which transferred it.</source>
            <translation>Send it back to %1, which transferred it.</translation>
        </message>
        <message>
            <source>Why it is not this department's</source>
            <translation>Why it is not this department's</translation>
        </message>
        <message>
            <source>Resolution (for the record)</source>
            <translation>Resolution (for the record)</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Final reply to the resident</source>
            <translation>Final reply to the resident</translation>
        </message>
        <message>
            <source>Within 7 days of the resolution, when the resident is not satisfied.</source>
            <translation>Within 7 days of the resolution, when the resident is not satisfied.</translation>
        </message>
        <message>
            <source>The resident is</source>
            <translation>The resident is</translation>
        </message>
        <message>
            <source>What the resident said (optional)</source>
            <translation>What the resident said (optional)</translation>
        </message>
        <message>
            <source>A service example earns assessment bonus points: nickname, time, content, resolution, final reply and the rating satisfied are all recorded.</source>
            <translation>A service example earns assessment bonus points: nickname, time, content, resolution, final reply and the rating satisfied are all recorded.</translation>
        </message>
        <message>
            <source>This complaint is archived and points at the one chosen; both timelines are kept.</source>
            <translation>This complaint is archived and points at the one chosen; both timelines are kept.</translation>
        </message>
        <message>
            <source>Search by title or number</source>
            <translation>Search by title or number</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>Merge into</translation>
        </message>
        <message>
            <source>%1 is reminded to handle it.</source>
            <translation>%1 is reminded to handle it.</translation>
        </message>
        <message>
            <source>Message (optional)</source>
            <translation>Message (optional)</translation>
        </message>
        <message>
            <source>Please choose the unit.</source>
            <translation>Please choose the unit.</translation>
        </message>
        <message>
            <source>Please choose satisfied, basically satisfied or dissatisfied.</source>
            <translation>Please choose satisfied, basically satisfied or dissatisfied.</translation>
        </message>
        <message>
            <source>Please choose the complaint to merge into.</source>
            <translation>Please choose the complaint to merge into.</translation>
        </message>
        <message>
            <source>The text is longer than %1 characters.</source>
            <translation>The text is longer than %1 characters.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintActions</name>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
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
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Reassign down</source>
            <translation>Reassign down</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Send back</translation>
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
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Service example</source>
            <translation>Service example</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Urge</source>
            <translation>Urge</translation>
        </message>
        <message>
            <source>Only a unit above the handling unit (%1) can do this.</source>
            <translation>Only a unit above the handling unit (%1) can do this.</translation>
        </message>
        <message>
            <source>Only the community director or a level above marks service examples.</source>
            <translation>Only the community director or a level above marks service examples.</translation>
        </message>
        <message>
            <source>The complaint is handled by %1; only that unit can do this.</source>
            <translation>The complaint is handled by %1; only that unit can do this.</translation>
        </message>
        <message>
            <source>Not possible while the complaint is %1.</source>
            <translation>Not possible while the complaint is %1.</translation>
        </message>
        <message>
            <source>Not possible in the complaint's current status.</source>
            <translation>Not possible in the complaint's current status.</translation>
        </message>
        <message>
            <source>This complaint was merged into another; act on that one.</source>
            <translation>This complaint was merged into another; act on that one.</translation>
        </message>
        <message>
            <source>Please write the text.</source>
            <translation>Please write the text.</translation>
        </message>
        <message>
            <source>Please give a reason.</source>
            <translation>Please give a reason.</translation>
        </message>
        <message>
            <source>Please choose a worker.</source>
            <translation>Please choose a worker.</translation>
        </message>
        <message>
            <source>The worker is not an active account of the handling unit.</source>
            <translation>The worker is not an active account of the handling unit.</translation>
        </message>
        <message>
            <source>Please describe how it was resolved.</source>
            <translation>Please describe how it was resolved.</translation>
        </message>
        <message>
            <source>Please write the final reply to the resident.</source>
            <translation>Please write the final reply to the resident.</translation>
        </message>
        <message>
            <source>Please enter what the resident reported.</source>
            <translation>Please enter what the resident reported.</translation>
        </message>
        <message>
            <source>A complaint is filed at a community or one of its grids.</source>
            <translation>A complaint is filed at a community or one of its grids.</translation>
        </message>
        <message>
            <source>There is no level above to escalate to.</source>
            <translation>There is no level above to escalate to.</translation>
        </message>
        <message>
            <source>A complaint goes up one level at a time.</source>
            <translation>A complaint goes up one level at a time.</translation>
        </message>
        <message>
            <source>Communities do not transfer to departments; escalate to the street first.</source>
            <translation>Communities do not transfer to departments; escalate to the street first.</translation>
        </message>
        <message>
            <source>The complaint is already at a department.</source>
            <translation>The complaint is already at a department.</translation>
        </message>
        <message>
            <source>Please choose a functional department.</source>
            <translation>Please choose a functional department.</translation>
        </message>
        <message>
            <source>Only departments of the complaint's district or of the city can receive it.</source>
            <translation>Only departments of the complaint's district or of the city can receive it.</translation>
        </message>
        <message>
            <source>An escalated complaint is never sent back to a community.</source>
            <translation>An escalated complaint is never sent back to a community.</translation>
        </message>
        <message>
            <source>A complaint is reassigned only to a unit below its handling unit.</source>
            <translation>A complaint is reassigned only to a unit below its handling unit.</translation>
        </message>
        <message>
            <source>Only a unit above the handling unit can take it over.</source>
            <translation>Only a unit above the handling unit can take it over.</translation>
        </message>
        <message>
            <source>No unit transferred it here, so it cannot be sent back.</source>
            <translation>No unit transferred it here, so it cannot be sent back.</translation>
        </message>
        <message>
            <source>More than 7 days have passed since it was resolved.</source>
            <translation>More than 7 days have passed since it was resolved.</translation>
        </message>
        <message>
            <source>A service example needs the nickname, time, content, resolution, final reply and the rating satisfied.</source>
            <translation>A service example needs the nickname, time, content, resolution, final reply and the rating satisfied.</translation>
        </message>
        <message>
            <source>It is already a service example.</source>
            <translation>It is already a service example.</translation>
        </message>
        <message>
            <source>A complaint cannot be merged into itself.</source>
            <translation>A complaint cannot be merged into itself.</translation>
        </message>
        <message>
            <source>That complaint was itself merged; choose the one it went into.</source>
            <translation>That complaint was itself merged; choose the one it went into.</translation>
        </message>
        <message>
            <source>That complaint is archived.</source>
            <translation>That complaint is archived.</translation>
        </message>
        <message>
            <source>This is not yours to do on this complaint.</source>
            <translation>This is not yours to do on this complaint.</translation>
        </message>
        <message>
            <source>The complaint or unit is not in your scope.</source>
            <translation>The complaint or unit is not in your scope.</translation>
        </message>
        <message>
            <source>Someone changed it meanwhile; look again and retry.</source>
            <translation>Someone changed it meanwhile; look again and retry.</translation>
        </message>
        <message>
            <source>This complaint was entered already.</source>
            <translation>This complaint was entered already.</translation>
        </message>
        <message>
            <source>Some input is not valid.</source>
            <translation>Some input is not valid.</translation>
        </message>
        <message>
            <source>The local data is busy; please try again.</source>
            <translation>The local data is busy; please try again.</translation>
        </message>
        <message>
            <source>The change could not be saved locally.</source>
            <translation>The change could not be saved locally.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintDetailPane</name>
        <message>
            <source>Choose a complaint to see what the resident said, its timeline and what you can do.</source>
            <translation>Choose a complaint to see what the resident said, its timeline and what you can do.</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>What the resident said</source>
            <translation>What the resident said</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>%1, submitted %2</source>
            <translation>%1, submitted %2</translation>
        </message>
        <message>
            <source>Handled by %1 (%2)</source>
            <translation>Handled by %1 (%2)</translation>
        </message>
        <message>
            <source>Assigned to %1</source>
            <translation>Assigned to %1</translation>
        </message>
        <message numerus="yes">
            <source>Urged %n time(s)</source>
            <translation>
                <numerusform>Urged %n time</numerusform>
                <numerusform>Urged %n times</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged into %1</source>
            <translation>Merged into %1</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) merged into this one</source>
            <translation>
                <numerusform>%n duplicate merged into this one</numerusform>
                <numerusform>%n duplicates merged into this one</numerusform>
            </translation>
        </message>
        <message>
            <source>Resident: %1</source>
            <translation>Resident: %1</translation>
        </message>
        <message>
            <source>Service example</source>
            <translation>Service example</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>No. %1</translation>
        </message>
        <message>
            <source>(no nickname)</source>
            <translation>(no nickname)</translation>
        </message>
        <message>
            <source>Shown in full to the handling unit only</source>
            <translation>Shown in full to the handling unit only</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>Location: %1</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Final reply to the resident</source>
            <translation>Final reply to the resident</translation>
        </message>
        <message>
            <source>Reply by %1 · %2</source>
            <translation>Reply by %1 · %2</translation>
        </message>
        <message>
            <source>First reply %1 · %2</source>
            <translation>First reply %1 · %2</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>staff only</source>
            <translation>staff only</translation>
        </message>
        <message>
            <source>Resolution: %1</source>
            <translation>Resolution: %1</translation>
        </message>
        <message>
            <source>Reply to the resident: %1</source>
            <translation>Reply to the resident: %1</translation>
        </message>
        <message>
            <source>No events yet.</source>
            <translation>No events yet.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintFilterBar</name>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Any date</translation>
        </message>
        <message>
            <source>Submitted from</source>
            <translation>Submitted from</translation>
        </message>
        <message>
            <source>Submitted until (inclusive)</source>
            <translation>Submitted until (inclusive)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Handled at my level</source>
            <translation>Handled at my level</translation>
        </message>
        <message>
            <source>Only complaints my own unit is handling now</source>
            <translation>Only complaints my own unit is handling now</translation>
        </message>
        <message>
            <source>Search title, content, location</source>
            <translation>Search title, content, location</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintLedger</name>
        <message>
            <source>%1 complaints match: at most %2 go into one ledger. Narrow the filter (a unit, a period or a status) and export again.</source>
            <translation>%1 complaints match: at most %2 go into one ledger. Narrow the filter (a unit, a period or a status) and export again.</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Exported %1 · %2 complaints</source>
            <translation>Exported %1 · %2 complaints</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Reply due</source>
            <translation>Reply due</translation>
        </message>
        <message>
            <source>First reply</source>
            <translation>First reply</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>Urged</source>
            <translation>Urged</translation>
        </message>
        <message>
            <source>Complaint ID</source>
            <translation>Complaint ID</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintStatsStrip</name>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Complaints submitted in the period (merged duplicates left out)</source>
            <translation>Complaints submitted in the period (merged duplicates left out)</translation>
        </message>
        <message>
            <source>Replied in time</source>
            <translation>Replied in time</translation>
        </message>
        <message>
            <source>First reply within the deadline, of those whose outcome is known</source>
            <translation>First reply within the deadline, of those whose outcome is known</translation>
        </message>
        <message>
            <source>Resolution rate</source>
            <translation>Resolution rate</translation>
        </message>
        <message>
            <source>Resolved or archived, of those received</source>
            <translation>Resolved or archived, of those received</translation>
        </message>
        <message>
            <source>To first reply</source>
            <translation>To first reply</translation>
        </message>
        <message>
            <source>Mean hours from submission to the first reply</source>
            <translation>Mean hours from submission to the first reply</translation>
        </message>
        <message>
            <source>To resolution</source>
            <translation>To resolution</translation>
        </message>
        <message>
            <source>Mean hours from submission to resolution</source>
            <translation>Mean hours from submission to resolution</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>Satisfaction rate</translation>
        </message>
        <message>
            <source>Satisfied counts 1, basically satisfied 0.5, of those rated</source>
            <translation>Satisfied counts 1, basically satisfied 0.5, of those rated</translation>
        </message>
        <message>
            <source>Solved at community</source>
            <translation>Solved at community</translation>
        </message>
        <message>
            <source>Of the resolved, the share resolved while a community handled them</source>
            <translation>Of the resolved, the share resolved while a community handled them</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Escalations</translation>
        </message>
        <message>
            <source>Escalations to street, district and city</source>
            <translation>Escalations to street, district and city</translation>
        </message>
        <message>
            <source>To the street %1, to the district %2, to the city %3</source>
            <translation>To the street %1, to the district %2, to the city %3</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintTrayNotifier</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new complaint(s): %1</source>
            <translation>
                <numerusform>%n new complaint: %1</numerusform>
                <numerusform>%n new complaints: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) past the reply deadline: %1</source>
            <translation>
                <numerusform>%n complaint past the reply deadline: %1</numerusform>
                <numerusform>%n complaints past the reply deadline: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>New complaints</source>
            <translation>New complaints</translation>
        </message>
        <message>
            <source>Complaints need attention</source>
            <translation>Complaints need attention</translation>
        </message>
        <message>
            <source>CivicDesk</source>
            <translation>CivicDesk</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintsDashboardSection</name>
        <message>
            <source>Where overdue complaints pile up</source>
            <translation>Where overdue complaints pile up</translation>
        </message>
        <message>
            <source>My open complaints (%1)</source>
            <translation>My open complaints (%1)</translation>
        </message>
        <message>
            <source>Nothing open at your unit.</source>
            <translation>Nothing open at your unit.</translation>
        </message>
        <message>
            <source>All %1 in the complaints box</source>
            <translation>All %1 in the complaints box</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <source>of %1 open</source>
            <translation>of %1 open</translation>
        </message>
        <message>
            <source>No overdue complaints below you.</source>
            <translation>No overdue complaints below you.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::ComplaintsPage</name>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Canned replies</source>
            <translation>Canned replies</translation>
        </message>
        <message>
            <source>Register a complaint</source>
            <translation>Register a complaint</translation>
        </message>
        <message>
            <source>%1 and below</source>
            <translation>%1 and below</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>counting…</translation>
        </message>
        <message>
            <source>%1 complaints</source>
            <translation>%1 complaints</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>the start</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Export ledger</source>
            <translation>Export ledger</translation>
        </message>
        <message>
            <source>The complaints listed, as an Excel workbook (意见箱台账)</source>
            <translation>The complaints listed, as an Excel workbook (意见箱台账)</translation>
        </message>
        <message>
            <source>Complaints ledger of %1</source>
            <translation>Complaints ledger of %1</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Ledger saved to %1</source>
            <translation>Ledger saved to %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CreateComplaintDialog</name>
        <message>
            <source>Register a complaint</source>
            <translation>Register a complaint</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>One line, e.g. Manhole cover missing at building 3</source>
            <translation>One line, e.g. Manhole cover missing at building 3</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>What the resident reported, in their words</source>
            <translation>What the resident reported, in their words</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Resident</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>When the resident came or called: the 24-hour clock starts then</source>
            <translation>When the resident came or called: the 24-hour clock starts then</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Received at</translation>
        </message>
        <message>
            <source>Photo links (http or https), one per line</source>
            <translation>Photo links (http or https), one per line</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Please choose the community.</source>
            <translation>Please choose the community.</translation>
        </message>
        <message>
            <source>Please give the complaint a title.</source>
            <translation>Please give the complaint a title.</translation>
        </message>
        <message>
            <source>The content is longer than 4000 characters.</source>
            <translation>The content is longer than 4000 characters.</translation>
        </message>
        <message>
            <source>At most 20 photos.</source>
            <translation>At most 20 photos.</translation>
        </message>
        <message>
            <source>Not a photo link: %1</source>
            <translation>Not a photo link: %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::CumulativeChart</name>
        <message>
            <source>Cumulative fans</source>
            <translation>Cumulative fans</translation>
        </message>
        <message>
            <source>%1
Cumulative fans: %2
Net that day: %3 (new %4, unfollowed %5)</source>
            <translation>%1
Cumulative fans: %2
Net that day: %3 (new %4, unfollowed %5)</translation>
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
        <name>civic::ui::FanChartView</name>
        <message>
            <source>No fan figures for this period</source>
            <translation>No fan figures for this period</translation>
        </message>
        <message>
            <source>The picture could not be written to %1.</source>
            <translation>The picture could not be written to %1.</translation>
        </message>
        <message>
            <source>Save chart as picture…</source>
            <translation>Save chart as picture…</translation>
        </message>
        <message>
            <source>Save chart as picture</source>
            <translation>Save chart as picture</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG pictures (*.png)</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanCharts</name>
        <message>
            <source>Q1</source>
            <comment>a quarter on an axis</comment>
            <translation>Q1</translation>
        </message>
        <message>
            <source>Q2</source>
            <comment>a quarter on an axis</comment>
            <translation>Q2</translation>
        </message>
        <message>
            <source>Q3</source>
            <comment>a quarter on an axis</comment>
            <translation>Q3</translation>
        </message>
        <message>
            <source>Q4</source>
            <comment>a quarter on an axis</comment>
            <translation>Q4</translation>
        </message>
        <message>
            <source>Q1 %1</source>
            <translation>Q1 %1</translation>
        </message>
        <message>
            <source>Q2 %1</source>
            <translation>Q2 %1</translation>
        </message>
        <message>
            <source>Q3 %1</source>
            <translation>Q3 %1</translation>
        </message>
        <message>
            <source>Q4 %1</source>
            <translation>Q4 %1</translation>
        </message>
        <message>
            <source>MMM d, yyyy</source>
            <comment>date format of a day with its year</comment>
            <translation>MMM d, yyyy</translation>
        </message>
        <message>
            <source>MMM d</source>
            <comment>date format of a day without the year</comment>
            <translation>MMM d</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <comment>date format of a month with its year</comment>
            <translation>MMM yyyy</translation>
        </message>
        <message>
            <source>MMM</source>
            <comment>date format of a month without the year</comment>
            <translation>MMM</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a year and a quarter on an axis</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a range of dates</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Week of %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanExports</name>
        <message>
            <source>%1 · %2 to %3</source>
            <translation>%1 · %2 to %3</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>%1: fans per day</source>
            <translation>%1: fans per day</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>New followers</source>
            <translation>New followers</translation>
        </message>
        <message>
            <source>Unfollowed</source>
            <translation>Unfollowed</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>Net growth</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>Cumulative fans</translation>
        </message>
        <message>
            <source>%1: net growth per period</source>
            <translation>%1: net growth per period</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Cumulative at the end</source>
            <translation>Cumulative at the end</translation>
        </message>
        <message>
            <source>Units compared</source>
            <translation>Units compared</translation>
        </message>
        <message>
            <source>%1: units compared</source>
            <translation>%1: units compared</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Communities</source>
            <translation>Communities</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Cumulative at the start</source>
            <translation>Cumulative at the start</translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>Penetration</translation>
        </message>
        <message>
            <source>%1 %2 community WeChat platform monthly circular</source>
            <translation>%1 %2 community WeChat platform monthly circular</translation>
        </message>
        <message>
            <source>Monthly circular</source>
            <translation>Monthly circular</translation>
        </message>
        <message>
            <source>%1 · issued %2 · figures %3</source>
            <translation>%1 · issued %2 · figures %3</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Notices published</source>
            <translation>Notices published</translation>
        </message>
        <message>
            <source>Published last month</source>
            <translation>Published last month</translation>
        </message>
        <message>
            <source>Reads</source>
            <translation>Reads</translation>
        </message>
        <message>
            <source>Reads last month</source>
            <translation>Reads last month</translation>
        </message>
        <message>
            <source>Reads change</source>
            <translation>Reads change</translation>
        </message>
        <message>
            <source>Net growth last month</source>
            <translation>Net growth last month</translation>
        </message>
        <message>
            <source>Net growth change</source>
            <translation>Net growth change</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Issued by %1 · %2</source>
            <translation>Issued by %1 · %2</translation>
        </message>
        <message>
            <source>In %1 the %2 communities of %3 published %4 notices, read %5 times; their official accounts gained a net %6 followers (%7 the month before) and have %8 followers in all, %9 of households.</source>
            <translation>In %1 the %2 communities of %3 published %4 notices, read %5 times; their official accounts gained a net %6 followers (%7 the month before) and have %8 followers in all, %9 of households.</translation>
        </message>
        <message>
            <source>Change on last month</source>
            <translation>Change on last month</translation>
        </message>
        <message>
            <source>Ranked by net growth in the month. Change on last month = (net growth − last month's) ÷ |last month's|; — where last month's was 0. Penetration = cumulative followers ÷ households. Reads count every notice's reads in the month. Figures up to %1.</source>
            <translation>Ranked by net growth in the month. Change on last month = (net growth − last month's) ÷ |last month's|; — where last month's was 0. Penetration = cumulative followers ÷ households. Reads count every notice's reads in the month. Figures up to %1.</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>The PDF could not be written to %1.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FanImportDialog</name>
        <message>
            <source>Import fan figures</source>
            <translation>Import fan figures</translation>
        </message>
        <message>
            <source>Choose the CSV file exported from the official account's console (User analysis → User growth). UTF-8 and GBK files are read; a day imported again replaces the one stored.</source>
            <translation>Choose the CSV file exported from the official account's console (User analysis → User growth). UTF-8 and GBK files are read; a day imported again replaces the one stored.</translation>
        </message>
        <message>
            <source>%1 › %2</source>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <source>Community:</source>
            <translation>Community:</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Your account imports no fan figures: figures are imported by the community's staff or the offices above it.</source>
            <translation>Your account imports no fan figures: figures are imported by the community's staff or the offices above it.</translation>
        </message>
        <message>
            <source>Choose the fan figures file</source>
            <translation>Choose the fan figures file</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>The file cannot be read: %1</translation>
        </message>
        <message>
            <source>The file is too large (%1) for a table of daily figures: choose the CSV exported from the console.</source>
            <translation>The file is too large (%1) for a table of daily figures: choose the CSV exported from the console.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found: nothing was imported. Correct the file and choose it again.</source>
            <translation>
                <numerusform>%n problem found: nothing was imported. Correct the file and choose it again.</numerusform>
                <numerusform>%n problems found: nothing was imported. Correct the file and choose it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file holds %1 days; at most %2 days are imported at a time. Export a year or less from the console.</source>
            <translation>The file holds %1 days; at most %2 days are imported at a time. Export a year or less from the console.</translation>
        </message>
        <message>
            <source>Empty file</source>
            <translation>Empty file</translation>
        </message>
        <message>
            <source>No data rows</source>
            <translation>No data rows</translation>
        </message>
        <message>
            <source>Unknown encoding</source>
            <translation>Unknown encoding</translation>
        </message>
        <message>
            <source>Unclosed quotation mark</source>
            <translation>Unclosed quotation mark</translation>
        </message>
        <message>
            <source>Missing column</source>
            <translation>Missing column</translation>
        </message>
        <message>
            <source>Column twice</source>
            <translation>Column twice</translation>
        </message>
        <message>
            <source>Invalid date</source>
            <translation>Invalid date</translation>
        </message>
        <message>
            <source>Not a whole number</source>
            <translation>Not a whole number</translation>
        </message>
        <message>
            <source>Negative count</source>
            <translation>Negative count</translation>
        </message>
        <message>
            <source>Net ≠ new − unfollowed</source>
            <translation>Net ≠ new − unfollowed</translation>
        </message>
        <message>
            <source>Cumulative does not follow the day before</source>
            <translation>Cumulative does not follow the day before</translation>
        </message>
        <message>
            <source>Date twice</source>
            <translation>Date twice</translation>
        </message>
        <message>
            <source>Missing days</source>
            <translation>Missing days</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n day(s): %2 new, %3 unfollowed, net %4; %5 followers at the end.</source>
            <translation>
                <numerusform>%1 · %n day: %2 new, %3 unfollowed, net %4; %5 followers at the end.</numerusform>
                <numerusform>%1 · %n days: %2 new, %3 unfollowed, net %4; %5 followers at the end.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stored day(s) will be replaced by the file's figures (the change is recorded).</source>
            <translation>
                <numerusform>%n stored day will be replaced by the file's figures (the change is recorded).</numerusform>
                <numerusform>%n stored days will be replaced by the file's figures (the change is recorded).</numerusform>
            </translation>
        </message>
        <message>
            <source>The figures were not imported: %1</source>
            <translation>The figures were not imported: %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FansDashboardSection</name>
        <message>
            <source>Fans this month</source>
            <translation>Fans this month</translation>
        </message>
        <message>
            <source>Communities with no notice for %1 days, complaints past their deadline without an answer, or fans falling two weeks running. Click one to open it.</source>
            <translation>Communities with no notice for %1 days, complaints past their deadline without an answer, or fans falling two weeks running. Click one to open it.</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Last notice</source>
            <translation>Last notice</translation>
        </message>
        <message>
            <source>Complaints past deadline</source>
            <translation>Complaints past deadline</translation>
        </message>
        <message>
            <source>Fans</source>
            <translation>Fans</translation>
        </message>
        <message>
            <source>No alarms: every community in your area published in the last %1 days, answers complaints in time and keeps its fans.</source>
            <translation>No alarms: every community in your area published in the last %1 days, answers complaints in time and keeps its fans.</translation>
        </message>
        <message>
            <source>No fan figures yet.</source>
            <translation>No fan figures yet.</translation>
        </message>
        <message>
            <source>Net %1 this month (%2 new, %3 unfollowed) · %4 followers</source>
            <translation>Net %1 this month (%2 new, %3 unfollowed) · %4 followers</translation>
        </message>
        <message>
            <source> · penetration %1</source>
            <translation> · penetration %1</translation>
        </message>
        <message>
            <source>Communities needing attention: %1 of %2</source>
            <translation>Communities needing attention: %1 of %2</translation>
        </message>
        <message>
            <source>Never published</source>
            <translation>Never published</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Falling two weeks: %1, %2</source>
            <translation>Falling two weeks: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::FansPage</name>
        <message>
            <source>Fan growth</source>
            <translation>Fan growth</translation>
        </message>
        <message>
            <source>Import figures…</source>
            <translation>Import figures…</translation>
        </message>
        <message>
            <source>Monthly circular…</source>
            <translation>Monthly circular…</translation>
        </message>
        <message>
            <source>Save charts as picture…</source>
            <translation>Save charts as picture…</translation>
        </message>
        <message>
            <source>Export data…</source>
            <translation>Export data…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Net growth by:</source>
            <translation>Net growth by:</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Followers at the end</source>
            <translation>Followers at the end</translation>
        </message>
        <message>
            <source>Net growth in the period</source>
            <translation>Net growth in the period</translation>
        </message>
        <message>
            <source>New · unfollowed</source>
            <translation>New · unfollowed</translation>
        </message>
        <message>
            <source>Penetration (followers ÷ households)</source>
            <translation>Penetration (followers ÷ households)</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>Net growth</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>Cumulative fans</translation>
        </message>
        <message>
            <source>Penetration by unit (followers ÷ households)</source>
            <translation>Penetration by unit (followers ÷ households)</translation>
        </message>
        <message>
            <source>%1 · %2 · figures up to %3</source>
            <translation>%1 · %2 · figures up to %3</translation>
        </message>
        <message>
            <source>%1 · %2 · no fan figures yet</source>
            <translation>%1 · %2 · no fan figures yet</translation>
        </message>
        <message>
            <source>%1 at the start</source>
            <translation>%1 at the start</translation>
        </message>
        <message numerus="yes">
            <source>%n communities</source>
            <translation>
                <numerusform>%n community</numerusform>
                <numerusform>%n communities</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 a day on average</source>
            <translation>%1 a day on average</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Unfollow ratio %1%</source>
            <translation>Unfollow ratio %1%</translation>
        </message>
        <message>
            <source>%1 households</source>
            <translation>%1 households</translation>
        </message>
        <message>
            <source>no household count</source>
            <translation>no household count</translation>
        </message>
        <message>
            <source>Net growth by %1</source>
            <translation>Net growth by %1</translation>
        </message>
        <message>
            <source>Districts compared</source>
            <translation>Districts compared</translation>
        </message>
        <message>
            <source>Streets compared</source>
            <translation>Streets compared</translation>
        </message>
        <message>
            <source>Communities compared</source>
            <translation>Communities compared</translation>
        </message>
        <message>
            <source>Select a street or a district for its monthly circular.</source>
            <translation>Select a street or a district for its monthly circular.</translation>
        </message>
        <message>
            <source>Fans of %1</source>
            <translation>Fans of %1</translation>
        </message>
        <message>
            <source>Save charts as picture</source>
            <translation>Save charts as picture</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>PNG pictures (*.png)</translation>
        </message>
        <message>
            <source>The picture could not be written to %1.</source>
            <translation>The picture could not be written to %1.</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Export data</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
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
        <name>civic::ui::NetGrowthChart</name>
        <message>
            <source>Net gain</source>
            <translation>Net gain</translation>
        </message>
        <message>
            <source>Net loss</source>
            <translation>Net loss</translation>
        </message>
        <message>
            <source>%1 (%2)
Net growth: %3
New: %4 · Unfollowed: %5
Cumulative at the end: %6</source>
            <translation>%1 (%2)
Net growth: %3
New: %4 · Unfollowed: %5
Cumulative at the end: %6</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeDetailView</name>
        <message>
            <source>Correct (更正)</source>
            <translation>Correct (更正)</translation>
        </message>
        <message>
            <source>A published notice cannot change: write a correction, linked to it, that goes through review again</source>
            <translation>A published notice cannot change: write a correction, linked to it, that goes through review again</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Phone preview</source>
            <translation>Phone preview</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>New notice</translation>
        </message>
        <message>
            <source>%1 · written by you</source>
            <translation>%1 · written by you</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>revision %1</translation>
        </message>
        <message>
            <source>published %1</source>
            <translation>published %1</translation>
        </message>
        <message>
            <source>%1 reads</source>
            <translation>%1 reads</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>changed %1</translation>
        </message>
        <message>
            <source>scheduled %1</source>
            <translation>scheduled %1</translation>
        </message>
        <message>
            <source>corrects “%1”</source>
            <translation>corrects “%1”</translation>
        </message>
        <message>
            <source>Correction of “%1”</source>
            <translation>Correction of “%1”</translation>
        </message>
        <message>
            <source>A new notice linked to the published one; the original stays as it was.</source>
            <translation>A new notice linked to the published one; the original stays as it was.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeEditor</name>
        <message>
            <source>A short, clear title: what, when, where</source>
            <translation>A short, clear title: what, when, where</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Publish at</source>
            <translation>Publish at</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Heading</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>Make the paragraph a heading</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Bold (Ctrl+B)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Bulleted list</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Link the selected text to a web address</source>
            <translation>Link the selected text to a web address</translation>
        </message>
        <message>
            <source>Image (URL)</source>
            <translation>Image (URL)</translation>
        </message>
        <message>
            <source>Insert an image by its web address; it is shown here as a grey box naming its site</source>
            <translation>Insert an image by its web address; it is shown here as a grey box naming its site</translation>
        </message>
        <message>
            <source>Write the notice here. Sensitive words of your district are marked in red.</source>
            <translation>Write the notice here. Sensitive words of your district are marked in red.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Submit for review</translation>
        </message>
        <message>
            <source>Nothing to save: everything is saved.</source>
            <translation>Nothing to save: everything is saved.</translation>
        </message>
        <message>
            <source>Returned by %1 (%2, %3): %4</source>
            <translation>Returned by %1 (%2, %3): %4</translation>
        </message>
        <message>
            <source>Unsaved changes from your last session were restored.</source>
            <translation>Unsaved changes from your last session were restored.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>A correction (更正) of a published notice: it goes through review again and is published as a new notice linked to the old one.</source>
            <translation>A correction (更正) of a published notice: it goes through review again and is published as a new notice linked to the old one.</translation>
        </message>
        <message>
            <source>New notice: it is saved as a draft as you type.</source>
            <translation>New notice: it is saved as a draft as you type.</translation>
        </message>
        <message>
            <source>Draft kept on this computer at %1</source>
            <translation>Draft kept on this computer at %1</translation>
        </message>
        <message>
            <source>Saved at %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <source>Fix the problems listed above before submitting.</source>
            <translation>Fix the problems listed above before submitting.</translation>
        </message>
        <message>
            <source>Submitted for review. It is sent to the server when online.</source>
            <translation>Submitted for review. It is sent to the server when online.</translation>
        </message>
        <message>
            <source>Saving, try again in a moment.</source>
            <translation>Saving, try again in a moment.</translation>
        </message>
        <message>
            <source>After submission: %1, then published by your unit.</source>
            <translation>After submission: %1, then published by your unit.</translation>
        </message>
        <message>
            <source>✓ Ready to submit: required fields, sensitive words, links and schedule checked.</source>
            <translation>✓ Ready to submit: required fields, sensitive words, links and schedule checked.</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>Enter a title.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Choose a category.</translation>
        </message>
        <message>
            <source>The body is empty.</source>
            <translation>The body is empty.</translation>
        </message>
        <message>
            <source>“%1” is not a valid web address (it must start with http:// or https://).</source>
            <translation>“%1” is not a valid web address (it must start with http:// or https://).</translation>
        </message>
        <message>
            <source>The scheduled time has already passed: choose a later time or clear “Publish at”.</source>
            <translation>The scheduled time has already passed: choose a later time or clear “Publish at”.</translation>
        </message>
        <message>
            <source>find</source>
            <translation>find</translation>
        </message>
        <message>
            <source>The title contains the sensitive word “%1”.</source>
            <translation>The title contains the sensitive word “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>The body contains the sensitive word “%1” (%n time(s)): …%2… %3</source>
            <translation>
                <numerusform>The body contains the sensitive word “%1” (%n time): …%2… %3</numerusform>
                <numerusform>The body contains the sensitive word “%1” (%n times): …%2… %3</numerusform>
            </translation>
        </message>
        <message>
            <source>Before submitting, fix:</source>
            <translation>Before submitting, fix:</translation>
        </message>
        <message>
            <source>Insert link</source>
            <translation>Insert link</translation>
        </message>
        <message>
            <source>Web address (http:// or https://):</source>
            <translation>Web address (http:// or https://):</translation>
        </message>
        <message>
            <source>“%1” is not a valid web address.</source>
            <translation>“%1” is not a valid web address.</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>Insert image</translation>
        </message>
        <message>
            <source>Image address (http:// or https://). The image is not downloaded here; the platform shows it.</source>
            <translation>Image address (http:// or https://). The image is not downloaded here; the platform shows it.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeHtml</name>
        <message>
            <source>Image (not loaded): %1</source>
            <translation>Image (not loaded): %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeLabels</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <source>Approved, to publish</source>
            <translation>Approved, to publish</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Announcement</source>
            <translation>Announcement</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>Benefits</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Policy explained</source>
            <translation>Policy explained</translation>
        </message>
        <message>
            <source>Call to action</source>
            <translation>Call to action</translation>
        </message>
        <message>
            <source>1st review</source>
            <translation>1st review</translation>
        </message>
        <message>
            <source>2nd review</source>
            <translation>2nd review</translation>
        </message>
        <message>
            <source>3rd review</source>
            <translation>3rd review</translation>
        </message>
        <message>
            <source>4th review</source>
            <translation>4th review</translation>
        </message>
        <message>
            <source>Review %1</source>
            <translation>Review %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The notice contains sensitive words of the district. Change them and submit again.</source>
            <translation>The notice contains sensitive words of the district. Change them and submit again.</translation>
        </message>
        <message>
            <source>A link or image address is not a valid web address.</source>
            <translation>A link or image address is not a valid web address.</translation>
        </message>
        <message>
            <source>The scheduled time has already passed.</source>
            <translation>The scheduled time has already passed.</translation>
        </message>
        <message>
            <source>Title, category and body are required.</source>
            <translation>Title, category and body are required.</translation>
        </message>
        <message>
            <source>Nobody may review their own notice.</source>
            <translation>Nobody may review their own notice.</translation>
        </message>
        <message>
            <source>This step is not yours to decide.</source>
            <translation>This step is not yours to decide.</translation>
        </message>
        <message>
            <source>Give a quality rating from 1 to 5 to approve.</source>
            <translation>Give a quality rating from 1 to 5 to approve.</translation>
        </message>
        <message>
            <source>Write a comment for the author to return the notice.</source>
            <translation>Write a comment for the author to return the notice.</translation>
        </message>
        <message>
            <source>The notice was changed elsewhere in the meantime. Reopen it and try again.</source>
            <translation>The notice was changed elsewhere in the meantime. Reopen it and try again.</translation>
        </message>
        <message>
            <source>The notice is no longer in a state that allows this.</source>
            <translation>The notice is no longer in a state that allows this.</translation>
        </message>
        <message>
            <source>The review chain is not valid: %1</source>
            <translation>The review chain is not valid: %1</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Not done: %1</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm</source>
            <translation>yyyy-MM-dd HH:mm</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticePreview</name>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>Reads %1</source>
            <translation>Reads %1</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeReviewView</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message>
            <source>Review chain</source>
            <translation>Review chain</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>History and comments</source>
            <translation>History and comments</translation>
        </message>
        <message>
            <source>Your review</source>
            <translation>Your review</translation>
        </message>
        <message>
            <source>Quality rating:</source>
            <translation>Quality rating:</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 of 5</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>poor</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>fair</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>very good</source>
            <translation>very good</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>excellent</translation>
        </message>
        <message>
            <source>Comment for the author (optional to approve, required to return)</source>
            <translation>Comment for the author (optional to approve, required to return)</translation>
        </message>
        <message>
            <source>Return for changes</source>
            <translation>Return for changes</translation>
        </message>
        <message>
            <source>Send it back to the author with your comment</source>
            <translation>Send it back to the author with your comment</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Pass this step; choose a quality rating first</source>
            <translation>Pass this step; choose a quality rating first</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Take the notice back from review to change it</source>
            <translation>Take the notice back from review to change it</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Not submitted yet. On submission it goes through these steps:</source>
            <translation>Not submitted yet. On submission it goes through these steps:</translation>
        </message>
        <message>
            <source>Revision %1, submitted %2. The chain was fixed at submission.</source>
            <translation>Revision %1, submitted %2. The chain was fixed at submission.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Reviewing now</source>
            <translation>Reviewing now</translation>
        </message>
        <message>
            <source>Due %1 · overdue by %2</source>
            <translation>Due %1 · overdue by %2</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Due %1</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) to decide</source>
            <translation>
                <numerusform>%n hour to decide</numerusform>
                <numerusform>%n hours to decide</numerusform>
            </translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <source>Reviewing now: &lt;b&gt;%1&lt;/b&gt;, step %2 of %3, due %4.</source>
            <translation>Reviewing now: &lt;b&gt;%1&lt;/b&gt;, step %2 of %3, due %4.</translation>
        </message>
        <message>
            <source>Overdue by %1.</source>
            <translation>Overdue by %1.</translation>
        </message>
        <message>
            <source>Returned to the author for changes. A resubmission starts again at the first step.</source>
            <translation>Returned to the author for changes. A resubmission starts again at the first step.</translation>
        </message>
        <message>
            <source>All steps approved. Scheduled for %1.</source>
            <translation>All steps approved. Scheduled for %1.</translation>
        </message>
        <message>
            <source>All steps approved: ready to publish.</source>
            <translation>All steps approved: ready to publish.</translation>
        </message>
        <message>
            <source>Publication requested: it goes out at the scheduled time.</source>
            <translation>Publication requested: it goes out at the scheduled time.</translation>
        </message>
        <message>
            <source>Published %1.</source>
            <translation>Published %1.</translation>
        </message>
        <message>
            <source>Withdrawn by the author.</source>
            <translation>Withdrawn by the author.</translation>
        </message>
        <message>
            <source>Publish at %1</source>
            <translation>Publish at %1</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Publish now</translation>
        </message>
        <message>
            <source>Approved by every step. Publishing is up to your unit.</source>
            <translation>Approved by every step. Publishing is up to your unit.</translation>
        </message>
        <message>
            <source>While in review you can take the notice back to change it.</source>
            <translation>While in review you can take the notice back to change it.</translation>
        </message>
        <message>
            <source>The current text against revision %1 as submitted.</source>
            <translation>The current text against revision %1 as submitted.</translation>
        </message>
        <message>
            <source>Revision %1 against revision %2.</source>
            <translation>Revision %1 against revision %2.</translation>
        </message>
        <message>
            <source>First version: there is no earlier revision to compare with.</source>
            <translation>First version: there is no earlier revision to compare with.</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>No changes.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; submitted revision %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; submitted revision %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; approved %2 of revision %3 &lt;span style="color:#faad14;"&gt;%4&lt;/span&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; approved %2 of revision %3 &lt;span style="color:#faad14;"&gt;%4&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style="color:#cf1322;"&gt;returned&lt;/span&gt; revision %3 at %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style="color:#cf1322;"&gt;returned&lt;/span&gt; revision %3 at %2</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Nothing yet: not submitted.</source>
            <translation>Nothing yet: not submitted.</translation>
        </message>
        <message>
            <source>Choose a quality rating first.</source>
            <translation>Choose a quality rating first.</translation>
        </message>
        <message>
            <source>Write what the author should change.</source>
            <translation>Write what the author should change.</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticeSettingsView</name>
        <message>
            <source>a chain needs at least one step</source>
            <translation>a chain needs at least one step</translation>
        </message>
        <message>
            <source>each step must sit at a higher level than the one before it</source>
            <translation>each step must sit at a higher level than the one before it</translation>
        </message>
        <message>
            <source>this step repeats an earlier one</source>
            <translation>this step repeats an earlier one</translation>
        </message>
        <message>
            <source>the role does not sit at this level</source>
            <translation>the role does not sit at this level</translation>
        </message>
        <message>
            <source>this role cannot review notices</source>
            <translation>this role cannot review notices</translation>
        </message>
        <message>
            <source>a step needs at least 1 hour</source>
            <translation>a step needs at least 1 hour</translation>
        </message>
        <message>
            <source>Back to the notices</source>
            <translation>Back to the notices</translation>
        </message>
        <message>
            <source>Review chains</source>
            <translation>Review chains</translation>
        </message>
        <message>
            <source>Every notice of the district passes these steps in order. A category may have a chain of its own (for example a district step for 政策解读). Notices already in review keep the chain they were submitted with.</source>
            <translation>Every notice of the district passes these steps in order. A category may have a chain of its own (for example a district step for 政策解读). Notices already in review keep the chain they were submitted with.</translation>
        </message>
        <message>
            <source>This category has its own chain</source>
            <translation>This category has its own chain</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Hours to decide</source>
            <translation>Hours to decide</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>Save review chains</source>
            <translation>Save review chains</translation>
        </message>
        <message>
            <source>Sensitive words</source>
            <translation>Sensitive words</translation>
        </message>
        <message>
            <source>One word or phrase per line. Notices containing any of them cannot be submitted: the editor marks them, and the server checks again.</source>
            <translation>One word or phrase per line. Notices containing any of them cannot be submitted: the editor marks them, and the server checks again.</translation>
        </message>
        <message>
            <source>One word or phrase per line</source>
            <translation>One word or phrase per line</translation>
        </message>
        <message>
            <source>Save word list</source>
            <translation>Save word list</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Notice settings · %1</source>
            <translation>Notice settings · %1</translation>
        </message>
        <message>
            <source>Default chain</source>
            <translation>Default chain</translation>
        </message>
        <message>
            <source>%1 (own chain)</source>
            <translation>%1 (own chain)</translation>
        </message>
        <message>
            <source>%1 (default)</source>
            <translation>%1 (default)</translation>
        </message>
        <message>
            <source>Default chain (categories without their own)</source>
            <translation>Default chain (categories without their own)</translation>
        </message>
        <message>
            <source>Chain for %1</source>
            <translation>Chain for %1</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved. New submissions use these chains.</source>
            <translation>Saved. New submissions use these chains.</translation>
        </message>
        <message>
            <source>Saved. The editor checks against the new list.</source>
            <translation>Saved. The editor checks against the new list.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticesDashboardSection</name>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Awaiting my review</source>
            <translation>Awaiting my review</translation>
        </message>
        <message>
            <source>My drafts and returned</source>
            <translation>My drafts and returned</translation>
        </message>
        <message>
            <source>Reviews overdue in my area</source>
            <translation>Reviews overdue in my area</translation>
        </message>
        <message>
            <source>Published in the last 30 days</source>
            <translation>Published in the last 30 days</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::NoticesPage</name>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>%1 reads</source>
            <translation>%1 reads</translation>
        </message>
        <message>
            <source>Topic chosen by the community, written by its social worker, first review by the director, second by the street, published by the community.</source>
            <translation>Topic chosen by the community, written by its social worker, first review by the director, second by the street, published by the community.</translation>
        </message>
        <message>
            <source>Chains and sensitive words</source>
            <translation>Chains and sensitive words</translation>
        </message>
        <message>
            <source>The district's review chains per category and its sensitive-word list</source>
            <translation>The district's review chains per category and its sensitive-word list</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>New notice</translation>
        </message>
        <message>
            <source>Awaiting my review</source>
            <translation>Awaiting my review</translation>
        </message>
        <message>
            <source>My drafts</source>
            <translation>My drafts</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>In review under the selected unit: who reviews now and until when</source>
            <translation>In review under the selected unit: who reviews now and until when</translation>
        </message>
        <message>
            <source>Published under the selected unit, newest first</source>
            <translation>Published under the selected unit, newest first</translation>
        </message>
        <message>
            <source>Search titles…</source>
            <translation>Search titles…</translation>
        </message>
        <message>
            <source>Choose a notice on the left, or write a new one.</source>
            <translation>Choose a notice on the left, or write a new one.</translation>
        </message>
        <message>
            <source>Nothing awaits your review.</source>
            <translation>Nothing awaits your review.</translation>
        </message>
        <message>
            <source>No drafts. “New notice” starts one; it is kept as you type.</source>
            <translation>No drafts. “New notice” starts one; it is kept as you type.</translation>
        </message>
        <message>
            <source>Nothing is in review under this unit.</source>
            <translation>Nothing is in review under this unit.</translation>
        </message>
        <message>
            <source>Nothing published under this unit yet.</source>
            <translation>Nothing published under this unit yet.</translation>
        </message>
        <message>
            <source>Awaiting my review %1</source>
            <translation>Awaiting my review %1</translation>
        </message>
        <message>
            <source>My drafts %1</source>
            <translation>My drafts %1</translation>
        </message>
        <message>
            <source>In review %1</source>
            <translation>In review %1</translation>
        </message>
        <message>
            <source>“%1” was returned: %2 &lt;a href="notice:%3"&gt;Open&lt;/a&gt;</source>
            <translation>“%1” was returned: %2 &lt;a href="notice:%3"&gt;Open&lt;/a&gt;</translation>
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
        <name>civic::ui::PhotoStrip</name>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::RuleSetEditor</name>
        <message>
            <source>Reply deadline (hours)</source>
            <translation>Reply deadline (hours)</translation>
        </message>
        <message>
            <source>A fan growth: maximum</source>
            <translation>A fan growth: maximum</translation>
        </message>
        <message>
            <source>A: communities in tier 1</source>
            <translation>A: communities in tier 1</translation>
        </message>
        <message>
            <source>B1 notices published: maximum</source>
            <translation>B1 notices published: maximum</translation>
        </message>
        <message>
            <source>B2 review quality: maximum</source>
            <translation>B2 review quality: maximum</translation>
        </message>
        <message>
            <source>B3 complaints: weights (replied in time, resolved, satisfied)</source>
            <translation>B3 complaints: weights (replied in time, resolved, satisfied)</translation>
        </message>
        <message>
            <source>C on-time reporting: maximum</source>
            <translation>C on-time reporting: maximum</translation>
        </message>
        <message>
            <source>C: deduction per missed task</source>
            <translation>C: deduction per missed task</translation>
        </message>
        <message>
            <source>Bonus: promotion event</source>
            <translation>Bonus: promotion event</translation>
        </message>
        <message>
            <source>Bonus: each innovation</source>
            <translation>Bonus: each innovation</translation>
        </message>
        <message>
            <source>Bonus: innovations at most</source>
            <translation>Bonus: innovations at most</translation>
        </message>
        <message>
            <source>Bonus: each service example</source>
            <translation>Bonus: each service example</translation>
        </message>
        <message>
            <source>Bonus: service examples at most</source>
            <translation>Bonus: service examples at most</translation>
        </message>
        <message>
            <source>News lead adopted by the district</source>
            <translation>News lead adopted by the district</translation>
        </message>
        <message>
            <source>News lead adopted by the city</source>
            <translation>News lead adopted by the city</translation>
        </message>
        <message>
            <source>News: approved leads needed</source>
            <translation>News: approved leads needed</translation>
        </message>
        <message>
            <source>News: at most</source>
            <translation>News: at most</translation>
        </message>
        <message>
            <source>Awards: minimum net fan growth</source>
            <translation>Awards: minimum net fan growth</translation>
        </message>
        <message>
            <source>Awards by place (yuan)</source>
            <translation>Awards by place (yuan)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Saved by</source>
            <translation>Saved by</translation>
        </message>
        <message>
            <source>Use this version</source>
            <translation>Use this version</translation>
        </message>
        <message>
            <source>Quarters not yet published are scored with this version from now on.</source>
            <translation>Quarters not yet published are scored with this version from now on.</translation>
        </message>
        <message>
            <source>Numbers separated by commas</source>
            <translation>Numbers separated by commas</translation>
        </message>
        <message>
            <source>New version:</source>
            <translation>New version:</translation>
        </message>
        <message>
            <source>e.g. sujiatun-2027</source>
            <translation>e.g. sujiatun-2027</translation>
        </message>
        <message>
            <source>Use it at once</source>
            <translation>Use it at once</translation>
        </message>
        <message>
            <source>Save as new version</source>
            <translation>Save as new version</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Select a district (or a unit in it) in the org tree.</source>
            <translation>Select a district (or a unit in it) in the org tree.</translation>
        </message>
        <message>
            <source>Rule sets of %1. Quarters not yet published are scored with %2; a published quarter keeps the version it was published with.</source>
            <translation>Rule sets of %1. Quarters not yet published are scored with %2; a published quarter keeps the version it was published with.</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Built in</translation>
        </message>
        <message>
            <source>In use · built in</source>
            <translation>In use · built in</translation>
        </message>
        <message>
            <source>%1: enter a value.</source>
            <translation>%1: enter a value.</translation>
        </message>
        <message>
            <source>%1: enter three numbers.</source>
            <translation>%1: enter three numbers.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a number.</source>
            <translation>%1: “%2” is not a number.</translation>
        </message>
        <message>
            <source>%1: must not be negative.</source>
            <translation>%1: must not be negative.</translation>
        </message>
        <message>
            <source>%1: must be a whole number.</source>
            <translation>%1: must be a whole number.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Name the new version in one word, e.g. sujiatun-2027.</source>
            <translation>Name the new version in one word, e.g. sujiatun-2027.</translation>
        </message>
        <message>
            <source>Version %1 exists already; a saved version never changes. Choose another name.</source>
            <translation>Version %1 exists already; a saved version never changes. Choose another name.</translation>
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
        <message>
            <source>Delete unsent changes?</source>
            <translation>Delete unsent changes?</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made on this computer have not reached the server yet. Deleting this computer's data for the account deletes them for good.</source>
            <translation>
                <numerusform>%n change(s) made on this computer have not reached the server yet. Deleting this computer's data for the account deletes them for good.</numerusform>
                <numerusform>%n change(s) made on this computer have not reached the server yet. Deleting this computer's data for the account deletes them for good.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete them and sign out</source>
            <translation>Delete them and sign out</translation>
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
        <message>
            <source>Edit and resend…</source>
            <translation>Edit and resend…</translation>
        </message>
        <message>
            <source>Edit and resend: %1</source>
            <translation>Edit and resend: %1</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Resend</translation>
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
    <context>
        <name>civic::ui::UnitsChart</name>
        <message>
            <source>No units below this one</source>
            <translation>No units below this one</translation>
        </message>
        <message>
            <source>%1
Net growth: %2
Cumulative: %3
Households: %4 · Penetration: %5</source>
            <translation>%1
Net growth: %2
Cumulative: %3
Households: %4 · Penetration: %5</translation>
        </message>
        <message numerus="yes">
            <source>Other %n units</source>
            <translation>
                <numerusform>Other %n unit</numerusform>
                <numerusform>Other %n units</numerusform>
            </translation>
        </message>
        <message>
            <source>Penetration</source>
            <translation>Penetration</translation>
        </message>
        <message>
            <source>Net growth</source>
            <translation>Net growth</translation>
        </message>
        <message>
            <source>Cumulative fans</source>
            <translation>Cumulative fans</translation>
        </message>
    </context>
    <context>
        <name>civic::ui::UpdateNotice</name>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>Do not remind me of this version again</source>
            <translation>Do not remind me of this version again</translation>
        </message>
        <message>
            <source>click to download</source>
            <translation>click to download</translation>
        </message>
        <message>
            <source>A new version %1 is available, %2</source>
            <translation>A new version %1 is available, %2</translation>
        </message>
    </context>
</TS>
