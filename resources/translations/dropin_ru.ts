<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About dropin</source>
        <translation>О программе dropin</translation>
    </message>
    <message>
        <source>dropin {version}</source>
        <translation>dropin {version}</translation>
    </message>
    <message>
        <source>Confidential records for community-led drop-in centres.</source>
        <translation>Конфиденциальный учёт для дроп-ин центров сообществ.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Please enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters and no spaces.</source>
        <translation>Имя пользователя — не длиннее 64 символов и без пробелов.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database already has accounts; log in as a manager to add more.</source>
        <translation>В этой базе данных уже есть учётные записи; чтобы добавить новые, войдите как руководитель.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the stores have no keys to rotate: its roles protect them.</source>
        <translation>На сервере центра у хранилищ нет ключей для смены: их защищают роли сервера.</translation>
    </message>
    <message>
        <source>Only a manager logged in to this program, holding every store, can rotate the keys.</source>
        <translation>Сменить ключи может только руководитель, вошедший в эту программу и имеющий доступ ко всем хранилищам.</translation>
    </message>
    <message>
        <source>Finish the upgrade of the stores first; then rotate the keys.</source>
        <translation>Сначала завершите обновление хранилищ, затем смените ключи.</translation>
    </message>
    <message>
        <source>The password is wrong, so nothing was changed.</source>
        <translation>Пароль неверный, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>Only a manager logged in to this program, holding every store, can do this.</source>
        <translation>Это может сделать только руководитель, вошедший в эту программу и имеющий доступ ко всем хранилищам.</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 120 minutes.</source>
        <translation>Время автоблокировки должно быть от 1 до 120 минут.</translation>
    </message>
    <message>
        <source>Please choose a role.</source>
        <translation>Выберите роль.</translation>
    </message>
    <message>
        <source>That language is not available.</source>
        <translation>Этот язык недоступен.</translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>The centre needs at least one active manager.</source>
        <translation>В центре должен быть хотя бы один активный руководитель.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. After %n failed attempts in a row an account also waits a while before it accepts its password again.</source>
        <translation>
            <numerusform>Неверное имя пользователя или пароль. После %n неудачной попытки подряд учётная запись ещё некоторое время не принимает пароль.</numerusform>
            <numerusform>Неверное имя пользователя или пароль. После %n неудачных попыток подряд учётная запись ещё некоторое время не принимает пароль.</numerusform>
            <numerusform>Неверное имя пользователя или пароль. После %n неудачных попыток подряд учётная запись ещё некоторое время не принимает пароль.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong, or there were too many failed attempts; try again later.</source>
        <translation>Текущий пароль неверен, или было слишком много неудачных попыток; попробуйте позже.</translation>
    </message>
    <message>
        <source>Choose a password of your own, not the one the manager gave you.</source>
        <translation>Выберите собственный пароль, а не тот, что дал руководитель.</translation>
    </message>
    <message>
        <source>Please give a reason for unlocking the account.</source>
        <translation>Укажите причину разблокировки учётной записи.</translation>
    </message>
    <message>
        <source>That is not this database&apos;s recovery key, so nothing was changed.</source>
        <translation>Это не ключ восстановления этой базы данных, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>Give the user name of a manager account.</source>
        <translation>Укажите имя пользователя учётной записи руководителя.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
    <message>
        <source>Give the person their password in private; they can change it under dropin › Change my password.</source>
        <translation>Сообщите сотруднику пароль лично, без посторонних; сменить его можно в меню dropin › Сменить мой пароль.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Хранилища</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Добавить учётную запись сотрудника</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Change the database passphrase</source>
        <translation>Сменить парольную фразу базы данных</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a one-time password (Users → Reset password) to get the keys of their role: %n account(s).</source>
        <translation>
            <numerusform>Ждут одноразового пароля (Пользователи → Сбросить пароль), чтобы получить ключи своей роли: %n учётная запись.</numerusform>
            <numerusform>Ждут одноразового пароля (Пользователи → Сбросить пароль), чтобы получить ключи своей роли: %n учётные записи.</numerusform>
            <numerusform>Ждут одноразового пароля (Пользователи → Сбросить пароль), чтобы получить ключи своей роли: %n учётных записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not logged in since the upgrade: %n account(s). They will need a one-time password. Finish the upgrade now?</source>
        <translation>
            <numerusform>Не входили после обновления: %n учётная запись. Ей понадобится одноразовый пароль. Завершить обновление сейчас?</numerusform>
            <numerusform>Не входили после обновления: %n учётные записи. Им понадобится одноразовый пароль. Завершить обновление сейчас?</numerusform>
            <numerusform>Не входили после обновления: %n учётных записей. Им понадобится одноразовый пароль. Завершить обновление сейчас?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>This tab could not be opened because of an error. The error was logged.</source>
        <translation>Эту вкладку не удалось открыть из-за ошибки. Ошибка записана в журнал.</translation>
    </message>
</context>
<context>
    <name>Advocacy</name>
    <message>
        <source>Other areas</source>
        <translation>Другие районы</translation>
    </message>
    <message>
        <source>Area not recorded</source>
        <translation>Район не указан</translation>
    </message>
    <message>
        <source>Incidents by perpetrator</source>
        <extracomment>(key, title, the choice list its categories come from)</extracomment>
        <translation>Случаи по виновнику</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Incidents by area</source>
        <translation>Случаи по районам</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <source>Incidents documented with consent</source>
        <extracomment>plain figures: (key, label)</extracomment>
        <translation>Случаи, задокументированные с согласия</translation>
    </message>
    <message>
        <source>Complaints filed by the person</source>
        <translation>Жалобы, поданные самим человеком</translation>
    </message>
    <message>
        <source>Legal cases decided in the period</source>
        <translation>Дела, решённые за период</translation>
    </message>
    <message>
        <source>Legal cases won</source>
        <translation>Выигранные дела</translation>
    </message>
    <message>
        <source>Share of decided cases won</source>
        <translation>Доля выигранных среди решённых дел</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>Please choose at most ten years.</source>
        <translation>Выберите не более десяти лет.</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>Этот период ещё не начался.</translation>
    </message>
    <message>
        <source>Violence and rights violations in {year}</source>
        <translation>Насилие и нарушения прав в {year} году</translation>
    </message>
    <message>
        <source>Violence and rights violations</source>
        <translation>Насилие и нарушения прав</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>Only incidents whose person agreed to their anonymised use are counted. The report holds no client codes, no dates of single incidents and no accounts.</source>
        <translation>Учтены только случаи, по которым человек согласился на их анонимное использование. В отчёте нет кодов клиентов, дат отдельных случаев и рассказов.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <source>An incident may count under more than one kind of violation and of support. A legal case counts as decided when it was won or lost in the period; withdrawn and pending cases are not counted.</source>
        <translation>Один случай может учитываться в нескольких видах нарушений и помощи. Дело считается решённым, если за период оно выиграно или проиграно; отозванные и незавершённые дела не учитываются.</translation>
    </message>
    <message>
        <source>Advocacy report {period}</source>
        <translation>Отчёт для адвокации {period}</translation>
    </message>
</context>
<context>
    <name>AdvocacyPanel</name>
    <message>
        <source>Advocacy report (consented cases only, aggregates)</source>
        <translation>Отчёт для адвокации (только случаи с согласием, сводные данные)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Save the advocacy report</source>
        <translation>Сохранить отчёт для адвокации</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Пе&amp;риод:</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Type a name or parent code, then Enter to tick</source>
        <translation>Введите имя или код родителя и нажмите Enter, чтобы отметить</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Год рожд. / возраст</translation>
    </message>
    <message>
        <source>Parent&apos;s code</source>
        <translation>Код родителя</translation>
    </message>
    <message>
        <source>Consent to take part</source>
        <translation>Согласие на участие</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Фото разрешено</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Unregistered children:</source>
        <translation>&amp;Незарегистрированные дети:</translation>
    </message>
    <message>
        <source>Parents &amp;present:</source>
        <translation>&amp;Присутствующие родители:</translation>
    </message>
    <message>
        <source>Client code, then Enter</source>
        <translation>Код клиента и Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;code:</source>
        <translation>&amp;Код родителя:</translation>
    </message>
    <message>
        <source>Other adults &amp;without a code:</source>
        <translation>Другие взрослые &amp;без кода:</translation>
    </message>
    <message>
        <source>There is no session to record yet. Plan one on the Sessions tab.</source>
        <translation>Пока нет занятий для отметки. Запланируйте занятие на вкладке «Занятия».</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>Со&amp;хранить посещаемость</translation>
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
        <translation>Посещаемость не сохранена</translation>
    </message>
    <message>
        <source>The ticks for this session are not saved. Leave them unsaved?</source>
        <translation>Отметки по этому занятию не сохранены. Уйти, не сохраняя их?</translation>
    </message>
    <message>
        <source>This session is in the future: attendance can be taken on the day.</source>
        <translation>Это занятие ещё не наступило: посещаемость можно отметить в день занятия.</translation>
    </message>
    <message>
        <source>{name} has no guardian consent to take part recorded yet. Record it in the Children tab first.</source>
        <translation>Для {name} ещё не записано согласие родителя или опекуна на участие. Сначала запишите его на вкладке «Дети».</translation>
    </message>
    <message numerus="yes">
        <source>%n parent(s) with a code</source>
        <translation>
            <numerusform>%n родитель с кодом</numerusform>
            <numerusform>%n родителя с кодом</numerusform>
            <numerusform>%n родителей с кодом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s) in total</source>
        <translation>
            <numerusform>всего %n взрослый</numerusform>
            <numerusform>всего %n взрослых</numerusform>
            <numerusform>всего %n взрослых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) ticked</source>
        <translation>
            <numerusform>отмечен %n ребёнок</numerusform>
            <numerusform>отмечено %n ребёнка</numerusform>
            <numerusform>отмечено %n детей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) in total</source>
        <translation>
            <numerusform>всего %n ребёнок</numerusform>
            <numerusform>всего %n ребёнка</numerusform>
            <numerusform>всего %n детей</numerusform>
        </translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Занятие:</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>A seal looks like 1234:0123456789abcdef (the entry count, a colon and the start of the head hash).</source>
        <extracomment>the ``settings`` row holding the anchor&apos;s sealing key (made by migration 0008) hex digits of the head hash printed in a seal the actions of the entries the session hooks write for a change of a record (reads and logins leave others)</extracomment>
        <translation>Печать выглядит так: 1234:0123456789abcdef (число записей, двоеточие и начало хеша последней записи).</translation>
    </message>
    <message>
        <source>the log holds fewer entries than the seal counts: it was cut or rolled back to an older copy</source>
        <translation>в журнале меньше записей, чем насчитывает печать: его обрезали или откатили к старой копии</translation>
    </message>
    <message>
        <source>the log&apos;s first {count} entries no longer produce this seal: the log was rewritten or replaced by another copy</source>
        <translation>первые {count} записей журнала больше не дают эту печать: журнал переписали или заменили другой копией</translation>
    </message>
    <message>
        <source>entries at the end of the log were removed</source>
        <translation>записи в конце журнала удалены</translation>
    </message>
    <message>
        <source>the last recorded entry was replaced</source>
        <translation>последняя записанная запись заменена</translation>
    </message>
    <message>
        <source>an entry is missing before this one</source>
        <translation>перед этой записью не хватает записи</translation>
    </message>
    <message>
        <source>the link to the previous entry is broken</source>
        <translation>связь с предыдущей записью нарушена</translation>
    </message>
    <message>
        <source>the entry was changed after it was written</source>
        <translation>запись изменили после того, как она была сделана</translation>
    </message>
    <message>
        <source>the anchor file beside the database is missing, so entries cut from the end would not show</source>
        <translation>файл якоря рядом с базой данных отсутствует, поэтому записи, обрезанные в конце, не были бы видны</translation>
    </message>
    <message>
        <source>the anchor file beside the database does not belong to this log or was altered</source>
        <translation>файл якоря рядом с базой данных не относится к этому журналу или был изменён</translation>
    </message>
    <message>
        <source>Front desk</source>
        <extracomment>table-name prefixes → area (entities that are not tables, e.g. &quot;database&quot;, belong to administration)</extracomment>
        <translation>Ресепшн</translation>
    </message>
    <message>
        <source>HIV testing</source>
        <translation>Тестирование на ВИЧ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Logged in</source>
        <extracomment>names shown for the actions people look for (others are shown as written in the log)</extracomment>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Login refused (locked)</source>
        <translation>Вход отклонён (блокировка)</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Учётная запись заблокирована</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Учётная запись разблокирована</translation>
    </message>
    <message>
        <source>Wrong current password</source>
        <translation>Неверный текущий пароль</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Создана учётная запись</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Изменена роль</translation>
    </message>
    <message>
        <source>Break-glass opening</source>
        <translation>Экстренный доступ</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>Просмотр записи</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Изменена парольная фраза</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Якорь переустановлен</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Составлен отчёт</translation>
    </message>
    <message>
        <source>Figures exported</source>
        <translation>Показатели выгружены</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>Просмотр журнала аудита</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <source>Audit log checked</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <source>Store keys rotated</source>
        <translation>Ключи хранилищ сменены</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Использован ключ восстановления</translation>
    </message>
    <message>
        <source>Upgrade of the stores finished</source>
        <translation>Обновление хранилищ завершено</translation>
    </message>
    <message>
        <source>Please say in a sentence why the anchor is being reset.</source>
        <extracomment>records whose every opening is a sensitive event actions that are sensitive events on their own which log: the main one (``None``) or the chain inside a store (&quot;health&quot;, &quot;casework&quot;) the sensitive events the weekly report counts, by kind</extracomment>
        <translation>Объясните одним предложением, зачем переустанавливается якорь.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries checked, and none is missing at the end.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверена %n запись, в конце ничего не пропало.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записи, в конце ничего не пропало.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записей, в конце ничего не пропало.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier seal still matches.</source>
        <translation>Прежняя печать по-прежнему совпадает.</translation>
    </message>
    <message>
        <source>Audit log check failed: {problem}.</source>
        <translation>Проверка журнала аудита не пройдена: {problem}.</translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation>Журнал аудита нарушен на записи {id}: {problem}.</translation>
    </message>
    <message>
        <source>Legal store</source>
        <translation>Юридическое хранилище</translation>
    </message>
    <message>
        <source>the health store&apos;s log</source>
        <translation>журнал хранилища медицинских записей</translation>
    </message>
    <message>
        <source>the case-work store&apos;s log</source>
        <translation>журнал хранилища социальной работы</translation>
    </message>
    <message>
        <source>the legal store&apos;s log</source>
        <translation>журнал юридического хранилища</translation>
    </message>
    <message>
        <source>{log}: {problem}</source>
        <translation>{log}: {problem}</translation>
    </message>
    <message>
        <source>Main log</source>
        <translation>Основной журнал</translation>
    </message>
    <message>
        <source>Health store</source>
        <translation>Хранилище медицинских записей</translation>
    </message>
    <message>
        <source>Case-work store</source>
        <translation>Хранилище социальной работы</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Integrity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <source>Weekly reports and backups print the log&apos;s seal. Enter a seal from an earlier report to check that the entries it counted are still there, unchanged.</source>
        <translation>Еженедельные отчёты и резервные копии печатают печать журнала. Введите печать из прежнего отчёта, чтобы проверить, что учтённые в ней записи на месте и не изменены.</translation>
    </message>
    <message>
        <source>earlier seal, e.g. 1234:0123456789abcdef</source>
        <translation>прежняя печать, напр. 1234:0123456789abcdef</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>Пров&amp;ерить журнал</translation>
    </message>
    <message>
        <source>Re-&amp;anchor…</source>
        <translation>Переустановить &amp;якорь…</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the log has no anchor file to reset: the server refuses any change or removal of its entries, and the seal names its end.</source>
        <translation>На сервере центра у журнала нет файла привязки, который можно сбросить: сервер не позволяет изменить или удалить ни одну запись, а конец журнала обозначает его печать.</translation>
    </message>
    <message>
        <source>Entries about HIV testing, case-work and legal records are kept in the log inside their own encrypted store, so that the main log names none of them.</source>
        <translation>Записи о тестировании на ВИЧ, социальной и юридической работе хранятся в журнале внутри их собственного зашифрованного хранилища, поэтому основной журнал не называет ни одну из них.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Only &amp;sensitive events</source>
        <translation>Только важ&amp;ные события</translation>
    </message>
    <message>
        <source>Break-glass openings, reads of test records, accounts created, role changes, password resets, restores, re-anchoring, failed logins and lockouts.</source>
        <translation>Экстренные доступы, просмотры записей о тестах, созданные учётные записи, смены ролей, сбросы паролей, восстановления, переустановки якоря, неудачные входы и блокировки.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation>Ра&amp;здел:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>С чис&amp;ла:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Показат&amp;ь</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>В&amp;ыгрузить CSV…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>Подходит %n запись.</numerusform>
            <numerusform>Подходят %n записи.</numerusform>
            <numerusform>Подходит %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current seal: {seal} ({count} entries)</source>
        <translation>Текущая печать: {seal} (записей: {count})</translation>
    </message>
    <message>
        <source>The anchor now points at entry {count}; the re-anchoring is recorded in the log.</source>
        <translation>Якорь теперь указывает на запись {count}; переустановка записана в журнал.</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation>Выгрузить записи аудита</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n запись выгружена в {path}.</numerusform>
            <numerusform>%n записи выгружены в {path}.</numerusform>
            <numerusform>%n записей выгружено в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Журнал:</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <source>The backup of the server&apos;s database is encrypted with a passphrase of its own. Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Резервная копия базы данных на сервере шифруется своей парольной фразой. Храните парольную фразу отдельно от копии: без неё копию нельзя восстановить.</translation>
    </message>
    <message>
        <source>Backup file: {path}</source>
        <translation>Файл резервной копии: {path}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>П&amp;овторите:</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>skipped (area not available)</source>
        <extracomment>how much of a five-year centre to build the figure must be below this (``None``: shown for information)</extracomment>
        <translation>пропущено (раздел недоступен)</translation>
    </message>
    <message>
        <source>filled by the demo generator, not at bench scale</source>
        <translation>заполнено демо-генератором, не в масштабе теста производительности</translation>
    </message>
    <message>
        <source>skipped (area not installed)</source>
        <translation>пропущено (раздел не установлен)</translation>
    </message>
    <message>
        <source>Database unlock</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>kdf_iter {n}</source>
        <translation>kdf_iter {n}</translation>
    </message>
    <message>
        <source>  of which key derivation</source>
        <translation>  из них вычисление ключа</translation>
    </message>
    <message>
        <source>Client-code search</source>
        <translation>Поиск по коду клиента</translation>
    </message>
    <message>
        <source>{n} clients</source>
        <translation>клиентов: {n}</translation>
    </message>
    <message>
        <source>Encryption overhead (same work, plain SQLite)</source>
        <translation>Издержки шифрования (та же работа, обычный SQLite)</translation>
    </message>
    <message>
        <source>{n} saves, 300 searches</source>
        <translation>сохранений: {n}, поисков: 300</translation>
    </message>
    <message>
        <source>section indicators only</source>
        <translation>только показатели разделов</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Еженедельный отчёт</translation>
    </message>
    <message>
        <source>  against raw SQL</source>
        <translation>  по сравнению с чистым SQL</translation>
    </message>
    <message>
        <source>skipped (no raw-SQL baseline from the areas)</source>
        <translation>пропущено (разделы не дают эталона на чистом SQL)</translation>
    </message>
    <message>
        <source>raw SQL {t}</source>
        <translation>чистый SQL {t}</translation>
    </message>
    <message>
        <source>GUI cold start to unlock screen</source>
        <translation>Холодный запуск интерфейса до экрана разблокировки</translation>
    </message>
    <message>
        <source>skipped (the GUI could not start here)</source>
        <translation>пропущено (интерфейс здесь не запускается)</translation>
    </message>
    <message>
        <source>process start to {screen} shown</source>
        <translation>от запуска процесса до показа {screen}</translation>
    </message>
    <message>
        <source>Peak memory of the bench process</source>
        <translation>Пиковая память процесса замера</translation>
    </message>
    <message>
        <source>skipped (not measurable on this system)</source>
        <translation>пропущено (на этой системе не измеряется)</translation>
    </message>
    <message>
        <source>Bulk build of the synthetic centre</source>
        <translation>Массовое создание синтетического центра</translation>
    </message>
    <message>
        <source>--reuse needs a database file kept by an earlier run with --keep, and no --keep.</source>
        <translation>Для --reuse нужен файл базы данных, сохранённый прошлым запуском с --keep, и без --keep.</translation>
    </message>
    <message>
        <source>dropin bench, scale {scale}: {sizes}</source>
        <translation>dropin bench, масштаб {scale}: {sizes}</translation>
    </message>
    <message>
        <source>The database was kept at {path} (passphrase: {p}).</source>
        <translation>База данных сохранена в {path} (парольная фраза: {p}).</translation>
    </message>
    <message>
        <source>time the database and screens on a synthetic busy centre</source>
        <translation>замерить скорость базы данных и экранов на синтетическом загруженном центре</translation>
    </message>
    <message>
        <source>small (about a minute) or full (five busy years)</source>
        <translation>small (около минуты) или full (пять насыщенных лет)</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>вывести результаты в формате JSON</translation>
    </message>
    <message>
        <source>build the database at PATH and keep it</source>
        <translation>создать базу данных по пути PATH и сохранить её</translation>
    </message>
    <message>
        <source>time only the reports, on a database kept by an earlier run with --keep</source>
        <translation>замерить только отчёты на базе данных, сохранённой прошлым запуском с --keep</translation>
    </message>
    <message>
        <source>dropin bench builds its own synthetic database and does not take --db; use --keep PATH to keep it.</source>
        <translation>dropin bench создаёт свою синтетическую базу и не принимает --db; чтобы сохранить её, укажите --keep ПУТЬ.</translation>
    </message>
    <message>
        <source>GUI: unlock screen to front desk ready</source>
        <translation>Интерфейс: от экрана разблокировки до готового приёма</translation>
    </message>
    <message>
        <source>slowest: {page}; {pages}</source>
        <translation>самая медленная: {page}; {pages}</translation>
    </message>
    <message>
        <source>waits after Unlock ({unlock}) and after Log in ({login}); typing excluded</source>
        <translation>ожидание после «Разблокировать» ({unlock}) и после «Войти» ({login}); без времени набора</translation>
    </message>
    <message>
        <source>GUI: page switch, first visit (slowest)</source>
        <translation>Интерфейс: смена страницы, первый показ (самая медленная)</translation>
    </message>
    <message>
        <source>GUI: page switch, later visits (slowest)</source>
        <translation>Интерфейс: смена страницы, повторные показы (самая медленная)</translation>
    </message>
    <message>
        <source>GUI: first Reports page open</source>
        <translation>Интерфейс: первое открытие страницы отчётов</translation>
    </message>
    <message>
        <source>  and its weekly summary on screen</source>
        <translation>  и недельная сводка на экране</translation>
    </message>
    <message>
        <source>GUI: peak memory (unlock, login, every page, the weekly summary)</source>
        <translation>Интерфейс: пиковая память (разблокировка, вход, все страницы, недельная сводка)</translation>
    </message>
    <message>
        <source>Quarter report</source>
        <translation>Отчёт за квартал</translation>
    </message>
    <message>
        <source>load average {load}, processors: {cpus}</source>
        <translation>средняя нагрузка {load}, процессоров: {cpus}</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n отметка</numerusform>
            <numerusform>%n отметки</numerusform>
            <numerusform>%n отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95-й процентиль</translation>
    </message>
    <message>
        <source>Check-in, 4 desks at once, encrypted file ({stat})</source>
        <translation>Отметка прихода, 4 стойки одновременно, зашифрованный файл ({stat})</translation>
    </message>
    <message>
        <source>Check-in, 4 desks at once, PostgreSQL server ({stat})</source>
        <translation>Отметка прихода, 4 стойки одновременно, сервер PostgreSQL ({stat})</translation>
    </message>
    <message>
        <source>skipped (no PostgreSQL server: set DROPIN_BENCH_SERVER)</source>
        <translation>пропущено (нет сервера PostgreSQL: задайте DROPIN_BENCH_SERVER)</translation>
    </message>
    <message>
        <source>Unlock and login (every store)</source>
        <translation>Разблокировка и вход (все хранилища)</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Заселить…</translation>
    </message>
    <message>
        <source>Re&amp;serve…</source>
        <translation>За&amp;бронировать…</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Прибытие</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>Прод&amp;лить…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Пер&amp;еселить…</translation>
    </message>
    <message>
        <source>D&amp;ischarge…</source>
        <translation>В&amp;ыбытие…</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>Отменить бронь…</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Истёк плановый срок</translation>
    </message>
    <message>
        <source>No beds are configured yet. A manager can add rooms and beds on the Rooms and beds tab.</source>
        <translation>Коек пока нет. Руководитель может добавить комнаты и койки на вкладке «Комнаты и койки».</translation>
    </message>
    <message>
        <source>{free} free, {occupied} occupied, {reserved} reserved, {oos} out of service</source>
        <translation>свободно: {free}, занято: {occupied}, забронировано: {reserved}, не в работе: {oos}</translation>
    </message>
    <message numerus="yes">
        <source>%n past planned end</source>
        <translation>
            <numerusform>истёк плановый срок: %n</numerusform>
            <numerusform>истёк плановый срок: %n</numerusform>
            <numerusform>истёк плановый срок: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Отмена брони</translation>
    </message>
    <message>
        <source>Why is the reservation cancelled?</source>
        <translation>Почему отменяется бронь?</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>&amp;Исправить…</translation>
    </message>
