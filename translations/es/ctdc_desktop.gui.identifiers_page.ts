<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IdentifiersPage</name>
    <message>
        <source>Victim records: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator records: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage one found that “{column}” ({table}) may hold: {kinds}.
If you keep it, its values go on to the next steps as they are.

Why is it safe to keep? Your reason is saved in the project (do not write names or case details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a flagged column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage one looks for everything that can point to a person: names, birth dates, contacts, addresses, ID and case numbers, GPS positions, and names or numbers inside notes. Every flagged column needs your decision: remove it, change it into something safe, or keep it (you say why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop looking for identifiers. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the victim records first: this step works on what the Load step opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed to keep a flagged column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for identifiers in the loaded records again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per column of the victim and perpetrator records. Move with the arrow keys; the decision for the chosen row is beside the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or transform, as proposed, every flagged column you have not decided yet (the number on the button). Keeping a column, and deciding a new one, is never done for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim records before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim records after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator records before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator records after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim records as loaded, before anything is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim records after your decisions were applied: what the next step works on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perpetrator records as loaded, before anything is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perpetrator records after your decisions were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flagged} of {columns} victim columns flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flagged} of {columns} perpetrator columns flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage one found: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your saved decisions were applied to %n columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were not seen before: each needs your decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: columns still waiting for your decision: %n ({listed}). Choose Remove, Transform or Keep for each; the first is selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>So far: {remove} to remove, {transform} to transform, {keep} to keep; {undecided} not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far: {remove} to remove, {transform} to transform, {keep} to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n proposals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply your decisions to the victim and perpetrator records. Your files are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for names, contacts and other identifiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before every column was checked. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flagged column holds something that can point to a person (a name, a contact, a birth date, an ID number, a place, or notes that mention them). The other columns are categories such as gender, country or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions saved in the project are matched to this export by column name. A column that was not there when they were saved is marked “New column: not decided yet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the identifiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of flagged or new columns without a decision. Nothing leaves this step until each has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The next step works on the records shown under “after”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was removed yet; press the button again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{removed} removed, {transformed} transformed, {kept} kept.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the victim and perpetrator records together: removed ones are gone, transformed ones keep only something safe (an age, a year, a link number, notes with names blacked out), kept ones go on unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many columns (victims and perpetrators together) will be removed, changed into something safe, or kept as they are; “not decided yet” counts the columns still waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims after (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators after (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview on the first {rows} records, with your decisions so far and the proposals for the columns not decided yet. “Remove the identifiers” applies them to every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals to accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
