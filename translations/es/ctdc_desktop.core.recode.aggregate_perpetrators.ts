<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Perpetrators</name>
    <message>
        <source>Each victim row summarises all the perpetrators the victim described (the codebook expects up to six). For relationship, gender, age band, region of citizenship and paid money the cell lists every different value among them once, joined with &quot;;&quot; in the codebook&apos;s order (a victim with a female and a male perpetrator gets &quot;Female;Male&quot;). For a role the cell is 1 when at least one perpetrator had that role. A perpetrator whose value is missing adds nothing; a victim without any perpetrator, or whose perpetrators all lack the value, gets an empty cell. Perpetrator rows whose case ID matches no victim are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this loses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many perpetrators there were and how many had each value; which values belonged to the same perpetrator (in &quot;Female;Male&quot; with roles recruiter and exploiter, we cannot tell who recruited); and that some perpetrators&apos; values were unknown when others were known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
