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
    <message>
        <source>none, plain monospace</source>
        <translation>keine, einfache Festbreitenschrift</translation>
    </message>
    <message>
        <source>Code highlighting: %1</source>
        <extracomment>%1 names the engine, or says that code is shown without colours</extracomment>
        <translation>Code-Hervorhebung: %1</translation>
    </message>
</context>
<context>
    <name>ActionItemDelegate</name>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Delete clears the due date.</source>
        <translation>Entf löscht das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Who follows it through</source>
        <translation>Wer es zu Ende bringt</translation>
    </message>
    <message>
        <source>https://tracker.example/TICKET-1</source>
        <translation>https://tracker.example/TICKET-1</translation>
    </message>
</context>
<context>
    <name>ActionItemLifecycleCommand</name>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
</context>
<context>
    <name>ActionItemModel</name>
    <message>
        <source>(untitled cause)</source>
        <extracomment>a linked cause node without a statement</extracomment>
        <translation>(Ursache ohne Titel)</translation>
    </message>
    <message>
        <source>Ctrl+Enter opens the ticket in the browser.</source>
        <translation>Strg+Eingabe öffnet das Ticket im Browser.</translation>
    </message>
    <message>
        <source>Not linked to a cause. Press Ctrl+L to link it.</source>
        <translation>Mit keiner Ursache verknüpft. Strg+L verknüpft sie.</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>column header: what the action item is</extracomment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column header: mitigate, prevent, detect, process</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Linked causes</source>
        <extracomment>column header: the cause nodes a lesson or action item is linked to</extracomment>
        <translation>Verknüpfte Ursachen</translation>
    </message>