</context>
<context>
    <name>BreakGlassTab</name>
    <message>
        <source>Test results are for peer counsellors only. Open a single record only when there is a real need; your reason and the opening are written to the audit log.</source>
        <translation>Результаты тестов доступны только равным консультантам. Открывайте отдельную запись, только когда в этом есть реальная необходимость; причина и сам факт открытия записываются в журнал аудита.</translation>
    </message>
    <message>
        <source>Find tests</source>
        <translation>Найти тесты</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клиента:</translation>
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
        <translation>Открыть только эту запись</translation>
    </message>
    <message>
        <source>Find the person&apos;s tests and choose one first.</source>
        <translation>Сначала найдите тесты клиента и выберите один из них.</translation>
    </message>
    <message>
        <source>{code}, test of {date}: {result}. Result given: {given}.</source>
        <translation>{code}, тест от {date}: {result}. Результат сообщён: {given}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Set {name} or run this in a terminal to type it.</source>
        <extracomment>Modules that add sub-commands: each has ``register(subparsers)`` (the areas&apos; ``cli`` in dropin.areas, then these). What a command runs: the parsed arguments in, the exit code out. ``command(name, func, help)`` given to each extension&apos;s ``register``: a sub-command with ``--db`` the sub-commands&apos; parsers, the other argument of ``register``</extracomment>
        <translation>Задайте {name} или запустите команду в терминале, чтобы ввести значение.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Повторите: </translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>Введённые значения не совпадают.</translation>
    </message>
    <message>
        <source>An empty value is not allowed.</source>
        <translation>Пустое значение недопустимо.</translation>
    </message>
    <message>
        <source>Database passphrase: </source>
        <translation>Парольная фраза базы данных: </translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {place} is a file, not a folder.</source>
        <translation>Нельзя записать {path}: {place} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>{path} cannot be written: there is no permission to write there.</source>
        <translation>Нельзя записать {path}: нет прав на запись в это место.</translation>
    </message>
    <message>
        <source>New database passphrase: </source>
        <translation>Новая парольная фраза базы данных: </translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Пароль для {name}: </translation>
    </message>
    <message>
        <source>Created {path} with manager account {name}.</source>
        <translation>Создана база данных {path} с учётной записью руководителя {name}.</translation>
    </message>
    <message>
        <source>Demo database: {path}</source>
        <translation>Демонстрационная база данных: {path}</translation>
    </message>
    <message>
        <source>Database passphrase: {p}</source>
        <translation>Парольная фраза базы данных: {p}</translation>
    </message>
    <message>
        <source>Logins (password {pw}): {names}</source>
        <translation>Учётные записи (пароль {pw}): {names}</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}.</source>
        <translation>Зашифрованная резервная копия записана в {path}.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Парольная фраза резервной копии: </translation>
    </message>
    <message>
        <source>Set DROPIN_CURRENT_PASSPHRASE to it.</source>
        <translation>Укажите её в DROPIN_CURRENT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Passphrase of the database being replaced: </source>
        <translation>Кодовая фраза заменяемой базы данных: </translation>
    </message>
    <message>
        <source>Restored {src} to {dest}.</source>
        <translation>Копия {src} восстановлена в {dest}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>Прежняя база данных сохранена как {path}.</translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation>Парольная фраза базы данных изменена.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked, and none is missing at the end.</source>
        <translation>
            <numerusform>Журнал аудита не изменён: проверена %n запись, в конце ничего не удалено.</numerusform>
            <numerusform>Журнал аудита не изменён: проверено %n записи, в конце ничего не удалено.</numerusform>
            <numerusform>Журнал аудита не изменён: проверено %n записей, в конце ничего не удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at entry {id}: {problem}.</source>
        <translation>Журнал аудита нарушен на записи {id}: {problem}.</translation>
    </message>
    <message>
        <source>Damaged: {problem}</source>
        <translation>Повреждение: {problem}</translation>
    </message>
    <message>
        <source>Demo data written to the database {name} on the server.</source>
        <translation>Демонстрационные данные записаны в базу данных {name} на сервере.</translation>
    </message>
    <message>
        <source>Pages, structure and links between records: no damage found.</source>
        <translation>Страницы, структура и связи между записями: повреждений не найдено.</translation>
    </message>
    <message>
        <source>Audit log could not be checked: {problem}</source>
        <translation>Журнал аудита не удалось проверить: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Журнал аудита не изменён: проверена %n запись.</numerusform>
            <numerusform>Журнал аудита не изменён: проверено %n записи.</numerusform>
            <numerusform>Журнал аудита не изменён: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: the database is sound.</source>
        <translation>Итог: база данных исправна.</translation>
    </message>
    <message>
        <source>Verdict: the database is damaged. Restore the latest good backup.</source>
        <translation>Итог: база данных повреждена. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>Health store</source>
        <extracomment>the stores by name, in what ``dropin check`` prints</extracomment>
        <translation>Хранилище здоровья</translation>
    </message>
    <message>
        <source>Case-work store</source>
        <translation>Хранилище социальной работы</translation>
    </message>
    <message>
        <source>Legal store</source>
        <translation>Юридическое хранилище</translation>
    </message>
    <message>
        <source>The health and case-work stores were not checked: their keys open only with a login (add --user NAME).</source>
        <translation>Хранилища здоровья и социальной работы не проверены: их ключи открываются только при входе (добавьте --user ИМЯ).</translation>
    </message>
    <message>
        <source>{store}: pages, structure and links: no damage found.</source>
        <translation>{store}: страницы, структура и связи: повреждений не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>{store}: audit log intact, %n record(s) checked.</source>
        <translation>
            <numerusform>{store}: журнал аудита цел, проверена %n запись.</numerusform>
            <numerusform>{store}: журнал аудита цел, проверены %n записи.</numerusform>
            <numerusform>{store}: журнал аудита цел, проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>{store}: audit log broken at entry {id}: {problem}.</source>
        <translation>{store}: журнал аудита нарушен на записи {id}: {problem}.</translation>
    </message>
    <message>
        <source>Not checked (this login does not hold them): {stores}.</source>
        <translation>Не проверены (у этой учётной записи нет к ним доступа): {stores}.</translation>
    </message>
    <message>
        <source>Confidential records for drop-in centres.</source>
        <translation>Конфиденциальный учёт для дроп-ин центров.</translation>
    </message>
    <message>
        <source>database file (default: the user data folder)</source>
        <translation>файл базы данных (по умолчанию — в папке данных пользователя)</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <source>create a new encrypted database with a first manager account</source>
        <translation>создать новую зашифрованную базу данных с первой учётной записью руководителя</translation>
    </message>
    <message>
        <source>user name of the first manager</source>
        <translation>имя пользователя первого руководителя</translation>
    </message>
    <message>
        <source>create a database with realistic synthetic data</source>
        <translation>создать базу данных с реалистичными синтетическими данными</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>заменить существующий файл</translation>
    </message>
    <message>
        <source>fill a new server database made by dropin server init instead: postgresql://OWNER@HOST/DATABASE</source>
        <translation>вместо файла заполнить новую базу данных на сервере, созданную dropin server init: postgresql://OWNER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>write an encrypted backup</source>
        <translation>записать зашифрованную резервную копию</translation>
    </message>
    <message>
        <source>replace an existing backup file</source>
        <translation>заменить существующий файл резервной копии</translation>
    </message>
    <message>
        <source>replace the database with a checked backup</source>
        <translation>заменить базу данных проверенной резервной копией</translation>
    </message>
    <message>
        <source>change the database passphrase</source>
        <translation>сменить парольную фразу базы данных</translation>
    </message>
    <message>
        <source>check the database for damage and its audit log</source>
        <translation>проверить базу данных на повреждения и её журнал аудита</translation>
    </message>
    <message>
        <source>audit log tools</source>
        <translation>инструменты журнала аудита</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>проверить цепочку хешей журнала аудита</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>No report translation for the language &quot;{lang}&quot; is installed.</source>
        <translation>Перевод отчёта на язык «{lang}» не установлен.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Exported {weeks} weeks ({first} to {last}) to {path}:</source>
        <translation>Экспортировано недель: {weeks} (с {first} по {last}) в {path}:</translation>
    </message>
    <message>
        <source>(no data recorded for this area)</source>
        <translation>(по этому разделу данных нет)</translation>
    </message>
    <message>
        <source>write the weekly summary as a PDF</source>
        <translation>записать еженедельную сводку в PDF</translation>
    </message>
    <message>
        <source>ISO week such as 2026-W47 (default: the last complete week)</source>
        <translation>неделя ISO, например 2026-W47 (по умолчанию — последняя полная неделя)</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <source>language of the report (default: English)</source>
        <translation>язык отчёта (по умолчанию — английский)</translation>
    </message>
    <message>
        <source>write the weekly indicators as CSV files, one per area</source>
        <translation>записать еженедельные показатели в CSV-файлы, по одному на раздел</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>первый день, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>последний день, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>folder to write the CSV files into</source>
        <translation>папка для CSV-файлов</translation>
    </message>
    <message>
        <source>Self-test failed: the service catalogue is empty.</source>
        <translation>Самопроверка не пройдена: каталог услуг пуст.</translation>
    </message>
    <message>
        <source>Self-test failed: the visit just recorded could not be read back.</source>
        <translation>Самопроверка не пройдена: только что записанный визит не удалось прочитать.</translation>
    </message>
    <message>
        <source>Database opened, its schema is up to date and {name} is logged in.</source>
        <translation>База данных открыта, её схема актуальна, пользователь {name} вошёл в систему.</translation>
    </message>
    <message>
        <source>Visit {id} recorded through the front-desk service and read back.</source>
        <translation>Визит {id} записан через службу приёма посетителей и прочитан обратно.</translation>
    </message>
    <message>
        <source>Self-test failed: the audit log is broken at entry {id}.</source>
        <translation>Самопроверка не пройдена: журнал аудита повреждён на записи {id}.</translation>
    </message>
    <message>
        <source>Self-test failed: the weekly summary is not a PDF.</source>
        <translation>Самопроверка не пройдена: еженедельная сводка — не PDF.</translation>
    </message>
    <message>
        <source>Weekly summary written in English and Russian.</source>
        <translation>Еженедельная сводка записана на английском и русском.</translation>
    </message>
    <message>
        <source>With --db, name the account that records the visit with --user.</source>
        <translation>С --db укажите через --user учётную запись, которая записывает визит.</translation>
    </message>
    <message>
        <source>{path} already holds records. The self-test only writes into a new, empty database, so that no centre&apos;s figures change; run it without --db to use a temporary one.</source>
        <translation>В {path} уже есть записи. Самопроверка пишет только в новую пустую базу данных, чтобы не менять показатели центра; запустите её без --db, чтобы использовать временную базу.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Самопроверка пройдена.</translation>
    </message>
    <message>
        <source>check the installed program: record a visit, read it back, write the weekly PDF</source>
        <translation>проверить установленную программу: записать визит, прочитать его, записать еженедельный PDF</translation>
    </message>
    <message>
        <source>with --db: the account that records the visit (password from DROPIN_USER_PASSWORD or asked)</source>
        <translation>с --db: учётная запись, которая записывает визит (пароль из DROPIN_USER_PASSWORD или запрашивается)</translation>
    </message>
    <message>
        <source>The option --weeks must be a number of weeks from 1 to {most}.</source>
        <translation>Параметр --weeks должен быть числом недель от 1 до {most}.</translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n record(s) pointing at a record that is missing.</source>
        <translation>
            <numerusform>{table}: %n запись ссылается на отсутствующую запись.</numerusform>
            <numerusform>{table}: %n записи ссылаются на отсутствующую запись.</numerusform>
            <numerusform>{table}: %n записей ссылаются на отсутствующую запись.</numerusform>
        </translation>
    </message>
    <message>
        <source>weeks of history to make, 1 to {most} (default: 26)</source>
        <translation>сколько недель истории создать, от 1 до {most} (по умолчанию 26)</translation>
    </message>
    <message>
        <source>seed of the random data (default: 1)</source>
        <translation>начальное значение случайных данных (по умолчанию 1)</translation>
    </message>
    <message>
        <source>Please name what to do: {choices}.</source>
        <translation>Укажите, что сделать: {choices}.</translation>
    </message>
    <message>
        <source>The option {option} is required.</source>
        <translation>Нужен параметр {option}.</translation>
    </message>
    <message>
        <source>The options {options} are required.</source>
        <translation>Нужны параметры {options}.</translation>
    </message>
    <message>
        <source>This command does not take {arguments}. See dropin --help.</source>
        <translation>Эта команда не принимает {arguments}. См. dropin --help.</translation>
    </message>
    <message>
        <source>The option {option} cannot be “{value}”; choose one of: {choices}.</source>
        <translation>Параметр {option} не может быть «{value}»; выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a dropin command; choose one of: {choices}.</source>
        <translation>«{value}» — не команда dropin; выберите одну из: {choices}.</translation>
    </message>
    <message>
        <source>The option {option} needs a whole number, not “{value}”.</source>
        <translation>Параметру {option} нужно целое число, а не «{value}».</translation>
    </message>
    <message>
        <source>The option {option} cannot be “{value}”.</source>
        <translation>Параметр {option} не может быть «{value}».</translation>
    </message>
    <message>
        <source>The option {option} needs a value.</source>
        <translation>Параметру {option} нужно значение.</translation>
    </message>
    <message>
        <source>The option {option} takes no value.</source>
        <translation>Параметр {option} не принимает значения.</translation>
    </message>
    <message>
        <source>The option {option} is ambiguous: it could mean {matches}.</source>
        <translation>Параметр {option} неоднозначен: это может быть {matches}.</translation>
    </message>
    <message>
        <source>The command line could not be understood ({detail}). See dropin --help.</source>
        <translation>Не удалось разобрать командную строку ({detail}). См. dropin --help.</translation>
    </message>
    <message>
        <source>your staff user name; the action is recorded under it (password from DROPIN_USER_PASSWORD or asked)</source>
        <translation>ваше имя пользователя; действие записывается под ним (пароль из DROPIN_USER_PASSWORD или спрашивается)</translation>
    </message>
    <message>
        <source>Give your staff user name with --user NAME: this command is recorded in the audit log under it.</source>
        <translation>Укажите своё имя пользователя через --user ИМЯ: команда записывается в журнал аудита под ним.</translation>
    </message>
    <message>
        <source>Audit seal of the backup: {seal} (keep it apart from the backup).</source>
        <translation>Печать аудита резервной копии: {seal} (храните её отдельно от копии).</translation>
    </message>
    <message>
        <source>Audit seal of the restored log: {seal}; of the replaced log: {old}.</source>
        <translation>Печать аудита восстановленного журнала: {seal}; заменённого журнала: {old}.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n record(s) checked, none is missing at the end, and the seal {seal} still matches.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверена %n запись, в конце ничего не пропало, и печать {seal} по-прежнему совпадает.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записи, в конце ничего не пропало, и печать {seal} по-прежнему совпадает.</numerusform>
            <numerusform>Журнал аудита цел: проверено %n записей, в конце ничего не пропало, и печать {seal} по-прежнему совпадает.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log check failed: {problem}.</source>
        <translation>Проверка журнала аудита не пройдена: {problem}.</translation>
    </message>
    <message>
        <source>Audit seal: {seal} ({count} entries, head {head}).</source>
        <translation>Печать аудита: {seal} (записей: {count}, последняя {head}).</translation>
    </message>
    <message>
        <source>The audit anchor now points at entry {count}; the re-anchoring is recorded. New seal: {seal}.</source>
        <translation>Якорь аудита теперь указывает на запись {count}; переустановка записана. Новая печать: {seal}.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Учётной записи {name} нет.</translation>
    </message>
    <message>
        <source>The account {name} is unlocked; the unlocking is recorded in the audit log.</source>
        <translation>Учётная запись {name} разблокирована; разблокировка записана в журнал аудита.</translation>
    </message>
    <message>
        <source>COUNT:HASH printed on an earlier report or backup</source>
        <translation>ЧИСЛО:ХЕШ из прежнего отчёта или резервной копии</translation>
    </message>
    <message>
        <source>print the audit log&apos;s current seal</source>
        <translation>показать текущую печать журнала аудита</translation>
    </message>
    <message>
        <source>point a missing or invalid anchor at the log&apos;s end</source>
        <translation>направить отсутствующий или неверный якорь на конец журнала</translation>
    </message>
    <message>
        <source>why, in a sentence (recorded)</source>
        <translation>почему, одним предложением (записывается)</translation>
    </message>
    <message>
        <source>staff account tools</source>
        <translation>учётные записи сотрудников</translation>
    </message>
    <message>
        <source>lift a lockout (needs the database passphrase)</source>
        <translation>снять блокировку (нужна парольная фраза базы)</translation>
    </message>
    <message>
        <source>the locked account&apos;s user name</source>
        <translation>имя заблокированной учётной записи</translation>
    </message>
    <message>
        <source>Please give a year such as 2026.</source>
        <translation>Укажите год, например 2026.</translation>
    </message>
    <message>
        <source>Advocacy report for {start} to {end} written to {path}.</source>
        <translation>Отчёт для адвокации с {start} по {end} записан в {path}.</translation>
    </message>
    <message>
        <source>Figures written to {path}.</source>
        <translation>Данные записаны в {path}.</translation>
    </message>
    <message>
        <source>write the advocacy report on violence (consented cases, aggregates only) as a PDF</source>
        <translation>записать отчёт о насилии для адвокации (случаи с согласием, только сводные данные) в PDF</translation>
    </message>
    <message>
        <source>calendar year, such as 2026</source>
        <translation>календарный год, например 2026</translation>
    </message>
    <message>
        <source>also write the figures to this CSV file</source>
        <translation>также записать данные в этот файл CSV</translation>
    </message>
    <message>
        <source>Please give only one of --week, --month, --period or --from/--to.</source>
        <translation>Укажите только одно из: --week, --month, --period или --from/--to.</translation>
    </message>
    <message>
        <source>Please give both --from and --to.</source>
        <translation>Укажите и --from, и --to.</translation>
    </message>
    <message>
        <source>Summary for {period} written to {path}.</source>
        <translation>Сводка за {period} записана в {path}.</translation>
    </message>
    <message>
        <source>Unsuppressed figures need a manager&apos;s login: add --user NAME.</source>
        <translation>Для нескрытых цифр нужен вход руководителя: добавьте --user ИМЯ.</translation>
    </message>
    <message>
        <source>Please give the mapping file with --mapping FILE.</source>
        <translation>Укажите файл соответствия: --mapping ФАЙЛ.</translation>
    </message>
    <message>
        <source>Please choose the period with --week, --month, --period or --from/--to.</source>
        <translation>Выберите период: --week, --month, --period или --from/--to.</translation>
    </message>
    <message>
        <source>Authorised submission ({format}) for {period} written to {path}.</source>
        <translation>Официальная передача данных ({format}) за {period} записана в {path}.</translation>
    </message>
    <message>
        <source>a month such as 2026-10</source>
        <translation>месяц, например 2026-10</translation>
    </message>
    <message>
        <source>a quarter such as 2026-Q3, or a year such as 2026</source>
        <translation>квартал, например 2026-Q3, или год, например 2026</translation>
    </message>
    <message>
        <source>first day of a custom range, YYYY-MM-DD</source>
        <translation>первый день своего периода, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>last day of a custom range, YYYY-MM-DD</source>
        <translation>последний день своего периода, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>funder version, or internal version with the quality page (managers)</source>
        <translation>версия для донора или внутренняя версия со страницей качества (руководители)</translation>
    </message>
    <message>
        <source>csv (suppressed, one file per area) or a DHIS2 / DATIM submission</source>
        <translation>csv (со скрытием, по файлу на раздел) или передача в DHIS2 / DATIM</translation>
    </message>
    <message>
        <source>mapping file from indicators to DHIS2 codes (JSON)</source>
        <translation>файл соответствия индикаторов кодам DHIS2 (JSON)</translation>
    </message>
    <message>
        <source>Please give only one of --year, --week, --month, --period or --from/--to.</source>
        <translation>Укажите только одно из: --year, --week, --month, --period или --from/--to.</translation>
    </message>
    <message>
        <source>Give the period: --year, --week, --month, --period, or --from and --to.</source>
        <translation>Укажите период: --year, --week, --month, --period или --from и --to.</translation>
    </message>
    <message>
        <source>an ISO week such as 2026-W47</source>
        <translation>неделя ISO, например 2026-W47</translation>
    </message>
    <message>
        <source>Give the server as --url postgresql://USER@HOST/DATABASE.</source>
        <translation>Укажите сервер так: --url postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР/БАЗА.</translation>
    </message>
    <message>
        <source>Created the manager account {name}.</source>
        <translation>Создана учётная запись руководителя {name}.</translation>
    </message>
    <message numerus="yes">
        <source>The database {name} on the server is ready: %n staff roles with their permissions.</source>
        <translation>
            <numerusform>База данных {name} на сервере готова: %n роль сотрудников с её правами.</numerusform>
            <numerusform>База данных {name} на сервере готова: %n роли сотрудников с их правами.</numerusform>
            <numerusform>База данных {name} на сервере готова: %n ролей сотрудников с их правами.</numerusform>
        </translation>
    </message>
    <message>
        <source>These accounts need a new password before they can log in to the server (a manager resets it): {names}.</source>
        <translation>Этим учётным записям нужен новый пароль, прежде чем они смогут войти на сервер (его сбрасывает руководитель): {names}.</translation>
    </message>
    <message>
        <source>Give --manager: a manager&apos;s login opens every store of the file to move it.</source>
        <translation>Укажите --manager: все хранилища файла для переноса открывает только вход руководителя.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {path} to the server.</source>
        <translation>
            <numerusform>Перенесена %n запись из {path} на сервер.</numerusform>
            <numerusform>Перенесены %n записи из {path} на сервер.</numerusform>
            <numerusform>Перенесено %n записей из {path} на сервер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit seal on the server: {seal} (the same as the file&apos;s).</source>
        <translation>Печать журнала аудита на сервере: {seal} (та же, что у файла).</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>По пути {path} нет резервной копии.</translation>
    </message>
    <message>
        <source>The server database already holds a dropin database; restore into a new one.</source>
        <translation>В базе данных на сервере уже есть база dropin; восстанавливайте в новую.</translation>
    </message>
    <message>
        <source>Restored {src} to the server database {name}.</source>
        <translation>Копия {src} восстановлена в базу данных {name} на сервере.</translation>
    </message>
    <message numerus="yes">
        <source>Audit seal of the backup: {seal}; the restored log holds %n record(s) and verifies.</source>
        <translation>
            <numerusform>Печать журнала в копии: {seal}; в восстановленном журнале %n запись, проверка пройдена.</numerusform>
            <numerusform>Печать журнала в копии: {seal}; в восстановленном журнале %n записи, проверка пройдена.</numerusform>
            <numerusform>Печать журнала в копии: {seal}; в восстановленном журнале %n записей, проверка пройдена.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up the centre&apos;s PostgreSQL server</source>
        <translation>настроить сервер PostgreSQL центра</translation>
    </message>
    <message>
        <source>create or upgrade the tables, the staff roles and their permissions</source>
        <translation>создать или обновить таблицы, роли сотрудников и их права</translation>
    </message>
    <message>
        <source>postgresql://OWNER@HOST:PORT/DATABASE</source>
        <translation>postgresql://ВЛАДЕЛЕЦ@СЕРВЕР:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>the centre&apos;s CA certificate (for a server on another computer)</source>
        <translation>сертификат ЦС центра (для сервера на другом компьютере)</translation>
    </message>
    <message>
        <source>user name of the first manager (for a new database)</source>
        <translation>имя пользователя первого руководителя (для новой базы)</translation>
    </message>
    <message>
        <source>move a single computer&apos;s database to a new database on the server</source>
        <translation>перенести базу одного компьютера в новую базу на сервере</translation>
    </message>
    <message>
        <source>the encrypted database file</source>
        <translation>зашифрованный файл базы данных</translation>
    </message>
    <message>
        <source>a manager of the file: their password (asked) opens every store and becomes their server password</source>
        <translation>руководитель из файла: его пароль (будет запрошен) открывает все хранилища и становится его паролем на сервере</translation>
    </message>
    <message>
        <source>restore a server backup (dropin backup) into a new database on the server</source>
        <translation>восстановить копию сервера (dropin backup) в новую базу на сервере</translation>
    </message>
    <message>
        <source>the encrypted server backup</source>
        <translation>зашифрованная копия сервера</translation>
    </message>
    <message>
        <source>Give your staff user name with --user NAME: on the server you log in with it.</source>
        <translation>Укажите своё имя пользователя через --user ИМЯ: на сервер вы входите под ним.</translation>
    </message>
    <message>
        <source>Recovery key: {key}
Write it on paper, print it or keep it in a sealed envelope, and lock it away. It is shown only now; with it a manager account can get back the HIV testing and case-work records when every manager password is lost (dropin users recover).</source>
        <translation>Ключ восстановления: {key}
Запишите его на бумаге, распечатайте или положите в запечатанный конверт и заприте. Он показывается только сейчас; с ним учётная запись руководителя может вернуть доступ к записям о тестировании на ВИЧ и социальной работе, если все пароли руководителей утеряны (dropin users recover).</translation>
    </message>
    <message>
        <source>Recovery key (the groups printed when the database was made): </source>
        <translation>Ключ восстановления (группы символов, напечатанные при создании базы данных): </translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation>Новый пароль для {name}: </translation>
    </message>
    <message>
        <source>The manager account {name} has a new password and holds every store again; this is recorded in the audit log. Give the other staff one-time passwords as needed.</source>
        <translation>У учётной записи руководителя {name} новый пароль, и она снова открывает все хранилища; это записано в журнал аудита. Выдайте остальным сотрудникам одноразовые пароли, если нужно.</translation>
    </message>
    <message>
        <source>with the recovery key: a new password for a manager account</source>
        <translation>с ключом восстановления: новый пароль для учётной записи руководителя</translation>
    </message>
    <message>
        <source>the manager account&apos;s user name</source>
        <translation>имя пользователя учётной записи руководителя</translation>
    </message>
