<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Perpetrators</name>
    <message>
        <source>Each victim row summarises all the perpetrators the victim described (the codebook expects up to six). For relationship, gender, age band, region of citizenship and paid money the cell lists every different value among them once, joined with &quot;;&quot; in the codebook&apos;s order (a victim with a female and a male perpetrator gets &quot;Female;Male&quot;). For a role the cell is 1 when at least one perpetrator had that role. A perpetrator whose value is missing adds nothing; a victim without any perpetrator, or whose perpetrators all lack the value, gets an empty cell. Perpetrator rows whose case ID matches no victim are left out.</source>
        <translation>Chaque ligne de victime résume tous les auteurs que la victime a décrits (le livre de codes en prévoit jusqu&apos;à six). Pour le lien, le genre, la tranche d&apos;âge, la région de nationalité et l&apos;argent payé, la cellule liste chaque valeur différente parmi eux une seule fois, jointe par «&#xa0;;&#xa0;» dans l&apos;ordre du livre de codes (une victime avec un auteur femme et un auteur homme obtient &quot;Female;Male&quot;). Pour un rôle, la cellule vaut 1 quand au moins un auteur avait ce rôle. Un auteur dont la valeur manque n&apos;ajoute rien&#xa0;; une victime sans aucun auteur, ou dont aucun auteur n&apos;a la valeur, obtient une cellule vide. Les lignes d&apos;auteurs dont l&apos;identifiant de dossier ne correspond à aucune victime sont laissées de côté.</translation>
    </message>
    <message>
        <source>What this loses:</source>
        <translation>Ce que cela perd&#xa0;:</translation>
    </message>
    <message>
        <source>How many perpetrators there were and how many had each value; which values belonged to the same perpetrator (in &quot;Female;Male&quot; with roles recruiter and exploiter, we cannot tell who recruited); and that some perpetrators&apos; values were unknown when others were known.</source>
        <translation>Combien d&apos;auteurs il y avait et combien avaient chaque valeur&#xa0;; quelles valeurs appartenaient au même auteur (dans &quot;Female;Male&quot; avec les rôles recruteur et exploiteur, on ne peut pas dire qui a recruté)&#xa0;; et le fait que les valeurs de certains auteurs étaient inconnues quand d&apos;autres étaient connues.</translation>
    </message>
</context>
</TS>
