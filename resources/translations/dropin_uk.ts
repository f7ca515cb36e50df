<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Accounts</name>
    <message>
        <source>Please enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has at most 64 characters and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has accounts; log in as a manager to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. The account is locked; try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That language is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre needs at least one active manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Set {name} or run this in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {path} with manager account {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database passphrase: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins (password {pw}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {src} to {dest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential records for drop-in centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file (default: the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new encrypted database with a first manager account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of the first manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a database with realistic synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a checked backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the database passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Wrong passphrase or not a dropin database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would clash with a record already saved, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of dropin. Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Drop-in visits</source>
        <extracomment>for PERCENT: the keys of the numerator and denominator counts shown as a 12-week trend chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded visit or contact, including anonymous walk-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the week that are not voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different registered clients who had at least one visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with one or more visits in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose first ever visit fell in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose earliest visit is in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits recorded without a client code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the week with no client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people reached the centre: walk-in, phone, online, outreach or accompanied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the week, by contact channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people seen, by the gender they gave (not stated if left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people seen, by age band at the time of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by age band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each service was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lines on visits in the week, by service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male condoms handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of male condoms given out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of quantities in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female condoms handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of female condoms given out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lubricant handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes given out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV counselling and testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People counselled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people who received pre-test counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a counselling session in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people who had a rapid HIV test with a final result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a test in the week that has a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested and received the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who were told their result (HTS_TST style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests in the week whose result was given to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests by result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests by final result: non-reactive, reactive or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests in the week, by result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive (preliminary positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose rapid test was reactive. This is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a reactive test in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people tested whose test was reactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a reactive test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred for confirmatory testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing made in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals created in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals where the confirmatory test was positive, recorded in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmatory positive results dated in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to treatment (ART start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who started treatment in the week after a reactive test here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals with an ART start date in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from test to ART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle value of the days from the reactive test to the start of treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to ART for people linked in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from test to ART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People linked in the week, by days from test to treatment: up to 7, 8 to 14, 15 to 30, over 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People linked in the week, by time to treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals whose due date had passed at the end of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals not closed and due before the end of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test kits used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits taken from stock for tests, repeats and quality control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits used in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test kits in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits on hand at the end of the week (not expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits received minus kits used or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit lots expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots with kits on hand that expire within 60 days of the end of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots in stock expiring soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-control runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit-control runs done in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC runs dated in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds available for use at the end of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured beds not out of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights spent in the shelter: one per person per night, from admission up to the night before discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights in the week covered by stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed-nights used as a share of bed-nights available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed-nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds in service times seven nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds in service on each night of the week, added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over nights of beds in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays that began in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays with an admission date in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharges by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays that ended in the week, by where the person went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays with a discharge date in the week, by outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays extended in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions approved in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays past their planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current stays whose planned end had passed at the end of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stays with a planned end before the end of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children accommodated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children staying with a parent on at least one night of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of accompanying children over stays present in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s activity sessions held, by type (homework, games, art ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held in the week, by type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child present at each session, plus unregistered children counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance marks in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different registered children who came at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered children with an attendance in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents present at children&apos;s sessions or parents&apos; workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent attendances in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; workshops held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops for parents on rights and parenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops held in the week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Please log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Please give a reason for voiding this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