</context>
<context>
    <name>CancelTestDialog</name>
    <message>
        <source>Cancel test</source>
        <translation>Отменить тест</translation>
    </message>
    <message>
        <source>Cancel the test of {code} started {time}? It is kept as cancelled, with your reason.</source>
        <translation>Отменить тест {code}, начатый в {time}? Он сохранится как отменённый, с вашей причиной.</translation>
    </message>
    <message>
        <source>The kit was not opened: it goes back into stock</source>
        <translation>Набор не вскрывали: он возвращается на склад</translation>
    </message>
    <message>
        <source>The kit was opened: count it as wasted</source>
        <translation>Набор вскрыт: списать его как испорченный</translation>
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
        <translation>Выберите проживающего, чтобы открыть его дело. Открытие дела записывается в журнал.</translation>
    </message>
    <message>
        <source>Admission reasons</source>
        <translation>Причины поступления</translation>
    </message>
    <message>
        <source>Note on the reasons</source>
        <translation>Примечание к причинам</translation>
    </message>
    <message>
        <source>Save reasons</source>
        <translation>Сохранить причины</translation>
    </message>
    <message>
        <source>Life-plan goals</source>
        <translation>Цели жизненного плана</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Записи по случаю</translation>
    </message>
    <message>
        <source>New case note</source>
        <translation>Новая запись по случаю</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {bed}, since {start}, planned end {end}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {bed}, с {start}, плановый выезд {end}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Void goal…</source>
        <translation>Аннулировать цель…</translation>
    </message>
    <message>
        <source>Void note…</source>
        <translation>Аннулировать запись…</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Сначала выберите цель.</translation>
    </message>
    <message>
        <source>Void goal</source>
        <translation>Аннулировать цель</translation>
    </message>
    <message>
        <source>Why is this goal voided? (It is kept, not deleted.)</source>
        <translation>Почему эта цель аннулируется? (Она сохранится, а не удалится.)</translation>
    </message>
    <message>
        <source>Select a case note first.</source>
        <translation>Сначала выберите запись по случаю.</translation>
    </message>
    <message>
        <source>Void case note</source>
        <translation>Аннулировать запись по случаю</translation>
    </message>
    <message>
        <source>Why is this case note voided? (It is kept, not deleted.)</source>
        <translation>Почему эта запись по случаю аннулируется? (Она сохранится, а не удалится.)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <source>Consent to anonymised use in advocacy reports</source>
        <translation>Согласие на анонимное использование в отчётах для адвокации</translation>
    </message>
    <message>
        <source>The person agrees</source>
        <translation>Человек согласен</translation>
    </message>
    <message>
        <source>The person does not agree</source>
        <translation>Человек не согласен</translation>
    </message>
    <message>
        <source>Evidence log (what exists and who holds it; no files are kept here)</source>
        <translation>Журнал доказательств (что есть и у кого хранится; файлы здесь не хранятся)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
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
        <translation>Добавить в журнал</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>Юридическое дело</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation>Указать итог</translation>
    </message>
    <message>
        <source>Save the incident first.</source>
        <translation>Сначала сохраните случай.</translation>
    </message>
    <message>
        <source>Not asked yet: the case is not used in advocacy reports.</source>
        <translation>Ещё не спрашивали: случай не используется в отчётах для адвокации.</translation>
    </message>
    <message>
        <source>Agreed on {date}.</source>
        <translation>Согласие дано {date}.</translation>
    </message>
    <message>
        <source>Did not agree ({date}): the case is not used in advocacy reports.</source>
        <translation>Не согласен(-на) ({date}): случай не используется в отчётах для адвокации.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Сначала откройте дело.</translation>
    </message>
    <message>
        <source>Void entry…</source>
        <translation>Аннулировать запись…</translation>
    </message>
    <message>
        <source>Void case…</source>
        <translation>Аннулировать дело…</translation>
    </message>
    <message>
        <source>Select an evidence entry first.</source>
        <translation>Сначала выберите запись в журнале доказательств.</translation>
    </message>
    <message>
        <source>Void evidence entry</source>
        <translation>Аннулировать запись о доказательстве</translation>
    </message>
    <message>
        <source>Why is this entry void? (It is kept, not deleted.)</source>
        <translation>Почему эта запись аннулируется? (Она сохранится, а не удалится.)</translation>
    </message>
    <message>
        <source>Void legal case</source>
        <translation>Аннулировать юридическое дело</translation>
    </message>
    <message>
        <source>Why is this case void? (It is kept, not deleted.)</source>
        <translation>Почему это дело аннулируется? (Оно сохранится, а не удалится.)</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>Services offered</source>
        <translation>Предлагаемые услуги</translation>
    </message>
    <message>
        <source>Referral destinations</source>
        <translation>Места направления</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>Everyone who opens this database will need the new passphrase. Old backups keep the passphrase they were made with.</source>
        <translation>Всем, кто открывает эту базу данных, понадобится новая парольная фраза. Старые резервные копии по-прежнему открываются той парольной фразой, с которой они были созданы.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Новая парольная фраза совпадает с текущей.</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>Повторное шифрование базы данных…</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the database still opens with the current one.</source>
        <translation>Не удалось сменить парольную фразу; база данных по-прежнему открывается текущей.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <source>{name} reset your password on {when}. It was for this one login: choose your own password now. If you did not ask for this, tell the centre&apos;s coordinator.</source>
        <translation>{name} сбросил(а) ваш пароль {when}. Он был на один вход: выберите собственный пароль сейчас. Если вы об этом не просили, сообщите координатору центра.</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>Руководитель</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
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
        <translation>Пришёл сам(а)</translation>
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
        <translation>В сопровождении</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Client &amp;code</source>
        <translation>&amp;Код клиента</translation>
    </message>
    <message>
        <source>Type the code, e.g. MAIV1990F</source>
        <translation>Введите код, например MAIV1990F</translation>
    </message>
    <message>
        <source>New client… (Ctrl+N)</source>
        <translation>Новый клиент… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Profile (Ctrl+P)</source>
        <translation>Профиль (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Anonymous walk-in, no code</source>
        <translation>&amp;Анонимно, без кода</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ка&amp;нал</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Optional, no names</source>
        <translation>Необязательно, без имён</translation>
    </message>
    <message>
        <source>Save visit (Enter)</source>
        <translation>Сохранить визит (Enter)</translation>
    </message>
    <message>
        <source>Several codes start with {typed}. Use the arrow keys to choose, or keep typing.</source>
        <translation>Несколько кодов начинаются с {typed}. Выберите стрелками или продолжайте ввод.</translation>
    </message>
    <message>
        <source>No client with the code {typed}. Press Ctrl+N to register a new client, or tick Anonymous.</source>
        <translation>Клиента с кодом {typed} нет. Нажмите Ctrl+N, чтобы зарегистрировать нового клиента, или отметьте «Анонимно».</translation>
    </message>
    <message>
        <source>Visit for {code}.</source>
        <translation>Визит: {code}.</translation>
    </message>
    <message>
        <source>Visit for {code}: first visit.</source>
        <translation>Визит: {code}, первый визит.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>Anonymous walk-in: counted, not identified.</source>
        <translation>Анонимный посетитель: учитывается, но не идентифицируется.</translation>
    </message>
    <message>
        <source>No client has this code. Register the person first (Ctrl+N) or tick Anonymous.</source>
        <translation>Клиента с таким кодом нет. Сначала зарегистрируйте человека (Ctrl+N) или отметьте «Анонимно».</translation>
    </message>
    <message>
        <source>an anonymous walk-in</source>
        <translation>анонимного посетителя</translation>
    </message>
    <message>
        <source>Saved: visit for {who} at {time}.</source>
        <translation>Сохранено: визит {who} в {time}.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Undo visit</source>
        <translation>Отмена визита</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Введён по ошибке</translation>
    </message>
    <message>
        <source>This visit has already been undone.</source>
        <translation>Этот визит уже отменён.</translation>
    </message>
    <message>
        <source>Same as last time (Ctrl+D)</source>
        <translation>Как в прошлый раз (Ctrl+D)</translation>
    </message>
    <message>
        <source>Already checked in today at {time}. Saving offers to add these services to that visit.</source>
        <translation>Уже отмечен(а) сегодня в {time}. При сохранении можно добавить эти услуги к тому визиту.</translation>
    </message>
    <message>
        <source>Type the client code; matches appear as you type. Up and Down choose, Tab goes to the services, Enter saves.</source>
        <translation>Введите код клиента; совпадения появляются по мере ввода. Стрелки вверх и вниз — выбор, Tab — к услугам, Enter — сохранить.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Отметка визита</translation>
    </message>
    <message>
        <source>{code} was already checked in today at {time}. Add these services to that visit, or save a second visit?</source>
        <translation>{code} уже отмечен(а) сегодня в {time}. Добавить эти услуги к тому визиту или сохранить второй визит?</translation>
    </message>
    <message>
        <source>Add to that visit</source>
        <translation>Добавить к тому визиту</translation>
    </message>
    <message>
        <source>Save a second visit</source>
        <translation>Сохранить второй визит</translation>
    </message>
    <message>
        <source>This visit has no services. Save it anyway?</source>
        <translation>В этом визите нет услуг. Всё равно сохранить?</translation>
    </message>
    <message>
        <source>Save without services</source>
        <translation>Сохранить без услуг</translation>
    </message>
    <message>
        <source>Saved: services added to the visit for {who} at {time}.</source>
        <translation>Сохранено: услуги добавлены к визиту {who} в {time}.</translation>
    </message>
    <message>
        <source>This person has no earlier visit with services.</source>
        <translation>У этого человека нет прошлого визита с услугами.</translation>
    </message>
    <message>
        <source>The form was cleared. Press Ctrl+R to bring it back.</source>
        <translation>Форма очищена. Нажмите Ctrl+R, чтобы вернуть её.</translation>
    </message>
    <message>
        <source>Nothing was saved at this desk yet. Select a visit in today&apos;s list first.</source>
        <translation>На этом месте ещё ничего не сохраняли. Сначала выберите визит в сегодняшнем списке.</translation>
    </message>
    <message>
        <source>Undo the visit for {who} saved at {time}? Why is it being undone?</source>
        <translation>Отменить визит {who}, сохранённый в {time}? Почему он отменяется?</translation>
    </message>
    <message>
        <source>The visit for {who} at {time} was undone.</source>
        <translation>Визит {who} в {time} отменён.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Изменить данные ребёнка</translation>
    </message>
    <message>
        <source>Register a child</source>
        <translation>Регистрация ребёнка</translation>
    </message>
    <message>
        <source>First name or pseudonym only</source>
        <translation>Только имя или псевдоним</translation>
    </message>
    <message>
        <source>The parent&apos;s or guardian&apos;s client code</source>
        <translation>Код клиента родителя или опекуна</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Guardian agrees to the child taking part</source>
        <translation>Родитель или опекун согласен на участие ребёнка</translation>
    </message>
    <message>
        <source>Guardian agrees to photos</source>
        <translation>Родитель или опекун согласен на фотосъёмку</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;code:</source>
        <translation>&amp;Код родителя:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Год рождения:</translation>
    </message>
    <message>
        <source>or &amp;age band:</source>
        <translation>или &amp;возрастная группа:</translation>
    </message>
    <message>
        <source>Nothing about the parent&apos;s health, shelter stay or incidents is kept here.</source>
        <translation>Здесь не хранится ничего о здоровье родителя, проживании в приюте или инцидентах.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <source>{name} (born {age})</source>
        <translation>{name} ({age} г. р.)</translation>
    </message>
    <message>
        <source>{name} (age {age})</source>
        <translation>{name} (возраст {age})</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n посещение</numerusform>
            <numerusform>%n посещения</numerusform>
            <numerusform>%n посещений</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents&apos; workshops and sessions attended</source>
        <translation>Посещённые семинары для родителей и занятия</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>No children registered.</source>
        <translation>Зарегистрированных детей нет.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Children&apos;s session</source>
        <translation>Детское занятие</translation>
    </message>
    <message>
        <source>Parents&apos; workshop</source>
        <translation>Семинар для родителей</translation>
    </message>
    <message>
        <source>Homework help</source>
        <extracomment>Labels of the seeded types, translated when shown unless a user renamed them.</extracomment>
        <translation>Помощь с домашним заданием</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Игры</translation>
    </message>
    <message>
        <source>Art class</source>
        <translation>Творческое занятие</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Другое занятие</translation>
    </message>
    <message>
        <source>Parental rights</source>
        <translation>Родительские права</translation>
    </message>
    <message>
        <source>Parenting skills</source>
        <translation>Навыки родительства</translation>
    </message>
    <message>
        <source>Other workshop</source>
        <translation>Другой семинар</translation>
    </message>
    <message>
        <source>Please enter the parent&apos;s client code.</source>
        <translation>Введите код клиента родителя.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Клиента с кодом {code} нет.</translation>
    </message>
    <message>
        <source>That session type no longer exists.</source>
        <translation>Такого типа занятий больше нет.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Такого занятия больше нет.</translation>
    </message>
    <message>
        <source>That child is no longer in the register.</source>
        <translation>Этого ребёнка больше нет в реестре.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 720 minutes.</source>
        <translation>Продолжительность должна быть от 1 до 720 минут.</translation>
    </message>
    <message>
        <source>Counts must be whole numbers from 0 to 500.</source>
        <translation>Количество должно быть целым числом от 0 до 500.</translation>
    </message>
    <message>
        <source>One of the chosen facilitators is not a staff account.</source>
        <translation>Один из выбранных ведущих не является учётной записью сотрудника.</translation>
    </message>
    <message>
        <source>Removed from the session.</source>
        <translation>Удалён из занятия.</translation>
    </message>
    <message>
        <source>Please enter the child&apos;s first name or a pseudonym.</source>
        <translation>Введите имя ребёнка или псевдоним.</translation>
    </message>
    <message>
        <source>Please enter a first name or pseudonym, not a number or document.</source>
        <translation>Введите имя или псевдоним, а не номер или документ.</translation>
    </message>
    <message>
        <source>Please choose one of the listed age bands.</source>
        <translation>Выберите одну из возрастных групп в списке.</translation>
    </message>
    <message>
        <source>The birth year must be a year, for example 2017.</source>
        <translation>Год рождения должен быть годом, например 2017.</translation>
    </message>
    <message>
        <source>The birth year must be between {first} and {last}: this register is for children.</source>
        <translation>Год рождения должен быть между {first} и {last}: этот реестр — для детей.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth year or age band.</source>
        <translation>Укажите год рождения ребёнка или возрастную группу.</translation>
    </message>
    <message>
        <source>{name} is already registered with the parent {code}.</source>
        <translation>{name} уже зарегистрирован(а) с родителем {code}.</translation>
    </message>
    <message>
        <source>Please choose whether this type is for children or for parents.</source>
        <translation>Выберите, для кого этот тип: для детей или для родителей.</translation>
    </message>
    <message>
        <source>There is already a session type called {label}.</source>
        <translation>Тип занятий «{label}» уже существует.</translation>
    </message>
    <message>
        <source>Please enter the date of the session.</source>
        <translation>Введите дату занятия.</translation>
    </message>
    <message>
        <source>Please enter the start time of the session.</source>
        <translation>Введите время начала занятия.</translation>
    </message>
    <message>
        <source>A held session cannot be changed between a children&apos;s session and a parents&apos; workshop.</source>
        <translation>Проведённое занятие нельзя превратить из детского занятия в семинар для родителей или наоборот.</translation>
    </message>
    <message>
        <source>A session that was held cannot be moved to a future date.</source>
        <translation>Проведённое занятие нельзя перенести на будущую дату.</translation>
    </message>
    <message>
        <source>This schedule already has a session on {date}.</source>
        <translation>В этом расписании уже есть занятие на {date}.</translation>
    </message>
    <message>
        <source>Please say why the session is cancelled.</source>
        <translation>Укажите, почему занятие отменяется.</translation>
    </message>
    <message>
        <source>This session already has attendance recorded, so it cannot be cancelled.</source>
        <translation>По этому занятию уже записана посещаемость, поэтому его нельзя отменить.</translation>
    </message>
    <message>
        <source>This session is already cancelled.</source>
        <translation>Это занятие уже отменено.</translation>
    </message>
    <message>
        <source>Only a cancelled session can be put back on the plan.</source>
        <translation>Вернуть в план можно только отменённое занятие.</translation>
    </message>
    <message>
        <source>Please tick at least one day of the week.</source>
        <translation>Отметьте хотя бы один день недели.</translation>
    </message>
    <message>
        <source>The schedule cannot end before it starts.</source>
        <translation>Расписание не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <source>That schedule no longer exists.</source>
        <translation>Такого расписания больше нет.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Дата окончания не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>Sessions can be planned at most a year ahead at a time.</source>
        <translation>За один раз занятия можно планировать не более чем на год вперёд.</translation>
    </message>
    <message>
        <source>This session was cancelled. Put it back on the plan before recording attendance.</source>
        <translation>Это занятие было отменено. Верните его в план, прежде чем отмечать посещаемость.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded on or after the day of the session.</source>
        <translation>Посещаемость можно отметить только в день занятия или позже.</translation>
    </message>
    <message>
        <source>Parents&apos; workshops record adults present, not children.</source>
        <translation>На семинарах для родителей отмечаются присутствующие взрослые, а не дети.</translation>
    </message>
    <message>
        <source>{name} has no guardian consent to take part recorded yet. Record the consent in the register first.</source>
        <translation>Для {name} ещё не записано согласие родителя или опекуна на участие. Сначала запишите согласие в реестре.</translation>
    </message>
    <message>
        <source>Please enter a name for the session type.</source>
        <translation>Введите название типа занятия.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Parents&apos; workshops</source>
        <translation>Семинары для родителей</translation>
    </message>
</context>
<context>
    <name>ClientProfileDialog</name>
    <message>
        <source>Client profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить данные…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Year of birth or age</source>
        <translation>Год рождения или возраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Key population</source>
        <translation>Ключевая группа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Migrant status</source>
        <translation>Миграционный статус</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Visits over time</source>
        <translation>Динамика визитов</translation>
    </message>
    <message>
        <source>Services most given:</source>
        <translation>Самые частые услуги:</translation>
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
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Трансгендерная женщина</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Трансгендерный мужчина</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небинарный человек</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Female sex worker</source>
        <extracomment>key-population type, asked at registration (optional: empty is &quot;not stated&quot;)</extracomment>
        <translation>Секс-работница</translation>
    </message>
    <message>
        <source>Male sex worker</source>
        <translation>Секс-работник (мужчина)</translation>
    </message>
    <message>
        <source>Transgender person</source>
        <translation>Трансгендерный человек</translation>
    </message>
    <message>
        <source>Other key population</source>
        <translation>Другая ключевая группа</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Румынский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <source>Local resident</source>
        <translation>Местный житель</translation>
    </message>
    <message>
        <source>Internal migrant</source>
        <translation>Внутренний мигрант</translation>
    </message>
    <message>
        <source>International migrant</source>
        <translation>Международный мигрант</translation>
    </message>
    <message>
        <source>Outdoor: street</source>
        <translation>Вне помещений: улица</translation>
    </message>
    <message>
        <source>Outdoor: highway or truck stop</source>
        <translation>Вне помещений: трасса или стоянка грузовиков</translation>
    </message>
    <message>
        <source>Indoor: bar or club</source>
        <translation>В помещении: бар или клуб</translation>
    </message>
    <message>
        <source>Indoor: sauna or massage parlour</source>
        <translation>В помещении: сауна или массажный салон</translation>
    </message>
    <message>
        <source>Indoor: apartment</source>
        <translation>В помещении: квартира</translation>
    </message>
    <message>
        <source>Indoor: hotel</source>
        <translation>В помещении: гостиница</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Онлайн или по телефону</translation>
    </message>
    <message>
        <source>Other setting</source>
        <translation>Другое место</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <translation>от 18 до 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>от 25 до 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>от 35 до 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>от 45 до 54</translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation>55 и старше</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Младше 18</translation>
    </message>
    <message>
        <source>This person is under 18 and cannot be registered as an adult client. Please make a safeguarding referral instead.</source>
        <extracomment>the orders :meth:`ClientService.list_clients` can sort by, in the database</extracomment>
        <translation>Этому человеку меньше 18 лет, его нельзя зарегистрировать как взрослого клиента. Вместо этого оформите обращение по процедуре защиты детей.</translation>
    </message>
    <message>
        <source>This client is not in the register.</source>
        <translation>Этого клиента нет в реестре.</translation>
    </message>
    <message>
        <source>The same code is already registered.</source>
        <translation>Такой код уже зарегистрирован.</translation>
    </message>
    <message>
        <source>The code differs by one character.</source>
        <translation>Код отличается на один символ.</translation>
    </message>
    <message>
        <source>Same year of birth and the same letters.</source>
        <translation>Тот же год рождения и те же буквы.</translation>
    </message>
    <message>
        <source>Someone with a similar code is already registered. Please check whether this is the same person.</source>
        <translation>Клиент с похожим кодом уже зарегистрирован. Проверьте, не тот ли это человек.</translation>
    </message>
    <message>
        <source>Too many people share this code. Please ask for another fact to tell them apart.</source>
        <translation>Этот код совпадает у слишком многих людей. Уточните ещё какой-нибудь факт, чтобы их различать.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Введите код клиента.</translation>
    </message>
    <message>
        <source>A client code has between {low} and {high} letters and digits.</source>
        <translation>Код клиента содержит от {low} до {high} букв и цифр.</translation>
    </message>
    <message>
        <source>Every part of this code is unknown. Please ask for at least one fact.</source>
        <translation>Все части этого кода неизвестны. Уточните хотя бы один факт.</translation>
    </message>
    <message>
        <source>Please give a year of birth between {low} and {high}.</source>
        <translation>Укажите год рождения от {low} до {high}.</translation>
    </message>
    <message>
        <source>Please choose an age band from the list.</source>
        <translation>Выберите возрастную группу из списка.</translation>
    </message>
    <message>
        <source>Please choose a gender from the list.</source>
        <translation>Выберите гендер из списка.</translation>
    </message>
    <message>
        <source>Please choose a language from the list.</source>
        <translation>Выберите язык из списка.</translation>
    </message>
    <message>
        <source>Please choose a migrant status from the list.</source>
        <translation>Выберите миграционный статус из списка.</translation>
    </message>
    <message>
        <source>Please choose a work setting from the list.</source>
        <translation>Выберите место работы из списка.</translation>
    </message>
    <message>
        <source>Please choose a key-population type from the list.</source>
        <translation>Пожалуйста, выберите ключевую группу из списка.</translation>
    </message>
    <message>
        <source>The number of children must be between 0 and 20.</source>
        <translation>Количество детей должно быть от 0 до 20.</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Этот список нельзя так отсортировать.</translation>
    </message>
    <message>
        <source>The mother&apos;s and the father&apos;s letters are swapped.</source>
        <translation>Буквы матери и отца переставлены местами.</translation>
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
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Year of birth or age</source>
        <translation>Год рождения или возраст</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>{n} clients registered</source>
        <translation>Зарегистрировано клиентов: {n}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Part of a code or a nickname; Enter opens the profile</source>
        <translation>Часть кода или прозвища; Enter открывает профиль</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <source>Linked to care</source>
        <translation>Поставлен(а) на лечение</translation>
    </message>
    <message>
        <source>Confirmed negative</source>
        <translation>Подтверждён отрицательный результат</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался(ась)</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переехал(а)</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Связь потеряна</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>F: female</source>
        <translation>F: женщина</translation>
    </message>
    <message>
        <source>M: male</source>
        <translation>M: мужчина</translation>
    </message>
    <message>
        <source>T: trans</source>
        <translation>T: трансгендерный человек</translation>
    </message>
    <message>
        <source>X: other or not stated</source>
        <translation>X: другое или не указано</translation>
    </message>
    <message>
        <source>Mother&apos;s first name</source>
        <translation>Имя матери</translation>
    </message>
    <message>
        <source>Father&apos;s first name</source>
        <translation>Имя отца</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Sex marker</source>
        <translation>Отметка пола</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Число (день) рождения</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Месяц рождения</translation>
    </message>
    <message>
        <source>Own family name</source>
        <translation>Собственная фамилия</translation>
    </message>
    <message>
        <source>Birth order (mother&apos;s side)</source>
        <translation>Порядковый номер рождения (по матери)</translation>
    </message>
    <message>
        <source>Mother + father + year of birth + sex (MAIV1990F)</source>
        <translation>Мать + отец + год рождения + пол (MAIV1990F)</translation>
    </message>
    <message>
        <source>Mother + father + sex + year of birth (MAIVF1990)</source>
        <translation>Мать + отец + пол + год рождения (MAIVF1990)</translation>
    </message>
    <message>
        <source>Family name + sex + day of birth + year (PUF0390)</source>
        <translation>Фамилия + пол + число рождения + год (PUF0390)</translation>
    </message>
    <message>
        <source>Mother + father + birth order + date of birth (MAIV0105121990)</source>
        <translation>Мать + отец + порядок рождения + дата рождения (MAIV0105121990)</translation>
    </message>
</context>
<context>
    <name>ConfigTab</name>
    <message>
        <source>Add a room</source>
        <translation>Добавить комнату</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Добавить комнату</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Capacity (beds)</source>
        <translation>Вместимость (коек)</translation>
    </message>
    <message>
        <source>Add a bed</source>
        <translation>Добавить койку</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Добавить койку</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Selected bed</source>
        <translation>Выбранная койка</translation>
    </message>
    <message>
        <source>e.g. broken frame</source>
        <translation>например, сломан каркас</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Вывести из работы</translation>
    </message>
    <message>
        <source>Return to service</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>{name} ({beds} of {capacity} beds)</source>
        <translation>{name} (коек: {beds} из {capacity})</translation>
    </message>
    <message>
        <source>Show client codes and dates on the front desk&apos;s bed board</source>
        <translation>Показывать коды клиентов и даты на схеме коек для ресепшна</translation>
    </message>
    <message>
        <source>Off: the front desk sees only which beds are free, occupied or reserved.</source>
        <translation>Выключено: ресепшн видит только, какие койки свободны, заняты или забронированы.</translation>
    </message>
    <message>
        <source>Remove the bed for good…</source>
        <translation>Убрать койку насовсем…</translation>
    </message>
    <message>
        <source>Select a bed first.</source>
        <translation>Сначала выберите койку.</translation>
    </message>
    <message>
        <source>Remove the bed</source>
        <translation>Убрать койку</translation>
    </message>
    <message>
        <source>Why is bed {bed} removed? (It is kept, not deleted.)</source>
        <translation>Почему койка {bed} убирается? (Она сохранится, а не удалится.)</translation>
    </message>
</context>
<context>
    <name>Confirmatory</name>
    <message>
        <source>Positive (confirmed)</source>
        <translation>Положительный (подтверждён)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Неопределённый</translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Текстовое сообщение</translation>
    </message>
    <message>
        <source>In person at the centre</source>
        <translation>Лично в центре</translation>
    </message>
    <message>
        <source>Through a peer or outreach</source>
        <translation>Через равного или аутрич-работника</translation>
    </message>
</context>
<context>
    <name>ContactOutcome</name>
    <message>
        <source>Reached</source>
        <translation>Удалось связаться</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Оставлено сообщение</translation>
    </message>
    <message>
        <source>Wrong or lost number</source>
        <translation>Номер неверный или утерян</translation>
    </message>
    <message>
        <source>Declined to talk</source>
        <translation>Отказался(ась) говорить</translation>
    </message>
</context>
<context>
    <name>CounsellingForm</name>
    <message>
        <source>Pre-test counselling given</source>
        <translation>Дотестовое консультирование проведено</translation>
    </message>
    <message>
        <source>Verbal informed consent to a voluntary test</source>
        <translation>Устное информированное согласие на добровольный тест</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No, first test</source>
        <translation>Нет, первый тест</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Has used an HIV self-test before</source>
        <translation>Ранее пользовался(ась) самотестом на ВИЧ</translation>
    </message>
    <message>
        <source>On PrEP</source>
        <translation>Принимает ДКП (PrEP)</translation>
    </message>
    <message>
        <source>On ART</source>
        <translation>Получает АРТ</translation>
    </message>
    <message>
        <source>PLHIV peer-support contact offered</source>
        <translation>Предложен контакт с группой поддержки ЛЖВ</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клиента:</translation>
    </message>
    <message>
        <source>Tested before:</source>
        <translation>Тестировался(ась) ранее:</translation>
    </message>
    <message>
        <source>Months since last test:</source>
        <translation>Месяцев с последнего теста:</translation>
    </message>
    <message>
        <source>Kit lot for the test:</source>
        <translation>Серия набора для теста:</translation>
    </message>
    <message>
        <source>Where the test is done:</source>
        <translation>Где проводится тест:</translation>
    </message>
    <message>
        <source>Save counselling</source>
        <translation>Сохранить консультирование</translation>
    </message>
    <message>
        <source>Save and start test</source>
        <translation>Сохранить и начать тест</translation>
    </message>
    <message>
        <source>Individual risk assessment</source>
        <translation>Индивидуальная оценка риска</translation>
    </message>
    <message>
        <source>Risk assessment note</source>
        <translation>Примечание к оценке риска</translation>
    </message>
    <message>
        <source>Risk-reduction plan</source>
        <translation>План снижения риска</translation>
    </message>
    <message>
        <source>Counselling for {code} saved.</source>
        <translation>Консультирование для {code} сохранено.</translation>
    </message>
    <message>
        <source>Counselling for {code} saved; the test is running on the board.</source>
        <translation>Консультирование для {code} сохранено; тест запущен на табло.</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseWizard</name>
    <message>
        <source>Create a new dropin database</source>
        <extracomment>the centre&apos;s server was chosen: its settings (host, port, database, CA certificate)</extracomment>
        <translation>Создание новой базы данных dropin</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file on this computer. Keep the default place unless the centre has agreed on another one (for example an encrypted disk).</source>
        <translation>Все данные хранятся в одном зашифрованном файле на этом компьютере. Оставьте место по умолчанию, если в центре не договорились о другом (например, о зашифрованном диске).</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Файл базы данных:</translation>
    </message>
    <message>
        <source>The database passphrase encrypts the whole file. Without it nobody, including you, can open the data again: write it down and keep it somewhere safe, away from the computer.</source>
        <translation>Парольная фраза базы данных шифрует весь файл. Без неё никто, в том числе вы, не сможет снова открыть данные: запишите её и храните в надёжном месте, отдельно от компьютера.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>По&amp;вторите:</translation>
    </message>
    <message>
        <source>The first account is a manager. Managers add the other staff accounts under Admin.</source>
        <translation>Первая учётная запись — руководитель. Руководители добавляют учётные записи остальных сотрудников в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>optional, shown in the status bar</source>
        <translation>необязательно, показывается в строке состояния</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>По&amp;вторите:</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Создать базу данных</translation>
    </message>
    <message>
        <source>Step {n} of 3</source>
        <translation>Шаг {n} из 3</translation>
    </message>
    <message>
        <source>dropin database (*.db)</source>
        <translation>База данных dropin (*.db)</translation>
    </message>
    <message>
        <source>Please choose where to keep the database file.</source>
        <translation>Выберите, где хранить файл базы данных.</translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation>По этому пути уже есть файл; выберите другое имя.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Creating the encrypted database… this takes a few seconds.</source>
        <translation>Создание зашифрованной базы данных… это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>The database could not be created. Check that the folder can be written to and try again.</source>
        <translation>Не удалось создать базу данных. Проверьте, что в папку можно записывать, и повторите попытку.</translation>
    </message>
    <message>
        <source>This computer &amp;only (encrypted file)</source>
        <translation>Только этот &amp;компьютер (зашифрованный файл)</translation>
    </message>
    <message>
        <source>The centre&apos;s &amp;server</source>
        <translation>&amp;Сервер центра</translation>
    </message>
    <message>
        <source>&amp;Go to the staff login</source>
        <translation>&amp;Перейти ко входу сотрудника</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Wrong passphrase or not a dropin database.</source>
        <extracomment>each connection&apos;s cache of decrypted pages, per file (KiB; SQLite&apos;s default is 2 MiB): the weekly report reads some 30 MiB of index pages of a busy five-year centre, and with the default every run decrypted them again. The cache fills only as pages are read, and only while the connection is open.</extracomment>
        <translation>Неверная парольная фраза, или это не база данных dropin.</translation>
    </message>
    <message>
        <source>The database passphrase cannot contain a null character.</source>
        <translation>Парольная фраза базы данных не может содержать нулевой символ.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was saved. The dropin check command shows what is affected; restore the latest backup.</source>
        <translation>Файл базы данных повреждён, поэтому ничего не сохранено. Команда dropin check покажет, что затронуто; восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>This would clash with a record already saved, so nothing was saved.</source>
        <translation>Это противоречит уже сохранённой записи, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing could be saved.</source>
        <translation>Файл базы данных доступен только для чтения, поэтому ничего не удалось сохранить.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не удалось сохранить. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The database is busy in another window. Try again in a moment.</source>
        <translation>База данных занята в другом окне. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The database file could not be written. Nothing was saved.</source>
        <translation>Не удалось записать файл базы данных. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>База данных сообщила об ошибке. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>A database cannot be created there: the folder cannot be made or the name is not allowed.</source>
        <extracomment>Smaller files cannot be a database (SQLite&apos;s smallest page); opening one would overwrite it. the keys of the stores this session holds (attached on every connection), see hold_stores() shown once: the recovery key made with the database or at the upgrade that made its stores</extracomment>
        <translation>Здесь нельзя создать базу данных: не удаётся создать папку или имя недопустимо.</translation>
    </message>
    <message>
        <source>A file already exists at that place; choose another name.</source>
        <translation>По этому пути уже есть файл; выберите другое имя.</translation>
    </message>
    <message>
        <source>The database passphrase cannot be empty.</source>
        <translation>Парольная фраза базы данных не может быть пустой.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Базы данных по пути {path} нет.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so it cannot be opened. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>Файл базы данных или его папка доступны только для чтения, поэтому базу нельзя открыть. Скопируйте файл в папку с правом записи или попросите доступ на запись.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version and was left as it was. A copy was saved as {path}.</source>
        <translation>Не удалось обновить базу данных до этой версии; она осталась без изменений. Копия сохранена как {path}.</translation>
    </message>
    <message>
        <source>The database file is damaged at its start (the passphrase is right). Restore the latest backup.</source>
        <translation>Начало файла базы данных повреждено (кодовая фраза верна). Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of dropin. Please update the program.</source>
        <translation>Эта база данных создана более новой версией dropin. Обновите программу.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database or one of the files kept beside it; choose another file.</source>
        <translation>Резервную копию нельзя записать поверх базы данных или одного из файлов рядом с ней; выберите другой файл.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} — это папка; укажите имя файла для резервной копии.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or allow replacing it (--force).</source>
        <translation>{path} уже существует. Выберите другое имя или разрешите замену (--force).</translation>
    </message>
    <message>
        <source>{path} is a database open in dropin; a backup cannot replace it.</source>
        <translation>{path} — база данных, открытая в dropin; резервная копия не может её заменить.</translation>
    </message>
    <message>
        <source>A backup needs a passphrase.</source>
        <extracomment>the server has no store keys: each store is a schema its GRANTs open to the roles that may read it</extracomment>
        <translation>Для резервной копии нужна парольная фраза.</translation>
    </message>
    <message>
        <source>No backup was written. {damage} Restore the latest good backup instead.</source>
        <translation>Резервная копия не записана. {damage} Вместо этого восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файла по пути {path} нет.</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored. {damage}</source>
        <translation>Файл резервной копии повреждён, его нельзя восстановить. {damage}</translation>
    </message>
    <message>
        <source>That is not the passphrase of the database being replaced, so nothing was restored.</source>
        <translation>Это не кодовая фраза заменяемой базы данных, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The database being replaced has another passphrase than the backup. Give its passphrase too, so that its latest changes are kept in the copy.</source>
        <translation>У заменяемой базы данных другая кодовая фраза, чем у резервной копии. Укажите и её, чтобы последние изменения сохранились в копии.</translation>
    </message>
    <message>
        <source>The database being replaced is still in use, so nothing was restored. Close dropin and try again.</source>
        <translation>Заменяемая база данных ещё используется, поэтому ничего не восстановлено. Закройте dropin и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <source>The database file is damaged; affected: {names}.</source>
        <translation>Файл базы данных повреждён; затронуто: {names}.</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>страница {n}</translation>
    </message>
    <message>
        <source>This database is open in dropin on this computer. Close it first, or use Admin → Back up now.</source>
        <translation>Эта база данных открыта в dropin на этом компьютере. Сначала закройте её или используйте Администрирование → Создать резервную копию.</translation>
    </message>
    <message>
        <source>This database is open in dropin on this computer (since {time}). Close it first, or use Admin → Back up now.</source>
        <translation>Эта база данных открыта в dropin на этом компьютере (с {time}). Сначала закройте её или используйте Администрирование → Создать резервную копию.</translation>
    </message>
    <message>
        <source>The database folder cannot be written to, so the database cannot be opened.</source>
        <translation>В папку базы данных нельзя записывать, поэтому базу данных нельзя открыть.</translation>
    </message>
    <message>
        <source>The database passphrase contains a broken symbol. Please type it again.</source>
        <translation>В пароле базы данных есть повреждённый символ. Введите его ещё раз.</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database on the centre&apos;s server, with a passphrase of its own that you choose for it. Keep backups on a separate disk. A backup is restored by the server&apos;s administrator into a new database on the server (dropin server restore); the program does not restore it from here.</source>
        <translation>Резервная копия — зашифрованная копия всей базы данных на сервере центра со своей парольной фразой, которую вы выбираете для неё. Храните копии на отдельном диске. Копию восстанавливает администратор сервера в новую базу данных на сервере (dropin server restore); программа не восстанавливает её отсюда.</translation>
    </message>
    <message>
        <source>Database on the server: {name}</source>
        <translation>База данных на сервере: {name}</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database with the same passphrase. Keep backups on a separate disk, and test a restore from time to time (dropin restore).</source>
        <translation>Резервная копия — это зашифрованная копия всей базы данных с той же парольной фразой. Храните резервные копии на отдельном диске и время от времени проверяйте восстановление (dropin restore).</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Файл базы данных: {path}</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Change database passphrase…</source>
        <translation>С&amp;менить парольную фразу базы данных…</translation>
    </message>
    <message>
        <source>The database on the centre&apos;s server has no passphrase of its own: the server protects it, and the server&apos;s administrator changes its keys and passwords there.</source>
        <translation>У базы данных на сервере центра нет своей парольной фразы: её защищает сервер, а ключи и пароли меняет там администратор сервера.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Every entry of the audit log is chained to the one before it. The check shows whether any entry was changed or removed outside dropin.</source>
        <translation>Каждая запись журнала аудита связана с предыдущей. Проверка показывает, не была ли какая-либо запись изменена или удалена в обход dropin.</translation>
    </message>
    <message>
        <source>Verify a&amp;udit log</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Save backup as</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <source>dropin server backup (*.backup)</source>
        <translation>резервная копия сервера dropin (*.backup)</translation>
    </message>
    <message>
        <source>dropin database (*.db)</source>
        <translation>База данных dropin (*.db)</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another file.</source>
        <translation>Резервная копия не может заменить саму базу данных; выберите другой файл.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Запись зашифрованной резервной копии…</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Не удалось создать резервную копию.</translation>
    </message>
    <message>
        <source>The database passphrase was changed.</source>
        <translation>Парольная фраза базы данных изменена.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}. Its audit seal is {seal}: write it down apart from the backup.</source>
        <translation>Зашифрованная резервная копия записана в {path}. Её печать аудита — {seal}: запишите её отдельно от копии.</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Edit destination</source>
        <translation>Изменить место направления</translation>
    </message>
    <message>
        <source>New referral destination</source>
        <translation>Новое место направления</translation>
    </message>
    <message>
        <source>Address, phone, opening hours, whom to ask for</source>
        <translation>Адрес, телефон, часы работы, к кому обращаться</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <source>Expired</source>
        <translation>Истёк срок годности</translation>
    </message>
    <message>
        <source>Damaged or opened</source>
        <translation>Повреждён или вскрыт</translation>
    </message>
    <message>
        <source>Stock count difference</source>
        <translation>Расхождение при пересчёте</translation>
    </message>
    <message>
        <source>Opened for a test that was cancelled</source>
        <translation>Вскрыт для теста, который отменили</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client {code}</source>
        <translation>Изменить данные клиента {code}</translation>
    </message>
    <message>
        <source>A nickname, never a real name</source>
        <translation>Псевдоним, никогда не настоящее имя</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>&amp;Псевдоним</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Год рождения</translation>
    </message>
    <message>
        <source>&amp;Age band (if no year)</source>
        <translation>&amp;Возрастная группа (если год неизвестен)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Г&amp;ендер</translation>
    </message>
    <message>
        <source>&amp;Key population</source>
        <translation>&amp;Ключевая группа</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Предпочитаемый &amp;язык</translation>
    </message>
    <message>
        <source>&amp;Migrant status</source>
        <translation>&amp;Миграционный статус</translation>
    </message>
    <message>
        <source>&amp;Work setting</source>
        <translation>Место &amp;работы</translation>
    </message>
    <message>
        <source>Number of &amp;children</source>
        <translation>Количество &amp;детей</translation>
    </message>
    <message>
        <source>Optional facts</source>
        <translation>Дополнительные сведения</translation>
    </message>
    <message>
        <source>Ask only what the person is happy to tell.</source>
        <translation>Спрашивайте только то, что человек готов рассказать.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not allowed</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing half-finished was saved. If it happens again, please tell the person who looks after this computer.</source>
        <translation>Произошла непредвиденная ошибка. Ничего из незавершённого не сохранено. Если это повторится, сообщите тому, кто обслуживает этот компьютер.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>An unexpected error happened. Nothing was saved. Please try again.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Сообщение об ошибке</translation>
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
        <translation>Количество: {service}</translation>
    </message>
    <message>
        <source>Where to?</source>
        <translation>Куда?</translation>
    </message>
    <message numerus="yes">
        <source>Visit for {code}: %n visits so far, last {when}.</source>
        <translation>
            <numerusform>Визит: {code}; уже %n визит, последний — {when}.</numerusform>
            <numerusform>Визит: {code}; уже %n визита, последний — {when}.</numerusform>
            <numerusform>Визит: {code}; уже %n визитов, последний — {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, {date}: %n visits</source>
        <translation>
            <numerusform>Сегодня, {date}: %n визит</numerusform>
            <numerusform>Сегодня, {date}: %n визита</numerusform>
            <numerusform>Сегодня, {date}: %n визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n анонимный</numerusform>
            <numerusform>%n анонимных</numerusform>
            <numerusform>%n анонимных</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Визитов пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), the last on {date}</source>
        <translation>
            <numerusform>%n визит, последний — {date}</numerusform>
            <numerusform>%n визита, последний — {date}</numerusform>
            <numerusform>%n визитов, последний — {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Press {key} to tick or untick {service}.</source>
        <extracomment>the key that toggles the n-th service while the focus is not in a text field (shown on the toggle) Basic needs + referral | supplies + goods | advice and support: three columns of at most eight rows the same physical keys on a Russian, Ukrainian or Kyrgyz layout (ЙЦУКЕН) as on QWERTY</extracomment>
        <translation>Нажмите {key}, чтобы отметить или снять отметку: {service}.</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>Check-in</source>
        <translation>Отметка визита</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Все визиты</translation>
    </message>
</context>
<context>
    <name>HandoffOffer</name>
    <message>
        <source>Open an incident for the legal advisor</source>
        <translation>Открыть случай для юриста</translation>
    </message>
    <message>
        <source>Only the code and date go to the legal advisor, who will talk with the person. Nothing is reported to anyone else.</source>
        <translation>Юристу передаются только код и дата; юрист сам поговорит с человеком. Больше никому ничего не сообщается.</translation>
    </message>
    <message>
        <source>An incident was opened for the legal advisor.</source>
        <translation>Случай открыт для юриста.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Front desk</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Type the client code: matches appear as you type, Up and Down pick one. Tab goes to the services, Enter saves the visit.</source>
        <translation>Введите код клиента: совпадения появляются по мере ввода, стрелки вверх и вниз выбирают одно из них. Tab переходит к услугам, Enter сохраняет визит.</translation>
    </message>
    <message>
        <source>Ctrl+N registers a new client, Ctrl+Z undoes the last visit saved at this desk and Ctrl+K goes back to the code field.</source>
        <translation>Ctrl+N регистрирует нового клиента, Ctrl+Z отменяет последний визит, сохранённый на этом рабочем месте, а Ctrl+K возвращает к полю кода.</translation>
    </message>
    <message>
        <source>The code is made from the letters of the mother&apos;s and father&apos;s names, the year of birth and a letter for sex. Never write a real name anywhere.</source>
        <translation>Код составляется из букв имён матери и отца, года рождения и буквы пола. Никогда и нигде не записывайте настоящее имя.</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестирование</translation>
    </message>
    <message>
        <source>Record pre-test counselling, the rapid test with its kit lot, and the result. A reactive result needs a referral for confirmation.</source>
        <translation>Запишите дотестовое консультирование, экспресс-тест с серией набора и результат. При реактивном результате нужно направление на подтверждение.</translation>
    </message>
    <message>
        <source>The follow-up list shows referrals that are due or overdue; record each attempt to reach the person.</source>
        <translation>Список сопровождения показывает направления, срок которых подошёл или прошёл; записывайте каждую попытку связаться с человеком.</translation>
    </message>
    <message>
        <source>Results are seen only by peer counsellors. Every look at a test is written to the audit log.</source>
        <translation>Результаты видят только равные консультанты. Каждый просмотр теста записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>The bed board shows every bed as free, occupied, reserved or out of service. Click a bed, then use the buttons above it; Enter on a bed opens the usual action.</source>
        <translation>Схема коек показывает каждую койку: свободна, занята, забронирована или не используется. Щёлкните по койке и воспользуйтесь кнопками над схемой; Enter на койке открывает обычное действие.</translation>
    </message>
    <message>
        <source>Admit and Reserve offer only beds that are free for all the nights chosen. A crisis stay longer than 14 nights needs a review date.</source>
        <translation>«Заселить» и «Забронировать» предлагают только койки, свободные на все выбранные ночи. Для кризисного пребывания дольше 14 ночей нужна дата пересмотра.</translation>
    </message>
    <message>
        <source>Mistakes are corrected with Correct: undo an extension, a move or a discharge, shorten a stay, change the number of children, or void an admission with a reason.</source>
        <translation>Ошибки исправляются кнопкой «Исправить»: отменить продление, переселение или выбытие, сократить пребывание, изменить число детей или аннулировать заселение с указанием причины.</translation>
    </message>
    <message>
        <source>Case work (social workers) lists reviews that are due and goals past their target. Opening a case file is recorded.</source>
        <translation>«Работа со случаем» (социальные работники) показывает пересмотры, срок которых наступил, и цели с истёкшим сроком. Открытие дела записывается.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Sessions lists the children&apos;s sessions; Take attendance opens the attendance sheet of the chosen session.</source>
        <translation>«Занятия» показывают детские занятия; «Отметить посещаемость» открывает лист посещаемости выбранного занятия.</translation>
    </message>
    <message>
        <source>On the attendance sheet, type a name or a parent&apos;s code and press Enter to tick the child; Space ticks the selected row; Alt+S saves.</source>
        <translation>В листе посещаемости введите имя или код родителя и нажмите Enter, чтобы отметить ребёнка; пробел отмечает выбранную строку; Alt+S сохраняет.</translation>
    </message>
    <message>
        <source>A parent is found only by the exact client code. Nothing about the parent&apos;s visits, tests or stays is shown here.</source>
        <translation>Родителя можно найти только по точному коду клиента. Здесь ничего не показывается о визитах, тестах или пребываниях родителя.</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутрич</translation>
    </message>
    <message>
        <source>At the end of a shift, enter each outreach session in the tally: type a number into a counter or change it with + and −, Tab moves on, Enter saves.</source>
        <translation>В конце смены внесите каждый выход в подсчёт: введите число в счётчик или измените его клавишами + и −, Tab переходит дальше, Enter сохраняет.</translation>
    </message>
    <message>
        <source>Choose the district from the list, never an address. A client is noted only by the whole code, and notes never hold names.</source>
        <translation>Выбирайте район из списка, никогда не адрес. Клиент отмечается только полным кодом, а в заметках никогда не пишут имён.</translation>
    </message>
    <message>
        <source>Print a blank tally sheet to take on the street; Coverage shows the districts not visited for some weeks.</source>
        <translation>Распечатайте пустой лист подсчёта, чтобы взять его с собой на улицу; «Охват» показывает районы, где давно не было выходов.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Record an incident of violence or a rights violation with what is known: the client code is optional and the date may be only a month or a year.</source>
        <translation>Запишите случай насилия или нарушения прав с тем, что известно: код клиента необязателен, а дата может быть указана только месяцем или годом.</translation>
    </message>
    <message>
        <source>Complaining to the police or anyone else is always the person&apos;s own choice; nothing is chosen for them. Log what evidence exists and who holds it, never the files themselves.</source>
        <translation>Жаловаться в полицию или куда-либо ещё — всегда собственный выбор человека; за него ничего не выбирается. Записывайте, какие доказательства есть и у кого они хранятся, но никогда не сами файлы.</translation>
    </message>
    <message>
        <source>The advocacy report counts only the cases whose person agreed to their anonymised use. Every look at an incident is written to the audit log.</source>
        <translation>Отчёт для адвокации учитывает только случаи, где человек согласился на их анонимное использование. Каждый просмотр инцидента записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Choose a week and press Show: the preview shows the pages of the weekly summary exactly as they will print.</source>
        <translation>Выберите неделю и нажмите «Показать»: предпросмотр показывает страницы недельной сводки точно такими, какими они будут напечатаны.</translation>
    </message>
    <message>
        <source>Save PDF keeps the summary as a file, Print sends the same pages to a printer. Small counts are hidden so that no one can be recognised.</source>
        <translation>«Сохранить PDF» сохраняет сводку в файл, «Печать» отправляет те же страницы на принтер. Малые числа скрыты, чтобы никого нельзя было узнать.</translation>
    </message>
    <message>
        <source>Export CSV writes the same figures for a funder&apos;s system, one file per area.</source>
        <translation>«Экспорт CSV» записывает те же показатели для системы донора, по одному файлу на направление.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Add staff accounts with the role they need: each role sees only what its work requires.</source>
        <translation>Добавляйте учётные записи сотрудников с нужной ролью: каждая роль видит только то, что нужно для её работы.</translation>
    </message>
    <message>
        <source>Back up the database often to a removable drive kept in a safe place. Backups are encrypted with the database passphrase; on the centre&apos;s server, with a passphrase you choose for the backup and keep apart from it.</source>
        <translation>Часто делайте резервную копию базы на съёмный диск, который хранится в надёжном месте. Копии зашифрованы парольной фразой базы; на сервере центра — парольной фразой, которую вы выбираете для копии и храните отдельно от неё.</translation>
    </message>
    <message>
        <source>The audit log records every change and every look at sensitive records; check it from time to time.</source>
        <translation>Журнал аудита записывает каждое изменение и каждый просмотр конфиденциальных записей; время от времени проверяйте его.</translation>
    </message>
    <message>
        <source>Ctrl+L locks the screen at once; Ctrl+1 to Ctrl+9 switch areas; F1 shows this help.</source>
        <translation>Ctrl+L сразу блокирует экран; Ctrl+1 … Ctrl+9 переключают разделы; F1 показывает эту справку.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Help: {area}</source>
        <translation>Справка: {area}</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>{code}: no earlier test recorded here.</source>
        <translation>{code}: более ранних тестов здесь не записано.</translation>
    </message>
    <message>
        <source>{date}: {result}</source>
        <translation>{date}: {result}</translation>
    </message>
    <message>
        <source>{code}: last valid test less than a month ago.</source>
        <translation>{code}: последний действительный тест меньше месяца назад.</translation>
    </message>
    <message numerus="yes">
        <source>{code}: last valid test %n month(s) ago.</source>
        <translation>
            <numerusform>{code}: последний действительный тест %n месяц назад.</numerusform>
            <numerusform>{code}: последний действительный тест %n месяца назад.</numerusform>
            <numerusform>{code}: последний действительный тест %n месяцев назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code}: no valid result yet.</source>
        <translation>{code}: действительного результата пока нет.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Who, when and where</source>
        <translation>Кто, когда и где</translation>
    </message>
    <message>
        <source>Leave empty to record the incident anonymously</source>
        <translation>Оставьте пустым, чтобы записать случай анонимно</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <source>District or town, no addresses</source>
        <translation>Район или город, без адресов</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation>Что произошло (отметьте всё подходящее)</translation>
    </message>
    <message>
        <source>What the person told, in their words (seen only by legal advisors)</source>
        <translation>Что рассказал человек, его словами (видят только юристы)</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <source>Complaint (always the person&apos;s own choice)</source>
        <translation>Жалоба (всегда собственный выбор человека)</translation>
    </message>
    <message>
        <source>The person chose to complain</source>
        <translation>Человек решил подать жалобу</translation>
    </message>
    <message>
        <source>The person chose not to complain</source>
        <translation>Человек решил не подавать жалобу</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Save incident</source>
        <translation>Сохранить случай</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>Voided incident: {reason}</source>
        <translation>Аннулированный случай: {reason}</translation>
    </message>
    <message>
        <source>Opened at check-in: please record what happened</source>
        <translation>Открыт при регистрации визита: запишите, что произошло</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Случай сохранён.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Exact day</source>
        <translation>Точный день</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Улица или общественное место</translation>
    </message>
    <message>
        <source>Workplace (sauna, apartment, venue)</source>
        <translation>Место работы (сауна, квартира, заведение)</translation>
    </message>
    <message>
        <source>Client&apos;s place or hotel</source>
        <translation>У клиента или в гостинице</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Police station or custody</source>
        <translation>Отделение полиции или изолятор</translation>
    </message>
    <message>
        <source>Own home</source>
        <translation>Собственное жильё</translation>
    </message>
    <message>
        <source>Clinic or social service</source>
        <translation>Клиника или социальная служба</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>В интернете или по телефону</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Другое место</translation>
    </message>
    <message>
        <source>Police or other law enforcement</source>
        <translation>Полиция или другие правоохранительные органы</translation>
    </message>
    <message>
        <source>Client or someone posing as a client</source>
        <translation>Клиент или человек, выдающий себя за клиента</translation>
    </message>
    <message>
        <source>Controller or other third party</source>
        <translation>Сутенёр или другое третье лицо</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Посторонний человек</translation>
    </message>
    <message>
        <source>Health or social-service staff</source>
        <translation>Сотрудники медицинских или социальных служб</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>Партнёр или семья</translation>
    </message>
    <message>
        <source>Other perpetrator</source>
        <translation>Другой виновник</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Физическое насилие</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Психологическое насилие</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Экономическое насилие</translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <translation>Вымогательство или взятка</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Произвольное задержание</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <source>Condom confiscation</source>
        <translation>Изъятие презервативов</translation>
    </message>
    <message>
        <source>Forced HIV testing</source>
        <translation>Принудительное тестирование на ВИЧ</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Выселение</translation>
    </message>
    <message>
        <source>Outing or shaming</source>
        <translation>Разглашение или публичное унижение</translation>
    </message>
    <message>
        <source>Other violation</source>
        <translation>Другое нарушение</translation>
    </message>
    <message>
        <source>Legal consultation</source>
        <translation>Юридическая консультация</translation>
    </message>
    <message>
        <source>Crisis centre</source>
        <translation>Кризисный центр</translation>
    </message>
    <message>
        <source>Medical help</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологическая поддержка</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Омбудсмен</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Internal complaint (employer, clinic)</source>
        <translation>Внутренняя жалоба (работодатель, клиника)</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Другой орган</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Document (protocol, fine notice)</source>
        <translation>Документ (протокол, постановление о штрафе)</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медицинский документ</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Другое доказательство</translation>
    </message>
    <message>
        <source>Held by the legal advisor</source>
        <translation>Хранится у юриста</translation>
    </message>
    <message>
        <source>Held by the person</source>
        <translation>Хранится у самого человека</translation>
    </message>
    <message>
        <source>Held by a partner organisation</source>
        <translation>Хранится в партнёрской организации</translation>
    </message>
    <message>
        <source>Held by the authorities</source>
        <translation>Хранится у органов власти</translation>
    </message>
    <message>
        <source>Held elsewhere</source>
        <translation>Хранится в другом месте</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Административное дело</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Уголовное дело</translation>
    </message>
    <message>
        <source>Civil case</source>
        <translation>Гражданское дело</translation>
    </message>
    <message>
        <source>Complaint procedure</source>
        <translation>Рассмотрение жалобы</translation>
    </message>
    <message>
        <source>Complaint or claim filed</source>
        <translation>Подана жалоба или иск</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обжалование</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>An incident cannot be dated in the future.</source>
        <translation>Случай не может быть датирован будущим числом.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <source>Please say how exactly the date is known.</source>
        <translation>Укажите, насколько точно известна дата.</translation>
    </message>
    <message>
        <source>Please give the date of the incident.</source>
        <translation>Укажите дату случая.</translation>
    </message>
    <message>
        <source>Please choose the kind of place.</source>
        <translation>Выберите тип места.</translation>
    </message>
    <message>
        <source>Please choose who did it.</source>
        <translation>Выберите, кто это сделал.</translation>
    </message>
    <message>
        <source>Unknown kind of violation.</source>
        <translation>Неизвестный вид нарушения.</translation>
    </message>
    <message>
        <source>Please tick at least one thing that happened.</source>
        <translation>Отметьте хотя бы одно из того, что произошло.</translation>
    </message>
    <message>
        <source>Unknown kind of support.</source>
        <translation>Неизвестный вид помощи.</translation>
    </message>
    <message>
        <source>The account is too long (at most 10,000 characters).</source>
        <translation>Рассказ слишком длинный (не более 10 000 символов).</translation>
    </message>
    <message>
        <source>Please say where the complaint was made.</source>
        <translation>Укажите, куда подана жалоба.</translation>
    </message>
    <message>
        <source>A complaint cannot be dated in the future.</source>
        <translation>Жалоба не может быть датирована будущим числом.</translation>
    </message>
    <message>
        <source>The complaint cannot be dated before the incident.</source>
        <translation>Жалоба не может быть датирована раньше случая.</translation>
    </message>
    <message>
        <source>No client has this code. Leave it empty to record the incident anonymously.</source>
        <translation>Клиента с таким кодом нет. Оставьте поле пустым, чтобы записать случай анонимно.</translation>
    </message>
    <message>
        <source>This incident no longer exists.</source>
        <translation>Этого случая больше нет.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>Согласие не может быть датировано будущим числом.</translation>
    </message>
    <message>
        <source>Please choose the kind of evidence.</source>
        <translation>Выберите вид доказательства.</translation>
    </message>
    <message>
        <source>Please say who holds the evidence.</source>
        <translation>Укажите, у кого хранится доказательство.</translation>
    </message>
    <message>
        <source>This evidence entry no longer exists.</source>
        <translation>Этой записи о доказательстве больше нет.</translation>
    </message>
    <message>
        <source>Please choose the kind of case.</source>
        <translation>Выберите вид дела.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Дело не может быть открыто будущим числом.</translation>
    </message>
    <message>
        <source>This legal case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Please choose the stage of the case.</source>
        <translation>Выберите этап дела.</translation>
    </message>
    <message>
        <source>A stage must be dated between the opening of the case and today.</source>
        <translation>Дата этапа должна быть между открытием дела и сегодняшним днём.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the case.</source>
        <translation>Выберите итог дела.</translation>
    </message>
    <message>
        <source>The outcome must be dated between the opening of the case and today.</source>
        <translation>Дата итога должна быть между открытием дела и сегодняшним днём.</translation>
    </message>
    <message>
        <source>This database has no key for hand-offs, so nothing was saved.</source>
        <translation>В этой базе данных нет ключа для передачи случаев, поэтому ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incident details are seen only by legal advisors. The advocacy report counts only the cases whose person agreed, and shows no details.</source>
        <translation>Подробности случаев видят только юристы. Отчёт для адвокации учитывает только случаи с согласием человека и не показывает подробностей.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>Показать аннулированные</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <source>⚠ waiting for details</source>
        <translation>⚠ ждёт подробностей</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for details</source>
        <translation>
            <numerusform>%n ждёт подробностей</numerusform>
            <numerusform>%n ждут подробностей</numerusform>
            <numerusform>%n ждут подробностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ждёт</numerusform>
            <numerusform>%n ждут</numerusform>
            <numerusform>%n ждут</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Случай сохранён.</translation>
    </message>
    <message>
        <source>Void incident</source>
        <translation>Аннулировать случай</translation>
    </message>
    <message>
        <source>Why is this record void? (It is kept, not deleted.)</source>
        <translation>Почему эта запись аннулируется? (Она сохранится, а не удалится.)</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Drop-in visits</source>
        <translation>Визиты в дроп-ин центр</translation>
    </message>
    <message>
        <source>Contacts (visits)</source>
        <translation>Контакты (визиты)</translation>
    </message>
    <message>
        <source>Every recorded visit or contact, including anonymous walk-ins.</source>
        <translation>Все записанные визиты и контакты, включая анонимных посетителей.</translation>
    </message>
    <message>
        <source>Visits in the week that are not voided.</source>
        <translation>Визиты за неделю, кроме отменённых.</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Уникальные клиенты</translation>
    </message>
    <message>
        <source>Different registered clients who had at least one visit.</source>
        <translation>Разные зарегистрированные клиенты, у которых был хотя бы один визит.</translation>
    </message>
    <message>
        <source>Clients with one or more visits in the week.</source>
        <translation>Клиенты с одним или более визитами за неделю.</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Clients whose first ever visit fell in the week.</source>
        <translation>Клиенты, чей самый первый визит пришёлся на эту неделю.</translation>
    </message>
    <message>
        <source>Clients whose earliest visit is in the week.</source>
        <translation>Клиенты, самый ранний визит которых приходится на эту неделю.</translation>
    </message>
    <message>
        <source>Anonymous walk-ins</source>
        <translation>Анонимные посетители</translation>
    </message>
    <message>
        <source>Visits recorded without a client code.</source>
        <translation>Визиты, записанные без кода клиента.</translation>
    </message>
    <message>
        <source>Visits in the week with no client.</source>
        <translation>Визиты за неделю без привязки к клиенту.</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Контакты по каналам</translation>
    </message>
    <message>
        <source>How people reached the centre: walk-in, phone, online, outreach or accompanied.</source>
        <translation>Как люди обратились в центр: пришли сами, по телефону, онлайн, через аутрич или в сопровождении.</translation>
    </message>
    <message>
        <source>Visits in the week, by contact channel.</source>
        <translation>Визиты за неделю по каналу контакта.</translation>
    </message>
    <message>
        <source>Distinct people by gender</source>
        <translation>Уникальные клиенты по гендеру</translation>
    </message>
    <message>
        <source>Distinct people seen, by the gender they gave (not stated if left empty).</source>
        <translation>Уникальные клиенты, обратившиеся за неделю, по указанному ими гендеру (если поле пустое — «Не указано»).</translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by gender.</source>
        <translation>Клиенты с визитом за неделю, по гендеру.</translation>
    </message>
    <message>
        <source>Distinct people by age band</source>
        <translation>Уникальные клиенты по возрастным группам</translation>
    </message>
    <message>
        <source>Distinct people seen, by age band at the time of the visit.</source>
        <translation>Уникальные клиенты, обратившиеся за неделю, по возрастной группе на момент визита.</translation>
    </message>
    <message>
        <source>Clients with a visit in the week, by age band.</source>
        <translation>Клиенты с визитом за неделю, по возрастной группе.</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>How many times each service was given.</source>
        <translation>Сколько раз была оказана каждая услуга.</translation>
    </message>
    <message>
        <source>Service lines on visits in the week, by service.</source>
        <translation>Строки услуг в визитах за неделю, по услугам.</translation>
    </message>
    <message>
        <source>Male condoms handed out</source>
        <translation>Выдано мужских презервативов</translation>
    </message>
    <message>
        <source>Number of male condoms given out.</source>
        <translation>Число выданных мужских презервативов.</translation>
    </message>
    <message>
        <source>Sum of quantities in the week.</source>
        <translation>Сумма количеств за неделю.</translation>
    </message>
    <message>
        <source>Female condoms handed out</source>
        <translation>Выдано женских презервативов</translation>
    </message>
    <message>
        <source>Number of female condoms given out.</source>
        <translation>Число выданных женских презервативов.</translation>
    </message>
    <message>
        <source>Lubricant handed out</source>
        <translation>Выдано лубриканта</translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes given out.</source>
        <translation>Число выданных саше или тюбиков лубриканта.</translation>
    </message>
    <message>
        <source>HIV counselling and testing</source>
        <translation>Консультирование и тестирование на ВИЧ</translation>
    </message>
    <message>
        <source>People tested who received their result, by the key-population type recorded for them at registration or on their profile: female sex worker, male sex worker, transgender person, other or not stated.</source>
        <translation>Протестированные люди, получившие результат, по ключевой группе, записанной при регистрации или в профиле: секс-работница, секс-работник, трансгендерный человек, другая или не указана.</translation>
    </message>
    <message>
        <source>People tested who received their result, by where their first test of the period was done, as recorded with the test: at the drop-in, on outreach, or other community testing.</source>
        <translation>Протестированные люди, получившие результат, по месту их первого теста за период, записанному с тестом: в центре, на аутрич или другое тестирование в сообществе.</translation>
    </message>
    <message>
        <source>Tests by result</source>
        <translation>Тесты по результату</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченные направления</translation>
    </message>
    <message>
        <source>Test kits used</source>
        <translation>Использовано тест-наборов</translation>
    </message>
    <message>
        <source>Kits taken from stock for tests, repeats and quality control.</source>
        <translation>Наборы, взятые со склада для тестов, повторных тестов и контроля качества.</translation>
    </message>
    <message>
        <source>Test kits in stock</source>
        <translation>Тест-наборы на складе</translation>
    </message>
    <message>
        <source>Kits received minus kits used or discarded.</source>
        <translation>Полученные наборы минус использованные или списанные.</translation>
    </message>
    <message>
        <source>Kit lots expiring within 60 days</source>
        <translation>Серии наборов, срок годности которых истекает в течение 60 дней</translation>
    </message>
    <message>
        <source>Lots in stock expiring soon.</source>
        <translation>Серии на складе с истекающим сроком годности.</translation>
    </message>
    <message>
        <source>Quality-control runs</source>
        <translation>Проверки контроля качества</translation>
    </message>
    <message>
        <source>Crisis shelter</source>
        <translation>Кризисный приют</translation>
    </message>
    <message>
        <source>Beds in service</source>
        <translation>Койки в работе</translation>
    </message>
    <message>
        <source>Beds available for use at the end of the week.</source>
        <translation>Койки, доступные для использования на конец недели.</translation>
    </message>
    <message>
        <source>Configured beds not out of service.</source>
        <translation>Заведённые койки, не выведенные из работы.</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Койко-ночи</translation>
    </message>
    <message>
        <source>Nights spent in the shelter: one per person per night, from admission up to the night before discharge.</source>
        <translation>Ночи, проведённые в приюте: по одной на человека за каждую ночь, с дня поступления до ночи накануне выбытия.</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>Заполняемость</translation>
    </message>
    <message>
        <source>Bed-nights used as a share of bed-nights available.</source>
        <translation>Использованные койко-ночи как доля доступных койко-ночей.</translation>
    </message>
    <message>
        <source>Bed-nights.</source>
        <translation>Койко-ночи.</translation>
    </message>
    <message>
        <source>Bed-nights available: beds in service on each night of the week, added up.</source>
        <translation>Доступные койко-ночи: койки в работе в каждую ночь недели, в сумме.</translation>
    </message>
    <message>
        <source>Bed-nights available</source>
        <translation>Доступные койко-ночи</translation>
    </message>
    <message>
        <source>Beds in service on each night of the week, added up.</source>
        <translation>Число коек в работе в каждую ночь недели, сложенное за все ночи.</translation>
    </message>
    <message>
        <source>Sum over nights of beds in service.</source>
        <translation>Сумма коек в работе по всем ночам.</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <source>Stays that began in the week.</source>
        <translation>Проживания, начавшиеся за неделю.</translation>
    </message>
    <message>
        <source>Discharges by outcome</source>
        <translation>Выбытия по исходу</translation>
    </message>
    <message>
        <source>Stays that ended in the week, by where the person went.</source>
        <translation>Проживания, завершившиеся за неделю, по тому, куда выбыл человек.</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>Stays extended in the week.</source>
        <translation>Проживания, продлённые за неделю.</translation>
    </message>
    <message>
        <source>Extensions approved in the week.</source>
        <translation>Продления, одобренные за неделю.</translation>
    </message>
    <message>
        <source>Stays past their planned end</source>
        <translation>Проживания сверх планового срока</translation>
    </message>
    <message>
        <source>Current stays whose planned end had passed at the end of the week.</source>
        <translation>Текущие проживания, плановый срок которых истёк к концу недели.</translation>
    </message>
    <message>
        <source>Open stays with a planned end before the end of the week.</source>
        <translation>Незавершённые проживания с плановой датой окончания до конца недели.</translation>
    </message>
    <message>
        <source>Children accommodated</source>
        <translation>Размещено детей</translation>
    </message>
    <message>
        <source>Children staying with a parent on at least one night of the week.</source>
        <translation>Дети, проживавшие с родителем хотя бы одну ночь недели.</translation>
    </message>
    <message>
        <source>Sum of accompanying children over stays present in the week.</source>
        <translation>Сумма сопровождающих детей по проживаниям, приходящимся на неделю.</translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation>Занятия для детей</translation>
    </message>
    <message>
        <source>Sessions by type</source>
        <translation>Занятия по типам</translation>
    </message>
    <message>
        <source>Children&apos;s activity sessions held, by type (homework, games, art ...).</source>
        <translation>Проведённые детские занятия по типам (домашние задания, игры, творчество ...).</translation>
    </message>
    <message>
        <source>Sessions held in the week, by type.</source>
        <translation>Занятия, проведённые за неделю, по типам.</translation>
    </message>
    <message>
        <source>Child attendances</source>
        <translation>Посещения детьми</translation>
    </message>
    <message>
        <source>Each child present at each session, plus unregistered children counted.</source>
        <translation>Каждый ребёнок на каждом занятии, плюс учтённые незарегистрированные дети.</translation>
    </message>
    <message>
        <source>Attendance marks in the week.</source>
        <translation>Отметки посещаемости за неделю.</translation>
    </message>
    <message>
        <source>Distinct children</source>
        <translation>Уникальные дети</translation>
    </message>
    <message>
        <source>Different registered children who came at least once.</source>
        <translation>Разные зарегистрированные дети, пришедшие хотя бы один раз.</translation>
    </message>
    <message>
        <source>Registered children with an attendance in the week.</source>
        <translation>Зарегистрированные дети с посещением за неделю.</translation>
    </message>
    <message>
        <source>Parents reached</source>
        <translation>Охвачено родителей</translation>
    </message>
    <message>
        <source>Parents&apos; workshops held</source>
        <translation>Проведено семинаров для родителей</translation>
    </message>
    <message>
        <source>Workshops for parents on rights and parenting.</source>
        <translation>Семинары для родителей о правах и воспитании детей.</translation>
    </message>
    <message>
        <source>Workshops held in the week.</source>
        <translation>Семинары, проведённые за неделю.</translation>
    </message>
    <message>
        <source>Outreach and community events</source>
        <translation>Аутрич и мероприятия сообщества</translation>
    </message>
    <message>
        <source>Outreach sessions by mode</source>
        <translation>Выходы аутрич по способу</translation>
    </message>
    <message>
        <source>Outreach sessions held, by how they were done: on foot, by car, mobile unit, online or phone.</source>
        <translation>Проведённые выходы аутрич по способу: пешком, на машине, мобильный пункт, онлайн или по телефону.</translation>
    </message>
    <message>
        <source>Outreach sessions in the week, by mode.</source>
        <translation>Выходы аутрич за неделю, по способу.</translation>
    </message>
    <message>
        <source>Outreach sessions by setting</source>
        <translation>Выходы аутрич по типу места</translation>
    </message>
    <message>
        <source>Outreach sessions held, by type of setting (street, hotel, sauna ...).</source>
        <translation>Проведённые выходы аутрич по типу места (улица, гостиница, сауна ...).</translation>
    </message>
    <message>
        <source>Outreach sessions in the week, by setting.</source>
        <translation>Выходы аутрич за неделю, по типу места.</translation>
    </message>
    <message>
        <source>Outreach contacts</source>
        <translation>Контакты аутрич</translation>
    </message>
    <message>
        <source>People met on outreach, new and returning (a person met twice counts twice).</source>
        <translation>Люди, встреченные на аутрич, новые и повторные (встреченный дважды считается дважды).</translation>
    </message>
    <message>
        <source>Sum of contacts on outreach sessions in the week.</source>
        <translation>Сумма контактов за выходы аутрич недели.</translation>
    </message>
    <message>
        <source>Outreach contacts, new and returning</source>
        <translation>Контакты аутрич, новые и повторные</translation>
    </message>
    <message>
        <source>Contacts the workers had not met before, and those they had met before.</source>
        <translation>Контакты, которых сотрудники раньше не встречали, и те, кого уже встречали.</translation>
    </message>
    <message>
        <source>Sum of contacts in the week, new and returning.</source>
        <translation>Сумма контактов за неделю, новых и повторных.</translation>
    </message>
    <message>
        <source>Distinct coded people on outreach</source>
        <translation>Разные люди с кодом на аутрич</translation>
    </message>
    <message>
        <source>Different registered clients whose code was noted on an outreach session.</source>
        <translation>Разные зарегистрированные клиенты, чей код записан при выходе аутрич.</translation>
    </message>
    <message>
        <source>Clients with a coded outreach contact in the week.</source>
        <translation>Клиенты с контактом аутрич по коду за неделю.</translation>
    </message>
    <message>
        <source>Male condoms given on outreach</source>
        <translation>Мужские презервативы на аутрич</translation>
    </message>
    <message>
        <source>Number of male condoms handed out by outreach workers.</source>
        <translation>Число мужских презервативов, выданных аутрич-работниками.</translation>
    </message>
    <message>
        <source>Female condoms given on outreach</source>
        <translation>Женские презервативы на аутрич</translation>
    </message>
    <message>
        <source>Number of female condoms handed out by outreach workers.</source>
        <translation>Число женских презервативов, выданных аутрич-работниками.</translation>
    </message>
    <message>
        <source>Lubricant given on outreach</source>
        <translation>Лубрикант на аутрич</translation>
    </message>
    <message>
        <source>Number of lubricant sachets or tubes handed out by outreach workers.</source>
        <translation>Число пакетиков или тюбиков лубриканта, выданных аутрич-работниками.</translation>
    </message>
    <message>
        <source>Leaflets given on outreach</source>
        <translation>Листовки на аутрич</translation>
    </message>
    <message>
        <source>Number of leaflets handed out by outreach workers.</source>
        <translation>Число листовок, выданных аутрич-работниками.</translation>
    </message>
    <message>
        <source>Mini-session hours</source>
        <translation>Часы мини-сессий</translation>
    </message>
    <message>
        <source>Time spent on mini-sessions (HIV, STIs, rights ...) during outreach.</source>
        <translation>Время мини-сессий (ВИЧ, ИППП, права ...) во время аутрич.</translation>
    </message>
    <message>
        <source>Sum of mini-session minutes in the week, in hours.</source>
        <translation>Сумма минут мини-сессий за неделю, в часах.</translation>
    </message>
    <message>
        <source>Referrals made on outreach</source>
        <translation>Направления на аутрич</translation>
    </message>
    <message>
        <source>Referrals to partner services made during outreach.</source>
        <translation>Направления в партнёрские службы, сделанные во время аутрич.</translation>
    </message>
    <message>
        <source>Outreach referrals in the week.</source>
        <translation>Направления аутрич за неделю.</translation>
    </message>
    <message>
        <source>Referrals with accompaniment</source>
        <translation>Направления с сопровождением</translation>
    </message>
    <message>
        <source>Outreach referrals where a worker went along.</source>
        <translation>Направления аутрич, при которых сотрудник сопровождал человека.</translation>
    </message>
    <message>
        <source>Accompanied outreach referrals in the week.</source>
        <translation>Направления аутрич с сопровождением за неделю.</translation>
    </message>
    <message>
        <source>Gatekeepers contacted</source>
        <translation>Контакты с «привратниками»</translation>
    </message>
    <message>
        <source>Venue owners, administrators and other gatekeepers spoken to.</source>
        <translation>Владельцы заведений, администраторы и другие «привратники», с которыми поговорили.</translation>
    </message>
    <message>
        <source>Sum of gatekeepers on outreach sessions in the week.</source>
        <translation>Сумма «привратников» за выходы аутрич недели.</translation>
    </message>
    <message>
        <source>Outreach contacts by area</source>
        <translation>Контакты аутрич по районам</translation>
    </message>
    <message>
        <source>Coverage: contacts in each outreach area (district).</source>
        <translation>Охват: контакты в каждом районе аутрич.</translation>
    </message>
    <message>
        <source>Contacts in the week, by area.</source>
        <translation>Контакты за неделю, по районам.</translation>
    </message>
    <message>
        <source>Community events by type</source>
        <translation>Мероприятия сообщества по типу</translation>
    </message>
    <message>
        <source>Workshops, self-help groups, peer-education sessions and key-date events held.</source>
        <translation>Проведённые мастер-классы, группы самопомощи, занятия равного обучения и мероприятия памятных дат.</translation>
    </message>
    <message>
        <source>Events in the week, by type.</source>
        <translation>Мероприятия за неделю, по типу.</translation>
    </message>
    <message>
        <source>Community event attendance</source>
        <translation>Участники мероприятий сообщества</translation>
    </message>
    <message>
        <source>People at community events, counted and coded.</source>
        <translation>Люди на мероприятиях сообщества, посчитанные и с кодом.</translation>
    </message>
    <message>
        <source>Attendance at events in the week.</source>
        <translation>Участники мероприятий за неделю.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <extracomment>Labels for category codes the areas are known to use; other codes are shown tidied up.</extracomment>
        <translation>Пришёл сам(а)</translation>
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
        <translation>В сопровождении</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation>Трансгендерная женщина</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation>Трансгендерный мужчина</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небинарный человек</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Non-reactive</source>
        <translation>Нереактивный</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Реактивный</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительный</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Обеспечен(а) жильём</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Вернулся(ась) домой</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлен(а) в другое место</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ушёл (ушла)</translation>
    </message>
    <message>
        <source>7 days or fewer</source>
        <extracomment>Labels for bucket codes that have no list of their own elsewhere</extracomment>
        <translation>7 дней или меньше</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>8–14 дней</translation>
    </message>
    <message>
        <source>15 to 30 days</source>
        <translation>15–30 дней</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>Больше 30 дней</translation>
    </message>
    <message>
        <source>Access to confidential records</source>
        <extracomment>events on the audit log, not people: shown exactly (kind STOCK), so a board sees even one</extracomment>
        <translation>Доступ к конфиденциальным записям</translation>
    </message>
    <message>
        <source>Break-glass openings</source>
        <translation>Экстренные доступы</translation>
    </message>
    <message>
        <source>HIV test records opened by a manager through the logged break-glass, with a reason.</source>
        <translation>Записи о тестах на ВИЧ, открытые руководителем через записываемый экстренный доступ с указанием причины.</translation>
    </message>
    <message>
        <source>Break-glass entries in the audit log in the week.</source>
        <translation>Записи об экстренном доступе в журнале аудита за неделю.</translation>
    </message>
    <message>
        <source>Accounts given access to HIV results</source>
        <translation>Учётные записи с доступом к результатам на ВИЧ</translation>
    </message>
    <message>
        <source>Staff accounts created with, or changed to, a role that reads HIV test results.</source>
        <translation>Учётные записи сотрудников, созданные с ролью, которая видит результаты тестов на ВИЧ, или переведённые на неё.</translation>
    </message>
    <message>
        <source>Account creations and role changes to such a role in the week.</source>
        <translation>Создания учётных записей и смены роли на такую роль за неделю.</translation>
    </message>
    <message>
        <source>Password resets</source>
        <translation>Сбросы паролей</translation>
    </message>
    <message>
        <source>Staff passwords reset by a manager (the owner must choose a new one).</source>
        <translation>Пароли сотрудников, сброшенные руководителем (владелец должен выбрать новый).</translation>
    </message>
    <message>
        <source>Password resets in the audit log in the week.</source>
        <translation>Сбросы паролей в журнале аудита за неделю.</translation>
    </message>
    <message>
        <source>Database restores</source>
        <translation>Восстановления базы данных</translation>
    </message>
    <message>
        <source>Times the database was replaced by a backup.</source>
        <translation>Сколько раз базу данных заменяли резервной копией.</translation>
    </message>
    <message>
        <source>Restore entries in the audit log in the week.</source>
        <translation>Записи о восстановлении в журнале аудита за неделю.</translation>
    </message>
    <message>
        <source>Violence and rights violations</source>
        <translation>Насилие и нарушения прав</translation>
    </message>
    <message>
        <source>Incidents recorded</source>
        <translation>Записано случаев</translation>
    </message>
    <message>
        <source>Incidents of violence or rights violations recorded in the week, including those opened at check-in.</source>
        <translation>Случаи насилия или нарушения прав, записанные за неделю, включая открытые при регистрации визита.</translation>
    </message>
    <message>
        <source>Incidents recorded in the week that are not voided.</source>
        <translation>Неаннулированные случаи, записанные за неделю.</translation>
    </message>
    <message>
        <source>Referred for legal help</source>
        <translation>Направлено за юридической помощью</translation>
    </message>
    <message>
        <source>Incidents recorded in the week that were handed to the legal advisor or given a legal consultation.</source>
        <translation>Случаи, записанные за неделю, переданные юристу или получившие юридическую консультацию.</translation>
    </message>
    <message>
        <source>Incidents recorded in the week opened at check-in or with legal consultation.</source>
        <translation>Случаи за неделю, открытые при регистрации визита или с юридической консультацией.</translation>
    </message>
    <message>
        <source>People counselled before a test</source>
        <translation>Люди, получившие консультирование до теста</translation>
    </message>
    <message>
        <source>Different people who had pre-test counselling.</source>
        <translation>Разные люди, получившие дотестовое консультирование.</translation>
    </message>
    <message>
        <source>Clients with a pre-test counselling session in the period.</source>
        <translation>Клиенты с дотестовым консультированием за период.</translation>
    </message>
    <message>
        <source>People tested who received their result</source>
        <translation>Протестированные люди, получившие результат</translation>
    </message>
    <message>
        <source>Different people who got a final result (non-reactive or reactive) and were told it (HTS_TST style). People already known to be positive or on treatment are not included.</source>
        <translation>Разные люди, получившие окончательный результат (нереактивный или реактивный) и узнавшие его (как HTS_TST). Люди с уже известным положительным статусом или на лечении не включены.</translation>
    </message>
    <message>
        <source>Clients with a final result given in the period, not known positive.</source>
        <translation>Клиенты, которым сообщён окончательный результат за период, без ранее известных положительных.</translation>
    </message>
    <message>
        <source>People with a reactive result</source>
        <translation>Люди с реактивным результатом</translation>
    </message>
    <message>
        <source>People tested whose rapid test was reactive. This is not a diagnosis.</source>
        <translation>Протестированные люди, у которых экспресс-тест реактивный. Это не диагноз.</translation>
    </message>
    <message>
        <source>People tested with a reactive test in the period.</source>
        <translation>Протестированные люди с реактивным тестом за период.</translation>
    </message>
    <message>
        <source>Positivity (people)</source>
        <translation>Доля положительных (люди)</translation>
    </message>
    <message>
        <source>Share of people tested whose test was reactive, without people already known to be positive.</source>
        <translation>Доля протестированных людей с реактивным тестом, без людей с уже известным положительным статусом.</translation>
    </message>
    <message>
        <source>People with a reactive result.</source>
        <translation>Люди с реактивным результатом.</translation>
    </message>
    <message>
        <source>People tested who received their result.</source>
        <translation>Протестированные люди, получившие результат.</translation>
    </message>
    <message>
        <source>Retests of people already known positive</source>
        <translation>Повторные тесты людей с известным положительным статусом</translation>
    </message>
    <message>
        <source>People tested again who were already confirmed positive or said they were on treatment. Shown apart from positivity.</source>
        <translation>Люди, протестированные повторно, у которых положительный статус уже подтверждён или которые сказали, что лечатся. Показаны отдельно от доли положительных.</translation>
    </message>
    <message>
        <source>Known positive clients with a final result given in the period.</source>
        <translation>Клиенты с известным положительным статусом, получившие окончательный результат за период.</translation>
    </message>
    <message>
        <source>People tested by age</source>
        <translation>Протестированные люди по возрасту</translation>
    </message>
    <message>
        <source>People tested who received their result, by age in five-year bands at their first test of the period.</source>
        <translation>Протестированные люди, получившие результат, по пятилетним возрастным группам на момент первого теста за период.</translation>
    </message>
    <message>
        <source>People tested who received their result, by age.</source>
        <translation>Протестированные люди, получившие результат, по возрасту.</translation>
    </message>
    <message>
        <source>People tested by gender</source>
        <translation>Протестированные люди по гендеру</translation>
    </message>
    <message>
        <source>People tested who received their result, by the gender they gave.</source>
        <translation>Протестированные люди, получившие результат, по указанному ими гендеру.</translation>
    </message>
    <message>
        <source>People tested who received their result, by gender.</source>
        <translation>Протестированные люди, получившие результат, по гендеру.</translation>
    </message>
    <message>
        <source>People tested by key population</source>
        <translation>Протестированные люди по ключевой группе</translation>
    </message>
    <message>
        <source>People tested who received their result, by key-population type.</source>
        <translation>Протестированные люди, получившие результат, по типу ключевой группы.</translation>
    </message>
    <message>
        <source>People tested by modality</source>
        <translation>Протестированные люди по месту тестирования</translation>
    </message>
    <message>
        <source>People tested who received their result, by testing modality.</source>
        <translation>Протестированные люди, получившие результат, по месту тестирования.</translation>
    </message>
    <message>
        <source>Tests (not people) by result: non-reactive, reactive or invalid, including repeats.</source>
        <translation>Тесты (не люди) по результату: нереактивный, реактивный или недействительный, включая повторные.</translation>
    </message>
    <message>
        <source>Tests in the period, by result.</source>
        <translation>Тесты за период по результату.</translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing</source>
        <translation>Направления на подтверждающее тестирование</translation>
    </message>
    <message>
        <source>Referrals for confirmatory testing made in the period.</source>
        <translation>Направления на подтверждающее тестирование, выданные за период.</translation>
    </message>
    <message>
        <source>Referrals created in the period.</source>
        <translation>Направления, созданные за период.</translation>
    </message>
    <message>
        <source>People newly diagnosed</source>
        <translation>Люди с впервые установленным диагнозом</translation>
    </message>
    <message>
        <source>People whose confirmatory test was positive in the period, not already diagnosed or on treatment. The denominator of linkage.</source>
        <translation>Люди, у которых подтверждающий тест за период положительный, без ранее диагностированных или уже лечащихся. Знаменатель для связи с лечением.</translation>
    </message>
    <message>
        <source>Clients with a first positive confirmatory result dated in the period.</source>
        <translation>Клиенты с первым положительным подтверждающим результатом за период.</translation>
    </message>
    <message>
        <source>Linked to ART within 7 days</source>
        <extracomment>the share of people newly diagnosed linked to ART within each number of days: label, definition, numerator</extracomment>
        <translation>Начали АРТ в течение 7 дней</translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 7 days of the diagnosis.</source>
        <translation>Доля людей с впервые установленным за период диагнозом, начавших лечение в течение 7 дней после диагноза.</translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 7 days.</source>
        <translation>Впервые диагностированные люди, начавшие АРТ в течение 7 дней.</translation>
    </message>
    <message>
        <source>People newly diagnosed.</source>
        <translation>Люди с впервые установленным диагнозом.</translation>
    </message>
    <message>
        <source>Linked to ART within 30 days</source>
        <translation>Начали АРТ в течение 30 дней</translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 30 days of the diagnosis.</source>
        <translation>Доля людей с впервые установленным за период диагнозом, начавших лечение в течение 30 дней после диагноза.</translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 30 days.</source>
        <translation>Впервые диагностированные люди, начавшие АРТ в течение 30 дней.</translation>
    </message>
    <message>
        <source>Linked to ART within 90 days</source>
        <translation>Начали АРТ в течение 90 дней</translation>
    </message>
    <message>
        <source>Share of people newly diagnosed in the period who started treatment within 90 days of the diagnosis.</source>
        <translation>Доля людей с впервые установленным за период диагнозом, начавших лечение в течение 90 дней после диагноза.</translation>
    </message>
    <message>
        <source>Newly diagnosed people who started ART within 90 days.</source>
        <translation>Впервые диагностированные люди, начавшие АРТ в течение 90 дней.</translation>
    </message>
    <message>
        <source>Median days from diagnosis to ART</source>
        <translation>Медиана дней от диагноза до АРТ</translation>
    </message>
    <message>
        <source>Middle value of the days from the positive confirmatory test (not the screening test) to the start of treatment.</source>
        <translation>Срединное значение дней от положительного подтверждающего теста (не скринингового) до начала лечения.</translation>
    </message>
    <message>
        <source>Days to ART for people newly diagnosed in the period who started it.</source>
        <translation>Дни до АРТ у людей с впервые установленным за период диагнозом, начавших лечение.</translation>
    </message>
    <message>
        <source>Open referrals whose due date had passed at the end of the period.</source>
        <translation>Открытые направления, срок которых истёк к концу периода.</translation>
    </message>
    <message>
        <source>Referrals not closed and due before the end of the period.</source>
        <translation>Незакрытые направления со сроком до конца периода.</translation>
    </message>
    <message>
        <source>Kits used in the period.</source>
        <translation>Тесты, использованные за период.</translation>
    </message>
    <message>
        <source>Kits on hand at the end of the period (not expired).</source>
        <translation>Тесты в наличии на конец периода (не просроченные).</translation>
    </message>
    <message>
        <source>Lots with kits on hand that expire within 60 days of the end of the period.</source>
        <translation>Партии в наличии, срок годности которых истекает в течение 60 дней после конца периода.</translation>
    </message>
    <message>
        <source>Kit-control runs done in the period.</source>
        <translation>Контрольные прогоны тестов за период.</translation>
    </message>
    <message>
        <source>QC runs dated in the period.</source>
        <translation>Прогоны контроля качества за период.</translation>
    </message>
    <message>
        <source>Nights slept in the period, up to last night.</source>
        <translation>Ночи, проведённые за период, до прошлой ночи включительно.</translation>
    </message>
    <message>
        <source>Bed-nights of accompanying children</source>
        <translation>Койко-ночи детей, живущих с родителем</translation>
    </message>
    <message>
        <source>Nights spent by children staying with a resident parent, counted beside the residents&apos; own.</source>
        <translation>Ночи детей, живущих с проживающим родителем, считаются рядом с ночами самих проживающих.</translation>
    </message>
    <message>
        <source>Accompanying children times nights slept in the period.</source>
        <translation>Число детей, умноженное на проведённые ночи за период.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Проживающие</translation>
    </message>
    <message>
        <source>Different people who slept at least one night in the shelter.</source>
        <translation>Разные люди, проведшие в приюте хотя бы одну ночь.</translation>
    </message>
    <message>
        <source>Clients with a night in the period.</source>
        <translation>Клиенты с ночью в приюте за период.</translation>
    </message>
    <message>
        <source>Stays with an admission date in the period.</source>
        <translation>Проживания с датой заселения в периоде.</translation>
    </message>
    <message>
        <source>Stays with a discharge date in the period, by outcome.</source>
        <translation>Проживания с датой выезда в периоде, по итогу.</translation>
    </message>
    <message>
        <source>Different registered parents present at children&apos;s sessions or parents&apos; workshops.</source>
        <translation>Разные зарегистрированные родители на детских занятиях или родительских встречах.</translation>
    </message>
    <message>
        <source>Distinct parents with an attendance in the period.</source>
        <translation>Разные родители с посещением за период.</translation>
    </message>
    <message>
        <source>Parent attendances</source>
        <translation>Посещения родителей</translation>
    </message>
    <message>
        <source>Each parent present at each session, plus parents counted without a code.</source>
        <translation>Каждый родитель на каждом занятии, плюс родители, посчитанные без кода.</translation>
    </message>
    <message>
        <source>Parent attendance marks and head-counts in the period.</source>
        <translation>Отметки посещений родителей и подсчёт по головам за период.</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охваченные люди</translation>
    </message>
    <message>
        <source>People reached across all services</source>
        <translation>Люди, охваченные всеми услугами</translation>
    </message>
    <message>
        <source>Different registered people who came to a visit, had an HIV test, stayed in the shelter or came to a children&apos;s session as a parent. Each person counts once.</source>
        <translation>Разные зарегистрированные люди, которые пришли на визит, прошли тест на ВИЧ, жили в приюте или пришли на детское занятие как родитель. Каждый человек считается один раз.</translation>
    </message>
    <message>
        <source>Clients with any service in the period.</source>
        <translation>Клиенты с любой услугой за период.</translation>
    </message>
    <message>
        <source>People reached with the defined package</source>
        <translation>Люди, охваченные определённым пакетом</translation>
    </message>
    <message>
        <source>Different people who received every part of the prevention package the centre defined (KP_PREV style).</source>
        <translation>Разные люди, получившие все части профилактического пакета, определённого центром (как KP_PREV).</translation>
    </message>
    <message>
        <source>Clients who received the whole package in the period.</source>
        <translation>Клиенты, получившие весь пакет за период.</translation>
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
        <translation>50 и старше</translation>
    </message>
    <message>
        <source>Female sex workers</source>
        <translation>Секс-работницы</translation>
    </message>
    <message>
        <source>Male sex workers</source>
        <translation>Секс-работники</translation>
    </message>
    <message>
        <source>Transgender people</source>
        <translation>Трансгендерные люди</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Другое или не указано</translation>
    </message>
    <message>
        <source>At the drop-in</source>
        <translation>В центре</translation>
    </message>
    <message>
        <source>Other community testing</source>
        <translation>Другое тестирование в сообществе</translation>
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
        <translation>Нет контрольной линии</translation>
    </message>
    <message>
        <source>Background colour hides the lines</source>
        <translation>Фон мешает увидеть линии</translation>
    </message>
    <message>
        <source>Lines outside the C or T zone</source>
        <translation>Линии вне зон C или T</translation>
    </message>
    <message>
        <source>Partial line</source>
        <translation>Неполная линия</translation>
    </message>
    <message>
        <source>Not read within 40 minutes</source>
        <translation>Не считан в течение 40 минут</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Изменить услугу</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Новая услуга</translation>
    </message>
    <message>
        <source>e.g. hair_cut (cannot be changed later)</source>
        <translation>например, hair_cut (потом изменить нельзя)</translation>
    </message>
    <message>
        <source>Ask for a quantity</source>
        <translation>Запрашивать количество</translation>
    </message>
    <message>
        <source>Ask where the person was referred to</source>
        <translation>Запрашивать, куда направлен человек</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>KitSource</name>
    <message>
        <source>Donation</source>
        <translation>Пожертвование</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Закупка</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <source>Please enter the kit name.</source>
        <translation>Введите название набора.</translation>
    </message>
    <message>
        <source>Please enter the lot number printed on the box.</source>
        <translation>Введите номер серии, напечатанный на коробке.</translation>
    </message>
    <message>
        <source>Please enter the expiry date.</source>
        <translation>Введите дату окончания срока годности.</translation>
    </message>
    <message>
        <source>These kits are already expired; expired kits cannot be taken into stock.</source>
        <translation>Срок годности этих наборов уже истёк; просроченные наборы нельзя принимать на склад.</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>Дата получения не может быть в будущем.</translation>
    </message>
    <message>
        <source>Please enter how many kits arrived (a whole number above zero).</source>
        <translation>Введите, сколько наборов поступило (целое число больше нуля).</translation>
    </message>
    <message>
        <source>Please choose whether the kits were donated or bought.</source>
        <translation>Укажите, были наборы пожертвованы или закуплены.</translation>
    </message>
    <message>
        <source>The arrival temperature must be between -30 and 60 °C.</source>
        <translation>Температура при поступлении должна быть от -30 до 60 °C.</translation>
    </message>
    <message>
        <source>Lot {lot} is already in stock with expiry {date}. Check the box label.</source>
        <translation>Серия {lot} уже есть на складе со сроком годности до {date}. Проверьте этикетку на коробке.</translation>
    </message>
    <message>
        <source>Please choose why the kits are discarded.</source>
        <translation>Выберите причину списания наборов.</translation>
    </message>
    <message>
        <source>Please enter how many kits are discarded (a whole number above zero).</source>
        <translation>Введите, сколько наборов списывается (целое число больше нуля).</translation>
    </message>
    <message>
        <source>This kit lot does not exist.</source>
        <translation>Такой серии наборов нет.</translation>
    </message>
    <message>
        <source>Only {n} kits of lot {lot} are on hand.</source>
        <translation>Наборов серии {lot} в наличии всего: {n}.</translation>
    </message>
    <message>
        <source>Please enter the number of kits counted (zero or more).</source>
        <translation>Введите число пересчитанных наборов (ноль или больше).</translation>
    </message>
    <message>
        <source>The books show {n} kits; you counted more. Record the extra kits as a new shipment instead.</source>
        <translation>По учёту числится наборов: {n}, а вы насчитали больше. Оформите лишние наборы как новую поставку.</translation>
    </message>
    <message>
        <source>Lot {lot} ({kit}) expired on {date}; {n} kits must be discarded.</source>
        <translation>Срок годности серии {lot} ({kit}) истёк {date}; нужно списать наборов: {n}.</translation>
    </message>
    <message>
        <source>Lot {lot} ({kit}) expires on {date} with {n} kits left: use it first.</source>
        <translation>Срок годности серии {lot} ({kit}) истекает {date}, осталось наборов: {n}. Используйте эту серию в первую очередь.</translation>
    </message>
    <message>
        <source>Only {n} usable {kit} kits are left: order more.</source>
        <translation>Пригодных наборов {kit} осталось всего: {n}. Закажите ещё.</translation>
    </message>
    <message>
        <source>There are no usable test kits in stock.</source>
        <translation>На складе нет пригодных тест-наборов.</translation>
    </message>
    <message>
        <source>Please choose why the kit controls are run.</source>
        <translation>Выберите, зачем проводится контроль наборов.</translation>
    </message>
    <message>
        <source>A quality-control run cannot be in the future.</source>
        <translation>Проверка контроля качества не может быть датирована будущим.</translation>
    </message>
    <message>
        <source>Kits used for a control run must be between 0 and 10.</source>
        <translation>Число наборов для контрольной проверки должно быть от 0 до 10.</translation>
    </message>
    <message>
        <source>Please choose the kit lot.</source>
        <translation>Выберите серию набора.</translation>
    </message>
    <message>
        <source>This lot has expired; expired kits cannot be used.</source>
        <translation>Срок годности этой серии истёк; просроченные наборы использовать нельзя.</translation>
    </message>
    <message>
        <source>Please enter the storage temperature.</source>
        <translation>Введите температуру хранения.</translation>
    </message>
    <message>
        <source>A temperature must be between -30 and 60 °C.</source>
        <translation>Температура должна быть от -30 до 60 °C.</translation>
    </message>
    <message>
        <source>A temperature reading cannot be in the future.</source>
        <translation>Замер температуры не может быть датирован будущим.</translation>
    </message>
    <message>
        <source>Kit controls are due for the new lot {lot} ({kit}).</source>
        <translation>Нужно провести контроль наборов для новой серии {lot} ({kit}).</translation>
    </message>
    <message>
        <source>Kit controls are due for the shipment of lot {lot} received on {date}.</source>
        <translation>Нужно провести контроль наборов для поставки серии {lot}, полученной {date}.</translation>
    </message>
    <message>
        <source>Lot {lot} arrived at {temp} °C, outside 2–27 °C: run the kit controls.</source>
        <translation>Серия {lot} поступила при {temp} °C, вне диапазона 2–27 °C: проведите контроль наборов.</translation>
    </message>
    <message>
        <source>The monthly kit-control run is due for lot {lot}.</source>
        <translation>Ежемесячный контроль наборов для партии {lot} просрочен.</translation>
    </message>
    <message>
        <source>The testing room was last read at {temp} °C, outside 15–37 °C: tests may give wrong results.</source>
        <translation>Последнее измерение в комнате тестирования: {temp} °C, вне 15–37 °C: тесты могут дать неверный результат.</translation>
    </message>
    <message>
        <source>This is your first test: run the kit controls yourself first.</source>
        <translation>Это ваш первый тест: сначала сами проведите контроль наборов.</translation>
    </message>
    <message>
        <source>This kit may not be used for a client test yet:
{reasons}
Run the kit controls, or write why you test anyway (at least {n} characters).</source>
        <translation>Этот набор пока нельзя использовать для теста клиента:
{reasons}
Проведите контроль наборов или напишите, почему всё же тестируете (не менее {n} символов).</translation>
    </message>
    <message>
        <source>Kit controls are due for the new counsellor {name}.</source>
        <translation>Нужно провести контроль наборов для нового консультанта {name}.</translation>
    </message>
    <message>
        <source>The temperature was out of range on {date}: run the kit controls before testing.</source>
        <translation>{date} температура была вне допустимого диапазона: проведите контроль наборов перед тестированием.</translation>
    </message>
    <message>
        <source>Today&apos;s temperature reading has not been logged yet.</source>
        <translation>Сегодняшний замер температуры ещё не записан.</translation>
    </message>
