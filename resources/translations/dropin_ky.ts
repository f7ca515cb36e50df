<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About dropin</source>
        <translation>dropin жөнүндө</translation>
    </message>
    <message>
        <source>dropin {version}</source>
        <translation>dropin {version}</translation>
    </message>
    <message>
        <source>Confidential records for community-led drop-in centres.</source>
        <translation>Коомчулук дроп-ин борборлору үчүн купуя эсеп.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Маалымат папкасы: {path}</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>GNU General Public License 3-версиясы же андан кийинки версиясы боюнча эркин программа.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Please enter a user name.</source>
        <translation>Колдонуучунун атын киргизиңиз.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters and no spaces.</source>
        <translation>Колдонуучунун аты 64 белгиден ашпайт жана боштуксуз жазылат.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Сырсөздө жок дегенде %n белги болушу керек.</numerusform>
            <numerusform>Сырсөздө жок дегенде %n белги болушу керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has accounts; log in as a manager to add more.</source>
        <translation>Бул базада аккаунттар мурунтан бар; дагы кошуу үчүн жетекчи катары кириңиз.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Бул колдонуучу аты мурунтан бош эмес.</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the stores have no keys to rotate: its roles protect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager logged in to this program, holding every store, can rotate the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the upgrade of the stores first; then rotate the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager logged in to this program, holding every store, can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation>Аракетсиз кулпулоо убактысы 1 мүнөттөн 120 мүнөткө чейин болушу керек.</translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation>Ролду тандаңыз.</translation>
    </message>
    <message>
        <source>That language is not available.</source>
        <translation>Бул тил жеткиликтүү эмес.</translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation>Мындай аккаунт жок.</translation>
    </message>
    <message>
        <source>The centre needs at least one active manager.</source>
        <translation>Борбордо жок дегенде бир активдүү жетекчи болушу керек.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. After %n failed attempts in a row an account also waits a while before it accepts its password again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong, or there were too many failed attempts; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of your own, not the one the manager gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason for unlocking the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this database&apos;s recovery key, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user name of a manager account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>optional</source>
        <translation>милдеттүү эмес</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Колдонуучунун &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Көрүнүүчү аты:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тили:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Сырсөздү ка&amp;йталаңыз:</translation>
    </message>
    <message>
        <source>Give the person their password in private; they can change it under dropin › Change my password.</source>
        <translation>Сырсөздү адамга жеке бериңиз; ал аны dropin › Сырсөзүмдү өзгөртүү менюсунда өзгөртө алат.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Services</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Кызматкердин аккаунтун кошуу</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ролду өзгөртүү</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сырсөздү жаңыдан коюу</translation>
    </message>
    <message>
        <source>Change the database passphrase</source>
        <translation>Базанын купуя фразасын өзгөртүү</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a one-time password (Users → Reset password) to get the keys of their role: %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not logged in since the upgrade: %n account(s). They will need a one-time password. Finish the upgrade now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Камдык көчүрмөнүн купуя фразасы</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Коопсуздук</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Маалымат базасы</translation>
    </message>
    <message>
        <source>This tab could not be opened because of an error. The error was logged.</source>
        <translation>Бул өтмөктү катадан улам ачуу мүмкүн болгон жок. Ката журналга жазылды.</translation>
    </message>
</context>
<context>
    <name>Advocacy</name>
    <message>
        <source>Other areas</source>
        <translation>Башка аймактар</translation>
    </message>
    <message>
        <source>Area not recorded</source>
        <translation>Аймак көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Incidents by perpetrator</source>
        <extracomment>(key, title, the choice list its categories come from)</extracomment>
        <translation>Окуялар кылмышкер боюнча</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Incidents by area</source>
        <translation>Окуялар аймактар боюнча</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Көрсөтүлгөн жардам</translation>
    </message>
    <message>
        <source>Incidents documented with consent</source>
        <extracomment>plain figures: (key, label)</extracomment>
        <translation>Макулдук менен катталган окуялар</translation>
    </message>
    <message>
        <source>Complaints filed by the person</source>
        <translation>Адамдын өзү берген даттануулар</translation>
    </message>
    <message>
        <source>Legal cases decided in the period</source>
        <translation>Мезгилде чечилген иштер</translation>
    </message>
    <message>
        <source>Legal cases won</source>
        <translation>Утулган иштер</translation>
    </message>
    <message>
        <source>Share of decided cases won</source>
        <translation>Чечилген иштердин ичинен утулгандардын үлүшү</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Мезгилдин аягы анын башталышынан мурун.</translation>
    </message>
    <message>
        <source>Please choose at most ten years.</source>
        <translation>Он жылдан ашык эмес тандаңыз.</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>Бул мезгил али башталган жок.</translation>
    </message>
    <message>
        <source>Violence and rights violations in {year}</source>
        <translation>{year}-жылы зомбулук жана укук бузуулар</translation>
    </message>
    <message>
        <source>Violence and rights violations</source>
        <translation>Зомбулук жана укук бузуулар</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Only incidents whose person agreed to their anonymised use are counted. The report holds no client codes, no dates of single incidents and no accounts.</source>
        <translation>Адам анонимдүү колдонууга макул болгон окуялар гана эсептелди. Отчетто клиенттердин коддору, айрым окуялардын күндөрү жана баяндар жок.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толугураак</translation>
    </message>
    <message>
        <source>An incident may count under more than one kind of violation and of support. A legal case counts as decided when it was won or lost in the period; withdrawn and pending cases are not counted.</source>
        <translation>Бир окуя бир нече укук бузуу жана жардам түрүндө эсептелиши мүмкүн. Иш мезгил ичинде утулса же уттурулса чечилген деп эсептелет; кайтарылып алынган жана бүтө элек иштер эсептелбейт.</translation>
    </message>
    <message>
        <source>Advocacy report {period}</source>
        <translation>Адвокация отчету {period}</translation>
    </message>
