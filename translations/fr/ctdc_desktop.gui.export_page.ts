<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ExportPage</name>
    <message>
        <source>the synthetic records, codebook columns and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same records as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protected counts: the release&apos;s accurate numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables, categories, definitions and the protection used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same codebook as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation, explained in words (opens in any browser, prints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each step taken, never a value from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version, recipe, parameters, record counts and a fingerprint of every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the release: a new folder with the synthetic data, the protected counts, a codebook, a report and a log of what was done. Your original export is never changed, and nothing is replaced without your say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: mission_2026_q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the folder, and the privacy budget entry of a DP release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, a mapped drive (S:\releases) or \\server\share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the release folder is made in. Type or paste a network path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing release folder of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing. Nothing is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the Synthesize step first: this step writes the synthetic records it makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not mapped to a codebook category: {0}{1}. Map each in the Recode step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save the release in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} cannot be found. Check the path, or that the network drive is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release named {0} is already in that folder. Choose another name or folder, or tick “Replace” to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the synthetic records are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-anonymous (k = {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differentially private (ε = {0:.4g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} synthetic records, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder &lt;b&gt;{0}&lt;/b&gt; in {1}, holding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder named &lt;i&gt;dataset_method_date&lt;/i&gt;, holding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison with the real records shown on the Synthesize page is not written: the report only holds figures computed from what is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the release in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The release was written&lt;/b&gt; to {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This dataset has now spent ε = {0:.4g} of its cap of {1:.4g}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
