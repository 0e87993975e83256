<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.cpp" line="52"/>
        <source>%1, checked</source>
        <translation>%1, angekreuzt</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.cpp" line="52"/>
        <source>%1, not checked</source>
        <translation>%1, nicht angekreuzt</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="42"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n weitere)</numerusform>
            <numerusform>(%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="62"/>
        <source>Gong rejected the request as malformed (HTTP 400).</source>
        <translation>Gong hat die Anfrage als fehlerhaft abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="66"/>
        <source>Gong did not accept the credentials (HTTP 401). Check the access key and secret, or the access token, in Connection settings.</source>
        <translation>Gong hat die Zugangsdaten nicht akzeptiert (HTTP 401). Prüfen Sie Zugriffsschlüssel und Geheimnis bzw. das Zugriffstoken in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="71"/>
        <source>Access denied (HTTP 403): the API key lacks the api:users:read scope. Ask a Gong technical admin to grant it.</source>
        <translation>Zugriff verweigert (HTTP 403): Dem API-Schlüssel fehlt der Bereich api:users:read. Bitten Sie eine technische Gong-Administratorin oder einen technischen Gong-Administrator, ihn freizugeben.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="76"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429).</source>
        <translation>Das Anfragelimit von Gong wurde erreicht (HTTP 429).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="81"/>
        <source>Gong&apos;s server answered with an error (HTTP %1).</source>
        <translation>Der Gong-Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="84"/>
        <source>Unexpected answer from Gong (HTTP %1).</source>
        <translation>Unerwartete Antwort von Gong (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="94"/>
        <source>Server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="96"/>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="115"/>
        <source>The secure (TLS) connection to %1 failed: %2. Your credentials were not sent.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen: %2. Ihre Zugangsdaten wurden nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="121"/>
        <source>The host name %1 could not be found (DNS lookup failed). Check the base URL and your network connection.</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen). Prüfen Sie die Basis-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="126"/>
        <source>%1 refused the connection on port %2. Check the base URL.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="150"/>
        <source>%1 sent a compressed (%2) answer that could not be unpacked.</source>
        <translation>%1 hat eine komprimierte Antwort (%2) gesendet, die sich nicht entpacken ließ.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="184"/>
        <source>%1 sent too many redirects (a redirect loop), the last to %2.</source>
        <translation>%1 hat zu viele Umleitungen gesendet (eine Umleitungsschleife), die letzte nach %2.</translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="187"/>
        <source>The server redirected to %1, which was refused so that your credentials stay with %2.</source>
        <translation>Der Server hat nach %1 umgeleitet; das wurde abgelehnt, damit Ihre Zugangsdaten bei %2 bleiben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/apierror.cpp" line="164"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/apierror.cpp" line="154"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../../ui/appoptions.cpp" line="16"/>
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
        <location filename="../../ui/appoptions.cpp" line="23"/>
        <source>Show the app&apos;s log on stderr (requests, keychain, retries).</source>
        <translation>Das Protokoll der App auf stderr ausgeben (Anfragen, Schlüsselbund, Wiederholungen).</translation>
    </message>
    <message>
        <location filename="../../ui/appoptions.cpp" line="35"/>
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
    <name>ChangesCommand</name>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="56"/>
        <source>What changed in a connection&apos;s directory between two snapshots of its offline copy: the newest
and the newest one taken at or before --since (without it, the one before the newest).
One record per change: kind (joined, left, activated, deactivated, changed), id, name,
field (the API field name, dotted for settings, for kind changed), before and after (the
JSON values, null where absent), from and to (the two snapshots&apos; times, ISO-8601 UTC),
sorted by kind, name and field. Lists are compared without their order.

Offline by default: no request and no credentials. --refresh first loads the directory and
stores it as a new snapshot (credentials as for &apos;gong-directory export&apos;).

Exit codes: 0 success, 2 usage error, fewer than two snapshots or no snapshot at or before
--since, 3 authentication failure (401/403), 4 API or network failure after retries,
5 output could not be written.</source>
        <translation>Was sich im Verzeichnis einer Verbindung zwischen zwei Snapshots ihrer Offline-Kopie geändert hat:
dem neuesten und dem neuesten, der zu oder vor --since aufgenommen wurde (ohne --since: dem davor).
Ein Datensatz je Änderung: kind (joined, left, activated, deactivated, changed), id, name,
field (der Feldname der API, bei Einstellungen mit Punkt, für kind changed), before und after (die
JSON-Werte, null wo nicht vorhanden), from und to (die Zeiten der beiden Snapshots, ISO-8601 UTC),
sortiert nach kind, name und field. Listen werden ohne ihre Reihenfolge verglichen.

Standardmäßig offline: keine Anfrage und keine Zugangsdaten. --refresh lädt zuerst das Verzeichnis
und speichert es als neuen Snapshot (Zugangsdaten wie bei &apos;gong-directory export&apos;).

