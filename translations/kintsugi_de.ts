<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kintsugi</source>
        <translation>Über Kintsugi</translation>
    </message>
    <message>
        <source>Blameless failure stories, incident postmortems and team retrospectives.</source>
        <translation>Fehlergeschichten, Incident-Postmortems und Team-Retrospektiven ohne Schuldzuweisung.</translation>
    </message>
    <message>
        <source>Kintsugi is the Japanese art of mending broken pottery with gold: the break becomes part of the object&apos;s history instead of something to hide.</source>
        <translation>Kintsugi ist die japanische Kunst, zerbrochene Keramik mit Gold zu reparieren: Der Bruch wird Teil der Geschichte des Gegenstands, statt etwas zu sein, das man versteckt.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and SQLite %2. Released under the MIT licence.</source>
        <extracomment>%1 Qt version, %2 SQLite version</extracomment>
        <translation>Erstellt mit Qt %1 und SQLite %2. Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Kintsugi command line: blameless failure stories and postmortems.</source>
        <translation>Kintsugi-Kommandozeile: Fehlergeschichten und Postmortems ohne Schuldzuweisung.</translation>
    </message>
    <message>
        <source>The library file (default: %1).</source>
        <translation>Die Bibliotheksdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>list: one story a line (id, status, title)
check: integrity checks and the schema version</source>
        <translation>list: eine Geschichte pro Zeile (ID, Status, Titel)
check: Integritätsprüfungen und die Schemaversion</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown command “%1”; try --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Kintsugi: %2)</source>
        <translation>Schemaversion: %1 (diese Kintsugi-Version: %2)</translation>
    </message>
    <message>
        <source>The library will be upgraded when Kintsugi opens it for writing.</source>
        <translation>Die Bibliothek wird aktualisiert, sobald Kintsugi sie zum Schreiben öffnet.</translation>
    </message>
    <message>
        <source>Access: read-only</source>
        <translation>Zugriff: schreibgeschützt</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Geschichten: %1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrität: OK</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>“%1” has problems: %2.</source>
        <translation>„%1“ hat Probleme: %2.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>New story</source>
        <translation>Neue Geschichte</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>%1 is the title of the story that was duplicated</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate story</source>
        <translation>Geschichte duplizieren</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Geschichte löschen</translation>
    </message>