</context>
<context>
    <name>LineChoice</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Видна</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Не видна</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Retire or bring back</source>
        <translation>В &amp;архив или вернуть</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <extracomment>the shortest wait between two looks at the clock (no busy loop just before the deadline)</extracomment>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>The screen is locked to protect the data. {name}, type your password to continue.</source>
        <translation>Экран заблокирован для защиты данных. {name}, введите пароль, чтобы продолжить.</translation>
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
        <translation>С&amp;менить пользователя</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again.</source>
        <translation>Не удалось проверить пароль. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. After %n failed attempts in a row the account also waits a while before it accepts its password again.</source>
        <translation>
            <numerusform>Неверный пароль. После %n неудачной попытки подряд учётная запись ещё некоторое время не принимает пароль.</numerusform>
            <numerusform>Неверный пароль. После %n неудачных попыток подряд учётная запись ещё некоторое время не принимает пароль.</numerusform>
            <numerusform>Неверный пароль. После %n неудачных попыток подряд учётная запись ещё некоторое время не принимает пароль.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Use your own account: what you do is recorded under your name.</source>
        <translation>Используйте свою учётную запись: всё, что вы делаете, записывается под вашим именем.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This area is not available yet.</source>
        <translation>Этот раздел пока недоступен.</translation>
    </message>
    <message>
        <source>This area could not be opened because of an error. The error was logged; the other areas work as usual.</source>
        <translation>Этот раздел не удалось открыть из-за ошибки. Ошибка записана в журнал; остальные разделы работают как обычно.</translation>
    </message>
    <message>
        <source>dropin</source>
        <extracomment>the user chose another interface language (already saved for them)</extracomment>
        <translation>dropin</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <source>Your role has no areas in this program. Please ask a manager.</source>
        <translation>Для вашей роли в этой программе нет разделов. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <source>Logged in: {name}</source>
        <translation>Пользователь: {name}</translation>
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
        <translation>Сменить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>За&amp;крыть программу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Светлая тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Pseudo-translation (layout check)</source>
        <translation>Псевдоперевод (проверка вёрстки)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About dropin</source>
        <translation>&amp;О программе dropin</translation>
    </message>
    <message>
        <source>dropin (locked)</source>
        <translation>dropin (заблокировано)</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>{code}  ({nickname}), last visit {date}</source>
        <translation>{code}  ({nickname}), последний визит {date}</translation>
    </message>
    <message>
        <source>{code}  ({nickname}), no visits yet</source>
        <translation>{code}  ({nickname}), визитов ещё не было</translation>
    </message>
    <message>
        <source>{code}, last visit {date}</source>
        <translation>{code}, последний визит {date}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Front desk</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Тестирование</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Аутрич</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
