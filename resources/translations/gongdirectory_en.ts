<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="42"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="164"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/changescommand.cpp" line="167"/>
        <source>the offline copy of %1 has %n snapshot(s); comparing needs two (each &apos;gong-directory export&apos; or &apos;changes --refresh&apos; stores one)</source>
        <translation>
            <numerusform>the offline copy of %1 has %n snapshot; comparing needs two (each &apos;gong-directory export&apos; or &apos;changes --refresh&apos; stores one)</numerusform>
            <numerusform>the offline copy of %1 has %n snapshots; comparing needs two (each &apos;gong-directory export&apos; or &apos;changes --refresh&apos; stores one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message numerus="yes">
        <location filename="../../ui/changesview.cpp" line="29"/>
        <source>%1 · %n people</source>
        <translation>
            <numerusform>%1 · %n person</numerusform>
            <numerusform>%1 · %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/changesview.cpp" line="263"/>
        <source>Exported %n changes to %1</source>
        <translation>
            <numerusform>Exported %n change to %1</numerusform>
            <numerusform>Exported %n changes to %1</numerusform>
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
        <location filename="../../app/api/connectiontester.cpp" line="149"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</source>
        <translation>
            <numerusform>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</numerusform>
            <numerusform>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message numerus="yes">
        <location filename="../../app/cli/directorysource.cpp" line="395"/>
        <source>stored as snapshot %1 of %2 (%n new or changed user(s))</source>
        <translation>
            <numerusform>stored as snapshot %1 of %2 (%n new or changed user)</numerusform>
            <numerusform>stored as snapshot %1 of %2 (%n new or changed users)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="182"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln user to %1</numerusform>
            <numerusform>Exported %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="212"/>
        <source>All selected people, %Ln of them hidden by the search</source>
        <translation>
            <numerusform>All selected people, %Ln of them hidden by the search</numerusform>
            <numerusform>All selected people, %Ln of them hidden by the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="284"/>
        <source>Copied %Ln user(s)</source>
        <translation>
            <numerusform>Copied %Ln user</numerusform>
            <numerusform>Copied %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="286"/>
        <source>%Ln more selected but hidden by the search, not copied</source>
        <translation>
            <numerusform>%Ln more selected but hidden by the search, not copied</numerusform>
            <numerusform>%Ln more selected but hidden by the search, not copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="301"/>
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
        <location filename="../../ui/exportdialog.cpp" line="281"/>
        <source>The file will hold only the %Ln people loaded. Load everyone first (Refresh) for a complete export.</source>
        <translation>
            <numerusform>The file will hold only the %Ln person loaded. Load everyone first (Refresh) for a complete export.</numerusform>
            <numerusform>The file will hold only the %Ln people loaded. Load everyone first (Refresh) for a complete export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="283"/>
        <source>Export %Ln Loaded People</source>
        <translation>
            <numerusform>Export %Ln Loaded Person</numerusform>
            <numerusform>Export %Ln Loaded People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="507"/>
        <source>Exporting %Ln user(s)…</source>
        <translation>
            <numerusform>Exporting %Ln user…</numerusform>
            <numerusform>Exporting %Ln users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="536"/>
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
        <location filename="../../ui/facetpanel.cpp" line="269"/>
        <source>… %n more (use the search box)</source>
        <translation>
            <numerusform>… %n more (use the search box)</numerusform>
            <numerusform>… %n more (use the search box)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <location filename="../../app/audit/healthcheck.cpp" line="157"/>
        <source>%n active direct report(s)</source>
        <translation>
            <numerusform>%n active direct report</numerusform>
            <numerusform>%n active direct reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadingStatus</name>
    <message numerus="yes">
        <location filename="../../ui/loadingstatus.cpp" line="148"/>
        <source>Waiting %n s (rate limit)</source>
        <translation>
            <numerusform>Waiting %n s (rate limit)</numerusform>
            <numerusform>Waiting %n s (rate limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loadingstatus.cpp" line="150"/>
        <source>%1 in %n s</source>
        <translation>
            <numerusform>%1 in %n s</numerusform>
            <numerusform>%1 in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message numerus="yes">
        <location filename="../../ui/orgchartview.cpp" line="224"/>
        <source>Unknown manager (id %1) — %n report(s)</source>
        <translation>
            <numerusform>Unknown manager (id %1) — %n report</numerusform>
            <numerusform>Unknown manager (id %1) — %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageDownload</name>
    <message numerus="yes">
        <location filename="../../app/api/pagedownload.cpp" line="137"/>
        <source>%1 did not send its whole answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not send its whole answer within %n second.</numerusform>
            <numerusform>%1 did not send its whole answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <location filename="../../app/credentials/secretstore.cpp" line="173"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the system keychain did not answer within %n second</numerusform>
            <numerusform>the system keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message numerus="yes">
        <location filename="../../app/store/snapshotdatabase.cpp" line="188"/>
        <source>%n stored user(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n stored user could not be read and is left out.</numerusform>
            <numerusform>%n stored users could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message numerus="yes">
        <location filename="../../app/store/snapshotstore.cpp" line="37"/>
        <source>The offline copy has %n snapshot(s); comparing needs two.</source>
        <translation>
            <numerusform>The offline copy has %n snapshot; comparing needs two.</numerusform>
            <numerusform>The offline copy has %n snapshots; comparing needs two.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotsCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/snapshotscommand.cpp" line="119"/>
        <source>Offline copy of %1: %n snapshot(s) (%2)</source>
        <translation>
            <numerusform>Offline copy of %1: %n snapshot (%2)</numerusform>
            <numerusform>Offline copy of %1: %n snapshots (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPager</name>
    <message numerus="yes">
        <location filename="../../app/api/userpager.cpp" line="232"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/userpager.cpp" line="233"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/userpager.cpp" line="251"/>
        <source>Gong&apos;s rate limit has held this load for %n minute(s) in all, and asks to wait %1 s more.</source>
        <translation>
            <numerusform>Gong&apos;s rate limit has held this load for %n minute in all, and asks to wait %1 s more.</numerusform>
            <numerusform>Gong&apos;s rate limit has held this load for %n minutes in all, and asks to wait %1 s more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPageParser</name>
    <message numerus="yes">
        <location filename="../../app/api/userspageparser.cpp" line="46"/>
        <source>%Ln record(s) had fields of the wrong type, e.g. %1; their other fields were kept.</source>
        <translation>
            <numerusform>%Ln record had fields of the wrong type, e.g. %1; its other fields were kept.</numerusform>
            <numerusform>%Ln records had fields of the wrong type, e.g. %1; their other fields were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/userspageparser.cpp" line="51"/>
        <source>%Ln record(s) were skipped: not an object, or no id.</source>
        <translation>
            <numerusform>%Ln record was skipped: not an object, or no id.</numerusform>
            <numerusform>%Ln records were skipped: not objects, or no id.</numerusform>
        </translation>
    </message>
</context>
</TS>
