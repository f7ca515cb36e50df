<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About dropin</source>
        <translation>Про програму dropin</translation>
    </message>
    <message>
        <source>dropin {version}</source>
        <translation>dropin {version}</translation>
    </message>
    <message>
        <source>Confidential records for community-led drop-in centres.</source>
        <translation>Конфіденційний облік для дроп-ін центрів спільнот.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Тека даних: {path}</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Вільна програма за ліцензією GNU General Public License версії 3 або пізнішої.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Please enter a user name.</source>
        <translation>Введіть ім’я користувача.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters and no spaces.</source>
        <translation>Ім’я користувача може мати не більше 64 символів і не може містити пробілів.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль має містити щонайменше %n символ.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символи.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has accounts; log in as a manager to add more.</source>
        <translation>У цій базі даних уже є облікові записи; щоб додати нові, увійдіть як керівник.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Це ім’я користувача вже зайняте.</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the stores have no keys to rotate: its roles protect them.</source>
        <translation>На сервері центру сховища не мають ключів для зміни: їх захищають ролі сервера.</translation>
    </message>
    <message>
        <source>Only a manager logged in to this program, holding every store, can rotate the keys.</source>
        <translation>Змінити ключі може лише керівник, який увійшов у цю програму і має доступ до всіх сховищ.</translation>
    </message>
    <message>
        <source>Finish the upgrade of the stores first; then rotate the keys.</source>
        <translation>Спершу завершіть оновлення сховищ, потім змініть ключі.</translation>
    </message>
    <message>
        <source>The password is wrong, so nothing was changed.</source>
        <translation>Пароль неправильний, тому нічого не змінено.</translation>
    </message>
    <message>
        <source>Only a manager logged in to this program, holding every store, can do this.</source>
        <translation>Це може зробити лише керівник, який увійшов у цю програму і має доступ до всіх сховищ.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation>Час до автоматичного блокування має бути від 1 до 120 хвилин.</translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation>Виберіть роль.</translation>
    </message>
    <message>
        <source>That language is not available.</source>
        <translation>Ця мова недоступна.</translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation>Такого облікового запису не існує.</translation>
    </message>
    <message>
        <source>The centre needs at least one active manager.</source>
        <translation>У центрі має бути щонайменше один активний керівник.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. After %n failed attempts in a row an account also waits a while before it accepts its password again.</source>
        <translation>
            <numerusform>Неправильне ім&apos;я користувача або пароль. Після %n невдалої спроби поспіль обліковий запис ще деякий час не приймає пароль.</numerusform>
            <numerusform>Неправильне ім&apos;я користувача або пароль. Після %n невдалих спроб поспіль обліковий запис ще деякий час не приймає пароль.</numerusform>
            <numerusform>Неправильне ім&apos;я користувача або пароль. Після %n невдалих спроб поспіль обліковий запис ще деякий час не приймає пароль.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong, or there were too many failed attempts; try again later.</source>
        <translation>Поточний пароль неправильний, або було забагато невдалих спроб; спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Choose a password of your own, not the one the manager gave you.</source>
        <translation>Виберіть власний пароль, а не той, що дав керівник.</translation>
    </message>
    <message>
        <source>Please give a reason for unlocking the account.</source>
        <translation>Вкажіть причину розблокування облікового запису.</translation>
    </message>
    <message>
        <source>That is not this database&apos;s recovery key, so nothing was changed.</source>
        <translation>Це не ключ відновлення цієї бази даних, тому нічого не змінено.</translation>
    </message>
    <message>
        <source>Give the user name of a manager account.</source>
        <translation>Вкажіть ім&apos;я користувача облікового запису керівника.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>optional</source>
        <translation>необов’язково</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Ім’я для по&amp;казу:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Повт&amp;оріть пароль:</translation>
    </message>
    <message>
        <source>Give the person their password in private; they can change it under dropin › Change my password.</source>
        <translation>Передайте людині пароль наодинці; змінити його можна в меню dropin › Змінити мій пароль.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Сховища</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Додати обліковий запис працівника</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Змінити роль</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Скинути пароль</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>Change the database passphrase</source>
        <translation>Змінити парольну фразу бази даних</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a one-time password (Users → Reset password) to get the keys of their role: %n account(s).</source>
        <translation>
            <numerusform>Чекають на одноразовий пароль (Користувачі → Скинути пароль), щоб отримати ключі своєї ролі: %n обліковий запис.</numerusform>
            <numerusform>Чекають на одноразовий пароль (Користувачі → Скинути пароль), щоб отримати ключі своєї ролі: %n облікові записи.</numerusform>
            <numerusform>Чекають на одноразовий пароль (Користувачі → Скинути пароль), щоб отримати ключі своєї ролі: %n облікових записів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not logged in since the upgrade: %n account(s). They will need a one-time password. Finish the upgrade now?</source>
        <translation>
            <numerusform>Не входили після оновлення: %n обліковий запис. Йому знадобиться одноразовий пароль. Завершити оновлення зараз?</numerusform>
            <numerusform>Не входили після оновлення: %n облікові записи. Їм знадобиться одноразовий пароль. Завершити оновлення зараз?</numerusform>
            <numerusform>Не входили після оновлення: %n облікових записів. Їм знадобиться одноразовий пароль. Завершити оновлення зараз?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>This tab could not be opened because of an error. The error was logged.</source>
        <translation>Цю вкладку не вдалося відкрити через помилку. Помилку записано в журнал.</translation>
    </message>
</context>
<context>
    <name>Advocacy</name>
    <message>
        <source>Other areas</source>
        <translation>Інші райони</translation>
    </message>
    <message>
        <source>Area not recorded</source>
        <translation>Район не вказано</translation>
    </message>
    <message>
        <source>Incidents by perpetrator</source>
        <extracomment>(key, title, the choice list its categories come from)</extracomment>
        <translation>Випадки за кривдником</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>Incidents by area</source>
        <translation>Випадки за районами</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Надана допомога</translation>
    </message>
    <message>
        <source>Incidents documented with consent</source>
        <extracomment>plain figures: (key, label)</extracomment>
        <translation>Випадки, задокументовані за згодою</translation>
    </message>
    <message>
        <source>Complaints filed by the person</source>
        <translation>Скарги, подані самою людиною</translation>
    </message>
    <message>
        <source>Legal cases decided in the period</source>
        <translation>Справи, вирішені за період</translation>
    </message>
    <message>
        <source>Legal cases won</source>
        <translation>Виграні справи</translation>
    </message>
    <message>
        <source>Share of decided cases won</source>
        <translation>Частка виграних серед вирішених справ</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Кінець періоду раніше за його початок.</translation>
    </message>
    <message>
        <source>Please choose at most ten years.</source>
        <translation>Виберіть не більше десяти років.</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>Цей період ще не почався.</translation>
    </message>
    <message>
        <source>Violence and rights violations in {year}</source>
        <translation>Насильство та порушення прав у {year} році</translation>
    </message>
    <message>
        <source>Violence and rights violations</source>
        <translation>Насильство та порушення прав</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>з {start} по {end}</translation>
    </message>
    <message>
        <source>Only incidents whose person agreed to their anonymised use are counted. The report holds no client codes, no dates of single incidents and no accounts.</source>
        <translation>Враховано лише випадки, щодо яких людина погодилася на їх анонімне використання. У звіті немає кодів клієнтів, дат окремих випадків і розповідей.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Докладно</translation>
    </message>
    <message>
        <source>An incident may count under more than one kind of violation and of support. A legal case counts as decided when it was won or lost in the period; withdrawn and pending cases are not counted.</source>
        <translation>Один випадок може враховуватися в кількох видах порушень і допомоги. Справа вважається вирішеною, якщо за період її виграно або програно; відкликані та незавершені справи не враховуються.</translation>
    </message>
    <message>
        <source>Advocacy report {period}</source>
        <translation>Звіт для адвокації {period}</translation>
    </message>
</context>
<context>
    <name>AdvocacyPanel</name>
    <message>
        <source>Advocacy report (consented cases only, aggregates)</source>
        <translation>Звіт для адвокації (лише випадки зі згодою, зведені дані)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Зберегти CSV…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Збережено: {path}.</translation>
    </message>
    <message>
        <source>Save the advocacy report</source>
        <translation>Зберегти звіт для адвокації</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Період:</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Type a name or parent code, then Enter to tick</source>
        <translation>Введіть ім’я або код батька/матері й натисніть Enter, щоб позначити</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Рік нар. / вік</translation>
    </message>
    <message>
        <source>Parent&apos;s code</source>
        <translation>Код батька/матері</translation>
    </message>
    <message>
        <source>Consent to take part</source>
        <translation>Згода на участь</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Фото дозволено</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>&amp;Unregistered children:</source>
        <translation>&amp;Незареєстровані діти:</translation>
    </message>
    <message>
        <source>Parents &amp;present:</source>
        <translation>Присутні &amp;батьки:</translation>
    </message>
    <message>
        <source>Client code, then Enter</source>
        <translation>Код клієнта, потім Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;code:</source>
        <translation>&amp;Код батька/матері:</translation>
    </message>
    <message>
        <source>Other adults &amp;without a code:</source>
        <translation>&amp;Інші дорослі без коду:</translation>
    </message>
    <message>
        <source>There is no session to record yet. Plan one on the Sessions tab.</source>
        <translation>Поки немає заняття, для якого можна записати присутність. Заплануйте його на вкладці «Заняття».</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>Зберегти &amp;присутність</translation>
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
        <translation>Присутність не збережено</translation>
    </message>
    <message>
        <source>The ticks for this session are not saved. Leave them unsaved?</source>
        <translation>Позначки для цього заняття не збережено. Залишити їх незбереженими?</translation>
    </message>
    <message>
        <source>This session is in the future: attendance can be taken on the day.</source>
        <translation>Це заняття ще попереду: присутність можна відмітити в день заняття.</translation>
    </message>
    <message>
        <source>{name} has no guardian consent to take part recorded yet. Record it in the Children tab first.</source>
        <translation>{name}: ще не записано згоду батьків чи опікуна на участь. Спочатку запишіть її на вкладці «Діти».</translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) with a code</source>
        <translation>
            <numerusform>Батьків із кодом: %n</numerusform>
            <numerusform>Батьків із кодом: %n</numerusform>
            <numerusform>Батьків із кодом: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s) in total</source>
        <translation>
            <numerusform>Усього дорослих: %n</numerusform>
            <numerusform>Усього дорослих: %n</numerusform>
            <numerusform>Усього дорослих: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) ticked</source>
        <translation>
            <numerusform>Позначено дітей: %n</numerusform>
            <numerusform>Позначено дітей: %n</numerusform>
            <numerusform>Позначено дітей: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) in total</source>
        <translation>
            <numerusform>Усього дітей: %n</numerusform>
            <numerusform>Усього дітей: %n</numerusform>
            <numerusform>Усього дітей: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ще не збережено</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>збережено</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Заняття:</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>A seal looks like 1234:0123456789abcdef (the entry count, a colon and the start of the head hash).</source>
        <extracomment>the ``settings`` row holding the anchor&apos;s sealing key (made by migration 0008) hex digits of the head hash printed in a seal the actions of the entries the session hooks write for a change of a record (reads and logins leave others)</extracomment>
        <translation>Печатка має вигляд 1234:0123456789abcdef (кількість записів, двокрапка і початок хешу останнього запису).</translation>
    </message>
    <message>
        <source>the log holds fewer entries than the seal counts: it was cut or rolled back to an older copy</source>
        <translation>у журналі менше записів, ніж налічує печатка: його обрізали або відкотили до старішої копії</translation>
    </message>
    <message>
        <source>the log&apos;s first {count} entries no longer produce this seal: the log was rewritten or replaced by another copy</source>
        <translation>перші {count} записів журналу більше не дають цієї печатки: журнал переписали або замінили іншою копією</translation>
    </message>
    <message>
        <source>entries at the end of the log were removed</source>
        <translation>записи наприкінці журналу видалено</translation>
    </message>
    <message>
        <source>the last recorded entry was replaced</source>
        <translation>останній записаний запис замінено</translation>
    </message>
    <message>
        <source>an entry is missing before this one</source>
        <translation>перед цим записом бракує запису</translation>
    </message>
    <message>
        <source>the link to the previous entry is broken</source>
        <translation>зв&apos;язок із попереднім записом порушено</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>запис змінили після того, як його зроблено</translation>
    </message>
    <message>
        <source>the anchor file beside the database is missing, so entries cut from the end would not show</source>
        <translation>файлу якоря поруч із базою даних немає, тож записи, обрізані наприкінці, не було б видно</translation>
    </message>
    <message>
        <source>the anchor file beside the database does not belong to this log or was altered</source>
        <translation>файл якоря поруч із базою даних не належить до цього журналу або був змінений</translation>
    </message>
    <message>
        <source>Front desk</source>
        <extracomment>table-name prefixes → area (entities that are not tables, e.g. &quot;database&quot;, belong to administration)</extracomment>
        <translation>Рецепція</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation>Тестування на ВІЛ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Притулок</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Logged in</source>
        <extracomment>names shown for the actions people look for (others are shown as written in the log)</extracomment>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Невдалий вхід</translation>
    </message>
    <message>
        <source>Login refused (locked)</source>
        <translation>Вхід відхилено (блокування)</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Обліковий запис заблоковано</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Обліковий запис розблоковано</translation>
    </message>
    <message>
        <source>Wrong current password</source>
        <translation>Неправильний поточний пароль</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Скидання пароля</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Створено обліковий запис</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Змінено роль</translation>
    </message>
    <message>
        <source>Break-glass opening</source>
        <translation>Екстрений доступ</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>Перегляд запису</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Анульовано</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Змінено парольну фразу</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Якір перевстановлено</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Складено звіт</translation>
    </message>
    <message>
        <source>Figures exported</source>
        <translation>Показники вивантажено</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>Перегляд журналу аудиту</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Вивантаження журналу аудиту</translation>
    </message>
    <message>
        <source>Audit log checked</source>
        <translation>Перевірка журналу аудиту</translation>
    </message>
    <message>
        <source>Store keys rotated</source>
        <translation>Ключі сховищ змінено</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новий ключ відновлення</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Використано ключ відновлення</translation>
    </message>
    <message>
        <source>Upgrade of the stores finished</source>
        <translation>Оновлення сховищ завершено</translation>
    </message>
    <message>
        <source>Please say in a sentence why the anchor is being reset.</source>
        <extracomment>records whose every opening is a sensitive event actions that are sensitive events on their own which log: the main one (``None``) or the chain inside a store (&quot;health&quot;, &quot;casework&quot;) the sensitive events the weekly report counts, by kind</extracomment>
        <translation>Поясніть одним реченням, навіщо перевстановлюється якір.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата закінчення раніша за дату початку.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries checked, and none is missing at the end.</source>
        <translation>
            <numerusform>Журнал аудиту цілий: перевірено %n запис, наприкінці нічого не зникло.</numerusform>
            <numerusform>Журнал аудиту цілий: перевірено %n записи, наприкінці нічого не зникло.</numerusform>
            <numerusform>Журнал аудиту цілий: перевірено %n записів, наприкінці нічого не зникло.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier seal still matches.</source>
        <translation>Попередня печатка досі збігається.</translation>
    </message>
    <message>
        <source>Audit log check failed: {problem}.</source>
        <translation>Перевірку журналу аудиту не пройдено: {problem}.</translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation>Журнал аудиту порушено на записі {id}: {problem}.</translation>
    </message>
    <message>
        <source>Legal store</source>
        <translation>Юридичне сховище</translation>
    </message>
    <message>
        <source>the health store&apos;s log</source>
        <translation>журнал сховища медичних записів</translation>
    </message>
    <message>
        <source>the case-work store&apos;s log</source>
        <translation>журнал сховища соціальної роботи</translation>
    </message>
    <message>
        <source>the legal store&apos;s log</source>
        <translation>журнал юридичного сховища</translation>
    </message>
    <message>
        <source>{log}: {problem}</source>
        <translation>{log}: {problem}</translation>
    </message>
    <message>
        <source>Main log</source>
        <translation>Основний журнал</translation>
    </message>
    <message>
        <source>Health store</source>
        <translation>Сховище медичних записів</translation>
    </message>
    <message>
        <source>Case-work store</source>
        <translation>Сховище соціальної роботи</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Integrity</source>
        <translation>Цілісність</translation>
    </message>
    <message>
        <source>Weekly reports and backups print the log&apos;s seal. Enter a seal from an earlier report to check that the entries it counted are still there, unchanged.</source>
        <translation>Щотижневі звіти й резервні копії друкують печатку журналу. Введіть печатку з попереднього звіту, щоб перевірити, що враховані в ній записи на місці й не змінені.</translation>
    </message>
    <message>
        <source>earlier seal, e.g. 1234:0123456789abcdef</source>
        <translation>попередня печатка, напр. 1234:0123456789abcdef</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>&amp;Перевірити журнал</translation>
    </message>
    <message>
        <source>Re-&amp;anchor…</source>
        <translation>Перевстановити &amp;якір…</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the log has no anchor file to reset: the server refuses any change or removal of its entries, and the seal names its end.</source>
        <translation>На сервері центру журнал не має файлу прив’язки, який можна скинути: сервер не дозволяє змінити чи видалити жоден запис, а кінець журналу позначає його печатка.</translation>
    </message>
    <message>
        <source>Entries about HIV testing, case-work and legal records are kept in the log inside their own encrypted store, so that the main log names none of them.</source>
        <translation>Записи про тестування на ВІЛ, соціальну та юридичну роботу зберігаються в журналі всередині їхнього власного зашифрованого сховища, тому основний журнал не називає жодного з них.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Усі розділи</translation>
    </message>
    <message>
        <source>Only &amp;sensitive events</source>
        <translation>Лише ва&amp;жливі події</translation>
    </message>
    <message>
        <source>Break-glass openings, reads of test records, accounts created, role changes, password resets, restores, re-anchoring, failed logins and lockouts.</source>
        <translation>Екстрені доступи, перегляди записів про тести, створені облікові записи, зміни ролей, скидання паролів, відновлення, перевстановлення якоря, невдалі входи й блокування.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Д&amp;ія:</translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation>&amp;Розділ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Показ&amp;ати</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>В&amp;ивантажити CSV…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Усі дії</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>Підходить %n запис.</numerusform>
            <numerusform>Підходять %n записи.</numerusform>
            <numerusform>Підходить %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current seal: {seal} ({count} entries)</source>
        <translation>Поточна печатка: {seal} (записів: {count})</translation>
    </message>
    <message>
        <source>The anchor now points at entry {count}; the re-anchoring is recorded in the log.</source>
        <translation>Якір тепер вказує на запис {count}; перевстановлення записано в журнал.</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation>Вивантажити записи аудиту</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n запис вивантажено до {path}.</numerusform>
            <numerusform>%n записи вивантажено до {path}.</numerusform>
            <numerusform>%n записів вивантажено до {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>Жур&amp;нал:</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>The backup of the server&apos;s database is encrypted with a passphrase of its own. Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Резервну копію бази даних на сервері шифрують власною парольною фразою. Зберігайте парольну фразу окремо від копії: без неї копію не можна відновити.</translation>
    </message>
    <message>
        <source>Backup file: {path}</source>
        <translation>Файл резервної копії: {path}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Повт&amp;оріть:</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>skipped (area not available)</source>
        <extracomment>how much of a five-year centre to build the figure must be below this (``None``: shown for information)</extracomment>
        <translation>пропущено (розділ недоступний)</translation>
    </message>
    <message>
        <source>filled by the demo generator, not at bench scale</source>
        <translation>заповнено генератором демоданих, не в масштабі тесту</translation>
    </message>
    <message>
        <source>skipped (area not installed)</source>
        <translation>пропущено (розділ не встановлено)</translation>
    </message>
    <message>
        <source>Database unlock</source>
        <translation>Розблокування бази даних</translation>
    </message>
    <message>
        <source>kdf_iter {n}</source>
        <translation>kdf_iter {n}</translation>
    </message>
    <message>
        <source>  of which key derivation</source>
        <translation>  з них виведення ключа</translation>
    </message>
    <message>
        <source>Client-code search</source>
        <translation>Пошук за кодом клієнта</translation>
    </message>
    <message>
        <source>{n} clients</source>
        <translation>клієнтів: {n}</translation>
    </message>
    <message>
        <source>Encryption overhead (same work, plain SQLite)</source>
        <translation>Витрати на шифрування (та сама робота, звичайний SQLite)</translation>
    </message>
    <message>
        <source>{n} saves, 300 searches</source>
        <translation>збережень: {n}, пошуків: 300</translation>
    </message>
    <message>
        <source>section indicators only</source>
        <translation>лише показники розділів</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Тижневий звіт</translation>
    </message>
    <message>
        <source>  against raw SQL</source>
        <translation>  порівняно з чистим SQL</translation>
    </message>
    <message>
        <source>skipped (no raw-SQL baseline from the areas)</source>
        <translation>пропущено (розділи не надали еталонних запитів на чистому SQL)</translation>
    </message>
    <message>
        <source>raw SQL {t}</source>
        <translation>чистий SQL {t}</translation>
    </message>
    <message>
        <source>GUI cold start to unlock screen</source>
        <translation>Холодний запуск інтерфейсу до екрана розблокування</translation>
    </message>
    <message>
        <source>skipped (the GUI could not start here)</source>
        <translation>пропущено (графічний інтерфейс тут не запускається)</translation>
    </message>
    <message>
        <source>process start to {screen} shown</source>
        <translation>від запуску процесу до показу {screen}</translation>
    </message>
    <message>
        <source>Peak memory of the bench process</source>
        <translation>Пікова пам'ять процесу заміру</translation>
    </message>
    <message>
        <source>skipped (not measurable on this system)</source>
        <translation>пропущено (у цій системі не вимірюється)</translation>
    </message>
    <message>
        <source>Bulk build of the synthetic centre</source>
        <translation>Масове створення синтетичного центру</translation>
    </message>
    <message>
        <source>--reuse needs a database file kept by an earlier run with --keep, and no --keep.</source>
        <translation>Для --reuse потрібен файл бази даних, збережений попереднім запуском з --keep, і без --keep.</translation>
    </message>
    <message>
        <source>dropin bench, scale {scale}: {sizes}</source>
        <translation>dropin bench, масштаб {scale}: {sizes}</translation>
    </message>
    <message>
        <source>The database was kept at {path} (passphrase: {p}).</source>
        <translation>Базу даних збережено: {path} (парольна фраза: {p}).</translation>
    </message>
    <message>
        <source>time the database and screens on a synthetic busy centre</source>
        <translation>заміряти швидкодію бази даних і екранів на синтетичному завантаженому центрі</translation>
    </message>
    <message>
        <source>small (about a minute) or full (five busy years)</source>
        <translation>small (близько хвилини) або full (п’ять насичених років)</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>вивести результати у форматі JSON</translation>
    </message>
    <message>
        <source>build the database at PATH and keep it</source>
        <translation>створити базу даних у PATH і зберегти її</translation>
    </message>
    <message>
        <source>time only the reports, on a database kept by an earlier run with --keep</source>
        <translation>заміряти лише звіти на базі даних, збереженій попереднім запуском з --keep</translation>
    </message>
    <message>
        <source>dropin bench builds its own synthetic database and does not take --db; use --keep PATH to keep it.</source>
        <translation>dropin bench створює власну синтетичну базу й не приймає --db; щоб зберегти її, вкажіть --keep ШЛЯХ.</translation>
    </message>
    <message>
        <source>GUI: unlock screen to front desk ready</source>
        <translation>Інтерфейс: від екрана розблокування до готового прийому</translation>
    </message>
    <message>
        <source>slowest: {page}; {pages}</source>
        <translation>найповільніша: {page}; {pages}</translation>
    </message>
    <message>
        <source>waits after Unlock ({unlock}) and after Log in ({login}); typing excluded</source>
        <translation>очікування після «Розблокувати» ({unlock}) і після «Увійти» ({login}); без часу введення</translation>
    </message>
    <message>
        <source>GUI: page switch, first visit (slowest)</source>
        <translation>Інтерфейс: зміна сторінки, перший показ (найповільніша)</translation>
    </message>
    <message>
        <source>GUI: page switch, later visits (slowest)</source>
        <translation>Інтерфейс: зміна сторінки, повторні покази (найповільніша)</translation>
    </message>
    <message>
        <source>GUI: first Reports page open</source>
        <translation>Інтерфейс: перше відкриття сторінки звітів</translation>
    </message>
    <message>
        <source>  and its weekly summary on screen</source>
        <translation>  і тижневий звіт на екрані</translation>
    </message>
    <message>
        <source>GUI: peak memory (unlock, login, every page, the weekly summary)</source>
        <translation>Інтерфейс: пікова пам'ять (розблокування, вхід, усі сторінки, тижневе зведення)</translation>
    </message>
    <message>
        <source>Quarter report</source>
        <translation>Звіт за квартал</translation>
    </message>
    <message>
        <source>load average {load}, processors: {cpus}</source>
        <translation>середнє навантаження {load}, процесорів: {cpus}</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n відмітка</numerusform>
            <numerusform>%n відмітки</numerusform>
            <numerusform>%n відміток</numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation>медіана</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95-й процентиль</translation>
    </message>
    <message>
        <source>Check-in, 4 desks at once, encrypted file ({stat})</source>
        <translation>Відмітка приходу, 4 стійки одночасно, зашифрований файл ({stat})</translation>
    </message>
    <message>
        <source>Check-in, 4 desks at once, PostgreSQL server ({stat})</source>
        <translation>Відмітка приходу, 4 стійки одночасно, сервер PostgreSQL ({stat})</translation>
    </message>
    <message>
        <source>skipped (no PostgreSQL server: set DROPIN_BENCH_SERVER)</source>
        <translation>пропущено (немає сервера PostgreSQL: задайте DROPIN_BENCH_SERVER)</translation>
    </message>
    <message>
        <source>Unlock and login (every store)</source>
        <translation>Розблокування і вхід (усі сховища)</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>По&amp;селити…</translation>
    </message>
    <message>
        <source>Re&amp;serve…</source>
        <translation>&amp;Забронювати…</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>Відмітити &amp;прибуття</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>Продов&amp;жити…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>П&amp;еревести…</translation>
    </message>
    <message>
        <source>D&amp;ischarge…</source>
        <translation>В&amp;иписати…</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>Скасувати бронювання…</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Понад запланований термін</translation>
    </message>
    <message>
        <source>No beds are configured yet. A manager can add rooms and beds on the Rooms and beds tab.</source>
        <translation>Ліжка ще не налаштовано. Керівник може додати кімнати й ліжка на вкладці «Кімнати та ліжка».</translation>
    </message>
    <message>
        <source>{free} free, {occupied} occupied, {reserved} reserved, {oos} out of service</source>
        <translation>вільно: {free}, зайнято: {occupied}, заброньовано: {reserved}, поза використанням: {oos}</translation>
    </message>
    <message numerus="yes">
        <source>%n past planned end</source>
        <translation>
            <numerusform>Понад запланований термін: %n</numerusform>
            <numerusform>Понад запланований термін: %n</numerusform>
            <numerusform>Понад запланований термін: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Скасувати бронювання</translation>
    </message>
    <message>
        <source>Why is the reservation cancelled?</source>
        <translation>Чому скасовано бронювання?</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>Випр&amp;авити…</translation>
    </message>
</context>
<context>
    <name>BreakGlassTab</name>
    <message>
        <source>Test results are for peer counsellors only. Open a single record only when there is a real need; your reason and the opening are written to the audit log.</source>
        <translation>Результати тестів доступні лише рівним консультантам. Відкривайте окремий запис тільки за справжньої потреби: вашу причину й сам факт відкриття буде записано в журнал аудиту.</translation>
    </message>
    <message>
        <source>Find tests</source>
        <translation>Знайти тести</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клієнта:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Open this one record</source>
        <translation>Відкрити лише цей запис</translation>
    </message>
    <message>
        <source>Find the person&apos;s tests and choose one first.</source>
        <translation>Спочатку знайдіть тести людини й виберіть один.</translation>
    </message>
    <message>
        <source>{code}, test of {date}: {result}. Result given: {given}.</source>
        <translation>{code}, тест від {date}: {result}. Результат повідомлено: {given}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Set {name} or run this in a terminal to type it.</source>
        <extracomment>Modules that add sub-commands: each has ``register(subparsers)`` (the areas&apos; ``cli`` in dropin.areas, then these). What a command runs: the parsed arguments in, the exit code out. ``command(name, func, help)`` given to each extension&apos;s ``register``: a sub-command with ``--db`` the sub-commands&apos; parsers, the other argument of ``register``</extracomment>
        <translation>Задайте змінну {name} або запустіть команду в терміналі, щоб ввести значення.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Повторіть: </translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>Введені значення не збігаються.</translation>
    </message>
    <message>
        <source>An empty value is not allowed.</source>
        <translation>Порожнє значення не допускається.</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>Парольна фраза бази даних: </translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — це файл, а не тека.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — це тека; вкажіть назву файлу.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {place} is a file, not a folder.</source>
        <translation>Не можна записати {path}: {place} — це файл, а не тека.</translation>
    </message>
    <message>
        <source>{path} cannot be written: there is no permission to write there.</source>
        <translation>Не можна записати {path}: немає дозволу на запис у це місце.</translation>
    </message>
    <message>
        <source>New database passphrase: </source>
        <translation>Нова парольна фраза бази даних: </translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Пароль для {name}: </translation>
    </message>
    <message>
        <source>Created {path} with manager account {name}.</source>
        <translation>Створено {path} з обліковим записом керівника {name}.</translation>
    </message>
    <message>
        <source>Demo database: {path}</source>
        <translation>Демонстраційна база даних: {path}</translation>
    </message>
    <message>
        <source>Database passphrase: {p}</source>
        <translation>Парольна фраза бази даних: {p}</translation>
    </message>
    <message>
        <source>Logins (password {pw}): {names}</source>
        <translation>Облікові записи (пароль {pw}): {names}</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}.</source>
        <translation>Зашифровану резервну копію записано у файл {path}.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Парольна фраза резервної копії: </translation>
    </message>
    <message>
        <source>Set DROPIN_CURRENT_PASSPHRASE to it.</source>
        <translation>Вкажіть її в DROPIN_CURRENT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase of the database being replaced: </source>
        <translation>Парольна фраза бази даних, яку замінюють: </translation>
    </message>
    <message>
        <source>Restored {src} to {dest}.</source>
        <translation>Відновлено {src} у {dest}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>Попередню базу даних збережено як {path}.</translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation>Парольну фразу бази даних змінено.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked, and none is missing at the end.</source>
        <translation>
            <numerusform>Журнал аудиту не змінено: перевірено %n запис, наприкінці нічого не видалено.</numerusform>
            <numerusform>Журнал аудиту не змінено: перевірено %n записи, наприкінці нічого не видалено.</numerusform>
            <numerusform>Журнал аудиту не змінено: перевірено %n записів, наприкінці нічого не видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation>Цілісність журналу аудиту порушено на записі {id}: {problem}.</translation>
    </message>
    <message>
        <source>Damaged: {problem}</source>
        <translation>Пошкодження: {problem}</translation>
    </message>
    <message>
        <source>Demo data written to the database {name} on the server.</source>
        <translation>Демонстраційні дані записано в базу даних {name} на сервері.</translation>
    </message>
    <message>
        <source>Pages, structure and links between records: no damage found.</source>
        <translation>Сторінки, структура і зв’язки між записами: пошкоджень не знайдено.</translation>
    </message>
    <message>
        <source>Audit log could not be checked: {problem}</source>
        <translation>Журнал аудиту не вдалося перевірити: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Журнал аудиту не змінено: перевірено %n запис.</numerusform>
            <numerusform>Журнал аудиту не змінено: перевірено %n записи.</numerusform>
            <numerusform>Журнал аудиту не змінено: перевірено %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: the database is sound.</source>
        <translation>Підсумок: база даних справна.</translation>
    </message>
    <message>
        <source>Verdict: the database is damaged. Restore the latest good backup.</source>
        <translation>Підсумок: базу даних пошкоджено. Відновіть останню справну резервну копію.</translation>
    </message>
    <message>
        <source>Health store</source>
        <extracomment>the stores by name, in what ``dropin check`` prints</extracomment>
        <translation>Сховище здоров&apos;я</translation>
    </message>
    <message>
        <source>Case-work store</source>
        <translation>Сховище соціальної роботи</translation>
    </message>
    <message>
        <source>Legal store</source>
        <translation>Юридичне сховище</translation>
    </message>
    <message>
        <source>The health and case-work stores were not checked: their keys open only with a login (add --user NAME).</source>
        <translation>Сховища здоров&apos;я і соціальної роботи не перевірено: їхні ключі відкриваються лише під час входу (додайте --user ІМ&apos;Я).</translation>
    </message>
    <message>
        <source>{store}: pages, structure and links: no damage found.</source>
        <translation>{store}: сторінки, структура і зв&apos;язки: пошкоджень не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>{store}: audit log intact, %n record(s) checked.</source>
        <translation>
            <numerusform>{store}: журнал аудиту цілий, перевірено %n запис.</numerusform>
            <numerusform>{store}: журнал аудиту цілий, перевірено %n записи.</numerusform>
            <numerusform>{store}: журнал аудиту цілий, перевірено %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>{store}: audit log broken at entry {id}: {problem}.</source>
        <translation>{store}: журнал аудиту порушено на записі {id}: {problem}.</translation>
    </message>
    <message>
        <source>Not checked (this login does not hold them): {stores}.</source>
        <translation>Не перевірено (цей вхід не має до них доступу): {stores}.</translation>
    </message>
    <message>
        <source>Confidential records for drop-in centres.</source>
        <translation>Конфіденційний облік для дроп-ін центрів.</translation>
    </message>
    <message>
        <source>database file (default: the user data folder)</source>
        <translation>файл бази даних (типово: папка даних користувача)</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>файл бази даних</translation>
    </message>
    <message>
        <source>create a new encrypted database with a first manager account</source>
        <translation>створити нову зашифровану базу даних з першим обліковим записом керівника</translation>
    </message>
    <message>
        <source>user name of the first manager</source>
        <translation>ім’я користувача першого керівника</translation>
    </message>
    <message>
        <source>create a database with realistic synthetic data</source>
        <translation>створити базу даних з реалістичними синтетичними даними</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>замінити наявний файл</translation>
    </message>
    <message>
        <source>fill a new server database made by dropin server init instead: postgresql://OWNER@HOST/DATABASE</source>
        <translation>замість файлу заповнити нову базу даних на сервері, створену dropin server init: postgresql://OWNER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>write an encrypted backup</source>
        <translation>записати зашифровану резервну копію</translation>
    </message>
    <message>
        <source>replace an existing backup file</source>
        <translation>замінити наявний файл резервної копії</translation>
    </message>
    <message>
        <source>replace the database with a checked backup</source>
        <translation>замінити базу даних перевіреною резервною копією</translation>
    </message>
    <message>
        <source>change the database passphrase</source>
        <translation>змінити парольну фразу бази даних</translation>
    </message>
    <message>
        <source>check the database for damage and its audit log</source>
        <translation>перевірити базу даних на пошкодження та її журнал аудиту</translation>
    </message>
    <message>
        <source>audit log tools</source>
        <translation>інструменти журналу аудиту</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>перевірити ланцюжок хешів журналу аудиту</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Перервано.</translation>
    </message>
    <message>
        <source>No report translation for the language &quot;{lang}&quot; is installed.</source>
        <translation>Переклад звіту для мови «{lang}» не встановлено.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата завершення раніша за дату початку.</translation>
    </message>
    <message>
        <source>Exported {weeks} weeks ({first} to {last}) to {path}:</source>
        <translation>Експортовано тижнів: {weeks} (з {first} по {last}) у {path}:</translation>
    </message>
    <message>
        <source>(no data recorded for this area)</source>
        <translation>(для цього розділу даних не записано)</translation>
    </message>
    <message>
        <source>write the weekly summary as a PDF</source>
        <translation>записати тижневе зведення у PDF</translation>
    </message>
    <message>
        <source>ISO week such as 2026-W47 (default: the last complete week)</source>
        <translation>тиждень за ISO, наприклад 2026-W47 (типово: останній повний тиждень)</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF-файл для запису</translation>
    </message>
    <message>
        <source>language of the report (default: English)</source>
        <translation>мова звіту (типово: англійська)</translation>
    </message>
    <message>
        <source>write the weekly indicators as CSV files, one per area</source>
        <translation>записати тижневі показники у CSV-файли, по одному на розділ</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>перший день, РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>останній день, РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>folder to write the CSV files into</source>
        <translation>папка, у яку записати CSV-файли</translation>
    </message>
    <message>
        <source>Self-test failed: the service catalogue is empty.</source>
        <translation>Самоперевірку не пройдено: каталог послуг порожній.</translation>
    </message>
    <message>
        <source>Self-test failed: the visit just recorded could not be read back.</source>
        <translation>Самоперевірку не пройдено: щойно записаний візит не вдалося прочитати.</translation>
    </message>
    <message>
        <source>Database opened, its schema is up to date and {name} is logged in.</source>
        <translation>Базу даних відкрито, її схема актуальна, користувач {name} увійшов у систему.</translation>
    </message>
    <message>
        <source>Visit {id} recorded through the front-desk service and read back.</source>
        <translation>Візит {id} записано через службу прийому відвідувачів і прочитано назад.</translation>
    </message>
    <message>
        <source>Self-test failed: the audit log is broken at entry {id}.</source>
        <translation>Самоперевірку не пройдено: журнал аудиту пошкоджено на записі {id}.</translation>
    </message>
    <message>
        <source>Self-test failed: the weekly summary is not a PDF.</source>
        <translation>Самоперевірку не пройдено: щотижневе зведення — не PDF.</translation>
    </message>
    <message>
        <source>Weekly summary written in English and Russian.</source>
        <translation>Щотижневе зведення записано англійською та російською.</translation>
    </message>
    <message>
        <source>With --db, name the account that records the visit with --user.</source>
        <translation>З --db вкажіть через --user обліковий запис, який записує візит.</translation>
    </message>
    <message>
        <source>{path} already holds records. The self-test only writes into a new, empty database, so that no centre&apos;s figures change; run it without --db to use a temporary one.</source>
        <translation>У {path} уже є записи. Самоперевірка пише лише в нову порожню базу даних, щоб не змінювати показники центру; запустіть її без --db, щоб використати тимчасову базу.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Самоперевірку пройдено.</translation>
    </message>
    <message>
        <source>check the installed program: record a visit, read it back, write the weekly PDF</source>
        <translation>перевірити встановлену програму: записати візит, прочитати його, записати щотижневий PDF</translation>
    </message>
    <message>
        <source>with --db: the account that records the visit (password from DROPIN_USER_PASSWORD or asked)</source>
        <translation>з --db: обліковий запис, який записує візит (пароль із DROPIN_USER_PASSWORD або запитується)</translation>
    </message>
    <message>
        <source>The option --weeks must be a number of weeks from 1 to {most}.</source>
        <translation>Параметр --weeks має бути кількістю тижнів від 1 до {most}.</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n record(s) pointing at a record that is missing.</source>
        <translation>
            <numerusform>{table}: %n запис посилається на відсутній запис.</numerusform>
            <numerusform>{table}: %n записи посилаються на відсутній запис.</numerusform>
            <numerusform>{table}: %n записів посилаються на відсутній запис.</numerusform>
        </translation>
    </message>
    <message>
        <source>weeks of history to make, 1 to {most} (default: 26)</source>
        <translation>скільки тижнів історії створити, від 1 до {most} (типово 26)</translation>
    </message>
    <message>
        <source>seed of the random data (default: 1)</source>
        <translation>початкове значення випадкових даних (типово 1)</translation>
    </message>
    <message>
        <source>Please name what to do: {choices}.</source>
        <translation>Вкажіть, що зробити: {choices}.</translation>
    </message>
    <message>
        <source>The option {option} is required.</source>
        <translation>Потрібен параметр {option}.</translation>
    </message>
    <message>
        <source>The options {options} are required.</source>
        <translation>Потрібні параметри {options}.</translation>
    </message>
    <message>
        <source>This command does not take {arguments}. See dropin --help.</source>
        <translation>Ця команда не приймає {arguments}. Див. dropin --help.</translation>
    </message>
    <message>
        <source>The option {option} cannot be “{value}”; choose one of: {choices}.</source>
        <translation>Параметр {option} не може бути «{value}»; виберіть одне з: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a dropin command; choose one of: {choices}.</source>
        <translation>«{value}» — не команда dropin; виберіть одну з: {choices}.</translation>
    </message>
    <message>
        <source>The option {option} needs a whole number, not “{value}”.</source>
        <translation>Параметру {option} потрібне ціле число, а не «{value}».</translation>
    </message>
    <message>
        <source>The option {option} cannot be “{value}”.</source>
        <translation>Параметр {option} не може бути «{value}».</translation>
    </message>
    <message>
        <source>The option {option} needs a value.</source>
        <translation>Параметру {option} потрібне значення.</translation>
    </message>
    <message>
        <source>The option {option} takes no value.</source>
        <translation>Параметр {option} не приймає значення.</translation>
    </message>
    <message>
        <source>The option {option} is ambiguous: it could mean {matches}.</source>
        <translation>Параметр {option} неоднозначний: це може бути {matches}.</translation>
    </message>
    <message>
        <source>The command line could not be understood ({detail}). See dropin --help.</source>
        <translation>Не вдалося розібрати командний рядок ({detail}). Див. dropin --help.</translation>
    </message>
    <message>
        <source>your staff user name; the action is recorded under it (password from DROPIN_USER_PASSWORD or asked)</source>
        <translation>ваше ім&apos;я користувача; дію записують під ним (пароль із DROPIN_USER_PASSWORD або запитується)</translation>
    </message>
    <message>
        <source>Give your staff user name with --user NAME: this command is recorded in the audit log under it.</source>
        <translation>Вкажіть своє ім&apos;я користувача через --user ІМ&apos;Я: команду записують у журнал аудиту під ним.</translation>
    </message>
    <message>
        <source>Audit seal of the backup: {seal} (keep it apart from the backup).</source>
        <translation>Печатка аудиту резервної копії: {seal} (зберігайте її окремо від копії).</translation>
    </message>
    <message>
        <source>Audit seal of the restored log: {seal}; of the replaced log: {old}.</source>
        <translation>Печатка аудиту відновленого журналу: {seal}; заміненого журналу: {old}.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked, none is missing at the end, and the seal {seal} still matches.</source>
        <translation>
            <numerusform>Журнал аудиту цілий: перевірено %n запис, наприкінці нічого не зникло, і печатка {seal} досі збігається.</numerusform>
            <numerusform>Журнал аудиту цілий: перевірено %n записи, наприкінці нічого не зникло, і печатка {seal} досі збігається.</numerusform>
            <numerusform>Журнал аудиту цілий: перевірено %n записів, наприкінці нічого не зникло, і печатка {seal} досі збігається.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log check failed: {problem}.</source>
        <translation>Перевірку журналу аудиту не пройдено: {problem}.</translation>
    </message>
    <message>
        <source>Audit seal: {seal} ({count} entries, head {head}).</source>
        <translation>Печатка аудиту: {seal} (записів: {count}, останній {head}).</translation>
    </message>
    <message>
        <source>The audit anchor now points at entry {count}; the re-anchoring is recorded. New seal: {seal}.</source>
        <translation>Якір аудиту тепер вказує на запис {count}; перевстановлення записано. Нова печатка: {seal}.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Облікового запису {name} немає.</translation>
    </message>
    <message>
        <source>The account {name} is unlocked; the unlocking is recorded in the audit log.</source>
        <translation>Обліковий запис {name} розблоковано; розблокування записано в журнал аудиту.</translation>
    </message>
    <message>
        <source>COUNT:HASH printed on an earlier report or backup</source>
        <translation>КІЛЬКІСТЬ:ХЕШ із попереднього звіту чи резервної копії</translation>
    </message>
    <message>
        <source>print the audit log&apos;s current seal</source>
        <translation>показати поточну печатку журналу аудиту</translation>
    </message>
    <message>
        <source>point a missing or invalid anchor at the log&apos;s end</source>
        <translation>спрямувати відсутній або недійсний якір на кінець журналу</translation>
    </message>
    <message>
        <source>why, in a sentence (recorded)</source>
        <translation>чому, одним реченням (записується)</translation>
    </message>
    <message>
        <source>staff account tools</source>
        <translation>облікові записи працівників</translation>
    </message>
    <message>
        <source>lift a lockout (needs the database passphrase)</source>
        <translation>зняти блокування (потрібна парольна фраза бази)</translation>
    </message>
    <message>
        <source>the locked account&apos;s user name</source>
        <translation>ім&apos;я заблокованого облікового запису</translation>
    </message>
    <message>
        <source>Please give a year such as 2026.</source>
        <translation>Вкажіть рік, наприклад 2026.</translation>
    </message>
    <message>
        <source>Advocacy report for {start} to {end} written to {path}.</source>
        <translation>Звіт для адвокації з {start} по {end} записано до {path}.</translation>
    </message>
    <message>
        <source>Figures written to {path}.</source>
        <translation>Дані записано до {path}.</translation>
    </message>
    <message>
        <source>write the advocacy report on violence (consented cases, aggregates only) as a PDF</source>
        <translation>записати звіт про насильство для адвокації (випадки зі згодою, лише зведені дані) у PDF</translation>
    </message>
    <message>
        <source>calendar year, such as 2026</source>
        <translation>календарний рік, наприклад 2026</translation>
    </message>
    <message>
        <source>also write the figures to this CSV file</source>
        <translation>також записати дані до цього файлу CSV</translation>
    </message>
    <message>
        <source>Please give only one of --week, --month, --period or --from/--to.</source>
        <translation>Вкажіть лише одне з: --week, --month, --period або --from/--to.</translation>
    </message>
    <message>
        <source>Please give both --from and --to.</source>
        <translation>Вкажіть і --from, і --to.</translation>
    </message>
    <message>
        <source>Summary for {period} written to {path}.</source>
        <translation>Зведення за {period} записано до {path}.</translation>
    </message>
    <message>
        <source>Unsuppressed figures need a manager&apos;s login: add --user NAME.</source>
        <translation>Для неприхованих цифр потрібен вхід керівника: додайте --user ІМ’Я.</translation>
    </message>
    <message>
        <source>Please give the mapping file with --mapping FILE.</source>
        <translation>Вкажіть файл відповідності: --mapping ФАЙЛ.</translation>
    </message>
    <message>
        <source>Please choose the period with --week, --month, --period or --from/--to.</source>
        <translation>Виберіть період: --week, --month, --period або --from/--to.</translation>
    </message>
    <message>
        <source>Authorised submission ({format}) for {period} written to {path}.</source>
        <translation>Офіційну передачу даних ({format}) за {period} записано до {path}.</translation>
    </message>
    <message>
        <source>a month such as 2026-10</source>
        <translation>місяць, наприклад 2026-10</translation>
    </message>
    <message>
        <source>a quarter such as 2026-Q3, or a year such as 2026</source>
        <translation>квартал, наприклад 2026-Q3, або рік, наприклад 2026</translation>
    </message>
    <message>
        <source>first day of a custom range, YYYY-MM-DD</source>
        <translation>перший день власного періоду, РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>last day of a custom range, YYYY-MM-DD</source>
        <translation>останній день власного періоду, РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>funder version, or internal version with the quality page (managers)</source>
        <translation>версія для донора або внутрішня версія зі сторінкою якості (керівники)</translation>
    </message>
    <message>
        <source>csv (suppressed, one file per area) or a DHIS2 / DATIM submission</source>
        <translation>csv (з приховуванням, по файлу на розділ) або передача до DHIS2 / DATIM</translation>
    </message>
    <message>
        <source>mapping file from indicators to DHIS2 codes (JSON)</source>
        <translation>файл відповідності індикаторів кодам DHIS2 (JSON)</translation>
    </message>
    <message>
        <source>Please give only one of --year, --week, --month, --period or --from/--to.</source>
        <translation>Вкажіть лише одне з: --year, --week, --month, --period або --from/--to.</translation>
    </message>
    <message>
        <source>Give the period: --year, --week, --month, --period, or --from and --to.</source>
        <translation>Вкажіть період: --year, --week, --month, --period або --from і --to.</translation>
    </message>
    <message>
        <source>an ISO week such as 2026-W47</source>
        <translation>тиждень ISO, наприклад 2026-W47</translation>
    </message>
    <message>
        <source>Give the server as --url postgresql://USER@HOST/DATABASE.</source>
        <translation>Вкажіть сервер так: --url postgresql://КОРИСТУВАЧ@СЕРВЕР/БАЗА.</translation>
    </message>
    <message>
        <source>Created the manager account {name}.</source>
        <translation>Створено обліковий запис керівника {name}.</translation>
    </message>
    <message numerus="yes">
        <source>The database {name} on the server is ready: %n staff roles with their permissions.</source>
        <translation>
            <numerusform>База даних {name} на сервері готова: %n роль працівників з її правами.</numerusform>
            <numerusform>База даних {name} на сервері готова: %n ролі працівників з їхніми правами.</numerusform>
            <numerusform>База даних {name} на сервері готова: %n ролей працівників з їхніми правами.</numerusform>
        </translation>
    </message>
    <message>
        <source>These accounts need a new password before they can log in to the server (a manager resets it): {names}.</source>
        <translation>Цим обліковим записам потрібен новий пароль, перш ніж вони зможуть увійти на сервер (його скидає керівник): {names}.</translation>
    </message>
    <message>
        <source>Give --manager: a manager&apos;s login opens every store of the file to move it.</source>
        <translation>Вкажіть --manager: усі сховища файлу для перенесення відкриває лише вхід керівника.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {path} to the server.</source>
        <translation>
            <numerusform>Перенесено %n запис з {path} на сервер.</numerusform>
            <numerusform>Перенесено %n записи з {path} на сервер.</numerusform>
            <numerusform>Перенесено %n записів з {path} на сервер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit seal on the server: {seal} (the same as the file&apos;s).</source>
        <translation>Печатка журналу аудиту на сервері: {seal} (та сама, що у файлу).</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>За шляхом {path} немає резервної копії.</translation>
    </message>
    <message>
        <source>The server database already holds a dropin database; restore into a new one.</source>
        <translation>У базі даних на сервері вже є база dropin; відновлюйте в нову.</translation>
    </message>
    <message>
        <source>Restored {src} to the server database {name}.</source>
        <translation>Копію {src} відновлено в базу даних {name} на сервері.</translation>
    </message>
    <message numerus="yes">
        <source>Audit seal of the backup: {seal}; the restored log holds %n record(s) and verifies.</source>
        <translation>
            <numerusform>Печатка журналу в копії: {seal}; у відновленому журналі %n запис, перевірку пройдено.</numerusform>
            <numerusform>Печатка журналу в копії: {seal}; у відновленому журналі %n записи, перевірку пройдено.</numerusform>
            <numerusform>Печатка журналу в копії: {seal}; у відновленому журналі %n записів, перевірку пройдено.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up the centre&apos;s PostgreSQL server</source>
        <translation>налаштувати сервер PostgreSQL центру</translation>
    </message>
    <message>
        <source>create or upgrade the tables, the staff roles and their permissions</source>
        <translation>створити або оновити таблиці, ролі працівників та їхні права</translation>
    </message>
    <message>
        <source>postgresql://OWNER@HOST:PORT/DATABASE</source>
        <translation>postgresql://ВЛАСНИК@СЕРВЕР:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>the centre&apos;s CA certificate (for a server on another computer)</source>
        <translation>сертифікат ЦС центру (для сервера на іншому комп’ютері)</translation>
    </message>
    <message>
        <source>user name of the first manager (for a new database)</source>
        <translation>ім’я користувача першого керівника (для нової бази)</translation>
    </message>
    <message>
        <source>move a single computer&apos;s database to a new database on the server</source>
        <translation>перенести базу одного комп’ютера в нову базу на сервері</translation>
    </message>
    <message>
        <source>the encrypted database file</source>
        <translation>зашифрований файл бази даних</translation>
    </message>
    <message>
        <source>a manager of the file: their password (asked) opens every store and becomes their server password</source>
        <translation>керівник із файлу: його пароль (буде запитано) відкриває всі сховища і стає його паролем на сервері</translation>
    </message>
    <message>
        <source>restore a server backup (dropin backup) into a new database on the server</source>
        <translation>відновити копію сервера (dropin backup) у нову базу на сервері</translation>
    </message>
    <message>
        <source>the encrypted server backup</source>
        <translation>зашифрована копія сервера</translation>
    </message>
    <message>
        <source>Give your staff user name with --user NAME: on the server you log in with it.</source>
        <translation>Вкажіть своє ім’я користувача через --user ІМ’Я: на сервер ви входите під ним.</translation>
    </message>
    <message>
        <source>Recovery key: {key}