</context>
<context>
    <name>Outreach</name>
    <message>
        <source>This area does not exist.</source>
        <translation>Такого района нет.</translation>
    </message>
    <message>
        <source>Please enter the name of the area.</source>
        <translation>Введите название района.</translation>
    </message>
    <message>
        <source>The name can have at most 80 characters.</source>
        <translation>Название — не длиннее 80 символов.</translation>
    </message>
    <message>
        <source>Please name a district, not an address.</source>
        <translation>Укажите район, а не адрес.</translation>
    </message>
    <message>
        <source>An area with this name already exists.</source>
        <translation>Район с таким названием уже есть.</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Пешком</translation>
    </message>
    <message>
        <source>By car</source>
        <translation>На машине</translation>
    </message>
    <message>
        <source>Mobile unit</source>
        <translation>Мобильный пункт</translation>
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
        <translation>Улица</translation>
    </message>
    <message>
        <source>Highway</source>
        <translation>Трасса</translation>
    </message>
    <message>
        <source>Park or public place</source>
        <translation>Парк или общественное место</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Гостиница</translation>
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
        <translation>Массажный салон</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <source>Bar or club</source>
        <translation>Бар или клуб</translation>
    </message>
    <message>
        <source>Escort or online</source>
        <translation>Эскорт или онлайн</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>ВИЧ</translation>
    </message>
    <message>
        <source>STIs</source>
        <translation>ИППП</translation>
    </message>
    <message>
        <source>Sexual and reproductive health</source>
        <translation>Сексуальное и репродуктивное здоровье</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>Туберкулёз</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Алкоголь и наркотики</translation>
    </message>
    <message>
        <source>Condom use and negotiation</source>
        <translation>Презервативы: как пользоваться и договариваться</translation>
    </message>
    <message>
        <source>Rights and the law</source>
        <translation>Права и закон</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискриминация</translation>
    </message>
    <message>
        <source>Registration and identity card</source>
        <translation>Прописка и паспорт</translation>
    </message>
    <message>
        <source>Community mobilisation</source>
        <translation>Мобилизация сообщества</translation>
    </message>
    <message>
        <source>Male condoms</source>
        <extracomment>commodities handed out: the column on a session and the front desk catalogue code it matches</extracomment>
        <translation>Мужские презервативы</translation>
    </message>
    <message>
        <source>Female condoms</source>
        <translation>Женские презервативы</translation>
    </message>
    <message>
        <source>Lubricant</source>
        <translation>Лубрикант</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Листовки</translation>
    </message>
    <message>
        <source>New contacts</source>
        <extracomment>the counters of the tally (session columns), in entry order</extracomment>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>Returning contacts</source>
        <translation>Повторные контакты</translation>
    </message>
    <message>
        <source>Gatekeepers contacted</source>
        <translation>Контакты с «привратниками»</translation>
    </message>
    <message>
        <source>Mini-session minutes</source>
        <translation>Минуты мини-сессий</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>the two kinds of contact (report categories)</extracomment>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Повторные</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастер-класс</translation>
    </message>
    <message>
        <source>Self-help group</source>
        <translation>Группа самопомощи</translation>
    </message>
    <message>
        <source>Peer-education session</source>
        <translation>Занятие равного обучения</translation>
    </message>
    <message>
        <source>Key date event</source>
        <translation>Мероприятие памятной даты</translation>
    </message>
    <message>
        <source>17 December: International Day to End Violence against Sex Workers</source>
        <extracomment>the community&apos;s key dates: code -&gt; (month, day, label)</extracomment>
        <translation>17 декабря: Международный день борьбы с насилием в отношении секс-работников</translation>
    </message>
    <message>
        <source>3 March: International Sex Workers&apos; Day</source>
        <translation>3 марта: Международный день секс-работников</translation>
    </message>
    <message>
        <source>2 June: International Sex Workers&apos; Rights Day</source>
        <translation>2 июня: Международный день прав секс-работников</translation>
    </message>
    <message>
        <source>There is no client with the code {code}. Please check the whole code; parts of a code are not looked up.</source>
        <extracomment>roles whose staff go out on outreach or run community events</extracomment>
        <translation>Клиента с кодом {code} нет. Проверьте код целиком: по части кода поиск не выполняется.</translation>
    </message>
    <message>
        <source>One of the staff members chosen does not exist.</source>
        <translation>Одного из выбранных сотрудников нет.</translation>
    </message>
    <message>
        <source>The note can have at most {n} characters.</source>
        <translation>Заметка — не длиннее {n} символов.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Число не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Please enter a number up to {n}.</source>
        <translation>Введите число не больше {n}.</translation>
    </message>
    <message>
        <source>This event does not exist.</source>
        <translation>Такого мероприятия нет.</translation>
    </message>
    <message>
        <source>Only the facilitators of an event, or a manager, may change it.</source>
        <translation>Изменить мероприятие могут только его ведущие или руководитель.</translation>
    </message>
    <message>
        <source>Please enter the date of the event.</source>
        <translation>Введите дату мероприятия.</translation>
    </message>
    <message>
        <source>Events are recorded once they have taken place.</source>
        <translation>Мероприятия записываются после того, как они прошли.</translation>
    </message>
    <message>
        <source>Please choose the type of event.</source>
        <translation>Выберите тип мероприятия.</translation>
    </message>
    <message>
        <source>Please choose which key date the event marks.</source>
        <translation>Выберите, какую памятную дату отмечает мероприятие.</translation>
    </message>
    <message>
        <source>Please enter the topic.</source>
        <translation>Введите тему.</translation>
    </message>
    <message>
        <source>The topic can have at most 200 characters.</source>
        <translation>Тема — не длиннее 200 символов.</translation>
    </message>
    <message>
        <source>Please choose at least one facilitator.</source>
        <translation>Выберите хотя бы одного ведущего.</translation>
    </message>
    <message>
        <source>This outreach session does not exist.</source>
        <extracomment>the session has coded contacts this user may not see (not one of its workers)</extracomment>
        <translation>Такого выхода аутрич нет.</translation>
    </message>
    <message>
        <source>Only the workers on a session, or a manager, may change it.</source>
        <translation>Изменить выход могут только его сотрудники или руководитель.</translation>
    </message>
    <message>
        <source>Please enter the date of the session.</source>
        <translation>Введите дату выхода.</translation>
    </message>
    <message>
        <source>The session date cannot be in the future.</source>
        <translation>Дата выхода не может быть в будущем.</translation>
    </message>
    <message>
        <source>The session date is more than a year ago. Please check it.</source>
        <translation>Дата выхода — больше года назад. Проверьте её.</translation>
    </message>
    <message>
        <source>Please choose how the outreach was done.</source>
        <translation>Выберите способ аутрич.</translation>
    </message>
    <message>
        <source>Please choose the type of setting.</source>
        <translation>Выберите тип места.</translation>
    </message>
    <message>
        <source>Please choose the area.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <source>The area {name} is retired. Please choose another area.</source>
        <translation>Район {name} больше не используется. Выберите другой район.</translation>
    </message>
    <message>
        <source>Please choose topics from the list.</source>
        <translation>Выберите темы из списка.</translation>
    </message>
    <message>
        <source>Please tick the topics of the mini-sessions.</source>
        <translation>Отметьте темы мини-сессий.</translation>
    </message>
    <message>
        <source>Please choose at least one worker.</source>
        <translation>Выберите хотя бы одного сотрудника.</translation>
    </message>
    <message numerus="yes">
        <source>%n client code(s) were given but fewer contacts were counted. Please count every coded person as a contact.</source>
        <translation>
            <numerusform>Указан %n код клиента, но контактов посчитано меньше. Считайте каждого человека с кодом контактом.</numerusform>
            <numerusform>Указано %n кода клиентов, но контактов посчитано меньше. Считайте каждого человека с кодом контактом.</numerusform>
            <numerusform>Указано %n кодов клиентов, но контактов посчитано меньше. Считайте каждого человека с кодом контактом.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the referral destinations does not exist.</source>
        <translation>Одного из адресатов направления нет.</translation>
    </message>
    <message>
        <source>Outreach tally sheet</source>
        <translation>Бланк учёта аутрич</translation>
    </message>
    <message>
        <source>Write counts and ticks only. Never write a name, a telephone number or an address.</source>
        <translation>Пишите только числа и галочки. Никогда не пишите имена, телефоны или адреса.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Длительность (минуты)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Make a tally mark for each one; add up at the end of the shift.</source>
        <translation>Ставьте чёрточку за каждого; в конце смены сложите.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Tally marks</source>
        <translation>Чёрточки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Mini-session topics</source>
        <translation>Темы мини-сессий</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>С сопровождением</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Client codes (only of people who agree)</source>
        <translation>Коды клиентов (только с их согласия)</translation>
    </message>
    <message>
        <source>Note (no names)</source>
        <translation>Заметка (без имён)</translation>
    </message>
    <message>
        <source>Outreach tally sheet: type it in under Outreach, Record a session.</source>
        <translation>Бланк учёта аутрич: внесите его в разделе «Аутрич», «Записать выход».</translation>
    </message>
