<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Ledgerlink could not save the account to its database.</source>
        <translation>Ledgerlink konnte das Konto nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read accounts from its database.</source>
        <translation>Ledgerlink konnte die Konten nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Account %1 does not exist (it may have been deleted).</source>
        <translation>Das Konto %1 existiert nicht (vielleicht wurde es gelöscht).</translation>
    </message>
    <message>
        <source>Another account already has the code %1. Account codes must be unique.</source>
        <translation>Ein anderes Konto hat bereits die Nummer %1. Kontonummern müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>An account needs a code, a name and a type.</source>
        <translation>Ein Konto braucht eine Nummer, einen Namen und eine Art.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Ledgerlink cannot create its folders under %1. Check that you may write there.</source>
        <translation>Ledgerlink kann seine Ordner unter %1 nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Ledgerlink could not stop itself starting at login: the file %1 could not be removed. Delete it by hand, or check the permissions of that folder.</source>
        <translation>Ledgerlink konnte den automatischen Start bei der Anmeldung nicht abschalten: Die Datei %1 ließ sich nicht entfernen. Löschen Sie sie von Hand oder prüfen Sie die Berechtigungen dieses Ordners.</translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the folder %1 could not be created. Check that your home folder is writable.</source>
        <translation>Ledgerlink konnte den automatischen Start bei der Anmeldung nicht einrichten: Der Ordner %1 ließ sich nicht anlegen. Prüfen Sie, ob Ihr Home-Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the file %1 could not be written. Check that your home folder is writable.</source>
        <translation>Ledgerlink konnte den automatischen Start bei der Anmeldung nicht einrichten: Die Datei %1 ließ sich nicht schreiben. Prüfen Sie, ob Ihr Home-Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the file %1 could not be written. Check that your home folder is writable and not full.</source>
        <translation>Ledgerlink konnte den automatischen Start bei der Anmeldung nicht einrichten: Die Datei %1 ließ sich nicht schreiben. Prüfen Sie, ob Ihr Home-Ordner beschreibbar und nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>Ledgerlink could not record a change: the record is not named.</source>
        <translation>Ledgerlink konnte eine Änderung nicht vermerken: Der Datensatz ist nicht benannt.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a change in its database.</source>
        <translation>Ledgerlink konnte eine Änderung nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the change history of a record.</source>
        <translation>Ledgerlink konnte den Änderungsverlauf eines Datensatzes nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Unknown command. Run ledgerlink --help for the list.</source>
        <translation>Unbekannter Befehl. Mit ledgerlink --help erhalten Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the usual places.</source>
        <translation>Einstellungen und Daten unter &lt;dir&gt; statt an den üblichen Orten ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the SQLite file &lt;location&gt; or postgresql://user@host:port/name.</source>
        <translation>Die SQLite-Datei &lt;location&gt; oder postgresql://benutzer@host:port/name verwenden.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect an accounting package (xero, qbo, sage, myob) with your own app.</source>
        <translation>Eine Buchhaltungssoftware (xero, qbo, sage, myob) mit Ihrer eigenen App verbinden.</translation>
    </message>
    <message>
        <source>xero, qbo, sage or myob.</source>
        <translation>xero, qbo, sage oder myob.</translation>
    </message>
    <message>
        <source>Client ID of the app you registered.</source>
        <translation>Client-ID der von Ihnen registrierten App.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the app&apos;s client secret from standard input (web apps, custom connections).</source>
        <translation>Das Client-Secret der App von der Standardeingabe lesen (Web-Apps, benutzerdefinierte Verbindungen).</translation>
    </message>
    <message>
        <source>Xero custom connection (client credentials, no browser).</source>
        <translation>Benutzerdefinierte Xero-Verbindung (Client-Anmeldedaten, ohne Browser).</translation>
    </message>
    <message>
        <source>Space-separated scopes to ask for.</source>
        <translation>Anzufordernde Berechtigungen, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Only print the sign-in address; do not open a browser.</source>
        <translation>Nur die Anmeldeadresse ausgeben, keinen Browser öffnen.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Mit ledgerlink-sandbox unter &lt;URL&gt; kommunizieren.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Organisation to connect (name or id; may be repeated).</source>
        <translation>Zu verbindende Organisation (Name oder ID; mehrfach möglich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port of the registered redirect URI http://localhost:PORT/callback (default %1).</source>
        <translation>Port der registrierten Weiterleitungs-URI http://localhost:PORT/callback (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the accounting package to connect: xero, qbo, sage or myob.</source>
        <translation>Geben Sie die zu verbindende Buchhaltungssoftware an: xero, qbo, sage oder myob.</translation>
    </message>
    <message>
        <source>Give the Client ID of the app you registered with --client-id.</source>
        <translation>Geben Sie mit --client-id die Client-ID der registrierten App an.</translation>
    </message>
    <message>
        <source>Custom connections exist only at Xero.</source>
        <translation>Benutzerdefinierte Verbindungen gibt es nur bei Xero.</translation>
    </message>
    <message>
        <source>This kind of app has a client secret: add --client-secret-stdin and type or pipe the secret.</source>
        <translation>Diese Art von App hat ein Client-Secret: Fügen Sie --client-secret-stdin hinzu und geben Sie das Secret ein oder leiten Sie es per Pipe weiter.</translation>
    </message>
    <message>
        <source>--port needs a number between 1 and 65535.</source>
        <translation>--port braucht eine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>Client-Secret: </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Ledgerlink could not save the customer to its database.</source>
        <translation>Ledgerlink konnte den Kunden nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read customers from its database.</source>
        <translation>Ledgerlink konnte die Kunden nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (it may have been deleted).</source>
        <translation>Der Kunde %1 existiert nicht (vielleicht wurde er gelöscht).</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Ledgerlink database at %1.</source>
        <translation>Unter %1 gibt es keine Ledgerlink-Datenbank.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot create the folder %1 for its database. Check that you may write there, or choose another location.</source>
        <translation>Ledgerlink kann den Ordner %1 für seine Datenbank nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot read the database file %1. Check its permissions.</source>
        <translation>Ledgerlink kann die Datenbankdatei %1 nicht lesen. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The database file %1 (or its folder) is read-only. Ledgerlink needs to write to it; change its permissions or choose another database. Nothing was changed.</source>
        <translation>Die Datenbankdatei %1 (oder ihr Ordner) ist schreibgeschützt. Ledgerlink muss hineinschreiben; ändern Sie die Berechtigungen oder wählen Sie eine andere Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot open the database file %1.</source>
        <translation>Ledgerlink kann die Datenbankdatei %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The file %1 is not a Ledgerlink database, or it is damaged. It was left as it is; restore it from a backup or choose another file.</source>
        <translation>Die Datei %1 ist keine Ledgerlink-Datenbank oder sie ist beschädigt. Sie wurde unverändert gelassen; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used. It was left as it is; restore it from a backup or choose another file.</source>
        <translation>Die Datenbankdatei %1 ist beschädigt und kann nicht verwendet werden. Sie wurde unverändert gelassen; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Ledgerlink could not prepare the database file %1.</source>
        <translation>Ledgerlink konnte die Datenbankdatei %1 nicht vorbereiten.</translation>
    </message>
    <message>
        <source>The SQLite database driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Datenbanktreiber für Qt fehlt. Installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The PostgreSQL database driver for Qt is missing. Install the package libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Datenbanktreiber für Qt fehlt. Installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Ledgerlink could not open the database file %1.</source>
        <translation>Ledgerlink konnte die Datenbankdatei %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not connect to the PostgreSQL database %1. Check that the server is running, the address is right and the password in the keychain is current.</source>
        <translation>Ledgerlink konnte keine Verbindung zur PostgreSQL-Datenbank %1 herstellen. Prüfen Sie, ob der Server läuft, die Adresse stimmt und das Passwort im Schlüsselbund aktuell ist.</translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation>Die Datenbank ist beschäftigt oder von einem anderen Programm gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the change to the database.</source>
        <translation>Ledgerlink konnte die Änderung nicht in der Datenbank speichern.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>Es wurde kein Speicherort für die Datenbank angegeben.</translation>
    </message>
    <message>
        <source>The database location &quot;%1&quot; is neither a file nor a postgresql:// address.</source>
        <translation>Der Datenbank-Speicherort „%1“ ist weder eine Datei noch eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>Die PostgreSQL-Adresse ist ungültig. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Leave it out: Ledgerlink asks for it once and keeps it in the system keychain.</source>
        <translation>Die PostgreSQL-Adresse darf kein Passwort enthalten. Lassen Sie es weg: Ledgerlink fragt einmal danach und bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. Write it as postgresql://user@host:port/database.</source>
        <translation>Die PostgreSQL-Adresse nennt keine Datenbank. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordCommand</name>
    <message>
        <source>Keep a PostgreSQL password in the system keychain (read from standard input).</source>
        <translation>Ein PostgreSQL-Passwort im Schlüsselbund des Systems ablegen (wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Name the database with --database postgresql://user@host:port/name.</source>
        <translation>Geben Sie die Datenbank mit --database postgresql://user@host:port/name an.</translation>
    </message>
    <message>
        <source>SQLite databases have no password; this is only for postgresql:// addresses.</source>
        <translation>SQLite-Datenbanken haben kein Passwort; dies gilt nur für postgresql://-Adressen.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation>Das Passwort für %1 ist jetzt im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Write a demo business (customers, items, tax types, invoices, payments) into an empty database.</source>
        <translation>Ein Demo-Unternehmen (Kunden, Artikel, Steuerarten, Rechnungen, Zahlungen) in eine leere Datenbank schreiben.</translation>
    </message>
    <message>
        <source>Number of customers (default 60).</source>
        <translation>Anzahl der Kunden (Standard 60).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of items (default 40).</source>
        <translation>Anzahl der Artikel (Standard 40).</translation>
    </message>
    <message>
        <source>Number of invoices (default 150).</source>
        <translation>Anzahl der Rechnungen (Standard 150).</translation>
    </message>
    <message>
        <source>Say where to write the demo business with --database PATH.</source>
        <translation>Geben Sie mit --database PFAD an, wohin das Demo-Unternehmen geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number between 0 and 10000000.</source>
        <translation>--%1 braucht eine ganze Zahl zwischen 0 und 10000000.</translation>
    </message>
    <message>
        <source>Number of sync history rows of a switched-off demo integration (default 0).</source>
        <translation>Anzahl der Zeilen im Synchronisierungsverlauf einer ausgeschalteten Demo-Integration (Standard: 0).</translation>
    </message>
    <message>
        <source>Wrote %1 customers, %2 items, %3 invoices and %4 history rows to %5 in %6 s.</source>
        <translation>%1 Kunden, %2 Artikel, %3 Rechnungen und %4 Verlaufszeilen in %6 s nach %5 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Ledgerlink could not write the demo business.</source>
        <translation>Ledgerlink konnte das Demo-Unternehmen nicht schreiben.</translation>
    </message>
    <message>
        <source>A demo business needs at least one customer and one item.</source>
        <translation>Ein Demo-Unternehmen braucht mindestens einen Kunden und einen Artikel.</translation>
    </message>
    <message>
        <source>This database already holds a business. Demo data is only written to an empty database.</source>
        <translation>Diese Datenbank enthält bereits ein Unternehmen. Demodaten werden nur in eine leere Datenbank geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n Datensatz ist fehlgeschlagen.</numerusform>
            <numerusform>%n Datensätze sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account code &apos;999&apos; is not a valid code for this document.</source>
        <translation>Die Kontonummer „999“ ist für diesen Beleg nicht gültig.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Ledgerlink keeps your business&apos;s customers, items, invoices and payments in step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.</source>
        <translation>Ledgerlink gleicht Kunden, Artikel, Rechnungen und Zahlungen Ihres Unternehmens mit Xero, QuickBooks Online, Sage Business Cloud Accounting und MYOB ab.</translation>
    </message>
    <message>
        <source>Open the demo business and the local sandbox providers (no account needed).</source>
        <translation>Das Demo-Unternehmen und die lokalen Sandbox-Anbieter öffnen (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the usual places.</source>
        <translation>Einstellungen und Daten unter &lt;dir&gt; statt an den üblichen Orten ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the SQLite file &lt;location&gt; or postgresql://user@host:port/name.</source>
        <translation>Die SQLite-Datei &lt;location&gt; oder postgresql://benutzer@host:port/name verwenden.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Talk to a running ledgerlink-sandbox at &lt;url&gt; instead of the real providers.</source>
        <translation>Statt mit den echten Anbietern mit einer laufenden ledgerlink-sandbox unter &lt;url&gt; sprechen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Ledgerlink cannot start</source>
        <translation>Ledgerlink kann nicht starten</translation>
    </message>
    <message>
        <source>The demo could not start its local sandbox providers on this computer.</source>
        <translation>Die Demo konnte ihre lokalen Sandbox-Anbieter auf diesem Computer nicht starten.</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (used when starting at login).</source>
        <translation>Im Systembereich starten, ohne das Fenster zu öffnen (beim Start nach der Anmeldung verwendet).</translation>
    </message>
    <message>
        <source>The integration was not saved</source>
        <translation>Die Integration wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Revoke an integration&apos;s access; its local records stay.</source>
        <translation>Den Zugriff einer Integration widerrufen; ihre lokalen Datensätze bleiben erhalten.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Mit ledgerlink-sandbox unter &lt;URL&gt; kommunizieren.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>EnableCommand</name>
    <message>
        <source>Switch an integration on (its next sync is a full pass).</source>
        <translation>Eine Integration einschalten (ihre nächste Synchronisierung ist ein vollständiger Durchlauf).</translation>
    </message>
    <message>
        <source>Switch an integration off: nothing syncs until it is enabled again.</source>
        <translation>Eine Integration ausschalten: Bis sie wieder aktiviert wird, wird nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>%1 ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid number.</source>
        <translation>„%1“ ist keine gültige Zahl.</translation>
    </message>
    <message>
        <source>The number %1 is too large for Ledgerlink to store exactly.</source>
        <translation>Die Zahl %1 ist zu groß, um von Ledgerlink exakt gespeichert zu werden.</translation>
    </message>
    <message>
        <source>The provider sent a number that is not finite.</source>
        <translation>Der Anbieter hat eine Zahl gesendet, die nicht endlich ist.</translation>
    </message>
    <message>
        <source>Internal error: unsupported decimal scale.</source>
        <translation>Interner Fehler: nicht unterstützte Anzahl von Dezimalstellen.</translation>
    </message>
    <message>
        <source>The number %1 has too many decimal places: at most %2 are allowed here.</source>
        <translation>Die Zahl %1 hat zu viele Nachkommastellen: Hier sind höchstens %2 erlaubt.</translation>
    </message>
    <message>
        <source>Internal error: division by zero.</source>
        <translation>Interner Fehler: Division durch null.</translation>
    </message>
    <message>
        <source>An amount is too large for Ledgerlink to store exactly.</source>
        <translation>Ein Betrag ist zu groß, um von Ledgerlink exakt gespeichert zu werden.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show past sync runs, or the records of one run.</source>
        <translation>Vergangene Synchronisierungsläufe anzeigen oder die Datensätze eines Laufs.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>Only failed runs, or failed records with --run.</source>
        <translation>Nur fehlgeschlagene Läufe bzw. mit --run nur fehlgeschlagene Datensätze.</translation>
    </message>
    <message>
        <source>Show the records of run &lt;id&gt;.</source>
        <translation>Die Datensätze des Laufs &lt;ID&gt; anzeigen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Ledgerlink could not record the start of the sync in its history.</source>
        <translation>Ledgerlink konnte den Beginn der Synchronisierung nicht im Verlauf vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a synced record in its history.</source>
        <translation>Ledgerlink konnte einen synchronisierten Datensatz nicht im Verlauf vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the end of the sync in its history.</source>
        <translation>Ledgerlink konnte das Ende der Synchronisierung nicht im Verlauf vermerken.</translation>
    </message>
    <message>
        <source>Sync run %1 does not exist in the history.</source>
        <translation>Den Synchronisierungslauf %1 gibt es im Verlauf nicht.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read its sync history.</source>
        <translation>Ledgerlink konnte seinen Synchronisierungsverlauf nicht lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the records of a sync run.</source>
        <translation>Ledgerlink konnte die Datensätze eines Synchronisierungslaufs nicht lesen.</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>An integration needs a provider and an app type.</source>
        <translation>Eine Integration braucht einen Anbieter und eine App-Art.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the integration to its database.</source>
        <translation>Ledgerlink konnte die Integration nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>An integration with the id %1 already exists.</source>
        <translation>Eine Integration mit der Kennung %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The integration %1 no longer exists. It may have been deleted.</source>
        <translation>Die Integration %1 existiert nicht mehr. Vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a keychain entry name in its database.</source>
        <translation>Ledgerlink konnte den Namen eines Schlüsselbund-Eintrags nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read keychain entry names from its database.</source>
        <translation>Ledgerlink konnte die Namen der Schlüsselbund-Einträge nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not delete the integration.</source>
        <translation>Ledgerlink konnte die Integration nicht löschen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read integrations from its database.</source>
        <translation>Ledgerlink konnte die Integrationen nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>The database holds an integration state Ledgerlink does not know.</source>
        <translation>Die Datenbank enthält einen Integrationszustand, den Ledgerlink nicht kennt.</translation>
    </message>
</context>
<context>
    <name>IntegrationSelector</name>
    <message>
        <source>No integration is called &quot;%1&quot;. Run ledgerlink status to see them.</source>
        <translation>Keine Integration heißt „%1“. Mit ledgerlink status sehen Sie alle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 integrations; give more of the id.</source>
        <translation>„%1“ passt auf %2 Integrationen; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>Name the integration (its id or organisation name).</source>
        <translation>Geben Sie die Integration an (ihre ID oder den Namen der Organisation).</translation>
    </message>
</context>
<context>
    <name>IntegrationStates</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Slowed down by provider</source>
        <translation>Vom Anbieter gebremst</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>No integrations yet. Add one with &quot;ledgerlink connect&quot;.</source>
        <translation>Noch keine Integrationen. Fügen Sie eine mit „ledgerlink connect“ hinzu.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>never polled</source>
        <translation>nie abgefragt</translation>
    </message>
    <message>
        <source>List the integrations with their state.</source>
        <translation>Die Integrationen mit ihrem Zustand auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>An invoice needs a number.</source>
        <translation>Eine Rechnung braucht eine Nummer.</translation>
    </message>
    <message>
        <source>Invoice %1 has no customer.</source>
        <translation>Die Rechnung %1 hat keinen Kunden.</translation>
    </message>
    <message>
        <source>Invoice %1 has no issue date.</source>
        <translation>Die Rechnung %1 hat kein Rechnungsdatum.</translation>
    </message>
    <message>
        <source>Invoice %1 has the currency &quot;%2&quot;; use a three-letter code such as GBP.</source>
        <translation>Die Rechnung %1 hat die Währung „%2“; verwenden Sie einen dreibuchstabigen Code wie EUR.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read tax rates from its database.</source>
        <translation>Ledgerlink konnte die Steuersätze nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save invoice %1 to its database.</source>
        <translation>Ledgerlink konnte die Rechnung %1 nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>There is already an invoice or credit note numbered %1.</source>
        <translation>Es gibt bereits eine Rechnung oder Gutschrift mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and can no longer be changed.</source>
        <translation>Die Rechnung %1 ist %2 und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Invoice %1 would total less than the payments already recorded against it.</source>
        <translation>Die Rechnung %1 ergäbe weniger als die bereits darauf erfassten Zahlungen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save invoice %1.</source>
        <translation>Ledgerlink konnte die Rechnung %1 nicht speichern.</translation>
    </message>
    <message>
        <source>Invoice %1 does not exist (it may have been deleted).</source>
        <translation>Die Rechnung %1 existiert nicht (vielleicht wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the lines of invoice %1.</source>
        <translation>Ledgerlink konnte die Positionen der Rechnung %1 nicht speichern.</translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered %1.</source>
        <translation>Es gibt keine Rechnung oder Gutschrift mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read invoices from its database.</source>
        <translation>Ledgerlink konnte die Rechnungen nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read invoice lines from its database.</source>
        <translation>Ledgerlink konnte die Rechnungspositionen nicht aus seiner Datenbank lesen.</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>The database holds an invoice status Ledgerlink does not know.</source>
        <translation>Die Datenbank enthält einen Rechnungsstatus, den Ledgerlink nicht kennt.</translation>
    </message>
    <message>
        <source>The database holds an invoice kind Ledgerlink does not know.</source>
        <translation>Die Datenbank enthält eine Rechnungsart, die Ledgerlink nicht kennt.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation>zahlungsausstehend</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed to %3.</source>
        <translation>%1 ist %2 und kann nicht auf %3 geändert werden.</translation>
    </message>
    <message>
        <source>%1 still has %2 %3 due. Record a payment for it instead of marking it paid.</source>
        <translation>Bei %1 sind noch %2 %3 offen. Erfassen Sie eine Zahlung, statt sie als bezahlt zu markieren.</translation>
    </message>
    <message>
        <source>%1 cannot be voided because payments of %2 %3 were recorded against it. Remove the payments in your accounting software first.</source>
        <translation>%1 kann nicht storniert werden, weil Zahlungen über %2 %3 darauf erfasst sind. Entfernen Sie zuerst die Zahlungen in Ihrer Buchhaltungssoftware.</translation>
    </message>
    <message>
        <source>Line %1 of %2 uses a tax rate that does not exist.</source>
        <translation>Position %1 von %2 verwendet einen Steuersatz, der nicht existiert.</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>Ledgerlink could not save the item to its database.</source>
        <translation>Ledgerlink konnte den Artikel nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read items from its database.</source>
        <translation>Ledgerlink konnte die Artikel nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Item %1 does not exist (it may have been deleted).</source>
        <translation>Der Artikel %1 existiert nicht (vielleicht wurde er gelöscht).</translation>
    </message>
    <message>
        <source>Another item already has the code %1. Item codes must be unique.</source>
        <translation>Ein anderer Artikel hat bereits die Nummer %1. Artikelnummern müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>Ein Artikel braucht eine Nummer und einen Namen.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AddAppWizard</name>
    <message>
        <source>Add a New App</source>
        <translation>Neue App hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation>&amp;Fortfahren</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthSession</name>
    <message>
        <source>Ledgerlink does not know this accounting package.</source>
        <translation>Ledgerlink kennt diese Buchhaltungssoftware nicht.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthorizationFlow</name>
    <message numerus="yes">
        <source>No answer arrived from the browser within %n minute(s). Start the connection again and finish the sign-in in the browser.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Starten Sie die Verbindung erneut und schließen Sie die Anmeldung im Browser ab.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Starten Sie die Verbindung erneut und schließen Sie die Anmeldung im Browser ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to %1 was not granted in the browser. Connect again and choose Allow when you are ready.</source>
        <translation>Der Zugriff auf %1 wurde im Browser nicht gewährt. Verbinden Sie sich erneut und wählen Sie „Zulassen“, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this connection attempt (it may be an old or forged link), so it was refused. Start the connection again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu diesem Verbindungsversuch (vielleicht ein alter oder gefälschter Link) und wurde abgelehnt. Starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>A second answer arrived for the same connection attempt, so the attempt was stopped for safety. Start the connection again.</source>
        <translation>Für denselben Verbindungsversuch kam eine zweite Antwort, daher wurde der Versuch aus Sicherheitsgründen abgebrochen. Starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 was incomplete. Start the connection again.</source>
        <translation>Die Antwort von %1 war unvollständig. Starten Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>Die Verbindung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthorizePage</name>
    <message>
        <source>Authorise</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Organisations to connect</source>
        <translation>Zu verbindende Organisationen</translation>
    </message>
    <message>
        <source>Click Sign in. Your browser opens %1&apos;s sign-in page: sign in, choose the organisation and allow access. Then come back here.</source>
        <translation>Klicken Sie auf „Anmelden“. Ihr Browser öffnet die Anmeldeseite von %1: Melden Sie sich an, wählen Sie die Organisation und erlauben Sie den Zugriff. Kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1</source>
        <translation>Bei %1 &amp;anmelden</translation>
    </message>
    <message>
        <source>Click Connect. Ledgerlink checks the client ID and secret of your custom connection with %1 and finds its organisation.</source>
        <translation>Klicken Sie auf „Verbinden“. Ledgerlink prüft Client-ID und Client-Secret Ihrer benutzerdefinierten Verbindung bei %1 und ermittelt deren Organisation.</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>Mit %1 &amp;verbinden</translation>
    </message>
    <message>
        <source>Allow Ledgerlink to reach your %1 organisation.</source>
        <translation>Erlauben Sie Ledgerlink den Zugriff auf Ihre Organisation bei %1.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it gave Ledgerlink access to no organisation. Sign in again and tick at least one organisation on the consent page.</source>
        <translation>Die Anmeldung hat funktioniert, aber Ledgerlink erhielt Zugriff auf keine Organisation. Melden Sie sich erneut an und wählen Sie auf der Zustimmungsseite mindestens eine Organisation.</translation>
    </message>
    <message>
        <source>Connected to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Verbunden mit &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. This sign-in reaches %n organisation(s): tick each one to add. Every organisation becomes an integration of its own.</source>
        <translation>
            <numerusform>Verbunden. Diese Anmeldung erreicht %n Organisation: Haken Sie sie an, um sie hinzuzufügen. Jede Organisation wird eine eigene Integration.</numerusform>
            <numerusform>Verbunden. Diese Anmeldung erreicht %n Organisationen: Haken Sie jede an, die Sie hinzufügen möchten. Jede Organisation wird eine eigene Integration.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in Again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>Tick at least one organisation to connect.</source>
        <translation>Wählen Sie mindestens eine Organisation zum Verbinden.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CatalogDialog</name>
    <message>
        <source>Add a New App</source>
        <translation>Neue App hinzufügen</translation>
    </message>
    <message>
        <source>Choose the accounting package to connect. You will register Ledgerlink with it, sign in, and choose what is kept in step.</source>
        <translation>Wählen Sie die Buchhaltungssoftware, die Sie verbinden möchten. Sie registrieren Ledgerlink dort, melden sich an und legen fest, was abgeglichen wird.</translation>
    </message>
    <message>
        <source>Available apps</source>
        <translation>Verfügbare Apps</translation>
    </message>
    <message>
        <source>Only the apps included in your plan are listed. To use another one, contact the person who manages your Ledgerlink plan.</source>
        <translation>Es werden nur die Apps aufgeführt, die Ihr Tarif enthält. Für eine andere App wenden Sie sich an die Person, die Ihren Ledgerlink-Tarif verwaltet.</translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n integration(s), and all of them are in use. Disconnect an integration you no longer need, or ask for a larger plan, to add another app.</source>
        <translation>
            <numerusform>Ihr Tarif erlaubt %n Integration, und sie wird bereits genutzt. Trennen Sie eine nicht mehr benötigte Integration oder fragen Sie nach einem größeren Tarif, um eine weitere App hinzuzufügen.</numerusform>
            <numerusform>Ihr Tarif erlaubt %n Integrationen, und alle werden bereits genutzt. Trennen Sie eine nicht mehr benötigte Integration oder fragen Sie nach einem größeren Tarif, um eine weitere App hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan includes no accounting apps. Ask the person who manages your Ledgerlink plan to add one.</source>
        <translation>Ihr Tarif enthält keine Buchhaltungs-Apps. Bitten Sie die Person, die Ihren Ledgerlink-Tarif verwaltet, eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ChangeLogModel</name>
    <message>
        <source>Changed here</source>
        <translation>Hier geändert</translation>
    </message>
    <message>
        <source>From the accounting package</source>
        <translation>Aus der Buchhaltungssoftware</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ConfigurePage</name>
    <message>
        <source>Configure</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>What to keep in step</source>
        <translation>Was abgeglichen wird</translation>
    </message>
    <message>
        <source>Customer direction</source>
        <translation>Richtung für Kunden</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Tax rates</source>
        <translation>&amp;Steuersätze</translation>
    </message>
    <message>
        <source>Chart of &amp;accounts</source>
        <translation>K&amp;ontenplan</translation>
    </message>
    <message>
        <source>Invoice trigger status</source>
        <translation>Auslösender Rechnungsstatus</translation>
    </message>
    <message>
        <source>Pending Payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation>&amp;Gutschriften</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>Za&amp;hlungen</translation>
    </message>
    <message>
        <source>Invoices, credit notes and payments dated before this day are left as they are.</source>
        <translation>Rechnungen, Gutschriften und Zahlungen mit einem früheren Datum bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Start&amp;datum:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Check for changes &amp;every:</source>
        <translation>Änderungen &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>Choose what Ledgerlink keeps in step with %1, and in which direction.</source>
        <translation>Legen Sie fest, was Ledgerlink mit %1 abgleicht und in welche Richtung.</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>To %1 only</source>
        <translation>Nur zu %1</translation>
    </message>
    <message>
        <source>From %1 only</source>
        <translation>Nur von %1</translation>
    </message>
    <message>
        <source>Both ways, on every sync</source>
        <translation>In beide Richtungen, bei jeder Synchronisierung</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>From %1 (used for sales and payments)</source>
        <translation>Von %1 (für Verkäufe und Zahlungen)</translation>
    </message>
    <message>
        <source>To %1 when their status becomes</source>
        <translation>Zu %1, sobald ihr Status wechselt auf</translation>
    </message>
    <message>
        <source>To %1, at the same status as invoices</source>
        <translation>Zu %1, beim selben Status wie Rechnungen</translation>
    </message>
    <message>
        <source>From %1: marks your invoices paid, part-payments included</source>
        <translation>Von %1: markiert Ihre Rechnungen als bezahlt, Teilzahlungen eingeschlossen</translation>
    </message>
    <message>
        <source>Also send payments recorded in Ledgerlink to %1</source>
        <translation>In Ledgerlink erfasste Zahlungen auch an %1 senden</translation>
    </message>
    <message>
        <source>%1&apos;s tax rates override the rates of your local tax types. Check them after the first sync.</source>
        <translation>Die Steuersätze von %1 ersetzen die Sätze Ihrer lokalen Steuerarten. Prüfen Sie sie nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Tick at least one kind of record to keep in step.</source>
        <translation>Wählen Sie mindestens eine Art von Datensätzen zum Abgleichen.</translation>
    </message>
    <message>
        <source>Payments recorded here can only be sent for invoices that are sent too. Tick Invoices, or untick sending payments.</source>
        <translation>Hier erfasste Zahlungen können nur für Rechnungen gesendet werden, die ebenfalls gesendet werden. Wählen Sie „Rechnungen“ oder deaktivieren Sie das Senden von Zahlungen.</translation>
    </message>
    <message>
        <source>Enter a start date.</source>
        <translation>Geben Sie ein Startdatum ein.</translation>
    </message>
    <message>
        <source>Accounts for sales and payments</source>
        <translation>Konten für Verkäufe und Zahlungen</translation>
    </message>
    <message>
        <source>Invoice and credit note lines whose item has no account of its own are posted to this account.</source>
        <translation>Rechnungs- und Gutschriftpositionen, deren Artikel kein eigenes Konto hat, werden auf dieses Konto gebucht.</translation>
    </message>
    <message>
        <source>The bank account payments are recorded against.</source>
        <translation>Das Bankkonto, auf dem Zahlungen verbucht werden.</translation>
    </message>
    <message>
        <source>Pa&amp;yments account:</source>
        <translation>Zahlungskon&amp;to:</translation>
    </message>
    <message>
        <source>Your chart of accounts is empty: the accounting package&apos;s default accounts are used. It is filled in by the first sync when Chart of accounts is ticked.</source>
        <translation>Ihr Kontenplan ist leer: Es werden die Standardkonten der Buchhaltungssoftware verwendet. Er wird bei der ersten Synchronisierung gefüllt, wenn „Kontenplan“ angehakt ist.</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>Das Standardkonto</translation>
    </message>
    <message>
        <source>%1&apos;s default account</source>
        <translation>Standardkonto von %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the bank account that payments sent from Ledgerlink are recorded against.</source>
        <translation>Wählen Sie das Bankkonto, auf dem die von Ledgerlink gesendeten Zahlungen verbucht werden.</translation>
    </message>
    <message>
        <source>&amp;Match customers (first connection)</source>
        <translation>Kunden z&amp;uordnen (erste Verbindung)</translation>
    </message>
    <message>
        <source>Sa&amp;les account:</source>
        <translation>Er&amp;löskonto:</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ConnectJob</name>
    <message>
        <source>The redirect URI registered with %1 must be exactly: %2</source>
        <translation>Die bei %1 registrierte Weiterleitungs-URI muss genau so lauten: %2</translation>
    </message>
    <message>
        <source>Sign in and allow access in a browser at this address:</source>
        <translation>Melden Sie sich in einem Browser unter dieser Adresse an und erlauben Sie den Zugriff:</translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation>Warte auf den Browser ...</translation>
    </message>
    <message>
        <source>Requesting a token for the custom connection ...</source>
        <translation>Token für die benutzerdefinierte Verbindung wird angefordert ...</translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden; öffnen Sie die Adresse oben selbst.</translation>
    </message>
    <message>
        <source>The sign-in worked but gave access to no organisation. Connect again and choose one on the provider&apos;s page.</source>
        <translation>Die Anmeldung hat funktioniert, gab aber Zugriff auf keine Organisation. Verbinden Sie sich erneut und wählen Sie eine auf der Seite des Anbieters.</translation>
    </message>
    <message>
        <source>This sign-in does not reach an organisation called &quot;%1&quot;.</source>
        <translation>Diese Anmeldung erreicht keine Organisation namens „%1“.</translation>
    </message>
    <message>
        <source>The sign-in reaches these organisations:</source>
        <translation>Die Anmeldung erreicht diese Organisationen:</translation>
    </message>
    <message>
        <source>Run the command again with --tenant NAME (repeat it to connect several).</source>
        <translation>Führen Sie den Befehl erneut mit --tenant NAME aus (mehrfach angeben, um mehrere zu verbinden).</translation>
    </message>
    <message>
        <source>Connected to %1: integration %2 (not enabled yet).</source>
        <translation>Mit %1 verbunden: Integration %2 (noch nicht aktiviert).</translation>
    </message>
    <message>
        <source>Check what will sync with &quot;ledgerlink preview INTEGRATION&quot;, then turn it on with &quot;ledgerlink enable INTEGRATION&quot;.</source>
        <translation>Prüfen Sie mit „ledgerlink preview INTEGRATION“, was synchronisiert wird, und schalten Sie sie dann mit „ledgerlink enable INTEGRATION“ ein.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CredentialsPage</name>
    <message>
        <source>App Credentials</source>
        <translation>App-Zugangsdaten</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>Weiterleitungs-&amp;URI:</translation>
    </message>
    <message>
        <source>Scopes ticked for the custom connection</source>
        <translation>Für die benutzerdefinierte Verbindung gewählte Berechtigungen (Scopes)</translation>
    </message>
    <message>
        <source>How did you register Ledgerlink with Xero?</source>
        <translation>Wie haben Sie Ledgerlink bei Xero registriert?</translation>
    </message>
    <message>
        <source>&amp;Desktop app with PKCE - no client secret (recommended)</source>
        <translation>&amp;Desktop-App mit PKCE – ohne Client-Secret (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Web app - with a client secret</source>
        <translation>W&amp;eb-App – mit Client-Secret</translation>
    </message>
    <message>
        <source>C&amp;ustom connection - one organisation, no browser sign-in</source>
        <translation>&amp;Benutzerdefinierte Verbindung – eine Organisation, ohne Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungs-Port</translation>
    </message>
    <message>
        <source>port </source>
        <translation>Port </translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>Weiterleitungs-URI in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to register Ledgerlink with %2, step by step&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;%3&quot;&gt;Open the %2 developer portal&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Ledgerlink bei %2 registrieren – Schritt für Schritt&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;%3&quot;&gt;Entwicklerportal von %2 öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Enter the details of the app you registered for Ledgerlink in your %1 developer account.</source>
        <translation>Geben Sie die Daten der App ein, die Sie bei %1 für Ledgerlink registriert haben.</translation>
    </message>
    <message>
        <source>Copy the redirect URI below into your app&apos;s settings at %1, then paste the client ID it shows. A PKCE app has no secret.</source>
        <translation>Kopieren Sie die unten stehende Weiterleitungs-URI in die Einstellungen Ihrer App bei %1 und fügen Sie dann die dort angezeigte Client-ID ein. Eine PKCE-App hat kein Secret.</translation>
    </message>
    <message>
        <source>Copy the redirect URI below into your app&apos;s settings at %1, then paste its client ID and client secret. The secret is kept in this computer&apos;s keychain only.</source>
        <translation>Kopieren Sie die unten stehende Weiterleitungs-URI in die Einstellungen Ihrer App bei %1 und fügen Sie dann Client-ID und Client-Secret ein. Das Secret wird nur im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>A custom connection reaches one organisation without a browser sign-in. Tick the same scopes you ticked in %1, then paste the client ID and secret. The secret is kept in this computer&apos;s keychain only.</source>
        <translation>Eine benutzerdefinierte Verbindung erreicht eine Organisation ohne Anmeldung im Browser. Wählen Sie dieselben Berechtigungen wie bei %1 und fügen Sie dann Client-ID und Secret ein. Das Secret wird nur im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>The redirect URI is on the clipboard. Paste it into your app&apos;s settings exactly as shown, including the port.</source>
        <translation>Die Weiterleitungs-URI ist in der Zwischenablage. Fügen Sie sie genau so, einschließlich Port, in die Einstellungen Ihrer App ein.</translation>
    </message>
    <message>
        <source>Enter the client ID. You find it in your app&apos;s settings at %1.</source>
        <translation>Geben Sie die Client-ID ein. Sie finden sie in den Einstellungen Ihrer App bei %1.</translation>
    </message>
    <message>
        <source>The client ID contains spaces. Copy it again from %1, without spaces.</source>
        <translation>Die Client-ID enthält Leerzeichen. Kopieren Sie sie erneut von %1, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>Enter the client secret. %1 shows it once, when you generate it; if you did not keep it, generate a new one.</source>
        <translation>Geben Sie das Client-Secret ein. %1 zeigt es nur einmal beim Erzeugen an; falls Sie es nicht aufbewahrt haben, erzeugen Sie ein neues.</translation>
    </message>
    <message>
        <source>Tick at least one scope, the same as in your custom connection at %1.</source>
        <translation>Wählen Sie mindestens eine Berechtigung, dieselbe wie in Ihrer benutzerdefinierten Verbindung bei %1.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerMatchPreview</name>
    <message>
        <source>Reading the contacts was cancelled.</source>
        <translation>Das Lesen der Kontakte wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerMatchTable</name>
    <message>
        <source>Some of your customers may already exist in the accounting package. Link them to avoid duplicates, create the ones that are new, or skip those you do not want to send.</source>
        <translation>Einige Ihrer Kunden gibt es vielleicht schon in der Buchhaltungssoftware. Verknüpfen Sie diese, um Dubletten zu vermeiden, legen Sie neue an oder überspringen Sie die, die Sie nicht senden möchten.</translation>
    </message>
    <message>
        <source>Customer matching</source>
        <translation>Kundenzuordnung</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Ihr Kunde</translation>
    </message>
    <message>
        <source>Suggested match</source>
        <translation>Vorgeschlagene Entsprechung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>No match found</source>
        <translation>Keine Entsprechung gefunden</translation>
    </message>
    <message>
        <source>Action for %1</source>
        <translation>Aktion für %1</translation>
    </message>
    <message>
        <source>Link to match</source>
        <translation>Mit Entsprechung verknüpfen</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerSyncStep</name>
    <message>
        <source>Part of the customer matching table could not be used and was ignored. Check the matching in the integration&apos;s settings.</source>
        <translation>Ein Teil der Kundenzuordnung konnte nicht verwendet werden und wurde ignoriert. Prüfen Sie die Zuordnung in den Einstellungen der Integration.</translation>
    </message>
    <message>
        <source>The customer matching table names a customer (number %1) that is not in Ledgerlink, so that line was ignored.</source>
        <translation>Die Kundenzuordnung nennt einen Kunden (Nummer %1), den es in Ledgerlink nicht gibt; diese Zeile wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>%1 is not sent: it is marked &quot;skip&quot; in the customer matching table.</source>
        <translation>%1 wird nicht gesendet: In der Kundenzuordnung ist „Überspringen“ gewählt.</translation>
    </message>
    <message>
        <source>%1 should be linked to contact %2, but the accounting package has no such contact. The customer was not sent; choose its contact again in the integration&apos;s settings.</source>
        <translation>%1 soll mit dem Kontakt %2 verknüpft werden, aber die Buchhaltungssoftware hat keinen solchen Kontakt. Der Kunde wurde nicht gesendet; wählen Sie seinen Kontakt in den Einstellungen der Integration erneut.</translation>
    </message>
    <message>
        <source>%1 should be linked to contact %2, but that contact is already linked to another Ledgerlink customer. The customer was not sent; choose its contact again in the integration&apos;s settings.</source>
        <translation>%1 soll mit dem Kontakt %2 verknüpft werden, aber dieser Kontakt ist bereits mit einem anderen Ledgerlink-Kunden verknüpft. Der Kunde wurde nicht gesendet; wählen Sie seinen Kontakt in den Einstellungen der Integration erneut.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::DisconnectJob</name>
    <message>
        <source>%1 is not connected; nothing to revoke.</source>
        <translation>%1 ist nicht verbunden; es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Disconnected %1. Its records, links and history are kept.</source>
        <translation>%1 getrennt. Datensätze, Verknüpfungen und Verlauf bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::EditSettingsDialog</name>
    <message>
        <source>Settings of %1 (%2)</source>
        <translation>Einstellungen von %1 (%2)</translation>
    </message>
    <message>
        <source>Save Settin&amp;gs</source>
        <translation>&amp;Einstellungen speichern</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::GrantRenewal</name>
    <message>
        <source>Ledgerlink does not know this accounting package.</source>
        <translation>Ledgerlink kennt diese Buchhaltungssoftware nicht.</translation>
    </message>
    <message>
        <source>Signing in again was cancelled. Nothing was changed.</source>
        <translation>Die erneute Anmeldung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The client secret of %1 is no longer in this computer&apos;s keychain, so Ledgerlink cannot sign in again. Disconnect the integration and add the app again with its client secret.</source>
        <translation>Das Client-Secret von %1 ist nicht mehr im Schlüsselbund dieses Computers, daher kann sich Ledgerlink nicht erneut anmelden. Trennen Sie die Integration und fügen Sie die App mit ihrem Client-Secret erneut hinzu.</translation>
    </message>
    <message>
        <source>You signed in, but that sign-in does not give Ledgerlink access to %1, so nothing was changed. Sign in again as a user who can open %1, and allow access to it on the consent page.</source>
        <translation>Sie haben sich angemeldet, aber diese Anmeldung gibt Ledgerlink keinen Zugriff auf %1; daher wurde nichts geändert. Melden Sie sich erneut als Benutzer an, der %1 öffnen darf, und erlauben Sie auf der Zustimmungsseite den Zugriff darauf.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::GrantRevocation</name>
    <message>
        <source>Ledgerlink could not tell %1 to remove this organisation&apos;s connection. Remove Ledgerlink in %1&apos;s connected apps settings if it is still listed.</source>
        <translation>Ledgerlink konnte %1 nicht anweisen, die Verbindung dieser Organisation zu entfernen. Entfernen Sie Ledgerlink in den Einstellungen für verbundene Apps bei %1, falls es dort noch aufgeführt ist.</translation>
    </message>
    <message>
        <source>Ledgerlink removed its stored credentials but could not tell %1 to revoke the access. Remove Ledgerlink in %1&apos;s connected apps settings if it is still listed.</source>
        <translation>Ledgerlink hat seine gespeicherten Zugangsdaten entfernt, konnte %1 aber nicht anweisen, den Zugriff zu widerrufen. Entfernen Sie Ledgerlink in den Einstellungen für verbundene Apps bei %1, falls es dort noch aufgeführt ist.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::HistoryModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation>Einige Datensätze fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::HistoryPage</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisierungsläufe</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Alle Integrationen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Search messages, errors and ids</source>
        <translation>Meldungen, Fehler und IDs durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integration:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Select a run to see its records.</source>
        <translation>Wählen Sie einen Lauf, um seine Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>Show failed records &amp;only</source>
        <translation>&amp;Nur fehlgeschlagene Datensätze</translation>
    </message>
    <message>
        <source>Records of the selected run</source>
        <translation>Datensätze des gewählten Laufs</translation>
    </message>
    <message>
        <source>That sync run is no longer in the history.</source>
        <translation>Dieser Synchronisierungslauf ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3: %4</source>
        <translation>Lauf %1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>The history could not be saved to %1. Choose a folder you can write to and try again.</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to %1.</source>
        <translation>
            <numerusform>%n Lauf in %1 gespeichert.</numerusform>
            <numerusform>%n Läufe in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Änderungen des gewählten Datensatzes</translation>
    </message>
    <message>
        <source>Select a record to see how its fields changed.</source>
        <translation>Wählen Sie einen Datensatz, um zu sehen, wie sich seine Felder geändert haben.</translation>
    </message>
    <message>
        <source>%1 %2 has no record in Ledgerlink, so it has no change log.</source>
        <translation>%1 %2 hat keinen Datensatz in Ledgerlink und daher kein Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>No field of %1 %2 has changed since Ledgerlink started keeping its log.</source>
        <translation>Kein Feld von %1 %2 hat sich geändert, seit Ledgerlink das Protokoll führt.</translation>
    </message>
    <message>
        <source>Changes of %1 %2, oldest first:</source>
        <translation>Änderungen von %1 %2, älteste zuerst:</translation>
    </message>
    <message>
        <source>Fai&amp;led only</source>
        <translation>Nur &amp;fehlgeschlagene</translation>
    </message>
    <message>
        <source>Retr&amp;y failed records</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationActions</name>
    <message>
        <source>Enabled. A full sync has started.</source>
        <translation>Aktiviert. Eine vollständige Synchronisierung hat begonnen.</translation>
    </message>
    <message>
        <source>Disabled. Nothing is sent or received until you enable it again.</source>
        <translation>Deaktiviert. Bis Sie sie wieder aktivieren, wird nichts gesendet oder empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved. A full sync of the other organisation has started: it finds them there before sending anything.</source>
        <translation>
            <numerusform>%n Datensatz verschoben. Eine vollständige Synchronisierung der anderen Organisation hat begonnen: Sie findet ihn dort, bevor etwas gesendet wird.</numerusform>
            <numerusform>%n Datensätze verschoben. Eine vollständige Synchronisierung der anderen Organisation hat begonnen: Sie findet sie dort, bevor etwas gesendet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved. Enable the other organisation&apos;s integration to find them there.</source>
        <translation>
            <numerusform>%n Datensatz verschoben. Aktivieren Sie die Integration der anderen Organisation, damit er dort gefunden wird.</numerusform>
            <numerusform>%n Datensätze verschoben. Aktivieren Sie die Integration der anderen Organisation, damit sie dort gefunden werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationBuilder</name>
    <message>
        <source>Choose the accounting package to connect.</source>
        <translation>Wählen Sie die Buchhaltungssoftware, die verbunden werden soll.</translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with the provider.</source>
        <translation>Geben Sie die Client-ID der App ein, die Sie beim Anbieter registriert haben.</translation>
    </message>
    <message>
        <source>Enter the client secret of the app you registered with the provider.</source>
        <translation>Geben Sie das Client-Secret der App ein, die Sie beim Anbieter registriert haben.</translation>
    </message>
    <message>
        <source>Sign in and choose at least one organisation to connect.</source>
        <translation>Melden Sie sich an und wählen Sie mindestens eine Organisation zum Verbinden.</translation>
    </message>
    <message>
        <source>The chosen organisations are incomplete. Sign in again.</source>
        <translation>Die gewählten Organisationen sind unvollständig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 is already connected. Untick it, or disconnect the existing integration first.</source>
        <translation>%1 ist bereits verbunden. Entfernen Sie das Häkchen oder trennen Sie zuerst die bestehende Integration.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationCard</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Last successful poll: %1</source>
        <translation>Letzte erfolgreiche Abfrage: %1</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <source>Last successful poll: not yet</source>
        <translation>Letzte erfolgreiche Abfrage: noch keine</translation>
    </message>
    <message>
        <source>Next poll: %1</source>
        <translation>Nächste Abfrage: %1</translation>
    </message>
    <message>
        <source>Next poll: soon</source>
        <translation>Nächste Abfrage: in Kürze</translation>
    </message>
    <message>
        <source>Next poll: none while not active</source>
        <translation>Nächste Abfrage: keine, solange nicht aktiv</translation>
    </message>
    <message>
        <source>A sync of this integration is running.</source>
        <translation>Eine Synchronisierung dieser Integration läuft.</translation>
    </message>
    <message>
        <source>Sync this integration now</source>
        <translation>Diese Integration jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Only an active integration can sync.</source>
        <translation>Nur eine aktive Integration kann synchronisieren.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Open the integration&apos;s page</source>
        <translation>Seite der Integration öffnen</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>De&amp;tails…</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Needs re-authorisation</source>
        <translation>Erneute Autorisierung nötig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert gerade</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationMaintenance</name>
    <message>
        <source>Reconnected to %1. A sync has started to catch up.</source>
        <translation>Erneut mit %1 verbunden. Eine Synchronisierung zum Nachholen hat begonnen.</translation>
    </message>
    <message>
        <source>Settings saved. The next sync uses them.</source>
        <translation>Einstellungen gespeichert. Die nächste Synchronisierung verwendet sie.</translation>
    </message>
    <message>
        <source>Tax mapping saved. The next sync sends invoices with these tax codes.</source>
        <translation>Steuerzuordnung gespeichert. Die nächste Synchronisierung sendet Rechnungen mit diesen Steuercodes.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationPage</name>
    <message>
        <source>&amp;Back to Integrations</source>
        <translation>&amp;Zurück zu den Integrationen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>Integration enabled</source>
        <translation>Integration aktiviert</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Last successful poll:</source>
        <translation>Letzter erfolgreicher Abruf:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Erneut verbinden…</translation>
    </message>
    <message>
        <source>Move links to &amp;another organisation:</source>
        <translation>Verknüpfungen in eine andere &amp;Organisation verschieben:</translation>
    </message>
    <message>
        <source>Organisation to move the links to</source>
        <translation>Organisation, in die die Verknüpfungen verschoben werden</translation>
    </message>
    <message>
        <source>&amp;Move Links…</source>
        <translation>Verknüpfungen &amp;verschieben…</translation>
    </message>
    <message>
        <source>Disconnecting stops all syncing and signs Ledgerlink out of the organisation. Your records and their history stay here.</source>
        <translation>Beim Trennen endet jede Synchronisierung und Ledgerlink wird von der Organisation abgemeldet. Ihre Datensätze und deren Verlauf bleiben hier erhalten.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation>Diese Integration gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ledgerlink checks for changes on its schedule.</source>
        <translation>Ledgerlink prüft planmäßig auf Änderungen.</translation>
    </message>
    <message>
        <source>Nothing is sent or received until you enable it again.</source>
        <translation>Bis Sie sie wieder aktivieren, wird nichts gesendet oder empfangen.</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>A sync of this integration is running.</source>
        <translation>Eine Synchronisierung dieser Integration läuft.</translation>
    </message>
    <message>
        <source>Sync this integration now</source>
        <translation>Diese Integration jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Only an active integration can sync.</source>
        <translation>Nur eine aktive Integration kann synchronisieren.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s sign-in for %2. Reconnect to sign in again; nothing syncs until you do.</source>
        <translation>%1 akzeptiert die Anmeldung von Ledgerlink für %2 nicht mehr. Verbinden Sie erneut, um sich wieder anzumelden; bis dahin wird nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Point the links of this organisation&apos;s records at the chosen organisation.</source>
        <translation>Die Verknüpfungen der Datensätze dieser Organisation auf die gewählte Organisation umstellen.</translation>
    </message>
    <message>
        <source>Connect another organisation of %1 first.</source>
        <translation>Verbinden Sie zuerst eine weitere Organisation von %1.</translation>
    </message>
    <message>
        <source>Enabled. A full sync starts now to catch up with everything that changed while it was off.</source>
        <translation>Aktiviert. Jetzt beginnt eine vollständige Synchronisierung, die alles nachholt, was sich in der Zwischenzeit geändert hat.</translation>
    </message>
    <message>
        <source>Disable this integration?</source>
        <translation>Diese Integration deaktivieren?</translation>
    </message>
    <message>
        <source>Disable the integration with %1?</source>
        <translation>Die Integration mit %1 deaktivieren?</translation>
    </message>
    <message>
        <source>Nothing will update while it is disabled: new and changed customers, items, invoices and payments are neither sent nor received. When you enable it again, a full sync catches up.</source>
        <translation>Solange sie deaktiviert ist, wird nichts aktualisiert: Neue und geänderte Kunden, Artikel, Rechnungen und Zahlungen werden weder gesendet noch empfangen. Wenn Sie sie wieder aktivieren, holt eine vollständige Synchronisierung alles nach.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disconnect this integration?</source>
        <translation>Diese Integration trennen?</translation>
    </message>
    <message>
        <source>Disconnect Ledgerlink from %1 in %2?</source>
        <translation>Ledgerlink von %1 in %2 trennen?</translation>
    </message>
    <message>
        <source>Ledgerlink tells %1 to forget its sign-in and removes the stored keys from this computer. Your customers, invoices, payments, their links and the history stay here, so you can connect again later.</source>
        <translation>Ledgerlink bittet %1, die Anmeldung zu vergessen, und entfernt die gespeicherten Schlüssel von diesem Computer. Ihre Kunden, Rechnungen, Zahlungen, deren Verknüpfungen und der Verlauf bleiben hier erhalten, sodass Sie sich später wieder verbinden können.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Move links to another organisation?</source>
        <translation>Verknüpfungen in eine andere Organisation verschieben?</translation>
    </message>
    <message>
        <source>Move every link of %1 to %2?</source>
        <translation>Alle Verknüpfungen von %1 nach %2 verschieben?</translation>
    </message>
    <message>
        <source>Records that were synced with %1 will from now on be updated in %2 instead. Use this when the business moved to a new organisation that holds the same records. Nothing is sent until the next sync.</source>
        <translation>Datensätze, die mit %1 synchronisiert wurden, werden ab jetzt stattdessen in %2 aktualisiert. Verwenden Sie dies, wenn das Unternehmen in eine neue Organisation mit denselben Datensätzen umgezogen ist. Bis zur nächsten Synchronisierung wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Move Links</source>
        <translation>Verknüpfungen &amp;verschieben</translation>
    </message>
    <message>
        <source>What is kept in step, in which direction, and how often.</source>
        <translation>Was abgeglichen wird, in welche Richtung und wie oft.</translation>
    </message>
    <message>
        <source>Edit Se&amp;ttings…</source>
        <translation>Einstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the integration&apos;s settings</source>
        <translation>Die Einstellungen der Integration bearbeiten</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Ta&amp;x Mapping…</source>
        <translation>&amp;Steuerzuordnung…</translation>
    </message>
    <message>
        <source>Choose the tax code each tax type is sent as</source>
        <translation>Wählen Sie, mit welchem Steuercode jede Steuerart gesendet wird</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationsPage</name>
    <message>
        <source>No apps added yet</source>
        <translation>Noch keine Apps hinzugefügt</translation>
    </message>
    <message>
        <source>Connect your accounting package to keep customers, items, invoices and payments in step. You choose what is synced, and in which direction.</source>
        <translation>Verbinden Sie Ihre Buchhaltungssoftware, um Kunden, Artikel, Rechnungen und Zahlungen abzugleichen. Sie bestimmen, was synchronisiert wird und in welche Richtung.</translation>
    </message>
    <message>
        <source>+ &amp;Add a new app</source>
        <translation>+ Neue App hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>+ Add a &amp;new app</source>
        <translation>+ &amp;Neue App hinzufügen</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::InvoicePushStep</name>
    <message>
        <source>Invoice %1 waits until its customer is in the accounting package.</source>
        <translation>Die Rechnung %1 wartet, bis ihr Kunde in der Buchhaltungssoftware angelegt ist.</translation>
    </message>
    <message>
        <source>Invoice %1 is not sent because its customer is marked &quot;skip&quot; in the customer matching table.</source>
        <translation>Die Rechnung %1 wird nicht gesendet, weil für ihren Kunden in der Kundenzuordnung „Überspringen“ gewählt ist.</translation>
    </message>
    <message>
        <source>Invoice %1 is not sent: line %2 uses a tax type that the tax mapping sends as &quot;%3&quot;, a tax code the accounting package does not have. Correct the tax mapping.</source>
        <translation>Die Rechnung %1 wird nicht gesendet: Position %2 verwendet eine Steuerart, die laut Steuerzuordnung als „%3“ gesendet wird – einen Steuercode, den die Buchhaltungssoftware nicht hat. Korrigieren Sie die Steuerzuordnung.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::LoopbackReplyHandler</name>
    <message>
        <source>Ledgerlink cannot receive the provider&apos;s answer because port %1 on this computer is in use by another program. Close that program, or choose another port for this integration and register %2 as the redirect URI with the provider.</source>
        <translation>Ledgerlink kann die Antwort des Anbieters nicht empfangen, weil Port %1 auf diesem Computer von einem anderen Programm belegt ist. Schließen Sie dieses Programm oder wählen Sie einen anderen Port für diese Integration und registrieren Sie %2 beim Anbieter als Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>Authorisation received</source>
        <translation>Autorisierung erhalten</translation>
    </message>
    <message>
        <source>Return to Ledgerlink to finish connecting. You can close this tab.</source>
        <translation>Kehren Sie zu Ledgerlink zurück, um die Verbindung abzuschließen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>Der Zugriff wurde nicht gewährt</translation>
    </message>
    <message>
        <source>You declined the connection. Return to Ledgerlink if you want to try again.</source>
        <translation>Sie haben die Verbindung abgelehnt. Kehren Sie zu Ledgerlink zurück, wenn Sie es erneut versuchen möchten.</translation>
    </message>
    <message>
        <source>The provider reported a problem</source>
        <translation>Der Anbieter hat ein Problem gemeldet</translation>
    </message>
    <message>
        <source>Return to Ledgerlink for details. You can close this tab.</source>
        <translation>Details finden Sie in Ledgerlink. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Dieser Link ist ungültig</translation>
    </message>
    <message>
        <source>This answer does not belong to a connection Ledgerlink is waiting for, or it was already used. Return to Ledgerlink and start the connection again.</source>
        <translation>Diese Antwort gehört zu keiner Verbindung, auf die Ledgerlink wartet, oder sie wurde bereits verwendet. Kehren Sie zu Ledgerlink zurück und starten Sie die Verbindung erneut.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::MainWindow</name>
    <message>
        <source>Ledgerlink — demo business</source>
        <translation>Ledgerlink – Demo-Unternehmen</translation>
    </message>
    <message>
        <source>Ledgerlink</source>
        <translation>Ledgerlink</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add a New App…</source>
        <translation>Neue &amp;App hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integrationen</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ledgerlink</source>
        <translation>&amp;Über Ledgerlink</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Providers: local sandbox at %1</source>
        <translation>Anbieter: lokale Sandbox unter %1</translation>
    </message>
    <message>
        <source>No sync running</source>
        <translation>Keine Synchronisierung aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Ledgerlink</source>
        <translation>Über Ledgerlink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ledgerlink %1&lt;/h3&gt;&lt;p&gt;Keeps your business&apos;s customers, items, invoices and payments in step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ledgerlink %1&lt;/h3&gt;&lt;p&gt;Gleicht Kunden, Artikel, Rechnungen und Zahlungen Ihres Unternehmens mit Xero, QuickBooks Online, Sage Business Cloud Accounting und MYOB ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::MyobClient</name>
    <message>
        <source>MYOB does not have this record any more (%1).</source>
        <translation>MYOB hat diesen Datensatz nicht mehr (%1).</translation>
    </message>
    <message>
        <source>Ledgerlink does not send credit notes to MYOB yet. Enter credit note %1 in MYOB.</source>
        <translation>Ledgerlink sendet noch keine Gutschriften an MYOB. Erfassen Sie die Gutschrift %1 in MYOB.</translation>
    </message>
    <message>
        <source>Invoice %1 is an item invoice in MYOB, but now has lines without an item MYOB knows. Change it in MYOB.</source>
        <translation>Die Rechnung %1 ist in MYOB eine Artikelrechnung, hat jetzt aber Positionen ohne einen Artikel, den MYOB kennt. Ändern Sie sie in MYOB.</translation>
    </message>
    <message>
        <source>MYOB does not let a customer payment be changed. Delete the payment in MYOB and enter it again.</source>
        <translation>MYOB erlaubt keine Änderung an Kundenzahlungen. Löschen Sie die Zahlung in MYOB und erfassen Sie sie neu.</translation>
    </message>
    <message>
        <source>The payment&apos;s invoice is not in MYOB.</source>
        <translation>Die Rechnung zu dieser Zahlung ist nicht in MYOB.</translation>
    </message>
    <message>
        <source>MYOB has no account %1 to receive the payment into. Choose the payment account in the integration&apos;s settings.</source>
        <translation>MYOB hat kein Konto %1, auf dem die Zahlung eingehen kann. Wählen Sie das Zahlungskonto in den Einstellungen der Integration.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::NotificationModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::NotificationPopup</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Benachrichtigungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No notifications. The outcome of every sync will appear here.</source>
        <translation>Keine Benachrichtigungen. Das Ergebnis jeder Synchronisierung erscheint hier.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::OrganisationDiscovery</name>
    <message>
        <source>%1 did not say which company was connected. Connect again and choose a company.</source>
        <translation>%1 hat nicht mitgeteilt, welches Unternehmen verbunden wurde. Verbinden Sie sich erneut und wählen Sie ein Unternehmen.</translation>
    </message>
    <message>
        <source>Ledgerlink was authorised but could not list the organisations it may access. Check the connection to %1 and try again.</source>
        <translation>Ledgerlink wurde autorisiert, konnte aber die zugänglichen Organisationen nicht abrufen. Prüfen Sie die Verbindung zu %1 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The authorisation reaches no organisation. Connect again and select at least one organisation on the consent page.</source>
        <translation>Die Autorisierung erreicht keine Organisation. Verbinden Sie sich erneut und wählen Sie auf der Zustimmungsseite mindestens eine Organisation.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ProviderClient</name>
    <message>
        <source>Sending payments recorded in Ledgerlink to %1 is not supported yet. Click &quot;Edit Settings…&quot; on the integration&apos;s page and clear &quot;Also send payments recorded in Ledgerlink to %1&quot;.</source>
        <translation>Das Senden von in Ledgerlink erfassten Zahlungen an %1 wird noch nicht unterstützt. Klicken Sie auf der Seite der Integration auf „Einstellungen bearbeiten…“ und entfernen Sie den Haken bei „In Ledgerlink erfasste Zahlungen auch an %1 senden“.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReconnectDialog</name>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 erneut verbinden</translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s sign-in for %2. Click Sign in: your browser opens %1&apos;s sign-in page. Sign in as a user who can open %2, allow access, then come back here. The integration keeps its settings, links and history.</source>
        <translation>%1 akzeptiert die Anmeldung von Ledgerlink für %2 nicht mehr. Klicken Sie auf „Anmelden“: Ihr Browser öffnet die Anmeldeseite von %1. Melden Sie sich als Benutzer an, der %2 öffnen darf, erlauben Sie den Zugriff und kehren Sie dann hierher zurück. Die Integration behält ihre Einstellungen, Verknüpfungen und ihren Verlauf.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s custom connection for %2. Check that the connection is still active at %1, then click Connect. The integration keeps its settings, links and history.</source>
        <translation>%1 akzeptiert die benutzerdefinierte Verbindung von Ledgerlink für %2 nicht mehr. Prüfen Sie, ob die Verbindung bei %1 noch aktiv ist, und klicken Sie dann auf „Verbinden“. Die Integration behält ihre Einstellungen, Verknüpfungen und ihren Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1</source>
        <translation>Bei %1 &amp;anmelden</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>Mit %1 &amp;verbinden</translation>
    </message>
    <message>
        <source>Ledgerlink is already signing in to %1 again. Finish that sign-in first.</source>
        <translation>Ledgerlink meldet sich bereits erneut bei %1 an. Schließen Sie zuerst diese Anmeldung ab.</translation>
    </message>
    <message>
        <source>&amp;Sign in Again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RecordsModel</name>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>%1 on %2 (invoice %3)</source>
        <translation>%1 am %2 (Rechnung %3)</translation>
    </message>
    <message>
        <source>No integration</source>
        <translation>Keine Integration</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Sync state &amp;in:</source>
        <translation>Synchronisierungsstatus &amp;in:</translation>
    </message>
    <message>
        <source>Integration whose sync state is shown</source>
        <translation>Integration, deren Synchronisierungsstatus angezeigt wird</translation>
    </message>
    <message>
        <source>No integration yet</source>
        <translation>Noch keine Integration</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>Artik&amp;el</translation>
    </message>
    <message>
        <source>Ta&amp;x types</source>
        <translation>&amp;Steuerarten</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>An invoice is sent to the accounting package when it reaches the trigger status (usually Pending Payment).</source>
        <translation>Eine Rechnung wird an die Buchhaltungssoftware gesendet, sobald sie den Auslösestatus erreicht (meist „Zahlung ausstehend“).</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Wählen Sie zuerst eine Rechnung.</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation>Rechnung %1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>Inv&amp;oices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Mark as Pending Payment</source>
        <translation>Als „Zahlung ausstehend“ &amp;markieren</translation>
    </message>
    <message>
        <source>Voi&amp;d</source>
        <translation>S&amp;tornieren</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReferenceDataStep</name>
    <message>
        <source>The tax mapping sends tax type %1 as &quot;%2&quot;, but the accounting package has no tax code &quot;%2&quot;. Choose one of its tax codes in the integration&apos;s tax mapping.</source>
        <translation>Die Steuerzuordnung sendet die Steuerart %1 als „%2“, aber die Buchhaltungssoftware hat keinen Steuercode „%2“. Wählen Sie in der Steuerzuordnung der Integration einen ihrer Steuercodes.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Counting what the first sync will send and receive…</source>
        <translation>Zähle, was die erste Synchronisierung senden und empfangen wird…</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Datensätze werden gezählt</translation>
    </message>
    <message>
        <source>Records the first sync will send and receive</source>
        <translation>Datensätze, die die erste Synchronisierung sendet und empfängt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>Zu empfangen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Check what the first sync with %1 will do, then click Proceed.</source>
        <translation>Prüfen Sie, was die erste Synchronisierung mit %1 tun wird, und klicken Sie dann auf „Fortfahren“.</translation>
    </message>
    <message numerus="yes">
        <source>After you click Proceed, the integration with %1 is active and its first sync runs in the background. You can keep working; the bell tells you when it has finished. After that, Ledgerlink checks for changes every %n minute(s).</source>
        <translation>
            <numerusform>Nach „Fortfahren“ ist die Integration mit %1 aktiv und ihre erste Synchronisierung läuft im Hintergrund. Sie können weiterarbeiten; die Glocke meldet, wenn sie fertig ist. Danach prüft Ledgerlink im Abstand von %n Minute auf Änderungen.</numerusform>
            <numerusform>Nach „Fortfahren“ ist die Integration mit %1 aktiv und ihre erste Synchronisierung läuft im Hintergrund. Sie können weiterarbeiten; die Glocke meldet, wenn sie fertig ist. Danach prüft Ledgerlink alle %n Minuten auf Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to send %Ln record(s) to %1 and receive %2.</source>
        <translation>
            <numerusform>Sie senden gleich %Ln Datensatz an %1 und empfangen %2.</numerusform>
            <numerusform>Sie senden gleich %Ln Datensätze an %1 und empfangen %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RunItemModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Local id</source>
        <translation>Lokale ID</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SageClient</name>
    <message>
        <source>Ledgerlink sends payments to Sage for invoices only, not for credit notes.</source>
        <translation>Ledgerlink sendet Zahlungen an Sage nur für Rechnungen, nicht für Gutschriften.</translation>
    </message>
    <message>
        <source>Sage does not change a recorded payment. Delete the payment in Sage and record it again.</source>
        <translation>Sage ändert keine erfasste Zahlung. Löschen Sie die Zahlung in Sage und erfassen Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SecretStore</name>
    <message>
        <source>No system keychain is available, so Ledgerlink cannot store or read its credentials. Start GNOME Keyring or KWallet, or log in to a desktop session, and try again; Ledgerlink does not store secrets in files.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann Ledgerlink seine Zugangsdaten weder speichern noch lesen. Starten Sie GNOME Keyring oder KWallet oder melden Sie sich an einer Desktop-Sitzung an und versuchen Sie es erneut; Ledgerlink speichert keine Geheimnisse in Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain refused access, probably because it is locked. Unlock your keyring (GNOME Keyring/KWallet) and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert, vermutlich weil er gesperrt ist. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring/KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Check that your keyring is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund des Systems konnte die Anfrage nicht ausführen. Prüfen Sie, ob er läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Internal error: a secret needs an owner and a name.</source>
        <translation>Interner Fehler: Ein Geheimnis braucht einen Besitzer und einen Namen.</translation>
    </message>
    <message>
        <source>The credential is too large to store in the system keychain (%1 bytes, at most %2).</source>
        <translation>Die Zugangsdaten sind zu groß für den Schlüsselbund des Systems (%1 Bytes, höchstens %2).</translation>
    </message>
    <message>
        <source>A stored credential is missing from the system keychain. Connect the integration again.</source>
        <translation>Gespeicherte Zugangsdaten fehlen im Schlüsselbund des Systems. Verbinden Sie die Integration erneut.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a keychain entry in its database.</source>
        <translation>Ledgerlink konnte einen Schlüsselbund-Eintrag nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update its list of keychain entries.</source>
        <translation>Ledgerlink konnte seine Liste der Schlüsselbund-Einträge nicht aktualisieren.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read its list of keychain entries.</source>
        <translation>Ledgerlink konnte seine Liste der Schlüsselbund-Einträge nicht lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot read a stored credential: the system keychain is locked or the entry was deleted. Unlock your keyring and try again; if that does not help, connect the integration again.</source>
        <translation>Ledgerlink kann gespeicherte Zugangsdaten nicht lesen: Der Schlüsselbund des Systems ist gesperrt oder der Eintrag wurde gelöscht. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut; hilft das nicht, verbinden Sie die Integration erneut.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SelectAppPage</name>
    <message>
        <source>Select the App</source>
        <translation>App auswählen</translation>
    </message>
    <message>
        <source>Which accounting package should Ledgerlink keep in step with your records?</source>
        <translation>Mit welcher Buchhaltungssoftware soll Ledgerlink Ihre Daten abgleichen?</translation>
    </message>
    <message>
        <source>Accounting apps</source>
        <translation>Buchhaltungs-Apps</translation>
    </message>
    <message>
        <source>Choose an app from the list to continue.</source>
        <translation>Wählen Sie eine App aus der Liste, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Used for new integrations; each integration can change it in its settings.</source>
        <translation>Gilt für neue Integrationen; jede Integration kann den Wert in ihren Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Check for changes every:</source>
        <translation>Änderungen &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>On this computer (default)</source>
        <translation>Auf diesem Computer (Standard)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Keep data:</source>
        <translation>Daten spei&amp;chern:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>A PostgreSQL server lets several office computers share one database. A new location takes effect the next time Ledgerlink starts; your data is not moved.</source>
        <translation>Mit einem PostgreSQL-Server können sich mehrere Bürocomputer eine Datenbank teilen. Ein neuer Speicherort gilt ab dem nächsten Start von Ledgerlink; Ihre Daten werden nicht verschoben.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>&amp;Minimiert im Systembereich starten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Path of an SQLite file</source>
        <translation>Pfad einer SQLite-Datei</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the address of the PostgreSQL database, such as postgresql://user@server:5432/ledgerlink.</source>
        <translation>Geben Sie die Adresse der PostgreSQL-Datenbank ein, etwa postgresql://benutzer@server:5432/ledgerlink.</translation>
    </message>
    <message>
        <source>Enter the path of the SQLite file, or choose one with Browse.</source>
        <translation>Geben Sie den Pfad der SQLite-Datei ein oder wählen Sie sie mit „Durchsuchen“.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address. Write it as postgresql://user@server:5432/database.</source>
        <translation>Dies ist keine PostgreSQL-Adresse. Schreiben Sie sie als postgresql://benutzer@server:5432/datenbank.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL address. Choose PostgreSQL server above, or enter the path of an SQLite file.</source>
        <translation>Dies ist eine PostgreSQL-Adresse. Wählen Sie oben „PostgreSQL-Server“ oder geben Sie den Pfad einer SQLite-Datei ein.</translation>
    </message>
    <message>
        <source>Saved. The new database location and language take effect the next time Ledgerlink starts.</source>
        <translation>Gespeichert. Neuer Datenbank-Speicherort und Sprache gelten ab dem nächsten Start von Ledgerlink.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SignInWaitPanel</name>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Warte darauf, dass Sie den Zugriff im Browser erlauben…</translation>
    </message>
    <message>
        <source>Waiting for authorisation</source>
        <translation>Warte auf Autorisierung</translation>
    </message>
    <message>
        <source>C&amp;ancel Sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Falls sich kein Browserfenster geöffnet hat, kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::StoreOpener</name>
    <message>
        <source>No password for this database is stored in the keychain; store it with &quot;ledgerlink database-password --database URL&quot; (it reads the password from standard input).</source>
        <translation>Im Schlüsselbund ist kein Passwort für diese Datenbank gespeichert; speichern Sie es mit „ledgerlink database-password --database URL“ (das Passwort wird von der Standardeingabe gelesen).</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncEngine</name>
    <message>
        <source>Ledgerlink has no authorisation for this integration on this computer. Authorise it again.</source>
        <translation>Ledgerlink hat auf diesem Computer keine Autorisierung für diese Integration. Autorisieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Syncing with %1 is not available in this version of Ledgerlink yet.</source>
        <translation>Die Synchronisierung mit %1 ist in dieser Ledgerlink-Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>The sync worker is not ready: its database connection is not open.</source>
        <translation>Die Synchronisierung ist nicht bereit: Ihre Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The integration is switched off, so nothing was synced.</source>
        <translation>Die Integration ist ausgeschaltet, daher wurde nichts synchronisiert.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Checking writes an earlier run left unfinished</source>
        <translation>Unvollendete Schreibvorgänge eines früheren Laufs werden geprüft</translation>
    </message>
    <message>
        <source>Reading tax rates and accounts</source>
        <translation>Steuersätze und Konten werden gelesen</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Kunden werden abgeglichen</translation>
    </message>
    <message>
        <source>Keeping items in step</source>
        <translation>Artikel werden abgeglichen</translation>
    </message>
    <message>
        <source>Sending invoices</source>
        <translation>Rechnungen werden gesendet</translation>
    </message>
    <message>
        <source>Receiving payments</source>
        <translation>Zahlungen werden empfangen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Tax rates and accounts</source>
        <translation>Steuersätze und Konten</translation>
    </message>
    <message>
        <source>Unfinished writes</source>
        <translation>Unvollendete Schreibvorgänge</translation>
    </message>
    <message>
        <source>No sync running</source>
        <translation>Keine Synchronisierung aktiv</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>dem Anbieter</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s rate limit — %2</source>
        <translation>Warten auf das Anfragelimit von %1 — %2</translation>
    </message>
    <message>
        <source>Last run finished</source>
        <translation>Letzter Lauf abgeschlossen</translation>
    </message>
    <message>
        <source>Last run finished with failed records</source>
        <translation>Letzter Lauf mit fehlgeschlagenen Datensätzen abgeschlossen</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Letzter Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last run was cancelled</source>
        <translation>Letzter Lauf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncRunner</name>
    <message>
        <source>The integration is switched off, so nothing was synced.</source>
        <translation>Die Integration ist ausgeschaltet, daher wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was sent so far is kept.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Bereits Gesendetes bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; see History for the reasons.</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht synchronisiert werden; die Gründe stehen im Verlauf.</numerusform>
            <numerusform>%n Datensätze konnten nicht synchronisiert werden; die Gründe stehen im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished: %1 created, %2 updated.</source>
        <translation>Synchronisierung beendet: %1 angelegt, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung beendet</translation>
    </message>
    <message>
        <source>Sync finished with problems</source>
        <translation>Synchronisierung mit Problemen beendet</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to retry: run %1 has no failed records.</source>
        <translation>Nichts zu wiederholen: Der Lauf %1 hat keine fehlgeschlagenen Datensätze.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of this integration, so there is nothing to retry. Pick the run in History.</source>
        <translation>Der Lauf %1 gehört nicht zu dieser Integration; es gibt daher nichts zu wiederholen. Wählen Sie den Lauf im Verlauf.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingDelegate</name>
    <message>
        <source>Tax code sent for %1</source>
        <translation>Gesendeter Steuercode für %1</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingDialog</name>
    <message>
        <source>Tax mapping of %1 (%2)</source>
        <translation>Steuerzuordnung von %1 (%2)</translation>
    </message>
    <message>
        <source>Each tax type in Ledgerlink is sent to %1 as one of its tax codes. Ledgerlink picks the code with the same code or name automatically. Where that is wrong, or where nothing matches, choose the code to send in the &quot;Sent as&quot; column. Your choice also sets the rate: it follows %1&apos;s rate for that code.</source>
        <translation>Jede Steuerart in Ledgerlink wird an %1 als einer seiner Steuercodes gesendet. Ledgerlink wählt den Code mit gleichem Code oder Namen automatisch. Wo das falsch ist oder nichts passt, wählen Sie den zu sendenden Code in der Spalte „Gesendet als“. Ihre Wahl bestimmt auch den Satz: Er folgt dem Satz, den %1 für diesen Code hat.</translation>
    </message>
    <message>
        <source>Tax mapping</source>
        <translation>Steuerzuordnung</translation>
    </message>
    <message>
        <source>Tax rates are read on the first sync with %1. Sync once, then come back.</source>
        <translation>Steuersätze werden bei der ersten Synchronisierung mit %1 gelesen. Synchronisieren Sie einmal und kommen Sie dann zurück.</translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Tax rates are not read from %1 in this integration&apos;s settings. Switch on Tax rates in Edit Settings, sync once, then come back.</source>
        <translation>Laut den Einstellungen dieser Integration werden keine Steuersätze von %1 gelesen. Schalten Sie unter „Einstellungen bearbeiten“ die Steuersätze ein, synchronisieren Sie einmal und kommen Sie dann zurück.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (unknown to the accounting package)</source>
        <translation>%1 (der Buchhaltungssoftware unbekannt)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Unknown code - choose another</source>
        <translation>Unbekannter Code – wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>No match - invoices with this tax type will fail</source>
        <translation>Keine Entsprechung – Rechnungen mit dieser Steuerart schlagen fehl</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This tax type has no code, so it can only be matched automatically by name.</source>
        <translation>Diese Steuerart hat keinen Code und kann daher nur automatisch über den Namen zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Tax type in Ledgerlink</source>
        <translation>Steuerart in Ledgerlink</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TokenManager</name>
    <message>
        <source>The stored authorisation is empty.</source>
        <translation>Die gespeicherte Autorisierung ist leer.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::WizardController</name>
    <message>
        <source>Another integration is being saved. Wait a moment and try again.</source>
        <translation>Eine andere Integration wird gerade gespeichert. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s contacts…</source>
        <translation>Kontakte von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Ledgerlink could not read %1&apos;s contacts: %2 The customers will be matched automatically on the first sync.</source>
        <translation>Ledgerlink konnte die Kontakte von %1 nicht lesen: %2 Die Kunden werden bei der ersten Synchronisierung automatisch zugeordnet.</translation>
    </message>
    <message>
        <source>Suggestions from the contacts of %1, the first organisation you ticked. The other organisations are matched automatically on their first sync.</source>
        <translation>Vorschläge aus den Kontakten von %1, der ersten Organisation, die Sie angehakt haben. Die anderen Organisationen werden bei ihrer ersten Synchronisierung automatisch zugeordnet.</translation>
    </message>
    <message>
        <source>Suggestions from the contacts of %1.</source>
        <translation>Vorschläge aus den Kontakten von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other customer(s) have no likely match in %1 and are treated as new.</source>
        <translation>
            <numerusform>%n weiterer Kunde hat keine wahrscheinliche Entsprechung in %1 und wird als neu behandelt.</numerusform>
            <numerusform>%n weitere Kunden haben keine wahrscheinliche Entsprechung in %1 und werden als neu behandelt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkMover</name>
    <message>
        <source>Choose another organisation: the links are already in %1.</source>
        <translation>Wählen Sie eine andere Organisation: Die Verknüpfungen sind bereits in %1.</translation>
    </message>
    <message>
        <source>A sync is running, so no links were moved. Try again when it has finished.</source>
        <translation>Eine Synchronisierung läuft, daher wurden keine Verknüpfungen verschoben. Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Already linked in %1; that link is kept.</source>
        <translation>Bereits in %1 verknüpft; diese Verknüpfung bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Links moved from %1: %n record(s) will be found again in %2 by its next sync before anything is sent.</source>
        <translation>
            <numerusform>Verknüpfungen aus %1 verschoben: %n Datensatz wird bei der nächsten Synchronisierung von %2 dort wiedergefunden, bevor etwas gesendet wird.</numerusform>
            <numerusform>Verknüpfungen aus %1 verschoben: %n Datensätze werden bei der nächsten Synchronisierung von %2 dort wiedergefunden, bevor etwas gesendet wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>Ledgerlink could not record the start of a write in its database.</source>
        <translation>Ledgerlink konnte den Beginn eines Schreibvorgangs nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>The provider did not return an id for the %1 record.</source>
        <translation>Der Anbieter hat für den Datensatz %1 keine Kennung zurückgegeben.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the result of a write in its database.</source>
        <translation>Ledgerlink konnte das Ergebnis eines Schreibvorgangs nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the failed write in its database.</source>
        <translation>Ledgerlink konnte den fehlgeschlagenen Schreibvorgang nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the link between two records in its database.</source>
        <translation>Ledgerlink konnte die Verknüpfung zweier Datensätze nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>The provider&apos;s %1 %2 is already linked to local %1 %3, so it cannot also be linked to %1 %4. One of them is probably a duplicate; merge them and sync again.</source>
        <translation>%1 %2 des Anbieters ist bereits mit dem lokalen Datensatz %1 %3 verknüpft und kann nicht zusätzlich mit %1 %4 verknüpft werden. Vermutlich ist einer davon doppelt; führen Sie sie zusammen und gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>Link %1 does not exist.</source>
        <translation>Die Verknüpfung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read links from its database.</source>
        <translation>Ledgerlink konnte die Verknüpfungen nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the %1 record to look up in its database.</source>
        <translation>Ledgerlink konnte den nachzuschlagenden Datensatz (%1) nicht in seiner Datenbank vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not remove the old links from its database.</source>
        <translation>Ledgerlink konnte die alten Verknüpfungen nicht aus seiner Datenbank entfernen.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Ledgerlink could not prepare the database for use.</source>
        <translation>Ledgerlink konnte die Datenbank nicht zur Verwendung vorbereiten.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the database&apos;s version.</source>
        <translation>Ledgerlink konnte die Version der Datenbank nicht lesen.</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Ledgerlink (database version %1; this version understands up to %2). Install the newer Ledgerlink, or choose another database. Nothing was changed.</source>
        <translation>Diese Datenbank wurde zuletzt von einer neueren Ledgerlink-Version verwendet (Datenbankversion %1; diese Version versteht bis %2). Installieren Sie das neuere Ledgerlink oder wählen Sie eine andere Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation>Die Datenbank ist beschäftigt oder von einem anderen Programm gesperrt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Ledgerlink could not lock the database for an upgrade.</source>
        <translation>Ledgerlink konnte die Datenbank für eine Aktualisierung nicht sperren.</translation>
    </message>
    <message>
        <source>Ledgerlink could not upgrade the database to version %1. Nothing was changed.</source>
        <translation>Ledgerlink konnte die Datenbank nicht auf Version %1 aktualisieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the database upgrade.</source>
        <translation>Ledgerlink konnte die Datenbankaktualisierung nicht vermerken.</translation>
    </message>
    <message>
        <source>Ledgerlink could not finish the database upgrade.</source>
        <translation>Ledgerlink konnte die Datenbankaktualisierung nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>MoveLinksCommand</name>
    <message>
        <source>Move an integration&apos;s links to another organisation&apos;s integration (nothing is lost or duplicated: the records are found again there before anything is sent).</source>
        <translation>Die Verknüpfungen einer Integration zur Integration einer anderen Organisation verschieben (nichts geht verloren oder wird verdoppelt: Die Datensätze werden dort wiedergefunden, bevor etwas gesendet wird).</translation>
    </message>
    <message>
        <source>Integration id or organisation name to move from.</source>
        <translation>ID der Integration oder Name der Organisation, aus der verschoben wird.</translation>
    </message>
    <message>
        <source>Integration id or organisation name to move to.</source>
        <translation>ID der Integration oder Name der Organisation, in die verschoben wird.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Name the integration to move from and the one to move to, e.g. ledgerlink move-links &quot;Old Ltd&quot; &quot;New Ltd&quot;.</source>
        <translation>Geben Sie die Quell- und die Ziel-Integration an, z. B. ledgerlink move-links &quot;Alte GmbH&quot; &quot;Neue GmbH&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Moved the links of %1 to %2: %n record(s) will be found again there by its next sync before anything is sent. %1 is now switched off.</source>
        <translation>
            <numerusform>Die Verknüpfungen von %1 wurden nach %2 verschoben: %n Datensatz wird bei der nächsten Synchronisierung von %2 dort wiedergefunden, bevor etwas gesendet wird. %1 ist jetzt ausgeschaltet.</numerusform>
            <numerusform>Die Verknüpfungen von %1 wurden nach %2 verschoben: %n Datensätze werden bei der nächsten Synchronisierung von %2 dort wiedergefunden, bevor etwas gesendet wird. %1 ist jetzt ausgeschaltet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already linked in %1 and kept as they are.</source>
        <translation>
            <numerusform>%n Datensatz war bereits in %1 verknüpft und bleibt unverändert.</numerusform>
            <numerusform>%n Datensätze waren bereits in %1 verknüpft und bleiben unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyobInvoiceMapper</name>
    <message>
        <source>Invoice %1 line %2 uses tax code %3, which MYOB does not have.</source>
        <translation>Rechnung %1, Position %2 verwendet den Steuercode %3, den es in MYOB nicht gibt.</translation>
    </message>
    <message>
        <source>Invoice %1 line %2 has no income account MYOB knows (%3). Choose the default sales account in the integration&apos;s settings.</source>
        <translation>Rechnung %1, Position %2 hat kein Erlöskonto, das MYOB kennt (%3). Wählen Sie das Standard-Erlöskonto in den Einstellungen der Integration.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>MyobItemMapper</name>
    <message>
        <source>Item %1 uses tax code %2, which MYOB does not have.</source>
        <translation>Der Artikel %1 verwendet den Steuercode %2, den es in MYOB nicht gibt.</translation>
    </message>
    <message>
        <source>Item %1 uses account %2, which MYOB does not have.</source>
        <translation>Der Artikel %1 verwendet das Konto %2, das es in MYOB nicht gibt.</translation>
    </message>
</context>
<context>
    <name>MyobReply</name>
    <message>
        <source>MYOB accepted a new record but did not say which one it is. The next sync checks MYOB before sending it again.</source>
        <translation>MYOB hat einen neuen Datensatz angenommen, aber nicht mitgeteilt, welcher es ist. Die nächste Synchronisierung prüft MYOB, bevor sie ihn erneut sendet.</translation>
    </message>
    <message>
        <source>MYOB no longer accepts Ledgerlink&apos;s authorisation for this company file. Authorise the integration again.</source>
        <translation>MYOB akzeptiert die Autorisierung von Ledgerlink für diese Firmendatei nicht mehr. Autorisieren Sie die Integration erneut.</translation>
    </message>
    <message>
        <source>MYOB&apos;s rate limit was reached; the sync will try again shortly.</source>
        <translation>Das Anfragelimit von MYOB ist erreicht; die Synchronisierung versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>MYOB does not let Ledgerlink use this company file (%1). Check the user&apos;s access to the company file and authorise the integration again.</source>
        <translation>MYOB erlaubt Ledgerlink nicht, diese Firmendatei zu verwenden (%1). Prüfen Sie den Zugriff des Benutzers auf die Firmendatei und autorisieren Sie die Integration erneut.</translation>
    </message>
    <message>
        <source>MYOB had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>MYOB hatte ein Problem beim Antworten (HTTP %1). Die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <source>Someone changed this record in MYOB while Ledgerlink was sending it (%1). It is sent again when it next changes.</source>
        <translation>Jemand hat diesen Datensatz in MYOB geändert, während Ledgerlink ihn sendete (%1). Er wird bei seiner nächsten Änderung erneut gesendet.</translation>
    </message>
    <message>
        <source>MYOB does not have this record any more (%1).</source>
        <translation>MYOB hat diesen Datensatz nicht mehr (%1).</translation>
    </message>
    <message>
        <source>MYOB answered with an unexpected error (HTTP %1).</source>
        <translation>MYOB hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>MYOB refused the record: %1</source>
        <translation>MYOB hat den Datensatz abgelehnt: %1</translation>
    </message>
    <message>
        <source>MYOB could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>MYOB war nicht erreichbar (%1). Prüfen Sie die Internetverbindung; die Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>MYOB sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>MYOB hat eine Antwort gesendet, die Ledgerlink nicht lesen konnte; daher hat Ledgerlink auf seiner Seite nichts geändert. Die Synchronisierung versucht es beim nächsten Lauf erneut.</translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>Ledgerlink could not save a notification.</source>
        <translation>Ledgerlink konnte eine Benachrichtigung nicht speichern.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read its notifications.</source>
        <translation>Ledgerlink konnte seine Benachrichtigungen nicht lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update a notification.</source>
        <translation>Ledgerlink konnte eine Benachrichtigung nicht aktualisieren.</translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>Die Benachrichtigung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update its notifications.</source>
        <translation>Ledgerlink konnte seine Benachrichtigungen nicht aktualisieren.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Payments can only be recorded against invoices; %1 is a credit note.</source>
        <translation>Zahlungen können nur auf Rechnungen erfasst werden; %1 ist eine Gutschrift.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2, so no payment can be recorded against it.</source>
        <translation>Die Rechnung %1 ist %2, daher kann keine Zahlung darauf erfasst werden.</translation>
    </message>
    <message>
        <source>A payment of %1 %3 is more than the %2 %3 still due on invoice %4. Check the amount.</source>
        <translation>Eine Zahlung über %1 %3 ist mehr als die auf Rechnung %4 noch offenen %2 %3. Prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>The payments on invoice %1 cannot become negative.</source>
        <translation>Die Zahlungen auf Rechnung %1 können nicht negativ werden.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update invoice %1 with the payment.</source>
        <translation>Ledgerlink konnte die Rechnung %1 nicht mit der Zahlung aktualisieren.</translation>
    </message>
    <message>
        <source>A payment must be for more than zero.</source>
        <translation>Eine Zahlung muss größer als null sein.</translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation>Eine Zahlung braucht ein Datum.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the payment to its database.</source>
        <translation>Ledgerlink konnte die Zahlung nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>A payment cannot be moved to another invoice; record a new one.</source>
        <translation>Eine Zahlung kann nicht auf eine andere Rechnung verschoben werden; erfassen Sie eine neue.</translation>
    </message>
    <message>
        <source>Payment %1 does not exist (it may have been deleted).</source>
        <translation>Die Zahlung %1 existiert nicht (vielleicht wurde sie gelöscht).</translation>
    </message>
    <message>
        <source>Ledgerlink could not read payments from its database.</source>
        <translation>Ledgerlink konnte die Zahlungen nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update the invoice with the payment.</source>
        <translation>Ledgerlink konnte die Rechnung nicht mit der Zahlung aktualisieren.</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>Show what the next sync would send and what would be refused, without sending anything.</source>
        <translation>Anzeigen, was die nächste Synchronisierung senden würde und was abgelehnt würde, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>You are about to sync with %1:</source>
        <translation>Sie sind dabei, mit %1 zu synchronisieren:</translation>
    </message>
    <message>
        <source>  %1: %2 to send</source>
        <translation>  %1: %2 zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be refused; fix or skip them first:</source>
        <translation>
            <numerusform>%n Datensatz würde abgelehnt; korrigieren oder überspringen Sie ihn zuerst:</numerusform>
            <numerusform>%n Datensätze würden abgelehnt; korrigieren oder überspringen Sie sie zuerst:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRules</name>
    <message>
        <source>contact reference</source>
        <translation>Kontaktreferenz</translation>
    </message>
    <message>
        <source>card ID</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>The customer has no name; %1 requires one.</source>
        <translation>Der Kunde hat keinen Namen; %1 verlangt einen.</translation>
    </message>
    <message>
        <source>The name is longer than %1&apos;s %2 characters.</source>
        <translation>Der Name ist länger als die bei %1 erlaubten %2 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is longer than %3&apos;s %4 characters.</source>
        <translation>Die %1 „%2“ ist länger als die bei %3 erlaubten %4 Zeichen.</translation>
    </message>
    <message>
        <source>The item code is longer than %1&apos;s %2 characters.</source>
        <translation>Die Artikelnummer ist länger als die bei %1 erlaubten %2 Zeichen.</translation>
    </message>
    <message>
        <source>The item name is longer than %1&apos;s %2 characters.</source>
        <translation>Der Artikelname ist länger als die bei %1 erlaubten %2 Zeichen.</translation>
    </message>
    <message>
        <source>Ledgerlink does not send credit notes to %1 yet; enter this one in %1.</source>
        <translation>Ledgerlink sendet noch keine Gutschriften an %1; erfassen Sie diese in %1.</translation>
    </message>
    <message>
        <source>Its number is longer than %1&apos;s %2 characters.</source>
        <translation>Die Nummer ist länger als die bei %1 erlaubten %2 Zeichen.</translation>
    </message>
    <message>
        <source>It has no lines; %1 cannot accept a document without lines.</source>
        <translation>Der Beleg hat keine Positionen; %1 nimmt keine Belege ohne Positionen an.</translation>
    </message>
    <message>
        <source>It has %1 lines; %2 accepts at most %3.</source>
        <translation>Der Beleg hat %1 Positionen; %2 nimmt höchstens %3 an.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <source>Online accounting for small businesses, popular in New Zealand, Australia and the UK.</source>
        <translation>Online-Buchhaltung für kleine Unternehmen, verbreitet in Neuseeland, Australien und Großbritannien.</translation>
    </message>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Intuit&apos;s online accounting, widely used in North America and the UK.</source>
        <translation>Die Online-Buchhaltung von Intuit, weit verbreitet in Nordamerika und Großbritannien.</translation>
    </message>
    <message>
        <source>Sage Business Cloud Accounting</source>
        <translation>Sage Business Cloud Accounting</translation>
    </message>
    <message>
        <source>Sage&apos;s cloud accounting for the UK, Ireland, Canada, the US, Spain, France and Germany.</source>
        <translation>Die Cloud-Buchhaltung von Sage für Großbritannien, Irland, Kanada, die USA, Spanien, Frankreich und Deutschland.</translation>
    </message>
    <message>
        <source>MYOB Business</source>
        <translation>MYOB Business</translation>
    </message>
    <message>
        <source>Accounting and payroll for businesses in Australia and New Zealand.</source>
        <translation>Buchhaltung und Lohnabrechnung für Unternehmen in Australien und Neuseeland.</translation>
    </message>
</context>
<context>
    <name>ProviderClientFactory</name>
    <message>
        <source>Syncing with %1 is not available in this version of Ledgerlink yet.</source>
        <translation>Die Synchronisierung mit %1 ist in dieser Ledgerlink-Version noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ProviderJson</name>
    <message>
        <source>%1 sent %2 data Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this keeps happening, contact support with the details.</source>
        <translation>%1 hat %2-Daten gesendet, die Ledgerlink nicht lesen konnte; daher hat Ledgerlink auf seiner Seite nichts geändert. Wenn das wiederholt auftritt, wenden Sie sich mit den Details an den Support.</translation>
    </message>
</context>
<context>
    <name>ProviderTaxRateRepository</name>
    <message>
        <source>Ledgerlink could not save the accounting package&apos;s tax rates to its database.</source>
        <translation>Ledgerlink konnte die Steuersätze der Buchhaltungssoftware nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the accounting package&apos;s tax rates from its database.</source>
        <translation>Ledgerlink konnte die Steuersätze der Buchhaltungssoftware nicht aus seiner Datenbank lesen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ledgerlink is shutting down; the sync stops.</source>
        <translation>Ledgerlink wird beendet; die Synchronisierung wird angehalten.</translation>
    </message>
</context>
<context>
    <name>QboReply</name>
    <message>
        <source>QuickBooks Online no longer accepts Ledgerlink&apos;s authorisation for this company (%1). Authorise the integration again.</source>
        <translation>QuickBooks Online akzeptiert die Autorisierung von Ledgerlink für dieses Unternehmen nicht mehr (%1). Autorisieren Sie die Integration erneut.</translation>
    </message>
    <message>
        <source>QuickBooks Online does not let Ledgerlink use this company (%1). Reconnect the company and authorise again.</source>
        <translation>QuickBooks Online erlaubt Ledgerlink nicht, dieses Unternehmen zu verwenden (%1). Verbinden Sie das Unternehmen erneut und autorisieren Sie den Zugriff wieder.</translation>
    </message>
    <message>
        <source>QuickBooks Online&apos;s rate limit was reached; the sync will try again in a minute.</source>
        <translation>Das Anfragelimit von QuickBooks Online ist erreicht; die Synchronisierung versucht es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>QuickBooks Online had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>QuickBooks Online hatte ein Problem beim Antworten (HTTP %1). Die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <source>QuickBooks Online refused the record: %1</source>
        <translation>QuickBooks Online hat den Datensatz abgelehnt: %1</translation>
    </message>
    <message>
        <source>QuickBooks Online could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>QuickBooks Online war nicht erreichbar (%1). Prüfen Sie die Internetverbindung; die Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>QuickBooks Online answered with an unexpected error (HTTP %1).</source>
        <translation>QuickBooks Online hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>QuickBooks Online sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>QuickBooks Online hat eine Antwort gesendet, die Ledgerlink nicht lesen konnte; daher hat Ledgerlink auf seiner Seite nichts geändert. Die Synchronisierung versucht es beim nächsten Lauf erneut.</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Retry only the records that failed in one sync run.</source>
        <translation>Nur die Datensätze erneut versuchen, die in einem Synchronisierungslauf fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>The run whose failed records are retried (see history).</source>
        <translation>Der Lauf, dessen fehlgeschlagene Datensätze wiederholt werden (siehe history).</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Mit ledgerlink-sandbox unter &lt;URL&gt; kommunizieren.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: ledgerlink retry INTEGRATION RUN_ID [--json]. The run id is in `ledgerlink history`.</source>
        <translation>Aufruf: ledgerlink retry INTEGRATION LAUF_ID [--json]. Die Lauf-ID steht in `ledgerlink history`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one integration; use the integration id.</source>
        <translation>„%1“ bezeichnet mehr als eine Integration; verwenden Sie die ID der Integration.</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 - %3 created, %4 updated, %5 failed. %6</source>
        <translation>%1: %2 - %3 angelegt, %4 aktualisiert, %5 fehlgeschlagen. %6</translation>
    </message>
    <message>
        <source>Retrying the failed records of run %1 of %2</source>
        <translation>Fehlgeschlagene Datensätze des Laufs %1 von %2 werden erneut versucht</translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Ledgerlink could not count the records to send.</source>
        <translation>Ledgerlink konnte die zu sendenden Datensätze nicht zählen.</translation>
    </message>
</context>
<context>
    <name>SageDeletions</name>
    <message>
        <source>Sage sent a list of deleted records Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this keeps happening, contact support with the details.</source>
        <translation>Sage hat eine Liste gelöschter Datensätze gesendet, die Ledgerlink nicht lesen konnte; daher hat Ledgerlink auf seiner Seite nichts geändert. Wenn das wiederholt auftritt, wenden Sie sich mit den Details an den Support.</translation>
    </message>
</context>
<context>
    <name>SageReply</name>
    <message>
        <source>Sage no longer accepts Ledgerlink&apos;s authorisation for this business. Authorise the integration again.</source>
        <translation>Sage akzeptiert die Autorisierung von Ledgerlink für dieses Unternehmen nicht mehr. Autorisieren Sie die Integration erneut.</translation>
    </message>
    <message>
        <source>Sage does not let Ledgerlink use this business (%1). Check that the Sage user still has access, then authorise the integration again.</source>
        <translation>Sage erlaubt Ledgerlink nicht, dieses Unternehmen zu verwenden (%1). Prüfen Sie, ob der Sage-Benutzer noch Zugriff hat, und autorisieren Sie die Integration dann erneut.</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Sage&apos;s rate limit was reached; the sync will try again later.</source>
        <translation>Das Anfragelimit von Sage ist erreicht; die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <source>Sage had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>Sage hatte ein Problem beim Antworten (HTTP %1). Die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <source>Sage no longer has this record (it may have been deleted there). %1</source>
        <translation>Sage hat diesen Datensatz nicht mehr (vielleicht wurde er dort gelöscht). %1</translation>
    </message>
    <message>
        <source>Sage answered with an unexpected error (HTTP %1).</source>
        <translation>Sage hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Sage refused the record: %1</source>
        <translation>Sage hat den Datensatz abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sage could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>Sage war nicht erreichbar (%1). Prüfen Sie die Internetverbindung; die Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>Sage sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>Sage hat eine Antwort gesendet, die Ledgerlink nicht lesen konnte; daher hat Ledgerlink auf seiner Seite nichts geändert. Die Synchronisierung versucht es beim nächsten Lauf erneut.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Nothing was read from standard input. Type or pipe the secret.</source>
        <translation>Von der Standardeingabe wurde nichts gelesen. Geben Sie das Secret ein oder leiten Sie es per Pipe weiter.</translation>
    </message>
</context>
<context>
    <name>SignInTokenSource</name>
    <message>
        <source>The sign-in has expired; sign in again to see the suggestions.</source>
        <translation>Die Anmeldung ist abgelaufen; melden Sie sich erneut an, um die Vorschläge zu sehen.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show each integration&apos;s state and Last successful poll.</source>
        <translation>Zustand und letzte erfolgreiche Abfrage jeder Integration anzeigen.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>  State: %1%2</source>
        <translation>  Zustand: %1%2</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (ausgeschaltet)</translation>
    </message>
    <message>
        <source>  Last successful poll: %1</source>
        <translation>  Letzte erfolgreiche Abfrage: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>  Last run: %1 %2</source>
        <translation>  Letzter Lauf: %1 %2</translation>
    </message>
    <message>
        <source>No integrations yet.</source>
        <translation>Noch keine Integrationen.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync an integration (or every enabled one) now.</source>
        <translation>Eine Integration (oder jede aktivierte) jetzt synchronisieren.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>ID der Integration oder Name der Organisation.</translation>
    </message>
    <message>
        <source>Read everything, not only what changed since the last sync.</source>
        <translation>Alles lesen, nicht nur die Änderungen seit der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Mit ledgerlink-sandbox unter &lt;URL&gt; kommunizieren.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>No enabled integration to sync.</source>
        <translation>Keine aktivierte Integration zum Synchronisieren.</translation>
    </message>
    <message>
        <source>  %1 ...</source>
        <translation>  %1 ...</translation>
    </message>
    <message>
        <source>  waiting for the provider&apos;s rate limit until %1 UTC</source>
        <translation>  warte bis %1 UTC auf das Anfragelimit des Anbieters</translation>
    </message>
    <message>
        <source>%1: %2 - %3 created, %4 updated, %5 failed, %6 skipped. %7</source>
        <translation>%1: %2 - %3 angelegt, %4 aktualisiert, %5 fehlgeschlagen, %6 übersprungen. %7</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Synchronisierung von %1</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Ledgerlink could not check who is syncing.</source>
        <translation>Ledgerlink konnte nicht prüfen, wer gerade synchronisiert.</translation>
    </message>
    <message>
        <source>Another Ledgerlink (%1) has been syncing this integration since %2 UTC; this run will wait for it.</source>
        <translation>Ein anderes Ledgerlink (%1) gleicht diese Integration seit %2 UTC ab; dieser Lauf wartet darauf.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record that it is syncing this integration.</source>
        <translation>Ledgerlink konnte nicht vermerken, dass es diese Integration synchronisiert.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>ein anderer Computer</translation>
    </message>
    <message>
        <source>Internal error: heartbeat without holding the sync lock.</source>
        <translation>Interner Fehler: Lebenszeichen ohne gehaltene Synchronisierungssperre.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record that it is still syncing.</source>
        <translation>Ledgerlink konnte nicht vermerken, dass es noch synchronisiert.</translation>
    </message>
    <message>
        <source>Another Ledgerlink took over syncing this integration because this one seemed stuck. This run stops; the other one carries on.</source>
        <translation>Ein anderes Ledgerlink hat die Synchronisierung dieser Integration übernommen, weil dieses hängen zu bleiben schien. Dieser Lauf endet; der andere läuft weiter.</translation>
    </message>
    <message>
        <source>Ledgerlink could not release the sync lock.</source>
        <translation>Ledgerlink konnte die Synchronisierungssperre nicht freigeben.</translation>
    </message>
</context>
<context>
    <name>SyncPreviewBuilder</name>
    <message>
        <source>The item&apos;s tax type is not one of the organisation&apos;s tax rates.</source>
        <translation>Die Steuerart des Artikels gehört nicht zu den Steuersätzen der Organisation.</translation>
    </message>
    <message>
        <source>Its customer will not be in the accounting package.</source>
        <translation>Ihr Kunde wird nicht in der Buchhaltungssoftware sein.</translation>
    </message>
    <message>
        <source>Its total is negative; enter it as a credit note instead.</source>
        <translation>Ihr Gesamtbetrag ist negativ; erfassen Sie sie stattdessen als Gutschrift.</translation>
    </message>
    <message>
        <source>Line %1 uses a tax type the organisation does not have.</source>
        <translation>Position %1 verwendet eine Steuerart, die die Organisation nicht hat.</translation>
    </message>
    <message>
        <source>Line %1 uses an account the organisation does not have.</source>
        <translation>Position %1 verwendet ein Konto, das die Organisation nicht hat.</translation>
    </message>
    <message>
        <source>Another customer has the same name; %1 requires unique names among active customers.</source>
        <translation>Ein anderer Kunde hat denselben Namen; %1 verlangt eindeutige Namen unter den aktiven Kunden.</translation>
    </message>
</context>
<context>
    <name>SyncStateStore</name>
    <message>
        <source>Ledgerlink could not read where the last sync stopped.</source>
        <translation>Ledgerlink konnte nicht lesen, wo die letzte Synchronisierung aufgehört hat.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record where this sync stopped.</source>
        <translation>Ledgerlink konnte nicht vermerken, wo diese Synchronisierung aufgehört hat.</translation>
    </message>
    <message>
        <source>Ledgerlink could not reset the sync position.</source>
        <translation>Ledgerlink konnte die Synchronisierungsposition nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read when the last full sync ran.</source>
        <translation>Ledgerlink konnte nicht lesen, wann die letzte vollständige Synchronisierung lief.</translation>
    </message>
</context>
<context>
    <name>TaxTypeRepository</name>
    <message>
        <source>Ledgerlink could not save the tax rate to its database.</source>
        <translation>Ledgerlink konnte den Steuersatz nicht in seiner Datenbank speichern.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read tax rates from its database.</source>
        <translation>Ledgerlink konnte die Steuersätze nicht aus seiner Datenbank lesen.</translation>
    </message>
    <message>
        <source>Tax rate %1 does not exist (it may have been deleted).</source>
        <translation>Der Steuersatz %1 existiert nicht (vielleicht wurde er gelöscht).</translation>
    </message>
    <message>
        <source>Another tax rate is already called &quot;%1&quot;. Tax rate names must be unique.</source>
        <translation>Ein anderer Steuersatz heißt bereits „%1“. Namen von Steuersätzen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>A tax rate needs a name.</source>
        <translation>Ein Steuersatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Ein Steuersatz muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>%1 sent an unusable answer to the sign-in request. Try again later.</source>
        <translation>%1 hat auf die Anmeldeanfrage eine unbrauchbare Antwort gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <source>The authorisation with %1 has expired or was revoked. Connect the integration again.</source>
        <translation>Die Autorisierung bei %1 ist abgelaufen oder wurde widerrufen. Verbinden Sie die Integration erneut.</translation>
    </message>
    <message>
        <source>%1 did not accept the app&apos;s client ID or client secret. Check the app registration and enter them again.</source>
        <translation>%1 hat Client-ID oder Client-Secret der App nicht akzeptiert. Prüfen Sie die App-Registrierung und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>%1 refused the requested permissions. Check that the app may use the chosen scopes.</source>
        <translation>%1 hat die angeforderten Berechtigungen verweigert. Prüfen Sie, ob die App die gewählten Berechtigungen nutzen darf.</translation>
    </message>
    <message>
        <source>Ledgerlink could not reach %1 to sign in. Check the internet connection; Ledgerlink will try again.</source>
        <translation>Ledgerlink konnte %1 für die Anmeldung nicht erreichen. Prüfen Sie die Internetverbindung; Ledgerlink versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request.</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>XeroReply</name>
    <message>
        <source>Xero refused the record: %1</source>
        <translation>Xero hat den Datensatz abgelehnt: %1</translation>
    </message>
    <message>
        <source>Xero could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>Xero war nicht erreichbar (%1). Prüfen Sie die Internetverbindung; die Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>Xero no longer accepts Ledgerlink&apos;s authorisation for this organisation (%1). Authorise the integration again; if the organisation was disconnected or deleted, reconnect it first.</source>
        <translation>Xero akzeptiert die Autorisierung von Ledgerlink für diese Organisation nicht mehr (%1). Autorisieren Sie die Integration erneut; wurde die Organisation getrennt oder gelöscht, verbinden Sie sie zuerst neu.</translation>
    </message>
    <message>
        <source>Xero&apos;s daily limit is used up; sync resumes at %1 UTC.</source>
        <translation>Das Tageslimit von Xero ist ausgeschöpft; die Synchronisierung geht um %1 UTC weiter.</translation>
    </message>
    <message>
        <source>Xero&apos;s rate limit was reached; sync resumes at %1 UTC.</source>
        <translation>Das Anfragelimit von Xero wurde erreicht; die Synchronisierung geht um %1 UTC weiter.</translation>
    </message>
    <message>
        <source>Xero had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>Xero hatte ein Problem beim Antworten (HTTP %1). Die Synchronisierung versucht es später erneut.</translation>
    </message>
    <message>
        <source>Xero refused the request: %1</source>
        <translation>Xero hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Xero answered with an unexpected error (HTTP %1).</source>
        <translation>Xero hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Xero sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>Xero hat eine Antwort gesendet, die Ledgerlink nicht lesen konnte; daher hat Ledgerlink auf seiner Seite nichts geändert. Die Synchronisierung versucht es beim nächsten Lauf erneut.</translation>
    </message>
</context>
</TS>