Write it on paper, print it or keep it in a sealed envelope, and lock it away. It is shown only now; with it a manager account can get back the HIV testing and case-work records when every manager password is lost (dropin users recover).</source>
        <translation>Ключ відновлення: {key}
Запишіть його на папері, роздрукуйте або покладіть у запечатаний конверт і замкніть. Він показується лише зараз; з ним обліковий запис керівника може повернути доступ до записів про тестування на ВІЛ і соціальну роботу, якщо всі паролі керівників втрачено (dropin users recover).</translation>
    </message>
    <message>
        <source>Recovery key (the groups printed when the database was made): </source>
        <translation>Ключ відновлення (групи символів, надруковані під час створення бази даних): </translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation>Новий пароль для {name}: </translation>
    </message>
    <message>
        <source>The manager account {name} has a new password and holds every store again; this is recorded in the audit log. Give the other staff one-time passwords as needed.</source>
        <translation>Обліковий запис керівника {name} має новий пароль і знову відкриває всі сховища; це записано в журнал аудиту. Видайте іншим працівникам одноразові паролі, якщо потрібно.</translation>
    </message>
    <message>
        <source>with the recovery key: a new password for a manager account</source>
        <translation>з ключем відновлення: новий пароль для облікового запису керівника</translation>
    </message>
    <message>
        <source>the manager account&apos;s user name</source>
        <translation>ім&apos;я користувача облікового запису керівника</translation>
    </message>