</context>
<context>
    <name>OutreachAreaDialog</name>
    <message>
        <source>Change the area</source>
        <translation>Изменить район</translation>
    </message>
    <message>
        <source>New outreach area</source>
        <translation>Новый район аутрич</translation>
    </message>
    <message>
        <source>A district or town, never an address</source>
        <translation>Район или город, никогда не адрес</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>&amp;Add area…</source>
        <translation>&amp;Добавить район…</translation>
    </message>
    <message>
        <source>Select an area first.</source>
        <translation>Сначала выберите район.</translation>
    </message>
</context>
<context>
    <name>OutreachCoverageTab</name>
    <message>
        <source>Weeks shown</source>
        <translation>Показано недель</translation>
    </message>
    <message>
        <source>Mark areas not visited for (weeks)</source>
        <translation>Отметить районы без выходов (недель)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (не используется)</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Последний выход</translation>
    </message>
    <message numerus="yes">
        <source>Not visited for %n week(s) or more: {areas}</source>
        <translation>
            <numerusform>Без выходов %n неделю или дольше: {areas}</numerusform>
            <numerusform>Без выходов %n недели или дольше: {areas}</numerusform>
            <numerusform>Без выходов %n недель или дольше: {areas}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every area had a session in the last %n week(s).</source>
        <translation>
            <numerusform>В каждом районе был выход за последнюю %n неделю.</numerusform>
            <numerusform>В каждом районе был выход за последние %n недели.</numerusform>
            <numerusform>В каждом районе был выход за последние %n недель.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachEventsTab</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Whole client codes of people who agree, separated by spaces</source>
        <translation>Полные коды клиентов, которые согласны, через пробел</translation>
    </message>
    <message>
        <source>No names, telephone numbers or addresses</source>
        <translation>Без имён, телефонов и адресов</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Памятная дата</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ведущие</translation>
    </message>
    <message>
        <source>People counted (without a code)</source>
        <translation>Посчитано людей (без кода)</translation>
    </message>
    <message>
        <source>Client codes</source>
        <translation>Коды клиентов</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>V&amp;oid the selected event…</source>
        <translation>&amp;Аннулировать выбранное мероприятие…</translation>
    </message>
    <message>
        <source>Record a community event</source>
        <translation>Записать мероприятие сообщества</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>Со&amp;хранить мероприятие</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Сначала выберите мероприятие.</translation>
    </message>
    <message>
        <source>Void the event</source>
        <translation>Аннулировать мероприятие</translation>
    </message>
    <message>
        <source>Why is this event voided?</source>
        <translation>Почему мероприятие аннулируется?</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Record a session</source>
        <translation>Записать выход</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Выходы</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>Мероприятия сообщества</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Районы</translation>
    </message>
</context>
<context>
    <name>OutreachSessionForm</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Д&amp;лительность</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>С&amp;пособ</translation>
    </message>
    <message>
        <source>Sett&amp;ing</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Район</translation>
    </message>
    <message>
        <source>Whole client codes of people who agree, separated by spaces</source>
        <translation>Полные коды клиентов, которые согласны, через пробел</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>С сопровождением</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>Доб&amp;авить направление</translation>
    </message>
    <message>
        <source>Clear referrals</source>
        <translation>Очистить направления</translation>
    </message>
    <message>
        <source>No names, telephone numbers or addresses</source>
        <translation>Без имён, телефонов и адресов</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>С&amp;отрудники</translation>
    </message>
    <message>
        <source>Client &amp;codes</source>
        <translation>&amp;Коды клиентов</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <source>Print a blank tally sheet…</source>
        <translation>Печать пустого бланка учёта…</translation>
    </message>
    <message>
        <source>Language of the tally sheet</source>
        <translation>Язык бланка учёта</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Topics, workers and referrals</source>
        <translation>Темы, сотрудники и направления</translation>
    </message>
    <message>
        <source>Record an outreach session</source>
        <translation>Записать выход аутрич</translation>
    </message>
    <message>
        <source>&amp;Save session (Enter)</source>
        <translation>Со&amp;хранить выход (Enter)</translation>
    </message>
    <message>
        <source>Change the outreach session of {date}</source>
        <translation>Изменить выход аутрич от {date}</translation>
    </message>
    <message>
        <source>&amp;Save changes (Enter)</source>
        <translation>&amp;Сохранить изменения (Enter)</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Отменить изменение</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n contact(s) in {area}.</source>
        <translation>
            <numerusform>Сохранено: %n контакт, {area}.</numerusform>
            <numerusform>Сохранено: %n контакта, {area}.</numerusform>
            <numerusform>Сохранено: %n контактов, {area}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no referral destinations yet. A manager adds them under Admin, Services.</source>
        <translation>Адресатов направлений пока нет. Руководитель добавляет их в разделе «Администрирование», «Услуги».</translation>
    </message>
    <message>
        <source>{name} (accompanied)</source>
        <translation>{name} (с сопровождением)</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Направлений нет</translation>
    </message>
    <message>
        <source>Save a blank tally sheet</source>
        <translation>Сохранить пустой бланк учёта</translation>
    </message>
    <message>
        <source>outreach-tally-sheet.pdf</source>
        <translation>blank-ucheta-autrich.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The tally sheet was saved.</source>
        <translation>Бланк учёта сохранён.</translation>
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
        <translation>Начало</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Повторные</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation>Презервативы</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>&amp;Change the selected session</source>
        <translation>&amp;Изменить выбранный выход</translation>
    </message>
    <message>
        <source>V&amp;oid the selected session…</source>
        <translation>&amp;Аннулировать выбранный выход…</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Сначала выберите выход.</translation>
    </message>
    <message>
        <source>Void the session</source>
        <translation>Аннулировать выход</translation>
    </message>
    <message>
        <source>Why is this session voided?</source>
        <translation>Почему выход аннулируется?</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Просроченные направления</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Попытки связаться</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Последняя попытка</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Просроченных направлений нет.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>Type a passphrase: several words are easy to remember and hard to guess.</source>
        <translation>Введите парольную фразу: несколько слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>estimated guesses (log10) for fair / good / strong. The database can be copied and attacked offline, so the steps are set far above those for online logins. zxcvbn slows down on very long input; what lies beyond this only adds strength</extracomment>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Показать или скрыть вводимый текст</translation>
    </message>
    <message>
        <source>Passphrase strength: {label} (about {bits} bits).</source>
        <translation>Надёжность парольной фразы: {label} (около {bits} бит).</translation>
    </message>
    <message>
        <source>About {bits} bits: roughly 10^{power} guesses would find these {length} characters. Common words, names, dates and keyboard patterns count for little; four or more unrelated words are best.</source>
        <translation>Около {bits} бит: эти {length} символов нашлись бы примерно за 10^{power} попыток. Частые слова, имена, даты и клавиатурные ряды почти ничего не дают; лучше всего четыре и больше не связанных слов.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Парольная фраза должна содержать не менее %n символа.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words, or a longer phrase.</source>
        <translation>Эту парольную фразу слишком легко угадать. Возьмите несколько не связанных слов или фразу подлиннее.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {n} of {count}</source>
        <translation>Страница {n} из {count}</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Даты ниже</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>{week}  ·  {start} to {end}</source>
        <translation>{week}  ·  с {start} по {end}</translation>
    </message>
    <message>
        <source>{period}  ·  {start} to {end}</source>
        <translation>{period}  ·  с {start} по {end}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Please log in first.</source>
        <extracomment>logged in with a one-time password a manager set: nothing but choosing a new one is allowed</extracomment>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Ваша роль ({role}) не позволяет это сделать.</translation>
    </message>
    <message>
        <source>Please choose your own password first (dropin › Change my password): a manager reset it for one login only.</source>
        <translation>Сначала выберите собственный пароль (dropin › Сменить мой пароль): руководитель сбросил его только на один вход.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>HIV counselling and testing</source>
        <translation>Консультирование и тестирование на ВИЧ</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Проживание в приюте</translation>
    </message>
    <message>
        <source>Children&apos;s activities</source>
        <translation>Занятия для детей</translation>
    </message>
    <message>
        <source>This section could not be loaded.</source>
        <translation>Не удалось загрузить этот раздел.</translation>
    </message>
</context>
<context>
    <name>QcReason</name>
    <message>
        <source>New lot</source>
        <extracomment>discard reasons staff choose by hand (the others are written by the stock count and test cancelling)</extracomment>
        <translation>Новая серия</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Новая поставка</translation>
    </message>
    <message>
        <source>New counsellor</source>
        <translation>Новый консультант</translation>
    </message>
    <message>
        <source>Temperature out of range</source>
        <translation>Температура вне диапазона</translation>
    </message>
    <message>
        <source>Monthly check</source>
        <translation>Ежемесячная проверка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>QcTab</name>
    <message>
        <source>Kit-control run</source>
        <translation>Контроль наборов</translation>
    </message>
    <message>
        <source>Positive control gave the expected reactive result</source>
        <translation>Положительный контроль дал ожидаемый реактивный результат</translation>
    </message>
    <message>
        <source>Negative control gave the expected non-reactive result</source>
        <translation>Отрицательный контроль дал ожидаемый нереактивный результат</translation>
    </message>
    <message>
        <source>Save control run</source>
        <translation>Сохранить проверку</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Серия:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Daily temperature log</source>
        <translation>Ежедневный журнал температуры</translation>
    </message>
    <message>
        <source>Save reading</source>
        <translation>Сохранить замер</translation>
    </message>
    <message>
        <source>Kit storage (2–27 °C):</source>
        <translation>Хранение наборов (2–27 °C):</translation>
    </message>
    <message>
        <source>Testing room (15–37 °C):</source>
        <translation>Кабинет тестирования (15–37 °C):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдена</translation>
    </message>
    <message>
        <source>⚠ FAILED</source>
        <translation>⚠ НЕ ПРОЙДЕН</translation>
    </message>
    <message>
        <source>⚠ NO: out of range</source>
        <translation>⚠ НЕТ: вне диапазона</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Время замера</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>В норме</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>No quality-control run is due.</source>
        <translation>Проверки контроля качества сейчас не требуются.</translation>
    </message>
    <message>
        <source>{kit} lot {lot} (received {date})</source>
        <translation>{kit}, серия {lot} (получена {date})</translation>
    </message>
</context>
<context>
    <name>QualityBlock</name>
    <message>
        <source>⚠ Kit controls needed before a client test</source>
        <translation>⚠ Перед тестом клиента нужен контроль наборов</translation>
    </message>
    <message>
        <source>Or write why you test anyway (saved in the audit log)</source>
        <translation>Или напишите, почему всё же тестируете (сохраняется в журнале аудита)</translation>
    </message>
</context>
<context>
    <name>ReadTimerBoard</name>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Start test</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клиента:</translation>
    </message>
    <message>
        <source>Kit lot:</source>
        <translation>Серия набора:</translation>
    </message>
    <message>
        <source>No tests running. Enter a client code and start a test.</source>
        <translation>Нет идущих тестов. Введите код клиента и начните тест.</translation>
    </message>
    <message>
        <source>A test is ready to read.</source>
        <translation>Тест можно читать.</translation>
    </message>
    <message>
        <source>The test of {code} was cancelled.</source>
        <translation>Тест {code} отменён.</translation>
    </message>
    <message>
        <source>{code}: reactive (preliminary positive). A referral for confirmatory testing was created and is now in the follow-up list.</source>
        <translation>{code}: реактивный (предварительно положительный). Создано направление на подтверждающее тестирование, оно добавлено в список отслеживания.</translation>
    </message>
    <message>
        <source>{code}: {result}. Saved.</source>
        <translation>{code}: {result}. Сохранено.</translation>
    </message>
    <message>
        <source>{code}: invalid ({reason}). Repeat with a new kit: press “Start repeat test”.</source>
        <translation>{code}: недействительный ({reason}). Повторите с новым набором: нажмите «Начать повторный тест».</translation>
    </message>
    <message>
        <source>Start repeat test</source>
        <translation>Начать повторный тест</translation>
    </message>
</context>
<context>
    <name>ReanchorDialog</name>
    <message>
        <source>Re-anchor the audit log</source>
        <translation>Переустановить якорь журнала аудита</translation>
    </message>
    <message>
        <source>Only when the anchor file was lost or damaged (for example after copying the database to a new computer). The anchor will point at the log&apos;s end as it is now; the reason and who did it are recorded, and seals printed earlier still show any entries that went missing.</source>
        <translation>Только если файл якоря потерян или повреждён (например, после переноса базы на новый компьютер). Якорь будет указывать на нынешний конец журнала; причина и исполнитель записываются, а напечатанные раньше печати всё равно покажут пропавшие записи.</translation>
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
        <translation>Укажите причину аннулирования этой записи.</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>Эта запись уже аннулирована.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>HIV testing, case-work and legal records are kept in their own encrypted stores, opened only by the logins allowed to read them. If every manager password is lost, this recovery key is the only way back to those records.</source>
        <translation>Записи о тестировании на ВИЧ, социальной и юридической работе хранятся в отдельных зашифрованных хранилищах, которые открываются только при входе тех, кому разрешено их читать. Если все пароли руководителей утеряны, этот ключ восстановления — единственный способ вернуть доступ к этим записям.</translation>
    </message>
    <message>
        <source>Write it on paper, put it in a sealed envelope and lock it away, apart from the computer. It is shown only now. Anyone who has it and the database passphrase can read every record.</source>
        <translation>Запишите его на бумаге, положите в запечатанный конверт и заприте отдельно от компьютера. Он показывается только сейчас. Тот, у кого есть этот ключ и парольная фраза базы данных, может прочитать все записи.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Я &amp;записал(а) ключ восстановления</translation>
    </message>
</context>
<context>
    <name>ReferralChoice</name>
    <message>
        <source>Accompaniment offered</source>
        <translation>Сопровождение предложено</translation>
    </message>
    <message>
        <source>Accompaniment accepted</source>
        <translation>Сопровождение принято</translation>
    </message>
    <message>
        <source>Refer for confirmatory test to</source>
        <translation>Направить на подтверждающий тест в</translation>
    </message>
</context>
<context>
    <name>ReferralDestinationsEditor</name>
    <message>
        <source>Destination</source>
        <translation>Место направления</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>&amp;Add destination…</source>
        <translation>&amp;Добавить место…</translation>
    </message>
    <message>
        <source>Select a destination first.</source>
        <translation>Сначала выберите место направления.</translation>
    </message>
</context>
<context>
    <name>ReferralSlip</name>
    <message>
        <source>Referral slip</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Referral for a confirmatory HIV test</source>
        <translation>Направление на подтверждающий тест на ВИЧ</translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <source>Please go by</source>
        <translation>Прийти до</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <source>A peer worker will go with you.</source>
        <translation>С вами пойдёт равный консультант.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Не запрошено</translation>
    </message>
    <message>
        <source>Please see this person for a consultation.</source>
        <translation>Пожалуйста, примите этого человека на консультацию.</translation>
    </message>
    <message>
        <source>A rapid oral-fluid HIV screening test on {date} was reactive. Please carry out confirmatory testing.</source>
        <translation>Быстрый тест на ВИЧ по слюне от {date} дал реактивный результат. Пожалуйста, проведите подтверждающее тестирование.</translation>
    </message>
    <message>
        <source>Referred by a community drop-in centre.</source>
        <translation>Направлен(а) общественным центром открытого доступа.</translation>
    </message>
    <message>
        <source>Referred by a community drop-in centre for sex workers.</source>
        <translation>Направлен(а) общественным центром открытого доступа для секс-работников.</translation>
    </message>
    <message>
        <source>Clinic: please quote the referral number when you contact the centre about this person.</source>
        <translation>Клиника: при обращении в центр по поводу этого человека назовите номер направления.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Partner clinic</source>
        <translation>Клиника-партнёр</translation>
    </message>
    <message>
        <source>AIDS centre</source>
        <translation>СПИД-центр</translation>
    </message>
    <message>
        <source>Crisis centre</source>
        <translation>Кризисный центр</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Социальные службы</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Drug and alcohol services</source>
        <translation>Помощь при зависимостях</translation>
    </message>
    <message>
        <source>Trans health</source>
        <translation>Здоровье трансгендерных людей</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Защита детей</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>This referral destination does not exist.</source>
        <translation>Такого места направления нет.</translation>
    </message>
    <message>
        <source>Please enter the name of the destination.</source>
        <translation>Введите название места направления.</translation>
    </message>
    <message>
        <source>Please choose a kind of destination from the list.</source>
        <translation>Выберите тип места направления из списка.</translation>
    </message>
    <message>
        <source>A destination with this name already exists.</source>
        <translation>Место направления с таким названием уже существует.</translation>
    </message>
    <message>
        <source>Please choose a referral destination from the list.</source>
        <translation>Выберите место направления из списка.</translation>
    </message>
    <message>
        <source>The due date cannot be before the referral date.</source>
        <translation>Срок не может быть раньше даты направления.</translation>
    </message>
    <message>
        <source>Please choose how you tried to reach the person.</source>
        <translation>Выберите, как вы пытались связаться с человеком.</translation>
    </message>
    <message>
        <source>Please choose the outcome of the contact attempt.</source>
        <translation>Выберите результат попытки связаться.</translation>
    </message>
    <message>
        <source>A contact attempt cannot be in the future.</source>
        <translation>Попытка связаться не может быть в будущем.</translation>
    </message>
    <message>
        <source>A contact attempt cannot be before the referral.</source>
        <translation>Попытка связаться не может быть раньше направления.</translation>
    </message>
    <message>
        <source>Please choose the confirmatory result from the list.</source>
        <translation>Выберите результат подтверждающего теста из списка.</translation>
    </message>
    <message>
        <source>Dates of the follow-up cannot be in the future.</source>
        <translation>Даты в отслеживании не могут быть в будущем.</translation>
    </message>
    <message>
        <source>Dates of the follow-up cannot be before the referral.</source>
        <translation>Даты в отслеживании не могут быть раньше направления.</translation>
    </message>
    <message>
        <source>Please choose the confirmatory result.</source>
        <translation>Выберите результат подтверждающего теста.</translation>
    </message>
    <message>
        <source>An ART start cannot follow a negative confirmatory result.</source>
        <translation>Начало АРТ невозможно после отрицательного подтверждающего результата.</translation>
    </message>
    <message>
        <source>Please choose why the follow-up is closed.</source>
        <translation>Выберите, почему отслеживание закрывается.</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed in the future.</source>
        <translation>Отслеживание нельзя закрыть будущей датой.</translation>
    </message>
    <message>
        <source>A follow-up cannot be closed before the referral.</source>
        <translation>Отслеживание нельзя закрыть датой раньше направления.</translation>
    </message>
    <message>
        <source>Record the AIDS-centre registration or the ART start date before closing as linked.</source>
        <translation>Прежде чем закрыть как «Поставлен(а) на лечение», запишите дату постановки на учёт в СПИД-центре или дату начала АРТ.</translation>
    </message>
    <message>
        <source>Record the negative confirmatory result first.</source>
        <translation>Сначала запишите отрицательный подтверждающий результат.</translation>
    </message>
    <message>
        <source>A follow-up can be closed as lost after {n} unsuccessful contact attempts; {done} are recorded.</source>
        <translation>Закрыть отслеживание с исходом «Связь потеряна» можно только после {n} неудачных попыток связаться; записано попыток: {done}.</translation>
    </message>
    <message>
        <source>A follow-up can be closed as lost {n} days after the due date ({date}); it is {done} days now.</source>
        <translation>Отслеживание можно закрыть как потерянное через {n} дней после срока ({date}); сейчас прошло {done} дней.</translation>
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation>Такого направления нет.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Это отслеживание уже закрыто.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Направлен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>⚠ overdue {n} days</source>
        <translation>⚠ просрочено на {n} дн.</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>Choose a referral on the left.</source>
        <translation>Выберите направление слева.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Change destination</source>
        <translation>Изменить место направления</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Печать направления…</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Куда направлен:</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Попытка связаться</translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation>Добавить попытку</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Confirmation and linkage</source>
        <translation>Подтверждение и постановка на лечение</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Registered at the AIDS centre on</source>
        <translation>Поставлен(а) на учёт в СПИД-центре</translation>
    </message>
    <message>
        <source>ART started on</source>
        <translation>АРТ начата</translation>
    </message>
    <message>
        <source>Linked to care in the home country (migrant)</source>
        <translation>Поставлен(а) на лечение в своей стране (мигрант)</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Сохранить отслеживание</translation>
    </message>
    <message>
        <source>Confirmatory result:</source>
        <translation>Подтверждающий результат:</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>Закрыть отслеживание</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>просрочено на {n} дн.</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>срок {date}</translation>
    </message>
    <message>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <source>Referred on {date} to {dest} for confirmatory testing.</source>
        <translation>Направление на подтверждающее тестирование от {date}: {dest}.</translation>
    </message>
    <message>
        <source>{date} · {method} · {outcome}</source>
        <translation>{date} · {method} · {outcome}</translation>
    </message>
    <message>
        <source>No contact attempts yet.</source>
        <translation>Попыток связаться пока не было.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New client</source>
        <extracomment>set when the person got another code than the one built (someone else has it): words for the card replaced in tests; returns a SamePersonDialog-like object after exec()</extracomment>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>unknown: leave empty</source>
        <translation>неизвестно — оставьте пустым</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Recipe: {recipe}.</source>
        <translation>Схема кода: {recipe}.</translation>
    </message>
    <message>
        <source>A nickname, never a real name</source>
        <translation>Псевдоним, ни в коем случае не настоящее имя</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Age band (if no year)</source>
        <translation>Возрастная группа (если год неизвестен)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <source>Key population</source>
        <translation>Ключевая группа</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Migrant status</source>
        <translation>Миграционный статус</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Количество детей</translation>
    </message>
    <message>
        <source>This person is under 18 and cannot be registered as an adult client. Please make a safeguarding referral instead.</source>
        <translation>Этому человеку меньше 18 лет, его нельзя зарегистрировать как взрослого клиента. Вместо этого оформите обращение по процедуре защиты детей.</translation>
    </message>
    <message>
        <source>Record safeguarding referral…</source>
        <translation>Записать обращение по защите детей…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>The answers are used only for the code and are not saved.</source>
        <translation>Ответы нужны только для составления кода и не сохраняются.</translation>
    </message>
    <message>
        <source>Optional facts</source>
        <translation>Дополнительные сведения</translation>
    </message>
    <message>
        <source>Ask only what the person is happy to tell.</source>
        <translation>Спрашивайте только то, что человек готов рассказать.</translation>
    </message>
    <message>
        <source>{given} is already someone else&apos;s code, so this person&apos;s code is {code}. Please write {code} on the person&apos;s card and ask for it next time.</source>
        <translation>{given} — уже код другого человека, поэтому код этого человека — {code}. Запишите {code} на карточку человека и спрашивайте его в следующий раз.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search by name or parent code</source>
        <translation>Поиск по имени или коду родителя</translation>
    </message>
    <message>
        <source>&amp;Register a child…</source>
        <translation>&amp;Зарегистрировать ребёнка…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Год рожд. / возраст</translation>
    </message>
    <message>
        <source>Parent&apos;s code</source>
        <translation>Код родителя</translation>
    </message>
    <message>
        <source>Consent to take part</source>
        <translation>Согласие на участие</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Photos allowed</source>
        <translation>Фото разрешено</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Last came</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Удаление из реестра</translation>
    </message>
    <message>
        <source>Why is {name} removed from the register?</source>
        <translation>Почему {name} удаляется из реестра?</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This week</source>
        <translation>Эта нед.</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Пред. нед.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (продолжение)</translation>
    </message>
    <message>
        <source>Indicator definitions</source>
        <translation>Определения показателей</translation>
    </message>
    <message>
        <source>How each figure in this summary is counted. A week runs from Monday to Sunday.</source>
        <translation>Как рассчитывается каждый показатель этой сводки. Неделя — с понедельника по воскресенье.</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Еженедельная сводка</translation>
    </message>
    <message>
        <source>Generated {date}</source>
        <translation>Сформировано {date}</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Страница {n}</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>``translate(context, text)``: the report&apos;s language.</extracomment>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабря</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Monday {start} to Sunday {end}</source>
        <translation>пн {start} — вс {end}</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>Неделя {number}, {year}</translation>
    </message>
    <message>
        <source>Aggregates only — small counts shown as &lt;{n}</source>
        <translation>Только сводные данные — малые числа показаны как &lt;{n}</translation>
    </message>
    <message>
        <source>No data recorded for this area.</source>
        <translation>По этому разделу данных нет.</translation>
    </message>
    <message>
        <source>That language is not available for reports.</source>
        <extracomment>``loader(module_name)`` returns the area module (with ``compute``) or ``None`` if it isn&apos;t installed. each section&apos;s area module, ``None`` where the area is not installed how a report finds an area&apos;s indicators (``None`` where the area is not installed); tests replace it a period checked and given back as it came</extracomment>
        <translation>Отчёты на этом языке недоступны.</translation>
    </message>
    <message>
        <source>Week {week} has not started yet.</source>
        <translation>Неделя {week} ещё не началась.</translation>
    </message>
    <message>
        <source>Please export at most ten years at a time.</source>
        <translation>За один раз можно экспортировать не более десяти лет.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an ISO week. Write it like 2026-W47.</source>
        <extracomment>reports and exports cover these years (far older or later dates cannot be real, and week arithmetic near the calendar&apos;s ends would overflow)</extracomment>
        <translation>«{text}» — не неделя ISO. Пишите в виде 2026-W47.</translation>
    </message>
    <message>
        <source>The year {year} has no week {week}.</source>
        <translation>В {year} году нет недели {week}.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date. Write it like 2026-11-16.</source>
        <translation>«{text}» — не дата. Пишите в виде 2026-11-16.</translation>
    </message>
    <message>
        <source>Please choose dates between the years 2000 and 2999.</source>
        <extracomment>how many periods the trend charts show, by kind (a custom range has no trend)</extracomment>
        <translation>Выберите даты в пределах 2000–2999 годов.</translation>
    </message>
    <message>
        <source>Please enter both the start date and the end date.</source>
        <translation>Введите и начальную, и конечную дату.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Audit seal {seal}: the audit log held {count} entries when this report was made, the newest written {when}. To check later that none was changed or removed: dropin audit verify --seal {seal}</source>
        <translation>Печать аудита {seal}: когда составлялся этот отчёт, записей в журнале аудита было {count}, последняя сделана {when}. Чтобы позже проверить, что ни одна не изменена и не удалена: dropin audit verify --seal {seal}</translation>
    </message>
    <message>
        <source>Year to date</source>
        <extracomment>the paragraph styles of the report, by name</extracomment>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>Internal version: not for funders.</source>
        <translation>Внутренняя версия: не для доноров.</translation>
    </message>
    <message>
        <source>Prepared by: {role}</source>
        <translation>Подготовил(а): {role}</translation>
    </message>
    <message>
        <source>Compared with {week}.</source>
        <translation>Сравнение с периодом: {week}.</translation>
    </message>
    <message>
        <source>Target for the year</source>
        <translation>Цель на год</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Quality-control runs in the period</source>
        <translation>Прогоны контроля качества за период</translation>
    </message>
    <message>
        <source>Quality-control runs with a failed control</source>
        <translation>Прогоны контроля качества с неудачным контролем</translation>
    </message>
    <message>
        <source>Kit lots in stock with no quality-control run yet</source>
        <translation>Партии в наличии без контроля качества</translation>
    </message>
    <message>
        <source>Last quality-control run</source>
        <translation>Последний контроль качества</translation>
    </message>
    <message>
        <source>Invalid test results not repeated</source>
        <translation>Недействительные результаты без повторного теста</translation>
    </message>
    <message>
        <source>Shelter stays with a review date passed</source>
        <translation>Проживания в приюте с прошедшей датой пересмотра</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Internal quality page</source>
        <translation>Внутренняя страница качества</translation>
    </message>
    <message>
        <source>For the manager and the team only. Never part of the funder version.</source>
        <translation>Только для руководителя и команды. Никогда не входит в версию для донора.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
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
        <translation>{year} год</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>Сводка за месяц</translation>
    </message>
    <message>
        <source>Quarterly summary</source>
        <translation>Сводка за квартал</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>Сводка за год</translation>
    </message>
    <message>
        <source>Summary for a period</source>
        <translation>Сводка за период</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Last {n} weeks</source>
        <translation>Последние недели: {n}</translation>
    </message>
    <message>
        <source>Last {n} months</source>
        <translation>Последние месяцы: {n}</translation>
    </message>
    <message>
        <source>Last {n} quarters</source>
        <translation>Последние кварталы: {n}</translation>
    </message>
    <message>
        <source>Last {n} years</source>
        <translation>Последние годы: {n}</translation>
    </message>
    <message>
        <source>Data as of {date}: the period has not ended, nights not yet slept are not counted.</source>
        <translation>Данные на {date}: период ещё не закончился, ещё не проведённые ночи не считаются.</translation>
    </message>
    <message>
        <source>&lt;{n}: between 1 and {m}, hidden to protect privacy. *: withheld so that a hidden number cannot be worked out from the others; in a table with no &lt;{n}, a * may be any number, 0 included. –: nothing recorded.</source>
        <translation>&lt;{n}: от 1 до {m}, скрыто для защиты конфиденциальности. *: скрыто, чтобы скрытое число нельзя было вычислить из других; в таблице без &lt;{n} знак * может означать любое число, включая 0. –: ничего не записано.</translation>
    </message>
    <message>
        <source>Please keep the centre name to 120 characters.</source>
        <translation>Название центра должно быть не длиннее 120 символов.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image file that can be read.</source>
        <translation>Логотип должен быть читаемым файлом изображения PNG или JPEG.</translation>
    </message>
    <message>
        <source>There is no indicator &quot;{key}&quot; to set a target for.</source>
        <translation>Нет индикатора «{key}», для которого можно задать цель.</translation>
    </message>
    <message>
        <source>A target must be a number of zero or more.</source>
        <translation>Цель должна быть числом, не меньше нуля.</translation>
    </message>
    <message>
        <source>The period {period} has not started yet.</source>
        <translation>Период {period} ещё не начался.</translation>
    </message>
    <message>
        <source>Unsuppressed figures are only given to a manager who logs in with their own account.</source>
        <translation>Нескрытые цифры выдаются только руководителю, вошедшему под своей учётной записью.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month. Write it like 2026-10.</source>
        <translation>«{text}» — не месяц. Пишите так: 2026-10.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a quarter or a year. Write it like 2026-Q3 or 2026.</source>
        <translation>«{text}» — не квартал и не год. Пишите так: 2026-Q3 или 2026.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read.</source>
        <translation>Не удаётся прочитать файл соответствия {path}.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (line {line}).</source>
        <translation>Файл соответствия — не правильный JSON (строка {line}).</translation>
    </message>
    <message>
        <source>The mapping file needs an &quot;orgUnit&quot; and a list of &quot;dataElements&quot;.</source>
        <translation>В файле соответствия нужны «orgUnit» и список «dataElements».</translation>
    </message>
    <message>
        <source>The mapping names an indicator that does not exist: {key}.</source>
        <translation>В файле соответствия указан несуществующий индикатор: {key}.</translation>
    </message>
    <message>
        <source>{key} is a percentage or a median: DHIS2 computes those itself, so map its counts instead.</source>
        <translation>{key} — процент или медиана: DHIS2 вычисляет их сам, поэтому укажите соответствие для исходных чисел.</translation>
    </message>
    <message>
        <source>The mapping of {key} needs a &quot;dataElement&quot;.</source>
        <translation>Для {key} в файле соответствия нужен «dataElement».</translation>
    </message>
    <message>
        <source>DHIS2 takes weeks, months, quarters and years, not a range of days.</source>
        <translation>DHIS2 принимает недели, месяцы, кварталы и годы, а не произвольный диапазон дней.</translation>
    </message>
    <message>
        <source>ADX needs a &quot;dataSet&quot; in the mapping file.</source>
        <translation>Для ADX в файле соответствия нужен «dataSet».</translation>
    </message>
    <message>
        <source>Choose one of the formats dhis2-json, dhis2-csv or adx.</source>
        <translation>Выберите один из форматов: dhis2-json, dhis2-csv или adx.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Пе&amp;риод:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Со&amp;хранить PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>С чис&amp;ла:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export for a funder&apos;s system (CSV, one file per area, weekly rows)</source>
        <translation>Экспорт для системы донора (CSV, по файлу на раздел, строки по неделям)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Предпросмотр отчёта</translation>
    </message>
    <message>
        <source>Your role does not allow exporting figures.</source>
        <translation>Ваша роль не позволяет экспортировать данные.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Save weekly summary</source>
        <translation>Сохранение еженедельной сводки</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the PDF and print it instead.</source>
        <translation>Печать здесь недоступна. Сохраните PDF и распечатайте его.</translation>
    </message>
    <message>
        <source>Print weekly summary</source>
        <translation>Печать еженедельной сводки</translation>
    </message>
    <message>
        <source>Sent the weekly summary to the printer.</source>
        <translation>Еженедельная сводка отправлена на принтер.</translation>
    </message>
    <message>
        <source>Exported {weeks} weeks to {folder}: {files}.</source>
        <translation>Экспортировано недель: {weeks}, в {folder}: {files}.</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Выберите папку для CSV-файлов</translation>
    </message>
    <message>
        <source>Preparing the weekly summary…</source>
        <translation>Готовится недельная сводка…</translation>
    </message>
    <message>
        <source>Funder version</source>
        <translation>Версия для донора</translation>
    </message>
    <message>
        <source>Internal version (with the quality page)</source>
        <translation>Внутренняя версия (со страницей качества)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>&amp;Название центра:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Ло&amp;готип:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save centre details</source>
        <translation>Сохранить данные центра</translation>
    </message>
    <message>
        <source>Targets and package…</source>
        <translation>Цели и пакет…</translation>
    </message>
    <message>
        <source>Centre details on the report</source>
        <translation>Данные центра в отчёте</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation>Выберите логотип центра</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Targets and package saved; they appear on the next report.</source>
        <translation>Цели и пакет сохранены; они появятся в следующем отчёте.</translation>
    </message>
    <message>
        <source>Centre details saved; they appear on the next report.</source>
        <translation>Данные центра сохранены; они появятся в следующем отчёте.</translation>
    </message>
    <message>
        <source>Summary for {period}, built in {ms} ms. Small counts are hidden.</source>
        <translation>Сводка за {period} построена за {ms} мс. Малые числа скрыты.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <source>Current residents and reservations</source>
        <translation>Сейчас проживают и забронировано</translation>
    </message>
    <message>
        <source>Past stays</source>
        <translation>Прошлые проживания</translation>
    </message>
    <message>
        <source>C&amp;orrect the selected stay…</source>
        <translation>&amp;Исправить выбранное пребывание…</translation>
    </message>
    <message>
        <source>&amp;Undo a discharge…</source>
        <translation>&amp;Отменить выбытие…</translation>
    </message>
    <message>
        <source>Correct a stay</source>
        <translation>Исправить пребывание</translation>
    </message>
    <message>
        <source>First choose a stay in the list.</source>
        <translation>Сначала выберите пребывание в списке.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Enter result</source>
        <translation>Ввод результата</translation>
    </message>
    <message>
        <source>Control line (C) visible</source>
        <translation>Видна контрольная линия (C)</translation>
    </message>
    <message>
        <source>Test line (T) visible, however faint</source>
        <translation>Видна тестовая линия (T), даже слабая</translation>
    </message>
    <message>
        <source>Result given to the person</source>
        <translation>Результат сообщён человеку</translation>
    </message>
    <message>
        <source>Post-test counselling given</source>
        <translation>Послетестовое консультирование проведено</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Сохранить результат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The kit shows the test is invalid:</source>
        <translation>Набор показывает, что тест недействителен:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
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
        <translation>Запись задним числом: для тестов, время которых засекали и результат которых считывали на бумаге. Введите время начала и считывания; правило 20–40 минут по-прежнему действует.</translation>
    </message>
    <message>
        <source>Read after 40 minutes (outcome: invalid)</source>
        <translation>Считан позже 40 минут (итог: недействительный)</translation>
    </message>
    <message>
        <source>Result given to the person</source>
        <translation>Результат сообщён человеку</translation>
    </message>
    <message>
        <source>Post-test counselling given</source>
        <translation>Послетестовое консультирование проведено</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клиента:</translation>
    </message>
    <message>
        <source>Kit lot:</source>
        <translation>Серия набора:</translation>
    </message>
    <message>
        <source>Where the test was done:</source>
        <translation>Где проводился тест:</translation>
    </message>
    <message>
        <source>Test started at:</source>
        <translation>Начало теста:</translation>
    </message>
    <message>
        <source>Test read at:</source>
        <translation>Время считывания:</translation>
    </message>
    <message>
        <source>Control line (C):</source>
        <translation>Контрольная линия (C):</translation>
    </message>
    <message>
        <source>Test line (T):</source>
        <translation>Тестовая линия (T):</translation>
    </message>
    <message>
        <source>The kit shows the test is invalid:</source>
        <translation>Набор показывает, что тест недействителен:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Save paper entry</source>
        <translation>Сохранить бумажную запись</translation>
    </message>
    <message>
        <source>Enter the repeat test</source>
        <translation>Ввести повторный тест</translation>
    </message>
    <message>
        <source>Choose what you saw for both lines.</source>
        <translation>Выберите, что вы видели для обеих линий.</translation>
    </message>
    <message>
        <source>✔ Paper entry for {code} saved: {result}.</source>
        <translation>✔ Бумажная запись для {code} сохранена: {result}.</translation>
    </message>
    <message>
        <source>Repeat of the invalid test started {time}.</source>
        <translation>Повтор недействительного теста, начатого {time}.</translation>
    </message>
