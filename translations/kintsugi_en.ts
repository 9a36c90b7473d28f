<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%1 (%n cards)</source>
        <extracomment>A group on the retro board: its name and how many cards it holds.</extracomment>
        <translation>
            <numerusform>%1 (%n card)</numerusform>
            <numerusform>%1 (%n cards)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n stories, %1 pages: %2</source>
        <extracomment>%n stories, %1 the number of pages, %2 the file</extracomment>
        <translation>
            <numerusform>%n story, %1 pages: %2</numerusform>
            <numerusform>%n stories, %1 pages: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExportActions</name>
    <message numerus="yes">
        <source>%n story(s) imported.</source>
        <extracomment>%n is the number of stories added to the library</extracomment>
        <translation>
            <numerusform>%n story imported.</numerusform>
            <numerusform>%n stories imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s) skipped: already in the library.</source>
        <extracomment>%n is the number of stories skipped because the library has them already</extracomment>
        <translation>
            <numerusform>%n story skipped: already in the library.</numerusform>
            <numerusform>%n stories skipped: already in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message numerus="yes">
        <source>Saved the handbook (%n pages) as “%1”.</source>
        <translation>
            <numerusform>Saved the handbook (%n page) as “%1”.</numerusform>
            <numerusform>Saved the handbook (%n pages) as “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n file(s) imported as draft stories</source>
        <extracomment>the first line of the import report dialog</extracomment>
        <translation>
            <numerusform>%n file imported as a draft story</numerusform>
            <numerusform>%n files imported as draft stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostmortemImport</name>
    <message numerus="yes">
        <source>Import %n stories</source>
        <extracomment>the undo step of an import; %n is the number of stories</extracomment>
        <translation>
            <numerusform>Import %n story</numerusform>
            <numerusform>Import %n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveCauseSubtreeCommand</name>
    <message numerus="yes">
        <source>Delete %n cause(s)</source>
        <translation>
            <numerusform>Delete %n cause</numerusform>
            <numerusform>Delete %n causes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetroCollectPage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetroSummary</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetroVoting</name>
    <message numerus="yes">
        <source>The room has only %n dot(s) left.</source>
        <extracomment>%1 is the number of dots the room has left</extracomment>
        <translation>
            <numerusform>The room has only %n dot left.</numerusform>
            <numerusform>The room has only %n dots left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n dot(s) left.</source>
        <extracomment>%1 is a participant&apos;s name; %n the dots left</extracomment>
        <translation>
            <numerusform>%1 has only %n dot left.</numerusform>
            <numerusform>%1 has only %n dots left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>Add %n events</source>
        <translation>
            <numerusform>Add %n event</numerusform>
            <numerusform>Add %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <extracomment>the undo step of pasting timeline events</extracomment>
        <translation>
            <numerusform>Paste %n event</numerusform>
            <numerusform>Paste %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n event(s).</source>
        <translation>
            <numerusform>Pasted %n event.</numerusform>
            <numerusform>Pasted %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n event(s); %1 line(s) could not be read.</source>
        <extracomment>%1 is the number of lines that could not be read</extracomment>
        <translation>
            <numerusform>Pasted %n event; %1 line(s) could not be read.</numerusform>
            <numerusform>Pasted %n events; %1 line(s) could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were added. These lines did not become events; fix them and paste them again, or add them by hand:</source>
        <translation>
            <numerusform>%n event was added. These lines did not become events; fix them and paste them again, or add them by hand:</numerusform>
            <numerusform>%n events were added. These lines did not become events; fix them and paste them again, or add them by hand:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A timer preset in the retrospective timer, e.g. &quot;5 min&quot;.</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