</context>
<context>
    <name>CancelTestDialog</name>
    <message>
        <source>Cancel test</source>
        <translation>Скасувати тест</translation>
    </message>
    <message>
        <source>Cancel the test of {code} started {time}? It is kept as cancelled, with your reason.</source>
        <translation>Скасувати тест {code}, розпочатий о {time}? Він збережеться як скасований, з вашою причиною.</translation>
    </message>
    <message>
        <source>The kit was not opened: it goes back into stock</source>
        <translation>Набір не відкривали: він повертається на склад</translation>
    </message>
    <message>
        <source>The kit was opened: count it as wasted</source>
        <translation>Набір відкрито: списати його як зіпсований</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Choose a resident to open the case file. Opening it is recorded.</source>
        <translation>Виберіть мешканця, щоб відкрити справу. Відкриття справи фіксується.</translation>
    </message>
    <message>
        <source>Admission reasons</source>
        <translation>Причини поселення</translation>
    </message>
    <message>
        <source>Note on the reasons</source>
        <translation>Примітка щодо причин</translation>
    </message>
    <message>
        <source>Save reasons</source>
        <translation>Зберегти причини</translation>
    </message>
    <message>
        <source>Life-plan goals</source>
        <translation>Цілі життєвого плану</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Нова ціль</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Додати ціль</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Змінити статус</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Записи щодо випадку</translation>
    </message>
    <message>
        <source>New case note</source>
        <translation>Новий запис щодо випадку</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати запис</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {bed}, since {start}, planned end {end}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {bed}, з {start}, заплановане завершення {end}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Void goal…</source>
        <translation>Анулювати ціль…</translation>
    </message>
    <message>
        <source>Void note…</source>
        <translation>Анулювати запис…</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Спершу виберіть ціль.</translation>
    </message>
    <message>
        <source>Void goal</source>
        <translation>Анулювати ціль</translation>
    </message>
    <message>
        <source>Why is this goal voided? (It is kept, not deleted.)</source>
        <translation>Чому ця ціль анулюється? (Вона збережеться, а не видалиться.)</translation>
    </message>
    <message>
        <source>Select a case note first.</source>
        <translation>Спершу виберіть запис щодо випадку.</translation>
    </message>
    <message>
        <source>Void case note</source>
        <translation>Анулювати запис щодо випадку</translation>
    </message>
    <message>
        <source>Why is this case note voided? (It is kept, not deleted.)</source>
        <translation>Чому цей запис щодо випадку анулюється? (Він збережеться, а не видалиться.)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <source>Consent to anonymised use in advocacy reports</source>
        <translation>Згода на анонімне використання у звітах для адвокації</translation>
    </message>
    <message>
        <source>The person agrees</source>
        <translation>Людина згодна</translation>
    </message>
    <message>
        <source>The person does not agree</source>
        <translation>Людина не згодна</translation>
    </message>
    <message>
        <source>Evidence log (what exists and who holds it; no files are kept here)</source>
        <translation>Журнал доказів (що є і в кого зберігається; файли тут не зберігаються)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>У кого</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>Додати до журналу</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>Юридична справа</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Додати етап</translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation>Вказати результат</translation>
    </message>
    <message>
        <source>Save the incident first.</source>
        <translation>Спочатку збережіть випадок.</translation>
    </message>
    <message>
        <source>Not asked yet: the case is not used in advocacy reports.</source>
        <translation>Ще не питали: випадок не використовується у звітах для адвокації.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>Згоду надано {date}.</translation>
    </message>
    <message>
        <source>Did not agree ({date}): the case is not used in advocacy reports.</source>
        <translation>Не погоджується ({date}): випадок не використовується у звітах для адвокації.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Спочатку відкрийте справу.</translation>
    </message>
    <message>
        <source>Void entry…</source>
        <translation>Анулювати запис…</translation>
    </message>
    <message>
        <source>Void case…</source>
        <translation>Анулювати справу…</translation>
    </message>
    <message>
        <source>Select an evidence entry first.</source>
        <translation>Спершу виберіть запис у журналі доказів.</translation>
    </message>
    <message>
        <source>Void evidence entry</source>
        <translation>Анулювати запис про доказ</translation>
    </message>
    <message>
        <source>Why is this entry void? (It is kept, not deleted.)</source>
        <translation>Чому цей запис анулюється? (Він збережеться, а не видалиться.)</translation>
    </message>
    <message>
        <source>Void legal case</source>
        <translation>Анулювати юридичну справу</translation>
    </message>
    <message>
        <source>Why is this case void? (It is kept, not deleted.)</source>
        <translation>Чому ця справа анулюється? (Вона збережеться, а не видалиться.)</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>Services offered</source>
        <translation>Послуги, що надаються</translation>
    </message>
    <message>
        <source>Referral destinations</source>
        <translation>Місця направлення</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Поточна парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Повт&amp;оріть:</translation>
    </message>
    <message>
        <source>Everyone who opens this database will need the new passphrase. Old backups keep the passphrase they were made with.</source>
        <translation>Усім, хто відкриває цю базу даних, знадобиться нова парольна фраза. Старі резервні копії й далі відкриваються тією парольною фразою, з якою їх створено.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Поточна парольна фраза неправильна.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Нова парольна фраза збігається з поточною.</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>Повторне шифрування бази даних…</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the database still opens with the current one.</source>
        <translation>Не вдалося змінити парольну фразу; база даних і далі відкривається поточною.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Змінити мій пароль</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Повт&amp;оріть новий пароль:</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Нові паролі не збігаються.</translation>
    </message>
    <message>
        <source>{name} reset your password on {when}. It was for this one login: choose your own password now. If you did not ask for this, tell the centre&apos;s coordinator.</source>
        <translation>{name} скинув(-ла) ваш пароль {when}. Він був на один вхід: виберіть власний пароль зараз. Якщо ви про це не просили, повідомте координатора центру.</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>Керівник</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Account:</source>
        <translation>Обліковий запис:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Walk-in</source>
        <translation>Прийшов(ла) сам(а)</translation>
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
        <translation>Аутріч</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>У супроводі</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Client &amp;code</source>
        <translation>&amp;Код клієнта</translation>
    </message>
    <message>
        <source>Type the code, e.g. MAIV1990F</source>
        <translation>Введіть код, напр. MAIV1990F</translation>
    </message>
    <message>
        <source>New client… (Ctrl+N)</source>
        <translation>Новий клієнт… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Profile (Ctrl+P)</source>
        <translation>Профіль (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Anonymous walk-in, no code</source>
        <translation>&amp;Анонімний відвідувач, без коду</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ка&amp;нал</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Примітка</translation>
    </message>
    <message>
        <source>Optional, no names</source>
        <translation>Необов’язково, без імен</translation>
    </message>
    <message>
        <source>Save visit (Enter)</source>
        <translation>Зберегти відвідування (Enter)</translation>
    </message>
    <message>
        <source>Several codes start with {typed}. Use the arrow keys to choose, or keep typing.</source>
        <translation>З {typed} починаються кілька кодів. Виберіть потрібний стрілками або вводьте далі.</translation>
    </message>
    <message>
        <source>No client with the code {typed}. Press Ctrl+N to register a new client, or tick Anonymous.</source>
        <translation>Клієнта з кодом {typed} немає. Натисніть Ctrl+N, щоб зареєструвати нового клієнта, або позначте «Анонімний відвідувач».</translation>
    </message>
    <message>
        <source>Visit for {code}.</source>
        <translation>Відвідування: {code}.</translation>
    </message>
    <message>
        <source>Visit for {code}: first visit.</source>
        <translation>Відвідування: {code}, перше відвідування.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>учора</translation>
    </message>
    <message>
        <source>Anonymous walk-in: counted, not identified.</source>
        <translation>Анонімний відвідувач: враховується, але не ідентифікується.</translation>
    </message>
    <message>
        <source>No client has this code. Register the person first (Ctrl+N) or tick Anonymous.</source>
        <translation>Клієнта з таким кодом немає. Спочатку зареєструйте людину (Ctrl+N) або позначте «Анонімний відвідувач».</translation>
    </message>
    <message>
        <source>an anonymous walk-in</source>
        <translation>анонімного відвідувача</translation>
    </message>
    <message>
        <source>Saved: visit for {who} at {time}.</source>
        <translation>Збережено: відвідування {who} о {time}.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Undo visit</source>
        <translation>Скасувати відвідування</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Внесено помилково</translation>
    </message>
    <message>
        <source>This visit has already been undone.</source>
        <translation>Це відвідування вже скасовано.</translation>
    </message>
    <message>
        <source>Same as last time (Ctrl+D)</source>
        <translation>Як минулого разу (Ctrl+D)</translation>
    </message>
    <message>
        <source>Already checked in today at {time}. Saving offers to add these services to that visit.</source>
        <translation>Уже відмічений(а) сьогодні о {time}. Під час збереження можна додати ці послуги до того візиту.</translation>
    </message>
    <message>
        <source>Type the client code; matches appear as you type. Up and Down choose, Tab goes to the services, Enter saves.</source>
        <translation>Введіть код клієнта; збіги з&apos;являються під час введення. Стрілки вгору й униз — вибір, Tab — до послуг, Enter — зберегти.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Відмітка візиту</translation>
    </message>
    <message>
        <source>{code} was already checked in today at {time}. Add these services to that visit, or save a second visit?</source>
        <translation>{code} уже відмічений(а) сьогодні о {time}. Додати ці послуги до того візиту чи зберегти другий візит?</translation>
    </message>
    <message>
        <source>Add to that visit</source>
        <translation>Додати до того візиту</translation>
    </message>
    <message>
        <source>Save a second visit</source>
        <translation>Зберегти другий візит</translation>
    </message>
    <message>
        <source>This visit has no services. Save it anyway?</source>
        <translation>У цьому візиті немає послуг. Усе одно зберегти?</translation>
    </message>
    <message>
        <source>Save without services</source>
        <translation>Зберегти без послуг</translation>
    </message>
    <message>
        <source>Saved: services added to the visit for {who} at {time}.</source>
        <translation>Збережено: послуги додано до візиту {who} о {time}.</translation>
    </message>
    <message>
        <source>This person has no earlier visit with services.</source>
        <translation>У цієї людини немає попереднього візиту з послугами.</translation>
    </message>
    <message>
        <source>The form was cleared. Press Ctrl+R to bring it back.</source>
        <translation>Форму очищено. Натисніть Ctrl+R, щоб повернути її.</translation>
    </message>
    <message>
        <source>Nothing was saved at this desk yet. Select a visit in today&apos;s list first.</source>
        <translation>На цьому місці ще нічого не зберігали. Спочатку виберіть візит у сьогоднішньому списку.</translation>
    </message>
    <message>
        <source>Undo the visit for {who} saved at {time}? Why is it being undone?</source>
        <translation>Скасувати візит {who}, збережений о {time}? Чому його скасовують?</translation>
    </message>
    <message>
        <source>The visit for {who} at {time} was undone.</source>
        <translation>Візит {who} о {time} скасовано.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Редагувати дані дитини</translation>
    </message>
    <message>
        <source>Register a child</source>
        <translation>Зареєструвати дитину</translation>
    </message>
    <message>
        <source>First name or pseudonym only</source>
        <translation>Лише ім’я або псевдонім</translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s client code</source>
        <translation>Код клієнта — батька, матері чи опікуна</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Guardian agrees to the child taking part</source>
        <translation>Батьки чи опікун згодні на участь дитини</translation>
    </message>
    <message>
        <source>Guardian agrees to photos</source>
        <translation>Батьки чи опікун згодні на фотографування</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;code:</source>
        <translation>&amp;Код батька/матері:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Рік народження:</translation>
    </message>
    <message>
        <source>or &amp;age band:</source>
        <translation>або &amp;вікова група:</translation>
    </message>
    <message>
        <source>Nothing about the parent&apos;s health, shelter stay or incidents is kept here.</source>
        <translation>Тут не зберігається нічого про здоров’я батьків, проживання в притулку чи інциденти.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <source>{name} (born {age})</source>
        <translation>{name} ({age} р. н.)</translation>
    </message>
    <message>
        <source>{name} (age {age})</source>
        <translation>{name} (вік {age})</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n відвідування</numerusform>
            <numerusform>%n відвідування</numerusform>
            <numerusform>%n відвідувань</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents&apos; workshops and sessions attended</source>
        <translation>Відвідано семінарів для батьків і занять</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>No children registered.</source>
        <translation>Зареєстрованих дітей немає.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Children&apos;s session</source>
        <translation>Дитяче заняття</translation>
    </message>
    <message>
        <source>Parents&apos; workshop</source>
        <translation>Семінар для батьків</translation>
    </message>
    <message>
        <source>Homework help</source>
        <extracomment>Labels of the seeded types, translated when shown unless a user renamed them.</extracomment>
        <translation>Допомога з домашніми завданнями</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Ігри</translation>
    </message>
    <message>
        <source>Art class</source>
        <translation>Творче заняття</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>Прогулянка або екскурсія</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Інше заняття</translation>
    </message>
    <message>
        <source>Parental rights</source>
        <translation>Батьківські права</translation>
    </message>
    <message>
        <source>Parenting skills</source>
        <translation>Навички батьківства</translation>
    </message>
    <message>
        <source>Other workshop</source>
        <translation>Інший семінар</translation>
    </message>
    <message>
        <source>Please enter the parent&apos;s client code.</source>
        <translation>Введіть код клієнта — батька чи матері.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Клієнта з кодом {code} немає.</translation>
    </message>
    <message>
        <source>That session type no longer exists.</source>
        <translation>Такого типу занять більше не існує.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Цього заняття більше не існує.</translation>
    </message>
    <message>
        <source>That child is no longer in the register.</source>
        <translation>Цієї дитини більше немає в реєстрі.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 720 minutes.</source>
        <translation>Тривалість має бути від 1 до 720 хвилин.</translation>
    </message>
    <message>
        <source>Counts must be whole numbers from 0 to 500.</source>
        <translation>Кількість має бути цілим числом від 0 до 500.</translation>
    </message>
    <message>
        <source>One of the chosen facilitators is not a staff account.</source>
        <translation>Один із вибраних ведучих не є обліковим записом працівника.</translation>
    </message>
    <message>
        <source>Removed from the session.</source>
        <translation>Вилучено із заняття.</translation>
    </message>
    <message>
        <source>Please enter the child&apos;s first name or a pseudonym.</source>
        <translation>Введіть ім’я або псевдонім дитини.</translation>
    </message>
    <message>
        <source>Please enter a first name or pseudonym, not a number or document.</source>
        <translation>Введіть ім’я або псевдонім, а не номер чи документ.</translation>
    </message>
    <message>
        <source>Please choose one of the listed age bands.</source>
        <translation>Виберіть одну з вікових груп зі списку.</translation>
    </message>
    <message>
        <source>The birth year must be a year, for example 2017.</source>
        <translation>Рік народження має бути роком, наприклад 2017.</translation>
    </message>
    <message>
        <source>The birth year must be between {first} and {last}: this register is for children.</source>
        <translation>Рік народження має бути від {first} до {last}: цей реєстр — для дітей.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth year or age band.</source>
        <translation>Вкажіть рік народження або вікову групу дитини.</translation>
    </message>
    <message>
        <source>{name} is already registered with the parent {code}.</source>
        <translation>{name} уже є в реєстрі з кодом батька/матері {code}.</translation>
    </message>
    <message>
        <source>Please choose whether this type is for children or for parents.</source>
        <translation>Виберіть, для кого цей тип: для дітей чи для батьків.</translation>
    </message>
    <message>
        <source>There is already a session type called {label}.</source>
        <translation>Тип занять «{label}» уже існує.</translation>
    </message>
    <message>
        <source>Please enter the date of the session.</source>
        <translation>Введіть дату заняття.</translation>
    </message>
    <message>
        <source>Please enter the start time of the session.</source>
        <translation>Введіть час початку заняття.</translation>
    </message>
    <message>
        <source>A held session cannot be changed between a children&apos;s session and a parents&apos; workshop.</source>
        <translation>Проведене заняття не можна змінити з дитячого заняття на семінар для батьків чи навпаки.</translation>
    </message>
    <message>
        <source>A session that was held cannot be moved to a future date.</source>
        <translation>Проведене заняття не можна перенести на майбутню дату.</translation>
    </message>
    <message>
        <source>This schedule already has a session on {date}.</source>
        <translation>У цьому розкладі вже є заняття на {date}.</translation>
    </message>
    <message>
        <source>Please say why the session is cancelled.</source>
        <translation>Вкажіть, чому заняття скасовано.</translation>
    </message>
    <message>
        <source>This session already has attendance recorded, so it cannot be cancelled.</source>
        <translation>Для цього заняття вже записано присутність, тому його не можна скасувати.</translation>
    </message>
    <message>
        <source>This session is already cancelled.</source>
        <translation>Це заняття вже скасовано.</translation>
    </message>
    <message>
        <source>Only a cancelled session can be put back on the plan.</source>
        <translation>Повернути до плану можна лише скасоване заняття.</translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation>Позначте хоча б один день тижня.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Розклад не може закінчуватися раніше, ніж починається.</translation>
    </message>
    <message>
        <source>That schedule no longer exists.</source>
        <translation>Цього розкладу більше не існує.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Дата завершення не може бути раніше за дату початку.</translation>
    </message>
    <message>
        <source>Sessions can be planned at most a year ahead at a time.</source>
        <translation>За один раз заняття можна запланувати не більше ніж на рік наперед.</translation>
    </message>
    <message>
        <source>This session was cancelled. Put it back on the plan before recording attendance.</source>
        <translation>Це заняття скасовано. Поверніть його до плану, перш ніж записувати присутність.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded on or after the day of the session.</source>
        <translation>Присутність можна записати лише в день заняття або пізніше.</translation>
    </message>
    <message>
        <source>Parents&apos; workshops record adults present, not children.</source>
        <translation>На семінарах для батьків записують присутніх дорослих, а не дітей.</translation>
    </message>
    <message>
        <source>{name} has no guardian consent to take part recorded yet. Record the consent in the register first.</source>
        <translation>{name}: ще не записано згоду батьків чи опікуна на участь. Спочатку запишіть згоду в реєстрі.</translation>
    </message>
    <message>
        <source>Please enter a name for the session type.</source>
        <translation>Введіть назву типу заняття.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <source>Parents&apos; workshops</source>
        <translation>Семінари для батьків</translation>
    </message>
</context>
<context>
    <name>ClientProfileDialog</name>
    <message>
        <source>Client profile</source>
        <translation>Профіль клієнта</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Змінити дані…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Відомості</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Year of birth or age</source>
        <translation>Рік народження або вік</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Key population</source>
        <translation>Ключова група</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Migrant status</source>
        <translation>Міграційний статус</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Місце роботи</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Visits over time</source>
        <translation>Динаміка відвідувань</translation>
    </message>
    <message>
        <source>Services most given:</source>
        <translation>Найчастіші послуги:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Нічого не записано.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Female</source>
        <translation>Жінка</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловік</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Трансгендерна жінка</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Трансгендерний чоловік</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небінарна особа</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Female sex worker</source>
        <extracomment>key-population type, asked at registration (optional: empty is &quot;not stated&quot;)</extracomment>
        <translation>Секс-працівниця</translation>
    </message>
    <message>
        <source>Male sex worker</source>
        <translation>Секс-працівник (чоловік)</translation>
    </message>
    <message>
        <source>Transgender person</source>
        <translation>Трансгендерна людина</translation>
    </message>
    <message>
        <source>Other key population</source>
        <translation>Інша ключова група</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Киргизька</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбецька</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Румунська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Інша мова</translation>
    </message>
    <message>
        <source>Local resident</source>
        <translation>Місцевий мешканець</translation>
    </message>
    <message>
        <source>Internal migrant</source>
        <translation>Внутрішній мігрант</translation>
    </message>
    <message>
        <source>International migrant</source>
        <translation>Міжнародний мігрант</translation>
    </message>
    <message>
        <source>Outdoor: street</source>
        <translation>Відкрите місце: вулиця</translation>
    </message>
    <message>
        <source>Outdoor: highway or truck stop</source>
        <translation>Відкрите місце: траса або стоянка вантажівок</translation>
    </message>
    <message>
        <source>Indoor: bar or club</source>
        <translation>Приміщення: бар або клуб</translation>
    </message>
    <message>
        <source>Indoor: sauna or massage parlour</source>
        <translation>Приміщення: сауна або масажний салон</translation>
    </message>
    <message>
        <source>Indoor: apartment</source>
        <translation>Приміщення: квартира</translation>
    </message>
    <message>
        <source>Indoor: hotel</source>
        <translation>Приміщення: готель</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Онлайн або телефоном</translation>
    </message>
    <message>
        <source>Other setting</source>
        <translation>Інше місце</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation>55 і старше</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18</translation>
    </message>
    <message>
        <source>This person is under 18 and cannot be registered as an adult client. Please make a safeguarding referral instead.</source>
        <extracomment>the orders :meth:`ClientService.list_clients` can sort by, in the database</extracomment>
        <translation>Цій людині менше 18 років, тому її не можна зареєструвати як дорослого клієнта. Натомість зробіть направлення до служби захисту дітей.</translation>
    </message>
    <message>
        <source>This client is not in the register.</source>
        <translation>Цього клієнта немає в реєстрі.</translation>
    </message>
    <message>
        <source>The same code is already registered.</source>
        <translation>Такий самий код уже зареєстровано.</translation>
    </message>
    <message>
        <source>The code differs by one character.</source>
        <translation>Код відрізняється одним символом.</translation>
    </message>
    <message>
        <source>Same year of birth and the same letters.</source>
        <translation>Той самий рік народження й ті самі літери.</translation>
    </message>
    <message>
        <source>Someone with a similar code is already registered. Please check whether this is the same person.</source>
        <translation>Людину зі схожим кодом уже зареєстровано. Перевірте, чи це не та сама людина.</translation>
    </message>
    <message>
        <source>Too many people share this code. Please ask for another fact to tell them apart.</source>
        <translation>Такий код мають забагато людей. Запитайте ще одну відомість, щоб їх розрізнити.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Введіть код клієнта.</translation>
    </message>
    <message>
        <source>A client code has between {low} and {high} letters and digits.</source>
        <translation>Код клієнта має містити від {low} до {high} літер і цифр.</translation>
    </message>
    <message>
        <source>Every part of this code is unknown. Please ask for at least one fact.</source>
        <translation>Усі частини цього коду невідомі. Запитайте хоча б одну відомість.</translation>
    </message>
    <message>
        <source>Please give a year of birth between {low} and {high}.</source>
        <translation>Вкажіть рік народження від {low} до {high}.</translation>
    </message>
    <message>
        <source>Please choose an age band from the list.</source>
        <translation>Виберіть вікову групу зі списку.</translation>
    </message>
    <message>
        <source>Please choose a gender from the list.</source>
        <translation>Виберіть гендер зі списку.</translation>
    </message>
    <message>
        <source>Please choose a language from the list.</source>
        <translation>Виберіть мову зі списку.</translation>
    </message>
    <message>
        <source>Please choose a migrant status from the list.</source>
        <translation>Виберіть міграційний статус зі списку.</translation>
    </message>
    <message>
        <source>Please choose a work setting from the list.</source>
        <translation>Виберіть місце роботи зі списку.</translation>
    </message>
    <message>
        <source>Please choose a key-population type from the list.</source>
        <translation>Будь ласка, оберіть ключову групу зі списку.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and 20.</source>
        <translation>Кількість дітей має бути від 0 до 20.</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Цей список не можна так відсортувати.</translation>
    </message>
    <message>
        <source>The mother&apos;s and the father&apos;s letters are swapped.</source>
        <translation>Літери матері й батька переставлено місцями.</translation>
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
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Year of birth or age</source>
        <translation>Рік народження або вік</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останнє відвідування</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>{n} clients registered</source>
        <translation>Зареєстровано клієнтів: {n}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>Part of a code or a nickname; Enter opens the profile</source>
        <translation>Частина коду або прізвиська; Enter відкриває профіль</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <source>Linked to care</source>
        <translation>Залучено до лікування</translation>
    </message>
    <message>
        <source>Confirmed negative</source>
        <translation>Підтверджено негативний результат</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Відмова</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переїзд</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Втрачено зв’язок</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>F: female</source>
        <translation>F: жінка</translation>
    </message>
    <message>
        <source>M: male</source>
        <translation>M: чоловік</translation>
    </message>
    <message>
        <source>T: trans</source>
        <translation>T: трансгендерна особа</translation>
    </message>
    <message>
        <source>X: other or not stated</source>
        <translation>X: інше або не вказано</translation>
    </message>
    <message>
        <source>Mother&apos;s first name</source>
        <translation>Ім’я матері</translation>
    </message>
    <message>
        <source>Father&apos;s first name</source>
        <translation>Ім’я батька</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <source>Sex marker</source>
        <translation>Позначка статі</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Місяць народження</translation>
    </message>
    <message>
        <source>Own family name</source>
        <translation>Власне прізвище</translation>
    </message>
    <message>
        <source>Birth order (mother&apos;s side)</source>
        <translation>Порядковий номер дитини в матері</translation>
    </message>
    <message>
        <source>Mother + father + year of birth + sex (MAIV1990F)</source>
        <translation>Мати + батько + рік народження + стать (MAIV1990F)</translation>
    </message>
    <message>
        <source>Mother + father + sex + year of birth (MAIVF1990)</source>
        <translation>Мати + батько + стать + рік народження (MAIVF1990)</translation>
    </message>
    <message>
        <source>Family name + sex + day of birth + year (PUF0390)</source>
        <translation>Прізвище + стать + день народження + рік (PUF0390)</translation>
    </message>
    <message>
        <source>Mother + father + birth order + date of birth (MAIV0105121990)</source>
        <translation>Мати + батько + порядковий номер дитини + дата народження (MAIV0105121990)</translation>
    </message>
</context>
<context>
    <name>ConfigTab</name>
    <message>
        <source>Add a room</source>
        <translation>Додати кімнату</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Додати кімнату</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Capacity (beds)</source>
        <translation>Місткість (ліжок)</translation>
    </message>
    <message>
        <source>Add a bed</source>
        <translation>Додати ліжко</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Додати ліжко</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Selected bed</source>
        <translation>Вибране ліжко</translation>
    </message>
    <message>
        <source>e.g. broken frame</source>
        <translation>напр., зламаний каркас</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Вивести з використання</translation>
    </message>
    <message>
        <source>Return to service</source>
        <translation>Повернути у використання</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>{name} ({beds} of {capacity} beds)</source>
        <translation>{name} (ліжок: {beds} з {capacity})</translation>
    </message>
    <message>
        <source>Show client codes and dates on the front desk&apos;s bed board</source>
        <translation>Показувати коди клієнтів і дати на схемі ліжок для рецепції</translation>
    </message>
    <message>
        <source>Off: the front desk sees only which beds are free, occupied or reserved.</source>
        <translation>Вимкнено: рецепція бачить лише, які ліжка вільні, зайняті чи заброньовані.</translation>
    </message>
    <message>
        <source>Remove the bed for good…</source>
        <translation>Прибрати ліжко назавжди…</translation>
    </message>
    <message>
        <source>Select a bed first.</source>
        <translation>Спершу виберіть ліжко.</translation>
    </message>
    <message>
        <source>Remove the bed</source>
        <translation>Прибрати ліжко</translation>
    </message>
    <message>
        <source>Why is bed {bed} removed? (It is kept, not deleted.)</source>
        <translation>Чому ліжко {bed} прибирається? (Воно збережеться, а не видалиться.)</translation>
    </message>
</context>
<context>
    <name>Confirmatory</name>
    <message>
        <source>Positive (confirmed)</source>
        <translation>Позитивний (підтверджено)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негативний</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Невизначений</translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>Phone call</source>
        <translation>Телефонний дзвінок</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Текстове повідомлення</translation>
    </message>
    <message>
        <source>In person at the centre</source>
        <translation>Особисто в центрі</translation>
    </message>
    <message>
        <source>Through a peer or outreach</source>
        <translation>Через рівного консультанта чи аутріч</translation>
    </message>
</context>
<context>
    <name>ContactOutcome</name>
    <message>
        <source>Reached</source>
        <translation>Вдалося зв’язатися</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Залишено повідомлення</translation>
    </message>
    <message>
        <source>Wrong or lost number</source>
        <translation>Неправильний або недійсний номер</translation>
    </message>
    <message>
        <source>Declined to talk</source>
        <translation>Відмова від розмови</translation>
    </message>
</context>
<context>
    <name>CounsellingForm</name>
    <message>
        <source>Pre-test counselling given</source>
        <translation>Дотестове консультування проведено</translation>
    </message>
    <message>
        <source>Verbal informed consent to a voluntary test</source>
        <translation>Усна інформована згода на добровільне тестування</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не запитували</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No, first test</source>
        <translation>Ні, перший тест</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Has used an HIV self-test before</source>
        <translation>Раніше вже робив(ла) самотест на ВІЛ</translation>
    </message>
    <message>
        <source>On PrEP</source>
        <translation>Приймає ДКП (PrEP)</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation>Отримує АРТ</translation>
    </message>
    <message>
        <source>PLHIV peer-support contact offered</source>
        <translation>Запропоновано контакт для рівної підтримки ЛЖВ</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клієнта:</translation>
    </message>
    <message>
        <source>Tested before:</source>
        <translation>Тестування раніше:</translation>
    </message>
    <message>
        <source>Months since last test:</source>
        <translation>Місяців від останнього тесту:</translation>
    </message>
    <message>
        <source>Kit lot for the test:</source>
        <translation>Серія набору для тесту:</translation>
    </message>
    <message>
        <source>Where the test is done:</source>
        <translation>Де проводиться тест:</translation>
    </message>
    <message>
        <source>Save counselling</source>
        <translation>Зберегти консультування</translation>
    </message>
    <message>
        <source>Save and start test</source>
        <translation>Зберегти й почати тест</translation>
    </message>
    <message>
        <source>Individual risk assessment</source>
        <translation>Індивідуальна оцінка ризиків</translation>
    </message>
    <message>
        <source>Risk assessment note</source>
        <translation>Примітка до оцінки ризиків</translation>
    </message>
    <message>
        <source>Risk-reduction plan</source>
        <translation>План зниження ризиків</translation>
    </message>
    <message>
        <source>Counselling for {code} saved.</source>
        <translation>Консультування для {code} збережено.</translation>
    </message>
    <message>
        <source>Counselling for {code} saved; the test is running on the board.</source>
        <translation>Консультування для {code} збережено; тест запущено на табло таймерів.</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseWizard</name>
    <message>
        <source>Create a new dropin database</source>
        <extracomment>the centre&apos;s server was chosen: its settings (host, port, database, CA certificate)</extracomment>
        <translation>Створення нової бази даних dropin</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file on this computer. Keep the default place unless the centre has agreed on another one (for example an encrypted disk).</source>
        <translation>Усі дані зберігаються в одному зашифрованому файлі на цьому комп’ютері. Залиште типове розташування, якщо в центрі не домовилися про інше (наприклад, зашифрований диск).</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл бази даних</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Файл бази даних:</translation>
    </message>
    <message>
        <source>The database passphrase encrypts the whole file. Without it nobody, including you, can open the data again: write it down and keep it somewhere safe, away from the computer.</source>
        <translation>Парольна фраза бази даних шифрує весь файл. Без неї ніхто, зокрема й ви, не зможе знову відкрити дані: запишіть її та зберігайте в надійному місці, окремо від комп’ютера.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Повт&amp;оріть:</translation>
    </message>
    <message>
        <source>The first account is a manager. Managers add the other staff accounts under Admin.</source>
        <translation>Перший обліковий запис належить керівникові. Облікові записи інших працівників керівники додають у розділі «Адміністрування».</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>optional, shown in the status bar</source>
        <translation>необов’язково, показується в рядку стану</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторіть пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Ім’я для по&amp;казу:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Повт&amp;оріть:</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>С&amp;творити базу даних</translation>
    </message>
    <message>
        <source>Step {n} of 3</source>
        <translation>Крок {n} з 3</translation>
    </message>
    <message>
        <source>dropin database (*.db)</source>
        <translation>База даних dropin (*.db)</translation>
    </message>
    <message>
        <source>Please choose where to keep the database file.</source>
        <translation>Виберіть, де зберігати файл бази даних.</translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation>Тут уже є файл із такою назвою; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <source>Creating the encrypted database… this takes a few seconds.</source>
        <translation>Створення зашифрованої бази даних… це триває кілька секунд.</translation>
    </message>
    <message>
        <source>The database could not be created. Check that the folder can be written to and try again.</source>
        <translation>Не вдалося створити базу даних. Перевірте, чи можна записувати в цю папку, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This computer &amp;only (encrypted file)</source>
        <translation>Лише цей &amp;комп’ютер (зашифрований файл)</translation>
    </message>
    <message>
        <source>The centre&apos;s &amp;server</source>
        <translation>Се&amp;рвер центру</translation>
    </message>
    <message>
        <source>&amp;Go to the staff login</source>
        <translation>&amp;Перейти до входу працівника</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Wrong passphrase or not a dropin database.</source>
        <extracomment>each connection&apos;s cache of decrypted pages, per file (KiB; SQLite&apos;s default is 2 MiB): the weekly report reads some 30 MiB of index pages of a busy five-year centre, and with the default every run decrypted them again. The cache fills only as pages are read, and only while the connection is open.</extracomment>
        <translation>Неправильна парольна фраза, або це не база даних dropin.</translation>
    </message>
    <message>
        <source>The database passphrase cannot contain a null character.</source>
        <translation>Парольна фраза бази даних не може містити нульовий символ.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was saved. The dropin check command shows what is affected; restore the latest backup.</source>
        <translation>Файл бази даних пошкоджено, тому нічого не збережено. Команда dropin check покаже, що зачеплено; відновіть останню резервну копію.</translation>
    </message>
    <message>
        <source>This would clash with a record already saved, so nothing was saved.</source>
        <translation>Це суперечило б уже збереженому запису, тому нічого не збережено.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing could be saved.</source>
        <translation>Файл бази даних доступний лише для читання, тому нічого не вдалося зберегти.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>Диск заповнено, тому нічого не вдалося зберегти. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database is busy in another window. Try again in a moment.</source>
        <translation>База даних зайнята в іншому вікні. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>The database file could not be written. Nothing was saved.</source>
        <translation>Не вдалося записати файл бази даних. Нічого не збережено.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>База даних повідомила про помилку. Нічого не збережено.</translation>
    </message>
    <message>
        <source>A database cannot be created there: the folder cannot be made or the name is not allowed.</source>
        <extracomment>Smaller files cannot be a database (SQLite&apos;s smallest page); opening one would overwrite it. the keys of the stores this session holds (attached on every connection), see hold_stores() shown once: the recovery key made with the database or at the upgrade that made its stores</extracomment>
        <translation>Тут не можна створити базу даних: не вдається створити папку, або назва неприпустима.</translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation>Тут уже є файл із такою назвою; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>The database passphrase cannot be empty.</source>
        <translation>Парольна фраза бази даних не може бути порожньою.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Бази даних {path} не існує.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so it cannot be opened. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>Файл бази даних або його папка доступні лише для читання, тому базу не можна відкрити. Скопіюйте файл у папку, де можна записувати, або попросіть доступ на запис.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version and was left as it was. A copy was saved as {path}.</source>
        <translation>Не вдалося оновити базу даних до цієї версії; вона залишилася без змін. Копію збережено як {path}.</translation>
    </message>
    <message>
        <source>The database file is damaged at its start (the passphrase is right). Restore the latest backup.</source>
        <translation>Початок файлу бази даних пошкоджено (парольна фраза правильна). Відновіть останню резервну копію.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of dropin. Please update the program.</source>
        <translation>Цю базу даних створено новішою версією dropin. Оновіть програму.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database or one of the files kept beside it; choose another file.</source>
        <translation>Резервну копію не можна записати поверх бази даних або одного з файлів поруч із нею; виберіть інший файл.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} — це тека; вкажіть назву файлу для резервної копії.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or allow replacing it (--force).</source>
        <translation>{path} уже існує. Виберіть іншу назву або дозвольте заміну (--force).</translation>
    </message>
    <message>
        <source>{path} is a database open in dropin; a backup cannot replace it.</source>
        <translation>{path} — база даних, відкрита в dropin; резервна копія не може її замінити.</translation>
    </message>
    <message>
        <source>A backup needs a passphrase.</source>
        <extracomment>the server has no store keys: each store is a schema its GRANTs open to the roles that may read it</extracomment>
        <translation>Для резервної копії потрібна парольна фраза.</translation>
    </message>
    <message>
        <source>No backup was written. {damage} Restore the latest good backup instead.</source>
        <translation>Резервну копію не записано. {damage} Натомість відновіть останню справну резервну копію.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файлу {path} не існує.</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored. {damage}</source>
        <translation>Файл резервної копії пошкоджено, його не можна відновити. {damage}</translation>
    </message>
    <message>
        <source>That is not the passphrase of the database being replaced, so nothing was restored.</source>
        <translation>Це не парольна фраза бази даних, яку замінюють, тому нічого не відновлено.</translation>
    </message>
    <message>
        <source>The database being replaced has another passphrase than the backup. Give its passphrase too, so that its latest changes are kept in the copy.</source>
        <translation>База даних, яку замінюють, має іншу парольну фразу, ніж резервна копія. Вкажіть і її, щоб останні зміни збереглися в копії.</translation>
    </message>
    <message>
        <source>The database being replaced is still in use, so nothing was restored. Close dropin and try again.</source>
        <translation>База даних, яку замінюють, ще використовується, тому нічого не відновлено. Закрийте dropin і спробуйте знову.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл бази даних пошкоджено.</translation>
    </message>
    <message>
        <source>The database file is damaged; affected: {names}.</source>
        <translation>Файл бази даних пошкоджено; зачеплено: {names}.</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>сторінка {n}</translation>
    </message>
    <message>
        <source>This database is open in dropin on this computer. Close it first, or use Admin → Back up now.</source>
        <translation>Ця база даних відкрита в dropin на цьому комп’ютері. Спершу закрийте її або скористайтеся Адміністрування → Створити резервну копію.</translation>
    </message>
    <message>
        <source>This database is open in dropin on this computer (since {time}). Close it first, or use Admin → Back up now.</source>
        <translation>Ця база даних відкрита в dropin на цьому комп’ютері (з {time}). Спершу закрийте її або скористайтеся Адміністрування → Створити резервну копію.</translation>
    </message>
    <message>
        <source>The database folder cannot be written to, so the database cannot be opened.</source>
        <translation>У теку бази даних не можна записувати, тому базу даних не можна відкрити.</translation>
    </message>
    <message>
        <source>The database passphrase contains a broken symbol. Please type it again.</source>
        <translation>У паролі бази даних є пошкоджений символ. Введіть його ще раз.</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Backup</source>
        <translation>Резервне копіювання</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database on the centre&apos;s server, with a passphrase of its own that you choose for it. Keep backups on a separate disk. A backup is restored by the server&apos;s administrator into a new database on the server (dropin server restore); the program does not restore it from here.</source>
        <translation>Резервна копія — це зашифрована копія всієї бази даних на сервері центру з власною парольною фразою, яку ви обираєте для неї. Зберігайте копії на окремому диску. Копію відновлює адміністратор сервера в нову базу даних на сервері (dropin server restore); програма не відновлює її звідси.</translation>
    </message>
    <message>
        <source>Database on the server: {name}</source>
        <translation>База даних на сервері: {name}</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database with the same passphrase. Keep backups on a separate disk, and test a restore from time to time (dropin restore).</source>
        <translation>Резервна копія — це зашифрована копія всієї бази даних з тією самою парольною фразою. Зберігайте резервні копії на окремому диску й час від часу перевіряйте відновлення (dropin restore).</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Файл бази даних: {path}</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Створити резервну копію…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Change database passphrase…</source>
        <translation>&amp;Змінити парольну фразу бази даних…</translation>
    </message>
    <message>
        <source>The database on the centre&apos;s server has no passphrase of its own: the server protects it, and the server&apos;s administrator changes its keys and passwords there.</source>
        <translation>База даних на сервері центру не має власної парольної фрази: її захищає сервер, а ключі та паролі змінює там адміністратор сервера.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Every entry of the audit log is chained to the one before it. The check shows whether any entry was changed or removed outside dropin.</source>
        <translation>Кожен запис журналу аудиту пов’язаний із попереднім. Перевірка показує, чи не було якийсь запис змінено або видалено поза dropin.</translation>
    </message>
    <message>
        <source>Verify a&amp;udit log</source>
        <translation>&amp;Перевірити журнал аудиту</translation>
    </message>
    <message>
        <source>Save backup as</source>
        <translation>Зберегти резервну копію як</translation>
    </message>
    <message>
        <source>dropin server backup (*.backup)</source>
        <translation>резервна копія сервера dropin (*.backup)</translation>
    </message>
    <message>
        <source>dropin database (*.db)</source>
        <translation>База даних dropin (*.db)</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another file.</source>
        <translation>Резервна копія не може замінити саму базу даних; виберіть інший файл.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Запис зашифрованої резервної копії…</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Не вдалося створити резервну копію.</translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation>Парольну фразу бази даних змінено.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Перевірка журналу аудиту…</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}. Its audit seal is {seal}: write it down apart from the backup.</source>
        <translation>Зашифровану резервну копію записано до {path}. Її печатка аудиту — {seal}: запишіть її окремо від копії.</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Edit destination</source>
        <translation>Редагувати місце направлення</translation>
    </message>
    <message>
        <source>New referral destination</source>
        <translation>Нове місце направлення</translation>
    </message>
    <message>
        <source>Address, phone, opening hours, whom to ask for</source>
        <translation>Адреса, телефон, години роботи, до кого звертатися</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакти</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>Expired</source>
        <translation>Минув термін придатності</translation>
    </message>
    <message>
        <source>Damaged or opened</source>
        <translation>Пошкоджено або відкрито</translation>
    </message>
    <message>
        <source>Stock count difference</source>
        <translation>Розбіжність під час перерахунку</translation>
    </message>
    <message>
        <source>Opened for a test that was cancelled</source>
        <translation>Відкрито для тесту, який скасували</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client {code}</source>
        <translation>Змінити дані клієнта {code}</translation>
    </message>
    <message>
        <source>A nickname, never a real name</source>
        <translation>Псевдонім, ніколи не справжнє ім’я</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>&amp;Псевдонім</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>Рік &amp;народження</translation>
    </message>
    <message>
        <source>&amp;Age band (if no year)</source>
        <translation>&amp;Вікова група (якщо рік невідомий)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Г&amp;ендер</translation>
    </message>
    <message>
        <source>&amp;Key population</source>
        <translation>&amp;Ключова група</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Бажана м&amp;ова</translation>
    </message>
    <message>
        <source>&amp;Migrant status</source>
        <translation>&amp;Міграційний статус</translation>
    </message>
    <message>
        <source>&amp;Work setting</source>
        <translation>Місце &amp;роботи</translation>
    </message>
    <message>
        <source>Number of &amp;children</source>
        <translation>Кількість &amp;дітей</translation>
    </message>
    <message>
        <source>Optional facts</source>
        <translation>Додаткові відомості</translation>
    </message>
    <message>
        <source>Ask only what the person is happy to tell.</source>
        <translation>Питайте лише те, що людина готова розповісти.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not allowed</source>
        <translation>Не дозволено</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не вдалося зберегти</translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing half-finished was saved. If it happens again, please tell the person who looks after this computer.</source>
        <translation>Сталася неочікувана помилка. Нічого незавершеного не збережено. Якщо це повториться, повідомте людину, яка обслуговує цей комп’ютер.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing was saved. Please try again.</source>
        <translation>Сталася неочікувана помилка. Нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Текст помилки</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
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
        <translation>Кількість: {service}</translation>
    </message>
    <message>
        <source>Where to?</source>
        <translation>Куди направлено?</translation>
    </message>
    <message numerus="yes">
        <source>Visit for {code}: %n visits so far, last {when}.</source>
        <translation>
            <numerusform>Відвідування: {code}; усього %n відвідування, останнє — {when}.</numerusform>
            <numerusform>Відвідування: {code}; усього %n відвідування, останнє — {when}.</numerusform>
            <numerusform>Відвідування: {code}; усього %n відвідувань, останнє — {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, {date}: %n visits</source>
        <translation>
            <numerusform>Сьогодні, {date}: %n відвідування</numerusform>
            <numerusform>Сьогодні, {date}: %n відвідування</numerusform>
            <numerusform>Сьогодні, {date}: %n відвідувань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n анонімний</numerusform>
            <numerusform>%n анонімні</numerusform>
            <numerusform>%n анонімних</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Відвідувань ще немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), the last on {date}</source>
        <translation>
            <numerusform>%n відвідування, останнє — {date}</numerusform>
            <numerusform>%n відвідування, останнє — {date}</numerusform>
            <numerusform>%n відвідувань, останнє — {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Press {key} to tick or untick {service}.</source>
        <extracomment>the key that toggles the n-th service while the focus is not in a text field (shown on the toggle) Basic needs + referral | supplies + goods | advice and support: three columns of at most eight rows the same physical keys on a Russian, Ukrainian or Kyrgyz layout (ЙЦУКЕН) as on QWERTY</extracomment>
        <translation>Натисніть {key}, щоб позначити або зняти позначку: {service}.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Check-in</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Усі відвідування</translation>
    </message>
</context>
<context>
    <name>HandoffOffer</name>
    <message>
        <source>Open an incident for the legal advisor</source>
        <translation>Відкрити випадок для юриста</translation>
    </message>
    <message>
        <source>Only the code and date go to the legal advisor, who will talk with the person. Nothing is reported to anyone else.</source>
        <translation>Юристу передаються лише код і дата; юрист сам поговорить з людиною. Більше нікому нічого не повідомляється.</translation>
    </message>
    <message>
        <source>An incident was opened for the legal advisor.</source>
        <translation>Випадок відкрито для юриста.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Front desk</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Type the client code: matches appear as you type, Up and Down pick one. Tab goes to the services, Enter saves the visit.</source>
        <translation>Введіть код клієнта: збіги з&apos;являються під час введення, стрілки вгору і вниз вибирають один із них. Tab переходить до послуг, Enter зберігає візит.</translation>
    </message>
    <message>
        <source>Ctrl+N registers a new client, Ctrl+Z undoes the last visit saved at this desk and Ctrl+K goes back to the code field.</source>
        <translation>Ctrl+N реєструє нового клієнта, Ctrl+Z скасовує останній візит, збережений на цьому робочому місці, а Ctrl+K повертає до поля коду.</translation>
    </message>
    <message>
        <source>The code is made from the letters of the mother&apos;s and father&apos;s names, the year of birth and a letter for sex. Never write a real name anywhere.</source>
        <translation>Код складається з літер імен матері й батька, року народження та літери статі. Ніколи й ніде не записуйте справжнє ім&apos;я.</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестування</translation>
    </message>
    <message>
        <source>Record pre-test counselling, the rapid test with its kit lot, and the result. A reactive result needs a referral for confirmation.</source>
        <translation>Запишіть дотестове консультування, експрес-тест із серією набору та результат. За реактивного результату потрібне направлення на підтвердження.</translation>
    </message>
    <message>
        <source>The follow-up list shows referrals that are due or overdue; record each attempt to reach the person.</source>
        <translation>Список супроводу показує направлення, строк яких настав або минув; записуйте кожну спробу зв&apos;язатися з людиною.</translation>
    </message>
    <message>
        <source>Results are seen only by peer counsellors. Every look at a test is written to the audit log.</source>
        <translation>Результати бачать лише рівні консультанти. Кожен перегляд тесту записується до журналу аудиту.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Притулок</translation>
    </message>
    <message>
        <source>The bed board shows every bed as free, occupied, reserved or out of service. Click a bed, then use the buttons above it; Enter on a bed opens the usual action.</source>
        <translation>Схема ліжок показує кожне ліжко: вільне, зайняте, заброньоване чи не використовується. Клацніть ліжко й скористайтеся кнопками над схемою; Enter на ліжку відкриває звичайну дію.</translation>
    </message>
    <message>
        <source>Admit and Reserve offer only beds that are free for all the nights chosen. A crisis stay longer than 14 nights needs a review date.</source>
        <translation>«Поселити» і «Забронювати» пропонують лише ліжка, вільні на всі вибрані ночі. Для кризового перебування довше 14 ночей потрібна дата перегляду.</translation>
    </message>
    <message>
        <source>Mistakes are corrected with Correct: undo an extension, a move or a discharge, shorten a stay, change the number of children, or void an admission with a reason.</source>
        <translation>Помилки виправляються кнопкою «Виправити»: скасувати продовження, переведення чи виписку, скоротити перебування, змінити кількість дітей або анулювати поселення із зазначенням причини.</translation>
    </message>
    <message>
        <source>Case work (social workers) lists reviews that are due and goals past their target. Opening a case file is recorded.</source>
        <translation>«Робота з випадком» (соціальні працівники) показує перегляди, строк яких настав, і цілі з минулим строком. Відкриття справи записується.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Sessions lists the children&apos;s sessions; Take attendance opens the attendance sheet of the chosen session.</source>
        <translation>«Заняття» показують дитячі заняття; «Відмітити присутність» відкриває аркуш присутності вибраного заняття.</translation>
    </message>
    <message>
        <source>On the attendance sheet, type a name or a parent&apos;s code and press Enter to tick the child; Space ticks the selected row; Alt+S saves.</source>
        <translation>В аркуші присутності введіть ім&apos;я або код батька чи матері й натисніть Enter, щоб відмітити дитину; пробіл відмічає вибраний рядок; Alt+S зберігає.</translation>
    </message>
    <message>
        <source>A parent is found only by the exact client code. Nothing about the parent&apos;s visits, tests or stays is shown here.</source>
        <translation>Батька чи матір можна знайти лише за точним кодом клієнта. Тут нічого не показується про візити, тести чи перебування батьків.</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутріч</translation>
    </message>
    <message>
        <source>At the end of a shift, enter each outreach session in the tally: type a number into a counter or change it with + and −, Tab moves on, Enter saves.</source>
        <translation>Наприкінці зміни внесіть кожен вихід у підрахунок: введіть число в лічильник або змініть його клавішами + і −, Tab переходить далі, Enter зберігає.</translation>
    </message>
    <message>
        <source>Choose the district from the list, never an address. A client is noted only by the whole code, and notes never hold names.</source>
        <translation>Обирайте район зі списку, ніколи не адресу. Клієнта позначають лише повним кодом, а в нотатках ніколи не пишуть імен.</translation>
    </message>
    <message>
        <source>Print a blank tally sheet to take on the street; Coverage shows the districts not visited for some weeks.</source>
        <translation>Надрукуйте порожній аркуш підрахунку, щоб узяти його на вулицю; «Охоплення» показує райони, де давно не було виходів.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>Record an incident of violence or a rights violation with what is known: the client code is optional and the date may be only a month or a year.</source>
        <translation>Запишіть випадок насильства чи порушення прав із тим, що відомо: код клієнта необов’язковий, а дата може бути лише місяцем або роком.</translation>
    </message>
    <message>
        <source>Complaining to the police or anyone else is always the person&apos;s own choice; nothing is chosen for them. Log what evidence exists and who holds it, never the files themselves.</source>
        <translation>Скаржитися до поліції чи будь-куди ще — завжди власний вибір людини; за неї нічого не обирають. Записуйте, які докази є і в кого вони зберігаються, але ніколи не самі файли.</translation>
    </message>
    <message>
        <source>The advocacy report counts only the cases whose person agreed to their anonymised use. Every look at an incident is written to the audit log.</source>
        <translation>Звіт для адвокації враховує лише випадки, де людина погодилася на їх анонімне використання. Кожен перегляд інциденту записується до журналу аудиту.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Choose a week and press Show: the preview shows the pages of the weekly summary exactly as they will print.</source>
        <translation>Виберіть тиждень і натисніть «Показати»: попередній перегляд показує сторінки тижневого звіту саме такими, якими вони будуть надруковані.</translation>
    </message>
    <message>
        <source>Save PDF keeps the summary as a file, Print sends the same pages to a printer. Small counts are hidden so that no one can be recognised.</source>
        <translation>«Зберегти PDF» зберігає звіт у файл, «Друк» надсилає ті самі сторінки на принтер. Малі числа приховано, щоб нікого не можна було впізнати.</translation>
    </message>
    <message>
        <source>Export CSV writes the same figures for a funder&apos;s system, one file per area.</source>
        <translation>«Експорт CSV» записує ті самі показники для системи донора, по одному файлу на напрям.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Add staff accounts with the role they need: each role sees only what its work requires.</source>
        <translation>Додавайте облікові записи працівників із потрібною роллю: кожна роль бачить лише те, що потрібно для її роботи.</translation>
    </message>
    <message>
        <source>Back up the database often to a removable drive kept in a safe place. Backups are encrypted with the database passphrase; on the centre&apos;s server, with a passphrase you choose for the backup and keep apart from it.</source>
        <translation>Часто робіть резервну копію бази на знімний диск, що зберігається в надійному місці. Копії зашифровано парольною фразою бази; на сервері центру — парольною фразою, яку ви обираєте для копії та зберігаєте окремо від неї.</translation>
    </message>
    <message>
        <source>The audit log records every change and every look at sensitive records; check it from time to time.</source>
        <translation>Журнал аудиту записує кожну зміну й кожен перегляд конфіденційних записів; час від часу перевіряйте його.</translation>
    </message>
    <message>
        <source>Ctrl+L locks the screen at once; Ctrl+1 to Ctrl+9 switch areas; F1 shows this help.</source>
        <translation>Ctrl+L одразу блокує екран; Ctrl+1 … Ctrl+9 перемикають розділи; F1 показує цю довідку.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Help: {area}</source>
        <translation>Довідка: {area}</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>{code}: no earlier test recorded here.</source>
        <translation>{code}: раніших тестів тут не записано.</translation>
    </message>
    <message>
        <source>{date}: {result}</source>
        <translation>{date}: {result}</translation>
    </message>
    <message>
        <source>{code}: last valid test less than a month ago.</source>
        <translation>{code}: останній дійсний тест менше місяця тому.</translation>
    </message>
    <message numerus="yes">
        <source>{code}: last valid test %n month(s) ago.</source>
        <translation>
            <numerusform>{code}: останній дійсний тест %n місяць тому.</numerusform>
            <numerusform>{code}: останній дійсний тест %n місяці тому.</numerusform>
            <numerusform>{code}: останній дійсний тест %n місяців тому.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code}: no valid result yet.</source>
        <translation>{code}: дійсного результату ще немає.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Who, when and where</source>
        <translation>Хто, коли і де</translation>
    </message>
    <message>
        <source>Leave empty to record the incident anonymously</source>
        <translation>Залиште порожнім, щоб записати випадок анонімно</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Тип місця</translation>
    </message>
    <message>
        <source>District or town, no addresses</source>
        <translation>Район або місто, без адрес</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Хто це зробив</translation>
    </message>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation>Що сталося (позначте все, що підходить)</translation>
    </message>
    <message>
        <source>What the person told, in their words (seen only by legal advisors)</source>
        <translation>Що розповіла людина, її словами (бачать лише юристи)</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Надана допомога</translation>
    </message>
    <message>
        <source>Complaint (always the person&apos;s own choice)</source>
        <translation>Скарга (завжди власний вибір людини)</translation>
    </message>
    <message>
        <source>The person chose to complain</source>
        <translation>Людина вирішила подати скаргу</translation>
    </message>
    <message>
        <source>The person chose not to complain</source>
        <translation>Людина вирішила не подавати скаргу</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Зберегти випадок</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новий випадок</translation>
    </message>
    <message>
        <source>Voided incident: {reason}</source>
        <translation>Анульований випадок: {reason}</translation>
    </message>
    <message>
        <source>Opened at check-in: please record what happened</source>
        <translation>Відкрито під час реєстрації візиту: запишіть, що сталося</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Випадок збережено.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Exact day</source>
        <translation>Точний день</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Лише місяць</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Лише рік</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Вулиця або громадське місце</translation>
    </message>
    <message>
        <source>Workplace (sauna, apartment, venue)</source>
        <translation>Місце роботи (сауна, квартира, заклад)</translation>
    </message>
    <message>
        <source>Client&apos;s place or hotel</source>
        <translation>У клієнта або в готелі</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>Police station or custody</source>
        <translation>Відділок поліції або ізолятор</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Власне житло</translation>
    </message>
    <message>
        <source>Clinic or social service</source>
        <translation>Клініка або соціальна служба</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>В інтернеті або телефоном</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Інше місце</translation>
    </message>
    <message>
        <source>Police or other law enforcement</source>
        <translation>Поліція або інші правоохоронні органи</translation>
    </message>
    <message>
        <source>Client or someone posing as a client</source>
        <translation>Клієнт або людина, що видає себе за клієнта</translation>
    </message>
    <message>
        <source>Controller or other third party</source>
        <translation>Сутенер або інша третя особа</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Стороння людина</translation>
    </message>
    <message>
        <source>Health or social-service staff</source>
        <translation>Працівники медичних або соціальних служб</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>Партнер або родина</translation>
    </message>
    <message>
        <source>Other perpetrator</source>
        <translation>Інший кривдник</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Фізичне насильство</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальне насильство</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Психологічне насильство</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Економічне насильство</translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <translation>Вимагання або хабар</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Свавільне затримання</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <source>Condom confiscation</source>
        <translation>Вилучення презервативів</translation>
    </message>
    <message>
        <source>Forced HIV testing</source>
        <translation>Примусове тестування на ВІЛ</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Виселення</translation>
    </message>
    <message>
        <source>Outing or shaming</source>
        <translation>Розголошення або публічне приниження</translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation>Інше порушення</translation>
    </message>
    <message>
        <source>Legal consultation</source>
        <translation>Юридична консультація</translation>
    </message>
    <message>
        <source>Crisis centre</source>
        <translation>Кризовий центр</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Медична допомога</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологічна підтримка</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Притулок</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Поліція</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Омбудсман</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Internal complaint (employer, clinic)</source>
        <translation>Внутрішня скарга (роботодавець, клініка)</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Інший орган</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудіозапис</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Document (protocol, fine notice)</source>
        <translation>Документ (протокол, постанова про штраф)</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медичний документ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свідок</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Інший доказ</translation>
    </message>
    <message>
        <source>Held by the legal advisor</source>
        <translation>Зберігається в юриста</translation>
    </message>
    <message>
        <source>Held by the person</source>
        <translation>Зберігається в самої людини</translation>
    </message>
    <message>
        <source>Held by a partner organisation</source>
        <translation>Зберігається в партнерській організації</translation>
    </message>
    <message>
        <source>Held by the authorities</source>
        <translation>Зберігається в органах влади</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>Зберігається деінде</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Адміністративна справа</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Кримінальна справа</translation>
    </message>
    <message>
        <source>Civil case</source>
        <translation>Цивільна справа</translation>
    </message>
    <message>
        <source>Complaint procedure</source>
        <translation>Розгляд скарги</translation>
    </message>
    <message>
        <source>Complaint or claim filed</source>
        <translation>Подано скаргу або позов</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Розслідування</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Засідання</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Оскарження</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Не вирішено</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>An incident cannot be dated in the future.</source>
        <translation>Випадок не може бути датований майбутнім числом.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Цього клієнта більше немає.</translation>
    </message>
    <message>
        <source>Please say how exactly the date is known.</source>
        <translation>Вкажіть, наскільки точно відома дата.</translation>
    </message>
    <message>
        <source>Please give the date of the incident.</source>
        <translation>Вкажіть дату випадку.</translation>
    </message>
    <message>
        <source>Please choose the kind of place.</source>
        <translation>Виберіть тип місця.</translation>
    </message>
    <message>
        <source>Please choose who did it.</source>
        <translation>Виберіть, хто це зробив.</translation>
    </message>
    <message>
        <source>Unknown kind of violation.</source>
        <translation>Невідомий вид порушення.</translation>
    </message>
    <message>
        <source>Please tick at least one thing that happened.</source>
        <translation>Позначте хоча б одне з того, що сталося.</translation>
    </message>
    <message>
        <source>Unknown kind of support.</source>
        <translation>Невідомий вид допомоги.</translation>
    </message>
    <message>
        <source>The account is too long (at most 10,000 characters).</source>
        <translation>Розповідь задовга (не більше 10 000 символів).</translation>
    </message>
    <message>
        <source>Please say where the complaint was made.</source>
        <translation>Вкажіть, куди подано скаргу.</translation>
    </message>
    <message>
        <source>A complaint cannot be dated in the future.</source>
        <translation>Скарга не може бути датована майбутнім числом.</translation>
    </message>
    <message>
        <source>The complaint cannot be dated before the incident.</source>
        <translation>Скарга не може бути датована раніше за випадок.</translation>
    </message>
    <message>
        <source>No client has this code. Leave it empty to record the incident anonymously.</source>
        <translation>Клієнта з таким кодом немає. Залиште поле порожнім, щоб записати випадок анонімно.</translation>
    </message>
    <message>
        <source>This incident no longer exists.</source>
        <translation>Цього випадку більше немає.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>Згода не може бути датована майбутнім числом.</translation>
    </message>
    <message>
        <source>Please choose the kind of evidence.</source>
        <translation>Виберіть вид доказу.</translation>
    </message>
    <message>
        <source>Please say who holds the evidence.</source>
        <translation>Вкажіть, у кого зберігається доказ.</translation>
    </message>
    <message>
        <source>This evidence entry no longer exists.</source>
        <translation>Цього запису про доказ більше немає.</translation>
    </message>
    <message>
        <source>Please choose the kind of case.</source>
        <translation>Виберіть вид справи.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Справу не можна відкрити майбутнім числом.</translation>
    </message>
    <message>
        <source>This legal case no longer exists.</source>
        <translation>Цієї справи більше немає.</translation>
    </message>
    <message>
        <source>Please choose the stage of the case.</source>
        <translation>Виберіть етап справи.</translation>
    </message>
    <message>
        <source>A stage must be dated between the opening of the case and today.</source>
        <translation>Дата етапу має бути між відкриттям справи і сьогоднішнім днем.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the case.</source>
        <translation>Виберіть результат справи.</translation>
    </message>
    <message>
        <source>The outcome must be dated between the opening of the case and today.</source>
        <translation>Дата результату має бути між відкриттям справи і сьогоднішнім днем.</translation>
    </message>
    <message>
        <source>This database has no key for hand-offs, so nothing was saved.</source>
        <translation>У цій базі даних немає ключа для передавання випадків, тому нічого не збережено.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incident details are seen only by legal advisors. The advocacy report counts only the cases whose person agreed, and shows no details.</source>
        <translation>Подробиці випадків бачать лише юристи. Звіт для адвокації враховує лише випадки зі згодою людини і не показує подробиць.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новий випадок</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Анулювати…</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>Показати анульовані</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Хто це зробив</translation>
    </message>
    <message>
        <source>⚠ waiting for details</source>
        <translation>⚠ чекає подробиць</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n випадок</numerusform>
            <numerusform>%n випадки</numerusform>
            <numerusform>%n випадків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for details</source>
        <translation>
            <numerusform>%n чекає подробиць</numerusform>
            <numerusform>%n чекають подробиць</numerusform>
            <numerusform>%n чекають подробиць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n чекає</numerusform>
            <numerusform>%n чекають</numerusform>
            <numerusform>%n чекають</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Випадок збережено.</translation>
    </message>
    <message>
        <source>Void incident</source>
        <translation>Анулювати випадок</translation>
    </message>
    <message>
        <source>Why is this record void? (It is kept, not deleted.)</source>
        <translation>Чому цей запис анулюється? (Він збережеться, а не видалиться.)</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Drop-in visits</source>
        <translation>Відвідування дроп-ін центру</translation>
    </message>
    <message>
        <source>Contacts (visits)</source>
        <translation>Контакти (відвідування)</translation>
    </message>
    <message>
        <source>Every recorded visit or contact, including anonymous walk-ins.</source>
        <translation>Кожне записане відвідування або контакт, включно з анонімними відвідувачами.</translation>
    </message>
    <message>
        <source>Visits in the week that are not voided.</source>
        <translation>Відвідування за тиждень, крім скасованих.</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Унікальні особи</translation>
    </message>
    <message>
        <source>Different registered clients who had at least one visit.</source>
        <translation>Різні зареєстровані клієнти, які мали щонайменше одне відвідування.</translation>
    </message>
    <message>
        <source>Clients with one or more visits in the week.</source>
        <translation>Клієнти з одним або кількома відвідуваннями за тиждень.</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Нові особи</translation>
    </message>
    <message>
        <source>Clients whose first ever visit fell in the week.</source>
        <translation>Клієнти, чиє найперше відвідування припало на цей тиждень.</translation>
    </message>
    <message>
        <source>Clients whose earliest visit is in the week.</source>
        <translation>Клієнти, найраніше відвідування яких припадає на тиждень.</translation>
    </message>
    <message>
        <source>Anonymous walk-ins</source>
        <translation>Анонімні відвідування</translation>
    </message>
    <message>
        <source>Visits recorded without a client code.</source>
        <translation>Відвідування, записані без коду клієнта.</translation>
    </message>
    <message>
        <source>Visits in the week with no client.</source>
        <translation>Відвідування за тиждень без зазначеного клієнта.</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Контакти за каналом звернення</translation>
    </message>
    <message>
        <source>How people reached the centre: walk-in, phone, online, outreach or accompanied.</source>
        <translation>Як люди звернулися до центру: прийшли самі, телефоном, онлайн, через аутріч або в супроводі.</translation>
    </message>
    <message>
        <source>Visits in the week, by contact channel.</source>
        <translation>Відвідування за тиждень, за каналом звернення.</translation>
    </message>
    <message>
        <source>Distinct people by gender</source>
        <translation>Унікальні особи за гендером</translation>
    </message>
    <message>
        <source>Distinct people seen, by the gender they gave (not stated if left empty).</source>
        <translation>Унікальні особи, які звернулися, за гендером, який вони назвали («Не вказано», якщо поле порожнє).</translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by gender.</source>
        <translation>Клієнти з відвідуванням за тиждень, за гендером.</translation>
    </message>
    <message>
        <source>Distinct people by age band</source>
        <translation>Унікальні особи за віковою групою</translation>
    </message>
    <message>
        <source>Distinct people seen, by age band at the time of the visit.</source>
        <translation>Унікальні особи, які звернулися, за віковою групою на момент відвідування.</translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by age band.</source>
        <translation>Клієнти з відвідуванням за тиждень, за віковою групою.</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Надані послуги</translation>
    </message>
    <message>
        <source>How many times each service was given.</source>
        <translation>Скільки разів було надано кожну послугу.</translation>
    </message>
    <message>
        <source>Service lines on visits in the week, by service.</source>
        <translation>Рядки послуг у відвідуваннях за тиждень, за послугою.</translation>
    </message>
    <message>
        <source>Male condoms handed out</source>
        <translation>Видано чоловічих презервативів</translation>
    </message>
    <message>
        <source>Number of male condoms given out.</source>
        <translation>Кількість виданих чоловічих презервативів.</translation>
    </message>
    <message>
        <source>Sum of quantities in the week.</source>
        <translation>Сума кількостей за тиждень.</translation>
    </message>
    <message>
        <source>Female condoms handed out</source>
        <translation>Видано жіночих презервативів</translation>
    </message>
    <message>
        <source>Number of female condoms given out.</source>
        <translation>Кількість виданих жіночих презервативів.</translation>
    </message>
    <message>
        <source>Lubricant handed out</source>
        <translation>Видано лубриканту</translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes given out.</source>
        <translation>Кількість виданих саше або тюбиків лубриканту.</translation>
    </message>
    <message>
        <source>HIV counselling and testing</source>
        <translation>Консультування й тестування на ВІЛ</translation>
    </message>
    <message>
        <source>People tested who received their result, by the key-population type recorded for them at registration or on their profile: female sex worker, male sex worker, transgender person, other or not stated.</source>
        <translation>Протестовані люди, які отримали результат, за ключовою групою, записаною під час реєстрації або в профілі: секс-працівниця, секс-працівник, трансгендерна людина, інша або не вказана.</translation>
    </message>
    <message>
        <source>People tested who received their result, by where their first test of the period was done, as recorded with the test: at the drop-in, on outreach, or other community testing.</source>
        <translation>Протестовані люди, які отримали результат, за місцем їхнього першого тесту за період, записаним разом із тестом: у центрі, на аутрічі або інше тестування в громаді.</translation>
    </message>
    <message>
        <source>Tests by result</source>
        <translation>Тести за результатом</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Прострочене відстеження направлень</translation>
    </message>
    <message>
        <source>Test kits used</source>
        <translation>Використано тест-наборів</translation>
    </message>
    <message>
        <source>Kits taken from stock for tests, repeats and quality control.</source>
        <translation>Набори, взяті із запасу для тестів, повторних тестів і контролю якості.</translation>
    </message>
    <message>
        <source>Test kits in stock</source>
        <translation>Тест-набори в запасі</translation>
    </message>
    <message>
        <source>Kits received minus kits used or discarded.</source>
        <translation>Отримані набори мінус використані або списані.</translation>
    </message>
    <message>
        <source>Kit lots expiring within 60 days</source>
        <translation>Серії наборів, термін придатності яких спливає протягом 60 днів</translation>
    </message>
    <message>
        <source>Lots in stock expiring soon.</source>
        <translation>Серії в запасі, термін придатності яких скоро спливає.</translation>
    </message>
    <message>
        <source>Quality-control runs</source>
        <translation>Перевірки контролю якості</translation>
    </message>
    <message>
        <source>Crisis shelter</source>
        <translation>Кризовий притулок</translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation>Доступні ліжка</translation>
    </message>
    <message>
        <source>Beds available for use at the end of the week.</source>
        <translation>Ліжка, доступні для використання на кінець тижня.</translation>
    </message>
    <message>
        <source>Configured beds not out of service.</source>
        <translation>Налаштовані ліжка, не виведені з використання.</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Ліжко-ночі</translation>
    </message>
    <message>
        <source>Nights spent in the shelter: one per person per night, from admission up to the night before discharge.</source>
        <translation>Ночі, проведені в притулку: одна на людину за кожну ніч, від поселення до ночі перед вибуттям.</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Рівень заповненості</translation>
    </message>
    <message>
        <source>Bed-nights used as a share of bed-nights available.</source>
        <translation>Використані ліжко-ночі як частка доступних ліжко-ночей.</translation>
    </message>
    <message>
        <source>Bed-nights.</source>
        <translation>Ліжко-ночі.</translation>
    </message>
    <message>
        <source>Bed-nights available: beds in service on each night of the week, added up.</source>
        <translation>Доступні ліжко-ночі: ліжка у використанні в кожну ніч тижня, разом.</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Доступні ліжко-ночі</translation>
    </message>
    <message>
        <source>Beds in service on each night of the week, added up.</source>
        <translation>Сума доступних ліжок за кожну ніч тижня.</translation>
    </message>
    <message>
        <source>Sum over nights of beds in service.</source>
        <translation>Сума доступних ліжок за всі ночі.</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Поселення</translation>
    </message>
    <message>
        <source>Stays that began in the week.</source>
        <translation>Проживання, що почалися протягом тижня.</translation>
    </message>
    <message>
        <source>Discharges by outcome</source>
        <translation>Вибуття за результатом</translation>
    </message>
    <message>
        <source>Stays that ended in the week, by where the person went.</source>
        <translation>Проживання, що завершилися протягом тижня, за тим, куди людина вибула.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продовження</translation>
    </message>
    <message>
        <source>Stays extended in the week.</source>
        <translation>Проживання, продовжені протягом тижня.</translation>
    </message>
    <message>
        <source>Extensions approved in the week.</source>
        <translation>Продовження, затверджені протягом тижня.</translation>
    </message>
    <message>
        <source>Stays past their planned end</source>
        <translation>Проживання понад запланований термін</translation>
    </message>
    <message>
        <source>Current stays whose planned end had passed at the end of the week.</source>
        <translation>Поточні проживання, запланована дата завершення яких минула на кінець тижня.</translation>
    </message>
    <message>
        <source>Open stays with a planned end before the end of the week.</source>
        <translation>Незавершені проживання із запланованою датою завершення до кінця тижня.</translation>
    </message>
    <message>
        <source>Children accommodated</source>
        <translation>Розміщені діти</translation>
    </message>
    <message>
        <source>Children staying with a parent on at least one night of the week.</source>
        <translation>Діти, які проживали з батьком чи матір’ю щонайменше одну ніч протягом тижня.</translation>
    </message>
    <message>
        <source>Sum of accompanying children over stays present in the week.</source>
        <translation>Кількість дітей при батьках, підсумована за проживаннями, що тривали протягом тижня.</translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation>Заняття для дітей</translation>
    </message>
    <message>
        <source>Sessions by type</source>
        <translation>Заняття за типом</translation>
    </message>
    <message>
        <source>Children&apos;s activity sessions held, by type (homework, games, art ...).</source>
        <translation>Проведені дитячі заняття за типом (домашні завдання, ігри, творчість тощо).</translation>
    </message>
    <message>
        <source>Sessions held in the week, by type.</source>
        <translation>Заняття, проведені за тиждень, за типом.</translation>
    </message>
    <message>
        <source>Child attendances</source>
        <translation>Відвідування дітьми</translation>
    </message>
    <message>
        <source>Each child present at each session, plus unregistered children counted.</source>
        <translation>Кожна дитина, присутня на кожному занятті, плюс пораховані незареєстровані діти.</translation>
    </message>
    <message>
        <source>Attendance marks in the week.</source>
        <translation>Позначки присутності за тиждень.</translation>
    </message>
    <message>
        <source>Distinct children</source>
        <translation>Унікальні діти</translation>
    </message>
    <message>
        <source>Different registered children who came at least once.</source>
        <translation>Різні зареєстровані діти, які прийшли щонайменше раз.</translation>
    </message>
    <message>
        <source>Registered children with an attendance in the week.</source>
        <translation>Зареєстровані діти, присутні хоча б раз за тиждень.</translation>
    </message>
    <message>
        <source>Parents reached</source>
        <translation>Охоплено батьків</translation>
    </message>
    <message>
        <source>Parents&apos; workshops held</source>
        <translation>Проведено семінарів для батьків</translation>
    </message>
    <message>
        <source>Workshops for parents on rights and parenting.</source>
        <translation>Семінари для батьків про права та виховання дітей.</translation>
    </message>
    <message>
        <source>Workshops held in the week.</source>
        <translation>Семінари, проведені за тиждень.</translation>
    </message>
    <message>
        <source>Outreach and community events</source>
        <translation>Аутріч і заходи спільноти</translation>
    </message>
    <message>
        <source>Outreach sessions by mode</source>
        <translation>Виходи аутрічу за способом</translation>
    </message>
    <message>
        <source>Outreach sessions held, by how they were done: on foot, by car, mobile unit, online or phone.</source>
        <translation>Проведені виходи аутрічу за способом: пішки, автомобілем, мобільний пункт, онлайн або телефоном.</translation>
    </message>
    <message>
        <source>Outreach sessions in the week, by mode.</source>
        <translation>Виходи аутрічу за тиждень, за способом.</translation>
    </message>
    <message>
        <source>Outreach sessions by setting</source>
        <translation>Виходи аутрічу за типом місця</translation>
    </message>
    <message>
        <source>Outreach sessions held, by type of setting (street, hotel, sauna ...).</source>
        <translation>Проведені виходи аутрічу за типом місця (вулиця, готель, сауна ...).</translation>
    </message>
    <message>
        <source>Outreach sessions in the week, by setting.</source>
        <translation>Виходи аутрічу за тиждень, за типом місця.</translation>
    </message>
    <message>
        <source>Outreach contacts</source>
        <translation>Контакти аутрічу</translation>
    </message>
    <message>
        <source>People met on outreach, new and returning (a person met twice counts twice).</source>
        <translation>Люди, яких зустріли на аутрічі, нові та повторні (зустрінутий двічі рахується двічі).</translation>
    </message>
    <message>
        <source>Sum of contacts on outreach sessions in the week.</source>
        <translation>Сума контактів за виходи аутрічу тижня.</translation>
    </message>
    <message>
        <source>Outreach contacts, new and returning</source>
        <translation>Контакти аутрічу, нові та повторні</translation>
    </message>
    <message>
        <source>Contacts the workers had not met before, and those they had met before.</source>
        <translation>Контакти, яких працівники раніше не зустрічали, і ті, кого вже зустрічали.</translation>
    </message>
    <message>
        <source>Sum of contacts in the week, new and returning.</source>
        <translation>Сума контактів за тиждень, нових і повторних.</translation>
    </message>
    <message>
        <source>Distinct coded people on outreach</source>
        <translation>Різні люди з кодом на аутрічі</translation>
    </message>
    <message>
        <source>Different registered clients whose code was noted on an outreach session.</source>
        <translation>Різні зареєстровані клієнти, чий код записано під час виходу аутрічу.</translation>
    </message>
    <message>
        <source>Clients with a coded outreach contact in the week.</source>
        <translation>Клієнти з контактом аутрічу за кодом за тиждень.</translation>
    </message>
    <message>
        <source>Male condoms given on outreach</source>
        <translation>Чоловічі презервативи на аутрічі</translation>
    </message>
    <message>
        <source>Number of male condoms handed out by outreach workers.</source>
        <translation>Кількість чоловічих презервативів, виданих аутріч-працівниками.</translation>
    </message>
    <message>
        <source>Female condoms given on outreach</source>
        <translation>Жіночі презервативи на аутрічі</translation>
    </message>
    <message>
        <source>Number of female condoms handed out by outreach workers.</source>
        <translation>Кількість жіночих презервативів, виданих аутріч-працівниками.</translation>
    </message>
    <message>
        <source>Lubricant given on outreach</source>
        <translation>Лубрикант на аутрічі</translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes handed out by outreach workers.</source>
        <translation>Кількість пакетиків або тюбиків лубриканту, виданих аутріч-працівниками.</translation>
    </message>
    <message>
        <source>Leaflets given on outreach</source>
        <translation>Листівки на аутрічі</translation>
    </message>
    <message>
        <source>Number of leaflets handed out by outreach workers.</source>
        <translation>Кількість листівок, виданих аутріч-працівниками.</translation>
    </message>
    <message>
        <source>Mini-session hours</source>
        <translation>Години міні-сесій</translation>
    </message>
    <message>
        <source>Time spent on mini-sessions (HIV, STIs, rights ...) during outreach.</source>
        <translation>Час міні-сесій (ВІЛ, ІПСШ, права ...) під час аутрічу.</translation>
    </message>
    <message>
        <source>Sum of mini-session minutes in the week, in hours.</source>
        <translation>Сума хвилин міні-сесій за тиждень, у годинах.</translation>
    </message>
    <message>
        <source>Referrals made on outreach</source>
        <translation>Направлення на аутрічі</translation>
    </message>
    <message>
        <source>Referrals to partner services made during outreach.</source>
        <translation>Направлення до партнерських служб, зроблені під час аутрічу.</translation>
    </message>
    <message>
        <source>Outreach referrals in the week.</source>
        <translation>Направлення аутрічу за тиждень.</translation>
    </message>
    <message>
        <source>Referrals with accompaniment</source>
        <translation>Направлення із супроводом</translation>
    </message>
    <message>
        <source>Outreach referrals where a worker went along.</source>
        <translation>Направлення аутрічу, коли працівник супроводжував людину.</translation>
    </message>
    <message>
        <source>Accompanied outreach referrals in the week.</source>
        <translation>Направлення аутрічу із супроводом за тиждень.</translation>
    </message>
    <message>
        <source>Gatekeepers contacted</source>
        <translation>Контакти з «воротарями»</translation>
    </message>
    <message>
        <source>Venue owners, administrators and other gatekeepers spoken to.</source>
        <translation>Власники закладів, адміністратори та інші «воротарі», з якими поговорили.</translation>
    </message>
    <message>
        <source>Sum of gatekeepers on outreach sessions in the week.</source>
        <translation>Сума «воротарів» за виходи аутрічу тижня.</translation>
    </message>
    <message>
        <source>Outreach contacts by area</source>
        <translation>Контакти аутрічу за районами</translation>
    </message>
    <message>
        <source>Coverage: contacts in each outreach area (district).</source>
        <translation>Охоплення: контакти в кожному районі аутрічу.</translation>
    </message>
    <message>
        <source>Contacts in the week, by area.</source>
        <translation>Контакти за тиждень, за районами.</translation>
    </message>
    <message>
        <source>Community events by type</source>
        <translation>Заходи спільноти за типом</translation>
    </message>
    <message>
        <source>Workshops, self-help groups, peer-education sessions and key-date events held.</source>
        <translation>Проведені майстер-класи, групи самодопомоги, заняття рівного навчання та заходи пам’ятних дат.</translation>
    </message>
    <message>
        <source>Events in the week, by type.</source>
        <translation>Заходи за тиждень, за типом.</translation>
    </message>
    <message>
        <source>Community event attendance</source>
        <translation>Учасники заходів спільноти</translation>
    </message>
    <message>
        <source>People at community events, counted and coded.</source>
        <translation>Люди на заходах спільноти, пораховані та з кодом.</translation>
    </message>
    <message>
        <source>Attendance at events in the week.</source>
        <translation>Учасники заходів за тиждень.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <extracomment>Labels for category codes the areas are known to use; other codes are shown tidied up.</extracomment>
        <translation>Прийшов(ла) сам(а)</translation>
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
        <translation>Аутріч</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>У супроводі</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жінка</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловік</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Трансгендерна жінка</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Трансгендерний чоловік</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небінарна особа</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Non-reactive</source>
        <translation>Нереактивний</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Реактивний</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недійсний</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Забезпечено житлом</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Повернення додому</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлено в іншу установу</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Вибуття без попередження</translation>
    </message>
    <message>
        <source>7 days or fewer</source>
        <extracomment>Labels for bucket codes that have no list of their own elsewhere</extracomment>
        <translation>7 днів або менше</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>8–14 днів</translation>
    </message>
    <message>
        <source>15 to 30 days</source>
        <translation>15–30 днів</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>Понад 30 днів</translation>
    </message>
    <message>
        <source>Access to confidential records</source>
        <extracomment>events on the audit log, not people: shown exactly (kind STOCK), so a board sees even one</extracomment>
        <translation>Доступ до конфіденційних записів</translation>
    </message>
    <message>
        <source>Break-glass openings</source>
        <translation>Екстрені доступи</translation>
    </message>
    <message>
        <source>HIV test records opened by a manager through the logged break-glass, with a reason.</source>
        <translation>Записи про тести на ВІЛ, відкриті керівником через записуваний екстрений доступ із зазначенням причини.</translation>
    </message>
    <message>
        <source>Break-glass entries in the audit log in the week.</source>
        <translation>Записи про екстрений доступ у журналі аудиту за тиждень.</translation>
    </message>
    <message>
        <source>Accounts given access to HIV results</source>
        <translation>Облікові записи з доступом до результатів на ВІЛ</translation>
    </message>
    <message>
        <source>Staff accounts created with, or changed to, a role that reads HIV test results.</source>
        <translation>Облікові записи працівників, створені з роллю, що бачить результати тестів на ВІЛ, або переведені на неї.</translation>
    </message>
    <message>
        <source>Account creations and role changes to such a role in the week.</source>
        <translation>Створення облікових записів і зміни ролі на таку роль за тиждень.</translation>
    </message>
    <message>
        <source>Password resets</source>
        <translation>Скидання паролів</translation>
    </message>
    <message>
        <source>Staff passwords reset by a manager (the owner must choose a new one).</source>
        <translation>Паролі працівників, скинуті керівником (власник має вибрати новий).</translation>
    </message>
    <message>
        <source>Password resets in the audit log in the week.</source>
        <translation>Скидання паролів у журналі аудиту за тиждень.</translation>
    </message>
    <message>
        <source>Database restores</source>
        <translation>Відновлення бази даних</translation>
    </message>
    <message>
        <source>Times the database was replaced by a backup.</source>
        <translation>Скільки разів базу даних замінювали резервною копією.</translation>
    </message>
    <message>
        <source>Restore entries in the audit log in the week.</source>
        <translation>Записи про відновлення в журналі аудиту за тиждень.</translation>
    </message>
    <message>
        <source>Violence and rights violations</source>
        <translation>Насильство та порушення прав</translation>
    </message>
    <message>
        <source>Incidents recorded</source>
        <translation>Записано випадків</translation>
    </message>
    <message>
        <source>Incidents of violence or rights violations recorded in the week, including those opened at check-in.</source>
        <translation>Випадки насильства або порушення прав, записані за тиждень, включно з відкритими під час реєстрації візиту.</translation>
    </message>
    <message>
        <source>Incidents recorded in the week that are not voided.</source>
        <translation>Неанульовані випадки, записані за тиждень.</translation>
    </message>
    <message>
        <source>Referred for legal help</source>
        <translation>Направлено по юридичну допомогу</translation>
    </message>
    <message>
        <source>Incidents recorded in the week that were handed to the legal advisor or given a legal consultation.</source>
        <translation>Випадки, записані за тиждень, передані юристу або з наданою юридичною консультацією.</translation>
    </message>
    <message>
        <source>Incidents recorded in the week opened at check-in or with legal consultation.</source>
        <translation>Випадки за тиждень, відкриті під час реєстрації візиту або з юридичною консультацією.</translation>
    </message>
    <message>
        <source>People counselled before a test</source>
        <translation>Люди, які отримали консультування перед тестом</translation>
    </message>
    <message>
        <source>Different people who had pre-test counselling.</source>
        <translation>Різні люди, які отримали дотестове консультування.</translation>
    </message>
    <message>
        <source>Clients with a pre-test counselling session in the period.</source>
        <translation>Клієнти з дотестовим консультуванням за період.</translation>
    </message>
    <message>
        <source>People tested who received their result</source>
        <translation>Протестовані люди, які отримали результат</translation>
    </message>
    <message>
        <source>Different people who got a final result (non-reactive or reactive) and were told it (HTS_TST style). People already known to be positive or on treatment are not included.</source>
        <translation>Різні люди, які отримали остаточний результат (нереактивний або реактивний) і дізналися його (як HTS_TST). Люди з уже відомим позитивним статусом або на лікуванні не враховані.</translation>
    </message>
    <message>
        <source>Clients with a final result given in the period, not known positive.</source>
        <translation>Клієнти, яким повідомлено остаточний результат за період, без раніше відомих позитивних.</translation>
    </message>
    <message>
        <source>People with a reactive result</source>
        <translation>Люди з реактивним результатом</translation>
    </message>
    <message>
        <source>People tested whose rapid test was reactive. This is not a diagnosis.</source>
        <translation>Протестовані люди, у яких експрес-тест реактивний. Це не діагноз.</translation>
    </message>
    <message>
        <source>People tested with a reactive test in the period.</source>
        <translation>Протестовані люди з реактивним тестом за період.</translation>
    </message>
    <message>
        <source>Positivity (people)</source>
        <translation>Частка позитивних (люди)</translation>
    </message>
    <message>
        <source>Share of people tested whose test was reactive, without people already known to be positive.</source>
        <translation>Частка протестованих людей з реактивним тестом, без людей з уже відомим позитивним статусом.</translation>
    </message>
    <message>
        <source>People with a reactive result.</source>
        <translation>Люди з реактивним результатом.</translation>
    </message>
    <message>
        <source>People tested who received their result.</source>
        <translation>Протестовані люди, які отримали результат.</translation>
    </message>
    <message>
        <source>Retests of people already known positive</source>
        <translation>Повторні тести людей з відомим позитивним статусом</translation>
    </message>
    <message>
        <source>People tested again who were already confirmed positive or said they were on treatment. Shown apart from positivity.</source>
        <translation>Люди, протестовані повторно, у яких позитивний статус уже підтверджено або які сказали, що лікуються. Показані окремо від частки позитивних.</translation>
    </message>
    <message>
        <source>Known positive clients with a final result given in the period.</source>
        <translation>Клієнти з відомим позитивним статусом, які отримали остаточний результат за період.</translation>
    </message>
    <message>
        <source>People tested by age</source>
        <translation>Протестовані люди за віком</translation>
    </message>
    <message>
        <source>People tested who received their result, by age in five-year bands at their first test of the period.</source>
        <translation>Протестовані люди, які отримали результат, за п’ятирічними віковими групами на момент першого тесту за період.</translation>
    </message>
    <message>
        <source>People tested who received their result, by age.</source>
        <translation>Протестовані люди, які отримали результат, за віком.</translation>
    </message>
    <message>
        <source>People tested by gender</source>
        <translation>Протестовані люди за гендером</translation>
    </message>
    <message>
        <source>People tested who received their result, by the gender they gave.</source>
        <translation>Протестовані люди, які отримали результат, за вказаним ними гендером.</translation>
    </message>
    <message>
        <source>People tested who received their result, by gender.</source>
        <translation>Протестовані люди, які отримали результат, за гендером.</translation>
    </message>
    <message>
        <source>People tested by key population</source>
        <translation>Протестовані люди за ключовою групою</translation>
    </message>
    <message>
        <source>People tested who received their result, by key-population type.</source>
        <translation>Протестовані люди, які отримали результат, за типом ключової групи.</translation>
    </message>
    <message>
        <source>People tested by modality</source>
        <translation>Протестовані люди за місцем тестування</translation>
    </message>
    <message>
        <source>People tested who received their result, by testing modality.</source>
        <translation>Протестовані люди, які отримали результат, за місцем тестування.</translation>
    </message>
    <message>
        <source>Tests (not people) by result: non-reactive, reactive or invalid, including repeats.</source>
        <translation>Тести (не люди) за результатом: нереактивний, реактивний або недійсний, включно з повторними.</translation>
    </message>
    <message>
        <source>Tests in the period, by result.</source>
        <translation>Тести за період за результатом.</translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing</source>
        <translation>Направлення на підтверджувальне тестування</translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing made in the period.</source>
        <translation>Направлення на підтверджувальне тестування, видані за період.</translation>
    </message>
    <message>
        <source>Referrals created in the period.</source>
        <translation>Направлення, створені за період.</translation>
    </message>
    <message>
        <source>People newly diagnosed</source>
        <translation>Люди з уперше встановленим діагнозом</translation>
    </message>
    <message>
        <source>People whose confirmatory test was positive in the period, not already diagnosed or on treatment. The denominator of linkage.</source>
        <translation>Люди, у яких підтверджувальний тест за період позитивний, без раніше діагностованих або тих, хто вже лікується. Знаменник для зв’язку з лікуванням.</translation>
    </message>
    <message>
        <source>Clients with a first positive confirmatory result dated in the period.</source>
        <translation>Клієнти з першим позитивним підтверджувальним результатом за період.</translation>
    </message>
    <message>
        <source>Linked to ART within 7 days</source>
        <extracomment>the share of people newly diagnosed linked to ART within each number of days: label, definition, numerator</extracomment>
        <translation>Почали АРТ протягом 7 днів</translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 7 days of the diagnosis.</source>
        <translation>Частка людей з уперше встановленим за період діагнозом, які почали лікування протягом 7 днів після діагнозу.</translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 7 days.</source>
        <translation>Уперше діагностовані люди, які почали АРТ протягом 7 днів.</translation>
    </message>
    <message>
        <source>People newly diagnosed.</source>
        <translation>Люди з уперше встановленим діагнозом.</translation>
    </message>
    <message>
        <source>Linked to ART within 30 days</source>
        <translation>Почали АРТ протягом 30 днів</translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 30 days of the diagnosis.</source>
        <translation>Частка людей з уперше встановленим за період діагнозом, які почали лікування протягом 30 днів після діагнозу.</translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 30 days.</source>
        <translation>Уперше діагностовані люди, які почали АРТ протягом 30 днів.</translation>
    </message>
    <message>
        <source>Linked to ART within 90 days</source>
        <translation>Почали АРТ протягом 90 днів</translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 90 days of the diagnosis.</source>
        <translation>Частка людей з уперше встановленим за період діагнозом, які почали лікування протягом 90 днів після діагнозу.</translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 90 days.</source>
        <translation>Уперше діагностовані люди, які почали АРТ протягом 90 днів.</translation>
    </message>
    <message>
        <source>Median days from diagnosis to ART</source>
        <translation>Медіана днів від діагнозу до АРТ</translation>
    </message>
    <message>
        <source>Middle value of the days from the positive confirmatory test (not the screening test) to the start of treatment.</source>
        <translation>Серединне значення днів від позитивного підтверджувального тесту (не скринінгового) до початку лікування.</translation>
    </message>
    <message>
        <source>Days to ART for people newly diagnosed in the period who started it.</source>
        <translation>Дні до АРТ у людей з уперше встановленим за період діагнозом, які почали лікування.</translation>
    </message>
    <message>
        <source>Open referrals whose due date had passed at the end of the period.</source>
        <translation>Відкриті направлення, строк яких минув до кінця періоду.</translation>
    </message>
    <message>
        <source>Referrals not closed and due before the end of the period.</source>
        <translation>Незакриті направлення зі строком до кінця періоду.</translation>
    </message>
    <message>
        <source>Kits used in the period.</source>
        <translation>Тести, використані за період.</translation>
    </message>
    <message>
        <source>Kits on hand at the end of the period (not expired).</source>
        <translation>Тести в наявності на кінець періоду (не прострочені).</translation>
    </message>
    <message>
        <source>Lots with kits on hand that expire within 60 days of the end of the period.</source>
        <translation>Партії в наявності, строк придатності яких спливає протягом 60 днів після кінця періоду.</translation>
    </message>
    <message>
        <source>Kit-control runs done in the period.</source>
        <translation>Контрольні прогони тестів за період.</translation>
    </message>
    <message>
        <source>QC runs dated in the period.</source>
        <translation>Прогони контролю якості за період.</translation>
    </message>
    <message>
        <source>Nights slept in the period, up to last night.</source>
        <translation>Ночі, проведені за період, до минулої ночі включно.</translation>
    </message>
    <message>
        <source>Bed-nights of accompanying children</source>
        <translation>Ліжко-ночі дітей, які живуть з батьками</translation>
    </message>
    <message>
        <source>Nights spent by children staying with a resident parent, counted beside the residents&apos; own.</source>
        <translation>Ночі дітей, які живуть з батьком чи матір’ю, рахуються поруч із ночами самих мешканців.</translation>
    </message>
    <message>
        <source>Accompanying children times nights slept in the period.</source>
        <translation>Кількість дітей, помножена на проведені ночі за період.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Мешканці</translation>
    </message>
    <message>
        <source>Different people who slept at least one night in the shelter.</source>
        <translation>Різні люди, які провели в притулку хоча б одну ніч.</translation>
    </message>
    <message>
        <source>Clients with a night in the period.</source>
        <translation>Клієнти з ніччю в притулку за період.</translation>
    </message>
    <message>
        <source>Stays with an admission date in the period.</source>
        <translation>Проживання з датою заселення в періоді.</translation>
    </message>
    <message>
        <source>Stays with a discharge date in the period, by outcome.</source>
        <translation>Проживання з датою виїзду в періоді, за підсумком.</translation>
    </message>
    <message>
        <source>Different registered parents present at children&apos;s sessions or parents&apos; workshops.</source>
        <translation>Різні зареєстровані батьки на дитячих заняттях або батьківських зустрічах.</translation>
    </message>
    <message>
        <source>Distinct parents with an attendance in the period.</source>
        <translation>Різні батьки з відвідуванням за період.</translation>
    </message>
    <message>
        <source>Parent attendances</source>
        <translation>Відвідування батьків</translation>
    </message>
    <message>
        <source>Each parent present at each session, plus parents counted without a code.</source>
        <translation>Кожен із батьків на кожному занятті, плюс батьки, пораховані без коду.</translation>
    </message>
    <message>
        <source>Parent attendance marks and head-counts in the period.</source>
        <translation>Позначки відвідувань батьків і підрахунок за головами за період.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охоплені люди</translation>
    </message>
    <message>
        <source>People reached across all services</source>
        <translation>Люди, охоплені всіма послугами</translation>
    </message>
    <message>
        <source>Different registered people who came to a visit, had an HIV test, stayed in the shelter or came to a children&apos;s session as a parent. Each person counts once.</source>
        <translation>Різні зареєстровані люди, які прийшли на візит, пройшли тест на ВІЛ, жили в притулку або прийшли на дитяче заняття як батьки. Кожна людина рахується один раз.</translation>
    </message>
    <message>
        <source>Clients with any service in the period.</source>
        <translation>Клієнти з будь-якою послугою за період.</translation>
    </message>
    <message>
        <source>People reached with the defined package</source>
        <translation>Люди, охоплені визначеним пакетом</translation>
    </message>
    <message>
        <source>Different people who received every part of the prevention package the centre defined (KP_PREV style).</source>
        <translation>Різні люди, які отримали всі частини профілактичного пакета, визначеного центром (як KP_PREV).</translation>
    </message>
    <message>
        <source>Clients who received the whole package in the period.</source>
        <translation>Клієнти, які отримали весь пакет за період.</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>До 15</translation>
    </message>
    <message>
        <source>15 to 19</source>
        <translation>15–19</translation>
    </message>
    <message>
        <source>20 to 24</source>
        <translation>20–24</translation>
    </message>
    <message>
        <source>25 to 29</source>
        <translation>25–29</translation>
    </message>
    <message>
        <source>30 to 34</source>
        <translation>30–34</translation>
    </message>
    <message>
        <source>35 to 39</source>
        <translation>35–39</translation>
    </message>
    <message>
        <source>40 to 44</source>
        <translation>40–44</translation>
    </message>
    <message>
        <source>45 to 49</source>
        <translation>45–49</translation>
    </message>
    <message>
        <source>50 or older</source>
        <translation>50 і старше</translation>
    </message>
    <message>
        <source>Female sex workers</source>
        <translation>Секс-працівниці</translation>
    </message>
    <message>
        <source>Male sex workers</source>
        <translation>Секс-працівники</translation>
    </message>
    <message>
        <source>Transgender people</source>
        <translation>Трансгендерні люди</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Інше або не вказано</translation>
    </message>
    <message>
        <source>At the drop-in</source>
        <translation>У центрі</translation>
    </message>
    <message>
        <source>Other community testing</source>
        <translation>Інше тестування в громаді</translation>
    </message>