</context>
<context>
    <name>ActionItemsPage</name>
    <message>
        <source>Add Act&amp;ion</source>
        <translation>Maßnahme hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Link to Causes…</source>
        <translation>Mit Ursachen &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Open &amp;Ticket</source>
        <translation>Ticket ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items&lt;/b&gt;: what we will do, who owns it, and by when.</source>
        <translation>&lt;b&gt;Maßnahmen&lt;/b&gt;: was wir tun, wer verantwortlich ist und bis wann.</translation>
    </message>
    <message>
        <source>No action items yet. Press Insert (or Add Action) to add one: an owner and a due date make it happen.</source>
        <translation>Noch keine Maßnahmen. Einfg (oder „Maßnahme hinzufügen“) legt eine an: Eine verantwortliche Person und ein Fälligkeitsdatum sorgen dafür, dass sie umgesetzt wird.</translation>
    </message>
    <message>
        <source>Adds an action item below the current one (Insert).</source>
        <translation>Fügt eine Maßnahme unter der aktuellen hinzu (Einfg).</translation>
    </message>
    <message>
        <source>Removes the current action item (Delete).</source>
        <translation>Entfernt die aktuelle Maßnahme (Entf).</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>Links the action item to causes in the cause tree (Ctrl+L).</source>
        <translation>Verknüpft die Maßnahme mit Ursachen im Ursachenbaum (Strg+L).</translation>
    </message>
    <message>
        <source>Opens the ticket in the browser (Ctrl+Enter).</source>
        <translation>Öffnet das Ticket im Browser (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>%1 open</source>
        <extracomment>the number of open action items of a story</extracomment>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>appended to &quot;%1 open&quot; on the action items page</extracomment>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>(untitled cause)</source>
        <translation>(Ursache ohne Titel)</translation>
    </message>
    <message>
        <source>“%1” (&lt;a href=&quot;cause:%2&quot;&gt;add an action&lt;/a&gt;)</source>
        <extracomment>%1 is a root cause&apos;s statement; the link adds an action item for it</extracomment>
        <translation>„%1“ (&lt;a href=&quot;cause:%2&quot;&gt;Maßnahme hinzufügen&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>%1 is a root cause&apos;s statement</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No action item addresses this root cause: %1</source>
        <translation>Keine Maßnahme geht diese Grundursache an: %1</translation>
    </message>
    <message>
        <source>No action item addresses these root causes: %1</source>
        <translation>Keine Maßnahme geht diese Grundursachen an: %1</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>status of an action item</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>status of an action item</extracomment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>status of an action item</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won’t do</source>
        <extracomment>status of an action item: the team decided not to do it</extracomment>
        <translation>Wird nicht gemacht</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <extracomment>type of an action item</extracomment>
        <translation>Abmildern</translation>
    </message>
    <message>
        <source>Prevent</source>
        <extracomment>type of an action item</extracomment>
        <translation>Verhindern</translation>
    </message>
    <message>
        <source>Detect</source>
        <extracomment>type of an action item</extracomment>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Process</source>
        <extracomment>type of an action item</extracomment>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Makes the impact smaller when it happens again.</source>
        <translation>Verringert die Auswirkungen, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Keeps it from happening again.</source>
        <translation>Verhindert, dass es wieder passiert.</translation>
    </message>
    <message>
        <source>Lets us notice it sooner.</source>
        <translation>Lässt uns es früher bemerken.</translation>
    </message>
    <message>
        <source>Changes how we work.</source>
        <translation>Ändert, wie wir arbeiten.</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>priority of an action item</extracomment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>priority of an action item</extracomment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>priority of an action item</extracomment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>action title</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Titel der Maßnahme</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>due date</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>priority</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>action status</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Status der Maßnahme</translation>
    </message>
    <message>
        <source>action type</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Art der Maßnahme</translation>
    </message>
    <message>
        <source>ticket link</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>Ticket-Link</translation>
    </message>
    <message>
        <source>linked causes</source>
        <extracomment>an action item&apos;s field, used in &quot;Change %1&quot;</extracomment>
        <translation>verknüpfte Ursachen</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>Action item %1 does not exist.</source>
        <translation>Maßnahme %1 existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as https://tracker/TICKET-1.</source>
        <translation>„%1“ ist keine Webadresse wie https://tracker/TICKET-1.</translation>
    </message>
</context>
<context>
    <name>AwardLifecycleCommand</name>
    <message>
        <source>Add award</source>
        <translation>Auszeichnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove award</source>
        <translation>Auszeichnung entfernen</translation>
    </message>
</context>
<context>
    <name>AwardModel</name>
    <message>
        <source>Most instructive mistake</source>
        <extracomment>the default title of a new award in the hall of fame</extracomment>
        <translation>Lehrreichster Fehler</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Award</source>
        <extracomment>the title of an award, e.g. &quot;Most instructive mistake&quot;</extracomment>
        <translation>Auszeichnung</translation>
    </message>
    <message>
        <source>Citation</source>
        <extracomment>why a story earned an award</extracomment>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>AwardStore</name>
    <message>
        <source>Award %1 does not exist.</source>
        <translation>Auszeichnung %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <source>&amp;Add Award</source>
        <translation>Auszeichnung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Award</source>
        <translation>Auszeichnung &amp;entfernen</translation>
    </message>
    <message>
        <source>Celebrate what this story taught: give it an award for the hall of fame of the failure handbook, with a citation saying why.</source>
        <translation>Würdigen Sie, was diese Geschichte gelehrt hat: Geben Sie ihr eine Auszeichnung für die Ruhmeshalle des Fehlerhandbuchs, mit einer Begründung.</translation>
    </message>
    <message>
        <source>Remove Award</source>
        <translation>Auszeichnung entfernen</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>%1. %2</source>
        <extracomment>A board column&apos;s title with its number (the Alt/Ctrl shortcut that adds cards to it).</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%1 (%n cards)</source>
        <extracomment>A group on the retro board: its name and how many cards it holds.</extracomment>
        <translation>
            <numerusform>%1 (%n Karte)</numerusform>
            <numerusform>%1 (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>— %1</source>
        <extracomment>The author of a retro card, shown under its text.</extracomment>
        <translation>— %1</translation>
    </message>
    <message>
        <source>● %1</source>
        <extracomment>Votes (dots) on a retro card, e.g. &quot;● 3&quot;.</extracomment>
        <translation>● %1</translation>
    </message>
</context>
<context>
    <name>CauseCategoriesDialog</name>
    <message>
        <source>Cause Categories</source>
        <translation>Ursachenkategorien</translation>
    </message>
    <message>
        <source>The categories of causes in this library, in the order they are offered.</source>
        <translation>Die Kategorien für Ursachen in dieser Bibliothek, in der angebotenen Reihenfolge.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>Rückgä&amp;ngig</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Wiederh&amp;olen</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
</context>
<context>
    <name>CauseCategoryCommand</name>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Kategorie verschieben</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Kategorie entfernen</translation>
    </message>
</context>
<context>
    <name>CauseDiagramPainter</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Box caption in the cause diagram: %1 is the type (&quot;Root cause&quot;), %2 the category (&quot;Process&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why?</source>
        <extracomment>Shown in an empty box of the cause diagram: the question the box should answer</extracomment>
        <translation>Warum?</translation>
    </message>
</context>
<context>
    <name>CauseDiagramWriter</name>
    <message>
        <source>Cause tree</source>
        <translation>Ursachenbaum</translation>
    </message>
    <message>
        <source>Cause tree exported by Kintsugi</source>
        <translation>Von Kintsugi exportierter Ursachenbaum</translation>
    </message>
    <message>
        <source>Cannot write the SVG drawing.</source>
        <translation>Die SVG-Zeichnung kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The diagram is too large for a picture.</source>
        <translation>Das Diagramm ist zu groß für ein Bild.</translation>
    </message>
</context>
<context>
    <name>CauseItemDelegate</name>
    <message>
        <source>(none)</source>
        <extracomment>The choice for a cause without a category</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Why? Type the answer, then Enter asks the next “Why?”</source>
        <extracomment>Hint in an empty cause statement: the question it answers</extracomment>
        <translation>Warum? Antwort eintippen, dann fragt Eingabe das nächste „Warum?“</translation>
    </message>
    <message>
        <source>What shows it: a graph, a log line, a ticket</source>
        <translation>Was es zeigt: ein Graph, eine Logzeile, ein Ticket</translation>
    </message>
</context>
<context>
    <name>CauseLinkDialog</name>
    <message>
        <source>Link to Causes</source>
        <translation>Mit Ursachen verknüpfen</translation>
    </message>
    <message>
        <source>This story’s cause tree is empty. Add causes on the Root causes page first.</source>
        <translation>Der Ursachenbaum dieser Geschichte ist leer. Fügen Sie zuerst auf der Seite „Grundursachen“ Ursachen hinzu.</translation>
    </message>
    <message>
        <source>&amp;Causes this item answers (Space checks or unchecks):</source>
        <translation>&amp;Ursachen, auf die dieser Eintrag antwortet (Leertaste hakt an oder ab):</translation>
    </message>
    <message>
        <source>(untitled cause)</source>
        <translation>(Ursache ohne Titel)</translation>
    </message>
    <message>
        <source>%1 — root cause</source>
        <extracomment>%1 is the statement of a cause marked as a root cause</extracomment>
        <translation>%1 — Grundursache</translation>
    </message>
</context>
<context>
    <name>CauseNode</name>
    <message>
        <source>Problem</source>
        <comment>cause tree node type</comment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>cause tree node type</comment>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <comment>cause tree node type</comment>
        <translation>Begünstigender Faktor</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>cause tree node type</comment>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>CauseStore</name>
    <message>
        <source>Cause %1 does not exist.</source>
        <translation>Ursache %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cause category %1 does not exist.</source>
        <translation>Ursachenkategorie %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A cause cannot be moved below itself.</source>
        <translation>Eine Ursache kann nicht unter sich selbst verschoben werden.</translation>
    </message>
</context>
<context>
    <name>CauseTreeModel</name>
    <message>
        <source>Evidence: %1</source>
        <extracomment>Tooltip of a cause; %1 is its evidence note</extracomment>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>Problem hinzufügen</translation>
    </message>
    <message>
        <source>Ask “Why?”</source>
        <translation>„Warum?“ fragen</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <source>Move cause</source>
        <translation>Ursache verschieben</translation>
    </message>
    <message>
        <source>Indent cause</source>
        <translation>Ursache einrücken</translation>
    </message>
    <message>
        <source>Outdent cause</source>
        <translation>Ursache ausrücken</translation>
    </message>
</context>
<context>
    <name>CauseTreePage</name>
    <message>
        <source>Add Problem</source>
        <translation>Problem hinzufügen</translation>
    </message>
    <message>
        <source>Start a new tree with the problem to explain</source>
        <translation>Einen neuen Baum mit dem zu erklärenden Problem beginnen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Ask “Why?”: add a cause below the selected node (Enter)</source>
        <translation>„Warum?“ fragen: eine Ursache unter dem ausgewählten Knoten hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Add Sibling</source>
        <translation>Geschwister hinzufügen</translation>
    </message>
    <message>
        <source>Add another cause beside the selected one (Shift+Enter)</source>
        <translation>Eine weitere Ursache neben der ausgewählten hinzufügen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <source>Make it a cause of the node above (Tab)</source>
        <translation>Zur Ursache des Knotens darüber machen (Tab)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <source>Move it up one level (Shift+Tab)</source>
        <translation>Eine Ebene nach oben verschieben (Umschalt+Tab)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the node and everything below it (Delete)</source>
        <translation>Den Knoten mit allem darunter löschen (Entf)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Kategorien …</translation>
    </message>
    <message>
        <source>Edit the library’s cause categories</source>
        <translation>Die Ursachenkategorien der Bibliothek bearbeiten</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <source>Large Text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>Bigger boxes and text, for a projector</source>
        <translation>Größere Kästen und Schrift, für einen Beamer</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG exportieren …</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren …</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG picture</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Type the answer, Enter asks the next “Why?”. Shift+Enter: sibling · Tab / Shift+Tab: indent / outdent · Delete: remove with everything below · Ctrl+Tab: leave the tree</source>
        <translation>Antwort eintippen, Eingabe fragt das nächste „Warum?“. Umschalt+Eingabe: Geschwister · Tab / Umschalt+Tab: einrücken / ausrücken · Entf: mit allem darunter entfernen · Strg+Tab: Baum verlassen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>cause-tree</source>
        <extracomment>Default file name of an exported cause diagram (without extension)</extracomment>
        <translation>ursachenbaum</translation>
    </message>
    <message>
        <source>Export Cause Diagram as SVG</source>
        <translation>Ursachendiagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export Cause Diagram as PNG</source>
        <translation>Ursachendiagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
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
    <message>
        <source>lint: the people involved, as &quot;Name=Role,Name=Role&quot;.</source>
        <translation>lint: die beteiligten Personen, als &quot;Name=Rolle,Name=Rolle&quot;.</translation>
    </message>
    <message>
        <source>list</source>
        <extracomment>the value of the --people option, shown in --help</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>lint needs at least one file; try --help</source>
        <translation>lint braucht mindestens eine Datei; siehe --help</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the reason it cannot be read</extracomment>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>list: one story a line (id, status, title)</source>
        <translation>list: eine Geschichte pro Zeile (ID, Status, Titel)</translation>
    </message>
    <message>
        <source>check: integrity checks and the schema version</source>
        <translation>check: Integritätsprüfungen und die Schemaversion</translation>
    </message>
    <message>
        <source>lint [--people NAME=ROLE,…] FILE...: blameless-language coach over Markdown files, one hit a line as
FILE:LINE:COL: RULE: message (suggestion); exit code 1 when anything is found</source>
        <translation>lint [--people NAME=ROLLE,…] DATEI...: Coach für schuldfreie Sprache über Markdown-Dateien, ein Fund pro Zeile als
DATEI:ZEILE:SPALTE: REGEL: Meldung (Vorschlag); Exit-Code 1, wenn etwas gefunden wird</translation>
    </message>
    <message>
        <source>export --format md|html|json|pdf (--story ID | --all) --output PATH: stories as files (PATH is a folder for several)</source>
        <translation>export --format md|html|json|pdf (--story ID | --all) --output PFAD: Geschichten als Dateien (PFAD ist ein Ordner für mehrere)</translation>
    </message>
    <message>
        <source>search QUERY: matching stories, best first, one a line (id, title, snippet)</source>
        <translation>search SUCHE: passende Geschichten, die besten zuerst, eine je Zeile (ID, Titel, Auszug)</translation>
    </message>
    <message>
        <source>handbook --output FILE.pdf [--status published|all] [--tag TAG]... [--title TEXT] [--anonymize]: the failure handbook as one PDF book</source>
        <translation>handbook --output DATEI.pdf [--status published|all] [--tag SCHLAGWORT]... [--title TEXT] [--anonymize]: das Handbuch der Fehlschläge als ein PDF-Buch</translation>
    </message>
    <message>
        <source>import FILE|DIR...: Markdown postmortems (folders searched for *.md, *.markdown, *.txt) and Kintsugi JSON files as new draft stories; exit code 1 when a file was skipped</source>
        <translation>import DATEI|ORDNER...: Markdown-Postmortems (Ordner werden nach *.md, *.markdown, *.txt durchsucht) und Kintsugi-JSON-Dateien als neue Entwürfe; Exit-Code 1, wenn eine Datei übersprungen wurde</translation>
    </message>
    <message>
        <source>COMMAND --help: the options of one command</source>
        <translation>BEFEHL --help: die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>One story a line: id, status and title.</source>
        <translation>Eine Geschichte pro Zeile: ID, Status und Titel.</translation>
    </message>
    <message>
        <source>Integrity checks of the library and its schema version.</source>
        <translation>Integritätsprüfungen der Bibliothek und ihre Schemaversion.</translation>
    </message>
    <message>
        <source>Blameless-language coach over Markdown files, one hit a line as FILE:LINE:COL: RULE: message (suggestion); exit code 1 when anything is found.</source>
        <translation>Coach für schuldfreie Sprache über Markdown-Dateien, ein Fund pro Zeile als DATEI:ZEILE:SPALTE: REGEL: Meldung (Vorschlag); Exit-Code 1, wenn etwas gefunden wird.</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <source>there is no library “%1”</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>es gibt keine Bibliothek „%1“</translation>
    </message>
    <message>
        <source>Writes stories as files: Markdown, HTML or PDF one file a story (named ID-title.md …), JSON one file for the chosen stories with everything attached (see docs/json-format.md).</source>
        <translation>Schreibt Geschichten als Dateien: Markdown, HTML oder PDF eine Datei je Geschichte (benannt ID-titel.md …), JSON eine Datei für die gewählten Geschichten mit allem, was dazugehört (siehe docs/json-format.md).</translation>
    </message>
    <message>
        <source>md, html, json or pdf.</source>
        <translation>md, html, json oder pdf.</translation>
    </message>
    <message>
        <source>The story with this id (see list).</source>
        <translation>Die Geschichte mit dieser ID (siehe list).</translation>
    </message>
    <message>
        <source>Every story.</source>
        <translation>Alle Geschichten.</translation>
    </message>
    <message>
        <source>Where to write: a folder (created when missing) for several files; for one story or JSON a file name, or a folder to put the file in.</source>
        <translation>Wohin geschrieben wird: ein Ordner (wird bei Bedarf angelegt) für mehrere Dateien; für eine Geschichte oder JSON ein Dateiname oder ein Ordner für die Datei.</translation>
    </message>
    <message>
        <source>unknown format “%1”; use md, html, json or pdf</source>
        <translation>unbekanntes Format „%1“; verwenden Sie md, html, json oder pdf</translation>
    </message>
    <message>
        <source>export needs --format md|html|json|pdf</source>
        <translation>export braucht --format md|html|json|pdf</translation>
    </message>
    <message>
        <source>export needs either --story ID or --all</source>
        <translation>export braucht entweder --story ID oder --all</translation>
    </message>
    <message>
        <source>export needs --output PATH</source>
        <translation>export braucht --output PFAD</translation>
    </message>
    <message>
        <source>“%1” is no story id</source>
        <translation>„%1“ ist keine Geschichten-ID</translation>
    </message>
    <message>
        <source>PDF export is not available in this build of kintsugi-cli</source>
        <translation>PDF-Export ist in dieser Version von kintsugi-cli nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>story %1 skipped: %2</source>
        <extracomment>%1 is a story id, %2 the reason it was not exported</extracomment>
        <translation>Geschichte %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Compiles the failure handbook: a cover, the contents with page numbers, one chapter a story (oldest first) and a hall of fame when stories have awards. Exit code 1 when a story had to be left out.</source>
        <translation>Erstellt das Handbuch der Fehlschläge: ein Titelblatt, das Inhaltsverzeichnis mit Seitenzahlen, ein Kapitel je Geschichte (älteste zuerst) und eine Ruhmeshalle, wenn Geschichten Auszeichnungen haben. Exit-Code 1, wenn eine Geschichte ausgelassen werden musste.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>published (default): published stories only; all: every story.</source>
        <translation>published (Vorgabe): nur veröffentlichte Geschichten; all: alle Geschichten.</translation>
    </message>
    <message>
        <source>Only stories with this tag (repeatable: any of them).</source>
        <translation>Nur Geschichten mit diesem Schlagwort (mehrfach möglich: eines davon).</translation>
    </message>
    <message>
        <source>The book&apos;s title (default: Failure handbook).</source>
        <translation>Der Titel des Buchs (Vorgabe: Handbuch der Fehlschläge).</translation>
    </message>
    <message>
        <source>The organisation named on the cover.</source>
        <translation>Die Organisation auf dem Titelblatt.</translation>
    </message>
    <message>
        <source>An image for the cover.</source>
        <translation>Ein Bild für das Titelblatt.</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 oder letter (Vorgabe: aus den Ländereinstellungen).</translation>
    </message>
    <message>
        <source>Replace the names of the people involved by their roles.</source>
        <translation>Die Namen der Beteiligten durch ihre Rollen ersetzen.</translation>
    </message>
    <message>
        <source>handbook: --output FILE.pdf is required</source>
        <translation>handbook: --output DATEI.pdf ist erforderlich</translation>
    </message>
    <message>
        <source>handbook: --status must be published or all, not “%1”</source>
        <extracomment>%1 is what was given after --status</extracomment>
        <translation>handbook: --status muss published oder all sein, nicht „%1“</translation>
    </message>
    <message>
        <source>handbook: --page-size must be a4 or letter, not “%1”</source>
        <translation>handbook: --page-size muss a4 oder letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>handbook: cannot read the image “%1”</source>
        <translation>handbook: das Bild „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>handbook: PDF needs the graphical Qt libraries</source>
        <translation>handbook: PDF benötigt die grafischen Qt-Bibliotheken</translation>
    </message>
    <message>
        <source>handbook: no story matches; nothing written</source>
        <translation>handbook: keine Geschichte passt; nichts geschrieben</translation>
    </message>
    <message>
        <source>handbook: story %1 left out: %2</source>
        <extracomment>%1 a story id, %2 the reason</extracomment>
        <translation>handbook: Geschichte %1 ausgelassen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stories, %1 pages: %2</source>
        <extracomment>%n stories, %1 the number of pages, %2 the file</extracomment>
        <translation>
            <numerusform>%n Geschichte, %1 Seiten: %2</numerusform>
            <numerusform>%n Geschichten, %1 Seiten: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports Markdown postmortems (Google SRE template, Atlassian- and PagerDuty-style headings, YAML front matter) as new draft stories, one line a file and a summary. Folders are searched for *.md, *.markdown and *.txt; a *.json file named here is read as a Kintsugi library export. A file imported before is skipped. Exit code 0: all imported, 1: some skipped, 2: error.</source>
        <translation>Importiert Markdown-Postmortems (Google-SRE-Vorlage, Überschriften im Stil von Atlassian und PagerDuty, YAML-Front-Matter) als neue Entwürfe, eine Zeile je Datei und eine Zusammenfassung. Ordner werden nach *.md, *.markdown und *.txt durchsucht; eine hier genannte *.json-Datei wird als Kintsugi-Bibliotheksexport gelesen. Eine bereits importierte Datei wird übersprungen. Exit-Code 0: alles importiert, 1: einiges übersprungen, 2: Fehler.</translation>
    </message>
    <message>
        <source>Markdown files, folders or JSON files</source>
        <translation>Markdown-Dateien, Ordner oder JSON-Dateien</translation>
    </message>
    <message>
        <source>import: no file or folder given; try import --help</source>
        <translation>import: keine Datei und kein Ordner angegeben; siehe import --help</translation>
    </message>
    <message>
        <source>no such folder for the library: %1</source>
        <translation>kein solcher Ordner für die Bibliothek: %1</translation>
    </message>
    <message>
        <source>the library is read-only: %1</source>
        <translation>die Bibliothek ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Stories matching every word (as a prefix), best first: one a line as ID&lt;TAB&gt;TITLE&lt;TAB&gt;SNIPPET, the matched words in [brackets]. Exit code 0 also when nothing matches (a note goes to stderr).</source>
        <translation>Geschichten, die jedes Wort (als Wortanfang) enthalten, die besten zuerst: eine je Zeile als ID&lt;TAB&gt;TITEL&lt;TAB&gt;AUSZUG, die gefundenen Wörter in [Klammern]. Exit-Code 0 auch ohne Treffer (ein Hinweis geht nach stderr).</translation>
    </message>
    <message>
        <source>At most this many hits (default 20; 0: all).</source>
        <translation>Höchstens so viele Treffer (Vorgabe 20; 0: alle).</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>Gesuchte Wörter</translation>
    </message>
    <message>
        <source>search needs a query; try --help</source>
        <translation>search braucht eine Suchanfrage; siehe --help</translation>
    </message>
    <message>
        <source>--limit needs a number of 0 or more</source>
        <translation>--limit braucht eine Zahl ab 0</translation>
    </message>
    <message>
        <source>no story matches “%1”</source>
        <translation>keine Geschichte passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>CoachDecorator</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Try:&lt;/i&gt; %3&lt;/p&gt;</source>
        <extracomment>Tooltip of a phrase flagged by the blameless-language coach: %1 rule title, %2 why, %3 a reframe</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Versuchen Sie:&lt;/i&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ignore this phrase</source>
        <translation>Diese Formulierung ignorieren</translation>
    </message>
    <message>
        <source>Switch off rule “%1” for this library</source>
        <extracomment>%1 is the title of a coach rule</extracomment>
        <translation>Regel „%1“ für diese Bibliothek ausschalten</translation>
    </message>
</context>
<context>
    <name>CoachEngine</name>
    <message>
        <source>Cannot read the coach rules “%1”: %2</source>
        <translation>Die Coach-Regeln „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The coach rules are not valid JSON: %1</source>
        <translation>Die Coach-Regeln sind kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>A coach rule has no id or a duplicate id “%1”.</source>
        <translation>Eine Coach-Regel hat keine oder eine doppelte Kennung „%1“.</translation>
    </message>
    <message>
        <source>The coach rule “%1” has a bad pattern: %2</source>
        <translation>Die Coach-Regel „%1“ hat ein fehlerhaftes Muster: %2</translation>
    </message>
</context>
<context>
    <name>CoachRules</name>
    <message>
        <source>their role</source>
        <extracomment>Stands in for a person&apos;s role in a coach suggestion when the role is not known</extracomment>
        <translation>ihre Rolle</translation>
    </message>
    <message>
        <source>“Should have” (hindsight)</source>
        <translation>„Hätte … sollen“ (Rückschau)</translation>
    </message>
    <message>
        <source>“Should have” judges a past decision with knowledge nobody had at the time. It closes the question instead of explaining why the action made sense then.</source>
        <translation>„Hätte … sollen“ beurteilt eine frühere Entscheidung mit Wissen, das damals niemand hatte. Es beendet die Frage, statt zu erklären, warum das Handeln damals sinnvoll schien.</translation>
    </message>
    <message>
        <source>Describe what people knew and saw at the time, and what would have helped them.</source>
        <translation>Beschreiben Sie, was die Beteiligten damals wussten und sahen und was ihnen geholfen hätte.</translation>
    </message>
    <message>
        <source>“Failed to” (personal failure)</source>
        <translation>„Hat versäumt“ (persönliches Versagen)</translation>
    </message>
    <message>
        <source>“Failed to” frames an action as a personal shortcoming and hides the conditions that made it hard.</source>
        <translation>„Hat versäumt“ stellt eine Handlung als persönliches Versagen dar und verdeckt die Bedingungen, die sie schwer machten.</translation>
    </message>
    <message>
        <source>Say what happened and what made it difficult, e.g. “the check was not run because …”.</source>
        <translation>Sagen Sie, was geschah und was es schwierig machte, z. B. „die Prüfung lief nicht, weil …“.</translation>
    </message>
    <message>
        <source>“Forgot to” (memory as safety net)</source>
        <translation>„Hat vergessen“ (Gedächtnis als Sicherheitsnetz)</translation>
    </message>
    <message>
        <source>“Forgot” puts the gap in one person&apos;s memory. Memory is not a safety system; the interesting question is why the step depended on it.</source>
        <translation>„Vergessen“ verlegt die Lücke in das Gedächtnis einer Person. Das Gedächtnis ist kein Sicherheitssystem; die interessante Frage ist, warum der Schritt davon abhing.</translation>
    </message>
    <message>
        <source>Describe the step that was missed and what (a checklist, automation, a reminder) did not prompt it.</source>
        <translation>Beschreiben Sie den ausgelassenen Schritt und was (eine Checkliste, Automatisierung, eine Erinnerung) nicht dazu aufgefordert hat.</translation>
    </message>
    <message>
        <source>Judging character (“careless”, “sloppy”)</source>
        <translation>Charakterurteile („nachlässig“, „schlampig“)</translation>
    </message>
    <message>
        <source>Words like “careless” or “sloppy” judge character. They make people defensive and stop the analysis before it reaches the system.</source>
        <translation>Wörter wie „nachlässig“ oder „schlampig“ urteilen über den Charakter. Sie machen Menschen defensiv und beenden die Analyse, bevor sie das System erreicht.</translation>
    </message>
    <message>
        <source>Describe the action and the conditions around it: time pressure, tooling, the information available.</source>
        <translation>Beschreiben Sie die Handlung und ihre Umstände: Zeitdruck, Werkzeuge, die verfügbaren Informationen.</translation>
    </message>
    <message>
        <source>“Human error”</source>
        <translation>„Menschliches Versagen“</translation>
    </message>
    <message>
        <source>“Human error” is where an investigation starts, not where it ends. It names a symptom of the system the person worked in.</source>
        <translation>„Menschliches Versagen“ ist der Anfang einer Untersuchung, nicht ihr Ende. Es benennt ein Symptom des Systems, in dem die Person gearbeitet hat.</translation>
    </message>
    <message>
        <source>Ask what made the error likely or easy to make, and describe that instead.</source>
        <translation>Fragen Sie, was den Fehler wahrscheinlich oder leicht machte, und beschreiben Sie stattdessen das.</translation>
    </message>
    <message>
        <source>Assigning fault</source>
        <translation>Schuldzuweisung</translation>
    </message>
    <message>
        <source>Assigning fault to a person teaches everyone to hide problems next time. Blameless stories look for causes, not culprits.</source>
        <translation>Wer einer Person die Schuld gibt, lehrt alle, Probleme beim nächsten Mal zu verbergen. Schuldfreie Berichte suchen Ursachen, keine Schuldigen.</translation>
    </message>
    <message>
        <source>Name the decision or action and explain why it seemed reasonable at the time.</source>
        <translation>Benennen Sie die Entscheidung oder Handlung und erklären Sie, warum sie damals vernünftig erschien.</translation>
    </message>
    <message>
        <source>A person as the subject of a mistake</source>
        <translation>Eine Person als Subjekt eines Fehlers</translation>
    </message>
    <message>
        <source>Naming a person as the one who broke something makes the story about them, not about the system that let it happen.</source>
        <translation>Wer eine Person als diejenige nennt, die etwas kaputt gemacht hat, macht den Bericht zu einem über sie – nicht über das System, das es zuließ.</translation>
    </message>
    <message>
        <source>Use the role instead of the name (%1) and describe what made the action possible or likely.</source>
        <extracomment>%1 is the role of the person named, e.g. &quot;on-call engineer&quot;</extracomment>
        <translation>Verwenden Sie die Rolle statt des Namens (%1) und beschreiben Sie, was die Handlung möglich oder wahrscheinlich machte.</translation>
    </message>
    <message>
        <source>A person as the root cause</source>
        <translation>Eine Person als Grundursache</translation>
    </message>
    <message>
        <source>A person is never a root cause: people act inside a system that allowed the outcome.</source>
        <translation>Eine Person ist nie eine Grundursache: Menschen handeln in einem System, das das Ergebnis zuließ.</translation>
    </message>
    <message>
        <source>Look one level deeper: which condition, tool or process made this action lead to the failure?</source>
        <translation>Schauen Sie eine Ebene tiefer: Welche Bedingung, welches Werkzeug oder welcher Prozess ließ diese Handlung zum Ausfall führen?</translation>
    </message>
    <message>
        <source>“Why didn&apos;t they …?”</source>
        <translation>„Warum haben sie nicht …?“</translation>
    </message>
    <message>
        <source>“Why didn&apos;t they …?” asks people to defend themselves, with hindsight they did not have.</source>
        <translation>„Warum haben sie nicht …?“ verlangt von Menschen, sich zu verteidigen – mit einem Rückblick, den sie damals nicht hatten.</translation>
    </message>
    <message>
        <source>Ask “What made this hard to see or do at that moment?”</source>
        <translation>Fragen Sie: „Was machte es in dem Moment schwer, das zu sehen oder zu tun?“</translation>
    </message>
    <message>
        <source>“Obviously” (hindsight)</source>
        <translation>„Offensichtlich“ (Rückschau)</translation>
    </message>
    <message>
        <source>“Obviously” and “of course” are hindsight: it was not obvious at the time, or it would have been done differently.</source>
        <translation>„Offensichtlich“ und „natürlich“ sind Rückschau: Damals war es nicht offensichtlich, sonst wäre anders gehandelt worden.</translation>
    </message>
    <message>
        <source>Drop the word, or say when and how the fact became known.</source>
        <translation>Lassen Sie das Wort weg oder sagen Sie, wann und wie die Tatsache bekannt wurde.</translation>
    </message>
    <message>
        <source>“Just”, “simply” (minimizing)</source>
        <translation>„Nur“, „einfach“ (verharmlosend)</translation>
    </message>
    <message>
        <source>“Just” and “simply” make an action sound trivial. That implies whoever did not do it was at fault, and hides why it was hard.</source>
        <translation>„Nur“ und „einfach“ lassen eine Handlung trivial klingen. Das unterstellt, wer sie nicht tat, sei schuld, und verdeckt, warum sie schwer war.</translation>
    </message>
    <message>
        <source>Describe the action without the qualifier, and what made it harder than it looks now.</source>
        <translation>Beschreiben Sie die Handlung ohne die Einschränkung und was sie schwerer machte, als sie heute aussieht.</translation>
    </message>
    <message>
        <source>Counterfactuals (“if only”)</source>
        <translation>Kontrafaktisches („wenn nur“)</translation>
    </message>
    <message>
        <source>Counterfactuals (“if only”, “could have been prevented”) describe a past that did not happen; they say little about why what did happen made sense.</source>
        <translation>Kontrafaktische Aussagen („wenn nur“, „hätte verhindert werden können“) beschreiben eine Vergangenheit, die nicht stattfand; sie sagen wenig darüber, warum das Geschehene sinnvoll schien.</translation>
    </message>
    <message>
        <source>Describe what happened and which conditions made it possible.</source>
        <translation>Beschreiben Sie, was geschah und welche Bedingungen es möglich machten.</translation>
    </message>
</context>
<context>
    <name>CoachRulesDialog</name>
    <message>
        <source>Coach Rules</source>
        <translation>Coach-Regeln</translation>
    </message>
    <message>
        <source>The language coach underlines wording that assigns blame or judges with hindsight. Checked rules are on for every story in this library.</source>
        <translation>Der Sprach-Coach unterstreicht Formulierungen, die Schuld zuweisen oder aus der Rückschau urteilen. Angehakte Regeln gelten für jede Geschichte in dieser Bibliothek.</translation>
    </message>
</context>
<context>
    <name>CoachRulesModel</name>
    <message>
        <source>their role</source>
        <translation>ihre Rolle</translation>
    </message>
</context>
<context>
    <name>CoachSummaryLabel</name>
    <message>
        <source>The blameless-language coach underlines wording that assigns blame or judges with hindsight. Hover a phrase to see why and how to reframe it.</source>
        <translation>Der Sprach-Coach für schuldfreie Berichte unterstreicht Formulierungen, die Schuld zuweisen oder aus der Rückschau urteilen. Zeigen Sie auf eine Formulierung, um zu sehen, warum und wie man sie umformulieren kann.</translation>
    </message>
    <message>
        <source>Language coach unavailable: %1</source>
        <extracomment>%1 says why the coach rules could not be read</extracomment>
        <translation>Sprach-Coach nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No phrases to reconsider</source>
        <translation>Keine Formulierungen zu überdenken</translation>
    </message>
    <message>
        <source>1 phrase to reconsider</source>
        <translation>1 Formulierung zu überdenken</translation>
    </message>
    <message>
        <source>%1 phrases to reconsider</source>
        <extracomment>the blameless-language coach&apos;s count for the story; %1 is 2 or more</extracomment>
        <translation>%1 Formulierungen zu überdenken</translation>
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
    <name>EditActionItemCommand</name>
    <message>
        <source>Link action item to causes</source>
        <translation>Maßnahme mit Ursachen verknüpfen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a field of an action item, such as &quot;owner&quot; or &quot;due date&quot;</extracomment>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>EditAwardCommand</name>
    <message>
        <source>Change award year</source>
        <translation>Jahr der Auszeichnung ändern</translation>
    </message>
    <message>
        <source>Edit award title</source>
        <translation>Titel der Auszeichnung bearbeiten</translation>
    </message>
    <message>
        <source>Edit award citation</source>
        <translation>Begründung der Auszeichnung bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditCauseCommand</name>
    <message>
        <source>Edit cause statement</source>
        <translation>Ursachenaussage bearbeiten</translation>
    </message>
    <message>
        <source>Change cause type</source>
        <translation>Ursachentyp ändern</translation>
    </message>
    <message>
        <source>Change cause category</source>
        <translation>Ursachenkategorie ändern</translation>
    </message>
    <message>
        <source>Edit cause evidence</source>
        <translation>Ursachenbeleg bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditLessonCommand</name>
    <message>
        <source>Change lesson kind</source>
        <translation>Art der Erkenntnis ändern</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <source>Link lesson to causes</source>
        <translation>Erkenntnis mit Ursachen verknüpfen</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditRetroActionCommand</name>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a field of an action item, such as &quot;owner&quot; or &quot;due date&quot;</extracomment>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>EditRetroCardCommand</name>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Change card author</source>
        <translation>Autor der Karte ändern</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FileExportActions</name>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown …</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML …</translation>
    </message>
    <message>
        <source>&amp;JSON (Whole Library)…</source>
        <translation>&amp;JSON (ganze Bibliothek) …</translation>
    </message>
    <message>
        <source>Library from &amp;JSON…</source>
        <translation>Bibliothek aus &amp;JSON …</translation>
    </message>
    <message>
        <source>Save the open story as a Markdown file</source>
        <translation>Die geöffnete Geschichte als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Save the open story as one self-contained web page</source>
        <translation>Die geöffnete Geschichte als eigenständige Webseite speichern</translation>
    </message>
    <message>
        <source>Save every story with everything attached as one JSON file</source>
        <translation>Alle Geschichten mit allem, was dazugehört, als eine JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Add the stories of a JSON library export to this library</source>
        <translation>Die Geschichten eines JSON-Bibliotheksexports zu dieser Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Export Story as Markdown</source>
        <translation>Geschichte als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Markdown-Dateien (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Story as HTML</source>
        <translation>Geschichte als HTML exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>Webseiten (*.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Library as JSON</source>
        <extracomment>default file name of a library export</extracomment>
        <translation>Bibliothek als JSON exportieren</translation>
    </message>
    <message>
        <source>kintsugi-library</source>
        <translation>kintsugi-bibliothek</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import Library from JSON</source>
        <translation>Bibliothek aus JSON importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) imported.</source>
        <extracomment>%n is the number of stories added to the library</extracomment>
        <translation>
            <numerusform>%n Geschichte importiert.</numerusform>
            <numerusform>%n Geschichten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) skipped: already in the library.</source>
        <extracomment>%n is the number of stories skipped because the library has them already</extracomment>
        <translation>
            <numerusform>%n Geschichte übersprungen: schon in der Bibliothek.</numerusform>
            <numerusform>%n Geschichten übersprungen: schon in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Import aus JSON</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <source>Hall of fame</source>
        <extracomment>The handbook page listing the awards given to stories</extracomment>
        <translation>Ruhmeshalle</translation>
    </message>
    <message>
        <source>Failure handbook</source>
        <translation>Handbuch der Fehlschläge</translation>
    </message>
    <message>
        <source>Colouring code…</source>
        <translation>Code wird eingefärbt…</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <extracomment>Heading of the handbook&apos;s table of contents</extracomment>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Laying out “%1”…</source>
        <translation>„%1“ wird gesetzt…</translation>
    </message>
    <message>
        <source>Stories the team learned the most from. We celebrate what a failure taught, not who failed.</source>
        <translation>Die Geschichten, aus denen das Team am meisten gelernt hat. Wir feiern, was ein Fehlschlag gelehrt hat, nicht wer gescheitert ist.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A hall-of-fame entry: %1 the award, %2 its year</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Writing pages…</source>
        <translation>Seiten werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <extracomment>Progress of a handbook export: %1 pages written of %2</extracomment>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Replace &amp;people&apos;s names by their roles</source>
        <translation>&amp;Namen der Beteiligten durch ihre Rollen ersetzen</translation>
    </message>
    <message>
        <source>Export Handbook</source>
        <extracomment>default file name of the handbook</extracomment>
        <translation>Handbuch exportieren</translation>
    </message>
    <message>
        <source>Published stories</source>
        <translation>Veröffentlichte Geschichten</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Alle Geschichten</translation>
    </message>
    <message>
        <source>any tag; several separated by commas</source>
        <translation>beliebiges Schlagwort; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>optional image file</source>
        <translation>optionale Bilddatei</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Order by &amp;Date</source>
        <translation>Nach &amp;Datum ordnen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <extracomment>A story in the handbook dialog: %1 date, %2 title, %3 status</extracomment>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>failure-handbook</source>
        <translation>handbuch-der-fehlschlaege</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Tick at least one story for the handbook.</source>
        <translation>Wählen Sie mindestens eine Geschichte für das Handbuch aus.</translation>
    </message>
    <message>
        <source>Cannot read the image “%1”.</source>
        <translation>Das Bild „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Compiling the handbook…</source>
        <translation>Das Handbuch wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Saved the handbook (%n pages) as “%1”.</source>
        <translation>
            <numerusform>Handbuch (%n Seite) als „%1“ gespeichert.</numerusform>
            <numerusform>Handbuch (%n Seiten) als „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
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
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Entdeckung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <source>Exported from Kintsugi</source>
        <translation>Aus Kintsugi exportiert</translation>
    </message>
</context>
<context>
    <name>IgnoreCoachHitCommand</name>
    <message>
        <source>Ignore “%1”</source>
        <extracomment>%1 is a phrase the blameless-language coach flagged</extracomment>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Markdown &amp;Postmortems…</source>
        <translation>Markdown-&amp;Postmortems …</translation>
    </message>
    <message>
        <source>Markdown &amp;Folder…</source>
        <translation>Markdown-&amp;Ordner …</translation>
    </message>
    <message>
        <source>Import postmortems written in Markdown as draft stories</source>
        <translation>In Markdown geschriebene Postmortems als Entwürfe importieren</translation>
    </message>
    <message>
        <source>Import every Markdown postmortem of a folder and its subfolders</source>
        <translation>Jedes Markdown-Postmortem eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
        <source>Import Markdown Postmortems</source>
        <translation>Markdown-Postmortems importieren</translation>
    </message>
    <message>
        <source>Markdown and text files (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown- und Textdateien (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Markdown Folder</source>
        <translation>Markdown-Ordner importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing postmortems…</source>
        <translation>Postmortems werden importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped</source>
        <extracomment>in the status bar after an import</extracomment>
        <translation>%1 importiert, %2 übersprungen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported as draft stories</source>
        <extracomment>the first line of the import report dialog</extracomment>
        <translation>
            <numerusform>%n Datei als Entwurf importiert</numerusform>
            <numerusform>%n Dateien als Entwürfe importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (canceled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>InProcessCodeHighlighter</name>
    <message>
        <source>KDE Syntax Highlighting (library)</source>
        <extracomment>Shown in About as &quot;Code highlighting: %1&quot;; the library is linked into Kintsugi</extracomment>
        <translation>KDE Syntax Highlighting (Bibliothek)</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>“%1” is missing.</source>
        <extracomment>%1 names a field of the JSON document, e.g. stories[2].title</extracomment>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601) or null</source>
        <translation>ein Zeitpunkt (ISO 8601) oder null</translation>
    </message>
    <message>
        <source>a positive id or null</source>
        <translation>eine positive ID oder null</translation>
    </message>
    <message>
        <source>“%1[%2]” must be text.</source>
        <translation>„%1[%2]“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1[%2]” must be a positive id.</source>
        <translation>„%1[%2]“ muss eine positive ID sein.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>“%1” has an unknown value: %2.</source>
        <extracomment>%1 names a field, %2 the value found in the file</extracomment>
        <translation>„%1“ hat einen unbekannten Wert: %2.</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <extracomment>%1 names a field of the JSON document, %2 what it must be (e.g. &quot;text&quot;)</extracomment>
        <translation>„%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>“%1[%2]” must be an object.</source>
        <translation>„%1[%2]“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>“%1” must be between 0 and %2.</source>
        <translation>„%1“ muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>“%1” must be a date (YYYY-MM-DD).</source>
        <translation>„%1“ muss ein Datum sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>“%1” must be a positive id used once in its story.</source>
        <translation>„%1“ muss eine positive ID sein, die in ihrer Geschichte nur einmal vorkommt.</translation>
    </message>
    <message>
        <source>“%1” names no cause listed before it.</source>
        <translation>„%1“ nennt keine davor aufgeführte Ursache.</translation>
    </message>
    <message>
        <source>“%1” names no category of the document.</source>
        <translation>„%1“ nennt keine Kategorie des Dokuments.</translation>
    </message>
    <message>
        <source>“%1” names cause %2, which the story lacks.</source>
        <translation>„%1“ nennt Ursache %2, die es in der Geschichte nicht gibt.</translation>
    </message>
    <message>
        <source>“%1” must be a date (YYYY-MM-DD) or null.</source>
        <translation>„%1“ muss ein Datum (JJJJ-MM-TT) oder null sein.</translation>
    </message>
    <message>
        <source>“%1” must be 1, 2 or 3.</source>
        <translation>„%1“ muss 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <source>“%1” must be a year between 1 and 9999.</source>
        <translation>„%1“ muss ein Jahr zwischen 1 und 9999 sein.</translation>
    </message>
    <message>
        <source>This is not a JSON document: %1 (at character %2).</source>
        <extracomment>%1 is the parser&apos;s message, %2 the character offset in the file</extracomment>
        <translation>Dies ist kein JSON-Dokument: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>This JSON document is no Kintsugi library export.</source>
        <translation>Dieses JSON-Dokument ist kein Export einer Kintsugi-Bibliothek.</translation>
    </message>
    <message>
        <source>This JSON document is no Kintsugi library export (its “format” is not “kintsugi-library”).</source>
        <translation>Dieses JSON-Dokument ist kein Export einer Kintsugi-Bibliothek (sein „format“ ist nicht „kintsugi-library“).</translation>
    </message>
    <message>
        <source>This library export has format version %1; this version of Kintsugi reads up to version %2. Please update Kintsugi.</source>
        <extracomment>%1 is the version of the file, %2 the newest version this program reads</extracomment>
        <translation>Dieser Bibliotheksexport hat die Formatversion %1; diese Kintsugi-Version liest bis Version %2. Bitte aktualisieren Sie Kintsugi.</translation>
    </message>
    <message>
        <source>Format version %1 is unknown.</source>
        <translation>Formatversion %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>“%1” must be a positive id used once.</source>
        <translation>„%1“ muss eine positive ID sein, die nur einmal vorkommt.</translation>
    </message>
    <message>
        <source>“%1”: already in the library (same title and creation time)</source>
        <extracomment>%1 is the title of a story in the imported file</extracomment>
        <translation>„%1“: schon in der Bibliothek (gleicher Titel und gleiche Erstellungszeit)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <extracomment>%1 is a file name, %2 the reason</extracomment>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LessonDelegate</name>
    <message>
        <source>What did we learn?</source>
        <translation>Was haben wir gelernt?</translation>
    </message>
</context>
<context>
    <name>LessonLifecycleCommand</name>
    <message>
        <source>Add lesson</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation>Erkenntnis entfernen</translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>(untitled cause)</source>
        <extracomment>a linked cause node without a statement</extracomment>
        <translation>(Ursache ohne Titel)</translation>
    </message>
    <message>
        <source>Not linked to a cause. Press Ctrl+L to link it.</source>
        <translation>Mit keiner Ursache verknüpft. Strg+L verknüpft sie.</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>column header: what went well, what went wrong, where we got lucky, lesson</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <extracomment>column header of the lessons learned</extracomment>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Linked causes</source>
        <extracomment>column header: the cause nodes a lesson or action item is linked to</extracomment>
        <translation>Verknüpfte Ursachen</translation>
    </message>
</context>
<context>
    <name>LessonRules</name>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>Lesson</source>
        <extracomment>a kind of lessons-learned item: something the team learned</extracomment>
        <translation>Erkenntnis</translation>
    </message>
</context>
<context>
    <name>LessonStore</name>
    <message>
        <source>Lesson %1 does not exist.</source>
        <translation>Erkenntnis %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Add Lesso&amp;n</source>
        <translation>Erkenntnis hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Move U&amp;p</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Link to Causes…</source>
        <translation>Mit Ursachen &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons learned&lt;/b&gt;: what went well, what went wrong, where we got lucky, and what we learned.</source>
        <translation>&lt;b&gt;Erkenntnisse&lt;/b&gt;: was gut lief, was schiefging, wo wir Glück hatten und was wir gelernt haben.</translation>
    </message>
    <message>
        <source>No lessons yet. Press Insert (or Add Lesson) to write the first one.</source>
        <translation>Noch keine Erkenntnisse. Einfg (oder „Erkenntnis hinzufügen“) legt die erste an.</translation>
    </message>
    <message>
        <source>Adds a lesson below the current one (Insert).</source>
        <translation>Fügt eine Erkenntnis unter der aktuellen hinzu (Einfg).</translation>
    </message>
    <message>
        <source>Removes the current lesson (Delete).</source>
        <translation>Entfernt die aktuelle Erkenntnis (Entf).</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>Links the lesson to causes in the cause tree (Ctrl+L).</source>
        <translation>Verknüpft die Erkenntnis mit Ursachen im Ursachenbaum (Strg+L).</translation>
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
    <message>
        <source>New retrospective</source>
        <translation>Neue Retrospektive</translation>
    </message>
    <message>
        <source>Delete retrospective</source>
        <translation>Retrospektive löschen</translation>
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
    <name>LibraryTransferStore</name>
    <message>
        <source>Cause %1 of “%2” comes before its parent.</source>
        <translation>Ursache %1 von „%2“ steht vor ihrer übergeordneten Ursache.</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Coach Rules…</source>
        <translation>&amp;Coach-Regeln …</translation>
    </message>
    <message>
        <source>&amp;Retro</source>
        <translation>&amp;Retro</translation>
    </message>
    <message>
        <source>&amp;Retrospectives…</source>
        <translation>&amp;Retrospektiven …</translation>
    </message>
</context>
<context>
    <name>MoveActionItemCommand</name>
    <message>
        <source>Move action item</source>
        <translation>Maßnahme verschieben</translation>
    </message>
</context>
<context>
    <name>MoveLessonCommand</name>
    <message>
        <source>Move lesson</source>
        <translation>Erkenntnis verschieben</translation>
    </message>
</context>
<context>
    <name>MovePersonCommand</name>
    <message>
        <source>Move person</source>
        <translation>Person verschieben</translation>
    </message>
</context>
<context>
    <name>OpenActionsDock</name>
    <message>
        <source>Open Actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Open &amp;Actions</source>
        <translation>Offene &amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Every open action item of the library, by due date.</source>
        <translation>Alle offenen Maßnahmen der Bibliothek, nach Fälligkeit.</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <source>(nobody)</source>
        <extracomment>shown for an action item nobody owns yet</extracomment>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <extracomment>a story without a title</extracomment>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Enter or double-click opens the story.</source>
        <translation>Eingabe oder Doppelklick öffnet die Geschichte.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>column header: what the action item is</extracomment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column header: mitigate, prevent, detect, process</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Story</source>
        <extracomment>column header: the story an action item belongs to</extracomment>
        <translation>Geschichte</translation>
    </message>
</context>
<context>
    <name>OpenActionsView</name>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Enter or a double click opens the action item in its story.</source>
        <translation>Eingabe oder ein Doppelklick öffnet die Maßnahme in ihrer Geschichte.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>owner filter: action items nobody owns yet</extracomment>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>1 open action</source>
        <translation>1 offene Maßnahme</translation>
    </message>
    <message>
        <source>%1 open actions</source>
        <translation>%1 offene Maßnahmen</translation>
    </message>
    <message>
        <source>%1 of %2 open actions</source>
        <extracomment>%1 of %2 open actions are shown (after filtering)</extracomment>
        <translation>%1 von %2 offenen Maßnahmen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>appended to the count of open actions</extracomment>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The footer of every printed or PDF page</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot start drawing the pages.</source>
        <translation>Die Seiten können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Eine neue Seite kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PeopleAnonymizer</name>
    <message>
        <source>someone involved</source>
        <extracomment>Replaces the name of a person without a role in an anonymized export</extracomment>
        <translation>eine beteiligte Person</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>the role a person had in the incident, e.g. &quot;on-call engineer&quot;</extracomment>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Add Person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Who was involved, and in which role. The language coach uses the names to spot a person named as the subject of a mistake.</source>
        <translation>Wer beteiligt war und in welcher Rolle. Der Sprach-Coach nutzt die Namen, um eine Person zu erkennen, die als Subjekt eines Fehlers genannt wird.</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>There is no person at position %1 of this story.</source>
        <translation>An Position %1 dieser Geschichte gibt es keine Person.</translation>
    </message>
</context>
<context>
    <name>PersonLifecycleCommand</name>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3</source>
        <extracomment>Accessible name of the retrospective phase stepper: &quot;Phase 2 of 7: Collect&quot;.</extracomment>
        <translation>Phase %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>PlainCodeHighlighter</name>
    <message>
        <source>none, plain monospace</source>
        <extracomment>Shown in About as &quot;Code highlighting: %1&quot; when no highlighting engine is installed</extracomment>
        <translation>keine, einfache Festbreitenschrift</translation>
    </message>
</context>
<context>
    <name>PostmortemImport</name>
    <message>
        <source>imported %1 → #%2 %3 (%4 events, %5 lessons, %6 actions)</source>
        <extracomment>one line of an import report: file → story id, title, counts</extracomment>
        <translation>importiert %1 → #%2 %3 (%4 Ereignisse, %5 Lehren, %6 Maßnahmen)</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped</source>
        <extracomment>the summary line of an import report</extracomment>
        <translation>%1 importiert, %2 übersprungen</translation>
    </message>
    <message>
        <source> (canceled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>not a Markdown or text file (*.md, *.markdown, *.txt, or Markdown without an ending)</source>
        <translation>keine Markdown- oder Textdatei (*.md, *.markdown, *.txt oder Markdown ohne Endung)</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n stories</source>
        <extracomment>the undo step of an import; %n is the number of stories</extracomment>
        <translation>
            <numerusform>%n Geschichte importieren</numerusform>
            <numerusform>%n Geschichten importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>a README or licence file, not a postmortem (name it on its own to import it anyway)</source>
        <translation>eine README- oder Lizenzdatei, kein Postmortem (einzeln angeben, um sie trotzdem zu importieren)</translation>
    </message>
</context>
<context>
    <name>PostmortemImporter</name>
    <message>
        <source>Timeline: %1 line(s) could not be read as events and were kept as text.</source>
        <extracomment>%1 is a number of lines</extracomment>
        <translation>Zeitverlauf: %1 Zeile(n) konnten nicht als Ereignisse gelesen werden und wurden als Text behalten.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: unreadable bytes were replaced by “�”.</source>
        <translation>Die Datei ist kein gültiges UTF-8: unlesbare Bytes wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16: unreadable characters were replaced by “�”.</source>
        <translation>Die Datei ist kein gültiges UTF-16: unlesbare Zeichen wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>Imported from “%1” (source kintsugi-import-%2).</source>
        <extracomment>the last line of an imported story&apos;s supporting information. %1 is a file name, %2 a code that identifies the file&apos;s content (keep it as it is: it finds files imported before)</extracomment>
        <translation>Importiert aus „%1“ (source kintsugi-import-%2).</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <extracomment>%1 is a size in MB</extracomment>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>keine Textdatei</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>● %1</source>
        <extracomment>Dots on a card in presenter mode, e.g. &quot;● 3&quot;.</extracomment>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Kintsugi Presenter</source>
        <translation>Kintsugi-Präsentation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Presenter heading: &quot;Vote — Put your dots on what matters most.&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This board has no columns.</source>
        <translation>Dieses Board hat keine Spalten.</translation>
    </message>
    <message>
        <source>Nothing to discuss yet.</source>
        <translation>Noch nichts zu besprechen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>Presenter: when an action item is due.</extracomment>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>No open actions from earlier retrospectives.</source>
        <translation>Keine offenen Maßnahmen aus früheren Retrospektiven.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Wichtigste Punkte</translation>
    </message>
    <message>
        <source>No votes.</source>
        <translation>Keine Stimmen.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Seite ein&amp;richten…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Handbook…</source>
        <translation>&amp;Handbuch exportieren…</translation>
    </message>
    <message>
        <source>Print the open story</source>
        <translation>Die geöffnete Geschichte drucken</translation>
    </message>
    <message>
        <source>See the open story&apos;s pages before printing</source>
        <translation>Die Seiten der geöffneten Geschichte vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Choose the paper size for printing and PDF</source>
        <translation>Papierformat für Druck und PDF wählen</translation>
    </message>
    <message>
        <source>Save the open story as a PDF document</source>
        <translation>Die geöffnete Geschichte als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Compile chosen stories into one PDF book</source>
        <translation>Ausgewählte Geschichten zu einem PDF-Buch zusammenstellen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Sent “%1” to the printer.</source>
        <translation>„%1“ an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>Export Story as PDF</source>
        <translation>Geschichte als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Saved the PDF “%1”.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>PDF „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProcessCodeHighlighter</name>
    <message>
        <source>KDE Syntax Highlighting (kate-syntax-highlighter)</source>
        <extracomment>Shown in About as &quot;Code highlighting: %1&quot;; kate-syntax-highlighter is a program name</extracomment>
        <translation>KDE Syntax Highlighting (kate-syntax-highlighter)</translation>
    </message>
</context>
<context>
    <name>RemoveCauseSubtreeCommand</name>
    <message numerus="yes">
        <source>Delete %n cause(s)</source>
        <translation>
            <numerusform>%n Ursache löschen</numerusform>
            <numerusform>%n Ursachen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation>Ursache löschen</translation>
    </message>
</context>
<context>
    <name>Retro</name>
    <message>
        <source>Untitled retrospective</source>
        <translation>Retrospektive ohne Titel</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>linked story</source>
        <translation>verknüpfte Geschichte</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>maximum dots per card</source>
        <translation>höchstens Punkte pro Karte</translation>
    </message>
    <message>
        <source>hidden collection</source>
        <translation>verdecktes Sammeln</translation>
    </message>
    <message>
        <source>revealed cards</source>
        <translation>aufgedeckte Karten</translation>
    </message>
</context>
<context>
    <name>RetroAction</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RetroActionLifecycleCommand</name>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
</context>
<context>
    <name>RetroActionModel</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RetroActionsPage</name>
    <message>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add (Ctrl+Return)</source>
        <translation>Hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;From card or group (vote order):</source>
        <translation>&amp;Aus Karte oder Gruppe (nach Stimmen):</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Erstellen als:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Action items of this retrospective (Delete removes one):</source>
        <translation>Maßnahmen dieser Retrospektive (Entf entfernt eine):</translation>
    </message>
    <message>
        <source>Add Outcome</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove Action Item</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Action item of this retrospective</source>
        <translation>Maßnahme dieser Retrospektive</translation>
    </message>
    <message>
        <source>Action item in the linked story</source>
        <translation>Maßnahme in der verknüpften Geschichte</translation>
    </message>
    <message>
        <source>Lesson in the linked story</source>
        <translation>Erkenntnis in der verknüpften Geschichte</translation>
    </message>
    <message>
        <source>Cause in the linked story</source>
        <translation>Ursache in der verknüpften Geschichte</translation>
    </message>
    <message>
        <source>Link a story in the retrospective&apos;s details to add lessons and causes to it.</source>
        <translation>Verknüpfen Sie in den Details der Retrospektive eine Geschichte, um ihr Erkenntnisse und Ursachen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Type the action item&apos;s text first.</source>
        <translation>Geben Sie zuerst den Text der Maßnahme ein.</translation>
    </message>
    <message>
        <source>Choose the card or group it comes from.</source>
        <translation>Wählen Sie die Karte oder Gruppe, aus der es stammt.</translation>
    </message>
    <message>
        <source>Added to the linked story.</source>
        <translation>Zur verknüpften Geschichte hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>RetroBoardModel</name>
    <message>
        <source>Hidden card</source>
        <translation>Verdeckte Karte</translation>
    </message>
</context>
<context>
    <name>RetroCardLifecycleCommand</name>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
</context>
<context>
    <name>RetroCollectPage</name>
    <message>
        <source>&amp;Add Card</source>
        <translation>Karte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Collect &amp;hidden</source>
        <translation>&amp;Verdeckt sammeln</translation>
    </message>
    <message>
        <source>&amp;Reveal All</source>
        <translation>Alle &amp;aufdecken</translation>
    </message>
    <message>
        <source>Type a card and press Enter</source>
        <translation>Karte eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The presenter shows cards as hidden until they are revealed</source>
        <translation>Die Präsentation zeigt Karten verdeckt, bis sie aufgedeckt werden</translation>
    </message>
    <message>
        <source>C&amp;olumn:</source>
        <translation>S&amp;palte:</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Alt+1…Alt+9 or Ctrl+1…Ctrl+9 choose the column; Enter adds the card.</source>
        <translation>Alt+1…Alt+9 oder Strg+1…Strg+9 wählen die Spalte; die Eingabetaste fügt die Karte hinzu.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A column in the Collect phase&apos;s column chooser: &quot;1. Went well&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetroDiscussPage</name>
    <message>
        <source>Topics in vote order</source>
        <translation>Themen nach Stimmen</translation>
    </message>
    <message>
        <source>Notes on this topic</source>
        <translation>Notizen zu diesem Thema</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Topics (Ctrl+Down: next):</source>
        <translation>&amp;Themen (Strg+Ab: nächstes):</translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation>&amp;Nächstes Thema</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>&amp;Vorheriges Thema</translation>
    </message>
    <message>
        <source>Nothing to discuss yet.</source>
        <translation>Noch nichts zu besprechen.</translation>
    </message>
    <message>
        <source>%1 (● %2)</source>
        <extracomment>The topic in focus in Discuss, with its dots: &quot;Deploys are slow (● 4)&quot;.</extracomment>
        <translation>%1 (● %2)</translation>
    </message>
</context>
<context>
    <name>RetroGroupPage</name>
    <message>
        <source>Drag a card onto another to group them, onto a column to ungroup it. Keyboard: select cards with Ctrl+Space, then Ctrl+G groups, Ctrl+Shift+G ungroups, F2 renames a group.</source>
        <translation>Ziehen Sie eine Karte auf eine andere, um sie zu gruppieren, auf eine Spalte, um die Gruppierung aufzuheben. Tastatur: Karten mit Strg+Leertaste auswählen, dann gruppiert Strg+G, Strg+Umschalt+G hebt die Gruppierung auf, F2 benennt eine Gruppe um.</translation>
    </message>
    <message>
        <source>&amp;Group Cards</source>
        <translation>Karten &amp;gruppieren</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>Gruppierung a&amp;ufheben</translation>
    </message>
    <message>
        <source>&amp;Rename Group…</source>
        <translation>Gruppe &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Select two or more cards to group (Ctrl+Space adds a card to the selection).</source>
        <translation>Wählen Sie zwei oder mehr Karten zum Gruppieren (Strg+Leertaste fügt eine Karte zur Auswahl hinzu).</translation>
    </message>
    <message>
        <source>Put the cursor on a group to rename it.</source>
        <translation>Setzen Sie den Cursor auf eine Gruppe, um sie umzubenennen.</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Gruppen&amp;name:</translation>
    </message>
</context>
<context>
    <name>RetroInfoDialog</name>
    <message>
        <source>Collect cards &amp;hidden, reveal them together</source>
        <translation>Karten &amp;verdeckt sammeln und gemeinsam aufdecken</translation>
    </message>
    <message>
        <source>New Retrospective</source>
        <translation>Neue Retrospektive</translation>
    </message>
    <message>
        <source>e.g. Sprint 42 retrospective</source>
        <translation>z. B. Retrospektive Sprint 42</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Linked story choice: no story linked to the retrospective.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Linked &amp;story:</source>
        <translation>Verknüpfte &amp;Geschichte:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>D&amp;ots per participant:</source>
        <translation>P&amp;unkte pro Person:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum dots per card:</source>
        <translation>Ma&amp;ximal Punkte pro Karte:</translation>
    </message>
    <message>
        <source>Retrospective Details</source>
        <translation>Details der Retrospektive</translation>
    </message>
</context>
<context>
    <name>RetroListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>RetroOutcomeCommand</name>
    <message>
        <source>Add action item to the story</source>
        <translation>Maßnahme zur Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>Add lesson to the story</source>
        <translation>Erkenntnis zur Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>Add cause to the story</source>
        <translation>Ursache zur Geschichte hinzufügen</translation>
    </message>
    <message>
        <source>The retrospective has no linked story.</source>
        <translation>Die Retrospektive ist mit keiner Geschichte verknüpft.</translation>
    </message>
</context>
<context>
    <name>RetroPhase</name>
    <message>
        <source>Review previous actions</source>
        <translation>Frühere Maßnahmen prüfen</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Sammeln</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Besprechen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Go through the open actions of earlier retros: done or carried over?</source>
        <translation>Gehen Sie die offenen Maßnahmen früherer Retros durch: erledigt oder übernommen?</translation>
    </message>
    <message>
        <source>Write cards, one thought per card.</source>
        <translation>Schreiben Sie Karten, ein Gedanke pro Karte.</translation>
    </message>
    <message>
        <source>Put cards that belong together into named groups.</source>
        <translation>Fassen Sie zusammengehörige Karten in benannten Gruppen zusammen.</translation>
    </message>
    <message>
        <source>Place your dots on what matters most.</source>
        <translation>Setzen Sie Ihre Punkte auf das Wichtigste.</translation>
    </message>
    <message>
        <source>Talk about the top cards and groups, one at a time.</source>
        <translation>Besprechen Sie die wichtigsten Karten und Gruppen, eine nach der anderen.</translation>
    </message>
    <message>
        <source>Agree on actions with an owner and a due date.</source>
        <translation>Vereinbaren Sie Maßnahmen mit verantwortlicher Person und Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The outcome, ready to share.</source>
        <translation>Das Ergebnis, bereit zum Teilen.</translation>
    </message>
</context>
<context>
    <name>RetroReviewCommand</name>
    <message>
        <source>Mark action as done</source>
        <translation>Maßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Carry action over</source>
        <translation>Maßnahme übernehmen</translation>
    </message>
    <message>
        <source>Clear review decision</source>
        <translation>Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>The action item cannot be changed.</source>
        <translation>Die Maßnahme kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>RetroReviewModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the title of an earlier retro or story, %2 its date</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>RetroReviewPage</name>
    <message>
        <source>No open actions from the team&apos;s earlier retrospectives.</source>
        <translation>Keine offenen Maßnahmen aus früheren Retrospektiven des Teams.</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Carry Over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>The action is done (Ctrl+D)</source>
        <translation>Die Maßnahme ist erledigt (Strg+D)</translation>
    </message>
    <message>
        <source>Copy the action into this retrospective&apos;s actions (Ctrl+Shift+C)</source>
        <translation>Die Maßnahme in die Maßnahmen dieser Retrospektive übernehmen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Go through the open actions of earlier retrospectives: what is done, what carries over?</source>
        <translation>Gehen Sie die offenen Maßnahmen früherer Retrospektiven durch: Was ist erledigt, was wird übernommen?</translation>
    </message>
</context>
<context>
    <name>RetroStore</name>
    <message>
        <source>%1 %2 does not exist.</source>
        <extracomment>%1 is &quot;Retrospective&quot;, &quot;Card&quot;, … ; %2 an id</extracomment>
        <translation>%1 %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektive</translation>
    </message>
    <message>
        <source>A retrospective needs at least one column.</source>
        <translation>Eine Retrospektive braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>The board changed; the cards cannot be moved.</source>
        <translation>Das Board hat sich geändert; die Karten können nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Only an empty group can be removed.</source>
        <translation>Nur eine leere Gruppe kann entfernt werden.</translation>
    </message>
    <message>
        <source>A number of dots cannot be negative.</source>
        <translation>Eine Punktzahl kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>RetroSummary</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Linked story</source>
        <translation>Verknüpfte Geschichte</translation>
    </message>
    <message>
        <source>Retrospective: %1</source>
        <extracomment>%1 is the title of a retrospective</extracomment>
        <translation>Retrospektive: %1</translation>
    </message>
    <message>
        <source>Top cards and groups</source>
        <translation>Wichtigste Karten und Gruppen</translation>
    </message>
    <message>
        <source>No cards.</source>
        <translation>Keine Karten.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <extracomment>%1 are the discussion notes of a card</extracomment>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Other cards</source>
        <translation>Weitere Karten</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Added to the story “%1”</source>
        <extracomment>%1 is the title of the linked story</extracomment>
        <translation>Zur Geschichte „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Earlier actions reviewed</source>
        <translation>Geprüfte frühere Maßnahmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RetroSummaryPage</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektive</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RetroTemplateStore</name>
    <message>
        <source>Template %1 does not exist.</source>
        <translation>Vorlage %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A template needs at least one column.</source>
        <translation>Eine Vorlage braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>Every column needs a title.</source>
        <translation>Jede Spalte braucht einen Titel.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <extracomment>%1 is a template name</extracomment>
        <translation>Eine Vorlage namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed. Duplicate it and change the copy.</source>
        <translation>Mitgelieferte Vorlagen können nicht geändert werden. Duplizieren Sie die Vorlage und ändern Sie die Kopie.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be removed.</source>
        <translation>Mitgelieferte Vorlagen können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>%1 is a template name</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <extracomment>%1 is a template name, %2 a number</extracomment>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>RetroTemplatesDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>Spalte &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Retrospective Templates</source>
        <translation>Vorlagen für Retrospektiven</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A built-in template cannot be changed. Duplicate it to make your own.</source>
        <translation>Eine eingebaute Vorlage kann nicht geändert werden. Duplizieren Sie sie, um eine eigene zu erstellen.</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Meine Vorlage</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Zu verbessern</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Retrospectives made from it keep their columns.</source>
        <translation>Die Vorlage „%1“ löschen? Daraus erstellte Retrospektiven behalten ihre Spalten.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>New column</source>
        <translation>Neue Spalte</translation>
    </message>
</context>
<context>
    <name>RetroVotePage</name>
    <message>
        <source>+ Dot</source>
        <translation>+ Punkt</translation>
    </message>
    <message>
        <source>− Dot</source>
        <translation>− Punkt</translation>
    </message>
    <message>
        <source>Add a dot to the card in focus (+)</source>
        <translation>Der Karte im Fokus einen Punkt geben (+)</translation>
    </message>
    <message>
        <source>Take a dot from the card in focus (-)</source>
        <translation>Der Karte im Fokus einen Punkt nehmen (-)</translation>
    </message>
    <message>
        <source>&amp;Votes of:</source>
        <translation>&amp;Stimmen von:</translation>
    </message>
    <message>
        <source>Move to a card with the arrow keys, then + adds a dot and - takes one away.</source>
        <translation>Gehen Sie mit den Pfeiltasten zu einer Karte; + gibt einen Punkt, - nimmt einen weg.</translation>
    </message>
    <message>
        <source>Room tally</source>
        <extracomment>The vote page&apos;s participant chooser: votes counted for the whole room at once.</extracomment>
        <translation>Zählung im Raum</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Der Raum</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left, at most %4 per card</source>
        <extracomment>Vote budget, e.g. &quot;Anna: 3 of 5 dots left, at most 3 per card&quot;.</extracomment>
        <translation>%1: %2 von %3 Punkten übrig, höchstens %4 pro Karte</translation>
    </message>
    <message>
        <source>Move to a card or a group first.</source>
        <translation>Gehen Sie zuerst zu einer Karte oder Gruppe.</translation>
    </message>
</context>
<context>
    <name>RetroVoting</name>
    <message>
        <source>Choose a card or group to vote on.</source>
        <translation>Wählen Sie eine Karte oder Gruppe zum Abstimmen.</translation>
    </message>
    <message>
        <source>A card cannot have fewer than 0 dots.</source>
        <translation>Eine Karte kann nicht weniger als 0 Punkte haben.</translation>
    </message>
    <message>
        <source>The room can put at most %1 dots on one card or group.</source>
        <extracomment>%1 is a number of dots</extracomment>
        <translation>Der Raum kann höchstens %1 Punkte auf eine Karte oder Gruppe setzen.</translation>
    </message>
    <message>
        <source>%1 can put at most %2 dots on one card or group.</source>
        <extracomment>%1 is a participant&apos;s name, %2 a number of dots</extracomment>
        <translation>%1 kann höchstens %2 Punkte auf eine Karte oder Gruppe setzen.</translation>
    </message>
    <message numerus="yes">
        <source>The room has only %n dot(s) left.</source>
        <extracomment>%1 is the number of dots the room has left</extracomment>
        <translation>
            <numerusform>Der Raum hat nur noch %n Punkt.</numerusform>
            <numerusform>Der Raum hat nur noch %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dots left.</source>
        <extracomment>%1 is a participant&apos;s name</extracomment>
        <translation>%1 hat keine Punkte mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n dot(s) left.</source>
        <extracomment>%1 is a participant&apos;s name; %n the dots left</extracomment>
        <translation>
            <numerusform>%1 hat nur noch %n Punkt.</numerusform>
            <numerusform>%1 hat nur noch %n Punkte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetroWindow</name>
    <message>
        <source>Retrospectives — Kintsugi</source>
        <translation>Retrospektiven — Kintsugi</translation>
    </message>
    <message>
        <source>Retrospectives</source>
        <translation>Retrospektiven</translation>
    </message>
    <message>
        <source>Choose a retrospective on the left, or make a new one with Retro ▸ New Retrospective (Ctrl+N).</source>
        <translation>Wählen Sie links eine Retrospektive oder erstellen Sie eine neue mit Retro ▸ Neue Retrospektive (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;New Retrospective…</source>
        <translation>&amp;Neue Retrospektive …</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>&amp;Delete Retrospective</source>
        <translation>Retrospektive &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen …</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Next Phase</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <source>&amp;Previous Phase</source>
        <translation>&amp;Vorherige Phase</translation>
    </message>
    <message>
        <source>&amp;Start/Pause Timer</source>
        <translation>Timer &amp;starten/anhalten</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>Eine Minute &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Retro</source>
        <translation>&amp;Retro</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>P&amp;resenter</source>
        <translation>P&amp;räsentation</translation>
    </message>
    <message>
        <source>Presenter &amp;Screen</source>
        <translation>Präsentations&amp;bildschirm</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu of the retro window: &quot;Undo Add card&quot;.</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>New Retrospective</source>
        <translation>Neue Retrospektive</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo brings it back.</source>
        <extracomment>Status bar after deleting a retrospective.</extracomment>
        <translation>„%1“ gelöscht. Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>&amp;%1: %2 (%3×%4)</source>
        <extracomment>A screen in the presenter screen menu: &quot;&amp;2: HDMI-1 (1920×1080)&quot;.</extracomment>
        <translation>&amp;%1: %2 (%3×%4)</translation>
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
    <message>
        <source>Release engineer</source>
        <comment>a role in the sample story</comment>
        <translation>Release-Ingenieur:in</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>a team in the sample story</comment>
        <translation>Support</translation>
    </message>
    <message>
        <source>A test run of the release script uploads the music-player installer to the production downloads bucket.</source>
        <translation>Ein Testlauf des Release-Skripts lädt den Installer des Musikplayers in den Produktiv-Bucket für Downloads hoch.</translation>
    </message>
    <message>
        <source>First customer email about a “strange music player”.</source>
        <translation>Erste Kunden-E-Mail über einen „seltsamen Musikplayer“.</translation>
    </message>
    <message>
        <source>Support asks in the release channel; the release engineer recognises the test file and raises the alarm.</source>
        <translation>Der Support fragt im Release-Kanal nach; das Release-Team erkennt die Testdatei und schlägt Alarm.</translation>
    </message>
    <message>
        <source>The script&apos;s default target turns out to be the production bucket.</source>
        <translation>Es zeigt sich: Das Standardziel des Skripts ist der Produktiv-Bucket.</translation>
    </message>
    <message>
        <source>Real installers uploaded again from the build server; CDN cache purged.</source>
        <translation>Echte Installer erneut vom Build-Server hochgeladen; CDN-Cache geleert.</translation>
    </message>
    <message>
        <source>Site reliability</source>
        <comment>a team in the sample story</comment>
        <translation>Site Reliability</translation>
    </message>
    <message>
        <source>Downloads verified by checksum; status page updated.</source>
        <translation>Downloads per Prüfsumme geprüft; Statusseite aktualisiert.</translation>
    </message>
    <message>
        <source>Customers downloaded a music player instead of our product.</source>
        <translation>Kunden luden einen Musikplayer statt unseres Produkts herunter.</translation>
    </message>
    <message>
        <source>9 emails</source>
        <translation>9 E-Mails</translation>
    </message>
    <message>
        <source>The test upload replaced the installers in the production bucket.</source>
        <translation>Der Test-Upload ersetzte die Installer im Produktiv-Bucket.</translation>
    </message>
    <message>
        <source>The upload script&apos;s default target is the production bucket.</source>
        <translation>Das Standardziel des Upload-Skripts ist der Produktiv-Bucket.</translation>
    </message>
    <message>
        <source>release.sh, the TARGET default</source>
        <translation>release.sh, Standardwert von TARGET</translation>
    </message>
    <message>
        <source>Test and production uploads use the same credentials.</source>
        <translation>Test- und Produktiv-Uploads verwenden dieselben Zugangsdaten.</translation>
    </message>
    <message>
        <source>Our release tooling has no test environment of its own.</source>
        <translation>Unsere Release-Werkzeuge haben keine eigene Testumgebung.</translation>
    </message>
    <message>
        <source>The release engineer raised the alarm at once, and the team thanked them for it.</source>
        <translation>Das Release-Team schlug sofort Alarm, und das Team bedankte sich dafür.</translation>
    </message>
    <message>
        <source>The stray installer was a signed, harmless program, and it was a quiet afternoon.</source>
        <translation>Der fremde Installer war ein signiertes, harmloses Programm, und es war ein ruhiger Nachmittag.</translation>
    </message>
    <message>
        <source>Keep production and test clearly separated: separate places, separate keys, a visible confirmation.</source>
        <translation>Produktion und Test klar trennen: getrennte Orte, getrennte Schlüssel, eine sichtbare Bestätigung.</translation>
    </message>
    <message>
        <source>Give release tests their own bucket and credentials.</source>
        <translation>Release-Tests einen eigenen Bucket und eigene Zugangsdaten geben.</translation>
    </message>
    <message>
        <source>Release team</source>
        <comment>a team in the sample story</comment>
        <translation>Release-Team</translation>
    </message>
    <message>
        <source>Ask for typed confirmation before any upload to production.</source>
        <translation>Vor jedem Upload in die Produktion eine getippte Bestätigung verlangen.</translation>
    </message>
    <message>
        <source>Alert when the checksums on the download page change.</source>
        <translation>Alarmieren, wenn sich die Prüfsummen auf der Download-Seite ändern.</translation>
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
    <message>
        <source>Went well / To improve / Ideas</source>
        <translation>Lief gut / Zu verbessern / Ideen</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>What worked that we want to keep?</source>
        <translation>Was hat funktioniert und soll bleiben?</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Zu verbessern</translation>
    </message>
    <message>
        <source>What slowed us down or got in the way?</source>
        <translation>Was hat uns gebremst oder behindert?</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>What could we try next?</source>
        <translation>Was könnten wir als Nächstes ausprobieren?</translation>
    </message>
    <message>
        <source>Start / Stop / Continue</source>
        <translation>Beginnen / Aufhören / Weitermachen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>What should we begin doing?</source>
        <translation>Womit sollten wir anfangen?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <source>What should we stop doing?</source>
        <translation>Womit sollten wir aufhören?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>What should we keep doing?</source>
        <translation>Was sollten wir weiter tun?</translation>
    </message>
    <message>
        <source>Mad / Sad / Glad</source>
        <translation>Wütend / Traurig / Froh</translation>
    </message>
    <message>
        <source>Mad</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <source>What frustrated us?</source>
        <translation>Was hat uns frustriert?</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <source>What disappointed us?</source>
        <translation>Was hat uns enttäuscht?</translation>
    </message>
    <message>
        <source>Glad</source>
        <translation>Froh</translation>
    </message>
    <message>
        <source>What made us happy?</source>
        <translation>Was hat uns gefreut?</translation>
    </message>
    <message>
        <source>4Ls</source>
        <translation>4L</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Gemocht</translation>
    </message>
    <message>
        <source>What did we enjoy?</source>
        <translation>Was hat uns gefallen?</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation>Was haben wir gelernt?</translation>
    </message>
    <message>
        <source>Lacked</source>
        <translation>Gefehlt</translation>
    </message>
    <message>
        <source>What was missing?</source>
        <translation>Was hat gefehlt?</translation>
    </message>
    <message>
        <source>Longed for</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>What did we wish we had?</source>
        <translation>Was hätten wir gern gehabt?</translation>
    </message>
    <message>
        <source>Sailboat</source>
        <translation>Segelboot</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>What pushed us forward?</source>
        <translation>Was hat uns vorangebracht?</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>What held us back?</source>
        <translation>Was hat uns zurückgehalten?</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Felsen</translation>
    </message>
    <message>
        <source>What risks lie ahead?</source>
        <translation>Welche Risiken liegen vor uns?</translation>
    </message>
    <message>
        <source>Island</source>
        <translation>Insel</translation>
    </message>
    <message>
        <source>Where do we want to get to?</source>
        <translation>Wohin wollen wir kommen?</translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation>Störungsanalyse</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>The facts, in order, without blame.</source>
        <translation>Die Fakten, der Reihe nach, ohne Schuldzuweisung.</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was hat geholfen</translation>
    </message>
    <message>
        <source>What made detection or recovery easier?</source>
        <translation>Was hat Erkennung oder Behebung erleichtert?</translation>
    </message>
    <message>
        <source>What hurt</source>
        <translation>Was hat geschadet</translation>
    </message>
    <message>
        <source>What made it worse or slower?</source>
        <translation>Was hat es schlimmer oder langsamer gemacht?</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>What could easily have gone worse?</source>
        <translation>Was hätte leicht schlimmer ausgehen können?</translation>
    </message>
</context>
<context>
    <name>SectionEditorPane</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the section as it reads, or return to editing (Ctrl+Shift+P)</source>
        <translation>Den Abschnitt so zeigen, wie er sich liest, oder zurück zum Bearbeiten (Strg+Umschalt+P)</translation>
    </message>
</context>
<context>
    <name>SetRetroFieldCommand</name>
    <message>
        <source>Reveal cards</source>
        <translation>Karten aufdecken</translation>
    </message>
    <message>
        <source>Hide cards</source>
        <translation>Karten verdecken</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a field of a retrospective, such as &quot;title&quot; or &quot;team&quot;</extracomment>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SetRetroPhaseCommand</name>
    <message>
        <source>Go to “%1”</source>
        <extracomment>%1 is the name of a retrospective phase, such as &quot;Vote&quot;</extracomment>
        <translation>Zu „%1“ wechseln</translation>
    </message>
</context>
<context>
    <name>SetRetroVotesCommand</name>
    <message>
        <source>Record the room’s dots</source>
        <translation>Punkte des Raums erfassen</translation>
    </message>
    <message>
        <source>Record %1’s dots</source>
        <extracomment>%1 is a participant&apos;s name</extracomment>
        <translation>Punkte von %1 erfassen</translation>
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
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Beteiligte Personen</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Auszeichnungen</translation>
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
    <name>StoryPdf</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Entdeckung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Cause tree</source>
        <translation>Ursachenbaum</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <extracomment>Anonymized export: the roles of the people involved, instead of their names</extracomment>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
    <name>TimelineDelegate</name>
    <message>
        <source>A date and time (2021-12-10 15:40), a time on the same day (15:40) or a date alone.</source>
        <translation>Ein Datum mit Uhrzeit (2021-12-10 15:40), eine Uhrzeit am selben Tag (15:40) oder nur ein Datum.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date only: the time of day is not known.</source>
        <translation>Nur Datum: Die Uhrzeit ist nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a date and time in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Person or role</source>
        <translation>Person oder Rolle</translation>
    </message>
    <message>
        <source>Change event time</source>
        <translation>Zeit des Ereignisses ändern</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Change event kind</source>
        <translation>Art des Ereignisses ändern</translation>
    </message>
    <message>
        <source>Change person or role</source>
        <translation>Person oder Rolle ändern</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n events</source>
        <translation>
            <numerusform>%n Ereignis hinzufügen</numerusform>
            <numerusform>%n Ereignisse hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Add Eve&amp;nt</source>
        <translation>Ereig&amp;nis hinzufügen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Paste Events</source>
        <translation>Ereignisse einfü&amp;gen</translation>
    </message>
    <message>
        <source>Adds an event for each line of the clipboard that starts with a date or time, or for each row of a Markdown timeline table.</source>
        <translation>Fügt ein Ereignis für jede Zeile der Zwischenablage ein, die mit einem Datum oder einer Uhrzeit beginnt, oder für jede Zeile einer Markdown-Zeitleistentabelle.</translation>
    </message>
    <message>
        <source>From the first event of each kind. Events with a date only do not count.</source>
        <translation>Ab dem ersten Ereignis jeder Art. Ereignisse mit Datum ohne Uhrzeit zählen nicht.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Enter on the last row adds the next event · Tab moves between cells · Ctrl+V pastes lines or a Markdown table · Delete removes</source>
        <translation>Eingabe in der letzten Zeile fügt das nächste Ereignis hinzu · Tab wechselt die Zelle · Strg+V fügt Zeilen oder eine Markdown-Tabelle ein · Entf löscht</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type a date and time such as 2021-12-10 15:40, a time such as 15:40, or a date alone.</source>
        <extracomment>%1 is what was typed into the time cell</extracomment>
        <translation>„%1“ ist keine Zeit. Geben Sie ein Datum mit Uhrzeit wie 2021-12-10 15:40, eine Uhrzeit wie 15:40 oder nur ein Datum ein.</translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation>Ereignis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <source>Use as &amp;Start Time</source>
        <translation>Als &amp;Beginn übernehmen</translation>
    </message>
    <message>
        <source>Use as De&amp;tection Time</source>
        <translation>Als &amp;Erkennungszeit übernehmen</translation>
    </message>
    <message>
        <source>Use as &amp;Resolution Time</source>
        <translation>Als Beheb&amp;ungszeit übernehmen</translation>
    </message>
    <message>
        <source>Trigger → detection: %1</source>
        <extracomment>%1 is a duration such as &quot;25 min&quot;</extracomment>
        <translation>Auslöser → Erkennung: %1</translation>
    </message>
    <message>
        <source>Detection → repair: %1</source>
        <extracomment>%1 is a duration such as &quot;1 h 5 min&quot;</extracomment>
        <translation>Erkennung → Behebung: %1</translation>
    </message>
    <message>
        <source>Trigger → repair: %1</source>
        <extracomment>%1 is a duration such as &quot;1 h 30 min&quot;</extracomment>
        <translation>Auslöser → Behebung: %1</translation>
    </message>
    <message>
        <source>Mark events as Trigger, Detection and Repair to see the time between them.</source>
        <translation>Markieren Sie Ereignisse als Auslöser, Erkennung und Behebung, um die Zeit dazwischen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <extracomment>the undo step of pasting timeline events</extracomment>
        <translation>
            <numerusform>%n Ereignis einfügen</numerusform>
            <numerusform>%n Ereignisse einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n event(s).</source>
        <translation>
            <numerusform>%n Ereignis eingefügt.</numerusform>
            <numerusform>%n Ereignisse eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n event(s); %1 line(s) could not be read.</source>
        <extracomment>%1 is the number of lines that could not be read</extracomment>
        <translation>
            <numerusform>%n Ereignis eingefügt; %1 Zeile(n) ließen sich nicht lesen.</numerusform>
            <numerusform>%n Ereignisse eingefügt; %1 Zeile(n) ließen sich nicht lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines Not Pasted</source>
        <translation>Nicht eingefügte Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were added. These lines did not become events; fix them and paste them again, or add them by hand:</source>
        <translation>
            <numerusform>%n Ereignis wurde hinzugefügt. Aus diesen Zeilen wurden keine Ereignisse; korrigieren Sie sie und fügen Sie sie erneut ein, oder tragen Sie sie von Hand ein:</numerusform>
            <numerusform>%n Ereignisse wurden hinzugefügt. Aus diesen Zeilen wurden keine Ereignisse; korrigieren Sie sie und fügen Sie sie erneut ein, oder tragen Sie sie von Hand ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 the line&apos;s text, %3 why it could not be read</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>TimelineParser</name>
    <message>
        <source>No cell of this row is a date or time.</source>
        <translation>Keine Zelle dieser Zeile ist ein Datum oder eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The line does not start with a date or time.</source>
        <translation>Die Zeile beginnt nicht mit einem Datum oder einer Uhrzeit.</translation>
    </message>
    <message>
        <source>The table has no time or date column.</source>
        <translation>Die Tabelle hat keine Spalte für Zeit oder Datum.</translation>
    </message>
    <message>
        <source>The row has no time.</source>
        <translation>Die Zeile hat keine Zeit.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a date and time.</source>
        <translation>„%1“ lässt sich nicht als Datum und Uhrzeit lesen.</translation>
    </message>
    <message>
        <source>The time has no date: start with a line that has one, or set the story&apos;s start.</source>
        <translation>Die Uhrzeit hat kein Datum: Beginnen Sie mit einer Zeile mit Datum oder legen Sie den Beginn der Geschichte fest.</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <extracomment>%1 is a time of day that was only partly known, e.g. &quot;14:??&quot;</extracomment>
        <translation>(um %1)</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <extracomment>%1 is the time of day at which something that went on for a while ended, e.g. &quot;11:00&quot;</extracomment>
        <translation>(bis %1)</translation>
    </message>
</context>
<context>
    <name>TimelineRules</name>
    <message>
        <source>Trigger</source>
        <comment>timeline event kind</comment>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Detection</source>
        <comment>timeline event kind</comment>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <comment>timeline event kind</comment>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Repair</source>
        <comment>timeline event kind</comment>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>timeline event kind</comment>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Key moment</source>
        <comment>timeline event kind</comment>
        <translation>Schlüsselmoment</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>Timeline event %1 does not exist.</source>
        <translation>Das Ereignis %1 der Zeitleiste gibt es nicht.</translation>
    </message>
    <message>
        <source>A timeline event needs a valid date.</source>
        <translation>Ein Ereignis der Zeitleiste braucht ein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Remaining time</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Eine Minute hinzufügen</translation>
    </message>
    <message>
        <source>Start the timer with a preset duration</source>
        <translation>Den Timer mit einer vorgegebenen Dauer starten</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Vorgabe …</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A timer preset in the retrospective timer, e.g. &quot;5 min&quot;.</extracomment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
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
