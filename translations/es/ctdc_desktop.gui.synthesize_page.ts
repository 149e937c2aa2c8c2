<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SynthesizePage</name>
    <message>
        <source>&lt;b&gt;k-anonymous synthesis&lt;/b&gt; (as CTDC&apos;s 2021 release). Every combination of answers that is published is shared by at least &lt;b&gt;k&lt;/b&gt; real people, and counts are rounded down to a multiple of k. Rare combinations are left out. &lt;i&gt;What you give up:&lt;/i&gt; small groups disappear from the data; a larger k protects more and shows less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Differentially private synthesis&lt;/b&gt; (as CTDC&apos;s 2022 release). Random noise is added to every count, so the result hardly depends on any one person. &lt;b&gt;ε&lt;/b&gt; (epsilon) is the privacy budget: smaller means more noise and stronger protection. Budgets add up over releases of the same data, so each release spends part of a cap. &lt;i&gt;What you give up:&lt;/i&gt; counts are less exact, and a few combinations may be invented by the noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep every combination the noise produces (most detail, most invented combinations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop a few combinations that noise alone could create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop combinations that noise alone could easily create (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop as many invented combinations as possible (least detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &lt;b&gt;synthetic&lt;/b&gt; records: new rows that keep the patterns of your recoded data but belong to no real person. Choose how strongly to protect the people in it; nothing is written to a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentially private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every published combination is shared by at least this many people (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy budget this release spends (default 4; CTDC 2022 used 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest combination of answers whose count is kept (kanon default 4, dp default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise can make a combination appear that no real record has; this sets how hard to remove those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same records every run (seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for checking a run can be repeated; it does not change the protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k (smallest group shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε (privacy budget):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest combination kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented combinations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to protect the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name this data is released under. Budgets are counted per name: use the same name every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most ε this dataset may spend over all its releases (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy budget of this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on ε over all releases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by how many share their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare records made common by leaving out one variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at risk in the recoded data (before synthesis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make synthetic records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making synthetic records. Nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean error of a count (records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations invented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (on this screen only: never written to a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures by how common a combination is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the Recode step first: this step works on the recoded table it makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the recoded table is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recoded table has {0} records and {1} variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed: make the synthetic records again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A k-anonymous release spends no privacy budget (ε).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier DP releases of this dataset: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the privacy budget would pass its cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the synthetic records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for records that few others share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique (no one else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rare (2 to {0} share them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by {0} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making synthetic records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Check the result below, then go on to Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No synthetic records were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} synthetic records&lt;/b&gt; were made from {1} real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release spends ε = {0:.4g} (δ = {1:.2g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