</context>
<context>
    <name>InvalidChoice</name>
    <message>
        <source>No problem seen</source>
        <translation>Проблем не видно</translation>
    </message>
</context>
<context>
    <name>InvalidReason</name>
    <message>
        <source>No control line</source>
        <translation>Немає контрольної лінії</translation>
    </message>
    <message>
        <source>Background colour hides the lines</source>
        <translation>Фон заважає побачити лінії</translation>
    </message>
    <message>
        <source>Lines outside the C or T zone</source>
        <translation>Лінії поза зонами C або T</translation>
    </message>
    <message>
        <source>Partial line</source>
        <translation>Неповна лінія</translation>
    </message>
    <message>
        <source>Not read within 40 minutes</source>
        <translation>Не зчитано протягом 40 хвилин</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Редагувати послугу</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Нова послуга</translation>
    </message>
    <message>
        <source>e.g. hair_cut (cannot be changed later)</source>
        <translation>напр., hair_cut (згодом змінити не можна)</translation>
    </message>
    <message>
        <source>Ask for a quantity</source>
        <translation>Запитувати кількість</translation>
    </message>
    <message>
        <source>Ask where the person was referred to</source>
        <translation>Запитувати, куди направлено людину</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
</context>
<context>
    <name>KitSource</name>
    <message>
        <source>Donation</source>
        <translation>Пожертва</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Закупівля</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <source>Please enter the kit name.</source>
        <translation>Введіть назву набору.</translation>
    </message>
    <message>
        <source>Please enter the lot number printed on the box.</source>
        <translation>Введіть номер серії, надрукований на коробці.</translation>
    </message>
    <message>
        <source>Please enter the expiry date.</source>
        <translation>Введіть дату закінчення терміну придатності.</translation>
    </message>
    <message>
        <source>These kits are already expired; expired kits cannot be taken into stock.</source>
        <translation>Термін придатності цих наборів уже минув; прострочені набори не можна додати до запасу.</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>Дата отримання не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Please enter how many kits arrived (a whole number above zero).</source>
        <translation>Введіть, скільки наборів надійшло (ціле число, більше за нуль).</translation>
    </message>
    <message>
        <source>Please choose whether the kits were donated or bought.</source>
        <translation>Виберіть, чи набори отримано як пожертву, чи закуплено.</translation>
    </message>
    <message>
        <source>The arrival temperature must be between -30 and 60 °C.</source>
        <translation>Температура під час надходження має бути від -30 до 60 °C.</translation>
    </message>
    <message>
        <source>Lot {lot} is already in stock with expiry {date}. Check the box label.</source>
        <translation>Серія {lot} уже є в запасі з терміном придатності до {date}. Перевірте етикетку на коробці.</translation>
    </message>
    <message>
        <source>Please choose why the kits are discarded.</source>
        <translation>Виберіть причину списання наборів.</translation>
    </message>
    <message>
        <source>Please enter how many kits are discarded (a whole number above zero).</source>
        <translation>Введіть, скільки наборів списується (ціле число, більше за нуль).</translation>
    </message>
    <message>
        <source>This kit lot does not exist.</source>
        <translation>Такої серії наборів не існує.</translation>
    </message>
    <message>
        <source>Only {n} kits of lot {lot} are on hand.</source>
        <translation>Наборів серії {lot} у наявності лише: {n}.</translation>
    </message>
    <message>
        <source>Please enter the number of kits counted (zero or more).</source>
        <translation>Введіть кількість перерахованих наборів (нуль або більше).</translation>
    </message>
    <message>
        <source>The books show {n} kits; you counted more. Record the extra kits as a new shipment instead.</source>
        <translation>За обліком наборів: {n}; ви нарахували більше. Натомість запишіть зайві набори як нову поставку.</translation>
    </message>
    <message>
        <source>Lot {lot} ({kit}) expired on {date}; {n} kits must be discarded.</source>
        <translation>Термін придатності серії {lot} ({kit}) минув {date}; потрібно списати наборів: {n}.</translation>
    </message>
    <message>
        <source>Lot {lot} ({kit}) expires on {date} with {n} kits left: use it first.</source>
        <translation>Термін придатності серії {lot} ({kit}) спливає {date}, залишилося наборів: {n}. Використайте її першою.</translation>
    </message>
    <message>
        <source>Only {n} usable {kit} kits are left: order more.</source>
        <translation>Придатних наборів {kit} залишилося лише: {n}. Замовте ще.</translation>
    </message>
    <message>
        <source>There are no usable test kits in stock.</source>
        <translation>У запасі немає придатних тест-наборів.</translation>
    </message>
    <message>
        <source>Please choose why the kit controls are run.</source>
        <translation>Виберіть причину перевірки контрольними зразками.</translation>
    </message>
    <message>
        <source>A quality-control run cannot be in the future.</source>
        <translation>Перевірка контролю якості не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Kits used for a control run must be between 0 and 10.</source>
        <translation>Кількість наборів для контрольної перевірки має бути від 0 до 10.</translation>
    </message>
    <message>
        <source>Please choose the kit lot.</source>
        <translation>Виберіть серію набору.</translation>
    </message>
    <message>
        <source>This lot has expired; expired kits cannot be used.</source>
        <translation>Термін придатності цієї серії минув; прострочені набори використовувати не можна.</translation>
    </message>
    <message>
        <source>Please enter the storage temperature.</source>
        <translation>Введіть температуру зберігання.</translation>
    </message>
    <message>
        <source>A temperature must be between -30 and 60 °C.</source>
        <translation>Температура має бути від -30 до 60 °C.</translation>
    </message>
    <message>
        <source>A temperature reading cannot be in the future.</source>
        <translation>Вимірювання температури не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Kit controls are due for the new lot {lot} ({kit}).</source>
        <translation>Потрібна перевірка контрольними зразками для нової серії {lot} ({kit}).</translation>
    </message>
    <message>
        <source>Kit controls are due for the shipment of lot {lot} received on {date}.</source>
        <translation>Потрібна перевірка контрольними зразками для поставки серії {lot}, отриманої {date}.</translation>
    </message>
    <message>
        <source>Lot {lot} arrived at {temp} °C, outside 2–27 °C: run the kit controls.</source>
        <translation>Серія {lot} надійшла за температури {temp} °C, поза межами 2–27 °C: проведіть перевірку контрольними зразками.</translation>
    </message>
    <message>
        <source>The monthly kit-control run is due for lot {lot}.</source>
        <translation>Щомісячний контроль наборів для партії {lot} прострочено.</translation>
    </message>
    <message>
        <source>The testing room was last read at {temp} °C, outside 15–37 °C: tests may give wrong results.</source>
        <translation>Останнє вимірювання в кімнаті тестування: {temp} °C, поза 15–37 °C: тести можуть дати хибний результат.</translation>
    </message>
    <message>
        <source>This is your first test: run the kit controls yourself first.</source>
        <translation>Це ваш перший тест: спершу самі проведіть контроль наборів.</translation>
    </message>
    <message>
        <source>This kit may not be used for a client test yet:
{reasons}
Run the kit controls, or write why you test anyway (at least {n} characters).</source>
        <translation>Цей набір поки не можна використати для тесту клієнта:
{reasons}
Проведіть контроль наборів або напишіть, чому все ж тестуєте (щонайменше {n} символів).</translation>
    </message>
    <message>
        <source>Kit controls are due for the new counsellor {name}.</source>
        <translation>Потрібна перевірка контрольними зразками для нового консультанта: {name}.</translation>
    </message>
    <message>
        <source>The temperature was out of range on {date}: run the kit controls before testing.</source>
        <translation>{date} температура була поза допустимими межами: перед тестуванням проведіть перевірку контрольними зразками.</translation>
    </message>
    <message>
        <source>Today&apos;s temperature reading has not been logged yet.</source>
        <translation>Сьогоднішню температуру ще не записано.</translation>
    </message>