</context>
<context>
    <name>LibraryDatabase</name>
    <message>
        <source>“%1” is an empty file, not a Kintsugi library.</source>
        <translation>„%1“ ist eine leere Datei, keine Kintsugi-Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kintsugi library: it is not an SQLite database.</source>
        <translation>„%1“ ist keine Kintsugi-Bibliothek: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 bytes).</source>
        <translation>„%1“ ist beschädigt: Die Datei ist unvollständig (%2 Byte).</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is invalid.</source>
        <translation>„%1“ ist beschädigt: Der Dateikopf ist ungültig.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 bytes is not a whole number of pages).</source>
        <translation>„%1“ ist beschädigt: Die Datei ist unvollständig (%2 Byte ergeben keine ganze Anzahl von Seiten).</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>„%1“ ist beschädigt: Die Datei ist unvollständig (%2 von %3 Byte).</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a database: %2</source>
        <translation>„%1“ ist beschädigt oder keine Datenbank: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kintsugi library: it is an SQLite database of another application.</source>
        <translation>„%1“ ist keine Kintsugi-Bibliothek: Die Datei ist eine SQLite-Datenbank einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kintsugi (schema version %2; this version reads up to %3). Update Kintsugi to open it. The file was not changed.</source>
        <translation>„%1“ wurde von einer neueren Kintsugi-Version geschrieben (Schemaversion %2; diese Version liest bis Schemaversion %3). Aktualisieren Sie Kintsugi, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it has no schema version.</source>
        <translation>„%1“ ist beschädigt: Die Datei hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the table “%2” is missing.</source>
        <translation>„%1“ ist beschädigt: Die Tabelle „%2“ fehlt.</translation>
    </message>
    <message>
        <source>The library is read-only; changes cannot be saved.</source>
        <translation>Die Bibliothek ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>Es wurde keine Bibliotheksdatei angegeben.</translation>
    </message>
    <message>
        <source>The library “%1” does not exist.</source>
        <translation>Die Bibliothek „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>Der Ordner für „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Kintsugi library.</source>
        <translation>„%1“ ist ein Ordner, keine Kintsugi-Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Kintsugi library.</source>
        <translation>„%1“ ist eine leere Datenbank, keine Kintsugi-Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” is read-only and uses an older schema version (%2) that must be upgraded before Kintsugi can open it.</source>
        <translation>„%1“ ist schreibgeschützt und verwendet eine ältere Schemaversion (%2), die aktualisiert werden muss, bevor Kintsugi die Datei öffnen kann.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing: %2</source>
        <translation>„%1“ kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be prepared: %2 The file was left as it was.</source>
        <translation>„%1“ konnte nicht vorbereitet werden: %2 Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Row %1 of table “%2” refers to a missing row in “%3”.</source>
        <translation>Zeile %1 der Tabelle „%2“ verweist auf eine fehlende Zeile in „%3“.</translation>
    </message>
    <message>
        <source>The search index does not match the stories (%1 index rows for %2 stories).</source>
        <translation>Der Suchindex passt nicht zu den Geschichten (%1 Indexzeilen für %2 Geschichten).</translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Der Suchindex ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search stories (Ctrl+F)</source>
        <translation>Geschichten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kintsugi</source>
        <translation>Kintsugi</translation>
    </message>
    <message>
        <source>This library is read-only. You can read and search it, but not change it.</source>
        <translation>Diese Bibliothek ist schreibgeschützt. Sie können sie lesen und durchsuchen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>D&amp;uplicate Story</source>
        <translation>Geschichte d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Story…</source>
        <translation>Geschichte &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;About Kintsugi</source>
        <translation>Ü&amp;ber Kintsugi</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot open library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 [read-only] — Kintsugi</source>
        <translation>%1 [schreibgeschützt] — Kintsugi</translation>
    </message>
    <message>
        <source>%1 — Kintsugi</source>
        <translation>%1 — Kintsugi</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Story duplicated.</source>
        <translation>Geschichte dupliziert.</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? You can bring it back with Edit ▸ Undo.</source>
        <translation>„%1“ löschen? Mit Bearbeiten ▸ Rückgängig können Sie die Geschichte wiederherstellen.</translation>
    </message>
    <message>
        <source>Story deleted. Edit ▸ Undo brings it back.</source>
        <translation>Geschichte gelöscht. Mit Bearbeiten ▸ Rückgängig lässt sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Kintsugi libraries (*.kintsugi);;All files (*)</source>
        <translation>Kintsugi-Bibliotheken (*.kintsugi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This library is open. Choose another file name.</source>
        <translation>Diese Bibliothek ist gerade geöffnet. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” exists and could not be moved to the trash: %2</source>
        <translation>„%1“ existiert bereits und konnte nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1 describes the change, e.g. &quot;Typing in Summary&quot;</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1 describes the change, e.g. &quot;Typing in Summary&quot;</extracomment>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 Geschichten</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Unsaved typing</source>
        <translation>Nicht gespeicherte Eingaben</translation>
    </message>
    <message>
        <source>Some of your latest typing could not be saved (see the status bar). Close anyway and lose it?</source>
        <translation>Einige Ihrer letzten Eingaben konnten nicht gespeichert werden (siehe Statusleiste). Trotzdem schließen und diese Eingaben verwerfen?</translation>
    </message>
</context>
<context>
    <name>SampleStory</name>
    <message>
        <source>The day our downloads played music</source>
        <comment>sample story title</comment>
        <translation>Der Tag, an dem unsere Downloads Musik spielten</translation>
    </message>
    <message>
        <source>Release team</source>
        <comment>sample story author (a team, not a person)</comment>
        <translation>Release-Team</translation>
    </message>
    <message>
        <source>Site reliability</source>
        <comment>sample story author (a team, not a person)</comment>
        <translation>Site Reliability</translation>
    </message>
    <message>
        <source>release</source>
        <comment>sample story tag; lowercase, no spaces</comment>
        <translation>release</translation>
    </message>
    <message>
        <source>downloads</source>
        <comment>sample story tag; lowercase, no spaces</comment>
        <translation>downloads</translation>
    </message>
    <message>
        <source>test-vs-production</source>
        <comment>sample story tag; lowercase, no spaces</comment>
        <translation>test-vs-produktion</translation>
    </message>
    <message>
        <source>On Friday 15 March 2024, for about 40 minutes, the installers on our public download page were replaced by the installer of a third-party music player. A developer on the release team was testing the upload step of our release script, using the music-player installer as a stand-in test file. The script&apos;s default target was the production downloads bucket, so the test upload overwrote the real installers, and customers who downloaded our product during that window received a music player instead.

Support spotted the problem from customer emails, the developer recognised the file and raised the alarm straight away, and we restored the real installers from the build server 17 minutes after detection. This story is about how our release tooling made this mix-up easy, and what we are changing so that test and production stay clearly separated.</source>
        <comment>sample story, Summary section; Markdown</comment>
        <translation>Am Freitag, dem 15. März 2024, waren die Installer auf unserer öffentlichen Download-Seite etwa 40 Minuten lang durch den Installer eines Musikplayers eines Drittanbieters ersetzt. Ein Mitglied des Release-Teams testete den Upload-Schritt unseres Release-Skripts und verwendete dabei den Installer des Musikplayers als Platzhalter-Testdatei. Das Standardziel des Skripts war der Produktiv-Bucket für Downloads. Deshalb überschrieb der Test-Upload die echten Installer, und wer in diesem Zeitraum unser Produkt herunterlud, erhielt stattdessen einen Musikplayer.

Der Support bemerkte das Problem anhand von Kunden-E-Mails, das Teammitglied erkannte die Datei und schlug sofort Alarm, und 17 Minuten nach der Erkennung hatten wir die echten Installer vom Build-Server wiederhergestellt. Diese Geschichte handelt davon, wie leicht unsere Release-Werkzeuge diese Verwechslung gemacht haben und was wir ändern, damit Test und Produktion klar getrennt bleiben.</translation>
    </message>
    <message>
        <source>- **Duration:** about 43 minutes (14:05 to 14:48 UTC) during which the download page served the wrong file.
- **Customers:** roughly 120 downloads of the music-player installer instead of our product, estimated from the CDN logs.
- **Support:** 9 customer emails, each answered personally with a link to the right installer.
- **Trust:** some customers were understandably worried that our site had been compromised. We explained what happened on the status page the same afternoon.
- **Data:** no customer data was exposed, and the file that was served was a legitimate, signed application.
- **Release:** we postponed the next release to the following Monday, to give the team room to review the release tooling calmly.</source>
        <comment>sample story, Impact section; Markdown</comment>
        <translation>- **Dauer:** etwa 43 Minuten (14:05 bis 14:48 UTC), in denen die Download-Seite die falsche Datei auslieferte.
- **Kundschaft:** rund 120 Downloads des Musikplayer-Installers statt unseres Produkts, geschätzt anhand der CDN-Logs.
- **Support:** 9 Kunden-E-Mails, jede persönlich beantwortet, mit einem Link zum richtigen Installer.
- **Vertrauen:** Einige Kundinnen und Kunden befürchteten verständlicherweise, dass unsere Website kompromittiert worden war. Wir haben noch am selben Nachmittag auf der Statusseite erklärt, was passiert war.
- **Daten:** Es wurden keine Kundendaten offengelegt, und die ausgelieferte Datei war eine legitime, signierte Anwendung.
- **Release:** Wir haben das nächste Release auf den darauffolgenden Montag verschoben, damit das Team die Release-Werkzeuge in Ruhe überprüfen konnte.</translation>
    </message>
    <message>
        <source>We were preparing to automate the upload step of our release script. A developer on the release team was testing the new step from their workstation. To keep the test fast, they used an installer they had at hand, a freely available music player, as the test file, and gave it the same file names as our real installers so that the script&apos;s checks would pass.

The script&apos;s `--target` option defaults to the production downloads bucket, and the workstation held the release credentials, which can write to every bucket. When the test ran at 14:05 UTC without an explicit target, the upload went to `s3://downloads-prod/` and replaced the installers behind our public download page. Nothing in the output mentioned production: it reported a successful upload, exactly as a test run would.</source>
        <comment>sample story, Trigger section; Markdown. Keep `--target` and the bucket name as they are.</comment>
        <translation>Wir bereiteten gerade die Automatisierung des Upload-Schritts in unserem Release-Skript vor. Ein Mitglied des Release-Teams testete den neuen Schritt an seinem Arbeitsplatzrechner. Damit der Test schnell ging, diente ein gerade greifbarer Installer, ein frei verfügbarer Musikplayer, als Testdatei. Er bekam dieselben Dateinamen wie unsere echten Installer, damit die Prüfungen des Skripts bestanden wurden.

Die Option `--target` des Skripts zeigt standardmäßig auf den Produktiv-Bucket für Downloads, und auf dem Arbeitsplatzrechner lagen die Release-Zugangsdaten, mit denen man in jeden Bucket schreiben kann. Als der Test um 14:05 UTC ohne explizites Ziel lief, ging der Upload nach `s3://downloads-prod/` und ersetzte die Installer hinter unserer öffentlichen Download-Seite. Nichts in der Ausgabe wies auf die Produktion hin: Sie meldete einen erfolgreichen Upload, genau wie bei einem Testlauf.</translation>
    </message>
    <message>
        <source>At 14:24 UTC the first customer email arrived, asking why our installer had opened a music player. Two similar emails followed within minutes. At 14:31 the support team confirmed the behaviour by downloading the file themselves and posted the report in the release team channel.

The developer recognised the music player as their test file and immediately wrote in the channel that their upload test had probably gone to production. That message turned a puzzling report into a clear diagnosis in about two minutes.

We had no automated check on the files behind the download page, so detection depended on customers taking the time to write to us. It took 26 minutes from the upload to detection.</source>
        <comment>sample story, Detection section; Markdown</comment>
        <translation>Um 14:24 UTC traf die erste Kunden-E-Mail ein, in der gefragt wurde, warum unser Installer einen Musikplayer geöffnet hatte. Innerhalb weniger Minuten folgten zwei ähnliche E-Mails. Um 14:31 bestätigte das Support-Team das Verhalten, indem es die Datei selbst herunterlud, und meldete den Fall im Kanal des Release-Teams.

Das Teammitglied erkannte den Musikplayer als seine Testdatei und schrieb sofort in den Kanal, dass sein Upload-Test wahrscheinlich in der Produktion gelandet war. Diese Nachricht machte aus einer rätselhaften Meldung in etwa zwei Minuten eine klare Diagnose.

Wir hatten keine automatische Prüfung der Dateien hinter der Download-Seite, daher hing die Erkennung davon ab, dass sich Kundinnen und Kunden die Zeit nahmen, uns zu schreiben. Vom Upload bis zur Erkennung vergingen 26 Minuten.</translation>
    </message>
    <message>
        <source>Once we knew what had happened, the fix took minutes. The build server keeps the artifacts of every release, so we uploaded the real installers again from there:

```bash
# On the build server: restore the installers of the current release
aws s3 cp artifacts/release-5.2.1/ s3://downloads-prod/ --recursive
```

Then we:

- compared the checksums of the uploaded files with the release manifest;
- purged the CDN cache for the download paths, so that no edge server kept serving the music player;
- posted a notice on the status page explaining that downloads between 14:05 and 14:48 UTC had served the wrong file, with a link to the right one.

Downloads were correct again at 14:48 UTC. Support then replied to every customer who had written in.</source>
        <comment>sample story, Resolution section; Markdown. Only the comment line inside the ```bash block may be translated; keep the command as it is.</comment>
        <translation>Sobald wir wussten, was passiert war, war das Problem in wenigen Minuten behoben. Der Build-Server bewahrt die Artefakte jedes Releases auf, also haben wir die echten Installer von dort erneut hochgeladen:

```bash
# Auf dem Build-Server: die Installer des aktuellen Releases wiederherstellen
aws s3 cp artifacts/release-5.2.1/ s3://downloads-prod/ --recursive
```

Anschließend haben wir:

- die Prüfsummen der hochgeladenen Dateien mit dem Release-Manifest verglichen;
- den CDN-Cache für die Download-Pfade geleert, damit kein Edge-Server weiter den Musikplayer auslieferte;
- auf der Statusseite einen Hinweis veröffentlicht, der erklärte, dass Downloads zwischen 14:05 und 14:48 UTC die falsche Datei geliefert hatten, mit einem Link zur richtigen.

Um 14:48 UTC waren die Downloads wieder korrekt. Danach antwortete der Support allen Kundinnen und Kunden, die uns geschrieben hatten.</translation>
    </message>
    <message>
        <source>We used the 5 Whys to look past the moment of the upload and into the system around it.

1. **Why did customers download a music player?** Because a test of the release script&apos;s upload step replaced the installers in the production downloads bucket with a test file.
2. **Why did a test upload reach production?** Because the upload script pointed at the production bucket.
3. **Why did it point at production?** Because the script&apos;s default target was production, and tests used the same credentials as real releases, so nothing stopped or questioned the upload.
4. **Why did tests share a default and credentials with releases?** Because we have no separate test environment for releases: no test bucket, no test CDN path, no test credentials.
5. **Why is there no test environment?** Because our release tooling grew ad hoc, one script at a time, and a safe way to test it was never part of its design.

The root cause lies in our system: the tooling made the production path the easiest one to take, even during a test.</source>
        <comment>sample story, Root causes section; Markdown numbered list (5 Whys)</comment>
        <translation>Wir haben die 5-Why-Methode genutzt, um über den Moment des Uploads hinaus auf das System drumherum zu blicken.

1. **Warum haben Kunden einen Musikplayer heruntergeladen?** Weil ein Test des Upload-Schritts im Release-Skript die Installer im Produktiv-Bucket für Downloads durch eine Testdatei ersetzt hat.
2. **Warum hat ein Test-Upload die Produktion erreicht?** Weil das Upload-Skript auf den Produktiv-Bucket zeigte.
3. **Warum zeigte es auf die Produktion?** Weil das Standardziel des Skripts die Produktion war und Tests dieselben Zugangsdaten verwendeten wie echte Releases, sodass nichts den Upload aufhielt oder hinterfragte.
4. **Warum teilten sich Tests den Standardwert und die Zugangsdaten mit Releases?** Weil wir keine separate Testumgebung für Releases haben: keinen Test-Bucket, keinen Test-CDN-Pfad, keine Test-Zugangsdaten.
5. **Warum gibt es keine Testumgebung?** Weil unsere Release-Werkzeuge ad hoc gewachsen sind, ein Skript nach dem anderen, und eine sichere Möglichkeit, sie zu testen, nie Teil ihres Designs war.

Die Grundursache liegt in unserem System: Die Werkzeuge machten den Weg in die Produktion zum einfachsten, selbst während eines Tests.</translation>
    </message>
    <message>
        <source>- The developer raised the alarm in the team channel the moment they recognised the file. Saying &quot;I think this was my test&quot; in front of the whole team takes courage, and it saved us a long investigation. We thanked them for it on the day, and we thank them again here.
- Rollback took minutes: the build server keeps every release&apos;s artifacts, so known-good installers were ready to upload.
- Support escalated quickly and confirmed the problem themselves before asking for help.
- The status page notice went out right after the fix, and several customers told us they appreciated the openness.
- The conversation stayed calm and curious: we focused on what happened and why, not on who.</source>
        <comment>sample story, What went well section; Markdown</comment>
        <translation>- Das Teammitglied schlug im Team-Kanal Alarm, sobald es die Datei erkannt hatte. Vor dem ganzen Team zu sagen „Ich glaube, das war mein Test“, erfordert Mut, und es hat uns eine lange Untersuchung erspart. Wir haben uns noch am selben Tag dafür bedankt, und wir bedanken uns hier noch einmal.
- Das Rollback dauerte nur Minuten: Der Build-Server bewahrt die Artefakte jedes Releases auf, daher lagen nachweislich funktionierende Installer zum Hochladen bereit.
- Der Support eskalierte schnell und bestätigte das Problem selbst, bevor er um Hilfe bat.
- Der Hinweis auf der Statusseite ging direkt nach der Behebung online, und mehrere Kundinnen und Kunden sagten uns, dass sie die Offenheit zu schätzen wussten.
- Das Gespräch blieb ruhig und neugierig: Wir haben uns darauf konzentriert, was passiert ist und warum, nicht darauf, wer es war.</translation>
    </message>
    <message>
        <source>- The upload script defaulted to production, and its output looked the same for a test run and a real release.
- The same credentials could write to every bucket, so there was no barrier between testing and releasing.
- Nothing monitored the files behind the download page (for example by comparing checksums with the release manifest), so customers found the problem before we did.
- The CDN kept serving the cached music player after the bucket was fixed. Purging it was not in any runbook, so we looked up the steps during the incident.
- Using a real third-party installer as test data made the incident more confusing for customers than a clearly labelled dummy file would have.</source>
        <comment>sample story, What went wrong section; Markdown</comment>
        <translation>- Das Upload-Skript zielte standardmäßig auf die Produktion, und seine Ausgabe sah bei einem Testlauf genauso aus wie bei einem echten Release.
- Dieselben Zugangsdaten konnten in jeden Bucket schreiben, es gab also keine Barriere zwischen Testen und Veröffentlichen.
- Nichts überwachte die Dateien hinter der Download-Seite (zum Beispiel durch einen Abgleich der Prüfsummen mit dem Release-Manifest), daher bemerkten Kunden das Problem vor uns.
- Das CDN lieferte den zwischengespeicherten Musikplayer weiter aus, nachdem der Bucket bereits korrigiert war. Das Leeren des CDN-Caches stand in keinem Runbook, daher haben wir die Schritte während des Incidents nachgeschlagen.
- Dass ein echter Installer eines Drittanbieters als Testdaten diente, machte den Incident für Kunden verwirrender, als es eine klar gekennzeichnete Dummy-Datei getan hätte.</translation>
    </message>
    <message>
        <source>- The test file was a legitimate, signed, harmless music-player installer, not malware. Had it been an unsigned or malicious file, this would have been a security incident for every customer who ran it.
- It happened on a quiet Friday afternoon, when download traffic is among the lowest of the week and the team was still around to respond.
- The developer was online and reading the channel when support posted, so the link between the report and the test was made almost at once.
- No release announcement went out that day, so no newsletter sent customers to the download page while it served the wrong file.</source>
        <comment>sample story, Where we got lucky section; Markdown</comment>
        <translation>- Die Testdatei war ein legitimer, signierter, harmloser Musikplayer-Installer, keine Schadsoftware. Wäre es eine unsignierte oder bösartige Datei gewesen, wäre dies für alle Kundinnen und Kunden, die sie ausgeführt haben, ein Sicherheitsvorfall gewesen.
- Es geschah an einem ruhigen Freitagnachmittag, an dem der Download-Traffic zu den niedrigsten der Woche gehört und das Team noch da war, um zu reagieren.
- Das Teammitglied war online und las im Kanal mit, als der Support die Meldung postete, sodass der Zusammenhang zwischen der Meldung und dem Test fast sofort hergestellt war.
- An diesem Tag ging keine Release-Ankündigung hinaus, daher schickte kein Newsletter Kunden auf die Download-Seite, während sie die falsche Datei auslieferte.</translation>
    </message>
    <message>
        <source>**The lesson:** keep production and test clearly separated, so that the easy path during a test can never reach customers.

Follow-up actions:

- Create a separate test bucket and make it the upload script&apos;s default target.
- Issue separate credentials for testing and for releasing; release credentials live only on the build server.
- Before any production upload, show the target bucket and ask the operator to type `PRODUCTION` to confirm.
- Compare the files behind the download page with the release manifest every 5 minutes and alert on a mismatch.
- Add the CDN purge to the rollback runbook, and provide labelled dummy files for upload tests.

**Timeline (UTC):** 14:05 test upload replaces the installers; 14:24 first customer email; 14:31 support confirms and posts in the team channel; 14:33 cause identified; 14:48 real installers restored and CDN cache purged.</source>
        <comment>sample story, Supporting information section; Markdown. Keep `PRODUCTION` in English: it is what the script asks to type.</comment>
        <translation>**Die Lehre:** Produktion und Test klar voneinander trennen, damit der bequeme Weg während eines Tests nie die Kundschaft erreichen kann.

Folgemaßnahmen:

- Einen separaten Test-Bucket anlegen und ihn zum Standardziel des Upload-Skripts machen.
- Getrennte Zugangsdaten für Tests und für Releases ausgeben; Release-Zugangsdaten liegen nur auf dem Build-Server.
- Vor jedem Upload in die Produktion den Ziel-Bucket anzeigen und die ausführende Person zur Bestätigung `PRODUCTION` eintippen lassen.
- Die Dateien hinter der Download-Seite alle 5 Minuten mit dem Release-Manifest abgleichen und bei Abweichungen alarmieren.
- Das Leeren des CDN-Caches in das Rollback-Runbook aufnehmen und gekennzeichnete Dummy-Dateien für Upload-Tests bereitstellen.

**Zeitleiste (UTC):** 14:05 Test-Upload ersetzt die Installer; 14:24 erste Kunden-E-Mail; 14:31 Support bestätigt und meldet im Team-Kanal; 14:33 Ursache erkannt; 14:48 echte Installer wiederhergestellt und CDN-Cache geleert.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>Aktualisierung auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>People</source>
        <comment>cause category</comment>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Process</source>
        <comment>cause category</comment>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Tools</source>
        <comment>cause category</comment>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Environment</source>
        <comment>cause category</comment>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>cause category</comment>
        <translation>Kommunikation</translation>
    </message>
</context>
<context>
    <name>SetSectionCommand</name>
    <message>
        <source>Typing in %1</source>
        <extracomment>%1 is a section title such as &quot;Impact&quot;</extracomment>
        <translation>Eingabe in „%1“</translation>
    </message>
</context>
<context>
    <name>SetStoryFieldCommand</name>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a field name such as &quot;title&quot;</extracomment>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SqlUtil</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Detected before the incident started.</source>
        <translation>Erkannt, bevor der Incident begann.</translation>
    </message>
    <message>
        <source>Resolved before it was detected.</source>
        <translation>Behoben, bevor er erkannt wurde.</translation>
    </message>
    <message>
        <source>Resolved before the incident started.</source>
        <translation>Behoben, bevor der Incident begann.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Select a story in the list, or create one with Story ▸ New Story (Ctrl+N).</source>
        <translation>Wählen Sie eine Geschichte in der Liste aus oder erstellen Sie eine mit Geschichte ▸ Neue Geschichte (Strg+N).</translation>
    </message>
    <message>
        <source>Title: what happened, in a few words</source>
        <translation>Titel: Was ist passiert, in wenigen Worten</translation>
    </message>
    <message>
        <source>Draft → In review → Published, one step at a time.</source>
        <translation>Entwurf → In Prüfung → Veröffentlicht, immer einen Schritt nach dem anderen.</translation>
    </message>
    <message>
        <source>SEV1 is the most severe.</source>
        <translation>SEV1 ist der höchste Schweregrad.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Erkannt:</translation>
    </message>
    <message>
        <source>Res&amp;olved:</source>
        <translation>Be&amp;hoben:</translation>
    </message>
    <message>
        <source>Names or teams, separated by commas</source>
        <translation>Namen oder Teams, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>A&amp;utoren:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Time to detect: %1</source>
        <translation>Zeit bis zur Erkennung: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Time to resolve: %1</source>
        <translation>Zeit bis zur Behebung: %1</translation>
    </message>
    <message>
        <source>Created %1 · modified %2</source>
        <extracomment>%1 and %2 are dates with times</extracomment>
        <translation>Angelegt %1 · geändert %2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>when the incident started</comment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>StoryRules</name>
    <message>
        <source>Draft</source>
        <comment>story status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>story status</comment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <comment>story status</comment>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failure story</source>
        <comment>story kind</comment>
        <translation>Fehlergeschichte</translation>
    </message>
    <message>
        <source>Incident postmortem</source>
        <comment>story kind</comment>
        <translation>Incident-Postmortem</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no severity</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schieflief</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>Supporting information</source>
        <translation>Ergänzende Informationen</translation>
    </message>
    <message>
        <source>What happened, in two or three sentences?</source>
        <translation>Was ist passiert, in zwei oder drei Sätzen?</translation>
    </message>
    <message>
        <source>Who and what was affected, for how long, and how badly?</source>
        <translation>Wer und was war betroffen, wie lange und wie stark?</translation>
    </message>
    <message>
        <source>What change or event set it off?</source>
        <translation>Welche Änderung oder welches Ereignis hat es ausgelöst?</translation>
    </message>
    <message>
        <source>How did we find out? Alert, customer, colleague?</source>
        <translation>Wie haben wir davon erfahren? Durch einen Alarm, eine Kundenmeldung, aus dem Team?</translation>
    </message>
    <message>
        <source>What did we do to end the impact?</source>
        <translation>Was haben wir getan, um die Auswirkungen zu beenden?</translation>
    </message>
    <message>
        <source>Why did it happen? Ask &quot;why?&quot; until you reach the system, not a person.</source>
        <translation>Warum ist es passiert? Fragen Sie so lange „Warum?“, bis Sie beim System ankommen, nicht bei einer Person.</translation>
    </message>
    <message>
        <source>What helped? What should we keep doing?</source>
        <translation>Was hat geholfen? Was sollten wir beibehalten?</translation>
    </message>
    <message>
        <source>What made it worse or slower?</source>
        <translation>Was hat es schlimmer gemacht oder verzögert?</translation>
    </message>
    <message>
        <source>What saved us this time that we cannot count on next time?</source>
        <translation>Was hat uns diesmal gerettet, worauf wir uns beim nächsten Mal nicht verlassen können?</translation>
    </message>
    <message>
        <source>Links, graphs, logs and anything else a reader may need.</source>
        <translation>Links, Diagramme, Logs und alles andere, was Lesende brauchen könnten.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Startzeitpunkt</translation>
    </message>
    <message>
        <source>detection time</source>
        <translation>Erkennungszeitpunkt</translation>
    </message>
    <message>
        <source>resolution time</source>
        <translation>Behebungszeitpunkt</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration in days and hours</comment>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration in minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 Sek.</translation>
    </message>
</context>
<context>
    <name>StoryStore</name>
    <message>
        <source>Story %1 does not exist.</source>
        <translation>Geschichte %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A story cannot go from “%1” to “%2”.</source>
        <translation>Eine Geschichte kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Blameless failure stories and postmortems.</source>
        <translation>Fehlergeschichten und Postmortems ohne Schuldzuweisung.</translation>
    </message>
    <message>
        <source>Open the library file &lt;path&gt;.</source>
        <translation>Die Bibliotheksdatei &lt;Pfad&gt; öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Show the main window, save a PNG picture of it to &lt;file&gt; and quit.</source>
        <translation>Das Hauptfenster anzeigen, ein PNG-Bild davon in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>could not save the screenshot to “%1”</source>
        <translation>Screenshot konnte nicht unter „%1“ gespeichert werden</translation>
    </message>
</context>
</TS>