</context>
<context>
    <name>RiskItem</name>
    <message>
        <source>Sex without a condom with a client</source>
        <translation>Секс без презерватива с клиентом</translation>
    </message>
    <message>
        <source>Sex without a condom with a partner</source>
        <translation>Секс без презерватива с партнёром</translation>
    </message>
    <message>
        <source>A condom broke or slipped</source>
        <translation>Презерватив порвался или соскользнул</translation>
    </message>
    <message>
        <source>STI symptoms or a recent STI</source>
        <translation>Симптомы ИППП или недавняя ИППП</translation>
    </message>
    <message>
        <source>Injecting drugs or sharing equipment</source>
        <translation>Употребление инъекционных наркотиков или общий инструментарий</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>A partner living with HIV</source>
        <translation>Партнёр, живущий с ВИЧ</translation>
    </message>
    <message>
        <source>Alcohol or drugs during sex</source>
        <translation>Алкоголь или наркотики во время секса</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Front desk</source>
        <translation>Приём посетителей</translation>
    </message>
    <message>
        <source>Peer counsellor</source>
        <translation>Равный консультант</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Children&apos;s facilitator</source>
        <translation>Ведущий детских занятий</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Аутрич-работник</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
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
        <translation>Сменить ключи хранилищ</translation>
    </message>
    <message>
        <source>Every store gets a new key, so a copy of an old key (for example one a former colleague kept) opens nothing from now on. Your account and a new recovery key get the new keys; every other account that reads a store then needs a one-time password from you. Backups made before now still open with the old keys.</source>
        <translation>Каждое хранилище получит новый ключ, и копия старого ключа (например, сохранённая бывшим сотрудником) больше ничего не откроет. Новые ключи получат ваша учётная запись и новый ключ восстановления; каждой другой учётной записи, читающей хранилище, затем понадобится одноразовый пароль от вас. Резервные копии, сделанные раньше, по-прежнему открываются старыми ключами.</translation>
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
        <translation>Обращение по защите детей</translation>
    </message>
    <message>
        <source>The contact is saved without a code or any details about the young person. Choose where they were referred to.</source>
        <translation>Контакт сохраняется без кода и без каких-либо сведений о несовершеннолетнем. Выберите, куда его направили.</translation>
    </message>
    <message>
        <source>Safeguarding referral (under 18)</source>
        <translation>Обращение по защите детей (младше 18)</translation>
    </message>
</context>
<context>
    <name>SamePersonDialog</name>
    <message>
        <source>Same person?</source>
        <translation>Тот же человек?</translation>
    </message>
    <message>
        <source>Someone with a similar code is already registered. Ask a question only the person would know (for example the year of birth) before deciding.</source>
        <translation>Клиент с похожим кодом уже зарегистрирован. Прежде чем решить, задайте вопрос, ответ на который знает только этот человек (например, год рождения).</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>визитов пока нет</translation>
    </message>
    <message>
        <source>{code}: {reason} Last visit: {last}.</source>
        <translation>{code}: {reason} Последний визит: {last}.</translation>
    </message>
    <message>
        <source>Nickname: {nick}.</source>
        <translation>Псевдоним: {nick}.</translation>
    </message>
    <message>
        <source>&amp;Same person: use this code</source>
        <translation>&amp;Тот же человек: использовать этот код</translation>
    </message>
    <message>
        <source>&amp;Different person: register new</source>
        <translation>&amp;Другой человек: зарегистрировать нового</translation>
    </message>
    <message>
        <source>&amp;Different person: register as {code}</source>
        <translation>&amp;Другой человек: зарегистрировать как {code}</translation>
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
        <translation>Дни</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>{start}, {minutes} min</source>
        <translation>{start}, {minutes} мин</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>с {start}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Заканчивается</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дни:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Продол&amp;жительность:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Вед&amp;ущий:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>&amp;New schedule</source>
        <translation>Н&amp;овое расписание</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>Со&amp;хранить расписание</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Новое расписание</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>Creates the sessions of every active schedule. Running it again adds nothing twice and keeps cancelled sessions cancelled.</source>
        <translation>Создаёт занятия по всем действующим расписаниям. Повторный запуск ничего не дублирует, а отменённые занятия остаются отменёнными.</translation>
    </message>
    <message>
        <source>Plan the next</source>
        <translation>На ближайшие</translation>
    </message>
    <message>
        <source> (workshop)</source>
        <translation> (семинар)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Изменить расписание</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) planned.</source>
        <translation>
            <numerusform>Запланировано %n новое занятие.</numerusform>
            <numerusform>Запланировано %n новых занятия.</numerusform>
            <numerusform>Запланировано %n новых занятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>P&amp;lan sessions</source>
        <translation>&amp;Запланировать занятия</translation>
    </message>
    <message>
        <source>Session t&amp;ypes…</source>
        <translation>Ти&amp;пы занятий…</translation>
    </message>
    <message>
        <source>Void schedule…</source>
        <translation>Аннулировать расписание…</translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation>Сначала выберите расписание.</translation>
    </message>
    <message>
        <source>Void schedule</source>
        <translation>Аннулировать расписание</translation>
    </message>
    <message>
        <source>Why is this schedule void? Sessions it already planned stay as they are.</source>
        <translation>Почему это расписание аннулируется? Уже запланированные по нему занятия остаются как есть.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Automatic lock</source>
        <translation>Автоматическая блокировка</translation>
    </message>
    <message>
        <source>The screen locks by itself after this many minutes without a key press or mouse movement. Anyone can lock it at once with Ctrl+L. Unlocking needs the user&apos;s own password.</source>
        <translation>Экран блокируется сам, если столько минут не нажимать клавиши и не двигать мышь. Любой может сразу заблокировать его сочетанием Ctrl+L. Для разблокировки нужен собственный пароль пользователя.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Сохранено: экран блокируется через %n минуту бездействия.</numerusform>
            <numerusform>Сохранено: экран блокируется через %n минуты бездействия.</numerusform>
            <numerusform>Сохранено: экран блокируется через %n минут бездействия.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>A server address starts with postgresql://.</source>
        <extracomment>the schema that ``dropin server init`` puts the server&apos;s own functions in PostgreSQL&apos;s longest name (bytes)</extracomment>
        <translation>Адрес сервера начинается с postgresql://.</translation>
    </message>
    <message>
        <source>The server address cannot be read.</source>
        <translation>Адрес сервера не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The connection to a server on another computer must check its certificate (sslmode=verify-full).</source>
        <translation>Подключение к серверу на другом компьютере должно проверять его сертификат (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Give the centre&apos;s CA certificate to check the server&apos;s certificate.</source>
        <translation>Укажите сертификат ЦС центра, чтобы проверить сертификат сервера.</translation>
    </message>
    <message>
        <source>The centre&apos;s server cannot be reached. Check the network and try again.</source>
        <translation>Сервер центра недоступен. Проверьте сеть и попробуйте снова.</translation>
    </message>
    <message>
        <source>The centre&apos;s server does not allow your role to do this.</source>
        <translation>Сервер центра не разрешает это вашей роли.</translation>
    </message>
    <message>
        <source>The audit log can only be added to.</source>
        <translation>В журнал аудита можно только добавлять записи.</translation>
    </message>
    <message>
        <source>The server has no dropin database {name}; run dropin server init first.</source>
        <translation>На сервере нет базы dropin {name}; сначала выполните dropin server init.</translation>
    </message>
    <message>
        <source>The database on the server is older than this program; the manager upgrades it with dropin server init.</source>
        <translation>База на сервере старше этой программы; руководитель обновляет её командой dropin server init.</translation>
    </message>
    <message>
        <source>The server refused this user name or password.</source>
        <translation>Сервер не принял это имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server has no database {name}.</source>
        <translation>На сервере нет базы данных {name}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked with the centre&apos;s CA certificate, so no connection was made.</source>
        <translation>Сертификат сервера не удалось проверить сертификатом ЦС центра, поэтому подключения нет.</translation>
    </message>
    <message>
        <source>This is done on the server by its administrator, not by dropin.</source>
        <translation>Это делает администратор сервера на самом сервере, а не dropin.</translation>
    </message>
    <message>
        <source>Please give the server&apos;s name or address.</source>
        <translation>Укажите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Please give the name of the database on the server.</source>
        <translation>Укажите имя базы данных на сервере.</translation>
    </message>
    <message>
        <source>There is no certificate file at {path}.</source>
        <translation>По пути {path} нет файла сертификата.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s {program} program is needed for this; install PostgreSQL&apos;s client programs.</source>
        <translation>Для этого нужна программа PostgreSQL {program}; установите клиентские программы PostgreSQL.</translation>
    </message>
    <message>
        <source>The server&apos;s dump failed, so no backup was written: {problem}</source>
        <translation>Выгрузка с сервера не удалась, копия не записана: {problem}</translation>
    </message>
    <message>
        <source>This file is not a backup of a dropin server database.</source>
        <translation>Этот файл не является копией базы dropin на сервере.</translation>
    </message>
    <message>
        <source>The backup could not be restored on the server: {problem}</source>
        <translation>Копию не удалось восстановить на сервере: {problem}</translation>
    </message>
    <message>
        <source>Log in to the file as a manager first: only a manager&apos;s login opens every store.</source>
        <translation>Сначала войдите в файл как руководитель: все хранилища открывает только вход руководителя.</translation>
    </message>
    <message>
        <source>The file and the server database are at different versions; open both with this program first.</source>
        <translation>Файл и база на сервере разных версий; сначала откройте обе этой программой.</translation>
    </message>
    <message>
        <source>The server database already holds accounts or records; import only into a new one.</source>
        <translation>В базе на сервере уже есть учётные записи или записи; переносите только в новую.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log does not verify ({problem}); nothing was imported.</source>
        <translation>Журнал аудита файла не проходит проверку ({problem}); ничего не перенесено.</translation>
    </message>
    <message>
        <source>The audit log did not arrive whole on the server; nothing was imported.</source>
        <translation>Журнал аудита дошёл до сервера не целиком; ничего не перенесено.</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the audit log has no anchor to reset.</source>
        <translation>На сервере центра у журнала аудита нет привязки, которую можно сбросить.</translation>
    </message>
    <message>
        <source>Run dropin server init on the database first: it gives the accounts their logins.</source>
        <extracomment>each area&apos;s ``demo`` module (:mod:`dropin.areas`), in the registry&apos;s order</extracomment>
        <translation>Сначала выполните dropin server init для этой базы данных: она даёт учётным записям их входы на сервер.</translation>
    </message>
    <message>
        <source>The database {name} on the server already has accounts; the demo goes only into a new one.</source>
        <translation>В базе данных {name} на сервере уже есть учётные записи; демонстрационные данные записываются только в новую.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>The centre&apos;s server keeps the data of every desk. Its administrator gives you these details and the CA certificate, and has set the database up with dropin server init.</source>
        <translation>Сервер центра хранит данные всех рабочих мест. Его администратор даёт вам эти данные и сертификат ЦС и заранее настраивает базу командой dropin server init.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>D&amp;atabase name:</source>
        <translation>&amp;Имя базы данных:</translation>
    </message>
    <message>
        <source>CA certif&amp;icate:</source>
        <translation>Сертификат &amp;ЦС:</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem)</source>
        <translation>Сертификаты (*.crt *.pem)</translation>
    </message>
</context>
<context>
    <name>ServerLoginScreen</name>
    <message>
        <source>Log in to the centre&apos;s server</source>
        <translation>Вход на сервер центра</translation>
    </message>
    <message>
        <source>Server {server}, database {database}. Use your own account: what you do is recorded under your name.</source>
        <translation>Сервер {server}, база {database}. Входите под своей учётной записью: ваши действия записываются под вашим именем.</translation>
    </message>
    <message>
        <source>Use another &amp;server…</source>
        <translation>Другой &amp;сервер…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogueEditor</name>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Запрашивает</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>место направления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предлагается</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Добавить услугу…</translation>
    </message>
    <message>
        <source>Select a service first.</source>
        <translation>Сначала выберите услугу.</translation>
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
        <translation>Стирка</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Питание</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Rest or socialising</source>
        <translation>Отдых и общение</translation>
    </message>
    <message>
        <source>Hygiene items</source>
        <translation>Средства гигиены</translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation>Продуктовый набор</translation>
    </message>
    <message>
        <source>Male condoms</source>
        <translation>Мужские презервативы</translation>
    </message>
    <message>
        <source>Female condoms</source>
        <translation>Женские презервативы</translation>
    </message>
    <message>
        <source>Lubricant</source>
        <translation>Лубрикант</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Информационные материалы</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Юридическая консультация</translation>
    </message>
    <message>
        <source>ID or registration help</source>
        <translation>Помощь с документами или регистрацией</translation>
    </message>
    <message>
        <source>Housing help</source>
        <translation>Помощь с жильём</translation>
    </message>
    <message>
        <source>Health insurance help</source>
        <translation>Помощь с медицинской страховкой</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологическая поддержка</translation>
    </message>
    <message>
        <source>Violence report</source>
        <translation>Сообщение о насилии</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Basic needs</source>
        <translation>Базовые потребности</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Вещи и товары</translation>
    </message>
    <message>
        <source>Prevention supplies</source>
        <translation>Средства профилактики</translation>
    </message>
    <message>
        <source>Advice and support</source>
        <translation>Консультации и поддержка</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>Изменить семинар</translation>
    </message>
    <message>
        <source>New parents&apos; workshop</source>
        <translation>Новый семинар для родителей</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Изменить занятие</translation>
    </message>
    <message>
        <source>New children&apos;s session</source>
        <translation>Новое детское занятие</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Materials or snacks given</source>
        <translation>Выданные материалы или угощение</translation>
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
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Продол&amp;жительность:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Ведущие:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>Мат&amp;ериалы:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Предстоящие</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>П&amp;рошедшие</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Новый семинар…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Новое занятие…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>&amp;Отменить занятие…</translation>
    </message>
    <message>
        <source>Put &amp;back on plan</source>
        <translation>&amp;Вернуть в план</translation>
    </message>
    <message>
        <source>Take &amp;attendance</source>
        <translation>Отметить посе&amp;щаемость</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
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
        <translation>Родители</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ведущие</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Отмена занятия</translation>
    </message>
    <message>
        <source>Why is the session on {date} cancelled?</source>
        <translation>Почему отменяется занятие {date}?</translation>
    </message>