</context>
<context>
    <name>LineChoice</name>
    <message>
        <source>— choose —</source>
        <translation>— оберіть —</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Видно</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Не видно</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Retire or bring back</source>
        <translation>&amp;Архівувати або повернути</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <extracomment>the shortest wait between two looks at the clock (no busy loop just before the deadline)</extracomment>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>The screen is locked to protect the data. {name}, type your password to continue.</source>
        <translation>Екран заблоковано для захисту даних. {name}, введіть свій пароль, щоб продовжити.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Змінити користувача</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Перевірка пароля…</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again.</source>
        <translation>Не вдалося перевірити пароль. Спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. After %n failed attempts in a row the account also waits a while before it accepts its password again.</source>
        <translation>
            <numerusform>Неправильний пароль. Після %n невдалої спроби поспіль обліковий запис ще деякий час не приймає пароль.</numerusform>
            <numerusform>Неправильний пароль. Після %n невдалих спроб поспіль обліковий запис ще деякий час не приймає пароль.</numerusform>
            <numerusform>Неправильний пароль. Після %n невдалих спроб поспіль обліковий запис ще деякий час не приймає пароль.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Use your own account: what you do is recorded under your name.</source>
        <translation>Використовуйте власний обліковий запис: усі ваші дії записуються під вашим ім’ям.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Перевірка пароля…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This area is not available yet.</source>
        <translation>Цей розділ поки недоступний.</translation>
    </message>
    <message>
        <source>This area could not be opened because of an error. The error was logged; the other areas work as usual.</source>
        <translation>Цей розділ не вдалося відкрити через помилку. Помилку записано в журнал; інші розділи працюють як зазвичай.</translation>
    </message>
    <message>
        <source>dropin</source>
        <extracomment>the user chose another interface language (already saved for them)</extracomment>
        <translation>dropin</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Немає що показати</translation>
    </message>
    <message>
        <source>Your role has no areas in this program. Please ask a manager.</source>
        <translation>Для вашої ролі в цій програмі немає доступних розділів. Зверніться до керівника.</translation>
    </message>
    <message>
        <source>Logged in: {name}</source>
        <translation>Користувач: {name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Роль: {role}</translation>
    </message>
    <message>
        <source>&amp;dropin</source>
        <translation>&amp;dropin</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Змінити мій &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Вийти з облікового запису</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Закрити програму</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Світла тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Темна тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Pseudo-translation (layout check)</source>
        <translation>Псевдопереклад (перевірка макета)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About dropin</source>
        <translation>&amp;Про програму dropin</translation>
    </message>
    <message>
        <source>dropin (locked)</source>
        <translation>dropin (заблоковано)</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>{code}  ({nickname}), last visit {date}</source>
        <translation>{code}  ({nickname}), останній візит {date}</translation>
    </message>
    <message>
        <source>{code}  ({nickname}), no visits yet</source>
        <translation>{code}  ({nickname}), візитів ще не було</translation>
    </message>
    <message>
        <source>{code}, last visit {date}</source>
        <translation>{code}, останній візит {date}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Front desk</source>
        <translation>Рецепція</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестування</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Притулок</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутріч</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Випадки</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>This area does not exist.</source>
        <translation>Такого району немає.</translation>
    </message>
    <message>
        <source>Please enter the name of the area.</source>
        <translation>Введіть назву району.</translation>
    </message>
    <message>
        <source>The name can have at most 80 characters.</source>
        <translation>Назва — не довша за 80 символів.</translation>
    </message>
    <message>
        <source>Please name a district, not an address.</source>
        <translation>Вкажіть район, а не адресу.</translation>
    </message>
    <message>
        <source>An area with this name already exists.</source>
        <translation>Район із такою назвою вже є.</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Пішки</translation>
    </message>
    <message>
        <source>By car</source>
        <translation>Автомобілем</translation>
    </message>
    <message>
        <source>Mobile unit</source>
        <translation>Мобільний пункт</translation>
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
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Highway</source>
        <translation>Траса</translation>
    </message>
    <message>
        <source>Park or public place</source>
        <translation>Парк або громадське місце</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Готель</translation>
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
        <translation>Масажний салон</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Bar or club</source>
        <translation>Бар або клуб</translation>
    </message>
    <message>
        <source>Escort or online</source>
        <translation>Ескорт або онлайн</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>ВІЛ</translation>
    </message>
    <message>
        <source>STIs</source>
        <translation>ІПСШ</translation>
    </message>
    <message>
        <source>Sexual and reproductive health</source>
        <translation>Сексуальне та репродуктивне здоров’я</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>Туберкульоз</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Алкоголь і наркотики</translation>
    </message>
    <message>
        <source>Condom use and negotiation</source>
        <translation>Презервативи: як користуватися і домовлятися</translation>
    </message>
    <message>
        <source>Rights and the law</source>
        <translation>Права і закон</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Насильство</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискримінація</translation>
    </message>
    <message>
        <source>Registration and identity card</source>
        <translation>Реєстрація та посвідчення особи</translation>
    </message>
    <message>
        <source>Community mobilisation</source>
        <translation>Мобілізація спільноти</translation>
    </message>
    <message>
        <source>Male condoms</source>
        <extracomment>commodities handed out: the column on a session and the front desk catalogue code it matches</extracomment>
        <translation>Чоловічі презервативи</translation>
    </message>
    <message>
        <source>Female condoms</source>
        <translation>Жіночі презервативи</translation>
    </message>
    <message>
        <source>Lubricant</source>
        <translation>Лубрикант</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Листівки</translation>
    </message>
    <message>
        <source>New contacts</source>
        <extracomment>the counters of the tally (session columns), in entry order</extracomment>
        <translation>Нові контакти</translation>
    </message>
    <message>
        <source>Returning contacts</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <source>Gatekeepers contacted</source>
        <translation>Контакти з «воротарями»</translation>
    </message>
    <message>
        <source>Mini-session minutes</source>
        <translation>Хвилини міні-сесій</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>the two kinds of contact (report categories)</extracomment>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Повторні</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>Self-help group</source>
        <translation>Група самодопомоги</translation>
    </message>
    <message>
        <source>Peer-education session</source>
        <translation>Заняття рівного навчання</translation>
    </message>
    <message>
        <source>Key date event</source>
        <translation>Захід пам’ятної дати</translation>
    </message>
    <message>
        <source>17 December: International Day to End Violence against Sex Workers</source>
        <extracomment>the community&apos;s key dates: code -&gt; (month, day, label)</extracomment>
        <translation>17 грудня: Міжнародний день боротьби з насильством щодо секс-працівників</translation>
    </message>
    <message>
        <source>3 March: International Sex Workers&apos; Day</source>
        <translation>3 березня: Міжнародний день секс-працівників</translation>
    </message>
    <message>
        <source>2 June: International Sex Workers&apos; Rights Day</source>
        <translation>2 червня: Міжнародний день прав секс-працівників</translation>
    </message>
    <message>
        <source>There is no client with the code {code}. Please check the whole code; parts of a code are not looked up.</source>
        <extracomment>roles whose staff go out on outreach or run community events</extracomment>
        <translation>Клієнта з кодом {code} немає. Перевірте код повністю: за частиною коду пошук не виконується.</translation>
    </message>
    <message>
        <source>One of the staff members chosen does not exist.</source>
        <translation>Одного з вибраних працівників немає.</translation>
    </message>
    <message>
        <source>The note can have at most {n} characters.</source>
        <translation>Нотатка — не довша за {n} символів.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Введіть ціле число.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Кількість не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Please enter a number up to {n}.</source>
        <translation>Введіть число не більше {n}.</translation>
    </message>
    <message>
        <source>This event does not exist.</source>
        <translation>Такого заходу немає.</translation>
    </message>
    <message>
        <source>Only the facilitators of an event, or a manager, may change it.</source>
        <translation>Змінити захід можуть лише його ведучі або керівник.</translation>
    </message>
    <message>
        <source>Please enter the date of the event.</source>
        <translation>Введіть дату заходу.</translation>
    </message>
    <message>
        <source>Events are recorded once they have taken place.</source>
        <translation>Заходи записуються після того, як вони відбулися.</translation>
    </message>
    <message>
        <source>Please choose the type of event.</source>
        <translation>Виберіть тип заходу.</translation>
    </message>
    <message>
        <source>Please choose which key date the event marks.</source>
        <translation>Виберіть, яку пам’ятну дату відзначає захід.</translation>
    </message>
    <message>
        <source>Please enter the topic.</source>
        <translation>Введіть тему.</translation>
    </message>
    <message>
        <source>The topic can have at most 200 characters.</source>
        <translation>Тема — не довша за 200 символів.</translation>
    </message>
    <message>
        <source>Please choose at least one facilitator.</source>
        <translation>Виберіть принаймні одного ведучого.</translation>
    </message>
    <message>
        <source>This outreach session does not exist.</source>
        <extracomment>the session has coded contacts this user may not see (not one of its workers)</extracomment>
        <translation>Такого виходу аутрічу немає.</translation>
    </message>
    <message>
        <source>Only the workers on a session, or a manager, may change it.</source>
        <translation>Змінити вихід можуть лише його працівники або керівник.</translation>
    </message>
    <message>
        <source>Please enter the date of the session.</source>
        <translation>Введіть дату виходу.</translation>
    </message>
    <message>
        <source>The session date cannot be in the future.</source>
        <translation>Дата виходу не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>The session date is more than a year ago. Please check it.</source>
        <translation>Дата виходу — понад рік тому. Перевірте її.</translation>
    </message>
    <message>
        <source>Please choose how the outreach was done.</source>
        <translation>Виберіть спосіб аутрічу.</translation>
    </message>
    <message>
        <source>Please choose the type of setting.</source>
        <translation>Виберіть тип місця.</translation>
    </message>
    <message>
        <source>Please choose the area.</source>
        <translation>Виберіть район.</translation>
    </message>
    <message>
        <source>The area {name} is retired. Please choose another area.</source>
        <translation>Район {name} більше не використовується. Виберіть інший район.</translation>
    </message>
    <message>
        <source>Please choose topics from the list.</source>
        <translation>Виберіть теми зі списку.</translation>
    </message>
    <message>
        <source>Please tick the topics of the mini-sessions.</source>
        <translation>Позначте теми міні-сесій.</translation>
    </message>
    <message>
        <source>Please choose at least one worker.</source>
        <translation>Виберіть принаймні одного працівника.</translation>
    </message>
    <message numerus="yes">
        <source>%n client code(s) were given but fewer contacts were counted. Please count every coded person as a contact.</source>
        <translation>
            <numerusform>Вказано %n код клієнта, але контактів пораховано менше. Рахуйте кожну людину з кодом контактом.</numerusform>
            <numerusform>Вказано %n коди клієнтів, але контактів пораховано менше. Рахуйте кожну людину з кодом контактом.</numerusform>
            <numerusform>Вказано %n кодів клієнтів, але контактів пораховано менше. Рахуйте кожну людину з кодом контактом.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the referral destinations does not exist.</source>
        <translation>Одного з адресатів направлення немає.</translation>
    </message>
    <message>
        <source>Outreach tally sheet</source>
        <translation>Бланк обліку аутрічу</translation>
    </message>
    <message>
        <source>Write counts and ticks only. Never write a name, a telephone number or an address.</source>
        <translation>Пишіть лише числа та позначки. Ніколи не пишіть імена, телефони чи адреси.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Тривалість (хвилини)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Працівники</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Лічба</translation>
    </message>
    <message>
        <source>Make a tally mark for each one; add up at the end of the shift.</source>
        <translation>Ставте рисочку за кожного; наприкінці зміни складіть.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Tally marks</source>
        <translation>Рисочки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Mini-session topics</source>
        <translation>Теми міні-сесій</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Із супроводом</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Client codes (only of people who agree)</source>
        <translation>Коди клієнтів (лише за їхньою згодою)</translation>
    </message>
    <message>
        <source>Note (no names)</source>
        <translation>Нотатка (без імен)</translation>
    </message>
    <message>
        <source>Outreach tally sheet: type it in under Outreach, Record a session.</source>
        <translation>Бланк обліку аутрічу: внесіть його в розділі «Аутріч», «Записати вихід».</translation>
    </message>
</context>
<context>
    <name>OutreachAreaDialog</name>
    <message>
        <source>Change the area</source>
        <translation>Змінити район</translation>
    </message>
    <message>
        <source>New outreach area</source>
        <translation>Новий район аутрічу</translation>
    </message>
    <message>
        <source>A district or town, never an address</source>
        <translation>Район або місто, ніколи не адреса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
</context>
<context>
    <name>OutreachAreasEditor</name>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>не використовується</translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>Дода&amp;ти район…</translation>
    </message>
    <message>
        <source>Select an area first.</source>
        <translation>Спершу виберіть район.</translation>
    </message>
</context>
<context>
    <name>OutreachCoverageTab</name>
    <message>
        <source>Weeks shown</source>
        <translation>Показано тижнів</translation>
    </message>
    <message>
        <source>Mark areas not visited for (weeks)</source>
        <translation>Позначити райони без виходів (тижнів)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (не використовується)</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Останній вихід</translation>
    </message>
    <message numerus="yes">
        <source>Not visited for %n week(s) or more: {areas}</source>
        <translation>
            <numerusform>Без виходів %n тиждень або довше: {areas}</numerusform>
            <numerusform>Без виходів %n тижні або довше: {areas}</numerusform>
            <numerusform>Без виходів %n тижнів або довше: {areas}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every area had a session in the last %n week(s).</source>
        <translation>
            <numerusform>У кожному районі був вихід за останній %n тиждень.</numerusform>
            <numerusform>У кожному районі був вихід за останні %n тижні.</numerusform>
            <numerusform>У кожному районі був вихід за останні %n тижнів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachEventsTab</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Whole client codes of people who agree, separated by spaces</source>
        <translation>Повні коди клієнтів, які згодні, через пробіл</translation>
    </message>
    <message>
        <source>No names, telephone numbers or addresses</source>
        <translation>Без імен, телефонів і адрес</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Очистити форму</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Пам’ятна дата</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ведучі</translation>
    </message>
    <message>
        <source>People counted (without a code)</source>
        <translation>Пораховано людей (без коду)</translation>
    </message>
    <message>
        <source>Client codes</source>
        <translation>Коди клієнтів</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>V&amp;oid the selected event…</source>
        <translation>&amp;Анулювати вибраний захід…</translation>
    </message>
    <message>
        <source>Record a community event</source>
        <translation>Записати захід спільноти</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>&amp;Зберегти захід</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>Змінити захід</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Зберегти зміни</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Спершу виберіть захід.</translation>
    </message>
    <message>
        <source>Void the event</source>
        <translation>Анулювати захід</translation>
    </message>
    <message>
        <source>Why is this event voided?</source>
        <translation>Чому захід анулюється?</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Record a session</source>
        <translation>Записати вихід</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Виходи</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>Заходи спільноти</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Райони</translation>
    </message>
</context>
<context>
    <name>OutreachSessionForm</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Тривал&amp;ість</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Спосіб</translation>
    </message>
    <message>
        <source>Sett&amp;ing</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <source>Whole client codes of people who agree, separated by spaces</source>
        <translation>Повні коди клієнтів, які згодні, через пробіл</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Із супроводом</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>Додати направ&amp;лення</translation>
    </message>
    <message>
        <source>Clear referrals</source>
        <translation>Очистити направлення</translation>
    </message>
    <message>
        <source>No names, telephone numbers or addresses</source>
        <translation>Без імен, телефонів і адрес</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>&amp;Теми</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>Пра&amp;цівники</translation>
    </message>
    <message>
        <source>Client &amp;codes</source>
        <translation>&amp;Коди клієнтів</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Нотатка</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Очистити форму</translation>
    </message>
    <message>
        <source>Print a blank tally sheet…</source>
        <translation>Друк порожнього бланка обліку…</translation>
    </message>
    <message>
        <source>Language of the tally sheet</source>
        <translation>Мова бланка обліку</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Лічба</translation>
    </message>
    <message>
        <source>Topics, workers and referrals</source>
        <translation>Теми, працівники та направлення</translation>
    </message>
    <message>
        <source>Record an outreach session</source>
        <translation>Записати вихід аутрічу</translation>
    </message>
    <message>
        <source>&amp;Save session (Enter)</source>
        <translation>&amp;Зберегти вихід (Enter)</translation>
    </message>
    <message>
        <source>Change the outreach session of {date}</source>
        <translation>Змінити вихід аутрічу від {date}</translation>
    </message>
    <message>
        <source>&amp;Save changes (Enter)</source>
        <translation>&amp;Зберегти зміни (Enter)</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Скасувати зміну</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Зміни збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n contact(s) in {area}.</source>
        <translation>
            <numerusform>Збережено: %n контакт, {area}.</numerusform>
            <numerusform>Збережено: %n контакти, {area}.</numerusform>
            <numerusform>Збережено: %n контактів, {area}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no referral destinations yet. A manager adds them under Admin, Services.</source>
        <translation>Адресатів направлень поки немає. Керівник додає їх у розділі «Адміністрування», «Послуги».</translation>
    </message>
    <message>
        <source>{name} (accompanied)</source>
        <translation>{name} (із супроводом)</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Направлень немає</translation>
    </message>
    <message>
        <source>Save a blank tally sheet</source>
        <translation>Зберегти порожній бланк обліку</translation>
    </message>
    <message>
        <source>outreach-tally-sheet.pdf</source>
        <translation>blank-obliku-autrichu.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The tally sheet was saved.</source>
        <translation>Бланк обліку збережено.</translation>
    </message>
</context>
<context>
    <name>OutreachSessionsTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Повторні</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation>Презервативи</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Працівники</translation>
    </message>
    <message>
        <source>&amp;Change the selected session</source>
        <translation>&amp;Змінити вибраний вихід</translation>
    </message>
    <message>
        <source>V&amp;oid the selected session…</source>
        <translation>&amp;Анулювати вибраний вихід…</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Спершу виберіть вихід.</translation>
    </message>
    <message>
        <source>Void the session</source>
        <translation>Анулювати вихід</translation>
    </message>
    <message>
        <source>Why is this session voided?</source>
        <translation>Чому вихід анулюється?</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Прострочене відстеження направлень</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Днів прострочено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куди направлено</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Спроби зв’язку</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Остання спроба</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Простроченого відстеження немає.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Empty</source>
        <translation>Порожньо</translation>
    </message>
    <message>
        <source>Type a passphrase: several words are easy to remember and hard to guess.</source>
        <translation>Введіть парольну фразу: кілька слів легко запам’ятати й важко вгадати.</translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>estimated guesses (log10) for fair / good / strong. The database can be copied and attacked offline, so the steps are set far above those for online logins. zxcvbn slows down on very long input; what lies beyond this only adds strength</extracomment>
        <translation>Слабка</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Посередня</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надійна</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Показати або приховати введене</translation>
    </message>
    <message>
        <source>Passphrase strength: {label} (about {bits} bits).</source>
        <translation>Надійність парольної фрази: {label} (близько {bits} біт).</translation>
    </message>
    <message>
        <source>About {bits} bits: roughly 10^{power} guesses would find these {length} characters. Common words, names, dates and keyboard patterns count for little; four or more unrelated words are best.</source>
        <translation>Близько {bits} біт: ці {length} символів знайшлися б приблизно за 10^{power} спроб. Поширені слова, імена, дати й клавіатурні ряди майже нічого не дають; найкраще чотири й більше не пов&apos;язаних слів.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Парольна фраза має містити щонайменше %n символ.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символи.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words, or a longer phrase.</source>
        <translation>Цю парольну фразу надто легко вгадати. Візьміть кілька не пов&apos;язаних слів або довшу фразу.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Дві парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Сторінка {n} з {count}</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Дати нижче</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>{week}  ·  {start} to {end}</source>
        <translation>{week}  ·  з {start} по {end}</translation>
    </message>
    <message>
        <source>{period}  ·  {start} to {end}</source>
        <translation>{period}  ·  з {start} по {end}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Please log in first.</source>
        <extracomment>logged in with a one-time password a manager set: nothing but choosing a new one is allowed</extracomment>
        <translation>Спочатку увійдіть у систему.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Ваша роль ({role}) цього не дозволяє.</translation>
    </message>
    <message>
        <source>Please choose your own password first (dropin › Change my password): a manager reset it for one login only.</source>
        <translation>Спершу виберіть власний пароль (dropin › Змінити мій пароль): керівник скинув його лише на один вхід.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>HIV counselling and testing</source>
        <translation>Консультування й тестування на ВІЛ</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Проживання в притулку</translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation>Заняття для дітей</translation>
    </message>
    <message>
        <source>This section could not be loaded.</source>
        <translation>Не вдалося завантажити цей розділ.</translation>
    </message>
</context>
<context>
    <name>QcReason</name>
    <message>
        <source>New lot</source>
        <extracomment>discard reasons staff choose by hand (the others are written by the stock count and test cancelling)</extracomment>
        <translation>Нова серія</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Нова поставка</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>Новий консультант</translation>
    </message>
    <message>
        <source>Temperature out of range</source>
        <translation>Температура поза межами норми</translation>
    </message>
    <message>
        <source>Monthly check</source>
        <translation>Щомісячна перевірка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>QcTab</name>
    <message>
        <source>Kit-control run</source>
        <translation>Перевірка контрольними зразками</translation>
    </message>
    <message>
        <source>Positive control gave the expected reactive result</source>
        <translation>Позитивний контроль дав очікуваний реактивний результат</translation>
    </message>
    <message>
        <source>Negative control gave the expected non-reactive result</source>
        <translation>Негативний контроль дав очікуваний нереактивний результат</translation>
    </message>
    <message>
        <source>Save control run</source>
        <translation>Зберегти перевірку</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Серія:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Daily temperature log</source>
        <translation>Щоденний журнал температури</translation>
    </message>
    <message>
        <source>Save reading</source>
        <translation>Зберегти показник</translation>
    </message>
    <message>
        <source>Kit storage (2–27 °C):</source>
        <translation>Зберігання наборів (2–27 °C):</translation>
    </message>
    <message>
        <source>Testing room (15–37 °C):</source>
        <translation>Кімната для тестування (15–37 °C):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Серія</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>⚠ FAILED</source>
        <translation>⚠ НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <source>⚠ NO: out of range</source>
        <translation>⚠ НІ: поза діапазоном</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Час вимірювання</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Зберігання</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>У межах норми</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>No quality-control run is due.</source>
        <translation>Наразі перевірки контролю якості не потрібні.</translation>
    </message>
    <message>
        <source>{kit} lot {lot} (received {date})</source>
        <translation>{kit}, серія {lot} (отримано {date})</translation>
    </message>
</context>
<context>
    <name>QualityBlock</name>
    <message>
        <source>⚠ Kit controls needed before a client test</source>
        <translation>⚠ Перед тестом клієнта потрібен контроль наборів</translation>
    </message>
    <message>
        <source>Or write why you test anyway (saved in the audit log)</source>
        <translation>Або напишіть, чому все ж тестуєте (зберігається в журналі аудиту)</translation>
    </message>
</context>
<context>
    <name>ReadTimerBoard</name>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Start test</source>
        <translation>Почати тест</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клієнта:</translation>
    </message>
    <message>
        <source>Kit lot:</source>
        <translation>Серія набору:</translation>
    </message>
    <message>
        <source>No tests running. Enter a client code and start a test.</source>
        <translation>Немає активних тестів. Введіть код клієнта й почніть тест.</translation>
    </message>
    <message>
        <source>A test is ready to read.</source>
        <translation>Тест можна читати.</translation>
    </message>
    <message>
        <source>The test of {code} was cancelled.</source>
        <translation>Тест {code} скасовано.</translation>
    </message>
    <message>
        <source>{code}: reactive (preliminary positive). A referral for confirmatory testing was created and is now in the follow-up list.</source>
        <translation>{code}: реактивний (попередньо позитивний). Створено направлення на підтверджувальне тестування; воно вже є в списку відстеження.</translation>
    </message>
    <message>
        <source>{code}: {result}. Saved.</source>
        <translation>{code}: {result}. Збережено.</translation>
    </message>
    <message>
        <source>{code}: invalid ({reason}). Repeat with a new kit: press “Start repeat test”.</source>
        <translation>{code}: недійсний ({reason}). Повторіть тест із новим набором: натисніть «Почати повторний тест».</translation>
    </message>
    <message>
        <source>Start repeat test</source>
        <translation>Почати повторний тест</translation>
    </message>
</context>
<context>
    <name>ReanchorDialog</name>
    <message>
        <source>Re-anchor the audit log</source>
        <translation>Перевстановити якір журналу аудиту</translation>
    </message>
    <message>
        <source>Only when the anchor file was lost or damaged (for example after copying the database to a new computer). The anchor will point at the log&apos;s end as it is now; the reason and who did it are recorded, and seals printed earlier still show any entries that went missing.</source>
        <translation>Лише якщо файл якоря втрачено або пошкоджено (наприклад, після перенесення бази на новий комп&apos;ютер). Якір вказуватиме на теперішній кінець журналу; причину й виконавця записують, а надруковані раніше печатки однаково покажуть зниклі записи.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Please give a reason for voiding this record.</source>
        <translation>Вкажіть причину анулювання цього запису.</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>Цей запис уже анульовано.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>HIV testing, case-work and legal records are kept in their own encrypted stores, opened only by the logins allowed to read them. If every manager password is lost, this recovery key is the only way back to those records.</source>
        <translation>Записи про тестування на ВІЛ, соціальну та юридичну роботу зберігаються в окремих зашифрованих сховищах, які відкриваються лише під час входу тих, кому дозволено їх читати. Якщо всі паролі керівників втрачено, цей ключ відновлення — єдиний спосіб повернути доступ до цих записів.</translation>
    </message>
    <message>
        <source>Write it on paper, put it in a sealed envelope and lock it away, apart from the computer. It is shown only now. Anyone who has it and the database passphrase can read every record.</source>
        <translation>Запишіть його на папері, покладіть у запечатаний конверт і замкніть окремо від комп&apos;ютера. Він показується лише зараз. Той, хто має цей ключ і парольну фразу бази даних, може прочитати всі записи.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Я &amp;записав(ла) ключ відновлення</translation>
    </message>
</context>
<context>
    <name>ReferralChoice</name>
    <message>
        <source>Accompaniment offered</source>
        <translation>Супровід запропоновано</translation>
    </message>
    <message>
        <source>Accompaniment accepted</source>
        <translation>Супровід прийнято</translation>
    </message>
    <message>
        <source>Refer for confirmatory test to</source>
        <translation>Направити на підтверджувальний тест до</translation>
    </message>
</context>
<context>
    <name>ReferralDestinationsEditor</name>
    <message>
        <source>Destination</source>
        <translation>Місце направлення</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>&amp;Add destination…</source>
        <translation>&amp;Додати місце…</translation>
    </message>
    <message>
        <source>Select a destination first.</source>
        <translation>Спочатку виберіть місце направлення.</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral slip</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Referral for a confirmatory HIV test</source>
        <translation>Направлення на підтверджувальний тест на ВІЛ</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>Номер направлення</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Дата направлення</translation>
    </message>
    <message>
        <source>Please go by</source>
        <translation>Прийти до</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>A peer worker will go with you.</source>
        <translation>З вами піде рівний консультант.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Не запитано</translation>
    </message>
    <message>
        <source>Please see this person for a consultation.</source>
        <translation>Будь ласка, прийміть цю людину на консультацію.</translation>
    </message>
    <message>
        <source>A rapid oral-fluid HIV screening test on {date} was reactive. Please carry out confirmatory testing.</source>
        <translation>Швидкий тест на ВІЛ за слиною від {date} дав реактивний результат. Будь ласка, проведіть підтверджувальне тестування.</translation>
    </message>
    <message>
        <source>Referred by a community drop-in centre.</source>
        <translation>Направлено громадським центром відкритого доступу.</translation>
    </message>
    <message>
        <source>Referred by a community drop-in centre for sex workers.</source>
        <translation>Направлено громадським центром відкритого доступу для секс-працівників.</translation>
    </message>
    <message>
        <source>Clinic: please quote the referral number when you contact the centre about this person.</source>
        <translation>Клініко: звертаючись до центру щодо цієї людини, назвіть номер направлення.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не вказано</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Partner clinic</source>
        <translation>Партнерська клініка</translation>
    </message>
    <message>
        <source>AIDS centre</source>
        <translation>Центр СНІДу</translation>
    </message>
    <message>
        <source>Crisis centre</source>
        <translation>Кризовий центр</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Соціальні служби</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Притулок</translation>
    </message>
    <message>
        <source>Drug and alcohol services</source>
        <translation>Допомога при вживанні алкоголю й наркотиків</translation>
    </message>
    <message>
        <source>Trans health</source>
        <translation>Медична допомога для трансгендерних людей</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Захист дітей</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>This referral destination does not exist.</source>
        <translation>Такого місця направлення не існує.</translation>
    </message>
    <message>
        <source>Please enter the name of the destination.</source>
        <translation>Введіть назву місця направлення.</translation>
    </message>
    <message>
        <source>Please choose a kind of destination from the list.</source>
        <translation>Виберіть тип місця направлення зі списку.</translation>
    </message>
    <message>
        <source>A destination with this name already exists.</source>
        <translation>Місце направлення з такою назвою вже існує.</translation>
    </message>
    <message>
        <source>Please choose a referral destination from the list.</source>
        <translation>Виберіть місце направлення зі списку.</translation>
    </message>
    <message>
        <source>The due date cannot be before the referral date.</source>
        <translation>Строк не може бути раніше за дату направлення.</translation>
    </message>
    <message>
        <source>Please choose how you tried to reach the person.</source>
        <translation>Виберіть, як ви намагалися зв’язатися з людиною.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the contact attempt.</source>
        <translation>Виберіть результат спроби зв’язку.</translation>
    </message>
    <message>
        <source>A contact attempt cannot be in the future.</source>
        <translation>Спроба зв’язку не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>A contact attempt cannot be before the referral.</source>
        <translation>Спроба зв’язку не може бути раніше за направлення.</translation>
    </message>
    <message>
        <source>Please choose the confirmatory result from the list.</source>
        <translation>Виберіть результат підтверджувального тестування зі списку.</translation>
    </message>
    <message>
        <source>Dates of the follow-up cannot be in the future.</source>
        <translation>Дати відстеження не можуть бути в майбутньому.</translation>
    </message>
    <message>
        <source>Dates of the follow-up cannot be before the referral.</source>
        <translation>Дати відстеження не можуть бути раніше за направлення.</translation>
    </message>
    <message>
        <source>Please choose the confirmatory result.</source>
        <translation>Виберіть результат підтверджувального тестування.</translation>
    </message>
    <message>
        <source>An ART start cannot follow a negative confirmatory result.</source>
        <translation>Початок АРТ неможливий після негативного результату підтверджувального тестування.</translation>
    </message>
    <message>
        <source>Please choose why the follow-up is closed.</source>
        <translation>Виберіть причину закриття відстеження.</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed in the future.</source>
        <translation>Відстеження не можна закрити майбутньою датою.</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed before the referral.</source>
        <translation>Відстеження не можна закрити раніше за дату направлення.</translation>
    </message>
    <message>
        <source>Record the AIDS-centre registration or the ART start date before closing as linked.</source>
        <translation>Перш ніж закрити як «Залучено до лікування», запишіть дату взяття на облік у центрі СНІДу або дату початку АРТ.</translation>
    </message>
    <message>
        <source>Record the negative confirmatory result first.</source>
        <translation>Спочатку запишіть негативний результат підтверджувального тестування.</translation>
    </message>
    <message>
        <source>A follow-up can be closed as lost after {n} unsuccessful contact attempts; {done} are recorded.</source>
        <translation>Закрити відстеження як «Втрачено зв’язок» можна, коли записано щонайменше стільки невдалих спроб зв’язку: {n}; наразі записано: {done}.</translation>
    </message>
    <message>
        <source>A follow-up can be closed as lost {n} days after the due date ({date}); it is {done} days now.</source>
        <translation>Супровід можна закрити як втрачений через {n} днів після терміну ({date}); зараз минуло {done} днів.</translation>
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation>Такого направлення не існує.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Це відстеження вже закрито.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>⚠ overdue {n} days</source>
        <translation>⚠ прострочено на {n} дн.</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куди направлено</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>Choose a referral on the left.</source>
        <translation>Виберіть направлення ліворуч.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Change destination</source>
        <translation>Змінити місце направлення</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Друк направлення…</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Куди направлено:</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Спроба зв’язку</translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation>Додати спробу</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Спосіб:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <source>Confirmation and linkage</source>
        <translation>Підтвердження та залучення до лікування</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Ще невідомо</translation>
    </message>
    <message>
        <source>Registered at the AIDS centre on</source>
        <translation>Взято на облік у центрі СНІДу</translation>
    </message>
    <message>
        <source>ART started on</source>
        <translation>АРТ розпочато</translation>
    </message>
    <message>
        <source>Linked to care in the home country (migrant)</source>
        <translation>Залучено до лікування в країні походження (мігрант)</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Зберегти відстеження</translation>
    </message>
    <message>
        <source>Confirmatory result:</source>
        <translation>Підтверджувальний результат:</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>Закрити відстеження</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>прострочено на {n} дн.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>строк {date}</translation>
    </message>
    <message>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <source>Referred on {date} to {dest} for confirmatory testing.</source>
        <translation>{date} направлено на підтверджувальне тестування: {dest}.</translation>
    </message>
    <message>
        <source>{date} · {method} · {outcome}</source>
        <translation>{date} · {method} · {outcome}</translation>
    </message>
    <message>
        <source>No contact attempts yet.</source>
        <translation>Спроб зв’язку ще немає.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New client</source>
        <extracomment>set when the person got another code than the one built (someone else has it): words for the card replaced in tests; returns a SamePersonDialog-like object after exec()</extracomment>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>unknown: leave empty</source>
        <translation>невідомо: залиште порожнім</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Recipe: {recipe}.</source>
        <translation>Формула коду: {recipe}.</translation>
    </message>
    <message>
        <source>A nickname, never a real name</source>
        <translation>Псевдонім, ніколи не справжнє ім’я</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <source>Age band (if no year)</source>
        <translation>Вікова група (якщо рік невідомий)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Key population</source>
        <translation>Ключова група</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Бажана мова</translation>
    </message>
    <message>
        <source>Migrant status</source>
        <translation>Міграційний статус</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Місце роботи</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Кількість дітей</translation>
    </message>
    <message>
        <source>This person is under 18 and cannot be registered as an adult client. Please make a safeguarding referral instead.</source>
        <translation>Цій людині менше 18 років, тому її не можна зареєструвати як дорослого клієнта. Натомість зробіть направлення до служби захисту дітей.</translation>
    </message>
    <message>
        <source>Record safeguarding referral…</source>
        <translation>Записати направлення до служби захисту дітей…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>The answers are used only for the code and are not saved.</source>
        <translation>Відповіді потрібні лише для складання коду й не зберігаються.</translation>
    </message>
    <message>
        <source>Optional facts</source>
        <translation>Додаткові відомості</translation>
    </message>
    <message>
        <source>Ask only what the person is happy to tell.</source>
        <translation>Питайте лише те, що людина готова розповісти.</translation>
    </message>
    <message>
        <source>{given} is already someone else&apos;s code, so this person&apos;s code is {code}. Please write {code} on the person&apos;s card and ask for it next time.</source>
        <translation>{given} — уже код іншої людини, тому код цієї людини — {code}. Запишіть {code} на картку людини й питайте його наступного разу.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search by name or parent code</source>
        <translation>Пошук за ім’ям або кодом батька/матері</translation>
    </message>
    <message>
        <source>&amp;Register a child…</source>
        <translation>&amp;Зареєструвати дитину…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ви&amp;лучити…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Рік нар. / вік</translation>
    </message>
    <message>
        <source>Parent&apos;s code</source>
        <translation>Код батька/матері</translation>
    </message>
    <message>
        <source>Consent to take part</source>
        <translation>Згода на участь</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Фото дозволено</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Останнє відвідування</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Вилучити з реєстру</translation>
    </message>
    <message>
        <source>Why is {name} removed from the register?</source>
        <translation>Чому {name} вилучається з реєстру?</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This week</source>
        <translation>Цей тиж.</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Мин. тиж.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Визначення</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Чисельник</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Знаменник</translation>
    </message>
    <message>
        <source>Indicator definitions</source>
        <translation>Визначення показників</translation>
    </message>
    <message>
        <source>How each figure in this summary is counted. A week runs from Monday to Sunday.</source>
        <translation>Як обчислюється кожен показник цього зведення. Тиждень триває з понеділка до неділі.</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Тижневе зведення</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (продовження)</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Створено {date}</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Сторінка {n}</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>``translate(context, text)``: the report&apos;s language.</extracomment>
        <translation>січня</translation>
    </message>
    <message>
        <source>February</source>
        <translation>лютого</translation>
    </message>
    <message>
        <source>March</source>
        <translation>березня</translation>
    </message>
    <message>
        <source>April</source>
        <translation>квітня</translation>
    </message>
    <message>
        <source>May</source>
        <translation>травня</translation>
    </message>
    <message>
        <source>June</source>
        <translation>червня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>липня</translation>
    </message>
    <message>
        <source>August</source>
        <translation>серпня</translation>
    </message>
    <message>
        <source>September</source>
        <translation>вересня</translation>
    </message>
    <message>
        <source>October</source>
        <translation>жовтня</translation>
    </message>
    <message>
        <source>November</source>
        <translation>листопада</translation>
    </message>
    <message>
        <source>December</source>
        <translation>грудня</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year} р.</translation>
    </message>
    <message>
        <source>Monday {start} to Sunday {end}</source>
        <translation>Понеділок, {start} — неділя, {end}</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>Тиждень {number}, {year} р.</translation>
    </message>
    <message>
        <source>Aggregates only — small counts shown as &lt;{n}</source>
        <translation>Лише зведені дані — малі значення показано як &lt;{n}</translation>
    </message>
    <message>
        <source>No data recorded for this area.</source>
        <translation>Для цього розділу даних не записано.</translation>
    </message>
    <message>
        <source>That language is not available for reports.</source>
        <extracomment>``loader(module_name)`` returns the area module (with ``compute``) or ``None`` if it isn&apos;t installed. each section&apos;s area module, ``None`` where the area is not installed how a report finds an area&apos;s indicators (``None`` where the area is not installed); tests replace it a period checked and given back as it came</extracomment>
        <translation>Звіти цією мовою недоступні.</translation>
    </message>
    <message>
        <source>Week {week} has not started yet.</source>
        <translation>Тиждень {week} ще не почався.</translation>
    </message>
    <message>
        <source>Please export at most ten years at a time.</source>
        <translation>Експортуйте не більше ніж десять років за один раз.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an ISO week. Write it like 2026-W47.</source>
        <extracomment>reports and exports cover these years (far older or later dates cannot be real, and week arithmetic near the calendar&apos;s ends would overflow)</extracomment>
        <translation>«{text}» — не тиждень у форматі ISO. Запишіть, наприклад, так: 2026-W47.</translation>
    </message>
    <message>
        <source>The year {year} has no week {week}.</source>
        <translation>У {year} році немає тижня {week}.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date. Write it like 2026-11-16.</source>
        <translation>«{text}» — не дата. Запишіть, наприклад, так: 2026-11-16.</translation>
    </message>
    <message>
        <source>Please choose dates between the years 2000 and 2999.</source>
        <extracomment>how many periods the trend charts show, by kind (a custom range has no trend)</extracomment>
        <translation>Виберіть дати в межах 2000–2999 років.</translation>
    </message>
    <message>
        <source>Please enter both the start date and the end date.</source>
        <translation>Введіть і початкову, і кінцеву дату.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата завершення раніша за дату початку.</translation>
    </message>
    <message>
        <source>Audit seal {seal}: the audit log held {count} entries when this report was made, the newest written {when}. To check later that none was changed or removed: dropin audit verify --seal {seal}</source>
        <translation>Печатка аудиту {seal}: коли складали цей звіт, записів у журналі аудиту було {count}, останній зроблено {when}. Щоб пізніше перевірити, що жоден не змінено й не видалено: dropin audit verify --seal {seal}</translation>
    </message>
    <message>
        <source>Year to date</source>
        <extracomment>the paragraph styles of the report, by name</extracomment>
        <translation>З початку року</translation>
    </message>
    <message>
        <source>Internal version: not for funders.</source>
        <translation>Внутрішня версія: не для донорів.</translation>
    </message>
    <message>
        <source>Prepared by: {role}</source>
        <translation>Підготував(ла): {role}</translation>
    </message>
    <message>
        <source>Compared with {week}.</source>
        <translation>Порівняння з періодом: {week}.</translation>
    </message>
    <message>
        <source>Target for the year</source>
        <translation>Ціль на рік</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Виконання</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Quality-control runs in the period</source>
        <translation>Прогони контролю якості за період</translation>
    </message>
    <message>
        <source>Quality-control runs with a failed control</source>
        <translation>Прогони контролю якості з невдалим контролем</translation>
    </message>
    <message>
        <source>Kit lots in stock with no quality-control run yet</source>
        <translation>Партії в наявності без контролю якості</translation>
    </message>
    <message>
        <source>Last quality-control run</source>
        <translation>Останній контроль якості</translation>
    </message>
    <message>
        <source>Invalid test results not repeated</source>
        <translation>Недійсні результати без повторного тесту</translation>
    </message>
    <message>
        <source>Shelter stays with a review date passed</source>
        <translation>Проживання в притулку з минулою датою перегляду</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Internal quality page</source>
        <translation>Внутрішня сторінка якості</translation>
    </message>
    <message>
        <source>For the manager and the team only. Never part of the funder version.</source>
        <translation>Лише для керівника й команди. Ніколи не входить до версії для донора.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>з {start} по {end}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>Quarter {number}, {year}</source>
        <translation>{number}-й квартал {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year} рік</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Зведення за місяць</translation>
    </message>
    <message>
        <source>Quarterly summary</source>
        <translation>Зведення за квартал</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>Зведення за рік</translation>
    </message>
    <message>
        <source>Summary for a period</source>
        <translation>Зведення за період</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Минулий квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Минулий рік</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Цей період</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Last {n} weeks</source>
        <translation>Останні тижні: {n}</translation>
    </message>
    <message>
        <source>Last {n} months</source>
        <translation>Останні місяці: {n}</translation>
    </message>
    <message>
        <source>Last {n} quarters</source>
        <translation>Останні квартали: {n}</translation>
    </message>
    <message>
        <source>Last {n} years</source>
        <translation>Останні роки: {n}</translation>
    </message>
    <message>
        <source>Data as of {date}: the period has not ended, nights not yet slept are not counted.</source>
        <translation>Дані на {date}: період ще не закінчився, ще не проведені ночі не рахуються.</translation>
    </message>
    <message>
        <source>&lt;{n}: between 1 and {m}, hidden to protect privacy. *: withheld so that a hidden number cannot be worked out from the others; in a table with no &lt;{n}, a * may be any number, 0 included. –: nothing recorded.</source>
        <translation>&lt;{n}: від 1 до {m}, приховано для захисту конфіденційності. *: приховано, щоб приховане число не можна було обчислити з інших; у таблиці без &lt;{n} знак * може означати будь-яке число, включно з 0. –: нічого не записано.</translation>
    </message>
    <message>
        <source>Please keep the centre name to 120 characters.</source>
        <translation>Назва центру має бути не довшою за 120 символів.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image file that can be read.</source>
        <translation>Логотип має бути читабельним файлом зображення PNG або JPEG.</translation>
    </message>
    <message>
        <source>There is no indicator &quot;{key}&quot; to set a target for.</source>
        <translation>Немає індикатора «{key}», для якого можна задати ціль.</translation>
    </message>
    <message>
        <source>A target must be a number of zero or more.</source>
        <translation>Ціль має бути числом, не меншим за нуль.</translation>
    </message>
    <message>
        <source>The period {period} has not started yet.</source>
        <translation>Період {period} ще не почався.</translation>
    </message>
    <message>
        <source>Unsuppressed figures are only given to a manager who logs in with their own account.</source>
        <translation>Неприховані цифри видаються лише керівнику, який увійшов під власним обліковим записом.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month. Write it like 2026-10.</source>
        <translation>«{text}» — не місяць. Пишіть так: 2026-10.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a quarter or a year. Write it like 2026-Q3 or 2026.</source>
        <translation>«{text}» — не квартал і не рік. Пишіть так: 2026-Q3 або 2026.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read.</source>
        <translation>Не вдається прочитати файл відповідності {path}.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (line {line}).</source>
        <translation>Файл відповідності — не правильний JSON (рядок {line}).</translation>
    </message>
    <message>
        <source>The mapping file needs an &quot;orgUnit&quot; and a list of &quot;dataElements&quot;.</source>
        <translation>У файлі відповідності потрібні «orgUnit» і список «dataElements».</translation>
    </message>
    <message>
        <source>The mapping names an indicator that does not exist: {key}.</source>
        <translation>У файлі відповідності вказано неіснуючий індикатор: {key}.</translation>
    </message>
    <message>
        <source>{key} is a percentage or a median: DHIS2 computes those itself, so map its counts instead.</source>
        <translation>{key} — відсоток або медіана: DHIS2 обчислює їх сам, тож вкажіть відповідність для вихідних чисел.</translation>
    </message>
    <message>
        <source>The mapping of {key} needs a &quot;dataElement&quot;.</source>
        <translation>Для {key} у файлі відповідності потрібен «dataElement».</translation>
    </message>
    <message>
        <source>DHIS2 takes weeks, months, quarters and years, not a range of days.</source>
        <translation>DHIS2 приймає тижні, місяці, квартали й роки, а не довільний діапазон днів.</translation>
    </message>
    <message>
        <source>ADX needs a &quot;dataSet&quot; in the mapping file.</source>
        <translation>Для ADX у файлі відповідності потрібен «dataSet».</translation>
    </message>
    <message>
        <source>Choose one of the formats dhis2-json, dhis2-csv or adx.</source>
        <translation>Виберіть один із форматів: dhis2-json, dhis2-csv або adx.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Мова звіту:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Показа&amp;ти</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;Зберегти PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Д&amp;рук…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>В&amp;ід:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Д&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експорт CSV…</translation>
    </message>
    <message>
        <source>Export for a funder&apos;s system (CSV, one file per area, weekly rows)</source>
        <translation>Експорт для системи донора (CSV, один файл на розділ, рядки по тижнях)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Попередній перегляд звіту</translation>
    </message>
    <message>
        <source>Your role does not allow exporting figures.</source>
        <translation>Ваша роль не дозволяє експортувати показники.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Збережено: {path}.</translation>
    </message>
    <message>
        <source>Save weekly summary</source>
        <translation>Зберегти тижневе зведення</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the PDF and print it instead.</source>
        <translation>Друк тут недоступний. Збережіть PDF і надрукуйте його.</translation>
    </message>
    <message>
        <source>Print weekly summary</source>
        <translation>Друк тижневого зведення</translation>
    </message>
    <message>
        <source>Sent the weekly summary to the printer.</source>
        <translation>Тижневе зведення надіслано на друк.</translation>
    </message>
    <message>
        <source>Exported {weeks} weeks to {folder}: {files}.</source>
        <translation>Експортовано тижнів: {weeks} у {folder}: {files}.</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Виберіть папку для CSV-файлів</translation>
    </message>
    <message>
        <source>Preparing the weekly summary…</source>
        <translation>Готується тижневий звіт…</translation>
    </message>
    <message>
        <source>Funder version</source>
        <translation>Версія для донора</translation>
    </message>
    <message>
        <source>Internal version (with the quality page)</source>
        <translation>Внутрішня версія (зі сторінкою якості)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>&amp;Назва центру:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Ло&amp;готип:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Save centre details</source>
        <translation>Зберегти дані центру</translation>
    </message>
    <message>
        <source>Targets and package…</source>
        <translation>Цілі й пакет…</translation>
    </message>
    <message>
        <source>Centre details on the report</source>
        <translation>Дані центру у звіті</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation>Виберіть логотип центру</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Targets and package saved; they appear on the next report.</source>
        <translation>Цілі й пакет збережено; вони з’являться в наступному звіті.</translation>
    </message>
    <message>
        <source>Centre details saved; they appear on the next report.</source>
        <translation>Дані центру збережено; вони з’являться в наступному звіті.</translation>
    </message>
    <message>
        <source>Summary for {period}, built in {ms} ms. Small counts are hidden.</source>
        <translation>Зведення за {period} побудовано за {ms} мс. Малі числа приховано.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Account:</source>
        <translation>Обліковий запис:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Повт&amp;оріть:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <source>Current residents and reservations</source>
        <translation>Зараз проживають і заброньовано</translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation>Минулі проживання</translation>
    </message>
    <message>
        <source>C&amp;orrect the selected stay…</source>
        <translation>Ви&amp;правити вибране перебування…</translation>
    </message>
    <message>
        <source>&amp;Undo a discharge…</source>
        <translation>&amp;Скасувати виписку…</translation>
    </message>
    <message>
        <source>Correct a stay</source>
        <translation>Виправити перебування</translation>
    </message>
    <message>
        <source>First choose a stay in the list.</source>
        <translation>Спочатку виберіть перебування в списку.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Enter result</source>
        <translation>Ввести результат</translation>
    </message>
    <message>
        <source>Control line (C) visible</source>
        <translation>Видно контрольну лінію (C)</translation>
    </message>
    <message>
        <source>Test line (T) visible, however faint</source>
        <translation>Видно тестову лінію (T), навіть слабку</translation>
    </message>
    <message>
        <source>Result given to the person</source>
        <translation>Результат повідомлено людині</translation>
    </message>
    <message>
        <source>Post-test counselling given</source>
        <translation>Післятестове консультування проведено</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Зберегти результат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>The kit shows the test is invalid:</source>
        <translation>Набір показує, що тест недійсний:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>{code} · lot {lot}</source>
        <translation>{code} · серія {lot}</translation>
    </message>