</context>
<context>
    <name>AdvocacyPanel</name>
    <message>
        <source>Advocacy report (consented cases only, aggregates)</source>
        <translation>Адвокация отчету (макулдугу бар окуялар гана, жалпы маалымат)</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Мезг&amp;ил:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сактоо…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV сактоо…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сакталды: {path}.</translation>
    </message>
    <message>
        <source>Save the advocacy report</source>
        <translation>Адвокация отчетун сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдар (*.csv)</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Type a name or parent code, then Enter to tick</source>
        <translation>Атын же ата-энесинин кодун териңиз, белгилөө үчүн Enter басыңыз</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Туулган жылы / жашы</translation>
    </message>
    <message>
        <source>Parent&apos;s code</source>
        <translation>Ата-энесинин коду</translation>
    </message>
    <message>
        <source>Consent to take part</source>
        <translation>Катышууга макулдук</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Жазылган эмес</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Сүрөткө тартууга болот</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>&amp;Unregistered children:</source>
        <translation>&amp;Катталбаган балдар:</translation>
    </message>
    <message>
        <source>Parents &amp;present:</source>
        <translation>Келген &amp;ата-энелер:</translation>
    </message>
    <message>
        <source>Client code, then Enter</source>
        <translation>Кардардын коду, анан Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ко&amp;шуу</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;code:</source>
        <translation>Ата-энесинин к&amp;оду:</translation>
    </message>
    <message>
        <source>Other adults &amp;without a code:</source>
        <translation>Коду жок башка &amp;чоңдор:</translation>
    </message>
    <message>
        <source>There is no session to record yet. Plan one on the Sessions tab.</source>
        <translation>Азырынча жаза турган сабак жок. «Сабактар» өтмөгүндө сабак пландаңыз.</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>Катышууну &amp;сактоо</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>{date}, {start}–{end} · {type} · {status}</source>
        <translation>{date}, {start}–{end} · {type} · {status}</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Сакталбаган катышуу</translation>
    </message>
    <message>
        <source>The ticks for this session are not saved. Leave them unsaved?</source>
        <translation>Бул сабактагы белгилер сакталган жок. Сактабай эле чыгасызбы?</translation>
    </message>
    <message>
        <source>This session is in the future: attendance can be taken on the day.</source>
        <translation>Бул сабак али боло элек: катышууну ошол күнү белгилөөгө болот.</translation>
    </message>
    <message>
        <source>{name} has no guardian consent to take part recorded yet. Record it in the Children tab first.</source>
        <translation>{name}: камкорчунун катышууга макулдугу азырынча жазылган эмес. Адегенде аны «Балдар» өтмөгүндө жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) with a code</source>
        <translation>
            <numerusform>коду бар ата-энелер: %n</numerusform>
            <numerusform>коду бар ата-энелер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s) in total</source>
        <translation>
            <numerusform>бардык чоңдор: %n</numerusform>
            <numerusform>бардык чоңдор: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) ticked</source>
        <translation>
            <numerusform>белгиленген балдар: %n</numerusform>
            <numerusform>белгиленген балдар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) in total</source>
        <translation>
            <numerusform>бардык балдар: %n</numerusform>
            <numerusform>бардык балдар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>азырынча сакталган жок</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сакталды</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Са&amp;бак:</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>A seal looks like 1234:0123456789abcdef (the entry count, a colon and the start of the head hash).</source>
        <extracomment>the ``settings`` row holding the anchor&apos;s sealing key (made by migration 0008) hex digits of the head hash printed in a seal the actions of the entries the session hooks write for a change of a record (reads and logins leave others)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log holds fewer entries than the seal counts: it was cut or rolled back to an older copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s first {count} entries no longer produce this seal: the log was rewritten or replaced by another copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries at the end of the log were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last recorded entry was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is missing before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to the previous entry is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor file beside the database is missing, so entries cut from the end would not show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor file beside the database does not belong to this log or was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <extracomment>table-name prefixes → area (entities that are not tables, e.g. &quot;database&quot;, belong to administration)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баш калкалоочу жай</translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <extracomment>names shown for the actions people look for (others are shown as written in the log)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Камдык көчүрмө</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store keys rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade of the stores finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say in a sentence why the anchor is being reset.</source>
        <extracomment>records whose every opening is a sensitive event actions that are sensitive events on their own which log: the main one (``None``) or the chain inside a store (&quot;health&quot;, &quot;casework&quot;) the sensitive events the weekly report counts, by kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Аяктоо датасы башталуу датасынан мурун.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries checked, and none is missing at the end.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier seal still matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log check failed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation>Аудит журналы {id} жазуусунда бузулган: {problem}.</translation>
    </message>
    <message>
        <source>Legal store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health store&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case-work store&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal store&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{log}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-work store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reports and backups print the log&apos;s seal. Enter a seal from an earlier report to check that the entries it counted are still there, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier seal, e.g. 1234:0123456789abcdef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;anchor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries about HIV testing, case-work and legal records are kept in the log inside their own encrypted store, so that the main log names none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;sensitive events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass openings, reads of test records, accounts created, role changes, password resets, restores, re-anchoring, failed logins and lockouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Б&amp;аштап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Чейин:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Качан</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Толугураак</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Current seal: {seal} ({count} entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor now points at entry {count}; the re-anchoring is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>Журна&amp;л:</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the log has no anchor file to reset: the server refuses any change or removal of its entries, and the seal names its end.</source>
        <translation>Борбордун серверинде журналдын кайра коюла турган байлам файлы жок: сервер эч бир жазууну өзгөртүүгө же өчүрүүгө жол бербейт, ал эми журналдын аягын анын мөөрү көрсөтөт.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>The backup of the server&apos;s database is encrypted with a passphrase of its own. Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Сервердеги маалымат базасынын камдык көчүрмөсү өзүнчө купуя фраза менен шифрленет. Купуя фразаны көчүрмөдөн бөлөк сактаңыз: ансыз көчүрмөнү калыбына келтирүүгө болбойт.</translation>
    </message>
    <message>
        <source>Backup file: {path}</source>
        <translation>Камдык көчүрмөнүн файлы: {path}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Купуя фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Ка&amp;йталоо:</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>skipped (area not available)</source>
        <extracomment>how much of a five-year centre to build the figure must be below this (``None``: shown for information)</extracomment>
        <translation>өткөрүлдү (бөлүм жеткиликсиз)</translation>
    </message>
    <message>
        <source>filled by the demo generator, not at bench scale</source>
        <translation>демо генератор толтурган, бенчмарк масштабында эмес</translation>
    </message>
    <message>
        <source>skipped (area not installed)</source>
        <translation>өткөрүлдү (бөлүм орнотулган эмес)</translation>
    </message>
    <message>
        <source>Database unlock</source>
        <translation>Базанын кулпусун ачуу</translation>
    </message>
    <message>
        <source>kdf_iter {n}</source>
        <translation>kdf_iter {n}</translation>
    </message>
    <message>
        <source>  of which key derivation</source>
        <translation>  анын ичинде ачкычты чыгаруу</translation>
    </message>
    <message>
        <source>Client-code search</source>
        <translation>Кардардын кодун издөө</translation>
    </message>
    <message>
        <source>{n} clients</source>
        <translation>{n} кардар</translation>
    </message>
    <message>
        <source>Encryption overhead (same work, plain SQLite)</source>
        <translation>Шифрлөөнүн кошумча чыгымы (ошол эле иш, жөнөкөй SQLite)</translation>
    </message>
    <message>
        <source>{n} saves, 300 searches</source>
        <translation>{n} сактоо, 300 издөө</translation>
    </message>
    <message>
        <source>section indicators only</source>
        <translation>бөлүмдүн көрсөткүчтөрү гана</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Жумалык отчет</translation>
    </message>
    <message>
        <source>  against raw SQL</source>
        <translation>  таза SQL менен салыштырганда</translation>
    </message>
    <message>
        <source>skipped (no raw-SQL baseline from the areas)</source>
        <translation>өткөрүлдү (бөлүмдөрдөн таза SQL үлгүсү жок)</translation>
    </message>
    <message>
        <source>raw SQL {t}</source>
        <translation>таза SQL {t}</translation>
    </message>
    <message>
        <source>GUI cold start to unlock screen</source>
        <translation>GUI суук баштоодон кулпу ачуу экранына чейин</translation>
    </message>
    <message>
        <source>skipped (the GUI could not start here)</source>
        <translation>өткөрүлдү (GUI бул жерде иштей алган жок)</translation>
    </message>
    <message>
        <source>process start to {screen} shown</source>
        <translation>процесс башталгандан {screen} көрсөтүлгөнгө чейин</translation>
    </message>
    <message>
        <source>Peak memory of the bench process</source>
        <translation>Өлчөө процессинин эң жогорку эстутуму</translation>
    </message>
    <message>
        <source>skipped (not measurable on this system)</source>
        <translation>өткөрүлдү (бул системада өлчөнбөйт)</translation>
    </message>
    <message>
        <source>Bulk build of the synthetic centre</source>
        <translation>Жасалма борборду толугу менен түзүү</translation>
    </message>
    <message>
        <source>--reuse needs a database file kept by an earlier run with --keep, and no --keep.</source>
        <translation>--reuse үчүн мурунку --keep менен иштетүүдө сакталган маалымат базасынын файлы керек, --keep жок.</translation>
    </message>
    <message>
        <source>dropin bench, scale {scale}: {sizes}</source>
        <translation>dropin bench, масштаб {scale}: {sizes}</translation>
    </message>
    <message>
        <source>The database was kept at {path} (passphrase: {p}).</source>
        <translation>База сакталып калды: {path} (купуя фраза: {p}).</translation>
    </message>
    <message>
        <source>time the database and screens on a synthetic busy centre</source>
        <translation>жасалма иштүү борбордо базанын жана экрандардын ылдамдыгын өлчөө</translation>
    </message>
    <message>
        <source>small (about a minute) or full (five busy years)</source>
        <translation>кичине (болжол менен бир мүнөт) же толук (беш иштүү жыл)</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>сандарды JSON катары чыгаруу</translation>
    </message>
    <message>
        <source>build the database at PATH and keep it</source>
        <translation>базаны PATH жолунда түзүп, сактап калуу</translation>
    </message>
    <message>
        <source>time only the reports, on a database kept by an earlier run with --keep</source>
        <translation>мурунку --keep менен иштетүүдө сакталган маалымат базасында отчётторду гана өлчөө</translation>
    </message>
    <message>
        <source>dropin bench builds its own synthetic database and does not take --db; use --keep PATH to keep it.</source>
        <translation>dropin bench өзүнүн синтетикалык базасын түзөт жана --db кабыл албайт; аны сактоо үчүн --keep ЖОЛ көрсөтүңүз.</translation>
    </message>
    <message>
        <source>GUI: unlock screen to front desk ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowest: {page}; {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load average {load}, processors: {cpus}</source>
        <translation>орточо жүк {load}, процессорлор: {cpus}</translation>
    </message>
    <message>
        <source>waits after Unlock ({unlock}) and after Log in ({login}); typing excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI: page switch, first visit (slowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI: page switch, later visits (slowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI: first Reports page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  and its weekly summary on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI: peak memory (unlock, login, every page, the weekly summary)</source>
        <translation>Интерфейс: эң жогорку эстутум (кулпуну ачуу, кирүү, бардык барактар, жумалык жыйынтык)</translation>
    </message>
    <message>
        <source>Quarter report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in, 4 desks at once, encrypted file ({stat})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in, 4 desks at once, PostgreSQL server ({stat})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (no PostgreSQL server: set DROPIN_BENCH_SERVER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and login (every store)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жаңы&amp;лоо</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Кабыл алуу…</translation>
    </message>
    <message>
        <source>Re&amp;serve…</source>
        <translation>&amp;Брондоо…</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>Келди деп бел&amp;гилөө</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Узартуу…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>К&amp;оторуу…</translation>
    </message>
    <message>
        <source>D&amp;ischarge…</source>
        <translation>&amp;Чыгаруу…</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>Брондоону жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Пландалган мөөнөтү өттү</translation>
    </message>
    <message>
        <source>No beds are configured yet. A manager can add rooms and beds on the Rooms and beds tab.</source>
        <translation>Азырынча орундар жөндөлгөн эмес. Жетекчи «Бөлмөлөр жана орундар» өтмөгүндө бөлмөлөрдү жана орундарды кошо алат.</translation>
    </message>
    <message>
        <source>{free} free, {occupied} occupied, {reserved} reserved, {oos} out of service</source>
        <translation>бош: {free}, ээленген: {occupied}, брондолгон: {reserved}, колдонулбайт: {oos}</translation>
    </message>
    <message numerus="yes">
        <source>%n past planned end</source>
        <translation>
            <numerusform>мөөнөтү өткөндөр: %n</numerusform>
            <numerusform>мөөнөтү өткөндөр: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Брондоону жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is the reservation cancelled?</source>
        <translation>Брондоо эмне үчүн жокко чыгарылды?</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>Оң&amp;доо…</translation>
    </message>
</context>
<context>
    <name>BreakGlassTab</name>
    <message>
        <source>Test results are for peer counsellors only. Open a single record only when there is a real need; your reason and the opening are written to the audit log.</source>
        <translation>Тесттин жыйынтыктары теңтуш консультанттар үчүн гана. Бир жазууну чындап керек болгондо гана ачыңыз; себебиңиз жана ачканыңыз аудит журналына жазылат.</translation>
    </message>
    <message>
        <source>Find tests</source>
        <translation>Тесттерди табуу</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Кардардын коду:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <source>Open this one record</source>
        <translation>Ушул бир жазууну ачуу</translation>
    </message>
    <message>
        <source>Find the person&apos;s tests and choose one first.</source>
        <translation>Адегенде адамдын тесттерин таап, бирин тандаңыз.</translation>
    </message>
    <message>
        <source>{code}, test of {date}: {result}. Result given: {given}.</source>
        <translation>{code}, тест {date}: {result}. Жыйынтык айтылды: {given}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Set {name} or run this in a terminal to type it.</source>
        <extracomment>Modules that add sub-commands: each has ``register(subparsers)`` (the areas&apos; ``cli`` in dropin.areas, then these). What a command runs: the parsed arguments in, the exit code out. ``command(name, func, help)`` given to each extension&apos;s ``register``: a sub-command with ``--db`` the sub-commands&apos; parsers, the other argument of ``register``</extracomment>
        <translation>{name} өзгөрмөсүн коюңуз же терүү үчүн муну терминалда иштетиңиз.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Кайталаңыз: </translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>Эки жазуу дал келбейт.</translation>
    </message>
    <message>
        <source>An empty value is not allowed.</source>
        <translation>Бош маанига уруксат жок.</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>Базанын купуя фразасы: </translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — бул файл, папка эмес.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — бул папка; файлдын атын жазыңыз.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {place} is a file, not a folder.</source>
        <translation>{path} жазылбайт: {place} — бул файл, папка эмес.</translation>
    </message>
    <message>
        <source>{path} cannot be written: there is no permission to write there.</source>
        <translation>{path} жазылбайт: ал жерге жазууга уруксат жок.</translation>
    </message>
    <message>
        <source>New database passphrase: </source>
        <translation>Базанын жаңы купуя фразасы: </translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Сырсөз ({name}): </translation>
    </message>
    <message>
        <source>Created {path} with manager account {name}.</source>
        <translation>Түзүлдү: {path}, жетекчинин аккаунту: {name}.</translation>
    </message>
    <message>
        <source>Demo database: {path}</source>
        <translation>Демо база: {path}</translation>
    </message>
    <message>
        <source>Database passphrase: {p}</source>
        <translation>Базанын купуя фразасы: {p}</translation>
    </message>
    <message>
        <source>Logins (password {pw}): {names}</source>
        <translation>Логиндер (сырсөз {pw}): {names}</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}.</source>
        <translation>Шифрленген камдык көчүрмө жазылды: {path}.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Камдык көчүрмөнүн купуя фразасы: </translation>
    </message>
    <message>
        <source>Set DROPIN_CURRENT_PASSPHRASE to it.</source>
        <translation>Аны DROPIN_CURRENT_PASSPHRASE ичине жазыңыз.</translation>
    </message>
    <message>
        <source>Passphrase of the database being replaced: </source>
        <translation>Алмаштырылуучу маалымат базасынын сырсөз фразасы: </translation>
    </message>
    <message>
        <source>Restored {src} to {dest}.</source>
        <translation>Калыбына келтирилди: {src} → {dest}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>Мурунку база сакталып калды: {path}.</translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation>Базанын купуя фразасы өзгөртүлдү.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked, and none is missing at the end.</source>
        <translation>
            <numerusform>Аудит журналы бүтүн: %n жазуу текшерилди, аягынан эч нерсе өчүрүлгөн эмес.</numerusform>
            <numerusform>Аудит журналы бүтүн: %n жазуу текшерилди, аягынан эч нерсе өчүрүлгөн эмес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation>Аудит журналы {id} жазуусунда бузулган: {problem}.</translation>
    </message>
    <message>
        <source>Damaged: {problem}</source>
        <translation>Бузулуу: {problem}</translation>
    </message>
    <message>
        <source>Pages, structure and links between records: no damage found.</source>
        <translation>Барактар, түзүлүш жана жазуулардын ортосундагы байланыштар: бузулуу табылган жок.</translation>
    </message>
    <message>
        <source>Audit log could not be checked: {problem}</source>
        <translation>Аудит журналын текшерүү мүмкүн болгон жок: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Аудит журналы өзгөргөн эмес: %n жазуу текшерилди.</numerusform>
            <numerusform>Аудит журналы өзгөргөн эмес: %n жазуу текшерилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: the database is sound.</source>
        <translation>Жыйынтык: маалымат базасы бузулган эмес.</translation>
    </message>
    <message>
        <source>Verdict: the database is damaged. Restore the latest good backup.</source>
        <translation>Жыйынтык: маалымат базасы бузулган. Акыркы бузулбаган камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>Health store</source>
        <extracomment>the stores by name, in what ``dropin check`` prints</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-work store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health and case-work stores were not checked: their keys open only with a login (add --user NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store}: pages, structure and links: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{store}: audit log intact, %n record(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{store}: audit log broken at entry {id}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (this login does not hold them): {stores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential records for drop-in centres.</source>
        <translation>Дроп-ин борборлору үчүн купуя жазуулар.</translation>
    </message>
    <message>
        <source>database file (default: the user data folder)</source>
        <translation>базанын файлы (демейки: колдонуучунун маалымат папкасы)</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>базанын файлы</translation>
    </message>
    <message>
        <source>create a new encrypted database with a first manager account</source>
        <translation>биринчи жетекчинин аккаунту менен жаңы шифрленген база түзүү</translation>
    </message>
    <message>
        <source>user name of the first manager</source>
        <translation>биринчи жетекчинин колдонуучу аты</translation>
    </message>
    <message>
        <source>create a database with realistic synthetic data</source>
        <translation>чындыкка жакын жасалма маалыматтар менен база түзүү</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>бар файлды алмаштыруу</translation>
    </message>
    <message>
        <source>write an encrypted backup</source>
        <translation>шифрленген камдык көчүрмө жазуу</translation>
    </message>
    <message>
        <source>replace an existing backup file</source>
        <translation>бар камдык көчүрмө файлын алмаштыруу</translation>
    </message>
    <message>
        <source>replace the database with a checked backup</source>
        <translation>базаны текшерилген камдык көчүрмө менен алмаштыруу</translation>
    </message>
    <message>
        <source>change the database passphrase</source>
        <translation>базанын купуя фразасын өзгөртүү</translation>
    </message>
    <message>
        <source>check the database for damage and its audit log</source>
        <translation>маалымат базасын бузулууга жана анын аудит журналын текшерүү</translation>
    </message>
    <message>
        <source>audit log tools</source>
        <translation>аудит журналынын куралдары</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>аудит журналынын хэш чынжырын текшерүү</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Үзгүлтүккө учурады.</translation>
    </message>
    <message>
        <source>No report translation for the language &quot;{lang}&quot; is installed.</source>
        <translation>«{lang}» тили үчүн отчеттун котормосу орнотулган эмес.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Аяктоо датасы башталуу датасынан мурун.</translation>
    </message>
    <message>
        <source>Exported {weeks} weeks ({first} to {last}) to {path}:</source>
        <translation>{weeks} жума ({first} – {last}) экспорттолду: {path}:</translation>
    </message>
    <message>
        <source>(no data recorded for this area)</source>
        <translation>(бул бөлүм боюнча маалымат жазылган эмес)</translation>
    </message>
    <message>
        <source>write the weekly summary as a PDF</source>
        <translation>жумалык жыйынтыкты PDF катары жазуу</translation>
    </message>
    <message>
        <source>ISO week such as 2026-W47 (default: the last complete week)</source>
        <translation>ISO жума, мисалы 2026-W47 (демейки: акыркы толук жума)</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>жазыла турган PDF файл</translation>
    </message>
    <message>
        <source>language of the report (default: English)</source>
        <translation>отчеттун тили (демейки: англисче)</translation>
    </message>
    <message>
        <source>write the weekly indicators as CSV files, one per area</source>
        <translation>жумалык көрсөткүчтөрдү CSV файлдары катары жазуу, ар бир бөлүмгө бирден</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>биринчи күн, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>акыркы күн, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>folder to write the CSV files into</source>
        <translation>CSV файлдары жазыла турган папка</translation>
    </message>
    <message>
        <source>Self-test failed: the service catalogue is empty.</source>
        <translation>Өзүн-өзү текшерүү өтпөдү: кызматтар каталогу бош.</translation>
    </message>
    <message>
        <source>Self-test failed: the visit just recorded could not be read back.</source>
        <translation>Өзүн-өзү текшерүү өтпөдү: жаңы эле жазылган баруу кайра окулган жок.</translation>
    </message>
    <message>
        <source>Database opened, its schema is up to date and {name} is logged in.</source>
        <translation>Маалымат базасы ачылды, анын схемасы жаңы, {name} кирди.</translation>
    </message>
    <message>
        <source>Visit {id} recorded through the front-desk service and read back.</source>
        <translation>{id} баруу кабыл алуу кызматы аркылуу жазылып, кайра окулду.</translation>
    </message>
    <message>
        <source>Self-test failed: the audit log is broken at entry {id}.</source>
        <translation>Өзүн-өзү текшерүү өтпөдү: аудит журналы {id} жазууда бузулган.</translation>
    </message>
    <message>
        <source>Self-test failed: the weekly summary is not a PDF.</source>
        <translation>Өзүн-өзү текшерүү өтпөдү: жумалык корутунду PDF эмес.</translation>
    </message>
    <message>
        <source>Weekly summary written in English and Russian.</source>
        <translation>Жумалык корутунду англис жана орус тилдеринде жазылды.</translation>
    </message>
    <message>
        <source>With --db, name the account that records the visit with --user.</source>
        <translation>--db менен баруу жазган каттоо эсебин --user аркылуу көрсөтүңүз.</translation>
    </message>
    <message>
        <source>{path} already holds records. The self-test only writes into a new, empty database, so that no centre&apos;s figures change; run it without --db to use a temporary one.</source>
        <translation>{path} ичинде жазуулар бар. Борбордун көрсөткүчтөрү өзгөрбөшү үчүн өзүн-өзү текшерүү жаңы, бош маалымат базасына гана жазат; убактылуу базаны колдонуу үчүн аны --db жок иштетиңиз.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Өзүн-өзү текшерүү өттү.</translation>
    </message>
    <message>
        <source>check the installed program: record a visit, read it back, write the weekly PDF</source>
        <translation>орнотулган программаны текшерүү: барууну жазуу, кайра окуу, жумалык PDF жазуу</translation>
    </message>
    <message>
        <source>with --db: the account that records the visit (password from DROPIN_USER_PASSWORD or asked)</source>
        <translation>--db менен: баруу жазган каттоо эсеби (сырсөз DROPIN_USER_PASSWORD ичинен же суралат)</translation>
    </message>
    <message>
        <source>The option --weeks must be a number of weeks from 1 to {most}.</source>
        <translation>--weeks параметри 1ден {most}ге чейинки апталардын саны болушу керек.</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n record(s) pointing at a record that is missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>weeks of history to make, 1 to {most} (default: 26)</source>
        <translation>канча апталык тарых түзүү, 1ден {most}ге чейин (демейки 26)</translation>
    </message>
    <message>
        <source>seed of the random data (default: 1)</source>
        <translation>кокус маалыматтардын баштапкы мааниси (демейки 1)</translation>
    </message>
    <message>
        <source>Please name what to do: {choices}.</source>
        <translation>Эмне кылууну көрсөтүңүз: {choices}.</translation>
    </message>
    <message>
        <source>The option {option} is required.</source>
        <translation>{option} параметри керек.</translation>
    </message>
    <message>
        <source>The options {options} are required.</source>
        <translation>{options} параметрлери керек.</translation>
    </message>
    <message>
        <source>This command does not take {arguments}. See dropin --help.</source>
        <translation>Бул буйрук {arguments} кабыл албайт. dropin --help караңыз.</translation>
    </message>
    <message>
        <source>The option {option} cannot be “{value}”; choose one of: {choices}.</source>
        <translation>{option} параметри «{value}» боло албайт; булардын бирин тандаңыз: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a dropin command; choose one of: {choices}.</source>
        <translation>«{value}» dropin буйругу эмес; булардын бирин тандаңыз: {choices}.</translation>
    </message>
    <message>
        <source>The option {option} needs a whole number, not “{value}”.</source>
        <translation>{option} параметрине «{value}» эмес, бүтүн сан керек.</translation>
    </message>
    <message>
        <source>The option {option} cannot be “{value}”.</source>
        <translation>{option} параметри «{value}» боло албайт.</translation>
    </message>
    <message>
        <source>The option {option} needs a value.</source>
        <translation>{option} параметрине маани керек.</translation>
    </message>
    <message>
        <source>The option {option} takes no value.</source>
        <translation>{option} параметри маани кабыл албайт.</translation>
    </message>
    <message>
        <source>The option {option} is ambiguous: it could mean {matches}.</source>
        <translation>{option} параметри бир маанилүү эмес: бул {matches} болушу мүмкүн.</translation>
    </message>
    <message>
        <source>The command line could not be understood ({detail}). See dropin --help.</source>
        <translation>Буйрук сабын түшүнүү мүмкүн болгон жок ({detail}). dropin --help караңыз.</translation>
    </message>
    <message>
        <source>your staff user name; the action is recorded under it (password from DROPIN_USER_PASSWORD or asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your staff user name with --user NAME: this command is recorded in the audit log under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit seal of the backup: {seal} (keep it apart from the backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit seal of the restored log: {seal}; of the replaced log: {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked, none is missing at the end, and the seal {seal} still matches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log check failed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit seal: {seal} ({count} entries, head {head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor now points at entry {count}; the re-anchoring is recorded. New seal: {seal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {name} is unlocked; the unlocking is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT:HASH printed on an earlier report or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the audit log&apos;s current seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point a missing or invalid anchor at the log&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, in a sentence (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff account tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift a lockout (needs the database passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locked account&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a year such as 2026.</source>
        <translation>Жылды көрсөтүңүз, мисалы 2026.</translation>
    </message>
    <message>
        <source>Please give only one of --year, --week, --month, --period or --from/--to.</source>
        <translation>--year, --week, --month, --period же --from/--to ичинен бирөөнү гана бериңиз.</translation>
    </message>
    <message>
        <source>Give the period: --year, --week, --month, --period, or --from and --to.</source>
        <translation>Мезгилди бериңиз: --year, --week, --month, --period же --from жана --to.</translation>
    </message>
    <message>
        <source>Advocacy report for {start} to {end} written to {path}.</source>
        <translation>{start} – {end} адвокация отчету {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Figures written to {path}.</source>
        <translation>Маалыматтар {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>write the advocacy report on violence (consented cases, aggregates only) as a PDF</source>
        <translation>зомбулук боюнча адвокация отчетун (макулдугу бар окуялар, жалпы маалымат гана) PDF катары жазуу</translation>
    </message>
    <message>
        <source>calendar year, such as 2026</source>
        <translation>календардык жыл, мисалы 2026</translation>
    </message>
    <message>
        <source>an ISO week such as 2026-W47</source>
        <translation>ISO жумасы, мисалы 2026-W47</translation>
    </message>
    <message>
        <source>also write the figures to this CSV file</source>
        <translation>маалыматтарды ушул CSV файлына да жазуу</translation>
    </message>
    <message>
        <source>Please give only one of --week, --month, --period or --from/--to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give both --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for {period} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuppressed figures need a manager&apos;s login: add --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the mapping file with --mapping FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the period with --week, --month, --period or --from/--to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised submission ({format}) for {period} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month such as 2026-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter such as 2026-Q3, or a year such as 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of a custom range, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day of a custom range, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funder version, or internal version with the quality page (managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (suppressed, one file per area) or a DHIS2 / DATIM submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping file from indicators to DHIS2 codes (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server as --url postgresql://USER@HOST/DATABASE.</source>
        <translation>Серверди мындай көрсөтүңүз: --url postgresql://КОЛДОНУУЧУ@СЕРВЕР/БАЗА.</translation>
    </message>
    <message>
        <source>Created the manager account {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database {name} on the server is ready: %n staff roles with their permissions.</source>
        <translation>
            <numerusform>Сервердеги {name} маалымат базасы даяр: кызматкерлердин %n ролу өз укуктары менен.</numerusform>
            <numerusform>Сервердеги {name} маалымат базасы даяр: кызматкерлердин %n ролу өз укуктары менен.</numerusform>
        </translation>
    </message>
    <message>
        <source>These accounts need a new password before they can log in to the server (a manager resets it): {names}.</source>
        <translation>Бул эсептик жазуулар серверге кире алышы үчүн жаңы сырсөз керек (аны жетекчи жаңыртат): {names}.</translation>
    </message>
    <message>
        <source>Give --manager: a manager&apos;s login opens every store of the file to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {path} to the server.</source>
        <translation>
            <numerusform>{path} файлынан серверге %n жазуу өткөрүлдү.</numerusform>
            <numerusform>{path} файлынан серверге %n жазуу өткөрүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit seal on the server: {seal} (the same as the file&apos;s).</source>
        <translation>Сервердеги аудит журналынын мөөрү: {seal} (файлдыкы менен бирдей).</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database already holds a dropin database; restore into a new one.</source>
        <translation>Сервердеги маалымат базасында dropin базасы бар; жаңы базага калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>Restored {src} to the server database {name}.</source>
        <translation>{src} сервердеги {name} маалымат базасына калыбына келтирилди.</translation>
    </message>
    <message numerus="yes">
        <source>Audit seal of the backup: {seal}; the restored log holds %n record(s) and verifies.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>set up the centre&apos;s PostgreSQL server</source>
        <translation>борбордун PostgreSQL серверин даярдоо</translation>
    </message>
    <message>
        <source>create or upgrade the tables, the staff roles and their permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://OWNER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre&apos;s CA certificate (for a server on another computer)</source>
        <translation>борбордун CA сертификаты (башка компьютердеги сервер үчүн)</translation>
    </message>
    <message>
        <source>user name of the first manager (for a new database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a single computer&apos;s database to a new database on the server</source>
        <translation>бир компьютердин маалымат базасын сервердеги жаңы базага өткөрүү</translation>
    </message>
    <message>
        <source>the encrypted database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager of the file: their password (asked) opens every store and becomes their server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a server backup (dropin backup) into a new database on the server</source>
        <translation>сервердин камдык көчүрмөсүн (dropin backup) сервердеги жаңы базага калыбына келтирүү</translation>
    </message>
    <message>
        <source>the encrypted server backup</source>
        <translation>сервердин шифрленген камдык көчүрмөсү</translation>
    </message>
    <message>
        <source>Give your staff user name with --user NAME: on the server you log in with it.</source>
        <translation>Кызматкердин атын --user АТЫ менен көрсөтүңүз: серверге ошол ат менен киресиз.</translation>
    </message>
    <message>
        <source>Recovery key: {key}
Write it on paper, print it or keep it in a sealed envelope, and lock it away. It is shown only now; with it a manager account can get back the HIV testing and case-work records when every manager password is lost (dropin users recover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (the groups printed when the database was made): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager account {name} has a new password and holds every store again; this is recorded in the audit log. Give the other staff one-time passwords as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the recovery key: a new password for a manager account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manager account&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to the database {name} on the server.</source>
        <translation>Демо маалыматтар сервердеги {name} маалымат базасына жазылды.</translation>
    </message>
    <message>
        <source>fill a new server database made by dropin server init instead: postgresql://OWNER@HOST/DATABASE</source>
        <translation>файлдын ордуна dropin server init түзгөн сервердеги жаңы маалымат базасын толтуруу: postgresql://OWNER@HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>CancelTestDialog</name>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the test of {code} started {time}? It is kept as cancelled, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit was not opened: it goes back into stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit was opened: count it as wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Choose a resident to open the case file. Opening it is recorded.</source>
        <translation>Кейсти ачуу үчүн жашоочуну тандаңыз. Кейсти ачканыңыз жазылып калат.</translation>
    </message>
    <message>
        <source>Admission reasons</source>
        <translation>Кабыл алуунун себептери</translation>
    </message>
    <message>
        <source>Note on the reasons</source>
        <translation>Себептер боюнча эскертүү</translation>
    </message>
    <message>
        <source>Save reasons</source>
        <translation>Себептерди сактоо</translation>
    </message>
    <message>
        <source>Life-plan goals</source>
        <translation>Турмуштук пландын максаттары</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Жаңы максат</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Максат кошуу</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Абалын белгилөө</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Кайра карап чыгуу</translation>
    </message>
    <message>
        <source>Void goal…</source>
        <translation>Максатты жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Кейс боюнча жазуулар</translation>
    </message>
    <message>
        <source>New case note</source>
        <translation>Жаңы жазуу</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Жазуу кошуу</translation>
    </message>
    <message>
        <source>Void note…</source>
        <translation>Жазууну жокко чыгаруу…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {bed}, since {start}, planned end {end}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {bed}, келген күнү {start}, пландалган аягы {end}</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Адегенде максатты тандаңыз.</translation>
    </message>
    <message>
        <source>Void goal</source>
        <translation>Максатты жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this goal voided? (It is kept, not deleted.)</source>
        <translation>Бул максат эмне үчүн жокко чыгарылат? (Ал өчүрүлбөйт, сакталат.)</translation>
    </message>
    <message>
        <source>Select a case note first.</source>
        <translation>Адегенде кейс боюнча жазууну тандаңыз.</translation>
    </message>
    <message>
        <source>Void case note</source>
        <translation>Кейс боюнча жазууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this case note voided? (It is kept, not deleted.)</source>
        <translation>Кейс боюнча бул жазуу эмне үчүн жокко чыгарылат? (Ал өчүрүлбөйт, сакталат.)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <source>Consent to anonymised use in advocacy reports</source>
        <translation>Адвокация отчетторунда анонимдүү колдонууга макулдук</translation>
    </message>
    <message>
        <source>The person agrees</source>
        <translation>Адам макул</translation>
    </message>
    <message>
        <source>The person does not agree</source>
        <translation>Адам макул эмес</translation>
    </message>
    <message>
        <source>Evidence log (what exists and who holds it; no files are kept here)</source>
        <translation>Далилдер журналы (эмне бар жана кимде сакталат; файлдар бул жерде сакталбайт)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Далил</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Кимде</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Катталды</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Журналга кошуу</translation>
    </message>
    <message>
        <source>Void entry…</source>
        <translation>Жазууну жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>Юридикалык иш</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ачылды</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Баскычтар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Иш ачуу</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Баскыч кошуу</translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation>Жыйынтыкты көрсөтүү</translation>
    </message>
    <message>
        <source>Void case…</source>
        <translation>Ишти жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Save the incident first.</source>
        <translation>Адегенде окуяны сактаңыз.</translation>
    </message>
    <message>
        <source>Not asked yet: the case is not used in advocacy reports.</source>
        <translation>Азырынча суралган жок: окуя адвокация отчетторунда колдонулбайт.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>{date} макулдук берилди.</translation>
    </message>
    <message>
        <source>Did not agree ({date}): the case is not used in advocacy reports.</source>
        <translation>Макул эмес ({date}): окуя адвокация отчетторунда колдонулбайт.</translation>
    </message>
    <message>
        <source>Select an evidence entry first.</source>
        <translation>Адегенде далилдер журналынан жазууну тандаңыз.</translation>
    </message>
    <message>
        <source>Void evidence entry</source>
        <translation>Далил жөнүндөгү жазууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this entry void? (It is kept, not deleted.)</source>
        <translation>Бул жазуу эмне үчүн жокко чыгарылат? (Ал өчүрүлбөйт, сакталат.)</translation>
    </message>
    <message>
        <source>Void legal case</source>
        <translation>Юридикалык ишти жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this case void? (It is kept, not deleted.)</source>
        <translation>Бул иш эмне үчүн жокко чыгарылат? (Ал өчүрүлбөйт, сакталат.)</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Адегенде иш ачыңыз.</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>Services offered</source>
        <translation>Көрсөтүлүүчү кызматтар</translation>
    </message>
    <message>
        <source>Referral destinations</source>
        <translation>Жолдомо жерлери</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Азыркы купуя фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңы купуя фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Кайталоо:</translation>
    </message>
    <message>
        <source>Everyone who opens this database will need the new passphrase. Old backups keep the passphrase they were made with.</source>
        <translation>Бул базаны ачкандардын баарына жаңы купуя фраза керек болот. Эски камдык көчүрмөлөр түзүлгөн кездеги купуя фраза менен ачылат.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Азыркы купуя фраза туура эмес.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Жаңы купуя фраза азыркысы менен бирдей.</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>База кайра шифрленүүдө…</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the database still opens with the current one.</source>
        <translation>Купуя фразаны өзгөртүү мүмкүн болгон жок; база мурункудай эле азыркы купуя фраза менен ачылат.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Азыркы сырсөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Жаңы сырсөздү &amp;кайталаңыз:</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Эки жаңы сырсөз дал келбейт.</translation>
    </message>
    <message>
        <source>{name} reset your password on {when}. It was for this one login: choose your own password now. If you did not ask for this, tell the centre&apos;s coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ролу:</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Walk-in</source>
        <translation>Өзү келди</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутрич</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Коштоп келишти</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Client &amp;code</source>
        <translation>Кардардын &amp;коду</translation>
    </message>
    <message>
        <source>Type the code, e.g. MAIV1990F</source>
        <translation>Кодду териңиз, мисалы MAIV1990F</translation>
    </message>
    <message>
        <source>New client… (Ctrl+N)</source>
        <translation>Жаңы кардар… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Profile (Ctrl+P)</source>
        <translation>Профиль (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Anonymous walk-in, no code</source>
        <translation>&amp;Анонимдүү, коду жок</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Кантип ке&amp;лди</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>Optional, no names</source>
        <translation>Милдеттүү эмес, аттарды жазбаңыз</translation>
    </message>
    <message>
        <source>Save visit (Enter)</source>
        <translation>Келүүнү сактоо (Enter)</translation>
    </message>
    <message>
        <source>Several codes start with {typed}. Use the arrow keys to choose, or keep typing.</source>
        <translation>Бир нече код {typed} менен башталат. Жебе баскычтары менен тандаңыз же андан ары териңиз.</translation>
    </message>
    <message>
        <source>No client with the code {typed}. Press Ctrl+N to register a new client, or tick Anonymous.</source>
        <translation>Коду {typed} болгон кардар жок. Жаңы кардарды каттоо үчүн Ctrl+N басыңыз же «Анонимдүү» белгилеңиз.</translation>
    </message>
    <message>
        <source>Visit for {code}.</source>
        <translation>Келүү: {code}.</translation>
    </message>
    <message>
        <source>Visit for {code}: first visit.</source>
        <translation>Келүү: {code} — биринчи жолу.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгүн</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>кечээ</translation>
    </message>
    <message>
        <source>Anonymous walk-in: counted, not identified.</source>
        <translation>Анонимдүү келүү: саналат, ким экени белгиленбейт.</translation>
    </message>
    <message>
        <source>No client has this code. Register the person first (Ctrl+N) or tick Anonymous.</source>
        <translation>Мындай коду бар кардар жок. Адегенде адамды каттаңыз (Ctrl+N) же «Анонимдүү» белгилеңиз.</translation>
    </message>
    <message>
        <source>an anonymous walk-in</source>
        <translation>анонимдүү келүүчү</translation>
    </message>
    <message>
        <source>Saved: visit for {who} at {time}.</source>
        <translation>Сакталды: {who}, саат {time}.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Undo visit</source>
        <translation>Келүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Жаңылыш киргизилген</translation>
    </message>
    <message>
        <source>This visit has already been undone.</source>
        <translation>Бул келүү мурунтан эле жокко чыгарылган.</translation>
    </message>
    <message>
        <source>Same as last time (Ctrl+D)</source>
        <translation>Өткөндөгүдөй (Ctrl+D)</translation>
    </message>
    <message>
        <source>Already checked in today at {time}. Saving offers to add these services to that visit.</source>
        <translation>Бүгүн {time} убакта катталган. Сактаганда бул кызматтарды ошол келишке кошууга болот.</translation>
    </message>
    <message>
        <source>Type the client code; matches appear as you type. Up and Down choose, Tab goes to the services, Enter saves.</source>
        <translation>Кардардын кодун жазыңыз; дал келгендер жазган сайын чыгат. Өйдө жана ылдый — тандоо, Tab — кызматтарга, Enter — сактоо.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Келүүнү каттоо</translation>
    </message>
    <message>
        <source>{code} was already checked in today at {time}. Add these services to that visit, or save a second visit?</source>
        <translation>{code} бүгүн {time} убакта катталган. Бул кызматтарды ошол келишке кошосузбу же экинчи келүүнү сактайсызбы?</translation>
    </message>
    <message>
        <source>Add to that visit</source>
        <translation>Ошол келишке кошуу</translation>
    </message>
    <message>
        <source>Save a second visit</source>
        <translation>Экинчи келүүнү сактоо</translation>
    </message>
    <message>
        <source>This visit has no services. Save it anyway?</source>
        <translation>Бул келүүдө кызмат жок. Баары бир сактайсызбы?</translation>
    </message>
    <message>
        <source>Save without services</source>
        <translation>Кызматсыз сактоо</translation>
    </message>
    <message>
        <source>Saved: services added to the visit for {who} at {time}.</source>
        <translation>Сакталды: кызматтар {who} кардардын {time} келишине кошулду.</translation>
    </message>
    <message>
        <source>This person has no earlier visit with services.</source>
        <translation>Бул адамдын кызматтары бар мурунку келиши жок.</translation>
    </message>
    <message>
        <source>The form was cleared. Press Ctrl+R to bring it back.</source>
        <translation>Форма тазаланды. Кайтаруу үчүн Ctrl+R басыңыз.</translation>
    </message>
    <message>
        <source>Nothing was saved at this desk yet. Select a visit in today&apos;s list first.</source>
        <translation>Бул жерде азырынча эч нерсе сакталган жок. Адегенде бүгүнкү тизмеден келүүнү тандаңыз.</translation>
    </message>
    <message>
        <source>Undo the visit for {who} saved at {time}? Why is it being undone?</source>
        <translation>{who} кардардын {time} сакталган келишин жокко чыгарасызбы? Эмне үчүн?</translation>
    </message>
    <message>
        <source>The visit for {who} at {time} was undone.</source>
        <translation>{who} кардардын {time} келиши жокко чыгарылды.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Баланын маалыматын өзгөртүү</translation>
    </message>
    <message>
        <source>Register a child</source>
        <translation>Баланы каттоо</translation>
    </message>
    <message>
        <source>First name or pseudonym only</source>
        <translation>Аты же лакап аты гана</translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s client code</source>
        <translation>Ата-энесинин же камкорчусунун кардар коду</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсөтүлгөн жок</translation>
    </message>
    <message>
        <source>Guardian agrees to the child taking part</source>
        <translation>Камкорчу баланын катышуусуна макул</translation>
    </message>
    <message>
        <source>Guardian agrees to photos</source>
        <translation>Камкорчу сүрөткө тартууга макул</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;code:</source>
        <translation>Ата-энесинин &amp;коду:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Туулган жылы:</translation>
    </message>
    <message>
        <source>or &amp;age band:</source>
        <translation>же &amp;жаш тобу:</translation>
    </message>
    <message>
        <source>Nothing about the parent&apos;s health, shelter stay or incidents is kept here.</source>
        <translation>Бул жерде ата-энесинин ден соолугу, баш калкалоочу жайда жашаганы же окуялар тууралуу эч нерсе сакталбайт.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <source>{name} (born {age})</source>
        <translation>{name} (туулган жылы {age})</translation>
    </message>
    <message>
        <source>{name} (age {age})</source>
        <translation>{name} (жашы {age})</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n жолу катышкан</numerusform>
            <numerusform>%n жолу катышкан</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents&apos; workshops and sessions attended</source>
        <translation>Ата-энелер үчүн семинарлар жана катышкан сабактар</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>No children registered.</source>
        <translation>Катталган балдар жок.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өттү</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Children&apos;s session</source>
        <translation>Балдар сабагы</translation>
    </message>
    <message>
        <source>Parents&apos; workshop</source>
        <translation>Ата-энелер семинары</translation>
    </message>
    <message>
        <source>Homework help</source>
        <extracomment>Labels of the seeded types, translated when shown unless a user renamed them.</extracomment>
        <translation>Үй тапшырмасына жардам</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Оюндар</translation>
    </message>
    <message>
        <source>Art class</source>
        <translation>Сүрөт сабагы</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>Сейилдөө</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Башка иш-чара</translation>
    </message>
    <message>
        <source>Parental rights</source>
        <translation>Ата-эненин укуктары</translation>
    </message>
    <message>
        <source>Parenting skills</source>
        <translation>Бала тарбиялоо көндүмдөрү</translation>
    </message>
    <message>
        <source>Other workshop</source>
        <translation>Башка семинар</translation>
    </message>
    <message>
        <source>Please enter the parent&apos;s client code.</source>
        <translation>Ата-эненин кардар кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Коду {code} болгон кардар жок.</translation>
    </message>
    <message>
        <source>That session type no longer exists.</source>
        <translation>Мындай сабак түрү мындан ары жок.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Бул сабак мындан ары жок.</translation>
    </message>
    <message>
        <source>That child is no longer in the register.</source>
        <translation>Бул бала мындан ары реестрде жок.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 720 minutes.</source>
        <translation>Узактыгы 1 мүнөттөн 720 мүнөткө чейин болушу керек.</translation>
    </message>
    <message>
        <source>Counts must be whole numbers from 0 to 500.</source>
        <translation>Сандар 0дөн 500гө чейинки бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <source>One of the chosen facilitators is not a staff account.</source>
        <translation>Тандалган алып баруучулардын бири кызматкердин аккаунту эмес.</translation>
    </message>
    <message>
        <source>Removed from the session.</source>
        <translation>Сабактан алынып салынды.</translation>
    </message>
    <message>
        <source>Please enter the child&apos;s first name or a pseudonym.</source>
        <translation>Баланын атын же лакап атын киргизиңиз.</translation>
    </message>
    <message>
        <source>Please enter a first name or pseudonym, not a number or document.</source>
        <translation>Атын же лакап атын киргизиңиз, сан же документ эмес.</translation>
    </message>
    <message>
        <source>Please choose one of the listed age bands.</source>
        <translation>Тизмедеги жаш топторунун бирин тандаңыз.</translation>
    </message>
    <message>
        <source>The birth year must be a year, for example 2017.</source>
        <translation>Туулган жылы жыл болушу керек, мисалы 2017.</translation>
    </message>
    <message>
        <source>The birth year must be between {first} and {last}: this register is for children.</source>
        <translation>Туулган жылы {first} – {last} аралыгында болушу керек: бул реестр балдар үчүн.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth year or age band.</source>
        <translation>Баланын туулган жылын же жаш тобун көрсөтүңүз.</translation>
    </message>
    <message>
        <source>{name} is already registered with the parent {code}.</source>
        <translation>{name} мурунтан эле ата-энеси {code} менен катталган.</translation>
    </message>
    <message>
        <source>Please choose whether this type is for children or for parents.</source>
        <translation>Бул түр балдар үчүнбү же ата-энелер үчүнбү, тандаңыз.</translation>
    </message>
    <message>
        <source>There is already a session type called {label}.</source>
        <translation>«{label}» деген сабак түрү мурунтан бар.</translation>
    </message>
    <message>
        <source>Please enter the date of the session.</source>
        <translation>Сабактын датасын киргизиңиз.</translation>
    </message>
    <message>
        <source>Please enter the start time of the session.</source>
        <translation>Сабактын башталуу убактысын киргизиңиз.</translation>
    </message>
    <message>
        <source>A held session cannot be changed between a children&apos;s session and a parents&apos; workshop.</source>
        <translation>Өтүп кеткен сабакты балдар сабагынан ата-энелер семинарына же тескерисинче өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>A session that was held cannot be moved to a future date.</source>
        <translation>Өтүп кеткен сабакты келечектеги датага жылдырууга болбойт.</translation>
    </message>
    <message>
        <source>This schedule already has a session on {date}.</source>
        <translation>Бул жүгүртмөдө {date} күнү сабак мурунтан бар.</translation>
    </message>
    <message>
        <source>Please say why the session is cancelled.</source>
        <translation>Сабак эмне үчүн жокко чыгарылганын жазыңыз.</translation>
    </message>
    <message>
        <source>This session already has attendance recorded, so it cannot be cancelled.</source>
        <translation>Бул сабакта катышуу мурунтан жазылган, ошондуктан аны жокко чыгарууга болбойт.</translation>
    </message>
    <message>
        <source>This session is already cancelled.</source>
        <translation>Бул сабак мурунтан жокко чыгарылган.</translation>
    </message>
    <message>
        <source>Only a cancelled session can be put back on the plan.</source>
        <translation>Планга жокко чыгарылган сабакты гана кайтарууга болот.</translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation>Жуманын жок дегенде бир күнүн белгилеңиз.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Жүгүртмө башталганга чейин бүтө албайт.</translation>
    </message>
    <message>
        <source>That schedule no longer exists.</source>
        <translation>Бул жүгүртмө мындан ары жок.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Аяктоо датасы башталуу датасынан мурун болбошу керек.</translation>
    </message>
    <message>
        <source>Sessions can be planned at most a year ahead at a time.</source>
        <translation>Сабактарды бир жолу эң көп дегенде бир жыл алдыга пландоого болот.</translation>
    </message>
    <message>
        <source>This session was cancelled. Put it back on the plan before recording attendance.</source>
        <translation>Бул сабак жокко чыгарылган. Катышууну жазуудан мурун аны планга кайтарыңыз.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded on or after the day of the session.</source>
        <translation>Катышууну сабак күнү же андан кийин гана жазууга болот.</translation>
    </message>
    <message>
        <source>Parents&apos; workshops record adults present, not children.</source>
        <translation>Ата-энелер семинарында балдар эмес, келген чоңдор жазылат.</translation>
    </message>
    <message>
        <source>{name} has no guardian consent to take part recorded yet. Record the consent in the register first.</source>
        <translation>{name}: камкорчунун катышууга макулдугу азырынча жазылган эмес. Адегенде макулдукту реестрге жазыңыз.</translation>
    </message>
    <message>
        <source>Please enter a name for the session type.</source>
        <translation>Сабактын түрүнүн аталышын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Sessions</source>
        <translation>Сабактар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Жүгүртмө</translation>
    </message>
    <message>
        <source>Parents&apos; workshops</source>
        <translation>Ата-энелер семинарлары</translation>
    </message>
</context>
<context>
    <name>ClientProfileDialog</name>
    <message>
        <source>Client profile</source>
        <translation>Кардардын профили</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Маалыматты &amp;өзгөртүү…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Маалымат</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Лакап аты</translation>
    </message>
    <message>
        <source>Year of birth or age</source>
        <translation>Туулган жылы же жашы</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Key population</source>
        <translation>Негизги калк тобу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <source>Migrant status</source>
        <translation>Миграциялык абалы</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Иштеген жери</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдары</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Visits over time</source>
        <translation>Келүүлөр убакыт боюнча</translation>
    </message>
    <message>
        <source>Services most given:</source>
        <translation>Көбүрөөк берилген кызматтар:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Кантип келди</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Эч нерсе жазылган эмес.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Транс аял</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Транс эркек</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Бинардык эмес</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Female sex worker</source>
        <extracomment>key-population type, asked at registration (optional: empty is &quot;not stated&quot;)</extracomment>
        <translation>Секс-кызматкер аял</translation>
    </message>
    <message>
        <source>Male sex worker</source>
        <translation>Секс-кызматкер эркек</translation>
    </message>
    <message>
        <source>Transgender person</source>
        <translation>Трансгендер адам</translation>
    </message>
    <message>
        <source>Other key population</source>
        <translation>Башка негизги топ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Айтылган жок</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинче</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбекче</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Румынча</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Башка тил</translation>
    </message>
    <message>
        <source>Local resident</source>
        <translation>Жергиликтүү тургун</translation>
    </message>
    <message>
        <source>Internal migrant</source>
        <translation>Ички мигрант</translation>
    </message>
    <message>
        <source>International migrant</source>
        <translation>Эл аралык мигрант</translation>
    </message>
    <message>
        <source>Outdoor: street</source>
        <translation>Сыртта: көчө</translation>
    </message>
    <message>
        <source>Outdoor: highway or truck stop</source>
        <translation>Сыртта: трасса же жүк ташуучулар токтогон жай</translation>
    </message>
    <message>
        <source>Indoor: bar or club</source>
        <translation>Имаратта: бар же клуб</translation>
    </message>
    <message>
        <source>Indoor: sauna or massage parlour</source>
        <translation>Имаратта: сауна же массаж салону</translation>
    </message>
    <message>
        <source>Indoor: apartment</source>
        <translation>Имаратта: батир</translation>
    </message>
    <message>
        <source>Indoor: hotel</source>
        <translation>Имаратта: мейманкана</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Онлайн же телефон аркылуу</translation>
    </message>
    <message>
        <source>Other setting</source>
        <translation>Башка жер</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18–24 жаш</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25–34 жаш</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35–44 жаш</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45–54 жаш</translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation>55 жана андан улуу</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 жашка чейин</translation>
    </message>
    <message>
        <source>This person is under 18 and cannot be registered as an adult client. Please make a safeguarding referral instead.</source>
        <extracomment>the orders :meth:`ClientService.list_clients` can sort by, in the database</extracomment>
        <translation>Бул адам 18 жашка толо элек, ошондуктан чоң кишидей кардар катары катталбайт. Анын ордуна баланы коргоо боюнча жолдомо бериңиз.</translation>
    </message>
    <message>
        <source>This client is not in the register.</source>
        <translation>Бул кардар реестрде жок.</translation>
    </message>
    <message>
        <source>The same code is already registered.</source>
        <translation>Ушундай код мурунтан катталган.</translation>
    </message>
    <message>
        <source>The code differs by one character.</source>
        <translation>Код бир гана белги менен айырмаланат.</translation>
    </message>
    <message>
        <source>Same year of birth and the same letters.</source>
        <translation>Туулган жылы жана тамгалары бирдей.</translation>
    </message>
    <message>
        <source>Someone with a similar code is already registered. Please check whether this is the same person.</source>
        <translation>Окшош коду бар адам мурунтан катталган. Бул ошол эле адамбы, текшериңиз.</translation>
    </message>
    <message>
        <source>Too many people share this code. Please ask for another fact to tell them apart.</source>
        <translation>Бул код өтө көп адамда бирдей. Аларды айырмалоо үчүн дагы бир маалымат сураңыз.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Кардардын кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>A client code has between {low} and {high} letters and digits.</source>
        <translation>Кардардын коду {low}–{high} тамга жана сандан турат.</translation>
    </message>
    <message>
        <source>Every part of this code is unknown. Please ask for at least one fact.</source>
        <translation>Бул коддун бардык бөлүгү белгисиз. Жок дегенде бир маалымат сураңыз.</translation>
    </message>
    <message>
        <source>Please give a year of birth between {low} and {high}.</source>
        <translation>Туулган жылды {low} – {high} аралыгында көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Please choose an age band from the list.</source>
        <translation>Тизмеден жаш тобун тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose a gender from the list.</source>
        <translation>Тизмеден гендерди тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose a language from the list.</source>
        <translation>Тизмеден тилди тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose a migrant status from the list.</source>
        <translation>Тизмеден миграциялык абалды тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose a work setting from the list.</source>
        <translation>Тизмеден иштеген жерди тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose a key-population type from the list.</source>
        <translation>Сураныч, негизги калк тобун тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and 20.</source>
        <translation>Балдардын саны 0дөн 20га чейин болушу керек.</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Бул тизмени мындай иреттөөгө болбойт.</translation>
    </message>
    <message>
        <source>The mother&apos;s and the father&apos;s letters are swapped.</source>
        <translation>Эненин жана атанын тамгалары орун алмашкан.</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Лакап аты</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Year of birth or age</source>
        <translation>Туулган жылы же жашы</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Келүүлөр</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Акыркы келүү</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>{n} clients registered</source>
        <translation>Катталган кардарлар: {n}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Табуу</translation>
    </message>
    <message>
        <source>Part of a code or a nickname; Enter opens the profile</source>
        <translation>Коддун же каймана аттын бөлүгү; Enter профилди ачат</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <source>Linked to care</source>
        <translation>Дарыланууга байланды</translation>
    </message>
    <message>
        <source>Confirmed negative</source>
        <translation>Терс экени тастыкталды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Баш тартты</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Көчүп кетти</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Байланыш үзүлдү</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>F: female</source>
        <translation>F: аял</translation>
    </message>
    <message>
        <source>M: male</source>
        <translation>M: эркек</translation>
    </message>
    <message>
        <source>T: trans</source>
        <translation>T: транс</translation>
    </message>
    <message>
        <source>X: other or not stated</source>
        <translation>X: башка же айтылган жок</translation>
    </message>
    <message>
        <source>Mother&apos;s first name</source>
        <translation>Апасынын аты</translation>
    </message>
    <message>
        <source>Father&apos;s first name</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туулган жылы</translation>
    </message>
    <message>
        <source>Sex marker</source>
        <translation>Жынысынын белгиси</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Туулган айы</translation>
    </message>
    <message>
        <source>Own family name</source>
        <translation>Өз фамилиясы</translation>
    </message>
    <message>
        <source>Birth order (mother&apos;s side)</source>
        <translation>Апасынын нечендей баласы</translation>
    </message>
    <message>
        <source>Mother + father + year of birth + sex (MAIV1990F)</source>
        <translation>Апасы + атасы + туулган жылы + жынысы (MAIV1990F)</translation>
    </message>
    <message>
        <source>Mother + father + sex + year of birth (MAIVF1990)</source>
        <translation>Апасы + атасы + жынысы + туулган жылы (MAIVF1990)</translation>
    </message>
    <message>
        <source>Family name + sex + day of birth + year (PUF0390)</source>
        <translation>Фамилиясы + жынысы + туулган күнү + жылы (PUF0390)</translation>
    </message>
    <message>
        <source>Mother + father + birth order + date of birth (MAIV0105121990)</source>
        <translation>Апасы + атасы + нечендей баласы + туулган датасы (MAIV0105121990)</translation>
    </message>
</context>
<context>
    <name>ConfigTab</name>
    <message>
        <source>Add a room</source>
        <translation>Бөлмө кошуу</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Бөлмө кошуу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Capacity (beds)</source>
        <translation>Сыйымдуулугу (орун)</translation>
    </message>
    <message>
        <source>Add a bed</source>
        <translation>Орун кошуу</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Орун кошуу</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлмө</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Белгиси</translation>
    </message>
    <message>
        <source>Selected bed</source>
        <translation>Тандалган орун</translation>
    </message>
    <message>
        <source>e.g. broken frame</source>
        <translation>мисалы, керебети сынган</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Колдонуудан чыгаруу</translation>
    </message>
    <message>
        <source>Return to service</source>
        <translation>Колдонууга кайтаруу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Remove the bed for good…</source>
        <translation>Керебетти биротоло алып салуу…</translation>
    </message>
    <message>
        <source>{name} ({beds} of {capacity} beds)</source>
        <translation>{name} ({beds}/{capacity} орун)</translation>
    </message>
    <message>
        <source>Select a bed first.</source>
        <translation>Адегенде керебетти тандаңыз.</translation>
    </message>
    <message>
        <source>Remove the bed</source>
        <translation>Керебетти алып салуу</translation>
    </message>
    <message>
        <source>Why is bed {bed} removed? (It is kept, not deleted.)</source>
        <translation>{bed} керебети эмне үчүн алынып салынат? (Ал өчүрүлбөйт, сакталат.)</translation>
    </message>
    <message>
        <source>Show client codes and dates on the front desk&apos;s bed board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the front desk sees only which beds are free, occupied or reserved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirmatory</name>
    <message>
        <source>Positive (confirmed)</source>
        <translation>Оң (тастыкталган)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Терс</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Аныкталбаган</translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>Phone call</source>
        <translation>Телефон чалуу</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS билдирүү</translation>
    </message>
    <message>
        <source>In person at the centre</source>
        <translation>Борбордо жеке жолугушуу</translation>
    </message>
    <message>
        <source>Through a peer or outreach</source>
        <translation>Теңтуш же аутрич аркылуу</translation>
    </message>
</context>
<context>
    <name>ContactOutcome</name>
    <message>
        <source>Reached</source>
        <translation>Байланышты</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Жооп берген жок</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Билдирүү калтырылды</translation>
    </message>
    <message>
        <source>Wrong or lost number</source>
        <translation>Номер туура эмес же иштебейт</translation>
    </message>
    <message>
        <source>Declined to talk</source>
        <translation>Сүйлөшүүдөн баш тартты</translation>
    </message>
</context>
<context>
    <name>CounsellingForm</name>
    <message>
        <source>Pre-test counselling given</source>
        <translation>Тестке чейинки консультация берилди</translation>
    </message>
    <message>
        <source>Verbal informed consent to a voluntary test</source>
        <translation>Ыктыярдуу тестке маалымдалган оозеки макулдук</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Суралган жок</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No, first test</source>
        <translation>Жок, биринчи тест</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Has used an HIV self-test before</source>
        <translation>Мурун ВИЧке өзүн-өзү тестирлөөнү колдонгон</translation>
    </message>
    <message>
        <source>On PrEP</source>
        <translation>ДКП (PrEP) кабыл алат</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation>АРТ кабыл алат</translation>
    </message>
    <message>
        <source>PLHIV peer-support contact offered</source>
        <translation>ВИЧ менен жашаган адамдардан теңтуш колдоо сунушталды</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Кардардын коду:</translation>
    </message>
    <message>
        <source>Tested before:</source>
        <translation>Мурун тест тапшырганбы:</translation>
    </message>
    <message>
        <source>Months since last test:</source>
        <translation>Акыркы тесттен бери канча ай:</translation>
    </message>
    <message>
        <source>Kit lot for the test:</source>
        <translation>Тест топтомунун сериясы:</translation>
    </message>
    <message>
        <source>Where the test is done:</source>
        <translation>Тест кайда жүргүзүлөт:</translation>
    </message>
    <message>
        <source>Save counselling</source>
        <translation>Консультацияны сактоо</translation>
    </message>
    <message>
        <source>Save and start test</source>
        <translation>Сактап, тестти баштоо</translation>
    </message>
    <message>
        <source>Individual risk assessment</source>
        <translation>Жеке тобокелдикти баалоо</translation>
    </message>
    <message>
        <source>Risk assessment note</source>
        <translation>Тобокелдикти баалоо боюнча эскертүү</translation>
    </message>
    <message>
        <source>Risk-reduction plan</source>
        <translation>Тобокелдикти азайтуу планы</translation>
    </message>
    <message>
        <source>Counselling for {code} saved.</source>
        <translation>Консультация сакталды: {code}.</translation>
    </message>
    <message>
        <source>Counselling for {code} saved; the test is running on the board.</source>
        <translation>Консультация сакталды: {code}; тест тактада жүрүп жатат.</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseWizard</name>
    <message>
        <source>Create a new dropin database</source>
        <extracomment>the centre&apos;s server was chosen: its settings (host, port, database, CA certificate)</extracomment>
        <translation>Жаңы dropin маалымат базасын түзүү</translation>
    </message>
    <message>
        <source>This computer &amp;only (encrypted file)</source>
        <translation>Ушул &amp;компьютер гана (шифрленген файл)</translation>
    </message>
    <message>
        <source>The centre&apos;s &amp;server</source>
        <translation>Борбордун &amp;сервери</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file on this computer. Keep the default place unless the centre has agreed on another one (for example an encrypted disk).</source>
        <translation>Бардык маалымат ушул компьютердеги бир шифрленген файлда сакталат. Борбор башка жерди (мисалы, шифрленген дискти) макулдашпаган болсо, сунушталган жерди калтырыңыз.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Базанын файлы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Базанын &amp;файлы:</translation>
    </message>
    <message>
        <source>The database passphrase encrypts the whole file. Without it nobody, including you, can open the data again: write it down and keep it somewhere safe, away from the computer.</source>
        <translation>Базанын купуя фразасы бүт файлды шифрлейт. Ансыз эч ким, анын ичинде сиз да, маалыматты кайра ача албайт: аны жазып алып, компьютерден алыс, коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Купуя фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Купуя фразаны кайталаңыз</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Купуя фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Кай&amp;талоо:</translation>
    </message>
    <message>
        <source>The first account is a manager. Managers add the other staff accounts under Admin.</source>
        <translation>Биринчи аккаунт — жетекчинин аккаунту. Кызматкерлердин башка аккаунттарын жетекчилер «Администрлөө» бөлүмүндө кошот.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>optional, shown in the status bar</source>
        <translation>милдеттүү эмес, абал сабында көрсөтүлөт</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Колдонуучунун &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Көрүнүүчү аты:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Кай&amp;талоо:</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>А&amp;ртка</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Ки&amp;йинки</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>Базаны түз&amp;үү</translation>
    </message>
    <message>
        <source>&amp;Go to the staff login</source>
        <translation>Кызматкердин кирүүсүнө &amp;өтүү</translation>
    </message>
    <message>
        <source>Step {n} of 3</source>
        <translation>{n}-кадам (бардыгы 3)</translation>
    </message>
    <message>
        <source>dropin database (*.db)</source>
        <translation>dropin маалымат базасы (*.db)</translation>
    </message>
    <message>
        <source>Please choose where to keep the database file.</source>
        <translation>Базанын файлы кайда сакталарын тандаңыз.</translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation>Ал жерде файл мурунтан бар; башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Эки купуя фраза дал келбейт.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <source>Creating the encrypted database… this takes a few seconds.</source>
        <translation>Шифрленген база түзүлүүдө… бул бир нече секунд алат.</translation>
    </message>
    <message>
        <source>The database could not be created. Check that the folder can be written to and try again.</source>
        <translation>Базаны түзүү мүмкүн болгон жок. Папкага жазууга болорун текшерип, кайра аракет кылыңыз.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Wrong passphrase or not a dropin database.</source>
        <extracomment>each connection&apos;s cache of decrypted pages, per file (KiB; SQLite&apos;s default is 2 MiB): the weekly report reads some 30 MiB of index pages of a busy five-year centre, and with the default every run decrypted them again. The cache fills only as pages are read, and only while the connection is open.</extracomment>
        <translation>Купуя фраза туура эмес же бул dropin базасы эмес.</translation>
    </message>
    <message>
        <source>The database passphrase cannot contain a null character.</source>
        <translation>Базанын купуя фразасында нөл белгиси (null) болбошу керек.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was saved. The dropin check command shows what is affected; restore the latest backup.</source>
        <translation>Маалымат базасынын файлы бузулган, ошондуктан эч нерсе сакталган жок. dropin check буйругу эмне бузулганын көрсөтөт; акыркы камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>This would clash with a record already saved, so nothing was saved.</source>
        <translation>Бул мурун сакталган жазуу менен карама-каршы келмек, ошондуктан эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing could be saved.</source>
        <translation>Базанын файлы окуу үчүн гана, ошондуктан эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>Диск толуп калган, ошондуктан эч нерсе сакталган жок. Орун бошотуп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The database is busy in another window. Try again in a moment.</source>
        <translation>База башка терезеде бош эмес. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The database file could not be written. Nothing was saved.</source>
        <translation>Базанын файлына жазуу мүмкүн болгон жок. Эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>База ката жөнүндө билдирди. Эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>A database cannot be created there: the folder cannot be made or the name is not allowed.</source>
        <extracomment>Smaller files cannot be a database (SQLite&apos;s smallest page); opening one would overwrite it. the keys of the stores this session holds (attached on every connection), see hold_stores() shown once: the recovery key made with the database or at the upgrade that made its stores</extracomment>
        <translation>Ал жерде база түзүүгө болбойт: папканы түзүү мүмкүн эмес же мындай атка уруксат жок.</translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation>Ал жерде файл мурунтан бар; башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>The database passphrase cannot be empty.</source>
        <translation>Базанын купуя фразасы бош болбошу керек.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Бул жерде база жок: {path}.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so it cannot be opened. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>Базанын файлы же анын папкасы окуу үчүн гана, ошондуктан аны ачууга болбойт. Аны жазууга мүмкүн болгон папкага көчүрүңүз же жазууга уруксат сураңыз.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version and was left as it was. A copy was saved as {path}.</source>
        <translation>Маалымат базасын бул версияга жаңыртуу мүмкүн болгон жок; ал өзгөрүүсүз калды. Көчүрмө {path} катары сакталды.</translation>
    </message>
    <message>
        <source>The database file is damaged at its start (the passphrase is right). Restore the latest backup.</source>
        <translation>Маалымат базасынын файлынын башы бузулган (сырсөз фразасы туура). Акыркы камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of dropin. Please update the program.</source>
        <translation>Бул база dropin программасынын жаңыраак версиясында түзүлгөн. Программаны жаңылаңыз.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database or one of the files kept beside it; choose another file.</source>
        <translation>Камдык көчүрмөнү маалымат базасынын же анын жанындагы файлдардын үстүнө жазууга болбойт; башка файл тандаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} — бул папка; камдык көчүрмө үчүн файлдын атын жазыңыз.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or allow replacing it (--force).</source>
        <translation>{path} мурунтан эле бар. Башка ат тандаңыз же алмаштырууга уруксат бериңиз (--force).</translation>
    </message>
    <message>
        <source>{path} is a database open in dropin; a backup cannot replace it.</source>
        <translation>{path} — dropin ичинде ачык турган маалымат базасы; камдык көчүрмө аны алмаштыра албайт.</translation>
    </message>
    <message>
        <source>A backup needs a passphrase.</source>
        <extracomment>the server has no store keys: each store is a schema its GRANTs open to the roles that may read it</extracomment>
        <translation>Камдык көчүрмөгө купуя фраза керек.</translation>
    </message>
    <message>
        <source>No backup was written. {damage} Restore the latest good backup instead.</source>
        <translation>Камдык көчүрмө жазылган жок. {damage} Анын ордуна акыркы бузулбаган камдык көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Бул жерде файл жок: {path}.</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored. {damage}</source>
        <translation>Камдык көчүрмө файлы бузулган, аны калыбына келтирүүгө болбойт. {damage}</translation>
    </message>
    <message>
        <source>That is not the passphrase of the database being replaced, so nothing was restored.</source>
        <translation>Бул алмаштырылуучу маалымат базасынын сырсөз фразасы эмес, ошондуктан эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>The database being replaced has another passphrase than the backup. Give its passphrase too, so that its latest changes are kept in the copy.</source>
        <translation>Алмаштырылуучу маалымат базасынын сырсөз фразасы камдык көчүрмөнүкүнөн башка. Акыркы өзгөртүүлөр көчүрмөдө сакталышы үчүн аны да жазыңыз.</translation>
    </message>
    <message>
        <source>The database being replaced is still in use, so nothing was restored. Close dropin and try again.</source>
        <translation>Алмаштырылуучу маалымат базасы дагы эле колдонулууда, ошондуктан эч нерсе калыбына келтирилген жок. dropin&apos;ди жаап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Маалымат базасынын файлы бузулган.</translation>
    </message>
    <message>
        <source>The database file is damaged; affected: {names}.</source>
        <translation>Маалымат базасынын файлы бузулган; бузулгандар: {names}.</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>{n}-барак</translation>
    </message>
    <message>
        <source>This database is open in dropin on this computer. Close it first, or use Admin → Back up now.</source>
        <translation>Бул маалымат базасы ушул компьютердеги dropin ичинде ачык. Адегенде аны жабыңыз же Администрлөө → Азыр камдык көчүрмө жасоо колдонуңуз.</translation>
    </message>
    <message>
        <source>This database is open in dropin on this computer (since {time}). Close it first, or use Admin → Back up now.</source>
        <translation>Бул маалымат базасы ушул компьютердеги dropin ичинде ачык ({time} бери). Адегенде аны жабыңыз же Администрлөө → Азыр камдык көчүрмө жасоо колдонуңуз.</translation>
    </message>
    <message>
        <source>The database folder cannot be written to, so the database cannot be opened.</source>
        <translation>Маалымат базасынын папкасына жазууга болбойт, ошондуктан маалымат базасын ачууга болбойт.</translation>
    </message>
    <message>
        <source>The database passphrase contains a broken symbol. Please type it again.</source>
        <translation>Маалымат базасынын сырсөзүндө бузук белги бар. Аны кайра териңиз.</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Backup</source>
        <translation>Камдык көчүрмө</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database with the same passphrase. Keep backups on a separate disk, and test a restore from time to time (dropin restore).</source>
        <translation>Камдык көчүрмө — бүт базанын ошол эле купуя фраза менен шифрленген көчүрмөсү. Камдык көчүрмөлөрдү өзүнчө дискте сактаңыз жана мезгил-мезгили менен калыбына келтирүүнү текшерип туруңуз (dropin restore).</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Базанын файлы: {path}</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Азыр &amp;камдык көчүрмө жасоо…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Купуя фраза</translation>
    </message>
    <message>
        <source>&amp;Change database passphrase…</source>
        <translation>Базанын купуя фразасын &amp;өзгөртүү…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Every entry of the audit log is chained to the one before it. The check shows whether any entry was changed or removed outside dropin.</source>
        <translation>Аудит журналынын ар бир жазуусу мурунку жазуу менен байланышкан. Текшерүү кайсы бир жазуу dropin программасынан тышкары өзгөртүлгөн же өчүрүлгөнүн көрсөтөт.</translation>
    </message>
    <message>
        <source>Verify a&amp;udit log</source>
        <translation>Аудит журналын &amp;текшерүү</translation>
    </message>
    <message>
        <source>Save backup as</source>
        <translation>Камдык көчүрмөнү сактоо</translation>
    </message>
    <message>
        <source>dropin database (*.db)</source>
        <translation>dropin маалымат базасы (*.db)</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another file.</source>
        <translation>Камдык көчүрмө базанын өзүнүн ордуна жазылбайт; башка файл тандаңыз.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Шифрленген камдык көчүрмө жазылууда…</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Камдык көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation>Базанын купуя фразасы өзгөртүлдү.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Аудит журналы текшерилүүдө…</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}. Its audit seal is {seal}: write it down apart from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database on the centre&apos;s server, with a passphrase of its own that you choose for it. Keep backups on a separate disk. A backup is restored by the server&apos;s administrator into a new database on the server (dropin server restore); the program does not restore it from here.</source>
        <translation>Камдык көчүрмө — борбордун сервериндеги бүт маалымат базасынын шифрленген көчүрмөсү, ал үчүн өзүңүз тандаган өзүнчө купуя фраза менен. Көчүрмөлөрдү өзүнчө дискте сактаңыз. Көчүрмөнү сервердин администратору сервердеги жаңы маалымат базасына калыбына келтирет (dropin server restore); программа аны бул жерден калыбына келтирбейт.</translation>
    </message>
    <message>
        <source>Database on the server: {name}</source>
        <translation>Сервердеги маалымат базасы: {name}</translation>
    </message>
    <message>
        <source>The database on the centre&apos;s server has no passphrase of its own: the server protects it, and the server&apos;s administrator changes its keys and passwords there.</source>
        <translation>Борбордун сервериндеги маалымат базасынын өз купуя фразасы жок: аны сервер коргойт, ал эми ачкычтарды жана сырсөздөрдү ошол жерде сервердин администратору өзгөртөт.</translation>
    </message>
    <message>
        <source>dropin server backup (*.backup)</source>
        <translation>dropin серверинин камдык көчүрмөсү (*.backup)</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Edit destination</source>
        <translation>Жолдомо жерин өзгөртүү</translation>
    </message>
    <message>
        <source>New referral destination</source>
        <translation>Жаңы жолдомо жери</translation>
    </message>
    <message>
        <source>Address, phone, opening hours, whom to ask for</source>
        <translation>Дареги, телефону, иштөө убактысы, кимге кайрылуу керек</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>Expired</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Damaged or opened</source>
        <translation>Бузулган же ачылган</translation>
    </message>
    <message>
        <source>Stock count difference</source>
        <translation>Санакта айырма чыкты</translation>
    </message>
    <message>
        <source>Opened for a test that was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client {code}</source>
        <translation>Кардардын маалыматын өзгөртүү: {code}</translation>
    </message>
    <message>
        <source>A nickname, never a real name</source>
        <translation>Лакап ат, эч качан чыныгы ат эмес</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>&amp;Лакап ат</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>Туулган &amp;жылы</translation>
    </message>
    <message>
        <source>&amp;Age band (if no year)</source>
        <translation>&amp;Курак тобу (жылы белгисиз болсо)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Гендер</translation>
    </message>
    <message>
        <source>&amp;Key population</source>
        <translation>&amp;Негизги калк тобу</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Каалаган &amp;тил</translation>
    </message>
    <message>
        <source>&amp;Migrant status</source>
        <translation>&amp;Миграциялык абалы</translation>
    </message>
    <message>
        <source>&amp;Work setting</source>
        <translation>&amp;Иш орду</translation>
    </message>
    <message>
        <source>Number of &amp;children</source>
        <translation>&amp;Балдардын саны</translation>
    </message>
    <message>
        <source>Optional facts</source>
        <translation>Кошумча маалымат</translation>
    </message>
    <message>
        <source>Ask only what the person is happy to tell.</source>
        <translation>Адам айтууга макул болгонун гана сураңыз.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not allowed</source>
        <translation>Уруксат жок</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Сактоо мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing half-finished was saved. If it happens again, please tell the person who looks after this computer.</source>
        <translation>Күтүлбөгөн ката чыкты. Аягына чыкпаган эч нерсе сакталган жок. Дагы кайталанса, бул компьютерди тейлеген адамга айтыңыз.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Бир нерсе туура эмес болуп кетти</translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing was saved. Please try again.</source>
        <translation>Күтүлбөгөн ката чыкты. Эч нерсе сакталган жок. Кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Ката тууралуу билдирүү</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Quantity of {service}</source>
        <translation>Саны: {service}</translation>
    </message>
    <message>
        <source>Where to?</source>
        <translation>Кайда?</translation>
    </message>
    <message numerus="yes">
        <source>Visit for {code}: %n visits so far, last {when}.</source>
        <translation>
            <numerusform>Келүү: {code} — буга чейин %n жолу келген, акыркысы {when}.</numerusform>
            <numerusform>Келүү: {code} — буга чейин %n жолу келген, акыркысы {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n күн мурун</numerusform>
            <numerusform>%n күн мурун</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, {date}: %n visits</source>
        <translation>
            <numerusform>Бүгүн, {date}: %n келүү</numerusform>
            <numerusform>Бүгүн, {date}: %n келүү</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n анонимдүү</numerusform>
            <numerusform>%n анонимдүү</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Азырынча келүү жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), the last on {date}</source>
        <translation>
            <numerusform>%n келүү, акыркысы {date}</numerusform>
            <numerusform>%n келүү, акыркысы {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Press {key} to tick or untick {service}.</source>
        <extracomment>the key that toggles the n-th service while the focus is not in a text field (shown on the toggle) Basic needs + referral | supplies + goods | advice and support: three columns of at most eight rows the same physical keys on a Russian, Ukrainian or Kyrgyz layout (ЙЦУКЕН) as on QWERTY</extracomment>
        <translation>{service}: белгилөө же белгини алуу үчүн {key} басыңыз.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Check-in</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Кардарлар</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Бардык келүүлөр</translation>
    </message>
</context>
<context>
    <name>HandoffOffer</name>
    <message>
        <source>Open an incident for the legal advisor</source>
        <translation>Юрист үчүн окуя ачуу</translation>
    </message>
    <message>
        <source>Only the code and date go to the legal advisor, who will talk with the person. Nothing is reported to anyone else.</source>
        <translation>Юристке код жана күн гана берилет; юрист адам менен өзү сүйлөшөт. Башка эч кимге эч нерсе билдирилбейт.</translation>
    </message>
    <message>
        <source>An incident was opened for the legal advisor.</source>
        <translation>Юрист үчүн окуя ачылды.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Front desk</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Type the client code: matches appear as you type, Up and Down pick one. Tab goes to the services, Enter saves the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N registers a new client, Ctrl+Z undoes the last visit saved at this desk and Ctrl+K goes back to the code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is made from the letters of the mother&apos;s and father&apos;s names, the year of birth and a letter for sex. Never write a real name anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестирлөө</translation>
    </message>
    <message>
        <source>Record pre-test counselling, the rapid test with its kit lot, and the result. A reactive result needs a referral for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up list shows referrals that are due or overdue; record each attempt to reach the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are seen only by peer counsellors. Every look at a test is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баш калкалоочу жай</translation>
    </message>
    <message>
        <source>The bed board shows every bed as free, occupied, reserved or out of service. Click a bed, then use the buttons above it; Enter on a bed opens the usual action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit and Reserve offer only beds that are free for all the nights chosen. A crisis stay longer than 14 nights needs a review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes are corrected with Correct: undo an extension, a move or a discharge, shorten a stay, change the number of children, or void an admission with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case work (social workers) lists reviews that are due and goals past their target. Opening a case file is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Sessions lists the children&apos;s sessions; Take attendance opens the attendance sheet of the chosen session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the attendance sheet, type a name or a parent&apos;s code and press Enter to tick the child; Space ticks the selected row; Alt+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent is found only by the exact client code. Nothing about the parent&apos;s visits, tests or stays is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутрич</translation>
    </message>
    <message>
        <source>At the end of a shift, enter each outreach session in the tally: type a number into a counter or change it with + and −, Tab moves on, Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district from the list, never an address. A client is noted only by the whole code, and notes never hold names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a blank tally sheet to take on the street; Coverage shows the districts not visited for some weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Окуялар</translation>
    </message>
    <message>
        <source>Record an incident of violence or a rights violation with what is known: the client code is optional and the date may be only a month or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaining to the police or anyone else is always the person&apos;s own choice; nothing is chosen for them. Log what evidence exists and who holds it, never the files themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocacy report counts only the cases whose person agreed to their anonymised use. Every look at an incident is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Choose a week and press Show: the preview shows the pages of the weekly summary exactly as they will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF keeps the summary as a file, Print sends the same pages to a printer. Small counts are hidden so that no one can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV writes the same figures for a funder&apos;s system, one file per area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрлөө</translation>
    </message>
    <message>
        <source>Add staff accounts with the role they need: each role sees only what its work requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log records every change and every look at sensitive records; check it from time to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks the screen at once; Ctrl+1 to Ctrl+9 switch areas; F1 shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Help: {area}</source>
        <translation>Жардам: {area}</translation>
    </message>
    <message>
        <source>Back up the database often to a removable drive kept in a safe place. Backups are encrypted with the database passphrase; on the centre&apos;s server, with a passphrase you choose for the backup and keep apart from it.</source>
        <translation>Маалымат базасынын камдык көчүрмөсүн көп жасап, коопсуз жерде сакталган алынма дискке жазыңыз. Көчүрмөлөр базанын купуя фразасы менен шифрленет; борбордун серверинде — көчүрмө үчүн өзүңүз тандап, андан бөлөк сактаган купуя фраза менен.</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>{code}: no earlier test recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {result}</source>
        <translation>{date}: {result}</translation>
    </message>
    <message>
        <source>{code}: last valid test less than a month ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{code}: last valid test %n month(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{code}: no valid result yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Who, when and where</source>
        <translation>Ким, качан жана кайда</translation>
    </message>
    <message>
        <source>Leave empty to record the incident anonymously</source>
        <translation>Окуяны анонимдүү жазуу үчүн бош калтырыңыз</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Клиенттин коду</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Жердин түрү</translation>
    </message>
    <message>
        <source>District or town, no addresses</source>
        <translation>Район же шаар, даректерсиз</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Ким жасады</translation>
    </message>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation>Эмне болду (тиешелүүлөрүнүн баарын белгилеңиз)</translation>
    </message>
    <message>
        <source>What the person told, in their words (seen only by legal advisors)</source>
        <translation>Адам эмне айтты, өз сөзү менен (юристтер гана көрөт)</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Көрсөтүлгөн жардам</translation>
    </message>
    <message>
        <source>Complaint (always the person&apos;s own choice)</source>
        <translation>Даттануу (ар дайым адамдын өз тандоосу)</translation>
    </message>
    <message>
        <source>The person chose to complain</source>
        <translation>Адам даттанууну чечти</translation>
    </message>
    <message>
        <source>The person chose not to complain</source>
        <translation>Адам даттанбоону чечти</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Окуяны сактоо</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңы окуя</translation>
    </message>
    <message>
        <source>Voided incident: {reason}</source>
        <translation>Жокко чыгарылган окуя: {reason}</translation>
    </message>
    <message>
        <source>Opened at check-in: please record what happened</source>
        <translation>Каттоодо ачылган: эмне болгонун жазыңыз</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Окуя сакталды.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандаңыз…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Exact day</source>
        <translation>Так күнү</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Айы гана</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Жылы гана</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Көчө же коомдук жай</translation>
    </message>
    <message>
        <source>Workplace (sauna, apartment, venue)</source>
        <translation>Иш орду (сауна, батир, мекеме)</translation>
    </message>
    <message>
        <source>Client&apos;s place or hotel</source>
        <translation>Клиенттин үйү же мейманкана</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Унаа</translation>
    </message>
    <message>
        <source>Police station or custody</source>
        <translation>Милиция бөлүмү же камак</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Өз үйү</translation>
    </message>
    <message>
        <source>Clinic or social service</source>
        <translation>Клиника же социалдык кызмат</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Интернетте же телефон аркылуу</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Башка жер</translation>
    </message>
    <message>
        <source>Police or other law enforcement</source>
        <translation>Милиция же башка укук коргоо органдары</translation>
    </message>
    <message>
        <source>Client or someone posing as a client</source>
        <translation>Клиент же өзүн клиент катары көрсөткөн адам</translation>
    </message>
    <message>
        <source>Controller or other third party</source>
        <translation>Көзөмөлдөөчү же башка үчүнчү жак</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Бөтөн адам</translation>
    </message>
    <message>
        <source>Health or social-service staff</source>
        <translation>Медициналык же социалдык кызматтын кызматкерлери</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>Өнөктөш же үй-бүлө</translation>
    </message>
    <message>
        <source>Other perpetrator</source>
        <translation>Башка кылмышкер</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Физикалык зомбулук</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуалдык зомбулук</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Психологиялык зомбулук</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Экономикалык зомбулук</translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <translation>Опузалап талап кылуу же пара</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Негизсиз кармоо</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Айып пул</translation>
    </message>
    <message>
        <source>Condom confiscation</source>
        <translation>Презервативдерди тартып алуу</translation>
    </message>
    <message>
        <source>Forced HIV testing</source>
        <translation>ВИЧке мажбурлап текшерүү</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Үйдөн чыгаруу</translation>
    </message>
    <message>
        <source>Outing or shaming</source>
        <translation>Ашкерелөө же уятка калтыруу</translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation>Башка укук бузуу</translation>
    </message>
    <message>
        <source>Legal consultation</source>
        <translation>Юридикалык кеңеш</translation>
    </message>
    <message>
        <source>Crisis centre</source>
        <translation>Кризистик борбор</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Медициналык жардам</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологиялык колдоо</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баш калкалоочу жай</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Акыйкатчы</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Internal complaint (employer, clinic)</source>
        <translation>Ички даттануу (иш берүүчү, клиника)</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Башка орган</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудиожазуу</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Document (protocol, fine notice)</source>
        <translation>Документ (протокол, айып пул токтому)</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медициналык документ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Күбө</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Башка далил</translation>
    </message>
    <message>
        <source>Held by the legal advisor</source>
        <translation>Юристте сакталат</translation>
    </message>
    <message>
        <source>Held by the person</source>
        <translation>Адамдын өзүндө сакталат</translation>
    </message>
    <message>
        <source>Held by a partner organisation</source>
        <translation>Өнөктөш уюмда сакталат</translation>
    </message>
    <message>
        <source>Held by the authorities</source>
        <translation>Бийлик органдарында сакталат</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>Башка жерде сакталат</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Административдик иш</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Кылмыш иши</translation>
    </message>
    <message>
        <source>Civil case</source>
        <translation>Жарандык иш</translation>
    </message>
    <message>
        <source>Complaint procedure</source>
        <translation>Даттанууну кароо</translation>
    </message>
    <message>
        <source>Complaint or claim filed</source>
        <translation>Даттануу же доо берилди</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Тергөө</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Сот отуруму</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Чечиле элек</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Утулду</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Уттурулду</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кайтарылып алынды</translation>
    </message>
    <message>
        <source>An incident cannot be dated in the future.</source>
        <translation>Окуя келечектеги күн менен белгилениши мүмкүн эмес.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Бул клиент мындан ары жок.</translation>
    </message>
    <message>
        <source>Please say how exactly the date is known.</source>
        <translation>Күн канчалык так белгилүү экенин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Please give the date of the incident.</source>
        <translation>Окуянын күнүн көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Please choose the kind of place.</source>
        <translation>Жердин түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose who did it.</source>
        <translation>Ким жасаганын тандаңыз.</translation>
    </message>
    <message>
        <source>Unknown kind of violation.</source>
        <translation>Укук бузуунун белгисиз түрү.</translation>
    </message>
    <message>
        <source>Please tick at least one thing that happened.</source>
        <translation>Болгон окуялардын жок дегенде бирин белгилеңиз.</translation>
    </message>
    <message>
        <source>Unknown kind of support.</source>
        <translation>Жардамдын белгисиз түрү.</translation>
    </message>
    <message>
        <source>The account is too long (at most 10,000 characters).</source>
        <translation>Баян өтө узун (10 000 белгиден ашпашы керек).</translation>
    </message>
    <message>
        <source>Please say where the complaint was made.</source>
        <translation>Даттануу кайда берилгенин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>A complaint cannot be dated in the future.</source>
        <translation>Даттануу келечектеги күн менен белгилениши мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The complaint cannot be dated before the incident.</source>
        <translation>Даттануу окуядан мурунку күн менен белгилениши мүмкүн эмес.</translation>
    </message>
    <message>
        <source>No client has this code. Leave it empty to record the incident anonymously.</source>
        <translation>Мындай коду бар клиент жок. Окуяны анонимдүү жазуу үчүн талааны бош калтырыңыз.</translation>
    </message>
    <message>
        <source>This incident no longer exists.</source>
        <translation>Бул окуя мындан ары жок.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>Макулдук келечектеги күн менен белгилениши мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Please choose the kind of evidence.</source>
        <translation>Далилдин түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>Please say who holds the evidence.</source>
        <translation>Далил кимде сакталарын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>This evidence entry no longer exists.</source>
        <translation>Бул далил жазуусу мындан ары жок.</translation>
    </message>
    <message>
        <source>Please choose the kind of case.</source>
        <translation>Иштин түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Ишти келечектеги күн менен ачууга болбойт.</translation>
    </message>
    <message>
        <source>This legal case no longer exists.</source>
        <translation>Бул иш мындан ары жок.</translation>
    </message>
    <message>
        <source>Please choose the stage of the case.</source>
        <translation>Иштин баскычын тандаңыз.</translation>
    </message>
    <message>
        <source>A stage must be dated between the opening of the case and today.</source>
        <translation>Баскычтын күнү иш ачылган күн менен бүгүнкү күндүн ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the case.</source>
        <translation>Иштин жыйынтыгын тандаңыз.</translation>
    </message>
    <message>
        <source>The outcome must be dated between the opening of the case and today.</source>
        <translation>Жыйынтыктын күнү иш ачылган күн менен бүгүнкү күндүн ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>This database has no key for hand-offs, so nothing was saved.</source>
        <translation>Бул маалымат базасында окуяларды өткөрүп берүү үчүн ачкыч жок, ошондуктан эч нерсе сакталган жок.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incident details are seen only by legal advisors. The advocacy report counts only the cases whose person agreed, and shows no details.</source>
        <translation>Окуялардын чоо-жайын юристтер гана көрөт. Адвокация отчету адам макул болгон окуяларды гана эсептейт жана чоо-жайын көрсөтпөйт.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңы окуя</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>Жокко чыгарылгандарды көрсөтүү</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимдүү</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Ким жасады</translation>
    </message>
    <message>
        <source>⚠ waiting for details</source>
        <translation>⚠ чоо-жайы күтүлүүдө</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n окуя</numerusform>
            <numerusform>%n окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for details</source>
        <translation>
            <numerusform>%n чоо-жайын күтүүдө</numerusform>
            <numerusform>%n чоо-жайын күтүүдө</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n күтүүдө</numerusform>
            <numerusform>%n күтүүдө</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Окуя сакталды.</translation>
    </message>
    <message>
        <source>Void incident</source>
        <translation>Окуяны жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this record void? (It is kept, not deleted.)</source>
        <translation>Бул жазуу эмне үчүн жокко чыгарылат? (Ал өчүрүлбөйт, сакталат.)</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Drop-in visits</source>
        <translation>Дроп-ин борборуна келүүлөр</translation>
    </message>
    <message>
        <source>Contacts (visits)</source>
        <translation>Байланыштар (келүүлөр)</translation>
    </message>
    <message>
        <source>Every recorded visit or contact, including anonymous walk-ins.</source>
        <translation>Жазылган ар бир келүү же байланыш, анонимдүү келүүлөрдү кошо алганда.</translation>
    </message>
    <message>
        <source>Visits in the week that are not voided.</source>
        <translation>Жума ичиндеги жокко чыгарылбаган келүүлөр.</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Ар башка адамдар</translation>
    </message>
    <message>
        <source>Different registered clients who had at least one visit.</source>
        <translation>Жок дегенде бир жолу келген ар башка катталган кардарлар.</translation>
    </message>
    <message>
        <source>Clients with one or more visits in the week.</source>
        <translation>Жума ичинде бир же бир нече жолу келген кардарлар.</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Жаңы адамдар</translation>
    </message>
    <message>
        <source>Clients whose first ever visit fell in the week.</source>
        <translation>Биринчи жолу ушул жумада келген кардарлар.</translation>
    </message>
    <message>
        <source>Clients whose earliest visit is in the week.</source>
        <translation>Эң биринчи келүүсү ушул жумада болгон кардарлар.</translation>
    </message>
    <message>
        <source>Anonymous walk-ins</source>
        <translation>Анонимдүү келүүлөр</translation>
    </message>
    <message>
        <source>Visits recorded without a client code.</source>
        <translation>Кардардын кодусуз жазылган келүүлөр.</translation>
    </message>
    <message>
        <source>Visits in the week with no client.</source>
        <translation>Жума ичиндеги кардары көрсөтүлбөгөн келүүлөр.</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Байланыштар келүү жолу боюнча</translation>
    </message>
    <message>
        <source>How people reached the centre: walk-in, phone, online, outreach or accompanied.</source>
        <translation>Адамдар борборго кантип келишти: өзү, телефон, онлайн, аутрич же коштоп келишти.</translation>
    </message>
    <message>
        <source>Visits in the week, by contact channel.</source>
        <translation>Жума ичиндеги келүүлөр, байланыш жолу боюнча.</translation>
    </message>
    <message>
        <source>Distinct people by gender</source>
        <translation>Ар башка адамдар гендер боюнча</translation>
    </message>
    <message>
        <source>Distinct people seen, by the gender they gave (not stated if left empty).</source>
        <translation>Келген ар башка адамдар, өздөрү айткан гендер боюнча (бош калса — айтылган жок).</translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by gender.</source>
        <translation>Жума ичинде келген кардарлар, гендер боюнча.</translation>
    </message>
    <message>
        <source>Distinct people by age band</source>
        <translation>Ар башка адамдар жаш тобу боюнча</translation>
    </message>
    <message>
        <source>Distinct people seen, by age band at the time of the visit.</source>
        <translation>Келген ар башка адамдар, келген учурдагы жаш тобу боюнча.</translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by age band.</source>
        <translation>Жума ичинде келген кардарлар, жаш тобу боюнча.</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Берилген кызматтар</translation>
    </message>
    <message>
        <source>How many times each service was given.</source>
        <translation>Ар бир кызмат канча жолу берилди.</translation>
    </message>
    <message>
        <source>Service lines on visits in the week, by service.</source>
        <translation>Жума ичиндеги келүүлөрдөгү кызматтар, кызмат боюнча.</translation>
    </message>
    <message>
        <source>Male condoms handed out</source>
        <translation>Таратылган эркектер презервативдери</translation>
    </message>
    <message>
        <source>Number of male condoms given out.</source>
        <translation>Берилген эркектер презервативдеринин саны.</translation>
    </message>
    <message>
        <source>Sum of quantities in the week.</source>
        <translation>Жума ичиндеги сандардын суммасы.</translation>
    </message>
    <message>
        <source>Female condoms handed out</source>
        <translation>Таратылган аялдар презервативдери</translation>
    </message>
    <message>
        <source>Number of female condoms given out.</source>
        <translation>Берилген аялдар презервативдеринин саны.</translation>
    </message>
    <message>
        <source>Lubricant handed out</source>
        <translation>Таратылган лубрикант</translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes given out.</source>
        <translation>Берилген лубрикант пакеттеринин же тюбиктеринин саны.</translation>
    </message>
    <message>
        <source>HIV counselling and testing</source>
        <translation>ВИЧ боюнча консультация жана тестирлөө</translation>
    </message>
    <message>
        <source>People tested who received their result, by the key-population type recorded for them at registration or on their profile: female sex worker, male sex worker, transgender person, other or not stated.</source>
        <translation>Жыйынтыгын алган текшерилген адамдар, каттоодо же профилде жазылган негизги калк тобу боюнча: секс-кызматкер аял, секс-кызматкер эркек, трансгендер адам, башка же көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>People tested who received their result, by where their first test of the period was done, as recorded with the test: at the drop-in, on outreach, or other community testing.</source>
        <translation>Жыйынтыгын алган текшерилген адамдар, мезгилдеги биринчи тести кайда жүргүзүлгөнү боюнча (тест менен жазылган): борбордо, аутричте же коомчулуктагы башка тестирлөө.</translation>
    </message>
    <message>
        <source>Tests by result</source>
        <translation>Тесттер жыйынтык боюнча</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Мөөнөтү өткөн көзөмөлдөр</translation>
    </message>
    <message>
        <source>Test kits used</source>
        <translation>Колдонулган тест топтомдору</translation>
    </message>
    <message>
        <source>Kits taken from stock for tests, repeats and quality control.</source>
        <translation>Тесттер, кайталоолор жана сапатты көзөмөлдөө үчүн запастан алынган топтомдор.</translation>
    </message>
    <message>
        <source>Test kits in stock</source>
        <translation>Запастагы тест топтомдору</translation>
    </message>
    <message>
        <source>Kits received minus kits used or discarded.</source>
        <translation>Алынган топтомдордон колдонулган же жок кылынгандарды кемиткенде.</translation>
    </message>
    <message>
        <source>Kit lots expiring within 60 days</source>
        <translation>Мөөнөтү 60 күндүн ичинде бүтө турган сериялар</translation>
    </message>
    <message>
        <source>Lots in stock expiring soon.</source>
        <translation>Запастагы мөөнөтү жакында бүтө турган сериялар.</translation>
    </message>
    <message>
        <source>Quality-control runs</source>
        <translation>Сапатты текшерүүлөр</translation>
    </message>
    <message>
        <source>Crisis shelter</source>
        <translation>Кризистик баш калкалоочу жай</translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation>Колдонуудагы орундар</translation>
    </message>
    <message>
        <source>Beds available for use at the end of the week.</source>
        <translation>Жуманын аягында колдонууга даяр орундар.</translation>
    </message>
    <message>
        <source>Configured beds not out of service.</source>
        <translation>Жөндөлгөн жана колдонуудан чыгарылбаган орундар.</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Орун-түндөр</translation>
    </message>
    <message>
        <source>Nights spent in the shelter: one per person per night, from admission up to the night before discharge.</source>
        <translation>Баш калкалоочу жайда өткөрүлгөн түндөр: ар бир адамга ар бир түнгө бирден, кабыл алынгандан тартып чыгуунун алдындагы түнгө чейин.</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Толуу деңгээли</translation>
    </message>
    <message>
        <source>Bed-nights used as a share of bed-nights available.</source>
        <translation>Колдонулган орун-түндөрдүн жеткиликтүү орун-түндөрдөгү үлүшү.</translation>
    </message>
    <message>
        <source>Bed-nights.</source>
        <translation>Орун-түндөр.</translation>
    </message>
    <message>
        <source>Bed-nights available: beds in service on each night of the week, added up.</source>
        <translation>Жеткиликтүү орун-түндөр: жуманын ар бир түнүндөгү иштеген орундардын суммасы.</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Жеткиликтүү орун-түндөр</translation>
    </message>
    <message>
        <source>Beds in service on each night of the week, added up.</source>
        <translation>Жуманын ар бир түнүндөгү колдонуудагы орундардын суммасы.</translation>
    </message>
    <message>
        <source>Sum over nights of beds in service.</source>
        <translation>Түндөр боюнча колдонуудагы орундардын суммасы.</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Кабыл алуулар</translation>
    </message>
    <message>
        <source>Stays that began in the week.</source>
        <translation>Жума ичинде башталган жашоолор.</translation>
    </message>
    <message>
        <source>Discharges by outcome</source>
        <translation>Чыгуулар жыйынтык боюнча</translation>
    </message>
    <message>
        <source>Stays that ended in the week, by where the person went.</source>
        <translation>Жума ичинде бүткөн жашоолор, адам кайда кеткени боюнча.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Узартуулар</translation>
    </message>
    <message>
        <source>Stays extended in the week.</source>
        <translation>Жума ичинде узартылган жашоолор.</translation>
    </message>
    <message>
        <source>Extensions approved in the week.</source>
        <translation>Жума ичинде бекитилген узартуулар.</translation>
    </message>
    <message>
        <source>Stays past their planned end</source>
        <translation>Пландалган мөөнөтү өткөн жашоолор</translation>
    </message>
    <message>
        <source>Current stays whose planned end had passed at the end of the week.</source>
        <translation>Жуманын аягында пландалган мөөнөтү өтүп кеткен азыркы жашоолор.</translation>
    </message>
    <message>
        <source>Open stays with a planned end before the end of the week.</source>
        <translation>Пландалган аягы жуманын аягынан мурун болгон ачык жашоолор.</translation>
    </message>
    <message>
        <source>Children accommodated</source>
        <translation>Жайгаштырылган балдар</translation>
    </message>
    <message>
        <source>Children staying with a parent on at least one night of the week.</source>
        <translation>Жуманын жок дегенде бир түнүндө ата-энеси менен жашаган балдар.</translation>
    </message>
    <message>
        <source>Sum of accompanying children over stays present in the week.</source>
        <translation>Жума ичиндеги жашоолордо чогуу келген балдардын суммасы.</translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation>Балдар үчүн сабактар</translation>
    </message>
    <message>
        <source>Sessions by type</source>
        <translation>Сабактар түрү боюнча</translation>
    </message>
    <message>
        <source>Children&apos;s activity sessions held, by type (homework, games, art ...).</source>
        <translation>Өткөрүлгөн балдар сабактары, түрү боюнча (үй тапшырмасы, оюндар, сүрөт ...).</translation>
    </message>
    <message>
        <source>Sessions held in the week, by type.</source>
        <translation>Жума ичинде өткөрүлгөн сабактар, түрү боюнча.</translation>
    </message>
    <message>
        <source>Child attendances</source>
        <translation>Балдардын катышуусу</translation>
    </message>
    <message>
        <source>Each child present at each session, plus unregistered children counted.</source>
        <translation>Ар бир сабакка келген ар бир бала, ошондой эле саналган катталбаган балдар.</translation>
    </message>
    <message>
        <source>Attendance marks in the week.</source>
        <translation>Жума ичиндеги катышуу белгилери.</translation>
    </message>
    <message>
        <source>Distinct children</source>
        <translation>Ар башка балдар</translation>
    </message>
    <message>
        <source>Different registered children who came at least once.</source>
        <translation>Жок дегенде бир жолу келген ар башка катталган балдар.</translation>
    </message>
    <message>
        <source>Registered children with an attendance in the week.</source>
        <translation>Жума ичинде катышкан катталган балдар.</translation>
    </message>
    <message>
        <source>Parents reached</source>
        <translation>Камтылган ата-энелер</translation>
    </message>
    <message>
        <source>Parents&apos; workshops held</source>
        <translation>Өткөрүлгөн ата-энелер семинарлары</translation>
    </message>
    <message>
        <source>Workshops for parents on rights and parenting.</source>
        <translation>Ата-энелер үчүн укуктар жана бала тарбиялоо боюнча семинарлар.</translation>
    </message>
    <message>
        <source>Workshops held in the week.</source>
        <translation>Жума ичинде өткөрүлгөн семинарлар.</translation>
    </message>
    <message>
        <source>Outreach and community events</source>
        <translation>Аутрич жана коомчулуктун иш-чаралары</translation>
    </message>
    <message>
        <source>Outreach sessions by mode</source>
        <translation>Аутрич чыгуулары ыкмасы боюнча</translation>
    </message>
    <message>
        <source>Outreach sessions held, by how they were done: on foot, by car, mobile unit, online or phone.</source>
        <translation>Өткөрүлгөн аутрич чыгуулары ыкмасы боюнча: жөө, унаа менен, мобилдик пункт, онлайн же телефон аркылуу.</translation>
    </message>
    <message>
        <source>Outreach sessions in the week, by mode.</source>
        <translation>Жумадагы аутрич чыгуулары, ыкмасы боюнча.</translation>
    </message>
    <message>
        <source>Outreach sessions by setting</source>
        <translation>Аутрич чыгуулары жайдын түрү боюнча</translation>
    </message>
    <message>
        <source>Outreach sessions held, by type of setting (street, hotel, sauna ...).</source>
        <translation>Өткөрүлгөн аутрич чыгуулары жайдын түрү боюнча (көчө, мейманкана, сауна ...).</translation>
    </message>
    <message>
        <source>Outreach sessions in the week, by setting.</source>
        <translation>Жумадагы аутрич чыгуулары, жайдын түрү боюнча.</translation>
    </message>
    <message>
        <source>Outreach contacts</source>
        <translation>Аутрич байланыштары</translation>
    </message>
    <message>
        <source>People met on outreach, new and returning (a person met twice counts twice).</source>
        <translation>Аутричте жолуккан адамдар, жаңы жана кайталанган (эки жолу жолуккан эки жолу саналат).</translation>
    </message>
    <message>
        <source>Sum of contacts on outreach sessions in the week.</source>
        <translation>Жумадагы аутрич чыгууларындагы байланыштардын суммасы.</translation>
    </message>
    <message>
        <source>Outreach contacts, new and returning</source>
        <translation>Аутрич байланыштары, жаңы жана кайталанган</translation>
    </message>
    <message>
        <source>Contacts the workers had not met before, and those they had met before.</source>
        <translation>Кызматкерлер мурун жолуктурбаган жана мурун жолуктурган байланыштар.</translation>
    </message>
    <message>
        <source>Sum of contacts in the week, new and returning.</source>
        <translation>Жумадагы байланыштардын суммасы, жаңы жана кайталанган.</translation>
    </message>
    <message>
        <source>Distinct coded people on outreach</source>
        <translation>Аутричтеги коду бар ар башка адамдар</translation>
    </message>
    <message>
        <source>Different registered clients whose code was noted on an outreach session.</source>
        <translation>Аутрич чыгуусунда коду жазылган ар башка катталган кардарлар.</translation>
    </message>
    <message>
        <source>Clients with a coded outreach contact in the week.</source>
        <translation>Жумада код менен аутрич байланышы болгон кардарлар.</translation>
    </message>
    <message>
        <source>Male condoms given on outreach</source>
        <translation>Аутричте берилген эркек презервативдери</translation>
    </message>
    <message>
        <source>Number of male condoms handed out by outreach workers.</source>
        <translation>Аутрич кызматкерлери берген эркек презервативдеринин саны.</translation>
    </message>
    <message>
        <source>Female condoms given on outreach</source>
        <translation>Аутричте берилген аял презервативдери</translation>
    </message>
    <message>
        <source>Number of female condoms handed out by outreach workers.</source>
        <translation>Аутрич кызматкерлери берген аял презервативдеринин саны.</translation>
    </message>
    <message>
        <source>Lubricant given on outreach</source>
        <translation>Аутричте берилген лубрикант</translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes handed out by outreach workers.</source>
        <translation>Аутрич кызматкерлери берген лубрикант баштыкчаларынын же тюбиктеринин саны.</translation>
    </message>
    <message>
        <source>Leaflets given on outreach</source>
        <translation>Аутричте берилген баракчалар</translation>
    </message>
    <message>
        <source>Number of leaflets handed out by outreach workers.</source>
        <translation>Аутрич кызматкерлери берген баракчалардын саны.</translation>
    </message>
    <message>
        <source>Mini-session hours</source>
        <translation>Мини-сессиялардын сааттары</translation>
    </message>
    <message>
        <source>Time spent on mini-sessions (HIV, STIs, rights ...) during outreach.</source>
        <translation>Аутрич учурундагы мини-сессиялардын убактысы (ВИЧ, ЖЖБИ, укуктар ...).</translation>
    </message>
    <message>
        <source>Sum of mini-session minutes in the week, in hours.</source>
        <translation>Жумадагы мини-сессия мүнөттөрүнүн суммасы, саат менен.</translation>
    </message>
    <message>
        <source>Referrals made on outreach</source>
        <translation>Аутричте берилген жолдомолор</translation>
    </message>
    <message>
        <source>Referrals to partner services made during outreach.</source>
        <translation>Аутрич учурунда өнөктөш кызматтарга берилген жолдомолор.</translation>
    </message>
    <message>
        <source>Outreach referrals in the week.</source>
        <translation>Жумадагы аутрич жолдомолору.</translation>
    </message>
    <message>
        <source>Referrals with accompaniment</source>
        <translation>Коштоо менен жолдомолор</translation>
    </message>
    <message>
        <source>Outreach referrals where a worker went along.</source>
        <translation>Кызматкер коштоп барган аутрич жолдомолору.</translation>
    </message>
    <message>
        <source>Accompanied outreach referrals in the week.</source>
        <translation>Жумадагы коштоо менен аутрич жолдомолору.</translation>
    </message>
    <message>
        <source>Gatekeepers contacted</source>
        <translation>Байланышкан «дарбазачылар»</translation>
    </message>
    <message>
        <source>Venue owners, administrators and other gatekeepers spoken to.</source>
        <translation>Сүйлөшкөн жай ээлери, администраторлор жана башка «дарбазачылар».</translation>
    </message>
    <message>
        <source>Sum of gatekeepers on outreach sessions in the week.</source>
        <translation>Жумадагы аутрич чыгууларындагы «дарбазачылардын» суммасы.</translation>
    </message>
    <message>
        <source>Outreach contacts by area</source>
        <translation>Аутрич байланыштары аймактар боюнча</translation>
    </message>
    <message>
        <source>Coverage: contacts in each outreach area (district).</source>
        <translation>Камтуу: ар бир аутрич аймагындагы (райондогу) байланыштар.</translation>
    </message>
    <message>
        <source>Contacts in the week, by area.</source>
        <translation>Жумадагы байланыштар, аймактар боюнча.</translation>
    </message>
    <message>
        <source>Community events by type</source>
        <translation>Коомчулуктун иш-чаралары түрү боюнча</translation>
    </message>
    <message>
        <source>Workshops, self-help groups, peer-education sessions and key-date events held.</source>
        <translation>Өткөрүлгөн семинарлар, өз ара жардам топтору, теңтуштук окутуу сабактары жана маанилүү күндөрдүн иш-чаралары.</translation>
    </message>
    <message>
        <source>Events in the week, by type.</source>
        <translation>Жумадагы иш-чаралар, түрү боюнча.</translation>
    </message>
    <message>
        <source>Community event attendance</source>
        <translation>Коомчулуктун иш-чараларына катышуу</translation>
    </message>
    <message>
        <source>People at community events, counted and coded.</source>
        <translation>Коомчулуктун иш-чараларындагы адамдар, саналган жана коду менен.</translation>
    </message>
    <message>
        <source>Attendance at events in the week.</source>
        <translation>Жумадагы иш-чараларга катышуу.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <extracomment>Labels for category codes the areas are known to use; other codes are shown tidied up.</extracomment>
        <translation>Өзү келди</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутрич</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Коштоп келишти</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Транс аял</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Транс эркек</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Бинардык эмес</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Айтылган жок</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>Non-reactive</source>
        <translation>Реактивдүү эмес</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Реактивдүү</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Жараксыз</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Турак жайга жайгашты</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Үйүнө кайтты</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Башка жерге жөнөтүлдү</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Кетип калды</translation>
    </message>
    <message>
        <source>7 days or fewer</source>
        <extracomment>Labels for bucket codes that have no list of their own elsewhere</extracomment>
        <translation>7 күн же андан аз</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>8–14 күн</translation>
    </message>
    <message>
        <source>15 to 30 days</source>
        <translation>15–30 күн</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>30 күндөн ашык</translation>
    </message>
    <message>
        <source>Access to confidential records</source>
        <extracomment>events on the audit log, not people: shown exactly (kind STOCK), so a board sees even one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV test records opened by a manager through the logged break-glass, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass entries in the audit log in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts given access to HIV results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts created with, or changed to, a role that reads HIV test results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account creations and role changes to such a role in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff passwords reset by a manager (the owner must choose a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password resets in the audit log in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the database was replaced by a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore entries in the audit log in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence and rights violations</source>
        <translation>Зомбулук жана укук бузуулар</translation>
    </message>
    <message>
        <source>Incidents recorded</source>
        <translation>Катталган окуялар</translation>
    </message>
    <message>
        <source>Incidents of violence or rights violations recorded in the week, including those opened at check-in.</source>
        <translation>Жумада катталган зомбулук же укук бузуу окуялары, каттоодо ачылгандарды кошо.</translation>
    </message>
    <message>
        <source>Incidents recorded in the week that are not voided.</source>
        <translation>Жумада катталган, жокко чыгарылбаган окуялар.</translation>
    </message>
    <message>
        <source>Referred for legal help</source>
        <translation>Юридикалык жардамга жөнөтүлдү</translation>
    </message>
    <message>
        <source>Incidents recorded in the week that were handed to the legal advisor or given a legal consultation.</source>
        <translation>Жумада катталган, юристке берилген же юридикалык кеңеш алган окуялар.</translation>
    </message>
    <message>
        <source>Incidents recorded in the week opened at check-in or with legal consultation.</source>
        <translation>Жумада каттоодо ачылган же юридикалык кеңеш алган окуялар.</translation>
    </message>
    <message>
        <source>People counselled before a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people who had pre-test counselling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a pre-test counselling session in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people who got a final result (non-reactive or reactive) and were told it (HTS_TST style). People already known to be positive or on treatment are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a final result given in the period, not known positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a reactive result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested whose rapid test was reactive. This is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested with a reactive test in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positivity (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people tested whose test was reactive, without people already known to be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a reactive result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retests of people already known positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested again who were already confirmed positive or said they were on treatment. Shown apart from positivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known positive clients with a final result given in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result, by age in five-year bands at their first test of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result, by age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result, by the gender they gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result, by gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested by key population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result, by key-population type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested by modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People tested who received their result, by testing modality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests (not people) by result: non-reactive, reactive or invalid, including repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests in the period, by result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing made in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals created in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People newly diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose confirmatory test was positive in the period, not already diagnosed or on treatment. The denominator of linkage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a first positive confirmatory result dated in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to ART within 7 days</source>
        <extracomment>the share of people newly diagnosed linked to ART within each number of days: label, definition, numerator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 7 days of the diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People newly diagnosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to ART within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 30 days of the diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to ART within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 90 days of the diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from diagnosis to ART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle value of the days from the positive confirmatory test (not the screening test) to the start of treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to ART for people newly diagnosed in the period who started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals whose due date had passed at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals not closed and due before the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits used in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits on hand at the end of the period (not expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots with kits on hand that expire within 60 days of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit-control runs done in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC runs dated in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights slept in the period, up to last night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed-nights of accompanying children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights spent by children staying with a resident parent, counted beside the residents&apos; own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanying children times nights slept in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished">Жашоочулар</translation>
    </message>
    <message>
        <source>Different people who slept at least one night in the shelter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with a night in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays with an admission date in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays with a discharge date in the period, by outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different registered parents present at children&apos;s sessions or parents&apos; workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct parents with an attendance in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each parent present at each session, plus parents counted without a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent attendance marks and head-counts in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached across all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different registered people who came to a visit, had an HIV test, stayed in the shelter or came to a children&apos;s session as a parent. Each person counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients with any service in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached with the defined package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people who received every part of the prevention package the centre defined (KP_PREV style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who received the whole package in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 to 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 to 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 to 29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 to 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35 to 39</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 to 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 to 49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female sex workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male sex workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transgender people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other community testing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvalidChoice</name>
    <message>
        <source>No problem seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvalidReason</name>
    <message>
        <source>No control line</source>
        <translation>Көзөмөл сызыгы жок</translation>
    </message>
    <message>
        <source>Background colour hides the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines outside the C or T zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read within 40 minutes</source>
        <translation>40 мүнөттүн ичинде окулган жок</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Кызматты өзгөртүү</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Жаңы кызмат</translation>
    </message>
    <message>
        <source>e.g. hair_cut (cannot be changed later)</source>
        <translation>мисалы, hair_cut (кийин өзгөртүүгө болбойт)</translation>
    </message>
    <message>
        <source>Ask for a quantity</source>
        <translation>Санын суроо</translation>
    </message>
    <message>
        <source>Ask where the person was referred to</source>
        <translation>Адам кайда жөнөтүлгөнүн суроо</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Тобу</translation>
    </message>
</context>
<context>
    <name>KitSource</name>
    <message>
        <source>Donation</source>
        <translation>Белек (донордон)</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Сатып алынган</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <source>Please enter the kit name.</source>
        <translation>Топтомдун аталышын киргизиңиз.</translation>
    </message>
    <message>
        <source>Please enter the lot number printed on the box.</source>
        <translation>Кутуда басылган сериянын номерин киргизиңиз.</translation>
    </message>
    <message>
        <source>Please enter the expiry date.</source>
        <translation>Жарактуулук мөөнөтүн киргизиңиз.</translation>
    </message>
    <message>
        <source>These kits are already expired; expired kits cannot be taken into stock.</source>
        <translation>Бул топтомдордун мөөнөтү өтүп кеткен; мөөнөтү өткөн топтомдорду запаска алууга болбойт.</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>Алынган күнү келечекте боло албайт.</translation>
    </message>
    <message>
        <source>Please enter how many kits arrived (a whole number above zero).</source>
        <translation>Канча топтом келгенин киргизиңиз (нөлдөн чоң бүтүн сан).</translation>
    </message>
    <message>
        <source>Please choose whether the kits were donated or bought.</source>
        <translation>Топтомдор белекке берилгенби же сатып алынганбы, тандаңыз.</translation>
    </message>
    <message>
        <source>The arrival temperature must be between -30 and 60 °C.</source>
        <translation>Келгендеги температура -30 жана 60 °C ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>Lot {lot} is already in stock with expiry {date}. Check the box label.</source>
        <translation>{lot} сериясы запаста мурунтан бар, жарактуулук мөөнөтү {date}. Кутудагы белгини текшериңиз.</translation>
    </message>
    <message>
        <source>Please choose why the kits are discarded.</source>
        <translation>Топтомдор эмне үчүн жок кылынып жатканын тандаңыз.</translation>
    </message>
    <message>
        <source>Please enter how many kits are discarded (a whole number above zero).</source>
        <translation>Канча топтом жок кылынарын киргизиңиз (нөлдөн чоң бүтүн сан).</translation>
    </message>
    <message>
        <source>This kit lot does not exist.</source>
        <translation>Топтомдун мындай сериясы жок.</translation>
    </message>
    <message>
        <source>Only {n} kits of lot {lot} are on hand.</source>
        <translation>{lot} сериясынан колдо {n} гана топтом бар.</translation>
    </message>
    <message>
        <source>Please enter the number of kits counted (zero or more).</source>
        <translation>Саналган топтомдордун санын киргизиңиз (нөл же андан көп).</translation>
    </message>
    <message>
        <source>The books show {n} kits; you counted more. Record the extra kits as a new shipment instead.</source>
        <translation>Эсепте {n} топтом; сиз көбүрөөк санадыңыз. Ашыкча топтомдорду жаңы жеткирүү катары жазыңыз.</translation>
    </message>
    <message>
        <source>Lot {lot} ({kit}) expired on {date}; {n} kits must be discarded.</source>
        <translation>{lot} сериясынын ({kit}) мөөнөтү {date} бүттү; {n} топтомду жок кылуу керек.</translation>
    </message>
    <message>
        <source>Lot {lot} ({kit}) expires on {date} with {n} kits left: use it first.</source>
        <translation>{lot} сериясынын ({kit}) мөөнөтү {date} бүтөт, {n} топтом калды: аны биринчи колдонуңуз.</translation>
    </message>
    <message>
        <source>Only {n} usable {kit} kits are left: order more.</source>
        <translation>Жарактуу «{kit}» топтомунан {n} гана калды: дагы заказ кылыңыз.</translation>
    </message>
    <message>
        <source>There are no usable test kits in stock.</source>
        <translation>Запаста жарактуу тест топтомдору жок.</translation>
    </message>
    <message>
        <source>Please choose why the kit controls are run.</source>
        <translation>Топтомдун көзөмөлү эмне үчүн жүргүзүлүп жатканын тандаңыз.</translation>
    </message>
    <message>
        <source>A quality-control run cannot be in the future.</source>
        <translation>Сапат текшерүүсү келечекте боло албайт.</translation>
    </message>
    <message>
        <source>Kits used for a control run must be between 0 and 10.</source>
        <translation>Текшерүүгө колдонулган топтомдор 0дөн 10го чейин болушу керек.</translation>
    </message>
    <message>
        <source>Please choose the kit lot.</source>
        <translation>Топтомдун сериясын тандаңыз.</translation>
    </message>
    <message>
        <source>This lot has expired; expired kits cannot be used.</source>
        <translation>Бул сериянын мөөнөтү өткөн; мөөнөтү өткөн топтомдорду колдонууга болбойт.</translation>
    </message>
    <message>
        <source>Please enter the storage temperature.</source>
        <translation>Сактоо температурасын киргизиңиз.</translation>
    </message>
    <message>
        <source>A temperature must be between -30 and 60 °C.</source>
        <translation>Температура -30 жана 60 °C ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>A temperature reading cannot be in the future.</source>
        <translation>Температура ченөө келечекте боло албайт.</translation>
    </message>
    <message>
        <source>Kit controls are due for the new lot {lot} ({kit}).</source>
        <translation>Жаңы {lot} сериясын ({kit}) көзөмөлдөө керек.</translation>
    </message>
    <message>
        <source>Kit controls are due for the shipment of lot {lot} received on {date}.</source>
        <translation>{date} алынган {lot} сериясынын жеткирүүсүн көзөмөлдөө керек.</translation>
    </message>
    <message>
        <source>Lot {lot} arrived at {temp} °C, outside 2–27 °C: run the kit controls.</source>
        <translation>{lot} сериясы {temp} °C температурада келди, бул 2–27 °C чегинен тышкары: топтомдун көзөмөлүн жүргүзүңүз.</translation>
    </message>
    <message>
        <source>The monthly kit-control run is due for lot {lot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The testing room was last read at {temp} °C, outside 15–37 °C: tests may give wrong results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first test: run the kit controls yourself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kit may not be used for a client test yet:
{reasons}
Run the kit controls, or write why you test anyway (at least {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit controls are due for the new counsellor {name}.</source>
        <translation>Жаңы консультант үчүн топтомдун көзөмөлүн жүргүзүү керек: {name}.</translation>
    </message>
    <message>
        <source>The temperature was out of range on {date}: run the kit controls before testing.</source>
        <translation>{date} күнү температура ченемден тышкары болгон: тестирлөөдөн мурун топтомдун көзөмөлүн жүргүзүңүз.</translation>
    </message>
    <message>
        <source>Today&apos;s temperature reading has not been logged yet.</source>
        <translation>Бүгүнкү температура азырынча жазыла элек.</translation>
    </message>
</context>
<context>
    <name>LineChoice</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Retire or bring back</source>
        <translation>Өчүрүү же ка&amp;йтаруу</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <extracomment>the shortest wait between two looks at the clock (no busy loop just before the deadline)</extracomment>
        <translation>Кулпуланды</translation>
    </message>
    <message>
        <source>The screen is locked to protect the data. {name}, type your password to continue.</source>
        <translation>Маалыматты коргоо үчүн экран кулпуланды. {name}, улантуу үчүн сырсөзүңүздү териңиз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Колдонуучуну алмаштыруу</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Сырсөз текшерилүүдө…</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again.</source>
        <translation>Сырсөздү текшерүү мүмкүн болгон жок. Кайра аракет кылыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. After %n failed attempts in a row the account also waits a while before it accepts its password again.</source>
        <translation>
            <numerusform>Сырсөз туура эмес. Катары менен %n жолу ийгиликсиз аракеттен кийин эсеп жазуу сырсөздү бир аз убакыт кабыл албайт.</numerusform>
            <numerusform>Сырсөз туура эмес. Катары менен %n жолу ийгиликсиз аракеттен кийин эсеп жазуу сырсөздү бир аз убакыт кабыл албайт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Use your own account: what you do is recorded under your name.</source>
        <translation>Өз аккаунтуңузду колдонуңуз: жасаган иштериңиз сиздин атыңыз менен жазылат.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Сырсөз текшерилүүдө…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This area is not available yet.</source>
        <translation>Бул бөлүм азырынча жеткиликсиз.</translation>
    </message>
    <message>
        <source>This area could not be opened because of an error. The error was logged; the other areas work as usual.</source>
        <translation>Ката кетип, бул бөлүм ачылган жок. Ката журналга жазылды; башка бөлүмдөр кадимкидей иштейт.</translation>
    </message>
    <message>
        <source>dropin</source>
        <extracomment>the user chose another interface language (already saved for them)</extracomment>
        <translation>dropin</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Бөлүмдөр</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Көрсөтө турган эч нерсе жок</translation>
    </message>
    <message>
        <source>Your role has no areas in this program. Please ask a manager.</source>
        <translation>Сиздин ролуңуз үчүн бул программада бөлүм жок. Жетекчиге кайрылыңыз.</translation>
    </message>
    <message>
        <source>Logged in: {name}</source>
        <translation>Кирген: {name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Ролу: {role}</translation>
    </message>
    <message>
        <source>&amp;dropin</source>
        <translation>&amp;dropin</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сырсөзүмдү &amp;өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Кулпулоо</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Программаны &amp;жабуу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Кө&amp;рүнүш</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Жарык тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Караңгы тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>Pseudo-translation (layout check)</source>
        <translation>Жалган котормо (жайгашууну текшерүү)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;About dropin</source>
        <translation>&amp;dropin жөнүндө</translation>
    </message>
    <message>
        <source>dropin (locked)</source>
        <translation>dropin (кулпуланган)</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>{code}  ({nickname}), last visit {date}</source>
        <translation>{code}  ({nickname}), акыркы келиши {date}</translation>
    </message>
    <message>
        <source>{code}  ({nickname}), no visits yet</source>
        <translation>{code}  ({nickname}), азырынча келген эмес</translation>
    </message>
    <message>
        <source>{code}, last visit {date}</source>
        <translation>{code}, акыркы келиши {date}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Front desk</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестирлөө</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баш калкалоочу жай</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутрич</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрлөө</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Окуялар</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>This area does not exist.</source>
        <translation>Мындай аймак жок.</translation>
    </message>
    <message>
        <source>Please enter the name of the area.</source>
        <translation>Аймактын атын жазыңыз.</translation>
    </message>
    <message>
        <source>The name can have at most 80 characters.</source>
        <translation>Аты 80 белгиден ашпашы керек.</translation>
    </message>
    <message>
        <source>Please name a district, not an address.</source>
        <translation>Дарек эмес, районду жазыңыз.</translation>
    </message>
    <message>
        <source>An area with this name already exists.</source>
        <translation>Мындай аталыштагы аймак бар.</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Жөө</translation>
    </message>
    <message>
        <source>By car</source>
        <translation>Унаа менен</translation>
    </message>
    <message>
        <source>Mobile unit</source>
        <translation>Мобилдик пункт</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Street</source>
        <extracomment>outdoor settings first, then indoor ones (the domain&apos;s two groups)</extracomment>
        <translation>Көчө</translation>
    </message>
    <message>
        <source>Highway</source>
        <translation>Трасса</translation>
    </message>
    <message>
        <source>Park or public place</source>
        <translation>Парк же коомдук жай</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Мейманкана</translation>
    </message>
    <message>
        <source>Brothel</source>
        <translation>Бордель</translation>
    </message>
    <message>
        <source>Sauna</source>
        <translation>Сауна</translation>
    </message>
    <message>
        <source>Massage parlour</source>
        <translation>Массаж салону</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Батир</translation>
    </message>
    <message>
        <source>Bar or club</source>
        <translation>Бар же клуб</translation>
    </message>
    <message>
        <source>Escort or online</source>
        <translation>Эскорт же онлайн</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>ВИЧ</translation>
    </message>
    <message>
        <source>STIs</source>
        <translation>ЖЖБИ</translation>
    </message>
    <message>
        <source>Sexual and reproductive health</source>
        <translation>Сексуалдык жана репродуктивдүү ден соолук</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>Кургак учук</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Алкоголь жана баңгизат</translation>
    </message>
    <message>
        <source>Condom use and negotiation</source>
        <translation>Презерватив: колдонуу жана макулдашуу</translation>
    </message>
    <message>
        <source>Rights and the law</source>
        <translation>Укуктар жана мыйзам</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Зомбулук</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Басмырлоо</translation>
    </message>
    <message>
        <source>Registration and identity card</source>
        <translation>Каттоо жана паспорт</translation>
    </message>
    <message>
        <source>Community mobilisation</source>
        <translation>Коомчулукту мобилизациялоо</translation>
    </message>
    <message>
        <source>Male condoms</source>
        <extracomment>commodities handed out: the column on a session and the front desk catalogue code it matches</extracomment>
        <translation>Эркек презервативдери</translation>
    </message>
    <message>
        <source>Female condoms</source>
        <translation>Аял презервативдери</translation>
    </message>
    <message>
        <source>Lubricant</source>
        <translation>Лубрикант</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Баракчалар</translation>
    </message>
    <message>
        <source>New contacts</source>
        <extracomment>the counters of the tally (session columns), in entry order</extracomment>
        <translation>Жаңы байланыштар</translation>
    </message>
    <message>
        <source>Returning contacts</source>
        <translation>Кайталанган байланыштар</translation>
    </message>
    <message>
        <source>Gatekeepers contacted</source>
        <translation>Байланышкан «дарбазачылар»</translation>
    </message>
    <message>
        <source>Mini-session minutes</source>
        <translation>Мини-сессия мүнөттөрү</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>the two kinds of contact (report categories)</extracomment>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Кайталанган</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Self-help group</source>
        <translation>Өз ара жардам тобу</translation>
    </message>
    <message>
        <source>Peer-education session</source>
        <translation>Теңтуштук окутуу сабагы</translation>
    </message>
    <message>
        <source>Key date event</source>
        <translation>Маанилүү күндүн иш-чарасы</translation>
    </message>
    <message>
        <source>17 December: International Day to End Violence against Sex Workers</source>
        <extracomment>the community&apos;s key dates: code -&gt; (month, day, label)</extracomment>
        <translation>17-декабрь: Секс-кызматкерлерге каршы зомбулукту токтотуу эл аралык күнү</translation>
    </message>
    <message>
        <source>3 March: International Sex Workers&apos; Day</source>
        <translation>3-март: Секс-кызматкерлердин эл аралык күнү</translation>
    </message>
    <message>
        <source>2 June: International Sex Workers&apos; Rights Day</source>
        <translation>2-июнь: Секс-кызматкерлердин укуктарынын эл аралык күнү</translation>
    </message>
    <message>
        <source>There is no client with the code {code}. Please check the whole code; parts of a code are not looked up.</source>
        <extracomment>roles whose staff go out on outreach or run community events</extracomment>
        <translation>{code} коду менен кардар жок. Кодду толук текшериңиз: коддун бөлүгү боюнча издөө жүргүзүлбөйт.</translation>
    </message>
    <message>
        <source>One of the staff members chosen does not exist.</source>
        <translation>Тандалган кызматкерлердин бири жок.</translation>
    </message>
    <message>
        <source>The note can have at most {n} characters.</source>
        <translation>Эскертүү {n} белгиден ашпашы керек.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Бүтүн сан жазыңыз.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Сан терс боло албайт.</translation>
    </message>
    <message>
        <source>Please enter a number up to {n}.</source>
        <translation>{n} ашпаган сан жазыңыз.</translation>
    </message>
    <message>
        <source>This event does not exist.</source>
        <translation>Мындай иш-чара жок.</translation>
    </message>
    <message>
        <source>Only the facilitators of an event, or a manager, may change it.</source>
        <translation>Иш-чараны анын алып баруучулары же жетекчи гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>Please enter the date of the event.</source>
        <translation>Иш-чаранын күнүн жазыңыз.</translation>
    </message>
    <message>
        <source>Events are recorded once they have taken place.</source>
        <translation>Иш-чаралар өткөндөн кийин жазылат.</translation>
    </message>
    <message>
        <source>Please choose the type of event.</source>
        <translation>Иш-чаранын түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose which key date the event marks.</source>
        <translation>Иш-чара кайсы маанилүү күндү белгилей турганын тандаңыз.</translation>
    </message>
    <message>
        <source>Please enter the topic.</source>
        <translation>Теманы жазыңыз.</translation>
    </message>
    <message>
        <source>The topic can have at most 200 characters.</source>
        <translation>Тема 200 белгиден ашпашы керек.</translation>
    </message>
    <message>
        <source>Please choose at least one facilitator.</source>
        <translation>Жок дегенде бир алып баруучуну тандаңыз.</translation>
    </message>
    <message>
        <source>This outreach session does not exist.</source>
        <extracomment>the session has coded contacts this user may not see (not one of its workers)</extracomment>
        <translation>Мындай аутрич чыгуусу жок.</translation>
    </message>
    <message>
        <source>Only the workers on a session, or a manager, may change it.</source>
        <translation>Чыгууну анын кызматкерлери же жетекчи гана өзгөртө алат.</translation>
    </message>
    <message>
        <source>Please enter the date of the session.</source>
        <translation>Чыгуунун күнүн жазыңыз.</translation>
    </message>
    <message>
        <source>The session date cannot be in the future.</source>
        <translation>Чыгуунун күнү келечекте боло албайт.</translation>
    </message>
    <message>
        <source>The session date is more than a year ago. Please check it.</source>
        <translation>Чыгуунун күнү бир жылдан мурун. Текшериңиз.</translation>
    </message>
    <message>
        <source>Please choose how the outreach was done.</source>
        <translation>Аутрич кандай жүргүзүлгөнүн тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose the type of setting.</source>
        <translation>Жайдын түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose the area.</source>
        <translation>Аймакты тандаңыз.</translation>
    </message>
    <message>
        <source>The area {name} is retired. Please choose another area.</source>
        <translation>{name} аймагы колдонулбай калган. Башка аймакты тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose topics from the list.</source>
        <translation>Темаларды тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Please tick the topics of the mini-sessions.</source>
        <translation>Мини-сессиялардын темаларын белгилеңиз.</translation>
    </message>
    <message>
        <source>Please choose at least one worker.</source>
        <translation>Жок дегенде бир кызматкерди тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n client code(s) were given but fewer contacts were counted. Please count every coded person as a contact.</source>
        <translation>
            <numerusform>%n кардар коду берилди, бирок байланыштар азыраак саналды. Коду бар ар бир адамды байланыш катары санаңыз.</numerusform>
            <numerusform>%n кардар коду берилди, бирок байланыштар азыраак саналды. Коду бар ар бир адамды байланыш катары санаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the referral destinations does not exist.</source>
        <translation>Жолдомо жерлеринин бири жок.</translation>
    </message>
    <message>
        <source>Outreach tally sheet</source>
        <translation>Аутрич эсеп баракчасы</translation>
    </message>
    <message>
        <source>Write counts and ticks only. Never write a name, a telephone number or an address.</source>
        <translation>Сандарды жана белгилерди гана жазыңыз. Эч качан ат, телефон же дарек жазбаңыз.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Узактыгы (мүнөт)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Ыкма</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Жай</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Эсеп</translation>
    </message>
    <message>
        <source>Make a tally mark for each one; add up at the end of the shift.</source>
        <translation>Ар бири үчүн сызыкча коюңуз; смена аягында кошуп чыгыңыз.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Tally marks</source>
        <translation>Сызыкчалар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Mini-session topics</source>
        <translation>Мини-сессиялардын темалары</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдомолор</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Коштоп келишти</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Client codes (only of people who agree)</source>
        <translation>Кардарлардын коддору (макулдугу менен гана)</translation>
    </message>
    <message>
        <source>Note (no names)</source>
        <translation>Эскертүү (атсыз)</translation>
    </message>
    <message>
        <source>Outreach tally sheet: type it in under Outreach, Record a session.</source>
        <translation>Аутрич эсеп баракчасы: «Аутрич», «Чыгууну жазуу» бөлүмүнө киргизиңиз.</translation>
    </message>
</context>
<context>
    <name>OutreachAreaDialog</name>
    <message>
        <source>Change the area</source>
        <translation>Аймакты өзгөртүү</translation>
    </message>
    <message>
        <source>New outreach area</source>
        <translation>Жаңы аутрич аймагы</translation>
    </message>
    <message>
        <source>A district or town, never an address</source>
        <translation>Район же шаар, эч качан дарек эмес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
</context>
<context>
    <name>OutreachAreasEditor</name>
    <message>
        <source>Area</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>колдонулат</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>колдонулбайт</translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>&amp;Аймак кошуу…</translation>
    </message>
    <message>
        <source>Select an area first.</source>
        <translation>Алгач аймакты тандаңыз.</translation>
    </message>
</context>
<context>
    <name>OutreachCoverageTab</name>
    <message>
        <source>Weeks shown</source>
        <translation>Көрсөтүлгөн жумалар</translation>
    </message>
    <message>
        <source>Mark areas not visited for (weeks)</source>
        <translation>Чыгуусуз аймактарды белгилөө (жума)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (колдонулбайт)</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Акыркы чыгуу</translation>
    </message>
    <message numerus="yes">
        <source>Not visited for %n week(s) or more: {areas}</source>
        <translation>
            <numerusform>%n жума же андан көп чыгуу болгон эмес: {areas}</numerusform>
            <numerusform>%n жума же андан көп чыгуу болгон эмес: {areas}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every area had a session in the last %n week(s).</source>
        <translation>
            <numerusform>Акыркы %n жумада ар бир аймакта чыгуу болду.</numerusform>
            <numerusform>Акыркы %n жумада ар бир аймакта чыгуу болду.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachEventsTab</name>
    <message>
        <source> min</source>
        <translation> мүн</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Whole client codes of people who agree, separated by spaces</source>
        <translation>Макул болгон кардарлардын толук коддору, боштук менен</translation>
    </message>
    <message>
        <source>No names, telephone numbers or addresses</source>
        <translation>Аттар, телефон номерлери же даректер жазылбасын</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Форманы тазалоо</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Узактыгы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Маанилүү күн</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Алып баруучулар</translation>
    </message>
    <message>
        <source>People counted (without a code)</source>
        <translation>Саналган адамдар (кодсуз)</translation>
    </message>
    <message>
        <source>Client codes</source>
        <translation>Кардарлардын коддору</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>V&amp;oid the selected event…</source>
        <translation>Тандалган иш-чараны жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Record a community event</source>
        <translation>Коомчулуктун иш-чарасын жазуу</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>Иш-чараны &amp;сактоо</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>Иш-чараны өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Өзгөртүүлөрдү &amp;сактоо</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Алгач иш-чараны тандаңыз.</translation>
    </message>
    <message>
        <source>Void the event</source>
        <translation>Иш-чараны жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this event voided?</source>
        <translation>Бул иш-чара эмне үчүн жокко чыгарылат?</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Record a session</source>
        <translation>Чыгууну жазуу</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Чыгуулар</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Камтуу</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>Коомчулуктун иш-чаралары</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Аймактар</translation>
    </message>
</context>
<context>
    <name>OutreachSessionForm</name>
    <message>
        <source> min</source>
        <translation> мүн</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Кү&amp;нү</translation>
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation>&amp;Башталышы</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>У&amp;зактыгы</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Ыкма</translation>
    </message>
    <message>
        <source>Sett&amp;ing</source>
        <translation>Жа&amp;й</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Аймак</translation>
    </message>
    <message>
        <source>Whole client codes of people who agree, separated by spaces</source>
        <translation>Макул болгон кардарлардын толук коддору, боштук менен</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Коштоп келишти</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>Жолдомо к&amp;ошуу</translation>
    </message>
    <message>
        <source>Clear referrals</source>
        <translation>Жолдомолорду тазалоо</translation>
    </message>
    <message>
        <source>No names, telephone numbers or addresses</source>
        <translation>Аттар, телефон номерлери же даректер жазылбасын</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>&amp;Темалар</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>Кыз&amp;маткерлер</translation>
    </message>
    <message>
        <source>Client &amp;codes</source>
        <translation>Кардарлардын &amp;коддору</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдомолор</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Форманы тазалоо</translation>
    </message>
    <message>
        <source>Print a blank tally sheet…</source>
        <translation>Бош эсеп баракчасын басып чыгаруу…</translation>
    </message>
    <message>
        <source>Language of the tally sheet</source>
        <translation>Эсеп баракчасынын тили</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Эсеп</translation>
    </message>
    <message>
        <source>Topics, workers and referrals</source>
        <translation>Темалар, кызматкерлер жана жолдомолор</translation>
    </message>
    <message>
        <source>Record an outreach session</source>
        <translation>Аутрич чыгуусун жазуу</translation>
    </message>
    <message>
        <source>&amp;Save session (Enter)</source>
        <translation>Чыгууну &amp;сактоо (Enter)</translation>
    </message>
    <message>
        <source>Change the outreach session of {date}</source>
        <translation>{date} аутрич чыгуусун өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Save changes (Enter)</source>
        <translation>Өзгөртүүлөрдү &amp;сактоо (Enter)</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Өзгөртүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Өзгөртүүлөр сакталды.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n contact(s) in {area}.</source>
        <translation>
            <numerusform>Сакталды: %n байланыш, {area}.</numerusform>
            <numerusform>Сакталды: %n байланыш, {area}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no referral destinations yet. A manager adds them under Admin, Services.</source>
        <translation>Жолдомо жерлери азырынча жок. Жетекчи аларды «Башкаруу», «Кызматтар» бөлүмүнөн кошот.</translation>
    </message>
    <message>
        <source>{name} (accompanied)</source>
        <translation>{name} (коштоо менен)</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Жолдомо жок</translation>
    </message>
    <message>
        <source>Save a blank tally sheet</source>
        <translation>Бош эсеп баракчасын сактоо</translation>
    </message>
    <message>
        <source>outreach-tally-sheet.pdf</source>
        <translation>autrich-esep-barakchasy.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдар (*.pdf)</translation>
    </message>
    <message>
        <source>The tally sheet was saved.</source>
        <translation>Эсеп баракчасы сакталды.</translation>
    </message>
</context>
<context>
    <name>OutreachSessionsTab</name>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Ыкма</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Жай</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Кайталанган</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation>Презервативдер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдомолор</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <source>&amp;Change the selected session</source>
        <translation>Тандалган чыгууну &amp;өзгөртүү</translation>
    </message>
    <message>
        <source>V&amp;oid the selected session…</source>
        <translation>Тандалган чыгууну жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Алгач чыгууну тандаңыз.</translation>
    </message>
    <message>
        <source>Void the session</source>
        <translation>Чыгууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this session voided?</source>
        <translation>Бул чыгуу эмне үчүн жокко чыгарылат?</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Мөөнөтү өткөн көзөмөлдөр</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Канча күн кечикти</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Кайда жөнөтүлдү</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Байланышуу аракеттери</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Акыркы аракет</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Мөөнөтү өткөн көзөмөл жок.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Empty</source>
        <translation>Бош</translation>
    </message>
    <message>
        <source>Type a passphrase: several words are easy to remember and hard to guess.</source>
        <translation>Купуя фразаны териңиз: бир нече сөздү эстеп калуу оңой, ал эми табуу кыйын.</translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>estimated guesses (log10) for fair / good / strong. The database can be copied and attacked offline, so the steps are set far above those for online logins. zxcvbn slows down on very long input; what lies beyond this only adds strength</extracomment>
        <translation>Алсыз</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жакшы</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Күчтүү</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Терилгенди көрсөтүү же жашыруу</translation>
    </message>
    <message>
        <source>Passphrase strength: {label} (about {bits} bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {bits} bits: roughly 10^{power} guesses would find these {length} characters. Common words, names, dates and keyboard patterns count for little; four or more unrelated words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Купуя фразада жок дегенде %n белги болушу керек.</numerusform>
            <numerusform>Купуя фразада жок дегенде %n белги болушу керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words, or a longer phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Эки купуя фраза дал келбейт.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {n} of {count}</source>
        <translation>{count} беттин {n}-бети</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Жума</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Чейрек</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Төмөнкү даталар</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даталар</translation>
    </message>
    <message>
        <source>from</source>
        <translation>башы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>аягы</translation>
    </message>
    <message>
        <source>{week}  ·  {start} to {end}</source>
        <translation>{week}  ·  {start} – {end}</translation>
    </message>
    <message>
        <source>{period}  ·  {start} to {end}</source>
        <translation>{period}  ·  {start} – {end}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Please log in first.</source>
        <extracomment>logged in with a one-time password a manager set: nothing but choosing a new one is allowed</extracomment>
        <translation>Адегенде системага кириңиз.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Сиздин ролуңуз ({role}) буга уруксат бербейт.</translation>
    </message>
    <message>
        <source>Please choose your own password first (dropin › Change my password): a manager reset it for one login only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>HIV counselling and testing</source>
        <translation>ВИЧ боюнча консультация жана тестирлөө</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Баш калкалоочу жайда жашоо</translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation>Балдар үчүн сабактар</translation>
    </message>
    <message>
        <source>This section could not be loaded.</source>
        <translation>Бул бөлүмдү жүктөө мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>QcReason</name>
    <message>
        <source>New lot</source>
        <extracomment>discard reasons staff choose by hand (the others are written by the stock count and test cancelling)</extracomment>
        <translation>Жаңы серия</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Жаңы жеткирүү</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>Жаңы консультант</translation>
    </message>
    <message>
        <source>Temperature out of range</source>
        <translation>Температура ченемден тышкары</translation>
    </message>
    <message>
        <source>Monthly check</source>
        <translation>Айлык текшерүү</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
</context>
<context>
    <name>QcTab</name>
    <message>
        <source>Kit-control run</source>
        <translation>Топтомдун көзөмөлү</translation>
    </message>
    <message>
        <source>Positive control gave the expected reactive result</source>
        <translation>Оң көзөмөл күтүлгөн реактивдүү жыйынтык берди</translation>
    </message>
    <message>
        <source>Negative control gave the expected non-reactive result</source>
        <translation>Терс көзөмөл күтүлгөн реактивдүү эмес жыйынтык берди</translation>
    </message>
    <message>
        <source>Save control run</source>
        <translation>Көзөмөлдү сактоо</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Серия:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <source>Daily temperature log</source>
        <translation>Күнүмдүк температура журналы</translation>
    </message>
    <message>
        <source>Save reading</source>
        <translation>Ченөөнү сактоо</translation>
    </message>
    <message>
        <source>Kit storage (2–27 °C):</source>
        <translation>Топтомдорду сактоо (2–27 °C):</translation>
    </message>
    <message>
        <source>Testing room (15–37 °C):</source>
        <translation>Тестирлөө бөлмөсү (15–37 °C):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өттү</translation>
    </message>
    <message>
        <source>⚠ FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ NO: out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Ченелген убакыт</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлмө</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>Ченемде</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>No quality-control run is due.</source>
        <translation>Азыр сапат текшерүүсү керек эмес.</translation>
    </message>
    <message>
        <source>{kit} lot {lot} (received {date})</source>
        <translation>{kit}, серия {lot} (алынган күнү {date})</translation>
    </message>
</context>
<context>
    <name>QualityBlock</name>
    <message>
        <source>⚠ Kit controls needed before a client test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or write why you test anyway (saved in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadTimerBoard</name>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>Start test</source>
        <translation>Тестти баштоо</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Кардардын коду:</translation>
    </message>
    <message>
        <source>Kit lot:</source>
        <translation>Топтомдун сериясы:</translation>
    </message>
    <message>
        <source>No tests running. Enter a client code and start a test.</source>
        <translation>Жүрүп жаткан тест жок. Кардардын кодун киргизип, тестти баштаңыз.</translation>
    </message>
    <message>
        <source>A test is ready to read.</source>
        <translation>Тестти окууга болот.</translation>
    </message>
    <message>
        <source>The test of {code} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: reactive (preliminary positive). A referral for confirmatory testing was created and is now in the follow-up list.</source>
        <translation>{code}: реактивдүү (алдын ала оң). Тастыктоочу тестирлөөгө жолдомо түзүлдү, ал азыр көзөмөл тизмесинде.</translation>
    </message>
    <message>
        <source>{code}: {result}. Saved.</source>
        <translation>{code}: {result}. Сакталды.</translation>
    </message>
    <message>
        <source>{code}: invalid ({reason}). Repeat with a new kit: press “Start repeat test”.</source>
        <translation>{code}: жараксыз ({reason}). Жаңы топтом менен кайталаңыз: «Кайра тестти баштоо» басыңыз.</translation>
    </message>
    <message>
        <source>Start repeat test</source>
        <translation>Кайра тестти баштоо</translation>
    </message>
</context>
<context>
    <name>ReanchorDialog</name>
    <message>
        <source>Re-anchor the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the anchor file was lost or damaged (for example after copying the database to a new computer). The anchor will point at the log&apos;s end as it is now; the reason and who did it are recorded, and seals printed earlier still show any entries that went missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Please give a reason for voiding this record.</source>
        <translation>Бул жазууну жокко чыгаруунун себебин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>Бул жазуу мурунтан жокко чыгарылган.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV testing, case-work and legal records are kept in their own encrypted stores, opened only by the logins allowed to read them. If every manager password is lost, this recovery key is the only way back to those records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it on paper, put it in a sealed envelope and lock it away, apart from the computer. It is shown only now. Anyone who has it and the database passphrase can read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralChoice</name>
    <message>
        <source>Accompaniment offered</source>
        <translation>Коштоп баруу сунушталды</translation>
    </message>
    <message>
        <source>Accompaniment accepted</source>
        <translation>Коштоп барууга макул болду</translation>
    </message>
    <message>
        <source>Refer for confirmatory test to</source>
        <translation>Тастыктоочу тестке жолдомо</translation>
    </message>
</context>
<context>
    <name>ReferralDestinationsEditor</name>
    <message>
        <source>Destination</source>
        <translation>Жолдомо жери</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>колдонулат</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>колдонулбайт</translation>
    </message>
    <message>
        <source>&amp;Add destination…</source>
        <translation>Жолдомо жерин &amp;кошуу…</translation>
    </message>
    <message>
        <source>Select a destination first.</source>
        <translation>Адегенде жолдомо жерин тандаңыз.</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral slip</source>
        <translation>Жолдомо</translation>
    </message>
    <message>
        <source>Referral for a confirmatory HIV test</source>
        <translation>ВИЧке тастыктоочу текшерүүгө жолдомо</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>Жолдомонун номери</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Жолдомонун күнү</translation>
    </message>
    <message>
        <source>Please go by</source>
        <translation>Бул күнгө чейин барыңыз</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Коштоо</translation>
    </message>
    <message>
        <source>A peer worker will go with you.</source>
        <translation>Сиз менен тең кеңешчи барат.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Суралган жок</translation>
    </message>
    <message>
        <source>Please see this person for a consultation.</source>
        <translation>Бул адамды кеңешке кабыл алыңыз.</translation>
    </message>
    <message>
        <source>A rapid oral-fluid HIV screening test on {date} was reactive. Please carry out confirmatory testing.</source>
        <translation>{date} күнкү шилекей боюнча ВИЧке тез тест реактивдүү натыйжа берди. Тастыктоочу текшерүү жүргүзүңүз.</translation>
    </message>
    <message>
        <source>Referred by a community drop-in centre.</source>
        <translation>Коомдук ачык борбор тарабынан жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Referred by a community drop-in centre for sex workers.</source>
        <translation>Секс-кызматкерлер үчүн коомдук ачык борбор тарабынан жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Clinic: please quote the referral number when you contact the centre about this person.</source>
        <translation>Клиника: бул адам боюнча борборго кайрылганда жолдомонун номерин айтыңыз.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Partner clinic</source>
        <translation>Өнөктөш клиника</translation>
    </message>
    <message>
        <source>AIDS centre</source>
        <translation>СПИД-борбору</translation>
    </message>
    <message>
        <source>Crisis centre</source>
        <translation>Кризистик борбор</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Социалдык кызматтар</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баш калкалоочу жай</translation>
    </message>
    <message>
        <source>Drug and alcohol services</source>
        <translation>Баңгизат жана алкоголь боюнча кызматтар</translation>
    </message>
    <message>
        <source>Trans health</source>
        <translation>Транс адамдардын ден соолугу</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Балдарды коргоо</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>This referral destination does not exist.</source>
        <translation>Мындай жолдомо жери жок.</translation>
    </message>
    <message>
        <source>Please enter the name of the destination.</source>
        <translation>Жолдомо жеринин аталышын киргизиңиз.</translation>
    </message>
    <message>
        <source>Please choose a kind of destination from the list.</source>
        <translation>Тизмеден жолдомо жеринин түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>A destination with this name already exists.</source>
        <translation>Мындай аталыштагы жолдомо жери мурунтан бар.</translation>
    </message>
    <message>
        <source>Please choose a referral destination from the list.</source>
        <translation>Тизмеден жолдомо жерин тандаңыз.</translation>
    </message>
    <message>
        <source>The due date cannot be before the referral date.</source>
        <translation>Мөөнөтү жолдомо берилген күндөн мурун боло албайт.</translation>
    </message>
    <message>
        <source>Please choose how you tried to reach the person.</source>
        <translation>Адам менен кантип байланышууга аракет кылганыңызды тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the contact attempt.</source>
        <translation>Байланышуу аракетинин жыйынтыгын тандаңыз.</translation>
    </message>
    <message>
        <source>A contact attempt cannot be in the future.</source>
        <translation>Байланышуу аракети келечекте боло албайт.</translation>
    </message>
    <message>
        <source>A contact attempt cannot be before the referral.</source>
        <translation>Байланышуу аракети жолдомодон мурун боло албайт.</translation>
    </message>
    <message>
        <source>Please choose the confirmatory result from the list.</source>
        <translation>Тизмеден тастыктоочу тесттин жыйынтыгын тандаңыз.</translation>
    </message>
    <message>
        <source>Dates of the follow-up cannot be in the future.</source>
        <translation>Көзөмөлдүн даталары келечекте боло албайт.</translation>
    </message>
    <message>
        <source>Dates of the follow-up cannot be before the referral.</source>
        <translation>Көзөмөлдүн даталары жолдомодон мурун боло албайт.</translation>
    </message>
    <message>
        <source>Please choose the confirmatory result.</source>
        <translation>Тастыктоочу тесттин жыйынтыгын тандаңыз.</translation>
    </message>
    <message>
        <source>An ART start cannot follow a negative confirmatory result.</source>
        <translation>Тастыктоочу тест терс болсо, АРТ башталбайт.</translation>
    </message>
    <message>
        <source>Please choose why the follow-up is closed.</source>
        <translation>Көзөмөл эмне үчүн жабылганын тандаңыз.</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed in the future.</source>
        <translation>Көзөмөлдү келечектеги дата менен жабууга болбойт.</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed before the referral.</source>
        <translation>Көзөмөлдү жолдомодон мурунку дата менен жабууга болбойт.</translation>
    </message>
    <message>
        <source>Record the AIDS-centre registration or the ART start date before closing as linked.</source>
        <translation>«Дарыланууга байланды» деп жабуудан мурун СПИД-борборунда каттоого алынганын же АРТ башталган күндү жазыңыз.</translation>
    </message>
    <message>
        <source>Record the negative confirmatory result first.</source>
        <translation>Адегенде тастыктоочу тесттин терс жыйынтыгын жазыңыз.</translation>
    </message>
    <message>
        <source>A follow-up can be closed as lost after {n} unsuccessful contact attempts; {done} are recorded.</source>
        <translation>Көзөмөлдү «байланыш үзүлдү» деп {n} ийгиликсиз байланышуу аракетинен кийин гана жабууга болот; азыр жазылганы: {done}.</translation>
    </message>
    <message>
        <source>A follow-up can be closed as lost {n} days after the due date ({date}); it is {done} days now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation>Мындай жолдомо жок.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Бул көзөмөл мурунтан жабылган.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Жолдомо берилди</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Кечиккен</translation>
    </message>
    <message>
        <source>⚠ overdue {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Кайда жөнөтүлдү</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Аракеттер</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Коштоп баруу</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>макул болду</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>сунушталды</translation>
    </message>
    <message>
        <source>Choose a referral on the left.</source>
        <translation>Сол жактан жолдомону тандаңыз.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдомо</translation>
    </message>
    <message>
        <source>Change destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Байланышуу аракети</translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation>Аракет кошуу</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Ыкмасы:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Жыйынтыгы:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <source>Confirmation and linkage</source>
        <translation>Тастыктоо жана дарыланууга байлануу</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Азырынча белгисиз</translation>
    </message>
    <message>
        <source>Registered at the AIDS centre on</source>
        <translation>СПИД-борборунда каттоого алынган күнү</translation>
    </message>
    <message>
        <source>ART started on</source>
        <translation>АРТ башталган күнү</translation>
    </message>
    <message>
        <source>Linked to care in the home country (migrant)</source>
        <translation>Өз өлкөсүндө дарыланууга байланды (мигрант)</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Көзөмөлдү сактоо</translation>
    </message>
    <message>
        <source>Confirmatory result:</source>
        <translation>Тастыктоочу тесттин жыйынтыгы:</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>Көзөмөлдү жабуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>{n} күн кечикти</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>мөөнөтү {date}</translation>
    </message>
    <message>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <source>Referred on {date} to {dest} for confirmatory testing.</source>
        <translation>{date} күнү тастыктоочу тестирлөөгө жолдомо берилди: {dest}.</translation>
    </message>
    <message>
        <source>{date} · {method} · {outcome}</source>
        <translation>{date} · {method} · {outcome}</translation>
    </message>
    <message>
        <source>No contact attempts yet.</source>
        <translation>Азырынча байланышуу аракети жок.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New client</source>
        <extracomment>set when the person got another code than the one built (someone else has it): words for the card replaced in tests; returns a SamePersonDialog-like object after exec()</extracomment>
        <translation>Жаңы кардар</translation>
    </message>
    <message>
        <source>unknown: leave empty</source>
        <translation>белгисиз болсо, бош калтырыңыз</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Recipe: {recipe}.</source>
        <translation>Код түзүү тартиби: {recipe}.</translation>
    </message>
    <message>
        <source>A nickname, never a real name</source>
        <translation>Лакап ат гана, чыныгы атын жазбаңыз</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Лакап аты</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туулган жылы</translation>
    </message>
    <message>
        <source>Age band (if no year)</source>
        <translation>Жаш тобу (жылы белгисиз болсо)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Key population</source>
        <translation>Негизги калк тобу</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Ыңгайлуу тили</translation>
    </message>
    <message>
        <source>Migrant status</source>
        <translation>Миграциялык абалы</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Иштеген жери</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Балдарынын саны</translation>
    </message>
    <message>
        <source>This person is under 18 and cannot be registered as an adult client. Please make a safeguarding referral instead.</source>
        <translation>Бул адам 18 жашка толо элек, ошондуктан чоң кишидей кардар катары катталбайт. Анын ордуна баланы коргоо боюнча жолдомо бериңиз.</translation>
    </message>
    <message>
        <source>Record safeguarding referral…</source>
        <translation>Баланы коргоо боюнча жолдомону жазуу…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Каттоо</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>The answers are used only for the code and are not saved.</source>
        <translation>Жооптор код түзүү үчүн гана колдонулат жана сакталбайт.</translation>
    </message>
    <message>
        <source>Optional facts</source>
        <translation>Кошумча маалымат</translation>
    </message>
    <message>
        <source>Ask only what the person is happy to tell.</source>
        <translation>Адам айтууга макул болгонун гана сураңыз.</translation>
    </message>
    <message>
        <source>{given} is already someone else&apos;s code, so this person&apos;s code is {code}. Please write {code} on the person&apos;s card and ask for it next time.</source>
        <translation>{given} — башка адамдын коду, ошондуктан бул адамдын коду {code}. {code} кодун адамдын карточкасына жазып, кийинки жолу сураңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search by name or parent code</source>
        <translation>Аты же ата-энесинин коду боюнча издөө</translation>
    </message>
    <message>
        <source>&amp;Register a child…</source>
        <translation>Баланы &amp;каттоо…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Алып салуу…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Туулган жылы / жашы</translation>
    </message>
    <message>
        <source>Parent&apos;s code</source>
        <translation>Ата-энесинин коду</translation>
    </message>
    <message>
        <source>Consent to take part</source>
        <translation>Катышууга макулдук</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Жазылган эмес</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Сүрөткө тартууга болот</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Катышуулар</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Акыркы жолу келген</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Реестрден алып салуу</translation>
    </message>
    <message>
        <source>Why is {name} removed from the register?</source>
        <translation>Эмне үчүн реестрден алынып салынат: {name}?</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This week</source>
        <translation>Бул жума</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Өткөн жума</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсөткүч</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Аныктама</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Алым</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (уландысы)</translation>
    </message>
    <message>
        <source>Indicator definitions</source>
        <translation>Көрсөткүчтөрдүн аныктамалары</translation>
    </message>
    <message>
        <source>How each figure in this summary is counted. A week runs from Monday to Sunday.</source>
        <translation>Бул жыйынтыктагы ар бир сан кантип эсептелет. Жума дүйшөмбүдөн жекшембиге чейин.</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Жумалык жыйынтык</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Түзүлгөн күнү: {date}</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>{n}-бет</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>``translate(context, text)``: the report&apos;s language.</extracomment>
        <translation>январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}-ж. {day}-{month}</translation>
    </message>
    <message>
        <source>Monday {start} to Sunday {end}</source>
        <translation>Дүйшөмбү {start} – жекшемби {end}</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>{year}-ж., {number}-жума</translation>
    </message>
    <message>
        <source>Aggregates only — small counts shown as &lt;{n}</source>
        <translation>Жалпы сандар гана — кичине сандар &lt;{n} деп көрсөтүлөт</translation>
    </message>
    <message>
        <source>No data recorded for this area.</source>
        <translation>Бул бөлүм боюнча маалымат жазылган эмес.</translation>
    </message>
    <message>
        <source>That language is not available for reports.</source>
        <extracomment>``loader(module_name)`` returns the area module (with ``compute``) or ``None`` if it isn&apos;t installed. each section&apos;s area module, ``None`` where the area is not installed how a report finds an area&apos;s indicators (``None`` where the area is not installed); tests replace it a period checked and given back as it came</extracomment>
        <translation>Бул тилде отчёттор жок.</translation>
    </message>
    <message>
        <source>Week {week} has not started yet.</source>
        <translation>{week} жумасы али башталган жок.</translation>
    </message>
    <message>
        <source>Please export at most ten years at a time.</source>
        <translation>Бир жолу эң көп дегенде он жылдыкты экспорттоңуз.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an ISO week. Write it like 2026-W47.</source>
        <extracomment>reports and exports cover these years (far older or later dates cannot be real, and week arithmetic near the calendar&apos;s ends would overflow)</extracomment>
        <translation>«{text}» ISO жумасы эмес. Мындай жазыңыз: 2026-W47.</translation>
    </message>
    <message>
        <source>The year {year} has no week {week}.</source>
        <translation>{year}-жылда {week}-жума жок.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date. Write it like 2026-11-16.</source>
        <translation>«{text}» дата эмес. Мындай жазыңыз: 2026-11-16.</translation>
    </message>
    <message>
        <source>Please choose dates between the years 2000 and 2999.</source>
        <extracomment>how many periods the trend charts show, by kind (a custom range has no trend)</extracomment>
        <translation>2000–2999-жылдардын ичиндеги даталарды тандаңыз.</translation>
    </message>
    <message>
        <source>Please enter both the start date and the end date.</source>
        <translation>Баштапкы жана акыркы датаны киргизиңиз.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Аяктоо датасы башталуу датасынан мурун.</translation>
    </message>
    <message>
        <source>Audit seal {seal}: the audit log held {count} entries when this report was made, the newest written {when}. To check later that none was changed or removed: dropin audit verify --seal {seal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <extracomment>the paragraph styles of the report, by name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal version: not for funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {week}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-control runs in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-control runs with a failed control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit lots in stock with no quality-control run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quality-control run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid test results not repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter stays with a review date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal quality page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the manager and the team only. Never part of the funder version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished">{start} – {end}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {number}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {n} quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of {date}: the period has not ended, nights not yet slept are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;{n}: between 1 and {m}, hidden to protect privacy. *: withheld so that a hidden number cannot be worked out from the others; in a table with no &lt;{n}, a * may be any number, 0 included. –: nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the centre name to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator &quot;{key}&quot; to set a target for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period {period} has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuppressed figures are only given to a manager who logs in with their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month. Write it like 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a quarter or a year. Write it like 2026-Q3 or 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file needs an &quot;orgUnit&quot; and a list of &quot;dataElements&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names an indicator that does not exist: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is a percentage or a median: DHIS2 computes those itself, so map its counts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of {key} needs a &quot;dataElement&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHIS2 takes weeks, months, quarters and years, not a range of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADX needs a &quot;dataSet&quot; in the mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the formats dhis2-json, dhis2-csv or adx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Мезг&amp;ил:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Отчёттун &amp;тили:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF сактоо…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Б&amp;аштап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Чейин:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Export for a funder&apos;s system (CSV, one file per area, weekly rows)</source>
        <translation>Донордун системасы үчүн экспорт (CSV, ар бир бөлүмгө бир файл, жумалык саптар)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Отчетту алдын ала көрүү</translation>
    </message>
    <message>
        <source>Your role does not allow exporting figures.</source>
        <translation>Сиздин ролуңуз сандарды экспорттоого уруксат бербейт.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сакталды: {path}.</translation>
    </message>
    <message>
        <source>Save weekly summary</source>
        <translation>Жумалык жыйынтыкты сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the PDF and print it instead.</source>
        <translation>Бул жерден басып чыгаруу мүмкүн эмес. PDF сактап, аны басып чыгарыңыз.</translation>
    </message>
    <message>
        <source>Print weekly summary</source>
        <translation>Жумалык жыйынтыкты басып чыгаруу</translation>
    </message>
    <message>
        <source>Sent the weekly summary to the printer.</source>
        <translation>Жумалык жыйынтык принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Exported {weeks} weeks to {folder}: {files}.</source>
        <translation>{weeks} жума экспорттолду, папка: {folder}: {files}.</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>CSV файлдары үчүн папка тандаңыз</translation>
    </message>
    <message>
        <source>Preparing the weekly summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal version (with the quality page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Тандаңыз…</translation>
    </message>
    <message>
        <source>Save centre details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre details on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and package saved; they appear on the next report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre details saved; they appear on the next report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for {period}, built in {ms} ms. Small counts are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңы сырсөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Кайталоо:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <source>Current residents and reservations</source>
        <translation>Азыр жашагандар жана брондолгондор</translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation>Мурунку жашоолор</translation>
    </message>
    <message>
        <source>C&amp;orrect the selected stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo a discharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose a stay in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Enter result</source>
        <translation>Жыйынтыкты киргизүү</translation>
    </message>
    <message>
        <source>Control line (C) visible</source>
        <translation>Көзөмөл сызыгы (C) көрүнөт</translation>
    </message>
    <message>
        <source>Test line (T) visible, however faint</source>
        <translation>Тест сызыгы (T) көрүнөт, бүдөмүк болсо да</translation>
    </message>
    <message>
        <source>Result given to the person</source>
        <translation>Жыйынтык адамга айтылды</translation>
    </message>
    <message>
        <source>Post-test counselling given</source>
        <translation>Тесттен кийинки консультация берилди</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Жыйынтыкты сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>The kit shows the test is invalid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Жыйынтык:</translation>
    </message>
    <message>
        <source>{code} · lot {lot}</source>
        <translation>{code} · серия {lot}</translation>
    </message>
</context>
<context>
    <name>RetrospectiveForm</name>
    <message>
        <source>Retrospective entry: for tests that were timed and read on paper. Type the start and read times; the 20–40 minute rule still applies.</source>
        <translation>Кийин киргизүү: убактысы кагазда белгиленип, кагазга жазылган тесттер үчүн. Башталган жана окулган убакытты териңиз; 20–40 мүнөт эрежеси бул жерде да колдонулат.</translation>
    </message>
    <message>
        <source>Read after 40 minutes (outcome: invalid)</source>
        <translation>40 мүнөттөн кийин окулду (жыйынтык: жараксыз)</translation>
    </message>
    <message>
        <source>Result given to the person</source>
        <translation>Жыйынтык адамга айтылды</translation>
    </message>
    <message>
        <source>Post-test counselling given</source>
        <translation>Тесттен кийинки консультация берилди</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Кардардын коду:</translation>
    </message>
    <message>
        <source>Kit lot:</source>
        <translation>Топтомдун сериясы:</translation>
    </message>
    <message>
        <source>Where the test was done:</source>
        <translation>Тест кайда жүргүзүлгөн:</translation>
    </message>
    <message>
        <source>Test started at:</source>
        <translation>Тест башталган убакыт:</translation>
    </message>
    <message>
        <source>Test read at:</source>
        <translation>Тест окулган убакыт:</translation>
    </message>
    <message>
        <source>Control line (C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test line (T):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit shows the test is invalid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Жыйынтык:</translation>
    </message>
    <message>
        <source>Save paper entry</source>
        <translation>Кагаздагы жазууну сактоо</translation>
    </message>
    <message>
        <source>Enter the repeat test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you saw for both lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Paper entry for {code} saved: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat of the invalid test started {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskItem</name>
    <message>
        <source>Sex without a condom with a client</source>
        <translation>Кардар менен презервативсиз жыныстык байланыш</translation>
    </message>
    <message>
        <source>Sex without a condom with a partner</source>
        <translation>Өнөгү менен презервативсиз жыныстык байланыш</translation>
    </message>
    <message>
        <source>A condom broke or slipped</source>
        <translation>Презерватив жыртылган же чыгып кеткен</translation>
    </message>
    <message>
        <source>STI symptoms or a recent STI</source>
        <translation>ЖЖБИ белгилери же жакында ЖЖБИ болгон</translation>
    </message>
    <message>
        <source>Injecting drugs or sharing equipment</source>
        <translation>Баңгизатты сайып колдонуу же шприцтерди бөлүшүү</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуалдык зомбулук</translation>
    </message>
    <message>
        <source>A partner living with HIV</source>
        <translation>Өнөгү ВИЧ менен жашайт</translation>
    </message>
    <message>
        <source>Alcohol or drugs during sex</source>
        <translation>Жыныстык байланыш учурунда алкоголь же баңгизат</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Front desk</source>
        <translation>Келүүчүлөрдү кабыл алуу</translation>
    </message>
    <message>
        <source>Peer counsellor</source>
        <translation>Теңтуш консультант</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Социалдык кызматкер</translation>
    </message>
    <message>
        <source>Children&apos;s facilitator</source>
        <translation>Балдар сабактарын алып баруучу</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Аутрич кызматкери</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Жетекчи</translation>
    </message>
    <message>
        <source>Legal advisor</source>
        <translation>Юрист</translation>
    </message>
</context>
<context>
    <name>RotateKeysDialog</name>
    <message>
        <source>Rotate the stores&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every store gets a new key, so a copy of an old key (for example one a former colleague kept) opens nothing from now on. Your account and a new recovery key get the new keys; every other account that reads a store then needs a one-time password from you. Backups made before now still open with the old keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeguardingDialog</name>
    <message>
        <source>Safeguarding referral</source>
        <translation>Баланы коргоо боюнча жолдомо</translation>
    </message>
    <message>
        <source>The contact is saved without a code or any details about the young person. Choose where they were referred to.</source>
        <translation>Бул байланыш коду жана жаш адам тууралуу эч кандай маалыматсыз сакталат. Ал кайда жөнөтүлгөнүн тандаңыз.</translation>
    </message>
    <message>
        <source>Safeguarding referral (under 18)</source>
        <translation>Баланы коргоо боюнча жолдомо (18 жашка чейин)</translation>
    </message>
</context>
<context>
    <name>SamePersonDialog</name>
    <message>
        <source>Same person?</source>
        <translation>Ошол эле адамбы?</translation>
    </message>
    <message>
        <source>Someone with a similar code is already registered. Ask a question only the person would know (for example the year of birth) before deciding.</source>
        <translation>Окшош коду бар адам мурунтан катталган. Чечим кабыл алуудан мурун ошол адам гана биле турган суроо бериңиз (мисалы, туулган жылы).</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>азырынча келген эмес</translation>
    </message>
    <message>
        <source>{code}: {reason} Last visit: {last}.</source>
        <translation>{code}: {reason} Акыркы келүү: {last}.</translation>
    </message>
    <message>
        <source>Nickname: {nick}.</source>
        <translation>Лакап аты: {nick}.</translation>
    </message>
    <message>
        <source>&amp;Same person: use this code</source>
        <translation>&amp;Ошол эле адам: ушул кодду колдонуу</translation>
    </message>
    <message>
        <source>&amp;Different person: register new</source>
        <translation>&amp;Башка адам: жаңысын каттоо</translation>
    </message>
    <message>
        <source>&amp;Different person: register as {code}</source>
        <translation>&amp;Башка адам: {code} катары каттоо</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күндөрү</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>{start}, {minutes} min</source>
        <translation>{start}, {minutes} мүн.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Алып баруучу</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Иштейт</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start} күндөн баштап</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мүн.</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Бүтөт</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Күндөрү:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Узактыгы:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орду:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Алып баруучу:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>&amp;Качан башталат:</translation>
    </message>
    <message>
        <source>&amp;New schedule</source>
        <translation>Жаңы жүгүрт&amp;мө</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>Жүгүртмөнү &amp;сактоо</translation>
    </message>
    <message>
        <source>Void schedule…</source>
        <translation>Графикти жокко чыгаруу…</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Жаңы жүгүртмө</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> жума</translation>
    </message>
    <message>
        <source>Creates the sessions of every active schedule. Running it again adds nothing twice and keeps cancelled sessions cancelled.</source>
        <translation>Ар бир иштеп жаткан жүгүртмөнүн сабактарын түзөт. Кайра иштетсеңиз, эч нерсе эки жолу кошулбайт жана жокко чыгарылган сабактар жокко чыгарылган бойдон калат.</translation>
    </message>
    <message>
        <source>Plan the next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source> (workshop)</source>
        <translation> (семинар)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Жүгүртмөнү өзгөртүү</translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation>Адегенде графикти тандаңыз.</translation>
    </message>
    <message>
        <source>Void schedule</source>
        <translation>Графикти жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is this schedule void? Sessions it already planned stay as they are.</source>
        <translation>Бул график эмне үчүн жокко чыгарылат? Ал боюнча пландалган сабактар ошол бойдон калат.</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) planned.</source>
        <translation>
            <numerusform>%n жаңы сабак пландалды.</numerusform>
            <numerusform>%n жаңы сабак пландалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <source>P&amp;lan sessions</source>
        <translation>Сабактарды &amp;пландоо</translation>
    </message>
    <message>
        <source>Session t&amp;ypes…</source>
        <translation>Сабак т&amp;үрлөрү…</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Automatic lock</source>
        <translation>Автоматтык кулпулоо</translation>
    </message>
    <message>
        <source>The screen locks by itself after this many minutes without a key press or mouse movement. Anyone can lock it at once with Ctrl+L. Unlocking needs the user&apos;s own password.</source>
        <translation>Баскыч басылбаса же чычкан жылбаса, ушунча мүнөттөн кийин экран өзү кулпуланат. Ар бир адам аны Ctrl+L менен дароо кулпулай алат. Кулпуну ачуу үчүн колдонуучунун өз сырсөзү керек.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мүн.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Кулпулоо убактысы:</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Сакталды: экран колдонулбаса %n мүнөттөн кийин кулпуланат.</numerusform>
            <numerusform>Сакталды: экран колдонулбаса %n мүнөттөн кийин кулпуланат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>A server address starts with postgresql://.</source>
        <extracomment>the schema that ``dropin server init`` puts the server&apos;s own functions in PostgreSQL&apos;s longest name (bytes)</extracomment>
        <translation>Сервердин дареги postgresql:// менен башталат.</translation>
    </message>
    <message>
        <source>The server address cannot be read.</source>
        <translation>Сервердин дарегин окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>The connection to a server on another computer must check its certificate (sslmode=verify-full).</source>
        <translation>Башка компьютердеги серверге туташуу анын сертификатын текшериши керек (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Give the centre&apos;s CA certificate to check the server&apos;s certificate.</source>
        <translation>Сервердин сертификатын текшерүү үчүн борбордун CA сертификатын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The centre&apos;s server cannot be reached. Check the network and try again.</source>
        <translation>Борбордун серверине туташуу мүмкүн эмес. Тармакты текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The centre&apos;s server does not allow your role to do this.</source>
        <translation>Борбордун сервери сиздин ролуңузга муну жасоого уруксат бербейт.</translation>
    </message>
    <message>
        <source>The audit log can only be added to.</source>
        <translation>Аудит журналына жазууларды кошууга гана болот.</translation>
    </message>
    <message>
        <source>The server has no dropin database {name}; run dropin server init first.</source>
        <translation>Серверде {name} деген dropin маалымат базасы жок; адегенде dropin server init аткарыңыз.</translation>
    </message>
    <message>
        <source>The database on the server is older than this program; the manager upgrades it with dropin server init.</source>
        <translation>Сервердеги маалымат базасы бул программадан эскирээк; жетекчи аны dropin server init менен жаңыртат.</translation>
    </message>
    <message>
        <source>The server refused this user name or password.</source>
        <translation>Сервер бул колдонуучунун атын же сырсөздү кабыл алган жок.</translation>
    </message>
    <message>
        <source>The server has no database {name}.</source>
        <translation>Серверде {name} маалымат базасы жок.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked with the centre&apos;s CA certificate, so no connection was made.</source>
        <translation>Сервердин сертификатын борбордун CA сертификаты менен текшерүү мүмкүн болгон жок, ошондуктан туташуу түзүлгөн жок.</translation>
    </message>
    <message>
        <source>This is done on the server by its administrator, not by dropin.</source>
        <translation>Муну dropin эмес, сервердин администратору сервердин өзүндө жасайт.</translation>
    </message>
    <message>
        <source>Please give the server&apos;s name or address.</source>
        <translation>Сервердин атын же дарегин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Please give the name of the database on the server.</source>
        <translation>Сервердеги маалымат базасынын атын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>There is no certificate file at {path}.</source>
        <translation>{path} жолунда сертификат файлы жок.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s {program} program is needed for this; install PostgreSQL&apos;s client programs.</source>
        <translation>Бул үчүн PostgreSQLдин {program} программасы керек; PostgreSQLдин кардар программаларын орнотуңуз.</translation>
    </message>
    <message>
        <source>The server&apos;s dump failed, so no backup was written: {problem}</source>
        <translation>Серверден маалыматты түшүрүү ишке ашкан жок, камдык көчүрмө жазылган жок: {problem}</translation>
    </message>
    <message>
        <source>This file is not a backup of a dropin server database.</source>
        <translation>Бул файл dropin серверинин маалымат базасынын камдык көчүрмөсү эмес.</translation>
    </message>
    <message>
        <source>The backup could not be restored on the server: {problem}</source>
        <translation>Камдык көчүрмөнү серверде калыбына келтирүү мүмкүн болгон жок: {problem}</translation>
    </message>
    <message>
        <source>Log in to the file as a manager first: only a manager&apos;s login opens every store.</source>
        <translation>Адегенде файлга жетекчи катары кириңиз: бардык сактагычтарды жетекчинин кирүүсү гана ачат.</translation>
    </message>
    <message>
        <source>The file and the server database are at different versions; open both with this program first.</source>
        <translation>Файл менен сервердеги маалымат базасынын версиялары ар башка; адегенде экөөнү тең ушул программа менен ачыңыз.</translation>
    </message>
    <message>
        <source>The server database already holds accounts or records; import only into a new one.</source>
        <translation>Сервердеги маалымат базасында эсептик жазуулар же жазуулар бар; жаңы базага гана өткөрүңүз.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log does not verify ({problem}); nothing was imported.</source>
        <translation>Файлдын аудит журналы текшерүүдөн өткөн жок ({problem}); эч нерсе өткөрүлгөн жок.</translation>
    </message>
    <message>
        <source>The audit log did not arrive whole on the server; nothing was imported.</source>
        <translation>Аудит журналы серверге толук жеткен жок; эч нерсе өткөрүлгөн жок.</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the audit log has no anchor to reset.</source>
        <translation>Борбордун серверинде аудит журналынын кайра коюла турган байламы жок.</translation>
    </message>
    <message>
        <source>Run dropin server init on the database first: it gives the accounts their logins.</source>
        <extracomment>each area&apos;s ``demo`` module (:mod:`dropin.areas`), in the registry&apos;s order</extracomment>
        <translation>Адегенде бул маалымат базасы үчүн dropin server init аткарыңыз: ал эсептик жазууларга серверге кирүү укугун берет.</translation>
    </message>
    <message>
        <source>The database {name} on the server already has accounts; the demo goes only into a new one.</source>
        <translation>Сервердеги {name} маалымат базасында эсептик жазуулар бар; демо маалыматтар жаңы базага гана жазылат.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>The centre&apos;s server keeps the data of every desk. Its administrator gives you these details and the CA certificate, and has set the database up with dropin server init.</source>
        <translation>Борбордун сервери бардык жумуш орундарынын маалыматын сактайт. Анын администратору бул маалыматтарды жана CA сертификатын берет, базаны dropin server init буйругу менен алдын ала даярдайт.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Базанын аталышы</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA сертификаты</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Сервердин &amp;дареги:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>D&amp;atabase name:</source>
        <translation>Базанын &amp;аталышы:</translation>
    </message>
    <message>
        <source>CA certif&amp;icate:</source>
        <translation>CA серт&amp;ификаты:</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation>Сертификаттар (*.crt *.pem)</translation>
    </message>
</context>
<context>
    <name>ServerLoginScreen</name>
    <message>
        <source>Log in to the centre&apos;s server</source>
        <translation>Борбордун серверине кирүү</translation>
    </message>
    <message>
        <source>Server {server}, database {database}. Use your own account: what you do is recorded under your name.</source>
        <translation>Сервер {server}, база {database}. Өз эсебиңиз менен кириңиз: эмне кылганыңыз сиздин атыңыз менен жазылат.</translation>
    </message>
    <message>
        <source>Use another &amp;server…</source>
        <translation>Башка се&amp;рвер…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Серверге туташууда…</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogueEditor</name>
    <message>
        <source>Service</source>
        <translation>Кызмат</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Тобу</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Эмнени сурайт</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>саны</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>жолдомо жери</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>көрсөтүлөт</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>көрсөтүлбөйт</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>Кызмат &amp;кошуу…</translation>
    </message>
    <message>
        <source>Select a service first.</source>
        <translation>Адегенде кызматты тандаңыз.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Shower</source>
        <translation>Душ</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Кир жуу</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Тамак</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Rest or socialising</source>
        <translation>Эс алуу же баарлашуу</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>Гигиена каражаттары</translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation>Азык-түлүк топтому</translation>
    </message>
    <message>
        <source>Male condoms</source>
        <translation>Эркектер үчүн презерватив</translation>
    </message>
    <message>
        <source>Female condoms</source>
        <translation>Аялдар үчүн презерватив</translation>
    </message>
    <message>
        <source>Lubricant</source>
        <translation>Лубрикант</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Маалымат баракчалары</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Юридикалык кеңеш</translation>
    </message>
    <message>
        <source>ID or registration help</source>
        <translation>Документ же каттоо боюнча жардам</translation>
    </message>
    <message>
        <source>Housing help</source>
        <translation>Турак жай боюнча жардам</translation>
    </message>
    <message>
        <source>Health insurance help</source>
        <translation>Медициналык камсыздандыруу боюнча жардам</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологиялык колдоо</translation>
    </message>
    <message>
        <source>Violence report</source>
        <translation>Зомбулук тууралуу билдирүү</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдомо</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>Негизги муктаждыктар</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Буюмдар</translation>
    </message>
    <message>
        <source>Prevention supplies</source>
        <translation>Алдын алуу каражаттары</translation>
    </message>
    <message>
        <source>Advice and support</source>
        <translation>Кеңеш жана колдоо</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>Семинарды өзгөртүү</translation>
    </message>
    <message>
        <source>New parents&apos; workshop</source>
        <translation>Ата-энелер үчүн жаңы семинар</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Сабакты өзгөртүү</translation>
    </message>
    <message>
        <source>New children&apos;s session</source>
        <translation>Балдар үчүн жаңы сабак</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мүн.</translation>
    </message>
    <message>
        <source>Materials or snacks given</source>
        <translation>Берилген материалдар же тамак-аш</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрү:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Датасы:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Узактыгы:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орду:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Алып баруу&amp;чулар:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Материалдар:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Эскертүү:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Алдыдагы</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Өт&amp;көн</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>Жаңы &amp;семинар…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Жаңы &amp;сабак…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>Сабакты жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Put &amp;back on plan</source>
        <translation>Планга ка&amp;йтаруу</translation>
    </message>
    <message>
        <source>Take &amp;attendance</source>
        <translation>Катышууну &amp;белгилөө</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Чоңдор</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ата-энелер</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Алып баруучулар</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Сабакты жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is the session on {date} cancelled?</source>
        <translation>{date} күнкү сабак эмне үчүн жокко чыгарылды?</translation>
    </message>
</context>
<context>
    <name>Shelter</name>
    <message>
        <source>Please give the room a name.</source>
        <translation>Бөлмөгө ат бериңиз.</translation>
    </message>
    <message>
        <source>A room holds from 1 to 50 beds.</source>
        <translation>Бөлмөдө 1ден 50гө чейин орун болот.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>«{name}» деген бөлмө мурунтан бар.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Бул бөлмө мындан ары жок.</translation>
    </message>
    <message>
        <source>The room already has {n} beds; remove beds before lowering its capacity.</source>
        <translation>Бөлмөдө азыр {n} орун бар; сыйымдуулугун азайтуудан мурун орундарды алып салыңыз.</translation>
    </message>
    <message>
        <source>Please give the bed a label.</source>
        <translation>Орунга белги бериңиз.</translation>
    </message>
    <message>
        <source>Please choose a room.</source>
        <translation>Бөлмөнү тандаңыз.</translation>
    </message>
    <message>
        <source>Room {room} is full: its capacity is {n} beds.</source>
        <translation>«{room}» бөлмөсү толук: анын сыйымдуулугу {n} орун.</translation>
    </message>
    <message>
        <source>Room {room} already has a bed labelled {label}.</source>
        <translation>«{room}» бөлмөсүндө «{label}» деген орун мурунтан бар.</translation>
    </message>
    <message>
        <source>Please say why the bed is out of service.</source>
        <translation>Орун эмне үчүн колдонулбай турганын жазыңыз.</translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation>Бул орун мындан ары жок.</translation>
    </message>
    <message>
        <source>This bed is already out of service.</source>
        <translation>Бул орун мурунтан эле колдонулбайт.</translation>
    </message>
    <message>
        <source>This bed is booked for the night of {date}. Move or end that stay first.</source>
        <translation>Бул орун {date} түнүнө ээленген. Адегенде ал жашоону которуңуз же бүтүрүңүз.</translation>
    </message>
    <message>
        <source>This bed is not out of service.</source>
        <translation>Бул орун колдонууда.</translation>
    </message>
    <message>
        <source>The bed cannot return to service before it went out of service.</source>
        <translation>Орун колдонуудан чыгарылганга чейин кайра колдонууга кайтарылбайт.</translation>
    </message>
    <message>
        <source>This stay no longer exists.</source>
        <translation>Бул жашоо тууралуу жазуу мындан ары жок.</translation>
    </message>
    <message>
        <source>Unknown admission reason: {code}.</source>
        <translation>Кабыл алуунун белгисиз себеби: {code}.</translation>
    </message>
    <message>
        <source>Please choose at least one admission reason.</source>
        <translation>Кабыл алуунун жок дегенде бир себебин тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose the area of the goal.</source>
        <translation>Максаттын багытын тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose the status of the goal.</source>
        <translation>Максаттын абалын тандаңыз.</translation>
    </message>
    <message>
        <source>Please describe the goal.</source>
        <translation>Максатты сүрөттөп жазыңыз.</translation>
    </message>
    <message>
        <source>The review date cannot be before the admission.</source>
        <translation>Кайра карап чыгуу күнү кабыл алуудан мурун боло албайт.</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>Бул максат мындан ары жок.</translation>
    </message>
    <message>
        <source>The case note is empty.</source>
        <translation>Жазуу бош.</translation>
    </message>
    <message>
        <source>A case note cannot be dated in the future.</source>
        <translation>Жазуунун датасы келечекте боло албайт.</translation>
    </message>
    <message>
        <source>A case note cannot be dated before the admission.</source>
        <translation>Жазуунун датасы кабыл алуудан мурун боло албайт.</translation>
    </message>
    <message>
        <source>This case note no longer exists.</source>
        <translation>Бул жазуу мындан ары жок.</translation>
    </message>
    <message>
        <source>Bed {bed} is already taken on the night of {date}.</source>
        <translation>{bed} орду {date} түнүнө мурунтан ээленген.</translation>
    </message>
    <message>
        <source>Bed {bed} is out of service from {date}: {reason}</source>
        <translation>{bed} орду {date} күндөн баштап колдонулбайт: {reason}</translation>
    </message>
    <message>
        <source>This bed is no longer in use.</source>
        <translation>Бул орун мындан ары колдонулбайт.</translation>
    </message>
    <message>
        <source>Bed {bed} is only in service from {date}.</source>
        <translation>{bed} орду {date} күндөн баштап гана колдонулат.</translation>
    </message>
    <message>
        <source>Client {code} already has a stay on the night of {date}.</source>
        <translation>{code} кардары {date} түнүнө мурунтан жайгаштырылган.</translation>
    </message>
    <message>
        <source>That bed or that client is already booked for one of these nights. Nothing was saved.</source>
        <translation>Бул орун же бул кардар ушул түндөрдүн бирине мурунтан жазылган. Эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>Shelter reservation</source>
        <translation>Баш калкалоочу жайда брондоо</translation>
    </message>
    <message>
        <source>{kind} from {start} to {end}, bed {bed}</source>
        <translation>{kind}: {start} – {end}, орун {bed}</translation>
    </message>
    <message>
        <source>Staying in the shelter</source>
        <translation>Баш калкалоочу жайда жашап жатат</translation>
    </message>
    <message numerus="yes">
        <source>{kind} since {start} (%n nights), bed {bed}, planned end {end}</source>
        <translation>
            <numerusform>{kind}: келген күнү {start} (%n түн), орун {bed}, пландалган аягы {end}</numerusform>
            <numerusform>{kind}: келген күнү {start} (%n түн), орун {bed}, пландалган аягы {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>(past the planned end)</source>
        <translation>(пландалган мөөнөтү өттү)</translation>
    </message>
    <message>
        <source>Shelter stay</source>
        <translation>Баш калкалоочу жайда жашоо</translation>
    </message>
    <message numerus="yes">
        <source>{kind} {start} to {end} (%n nights): {outcome}</source>
        <translation>
            <numerusform>{kind}: {start} – {end} (%n түн): {outcome}</numerusform>
            <numerusform>{kind}: {start} – {end} (%n түн): {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n child(ren)</source>
        <translation>
            <numerusform>%n бала менен</numerusform>
            <numerusform>%n бала менен</numerusform>
        </translation>
    </message>
    <message>
        <source>Admission reasons</source>
        <translation>Кабыл алуунун себептери</translation>
    </message>
    <message>
        <source>Children&apos;s ages must be whole numbers from 0 to 17, separated by commas.</source>
        <extracomment>admissions entered from old paper records may go back this far (keeps bed-night rows bounded)</extracomment>
        <translation>Балдардын жашы 0дөн 17ге чейинки бүтүн сан болушу жана үтүр менен бөлүнүшү керек.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Кардардын кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Коду {code} болгон кардар жок.</translation>
    </message>
    <message>
        <source>Please choose a bed.</source>
        <translation>Орунду тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose who approved this from the staff list.</source>
        <translation>Муну ким бекиткенин кызматкерлердин тизмесинен тандаңыз.</translation>
    </message>
    <message>
        <source>Only social workers may record admission reasons.</source>
        <translation>Кабыл алуунун себептерин социалдык кызматкерлер гана жаза алат.</translation>
    </message>
    <message>
        <source>Please choose the type of stay.</source>
        <translation>Жашоонун түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>A reservation must start today or later.</source>
        <translation>Брондоо бүгүн же андан кийин башталышы керек.</translation>
    </message>
    <message>
        <source>The admission date {date} is in the future. Make a reservation instead.</source>
        <translation>Кабыл алуу күнү ({date}) келечекте. Анын ордуна брондоңуз.</translation>
    </message>
    <message>
        <source>The admission date is more than five years ago. Please check the date.</source>
        <translation>Жайгашуу күнү беш жылдан мурун. Сураныч, күндү текшериңиз.</translation>
    </message>
    <message>
        <source>The planned end must be after the admission date.</source>
        <translation>Пландалган аягы кабыл алуу күнүнөн кийин болушу керек.</translation>
    </message>
    <message>
        <source>A stay can be planned for at most one year; extend it later if needed.</source>
        <translation>Жашоону эң көп дегенде бир жылга пландоого болот; керек болсо кийин узартыңыз.</translation>
    </message>
    <message>
        <source>The number of children must be from 0 to 12.</source>
        <translation>Балдардын саны 0дөн 12ге чейин болушу керек.</translation>
    </message>
    <message>
        <source>Give one age for each accompanying child.</source>
        <translation>Чогуу келген ар бир баланын жашын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>This client already has a current stay or reservation.</source>
        <translation>Бул кардар азыр жайда жашап жатат же ага орун брондолгон.</translation>
    </message>
    <message>
        <source>Bed {bed} is still occupied by a stay past its planned end. Discharge or move that person first.</source>
        <translation>{bed} ордун мөөнөтү өтүп кеткен жашоочу ээлеп турат. Адегенде ал адамды чыгарыңыз же которуңуз.</translation>
    </message>
    <message>
        <source>The arrival date {date} is in the future.</source>
        <translation>Келүү күнү ({date}) келечекте.</translation>
    </message>
    <message>
        <source>Only a reservation can be checked in.</source>
        <translation>Брондоону гана «келди» деп белгилөөгө болот.</translation>
    </message>
    <message>
        <source>The arrival date must be before the planned end.</source>
        <translation>Келүү күнү пландалган аягынан мурун болушу керек.</translation>
    </message>
    <message>
        <source>Only a reservation can be cancelled; discharge a stay instead.</source>
        <translation>Брондоону гана жокко чыгарууга болот; жашап жаткан адамды чыгарыңыз.</translation>
    </message>
    <message>
        <source>Please give a reason for the extension.</source>
        <translation>Узартуунун себебин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The review date cannot be in the past.</source>
        <translation>Кайра карап чыгуу күнү өткөн чакта боло албайт.</translation>
    </message>
    <message>
        <source>Only a current stay can be extended.</source>
        <translation>Азыркы жашоону гана узартууга болот.</translation>
    </message>
    <message>
        <source>The new planned end must be after the current one ({date}).</source>
        <translation>Жаңы пландалган аягы азыркысынан ({date}) кийин болушу керек.</translation>
    </message>
    <message>
        <source>A stay cannot be extended beyond two years.</source>
        <translation>Жашоону эки жылдан ашык узартууга болбойт.</translation>
    </message>
    <message>
        <source>The review date must be on or before the new planned end.</source>
        <translation>Кайра карап чыгуу күнү жаңы пландалган аягынан кеч болбошу керек.</translation>
    </message>
    <message>
        <source>A discharged stay cannot be moved.</source>
        <translation>Чыгарылган адамды которууга болбойт.</translation>
    </message>
    <message>
        <source>The stay is already in that bed.</source>
        <translation>Адам ушул орунда жайгашкан.</translation>
    </message>
    <message>
        <source>The move date {date} is in the future.</source>
        <translation>Которуу күнү ({date}) келечекте.</translation>
    </message>
    <message>
        <source>The move date cannot be before the admission date.</source>
        <translation>Которуу күнү кабыл алуу күнүнөн мурун боло албайт.</translation>
    </message>
    <message>
        <source>The move date cannot be before the last move ({date}).</source>
        <translation>Которуу күнү акыркы которуудан ({date}) мурун боло албайт.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the stay.</source>
        <translation>Жашоонун жыйынтыгын тандаңыз.</translation>
    </message>
    <message>
        <source>The discharge date {date} is in the future.</source>
        <translation>Чыгуу күнү ({date}) келечекте.</translation>
    </message>
    <message>
        <source>This is only a reservation: cancel it instead of discharging.</source>
        <translation>Бул брондоо гана: аны чыгаруунун ордуна жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>This stay was already discharged on {date}.</source>
        <translation>Бул адам мурунтан эле чыгарылган (күнү: {date}).</translation>
    </message>
    <message>
        <source>The discharge date cannot be before the admission date ({date}).</source>
        <translation>Чыгуу күнү кабыл алуу күнүнөн ({date}) мурун боло албайт.</translation>
    </message>
    <message>
        <source>Please choose where the person was referred.</source>
        <translation>Адам кайда жөнөтүлгөнүн тандаңыз.</translation>
    </message>
    <message>
        <source>Reserve a bed</source>
        <translation>Орун брондоо</translation>
    </message>
    <message>
        <source>Admit to the shelter</source>
        <translation>Баш калкалоочу жайга кабыл алуу</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>e.g. 3, 7</source>
        <translation>мисалы, 3, 7</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Орун</translation>
    </message>
    <message>
        <source>Type of stay</source>
        <translation>Жашоонун түрү</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Келүү күнү</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Кабыл алуу күнү</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Пландалган аягы</translation>
    </message>
    <message>
        <source>Accompanying children</source>
        <translation>Чогуу келген балдар</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Балдардын жашы</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Ким бекитти</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>Себеп боюнча эскертүү</translation>
    </message>
    <message>
        <source>Extend stay of {code}</source>
        <translation>Жашоону узартуу: {code}</translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation>Кайра карап чыгуу күнүн белгилөө</translation>
    </message>
    <message>
        <source>Current planned end</source>
        <translation>Азыркы пландалган аягы</translation>
    </message>
    <message>
        <source>New planned end</source>
        <translation>Жаңы пландалган аягы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Move {code} to another bed</source>
        <translation>Башка орунга которуу: {code}</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Азыр</translation>
    </message>
    <message>
        <source>New bed</source>
        <translation>Жаңы орун</translation>
    </message>
    <message>
        <source>From the night of</source>
        <translation>Кайсы түндөн баштап</translation>
    </message>
    <message>
        <source>Discharge {code}</source>
        <translation>Чыгаруу: {code}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(жазылган эмес)</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Чыгуу күнү</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Кайда жөнөтүлдү</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) so far</source>
        <translation>
            <numerusform>азырынча %n түн</numerusform>
            <numerusform>азырынча %n түн</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned end {date}</source>
        <translation>Пландалган аягы: {date}</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Пландалган мөөнөт өттү</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>{date} күндөн баштап</translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>{date} күнгө чейин</translation>
    </message>
    <message>
        <source>Reserved from {date}</source>
        <translation>{date} күндөн баштап брондолгон</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n бала</numerusform>
            <numerusform>%n бала</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Кардар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Түндөр</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Crisis stay</source>
        <translation>Кризистик жашоо</translation>
    </message>
    <message>
        <source>Long stay</source>
        <translation>Узак мөөнөттүү жашоо</translation>
    </message>
    <message>
        <source>Homeless</source>
        <extracomment>default planned length (nights) of each stay type a stay planned longer than this (nights) needs a review date on the extension that takes it there</extracomment>
        <translation>Турак жайы жок</translation>
    </message>
    <message>
        <source>Fleeing violence</source>
        <translation>Зомбулуктан качып жатат</translation>
    </message>
    <message>
        <source>Financial crisis</source>
        <translation>Каржылык кризис</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Кош бойлуулук</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Оору</translation>
    </message>
    <message>
        <source>Threatened loss of parental rights</source>
        <translation>Ата-энелик укуктан ажыратуу коркунучу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Турак жай менен камсыз болду</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Үйүнө кайтты</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Башка жерге жөнөтүлдү</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>Эскертпей кетти</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Каржы</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Укуктук маселелер</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>Parental</source>
        <translation>Ата-энелик</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Ден соолук</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Турак жай</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачык</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Аткарылууда</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Жетишилди</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Токтотулду</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Брондолгон</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Жашап жатат</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Чыккан</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бош</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ээленген</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Максат</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Кайра карап чыгуу</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлмө</translation>
    </message>
    <message>
        <source>In service from</source>
        <translation>Качантан бери колдонулат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Колдонулат</translation>
    </message>
    <message>
        <source>Please say why this is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stay has not been discharged.</source>
        <extracomment>the kind of record ``_latest`` reads (a move or an extension of the stay)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has a newer stay or reservation; the discharge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discharged stay cannot be changed; undo the discharge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stay has no move to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stay has no extension to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a current stay or a reservation can be shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new planned end must be before the current one ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To end the stay today or earlier, discharge the person instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the change cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children can be changed only during a current stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the change cannot be before the admission date ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay already has this number of children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This takes the stay beyond %n night(s): please set a review date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten the stay (earlier planned end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of accompanying children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the admission (entered in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the stay of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bed}, from {start}, planned end {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client code</source>
        <translation>Кардардын кодун териңиз</translation>
    </message>
    <message>
        <source>No bed is free for these nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed is free for all these nights. Choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other bed is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other bed is free for the rest of this stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the stay is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal past its target: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Bed board</source>
        <translation>Орундар тактасы</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Жашоочулар</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Кейс менен иштөө</translation>
    </message>
    <message>
        <source>Rooms and beds</source>
        <translation>Бөлмөлөр жана орундар</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Referral slip</source>
        <translation>Жолдомо</translation>
    </message>
    <message>
        <source>The slip goes with the person. By default it says only where and when to go, and the referral number the clinic can quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agrees that the slip mentions the HIV test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agrees that the slip mentions work with sex workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the slip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Колдонуучунун &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Сырсөз:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Кирүү</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>Колдонуучу атыңызды киргизиңиз.</translation>
    </message>
    <message>
        <source>The login could not be checked. Please try again.</source>
        <translation>Кирүүнү текшерүү мүмкүн болгон жок. Кайра аракет кылыңыз.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>dropin</source>
        <translation>dropin</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Kit</source>
        <translation>Топтом</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесттер</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Жараксыз</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>Көзөмөл</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Жок кылынды</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Колдо</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Receive kits</source>
        <translation>Топтомдорду кабыл алуу</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ченелген жок</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Kit name:</source>
        <translation>Топтомдун аталышы:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>Сериянын номери:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Жарактуулук мөөнөтү:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Саны:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Булагы:</translation>
    </message>
    <message>
        <source>Arrival temperature:</source>
        <translation>Келгендеги температура:</translation>
    </message>
    <message>
        <source>Selected lot: discard or count</source>
        <translation>Тандалган серия: жок кылуу же саноо</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Жок кылуу</translation>
    </message>
    <message>
        <source>Save stock count</source>
        <translation>Санакты сактоо</translation>
    </message>
    <message>
        <source>Kits to discard:</source>
        <translation>Жок кылынуучу топтомдор:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <source>Kits counted on the shelf:</source>
        <translation>Текчеде саналган топтомдор:</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Түгөндү</translation>
    </message>
    <message>
        <source>⚠ EXPIRED — discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter how many kits are discarded (a whole number above zero).</source>
        <translation>Канча топтом жок кылынарын киргизиңиз (нөлдөн чоң бүтүн сан).</translation>
    </message>
    <message>
        <source>Discard kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard {n} kits of lot {lot} ({reason})? They leave the stock for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жакшы</translation>
    </message>
    <message>
        <source>Reconciliation: received {rec} = tests {used} + invalid {inv} + QC {qc} + discarded {disc} + on hand {hand} {mark}</source>
        <translation>Салыштыруу: алынды {rec} = тесттер {used} + жараксыз {inv} + көзөмөл {qc} + жок кылынды {disc} + колдо {hand} {mark}</translation>
    </message>
    <message>
        <source>Kits received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kits of lot {lot} were taken into stock. Run the kit controls before the first client test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lot in the table first.</source>
        <translation>Адегенде таблицадан серияны тандаңыз.</translation>
    </message>
</context>
<context>
    <name>StoresTab</name>
    <message>
        <source>HIV testing, case-work and legal records are kept in their own encrypted stores. Each account holds the keys of the stores its role reads, wrapped with its own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Ролу</translation>
    </message>
    <message>
        <source>After the upgrade that made the stores, their keys are also kept under the database passphrase until every account has logged in once. Finish the upgrade when everyone has, or when those still listed will get a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New re&amp;covery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the centre&apos;s server the stores have no keys to manage here: the server&apos;s roles let each login read only the stores its role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account holds the keys its role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key you have locked away stops working. Make a new one now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets and prevention package</source>
        <extracomment>the parts of the package a manager can ask for: (label, service codes any of which counts)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets for the year (the report shows the year to date against them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condoms (male or female)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information (leaflets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HIV test offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached with the defined package received all of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestResult</name>
    <message>
        <source>Non-reactive</source>
        <translation>Реактивдүү эмес</translation>
    </message>
    <message>
        <source>Reactive (preliminary positive)</source>
        <translation>Реактивдүү (алдын ала оң)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Жараксыз</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Жүрүп жатат</translation>
    </message>
</context>
<context>
    <name>TestTile</name>
    <message>
        <source>{kit} · lot {lot}</source>
        <extracomment>a readable tile flashes for this many ticks (seconds) after it became readable or the screen was unlocked</extracomment>
        <translation>{kit} · серия {lot}</translation>
    </message>
    <message>
        <source>{kit} · repeat</source>
        <translation>{kit} · кайталоо</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Башталды: {time}</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Жыйынтыкты киргизүү</translation>
    </message>
    <message>
        <source>Record invalid — repeat with a new kit</source>
        <translation>Жараксыз деп жазуу — жаңы топтом менен кайталоо</translation>
    </message>
    <message>
        <source>Cancel test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable in {time}</source>
        <translation>Окууга чейин: {time}</translation>
    </message>
    <message>
        <source>Read now — {time} left</source>
        <translation>Азыр окуңуз — {time} калды</translation>
    </message>
    <message>
        <source>Too late ({time}): invalid, repeat with a new kit</source>
        <translation>Өтө кеч ({time}): жараксыз, жаңы топтом менен кайталаңыз</translation>
    </message>
</context>
<context>
    <name>Testing</name>
    <message>
        <source>{kit} lot {lot} (expires {expiry}, {n} left)</source>
        <translation>{kit}, серия {lot} (жарактуулук мөөнөтү {expiry}, калганы: {n})</translation>
    </message>
    <message>
        <source>This person is on ART: the rapid test can give a false non-reactive result. Explain this before testing.</source>
        <translation>Бул адам АРТ кабыл алат: тез тест жалган реактивдүү эмес жыйынтык бериши мүмкүн. Тестке чейин муну түшүндүрүңүз.</translation>
    </message>
    <message>
        <source>This person is on PrEP: the rapid test can give a false non-reactive result. Explain this before testing.</source>
        <translation>Бул адам ДКП (PrEP) кабыл алат: тез тест жалган реактивдүү эмес жыйынтык бериши мүмкүн. Тестке чейин муну түшүндүрүңүз.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Кардардын кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Коду {code} болгон кардар жок.</translation>
    </message>
    <message>
        <source>Please choose risk items from the list.</source>
        <translation>Тобокелдиктерди тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Months since the last test must be between 0 and 600.</source>
        <translation>Акыркы тесттен берки айлар 0дөн 600гө чейин болушу керек.</translation>
    </message>
    <message>
        <source>Months since the last test only applies to someone who has tested before.</source>
        <translation>Акыркы тесттен берки айлар мурун тест тапшырган адамдар үчүн гана жазылат.</translation>
    </message>
    <message>
        <source>A counselling session cannot be in the future.</source>
        <translation>Консультация келечекте боло албайт.</translation>
    </message>
    <message>
        <source>This counselling session does not exist.</source>
        <extracomment>what happens to the kit of a test cancelled by mistake</extracomment>
        <translation>Мындай консультация жок.</translation>
    </message>
    <message>
        <source>Please choose the kit lot.</source>
        <translation>Топтомдун сериясын тандаңыз.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}. Expired kits cannot be used; choose another lot.</source>
        <translation>{lot} сериясынын мөөнөтү {date} бүткөн. Мөөнөтү өткөн топтомдорду колдонууга болбойт; башка серияны тандаңыз.</translation>
    </message>
    <message>
        <source>Lot {lot} has no kits left. Choose another lot.</source>
        <translation>{lot} сериясында топтом калган жок. Башка серияны тандаңыз.</translation>
    </message>
    <message>
        <source>Lot {lot} failed its last quality-control run and must not be used.</source>
        <translation>{lot} сериясы акыркы сапат текшерүүсүнөн өткөн жок, аны колдонууга болбойт.</translation>
    </message>
    <message>
        <source>The person has not given verbal informed consent, so no test can be recorded.</source>
        <translation>Адам маалымдалган оозеки макулдугун берген жок, ошондуктан тестти жазууга болбойт.</translation>
    </message>
    <message>
        <source>The test to repeat belongs to another person or does not exist.</source>
        <translation>Кайталана турган тест башка адамга таандык же жок.</translation>
    </message>
    <message>
        <source>Only an invalid test can be repeated.</source>
        <translation>Жараксыз тестти гана кайталоого болот.</translation>
    </message>
    <message>
        <source>A test for this person is already running on the board.</source>
        <translation>Бул адамдын тести тактада мурунтан жүрүп жатат.</translation>
    </message>
    <message>
        <source>Record today&apos;s counselling session with consent before starting a test.</source>
        <translation>Тестти баштоодон мурун бүгүнкү консультацияны макулдугу менен жазыңыз.</translation>
    </message>
    <message>
        <source>Please enter both the start time and the read time.</source>
        <translation>Башталган жана окулган убакыттын экөөнү тең киргизиңиз.</translation>
    </message>
    <message>
        <source>Record the counselling session of that day (with consent) first.</source>
        <translation>Адегенде ошол күнкү консультацияны (макулдугу менен) жазыңыз.</translation>
    </message>
    <message>
        <source>Please say whether the kit goes back into stock or was wasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This test does not exist.</source>
        <translation>Мындай тест жок.</translation>
    </message>
    <message>
        <source>This test already has a result; it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose why the test is invalid from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test has run {minutes} minutes. A result can only be read from {start} minutes.</source>
        <translation>Тест башталгандан бери {minutes} мүнөт өттү. Жыйынтыкты {start} мүнөттөн кийин гана окууга болот.</translation>
    </message>
    <message>
        <source>More than {end} minutes have passed: the only allowed outcome is invalid. Repeat with a new kit.</source>
        <translation>{end} мүнөттөн ашык өттү: жыйынтык жараксыз гана болушу мүмкүн. Жаңы топтом менен кайталаңыз.</translation>
    </message>
    <message>
        <source>Please say whether the control line and the test line are visible.</source>
        <translation>Көзөмөл сызыгы жана тест сызыгы көрүнөбү, белгилеңиз.</translation>
    </message>
    <message>
        <source>This test already has a result.</source>
        <translation>Бул тесттин жыйынтыгы мурунтан бар.</translation>
    </message>
    <message>
        <source>The test cannot start before the counselling session in which consent was given ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of a retrospective entry cannot be in the future.</source>
        <translation>Кийин киргизилген жазуунун убактысы келечекте боло албайт.</translation>
    </message>
    <message>
        <source>The read time must be after the start time.</source>
        <translation>Окулган убакыт башталган убакыттан кийин болушу керек.</translation>
    </message>
    <message>
        <source>Please write why you need to open this record (at least 10 characters).</source>
        <translation>Бул жазууну эмне үчүн ачышыңыз керек экенин жазыңыз (жок дегенде 10 белги).</translation>
    </message>
    <message>
        <source>Please choose where the test was done from the list.</source>
        <translation>Сураныч, тест кайда жүргүзүлгөнүн тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose a referral destination from the list.</source>
        <translation>Тизмеден жолдомо жерин тандаңыз.</translation>
    </message>
    <message>
        <source>At the drop-in centre</source>
        <extracomment>where a test was done (the MER testing modality); the testing page records drop-in tests</extracomment>
        <translation>Борбордо</translation>
    </message>
    <message>
        <source>On outreach</source>
        <translation>Аутрич учурунда</translation>
    </message>
    <message>
        <source>Other community setting</source>
        <translation>Коомчулуктагы башка жер</translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message numerus="yes">
        <source>%n person(s) not yet linked past the due date: contact them today.</source>
        <translation>
            <numerusform>Мөөнөтү өтсө да дарыланууга байлана электер: %n. Алар менен бүгүн байланышыңыз.</numerusform>
            <numerusform>Мөөнөтү өтсө да дарыланууга байлана электер: %n. Алар менен бүгүн байланышыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-timer board</source>
        <translation>Таймер тактасы</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Paper entry (retrospective)</source>
        <translation>Кагаздан киргизүү (кийин)</translation>
    </message>
    <message>
        <source>Referrals and follow-up</source>
        <translation>Жолдомолор жана көзөмөл</translation>
    </message>
    <message>
        <source>Kit stock</source>
        <translation>Топтомдордун запасы</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Сапатты көзөмөлдөө</translation>
    </message>
    <message>
        <source>Open one record (break-glass)</source>
        <translation>Бир жазууну ачуу (өзгөчө учур)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestingProfile</name>
    <message>
        <source>Counselling sessions</source>
        <translation>Кеңешүүлөр</translation>
    </message>
    <message>
        <source>Last counselling</source>
        <translation>Акыркы кеңешүү</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Болгон эмес</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесттер</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Акыркы тест</translation>
    </message>
    <message>
        <source>{date}: {result}</source>
        <translation>{date}: {result}</translation>
    </message>
    <message numerus="yes">
        <source>Open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Ачык, %n күн кечикти</numerusform>
            <numerusform>Ачык, %n күн кечикти</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, due {date}</source>
        <translation>Ачык, мөөнөтү {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: {reason}</source>
        <translation>Жабылды {date}: {reason}</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Жолдомону көзөмөлдөө</translation>
    </message>
    <message>
        <source>ART start</source>
        <translation>АРТтын башталышы</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Undo a visit… (Ctrl+Z)</source>
        <extracomment>the list keeps room for at least this many visits, however small the screen</extracomment>
        <translation>Келүүнү жокко чыгаруу… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undoes the last visit saved at this desk, or the visit selected in the list.</source>
        <translation>Бул жерде акыркы сакталган келүүнү же тизмеден тандалганын жокко чыгарат.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Кардар</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимдүү</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Кантип келди</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Ким жазды</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Жокко чыгарылды: {reason}</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Session types</source>
        <translation>Сабак түрлөрү</translation>
    </message>
    <message>
        <source>New type, e.g. Music</source>
        <translation>Жаңы түр, мисалы Музыка</translation>
    </message>
    <message>
        <source>Children&apos;s session</source>
        <translation>Балдар сабагы</translation>
    </message>
    <message>
        <source>Parents&apos; workshop</source>
        <translation>Ата-энелер семинары</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Кошуу</translation>
    </message>
    <message>
        <source>Untick a type to stop offering it; past sessions keep it.</source>
        <translation>Түрдү мындан ары колдонбоо үчүн белгисин алыңыз; өткөн сабактарда ал сакталып калат.</translation>
    </message>
    <message>
        <source> (workshop)</source>
        <translation> (семинар)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the database</source>
        <translation>Базанын кулпусун ачуу</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Базанын купуя фразасы</translation>
    </message>
    <message>
        <source>Database &amp;passphrase:</source>
        <translation>Базанын &amp;купуя фразасы:</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Башка файл…</translation>
    </message>
    <message>
        <source>Open another dropin database file</source>
        <translation>dropin базасынын башка файлын ачуу</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Жаңы база…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>Open a dropin database</source>
        <translation>dropin маалымат базасын ачуу</translation>
    </message>
    <message>
        <source>dropin database (*.db);;All files (*)</source>
        <translation>dropin маалымат базасы (*.db);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Please type the database passphrase.</source>
        <translation>Базанын купуя фразасын териңиз.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ачылууда…</translation>
    </message>
    <message>
        <source>The database could not be opened. Please try again.</source>
        <translation>Базаны ачуу мүмкүн болгон жок. Кайра аракет кылыңыз.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Колдонуучу &amp;кошуу…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ролду ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Сырсөздү жаңыдан коюу…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Көрүнүүчү аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Кулпуланган мөөнөт</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Акыркы кирүү</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Иштетүү</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} was reset. Give them the new password in person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Code</source>
        <extracomment>what the user calls each field in a message (by the field name the services report)</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Кардардын коду</translation>
    </message>
    <message>
        <source>Parent&apos;s client code</source>
        <translation>Ата-эненин кардар коду</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Бөлмөнүн аталышы</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>Керебеттин белгиси</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Лакап ат</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Көрсөтүлүүчү ат</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Байланыш маалыматы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>Тобокелдик боюнча эскертме</translation>
    </message>
    <message>
        <source>Risk-reduction plan</source>
        <translation>Тобокелдикти азайтуу планы</translation>
    </message>
    <message>
        <source>Home-country note</source>
        <translation>Мекени боюнча эскертме</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Тесттин аталышы</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Партиянын номери</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орун</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Жазуунун тексти</translation>
    </message>
    <message>
        <source>Admission note</source>
        <translation>Жайгаштыруу боюнча эскертме</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Жыйынтык боюнча эскертме</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Жөндөө</translation>
    </message>
    <message>
        <source>This text</source>
        <translation>Бул текст</translation>
    </message>
    <message>
        <source>“{label}” must be text.</source>
        <translation>«{label}» талаасы текст болушу керек.</translation>
    </message>
    <message>
        <source>“{label}” contains a character that cannot be saved (an invisible control character or a broken symbol). Please retype it.</source>
        <translation>«{label}» талаасында сактоого мүмкүн болбогон белги бар (көрүнбөгөн башкаруучу белги же бузук белги). Текстти кайра териңиз.</translation>
    </message>
    <message numerus="yes">
        <source>“{label}” may have at most %n character(s); this text has {length}.</source>
        <translation>
            <numerusform>«{label}» талаасында эң көп %n белги болушу мүмкүн; бул текстте {length}.</numerusform>
            <numerusform>«{label}» талаасында эң көп %n белги болушу мүмкүн; бул текстте {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>A service code has 2 to 32 small letters, digits or underscores and starts with a letter.</source>
        <translation>Кызматтын коду 2ден 32ге чейин кичине латын тамгаларынан, сандардан же астын сызуудан (_) турат жана тамга менен башталат.</translation>
    </message>
    <message>
        <source>A service with this code already exists.</source>
        <translation>Мындай коду бар кызмат мурунтан бар.</translation>
    </message>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>Бул кызмат каталогдо жок.</translation>
    </message>
    <message>
        <source>Please enter the name of the service.</source>
        <translation>Кызматтын аталышын киргизиңиз.</translation>
    </message>
    <message>
        <source>Please choose a group from the list.</source>
        <translation>Тизмеден топту тандаңыз.</translation>
    </message>
    <message>
        <source>Please choose how the person reached the centre.</source>
        <translation>Адам борборго кантип келгенин тандаңыз.</translation>
    </message>
    <message>
        <source>Please enter a client code or mark the visit as an anonymous walk-in.</source>
        <translation>Кардардын кодун киргизиңиз же келүүнү анонимдүү деп белгилеңиз.</translation>
    </message>
    <message>
        <source>An anonymous walk-in cannot have a client code.</source>
        <translation>Анонимдүү келүүдө кардардын коду болбойт.</translation>
    </message>
    <message>
        <source>Each service can be given once per visit; change its quantity instead.</source>
        <extracomment>the orders :meth:`VisitService.list_visits` can sort by, in the database; only &quot;date&quot; has an index over every visit (the others suit one client&apos;s visits, as in the profile)</extracomment>
        <translation>Ар бир кызмат бир келүүдө бир жолу гана берилет; анын ордуна санын өзгөртүңүз.</translation>
    </message>
    <message>
        <source>This client is not in the register.</source>
        <translation>Бул кардар реестрде жок.</translation>
    </message>
    <message>
        <source>This service is no longer offered. Please refresh the screen.</source>
        <translation>Бул кызмат мындан ары көрсөтүлбөйт. Экранды жаңылаңыз.</translation>
    </message>
    <message>
        <source>The quantity of {service} must be between 1 and {high}.</source>
        <translation>«{service}» саны 1 менен {high} ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>Please choose where the person was referred to.</source>
        <translation>Адам кайда жөнөтүлгөнүн тандаңыз.</translation>
    </message>
    <message>
        <source>This referral destination is no longer in use.</source>
        <translation>Бул жолдомо жери мындан ары колдонулбайт.</translation>
    </message>
    <message>
        <source>This visit does not exist.</source>
        <translation>Мындай келүү жок.</translation>
    </message>
    <message>
        <source>{service} × {n}</source>
        <translation>{service} × {n}</translation>
    </message>
    <message>
        <source>{service}: {destination}</source>
        <translation>{service}: {destination}</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Бул тизмени мындай иреттөөгө болбойт.</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Кардар</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимдүү</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Кантип келди</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Ким жазды</translation>
    </message>
</context>
</TS>
