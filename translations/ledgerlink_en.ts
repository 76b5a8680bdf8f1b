<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Ledgerlink could not save the account to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read accounts from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account already has the code %1. Account codes must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a code, a name and a type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Ledgerlink cannot create its folders under %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Ledgerlink could not stop itself starting at login: the file %1 could not be removed. Delete it by hand, or check the permissions of that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the folder %1 could not be created. Check that your home folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the file %1 could not be written. Check that your home folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the file %1 could not be written. Check that your home folder is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>Ledgerlink could not record a change: the record is not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record a change in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read the change history of a record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Run ledgerlink --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the usual places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite file &lt;location&gt; or postgresql://user@host:port/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect an accounting package (xero, qbo, sage, myob) with your own app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xero, qbo, sage or myob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of the app you registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the app&apos;s client secret from standard input (web apps, custom connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero custom connection (client credentials, no browser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the sign-in address; do not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation to connect (name or id; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the registered redirect URI http://localhost:PORT/callback (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the accounting package to connect: xero, qbo, sage or myob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Client ID of the app you registered with --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom connections exist only at Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of app has a client secret: add --client-secret-stdin and type or pipe the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Ledgerlink could not save the customer to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read customers from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Ledgerlink database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink cannot create the folder %1 for its database. Check that you may write there, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink cannot read the database file %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 (or its folder) is read-only. Ledgerlink needs to write to it; change its permissions or choose another database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Ledgerlink database, or it is damaged. It was left as it is; restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used. It was left as it is; restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not prepare the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database driver for Qt is missing. Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not connect to the PostgreSQL database %1. Check that the server is running, the address is right and the password in the keychain is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save the change to the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location &quot;%1&quot; is neither a file nor a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Leave it out: Ledgerlink asks for it once and keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePasswordCommand</name>
    <message>
        <source>Keep a PostgreSQL password in the system keychain (read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --database postgresql://user@host:port/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases have no password; this is only for postgresql:// addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Write a demo business (customers, items, tax types, invoices, payments) into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of invoices (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the demo business with --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number between 0 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sync history rows of a switched-off demo integration (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 customers, %2 items, %3 invoices and %4 history rows to %5 in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Ledgerlink could not write the demo business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo business needs at least one customer and one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds a business. Demo data is only written to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n record failed.</numerusform>
            <numerusform>%n records failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account code &apos;999&apos; is not a valid code for this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Ledgerlink keeps your business&apos;s customers, items, invoices and payments in step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo business and the local sandbox providers (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the usual places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite file &lt;location&gt; or postgresql://user@host:port/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a running ledgerlink-sandbox at &lt;url&gt; instead of the real providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start its local sandbox providers on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (used when starting at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Revoke an integration&apos;s access; its local records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnableCommand</name>
    <message>
        <source>Switch an integration on (its next sync is a full pass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch an integration off: nothing syncs until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large for Ledgerlink to store exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a number that is not finite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: unsupported decimal scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has too many decimal places: at most %2 are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: division by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is too large for Ledgerlink to store exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show past sync runs, or the records of one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed runs, or failed records with --run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of run &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Ledgerlink could not record the start of the sync in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record a synced record in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record the end of the sync in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync run %1 does not exist in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read its sync history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read the records of a sync run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>An integration needs a provider and an app type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save the integration to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration %1 no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record a keychain entry name in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read keychain entry names from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not delete the integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read integrations from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds an integration state Ledgerlink does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationSelector</name>
    <message>
        <source>No integration is called &quot;%1&quot;. Run ledgerlink status to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 integrations; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the integration (its id or organisation name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationStates</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowed down by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>No integrations yet. Add one with &quot;ledgerlink connect&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the integrations with their state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>An invoice needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has no issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has the currency &quot;%2&quot;; use a three-letter code such as GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read tax rates from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save invoice %1 to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an invoice or credit note numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 would total less than the payments already recorded against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save the lines of invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read invoices from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read invoice lines from its database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>The database holds an invoice status Ledgerlink does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds an invoice kind Ledgerlink does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has %2 %3 due. Record a payment for it instead of marking it paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be voided because payments of %2 %3 were recorded against it. Remove the payments in your accounting software first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 uses a tax rate that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>Ledgerlink could not save the item to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read items from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item already has the code %1. Item codes must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AddAppWizard</name>
    <message>
        <source>Add a New App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthSession</name>
    <message>
        <source>Ledgerlink does not know this accounting package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthorizationFlow</name>
    <message numerus="yes">
        <source>No answer arrived from the browser within %n minute(s). Start the connection again and finish the sign-in in the browser.</source>
        <translation>
            <numerusform>No answer arrived from the browser within %n minute. Start the connection again and finish the sign-in in the browser.</numerusform>
            <numerusform>No answer arrived from the browser within %n minutes. Start the connection again and finish the sign-in in the browser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to %1 was not granted in the browser. Connect again and choose Allow when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this connection attempt (it may be an old or forged link), so it was refused. Start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second answer arrived for the same connection attempt, so the attempt was stopped for safety. Start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was incomplete. Start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthorizePage</name>
    <message>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in. Your browser opens %1&apos;s sign-in page: sign in, choose the organisation and allow access. Then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Connect. Ledgerlink checks the client ID and secret of your custom connection with %1 and finds its organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Ledgerlink to reach your %1 organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked, but it gave Ledgerlink access to no organisation. Sign in again and tick at least one organisation on the consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. This sign-in reaches %n organisation(s): tick each one to add. Every organisation becomes an integration of its own.</source>
        <translation>
            <numerusform>Connected. This sign-in reaches %n organisation: tick it to add it.</numerusform>
            <numerusform>Connected. This sign-in reaches %n organisations: tick each one to add. Every organisation becomes an integration of its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one organisation to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CatalogDialog</name>
    <message>
        <source>Add a New App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the accounting package to connect. You will register Ledgerlink with it, sign in, and choose what is kept in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the apps included in your plan are listed. To use another one, contact the person who manages your Ledgerlink plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n integration(s), and all of them are in use. Disconnect an integration you no longer need, or ask for a larger plan, to add another app.</source>
        <translation>
            <numerusform>Your plan allows %n integration, and it is in use. Disconnect it if you no longer need it, or ask for a larger plan, to add another app.</numerusform>
            <numerusform>Your plan allows %n integrations, and all of them are in use. Disconnect an integration you no longer need, or ask for a larger plan, to add another app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan includes no accounting apps. Ask the person who manages your Ledgerlink plan to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ChangeLogModel</name>
    <message>
        <source>Changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the accounting package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ConfigurePage</name>
    <message>
        <source>Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to keep in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice trigger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices, credit notes and payments dated before this day are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for changes &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what Ledgerlink keeps in step with %1, and in which direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways, on every sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (used for sales and payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 when their status becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1, at the same status as invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: marks your invoices paid, part-payments included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send payments recorded in Ledgerlink to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s tax rates override the rates of your local tax types. Check them after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of record to keep in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments recorded here can only be sent for invoices that are sent too. Tick Invoices, or untick sending payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts for sales and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice and credit note lines whose item has no account of its own are posted to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account payments are recorded against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chart of accounts is empty: the accounting package&apos;s default accounts are used. It is filled in by the first sync when Chart of accounts is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bank account that payments sent from Ledgerlink are recorded against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match customers (first connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;les account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ConnectJob</name>
    <message>
        <source>The redirect URI registered with %1 must be exactly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and allow access in a browser at this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token for the custom connection ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in worked but gave access to no organisation. Connect again and choose one on the provider&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in does not reach an organisation called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in reaches these organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again with --tenant NAME (repeat it to connect several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: integration %2 (not enabled yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will sync with &quot;ledgerlink preview INTEGRATION&quot;, then turn it on with &quot;ledgerlink enable INTEGRATION&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CredentialsPage</name>
    <message>
        <source>App Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes ticked for the custom connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you register Ledgerlink with Xero?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop app with PKCE - no client secret (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web app - with a client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom connection - one organisation, no browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to register Ledgerlink with %2, step by step&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;%3&quot;&gt;Open the %2 developer portal&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the details of the app you registered for Ledgerlink in your %1 developer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI below into your app&apos;s settings at %1, then paste the client ID it shows. A PKCE app has no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI below into your app&apos;s settings at %1, then paste its client ID and client secret. The secret is kept in this computer&apos;s keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom connection reaches one organisation without a browser sign-in. Tick the same scopes you ticked in %1, then paste the client ID and secret. The secret is kept in this computer&apos;s keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is on the clipboard. Paste it into your app&apos;s settings exactly as shown, including the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID. You find it in your app&apos;s settings at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID contains spaces. Copy it again from %1, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret. %1 shows it once, when you generate it; if you did not keep it, generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one scope, the same as in your custom connection at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerMatchPreview</name>
    <message>
        <source>Reading the contacts was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerMatchTable</name>
    <message>
        <source>Some of your customers may already exist in the accounting package. Link them to avoid duplicates, create the ones that are new, or skip those you do not want to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerSyncStep</name>
    <message>
        <source>Part of the customer matching table could not be used and was ignored. Check the matching in the integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer matching table names a customer (number %1) that is not in Ledgerlink, so that line was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sent: it is marked &quot;skip&quot; in the customer matching table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be linked to contact %2, but the accounting package has no such contact. The customer was not sent; choose its contact again in the integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be linked to contact %2, but that contact is already linked to another Ledgerlink customer. The customer was not sent; choose its contact again in the integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::DisconnectJob</name>
    <message>
        <source>%1 is not connected; nothing to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected %1. Its records, links and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::EditSettingsDialog</name>
    <message>
        <source>Settings of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::GrantRenewal</name>
    <message>
        <source>Ledgerlink does not know this accounting package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in again was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of %1 is no longer in this computer&apos;s keychain, so Ledgerlink cannot sign in again. Disconnect the integration and add the app again with its client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in, but that sign-in does not give Ledgerlink access to %1, so nothing was changed. Sign in again as a user who can open %1, and allow access to it on the consent page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::GrantRevocation</name>
    <message>
        <source>Ledgerlink could not tell %1 to remove this organisation&apos;s connection. Remove Ledgerlink in %1&apos;s connected apps settings if it is still listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink removed its stored credentials but could not tell %1 to revoke the access. Remove Ledgerlink in %1&apos;s connected apps settings if it is still listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::HistoryModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::HistoryPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages, errors and ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed records &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sync run is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved to %1. Choose a folder you can write to and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to %1.</source>
        <translation>
            <numerusform>Saved %n run to %1.</numerusform>
            <numerusform>Saved %n runs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see how its fields changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no record in Ledgerlink, so it has no change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field of %1 %2 has changed since Ledgerlink started keeping its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of %1 %2, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fai&amp;led only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y failed records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationActions</name>
    <message>
        <source>Enabled. A full sync has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled. Nothing is sent or received until you enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved. A full sync of the other organisation has started: it finds them there before sending anything.</source>
        <translation>
            <numerusform>%n record moved. A full sync of the other organisation has started: it finds it there before sending anything.</numerusform>
            <numerusform>%n records moved. A full sync of the other organisation has started: it finds them there before sending anything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved. Enable the other organisation&apos;s integration to find them there.</source>
        <translation>
            <numerusform>%n record moved. Enable the other organisation&apos;s integration to find it there.</numerusform>
            <numerusform>%n records moved. Enable the other organisation&apos;s integration to find them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationBuilder</name>
    <message>
        <source>Choose the accounting package to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret of the app you registered with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and choose at least one organisation to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen organisations are incomplete. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected. Untick it, or disconnect the existing integration first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationCard</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful poll: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll: soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll: none while not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of this integration is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this integration now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active integration can sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the integration&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationMaintenance</name>
    <message>
        <source>Reconnected to %1. A sync has started to catch up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The next sync uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax mapping saved. The next sync sends invoices with these tax codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationPage</name>
    <message>
        <source>&amp;Back to Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful poll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move links to &amp;another organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation to move the links to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting stops all syncing and signs Ledgerlink out of the organisation. Your records and their history stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink checks for changes on its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent or received until you enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of this integration is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this integration now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active integration can sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s sign-in for %2. Reconnect to sign in again; nothing syncs until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the links of this organisation&apos;s records at the chosen organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect another organisation of %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled. A full sync starts now to catch up with everything that changed while it was off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable this integration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the integration with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will update while it is disabled: new and changed customers, items, invoices and payments are neither sent nor received. When you enable it again, a full sync catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect this integration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Ledgerlink from %1 in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink tells %1 to forget its sign-in and removes the stored keys from this computer. Your customers, invoices, payments, their links and the history stay here, so you can connect again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move links to another organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every link of %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that were synced with %1 will from now on be updated in %2 instead. Use this when the business moved to a new organisation that holds the same records. Nothing is sent until the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is kept in step, in which direction, and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the integration&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tax code each tax type is sent as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationsPage</name>
    <message>
        <source>No apps added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your accounting package to keep customers, items, invoices and payments in step. You choose what is synced, and in which direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Add a new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a &amp;new app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::InvoicePushStep</name>
    <message>
        <source>Invoice %1 waits until its customer is in the accounting package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not sent because its customer is marked &quot;skip&quot; in the customer matching table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not sent: line %2 uses a tax type that the tax mapping sends as &quot;%3&quot;, a tax code the accounting package does not have. Correct the tax mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::LoopbackReplyHandler</name>
    <message>
        <source>Ledgerlink cannot receive the provider&apos;s answer because port %1 on this computer is in use by another program. Close that program, or choose another port for this integration and register %2 as the redirect URI with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Ledgerlink to finish connecting. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the connection. Return to Ledgerlink if you want to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Ledgerlink for details. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to a connection Ledgerlink is waiting for, or it was already used. Return to Ledgerlink and start the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::MainWindow</name>
    <message>
        <source>Ledgerlink — demo business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a New App…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ledgerlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: local sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>About Ledgerlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ledgerlink %1&lt;/h3&gt;&lt;p&gt;Keeps your business&apos;s customers, items, invoices and payments in step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::MyobClient</name>
    <message>
        <source>MYOB does not have this record any more (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink does not send credit notes to MYOB yet. Enter credit note %1 in MYOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is an item invoice in MYOB, but now has lines without an item MYOB knows. Change it in MYOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB does not let a customer payment be changed. Delete the payment in MYOB and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s invoice is not in MYOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB has no account %1 to receive the payment into. Choose the payment account in the integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::NotificationModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::NotificationPopup</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications. The outcome of every sync will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::OrganisationDiscovery</name>
    <message>
        <source>%1 did not say which company was connected. Connect again and choose a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink was authorised but could not list the organisations it may access. Check the connection to %1 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorisation reaches no organisation. Connect again and select at least one organisation on the consent page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ProviderClient</name>
    <message>
        <source>Sending payments recorded in Ledgerlink to %1 is not supported yet. Click &quot;Edit Settings…&quot; on the integration&apos;s page and clear &quot;Also send payments recorded in Ledgerlink to %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReconnectDialog</name>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s sign-in for %2. Click Sign in: your browser opens %1&apos;s sign-in page. Sign in as a user who can open %2, allow access, then come back here. The integration keeps its settings, links and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s custom connection for %2. Check that the connection is still active at %1, then click Connect. The integration keeps its settings, links and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink is already signing in to %1 again. Finish that sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RecordsModel</name>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (invoice %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RecordsPage</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration whose sync state is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice is sent to the accounting package when it reaches the trigger status (usually Pending Payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inv&amp;oices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Pending Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voi&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReferenceDataStep</name>
    <message>
        <source>The tax mapping sends tax type %1 as &quot;%2&quot;, but the accounting package has no tax code &quot;%2&quot;. Choose one of its tax codes in the integration&apos;s tax mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the first sync will send and receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the first sync will send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the first sync with %1 will do, then click Proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After you click Proceed, the integration with %1 is active and its first sync runs in the background. You can keep working; the bell tells you when it has finished. After that, Ledgerlink checks for changes every %n minute(s).</source>
        <translation>
            <numerusform>After you click Proceed, the integration with %1 is active and its first sync runs in the background. You can keep working; the bell tells you when it has finished. After that, Ledgerlink checks for changes every %n minute.</numerusform>
            <numerusform>After you click Proceed, the integration with %1 is active and its first sync runs in the background. You can keep working; the bell tells you when it has finished. After that, Ledgerlink checks for changes every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to send %Ln record(s) to %1 and receive %2.</source>
        <translation>
            <numerusform>You are about to send %Ln record to %1 and receive %2.</numerusform>
            <numerusform>You are about to send %Ln records to %1 and receive %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RunItemModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SageClient</name>
    <message>
        <source>Ledgerlink sends payments to Sage for invoices only, not for credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage does not change a recorded payment. Delete the payment in Sage and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SecretStore</name>
    <message>
        <source>No system keychain is available, so Ledgerlink cannot store or read its credentials. Start GNOME Keyring or KWallet, or log in to a desktop session, and try again; Ledgerlink does not store secrets in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain refused access, probably because it is locked. Unlock your keyring (GNOME Keyring/KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Check that your keyring is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a secret needs an owner and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is too large to store in the system keychain (%1 bytes, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored credential is missing from the system keychain. Connect the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record a keychain entry in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not update its list of keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read its list of keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink cannot read a stored credential: the system keychain is locked or the entry was deleted. Unlock your keyring and try again; if that does not help, connect the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SelectAppPage</name>
    <message>
        <source>Select the App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which accounting package should Ledgerlink keep in step with your records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app from the list to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for new integrations; each integration can change it in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server lets several office computers share one database. A new location takes effect the next time Ledgerlink starts; your data is not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the PostgreSQL database, such as postgresql://user@server:5432/ledgerlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the SQLite file, or choose one with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address. Write it as postgresql://user@server:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL address. Choose PostgreSQL server above, or enter the path of an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new database location and language take effect the next time Ledgerlink starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SignInWaitPanel</name>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::StoreOpener</name>
    <message>
        <source>No password for this database is stored in the keychain; store it with &quot;ledgerlink database-password --database URL&quot; (it reads the password from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncEngine</name>
    <message>
        <source>Ledgerlink has no authorisation for this integration on this computer. Authorise it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1 is not available in this version of Ledgerlink yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync worker is not ready: its database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is switched off, so nothing was synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking writes an earlier run left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tax rates and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping items in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s rate limit — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run finished with failed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncRunner</name>
    <message>
        <source>The integration is switched off, so nothing was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled. What was sent so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; see History for the reasons.</source>
        <translation>
            <numerusform>%n record could not be synced; see History for the reasons.</numerusform>
            <numerusform>%n records could not be synced; see History for the reasons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished: %1 created, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to retry: run %1 has no failed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not a run of this integration, so there is nothing to retry. Pick the run in History.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingDelegate</name>
    <message>
        <source>Tax code sent for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingDialog</name>
    <message>
        <source>Tax mapping of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tax type in Ledgerlink is sent to %1 as one of its tax codes. Ledgerlink picks the code with the same code or name automatically. Where that is wrong, or where nothing matches, choose the code to send in the &quot;Sent as&quot; column. Your choice also sets the rate: it follows %1&apos;s rate for that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates are read on the first sync with %1. Sync once, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates are not read from %1 in this integration&apos;s settings. Switch on Tax rates in Edit Settings, sync once, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown to the accounting package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code - choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match - invoices with this tax type will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tax type has no code, so it can only be matched automatically by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax type in Ledgerlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TokenManager</name>
    <message>
        <source>The stored authorisation is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerlink::WizardController</name>
    <message>
        <source>Another integration is being saved. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1&apos;s contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read %1&apos;s contacts: %2 The customers will be matched automatically on the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from the contacts of %1, the first organisation you ticked. The other organisations are matched automatically on their first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from the contacts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other customer(s) have no likely match in %1 and are treated as new.</source>
        <translation>
            <numerusform>%n other customer has no likely match in %1 and is treated as new.</numerusform>
            <numerusform>%n other customers have no likely match in %1 and are treated as new.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkMover</name>
    <message>
        <source>Choose another organisation: the links are already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running, so no links were moved. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already linked in %1; that link is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Links moved from %1: %n record(s) will be found again in %2 by its next sync before anything is sent.</source>
        <translation>
            <numerusform>Links moved from %1: %n record will be found again in %2 by its next sync before anything is sent.</numerusform>
            <numerusform>Links moved from %1: %n records will be found again in %2 by its next sync before anything is sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>Ledgerlink could not record the start of a write in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not return an id for the %1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record the result of a write in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record the failed write in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save the link between two records in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s %1 %2 is already linked to local %1 %3, so it cannot also be linked to %1 %4. One of them is probably a duplicate; merge them and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read links from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record the %1 record to look up in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not remove the old links from its database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Ledgerlink could not prepare the database for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read the database&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Ledgerlink (database version %1; this version understands up to %2). Install the newer Ledgerlink, or choose another database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not lock the database for an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not upgrade the database to version %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record the database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not finish the database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveLinksCommand</name>
    <message>
        <source>Move an integration&apos;s links to another organisation&apos;s integration (nothing is lost or duplicated: the records are found again there before anything is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name to move from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the integration to move from and the one to move to, e.g. ledgerlink move-links &quot;Old Ltd&quot; &quot;New Ltd&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved the links of %1 to %2: %n record(s) will be found again there by its next sync before anything is sent. %1 is now switched off.</source>
        <translation>
            <numerusform>Moved the links of %1 to %2: %n record will be found again there by its next sync before anything is sent. %1 is now switched off.</numerusform>
            <numerusform>Moved the links of %1 to %2: %n records will be found again there by its next sync before anything is sent. %1 is now switched off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already linked in %1 and kept as they are.</source>
        <translation>
            <numerusform>%n record was already linked in %1 and kept as it is.</numerusform>
            <numerusform>%n records were already linked in %1 and kept as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyobInvoiceMapper</name>
    <message>
        <source>Invoice %1 line %2 uses tax code %3, which MYOB does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 line %2 has no income account MYOB knows (%3). Choose the default sales account in the integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyobItemMapper</name>
    <message>
        <source>Item %1 uses tax code %2, which MYOB does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 uses account %2, which MYOB does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyobReply</name>
    <message>
        <source>MYOB accepted a new record but did not say which one it is. The next sync checks MYOB before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB no longer accepts Ledgerlink&apos;s authorisation for this company file. Authorise the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB&apos;s rate limit was reached; the sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB does not let Ledgerlink use this company file (%1). Check the user&apos;s access to the company file and authorise the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this record in MYOB while Ledgerlink was sending it (%1). It is sent again when it next changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB does not have this record any more (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB refused the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>Ledgerlink could not save a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read its notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not update a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not update its notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Payments can only be recorded against invoices; %1 is a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2, so no payment can be recorded against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment of %1 %3 is more than the %2 %3 still due on invoice %4. Check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments on invoice %1 cannot become negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not update invoice %1 with the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be for more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not save the payment to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be moved to another invoice; record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read payments from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not update the invoice with the payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>Show what the next sync would send and what would be refused, without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to sync with %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be refused; fix or skip them first:</source>
        <translation>
            <numerusform>%n record would be refused; fix or skip it first:</numerusform>
            <numerusform>%n records would be refused; fix or skip them first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRules</name>
    <message>
        <source>contact reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no name; %1 requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1&apos;s %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is longer than %3&apos;s %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code is longer than %1&apos;s %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item name is longer than %1&apos;s %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink does not send credit notes to %1 yet; enter this one in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its number is longer than %1&apos;s %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no lines; %1 cannot accept a document without lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 lines; %2 accepts at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online accounting for small businesses, popular in New Zealand, Australia and the UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intuit&apos;s online accounting, widely used in North America and the UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage Business Cloud Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage&apos;s cloud accounting for the UK, Ireland, Canada, the US, Spain, France and Germany.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MYOB Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting and payroll for businesses in Australia and New Zealand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderClientFactory</name>
    <message>
        <source>Syncing with %1 is not available in this version of Ledgerlink yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderJson</name>
    <message>
        <source>%1 sent %2 data Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this keeps happening, contact support with the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderTaxRateRepository</name>
    <message>
        <source>Ledgerlink could not save the accounting package&apos;s tax rates to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read the accounting package&apos;s tax rates from its database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ledgerlink is shutting down; the sync stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QboReply</name>
    <message>
        <source>QuickBooks Online no longer accepts Ledgerlink&apos;s authorisation for this company (%1). Authorise the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online does not let Ledgerlink use this company (%1). Reconnect the company and authorise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online&apos;s rate limit was reached; the sync will try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online refused the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks Online sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Retry only the records that failed in one sync run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run whose failed records are retried (see history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ledgerlink retry INTEGRATION RUN_ID [--json]. The run id is in `ledgerlink history`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one integration; use the integration id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 - %3 created, %4 updated, %5 failed. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying the failed records of run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Ledgerlink could not count the records to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageDeletions</name>
    <message>
        <source>Sage sent a list of deleted records Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this keeps happening, contact support with the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SageReply</name>
    <message>
        <source>Sage no longer accepts Ledgerlink&apos;s authorisation for this business. Authorise the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage does not let Ledgerlink use this business (%1). Check that the Sage user still has access, then authorise the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage&apos;s rate limit was reached; the sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage no longer has this record (it may have been deleted there). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage refused the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Nothing was read from standard input. Type or pipe the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInTokenSource</name>
    <message>
        <source>The sign-in has expired; sign in again to see the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show each integration&apos;s state and Last successful poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  State: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Last successful poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Last run: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integrations yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync an integration (or every enabled one) now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything, not only what changed since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled integration to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waiting for the provider&apos;s rate limit until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 - %3 created, %4 updated, %5 failed, %6 skipped. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Ledgerlink could not check who is syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Ledgerlink (%1) has been syncing this integration since %2 UTC; this run will wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record that it is syncing this integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: heartbeat without holding the sync lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record that it is still syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Ledgerlink took over syncing this integration because this one seemed stuck. This run stops; the other one carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not release the sync lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPreviewBuilder</name>
    <message>
        <source>The item&apos;s tax type is not one of the organisation&apos;s tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its customer will not be in the accounting package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its total is negative; enter it as a credit note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses a tax type the organisation does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 uses an account the organisation does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer has the same name; %1 requires unique names among active customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStateStore</name>
    <message>
        <source>Ledgerlink could not read where the last sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not record where this sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not reset the sync position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read when the last full sync ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxTypeRepository</name>
    <message>
        <source>Ledgerlink could not save the tax rate to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not read tax rates from its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tax rate is already called &quot;%1&quot;. Tax rate names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>%1 sent an unusable answer to the sign-in request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorisation with %1 has expired or was revoked. Connect the integration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the app&apos;s client ID or client secret. Check the app registration and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the requested permissions. Check that the app may use the chosen scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgerlink could not reach %1 to sign in. Check the internet connection; Ledgerlink will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroReply</name>
    <message>
        <source>Xero refused the record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero no longer accepts Ledgerlink&apos;s authorisation for this organisation (%1). Authorise the integration again; if the organisation was disconnected or deleted, reconnect it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s daily limit is used up; sync resumes at %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s rate limit was reached; sync resumes at %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
