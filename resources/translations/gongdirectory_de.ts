<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="51"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n weitere)</numerusform>
            <numerusform>(%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="72"/>
        <source>Gong rejected the request as malformed (HTTP 400).</source>
        <translation>Gong hat die Anfrage als fehlerhaft abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="76"/>
        <source>Gong did not accept the credentials (HTTP 401). Check the access key and secret, or the access token, in Connection settings.</source>
        <translation>Gong hat die Zugangsdaten nicht akzeptiert (HTTP 401). Prüfen Sie Zugriffsschlüssel und Geheimnis bzw. das Zugriffstoken in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="81"/>
        <source>Access denied (HTTP 403): the API key lacks the api:users:read scope. Ask a Gong technical admin to grant it.</source>
        <translation>Zugriff verweigert (HTTP 403): Dem API-Schlüssel fehlt der Bereich api:users:read. Bitten Sie eine technische Gong-Administratorin oder einen technischen Gong-Administrator, ihn freizugeben.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="86"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429).</source>
        <translation>Das Anfragelimit von Gong wurde erreicht (HTTP 429).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="91"/>
        <source>Gong&apos;s server answered with an error (HTTP %1).</source>
        <translation>Der Gong-Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="94"/>
        <source>Unexpected answer from Gong (HTTP %1).</source>
        <translation>Unerwartete Antwort von Gong (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="104"/>
        <source>Server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="106"/>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="122"/>
        <source>The secure (TLS) connection to %1 failed: %2. Your credentials were not sent.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen: %2. Ihre Zugangsdaten wurden nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="128"/>
        <source>The host name %1 could not be found (DNS lookup failed). Check the base URL and your network connection.</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen). Prüfen Sie die Basis-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="133"/>
        <source>%1 refused the connection on port %2. Check the base URL.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="143"/>
        <source>The server redirected to another address, which was refused so that your credentials stay with %1 (%2).</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; das wurde abgelehnt, damit Ihre Zugangsdaten bei %1 bleiben (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="149"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="156"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../ui/appoptions.cpp" line="14"/>
        <source>Browse, search and export the people in a Gong account.</source>
        <translation>Personen in einem Gong-Konto durchsuchen, finden und exportieren.</translation>
    </message>
    <message>
        <location filename="../../ui/appoptions.cpp" line="19"/>
        <source>Open the built-in demo company of N users (default 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern öffnen (Standard: 5000).</translation>
    </message>
    <message>
        <location filename="../../ui/appoptions.cpp" line="20"/>
        <source>Also list Gong staff (avatars).</source>
        <translation>Auch Gong-Mitarbeiter auflisten (Avatare).</translation>
    </message>
    <message>
        <location filename="../../ui/appoptions.cpp" line="38"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../ui/appearance.cpp" line="71"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../ui/appearance.cpp" line="81"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../ui/appearance.cpp" line="82"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../ui/appearance.cpp" line="83"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="56"/>
        <source>Draw an organisation chart as SVG, PNG or PDF, without a display: the person --root names, their
reports down to --depth levels, and their chain of managers above them.</source>
        <translation>Ein Organigramm als SVG, PNG oder PDF zeichnen, ohne Bildschirm: die mit --root genannte Person, ihre
Unterstellten bis --depth Ebenen tief und die Kette ihrer Führungskräfte darüber.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="59"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="61"/>
        <source>Chart the built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern zeichnen (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="62"/>
        <source>Also load Gong staff (avatars).</source>
        <translation>Auch Gong-Mitarbeiter laden (Avatare).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="64"/>
        <source>Use the offline copy of the directory instead of loading it (not available yet).</source>
        <translation>Die Offline-Kopie des Verzeichnisses verwenden, statt es zu laden (noch nicht verfügbar).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="66"/>
        <source>The person at the top of the chart: an id or an e-mail.</source>
        <translation>Die Person an der Spitze des Organigramms: eine ID oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="69"/>
        <source>Levels of reports below the root (default 2; 0 is the root alone).</source>
        <translation>Ebenen von Unterstellten unter der Wurzel (Standard 2; 0 ist die Wurzel allein).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="72"/>
        <source>svg, png or pdf; without it, the output file&apos;s suffix decides (else svg).</source>
        <translation>svg, png oder pdf; ohne diese Angabe entscheidet die Endung der Ausgabedatei (sonst svg).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="75"/>
        <source>Write to FILE (replaced only when the chart is complete); &apos;-&apos; is stdout.</source>
        <translation>In DATEI schreiben (wird nur ersetzt, wenn das Organigramm vollständig ist); &apos;-&apos; ist stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="78"/>
        <source>PNG pixels per point of the chart: 1 (default), 2 or 4.</source>
        <translation>PNG-Pixel je Punkt des Organigramms: 1 (Standard), 2 oder 4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="80"/>
        <source>PDF paper, landscape: a4 (default) or letter. A large chart is split over pages.</source>
        <translation>PDF-Papier, quer: a4 (Standard) oder letter. Ein großes Organigramm wird auf Seiten verteilt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="83"/>
        <source>light (default) or dark.</source>
        <translation>light (hell, Standard) oder dark (dunkel).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="93"/>
        <source>--root needs the id or e-mail of the person at the top of the chart.</source>
        <translation>--root benötigt die ID oder E-Mail-Adresse der Person an der Spitze des Organigramms.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="100"/>
        <source>--depth expects a number of levels from 0 to %1.</source>
        <translation>--depth erwartet eine Anzahl von Ebenen von 0 bis %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="106"/>
        <source>-o needs a file to write the chart to, or &apos;-&apos; for stdout.</source>
        <translation>-o benötigt eine Datei für das Organigramm oder &apos;-&apos; für stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="111"/>
        <source>Unknown format “%1”; use svg, png or pdf.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie svg, png oder pdf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="120"/>
        <source>--scale expects 1, 2 or 4.</source>
        <translation>--scale erwartet 1, 2 oder 4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="124"/>
        <source>--scale applies to PNG only.</source>
        <translation>--scale gilt nur für PNG.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="131"/>
        <source>Unknown paper “%1”; use a4 or letter.</source>
        <translation>Unbekanntes Papier „%1“; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="135"/>
        <source>--paper applies to PDF only.</source>
        <translation>--paper gilt nur für PDF.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="142"/>
        <source>Unknown theme “%1”; use light or dark.</source>
        <translation>Unbekanntes Erscheinungsbild „%1“; verwenden Sie light oder dark.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="149"/>
        <source>--offline is not available yet: this version keeps no offline copy of the directory.</source>
        <translation>--offline ist noch nicht verfügbar: Diese Version speichert keine Offline-Kopie des Verzeichnisses.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="190"/>
        <source>Nobody in the directory has the id or e-mail “%1” (%2 people loaded).</source>
        <translation>Niemand im Verzeichnis hat die ID oder E-Mail-Adresse „%1“ (%2 Personen geladen).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="204"/>
        <source>The chart would show %1 people, more than %2; choose a smaller --depth.</source>
        <translation>Das Organigramm würde %1 Personen zeigen, mehr als %2; wählen Sie ein kleineres --depth.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="224"/>
        <source>charted %1 people under %2 as %3 to %4</source>
        <translation>%1 Personen unter %2 als %3 nach %4 gezeichnet</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="227"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="88"/>
        <source>The chart is empty.</source>
        <translation>Das Organigramm ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="121"/>
        <source>Made by Gong Directory</source>
        <translation>Erstellt mit Gong Directory</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="125"/>
        <source>Could not start the SVG.</source>
        <translation>Das SVG konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="146"/>
        <source>PNG scale must be 1, 2 or 4.</source>
        <translation>Der PNG-Maßstab muss 1, 2 oder 4 sein.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="154"/>
        <source>The chart is too large for a PNG at %1× (%2 × %3 pixels); export it as SVG or PDF, or with fewer levels or a smaller scale.</source>
        <translation>Das Organigramm ist zu groß für ein PNG in %1× (%2 × %3 Pixel); exportieren Sie es als SVG oder PDF oder mit weniger Ebenen oder kleinerem Maßstab.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="163"/>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="246"/>
        <source>Could not start the PDF: %1</source>
        <translation>Das PDF konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="256"/>
        <source>Could not add a page to the PDF.</source>
        <translation>Dem PDF konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="268"/>
        <source>Page %1 of %2 (row %3, column %4)</source>
        <translation>Seite %1 von %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="286"/>
        <source>Could not finish the PDF: %1</source>
        <translation>Das PDF konnte nicht abgeschlossen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="13"/>
        <location filename="../../app/chart/charttext.cpp" line="14"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n direkt</numerusform>
            <numerusform>%n direkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="14"/>
        <location filename="../../app/chart/charttext.cpp" line="74"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="19"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="24"/>
        <source>Manager not in directory</source>
        <translation>Führungskraft nicht im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="29"/>
        <source>(id %1)</source>
        <translation>(ID %1)</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="34"/>
        <source>Reporting cycle</source>
        <translation>Berichtszyklus</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="39"/>
        <source>back to %1</source>
        <translation>zurück zu %1</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="60"/>
        <source>current person</source>
        <translation>aktuelle Person</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="63"/>
        <source>manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="63"/>
        <source>manager, %n levels up</source>
        <translation>
            <numerusform>Führungskraft, %n Ebene höher</numerusform>
            <numerusform>Führungskraft, %n Ebenen höher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="66"/>
        <source>peer</source>
        <translation>Kollegin oder Kollege auf gleicher Ebene</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/chart/charttext.cpp" line="73"/>
        <source>%n direct reports</source>
        <translation>
            <numerusform>%n direkt unterstellte Person</numerusform>
            <numerusform>%n direkt unterstellte Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="77"/>
        <source>inactive</source>
        <comment>a person, in a list of facts about them</comment>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="79"/>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="81"/>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="89"/>
        <source>Organisation chart</source>
        <translation>Organigramm</translation>
    </message>
    <message>
        <location filename="../../app/chart/charttext.cpp" line="90"/>
        <source>%1 — organisation chart</source>
        <translation>%1 — Organigramm</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="19"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="25"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="38"/>
        <source>Reset to default columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="19"/>
        <source>&amp;Connection Settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="25"/>
        <source>Base URL, credentials and saved connections (Ctrl+,)</source>
        <translation>Basis-URL, Zugangsdaten und gespeicherte Verbindungen (Strg+,)</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="30"/>
        <source>Active connection</source>
        <translation>Aktive Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="31"/>
        <source>Switch to another saved connection (reloads the directory)</source>
        <translation>Zu einer anderen gespeicherten Verbindung wechseln (lädt das Verzeichnis neu)</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="60"/>
        <source>Not connected. Enter your Gong base URL and API credentials in Connection Settings (Ctrl+,), or start with --demo to explore the demo company.</source>
        <translation>Nicht verbunden. Geben Sie Ihre Gong-Basis-URL und API-Zugangsdaten in den Verbindungseinstellungen (Strg+,) ein, oder starten Sie mit --demo, um die Demo-Firma zu erkunden.</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="104"/>
        <source>Reading the credentials of “%1”…</source>
        <translation>Zugangsdaten von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="122"/>
        <source>“%1” has no credentials yet: %2 Enter them in Connection Settings (Ctrl+,).</source>
        <translation>„%1“ hat noch keine Zugangsdaten: %2 Geben Sie sie in den Verbindungseinstellungen (Strg+,) ein.</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="143"/>
        <source>Choose a connection</source>
        <translation>Verbindung auswählen</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="39"/>
        <source>Gong API base URL, e.g. https://us-12345.api.gong.io (default: $GONG_BASE_URL).</source>
        <translation>Basis-URL der Gong-API, z. B. https://us-12345.api.gong.io (Standard: $GONG_BASE_URL).</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="42"/>
        <source>Requests per second (default 3, Gong&apos;s limit).</source>
        <translation>Anfragen pro Sekunde (Standard 3, das Limit von Gong).</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="53"/>
        <source>--demo expects a number of users from 0 to %1.</source>
        <translation>--demo erwartet eine Benutzeranzahl von 0 bis %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="62"/>
        <source>--base-url needs a URL.</source>
        <translation>--base-url benötigt eine URL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="70"/>
        <source>--rate expects a number of requests per second.</source>
        <translation>--rate erwartet eine Anzahl von Anfragen pro Sekunde.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="17"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="19"/>
        <source>Connected — 1 user</source>
        <translation>Verbunden — 1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="21"/>
        <source>Connected — %1 users</source>
        <translation>Verbunden — %1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="56"/>
        <source>Enter the OAuth access token.</source>
        <translation>Geben Sie das OAuth-Zugriffstoken ein.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="57"/>
        <source>Enter both the access key and the access key secret.</source>
        <translation>Geben Sie sowohl den Zugriffsschlüssel als auch das Geheimnis ein.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="133"/>
        <source>The server redirected to %1, which was refused so that your credentials stay with %2. Check the base URL.</source>
        <translation>Der Server hat auf %1 umgeleitet; das wurde abgelehnt, damit Ihre Zugangsdaten bei %2 bleiben. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/connectiontester.cpp" line="144"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</source>
        <translation>
            <numerusform>Das Anfragelimit von Gong wurde erreicht (HTTP 429) — versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Das Anfragelimit von Gong wurde erreicht (HTTP 429) — versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="146"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429) — try again in a minute.</source>
        <translation>Das Anfragelimit von Gong wurde erreicht (HTTP 429) — versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="150"/>
        <source>Nothing answers at %1 (HTTP 404). Check the base URL: it looks like https://us-12345.api.gong.io.</source>
        <translation>Unter %1 antwortet nichts (HTTP 404). Prüfen Sie die Basis-URL: Sie sieht aus wie https://us-12345.api.gong.io.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="156"/>
        <source>Gong may be having trouble; try again later.</source>
        <translation>Bei Gong gibt es möglicherweise Probleme; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="166"/>
        <source>The server at %1 answered, but not the way Gong&apos;s API does. Check the base URL.</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht so wie die Gong-API. Prüfen Sie die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="146"/>
        <location filename="../../app/credentials/credentialstore.cpp" line="186"/>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="202"/>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Geheimnisse werden im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="205"/>
        <source>Keychain unavailable — credentials will be kept for this session only.</source>
        <translation>Schlüsselbund nicht verfügbar — Zugangsdaten werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="206"/>
        <source>Keychain unavailable — credentials will be kept for this session only (%1).</source>
        <translation>Schlüsselbund nicht verfügbar — Zugangsdaten werden nur für diese Sitzung aufbewahrt (%1).</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="231"/>
        <source>Credentials entered in this session.</source>
        <translation>In dieser Sitzung eingegebene Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="257"/>
        <source>Removed from this session. The system keychain cannot be reached, so a copy saved there earlier could not be removed.</source>
        <translation>Aus dieser Sitzung entfernt. Der System-Schlüsselbund ist nicht erreichbar, daher konnte eine dort früher gespeicherte Kopie nicht entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/credentials/credentialstore.cpp" line="311"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="326"/>
        <source>Credentials loaded from the system keychain.</source>
        <translation>Zugangsdaten aus dem System-Schlüsselbund geladen.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="329"/>
        <source>The saved credentials in the system keychain are unreadable; enter them again.</source>
        <translation>Die im System-Schlüsselbund gespeicherten Zugangsdaten sind unlesbar; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="332"/>
        <source>Credentials saved in the system keychain.</source>
        <translation>Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="334"/>
        <source>Saved credentials removed from the system keychain.</source>
        <translation>Gespeicherte Zugangsdaten aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="340"/>
        <source>No credentials were saved in the system keychain for this connection.</source>
        <translation>Für diese Verbindung waren keine Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="343"/>
        <source>No credentials are saved in the system keychain for this connection.</source>
        <translation>Für diese Verbindung sind keine Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="350"/>
        <source>The system keychain refused access (%1).</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="356"/>
        <source>The saved credentials could not be removed from the system keychain (%1).</source>
        <translation>Die gespeicherten Zugangsdaten konnten nicht aus dem System-Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <location filename="../../app/credentials/credentialstore.cpp" line="363"/>
        <source>no system keychain was found</source>
        <translation>es wurde kein System-Schlüsselbund gefunden</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="33"/>
        <location filename="../../ui/credentialsdialog.cpp" line="38"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="38"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="52"/>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="79"/>
        <source>C&amp;onnection:</source>
        <translation>Verbin&amp;dung:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="82"/>
        <source>Saved connection</source>
        <translation>Gespeicherte Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="86"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="87"/>
        <source>Add another connection</source>
        <translation>Weitere Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="88"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="89"/>
        <source>Delete this connection and its saved credentials</source>
        <translation>Diese Verbindung und ihre gespeicherten Zugangsdaten löschen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="100"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="101"/>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="107"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="118"/>
        <source>Access &amp;key + secret</source>
        <translation>&amp;Zugriffsschlüssel + Geheimnis</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="119"/>
        <source>An API key created in Gong under Company settings → Ecosystem → API</source>
        <translation>Ein API-Schlüssel, in Gong erstellt unter Unternehmenseinstellungen → Ecosystem → API</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="120"/>
        <source>OAuth access &amp;token</source>
        <translation>OAuth-Zugriffst&amp;oken</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="128"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="133"/>
        <source>Access ke&amp;y:</source>
        <translation>Zugriffs&amp;schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="136"/>
        <source>Access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="138"/>
        <source>Show the access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="140"/>
        <source>Access key &amp;secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="143"/>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="145"/>
        <source>Show the access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="147"/>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffsto&amp;ken:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="156"/>
        <source>Include &amp;avatars (Gong staff who accessed the account)</source>
        <translation>&amp;Avatare einbeziehen (Gong-Mitarbeiter, die auf das Konto zugegriffen haben)</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="162"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund spe&amp;ichern</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="164"/>
        <source>&amp;Forget saved credentials</source>
        <translation>Gespeicherte Zugangsdaten &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="179"/>
        <location filename="../../ui/credentialsdialog.cpp" line="492"/>
        <location filename="../../ui/credentialsdialog.cpp" line="498"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="203"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="278"/>
        <source>Set in the environment: %1. These take precedence over the connection chosen here until the app is started without them.</source>
        <translation>In der Umgebung gesetzt: %1. Diese haben Vorrang vor der hier gewählten Verbindung, bis die App ohne sie gestartet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="303"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="322"/>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="336"/>
        <source>Reading saved credentials from the system keychain…</source>
        <translation>Gespeicherte Zugangsdaten werden aus dem System-Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="395"/>
        <source>Shown in Gong under Company settings → Ecosystem → API, e.g. https://us-12345.api.gong.io</source>
        <translation>Zu finden in Gong unter Unternehmenseinstellungen → Ecosystem → API, z. B. https://us-12345.api.gong.io</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="402"/>
        <source>Plain http:// is accepted only because %1 is this computer (loopback); anything else must use https://.</source>
        <translation>Unverschlüsseltes http:// wird nur akzeptiert, weil %1 dieser Computer ist (Loopback); alles andere muss https:// verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="407"/>
        <source>Will connect to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="426"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="428"/>
        <source>access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="429"/>
        <source>access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="437"/>
        <source>The %1 holds only spaces, line breaks or invisible characters.</source>
        <translation>Das Feld „%1“ enthält nur Leerzeichen, Zeilenumbrüche oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="439"/>
        <source>The %1 is empty.</source>
        <translation>Das Feld „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="446"/>
        <source>Paste the OAuth access token.</source>
        <translation>Fügen Sie das OAuth-Zugriffstoken ein.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="447"/>
        <source>Enter the access key and its secret (Gong: Company settings → Ecosystem → API).</source>
        <translation>Geben Sie den Zugriffsschlüssel und sein Geheimnis ein (Gong: Company settings → Ecosystem → API).</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="454"/>
        <source>Spaces, line breaks and invisible characters pasted along with the credentials are ignored.</source>
        <translation>Leerzeichen, Zeilenumbrüche und unsichtbare Zeichen, die mit den Zugangsdaten eingefügt werden, werden ignoriert.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="481"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="482"/>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="491"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="515"/>
        <source>Removing the saved credentials…</source>
        <translation>Gespeicherte Zugangsdaten werden entfernt…</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="537"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="538"/>
        <source>Delete the connection “%1” and remove its credentials from the system keychain?</source>
        <translation>Die Verbindung „%1“ löschen und ihre Zugangsdaten aus dem System-Schlüsselbund entfernen?</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../../app/demo/demosession.cpp" line="114"/>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detailpane.cpp" line="76"/>
        <source>Web conferences recorded</source>
        <translation>Webkonferenzen aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="78"/>
        <source>Prevents web-conference recording</source>
        <translation>Verhindert Aufzeichnung von Webkonferenzen</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="80"/>
        <source>Telephony calls imported</source>
        <translation>Telefonate importiert</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="82"/>
        <source>Emails imported</source>
        <translation>E-Mails importiert</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="84"/>
        <source>Prevents email import</source>
        <translation>Verhindert E-Mail-Import</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="86"/>
        <source>Non-recorded meetings imported</source>
        <translation>Nicht aufgezeichnete Meetings importiert</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="88"/>
        <source>Gong Connect enabled</source>
        <translation>Gong Connect aktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="99"/>
        <source>Person details</source>
        <translation>Personendetails</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="110"/>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="148"/>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="149"/>
        <source>Copy the email address to the clipboard</source>
        <translation>E-Mail-Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="151"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="152"/>
        <source>Copy the Gong user id to the clipboard</source>
        <translation>Gong-Benutzer-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="165"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="171"/>
        <location filename="../../ui/detailpane.cpp" line="173"/>
        <source>Manager chain</source>
        <translation>Führungskette</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="186"/>
        <source>Export team…</source>
        <translation>Team exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="187"/>
        <source>Export this person and everyone below them</source>
        <translation>Diese Person und alle unter ihr exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="199"/>
        <source>Direct reports</source>
        <translation>Direkt Unterstellte</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="205"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="212"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="218"/>
        <source>API field settings.%1</source>
        <translation>API-Feld settings.%1</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="228"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="235"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="236"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="261"/>
        <source>Go to manager</source>
        <translation>Zur Führungskraft</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="270"/>
        <source>Go to first direct report</source>
        <translation>Zur ersten direkt unterstellten Person</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="351"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="351"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="358"/>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="379"/>
        <source>ext. %1</source>
        <translation>Durchwahl %1</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="380"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="383"/>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="385"/>
        <source>Trusted email</source>
        <translation>Vertrauenswürdige E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="387"/>
        <source>Meeting links</source>
        <translation>Meeting-Links</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="389"/>
        <source>Recording consent</source>
        <translation>Einwilligung zur Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="402"/>
        <source>No contact details</source>
        <translation>Keine Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="410"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="415"/>
        <source>Top of the organisation (no manager)</source>
        <translation>Spitze der Organisation (keine Führungskraft)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="419"/>
        <source>This person is listed as their own manager.</source>
        <translation>Diese Person ist als ihre eigene Führungskraft eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="421"/>
        <source>The manager chain loops back on itself; it is shown up to where it repeats.</source>
        <translation>Die Führungskette führt zu sich selbst zurück; sie wird bis zur Wiederholung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="423"/>
        <source>The chain ends at a manager who is not in the directory.</source>
        <translation>Die Kette endet bei einer Führungskraft, die nicht im Verzeichnis ist.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="438"/>
        <source>No direct reports</source>
        <translation>Keine direkt Unterstellten</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="439"/>
        <source>Direct reports (%1) · %2 in the organisation below</source>
        <translation>Direkt Unterstellte (%1) · %2 in der Organisation darunter</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="476"/>
        <source>unknown language</source>
        <translation>unbekannte Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="480"/>
        <source>(primary)</source>
        <translation>(primär)</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="483"/>
        <source>None listed</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="491"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="494"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="497"/>
        <location filename="../../ui/detailpane.cpp" line="520"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="504"/>
        <source>Web conferences are recorded, but recording is also prevented.</source>
        <translation>Webkonferenzen werden aufgezeichnet, aber die Aufzeichnung wird auch verhindert.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="507"/>
        <source>Emails are imported, but email import is also prevented.</source>
        <translation>E-Mails werden importiert, aber der E-Mail-Import wird auch verhindert.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="539"/>
        <source>Other fields (%1)</source>
        <translation>Weitere Felder (%1)</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../app/directory/directory.cpp" line="314"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="33"/>
        <source>Use the connection saved in the app under NAME (secrets from the system keychain).</source>
        <translation>Die in der App unter NAME gespeicherte Verbindung verwenden (Geheimnisse aus dem System-Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="37"/>
        <source>No progress on stderr, only errors.</source>
        <translation>Kein Fortschritt auf stderr, nur Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="38"/>
        <source>Also show the client&apos;s log on stderr.</source>
        <translation>Auch das Protokoll des Clients auf stderr ausgeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="52"/>
        <source>--profile needs the name of a connection saved in the app.</source>
        <translation>--profile benötigt den Namen einer in der App gespeicherten Verbindung.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="56"/>
        <source>--demo and --profile cannot be used together.</source>
        <translation>--demo und --profile können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="71"/>
        <source>Nowhere to load the people from: use --demo, --profile NAME, or --base-url / GONG_BASE_URL with credentials in %1.</source>
        <translation>Keine Quelle für die Personen: Verwenden Sie --demo, --profile NAME oder --base-url / GONG_BASE_URL mit Zugangsdaten in %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="78"/>
        <source>Or use --profile NAME for a connection saved in the app.</source>
        <translation>Oder verwenden Sie --profile NAME für eine in der App gespeicherte Verbindung.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="98"/>
        <source>Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its
secrets from the system keychain. --base-url and the environment still take precedence.

Exit codes: 0 success, 2 usage or query error, or missing configuration (no credentials,
unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or
network failure after retries, 5 output could not be written.</source>
        <translation>Gespeicherte Verbindungen: --profile NAME verwendet eine in der App gespeicherte Verbindung: ihre
Basis-URL und ihre Geheimnisse aus dem System-Schlüsselbund. --base-url und die Umgebung haben
weiterhin Vorrang.

Exit-Codes: 0 Erfolg, 2 Aufruf- oder Suchfehler oder fehlende Konfiguration (keine Zugangsdaten,
unbekanntes --profile, Schlüsselbund nicht verfügbar), 3 Authentifizierung fehlgeschlagen (401/403),
4 API- oder Netzwerkfehler nach Wiederholungen, 5 Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="148"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="170"/>
        <source>Try &apos;gong-directory %1 --help&apos;.</source>
        <translation>Siehe &apos;gong-directory %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="223"/>
        <source>No saved connection is named “%1”: none are saved. Add one in the app&apos;s Connection Settings.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“: Es ist keine gespeichert. Fügen Sie in den Verbindungseinstellungen der App eine hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="226"/>
        <source>No saved connection is named “%1”. Saved connections: %2.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“. Gespeicherte Verbindungen: %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="234"/>
        <source>The saved connection “%1” has no usable base URL: %2</source>
        <translation>Die gespeicherte Verbindung „%1“ hat keine verwendbare Basis-URL: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="240"/>
        <source>Save them in the app&apos;s Connection Settings, or set them in the environment (%1).</source>
        <translation>Speichern Sie sie in den Verbindungseinstellungen der App oder setzen Sie sie in der Umgebung (%1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="243"/>
        <source>The saved connection “%1” does not keep its credentials in the system keychain. %2</source>
        <translation>Die gespeicherte Verbindung „%1“ bewahrt ihre Zugangsdaten nicht im System-Schlüsselbund auf. %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="266"/>
        <source>The system keychain is unavailable.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="267"/>
        <source>The system keychain is unavailable (%1).</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="271"/>
        <source>None are saved in the system keychain.</source>
        <translation>Im System-Schlüsselbund sind keine gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="277"/>
        <source>The saved credentials are incomplete.</source>
        <translation>Die gespeicherten Zugangsdaten sind unvollständig.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="281"/>
        <source>Cannot read the credentials of the saved connection “%1”: %2 %3</source>
        <translation>Die Zugangsdaten der gespeicherten Verbindung „%1“ können nicht gelesen werden: %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="305"/>
        <source>Could not write to stdout: %1</source>
        <translation>Schreiben auf stdout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="325"/>
        <source>Demo company of %1 users</source>
        <translation>Demo-Firma mit %1 Benutzern</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="331"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="333"/>
        <source>Connecting to %1 (saved connection “%2”)</source>
        <translation>Verbinde mit %1 (gespeicherte Verbindung „%2“)</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="348"/>
        <source>loaded %1/%2</source>
        <translation>%1/%2 geladen</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="350"/>
        <source>loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="353"/>
        <source>waiting %1 s (rate limit)</source>
        <translation>warte %1 s (Anfragelimit)</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="355"/>
        <source>retrying in %1 s (%2/%3): %4</source>
        <translation>neuer Versuch in %1 s (%2/%3): %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="385"/>
        <source>%1 records had fields of an unexpected type; their other fields were kept.</source>
        <translation>%1 Datensätze hatten Felder mit unerwartetem Typ; ihre übrigen Felder wurden übernommen.</translation>
    </message>
</context>
<context>
    <name>EnvironmentConnection</name>
    <message>
        <location filename="../../app/credentials/environmentconnection.cpp" line="41"/>
        <source>%1 and %2, or %3</source>
        <translation>%1 und %2 oder %3</translation>
    </message>
    <message>
        <location filename="../../app/credentials/environmentconnection.cpp" line="48"/>
        <source>Environment (takes precedence over saved connections and the keychain):
  GONG_BASE_URL            e.g. https://us-12345.api.gong.io
  %1</source>
        <translation>Umgebung (hat Vorrang vor gespeicherten Verbindungen und dem Schlüsselbund):
  GONG_BASE_URL            z. B. https://us-12345.api.gong.io
  %1</translation>
    </message>
    <message>
        <location filename="../../app/credentials/environmentconnection.cpp" line="57"/>
        <source>No credentials: set %1.</source>
        <translation>Keine Zugangsdaten: Setzen Sie %1.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="18"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="19"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="30"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="31"/>
        <source>Continue loading from where it stopped, keeping the loaded rows</source>
        <translation>Dort weiterladen, wo es aufgehört hat; die geladenen Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="32"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../ui/exportactions.cpp" line="34"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="37"/>
        <source>Export people to CSV, JSON or vCard (Ctrl+E)</source>
        <translation>Personen als CSV, JSON oder vCard exportieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="43"/>
        <source>Copy the selected people, ready to paste into a spreadsheet</source>
        <translation>Die ausgewählten Personen kopieren, bereit zum Einfügen in eine Tabellenkalkulation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="155"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="168"/>
        <source>Selected people</source>
        <translation>Ausgewählte Personen</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="169"/>
        <source>People in the current view</source>
        <translation>Personen in der aktuellen Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="172"/>
        <location filename="../../ui/exportactions.cpp" line="191"/>
        <source>Whole directory</source>
        <translation>Gesamtes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="188"/>
        <source>%1 and their organisation</source>
        <translation>%1 und die Organisation darunter</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="202"/>
        <source>team-%1</source>
        <translation>team-%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="236"/>
        <source>Copied %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer kopiert</numerusform>
            <numerusform>%Ln Benutzer kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="251"/>
        <source>Export %1’s Team (%Ln)…</source>
        <translation>
            <numerusform>Team von %1 exportieren (%Ln)…</numerusform>
            <numerusform>Team von %1 exportieren (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="24"/>
        <source>Columns (use the keys with --columns, separated by commas):</source>
        <translation>Spalten (die Schlüssel mit --columns verwenden, durch Kommas getrennt):</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="32"/>
        <source>(derived)</source>
        <translation>(abgeleitet)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="34"/>
        <source>[default]</source>
        <translation>[Standard]</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="66"/>
        <source>Export the people in a Gong account to CSV, JSON or vCard, without a display.</source>
        <translation>Die Personen eines Gong-Kontos als CSV, JSON oder vCard exportieren, ohne Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="69"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="72"/>
        <source>Export the built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern exportieren (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="73"/>
        <source>Also export Gong staff (avatars).</source>
        <translation>Auch Gong-Mitarbeiter exportieren (Avatare).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="75"/>
        <source>Only people matching Q, in the search box&apos;s language (e.g. &apos;title:engineer -is:inactive under:&quot;Ana Ortiz&quot;&apos;).</source>
        <translation>Nur Personen, die auf Q passen, in der Sprache des Suchfelds (z. B. &apos;title:engineer -is:inactive under:&quot;Ana Ortiz&quot;&apos;).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="78"/>
        <source>csv (default), json or vcard.</source>
        <translation>csv (Standard), json oder vcard.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="81"/>
        <source>CSV columns, comma-separated keys; &apos;help&apos; lists them.</source>
        <translation>CSV-Spalten, durch Kommas getrennte Schlüssel; &apos;help&apos; listet sie auf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="84"/>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV ohne UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="86"/>
        <source>JSON on one line instead of indented.</source>
        <translation>JSON in einer Zeile statt eingerückt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="89"/>
        <source>Write to FILE (replaced only when the export succeeds); &apos;-&apos; is stdout (the default).</source>
        <translation>In DATEI schreiben (wird nur ersetzt, wenn der Export gelingt); &apos;-&apos; ist stdout (Standard).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="108"/>
        <source>Unknown column “%1”; &apos;--columns help&apos; lists them.</source>
        <translation>Unbekannte Spalte „%1“; &apos;--columns help&apos; listet sie auf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="114"/>
        <source>--columns needs at least one column key.</source>
        <translation>--columns benötigt mindestens einen Spaltenschlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="121"/>
        <source>--output needs a file name, or &apos;-&apos; for stdout.</source>
        <translation>--output benötigt einen Dateinamen oder &apos;-&apos; für stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="127"/>
        <source>Unknown format “%1”; use csv, json or vcard.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie csv, json oder vcard.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="135"/>
        <source>--columns applies to CSV only; %1 has a fixed shape.</source>
        <translation>--columns gilt nur für CSV; %1 hat eine feste Form.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="161"/>
        <source>Bad --query: %1</source>
        <translation>Ungültiges --query: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="208"/>
        <source>written %1/%2</source>
        <translation>%1/%2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="229"/>
        <source>exported %1 of %2 users as %3 to %4</source>
        <translation>%1 von %2 Benutzern als %3 nach %4 exportiert</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="232"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="50"/>
        <source>Export People</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="52"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="56"/>
        <location filename="../../ui/exportdialog.cpp" line="60"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="63"/>
        <source>Byte-order mark (lets Excel detect UTF-8)</source>
        <translation>Byte-Order-Mark (damit Excel UTF-8 erkennt)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="65"/>
        <source>Indented (readable; compact when off)</source>
        <translation>Eingerückt (lesbar; kompakt, wenn aus)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="76"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="82"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="88"/>
        <source>Check all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="89"/>
        <source>Uncheck all</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="100"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="101"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="105"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="108"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="116"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="148"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="155"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="284"/>
        <source>Checked columns are exported in this order; drag to reorder.</source>
        <translation>Ausgewählte Spalten werden in dieser Reihenfolge exportiert; zum Umsortieren ziehen.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="286"/>
        <source>JSON holds every field exactly as Gong sent it; columns do not apply.</source>
        <translation>JSON enthält jedes Feld genau so, wie Gong es gesendet hat; Spalten gelten hier nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="287"/>
        <source>vCards hold name, email addresses, phone, title, languages, meeting links and manager; columns do not apply.</source>
        <translation>vCards enthalten Name, E-Mail-Adressen, Telefon, Titel, Sprachen, Meeting-Links und Führungskraft; Spalten gelten hier nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="305"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="349"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="354"/>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="354"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="372"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="373"/>
        <source>Exporting %Ln user(s)…</source>
        <translation>
            <numerusform>%Ln Benutzer wird exportiert…</numerusform>
            <numerusform>%Ln Benutzer werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="374"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="382"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="402"/>
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="408"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="31"/>
        <location filename="../../app/export/exportfile.cpp" line="67"/>
        <source>Could not write “%1”: it is a folder.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="40"/>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="49"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="55"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="73"/>
        <source>Could not write “%1”: “%2” is a file, not a folder.</source>
        <translation>„%1“ konnte nicht geschrieben werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="79"/>
        <source>Could not write “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="85"/>
        <source>Could not write “%1”: the folder “%2” is read-only.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Der Ordner „%2“ ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../app/export/exportformat.cpp" line="48"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulationen)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportformat.cpp" line="50"/>
        <source>JSON (as the API sent it)</source>
        <translation>JSON (wie von der API gesendet)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportformat.cpp" line="52"/>
        <source>vCard 4.0 (address books)</source>
        <translation>vCard 4.0 (Adressbücher)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportformat.cpp" line="61"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportformat.cpp" line="63"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportformat.cpp" line="65"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="48"/>
        <source>Unknown column “%1”.</source>
        <translation>Unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="61"/>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="72"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="76"/>
        <source>Row %1 is not in the directory.</source>
        <translation>Zeile %1 ist nicht im Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="100"/>
        <source>Could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="40"/>
        <location filename="../../ui/facetpanel.cpp" line="55"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="41"/>
        <source>Narrow the people shown by status, title, language, manager and settings</source>
        <translation>Die angezeigten Personen nach Status, Titel, Sprache, Führungskraft und Einstellungen eingrenzen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="51"/>
        <source>Facet choices as a query</source>
        <translation>Filterauswahl als Suchanfrage</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="102"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="136"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="136"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="140"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="146"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="146"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="146"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="226"/>
        <source>%1 — reports to %2</source>
        <translation>%1 — berichtet an %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facetpanel.cpp" line="230"/>
        <source>… %n more (use the search box)</source>
        <translation>
            <numerusform>… %n weiterer (Suchfeld verwenden)</numerusform>
            <numerusform>… %n weitere (Suchfeld verwenden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="272"/>
        <source>%1: %2  ✕</source>
        <translation>%1: %2  ✕</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="273"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="274"/>
        <source>Remove filter %1: %2</source>
        <translation>Filter %1: %2 entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="288"/>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="298"/>
        <source>As a query: %1</source>
        <translation>Als Suchanfrage: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="61"/>
        <source>Gong Directory</source>
        <translation>Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="76"/>
        <location filename="../../ui/mainwindow.cpp" line="118"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>Everyone in the directory, one person per row</source>
        <translation>Alle im Verzeichnis, eine Person pro Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>Org chart</source>
        <translation>Organigramm</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="153"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="173"/>
        <source>Show in org chart</source>
        <translation>Im Organigramm zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="249"/>
        <source>Load the directory again (Ctrl+R, F5)</source>
        <translation>Verzeichnis neu laden (Strg+R, F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="254"/>
        <source>Stop loading; the rows loaded so far stay (Esc)</source>
        <translation>Laden anhalten; die bisher geladenen Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="273"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="299"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="301"/>
        <source>Users loaded</source>
        <translation>Geladene Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="303"/>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="305"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="325"/>
        <source>%1 — Gong Directory</source>
        <translation>%1 — Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="350"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="366"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="410"/>
        <source>Loaded %1 of %2 users</source>
        <translation>%1 von %2 Benutzern geladen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="413"/>
        <source>Loaded %1 users</source>
        <translation>%1 Benutzer geladen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="421"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="432"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="437"/>
        <source>Stopped — %1 users loaded</source>
        <translation>Angehalten — %1 Benutzer geladen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="442"/>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>The %1 users loaded so far are kept.</source>
        <translation>Die %1 bisher geladenen Benutzer bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="467"/>
        <source>Waiting %n s (rate limit)</source>
        <translation>
            <numerusform>Warte %n s (Anfragelimit)</numerusform>
            <numerusform>Warte %n s (Anfragelimit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="469"/>
        <source>Connection problem — retrying in %n s</source>
        <translation>
            <numerusform>Verbindungsproblem — neuer Versuch in %n s</numerusform>
            <numerusform>Verbindungsproblem — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="494"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="519"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="529"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="533"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="536"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="542"/>
        <source>Search &amp;Help</source>
        <translation>Such&amp;hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="557"/>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="557"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="558"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="586"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="587"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="591"/>
        <source>&amp;About Gong Directory</source>
        <translation>Ü&amp;ber Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="592"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="609"/>
        <location filename="../../ui/mainwindow.cpp" line="629"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="622"/>
        <source>Select the manager</source>
        <translation>Führungskraft auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="623"/>
        <source>Select the first direct report</source>
        <translation>Erste direkt unterstellte Person auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="625"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="626"/>
        <source>From the search box to the results</source>
        <translation>Vom Suchfeld zu den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="636"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="639"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="641"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="641"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="664"/>
        <source>About Gong Directory</source>
        <translation>Über Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="665"/>
        <source>&lt;h3&gt;Gong Directory %1&lt;/h3&gt;&lt;p&gt;Browse, search and export the people in a Gong account.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Gong is a trademark of Gong.io Ltd; this application is not made by Gong.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gong Directory %1&lt;/h3&gt;&lt;p&gt;Personen in einem Gong-Konto durchsuchen, finden und exportieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz. Gong ist eine Marke der Gong.io Ltd; diese Anwendung stammt nicht von Gong.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="92"/>
        <source>Search the org chart (name, title, email, id)…</source>
        <translation>Organigramm durchsuchen (Name, Titel, E-Mail, ID)…</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="94"/>
        <source>Search the org chart</source>
        <translation>Organigramm durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="97"/>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="99"/>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="102"/>
        <location filename="../../ui/orgchartview.cpp" line="140"/>
        <location filename="../../ui/orgchartview.cpp" line="141"/>
        <source>Hierarchy health</source>
        <translation>Zustand der Hierarchie</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="103"/>
        <source>People with no manager, missing managers, inactive managers and reporting cycles</source>
        <translation>Personen ohne Führungskraft, fehlende Führungskräfte, inaktive Führungskräfte und Berichtszyklen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="113"/>
        <source>Org chart</source>
        <translation>Organigramm</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="258"/>
        <source>Export this team… (%1 people)</source>
        <translation>Dieses Team exportieren… (%1 Personen)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="261"/>
        <source>Expand everything below</source>
        <translation>Alles darunter aufklappen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="285"/>
        <source>No manager</source>
        <translation>Keine Führungskraft</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="288"/>
        <source>Managers not in the directory</source>
        <translation>Führungskräfte, die nicht im Verzeichnis sind</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgchartview.cpp" line="291"/>
        <source>Unknown manager (id %1) — %n report(s)</source>
        <translation>
            <numerusform>Unbekannte Führungskraft (ID %1) — %n unterstellte Person</numerusform>
            <numerusform>Unbekannte Führungskraft (ID %1) — %n unterstellte Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="298"/>
        <source>Inactive managers with active reports</source>
        <translation>Inaktive Führungskräfte mit aktiven Unterstellten</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="301"/>
        <source>Reporting cycles</source>
        <translation>Berichtszyklen</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="462"/>
        <source>Manager not in directory</source>
        <translation>Führungskraft nicht im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="464"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="466"/>
        <source>Reporting cycles</source>
        <translation>Berichtszyklen</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="484"/>
        <source>People whose manager id is not among the loaded users</source>
        <translation>Personen, deren Führungskraft-ID unter den geladenen Benutzern fehlt</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="486"/>
        <source>These people name manager id %1, who is not in the directory</source>
        <translation>Diese Personen nennen die Führungskraft-ID %1, die nicht im Verzeichnis ist</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="488"/>
        <source>Chains of managers that loop back; each loop is shown starting from its smallest id</source>
        <translation>Führungsketten, die zu sich selbst zurückführen; jede Schleife beginnt bei ihrer kleinsten ID</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="492"/>
        <source>Direct reports</source>
        <translation>Direkt Unterstellte</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="494"/>
        <source>Everyone below, at all levels</source>
        <translation>Alle darunter, auf allen Ebenen</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="532"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="534"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="536"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="538"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/searchbar.cpp" line="30"/>
        <source>Search people (Ctrl+F) — e.g. maria title:engineer -is:inactive</source>
        <translation>Personen suchen (Strg+F) — z. B. maria title:engineer -is:inactive</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="31"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="38"/>
        <source>Search problem</source>
        <translation>Suchproblem</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="44"/>
        <source>Search syntax and examples</source>
        <translation>Suchsyntax und Beispiele</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="45"/>
        <location filename="../../ui/searchbar.cpp" line="291"/>
        <source>Search help</source>
        <translation>Suchhilfe</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="104"/>
        <source>Type words to find people; field:value narrows by field. Press ? for help.</source>
        <translation>Wörter eingeben, um Personen zu finden; feld:wert grenzt nach Feld ein. ? drücken für Hilfe.</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="252"/>
        <source>&lt;h3&gt;Search syntax&lt;/h3&gt;&lt;p&gt;Every word must appear (in any order) in the name, email, aliases, title, phone, extension or id. Case and accents do not matter: &lt;i&gt;jose&lt;/i&gt; finds José.&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;maria lopez&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;sales engineer&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-contractor&lt;/code&gt;&lt;/td&gt;&lt;td&gt;leave out matches (works before any term)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;name: email: title: phone:&lt;/code&gt;&lt;/td&gt;&lt;td&gt;look in one field; &lt;code&gt;title:=&quot;VP, Sales&quot;&lt;/code&gt; is the whole field; &lt;code&gt;title:a,b&lt;/code&gt; is a or b&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;id:123&lt;/code&gt;&lt;/td&gt;&lt;td&gt;exact id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:es&lt;/code&gt;&lt;/td&gt;&lt;td&gt;speaks es-ES, es-MX, …; &lt;code&gt;lang:primary=de&lt;/code&gt;: primary language&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;manager:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;direct manager&apos;s name, email or id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;under:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;everyone below Maria, at any depth&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;created:2023&lt;/code&gt;&lt;/td&gt;&lt;td&gt;also &lt;code&gt;created:&amp;gt;=2024-03-01&lt;/code&gt;, &lt;code&gt;&amp;lt;&lt;/code&gt;, &lt;code&gt;&amp;lt;=&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:active is:inactive is:manager&lt;/code&gt;&lt;/td&gt;&lt;td&gt;status; has direct reports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:manager has:phone has:aliases&lt;/code&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;setting:emailsImported&lt;/code&gt;&lt;/td&gt;&lt;td&gt;setting on; &lt;code&gt;setting:emailsImported=off,unknown&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h4&gt;Examples&lt;/h4&gt;&lt;p&gt;&lt;code&gt;under:&quot;Ana Silva&quot; is:active -lang:en&lt;/code&gt;&lt;br&gt;&lt;code&gt;title:engineer created:&amp;gt;=2024 -setting:webConferencesRecorded&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Esc clears the search; Ctrl+F comes back to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suchsyntax&lt;/h3&gt;&lt;p&gt;Jedes Wort muss (in beliebiger Reihenfolge) im Namen, in der E-Mail, den Aliassen, im Titel, in der Telefonnummer, der Durchwahl oder der ID vorkommen. Groß-/Kleinschreibung und Akzente spielen keine Rolle: &lt;i&gt;jose&lt;/i&gt; findet José.&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;maria lopez&lt;/code&gt;&lt;/td&gt;&lt;td&gt;beide Wörter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;sales engineer&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;genau diese Wortfolge&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-contractor&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Treffer ausschließen (funktioniert vor jedem Begriff)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;name: email: title: phone:&lt;/code&gt;&lt;/td&gt;&lt;td&gt;in einem Feld suchen; &lt;code&gt;title:=&quot;VP, Sales&quot;&lt;/code&gt; ist das ganze Feld; &lt;code&gt;title:a,b&lt;/code&gt; ist a oder b&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;id:123&lt;/code&gt;&lt;/td&gt;&lt;td&gt;genaue ID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:es&lt;/code&gt;&lt;/td&gt;&lt;td&gt;spricht es-ES, es-MX, …; &lt;code&gt;lang:primary=de&lt;/code&gt;: Hauptsprache&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;manager:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Name, E-Mail oder ID der direkten Führungskraft&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;under:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;alle unterhalb von Maria, auf jeder Ebene&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;created:2023&lt;/code&gt;&lt;/td&gt;&lt;td&gt;auch &lt;code&gt;created:&amp;gt;=2024-03-01&lt;/code&gt;, &lt;code&gt;&amp;lt;&lt;/code&gt;, &lt;code&gt;&amp;lt;=&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:active is:inactive is:manager&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Status; hat direkt Unterstellte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:manager has:phone has:aliases&lt;/code&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;setting:emailsImported&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Einstellung ein; &lt;code&gt;setting:emailsImported=off,unknown&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h4&gt;Beispiele&lt;/h4&gt;&lt;p&gt;&lt;code&gt;under:&quot;Ana Silva&quot; is:active -lang:en&lt;/code&gt;&lt;br&gt;&lt;code&gt;title:engineer created:&amp;gt;=2024 -setting:webConferencesRecorded&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Esc leert die Suche; Strg+F springt zurück ins Suchfeld.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>UserColumns</name>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="16"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="17"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="18"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="19"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="20"/>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="21"/>
        <source>Manager email</source>
        <translation>E-Mail der Führungskraft</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="23"/>
        <source>Manager chain</source>
        <translation>Führungskette</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="26"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="27"/>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="28"/>
        <source>Primary language</source>
        <translation>Hauptsprache</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="30"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="31"/>
        <source>Direct reports</source>
        <translation>Direkt Unterstellte</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="33"/>
        <source>Total reports</source>
        <translation>Unterstellte gesamt</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="35"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="36"/>
        <source>Email aliases</source>
        <translation>E-Mail-Aliasse</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="38"/>
        <source>Trusted email</source>
        <translation>Vertrauenswürdige E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="40"/>
        <source>Meeting URLs</source>
        <translation>Meeting-URLs</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="42"/>
        <source>Consent page</source>
        <translation>Einwilligungsseite</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="44"/>
        <source>Manager id</source>
        <translation>Führungskraft-ID</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="45"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="47"/>
        <source>Web conferences recorded</source>
        <translation>Webkonferenzen aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="49"/>
        <source>Prevents web-conference recording</source>
        <translation>Verhindert Aufzeichnung von Webkonferenzen</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="51"/>
        <source>Telephony calls imported</source>
        <translation>Telefonate importiert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="52"/>
        <source>Emails imported</source>
        <translation>E-Mails importiert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="54"/>
        <source>Prevents email import</source>
        <translation>Verhindert E-Mail-Import</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="57"/>
        <source>Non-recorded meetings imported</source>
        <translation>Nicht aufgezeichnete Meetings importiert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="58"/>
        <source>Gong Connect enabled</source>
        <translation>Gong Connect aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="96"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="97"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="99"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="100"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>UserFacets</name>
    <message>
        <location filename="../../app/search/userfacets.cpp" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/search/userfacets.cpp" line="121"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/search/userfacets.cpp" line="123"/>
        <source>Primary language</source>
        <translation>Hauptsprache</translation>
    </message>
    <message>
        <location filename="../../app/search/userfacets.cpp" line="125"/>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
</context>
<context>
    <name>UserPager</name>
    <message>
        <location filename="../../app/api/userpager.cpp" line="170"/>
        <source>The server redirected to %1, which was refused so that your credentials stay with %2.</source>
        <translation>Der Server hat auf %1 umgeleitet; das wurde abgelehnt, damit Ihre Zugangsdaten bei %2 bleiben.</translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="185"/>
        <source>Gong&apos;s rate limit asks to wait %1 minutes — the daily API quota is probably used up. Try again later; everything loaded so far is kept.</source>
        <translation>Das Anfragelimit von Gong verlangt %1 Minuten Wartezeit — das tägliche API-Kontingent ist wahrscheinlich aufgebraucht. Versuchen Sie es später erneut; alles bisher Geladene bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="193"/>
        <source>Gong kept answering &quot;rate limit exceeded&quot;; stopped after %1 tries.</source>
        <translation>Gong hat wiederholt „rate limit exceeded“ geantwortet; nach %1 Versuchen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="256"/>
        <source>The server returned a cursor it had already given; paging stopped to avoid an endless loop. Everything loaded so far is kept.</source>
        <translation>Der Server hat einen bereits gelieferten Cursor zurückgegeben; das Blättern wurde angehalten, um eine Endlosschleife zu vermeiden. Alles bisher Geladene bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="268"/>
        <source>Gave up after %1 attempts.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
</context>
<context>
    <name>UserQuery</name>
    <message>
        <location filename="../../app/search/userquery.cpp" line="76"/>
        <source>Too many terms: only the first %1 are used</source>
        <translation>Zu viele Begriffe: Nur die ersten %1 werden verwendet</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="95"/>
        <source>Missing closing quote</source>
        <translation>Schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="153"/>
        <source>Term longer than %1 characters is ignored</source>
        <translation>Ein Begriff mit mehr als %1 Zeichen wird ignoriert</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="179"/>
        <source>Unexpected text after the value</source>
        <translation>Unerwarteter Text nach dem Wert</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="209"/>
        <source>Unknown field &quot;%1:&quot; (known: %2)</source>
        <translation>Unbekanntes Feld &quot;%1:&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="214"/>
        <source>Missing value after &quot;%1:&quot;</source>
        <translation>Wert nach &quot;%1:&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="243"/>
        <source>Missing language after &quot;lang:primary=&quot;</source>
        <translation>Sprache nach &quot;lang:primary=&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="272"/>
        <source>Unknown value &quot;%1&quot; for &quot;%2:&quot; (known: %3)</source>
        <translation>Unbekannter Wert &quot;%1&quot; für &quot;%2:&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="291"/>
        <source>Use one setting per term: setting:name=on,off</source>
        <translation>Eine Einstellung pro Begriff: setting:name=on,off</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="300"/>
        <source>Unknown setting &quot;%1&quot; (known: %2)</source>
        <translation>Unbekannte Einstellung &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="316"/>
        <source>Unknown state &quot;%1&quot; for setting %2 (use on, off or unknown)</source>
        <translation>Unbekannter Zustand &quot;%1&quot; für Einstellung %2 (on, off oder unknown verwenden)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="327"/>
        <source>created: takes one year or date</source>
        <translation>created: erwartet ein Jahr oder Datum</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="349"/>
        <source>&quot;%1&quot; is not a year or date (use 2023, 2023-04 or 2024-03-01)</source>
        <translation>&quot;%1&quot; ist kein Jahr und kein Datum (2023, 2023-04 oder 2024-03-01 verwenden)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="372"/>
        <source>Unknown comparison &quot;%1&quot; (use &gt;, &gt;=, &lt; or &lt;=)</source>
        <translation>Unbekannter Vergleich &quot;%1&quot; (&gt;, &gt;=, &lt; oder &lt;= verwenden)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="397"/>
        <source>col %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/models/usertablemodel.cpp" line="119"/>
        <source>%1 (computed from the directory)</source>
        <translation>%1 (aus dem Verzeichnis berechnet)</translation>
    </message>
    <message>
        <location filename="../../app/models/usertablemodel.cpp" line="121"/>
        <source>%1 (API field %2)</source>
        <translation>%1 (API-Feld %2)</translation>
    </message>
</context>
<context>
    <name>UsersPageParser</name>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="25"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="32"/>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="38"/>
        <source>The server&apos;s answer has no users list.</source>
        <translation>Die Antwort des Servers enthält keine Benutzerliste.</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="8"/>
        <source>&amp;Views</source>
        <translation>Ansich&amp;ten</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="20"/>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="25"/>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="36"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="37"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="64"/>
        <location filename="../../ui/viewsmenu.cpp" line="70"/>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="64"/>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="71"/>
        <source>A view named &quot;%1&quot; exists. Replace it?</source>
        <translation>Eine Ansicht namens &quot;%1&quot; existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="80"/>
        <location filename="../../ui/viewsmenu.cpp" line="85"/>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="80"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="85"/>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="91"/>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="91"/>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation>Die Ansicht &quot;%1&quot; löschen?</translation>
    </message>
</context>
</TS>