</context>
<context>
    <name>RetrospectiveForm</name>
    <message>
        <source>Retrospective entry: for tests that were timed and read on paper. Type the start and read times; the 20–40 minute rule still applies.</source>
        <translation>Запис заднім числом: для тестів, час яких відстежували, а результат записували на папері. Введіть час початку й час зчитування; правило 20–40 хвилин усе одно діє.</translation>
    </message>
    <message>
        <source>Read after 40 minutes (outcome: invalid)</source>
        <translation>Зчитано після 40 хвилин (результат: недійсний)</translation>
    </message>
    <message>
        <source>Result given to the person</source>
        <translation>Результат повідомлено людині</translation>
    </message>
    <message>
        <source>Post-test counselling given</source>
        <translation>Післятестове консультування проведено</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клієнта:</translation>
    </message>
    <message>
        <source>Kit lot:</source>
        <translation>Серія набору:</translation>
    </message>
    <message>
        <source>Where the test was done:</source>
        <translation>Де проводився тест:</translation>
    </message>
    <message>
        <source>Test started at:</source>
        <translation>Початок тесту:</translation>
    </message>
    <message>
        <source>Test read at:</source>
        <translation>Зчитування тесту:</translation>
    </message>
    <message>
        <source>Control line (C):</source>
        <translation>Контрольна лінія (C):</translation>
    </message>
    <message>
        <source>Test line (T):</source>
        <translation>Тестова лінія (T):</translation>
    </message>
    <message>
        <source>The kit shows the test is invalid:</source>
        <translation>Набір показує, що тест недійсний:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Save paper entry</source>
        <translation>Зберегти паперовий запис</translation>
    </message>
    <message>
        <source>Enter the repeat test</source>
        <translation>Ввести повторний тест</translation>
    </message>
    <message>
        <source>Choose what you saw for both lines.</source>
        <translation>Оберіть, що ви бачили для обох ліній.</translation>
    </message>
    <message>
        <source>✔ Paper entry for {code} saved: {result}.</source>
        <translation>✔ Паперовий запис для {code} збережено: {result}.</translation>
    </message>
    <message>
        <source>Repeat of the invalid test started {time}.</source>
        <translation>Повтор недійсного тесту, розпочатого {time}.</translation>
    </message>