</context>
<context>
    <name>Shelter</name>
    <message>
        <source>Please give the room a name.</source>
        <translation>Укажите название комнаты.</translation>
    </message>
    <message>
        <source>A room holds from 1 to 50 beds.</source>
        <translation>В комнате может быть от 1 до 50 коек.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>Комната «{name}» уже существует.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Этой комнаты больше нет.</translation>
    </message>
    <message>
        <source>The room already has {n} beds; remove beds before lowering its capacity.</source>
        <translation>В комнате уже коек: {n}; прежде чем уменьшать вместимость, уберите лишние койки.</translation>
    </message>
    <message>
        <source>Please give the bed a label.</source>
        <translation>Укажите обозначение койки.</translation>
    </message>
    <message>
        <source>Please choose a room.</source>
        <translation>Выберите комнату.</translation>
    </message>
    <message>
        <source>Room {room} is full: its capacity is {n} beds.</source>
        <translation>Комната {room} заполнена (вместимость: {n}).</translation>
    </message>
    <message>
        <source>Room {room} already has a bed labelled {label}.</source>
        <translation>В комнате {room} уже есть койка с обозначением {label}.</translation>
    </message>
    <message>
        <source>Please say why the bed is out of service.</source>
        <translation>Укажите, почему койка выведена из работы.</translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation>Этой койки больше нет.</translation>
    </message>
    <message>
        <source>This bed is already out of service.</source>
        <translation>Эта койка уже выведена из работы.</translation>
    </message>
    <message>
        <source>This bed is booked for the night of {date}. Move or end that stay first.</source>
        <translation>Эта койка занята на ночь {date}. Сначала переселите человека или завершите это проживание.</translation>
    </message>
    <message>
        <source>This bed is not out of service.</source>
        <translation>Эта койка не выведена из работы.</translation>
    </message>
    <message>
        <source>The bed cannot return to service before it went out of service.</source>
        <translation>Койку нельзя вернуть в работу раньше, чем её вывели из работы.</translation>
    </message>
    <message>
        <source>This stay no longer exists.</source>
        <translation>Этого проживания больше нет.</translation>
    </message>
    <message>
        <source>Unknown admission reason: {code}.</source>
        <translation>Неизвестная причина поступления: {code}.</translation>
    </message>
    <message>
        <source>Please choose at least one admission reason.</source>
        <translation>Выберите хотя бы одну причину поступления.</translation>
    </message>
    <message>
        <source>Please choose the area of the goal.</source>
        <translation>Выберите сферу цели.</translation>
    </message>
    <message>
        <source>Please choose the status of the goal.</source>
        <translation>Выберите статус цели.</translation>
    </message>
    <message>
        <source>Please describe the goal.</source>
        <translation>Опишите цель.</translation>
    </message>
    <message>
        <source>The review date cannot be before the admission.</source>
        <translation>Дата пересмотра не может быть раньше поступления.</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>Этой цели больше нет.</translation>
    </message>
    <message>
        <source>The case note is empty.</source>
        <translation>Запись по случаю пуста.</translation>
    </message>
    <message>
        <source>A case note cannot be dated in the future.</source>
        <translation>Запись по случаю не может быть датирована будущим.</translation>
    </message>
    <message>
        <source>A case note cannot be dated before the admission.</source>
        <translation>Запись по случаю не может быть датирована раньше поступления.</translation>
    </message>
    <message>
        <source>This case note no longer exists.</source>
        <translation>Этой записи по случаю больше нет.</translation>
    </message>
    <message>
        <source>Bed {bed} is already taken on the night of {date}.</source>
        <translation>Койка {bed} уже занята на ночь {date}.</translation>
    </message>
    <message>
        <source>Bed {bed} is out of service from {date}: {reason}</source>
        <translation>Койка {bed} выведена из работы с {date}: {reason}</translation>
    </message>
    <message>
        <source>This bed is no longer in use.</source>
        <translation>Эта койка больше не используется.</translation>
    </message>
    <message>
        <source>Bed {bed} is only in service from {date}.</source>
        <translation>Койка {bed} в работе только с {date}.</translation>
    </message>
    <message>
        <source>Client {code} already has a stay on the night of {date}.</source>
        <translation>У клиента {code} уже есть проживание на ночь {date}.</translation>
    </message>
    <message>
        <source>That bed or that client is already booked for one of these nights. Nothing was saved.</source>
        <translation>Эта койка или этот клиент уже заняты на одну из этих ночей. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Shelter reservation</source>
        <translation>Бронь в приюте</translation>
    </message>
    <message>
        <source>{kind} from {start} to {end}, bed {bed}</source>
        <translation>{kind} с {start} по {end}, койка {bed}</translation>
    </message>
    <message>
        <source>Staying in the shelter</source>
        <translation>Проживает в приюте</translation>
    </message>
    <message numerus="yes">
        <source>{kind} since {start} (%n nights), bed {bed}, planned end {end}</source>
        <translation>
            <numerusform>{kind} с {start} (%n ночь), койка {bed}, плановый выезд {end}</numerusform>
            <numerusform>{kind} с {start} (%n ночи), койка {bed}, плановый выезд {end}</numerusform>
            <numerusform>{kind} с {start} (%n ночей), койка {bed}, плановый выезд {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>(past the planned end)</source>
        <translation>(плановый срок истёк)</translation>
    </message>
    <message>
        <source>Shelter stay</source>
        <translation>Проживание в приюте</translation>
    </message>
    <message numerus="yes">
        <source>{kind} {start} to {end} (%n nights): {outcome}</source>
        <translation>
            <numerusform>{kind} с {start} по {end} (%n ночь): {outcome}</numerusform>
            <numerusform>{kind} с {start} по {end} (%n ночи): {outcome}</numerusform>
            <numerusform>{kind} с {start} по {end} (%n ночей): {outcome}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n child(ren)</source>
        <translation>
            <numerusform>с %n ребёнком</numerusform>
            <numerusform>с %n детьми</numerusform>
            <numerusform>с %n детьми</numerusform>
        </translation>
    </message>
    <message>
        <source>Admission reasons</source>
        <translation>Причины поступления</translation>
    </message>
    <message>
        <source>Children&apos;s ages must be whole numbers from 0 to 17, separated by commas.</source>
        <extracomment>admissions entered from old paper records may go back this far (keeps bed-night rows bounded)</extracomment>
        <translation>Возраст детей — целые числа от 0 до 17 через запятую.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Введите код клиента.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Клиента с кодом {code} нет.</translation>
    </message>
    <message>
        <source>Please choose a bed.</source>
        <translation>Выберите койку.</translation>
    </message>
    <message>
        <source>Please choose who approved this from the staff list.</source>
        <translation>Выберите из списка сотрудников, кто это одобрил.</translation>
    </message>
    <message>
        <source>Only social workers may record admission reasons.</source>
        <translation>Причины поступления могут записывать только социальные работники.</translation>
    </message>
    <message>
        <source>Please choose the type of stay.</source>
        <translation>Выберите тип проживания.</translation>
    </message>
    <message>
        <source>A reservation must start today or later.</source>
        <translation>Бронь должна начинаться сегодня или позже.</translation>
    </message>
    <message>
        <source>The admission date {date} is in the future. Make a reservation instead.</source>
        <translation>Дата поступления {date} — в будущем. Вместо этого оформите бронь.</translation>
    </message>
    <message>
        <source>The admission date is more than five years ago. Please check the date.</source>
        <translation>Дата заселения больше чем пять лет назад. Пожалуйста, проверьте дату.</translation>
    </message>
    <message>
        <source>The planned end must be after the admission date.</source>
        <translation>Плановая дата выезда должна быть позже даты поступления.</translation>
    </message>
    <message>
        <source>A stay can be planned for at most one year; extend it later if needed.</source>
        <translation>Проживание можно запланировать не более чем на год; при необходимости продлите его позже.</translation>
    </message>
    <message>
        <source>The number of children must be from 0 to 12.</source>
        <translation>Количество детей — от 0 до 12.</translation>
    </message>
    <message>
        <source>Give one age for each accompanying child.</source>
        <translation>Укажите возраст каждого ребёнка, проживающего с клиентом.</translation>
    </message>
    <message>
        <source>This client already has a current stay or reservation.</source>
        <translation>У этого клиента уже есть текущее проживание или бронь.</translation>
    </message>
    <message>
        <source>Bed {bed} is still occupied by a stay past its planned end. Discharge or move that person first.</source>
        <translation>Койка {bed} всё ещё занята проживанием сверх планового срока. Сначала оформите выбытие или переселите этого человека.</translation>
    </message>
    <message>
        <source>The arrival date {date} is in the future.</source>
        <translation>Дата прибытия {date} — в будущем.</translation>
    </message>
    <message>
        <source>Only a reservation can be checked in.</source>
        <translation>Оформить прибытие можно только по брони.</translation>
    </message>
    <message>
        <source>The arrival date must be before the planned end.</source>
        <translation>Дата прибытия должна быть раньше плановой даты выезда.</translation>
    </message>
    <message>
        <source>Only a reservation can be cancelled; discharge a stay instead.</source>
        <translation>Отменить можно только бронь; для проживания оформите выбытие.</translation>
    </message>
    <message>
        <source>Please give a reason for the extension.</source>
        <translation>Укажите причину продления.</translation>
    </message>
    <message>
        <source>The review date cannot be in the past.</source>
        <translation>Дата пересмотра не может быть в прошлом.</translation>
    </message>
    <message>
        <source>Only a current stay can be extended.</source>
        <translation>Продлить можно только текущее проживание.</translation>
    </message>
    <message>
        <source>The new planned end must be after the current one ({date}).</source>
        <translation>Новая плановая дата выезда должна быть позже текущей ({date}).</translation>
    </message>
    <message>
        <source>A stay cannot be extended beyond two years.</source>
        <translation>Проживание нельзя продлить более чем на два года.</translation>
    </message>
    <message>
        <source>The review date must be on or before the new planned end.</source>
        <translation>Дата пересмотра должна быть не позже новой плановой даты выезда.</translation>
    </message>
    <message>
        <source>A discharged stay cannot be moved.</source>
        <translation>После выбытия проживание нельзя перенести на другую койку.</translation>
    </message>
    <message>
        <source>The stay is already in that bed.</source>
        <translation>Человек уже на этой койке.</translation>
    </message>
    <message>
        <source>The move date {date} is in the future.</source>
        <translation>Дата переселения {date} — в будущем.</translation>
    </message>
    <message>
        <source>The move date cannot be before the admission date.</source>
        <translation>Дата переселения не может быть раньше даты поступления.</translation>
    </message>
    <message>
        <source>The move date cannot be before the last move ({date}).</source>
        <translation>Дата переселения не может быть раньше предыдущего переселения ({date}).</translation>
    </message>
    <message>
        <source>Please choose the outcome of the stay.</source>
        <translation>Выберите исход проживания.</translation>
    </message>
    <message>
        <source>The discharge date {date} is in the future.</source>
        <translation>Дата выбытия {date} — в будущем.</translation>
    </message>
    <message>
        <source>This is only a reservation: cancel it instead of discharging.</source>
        <translation>Это только бронь: отмените её вместо оформления выбытия.</translation>
    </message>
    <message>
        <source>This stay was already discharged on {date}.</source>
        <translation>Выбытие по этому проживанию уже оформлено {date}.</translation>
    </message>
    <message>
        <source>The discharge date cannot be before the admission date ({date}).</source>
        <translation>Дата выбытия не может быть раньше даты поступления ({date}).</translation>
    </message>
    <message>
        <source>Please choose where the person was referred.</source>
        <translation>Выберите, куда направлен человек.</translation>
    </message>
    <message>
        <source>Reserve a bed</source>
        <translation>Бронирование койки</translation>
    </message>
    <message>
        <source>Admit to the shelter</source>
        <translation>Заселение в приют</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>e.g. 3, 7</source>
        <translation>например, 3, 7</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Койка</translation>
    </message>
    <message>
        <source>Type of stay</source>
        <translation>Тип проживания</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановый выезд</translation>
    </message>
    <message>
        <source>Accompanying children</source>
        <translation>Дети вместе с клиентом</translation>
    </message>
    <message>
        <source>Children&apos;s ages</source>
        <translation>Возраст детей</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кто одобрил</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>Примечание к причине</translation>
    </message>
    <message>
        <source>Extend stay of {code}</source>
        <translation>Продление проживания: {code}</translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation>Назначить дату пересмотра</translation>
    </message>
    <message>
        <source>Current planned end</source>
        <translation>Текущий плановый выезд</translation>
    </message>
    <message>
        <source>New planned end</source>
        <translation>Новый плановый выезд</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Move {code} to another bed</source>
        <translation>Переселение {code} на другую койку</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Сейчас на койке</translation>
    </message>
    <message>
        <source>New bed</source>
        <translation>Новая койка</translation>
    </message>
    <message>
        <source>From the night of</source>
        <translation>Начиная с ночи</translation>
    </message>
    <message>
        <source>Discharge {code}</source>
        <translation>Выбытие: {code}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен(а)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) so far</source>
        <translation>
            <numerusform>уже %n ночь</numerusform>
            <numerusform>уже %n ночи</numerusform>
            <numerusform>уже %n ночей</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned end {date}</source>
        <translation>Плановый выезд {date}</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Истёк плановый срок</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>С {date}</translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>До {date}</translation>
    </message>
    <message>
        <source>Reserved from {date}</source>
        <translation>Бронь с {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n ребёнок</numerusform>
            <numerusform>%n ребёнка</numerusform>
            <numerusform>%n детей</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
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
        <translation>Ночи</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Crisis stay</source>
        <translation>Кризисное проживание</translation>
    </message>
    <message>
        <source>Long stay</source>
        <translation>Длительное проживание</translation>
    </message>
    <message>
        <source>Homeless</source>
        <extracomment>default planned length (nights) of each stay type a stay planned longer than this (nights) needs a review date on the extension that takes it there</extracomment>
        <translation>Нет жилья</translation>
    </message>
    <message>
        <source>Fleeing violence</source>
        <translation>Спасается от насилия</translation>
    </message>
    <message>
        <source>Financial crisis</source>
        <translation>Финансовый кризис</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Беременность</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Болезнь</translation>
    </message>
    <message>
        <source>Threatened loss of parental rights</source>
        <translation>Угроза лишения родительских прав</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Обеспечен(а) жильём</translation>
    </message>
    <message>
        <source>Returned home</source>
        <translation>Вернулся(ась) домой</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Направлен(а) в другое место</translation>
    </message>
    <message>
        <source>Left without notice</source>
        <translation>Ушёл (ушла) без предупреждения</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Правовые вопросы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Parental</source>
        <translation>Родительство</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Проживает</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Выбыл(а)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>In service from</source>
        <translation>В работе с</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не в работе</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Please say why this is being corrected.</source>
        <translation>Укажите, почему вносится исправление.</translation>
    </message>
    <message>
        <source>This stay has not been discharged.</source>
        <extracomment>the kind of record ``_latest`` reads (a move or an extension of the stay)</extracomment>
        <translation>Это пребывание не было завершено выбытием.</translation>
    </message>
    <message>
        <source>This client has a newer stay or reservation; the discharge cannot be undone.</source>
        <translation>У этого клиента есть более новое пребывание или бронь; выбытие нельзя отменить.</translation>
    </message>
    <message>
        <source>A discharged stay cannot be changed; undo the discharge first.</source>
        <translation>Завершённое пребывание нельзя изменить; сначала отмените выбытие.</translation>
    </message>
    <message>
        <source>This stay has no move to undo.</source>
        <translation>В этом пребывании нет переселения, которое можно отменить.</translation>
    </message>
    <message>
        <source>This stay has no extension to undo.</source>
        <translation>В этом пребывании нет продления, которое можно отменить.</translation>
    </message>
    <message>
        <source>Only a current stay or a reservation can be shortened.</source>
        <translation>Сократить можно только текущее пребывание или бронь.</translation>
    </message>
    <message>
        <source>The new planned end must be before the current one ({date}).</source>
        <translation>Новое плановое окончание должно быть раньше текущего ({date}).</translation>
    </message>
    <message>
        <source>To end the stay today or earlier, discharge the person instead.</source>
        <translation>Чтобы завершить пребывание сегодня или раньше, оформите выбытие.</translation>
    </message>
    <message>
        <source>The date of the change cannot be in the future.</source>
        <translation>Дата изменения не может быть в будущем.</translation>
    </message>
    <message>
        <source>The children can be changed only during a current stay.</source>
        <translation>Число детей можно изменить только во время текущего пребывания.</translation>
    </message>
    <message>
        <source>The date of the change cannot be before the admission date ({date}).</source>
        <translation>Дата изменения не может быть раньше даты заселения ({date}).</translation>
    </message>
    <message>
        <source>The stay already has this number of children.</source>
        <translation>У этого пребывания уже указано такое число детей.</translation>
    </message>
    <message numerus="yes">
        <source>This takes the stay beyond %n night(s): please set a review date.</source>
        <translation>
            <numerusform>Пребывание превысит %n ночь: укажите дату пересмотра.</numerusform>
            <numerusform>Пребывание превысит %n ночи: укажите дату пересмотра.</numerusform>
            <numerusform>Пребывание превысит %n ночей: укажите дату пересмотра.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorten the stay (earlier planned end)</source>
        <translation>Сократить пребывание (более раннее окончание)</translation>
    </message>
    <message>
        <source>Change the number of accompanying children</source>
        <translation>Изменить число сопровождающих детей</translation>
    </message>
    <message>
        <source>Undo the last extension</source>
        <translation>Отменить последнее продление</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Отменить последнее переселение</translation>
    </message>
    <message>
        <source>Undo the discharge</source>
        <translation>Отменить выбытие</translation>
    </message>
    <message>
        <source>Void the admission (entered in error)</source>
        <translation>Аннулировать заселение (внесено по ошибке)</translation>
    </message>
    <message>
        <source>Correct the stay of {code}</source>
        <translation>Исправить пребывание {code}</translation>
    </message>
    <message>
        <source>{bed}, from {start}, planned end {end}</source>
        <translation>{bed}, с {start}, плановое окончание {end}</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Пребывание</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>From the date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Type the client code</source>
        <translation>Введите код клиента</translation>
    </message>
    <message>
        <source>No bed is free for these nights</source>
        <translation>Нет свободной койки на эти ночи</translation>
    </message>
    <message>
        <source>No bed is free for all these nights. Choose other dates.</source>
        <translation>Нет койки, свободной на все эти ночи. Выберите другие даты.</translation>
    </message>
    <message>
        <source>No other bed is free</source>
        <translation>Другой свободной койки нет</translation>
    </message>
    <message>
        <source>No other bed is free for the rest of this stay.</source>
        <translation>Нет другой койки, свободной до конца этого пребывания.</translation>
    </message>
    <message>
        <source>{date} (due)</source>
        <translation>{date} (срок наступил)</translation>
    </message>
    <message>
        <source>Review of the stay is due</source>
        <translation>Наступил срок пересмотра пребывания</translation>
    </message>
    <message>
        <source>Goal past its target: {goal}</source>
        <translation>Срок цели истёк: {goal}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Bed board</source>
        <translation>Койки</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Проживающие</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Работа со случаем</translation>
    </message>
    <message>
        <source>Rooms and beds</source>
        <translation>Комнаты и койки</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Referral slip</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>The slip goes with the person. By default it says only where and when to go, and the referral number the clinic can quote.</source>
        <translation>Направление идёт с человеком. По умолчанию в нём только куда и когда прийти и номер направления, который может назвать клиника.</translation>
    </message>
    <message>
        <source>The person agrees that the slip mentions the HIV test</source>
        <translation>Человек согласен, чтобы в направлении был упомянут тест на ВИЧ</translation>
    </message>
    <message>
        <source>The person agrees that the slip mentions work with sex workers</source>
        <translation>Человек согласен, чтобы в направлении была упомянута работа с секс-работниками</translation>
    </message>
    <message>
        <source>Language of the slip:</source>
        <translation>Язык направления:</translation>
    </message>
    <message>
        <source>Save referral slip</source>
        <translation>Сохранить направление</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>The login could not be checked. Please try again.</source>
        <translation>Не удалось проверить вход. Попробуйте ещё раз.</translation>
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
        <translation>Набор</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недейств.</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>КК</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Receive kits</source>
        <translation>Приём наборов</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерялась</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Kit name:</source>
        <translation>Название набора:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>Номер серии:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Годен до:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Arrival temperature:</source>
        <translation>Температура при поступлении:</translation>
    </message>
    <message>
        <source>Selected lot: discard or count</source>
        <translation>Выбранная серия: списание или пересчёт</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>Save stock count</source>
        <translation>Сохранить пересчёт</translation>
    </message>
    <message>
        <source>Kits to discard:</source>
        <translation>Наборов к списанию:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Kits counted on the shelf:</source>
        <translation>Наборов на полке по пересчёту:</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Израсходована</translation>
    </message>
    <message>
        <source>⚠ EXPIRED — discard</source>
        <translation>⚠ ИСТЁК СРОК — списать</translation>
    </message>
    <message>
        <source>⚠ Expires soon</source>
        <translation>⚠ Скоро истекает</translation>
    </message>
    <message>
        <source>Please enter how many kits are discarded (a whole number above zero).</source>
        <translation>Укажите, сколько наборов списывается (целое число больше нуля).</translation>
    </message>
    <message>
        <source>Discard kits</source>
        <translation>Списать наборы</translation>
    </message>
    <message>
        <source>Discard {n} kits of lot {lot} ({reason})? They leave the stock for good.</source>
        <translation>Списать {n} наборов партии {lot} ({reason})? Они уйдут со склада навсегда.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>Reconciliation: received {rec} = tests {used} + invalid {inv} + QC {qc} + discarded {disc} + on hand {hand} {mark}</source>
        <translation>Сверка: получено {rec} = тесты {used} + недействительные {inv} + КК {qc} + списано {disc} + в наличии {hand} {mark}</translation>
    </message>
    <message>
        <source>Kits received</source>
        <translation>Наборы получены</translation>
    </message>
    <message>
        <source>{n} kits of lot {lot} were taken into stock. Run the kit controls before the first client test.</source>
        <translation>{n} наборов партии {lot} приняты на склад. Проведите контроль наборов перед первым тестом клиента.</translation>
    </message>
    <message>
        <source>Choose a lot in the table first.</source>
        <translation>Сначала выберите серию в таблице.</translation>
    </message>
</context>
<context>
    <name>StoresTab</name>
    <message>
        <source>HIV testing, case-work and legal records are kept in their own encrypted stores. Each account holds the keys of the stores its role reads, wrapped with its own password.</source>
        <translation>Записи о тестировании на ВИЧ, социальной и юридической работе хранятся в отдельных зашифрованных хранилищах. Каждая учётная запись держит ключи хранилищ, которые читает её роль, защищённые её собственным паролем.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>After the upgrade that made the stores, their keys are also kept under the database passphrase until every account has logged in once. Finish the upgrade when everyone has, or when those still listed will get a one-time password.</source>
        <translation>После обновления, создавшего хранилища, их ключи также хранятся под паролем базы данных, пока каждая учётная запись не войдёт хотя бы раз. Завершите обновление, когда все войдут или когда оставшиеся в списке получат одноразовый пароль.</translation>
    </message>
    <message>
        <source>&amp;Finish the upgrade</source>
        <translation>&amp;Завершить обновление</translation>
    </message>
    <message>
        <source>R&amp;otate keys…</source>
        <translation>Сме&amp;нить ключи…</translation>
    </message>
    <message>
        <source>New re&amp;covery key…</source>
        <translation>Новый к&amp;люч восстановления…</translation>
    </message>
    <message>
        <source>On the centre&apos;s server the stores have no keys to manage here: the server&apos;s roles let each login read only the stores its role needs.</source>
        <translation>На сервере центра у хранилищ нет ключей, которыми нужно управлять здесь: роли сервера позволяют каждому входу читать только хранилища, нужные его роли.</translation>
    </message>
    <message>
        <source>Every account holds the keys its role needs.</source>
        <translation>У каждой учётной записи есть ключи, нужные её роли.</translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation>Завершить обновление</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key you have locked away stops working. Make a new one now?</source>
        <translation>Ключ восстановления, который вы спрятали, перестанет работать. Создать новый сейчас?</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets and prevention package</source>
        <extracomment>the parts of the package a manager can ask for: (label, service codes any of which counts)</extracomment>
        <translation>Цели и профилактический пакет</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Без цели</translation>
    </message>
    <message>
        <source>Targets for the year (the report shows the year to date against them)</source>
        <translation>Цели на год (отчёт сравнивает с ними данные с начала года)</translation>
    </message>
    <message>
        <source>Condoms (male or female)</source>
        <translation>Презервативы (мужские или женские)</translation>
    </message>
    <message>
        <source>Information (leaflets)</source>
        <translation>Информация (листовки)</translation>
    </message>
    <message>
        <source>An HIV test offered</source>
        <translation>Предложен тест на ВИЧ</translation>
    </message>
    <message>
        <source>People reached with the defined package received all of:</source>
        <translation>Люди, охваченные определённым пакетом, получили всё это:</translation>
    </message>
</context>
<context>
    <name>TestResult</name>
    <message>
        <source>Non-reactive</source>
        <translation>Нереактивный</translation>
    </message>
    <message>
        <source>Reactive (preliminary positive)</source>
        <translation>Реактивный (предварительно положительный)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительный</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
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
        <translation>{kit} · повторный</translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation>Начат в {time}</translation>
    </message>
    <message>
        <source>Enter result</source>
        <translation>Ввести результат</translation>
    </message>
    <message>
        <source>Record invalid — repeat with a new kit</source>
        <translation>Записать как недействительный — повторить с новым набором</translation>
    </message>
    <message>
        <source>Cancel test…</source>
        <translation>Отменить тест…</translation>
    </message>
    <message>
        <source>Readable in {time}</source>
        <translation>Можно считать через {time}</translation>
    </message>
    <message>
        <source>Read now — {time} left</source>
        <translation>Считайте сейчас — осталось {time}</translation>
    </message>
    <message>
        <source>Too late ({time}): invalid, repeat with a new kit</source>
        <translation>Слишком поздно ({time}): недействительный, повторите с новым набором</translation>
    </message>
</context>
<context>
    <name>Testing</name>
    <message>
        <source>{kit} lot {lot} (expires {expiry}, {n} left)</source>
        <translation>{kit}, серия {lot} (годен до {expiry}, осталось: {n})</translation>
    </message>
    <message>
        <source>This person is on ART: the rapid test can give a false non-reactive result. Explain this before testing.</source>
        <translation>Этот человек получает АРТ: быстрый тест может дать ложный нереактивный результат. Объясните это до тестирования.</translation>
    </message>
    <message>
        <source>This person is on PrEP: the rapid test can give a false non-reactive result. Explain this before testing.</source>
        <translation>Этот человек принимает ДКП (PrEP): быстрый тест может дать ложный нереактивный результат. Объясните это до тестирования.</translation>
    </message>
    <message>
        <source>Please enter the client code.</source>
        <translation>Введите код клиента.</translation>
    </message>
    <message>
        <source>There is no client with the code {code}.</source>
        <translation>Клиента с кодом {code} нет.</translation>
    </message>
    <message>
        <source>Please choose risk items from the list.</source>
        <translation>Выберите факторы риска из списка.</translation>
    </message>
    <message>
        <source>Months since the last test must be between 0 and 600.</source>
        <translation>Число месяцев с последнего теста должно быть от 0 до 600.</translation>
    </message>
    <message>
        <source>Months since the last test only applies to someone who has tested before.</source>
        <translation>Число месяцев с последнего теста указывается, только если человек уже тестировался.</translation>
    </message>
    <message>
        <source>A counselling session cannot be in the future.</source>
        <translation>Консультирование не может быть датировано будущим.</translation>
    </message>
    <message>
        <source>This counselling session does not exist.</source>
        <extracomment>what happens to the kit of a test cancelled by mistake</extracomment>
        <translation>Такого консультирования нет.</translation>
    </message>
    <message>
        <source>Please choose the kit lot.</source>
        <translation>Выберите серию набора.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {date}. Expired kits cannot be used; choose another lot.</source>
        <translation>Срок годности серии {lot} истёк {date}. Просроченные наборы использовать нельзя; выберите другую серию.</translation>
    </message>
    <message>
        <source>Lot {lot} has no kits left. Choose another lot.</source>
        <translation>В серии {lot} не осталось наборов. Выберите другую серию.</translation>
    </message>
    <message>
        <source>Lot {lot} failed its last quality-control run and must not be used.</source>
        <translation>Серия {lot} не прошла последнюю проверку контроля качества, её нельзя использовать.</translation>
    </message>
    <message>
        <source>The person has not given verbal informed consent, so no test can be recorded.</source>
        <translation>Человек не дал устного информированного согласия, поэтому тест записать нельзя.</translation>
    </message>
    <message>
        <source>The test to repeat belongs to another person or does not exist.</source>
        <translation>Тест для повтора принадлежит другому человеку или не существует.</translation>
    </message>
    <message>
        <source>Only an invalid test can be repeated.</source>
        <translation>Повторить можно только недействительный тест.</translation>
    </message>
    <message>
        <source>A test for this person is already running on the board.</source>
        <translation>Тест этого человека уже идёт на табло.</translation>
    </message>
    <message>
        <source>Record today&apos;s counselling session with consent before starting a test.</source>
        <translation>Прежде чем начать тест, запишите сегодняшнее консультирование с согласием.</translation>
    </message>
    <message>
        <source>Please enter both the start time and the read time.</source>
        <translation>Введите и время начала, и время считывания.</translation>
    </message>
    <message>
        <source>Record the counselling session of that day (with consent) first.</source>
        <translation>Сначала запишите консультирование в тот день (с согласием).</translation>
    </message>
    <message>
        <source>Please say whether the kit goes back into stock or was wasted.</source>
        <translation>Укажите, возвращается ли набор на склад или испорчен.</translation>
    </message>
    <message>
        <source>This test does not exist.</source>
        <translation>Такого теста нет.</translation>
    </message>
    <message>
        <source>This test already has a result; it cannot be cancelled.</source>
        <translation>У этого теста уже есть результат; его нельзя отменить.</translation>
    </message>
    <message>
        <source>Please choose why the test is invalid from the list.</source>
        <translation>Выберите из списка, почему тест недействителен.</translation>
    </message>
    <message>
        <source>The test has run {minutes} minutes. A result can only be read from {start} minutes.</source>
        <translation>С начала теста прошло {minutes} мин. Результат можно считывать не раньше чем через {start} мин.</translation>
    </message>
    <message>
        <source>More than {end} minutes have passed: the only allowed outcome is invalid. Repeat with a new kit.</source>
        <translation>Прошло больше {end} мин: допустим только результат «недействительный». Повторите с новым набором.</translation>
    </message>
    <message>
        <source>Please say whether the control line and the test line are visible.</source>
        <translation>Укажите, видны ли контрольная и тестовая линии.</translation>
    </message>
    <message>
        <source>This test already has a result.</source>
        <translation>У этого теста уже есть результат.</translation>
    </message>
    <message>
        <source>The test cannot start before the counselling session in which consent was given ({time}).</source>
        <translation>Тест не может начаться до консультации, на которой было дано согласие ({time}).</translation>
    </message>
    <message>
        <source>Times of a retrospective entry cannot be in the future.</source>
        <translation>Время в записи задним числом не может быть в будущем.</translation>
    </message>
    <message>
        <source>The read time must be after the start time.</source>
        <translation>Время считывания должно быть позже времени начала.</translation>
    </message>
    <message>
        <source>Please write why you need to open this record (at least 10 characters).</source>
        <translation>Напишите, зачем вам нужно открыть эту запись (не менее 10 символов).</translation>
    </message>
    <message>
        <source>Please choose where the test was done from the list.</source>
        <translation>Пожалуйста, выберите из списка, где проводился тест.</translation>
    </message>
    <message>
        <source>Please choose a referral destination from the list.</source>
        <translation>Выберите место направления из списка.</translation>
    </message>
    <message>
        <source>At the drop-in centre</source>
        <extracomment>where a test was done (the MER testing modality); the testing page records drop-in tests</extracomment>
        <translation>В центре</translation>
    </message>
    <message>
        <source>On outreach</source>
        <translation>На аутрич-выезде</translation>
    </message>
    <message>
        <source>Other community setting</source>
        <translation>Другое место в сообществе</translation>
    </message>
</context>
<context>
    <name>TestingPage</name>
    <message numerus="yes">
        <source>%n person(s) not yet linked past the due date: contact them today.</source>
        <translation>
            <numerusform>%n человек ещё не поставлен на лечение, хотя срок прошёл: свяжитесь с ним сегодня.</numerusform>
            <numerusform>%n человека ещё не поставлены на лечение, хотя срок прошёл: свяжитесь с ними сегодня.</numerusform>
            <numerusform>%n человек ещё не поставлены на лечение, хотя срок прошёл: свяжитесь с ними сегодня.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-timer board</source>
        <translation>Табло таймеров</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Консультирование</translation>
    </message>
    <message>
        <source>Paper entry (retrospective)</source>
        <translation>Бумажная запись (задним числом)</translation>
    </message>
    <message>
        <source>Referrals and follow-up</source>
        <translation>Направления и отслеживание</translation>
    </message>
    <message>
        <source>Kit stock</source>
        <translation>Склад наборов</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <source>Open one record (break-glass)</source>
        <translation>Открыть одну запись (экстренный доступ)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочен</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to read</source>
        <translation>
            <numerusform>%n можно читать</numerusform>
            <numerusform>%n можно читать</numerusform>
            <numerusform>%n можно читать</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestingProfile</name>
    <message>
        <source>Counselling sessions</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Last counselling</source>
        <translation>Последняя консультация</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Не было</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Последний тест</translation>
    </message>
    <message>
        <source>{date}: {result}</source>
        <translation>{date}: {result}</translation>
    </message>
    <message numerus="yes">
        <source>Open, overdue by %n day(s)</source>
        <translation>
            <numerusform>Открыто, просрочено на %n день</numerusform>
            <numerusform>Открыто, просрочено на %n дня</numerusform>
            <numerusform>Открыто, просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Open, due {date}</source>
        <translation>Открыто, срок {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: {reason}</source>
        <translation>Закрыто {date}: {reason}</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Сопровождение направления</translation>
    </message>
    <message>
        <source>ART start</source>
        <translation>Начало АРТ</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <source>Undo a visit… (Ctrl+Z)</source>
        <extracomment>the list keeps room for at least this many visits, however small the screen</extracomment>
        <translation>Отменить визит… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undoes the last visit saved at this desk, or the visit selected in the list.</source>
        <translation>Отменяет последний визит, сохранённый на этом месте, или визит, выбранный в списке.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Отменён: {reason}</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Session types</source>
        <translation>Типы занятий</translation>
    </message>
    <message>
        <source>New type, e.g. Music</source>
        <translation>Новый тип, например «Музыка»</translation>
    </message>
    <message>
        <source>Children&apos;s session</source>
        <translation>Детское занятие</translation>
    </message>
    <message>
        <source>Parents&apos; workshop</source>
        <translation>Семинар для родителей</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Untick a type to stop offering it; past sessions keep it.</source>
        <translation>Снимите отметку с типа, чтобы больше его не предлагать; в прошедших занятиях он сохранится.</translation>
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
        <translation>Разблокировка базы данных</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Database passphrase</source>
        <translation>Парольная фраза базы данных</translation>
    </message>
    <message>
        <source>Database &amp;passphrase:</source>
        <translation>&amp;Парольная фраза базы данных:</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Другой файл…</translation>
    </message>
    <message>
        <source>Open another dropin database file</source>
        <translation>Открыть другой файл базы данных dropin</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Open a dropin database</source>
        <translation>Открытие базы данных dropin</translation>
    </message>
    <message>
        <source>dropin database (*.db);;All files (*)</source>
        <translation>База данных dropin (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Please type the database passphrase.</source>
        <translation>Введите парольную фразу базы данных.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>The database could not be opened. Please try again.</source>
        <translation>Не удалось открыть базу данных. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблокирована до</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Вкл&amp;ючить</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <source>The password of {name} was reset. Give them the new password in person.</source>
        <translation>Пароль {name} сброшен. Передайте новый пароль лично.</translation>
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
        <translation>Код клиента</translation>
    </message>
    <message>
        <source>Parent&apos;s client code</source>
        <translation>Код клиента родителя</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Название комнаты</translation>
    </message>
    <message>
        <source>Bed label</source>
        <translation>Обозначение кровати</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>Заметка о рисках</translation>
    </message>
    <message>
        <source>Risk-reduction plan</source>
        <translation>План снижения рисков</translation>
    </message>
    <message>
        <source>Home-country note</source>
        <translation>Заметка о стране происхождения</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>Название теста</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>Admission note</source>
        <translation>Заметка о заселении</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Заметка об итоге</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>This text</source>
        <translation>Этот текст</translation>
    </message>
    <message>
        <source>“{label}” must be text.</source>
        <translation>Поле «{label}» должно быть текстом.</translation>
    </message>
    <message>
        <source>“{label}” contains a character that cannot be saved (an invisible control character or a broken symbol). Please retype it.</source>
        <translation>В поле «{label}» есть символ, который нельзя сохранить (невидимый управляющий символ или повреждённый знак). Введите текст заново.</translation>
    </message>
    <message numerus="yes">
        <source>“{label}” may have at most %n character(s); this text has {length}.</source>
        <translation>
            <numerusform>Поле «{label}» может содержать не более %n символа; в этом тексте {length}.</numerusform>
            <numerusform>Поле «{label}» может содержать не более %n символов; в этом тексте {length}.</numerusform>
            <numerusform>Поле «{label}» может содержать не более %n символов; в этом тексте {length}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>A service code has 2 to 32 small letters, digits or underscores and starts with a letter.</source>
        <translation>Код услуги — от 2 до 32 строчных латинских букв, цифр или знаков подчёркивания; начинается с буквы.</translation>
    </message>
    <message>
        <source>A service with this code already exists.</source>
        <translation>Услуга с таким кодом уже существует.</translation>
    </message>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>Этой услуги нет в каталоге.</translation>
    </message>
    <message>
        <source>Please enter the name of the service.</source>
        <translation>Введите название услуги.</translation>
    </message>
    <message>
        <source>Please choose a group from the list.</source>
        <translation>Выберите группу из списка.</translation>
    </message>
    <message>
        <source>Please choose how the person reached the centre.</source>
        <translation>Выберите, как человек обратился в центр.</translation>
    </message>
    <message>
        <source>Please enter a client code or mark the visit as an anonymous walk-in.</source>
        <translation>Введите код клиента или отметьте визит как анонимный.</translation>
    </message>
    <message>
        <source>An anonymous walk-in cannot have a client code.</source>
        <translation>У анонимного посетителя не может быть кода клиента.</translation>
    </message>
    <message>
        <source>Each service can be given once per visit; change its quantity instead.</source>
        <extracomment>the orders :meth:`VisitService.list_visits` can sort by, in the database; only &quot;date&quot; has an index over every visit (the others suit one client&apos;s visits, as in the profile)</extracomment>
        <translation>Каждую услугу можно отметить в визите только один раз; вместо этого измените её количество.</translation>
    </message>
    <message>
        <source>This client is not in the register.</source>
        <translation>Этого клиента нет в реестре.</translation>
    </message>
    <message>
        <source>This service is no longer offered. Please refresh the screen.</source>
        <translation>Эта услуга больше не предлагается. Обновите экран.</translation>
    </message>
    <message>
        <source>The quantity of {service} must be between 1 and {high}.</source>
        <translation>Количество для «{service}» должно быть от 1 до {high}.</translation>
    </message>
    <message>
        <source>Please choose where the person was referred to.</source>
        <translation>Выберите, куда направлен человек.</translation>
    </message>
    <message>
        <source>This referral destination is no longer in use.</source>
        <translation>Это место направления больше не используется.</translation>
    </message>
    <message>
        <source>This visit does not exist.</source>
        <translation>Такого визита нет.</translation>
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
        <translation>Этот список нельзя так отсортировать.</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
</context>
</TS>
