<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Reading</name>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a picture (PNG)</source>
        <translation>une image (PNG)</translation>
    </message>
    <message>
        <source>a picture (JPEG)</source>
        <translation>une image (JPEG)</translation>
    </message>
    <message>
        <source>a picture (GIF)</source>
        <translation>une image (GIF)</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>un fichier compressé (gzip)</translation>
    </message>
    <message>
        <source>a compressed (7-Zip) file</source>
        <translation>un fichier compressé (7-Zip)</translation>
    </message>
    <message>
        <source>a compressed (RAR) file</source>
        <translation>un fichier compressé (RAR)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>is {0}, not a table of case records.</source>
        <translation>est {0}, pas un tableau de cas.</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file that holds the records (export it again from the case-management system if it is an export).</source>
        <translation>Choisissez le fichier CSV ou Excel qui contient les enregistrements (exportez-le à nouveau depuis le système de gestion des cas s&apos;il s&apos;agit d&apos;un export).</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the folder and the file name, then open it again.</source>
        <translation>Vérifiez le dossier et le nom du fichier, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>is a folder, not a file.</source>
        <translation>est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Choose the export file inside it.</source>
        <translation>Choisissez le fichier exporté qu&apos;il contient.</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied.</source>
        <translation>ne peut pas être ouvert : accès refusé.</translation>
    </message>
    <message>
        <source>Close it in Excel, or copy it to your Documents folder.</source>
        <translation>Fermez-le dans Excel, ou copiez-le dans votre dossier Documents.</translation>
    </message>
    <message>
        <source>cannot be opened ({0}).</source>
        <translation>ne peut pas être ouvert ({0}).</translation>
    </message>
    <message>
        <source>Copy it to your computer and try again.</source>
        <translation>Copiez-le sur votre ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>is empty (0 bytes).</source>
        <translation>est vide (0 octet).</translation>
    </message>
    <message>
        <source>Check that you chose the right file; if it should hold records, save or export it again and open that.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier ; s&apos;il doit contenir des enregistrements, enregistrez-le ou exportez-le à nouveau et ouvrez ce nouveau fichier.</translation>
    </message>
    <message>
        <source>is damaged: it starts like an Excel workbook but cannot be opened.</source>
        <translation>est endommagé : il commence comme un classeur Excel mais ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Open it in Excel; if Excel repairs it, save it under a new name and open that copy.</source>
        <translation>Ouvrez-le dans Excel ; si Excel le répare, enregistrez-le sous un nouveau nom et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>une présentation PowerPoint</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>is too large to open on this computer: there is not enough free memory.</source>
        <translation>est trop volumineux pour cet ordinateur : la mémoire libre ne suffit pas.</translation>
    </message>
    <message>
        <source>Close other programs and try again, or export the cases in smaller parts (for example one file per year).</source>
        <translation>Fermez d&apos;autres programmes et réessayez, ou exportez les cas en plusieurs parties (par exemple un fichier par année).</translation>
    </message>
    <message>
        <source>could not be read to the end ({0}).</source>
        <translation>n&apos;a pas pu être lu jusqu&apos;au bout ({0}).</translation>
    </message>
    <message>
        <source>Copy the file to this computer&apos;s Documents folder and open that copy.</source>
        <translation>Copiez le fichier dans le dossier Documents de cet ordinateur et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>is a text file and has no sheets, so sheet &quot;{0}&quot; cannot be chosen.</source>
        <translation>est un fichier texte sans feuilles : la feuille &quot;{0}&quot; ne peut donc pas être choisie.</translation>
    </message>
    <message>
        <source>Leave the sheet out for CSV and text files.</source>
        <translation>Ne donnez pas de feuille pour les fichiers CSV et texte.</translation>
    </message>
</context>
</TS>