</context>
<context>
    <name>RiskItem</name>
    <message>
        <source>Sex without a condom with a client</source>
        <translation>Секс без презерватива з клієнтом</translation>
    </message>
    <message>
        <source>Sex without a condom with a partner</source>
        <translation>Секс без презерватива з партнером</translation>
    </message>
    <message>
        <source>A condom broke or slipped</source>
        <translation>Презерватив порвався або зісковзнув</translation>
    </message>
    <message>
        <source>STI symptoms or a recent STI</source>
        <translation>Симптоми ІПСШ або нещодавня ІПСШ</translation>
    </message>
    <message>
        <source>Injecting drugs or sharing equipment</source>
        <translation>Ін’єкційне вживання наркотиків або спільне використання інструментарію</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальне насильство</translation>
    </message>
    <message>
        <source>A partner living with HIV</source>
        <translation>Партнер, який живе з ВІЛ</translation>
    </message>
    <message>
        <source>Alcohol or drugs during sex</source>
        <translation>Алкоголь або наркотики під час сексу</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Front desk</source>
        <translation>Прийом відвідувачів</translation>
    </message>
    <message>
        <source>Peer counsellor</source>
        <translation>Рівний консультант</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Соціальний працівник</translation>
    </message>
    <message>
        <source>Children&apos;s facilitator</source>
        <translation>Ведучий дитячих занять</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Аутріч-працівник</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Керівник</translation>
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
        <translation>Змінити ключі сховищ</translation>
    </message>
    <message>
        <source>Every store gets a new key, so a copy of an old key (for example one a former colleague kept) opens nothing from now on. Your account and a new recovery key get the new keys; every other account that reads a store then needs a one-time password from you. Backups made before now still open with the old keys.</source>
        <translation>Кожне сховище отримає новий ключ, і копія старого ключа (наприклад, збережена колишнім колегою) більше нічого не відкриє. Нові ключі отримають ваш обліковий запис і новий ключ відновлення; кожному іншому обліковому запису, що читає сховище, потім знадобиться одноразовий пароль від вас. Резервні копії, зроблені раніше, і далі відкриваються старими ключами.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
</context>
<context>
    <name>SafeguardingDialog</name>
    <message>
        <source>Safeguarding referral</source>
        <translation>Направлення до служби захисту дітей</translation>
    </message>
    <message>
        <source>The contact is saved without a code or any details about the young person. Choose where they were referred to.</source>
        <translation>Контакт зберігається без коду та будь-яких відомостей про неповнолітню особу. Виберіть, куди її направлено.</translation>
    </message>
    <message>
        <source>Safeguarding referral (under 18)</source>
        <translation>Направлення до служби захисту дітей (до 18 років)</translation>
    </message>
