<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="51"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="149"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="13"/>
        <location filename="../../app/chart/charttext.cpp" line="14"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n direct</numerusform>
            <numerusform>%n direct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="14"/>
        <location filename="../../app/chart/charttext.cpp" line="74"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="63"/>
        <source>manager, %n levels up</source>
        <translation>
            <numerusform>manager, %n level up</numerusform>
            <numerusform>manager, %n levels up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="73"/>
        <source>%n direct reports</source>
        <translation>
            <numerusform>%n direct report</numerusform>
            <numerusform>%n direct reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <location filename="../../app/api/connectiontester.cpp" line="144"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</source>
        <translation>
            <numerusform>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</numerusform>
            <numerusform>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message numerus="yes">
        <location filename="../../app/credentials/credentialstore.cpp" line="311"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the system keychain did not answer within %n second</numerusform>
            <numerusform>the system keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="155"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="236"/>
        <source>Copied %Ln user(s)</source>
        <translation>
            <numerusform>Copied %Ln user</numerusform>
            <numerusform>Copied %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="251"/>
        <source>Export %1’s Team (%Ln)…</source>
        <translation>
            <numerusform>Export %1’s Team (%Ln)…</numerusform>
            <numerusform>Export %1’s Team (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="373"/>
        <source>Exporting %Ln user(s)…</source>
        <translation>
            <numerusform>Exporting %Ln user…</numerusform>
            <numerusform>Exporting %Ln users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="402"/>
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln user to %1.</numerusform>
            <numerusform>Exported %Ln users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message numerus="yes">
        <location filename="../../ui/facetpanel.cpp" line="230"/>
        <source>… %n more (use the search box)</source>
        <translation>
            <numerusform>… %n more (use the search box)</numerusform>
            <numerusform>… %n more (use the search box)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="467"/>
        <source>Waiting %n s (rate limit)</source>
        <translation>
            <numerusform>Waiting %n s (rate limit)</numerusform>
            <numerusform>Waiting %n s (rate limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="469"/>
        <source>Connection problem — retrying in %n s</source>
        <translation>
            <numerusform>Connection problem — retrying in %n s</numerusform>
            <numerusform>Connection problem — retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message numerus="yes">
        <location filename="../../ui/orgchartview.cpp" line="291"/>
        <source>Unknown manager (id %1) — %n report(s)</source>
        <translation>
            <numerusform>Unknown manager (id %1) — %n report</numerusform>
            <numerusform>Unknown manager (id %1) — %n reports</numerusform>
        </translation>
    </message>
</context>
</TS>