Exit-Codes: 0 Erfolg, 2 Bedienfehler, weniger als zwei Snapshots oder kein Snapshot zu oder vor
--since, 3 Authentifizierungsfehler (401/403), 4 API- oder Netzwerkfehler nach Wiederholungen,
5 Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="67"/>
        <source>The built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="68"/>
        <source>The copy of loads that include Gong staff (avatars).</source>
        <translation>Die Kopie der Ladevorgänge, die Gong-Mitarbeiter (Avatare) einschließen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="71"/>
        <source>Compare with the newest snapshot taken at or before WHEN: an ISO-8601 date or time (UTC unless it says otherwise), or a span back from now such as 7d or 12h.</source>
        <translation>Mit dem neuesten Snapshot vergleichen, der zu oder vor WHEN aufgenommen wurde: ein ISO-8601-Datum oder eine Uhrzeit (UTC, sofern nicht anders angegeben) oder eine Zeitspanne zurück ab jetzt wie 7d oder 12h.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="75"/>
        <source>First load the directory and store it as a new snapshot.</source>
        <translation>Zuerst das Verzeichnis laden und als neuen Snapshot speichern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="76"/>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="77"/>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV ohne UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="78"/>
        <source>JSON on one line instead of indented.</source>
        <translation>JSON in einer Zeile statt eingerückt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="80"/>
        <source>Write to FILE (replaced only when it succeeds); &apos;-&apos; is stdout (the default).</source>
        <translation>In DATEI schreiben (nur bei Erfolg ersetzt); &apos;-&apos; ist stdout (Standard).</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="83"/>
        <source>No progress or summary on stderr, only errors.</source>
        <translation>Kein Fortschritt und keine Zusammenfassung auf stderr, nur Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="84"/>
        <source>Also show the client&apos;s log on stderr.</source>
        <translation>Auch das Protokoll des Clients auf stderr ausgeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="101"/>
        <source>--output needs a file name, or &apos;-&apos; for stdout.</source>
        <translation>--output benötigt einen Dateinamen oder &apos;-&apos; für stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="108"/>
        <source>Unknown format “%1”; use csv or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="118"/>
        <source>--since expects an ISO-8601 date or time (2026-11-28, 2026-11-28T09:00:00Z) or a span back from now (7d, 12h).</source>
        <translation>--since erwartet ein ISO-8601-Datum oder eine Uhrzeit (2026-11-28, 2026-11-28T09:00:00Z) oder eine Zeitspanne zurück ab jetzt (7d, 12h).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/changescommand.cpp" line="167"/>
        <source>the offline copy of %1 has %n snapshot(s); comparing needs two (each &apos;gong-directory export&apos; or &apos;changes --refresh&apos; stores one)</source>
        <translation>
            <numerusform>die Offline-Kopie von %1 hat %n Snapshot; ein Vergleich braucht zwei (jedes &apos;gong-directory export&apos; oder &apos;changes --refresh&apos; speichert einen)</numerusform>
            <numerusform>die Offline-Kopie von %1 hat %n Snapshots; ein Vergleich braucht zwei (jedes &apos;gong-directory export&apos; oder &apos;changes --refresh&apos; speichert einen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="184"/>
        <source>no snapshot of %1 was taken at or before %2; the oldest is from %3</source>
        <translation>von %1 wurde zu oder vor %2 kein Snapshot aufgenommen; der älteste ist von %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="200"/>
        <source>Could not write to stdout: %1</source>
        <translation>Schreiben auf stdout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="210"/>
        <source>Since %1: %2 joined, %3 left, %4 changes (snapshots %5 and %6, to %7)</source>
        <translation>Seit %1: %2 hinzugekommen, %3 gegangen, %4 Änderungen (Snapshots %5 und %6, nach %7)</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="215"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="89"/>
        <source>Joined</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="91"/>
        <source>Left</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="93"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="95"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="99"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="131"/>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="154"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="156"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="158"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="160"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/changesmodel.cpp" line="162"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message numerus="yes">
        <location filename="../../ui/changesview.cpp" line="34"/>
        <source>%1 · %n people</source>
        <translation>
            <numerusform>%1 · %n Person</numerusform>
            <numerusform>%1 · %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="47"/>
        <source>&amp;Export Changes…</source>
        <translation>Änderungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="54"/>
        <source>Older snapshot</source>
        <translation>Älterer Snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="56"/>
        <source>Newer snapshot</source>
        <translation>Neuerer Snapshot</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="58"/>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="60"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="62"/>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="96"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="98"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="143"/>
        <location filename="../../ui/changesview.cpp" line="185"/>
        <source>No offline copy yet.</source>
        <translation>Noch keine Offline-Kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="186"/>
        <source>One snapshot so far: changes show after the next refresh.</source>
        <translation>Bisher ein Snapshot: Änderungen erscheinen nach der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="196"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="214"/>
        <source>Since %1: %2 joined, %3 left, %4 changes</source>
        <translation>Seit %1: %2 hinzugekommen, %3 gegangen, %4 Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="235"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="238"/>
        <location filename="../../ui/changesview.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="242"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/changesview.cpp" line="278"/>
        <source>Copied %n change(s)</source>
        <translation>
            <numerusform>%n Änderung kopiert</numerusform>
            <numerusform>%n Änderungen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="292"/>
        <source>Export Changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/changesview.cpp" line="293"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/changesview.cpp" line="298"/>
        <source>Exported %n changes to %1</source>
        <translation>
            <numerusform>%n Änderung nach %1 exportiert</numerusform>
            <numerusform>%n Änderungen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../ui/chartcanvas.cpp" line="34"/>
        <source>Organisation chart</source>
        <translation>Organigramm</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="64"/>
        <source>Draw an organisation chart as SVG, PNG or PDF, without a display: the person --root names, their
reports down to --depth levels, and their chain of managers above them.</source>
        <translation>Ein Organigramm als SVG, PNG oder PDF zeichnen, ohne Bildschirm: die mit --root genannte Person, ihre
Unterstellten bis --depth Ebenen tief und die Kette ihrer Führungskräfte darüber.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="67"/>
        <source>Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its
secrets from the system keychain. --base-url and the environment still take precedence.</source>
        <translation>Gespeicherte Verbindungen: --profile NAME verwendet eine in der App gespeicherte Verbindung: ihre Basis-URL und ihre
Geheimnisse aus dem Schlüsselbund des Systems. --base-url und die Umgebung haben weiterhin Vorrang.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="70"/>
        <source>Exit codes: 0 success, 2 usage error, nobody with the --root id or e-mail, or missing configuration
(no credentials, unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API
or network failure after retries, 5 output could not be written.</source>
        <translation>Exit-Codes: 0 Erfolg, 2 Aufruffehler, niemand mit der ID oder E-Mail von --root oder fehlende Konfiguration
(keine Zugangsdaten, unbekanntes --profile, Schlüsselbund nicht verfügbar), 3 Authentifizierung fehlgeschlagen
(401/403), 4 API- oder Netzwerkfehler nach Wiederholungen, 5 Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="73"/>
        <source>Chart the built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern zeichnen (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="74"/>
        <source>Also load Gong staff (avatars).</source>
        <translation>Auch Gong-Mitarbeiter laden (Avatare).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="76"/>
        <source>Make no request: chart the newest snapshot of the offline copy (no credentials needed).</source>
        <translation>Keine Anfrage: das Organigramm aus dem neuesten Snapshot der Offline-Kopie zeichnen (keine Zugangsdaten nötig).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="79"/>
        <source>The person at the top of the chart: an id or an e-mail.</source>
        <translation>Die Person an der Spitze des Organigramms: eine ID oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="82"/>
        <source>Levels of reports below the root (default 2; 0 is the root alone).</source>
        <translation>Ebenen von Unterstellten unter der Wurzel (Standard 2; 0 ist die Wurzel allein).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="85"/>
        <source>svg, png or pdf; without it, the output file&apos;s suffix decides (else svg).</source>
        <translation>svg, png oder pdf; ohne diese Angabe entscheidet die Endung der Ausgabedatei (sonst svg).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="88"/>
        <source>Write to FILE (replaced only when the chart is complete); &apos;-&apos; is stdout.</source>
        <translation>In DATEI schreiben (wird nur ersetzt, wenn das Organigramm vollständig ist); &apos;-&apos; ist stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="90"/>
        <source>PNG pixels per point of the chart: 1 (default), 2 or 4.</source>
        <translation>PNG-Pixel je Punkt des Organigramms: 1 (Standard), 2 oder 4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="93"/>
        <source>PDF paper, landscape: a4 (default) or letter. A large chart is split over pages.</source>
        <translation>PDF-Papier, quer: a4 (Standard) oder letter. Ein großes Organigramm wird auf Seiten verteilt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="95"/>
        <source>light (default) or dark.</source>
        <translation>light (hell, Standard) oder dark (dunkel).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="116"/>
        <source>--root needs the id or e-mail of the person at the top of the chart.</source>
        <translation>--root benötigt die ID oder E-Mail-Adresse der Person an der Spitze des Organigramms.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="123"/>
        <source>--depth expects a number of levels from 0 to %1.</source>
        <translation>--depth erwartet eine Anzahl von Ebenen von 0 bis %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="129"/>
        <source>-o needs a file to write the chart to, or &apos;-&apos; for stdout.</source>
        <translation>-o benötigt eine Datei für das Organigramm oder &apos;-&apos; für stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="134"/>
        <source>Unknown format “%1”; use svg, png or pdf.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie svg, png oder pdf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="143"/>
        <source>--scale expects 1, 2 or 4.</source>
        <translation>--scale erwartet 1, 2 oder 4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="147"/>
        <source>--scale applies to PNG only.</source>
        <translation>--scale gilt nur für PNG.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="154"/>
        <source>Unknown paper “%1”; use a4 or letter.</source>
        <translation>Unbekanntes Papier „%1“; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="158"/>
        <source>--paper applies to PDF only.</source>
        <translation>--paper gilt nur für PDF.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="165"/>
        <source>Unknown theme “%1”; use light or dark.</source>
        <translation>Unbekanntes Erscheinungsbild „%1“; verwenden Sie light oder dark.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="172"/>
        <source>Nothing to chart: use --demo, --profile NAME, or --base-url / GONG_BASE_URL with credentials in %1.</source>
        <translation>Nichts zu zeichnen: Verwenden Sie --demo, --profile NAME oder --base-url / GONG_BASE_URL mit Zugangsdaten in %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="221"/>
        <source>Nobody in the directory has the id or e-mail “%1” (%2 people loaded).</source>
        <translation>Niemand im Verzeichnis hat die ID oder E-Mail-Adresse „%1“ (%2 Personen geladen).</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="235"/>
        <source>The chart would show %1 people, more than %2; choose a smaller --depth.</source>
        <translation>Das Organigramm würde %1 Personen zeigen, mehr als %2; wählen Sie ein kleineres --depth.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="252"/>
        <source>charted %1 people under %2 as %3 to %4</source>
        <translation>%1 Personen unter %2 als %3 nach %4 gezeichnet</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="255"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="266"/>
        <location filename="../../app/cli/chartcommand.cpp" line="272"/>
        <source>Could not write to stdout: %1</source>
        <translation>Schreiben auf stdout fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="17"/>
        <source>Export Chart</source>
        <translation>Organigramm exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="19"/>
        <source>The chart as &amp;shown</source>
        <translation>Das Organigramm wie &amp;angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="22"/>
        <source>The whole &amp;team, levels below:</source>
        <translation>Das ganze &amp;Team, Ebenen darunter:</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="28"/>
        <source>Levels below</source>
        <translation>Ebenen darunter</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="36"/>
        <source>SVG (scalable, text stays text)</source>
        <translation>SVG (skalierbar, Text bleibt Text)</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="37"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="38"/>
        <source>PDF (landscape)</source>
        <translation>PDF (Querformat)</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="42"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="46"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="47"/>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="52"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="53"/>
        <source>PNG s&amp;ize:</source>
        <translation>PNG-&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="54"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="57"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="95"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="97"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.cpp" line="99"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="86"/>
        <source>The chart is empty.</source>
        <translation>Das Organigramm ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="119"/>
        <source>Made by Gong Directory</source>
        <translation>Erstellt mit Gong Directory</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="123"/>
        <source>Could not start the SVG.</source>
        <translation>Das SVG konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="144"/>
        <source>PNG scale must be 1, 2 or 4.</source>
        <translation>Der PNG-Maßstab muss 1, 2 oder 4 sein.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="152"/>
        <source>The chart is too large for a PNG at %1× (%2 × %3 pixels); export it as SVG or PDF, or with fewer levels or a smaller scale.</source>
        <translation>Das Organigramm ist zu groß für ein PNG in %1× (%2 × %3 Pixel); exportieren Sie es als SVG oder PDF oder mit weniger Ebenen oder kleinerem Maßstab.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="161"/>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="250"/>
        <source>Could not start the PDF: %1</source>
        <translation>Das PDF konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="259"/>
        <source>Could not add a page to the PDF.</source>
        <translation>Dem PDF konnte keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="271"/>
        <source>Page %1 of %2 (row %3, column %4)</source>
        <translation>Seite %1 von %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <location filename="../../app/chart/chartexporter.cpp" line="289"/>
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
    <name>ChartView</name>
    <message>
        <location filename="../../ui/chartview.cpp" line="49"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="49"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="50"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="51"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="51"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="52"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="54"/>
        <source>Fi&amp;t</source>
        <translation>Ein&amp;passen</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="54"/>
        <source>Fit the chart in the view (Ctrl+0)</source>
        <translation>Das Organigramm in die Ansicht einpassen (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="56"/>
        <source>E&amp;xport Chart…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="56"/>
        <source>Save the chart as SVG, PNG or PDF</source>
        <translation>Das Organigramm als SVG, PNG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="57"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="57"/>
        <source>Print the chart</source>
        <translation>Das Organigramm drucken</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="60"/>
        <source>Click a box or press Enter to centre on someone; arrows move, Space shows a report&apos;s team, drag to pan, Ctrl+wheel zooms.</source>
        <translation>Klicken Sie auf ein Kästchen oder drücken Sie Enter, um jemanden in die Mitte zu stellen; Pfeiltasten bewegen, Leertaste zeigt das Team eines Mitarbeiters, Ziehen verschiebt, Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="81"/>
        <location filename="../../ui/chartview.cpp" line="170"/>
        <source>Nobody is chosen. Pick a person in People or Org chart to see their managers, peers and reports here.</source>
        <translation>Niemand ist ausgewählt. Wählen Sie eine Person unter Personen oder im Organigramm, um hier ihre Vorgesetzten, Kollegen und Mitarbeiter zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="99"/>
        <location filename="../../ui/chartview.cpp" line="100"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="168"/>
        <source>The current person is not in the directory loaded so far.</source>
        <translation>Die aktuelle Person ist nicht im bisher geladenen Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="207"/>
        <location filename="../../ui/chartview.cpp" line="224"/>
        <source>%1 org chart</source>
        <translation>%1 Organigramm</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="208"/>
        <source>Export Chart</source>
        <translation>Organigramm exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="213"/>
        <source>Exported the chart to %1</source>
        <translation>Organigramm nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="215"/>
        <source>Could not export the chart: %1</source>
        <translation>Organigramm konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="236"/>
        <source>Sent the chart to %1</source>
        <translation>Organigramm an %1 gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/chartview.cpp" line="238"/>
        <source>Could not print the chart: %1</source>
        <translation>Organigramm konnte nicht gedruckt werden: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="159"/>
        <source>Show the options of a command, or this overview.</source>
        <translation>Die Optionen eines Befehls zeigen, oder diese Übersicht.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="36"/>
        <source>Export the people to CSV, JSON or vCard, without a display.</source>
        <translation>Die Personen als CSV, JSON oder vCard exportieren, ohne Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../app/cli/changescommand.cpp" line="26"/>
        <source>What changed between two snapshots of the offline copy, as CSV or JSON.</source>
        <translation>Was sich zwischen zwei Snapshots der Offline-Kopie geändert hat, als CSV oder JSON.</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="26"/>
        <source>List the snapshots of the offline copy and today&apos;s API requests.</source>
        <translation>Die Snapshots der Offline-Kopie und die heutigen API-Anfragen auflisten.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="33"/>
        <source>Match a list of e-mails, ids or names against the directory.</source>
        <translation>Eine Liste von E-Mail-Adressen, IDs oder Namen mit dem Verzeichnis abgleichen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/chartcommand.cpp" line="44"/>
        <source>Draw a team&apos;s org chart as SVG, PNG or PDF.</source>
        <translation>Das Organigramm eines Teams als SVG, PNG oder PDF zeichnen.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="20"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/columnchooser.cpp" line="39"/>
        <source>Reset to default columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="151"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="152"/>
        <source>unknown command &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Befehl &apos;%1&apos; – meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="162"/>
        <source>Shows the options of a command (the same as &apos;gong-directory &lt;command&gt; --help&apos;), or the overview of the window&apos;s options and the commands.</source>
        <translation>Zeigt die Optionen eines Befehls (wie &apos;gong-directory &lt;Befehl&gt; --help&apos;) oder die Übersicht über die Optionen des Fensters und die Befehle.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="164"/>
        <source>The command to explain.</source>
        <translation>Der Befehl, der erklärt werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="179"/>
        <source>Name one command.</source>
        <translation>Nennen Sie einen Befehl.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="303"/>
        <source>a command comes first: &apos;gong-directory %1 …&apos;</source>
        <translation>ein Befehl steht am Anfang: &apos;gong-directory %1 …&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="366"/>
        <source>the window needs a display, and there is none (neither DISPLAY nor WAYLAND_DISPLAY is set). To export without one, use &apos;gong-directory export&apos; (see &apos;gong-directory help export&apos;).</source>
        <translation>das Fenster braucht einen Bildschirm, und es gibt keinen (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Ohne Bildschirm exportiert &apos;gong-directory export&apos; (siehe &apos;gong-directory help export&apos;).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="376"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="378"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="422"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="427"/>
        <source>&apos;gong-directory help &lt;command&gt;&apos; shows a command&apos;s options.</source>
        <translation>&apos;gong-directory help &lt;Befehl&gt;&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="459"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
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
        <location filename="../../ui/connectionmanager.cpp" line="150"/>
        <source>Demo company</source>
        <translation>Demo-Firma</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="99"/>
        <source>Reading the credentials of “%1”…</source>
        <translation>Zugangsdaten von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="121"/>
        <source>“%1” has no credentials yet: %2 Enter them in Connection Settings (Ctrl+,).</source>
        <translation>„%1“ hat noch keine Zugangsdaten: %2 Geben Sie sie in den Verbindungseinstellungen (Strg+,) ein.</translation>
    </message>
    <message>
        <location filename="../../ui/connectionmanager.cpp" line="150"/>
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
        <location filename="../../app/cli/connectionoptions.cpp" line="49"/>
        <source>Use the connection saved in the app under NAME (its secrets from the system keychain, when a load needs them).</source>
        <translation>Die in der App unter NAME gespeicherte Verbindung verwenden (ihre Geheimnisse aus dem System-Schlüsselbund, wenn ein Ladevorgang sie braucht).</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="61"/>
        <source>--demo expects a number of users from 0 to %1.</source>
        <translation>--demo erwartet eine Benutzeranzahl von 0 bis %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="70"/>
        <source>--base-url needs a URL.</source>
        <translation>--base-url benötigt eine URL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="78"/>
        <source>--rate expects a number of requests per second.</source>
        <translation>--rate erwartet eine Anzahl von Anfragen pro Sekunde.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="19"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="21"/>
        <source>Connected — 1 user</source>
        <translation>Verbunden — 1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="23"/>
        <source>Connected — %1 users</source>
        <translation>Verbunden — %1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="58"/>
        <source>Enter the OAuth access token.</source>
        <translation>Geben Sie das OAuth-Zugriffstoken ein.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="59"/>
        <source>Enter both the access key and the access key secret.</source>
        <translation>Geben Sie sowohl den Zugriffsschlüssel als auch das Geheimnis ein.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="141"/>
        <source>Check the base URL.</source>
        <translation>Prüfen Sie die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/connectiontester.cpp" line="149"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429) — try again in %n s.</source>
        <translation>
            <numerusform>Das Anfragelimit von Gong wurde erreicht (HTTP 429) — versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Das Anfragelimit von Gong wurde erreicht (HTTP 429) — versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="151"/>
        <source>Gong&apos;s rate limit was reached (HTTP 429) — try again in a minute.</source>
        <translation>Das Anfragelimit von Gong wurde erreicht (HTTP 429) — versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="155"/>
        <source>Nothing answers at %1 (HTTP 404). Check the base URL: it looks like https://us-12345.api.gong.io.</source>
        <translation>Unter %1 antwortet nichts (HTTP 404). Prüfen Sie die Basis-URL: Sie sieht aus wie https://us-12345.api.gong.io.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="161"/>
        <source>Gong may be having trouble; try again later.</source>
        <translation>Bei Gong gibt es möglicherweise Probleme; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../app/api/connectiontester.cpp" line="171"/>
        <source>The server at %1 answered, but not the way Gong&apos;s API does. Check the base URL.</source>
        <translation>Der Server unter %1 hat geantwortet, aber nicht so wie die Gong-API. Prüfen Sie die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../app/cli/console.cpp" line="28"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <location filename="../../ui/copyfeedback.cpp" line="21"/>
        <source>Copied “%1”</source>
        <translation>„%1“ kopiert</translation>
    </message>
</context>
<context>
    <name>CredentialFields</name>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="26"/>
        <location filename="../../ui/credentialfields.cpp" line="31"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="31"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="47"/>
        <source>Access &amp;key + secret</source>
        <translation>&amp;Zugriffsschlüssel + Geheimnis</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="49"/>
        <source>An API key created in Gong under Company settings → Ecosystem → API</source>
        <translation>Ein API-Schlüssel, in Gong erstellt unter Unternehmenseinstellungen → Ecosystem → API</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="59"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="64"/>
        <source>Access ke&amp;y:</source>
        <translation>Zugriffs&amp;schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="67"/>
        <source>Access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="70"/>
        <source>Show the access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="72"/>
        <source>Access key &amp;secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="75"/>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="78"/>
        <source>Show the access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="50"/>
        <source>OA&amp;uth access token</source>
        <translation>OA&amp;uth-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="80"/>
        <source>Access tok&amp;en:</source>
        <translation>Zugriffst&amp;oken:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="164"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="166"/>
        <source>access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="167"/>
        <source>access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="175"/>
        <source>The %1 holds only spaces, line breaks or invisible characters.</source>
        <translation>Das Feld „%1“ enthält nur Leerzeichen, Zeilenumbrüche oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="177"/>
        <source>The %1 is empty.</source>
        <translation>Das Feld „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="184"/>
        <source>Paste the OAuth access token.</source>
        <translation>Fügen Sie das OAuth-Zugriffstoken ein.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="185"/>
        <source>Enter the access key and its secret (Gong: Company settings → Ecosystem → API).</source>
        <translation>Geben Sie den Zugriffsschlüssel und sein Geheimnis ein (Gong: Company settings → Ecosystem → API).</translation>
    </message>
    <message>
        <location filename="../../ui/credentialfields.cpp" line="191"/>
        <source>Spaces, line breaks and invisible characters pasted along with the credentials are ignored.</source>
        <translation>Leerzeichen, Zeilenumbrüche und unsichtbare Zeichen, die mit den Zugangsdaten eingefügt werden, werden ignoriert.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="29"/>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="56"/>
        <source>C&amp;onnection:</source>
        <translation>Verbin&amp;dung:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="59"/>
        <source>Saved connection</source>
        <translation>Gespeicherte Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="63"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="65"/>
        <source>Add another connection</source>
        <translation>Weitere Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="66"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="68"/>
        <source>Delete this connection and its saved credentials</source>
        <translation>Diese Verbindung und ihre gespeicherten Zugangsdaten löschen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="79"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="80"/>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="86"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="96"/>
        <source>Include a&amp;vatars (Gong staff who accessed the account)</source>
        <translation>&amp;Avatare einbeziehen (Gong-Mitarbeiter mit Zugriff auf das Konto)</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="103"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund spe&amp;ichern</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="106"/>
        <source>&amp;Forget saved credentials</source>
        <translation>Gespeicherte Zugangsdaten &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="122"/>
        <location filename="../../ui/credentialsdialog.cpp" line="362"/>
        <location filename="../../ui/credentialsdialog.cpp" line="368"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="149"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="210"/>
        <source>Set in the environment: %1. These take precedence over the connection chosen here until the app is started without them.</source>
        <translation>In der Umgebung gesetzt: %1. Diese haben Vorrang vor der hier gewählten Verbindung, bis die App ohne sie gestartet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="235"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="256"/>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="269"/>
        <source>Reading saved credentials from the system keychain…</source>
        <translation>Gespeicherte Zugangsdaten werden aus dem System-Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="310"/>
        <source>Shown in Gong under Company settings → Ecosystem → API, e.g. https://us-12345.api.gong.io</source>
        <translation>Zu finden in Gong unter Unternehmenseinstellungen → Ecosystem → API, z. B. https://us-12345.api.gong.io</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="317"/>
        <source>Plain http:// is accepted only because %1 is this computer (loopback); anything else must use https://.</source>
        <translation>Unverschlüsseltes http:// wird nur akzeptiert, weil %1 dieser Computer ist (Loopback); alles andere muss https:// verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="322"/>
        <source>Will connect to %1</source>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="350"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="351"/>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="360"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="372"/>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="372"/>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="387"/>
        <source>Removing the saved credentials…</source>
        <translation>Gespeicherte Zugangsdaten werden entfernt…</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="410"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="411"/>
        <source>Delete the connection “%1” and remove its credentials from the system keychain?</source>
        <translation>Die Verbindung „%1“ löschen und ihre Zugangsdaten aus dem System-Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/credentialsdialog.cpp" line="415"/>
        <source>Its offline copy on this computer, with the history of every change, will be deleted too.</source>
        <translation>Ihre Offline-Kopie auf diesem Computer wird mit dem Verlauf aller Änderungen ebenfalls gelöscht.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../../app/demo/demosession.cpp" line="117"/>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detailpane.cpp" line="40"/>
        <source>Person details</source>
        <translation>Personendetails</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="58"/>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="101"/>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="102"/>
        <source>Copy the email address to the clipboard</source>
        <translation>E-Mail-Adresse in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="105"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="106"/>
        <source>Copy the Gong user id to the clipboard</source>
        <translation>Gong-Benutzer-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="119"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="125"/>
        <source>Manager chain</source>
        <translation>Führungskette</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="139"/>
        <source>Export team…</source>
        <translation>Team exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="140"/>
        <source>Export this person and everyone below them</source>
        <translation>Diese Person und alle unter ihr exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="152"/>
        <source>Direct reports</source>
        <translation>Direkt Unterstellte</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="158"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="165"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="171"/>
        <source>API field settings.%1</source>
        <translation>API-Feld settings.%1</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="182"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="190"/>
        <location filename="../../ui/detailpane.cpp" line="440"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="190"/>
        <location filename="../../ui/detailpane.cpp" line="441"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="218"/>
        <source>Go to manager</source>
        <translation>Zur Führungskraft</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="228"/>
        <source>Go to first direct report</source>
        <translation>Zur ersten direkt unterstellten Person</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="286"/>
        <source>Not in the results: the search or the filters hide %1. Their details stay here until you choose someone else.</source>
        <translation>Nicht in den Ergebnissen: Die Suche oder die Filter blenden %1 aus. Die Details bleiben hier, bis Sie jemand anderen auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="339"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="339"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="367"/>
        <source>No contact details</source>
        <translation>Keine Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="388"/>
        <source>No direct reports</source>
        <translation>Keine direkt Unterstellten</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="389"/>
        <source>Direct reports (%1) · %2 in the organisation below</source>
        <translation>Direkt Unterstellte (%1) · %2 in der Organisation darunter</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="437"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/detailpane.cpp" line="444"/>
        <source>Other fields (%1)</source>
        <translation>Weitere Felder (%1)</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../app/directory/directory.cpp" line="326"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
</context>
<context>
    <name>DirectoryCompleteness</name>
    <message>
        <location filename="../../ui/directorycompleteness.cpp" line="42"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/directorycompleteness.cpp" line="46"/>
        <source>%1 users loaded — the load stopped: %2</source>
        <translation>%1 Benutzer geladen — das Laden wurde abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/directorycompleteness.cpp" line="48"/>
        <source>Stopped — %1 users loaded</source>
        <translation>Angehalten — %1 Benutzer geladen</translation>
    </message>
    <message>
        <location filename="../../ui/directorycompleteness.cpp" line="50"/>
        <source>%1 users loaded — still loading</source>
        <translation>%1 Benutzer geladen — wird noch geladen</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="38"/>
        <source>No progress on stderr, only errors.</source>
        <translation>Kein Fortschritt auf stderr, nur Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="39"/>
        <source>Also show the client&apos;s log on stderr.</source>
        <translation>Auch das Protokoll des Clients auf stderr ausgeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="42"/>
        <source>Use the offline copy when it is younger than DURATION (90m, 12h, 7d), else load and store a new one.</source>
        <translation>Die Offline-Kopie verwenden, wenn sie jünger als DAUER ist (90m, 12h, 7d), sonst neu laden und speichern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="58"/>
        <source>--max-age expects a span of time such as 90m, 12h or 7d.</source>
        <translation>--max-age erwartet eine Zeitspanne wie 90m, 12h oder 7d.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="72"/>
        <source>--profile needs the name of a connection saved in the app.</source>
        <translation>--profile benötigt den Namen einer in der App gespeicherten Verbindung.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="76"/>
        <source>--demo and --profile cannot be used together.</source>
        <translation>--demo und --profile können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="97"/>
        <source>Nothing to export from: use --demo, --profile NAME, or --base-url / GONG_BASE_URL with credentials in %1.</source>
        <translation>Keine Quelle für den Export: Verwenden Sie --demo, --profile NAME oder --base-url / GONG_BASE_URL mit Zugangsdaten in %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="100"/>
        <source>No connection given: use --demo, --profile NAME, or --base-url / GONG_BASE_URL.</source>
        <translation>Keine Verbindung angegeben: Verwenden Sie --demo, --profile NAME oder --base-url / GONG_BASE_URL.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="106"/>
        <source>Or use --profile NAME for a connection saved in the app.</source>
        <translation>Oder verwenden Sie --profile NAME für eine in der App gespeicherte Verbindung.</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="182"/>
        <source>no offline copy of %1 yet — run once without --offline</source>
        <translation>noch keine Offline-Kopie von %1 — einmal ohne --offline ausführen</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="189"/>
        <source>the offline copy of %1 is from %2, older than --max-age allows</source>
        <translation>die Offline-Kopie von %1 ist von %2, älter als --max-age erlaubt</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="200"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
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
        <location filename="../../app/cli/directorysource.cpp" line="308"/>
        <source>Demo company of %1 users</source>
        <translation>Demo-Firma mit %1 Benutzern</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="314"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="316"/>
        <source>Connecting to %1 (saved connection “%2”)</source>
        <translation>Verbinde mit %1 (gespeicherte Verbindung „%2“)</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="333"/>
        <source>loaded %1/%2</source>
        <translation>%1/%2 geladen</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="335"/>
        <source>loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="338"/>
        <source>waiting %1 s (rate limit)</source>
        <translation>warte %1 s (Anfragelimit)</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="340"/>
        <source>retrying in %1 s (%2/%3): %4</source>
        <translation>neuer Versuch in %1 s (%2/%3): %4</translation>
    </message>
    <message>
        <location filename="../../app/cli/directorysource.cpp" line="389"/>
        <source>warning: the load was not stored in the offline copy: %1</source>
        <translation>Warnung: Der Ladevorgang wurde nicht in der Offline-Kopie gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/directorysource.cpp" line="395"/>
        <source>stored as snapshot %1 of %2 (%n new or changed user(s))</source>
        <translation>
            <numerusform>als Snapshot %1 von %2 gespeichert (%n neuer oder geänderter Benutzer)</numerusform>
            <numerusform>als Snapshot %1 von %2 gespeichert (%n neue oder geänderte Benutzer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyResultsNotice</name>
    <message>
        <location filename="../../ui/emptyresultsnotice.cpp" line="18"/>
        <source>Clear Search and Filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/emptyresultsnotice.cpp" line="55"/>
        <source>No one in the directory is named “%1”: %2 takes the name, email or id of someone loaded.</source>
        <translation>Niemand im Verzeichnis heißt „%1“: %2 erwartet den Namen, die E-Mail-Adresse oder die ID einer geladenen Person.</translation>
    </message>
    <message>
        <location filename="../../ui/emptyresultsnotice.cpp" line="62"/>
        <source>No one matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/emptyresultsnotice.cpp" line="64"/>
        <source>No one matches the chosen filters.</source>
        <translation>Niemand passt zu den gewählten Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/emptyresultsnotice.cpp" line="66"/>
        <source>No one matches “%1” with the chosen filters.</source>
        <translation>Niemand passt zu „%1“ mit den gewählten Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/emptyresultsnotice.cpp" line="69"/>
        <source>Remove a word or a filter to widen the search, or clear them all (Esc in the search box clears the search).</source>
        <translation>Entfernen Sie ein Wort oder einen Filter, um die Suche zu erweitern, oder setzen Sie alles zurück (Esc im Suchfeld leert die Suche).</translation>
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
        <location filename="../../ui/errorbanner.cpp" line="19"/>
        <location filename="../../ui/errorbanner.cpp" line="58"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="20"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="25"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="37"/>
        <source>Continue loading from where it stopped, keeping the loaded rows</source>
        <translation>Dort weiterladen, wo es aufgehört hat; die geladenen Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/errorbanner.cpp" line="38"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../ui/exportactions.cpp" line="36"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="39"/>
        <source>Export people to CSV, JSON or vCard (Ctrl+E)</source>
        <translation>Personen als CSV, JSON oder vCard exportieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="45"/>
        <source>Copy the selected people, ready to paste into a spreadsheet</source>
        <translation>Die ausgewählten Personen kopieren, bereit zum Einfügen in eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="107"/>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="108"/>
        <source>%1 selected, %2 of them hidden by the search</source>
        <translation>%1 ausgewählt, davon %2 durch die Suche ausgeblendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="182"/>
        <source>Exported %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="191"/>
        <source>Everyone loaded — the directory is incomplete</source>
        <translation>Alle Geladenen — das Verzeichnis ist unvollständig</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="210"/>
        <source>Selected people</source>
        <translation>Ausgewählte Personen</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="210"/>
        <source>Selected people in the view</source>
        <translation>Ausgewählte Personen in der Ansicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="212"/>
        <source>All selected people, %Ln of them hidden by the search</source>
        <translation>
            <numerusform>Alle ausgewählten Personen, davon %Ln durch die Suche ausgeblendet</numerusform>
            <numerusform>Alle ausgewählten Personen, davon %Ln durch die Suche ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="214"/>
        <source>People in the current view</source>
        <translation>Personen in der aktuellen Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="190"/>
        <source>Whole directory</source>
        <translation>Gesamtes Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="234"/>
        <source>%1 and their organisation</source>
        <translation>%1 und die Organisation darunter</translation>
    </message>
    <message>
        <location filename="../../ui/exportactions.cpp" line="249"/>
        <source>team-%1</source>
        <translation>team-%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="284"/>
        <source>Copied %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer kopiert</numerusform>
            <numerusform>%Ln Benutzer kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="286"/>
        <source>%Ln more selected but hidden by the search, not copied</source>
        <translation>
            <numerusform>%Ln weitere ausgewählte Person durch die Suche ausgeblendet, nicht kopiert</numerusform>
            <numerusform>%Ln weitere ausgewählte Personen durch die Suche ausgeblendet, nicht kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportactions.cpp" line="301"/>
        <source>Export %1’s Team (%Ln)…</source>
        <translation>
            <numerusform>Team von %1 exportieren (%Ln)…</numerusform>
            <numerusform>Team von %1 exportieren (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportColumnPicker</name>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="19"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="26"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="32"/>
        <source>Check &amp;all</source>
        <translation>Alle &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="33"/>
        <source>U&amp;ncheck all</source>
        <translation>Alle abwä&amp;hlen</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="35"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="37"/>
        <source>Move the current column up (Alt+Up)</source>
        <translation>Die aktuelle Spalte nach oben verschieben (Alt+Oben)</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="38"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../ui/exportcolumnpicker.cpp" line="40"/>
        <source>Move the current column down (Alt+Down)</source>
        <translation>Die aktuelle Spalte nach unten verschieben (Alt+Unten)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="58"/>
        <source>Unknown --%1 “%2”; use %3 or %4.</source>
        <translation>Unbekannter Wert für --%1 „%2“; erlaubt sind %3 oder %4.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="64"/>
        <source>Columns (use the keys with --columns, separated by commas):</source>
        <translation>Spalten (die Schlüssel mit --columns verwenden, durch Kommas getrennt):</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="72"/>
        <source>(derived)</source>
        <translation>(abgeleitet)</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="74"/>
        <source>[default]</source>
        <translation>[Standard]</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="84"/>
        <source>Export the people in a Gong account to CSV, JSON or vCard, without a display.</source>
        <translation>Die Personen eines Gong-Kontos als CSV, JSON oder vCard exportieren, ohne Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="86"/>
        <source>Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its
secrets from the system keychain. --base-url and the environment still take precedence.

Exit codes: 0 success, 2 usage or query error, or missing configuration (no credentials,
unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or
network failure after retries, an answer refused by the client&apos;s limits, or --timeout passed,
5 output could not be written (also: a symbolic link that another user owns, or one in a
sticky folder anyone can write to such as /tmp, is never followed).</source>
        <translation>Gespeicherte Verbindungen: --profile NAME verwendet eine in der App gespeicherte Verbindung: ihre
Basis-URL und ihre Geheimnisse aus dem System-Schlüsselbund. --base-url und die Umgebung haben
weiterhin Vorrang.

Exit-Codes: 0 Erfolg, 2 Aufruf- oder Suchfehler oder fehlende Konfiguration (keine Zugangsdaten,
unbekanntes --profile, Schlüsselbund nicht verfügbar), 3 Authentifizierung fehlgeschlagen (401/403),
4 API- oder Netzwerkfehler nach Wiederholungen, eine von den Grenzen des Clients abgelehnte Antwort
oder --timeout abgelaufen, 5 Ausgabe konnte nicht geschrieben werden (auch: einer symbolischen
Verknüpfung, die einem anderen Benutzer gehört oder in einem Ordner liegt, in den alle schreiben
dürfen, wie /tmp, wird nie gefolgt).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="95"/>
        <source>Offline copy: every export that completes a load stores it as a snapshot of the connection
(&apos;gong-directory snapshots&apos; lists them, &apos;gong-directory changes&apos; compares them), unless
--no-store. --offline exports the newest snapshot without any request and without
credentials (exit 2 when there is none yet); --max-age uses it when it is young enough.</source>
        <translation>Offline-Kopie: Jeder Export, der einen Ladevorgang abschließt, speichert ihn als Snapshot der Verbindung
(&apos;gong-directory snapshots&apos; listet sie auf, &apos;gong-directory changes&apos; vergleicht sie), außer mit
--no-store. --offline exportiert den neuesten Snapshot ohne Anfrage und ohne Zugangsdaten
(Exit 2, wenn es noch keinen gibt); --max-age verwendet ihn, wenn er jung genug ist.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="100"/>
        <source>Export the built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern exportieren (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="101"/>
        <source>Also export Gong staff (avatars).</source>
        <translation>Auch Gong-Mitarbeiter exportieren (Avatare).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="105"/>
        <source>Only people matching Q, in the search box&apos;s language (e.g. &apos;title:engineer -is:inactive under:&quot;Ana Ortiz&quot;&apos;).</source>
        <translation>Nur Personen, die auf Q passen, in der Sprache des Suchfelds (z. B. &apos;title:engineer -is:inactive under:&quot;Ana Ortiz&quot;&apos;).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="108"/>
        <source>csv (default), json or vcard.</source>
        <translation>csv (Standard), json oder vcard.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="109"/>
        <source>CSV columns, comma-separated keys; &apos;help&apos; lists them.</source>
        <translation>CSV-Spalten, durch Kommas getrennte Schlüssel; &apos;help&apos; listet sie auf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="111"/>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV ohne UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="113"/>
        <source>CSV: put a &apos; before cells a spreadsheet would run as a formula: auto (default; numbers and phone numbers pass), always (every cell starting with = + - @ tab or CR) or never.</source>
        <translation>CSV: ein &apos; vor Zellen, die eine Tabellenkalkulation als Formel ausführen würde: auto (Standard; Zahlen und Telefonnummern bleiben unverändert), always (jede Zelle, die mit = + - @ Tab oder CR beginnt) oder never.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="118"/>
        <source>CSV header line: keys (default, the --columns keys) or titles (the app&apos;s column titles).</source>
        <translation>CSV-Kopfzeile: keys (Standard, die Schlüssel von --columns) oder titles (die Spaltentitel der App).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="121"/>
        <source>JSON on one line instead of indented.</source>
        <translation>JSON in einer Zeile statt eingerückt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="123"/>
        <source>Write to FILE (replaced only when the export succeeds); &apos;-&apos; is stdout (the default).</source>
        <translation>In DATEI schreiben (wird nur ersetzt, wenn der Export gelingt); &apos;-&apos; ist stdout (Standard).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="126"/>
        <source>No progress on stderr, only errors.</source>
        <translation>Kein Fortschritt auf stderr, nur Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="127"/>
        <source>Also show the client&apos;s log on stderr.</source>
        <translation>Auch das Protokoll des Clients auf stderr ausgeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="129"/>
        <source>Stop with exit code 4 when the whole run takes longer than DURATION (90s, 5m, 2h; default: no limit).</source>
        <translation>Mit Exit-Code 4 abbrechen, wenn der ganze Lauf länger als DAUER dauert (90s, 5m, 2h; Standard: keine Grenze).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="132"/>
        <source>Do not store the load in the offline copy.</source>
        <translation>Den Ladevorgang nicht in der Offline-Kopie speichern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="133"/>
        <source>Make no request: export the newest snapshot of the offline copy (no credentials needed).</source>
        <translation>Keine Anfrage stellen: den neuesten Snapshot der Offline-Kopie exportieren (keine Zugangsdaten nötig).</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="136"/>
        <source>Export the offline copy when it is younger than DURATION (90m, 12h, 7d), else load and store a new one.</source>
        <translation>Die Offline-Kopie exportieren, wenn sie jünger als DAUER ist (90m, 12h, 7d), sonst neu laden und speichern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="150"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="164"/>
        <source>Unknown column “%1”; &apos;--columns help&apos; lists them.</source>
        <translation>Unbekannte Spalte „%1“; &apos;--columns help&apos; listet sie auf.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="170"/>
        <source>--columns needs at least one column key.</source>
        <translation>--columns benötigt mindestens einen Spaltenschlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="177"/>
        <source>--output needs a file name, or &apos;-&apos; for stdout.</source>
        <translation>--output benötigt einen Dateinamen oder &apos;-&apos; für stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="183"/>
        <source>Unknown format “%1”; use csv, json or vcard.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie csv, json oder vcard.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="191"/>
        <source>--columns applies to CSV only; %1 has a fixed shape.</source>
        <translation>--columns gilt nur für CSV; %1 hat eine feste Form.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="203"/>
        <source>--formula-guard and --header apply to CSV only.</source>
        <translation>--formula-guard und --header gelten nur für CSV.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="214"/>
        <source>--timeout expects a duration such as 90s, 5m or 2h.</source>
        <translation>--timeout erwartet eine Dauer wie 90s, 5m oder 2h.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="231"/>
        <source>--max-age expects a span of time such as 90m, 12h or 7d.</source>
        <translation>--max-age erwartet eine Zeitspanne wie 90m, 12h oder 7d.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommandoptions.cpp" line="249"/>
        <source>Bad --query: %1</source>
        <translation>Ungültiges --query: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="97"/>
        <source>written %1/%2</source>
        <translation>%1/%2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="118"/>
        <source>Could not write to stdout: %1</source>
        <translation>Schreiben auf stdout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="133"/>
        <source>exported %1 of %2 users as %3 to %4</source>
        <translation>%1 von %2 Benutzern als %3 nach %4 exportiert</translation>
    </message>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="136"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="51"/>
        <source>Export People</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="53"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="57"/>
        <location filename="../../ui/exportdialog.cpp" line="61"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="64"/>
        <source>Byte-order mark (lets Excel detect UTF-8)</source>
        <translation>Byte-Order-Mark (damit Excel UTF-8 erkennt)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="66"/>
        <source>Indented (readable; compact when off)</source>
        <translation>Eingerückt (lesbar; kompakt, wenn aus)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="68"/>
        <source>Header with API keys (for scripts; else column titles)</source>
        <translation>Kopfzeile mit API-Schlüsseln (für Skripte; sonst Spaltentitel)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="72"/>
        <source>when needed</source>
        <translation>wenn nötig</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="73"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="74"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="75"/>
        <source>A &apos; before cells that could run a formula; phone numbers and numbers stay as they are</source>
        <translation>Ein &apos; vor Zellen, die eine Formel ausführen könnten; Telefonnummern und Zahlen bleiben, wie sie sind</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="77"/>
        <source>A &apos; before every cell starting with = + - @, a tab or a line break (OWASP)</source>
        <translation>Ein &apos; vor jeder Zelle, die mit = + - @, einem Tab oder einem Zeilenumbruch beginnt (OWASP)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="79"/>
        <source>Cells exactly as they are (only for files no spreadsheet opens)</source>
        <translation>Zellen genau, wie sie sind (nur für Dateien, die keine Tabellenkalkulation öffnet)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="80"/>
        <source>Protect against spreadsheet &amp;formulas:</source>
        <translation>Vor Tabellenkalkulations-&amp;Formeln schützen:</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="101"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="118"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="302"/>
        <source>Checked columns are exported in this order; drag them, or use Alt+Up and Alt+Down, to reorder.</source>
        <translation>Ausgewählte Spalten werden in dieser Reihenfolge exportiert; zum Umsortieren ziehen oder Alt+Oben und Alt+Unten drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="100"/>
        <source>File</source>
        <translation>Datei</translation>
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
        <location filename="../../ui/exportdialog.cpp" line="149"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="156"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="193"/>
        <location filename="../../ui/exportdialog.cpp" line="200"/>
        <source>The directory is incomplete: %1</source>
        <translation>Das Verzeichnis ist unvollständig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="199"/>
        <source>Export an Incomplete Directory?</source>
        <translation>Unvollständiges Verzeichnis exportieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="203"/>
        <source>The file will hold only the %Ln people loaded. Load everyone first (Refresh) for a complete export.</source>
        <translation>
            <numerusform>Die Datei enthält nur die %Ln geladene Person. Laden Sie zuerst alle (Aktualisieren) für einen vollständigen Export.</numerusform>
            <numerusform>Die Datei enthält nur die %Ln geladenen Personen. Laden Sie zuerst alle (Aktualisieren) für einen vollständigen Export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="205"/>
        <source>Export %Ln Loaded People</source>
        <translation>
            <numerusform>%Ln geladene Person exportieren</numerusform>
            <numerusform>%Ln geladene Personen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="303"/>
        <source>JSON holds every field exactly as Gong sent it; columns do not apply.</source>
        <translation>JSON enthält jedes Feld genau so, wie Gong es gesendet hat; Spalten gelten hier nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="304"/>
        <source>vCards hold name, email addresses, phone, title, languages, meeting links and manager; columns do not apply.</source>
        <translation>vCards enthalten Name, E-Mail-Adressen, Telefon, Titel, Sprachen, Meeting-Links und Führungskraft; Spalten gelten hier nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="323"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="366"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="374"/>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="374"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="394"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="395"/>
        <source>Exporting %Ln user(s)…</source>
        <translation>
            <numerusform>%Ln Benutzer wird exportiert…</numerusform>
            <numerusform>%Ln Benutzer werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="396"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="404"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.cpp" line="424"/>
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="430"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="73"/>
        <source>Refusing to write “%1”: it is a symbolic link to “%2” that belongs to another user, %3. Remove it or choose another name.</source>
        <translation>„%1“ wird nicht geschrieben: Es ist eine symbolische Verknüpfung auf „%2“, die einem anderen Benutzer gehört, %3. Entfernen Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="77"/>
        <source>Refusing to write “%1”: it is a symbolic link to “%2” in “%3”, a folder anyone can write to, where another user could have planted it. Remove it or choose another name.</source>
        <translation>„%1“ wird nicht geschrieben: Es ist eine symbolische Verknüpfung auf „%2“ in „%3“, einem Ordner, in den alle schreiben dürfen und in dem ein anderer Benutzer sie angelegt haben könnte. Entfernen Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="100"/>
        <location filename="../../app/export/exportfile.cpp" line="198"/>
        <source>Could not write “%1”: it is a folder.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="113"/>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="123"/>
        <source>Could not write “%1”: it was replaced while it was being opened.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Die Datei wurde ersetzt, während sie geöffnet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="138"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="142"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="201"/>
        <source>Could not write “%1”: “%2” is a file, not a folder.</source>
        <translation>„%1“ konnte nicht geschrieben werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="204"/>
        <source>Could not write “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportfile.cpp" line="207"/>
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
        <location filename="../../app/export/exportwriter.cpp" line="50"/>
        <source>Unknown column “%1”.</source>
        <translation>Unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="63"/>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="74"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="78"/>
        <source>Row %1 is not in the directory.</source>
        <translation>Zeile %1 ist nicht im Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportwriter.cpp" line="102"/>
        <source>Could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="60"/>
        <location filename="../../ui/facetpanel.cpp" line="74"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="61"/>
        <source>Narrow the people shown by status, title, language, manager and settings</source>
        <translation>Die angezeigten Personen nach Status, Titel, Sprache, Führungskraft und Einstellungen eingrenzen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="79"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="79"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="89"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="143"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="183"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="183"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="188"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="194"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="194"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="194"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="282"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="287"/>
        <source>%1 — reports to %2</source>
        <translation>%1 — berichtet an %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facetpanel.cpp" line="291"/>
        <source>… %n more (use the search box)</source>
        <translation>
            <numerusform>… %n weiterer (Suchfeld verwenden)</numerusform>
            <numerusform>… %n weitere (Suchfeld verwenden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="382"/>
        <source>%1: %2  ✕</source>
        <translation>%1: %2  ✕</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="383"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="384"/>
        <source>Remove filter %1: %2</source>
        <translation>Filter %1: %2 entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="398"/>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/facetpanel.cpp" line="416"/>
        <source>As a query: %1</source>
        <translation>Als Suchanfrage: %1</translation>
    </message>
</context>
<context>
    <name>FrozenColumnView</name>
    <message>
        <location filename="../../ui/frozencolumnview.cpp" line="18"/>
        <source>Names while scrolled</source>
        <translation>Namen beim seitlichen Blättern</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="126"/>
        <source>No manager</source>
        <translation>Keine Führungskraft</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="127"/>
        <source>People without a manager id, other than the top of the organisation (the only person without a manager, or the one of them with the most people below).</source>
        <translation>Personen ohne Führungskraft-ID, außer der Spitze der Organisation (der einzigen Person ohne Führungskraft oder derjenigen von ihnen mit den meisten Personen darunter).</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="132"/>
        <source>Manager not in the directory</source>
        <translation>Führungskraft nicht im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="133"/>
        <source>People whose manager id names nobody in the directory.</source>
        <translation>Personen, deren Führungskraft-ID niemanden im Verzeichnis bezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="137"/>
        <source>Manager id %1</source>
        <translation>Führungskraft-ID %1</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="138"/>
        <source>Reporting cycle</source>
        <translation>Berichtsschleife</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="139"/>
        <source>People on a reporting loop: walking up their managers comes back to them (someone named as their own manager included).</source>
        <translation>Personen in einer Berichtsschleife: Der Weg über ihre Führungskräfte nach oben führt zu ihnen zurück (auch wer sich selbst als Führungskraft nennt).</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="150"/>
        <source>Inactive manager with active reports</source>
        <translation>Inaktive Führungskraft mit aktiven Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="151"/>
        <source>Inactive people who are still the manager of at least one active person.</source>
        <translation>Inaktive Personen, die noch Führungskraft mindestens einer aktiven Person sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/audit/healthcheck.cpp" line="157"/>
        <source>%n active direct report(s)</source>
        <translation>
            <numerusform>%n aktive Person direkt unterstellt</numerusform>
            <numerusform>%n aktive Personen direkt unterstellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="160"/>
        <source>Active, with an inactive manager</source>
        <translation>Aktiv, mit inaktiver Führungskraft</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="161"/>
        <source>Active people whose manager is inactive.</source>
        <translation>Aktive Personen, deren Führungskraft inaktiv ist.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="168"/>
        <source>Manager: %1</source>
        <translation>Führungskraft: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="171"/>
        <source>Address used by several people</source>
        <translation>Adresse von mehreren Personen verwendet</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="172"/>
        <source>People with an address (primary, alias or trusted, case-insensitive) that someone else also has.</source>
        <translation>Personen mit einer Adresse (primär, Alias oder vertrauenswürdig, ohne Groß-/Kleinschreibung), die auch jemand anderes hat.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="177"/>
        <source>%1, also used by %2</source>
        <translation>%1, auch verwendet von %2</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="181"/>
        <source>Not a valid address</source>
        <translation>Keine gültige Adresse</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="182"/>
        <source>People with no primary address, or a primary address, alias or trusted address that is not a valid e-mail address.</source>
        <translation>Personen ohne primäre Adresse oder mit einer primären, Alias- oder vertrauenswürdigen Adresse, die keine gültige E-Mail-Adresse ist.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="189"/>
        <source>No primary address</source>
        <translation>Keine primäre Adresse</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="193"/>
        <source>Trusted address on another domain</source>
        <translation>Vertrauenswürdige Adresse auf anderer Domain</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="194"/>
        <source>People whose trusted e-mail address is on another domain than their primary one.</source>
        <translation>Personen, deren vertrauenswürdige E-Mail-Adresse auf einer anderen Domain liegt als ihre primäre.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="199"/>
        <source>Recorded and recording prevented</source>
        <translation>Aufgezeichnet und Aufzeichnung verhindert</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="200"/>
        <source>People with both webConferencesRecorded and preventWebConferenceRecording on.</source>
        <translation>Personen, bei denen sowohl webConferencesRecorded als auch preventWebConferenceRecording an ist.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="207"/>
        <source>E-mails imported and import prevented</source>
        <translation>E-Mails importiert und Import verhindert</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="208"/>
        <source>People with both emailsImported and preventEmailImport on.</source>
        <translation>Personen, bei denen sowohl emailsImported als auch preventEmailImport an ist.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="214"/>
        <source>Inactive, still recorded or imported</source>
        <translation>Inaktiv, noch aufgezeichnet oder importiert</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="215"/>
        <source>Inactive people with webConferencesRecorded, telephonyCallsImported, emailsImported or nonRecordedMeetingsImported on.</source>
        <translation>Inaktive Personen, bei denen webConferencesRecorded, telephonyCallsImported, emailsImported oder nonRecordedMeetingsImported an ist.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="235"/>
        <source>No title</source>
        <translation>Keine Position</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="236"/>
        <source>People without a title.</source>
        <translation>Personen ohne Position.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="238"/>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="239"/>
        <source>People without a phone number.</source>
        <translation>Personen ohne Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="242"/>
        <source>No primary language</source>
        <translation>Keine primäre Sprache</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="243"/>
        <source>People with no spoken language marked primary (the language Gong assumes when it cannot detect a call&apos;s).</source>
        <translation>Personen ohne als primär markierte gesprochene Sprache (die Sprache, die Gong annimmt, wenn es die eines Anrufs nicht erkennen kann).</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="248"/>
        <source>More than one primary language</source>
        <translation>Mehr als eine primäre Sprache</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="249"/>
        <source>People with more than one spoken language marked primary.</source>
        <translation>Personen mit mehr als einer als primär markierten gesprochenen Sprache.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="260"/>
        <source>Phone number not plausible</source>
        <translation>Telefonnummer nicht plausibel</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="261"/>
        <source>People whose phone number is not one someone could dial: letters, 7 to 15 digits not met, or all the same digit.</source>
        <translation>Personen, deren Telefonnummer niemand wählen könnte: Buchstaben, nicht 7 bis 15 Ziffern oder lauter gleiche Ziffern.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="269"/>
        <source>Meeting link not https</source>
        <translation>Meeting-Link nicht https</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="270"/>
        <source>People with a personal meeting URL or a meeting consent page URL that is not an https:// link.</source>
        <translation>Personen mit einer persönlichen Meeting-URL oder einer URL der Einwilligungsseite, die kein https://-Link ist.</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="310"/>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="310"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="311"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/audit/healthcheck.cpp" line="311"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
</context>
<context>
    <name>HealthPeopleModel</name>
    <message>
        <location filename="../../ui/healthpeoplemodel.cpp" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/healthpeoplemodel.cpp" line="165"/>
        <source>What is wrong</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../../ui/healthpeoplemodel.cpp" line="167"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/healthpeoplemodel.cpp" line="169"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../ui/healthview.cpp" line="56"/>
        <source>Export &amp;Health Summary…</source>
        <translation>&amp;Datenqualitäts-Übersicht exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="58"/>
        <source>Save each check with its count and the ids of its people as CSV</source>
        <translation>Jede Prüfung mit ihrer Anzahl und den IDs ihrer Personen als CSV speichern</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="60"/>
        <source>E&amp;xport Summary…</source>
        <translation>Übersicht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="109"/>
        <source>Health checks</source>
        <translation>Datenprüfungen</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="110"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="110"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="170"/>
        <source>&amp;Show in People</source>
        <translation>In &amp;Personen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="207"/>
        <source>Copy &amp;Id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="236"/>
        <source>The counts cover the people loaded so far: %1</source>
        <translation>Die Zahlen umfassen die bisher geladenen Personen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="303"/>
        <source>No people loaded yet.</source>
        <translation>Noch keine Personen geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="304"/>
        <source>People with at least one finding: %1 of %2</source>
        <translation>Personen mit mindestens einem Befund: %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="323"/>
        <source>Choose a check</source>
        <translation>Eine Prüfung wählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/healthview.cpp" line="329"/>
        <source>%1: %Ln person(s)</source>
        <translation>
            <numerusform>%1: %Ln Person</numerusform>
            <numerusform>%1: %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="330"/>
        <source>Query: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="331"/>
        <source>Filter the People table by %1, to combine, select or export</source>
        <translation>Die Personentabelle nach %1 filtern, um zu kombinieren, auszuwählen oder zu exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="332"/>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="371"/>
        <source>Copy &amp;Email</source>
        <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="372"/>
        <source>Copy &amp;Manager Id</source>
        <translation>&amp;Führungskraft-ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="373"/>
        <source>Copy &amp;What Is Wrong</source>
        <translation>&amp;Befund kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="375"/>
        <source>Show the Check in &amp;People</source>
        <translation>Prüfung in &amp;Personen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="391"/>
        <location filename="../../ui/healthview.cpp" line="396"/>
        <source>Export Health Summary</source>
        <translation>Datenqualitäts-Übersicht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="392"/>
        <source>%1

Export the summary of the people loaded so far?</source>
        <translation>%1

Die Übersicht der bisher geladenen Personen exportieren?</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="397"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/healthview.cpp" line="402"/>
        <source>Exported the health summary to %1</source>
        <translation>Datenqualitäts-Übersicht nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="16"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="20"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="25"/>
        <source>&amp;About Gong Directory</source>
        <translation>Ü&amp;ber Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="26"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="38"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="38"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="61"/>
        <source>About Gong Directory</source>
        <translation>Über Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/helpmenu.cpp" line="62"/>
        <source>&lt;h3&gt;Gong Directory %1&lt;/h3&gt;&lt;p&gt;Browse, search and export the people in a Gong account.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Gong is a trademark of Gong.io Ltd; this application is not made by Gong.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gong Directory %1&lt;/h3&gt;&lt;p&gt;Personen in einem Gong-Konto durchsuchen, finden und exportieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz. Gong ist eine Marke der Gong.io Ltd; diese Anwendung stammt nicht von Gong.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <location filename="../../ui/keyboardshortcuts.cpp" line="33"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>LoadingStatus</name>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="81"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="190"/>
        <source>Users loaded</source>
        <translation>Geladene Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="177"/>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="31"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="87"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="103"/>
        <source>Loaded %1 of %2 users</source>
        <translation>%1 von %2 Benutzern geladen</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="106"/>
        <source>Loaded %1 users</source>
        <translation>%1 Benutzer geladen</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="114"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="125"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loadingstatus.cpp" line="150"/>
        <source>%1 in %n s</source>
        <translation>
            <numerusform>%1 in %n s</numerusform>
            <numerusform>%1 in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="156"/>
        <source>(%1 of %2)</source>
        <translation>(%1 von %2)</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="159"/>
        <source>Gong sent a response that could not be read — retrying %1</source>
        <translation>Gong hat eine Antwort gesendet, die nicht gelesen werden konnte — neuer Versuch %1</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="162"/>
        <source>Gong sent an unexpected response — retrying %1</source>
        <translation>Gong hat eine unerwartete Antwort gesendet — neuer Versuch %1</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="165"/>
        <source>Gong&apos;s server had an error (HTTP %1) — retrying %2</source>
        <translation>Der Gong-Server hatte einen Fehler (HTTP %1) — neuer Versuch %2</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="168"/>
        <source>Connection problem — retrying %1</source>
        <translation>Verbindungsproblem — neuer Versuch %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loadingstatus.cpp" line="148"/>
        <source>Waiting %n s (rate limit)</source>
        <translation>
            <numerusform>Warte %n s (Anfragelimit)</numerusform>
            <numerusform>Warte %n s (Anfragelimit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="188"/>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="188"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/loadingstatus.cpp" line="189"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="60"/>
        <source>Gong Directory</source>
        <translation>Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="77"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="80"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="129"/>
        <source>Org chart</source>
        <translation>Organigramm</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="134"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="151"/>
        <source>Show in org chart</source>
        <translation>Im Organigramm zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="210"/>
        <source>Load the directory again (Ctrl+R, F5)</source>
        <translation>Verzeichnis neu laden (Strg+R, F5)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="216"/>
        <source>Stop loading; the rows loaded so far stay (Esc)</source>
        <translation>Laden anhalten; die bisher geladenen Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="225"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="276"/>
        <source>%1 — Gong Directory</source>
        <translation>%1 — Gong Directory</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="324"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="305"/>
        <location filename="../../ui/mainwindow.cpp" line="340"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="385"/>
        <source>The %1 users loaded so far are kept.</source>
        <translation>Die %1 bisher geladenen Benutzer bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="387"/>
        <source>&amp;Keep Waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="402"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="420"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="433"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="438"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="444"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="450"/>
        <source>Search &amp;Help</source>
        <translation>Such&amp;hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="43"/>
        <source>The offline copy of %1 was deleted.</source>
        <translation>Die Offline-Kopie von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="54"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="61"/>
        <source>This person is no longer in the directory.</source>
        <translation>Diese Person ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="72"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="99"/>
        <source>Refresh the Directory?</source>
        <translation>Verzeichnis aktualisieren?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="100"/>
        <source>A full load takes about %1 API calls, but only %2 of Gong&apos;s %3 calls per company remain today (this computer has made %4). Every Gong integration of the company shares them.</source>
        <translation>Ein vollständiges Laden braucht etwa %1 API-Aufrufe, heute bleiben aber nur %2 der %3 Aufrufe, die Gong je Firma erlaubt (dieser Computer hat %4 gemacht). Alle Gong-Integrationen der Firma teilen sie sich.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="106"/>
        <source>Load anyway? The offline copy stays on screen either way.</source>
        <translation>Trotzdem laden? Die Offline-Kopie bleibt in jedem Fall sichtbar.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="107"/>
        <source>&amp;Load Anyway</source>
        <translation>Trotzdem &amp;laden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowoffline.cpp" line="108"/>
        <source>&amp;Keep the Copy</source>
        <translation>&amp;Kopie behalten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowteams.cpp" line="16"/>
        <source>Settings by team</source>
        <translation>Einstellungen nach Team</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowhealth.cpp" line="23"/>
        <source>Health</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowhealth.cpp" line="40"/>
        <source>The search hides this person in the People table.</source>
        <translation>Die Suche blendet diese Person in der Personentabelle aus.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowchart.cpp" line="14"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <location filename="../../app/cli/offlinecopy.cpp" line="101"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/offlinecopy.cpp" line="108"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../app/cli/offlinecopy.cpp" line="110"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/cli/offlinecopy.cpp" line="112"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../app/cli/offlinecopy.cpp" line="113"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>OfflinePreferencesDialog</name>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="16"/>
        <source>&amp;Keep an offline copy on this computer</source>
        <translation>Eine Offline-Kopie auf diesem Computer &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="22"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="26"/>
        <source>When the copy is older than</source>
        <translation>Wenn die Kopie älter ist als</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="27"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="28"/>
        <source>Only when I press Refresh</source>
        <translation>Nur wenn ich „Aktualisieren“ drücke</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="32"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="36"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="41"/>
        <source>&amp;Refresh on start:</source>
        <translation>Beim Start &amp;aktualisieren:</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="42"/>
        <source>&amp;Older than:</source>
        <translation>Ä&amp;lter als:</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="43"/>
        <source>Keep &amp;history for:</source>
        <translation>&amp;Verlauf behalten für:</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="46"/>
        <source>&amp;Delete the Offline Copy…</source>
        <translation>Offline-Kopie &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="49"/>
        <source>Deletes the stored snapshots and history of %1</source>
        <translation>Löscht die gespeicherten Snapshots und den Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="53"/>
        <source>Delete the Offline Copy</source>
        <translation>Offline-Kopie löschen</translation>
    </message>
    <message>
        <location filename="../../ui/offlinepreferences.cpp" line="54"/>
        <source>Delete every stored snapshot and the history of %1 on this computer?</source>
        <translation>Alle gespeicherten Snapshots und den Verlauf von %1 auf diesem Computer löschen?</translation>
    </message>
</context>
<context>
    <name>OfflineSession</name>
    <message>
        <location filename="../../ui/offlinesession.cpp" line="213"/>
        <source>%1 %2 (%3 ago)</source>
        <translation>%1 %2 (vor %3)</translation>
    </message>
</context>
<context>
    <name>OfflineStatus</name>
    <message>
        <location filename="../../ui/offlinestatus.cpp" line="19"/>
        <source>Offline copy</source>
        <translation>Offline-Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/offlinestatus.cpp" line="21"/>
        <source>API calls today</source>
        <translation>API-Aufrufe heute</translation>
    </message>
    <message>
        <location filename="../../ui/offlinestatus.cpp" line="22"/>
        <source>Requests this computer sent to the company today (UTC). Gong allows 10,000 a day per company, shared by all of its integrations.</source>
        <translation>Anfragen, die dieser Computer heute (UTC) an die Firma gesendet hat. Gong erlaubt 10.000 am Tag je Firma, geteilt von allen ihren Integrationen.</translation>
    </message>
    <message>
        <location filename="../../ui/offlinestatus.cpp" line="69"/>
        <source>Offline — showing the copy as of %1</source>
        <translation>Offline — die Kopie vom %1 wird angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/offlinestatus.cpp" line="69"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../ui/offlinestatus.cpp" line="77"/>
        <source>API calls today: %1 (this computer) of Gong&apos;s %2 per company</source>
        <translation>API-Aufrufe heute: %1 (dieser Computer) von %2 je Firma bei Gong</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="33"/>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="35"/>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="42"/>
        <source>Org chart</source>
        <translation>Organigramm</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="143"/>
        <source>Export this team… (%1 people)</source>
        <translation>Dieses Team exportieren… (%1 Personen)</translation>
    </message>
    <message>
        <location filename="../../ui/orgchartview.cpp" line="146"/>
        <source>Expand everything below</source>
        <translation>Alles darunter aufklappen</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="407"/>
        <source>Manager not in directory</source>
        <translation>Führungskraft nicht im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="409"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="411"/>
        <source>Reporting cycles</source>
        <translation>Berichtszyklen</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="428"/>
        <source>People whose manager id is not among the loaded users</source>
        <translation>Personen, deren Führungskraft-ID unter den geladenen Benutzern fehlt</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="430"/>
        <source>These people name manager id %1, who is not in the directory</source>
        <translation>Diese Personen nennen die Führungskraft-ID %1, die nicht im Verzeichnis ist</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="432"/>
        <source>Chains of managers that loop back; each loop is shown starting from its smallest id</source>
        <translation>Führungsketten, die zu sich selbst zurückführen; jede Schleife beginnt bei ihrer kleinsten ID</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="436"/>
        <source>Direct reports</source>
        <translation>Direkt Unterstellte</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="438"/>
        <source>Everyone below, at all levels</source>
        <translation>Alle darunter, auf allen Ebenen</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="478"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="480"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="482"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../../app/models/orgtreemodel.cpp" line="484"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>PageDownload</name>
    <message>
        <location filename="../../app/api/pagedownload.cpp" line="120"/>
        <source>%1 announced %2 MiB for one page; Gong&apos;s pages are under 100 KB. The answer was refused before it was read.</source>
        <translation>%1 hat %2 MiB für eine Seite angekündigt; Seiten von Gong sind kleiner als 100 KB. Die Antwort wurde abgelehnt, bevor sie gelesen wurde.</translation>
    </message>
    <message>
        <location filename="../../app/api/pagedownload.cpp" line="124"/>
        <source>%1 sent a compressed answer that unpacks to more than %2 MiB for one page (a decompression bomb?); Gong&apos;s pages are under 100 KB. It was refused, not retried.</source>
        <translation>%1 hat eine komprimierte Antwort gesendet, die für eine Seite auf mehr als %2 MiB entpackt (eine Dekompressionsbombe?); Seiten von Gong sind kleiner als 100 KB. Sie wurde abgelehnt und nicht wiederholt.</translation>
    </message>
    <message>
        <location filename="../../app/api/pagedownload.cpp" line="128"/>
        <source>%1 sent more than %2 MiB for one page; Gong&apos;s pages are under 100 KB. The answer was refused, not retried.</source>
        <translation>%1 hat mehr als %2 MiB für eine Seite gesendet; Seiten von Gong sind kleiner als 100 KB. Die Antwort wurde abgelehnt und nicht wiederholt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/pagedownload.cpp" line="137"/>
        <source>%1 did not send its whole answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat seine Antwort nicht innerhalb von %n Sekunde vollständig gesendet.</numerusform>
            <numerusform>%1 hat seine Antwort nicht innerhalb von %n Sekunden vollständig gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <location filename="../../app/api/pagingguard.cpp" line="21"/>
        <source>Paging stopped.</source>
        <translation>Seitenabruf abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/api/pagingguard.cpp" line="52"/>
        <source>The server returned a cursor it had already given, which would loop forever.</source>
        <translation>Der Server hat einen bereits gelieferten Cursor zurückgegeben, was eine Endlosschleife ergäbe.</translation>
    </message>
    <message>
        <location filename="../../app/api/pagingguard.cpp" line="55"/>
        <source>The server sent a cursor of %L1 characters; Gong&apos;s are a few hundred.</source>
        <translation>Der Server hat einen Cursor mit %L1 Zeichen gesendet; die von Gong haben einige hundert.</translation>
    </message>
    <message>
        <location filename="../../app/api/pagingguard.cpp" line="58"/>
        <source>The server keeps sending empty pages (%1 in a row), each with a cursor to another.</source>
        <translation>Der Server sendet immer wieder leere Seiten (%1 hintereinander), jede mit einem Cursor auf die nächste.</translation>
    </message>
    <message>
        <location filename="../../app/api/pagingguard.cpp" line="65"/>
        <source>The server has sent %L1 pages and offers more, though the %L2 users it announced fill %L3.</source>
        <translation>Der Server hat %L1 Seiten gesendet und bietet weitere an, obwohl die angekündigten %L2 Benutzer nur %L3 füllen.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/peopleview.cpp" line="67"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/peopleview.cpp" line="68"/>
        <source>Everyone in the directory, one person per row</source>
        <translation>Alle im Verzeichnis, eine Person pro Zeile</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <location filename="../../ui/persondetails.cpp" line="22"/>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="42"/>
        <source>ext. %1</source>
        <translation>Durchwahl %1</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="43"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="46"/>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="48"/>
        <source>Trusted email</source>
        <translation>Vertrauenswürdige E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="50"/>
        <source>Meeting links</source>
        <translation>Meeting-Links</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="52"/>
        <source>Recording consent</source>
        <translation>Einwilligung zur Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="60"/>
        <source>Top of the organisation (no manager)</source>
        <translation>Spitze der Organisation (keine Führungskraft)</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="63"/>
        <source>Unknown manager (id %1)</source>
        <translation>Unbekannte Führungskraft (ID %1)</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="76"/>
        <source>This person is listed as their own manager.</source>
        <translation>Diese Person ist als ihre eigene Führungskraft eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="79"/>
        <source>The manager chain loops back on itself; it is shown up to where it repeats.</source>
        <translation>Die Führungskette führt zu sich selbst zurück; sie wird bis zur Wiederholung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="81"/>
        <source>The chain ends at a manager who is not in the directory.</source>
        <translation>Die Kette endet bei einer Führungskraft, die nicht im Verzeichnis ist.</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="98"/>
        <source>unknown language</source>
        <translation>unbekannte Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="102"/>
        <source>(primary)</source>
        <translation>(primär)</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="105"/>
        <source>None listed</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="112"/>
        <source>Web conferences recorded</source>
        <translation>Webkonferenzen aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="114"/>
        <source>Prevents web-conference recording</source>
        <translation>Verhindert Aufzeichnung von Webkonferenzen</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="116"/>
        <source>Telephony calls imported</source>
        <translation>Telefonate importiert</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="118"/>
        <source>Emails imported</source>
        <translation>E-Mails importiert</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="120"/>
        <source>Prevents email import</source>
        <translation>Verhindert E-Mail-Import</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="122"/>
        <source>Non-recorded meetings imported</source>
        <translation>Nicht aufgezeichnete Meetings importiert</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="124"/>
        <source>Gong Connect enabled</source>
        <translation>Gong Connect aktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="133"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="135"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="139"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="147"/>
        <source>Web conferences are recorded, but recording is also prevented.</source>
        <translation>Webkonferenzen werden aufgezeichnet, aber die Aufzeichnung wird auch verhindert.</translation>
    </message>
    <message>
        <location filename="../../ui/persondetails.cpp" line="150"/>
        <source>Emails are imported, but email import is also prevented.</source>
        <translation>E-Mails werden importiert, aber der E-Mail-Import wird auch verhindert.</translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <location filename="../../ui/personhistory.cpp" line="31"/>
        <location filename="../../ui/personhistory.cpp" line="37"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/personhistory.cpp" line="69"/>
        <source>No offline history.</source>
        <translation>Kein Offline-Verlauf.</translation>
    </message>
    <message>
        <location filename="../../ui/personhistory.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/personhistory.cpp" line="92"/>
        <source>No changes in the stored snapshots.</source>
        <translation>Keine Änderungen in den gespeicherten Snapshots.</translation>
    </message>
    <message>
        <location filename="../../ui/personhistory.cpp" line="101"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/personhistory.cpp" line="104"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../../app/base/privatefiles.cpp" line="44"/>
        <source>Could not make “%1” private to you: %2</source>
        <translation>„%1“ konnte nicht auf Sie allein beschränkt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/base/privatefiles.cpp" line="62"/>
        <source>Could not create “%1”: something that is not a file is in the way.</source>
        <translation>„%1“ konnte nicht angelegt werden: Dort ist bereits etwas, das keine Datei ist.</translation>
    </message>
    <message>
        <location filename="../../app/base/privatefiles.cpp" line="65"/>
        <location filename="../../app/base/privatefiles.cpp" line="72"/>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/base/privatefiles.cpp" line="94"/>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/base/privatefiles.cpp" line="97"/>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/base/privatefiles.cpp" line="103"/>
        <source>Could not create the folder “%1”: a file is in the way.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: Dort ist bereits eine Datei.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../app/credentials/profilestore.cpp" line="90"/>
        <location filename="../../app/credentials/profilestore.cpp" line="130"/>
        <source>Gong</source>
        <translation>Gong</translation>
    </message>
</context>
<context>
    <name>ReconcileActions</name>
    <message>
        <location filename="../../ui/reconcileactions.cpp" line="23"/>
        <source>Find a &amp;List…</source>
        <translation>&amp;Liste suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileactions.cpp" line="26"/>
        <source>Match a list of e-mails, ids or names from another system against the directory (Ctrl+Shift+L)</source>
        <translation>Eine Liste von E-Mail-Adressen, IDs oder Namen aus einem anderen System mit dem Verzeichnis abgleichen (Strg+Umschalt+L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconcileactions.cpp" line="38"/>
        <source>%Ln matched people selected in the People table.</source>
        <translation>
            <numerusform>%Ln gefundene Person in der Personentabelle ausgewählt.</numerusform>
            <numerusform>%Ln gefundene Personen in der Personentabelle ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reconcileactions.cpp" line="40"/>
        <source>The search was cleared: it hid some of them.</source>
        <translation>Die Suche wurde geleert: Sie hat einige davon ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="39"/>
        <source>Match a list of e-mail addresses, ids or names from another system against the people in a Gong account, without a display. Each value is looked for in the primary e-mail, the aliases and the trusted e-mail (case-insensitive, spaces and mailto: removed), then the id; only when none match, in the full name (case- and accent-insensitive). One record per value, in input order: input, status (active, inactive, not-found, ambiguous), matchedBy, id, fullName, emailAddress.</source>
        <translation>Eine Liste von E-Mail-Adressen, IDs oder Namen aus einem anderen System mit den Personen eines Gong-Kontos abgleichen, ohne Bildschirm. Jeder Wert wird in der primären E-Mail, den Aliassen und der vertrauenswürdigen E-Mail gesucht (ohne Groß-/Kleinschreibung, Leerzeichen und mailto: entfernt), dann in der ID; nur wenn nichts passt, im vollständigen Namen (ohne Groß-/Kleinschreibung und Akzente). Ein Datensatz je Wert, in Eingabereihenfolge: input, status (active, inactive, not-found, ambiguous), matchedBy, id, fullName, emailAddress.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="45"/>
        <source>Saved connections: --profile NAME uses a connection saved in the app: its base URL, and its
secrets from the system keychain. --base-url and the environment still take precedence.</source>
        <translation>Gespeicherte Verbindungen: --profile NAME verwendet eine in der App gespeicherte Verbindung: ihre Basis-URL und ihre
Geheimnisse aus dem Schlüsselbund des Systems. --base-url und die Umgebung haben weiterhin Vorrang.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="48"/>
        <source>Exit codes: 0 success, 2 usage error, an input that cannot be read or missing configuration (no
credentials, unknown --profile, keychain unavailable), 3 authentication failure (401/403), 4 API or
network failure after retries, 5 output could not be written.</source>
        <translation>Exit-Codes: 0 Erfolg, 2 Aufruffehler, nicht lesbare Eingabe oder fehlende Konfiguration (keine
Zugangsdaten, unbekanntes --profile, Schlüsselbund nicht verfügbar), 3 Authentifizierung fehlgeschlagen
(401/403), 4 API- oder Netzwerkfehler nach Wiederholungen, 5 Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="52"/>
        <source>Reconcile against the built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Mit der eingebauten Demo-Firma mit N Benutzern abgleichen (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="53"/>
        <source>Also match Gong staff (avatars).</source>
        <translation>Auch Gong-Mitarbeiter abgleichen (Avatare).</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="55"/>
        <source>Make no request: match against the newest snapshot of the offline copy (no credentials needed).</source>
        <translation>Keine Anfrage: mit dem neuesten Snapshot der Offline-Kopie abgleichen (keine Zugangsdaten nötig).</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="59"/>
        <source>The list: a text file with one value per line, or a CSV file with --column; &apos;-&apos; reads stdin. Blank lines are skipped.</source>
        <translation>Die Liste: eine Textdatei mit einem Wert pro Zeile oder eine CSV-Datei mit --column; &apos;-&apos; liest stdin. Leere Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="63"/>
        <source>Read the input as CSV and take the values from the column with this header (case-insensitive; comma, semicolon or tab separated).</source>
        <translation>Die Eingabe als CSV lesen und die Werte aus der Spalte mit dieser Überschrift nehmen (ohne Groß-/Kleinschreibung; durch Komma, Semikolon oder Tabulator getrennt).</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="66"/>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="67"/>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV ohne UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="69"/>
        <source>Write to FILE (replaced only when everything succeeded); &apos;-&apos; is stdout (the default).</source>
        <translation>In DATEI schreiben (wird nur ersetzt, wenn alles gelingt); &apos;-&apos; ist stdout (Standard).</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="89"/>
        <source>--input is required: a file with the values, or &apos;-&apos; for stdin.</source>
        <translation>--input ist erforderlich: eine Datei mit den Werten oder &apos;-&apos; für stdin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="95"/>
        <source>--column needs the name of a column of the CSV&apos;s header.</source>
        <translation>--column benötigt den Namen einer Spalte aus der Kopfzeile der CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="102"/>
        <source>--output needs a file name, or &apos;-&apos; for stdout.</source>
        <translation>--output benötigt einen Dateinamen oder &apos;-&apos; für stdout.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="113"/>
        <source>Unknown format “%1”; use csv or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="122"/>
        <source>Nothing to reconcile against: use --demo, --profile NAME, or --base-url / GONG_BASE_URL with credentials in %1.</source>
        <translation>Nichts zum Abgleichen: Verwenden Sie --demo, --profile NAME oder --base-url / GONG_BASE_URL mit Zugangsdaten in %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="134"/>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="139"/>
        <source>Could not read stdin: %1</source>
        <translation>Lesen von stdin fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="157"/>
        <source>“%1” has no header row with a column “%2”.</source>
        <translation>„%1“ hat keine Kopfzeile mit einer Spalte „%2“.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="158"/>
        <source>“%1” has no column “%2”; its columns are %3.</source>
        <translation>„%1“ hat keine Spalte „%2“; seine Spalten sind %3.</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="206"/>
        <source>Could not write to stdout: %1</source>
        <translation>Schreiben auf stdout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/reconcilecommand.cpp" line="216"/>
        <source>reconciled %1 values against %2 users: %3 active, %4 inactive, %5 not found, %6 ambiguous</source>
        <translation>%1 Werte mit %2 Benutzern abgeglichen: %3 aktiv, %4 inaktiv, %5 nicht gefunden, %6 mehrdeutig</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="48"/>
        <source>Find a List</source>
        <translation>Liste suchen</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="58"/>
        <source>&amp;Find</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="60"/>
        <source>Match every value against the directory</source>
        <translation>Jeden Wert mit dem Verzeichnis abgleichen</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="94"/>
        <source>Show only the values that are “%1”</source>
        <translation>Nur die Werte zeigen, die „%1“ sind</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="96"/>
        <source>Show every value</source>
        <translation>Alle Werte zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="116"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="126"/>
        <source>&amp;Show Matched People in the Table</source>
        <translation>Gefundene Personen in der &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="129"/>
        <source>Select everyone the list matched in the People table, ready for Copy or Export with its columns</source>
        <translation>Alle gefundenen Personen in der Personentabelle auswählen, bereit zum Kopieren oder Exportieren mit deren Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="135"/>
        <source>&amp;Export Result…</source>
        <translation>Ergebnis &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="137"/>
        <source>Save one record per value as CSV or JSON, as gong-directory reconcile writes them</source>
        <translation>Einen Datensatz je Wert als CSV oder JSON speichern, wie gong-directory reconcile sie schreibt</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="179"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="204"/>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="262"/>
        <source>Nobody is loaded yet: every value would be “not found”.</source>
        <translation>Noch niemand geladen: Jeder Wert wäre „nicht gefunden“.</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="264"/>
        <source>The directory is incomplete (%1): people not loaded show as “not found”. The result follows as people arrive.</source>
        <translation>Das Verzeichnis ist unvollständig (%1): Nicht geladene Personen erscheinen als „nicht gefunden“. Das Ergebnis wird aktualisiert, sobald Personen eintreffen.</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="275"/>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="275"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconciledialog.cpp" line="277"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktiv</numerusform>
            <numerusform>%Ln aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconciledialog.cpp" line="277"/>
        <source>%Ln inactive</source>
        <translation>
            <numerusform>%Ln inaktiv</numerusform>
            <numerusform>%Ln inaktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconciledialog.cpp" line="278"/>
        <source>%Ln not found</source>
        <translation>
            <numerusform>%Ln nicht gefunden</numerusform>
            <numerusform>%Ln nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconciledialog.cpp" line="278"/>
        <source>%Ln ambiguous</source>
        <translation>
            <numerusform>%Ln mehrdeutig</numerusform>
            <numerusform>%Ln mehrdeutig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconciledialog.cpp" line="337"/>
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile kopiert</numerusform>
            <numerusform>%Ln Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="356"/>
        <source>Export Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="360"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reconciledialog.cpp" line="360"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconciledialog.cpp" line="369"/>
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>%Ln Datensatz nach %1 exportiert</numerusform>
            <numerusform>%Ln Datensätze nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconcileInput</name>
    <message>
        <location filename="../../app/audit/reconcileinput.cpp" line="101"/>
        <source>“%1” is larger than %2 MiB; split the list.</source>
        <translation>„%1“ ist größer als %2 MiB; teilen Sie die Liste auf.</translation>
    </message>
    <message>
        <location filename="../../app/audit/reconcileinput.cpp" line="109"/>
        <location filename="../../app/audit/reconcileinput.cpp" line="126"/>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/audit/reconcileinput.cpp" line="120"/>
        <source>Could not read “%1”: it is a folder.</source>
        <translation>„%1“ konnte nicht gelesen werden: Es ist ein Ordner.</translation>
    </message>
</context>
<context>
    <name>ReconcileInputPanel</name>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="27"/>
        <source>&amp;List of e-mail addresses, ids or names:</source>
        <translation>&amp;Liste von E-Mail-Adressen, IDs oder Namen:</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="31"/>
        <source>Paste one value per line, or the rows of a spreadsheet (CSV) and pick the column below.</source>
        <translation>Einen Wert pro Zeile einfügen, oder die Zeilen einer Tabelle (CSV) und unten die Spalte wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="34"/>
        <source>List to find</source>
        <translation>Zu suchende Liste</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="37"/>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="39"/>
        <source>Read the list from a text or CSV file</source>
        <translation>Die Liste aus einer Text- oder CSV-Datei lesen</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="42"/>
        <source>Colu&amp;mn:</source>
        <translation>S&amp;palte:</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="45"/>
        <source>Column of the CSV to find</source>
        <translation>Zu suchende Spalte der CSV</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="111"/>
        <source>Column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="137"/>
        <source>This column has no values.</source>
        <translation>Diese Spalte hat keine Werte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconcileinputpanel.cpp" line="139"/>
        <source>%Ln value(s): %1</source>
        <translation>
            <numerusform>%Ln Wert: %1</numerusform>
            <numerusform>%Ln Werte: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="143"/>
        <source>Header row detected.</source>
        <translation>Kopfzeile erkannt.</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="143"/>
        <source>No header row.</source>
        <translation>Keine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="160"/>
        <source>Open a List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileinputpanel.cpp" line="161"/>
        <source>Lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listen (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ReconcileResultModel</name>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="86"/>
        <location filename="../../ui/reconcileresultmodel.cpp" line="185"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="88"/>
        <source>Email alias</source>
        <translation>E-Mail-Alias</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="90"/>
        <source>Trusted email</source>
        <translation>Vertrauenswürdige E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="92"/>
        <location filename="../../ui/reconcileresultmodel.cpp" line="187"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="94"/>
        <location filename="../../ui/reconcileresultmodel.cpp" line="183"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reconcileresultmodel.cpp" line="145"/>
        <source>Matches %Ln people</source>
        <translation>
            <numerusform>Passt auf %Ln Person</numerusform>
            <numerusform>Passt auf %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="175"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="177"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="179"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/reconcileresultmodel.cpp" line="181"/>
        <source>Matched by</source>
        <translation>Gefunden über</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../../app/audit/reconciler.cpp" line="19"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/audit/reconciler.cpp" line="20"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../app/audit/reconciler.cpp" line="21"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/audit/reconciler.cpp" line="22"/>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
</context>
<context>
    <name>RunTimeout</name>
    <message>
        <location filename="../../app/cli/runtimeout.cpp" line="64"/>
        <source>Stopped: the --timeout of %1 passed with %2 users loaded; nothing was written.</source>
        <translation>Abgebrochen: Das --timeout von %1 ist abgelaufen, %2 Benutzer waren geladen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/runtimeout.cpp" line="69"/>
        <source>Stopped: the --timeout of %1 passed while writing; “%2” was not written.</source>
        <translation>Abgebrochen: Das --timeout von %1 ist beim Schreiben abgelaufen; „%2“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/runtimeout.cpp" line="75"/>
        <source>Stopped: the --timeout of %1 passed while writing to stdout; the output is incomplete.</source>
        <translation>Abgebrochen: Das --timeout von %1 ist beim Schreiben auf die Standardausgabe abgelaufen; die Ausgabe ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/searchbar.cpp" line="32"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="36"/>
        <source>Search people (Ctrl+F) — e.g. maria title:engineer -is:inactive</source>
        <translation>Personen suchen (Strg+F) — z. B. maria title:engineer -is:inactive</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="37"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="142"/>
        <source>Search problem</source>
        <translation>Suchproblem</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="49"/>
        <source>Search syntax and examples</source>
        <translation>Suchsyntax und Beispiele</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="50"/>
        <location filename="../../ui/searchbar.cpp" line="372"/>
        <source>Search help</source>
        <translation>Suchhilfe</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="80"/>
        <source>From the search box to the results</source>
        <translation>Vom Suchfeld zu den Ergebnissen</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="126"/>
        <source>Type words to find people; field:value narrows by field. Press ? for help.</source>
        <translation>Wörter eingeben, um Personen zu finden; feld:wert grenzt nach Feld ein. ? drücken für Hilfe.</translation>
    </message>
    <message>
        <location filename="../../ui/searchbar.cpp" line="331"/>
        <source>&lt;h3&gt;Search syntax&lt;/h3&gt;&lt;p&gt;Every word must appear (in any order) in the name, email, aliases, title, phone, extension or id. Case and accents do not matter: &lt;i&gt;jose&lt;/i&gt; finds José.&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;maria lopez&lt;/code&gt;&lt;/td&gt;&lt;td&gt;both words&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;sales engineer&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the exact phrase&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-contractor&lt;/code&gt;&lt;/td&gt;&lt;td&gt;leave out matches (works before any term)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;name: email: title: phone:&lt;/code&gt;&lt;/td&gt;&lt;td&gt;look in one field; &lt;code&gt;title:=&quot;VP, Sales&quot;&lt;/code&gt; is the whole field; &lt;code&gt;title:a,b&lt;/code&gt; is a or b&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;id:123&lt;/code&gt;&lt;/td&gt;&lt;td&gt;exact id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:es&lt;/code&gt;&lt;/td&gt;&lt;td&gt;speaks es-ES, es-MX, …; &lt;code&gt;lang:primary=de&lt;/code&gt;: primary language&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;manager:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;direct manager&apos;s name, email or id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;under:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;everyone below Maria, at any depth&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;created:2023&lt;/code&gt;&lt;/td&gt;&lt;td&gt;also &lt;code&gt;created:&amp;gt;=2024-03-01&lt;/code&gt;, &lt;code&gt;&amp;lt;&lt;/code&gt;, &lt;code&gt;&amp;lt;=&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:active is:inactive is:manager&lt;/code&gt;&lt;/td&gt;&lt;td&gt;status; has direct reports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:manager has:phone has:aliases&lt;/code&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;setting:emailsImported&lt;/code&gt;&lt;/td&gt;&lt;td&gt;setting on; &lt;code&gt;setting:emailsImported=off,unknown&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;changed:managerId&lt;/code&gt;&lt;/td&gt;&lt;td&gt;changed since the snapshot before, by the offline history; &lt;code&gt;changed:settings.emailsImported&lt;/code&gt;, &lt;code&gt;changed:*&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;joined:30d&lt;/code&gt;&lt;/td&gt;&lt;td&gt;joined in the last 30 days; also &lt;code&gt;joined:&amp;gt;=2024-03-01&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h4&gt;Examples&lt;/h4&gt;&lt;p&gt;&lt;code&gt;under:&quot;Ana Silva&quot; is:active -lang:en&lt;/code&gt;&lt;br&gt;&lt;code&gt;title:engineer created:&amp;gt;=2024 -setting:webConferencesRecorded&lt;/code&gt;&lt;br&gt;&lt;code&gt;changed:managerId under:&quot;Ana Ortiz&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Esc clears the search; Ctrl+F comes back to it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suchsyntax&lt;/h3&gt;&lt;p&gt;Jedes Wort muss (in beliebiger Reihenfolge) im Namen, in der E-Mail, den Aliassen, im Titel, in der Telefonnummer, der Durchwahl oder der ID vorkommen. Groß-/Kleinschreibung und Akzente spielen keine Rolle: &lt;i&gt;jose&lt;/i&gt; findet José.&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;maria lopez&lt;/code&gt;&lt;/td&gt;&lt;td&gt;beide Wörter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;&quot;sales engineer&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;genau diese Wortfolge&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-contractor&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Treffer ausschließen (funktioniert vor jedem Begriff)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;name: email: title: phone:&lt;/code&gt;&lt;/td&gt;&lt;td&gt;in einem Feld suchen; &lt;code&gt;title:=&quot;VP, Sales&quot;&lt;/code&gt; ist das ganze Feld; &lt;code&gt;title:a,b&lt;/code&gt; ist a oder b&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;id:123&lt;/code&gt;&lt;/td&gt;&lt;td&gt;genaue ID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;lang:es&lt;/code&gt;&lt;/td&gt;&lt;td&gt;spricht es-ES, es-MX, …; &lt;code&gt;lang:primary=de&lt;/code&gt;: Hauptsprache&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;manager:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Name, E-Mail oder ID der direkten Führungskraft&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;under:maria&lt;/code&gt;&lt;/td&gt;&lt;td&gt;alle unterhalb von Maria, auf jeder Ebene&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;created:2023&lt;/code&gt;&lt;/td&gt;&lt;td&gt;auch &lt;code&gt;created:&amp;gt;=2024-03-01&lt;/code&gt;, &lt;code&gt;&amp;lt;&lt;/code&gt;, &lt;code&gt;&amp;lt;=&lt;/code&gt;, &lt;code&gt;&amp;gt;&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:active is:inactive is:manager&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Status; hat direkt Unterstellte&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;has:manager has:phone has:aliases&lt;/code&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;setting:emailsImported&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Einstellung ein; &lt;code&gt;setting:emailsImported=off,unknown&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;changed:managerId&lt;/code&gt;&lt;/td&gt;&lt;td&gt;seit dem Snapshot davor geändert, laut Offline-Verlauf; &lt;code&gt;changed:settings.emailsImported&lt;/code&gt;, &lt;code&gt;changed:*&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;joined:30d&lt;/code&gt;&lt;/td&gt;&lt;td&gt;in den letzten 30 Tagen hinzugekommen; auch &lt;code&gt;joined:&amp;gt;=2024-03-01&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h4&gt;Beispiele&lt;/h4&gt;&lt;p&gt;&lt;code&gt;under:&quot;Ana Silva&quot; is:active -lang:en&lt;/code&gt;&lt;br&gt;&lt;code&gt;title:engineer created:&amp;gt;=2024 -setting:webConferencesRecorded&lt;/code&gt;&lt;br&gt;&lt;code&gt;changed:managerId under:&quot;Ana Ortiz&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Esc leert die Suche; Strg+F springt zurück ins Suchfeld.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="69"/>
        <source>Secrets are kept in the system keychain.</source>
        <translation>Geheimnisse werden im System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="72"/>
        <source>Keychain unavailable — credentials will be kept for this session only.</source>
        <translation>Schlüsselbund nicht verfügbar — Zugangsdaten werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="73"/>
        <source>Keychain unavailable — credentials will be kept for this session only (%1).</source>
        <translation>Schlüsselbund nicht verfügbar — Zugangsdaten werden nur für diese Sitzung aufbewahrt (%1).</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="98"/>
        <source>Credentials entered in this session.</source>
        <translation>In dieser Sitzung eingegebene Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="124"/>
        <source>Removed from this session. The system keychain cannot be reached, so a copy saved there earlier could not be removed.</source>
        <translation>Aus dieser Sitzung entfernt. Der System-Schlüsselbund ist nicht erreichbar, daher konnte eine dort früher gespeicherte Kopie nicht entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/credentials/secretstore.cpp" line="173"/>
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="188"/>
        <source>Credentials loaded from the system keychain.</source>
        <translation>Zugangsdaten aus dem System-Schlüsselbund geladen.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="191"/>
        <source>The saved credentials in the system keychain are unreadable; enter them again.</source>
        <translation>Die im System-Schlüsselbund gespeicherten Zugangsdaten sind unlesbar; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="194"/>
        <source>Credentials saved in the system keychain.</source>
        <translation>Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="196"/>
        <source>Saved credentials removed from the system keychain.</source>
        <translation>Gespeicherte Zugangsdaten aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="202"/>
        <source>No credentials were saved in the system keychain for this connection.</source>
        <translation>Für diese Verbindung waren keine Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="205"/>
        <source>No credentials are saved in the system keychain for this connection.</source>
        <translation>Für diese Verbindung sind keine Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="212"/>
        <source>The system keychain refused access (%1).</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="218"/>
        <source>The saved credentials could not be removed from the system keychain (%1).</source>
        <translation>Die gespeicherten Zugangsdaten konnten nicht aus dem System-Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <location filename="../../app/credentials/secretstore.cpp" line="225"/>
        <source>no system keychain was found</source>
        <translation>es wurde kein System-Schlüsselbund gefunden</translation>
    </message>
</context>
<context>
    <name>SettingsByTeamView</name>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="48"/>
        <source>&amp;Active people only</source>
        <translation>Nur &amp;aktive Personen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="50"/>
        <source>E&amp;xport Matrix…</source>
        <translation>Matrix e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="65"/>
        <source>Count only active people (the managers&apos; rows stay either way)</source>
        <translation>Nur aktive Personen zählen (die Zeilen der Führungskräfte bleiben in jedem Fall)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="66"/>
        <source>Outlier &amp;threshold:</source>
        <translation>&amp;Schwelle für Ausreißer:</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="71"/>
        <source>Outlier threshold</source>
        <translation>Schwelle für Ausreißer</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="72"/>
        <source>Someone is an outlier when at least this share of their direct-team peers have the setting the other way (teams with at least three peers)</source>
        <translation>Ausreißer ist, bei wem mindestens dieser Anteil der Kolleginnen und Kollegen im direkten Team die Einstellung andersherum hat (Teams mit mindestens drei Kollegen)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="74"/>
        <source>Save the matrix as CSV: every manager, the size of the organisation and, per setting, how many have it on, the percentage and the outliers</source>
        <translation>Die Matrix als CSV speichern: jede Führungskraft, die Größe der Organisation und je Einstellung, wie viele sie eingeschaltet haben, den Prozentsatz und die Ausreißer</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="105"/>
        <source>Settings by team</source>
        <translation>Einstellungen nach Team</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="106"/>
        <source>Each row is a manager&apos;s whole organisation; each cell the share of it with a setting on. Enter shows those people in the People table.</source>
        <translation>Jede Zeile ist die ganze Organisation einer Führungskraft, jede Zelle der Anteil darin mit eingeschalteter Einstellung. Eingabe zeigt diese Personen in der Personentabelle.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="120"/>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="120"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="120"/>
        <source>Theirs</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="120"/>
        <source>Direct team</source>
        <translation>Direktes Team</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="123"/>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsbyteamview.cpp" line="238"/>
        <source>%n manager(s)</source>
        <translation>
            <numerusform>%n Führungskraft</numerusform>
            <numerusform>%n Führungskräfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsbyteamview.cpp" line="239"/>
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n Ausreißer</numerusform>
            <numerusform>%n Ausreißer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="249"/>
        <source>Outliers: choose a cell to list the outliers of its organisation.</source>
        <translation>Ausreißer: eine Zelle wählen, um die Ausreißer ihrer Organisation aufzulisten.</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="256"/>
        <source>any setting</source>
        <translation>alle Einstellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsbyteamview.cpp" line="258"/>
        <source>Outliers in %1&apos;s organisation (%2): %n</source>
        <translation>
            <numerusform>Ausreißer in der Organisation von %1 (%2): %n</numerusform>
            <numerusform>Ausreißer in der Organisation von %1 (%2): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="266"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="266"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsbyteamview.cpp" line="267"/>
        <source>%1 of %n peer(s) the other way</source>
        <translation>
            <numerusform>%1 von %n Kollegen andersherum</numerusform>
            <numerusform>%1 von %n Kollegen andersherum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="298"/>
        <source>Show People with “%1” &amp;On (%2)</source>
        <translation>Personen mit „%1“ &amp;ein zeigen (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="302"/>
        <source>Show People with “%1” O&amp;ff (%2)</source>
        <translation>Personen mit „%1“ a&amp;us zeigen (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="308"/>
        <source>Show the &amp;Manager</source>
        <translation>&amp;Führungskraft zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="322"/>
        <source>Export Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/settingsbyteamview.cpp" line="323"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settingsbyteamview.cpp" line="329"/>
        <source>Exported the settings of %n team(s) to %1</source>
        <translation>
            <numerusform>Die Einstellungen von %n Team nach %1 exportiert</numerusform>
            <numerusform>Die Einstellungen von %n Teams nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsMatrixModel</name>
    <message>
        <location filename="../../app/models/settingsmatrixmodel.cpp" line="160"/>
        <source>no one</source>
        <comment>settings by team: an organisation with no one who counts</comment>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../app/models/settingsmatrixmodel.cpp" line="164"/>
        <source>%1 % · %2 of %3</source>
        <extracomment>settings by team: &quot;83 % · 45 of 54&quot; (share of the organisation with the setting on, on, counted)</extracomment>
        <translation>%1 % · %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/models/settingsmatrixmodel.cpp" line="190"/>
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n Ausreißer</numerusform>
            <numerusform>%n Ausreißer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/models/settingsmatrixmodel.cpp" line="219"/>
        <source>Manager (whole organisation)</source>
        <translation>Führungskraft (ganze Organisation)</translation>
    </message>
    <message>
        <location filename="../../app/models/settingsmatrixmodel.cpp" line="220"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>SnapshotComparer</name>
    <message>
        <location filename="../../app/store/snapshotcomparer.cpp" line="95"/>
        <source>There is no snapshot %1 in the offline copy.</source>
        <translation>Die Offline-Kopie hat keinen Snapshot %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <location filename="../../app/store/snapshotdatabase.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotdatabase.cpp" line="113"/>
        <source>Could not list the snapshots</source>
        <translation>Die Snapshots konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotdatabase.cpp" line="133"/>
        <source>Could not read the newest snapshot</source>
        <translation>Der neueste Snapshot konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotdatabase.cpp" line="185"/>
        <location filename="../../app/store/snapshotdatabase.cpp" line="211"/>
        <location filename="../../app/store/snapshotdatabase.cpp" line="252"/>
        <location filename="../../app/store/snapshotdatabase.cpp" line="280"/>
        <source>Could not read the offline copy</source>
        <translation>Die Offline-Kopie konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/snapshotdatabase.cpp" line="188"/>
        <source>%n stored user(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n gespeicherter Benutzer konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n gespeicherte Benutzer konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message numerus="yes">
        <location filename="../../app/store/snapshotstore.cpp" line="37"/>
        <source>The offline copy has %n snapshot(s); comparing needs two.</source>
        <translation>
            <numerusform>Die Offline-Kopie hat %n Snapshot; ein Vergleich braucht zwei.</numerusform>
            <numerusform>Die Offline-Kopie hat %n Snapshots; ein Vergleich braucht zwei.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotstore.cpp" line="94"/>
        <source>There is no offline copy of %1 yet.</source>
        <translation>Es gibt noch keine Offline-Kopie von %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotstore.cpp" line="172"/>
        <source>There is no snapshot %1 in the offline copy.</source>
        <translation>Die Offline-Kopie hat keinen Snapshot %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <location filename="../../app/store/snapshotwriter.cpp" line="167"/>
        <source>The offline copy could not be opened.</source>
        <translation>Die Offline-Kopie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotwriter.cpp" line="198"/>
        <location filename="../../app/store/snapshotwriter.cpp" line="304"/>
        <source>Could not save the snapshot</source>
        <translation>Der Snapshot konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/store/snapshotwriter.cpp" line="321"/>
        <location filename="../../app/store/snapshotwriter.cpp" line="333"/>
        <source>Could not prune the history</source>
        <translation>Der Verlauf konnte nicht gekürzt werden</translation>
    </message>
</context>
<context>
    <name>SnapshotsCommand</name>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="32"/>
        <source>List the snapshots in the offline copy of a connection, newest first (time, users, requests used),
and the requests this computer sent to the company today (UTC), of Gong&apos;s %L1 a day.
Makes no request and needs no credentials: the connection is --demo, --base-url (or
GONG_BASE_URL) or a --profile saved in the app (with --include-avatars when its loads include
them).

Exit codes: 0 success (also when there is no offline copy yet), 2 usage error or an offline
copy that cannot be read.</source>
        <translation>Die Snapshots in der Offline-Kopie einer Verbindung auflisten, den neuesten zuerst (Zeit, Benutzer,
verbrauchte Anfragen), und die Anfragen, die dieser Computer heute (UTC) an die Firma gestellt hat,
von den %L1 am Tag, die Gong erlaubt. Stellt keine Anfrage und braucht keine Zugangsdaten: Die
Verbindung ist --demo, --base-url (oder GONG_BASE_URL) oder ein in der App gespeichertes --profile
(mit --include-avatars, wenn ihre Ladevorgänge sie einschließen).

Exit-Codes: 0 Erfolg (auch wenn es noch keine Offline-Kopie gibt), 2 Bedienfehler oder eine
Offline-Kopie, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="40"/>
        <source>The built-in demo company of N users (--demo alone: 5000).</source>
        <translation>Die eingebaute Demo-Firma mit N Benutzern (--demo allein: 5000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="41"/>
        <source>The copy of loads that include Gong staff (avatars).</source>
        <translation>Die Kopie der Ladevorgänge, die Gong-Mitarbeiter (Avatare) einschließen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="42"/>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="57"/>
        <source>Unknown format “%1”; use text or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="117"/>
        <source>No offline copy of %1 yet.</source>
        <translation>Noch keine Offline-Kopie von %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/snapshotscommand.cpp" line="119"/>
        <source>Offline copy of %1: %n snapshot(s) (%2)</source>
        <translation>
            <numerusform>Offline-Kopie von %1: %n Snapshot (%2)</numerusform>
            <numerusform>Offline-Kopie von %1: %n Snapshots (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="122"/>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="123"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="124"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../app/cli/snapshotscommand.cpp" line="135"/>
        <source>Requests today (%1, UTC): %2 from this computer, of Gong&apos;s %3 a day per company.</source>
        <translation>Anfragen heute (%1, UTC): %2 von diesem Computer, von den %3 am Tag, die Gong je Firma erlaubt.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="80"/>
        <source>The offline copy</source>
        <translation>Die Offline-Kopie</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="80"/>
        <source>The request log</source>
        <translation>Das Anfrageprotokoll</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="117"/>
        <source>%1 “%2” is a folder, not a database; it is left as it is, and no offline copy is kept.</source>
        <translation>%1 „%2“ ist ein Ordner, keine Datenbank; er bleibt unverändert, und es wird keine Offline-Kopie geführt.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="140"/>
        <source>%1 cannot be kept: %2</source>
        <translation>%1 kann nicht geführt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="146"/>
        <source>%1 “%2” could not be created: %3</source>
        <translation>%1 „%2“ konnte nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="158"/>
        <source>%1 “%2” cannot be read; it is left as it is.</source>
        <translation>%1 „%2“ kann nicht gelesen werden; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="169"/>
        <source>%1 “%2” could not be opened: %3</source>
        <translation>%1 „%2“ konnte nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="185"/>
        <source>%1 “%2” could not be read: %3</source>
        <translation>%1 „%2“ konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="191"/>
        <source>%1 “%2” was written by a newer version of Gong Directory (format %3; this version knows format %4). It is left as it is; update Gong Directory to use it.</source>
        <translation>%1 „%2“ wurde von einer neueren Version von Gong Directory geschrieben (Format %3; diese Version kennt Format %4). Die Datei bleibt unverändert; aktualisieren Sie Gong Directory, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="212"/>
        <source>%1 “%2” has an older format and is read-only, so it cannot be upgraded; it is left as it is.</source>
        <translation>%1 „%2“ hat ein älteres Format und ist schreibgeschützt, kann also nicht aktualisiert werden; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="227"/>
        <source>The offline copy “%1” is read-only: it can be read, but new snapshots are not saved.</source>
        <translation>Die Offline-Kopie „%1“ ist schreibgeschützt: Sie kann gelesen werden, aber neue Snapshots werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="229"/>
        <source>The request log “%1” is read-only: requests are not counted.</source>
        <translation>Das Anfrageprotokoll „%1“ ist schreibgeschützt: Anfragen werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="275"/>
        <location filename="../../app/store/sqlitefile.cpp" line="291"/>
        <location filename="../../app/store/sqlitefile.cpp" line="301"/>
        <source>%1 “%2” could not be upgraded: %3</source>
        <translation>%1 „%2“ konnte nicht aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="364"/>
        <source>the offline copy is busy: another Gong Directory (the app or `gong-directory export`) is saving to it. Try again in a moment.</source>
        <translation>die Offline-Kopie ist belegt: Ein anderes Gong Directory (die App oder `gong-directory export`) speichert gerade darin. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="367"/>
        <source>the disk is full.</source>
        <translation>der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="369"/>
        <source>the file is damaged.</source>
        <translation>die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="371"/>
        <source>the file or its folder is read-only.</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="379"/>
        <source>unknown error.</source>
        <translation>unbekannter Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="389"/>
        <source>%1 “%2” is damaged and could not be moved aside (%3); it is left as it is.</source>
        <translation>%1 „%2“ ist beschädigt und konnte nicht beiseitegelegt werden (%3); die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="395"/>
        <source>%1 “%2” was damaged; it was moved aside to “%3” and a new one is started.</source>
        <translation>%1 „%2“ war beschädigt; die Datei wurde nach „%3“ beiseitegelegt, und eine neue wird begonnen.</translation>
    </message>
    <message>
        <location filename="../../app/store/sqlitefile.cpp" line="397"/>
        <source>%1 “%2” was damaged; it was moved aside to “%3”.</source>
        <translation>%1 „%2“ war beschädigt; die Datei wurde nach „%3“ beiseitegelegt.</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <location filename="../../app/store/storefiles.cpp" line="25"/>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/store/storefiles.cpp" line="33"/>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/storefiles.cpp" line="71"/>
        <source>Could not move “%1” aside.</source>
        <translation>„%1“ konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/store/storefiles.cpp" line="84"/>
        <source>Could not delete “%1”.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>StoreKey</name>
    <message>
        <location filename="../../app/store/storekey.cpp" line="58"/>
        <source>the demo company</source>
        <translation>die Demo-Firma</translation>
    </message>
    <message>
        <location filename="../../app/store/storekey.cpp" line="60"/>
        <source>%1 (with avatars)</source>
        <translation>%1 (mit Avataren)</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="73"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="73"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="74"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="74"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="75"/>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="75"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="79"/>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="82"/>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location filename="../../app/directory/userjsoncodec.cpp" line="84"/>
        <source>id %1: %2 is %3</source>
        <extracomment>A field of a user record sent by the server had the wrong type, e.g. &quot;id 123: title is a number&quot;</extracomment>
        <translation>ID %1: %2 ist %3</translation>
    </message>
</context>
<context>
    <name>UserColumns</name>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="18"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="20"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="22"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="24"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="25"/>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="26"/>
        <source>Manager email</source>
        <translation>E-Mail der Führungskraft</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="28"/>
        <source>Manager chain</source>
        <translation>Führungskette</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="31"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="32"/>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="34"/>
        <source>Primary language</source>
        <translation>Hauptsprache</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="36"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="38"/>
        <source>Direct reports</source>
        <translation>Direkt Unterstellte</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="40"/>
        <source>Total reports</source>
        <translation>Unterstellte gesamt</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="42"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="44"/>
        <source>Email aliases</source>
        <translation>E-Mail-Aliasse</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="46"/>
        <source>Trusted email</source>
        <translation>Vertrauenswürdige E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="48"/>
        <source>Meeting URLs</source>
        <translation>Meeting-URLs</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="50"/>
        <source>Consent page</source>
        <translation>Einwilligungsseite</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="52"/>
        <source>Manager id</source>
        <translation>Führungskraft-ID</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="54"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="56"/>
        <source>Web conferences recorded</source>
        <translation>Webkonferenzen aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="58"/>
        <source>Prevents web-conference recording</source>
        <translation>Verhindert Aufzeichnung von Webkonferenzen</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="60"/>
        <source>Telephony calls imported</source>
        <translation>Telefonate importiert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="61"/>
        <source>Emails imported</source>
        <translation>E-Mails importiert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="63"/>
        <source>Prevents email import</source>
        <translation>Verhindert E-Mail-Import</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="66"/>
        <source>Non-recorded meetings imported</source>
        <translation>Nicht aufgezeichnete Meetings importiert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="67"/>
        <source>Gong Connect enabled</source>
        <translation>Gong Connect aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="105"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="106"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="108"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="109"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../app/directory/usercolumns.cpp" line="274"/>
        <source>Reports to: %1</source>
        <translation>Berichtet an: %1</translation>
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
    <message>
        <location filename="../../app/api/userpager.cpp" line="234"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="235"/>
        <source>Gong&apos;s daily API quota seems used up: it asks to wait until %1, in %2.</source>
        <translation>Das tägliche API-Kontingent von Gong scheint aufgebraucht: Gong bittet zu warten bis %1, in %2.</translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="242"/>
        <source>Gong kept answering &quot;rate limit exceeded&quot;; stopped after %1 tries.</source>
        <translation>Gong hat wiederholt „rate limit exceeded“ geantwortet; nach %1 Versuchen abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/userpager.cpp" line="251"/>
        <source>Gong&apos;s rate limit has held this load for %n minute(s) in all, and asks to wait %1 s more.</source>
        <translation>
            <numerusform>Das Anfragelimit von Gong hat dieses Laden insgesamt %n Minute aufgehalten und bittet, noch %1 s zu warten.</numerusform>
            <numerusform>Das Anfragelimit von Gong hat dieses Laden insgesamt %n Minuten aufgehalten und bittet, noch %1 s zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/userpager.cpp" line="319"/>
        <source>Gave up after %1 attempts.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
</context>
<context>
    <name>UserQuery</name>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="51"/>
        <source>Too many terms: only the first %1 are used</source>
        <translation>Zu viele Begriffe: Nur die ersten %1 werden verwendet</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="70"/>
        <source>Missing closing quote</source>
        <translation>Schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="128"/>
        <source>Term longer than %1 characters is ignored</source>
        <translation>Ein Begriff mit mehr als %1 Zeichen wird ignoriert</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="154"/>
        <source>Unexpected text after the value</source>
        <translation>Unerwarteter Text nach dem Wert</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="184"/>
        <source>Unknown field &quot;%1:&quot; (known: %2)</source>
        <translation>Unbekanntes Feld &quot;%1:&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="189"/>
        <source>Missing value after &quot;%1:&quot;</source>
        <translation>Wert nach &quot;%1:&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="225"/>
        <source>Missing language after &quot;lang:primary=&quot;</source>
        <translation>Sprache nach &quot;lang:primary=&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="254"/>
        <source>Unknown value &quot;%1&quot; for &quot;%2:&quot; (known: %3)</source>
        <translation>Unbekannter Wert &quot;%1&quot; für &quot;%2:&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="273"/>
        <source>Use one setting per term: setting:name=on,off</source>
        <translation>Eine Einstellung pro Begriff: setting:name=on,off</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="282"/>
        <source>Unknown setting &quot;%1&quot; (known: %2)</source>
        <translation>Unbekannte Einstellung &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="298"/>
        <source>Unknown state &quot;%1&quot; for setting %2 (use on, off or unknown)</source>
        <translation>Unbekannter Zustand &quot;%1&quot; für Einstellung %2 (on, off oder unknown verwenden)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="317"/>
        <source>Unknown check &quot;%1&quot; for &quot;health:&quot; (known: %2)</source>
        <translation>Unbekannte Prüfung &quot;%1&quot; für &quot;health:&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="334"/>
        <source>&quot;%1&quot; is not a field name (e.g. changed:managerId, changed:settings.emailsImported, changed:*)</source>
        <translation>„%1“ ist kein Feldname (z. B. changed:managerId, changed:settings.emailsImported, changed:*)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="362"/>
        <source>joined: takes one span of time, year or date</source>
        <translation>joined: nimmt eine Zeitspanne, ein Jahr oder ein Datum</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="363"/>
        <source>created: takes one year or date</source>
        <translation>created: erwartet ein Jahr oder Datum</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="371"/>
        <source>&quot;%1&quot; is a span of time: use it without a comparison (%2:30d is the last 30 days)</source>
        <translation>„%1“ ist eine Zeitspanne: Verwenden Sie sie ohne Vergleich (%2:30d sind die letzten 30 Tage)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="398"/>
        <source>&quot;%1&quot; is not a span of time, year or date (use 30d, 12h, 2023, 2023-04 or 2024-03-01)</source>
        <translation>„%1“ ist weder Zeitspanne noch Jahr oder Datum (verwenden Sie 30d, 12h, 2023, 2023-04 oder 2024-03-01)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="401"/>
        <source>&quot;%1&quot; is not a year or date (use 2023, 2023-04 or 2024-03-01)</source>
        <translation>&quot;%1&quot; ist kein Jahr und kein Datum (2023, 2023-04 oder 2024-03-01 verwenden)</translation>
    </message>
    <message>
        <location filename="../../app/search/userqueryparser.cpp" line="424"/>
        <source>Unknown comparison &quot;%1&quot; (use &gt;, &gt;=, &lt; or &lt;=)</source>
        <translation>Unbekannter Vergleich &quot;%1&quot; (&gt;, &gt;=, &lt; oder &lt;= verwenden)</translation>
    </message>
    <message>
        <location filename="../../app/search/userquery.cpp" line="17"/>
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
    <message numerus="yes">
        <location filename="../../app/api/userspageparser.cpp" line="46"/>
        <source>%Ln record(s) had fields of the wrong type, e.g. %1; their other fields were kept.</source>
        <translation>
            <numerusform>%Ln Datensatz hatte Felder mit falschem Typ, z. B. %1; die übrigen Felder wurden übernommen.</numerusform>
            <numerusform>%Ln Datensätze hatten Felder mit falschem Typ, z. B. %1; ihre übrigen Felder wurden übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/api/userspageparser.cpp" line="51"/>
        <source>%Ln record(s) were skipped: not an object, or no id.</source>
        <translation>
            <numerusform>%Ln Datensatz wurde übersprungen: kein Objekt oder ohne ID.</numerusform>
            <numerusform>%Ln Datensätze wurden übersprungen: keine Objekte oder ohne ID.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="73"/>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="78"/>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="85"/>
        <source>The server&apos;s answer has no users list.</source>
        <translation>Die Antwort des Servers enthält keine Benutzerliste.</translation>
    </message>
    <message>
        <location filename="../../app/api/userspageparser.cpp" line="92"/>
        <source>The server sent %1 users in one page; Gong sends at most 100. The page was refused.</source>
        <translation>Der Server hat %1 Benutzer auf einer Seite gesendet; Gong sendet höchstens 100. Die Seite wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <location filename="../../ui/viewsmenu.cpp" line="8"/>
        <source>&amp;Saved Views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
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
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../ui/welcomepanel.cpp" line="10"/>
        <source>&amp;Connect to Gong…</source>
        <translation>Mit Gong &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepanel.cpp" line="11"/>
        <source>&amp;Try the demo company</source>
        <translation>Demo-Firma &amp;ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepanel.cpp" line="14"/>
        <source>Browse, search and export the people in your Gong account</source>
        <translation>Die Personen in Ihrem Gong-Konto durchsuchen, finden und exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepanel.cpp" line="23"/>
        <source>Connect with your Gong API credentials, or look around in a made-up company of 5,000 people first.</source>
        <translation>Verbinden Sie sich mit Ihren Gong-API-Zugangsdaten, oder sehen Sie sich zuerst in einer erfundenen Firma mit 5.000 Personen um.</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepanel.cpp" line="32"/>
        <source>Enter your Gong base URL and API credentials (Ctrl+,)</source>
        <translation>Gong-Basis-URL und API-Zugangsdaten eingeben (Strg+,)</translation>
    </message>
    <message>
        <location filename="../../ui/welcomepanel.cpp" line="34"/>
        <source>Open a built-in demo company; nothing is sent anywhere</source>
        <translation>Eine eingebaute Demo-Firma öffnen; nichts wird irgendwohin gesendet</translation>
    </message>
</context>
</TS>