</context>
<context>
    <name>SamePersonDialog</name>
    <message>
        <source>Same person?</source>
        <translation>Та сама людина?</translation>
    </message>
    <message>
        <source>Someone with a similar code is already registered. Ask a question only the person would know (for example the year of birth) before deciding.</source>
        <translation>Людину зі схожим кодом уже зареєстровано. Перш ніж вирішувати, поставте запитання, відповідь на яке знає лише ця людина (наприклад, рік народження).</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>відвідувань ще немає</translation>
    </message>
    <message>
        <source>{code}: {reason} Last visit: {last}.</source>
        <translation>{code}: {reason} Останнє відвідування: {last}.</translation>
    </message>
    <message>
        <source>Nickname: {nick}.</source>
        <translation>Псевдонім: {nick}.</translation>
    </message>
    <message>
        <source>&amp;Same person: use this code</source>
        <translation>&amp;Та сама людина: використати цей код</translation>
    </message>
    <message>
        <source>&amp;Different person: register new</source>
        <translation>&amp;Інша людина: зареєструвати нову</translation>
    </message>
    <message>
        <source>&amp;Different person: register as {code}</source>
        <translation>&amp;Інша людина: зареєструвати як {code}</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>{start}, {minutes} min</source>
        <translation>{start}, {minutes} хв</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ведучий</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>з {start}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Завершується</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дні:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Т&amp;ривалість:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>В&amp;едучий:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>Д&amp;ата початку:</translation>
    </message>
    <message>
        <source>&amp;New schedule</source>
        <translation>&amp;Новий розклад</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>З&amp;берегти розклад</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Новий розклад</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> тиж.</translation>
    </message>
    <message>
        <source>Creates the sessions of every active schedule. Running it again adds nothing twice and keeps cancelled sessions cancelled.</source>
        <translation>Створює заняття за всіма активними розкладами. Повторний запуск нічого не дублює, а скасовані заняття залишаються скасованими.</translation>
    </message>
    <message>
        <source>Plan the next</source>
        <translation>Запланувати на наступні</translation>
    </message>
    <message>
        <source> (workshop)</source>
        <translation> (семінар)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Редагувати розклад</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) planned.</source>
        <translation>
            <numerusform>Заплановано %n нове заняття.</numerusform>
            <numerusform>Заплановано %n нові заняття.</numerusform>
            <numerusform>Заплановано %n нових занять.</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>P&amp;lan sessions</source>
        <translation>&amp;Запланувати заняття</translation>
    </message>
    <message>
        <source>Session t&amp;ypes…</source>
        <translation>Т&amp;ипи занять…</translation>
    </message>
    <message>
        <source>Void schedule…</source>
        <translation>Анулювати розклад…</translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation>Спершу виберіть розклад.</translation>
    </message>
    <message>
        <source>Void schedule</source>
        <translation>Анулювати розклад</translation>
    </message>
    <message>
        <source>Why is this schedule void? Sessions it already planned stay as they are.</source>
        <translation>Чому цей розклад анулюється? Уже заплановані за ним заняття залишаються як є.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Automatic lock</source>
        <translation>Автоматичне блокування</translation>
    </message>
    <message>
        <source>The screen locks by itself after this many minutes without a key press or mouse movement. Anyone can lock it at once with Ctrl+L. Unlocking needs the user&apos;s own password.</source>
        <translation>Екран блокується сам після вказаної кількості хвилин без натискання клавіш чи руху миші. Будь-хто може одразу заблокувати його клавішами Ctrl+L. Для розблокування потрібен власний пароль користувача.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокувати через:</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Збережено: екран блокується після %n хвилини бездіяльності.</numerusform>
            <numerusform>Збережено: екран блокується після %n хвилин бездіяльності.</numerusform>
            <numerusform>Збережено: екран блокується після %n хвилин бездіяльності.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>A server address starts with postgresql://.</source>
        <extracomment>the schema that ``dropin server init`` puts the server&apos;s own functions in PostgreSQL&apos;s longest name (bytes)</extracomment>
        <translation>Адреса сервера починається з postgresql://.</translation>
    </message>
    <message>
        <source>The server address cannot be read.</source>
        <translation>Адресу сервера не вдається прочитати.</translation>
    </message>
    <message>
        <source>The connection to a server on another computer must check its certificate (sslmode=verify-full).</source>
        <translation>Підключення до сервера на іншому комп’ютері має перевіряти його сертифікат (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Give the centre&apos;s CA certificate to check the server&apos;s certificate.</source>
        <translation>Вкажіть сертифікат ЦС центру, щоб перевірити сертифікат сервера.</translation>
    </message>
    <message>
        <source>The centre&apos;s server cannot be reached. Check the network and try again.</source>
        <translation>Сервер центру недоступний. Перевірте мережу та спробуйте знову.</translation>
    </message>
    <message>
        <source>The centre&apos;s server does not allow your role to do this.</source>
        <translation>Сервер центру не дозволяє цього вашій ролі.</translation>
    </message>
    <message>
        <source>The audit log can only be added to.</source>
        <translation>До журналу аудиту можна лише додавати записи.</translation>
    </message>
    <message>
        <source>The server has no dropin database {name}; run dropin server init first.</source>
        <translation>На сервері немає бази dropin {name}; спершу виконайте dropin server init.</translation>
    </message>
    <message>
        <source>The database on the server is older than this program; the manager upgrades it with dropin server init.</source>
        <translation>База на сервері старша за цю програму; керівник оновлює її командою dropin server init.</translation>
    </message>
    <message>
        <source>The server refused this user name or password.</source>
        <translation>Сервер не прийняв це ім’я користувача або пароль.</translation>
    </message>
    <message>
        <source>The server has no database {name}.</source>
        <translation>На сервері немає бази даних {name}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked with the centre&apos;s CA certificate, so no connection was made.</source>
        <translation>Сертифікат сервера не вдалося перевірити сертифікатом ЦС центру, тому підключення немає.</translation>
    </message>
    <message>
        <source>This is done on the server by its administrator, not by dropin.</source>
        <translation>Це робить адміністратор сервера на самому сервері, а не dropin.</translation>
    </message>
    <message>
        <source>Please give the server&apos;s name or address.</source>
        <translation>Вкажіть ім’я або адресу сервера.</translation>
    </message>
    <message>
        <source>Please give the name of the database on the server.</source>
        <translation>Вкажіть назву бази даних на сервері.</translation>
    </message>
    <message>
        <source>There is no certificate file at {path}.</source>
        <translation>За шляхом {path} немає файлу сертифіката.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s {program} program is needed for this; install PostgreSQL&apos;s client programs.</source>
        <translation>Для цього потрібна програма PostgreSQL {program}; встановіть клієнтські програми PostgreSQL.</translation>
    </message>
    <message>
        <source>The server&apos;s dump failed, so no backup was written: {problem}</source>
        <translation>Вивантаження з сервера не вдалося, копію не записано: {problem}</translation>
    </message>
    <message>
        <source>This file is not a backup of a dropin server database.</source>
        <translation>Цей файл не є копією бази dropin на сервері.</translation>
    </message>
    <message>
        <source>The backup could not be restored on the server: {problem}</source>
        <translation>Копію не вдалося відновити на сервері: {problem}</translation>
    </message>
    <message>
        <source>Log in to the file as a manager first: only a manager&apos;s login opens every store.</source>
        <translation>Спершу увійдіть у файл як керівник: усі сховища відкриває лише вхід керівника.</translation>
    </message>
    <message>
        <source>The file and the server database are at different versions; open both with this program first.</source>
        <translation>Файл і база на сервері різних версій; спершу відкрийте обидві цією програмою.</translation>
    </message>
    <message>
        <source>The server database already holds accounts or records; import only into a new one.</source>
        <translation>У базі на сервері вже є облікові записи або записи; переносьте лише в нову.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log does not verify ({problem}); nothing was imported.</source>
        <translation>Журнал аудиту файлу не проходить перевірку ({problem}); нічого не перенесено.</translation>
    </message>
    <message>
        <source>The audit log did not arrive whole on the server; nothing was imported.</source>
        <translation>Журнал аудиту дійшов до сервера не повністю; нічого не перенесено.</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the audit log has no anchor to reset.</source>
        <translation>На сервері центру журнал аудиту не має прив’язки, яку можна скинути.</translation>
    </message>
    <message>
        <source>Run dropin server init on the database first: it gives the accounts their logins.</source>
        <extracomment>each area&apos;s ``demo`` module (:mod:`dropin.areas`), in the registry&apos;s order</extracomment>
        <translation>Спершу виконайте dropin server init для цієї бази даних: вона дає обліковим записам їхні входи на сервер.</translation>
    </message>
    <message>
        <source>The database {name} on the server already has accounts; the demo goes only into a new one.</source>
        <translation>У базі даних {name} на сервері вже є облікові записи; демонстраційні дані записуються лише в нову.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>The centre&apos;s server keeps the data of every desk. Its administrator gives you these details and the CA certificate, and has set the database up with dropin server init.</source>
        <translation>Сервер центру зберігає дані всіх робочих місць. Його адміністратор дає вам ці дані та сертифікат ЦС і заздалегідь налаштовує базу командою dropin server init.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Назва бази даних</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертифікат ЦС</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>D&amp;atabase name:</source>
        <translation>Наз&amp;ва бази даних:</translation>
    </message>
    <message>
        <source>CA certif&amp;icate:</source>
        <translation>Сертифікат &amp;ЦС:</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation>Сертифікати (*.crt *.pem)</translation>
    </message>
</context>
<context>
    <name>ServerLoginScreen</name>
    <message>
        <source>Log in to the centre&apos;s server</source>
        <translation>Вхід на сервер центру</translation>
    </message>
    <message>
        <source>Server {server}, database {database}. Use your own account: what you do is recorded under your name.</source>
        <translation>Сервер {server}, база {database}. Входьте під своїм обліковим записом: ваші дії записуються під вашим ім’ям.</translation>
    </message>
    <message>
        <source>Use another &amp;server…</source>
        <translation>Інший &amp;сервер…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Підключення до сервера…</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogueEditor</name>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Запитує</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>місце направлення</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>надається</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>Додати &amp;послугу…</translation>
    </message>
    <message>
        <source>Select a service first.</source>
        <translation>Спочатку виберіть послугу.</translation>
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
        <translation>Прання</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Харчування</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Інтернет</translation>
    </message>
    <message>
        <source>Rest or socialising</source>
        <translation>Відпочинок або спілкування</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>Засоби гігієни</translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation>Продуктовий набір</translation>
    </message>
    <message>
        <source>Male condoms</source>
        <translation>Чоловічі презервативи</translation>
    </message>
    <message>
        <source>Female condoms</source>
        <translation>Жіночі презервативи</translation>
    </message>
    <message>
        <source>Lubricant</source>
        <translation>Лубрикант</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Інформаційні матеріали</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Юридична консультація</translation>
    </message>
    <message>
        <source>ID or registration help</source>
        <translation>Допомога з документами або реєстрацією</translation>
    </message>
    <message>
        <source>Housing help</source>
        <translation>Допомога з житлом</translation>
    </message>
    <message>
        <source>Health insurance help</source>
        <translation>Допомога з медичним страхуванням</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологічна підтримка</translation>
    </message>
    <message>
        <source>Violence report</source>
        <translation>Повідомлення про насильство</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>Базові потреби</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Матеріальна допомога</translation>
    </message>
    <message>
        <source>Prevention supplies</source>
        <translation>Профілактичні засоби</translation>
    </message>
    <message>
        <source>Advice and support</source>
        <translation>Консультації та підтримка</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>Редагувати семінар</translation>
    </message>
    <message>
        <source>New parents&apos; workshop</source>
        <translation>Новий семінар для батьків</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Редагувати заняття</translation>
    </message>
    <message>
        <source>New children&apos;s session</source>
        <translation>Нове дитяче заняття</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Materials or snacks given</source>
        <translation>Видані матеріали або перекус</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Т&amp;ривалість:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>В&amp;едучі:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>Матері&amp;али:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Прим&amp;ітка:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Найближчі</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Минулі</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>Новий &amp;семінар…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Нове &amp;заняття…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>Скас&amp;увати заняття…</translation>
    </message>
    <message>
        <source>Put &amp;back on plan</source>
        <translation>Повернути до &amp;плану</translation>
    </message>
    <message>
        <source>Take &amp;attendance</source>
        <translation>Відмітити &amp;присутність</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Дорослі</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Батьки</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ведучі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Скасувати заняття</translation>
    </message>
    <message>
        <source>Why is the session on {date} cancelled?</source>
        <translation>Чому скасовано заняття {date}?</translation>
    </message>
</context>
<context>
    <name>Shelter</name>
    <message>
        <source>Please give the room a name.</source>
        <translation>Вкажіть назву кімнати.</translation>
    </message>
    <message>
        <source>A room holds from 1 to 50 beds.</source>
        <translation>У кімнаті може бути від 1 до 50 ліжок.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>Кімната «{name}» уже існує.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Цієї кімнати більше не існує.</translation>
    </message>
    <message>
        <source>The room already has {n} beds; remove beds before lowering its capacity.</source>
        <translation>Ліжок у кімнаті вже: {n}; приберіть зайві ліжка, перш ніж зменшувати місткість.</translation>
    </message>
    <message>
        <source>Please give the bed a label.</source>
        <translation>Вкажіть позначку ліжка.</translation>
    </message>
    <message>
        <source>Please choose a room.</source>
        <translation>Виберіть кімнату.</translation>
    </message>
    <message>
        <source>Room {room} is full: its capacity is {n} beds.</source>
        <translation>Кімната {room} заповнена: найбільша кількість ліжок у ній — {n}.</translation>
    </message>
    <message>
        <source>Room {room} already has a bed labelled {label}.</source>
        <translation>У кімнаті {room} уже є ліжко з позначкою {label}.</translation>
    </message>
    <message>
        <source>Please say why the bed is out of service.</source>
        <translation>Вкажіть, чому ліжко виведено з використання.</translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation>Цього ліжка більше не існує.</translation>
    </message>
    <message>
        <source>This bed is already out of service.</source>
        <translation>Це ліжко вже виведено з використання.</translation>
    </message>
    <message>
        <source>This bed is booked for the night of {date}. Move or end that stay first.</source>
        <translation>Це ліжко зайняте на ніч {date}. Спочатку переведіть людину на інше ліжко або завершіть це проживання.</translation>
    </message>
    <message>
        <source>This bed is not out of service.</source>
        <translation>Це ліжко не виведено з використання.</translation>
    </message>
    <message>
        <source>The bed cannot return to service before it went out of service.</source>
        <translation>Ліжко не може повернутися у використання раніше, ніж його було виведено з використання.</translation>
    </message>
    <message>
        <source>This stay no longer exists.</source>
        <translation>Цього проживання більше не існує.</translation>
    </message>
    <message>
        <source>Unknown admission reason: {code}.</source>
        <translation>Невідома причина поселення: {code}.</translation>
    </message>
    <message>
        <source>Please choose at least one admission reason.</source>
        <translation>Виберіть хоча б одну причину поселення.</translation>
    </message>
    <message>
        <source>Please choose the area of the goal.</source>
        <translation>Виберіть сферу цілі.</translation>
    </message>
    <message>
        <source>Please choose the status of the goal.</source>
        <translation>Виберіть статус цілі.</translation>
    </message>
    <message>
        <source>Please describe the goal.</source>
        <translation>Опишіть ціль.</translation>
    </message>
    <message>
        <source>The review date cannot be before the admission.</source>
        <translation>Дата перегляду не може бути раніше за поселення.</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>Цієї цілі більше не існує.</translation>
    </message>
    <message>
        <source>The case note is empty.</source>
        <translation>Запис щодо випадку порожній.</translation>
    </message>
    <message>
        <source>A case note cannot be dated in the future.</source>
        <translation>Запис щодо випадку не може мати майбутню дату.</translation>
    </message>
    <message>
        <source>A case note cannot be dated before the admission.</source>
        <translation>Дата запису щодо випадку не може бути раніше за поселення.</translation>
    </message>
    <message>
        <source>This case note no longer exists.</source>
        <translation>Цього запису щодо випадку більше не існує.</translation>
    </message>
    <message>
        <source>Bed {bed} is already taken on the night of {date}.</source>
        <translation>Ліжко {bed} уже зайняте на ніч {date}.</translation>
    </message>
    <message>
        <source>Bed {bed} is out of service from {date}: {reason}</source>
        <translation>Ліжко {bed} виведено з використання з {date}: {reason}</translation>
    </message>
    <message>
        <source>This bed is no longer in use.</source>
        <translation>Це ліжко більше не використовується.</translation>
    </message>
    <message>
        <source>Bed {bed} is only in service from {date}.</source>
        <translation>Ліжко {bed} використовується лише з {date}.</translation>
    </message>
    <message>
        <source>Client {code} already has a stay on the night of {date}.</source>
        <translation>Клієнт {code} уже має проживання на ніч {date}.</translation>
    </message>
    <message>
        <source>That bed or that client is already booked for one of these nights. Nothing was saved.</source>
        <translation>Це ліжко або цей клієнт уже зайняті на одну з цих ночей. Нічого не збережено.</translation>
    </message>
    <message>
        <source>Shelter reservation</source>
        <translation>Бронювання в притулку</translation>
    </message>
    <message>
        <source>{kind} from {start} to {end}, bed {bed}</source>
        <translation>{kind} з {start} до {end}, ліжко {bed}</translation>
    </message>
    <message>
        <source>Staying in the shelter</source>
        <translation>Проживає в притулку</translation>
    </message>
    <message numerus="yes">
        <source>{kind} since {start} (%n nights), bed {bed}, planned end {end}</source>
        <translation>
            <numerusform>{kind} з {start} (%n ніч), ліжко {bed}, заплановане завершення {end}</numerusform>
            <numerusform>{kind} з {start} (%n ночі), ліжко {bed}, заплановане завершення {end}</numerusform>
            <numerusform>{kind} з {start} (%n ночей), ліжко {bed}, заплановане завершення {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>(past the planned end)</source>
        <translation>(понад запланований термін)</translation>
    </message>
    <message>
        <source>Shelter stay</source>
        <translation>Проживання в притулку</translation>
    </message>
    <message numerus="yes">
        <source>{kind} {start} to {end} (%n nights): {outcome}</source>
        <translation>
            <numerusform>{kind} {start} – {end} (%n ніч): {outcome}</numerusform>
            <numerusform>{kind} {start} – {end} (%n ночі): {outcome}</numerusform>
            <numerusform>{kind} {start} – {end} (%n ночей): {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n child(ren)</source>
        <translation>
            <numerusform>з %n дитиною</numerusform>
            <numerusform>з %n дітьми</numerusform>
            <numerusform>з %n дітьми</numerusform>
        </translation>
    </message>
    <message>
        <source>Admission reasons</source>
        <translation>Причини поселення</translation>
    </message>
    <message>
        <source>Children&apos;s ages must be whole numbers from 0 to 17, separated by commas.</source>
        <extracomment>admissions entered from old paper records may go back this far (keeps bed-night rows bounded)</extracomment>
        <translation>Вік дітей потрібно вказати цілими числами від 0 до 17 через кому.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Введіть код клієнта.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Клієнта з кодом {code} немає.</translation>
    </message>
    <message>
        <source>Please choose a bed.</source>
        <translation>Виберіть ліжко.</translation>
    </message>
    <message>
        <source>Please choose who approved this from the staff list.</source>
        <translation>Виберіть зі списку працівників, хто це затвердив.</translation>
    </message>
    <message>
        <source>Only social workers may record admission reasons.</source>
        <translation>Записувати причини поселення можуть лише соціальні працівники.</translation>
    </message>
    <message>
        <source>Please choose the type of stay.</source>
        <translation>Виберіть тип проживання.</translation>
    </message>
    <message>
        <source>A reservation must start today or later.</source>
        <translation>Бронювання має починатися сьогодні або пізніше.</translation>
    </message>
    <message>
        <source>The admission date {date} is in the future. Make a reservation instead.</source>
        <translation>Дата поселення {date} ще не настала. Натомість зробіть бронювання.</translation>
    </message>
    <message>
        <source>The admission date is more than five years ago. Please check the date.</source>
        <translation>Дата поселення понад п’ять років тому. Будь ласка, перевірте дату.</translation>
    </message>
    <message>
        <source>The planned end must be after the admission date.</source>
        <translation>Заплановане завершення має бути пізніше за дату поселення.</translation>
    </message>
    <message>
        <source>A stay can be planned for at most one year; extend it later if needed.</source>
        <translation>Проживання можна запланувати не більше ніж на рік; за потреби продовжте його пізніше.</translation>
    </message>
    <message>
        <source>The number of children must be from 0 to 12.</source>
        <translation>Кількість дітей має бути від 0 до 12.</translation>
    </message>
    <message>
        <source>Give one age for each accompanying child.</source>
        <translation>Вкажіть вік для кожної дитини, яка прибула разом із клієнтом.</translation>
    </message>
    <message>
        <source>This client already has a current stay or reservation.</source>
        <translation>Цей клієнт уже має поточне проживання або бронювання.</translation>
    </message>
    <message>
        <source>Bed {bed} is still occupied by a stay past its planned end. Discharge or move that person first.</source>
        <translation>Ліжко {bed} досі зайняте проживанням понад запланований термін. Спочатку оформіть вибуття цієї людини або переведіть її.</translation>
    </message>
    <message>
        <source>The arrival date {date} is in the future.</source>
        <translation>Дата прибуття {date} ще не настала.</translation>
    </message>
    <message>
        <source>Only a reservation can be checked in.</source>
        <translation>Відмітити прибуття можна лише за бронюванням.</translation>
    </message>
    <message>
        <source>The arrival date must be before the planned end.</source>
        <translation>Дата прибуття має бути раніше за заплановане завершення.</translation>
    </message>
    <message>
        <source>Only a reservation can be cancelled; discharge a stay instead.</source>
        <translation>Скасувати можна лише бронювання; для проживання натомість оформіть вибуття.</translation>
    </message>
    <message>
        <source>Please give a reason for the extension.</source>
        <translation>Вкажіть причину продовження.</translation>
    </message>
    <message>
        <source>The review date cannot be in the past.</source>
        <translation>Дата перегляду не може бути в минулому.</translation>
    </message>
    <message>
        <source>Only a current stay can be extended.</source>
        <translation>Продовжити можна лише поточне проживання.</translation>
    </message>
    <message>
        <source>The new planned end must be after the current one ({date}).</source>
        <translation>Нове заплановане завершення має бути пізніше за поточне ({date}).</translation>
    </message>
    <message>
        <source>A stay cannot be extended beyond two years.</source>
        <translation>Проживання не можна продовжити понад два роки.</translation>
    </message>
    <message>
        <source>The review date must be on or before the new planned end.</source>
        <translation>Дата перегляду має бути не пізніше за нове заплановане завершення.</translation>
    </message>
    <message>
        <source>A discharged stay cannot be moved.</source>
        <translation>Після вибуття переведення на інше ліжко неможливе.</translation>
    </message>
    <message>
        <source>The stay is already in that bed.</source>
        <translation>Людина вже на цьому ліжку.</translation>
    </message>
    <message>
        <source>The move date {date} is in the future.</source>
        <translation>Дата переведення {date} ще не настала.</translation>
    </message>
    <message>
        <source>The move date cannot be before the admission date.</source>
        <translation>Дата переведення не може бути раніше за дату поселення.</translation>
    </message>
    <message>
        <source>The move date cannot be before the last move ({date}).</source>
        <translation>Дата переведення не може бути раніше за останнє переведення ({date}).</translation>
    </message>
    <message>
        <source>Please choose the outcome of the stay.</source>
        <translation>Виберіть результат проживання.</translation>
    </message>
    <message>
        <source>The discharge date {date} is in the future.</source>
        <translation>Дата вибуття {date} ще не настала.</translation>
    </message>
    <message>
        <source>This is only a reservation: cancel it instead of discharging.</source>
        <translation>Це лише бронювання: скасуйте його замість оформлення вибуття.</translation>
    </message>
    <message>
        <source>This stay was already discharged on {date}.</source>
        <translation>Вибуття за цим проживанням уже оформлено {date}.</translation>
    </message>
    <message>
        <source>The discharge date cannot be before the admission date ({date}).</source>
        <translation>Дата вибуття не може бути раніше за дату поселення ({date}).</translation>
    </message>
    <message>
        <source>Please choose where the person was referred.</source>
        <translation>Виберіть, куди направлено людину.</translation>
    </message>
    <message>
        <source>Reserve a bed</source>
        <translation>Забронювати ліжко</translation>
    </message>
    <message>
        <source>Admit to the shelter</source>
        <translation>Поселити до притулку</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>e.g. 3, 7</source>
        <translation>напр., 3, 7</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Ліжко</translation>
    </message>
    <message>
        <source>Type of stay</source>
        <translation>Тип проживання</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Дата прибуття</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Дата поселення</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Заплановане завершення</translation>
    </message>
    <message>
        <source>Accompanying children</source>
        <translation>Діти разом із клієнтом</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Вік дітей</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Хто затвердив</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>Примітка щодо причини</translation>
    </message>
    <message>
        <source>Extend stay of {code}</source>
        <translation>Продовжити проживання: {code}</translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation>Призначити дату перегляду</translation>
    </message>
    <message>
        <source>Current planned end</source>
        <translation>Поточне заплановане завершення</translation>
    </message>
    <message>
        <source>New planned end</source>
        <translation>Нове заплановане завершення</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Move {code} to another bed</source>
        <translation>Перевести {code} на інше ліжко</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Зараз на ліжку</translation>
    </message>
    <message>
        <source>New bed</source>
        <translation>Нове ліжко</translation>
    </message>
    <message>
        <source>From the night of</source>
        <translation>Починаючи з ночі</translation>
    </message>
    <message>
        <source>Discharge {code}</source>
        <translation>Вибуття: {code}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Поселено</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Дата вибуття</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куди направлено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) so far</source>
        <translation>
            <numerusform>уже %n ніч</numerusform>
            <numerusform>уже %n ночі</numerusform>
            <numerusform>уже %n ночей</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned end {date}</source>
        <translation>Заплановане завершення {date}</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Минув плановий термін</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>З {date}</translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>До {date}</translation>
    </message>
    <message>
        <source>Reserved from {date}</source>
        <translation>Заброньовано з {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n дитина</numerusform>
            <numerusform>%n дитини</numerusform>
            <numerusform>%n дітей</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Ночі</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Вибуття</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кімната</translation>
    </message>
    <message>
        <source>In service from</source>
        <translation>У використанні з</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Поза використанням</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>У використанні</translation>
    </message>
    <message>
        <source>Crisis stay</source>
        <translation>Кризове проживання</translation>
    </message>
    <message>
        <source>Long stay</source>
        <translation>Тривале проживання</translation>
    </message>
    <message>
        <source>Homeless</source>
        <extracomment>default planned length (nights) of each stay type a stay planned longer than this (nights) needs a review date on the extension that takes it there</extracomment>
        <translation>Відсутність житла</translation>
    </message>
    <message>
        <source>Fleeing violence</source>
        <translation>Втеча від насильства</translation>
    </message>
    <message>
        <source>Financial crisis</source>
        <translation>Фінансова криза</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Вагітність</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Хвороба</translation>
    </message>
    <message>
        <source>Threatened loss of parental rights</source>
        <translation>Загроза позбавлення батьківських прав</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Забезпечено житлом</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Повернення додому</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлено в іншу установу</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>Вибуття без попередження</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Фінанси</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Правові питання</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Parental</source>
        <translation>Батьківство</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Виконується</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Досягнута</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Скасована</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Проживає</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Вільне</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Зайняте</translation>
    </message>
    <message>
        <source>Please say why this is being corrected.</source>
        <translation>Зазначте, чому вноситься виправлення.</translation>
    </message>
    <message>
        <source>This stay has not been discharged.</source>
        <extracomment>the kind of record ``_latest`` reads (a move or an extension of the stay)</extracomment>
        <translation>Це перебування не було завершено випискою.</translation>
    </message>
    <message>
        <source>This client has a newer stay or reservation; the discharge cannot be undone.</source>
        <translation>У цього клієнта є новіше перебування чи бронювання; виписку не можна скасувати.</translation>
    </message>
    <message>
        <source>A discharged stay cannot be changed; undo the discharge first.</source>
        <translation>Завершене перебування не можна змінити; спершу скасуйте виписку.</translation>
    </message>
    <message>
        <source>This stay has no move to undo.</source>
        <translation>У цьому перебуванні немає переведення, яке можна скасувати.</translation>
    </message>
    <message>
        <source>This stay has no extension to undo.</source>
        <translation>У цьому перебуванні немає продовження, яке можна скасувати.</translation>
    </message>
    <message>
        <source>Only a current stay or a reservation can be shortened.</source>
        <translation>Скоротити можна лише поточне перебування чи бронювання.</translation>
    </message>
    <message>
        <source>The new planned end must be before the current one ({date}).</source>
        <translation>Нове планове завершення має бути раніше за поточне ({date}).</translation>
    </message>
    <message>
        <source>To end the stay today or earlier, discharge the person instead.</source>
        <translation>Щоб завершити перебування сьогодні чи раніше, оформіть виписку.</translation>
    </message>
    <message>
        <source>The date of the change cannot be in the future.</source>
        <translation>Дата зміни не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>The children can be changed only during a current stay.</source>
        <translation>Кількість дітей можна змінити лише під час поточного перебування.</translation>
    </message>
    <message>
        <source>The date of the change cannot be before the admission date ({date}).</source>
        <translation>Дата зміни не може бути раніше за дату поселення ({date}).</translation>
    </message>
    <message>
        <source>The stay already has this number of children.</source>
        <translation>Для цього перебування вже зазначено таку кількість дітей.</translation>
    </message>
    <message numerus="yes">
        <source>This takes the stay beyond %n night(s): please set a review date.</source>
        <translation>
            <numerusform>Перебування перевищить %n ніч: зазначте дату перегляду.</numerusform>
            <numerusform>Перебування перевищить %n ночі: зазначте дату перегляду.</numerusform>
            <numerusform>Перебування перевищить %n ночей: зазначте дату перегляду.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten the stay (earlier planned end)</source>
        <translation>Скоротити перебування (раніше завершення)</translation>
    </message>
    <message>
        <source>Change the number of accompanying children</source>
        <translation>Змінити кількість дітей, що супроводжують</translation>
    </message>
    <message>
        <source>Undo the last extension</source>
        <translation>Скасувати останнє продовження</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Скасувати останнє переведення</translation>
    </message>
    <message>
        <source>Undo the discharge</source>
        <translation>Скасувати виписку</translation>
    </message>
    <message>
        <source>Void the admission (entered in error)</source>
        <translation>Анулювати поселення (внесено помилково)</translation>
    </message>
    <message>
        <source>Correct the stay of {code}</source>
        <translation>Виправити перебування {code}</translation>
    </message>
    <message>
        <source>{bed}, from {start}, planned end {end}</source>
        <translation>{bed}, з {start}, планове завершення {end}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Перебування</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <source>From the date</source>
        <translation>З дати</translation>
    </message>
    <message>
        <source>Type the client code</source>
        <translation>Введіть код клієнта</translation>
    </message>
    <message>
        <source>No bed is free for these nights</source>
        <translation>Немає вільного ліжка на ці ночі</translation>
    </message>
    <message>
        <source>No bed is free for all these nights. Choose other dates.</source>
        <translation>Немає ліжка, вільного на всі ці ночі. Виберіть інші дати.</translation>
    </message>
    <message>
        <source>No other bed is free</source>
        <translation>Іншого вільного ліжка немає</translation>
    </message>
    <message>
        <source>No other bed is free for the rest of this stay.</source>
        <translation>Немає іншого ліжка, вільного до кінця цього перебування.</translation>
    </message>
    <message>
        <source>{date} (due)</source>
        <translation>{date} (строк настав)</translation>
    </message>
    <message>
        <source>Review of the stay is due</source>
        <translation>Настав строк перегляду перебування</translation>
    </message>
    <message>
        <source>Goal past its target: {goal}</source>
        <translation>Строк цілі минув: {goal}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Bed board</source>
        <translation>Ліжка</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Мешканці</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Робота з випадком</translation>
    </message>
    <message>
        <source>Rooms and beds</source>
        <translation>Кімнати та ліжка</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Referral slip</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>The slip goes with the person. By default it says only where and when to go, and the referral number the clinic can quote.</source>
        <translation>Направлення йде з людиною. Типово в ньому лише куди й коли прийти та номер направлення, який може назвати клініка.</translation>
    </message>
    <message>
        <source>The person agrees that the slip mentions the HIV test</source>
        <translation>Людина згодна, щоб у направленні був згаданий тест на ВІЛ</translation>
    </message>
    <message>
        <source>The person agrees that the slip mentions work with sex workers</source>
        <translation>Людина згодна, щоб у направленні була згадана робота із секс-працівниками</translation>
    </message>
    <message>
        <source>Language of the slip:</source>
        <translation>Мова направлення:</translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation>Зберегти направлення</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>Введіть своє ім’я користувача.</translation>
    </message>
    <message>
        <source>The login could not be checked. Please try again.</source>
        <translation>Не вдалося перевірити вхід. Спробуйте ще раз.</translation>
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
        <translation>Набір</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Серія</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тести</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недійсні</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>Контроль якості</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Наявно</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Receive kits</source>
        <translation>Надходження наборів</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не вимірювали</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <source>Kit name:</source>
        <translation>Назва набору:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>Номер серії:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Придатний до:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Кількість:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Arrival temperature:</source>
        <translation>Температура під час надходження:</translation>
    </message>
    <message>
        <source>Selected lot: discard or count</source>
        <translation>Вибрана серія: списання або перерахунок</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Списати</translation>
    </message>
    <message>
        <source>Save stock count</source>
        <translation>Зберегти перерахунок</translation>
    </message>
    <message>
        <source>Kits to discard:</source>
        <translation>Наборів до списання:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Kits counted on the shelf:</source>
        <translation>Наборів нараховано на полиці:</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Використано</translation>
    </message>
    <message>
        <source>⚠ EXPIRED — discard</source>
        <translation>⚠ ТЕРМІН МИНУВ — списати</translation>
    </message>
    <message>
        <source>⚠ Expires soon</source>
        <translation>⚠ Скоро спливає</translation>
    </message>
    <message>
        <source>Please enter how many kits are discarded (a whole number above zero).</source>
        <translation>Вкажіть, скільки наборів списується (ціле число більше нуля).</translation>
    </message>
    <message>
        <source>Discard kits</source>
        <translation>Списати набори</translation>
    </message>
    <message>
        <source>Discard {n} kits of lot {lot} ({reason})? They leave the stock for good.</source>
        <translation>Списати {n} наборів партії {lot} ({reason})? Вони назавжди підуть зі складу.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Reconciliation: received {rec} = tests {used} + invalid {inv} + QC {qc} + discarded {disc} + on hand {hand} {mark}</source>
        <translation>Звірка: отримано {rec} = тести {used} + недійсні {inv} + контроль якості {qc} + списано {disc} + наявно {hand} {mark}</translation>
    </message>
    <message>
        <source>Kits received</source>
        <translation>Набори отримано</translation>
    </message>
    <message>
        <source>{n} kits of lot {lot} were taken into stock. Run the kit controls before the first client test.</source>
        <translation>{n} наборів партії {lot} прийнято на склад. Проведіть контроль наборів перед першим тестом клієнта.</translation>
    </message>
    <message>
        <source>Choose a lot in the table first.</source>
        <translation>Спочатку виберіть серію в таблиці.</translation>
    </message>
</context>
<context>
    <name>StoresTab</name>
    <message>
        <source>HIV testing, case-work and legal records are kept in their own encrypted stores. Each account holds the keys of the stores its role reads, wrapped with its own password.</source>
        <translation>Записи про тестування на ВІЛ, соціальну та юридичну роботу зберігаються в окремих зашифрованих сховищах. Кожен обліковий запис тримає ключі сховищ, які читає його роль, захищені його власним паролем.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>After the upgrade that made the stores, their keys are also kept under the database passphrase until every account has logged in once. Finish the upgrade when everyone has, or when those still listed will get a one-time password.</source>
        <translation>Після оновлення, що створило сховища, їхні ключі також зберігаються під паролем бази даних, доки кожен обліковий запис не увійде хоча б раз. Завершіть оновлення, коли всі увійдуть або коли ті, хто ще в списку, отримають одноразовий пароль.</translation>
    </message>
    <message>
        <source>&amp;Finish the upgrade</source>
        <translation>&amp;Завершити оновлення</translation>
    </message>
    <message>
        <source>R&amp;otate keys…</source>
        <translation>Змі&amp;нити ключі…</translation>
    </message>
    <message>
        <source>New re&amp;covery key…</source>
        <translation>Новий к&amp;люч відновлення…</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the stores have no keys to manage here: the server&apos;s roles let each login read only the stores its role needs.</source>
        <translation>На сервері центру сховища не мають ключів, якими треба керувати тут: ролі сервера дозволяють кожному входу читати лише сховища, потрібні його ролі.</translation>
    </message>
    <message>
        <source>Every account holds the keys its role needs.</source>
        <translation>Кожен обліковий запис має ключі, потрібні його ролі.</translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation>Завершити оновлення</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новий ключ відновлення</translation>
    </message>
    <message>
        <source>The recovery key you have locked away stops working. Make a new one now?</source>
        <translation>Ключ відновлення, який ви сховали, перестане працювати. Створити новий зараз?</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets and prevention package</source>
        <extracomment>the parts of the package a manager can ask for: (label, service codes any of which counts)</extracomment>
        <translation>Цілі й профілактичний пакет</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Без цілі</translation>
    </message>
    <message>
        <source>Targets for the year (the report shows the year to date against them)</source>
        <translation>Цілі на рік (звіт порівнює з ними дані з початку року)</translation>
    </message>
    <message>
        <source>Condoms (male or female)</source>
        <translation>Презервативи (чоловічі або жіночі)</translation>
    </message>
    <message>
        <source>Information (leaflets)</source>
        <translation>Інформація (листівки)</translation>
    </message>
    <message>
        <source>An HIV test offered</source>
        <translation>Запропоновано тест на ВІЛ</translation>
    </message>
    <message>
        <source>People reached with the defined package received all of:</source>
        <translation>Люди, охоплені визначеним пакетом, отримали все це:</translation>
    </message>
</context>
<context>
    <name>TestResult</name>
    <message>
        <source>Non-reactive</source>
        <translation>Нереактивний</translation>
    </message>
    <message>
        <source>Reactive (preliminary positive)</source>
        <translation>Реактивний (попередньо позитивний)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недійсний</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Триває</translation>
    </message>
</context>
<context>
    <name>TestTile</name>
    <message>
        <source>{kit} · lot {lot}</source>
        <extracomment>a readable tile flashes for this many ticks (seconds) after it became readable or the screen was unlocked</extracomment>
        <translation>{kit} · серія {lot}</translation>
    </message>
    <message>
        <source>{kit} · repeat</source>
        <translation>{kit} · повторний</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Почато о {time}</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Ввести результат</translation>
    </message>
    <message>
        <source>Record invalid — repeat with a new kit</source>
        <translation>Записати як недійсний — повторити з новим набором</translation>
    </message>
    <message>
        <source>Cancel test…</source>
        <translation>Скасувати тест…</translation>
    </message>
    <message>
        <source>Readable in {time}</source>
        <translation>Можна зчитати через {time}</translation>
    </message>
    <message>
        <source>Read now — {time} left</source>
        <translation>Зчитайте зараз — залишилося {time}</translation>
    </message>
    <message>
        <source>Too late ({time}): invalid, repeat with a new kit</source>
        <translation>Запізно ({time}): недійсний, повторіть із новим набором</translation>
    </message>
</context>
<context>
    <name>Testing</name>
    <message>
        <source>{kit} lot {lot} (expires {expiry}, {n} left)</source>
        <translation>{kit}, серія {lot} (придатний до {expiry}, залишилося: {n})</translation>
    </message>
    <message>
        <source>This person is on ART: the rapid test can give a false non-reactive result. Explain this before testing.</source>
        <translation>Ця людина отримує АРТ: швидкий тест може дати хибний нереактивний результат. Поясніть це перед тестуванням.</translation>
    </message>
    <message>
        <source>This person is on PrEP: the rapid test can give a false non-reactive result. Explain this before testing.</source>
        <translation>Ця людина приймає ДКП (PrEP): швидкий тест може дати хибний нереактивний результат. Поясніть це перед тестуванням.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Введіть код клієнта.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Клієнта з кодом {code} немає.</translation>
    </message>
    <message>
        <source>Please choose risk items from the list.</source>
        <translation>Виберіть чинники ризику зі списку.</translation>
    </message>
    <message>
        <source>Months since the last test must be between 0 and 600.</source>
        <translation>Кількість місяців від останнього тесту має бути від 0 до 600.</translation>
    </message>
    <message>
        <source>Months since the last test only applies to someone who has tested before.</source>
        <translation>Кількість місяців від останнього тесту вказують лише для тих, хто вже тестувався раніше.</translation>
    </message>
    <message>
        <source>A counselling session cannot be in the future.</source>
        <translation>Консультування не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>This counselling session does not exist.</source>
        <extracomment>what happens to the kit of a test cancelled by mistake</extracomment>
        <translation>Такого консультування не існує.</translation>
    </message>
    <message>
        <source>Please choose the kit lot.</source>
        <translation>Виберіть серію набору.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}. Expired kits cannot be used; choose another lot.</source>
        <translation>Термін придатності серії {lot} минув {date}. Прострочені набори використовувати не можна; виберіть іншу серію.</translation>
    </message>
    <message>
        <source>Lot {lot} has no kits left. Choose another lot.</source>
        <translation>Наборів серії {lot} не залишилося. Виберіть іншу серію.</translation>
    </message>
    <message>
        <source>Lot {lot} failed its last quality-control run and must not be used.</source>
        <translation>Серія {lot} не пройшла останню перевірку контролю якості, її не можна використовувати.</translation>
    </message>
    <message>
        <source>The person has not given verbal informed consent, so no test can be recorded.</source>
        <translation>Людина не дала усної інформованої згоди, тому тест не можна записати.</translation>
    </message>
    <message>
        <source>The test to repeat belongs to another person or does not exist.</source>
        <translation>Тест, який потрібно повторити, належить іншій людині або не існує.</translation>
    </message>
    <message>
        <source>Only an invalid test can be repeated.</source>
        <translation>Повторити можна лише недійсний тест.</translation>
    </message>
    <message>
        <source>A test for this person is already running on the board.</source>
        <translation>Тест для цієї людини вже запущено на табло.</translation>
    </message>
    <message>
        <source>Record today&apos;s counselling session with consent before starting a test.</source>
        <translation>Перш ніж почати тест, запишіть сьогоднішнє консультування зі згодою.</translation>
    </message>
    <message>
        <source>Please enter both the start time and the read time.</source>
        <translation>Введіть і час початку, і час зчитування.</translation>
    </message>
    <message>
        <source>Record the counselling session of that day (with consent) first.</source>
        <translation>Спочатку запишіть консультування того дня (зі згодою).</translation>
    </message>
    <message>
        <source>Please say whether the kit goes back into stock or was wasted.</source>
        <translation>Вкажіть, чи набір повертається на склад, чи зіпсований.</translation>
    </message>
    <message>
        <source>This test does not exist.</source>
        <translation>Такого тесту не існує.</translation>
    </message>
    <message>
        <source>This test already has a result; it cannot be cancelled.</source>
        <translation>Цей тест уже має результат; його не можна скасувати.</translation>
    </message>
    <message>
        <source>Please choose why the test is invalid from the list.</source>
        <translation>Оберіть зі списку, чому тест недійсний.</translation>
    </message>
    <message>
        <source>The test has run {minutes} minutes. A result can only be read from {start} minutes.</source>
        <translation>Від початку тесту минуло хвилин: {minutes}. Результат можна зчитувати лише від {start}-ї хвилини.</translation>
    </message>
    <message>
        <source>More than {end} minutes have passed: the only allowed outcome is invalid. Repeat with a new kit.</source>
        <translation>Минуло понад {end} хв: єдиний допустимий результат — недійсний. Повторіть тест із новим набором.</translation>
    </message>
    <message>
        <source>Please say whether the control line and the test line are visible.</source>
        <translation>Вкажіть, чи видно контрольну й тестову лінії.</translation>
    </message>
    <message>
        <source>This test already has a result.</source>
        <translation>Цей тест уже має результат.</translation>
    </message>
    <message>
        <source>The test cannot start before the counselling session in which consent was given ({time}).</source>
        <translation>Тест не може початися до консультації, на якій було надано згоду ({time}).</translation>
    </message>
    <message>
        <source>Times of a retrospective entry cannot be in the future.</source>
        <translation>Час у записі заднім числом не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>The read time must be after the start time.</source>
        <translation>Час зчитування має бути пізніше за час початку.</translation>
    </message>
    <message>
        <source>Please write why you need to open this record (at least 10 characters).</source>
        <translation>Напишіть, навіщо вам потрібно відкрити цей запис (щонайменше 10 символів).</translation>
    </message>
    <message>
        <source>Please choose where the test was done from the list.</source>
        <translation>Будь ласка, оберіть зі списку, де проводився тест.</translation>
    </message>
    <message>
        <source>Please choose a referral destination from the list.</source>
        <translation>Виберіть місце направлення зі списку.</translation>
    </message>
    <message>
        <source>At the drop-in centre</source>
        <extracomment>where a test was done (the MER testing modality); the testing page records drop-in tests</extracomment>
        <translation>У центрі</translation>
    </message>
    <message>
        <source>On outreach</source>
        <translation>На аутріч-виїзді</translation>
    </message>
    <message>
        <source>Other community setting</source>
        <translation>Інше місце в громаді</translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message numerus="yes">
        <source>%n person(s) not yet linked past the due date: contact them today.</source>
        <translation>
            <numerusform>%n людину ще не залучено до лікування, хоча строк минув: зв’яжіться з нею сьогодні.</numerusform>
            <numerusform>%n людини ще не залучено до лікування, хоча строк минув: зв’яжіться з ними сьогодні.</numerusform>
            <numerusform>%n людей ще не залучено до лікування, хоча строк минув: зв’яжіться з ними сьогодні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-timer board</source>
        <translation>Табло таймерів</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Консультування</translation>
    </message>
    <message>
        <source>Paper entry (retrospective)</source>
        <translation>Паперовий запис (заднім числом)</translation>
    </message>
    <message>
        <source>Referrals and follow-up</source>
        <translation>Направлення та відстеження</translation>
    </message>
    <message>
        <source>Kit stock</source>
        <translation>Запас наборів</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Контроль якості</translation>
    </message>
    <message>
        <source>Open one record (break-glass)</source>
        <translation>Відкрити один запис (екстрений доступ)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n прострочене</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to read</source>
        <translation>
            <numerusform>%n можна читати</numerusform>
            <numerusform>%n можна читати</numerusform>
            <numerusform>%n можна читати</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestingProfile</name>
    <message>
        <source>Counselling sessions</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>Last counselling</source>
        <translation>Остання консультація</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Не було</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тести</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Останній тест</translation>
    </message>
    <message>
        <source>{date}: {result}</source>
        <translation>{date}: {result}</translation>
    </message>
    <message numerus="yes">
        <source>Open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Відкрито, прострочено на %n день</numerusform>
            <numerusform>Відкрито, прострочено на %n дні</numerusform>
            <numerusform>Відкрито, прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, due {date}</source>
        <translation>Відкрито, строк {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: {reason}</source>
        <translation>Закрито {date}: {reason}</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Супровід направлення</translation>
    </message>
    <message>
        <source>ART start</source>
        <translation>Початок АРТ</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Undo a visit… (Ctrl+Z)</source>
        <extracomment>the list keeps room for at least this many visits, however small the screen</extracomment>
        <translation>Скасувати візит… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undoes the last visit saved at this desk, or the visit selected in the list.</source>
        <translation>Скасовує останній візит, збережений на цьому місці, або візит, вибраний у списку.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Хто записав</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Скасовано: {reason}</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Session types</source>
        <translation>Типи занять</translation>
    </message>
    <message>
        <source>New type, e.g. Music</source>
        <translation>Новий тип, напр., Музика</translation>
    </message>
    <message>
        <source>Children&apos;s session</source>
        <translation>Дитяче заняття</translation>
    </message>
    <message>
        <source>Parents&apos; workshop</source>
        <translation>Семінар для батьків</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Untick a type to stop offering it; past sessions keep it.</source>
        <translation>Зніміть позначку з типу, щоб більше його не пропонувати; у минулих заняттях він залишиться.</translation>
    </message>
    <message>
        <source> (workshop)</source>
        <translation> (семінар)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock the database</source>
        <translation>Розблокування бази даних</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Парольна фраза бази даних</translation>
    </message>
    <message>
        <source>Database &amp;passphrase:</source>
        <translation>&amp;Парольна фраза бази даних:</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Інший файл…</translation>
    </message>
    <message>
        <source>Open another dropin database file</source>
        <translation>Відкрити інший файл бази даних dropin</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база даних…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Open a dropin database</source>
        <translation>Відкрити базу даних dropin</translation>
    </message>
    <message>
        <source>dropin database (*.db);;All files (*)</source>
        <translation>База даних dropin (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Please type the database passphrase.</source>
        <translation>Введіть парольну фразу бази даних.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
    <message>
        <source>The database could not be opened. Please try again.</source>
        <translation>Не вдалося відкрити базу даних. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Додати &amp;користувача…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Змінити &amp;роль…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Д&amp;еактивувати</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Скинути &amp;пароль…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ім’я для показу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблоковано до</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Останній вхід</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Активувати</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Пароль скинуто</translation>
    </message>
    <message>
        <source>The password of {name} was reset. Give them the new password in person.</source>
        <translation>Пароль {name} скинуто. Передайте новий пароль особисто.</translation>
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
        <translation>Код клієнта</translation>
    </message>
    <message>
        <source>Parent&apos;s client code</source>
        <translation>Код клієнта батька чи матері</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Назва кімнати</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>Позначення ліжка</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прізвисько</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ім&apos;я для показу</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>Примітка про ризики</translation>
    </message>
    <message>
        <source>Risk-reduction plan</source>
        <translation>План зниження ризиків</translation>
    </message>
    <message>
        <source>Home-country note</source>
        <translation>Примітка про країну походження</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Назва тесту</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партії</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст запису</translation>
    </message>
    <message>
        <source>Admission note</source>
        <translation>Примітка про поселення</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Примітка про підсумок</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>This text</source>
        <translation>Цей текст</translation>
    </message>
    <message>
        <source>“{label}” must be text.</source>
        <translation>Поле «{label}» має бути текстом.</translation>
    </message>
    <message>
        <source>“{label}” contains a character that cannot be saved (an invisible control character or a broken symbol). Please retype it.</source>
        <translation>У полі «{label}» є символ, який не можна зберегти (невидимий керівний символ або пошкоджений знак). Введіть текст заново.</translation>
    </message>
    <message numerus="yes">
        <source>“{label}” may have at most %n character(s); this text has {length}.</source>
        <translation>
            <numerusform>Поле «{label}» може містити не більше %n символу; у цьому тексті {length}.</numerusform>
            <numerusform>Поле «{label}» може містити не більше %n символів; у цьому тексті {length}.</numerusform>
            <numerusform>Поле «{label}» може містити не більше %n символів; у цьому тексті {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>A service code has 2 to 32 small letters, digits or underscores and starts with a letter.</source>
        <translation>Код послуги має містити від 2 до 32 малих латинських літер, цифр або знаків підкреслення й починатися з літери.</translation>
    </message>
    <message>
        <source>A service with this code already exists.</source>
        <translation>Послуга з таким кодом уже існує.</translation>
    </message>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>Цієї послуги немає в каталозі.</translation>
    </message>
    <message>
        <source>Please enter the name of the service.</source>
        <translation>Введіть назву послуги.</translation>
    </message>
    <message>
        <source>Please choose a group from the list.</source>
        <translation>Виберіть групу зі списку.</translation>
    </message>
    <message>
        <source>Please choose how the person reached the centre.</source>
        <translation>Виберіть, як людина звернулася до центру.</translation>
    </message>
    <message>
        <source>Please enter a client code or mark the visit as an anonymous walk-in.</source>
        <translation>Введіть код клієнта або позначте відвідування як анонімне.</translation>
    </message>
    <message>
        <source>An anonymous walk-in cannot have a client code.</source>
        <translation>Анонімне відвідування не може мати коду клієнта.</translation>
    </message>
    <message>
        <source>Each service can be given once per visit; change its quantity instead.</source>
        <extracomment>the orders :meth:`VisitService.list_visits` can sort by, in the database; only &quot;date&quot; has an index over every visit (the others suit one client&apos;s visits, as in the profile)</extracomment>
        <translation>Кожну послугу можна надати лише раз за відвідування; натомість змініть її кількість.</translation>
    </message>
    <message>
        <source>This client is not in the register.</source>
        <translation>Цього клієнта немає в реєстрі.</translation>
    </message>
    <message>
        <source>This service is no longer offered. Please refresh the screen.</source>
        <translation>Ця послуга більше не надається. Оновіть екран.</translation>
    </message>
    <message>
        <source>The quantity of {service} must be between 1 and {high}.</source>
        <translation>Кількість для послуги «{service}» має бути від 1 до {high}.</translation>
    </message>
    <message>
        <source>Please choose where the person was referred to.</source>
        <translation>Виберіть, куди направлено людину.</translation>
    </message>
    <message>
        <source>This referral destination is no longer in use.</source>
        <translation>Це місце направлення більше не використовується.</translation>
    </message>
    <message>
        <source>This visit does not exist.</source>
        <translation>Такого відвідування не існує.</translation>
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
        <translation>Цей список не можна так відсортувати.</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Хто записав</translation>
    </message>
</context>
</TS>
