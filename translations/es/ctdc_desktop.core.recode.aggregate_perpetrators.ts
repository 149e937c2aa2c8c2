<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Perpetrators</name>
    <message>
        <source>Each victim row summarises all the perpetrators the victim described (the codebook expects up to six). For relationship, gender, age band, region of citizenship and paid money the cell lists every different value among them once, joined with &quot;;&quot; in the codebook&apos;s order (a victim with a female and a male perpetrator gets &quot;Female;Male&quot;). For a role the cell is 1 when at least one perpetrator had that role. A perpetrator whose value is missing adds nothing; a victim without any perpetrator, or whose perpetrators all lack the value, gets an empty cell. Perpetrator rows whose case ID matches no victim are left out.</source>
        <translation>Cada fila de víctima resume todos los perpetradores que la víctima describió (el libro de códigos prevé hasta seis). Para la relación, el género, el tramo de edad, la región de ciudadanía y el dinero pagado, la celda lista cada valor distinto entre ellos una sola vez, unido con «;» en el orden del libro de códigos (una víctima con una perpetradora y un perpetrador obtiene &quot;Female;Male&quot;). Para un rol, la celda vale 1 cuando al menos un perpetrador tenía ese rol. Un perpetrador cuyo valor falta no añade nada; una víctima sin perpetradores, o cuyos perpetradores carecen todos del valor, obtiene una celda vacía. Las filas de perpetradores cuyo ID de caso no coincide con ninguna víctima se dejan fuera.</translation>
    </message>
    <message>
        <source>What this loses:</source>
        <translation>Lo que se pierde:</translation>
    </message>
    <message>
        <source>How many perpetrators there were and how many had each value; which values belonged to the same perpetrator (in &quot;Female;Male&quot; with roles recruiter and exploiter, we cannot tell who recruited); and that some perpetrators&apos; values were unknown when others were known.</source>
        <translation>Cuántos perpetradores había y cuántos tenían cada valor; qué valores pertenecían al mismo perpetrador (en &quot;Female;Male&quot; con los roles reclutador y explotador, no se puede saber quién reclutó); y que los valores de algunos perpetradores eran desconocidos cuando otros eran conocidos.</translation>
    </message>
</context>
</TS>
