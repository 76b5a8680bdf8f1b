<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Ledgerlink could not save the account to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer le compte dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read accounts from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les comptes dans sa base de données.</translation>
    </message>
    <message>
        <source>Account %1 does not exist (it may have been deleted).</source>
        <translation>Le compte %1 n’existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Another account already has the code %1. Account codes must be unique.</source>
        <translation>Un autre compte porte déjà le numéro %1. Les numéros de compte doivent être uniques.</translation>
    </message>
    <message>
        <source>An account needs a code, a name and a type.</source>
        <translation>Un compte doit avoir un numéro, un nom et un type.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Ledgerlink cannot create its folders under %1. Check that you may write there.</source>
        <translation>Ledgerlink ne peut pas créer ses dossiers dans %1. Vérifiez que vous avez le droit d’y écrire.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Ledgerlink could not stop itself starting at login: the file %1 could not be removed. Delete it by hand, or check the permissions of that folder.</source>
        <translation>Ledgerlink n’a pas pu désactiver son démarrage à l’ouverture de session : le fichier %1 n’a pas pu être supprimé. Supprimez-le manuellement ou vérifiez les autorisations de ce dossier.</translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the folder %1 could not be created. Check that your home folder is writable.</source>
        <translation>Ledgerlink n’a pas pu activer son démarrage à l’ouverture de session : le dossier %1 n’a pas pu être créé. Vérifiez que votre dossier personnel est accessible en écriture.</translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the file %1 could not be written. Check that your home folder is writable.</source>
        <translation>Ledgerlink n’a pas pu activer son démarrage à l’ouverture de session : le fichier %1 n’a pas pu être écrit. Vérifiez que votre dossier personnel est accessible en écriture.</translation>
    </message>
    <message>
        <source>Ledgerlink could not set itself to start at login: the file %1 could not be written. Check that your home folder is writable and not full.</source>
        <translation>Ledgerlink n’a pas pu activer son démarrage à l’ouverture de session : le fichier %1 n’a pas pu être écrit. Vérifiez que votre dossier personnel est accessible en écriture et n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>Ledgerlink could not record a change: the record is not named.</source>
        <translation>Ledgerlink n’a pas pu noter une modification : l’enregistrement n’est pas nommé.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a change in its database.</source>
        <translation>Ledgerlink n’a pas pu noter une modification dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the change history of a record.</source>
        <translation>Ledgerlink n’a pas pu lire l’historique des modifications d’un enregistrement.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Unknown command. Run ledgerlink --help for the list.</source>
        <translation>Commande inconnue. Lancez ledgerlink --help pour en obtenir la liste.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the usual places.</source>
        <translation>Conserver les paramètres et les données dans &lt;dir&gt; au lieu des emplacements habituels.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the SQLite file &lt;location&gt; or postgresql://user@host:port/name.</source>
        <translation>Utiliser le fichier SQLite &lt;location&gt; ou postgresql://utilisateur@hôte:port/nom.</translation>
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
        <translation>Connecter un logiciel de comptabilité (xero, qbo, sage, myob) à votre propre application.</translation>
    </message>
    <message>
        <source>xero, qbo, sage or myob.</source>
        <translation>xero, qbo, sage ou myob.</translation>
    </message>
    <message>
        <source>Client ID of the app you registered.</source>
        <translation>Identifiant client de l’application que vous avez enregistrée.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the app&apos;s client secret from standard input (web apps, custom connections).</source>
        <translation>Lire le secret client de l’application sur l’entrée standard (applications web, connexions personnalisées).</translation>
    </message>
    <message>
        <source>Xero custom connection (client credentials, no browser).</source>
        <translation>Connexion personnalisée Xero (identifiants client, sans navigateur).</translation>
    </message>
    <message>
        <source>Space-separated scopes to ask for.</source>
        <translation>Autorisations à demander, séparées par des espaces.</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>autorisations</translation>
    </message>
    <message>
        <source>Only print the sign-in address; do not open a browser.</source>
        <translation>Afficher seulement l’adresse de connexion ; ne pas ouvrir de navigateur.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Communiquer avec ledgerlink-sandbox à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Organisation to connect (name or id; may be repeated).</source>
        <translation>Organisation à connecter (nom ou identifiant ; peut être répété).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Port of the registered redirect URI http://localhost:PORT/callback (default %1).</source>
        <translation>Port de l’URI de redirection enregistrée http://localhost:PORT/callback (par défaut : %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the accounting package to connect: xero, qbo, sage or myob.</source>
        <translation>Indiquez le logiciel de comptabilité à connecter : xero, qbo, sage ou myob.</translation>
    </message>
    <message>
        <source>Give the Client ID of the app you registered with --client-id.</source>
        <translation>Indiquez avec --client-id l’identifiant client de l’application enregistrée.</translation>
    </message>
    <message>
        <source>Custom connections exist only at Xero.</source>
        <translation>Les connexions personnalisées n’existent que chez Xero.</translation>
    </message>
    <message>
        <source>This kind of app has a client secret: add --client-secret-stdin and type or pipe the secret.</source>
        <translation>Ce type d’application a un secret client : ajoutez --client-secret-stdin et saisissez le secret ou transmettez-le par un tube.</translation>
    </message>
    <message>
        <source>--port needs a number between 1 and 65535.</source>
        <translation>--port attend un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>Secret client : </translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Ledgerlink could not save the customer to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer le client dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read customers from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les clients dans sa base de données.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (it may have been deleted).</source>
        <translation>Le client %1 n’existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no Ledgerlink database at %1.</source>
        <translation>Il n’y a pas de base de données Ledgerlink dans %1.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot create the folder %1 for its database. Check that you may write there, or choose another location.</source>
        <translation>Ledgerlink ne peut pas créer le dossier %1 pour sa base de données. Vérifiez que vous avez le droit d’y écrire, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot read the database file %1. Check its permissions.</source>
        <translation>Ledgerlink ne peut pas lire le fichier de base de données %1. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The database file %1 (or its folder) is read-only. Ledgerlink needs to write to it; change its permissions or choose another database. Nothing was changed.</source>
        <translation>Le fichier de base de données %1 (ou son dossier) est en lecture seule. Ledgerlink doit pouvoir y écrire ; modifiez ses droits d’accès ou choisissez une autre base. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot open the database file %1.</source>
        <translation>Ledgerlink ne peut pas ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a Ledgerlink database, or it is damaged. It was left as it is; restore it from a backup or choose another file.</source>
        <translation>Le fichier %1 n’est pas une base de données Ledgerlink, ou il est endommagé. Il a été laissé tel quel ; restaurez-le depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used. It was left as it is; restore it from a backup or choose another file.</source>
        <translation>Le fichier de base de données %1 est endommagé et inutilisable. Il a été laissé tel quel ; restaurez-le depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Ledgerlink could not prepare the database file %1.</source>
        <translation>Ledgerlink n’a pas pu préparer le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The SQLite database driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote de base de données SQLite pour Qt est absent. Installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>The PostgreSQL database driver for Qt is missing. Install the package libqt6sql6-psql.</source>
        <translation>Le pilote de base de données PostgreSQL pour Qt est absent. Installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Ledgerlink could not open the database file %1.</source>
        <translation>Ledgerlink n’a pas pu ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>Ledgerlink could not connect to the PostgreSQL database %1. Check that the server is running, the address is right and the password in the keychain is current.</source>
        <translation>Ledgerlink n’a pas pu se connecter à la base PostgreSQL %1. Vérifiez que le serveur fonctionne, que l’adresse est correcte et que le mot de passe du trousseau est à jour.</translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation>La base de données est occupée ou verrouillée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the change to the database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer la modification dans la base de données.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>Aucun emplacement de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>The database location &quot;%1&quot; is neither a file nor a postgresql:// address.</source>
        <translation>L’emplacement de base de données « %1 » n’est ni un fichier ni une adresse postgresql://.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>L’adresse PostgreSQL n’est pas valide. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Leave it out: Ledgerlink asks for it once and keeps it in the system keychain.</source>
        <translation>L’adresse PostgreSQL ne doit pas contenir de mot de passe. Omettez-le : Ledgerlink le demande une fois et le conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database. Write it as postgresql://user@host:port/database.</source>
        <translation>L’adresse PostgreSQL ne nomme aucune base. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordCommand</name>
    <message>
        <source>Keep a PostgreSQL password in the system keychain (read from standard input).</source>
        <translation>Conserver un mot de passe PostgreSQL dans le trousseau du système (lu sur l’entrée standard).</translation>
    </message>
    <message>
        <source>Name the database with --database postgresql://user@host:port/name.</source>
        <translation>Indiquez la base de données avec --database postgresql://user@host:port/name.</translation>
    </message>
    <message>
        <source>SQLite databases have no password; this is only for postgresql:// addresses.</source>
        <translation>Les bases SQLite n’ont pas de mot de passe ; ceci ne concerne que les adresses postgresql://.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation>Le mot de passe de %1 est maintenant dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Write a demo business (customers, items, tax types, invoices, payments) into an empty database.</source>
        <translation>Écrire une entreprise de démonstration (clients, articles, types de taxe, factures, paiements) dans une base vide.</translation>
    </message>
    <message>
        <source>Number of customers (default 60).</source>
        <translation>Nombre de clients (60 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of items (default 40).</source>
        <translation>Nombre d’articles (40 par défaut).</translation>
    </message>
    <message>
        <source>Number of invoices (default 150).</source>
        <translation>Nombre de factures (150 par défaut).</translation>
    </message>
    <message>
        <source>Say where to write the demo business with --database PATH.</source>
        <translation>Indiquez où écrire l’entreprise de démonstration avec --database CHEMIN.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number between 0 and 10000000.</source>
        <translation>--%1 attend un nombre entier entre 0 et 10000000.</translation>
    </message>
    <message>
        <source>Number of sync history rows of a switched-off demo integration (default 0).</source>
        <translation>Nombre de lignes d’historique de synchronisation d’une intégration de démonstration désactivée (0 par défaut).</translation>
    </message>
    <message>
        <source>Wrote %1 customers, %2 items, %3 invoices and %4 history rows to %5 in %6 s.</source>
        <translation>%1 clients, %2 articles, %3 factures et %4 lignes d’historique écrits dans %5 en %6 s.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Ledgerlink could not write the demo business.</source>
        <translation>Ledgerlink n’a pas pu écrire l’entreprise de démonstration.</translation>
    </message>
    <message>
        <source>A demo business needs at least one customer and one item.</source>
        <translation>Une entreprise de démonstration doit avoir au moins un client et un article.</translation>
    </message>
    <message>
        <source>This database already holds a business. Demo data is only written to an empty database.</source>
        <translation>Cette base contient déjà une entreprise. Les données de démonstration ne sont écrites que dans une base vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed.</source>
        <translation>
            <numerusform>%n enregistrement a échoué.</numerusform>
            <numerusform>%n enregistrements ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account code &apos;999&apos; is not a valid code for this document.</source>
        <translation>Le code de compte « 999 » n’est pas valide pour ce document.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Ledgerlink keeps your business&apos;s customers, items, invoices and payments in step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.</source>
        <translation>Ledgerlink synchronise les clients, articles, factures et paiements de votre entreprise avec Xero, QuickBooks Online, Sage Business Cloud Accounting et MYOB.</translation>
    </message>
    <message>
        <source>Open the demo business and the local sandbox providers (no account needed).</source>
        <translation>Ouvrir l’entreprise de démonstration et les fournisseurs du bac à sable local (aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>Keep settings and data under &lt;dir&gt; instead of the usual places.</source>
        <translation>Conserver les paramètres et les données dans &lt;dir&gt; au lieu des emplacements habituels.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the SQLite file &lt;location&gt; or postgresql://user@host:port/name.</source>
        <translation>Utiliser le fichier SQLite &lt;location&gt; ou postgresql://utilisateur@hôte:port/nom.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>Talk to a running ledgerlink-sandbox at &lt;url&gt; instead of the real providers.</source>
        <translation>Dialoguer avec un ledgerlink-sandbox en cours d’exécution à &lt;url&gt; au lieu des vrais fournisseurs.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Ledgerlink cannot start</source>
        <translation>Ledgerlink ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The demo could not start its local sandbox providers on this computer.</source>
        <translation>La démonstration n’a pas pu démarrer ses fournisseurs de bac à sable local sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (used when starting at login).</source>
        <translation>Démarrer dans la zone de notification sans ouvrir la fenêtre (utilisé au démarrage à l’ouverture de session).</translation>
    </message>
    <message>
        <source>The integration was not saved</source>
        <translation>L’intégration n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Revoke an integration&apos;s access; its local records stay.</source>
        <translation>Révoquer l’accès d’une intégration ; ses enregistrements locaux sont conservés.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Communiquer avec ledgerlink-sandbox à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>EnableCommand</name>
    <message>
        <source>Switch an integration on (its next sync is a full pass).</source>
        <translation>Activer une intégration (sa prochaine synchronisation est complète).</translation>
    </message>
    <message>
        <source>Switch an integration off: nothing syncs until it is enabled again.</source>
        <translation>Désactiver une intégration : rien n’est synchronisé jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>Intégration %1 activée.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>Intégration %1 désactivée.</translation>
    </message>
</context>
<context>
    <name>FixedPoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid number.</source>
        <translation>« %1 » n’est pas un nombre valide.</translation>
    </message>
    <message>
        <source>The number %1 is too large for Ledgerlink to store exactly.</source>
        <translation>Le nombre %1 est trop grand pour que Ledgerlink l’enregistre exactement.</translation>
    </message>
    <message>
        <source>The provider sent a number that is not finite.</source>
        <translation>Le fournisseur a envoyé un nombre non fini.</translation>
    </message>
    <message>
        <source>Internal error: unsupported decimal scale.</source>
        <translation>Erreur interne : nombre de décimales non pris en charge.</translation>
    </message>
    <message>
        <source>The number %1 has too many decimal places: at most %2 are allowed here.</source>
        <translation>Le nombre %1 a trop de décimales : %2 au maximum sont autorisées ici.</translation>
    </message>
    <message>
        <source>Internal error: division by zero.</source>
        <translation>Erreur interne : division par zéro.</translation>
    </message>
    <message>
        <source>An amount is too large for Ledgerlink to store exactly.</source>
        <translation>Un montant est trop grand pour que Ledgerlink l’enregistre exactement.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Show past sync runs, or the records of one run.</source>
        <translation>Afficher les synchronisations passées, ou les enregistrements de l’une d’elles.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>Only failed runs, or failed records with --run.</source>
        <translation>Uniquement les synchronisations en échec, ou les enregistrements en échec avec --run.</translation>
    </message>
    <message>
        <source>Show the records of run &lt;id&gt;.</source>
        <translation>Afficher les enregistrements de la synchronisation &lt;id&gt;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Afficher en CSV.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Ledgerlink could not record the start of the sync in its history.</source>
        <translation>Ledgerlink n’a pas pu noter le début de la synchronisation dans son historique.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a synced record in its history.</source>
        <translation>Ledgerlink n’a pas pu noter un enregistrement synchronisé dans son historique.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the end of the sync in its history.</source>
        <translation>Ledgerlink n’a pas pu noter la fin de la synchronisation dans son historique.</translation>
    </message>
    <message>
        <source>Sync run %1 does not exist in the history.</source>
        <translation>La synchronisation %1 n’existe pas dans l’historique.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read its sync history.</source>
        <translation>Ledgerlink n’a pas pu lire son historique de synchronisation.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the records of a sync run.</source>
        <translation>Ledgerlink n’a pas pu lire les enregistrements d’une synchronisation.</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>An integration needs a provider and an app type.</source>
        <translation>Une intégration doit avoir un fournisseur et un type d’application.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the integration to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer l’intégration dans sa base de données.</translation>
    </message>
    <message>
        <source>An integration with the id %1 already exists.</source>
        <translation>Une intégration avec l’identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>The integration %1 no longer exists. It may have been deleted.</source>
        <translation>L’intégration %1 n’existe plus. Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a keychain entry name in its database.</source>
        <translation>Ledgerlink n’a pas pu noter le nom d’une entrée du trousseau dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read keychain entry names from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les noms des entrées du trousseau dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not delete the integration.</source>
        <translation>Ledgerlink n’a pas pu supprimer l’intégration.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read integrations from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les intégrations dans sa base de données.</translation>
    </message>
    <message>
        <source>The database holds an integration state Ledgerlink does not know.</source>
        <translation>La base de données contient un état d’intégration inconnu de Ledgerlink.</translation>
    </message>
</context>
<context>
    <name>IntegrationSelector</name>
    <message>
        <source>No integration is called &quot;%1&quot;. Run ledgerlink status to see them.</source>
        <translation>Aucune intégration ne s’appelle « %1 ». Lancez ledgerlink status pour les voir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 integrations; give more of the id.</source>
        <translation>« %1 » correspond à %2 intégrations ; précisez davantage l’identifiant.</translation>
    </message>
    <message>
        <source>Name the integration (its id or organisation name).</source>
        <translation>Indiquez l’intégration (son identifiant ou le nom de l’organisation).</translation>
    </message>
</context>
<context>
    <name>IntegrationStates</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Slowed down by provider</source>
        <translation>Ralentie par le fournisseur</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>IntegrationsCommand</name>
    <message>
        <source>No integrations yet. Add one with &quot;ledgerlink connect&quot;.</source>
        <translation>Aucune intégration pour l’instant. Ajoutez-en une avec « ledgerlink connect ».</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>never polled</source>
        <translation>jamais interrogée</translation>
    </message>
    <message>
        <source>List the integrations with their state.</source>
        <translation>Lister les intégrations avec leur état.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>An invoice needs a number.</source>
        <translation>Une facture doit avoir un numéro.</translation>
    </message>
    <message>
        <source>Invoice %1 has no customer.</source>
        <translation>La facture %1 n’a pas de client.</translation>
    </message>
    <message>
        <source>Invoice %1 has no issue date.</source>
        <translation>La facture %1 n’a pas de date d’émission.</translation>
    </message>
    <message>
        <source>Invoice %1 has the currency &quot;%2&quot;; use a three-letter code such as GBP.</source>
        <translation>La facture %1 a la devise « %2 » ; utilisez un code à trois lettres comme EUR.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read tax rates from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les taux de TVA dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save invoice %1 to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer la facture %1 dans sa base de données.</translation>
    </message>
    <message>
        <source>There is already an invoice or credit note numbered %1.</source>
        <translation>Il existe déjà une facture ou un avoir numéroté %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 and can no longer be changed.</source>
        <translation>La facture %1 est %2 et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Invoice %1 would total less than the payments already recorded against it.</source>
        <translation>Le total de la facture %1 serait inférieur aux paiements déjà saisis pour elle.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save invoice %1.</source>
        <translation>Ledgerlink n’a pas pu enregistrer la facture %1.</translation>
    </message>
    <message>
        <source>Invoice %1 does not exist (it may have been deleted).</source>
        <translation>La facture %1 n’existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the lines of invoice %1.</source>
        <translation>Ledgerlink n’a pas pu enregistrer les lignes de la facture %1.</translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered %1.</source>
        <translation>Il n’existe aucune facture ni aucun avoir numéroté %1.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read invoices from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les factures dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read invoice lines from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les lignes de facture dans sa base de données.</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>The database holds an invoice status Ledgerlink does not know.</source>
        <translation>La base de données contient un statut de facture inconnu de Ledgerlink.</translation>
    </message>
    <message>
        <source>The database holds an invoice kind Ledgerlink does not know.</source>
        <translation>La base de données contient un type de facture inconnu de Ledgerlink.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation>en attente de paiement</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed to %3.</source>
        <translation>%1 est à l’état « %2 » et ne peut pas passer à « %3 ».</translation>
    </message>
    <message>
        <source>%1 still has %2 %3 due. Record a payment for it instead of marking it paid.</source>
        <translation>Il reste %2 %3 à payer sur %1. Saisissez un paiement au lieu de la marquer comme payée.</translation>
    </message>
    <message>
        <source>%1 cannot be voided because payments of %2 %3 were recorded against it. Remove the payments in your accounting software first.</source>
        <translation>%1 ne peut pas être annulée car des paiements de %2 %3 ont été saisis pour elle. Supprimez d’abord les paiements dans votre logiciel de comptabilité.</translation>
    </message>
    <message>
        <source>Line %1 of %2 uses a tax rate that does not exist.</source>
        <translation>La ligne %1 de %2 utilise un taux de TVA qui n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>Ledgerlink could not save the item to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer l’article dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read items from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les articles dans sa base de données.</translation>
    </message>
    <message>
        <source>Item %1 does not exist (it may have been deleted).</source>
        <translation>L’article %1 n’existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Another item already has the code %1. Item codes must be unique.</source>
        <translation>Un autre article porte déjà la référence %1. Les références d’article doivent être uniques.</translation>
    </message>
    <message>
        <source>An item needs a code and a name.</source>
        <translation>Un article doit avoir une référence et un nom.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AddAppWizard</name>
    <message>
        <source>Add a New App</source>
        <translation>Ajouter une application</translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthSession</name>
    <message>
        <source>Ledgerlink does not know this accounting package.</source>
        <translation>Ledgerlink ne connaît pas ce logiciel de comptabilité.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthorizationFlow</name>
    <message numerus="yes">
        <source>No answer arrived from the browser within %n minute(s). Start the connection again and finish the sign-in in the browser.</source>
        <translation>
            <numerusform>Aucune réponse du navigateur en %n minute. Relancez la connexion et terminez la connexion dans le navigateur.</numerusform>
            <numerusform>Aucune réponse du navigateur en %n minutes. Relancez la connexion et terminez la connexion dans le navigateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to %1 was not granted in the browser. Connect again and choose Allow when you are ready.</source>
        <translation>L’accès à %1 n’a pas été accordé dans le navigateur. Reconnectez-vous et choisissez « Autoriser » quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this connection attempt (it may be an old or forged link), so it was refused. Start the connection again.</source>
        <translation>La réponse du navigateur ne correspond pas à cette tentative de connexion (lien ancien ou falsifié) ; elle a été refusée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>A second answer arrived for the same connection attempt, so the attempt was stopped for safety. Start the connection again.</source>
        <translation>Une seconde réponse est arrivée pour la même tentative ; par sécurité, la tentative a été arrêtée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The answer from %1 was incomplete. Start the connection again.</source>
        <translation>La réponse de %1 était incomplète. Relancez la connexion.</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::AuthorizePage</name>
    <message>
        <source>Authorise</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Organisations to connect</source>
        <translation>Organisations à connecter</translation>
    </message>
    <message>
        <source>Click Sign in. Your browser opens %1&apos;s sign-in page: sign in, choose the organisation and allow access. Then come back here.</source>
        <translation>Cliquez sur « Se connecter ». Votre navigateur ouvre la page de connexion de %1 : connectez-vous, choisissez l’organisation et autorisez l’accès. Revenez ensuite ici.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1</source>
        <translation>Se &amp;connecter à %1</translation>
    </message>
    <message>
        <source>Click Connect. Ledgerlink checks the client ID and secret of your custom connection with %1 and finds its organisation.</source>
        <translation>Cliquez sur « Connecter ». Ledgerlink vérifie l’identifiant client et le secret de votre connexion personnalisée auprès de %1 et trouve son organisation.</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>&amp;Connecter à %1</translation>
    </message>
    <message>
        <source>Allow Ledgerlink to reach your %1 organisation.</source>
        <translation>Autorisez Ledgerlink à accéder à votre organisation %1.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it gave Ledgerlink access to no organisation. Sign in again and tick at least one organisation on the consent page.</source>
        <translation>La connexion a réussi, mais elle ne donne à Ledgerlink accès à aucune organisation. Reconnectez-vous et cochez au moins une organisation sur la page de consentement.</translation>
    </message>
    <message>
        <source>Connected to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Connecté à &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. This sign-in reaches %n organisation(s): tick each one to add. Every organisation becomes an integration of its own.</source>
        <translation>
            <numerusform>Connecté. Cette connexion donne accès à %n organisation : cochez-la pour l’ajouter. Chaque organisation devient une intégration distincte.</numerusform>
            <numerusform>Connecté. Cette connexion donne accès à %n organisations : cochez chacune de celles à ajouter. Chaque organisation devient une intégration distincte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in Again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Tick at least one organisation to connect.</source>
        <translation>Cochez au moins une organisation à connecter.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CatalogDialog</name>
    <message>
        <source>Add a New App</source>
        <translation>Ajouter une application</translation>
    </message>
    <message>
        <source>Choose the accounting package to connect. You will register Ledgerlink with it, sign in, and choose what is kept in step.</source>
        <translation>Choisissez le logiciel de comptabilité à connecter. Vous y enregistrerez Ledgerlink, vous vous connecterez, puis vous choisirez ce qui est synchronisé.</translation>
    </message>
    <message>
        <source>Available apps</source>
        <translation>Applications disponibles</translation>
    </message>
    <message>
        <source>Only the apps included in your plan are listed. To use another one, contact the person who manages your Ledgerlink plan.</source>
        <translation>Seules les applications comprises dans votre offre sont affichées. Pour en utiliser une autre, contactez la personne qui gère votre offre Ledgerlink.</translation>
    </message>
    <message numerus="yes">
        <source>Your plan allows %n integration(s), and all of them are in use. Disconnect an integration you no longer need, or ask for a larger plan, to add another app.</source>
        <translation>
            <numerusform>Votre offre permet %n intégration, et elle est déjà utilisée. Déconnectez une intégration dont vous n’avez plus besoin, ou demandez une offre plus grande, pour ajouter une autre application.</numerusform>
            <numerusform>Votre offre permet %n intégrations, et toutes sont utilisées. Déconnectez une intégration dont vous n’avez plus besoin, ou demandez une offre plus grande, pour ajouter une autre application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your plan includes no accounting apps. Ask the person who manages your Ledgerlink plan to add one.</source>
        <translation>Votre offre ne comprend aucune application de comptabilité. Demandez à la personne qui gère votre offre Ledgerlink d’en ajouter une.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ChangeLogModel</name>
    <message>
        <source>Changed here</source>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <source>From the accounting package</source>
        <translation>Depuis le logiciel de comptabilité</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Heure locale : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ConfigurePage</name>
    <message>
        <source>Configure</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>What to keep in step</source>
        <translation>Ce qui est synchronisé</translation>
    </message>
    <message>
        <source>Customer direction</source>
        <translation>Sens pour les clients</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>A&amp;rticles</translation>
    </message>
    <message>
        <source>&amp;Tax rates</source>
        <translation>&amp;Taux de TVA</translation>
    </message>
    <message>
        <source>Chart of &amp;accounts</source>
        <translation>P&amp;lan comptable</translation>
    </message>
    <message>
        <source>Invoice trigger status</source>
        <translation>Statut de facture déclencheur</translation>
    </message>
    <message>
        <source>Pending Payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>C&amp;redit notes</source>
        <translation>&amp;Avoirs</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>Paie&amp;ments</translation>
    </message>
    <message>
        <source>Invoices, credit notes and payments dated before this day are left as they are.</source>
        <translation>Les factures, avoirs et paiements antérieurs à ce jour restent inchangés.</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Check for changes &amp;every:</source>
        <translation>&amp;Vérifier les modifications toutes les :</translation>
    </message>
    <message>
        <source>Choose what Ledgerlink keeps in step with %1, and in which direction.</source>
        <translation>Choisissez ce que Ledgerlink synchronise avec %1, et dans quel sens.</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>To %1 only</source>
        <translation>Vers %1 uniquement</translation>
    </message>
    <message>
        <source>From %1 only</source>
        <translation>Depuis %1 uniquement</translation>
    </message>
    <message>
        <source>Both ways, on every sync</source>
        <translation>Dans les deux sens, à chaque synchronisation</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>From %1 (used for sales and payments)</source>
        <translation>Depuis %1 (pour les ventes et les paiements)</translation>
    </message>
    <message>
        <source>To %1 when their status becomes</source>
        <translation>Vers %1 quand leur statut devient</translation>
    </message>
    <message>
        <source>To %1, at the same status as invoices</source>
        <translation>Vers %1, au même statut que les factures</translation>
    </message>
    <message>
        <source>From %1: marks your invoices paid, part-payments included</source>
        <translation>Depuis %1 : marque vos factures comme payées, paiements partiels compris</translation>
    </message>
    <message>
        <source>Also send payments recorded in Ledgerlink to %1</source>
        <translation>Envoyer aussi à %1 les paiements saisis dans Ledgerlink</translation>
    </message>
    <message>
        <source>%1&apos;s tax rates override the rates of your local tax types. Check them after the first sync.</source>
        <translation>Les taux de TVA de %1 remplacent ceux de vos types de taxe locaux. Vérifiez-les après la première synchronisation.</translation>
    </message>
    <message>
        <source>Tick at least one kind of record to keep in step.</source>
        <translation>Cochez au moins un type d’enregistrement à synchroniser.</translation>
    </message>
    <message>
        <source>Payments recorded here can only be sent for invoices that are sent too. Tick Invoices, or untick sending payments.</source>
        <translation>Les paiements saisis ici ne peuvent être envoyés que pour des factures également envoyées. Cochez « Factures » ou décochez l’envoi des paiements.</translation>
    </message>
    <message>
        <source>Enter a start date.</source>
        <translation>Saisissez une date de début.</translation>
    </message>
    <message>
        <source>Accounts for sales and payments</source>
        <translation>Comptes pour les ventes et les paiements</translation>
    </message>
    <message>
        <source>Invoice and credit note lines whose item has no account of its own are posted to this account.</source>
        <translation>Les lignes de factures et d’avoirs dont l’article n’a pas de compte propre sont imputées à ce compte.</translation>
    </message>
    <message>
        <source>The bank account payments are recorded against.</source>
        <translation>Le compte bancaire sur lequel les paiements sont enregistrés.</translation>
    </message>
    <message>
        <source>Pa&amp;yments account:</source>
        <translation>Compte de pai&amp;ements :</translation>
    </message>
    <message>
        <source>Your chart of accounts is empty: the accounting package&apos;s default accounts are used. It is filled in by the first sync when Chart of accounts is ticked.</source>
        <translation>Votre plan comptable est vide : les comptes par défaut du logiciel de comptabilité sont utilisés. Il est rempli par la première synchronisation si « Plan comptable » est coché.</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>Le compte par défaut</translation>
    </message>
    <message>
        <source>%1&apos;s default account</source>
        <translation>Compte par défaut de %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the bank account that payments sent from Ledgerlink are recorded against.</source>
        <translation>Choisissez le compte bancaire sur lequel les paiements envoyés par Ledgerlink sont enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Match customers (first connection)</source>
        <translation>Assoc&amp;ier les clients (première connexion)</translation>
    </message>
    <message>
        <source>Sa&amp;les account:</source>
        <translation>C&amp;ompte de ventes :</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ConnectJob</name>
    <message>
        <source>The redirect URI registered with %1 must be exactly: %2</source>
        <translation>L’URI de redirection enregistrée chez %1 doit être exactement : %2</translation>
    </message>
    <message>
        <source>Sign in and allow access in a browser at this address:</source>
        <translation>Connectez-vous et autorisez l’accès dans un navigateur à cette adresse :</translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation>En attente du navigateur ...</translation>
    </message>
    <message>
        <source>Requesting a token for the custom connection ...</source>
        <translation>Demande d’un jeton pour la connexion personnalisée ...</translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation>Aucun navigateur n’a pu être ouvert ; ouvrez vous-même l’adresse ci-dessus.</translation>
    </message>
    <message>
        <source>The sign-in worked but gave access to no organisation. Connect again and choose one on the provider&apos;s page.</source>
        <translation>La connexion a réussi mais ne donne accès à aucune organisation. Reconnectez-vous et choisissez-en une sur la page du fournisseur.</translation>
    </message>
    <message>
        <source>This sign-in does not reach an organisation called &quot;%1&quot;.</source>
        <translation>Cette connexion ne donne pas accès à une organisation nommée « %1 ».</translation>
    </message>
    <message>
        <source>The sign-in reaches these organisations:</source>
        <translation>La connexion donne accès à ces organisations :</translation>
    </message>
    <message>
        <source>Run the command again with --tenant NAME (repeat it to connect several).</source>
        <translation>Relancez la commande avec --tenant NOM (répétez l’option pour en connecter plusieurs).</translation>
    </message>
    <message>
        <source>Connected to %1: integration %2 (not enabled yet).</source>
        <translation>Connecté à %1 : intégration %2 (pas encore activée).</translation>
    </message>
    <message>
        <source>Check what will sync with &quot;ledgerlink preview INTEGRATION&quot;, then turn it on with &quot;ledgerlink enable INTEGRATION&quot;.</source>
        <translation>Vérifiez ce qui sera synchronisé avec « ledgerlink preview INTÉGRATION », puis activez-la avec « ledgerlink enable INTÉGRATION ».</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CredentialsPage</name>
    <message>
        <source>App Credentials</source>
        <translation>Identifiants de l’application</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirection :</translation>
    </message>
    <message>
        <source>Scopes ticked for the custom connection</source>
        <translation>Autorisations (scopes) cochées pour la connexion personnalisée</translation>
    </message>
    <message>
        <source>How did you register Ledgerlink with Xero?</source>
        <translation>Comment avez-vous enregistré Ledgerlink auprès de Xero ?</translation>
    </message>
    <message>
        <source>&amp;Desktop app with PKCE - no client secret (recommended)</source>
        <translation>Application de &amp;bureau avec PKCE – sans secret client (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Web app - with a client secret</source>
        <translation>Application &amp;web – avec un secret client</translation>
    </message>
    <message>
        <source>C&amp;ustom connection - one organisation, no browser sign-in</source>
        <translation>&amp;Connexion personnalisée – une organisation, sans connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>port </source>
        <translation>port </translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the redirect URI to the clipboard</source>
        <translation>Copier l’URI de redirection dans le presse-papiers</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to register Ledgerlink with %2, step by step&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;%3&quot;&gt;Open the %2 developer portal&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Enregistrer Ledgerlink auprès de %2, pas à pas&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &lt;a href=&quot;%3&quot;&gt;Ouvrir le portail développeur de %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Enter the details of the app you registered for Ledgerlink in your %1 developer account.</source>
        <translation>Saisissez les informations de l’application que vous avez enregistrée pour Ledgerlink dans votre compte développeur %1.</translation>
    </message>
    <message>
        <source>Copy the redirect URI below into your app&apos;s settings at %1, then paste the client ID it shows. A PKCE app has no secret.</source>
        <translation>Copiez l’URI de redirection ci-dessous dans les paramètres de votre application chez %1, puis collez l’identifiant client affiché. Une application PKCE n’a pas de secret.</translation>
    </message>
    <message>
        <source>Copy the redirect URI below into your app&apos;s settings at %1, then paste its client ID and client secret. The secret is kept in this computer&apos;s keychain only.</source>
        <translation>Copiez l’URI de redirection ci-dessous dans les paramètres de votre application chez %1, puis collez son identifiant et son secret client. Le secret est conservé uniquement dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>A custom connection reaches one organisation without a browser sign-in. Tick the same scopes you ticked in %1, then paste the client ID and secret. The secret is kept in this computer&apos;s keychain only.</source>
        <translation>Une connexion personnalisée accède à une organisation sans connexion dans le navigateur. Cochez les mêmes autorisations que dans %1, puis collez l’identifiant et le secret client. Le secret est conservé uniquement dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The redirect URI is on the clipboard. Paste it into your app&apos;s settings exactly as shown, including the port.</source>
        <translation>L’URI de redirection est dans le presse-papiers. Collez-la telle quelle dans les paramètres de votre application, port compris.</translation>
    </message>
    <message>
        <source>Enter the client ID. You find it in your app&apos;s settings at %1.</source>
        <translation>Saisissez l’identifiant client. Vous le trouverez dans les paramètres de votre application chez %1.</translation>
    </message>
    <message>
        <source>The client ID contains spaces. Copy it again from %1, without spaces.</source>
        <translation>L’identifiant client contient des espaces. Copiez-le à nouveau depuis %1, sans espaces.</translation>
    </message>
    <message>
        <source>Enter the client secret. %1 shows it once, when you generate it; if you did not keep it, generate a new one.</source>
        <translation>Saisissez le secret client. %1 ne l’affiche qu’une fois, à sa création ; si vous ne l’avez pas conservé, générez-en un nouveau.</translation>
    </message>
    <message>
        <source>Tick at least one scope, the same as in your custom connection at %1.</source>
        <translation>Cochez au moins une autorisation, la même que dans votre connexion personnalisée chez %1.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerMatchPreview</name>
    <message>
        <source>Reading the contacts was cancelled.</source>
        <translation>La lecture des contacts a été annulée.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerMatchTable</name>
    <message>
        <source>Some of your customers may already exist in the accounting package. Link them to avoid duplicates, create the ones that are new, or skip those you do not want to send.</source>
        <translation>Certains de vos clients existent peut-être déjà dans le logiciel de comptabilité. Associez-les pour éviter les doublons, créez ceux qui sont nouveaux ou ignorez ceux que vous ne souhaitez pas envoyer.</translation>
    </message>
    <message>
        <source>Customer matching</source>
        <translation>Association des clients</translation>
    </message>
    <message>
        <source>Your customer</source>
        <translation>Votre client</translation>
    </message>
    <message>
        <source>Suggested match</source>
        <translation>Correspondance proposée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>No match found</source>
        <translation>Aucune correspondance trouvée</translation>
    </message>
    <message>
        <source>Action for %1</source>
        <translation>Action pour %1</translation>
    </message>
    <message>
        <source>Link to match</source>
        <translation>Associer à la correspondance</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::CustomerSyncStep</name>
    <message>
        <source>Part of the customer matching table could not be used and was ignored. Check the matching in the integration&apos;s settings.</source>
        <translation>Une partie de l’association des clients n’a pas pu être utilisée et a été ignorée. Vérifiez l’association dans les paramètres de l’intégration.</translation>
    </message>
    <message>
        <source>The customer matching table names a customer (number %1) that is not in Ledgerlink, so that line was ignored.</source>
        <translation>L’association des clients mentionne un client (numéro %1) absent de Ledgerlink ; cette ligne a donc été ignorée.</translation>
    </message>
    <message>
        <source>%1 is not sent: it is marked &quot;skip&quot; in the customer matching table.</source>
        <translation>%1 n’est pas envoyé : il est marqué « Ignorer » dans l’association des clients.</translation>
    </message>
    <message>
        <source>%1 should be linked to contact %2, but the accounting package has no such contact. The customer was not sent; choose its contact again in the integration&apos;s settings.</source>
        <translation>%1 devrait être associé au contact %2, mais le logiciel de comptabilité n’a pas ce contact. Le client n’a pas été envoyé ; choisissez à nouveau son contact dans les paramètres de l’intégration.</translation>
    </message>
    <message>
        <source>%1 should be linked to contact %2, but that contact is already linked to another Ledgerlink customer. The customer was not sent; choose its contact again in the integration&apos;s settings.</source>
        <translation>%1 devrait être associé au contact %2, mais ce contact est déjà associé à un autre client Ledgerlink. Le client n’a pas été envoyé ; choisissez à nouveau son contact dans les paramètres de l’intégration.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::DisconnectJob</name>
    <message>
        <source>%1 is not connected; nothing to revoke.</source>
        <translation>L’intégration %1 n’est pas connectée ; rien à révoquer.</translation>
    </message>
    <message>
        <source>Disconnected %1. Its records, links and history are kept.</source>
        <translation>Intégration %1 déconnectée. Ses enregistrements, liens et historique sont conservés.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::EditSettingsDialog</name>
    <message>
        <source>Settings of %1 (%2)</source>
        <translation>Paramètres de %1 (%2)</translation>
    </message>
    <message>
        <source>Save Settin&amp;gs</source>
        <translation>Enre&amp;gistrer les paramètres</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::GrantRenewal</name>
    <message>
        <source>Ledgerlink does not know this accounting package.</source>
        <translation>Ledgerlink ne connaît pas ce logiciel de comptabilité.</translation>
    </message>
    <message>
        <source>Signing in again was cancelled. Nothing was changed.</source>
        <translation>La reconnexion a été annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The client secret of %1 is no longer in this computer&apos;s keychain, so Ledgerlink cannot sign in again. Disconnect the integration and add the app again with its client secret.</source>
        <translation>Le secret client de %1 n’est plus dans le trousseau de cet ordinateur, Ledgerlink ne peut donc pas se reconnecter. Déconnectez l’intégration et ajoutez à nouveau l’application avec son secret client.</translation>
    </message>
    <message>
        <source>You signed in, but that sign-in does not give Ledgerlink access to %1, so nothing was changed. Sign in again as a user who can open %1, and allow access to it on the consent page.</source>
        <translation>Vous vous êtes connecté, mais cette connexion ne donne pas à Ledgerlink l’accès à %1 ; rien n’a donc été modifié. Reconnectez-vous avec un utilisateur qui peut ouvrir %1 et autorisez l’accès sur la page de consentement.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::GrantRevocation</name>
    <message>
        <source>Ledgerlink could not tell %1 to remove this organisation&apos;s connection. Remove Ledgerlink in %1&apos;s connected apps settings if it is still listed.</source>
        <translation>Ledgerlink n’a pas pu demander à %1 de supprimer la connexion de cette organisation. Supprimez Ledgerlink dans les paramètres des applications connectées de %1 s’il y figure encore.</translation>
    </message>
    <message>
        <source>Ledgerlink removed its stored credentials but could not tell %1 to revoke the access. Remove Ledgerlink in %1&apos;s connected apps settings if it is still listed.</source>
        <translation>Ledgerlink a supprimé ses identifiants enregistrés mais n’a pas pu demander à %1 de révoquer l’accès. Supprimez Ledgerlink dans les paramètres des applications connectées de %1 s’il y figure encore.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::HistoryModel</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Some records failed</source>
        <translation>Certains enregistrements ont échoué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::HistoryPage</name>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Toutes les intégrations</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Search messages, errors and ids</source>
        <translation>Rechercher messages, erreurs et identifiants</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Intégration :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De&amp;puis le :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu’au :</translation>
    </message>
    <message>
        <source>Select a run to see its records.</source>
        <translation>Sélectionnez une synchronisation pour voir ses enregistrements.</translation>
    </message>
    <message>
        <source>Show failed records &amp;only</source>
        <translation>Enregistrements en é&amp;chec uniquement</translation>
    </message>
    <message>
        <source>Records of the selected run</source>
        <translation>Enregistrements de la synchronisation sélectionnée</translation>
    </message>
    <message>
        <source>That sync run is no longer in the history.</source>
        <translation>Cette synchronisation ne figure plus dans l’historique.</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3: %4</source>
        <translation>Synchronisation %1 · %2 · %3 : %4</translation>
    </message>
    <message>
        <source>The history could not be saved to %1. Choose a folder you can write to and try again.</source>
        <translation>L’historique n’a pas pu être enregistré dans %1. Choisissez un dossier où vous pouvez écrire et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) to %1.</source>
        <translation>
            <numerusform>%n synchronisation enregistrée dans %1.</numerusform>
            <numerusform>%n synchronisations enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Changes of the selected record</source>
        <translation>Modifications de l’enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Select a record to see how its fields changed.</source>
        <translation>Sélectionnez un enregistrement pour voir comment ses champs ont changé.</translation>
    </message>
    <message>
        <source>%1 %2 has no record in Ledgerlink, so it has no change log.</source>
        <translation>%1 %2 n’a pas d’enregistrement dans Ledgerlink, donc pas d’historique des modifications.</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>No field of %1 %2 has changed since Ledgerlink started keeping its log.</source>
        <translation>Aucun champ de %1 %2 n’a changé depuis que Ledgerlink tient son historique.</translation>
    </message>
    <message>
        <source>Changes of %1 %2, oldest first:</source>
        <translation>Modifications de %1 %2, les plus anciennes d’abord :</translation>
    </message>
    <message>
        <source>Fai&amp;led only</source>
        <translation>Échecs &amp;uniquement</translation>
    </message>
    <message>
        <source>Retr&amp;y failed records</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationActions</name>
    <message>
        <source>Enabled. A full sync has started.</source>
        <translation>Activée. Une synchronisation complète a démarré.</translation>
    </message>
    <message>
        <source>Disabled. Nothing is sent or received until you enable it again.</source>
        <translation>Désactivée. Rien n’est envoyé ni reçu tant que vous ne la réactivez pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved. A full sync of the other organisation has started: it finds them there before sending anything.</source>
        <translation>
            <numerusform>%n enregistrement déplacé. Une synchronisation complète de l’autre organisation a démarré : elle l’y retrouve avant d’envoyer quoi que ce soit.</numerusform>
            <numerusform>%n enregistrements déplacés. Une synchronisation complète de l’autre organisation a démarré : elle les y retrouve avant d’envoyer quoi que ce soit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved. Enable the other organisation&apos;s integration to find them there.</source>
        <translation>
            <numerusform>%n enregistrement déplacé. Activez l’intégration de l’autre organisation pour l’y retrouver.</numerusform>
            <numerusform>%n enregistrements déplacés. Activez l’intégration de l’autre organisation pour les y retrouver.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationBuilder</name>
    <message>
        <source>Choose the accounting package to connect.</source>
        <translation>Choisissez le logiciel de comptabilité à connecter.</translation>
    </message>
    <message>
        <source>Enter the client ID of the app you registered with the provider.</source>
        <translation>Saisissez l’identifiant client de l’application enregistrée chez le fournisseur.</translation>
    </message>
    <message>
        <source>Enter the client secret of the app you registered with the provider.</source>
        <translation>Saisissez le secret client de l’application enregistrée chez le fournisseur.</translation>
    </message>
    <message>
        <source>Sign in and choose at least one organisation to connect.</source>
        <translation>Connectez-vous et choisissez au moins une organisation à connecter.</translation>
    </message>
    <message>
        <source>The chosen organisations are incomplete. Sign in again.</source>
        <translation>Les organisations choisies sont incomplètes. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 is already connected. Untick it, or disconnect the existing integration first.</source>
        <translation>%1 est déjà connectée. Décochez-la, ou déconnectez d’abord l’intégration existante.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationCard</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Last successful poll: %1</source>
        <translation>Dernière interrogation réussie : %1</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Heure locale : %1</translation>
    </message>
    <message>
        <source>Last successful poll: not yet</source>
        <translation>Dernière interrogation réussie : pas encore</translation>
    </message>
    <message>
        <source>Next poll: %1</source>
        <translation>Prochaine interrogation : %1</translation>
    </message>
    <message>
        <source>Next poll: soon</source>
        <translation>Prochaine interrogation : bientôt</translation>
    </message>
    <message>
        <source>Next poll: none while not active</source>
        <translation>Prochaine interrogation : aucune tant qu’elle n’est pas active</translation>
    </message>
    <message>
        <source>A sync of this integration is running.</source>
        <translation>Une synchronisation de cette intégration est en cours.</translation>
    </message>
    <message>
        <source>Sync this integration now</source>
        <translation>Synchroniser cette intégration maintenant</translation>
    </message>
    <message>
        <source>Only an active integration can sync.</source>
        <translation>Seule une intégration active peut se synchroniser.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Open the integration&apos;s page</source>
        <translation>Ouvrir la page de l’intégration</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Needs re-authorisation</source>
        <translation>Nouvelle autorisation requise</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation en cours</translation>
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
        <translation>Reconnecté à %1. Une synchronisation de rattrapage a démarré.</translation>
    </message>
    <message>
        <source>Settings saved. The next sync uses them.</source>
        <translation>Paramètres enregistrés. La prochaine synchronisation les utilise.</translation>
    </message>
    <message>
        <source>Tax mapping saved. The next sync sends invoices with these tax codes.</source>
        <translation>Correspondance des taxes enregistrée. La prochaine synchronisation envoie les factures avec ces codes de taxe.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationPage</name>
    <message>
        <source>&amp;Back to Integrations</source>
        <translation>&amp;Retour aux intégrations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Ac&amp;tivée</translation>
    </message>
    <message>
        <source>Integration enabled</source>
        <translation>Intégration activée</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Last successful poll:</source>
        <translation>Dernière interrogation réussie :</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>Re&amp;connecter…</translation>
    </message>
    <message>
        <source>Move links to &amp;another organisation:</source>
        <translation>Déplacer les liens vers une autre &amp;organisation :</translation>
    </message>
    <message>
        <source>Organisation to move the links to</source>
        <translation>Organisation vers laquelle déplacer les liens</translation>
    </message>
    <message>
        <source>&amp;Move Links…</source>
        <translation>Déplacer &amp;les liens…</translation>
    </message>
    <message>
        <source>Disconnecting stops all syncing and signs Ledgerlink out of the organisation. Your records and their history stay here.</source>
        <translation>La déconnexion arrête toute synchronisation et déconnecte Ledgerlink de l’organisation. Vos enregistrements et leur historique restent ici.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>Décon&amp;necter…</translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation>Cette intégration n’existe plus.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Ledgerlink checks for changes on its schedule.</source>
        <translation>Ledgerlink vérifie les modifications selon son planning.</translation>
    </message>
    <message>
        <source>Nothing is sent or received until you enable it again.</source>
        <translation>Rien n’est envoyé ni reçu tant que vous ne la réactivez pas.</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Heure locale : %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>A sync of this integration is running.</source>
        <translation>Une synchronisation de cette intégration est en cours.</translation>
    </message>
    <message>
        <source>Sync this integration now</source>
        <translation>Synchroniser cette intégration maintenant</translation>
    </message>
    <message>
        <source>Only an active integration can sync.</source>
        <translation>Seule une intégration active peut se synchroniser.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s sign-in for %2. Reconnect to sign in again; nothing syncs until you do.</source>
        <translation>%1 n’accepte plus la connexion de Ledgerlink pour %2. Reconnectez-vous ; rien n’est synchronisé d’ici là.</translation>
    </message>
    <message>
        <source>Point the links of this organisation&apos;s records at the chosen organisation.</source>
        <translation>Faire pointer les liens des enregistrements de cette organisation vers l’organisation choisie.</translation>
    </message>
    <message>
        <source>Connect another organisation of %1 first.</source>
        <translation>Connectez d’abord une autre organisation de %1.</translation>
    </message>
    <message>
        <source>Enabled. A full sync starts now to catch up with everything that changed while it was off.</source>
        <translation>Activée. Une synchronisation complète démarre pour rattraper tout ce qui a changé pendant la désactivation.</translation>
    </message>
    <message>
        <source>Disable this integration?</source>
        <translation>Désactiver cette intégration ?</translation>
    </message>
    <message>
        <source>Disable the integration with %1?</source>
        <translation>Désactiver l’intégration avec %1 ?</translation>
    </message>
    <message>
        <source>Nothing will update while it is disabled: new and changed customers, items, invoices and payments are neither sent nor received. When you enable it again, a full sync catches up.</source>
        <translation>Rien ne sera mis à jour tant qu’elle est désactivée : les clients, articles, factures et paiements nouveaux ou modifiés ne sont ni envoyés ni reçus. Lorsque vous la réactivez, une synchronisation complète rattrape le retard.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disconnect this integration?</source>
        <translation>Déconnecter cette intégration ?</translation>
    </message>
    <message>
        <source>Disconnect Ledgerlink from %1 in %2?</source>
        <translation>Déconnecter Ledgerlink de %1 dans %2 ?</translation>
    </message>
    <message>
        <source>Ledgerlink tells %1 to forget its sign-in and removes the stored keys from this computer. Your customers, invoices, payments, their links and the history stay here, so you can connect again later.</source>
        <translation>Ledgerlink demande à %1 d’oublier sa connexion et supprime les clés enregistrées de cet ordinateur. Vos clients, factures, paiements, leurs liens et l’historique restent ici : vous pourrez vous reconnecter plus tard.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Décon&amp;necter</translation>
    </message>
    <message>
        <source>Move links to another organisation?</source>
        <translation>Déplacer les liens vers une autre organisation ?</translation>
    </message>
    <message>
        <source>Move every link of %1 to %2?</source>
        <translation>Déplacer tous les liens de %1 vers %2 ?</translation>
    </message>
    <message>
        <source>Records that were synced with %1 will from now on be updated in %2 instead. Use this when the business moved to a new organisation that holds the same records. Nothing is sent until the next sync.</source>
        <translation>Les enregistrements synchronisés avec %1 seront désormais mis à jour dans %2. Utilisez cette option lorsque l’entreprise est passée à une nouvelle organisation contenant les mêmes enregistrements. Rien n’est envoyé avant la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Move Links</source>
        <translation>&amp;Déplacer les liens</translation>
    </message>
    <message>
        <source>What is kept in step, in which direction, and how often.</source>
        <translation>Ce qui est synchronisé, dans quel sens et à quelle fréquence.</translation>
    </message>
    <message>
        <source>Edit Se&amp;ttings…</source>
        <translation>Modifier les &amp;paramètres…</translation>
    </message>
    <message>
        <source>Edit the integration&apos;s settings</source>
        <translation>Modifier les paramètres de l’intégration</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Ta&amp;x Mapping…</source>
        <translation>Correspondance des ta&amp;xes…</translation>
    </message>
    <message>
        <source>Choose the tax code each tax type is sent as</source>
        <translation>Choisissez le code de taxe envoyé pour chaque type de taxe</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::IntegrationsPage</name>
    <message>
        <source>No apps added yet</source>
        <translation>Aucune application ajoutée</translation>
    </message>
    <message>
        <source>Connect your accounting package to keep customers, items, invoices and payments in step. You choose what is synced, and in which direction.</source>
        <translation>Connectez votre logiciel de comptabilité pour synchroniser clients, articles, factures et paiements. Vous choisissez ce qui est synchronisé, et dans quel sens.</translation>
    </message>
    <message>
        <source>+ &amp;Add a new app</source>
        <translation>+ A&amp;jouter une application</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>+ Add a &amp;new app</source>
        <translation>+ Ajouter une &amp;nouvelle application</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::InvoicePushStep</name>
    <message>
        <source>Invoice %1 waits until its customer is in the accounting package.</source>
        <translation>La facture %1 attend que son client soit dans le logiciel de comptabilité.</translation>
    </message>
    <message>
        <source>Invoice %1 is not sent because its customer is marked &quot;skip&quot; in the customer matching table.</source>
        <translation>La facture %1 n’est pas envoyée car son client est marqué « Ignorer » dans l’association des clients.</translation>
    </message>
    <message>
        <source>Invoice %1 is not sent: line %2 uses a tax type that the tax mapping sends as &quot;%3&quot;, a tax code the accounting package does not have. Correct the tax mapping.</source>
        <translation>La facture %1 n’est pas envoyée : la ligne %2 utilise un type de taxe que la correspondance des taxes envoie comme « %3 », un code de TVA absent du logiciel de comptabilité. Corrigez la correspondance des taxes.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::LoopbackReplyHandler</name>
    <message>
        <source>Ledgerlink cannot receive the provider&apos;s answer because port %1 on this computer is in use by another program. Close that program, or choose another port for this integration and register %2 as the redirect URI with the provider.</source>
        <translation>Ledgerlink ne peut pas recevoir la réponse du fournisseur car le port %1 de cet ordinateur est utilisé par un autre programme. Fermez ce programme, ou choisissez un autre port pour cette intégration et enregistrez %2 comme URI de redirection auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Authorisation received</source>
        <translation>Autorisation reçue</translation>
    </message>
    <message>
        <source>Return to Ledgerlink to finish connecting. You can close this tab.</source>
        <translation>Revenez à Ledgerlink pour terminer la connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>L’accès n’a pas été accordé</translation>
    </message>
    <message>
        <source>You declined the connection. Return to Ledgerlink if you want to try again.</source>
        <translation>Vous avez refusé la connexion. Revenez à Ledgerlink si vous souhaitez réessayer.</translation>
    </message>
    <message>
        <source>The provider reported a problem</source>
        <translation>Le fournisseur a signalé un problème</translation>
    </message>
    <message>
        <source>Return to Ledgerlink for details. You can close this tab.</source>
        <translation>Revenez à Ledgerlink pour en savoir plus. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Ce lien n’est pas valide</translation>
    </message>
    <message>
        <source>This answer does not belong to a connection Ledgerlink is waiting for, or it was already used. Return to Ledgerlink and start the connection again.</source>
        <translation>Cette réponse ne correspond à aucune connexion attendue par Ledgerlink, ou elle a déjà été utilisée. Revenez à Ledgerlink et relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::MainWindow</name>
    <message>
        <source>Ledgerlink — demo business</source>
        <translation>Ledgerlink — entreprise de démonstration</translation>
    </message>
    <message>
        <source>Ledgerlink</source>
        <translation>Ledgerlink</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add a New App…</source>
        <translation>&amp;Ajouter une application…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Intégrations</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Ledgerlink</source>
        <translation>À &amp;propos de Ledgerlink</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Providers: local sandbox at %1</source>
        <translation>Fournisseurs : bac à sable local sur %1</translation>
    </message>
    <message>
        <source>No sync running</source>
        <translation>Aucune synchronisation en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications : %n non lue</numerusform>
            <numerusform>Notifications : %n non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>About Ledgerlink</source>
        <translation>À propos de Ledgerlink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ledgerlink %1&lt;/h3&gt;&lt;p&gt;Keeps your business&apos;s customers, items, invoices and payments in step with Xero, QuickBooks Online, Sage Business Cloud Accounting and MYOB.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ledgerlink %1&lt;/h3&gt;&lt;p&gt;Synchronise les clients, articles, factures et paiements de votre entreprise avec Xero, QuickBooks Online, Sage Business Cloud Accounting et MYOB.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::MyobClient</name>
    <message>
        <source>MYOB does not have this record any more (%1).</source>
        <translation>MYOB n’a plus cet enregistrement (%1).</translation>
    </message>
    <message>
        <source>Ledgerlink does not send credit notes to MYOB yet. Enter credit note %1 in MYOB.</source>
        <translation>Ledgerlink n’envoie pas encore d’avoirs à MYOB. Saisissez l’avoir %1 dans MYOB.</translation>
    </message>
    <message>
        <source>Invoice %1 is an item invoice in MYOB, but now has lines without an item MYOB knows. Change it in MYOB.</source>
        <translation>La facture %1 est une facture d’articles dans MYOB, mais contient maintenant des lignes sans article connu de MYOB. Modifiez-la dans MYOB.</translation>
    </message>
    <message>
        <source>MYOB does not let a customer payment be changed. Delete the payment in MYOB and enter it again.</source>
        <translation>MYOB ne permet pas de modifier un paiement client. Supprimez le paiement dans MYOB et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The payment&apos;s invoice is not in MYOB.</source>
        <translation>La facture de ce paiement n’est pas dans MYOB.</translation>
    </message>
    <message>
        <source>MYOB has no account %1 to receive the payment into. Choose the payment account in the integration&apos;s settings.</source>
        <translation>MYOB n’a pas de compte %1 pour recevoir le paiement. Choisissez le compte de paiements dans les paramètres de l’intégration.</translation>
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
        <translation>Lue : %1</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Non lue : %1</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::NotificationPopup</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Notifications, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>No notifications. The outcome of every sync will appear here.</source>
        <translation>Aucune notification. Le résultat de chaque synchronisation apparaîtra ici.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::OrganisationDiscovery</name>
    <message>
        <source>%1 did not say which company was connected. Connect again and choose a company.</source>
        <translation>%1 n’a pas indiqué quelle entreprise a été connectée. Reconnectez-vous et choisissez une entreprise.</translation>
    </message>
    <message>
        <source>Ledgerlink was authorised but could not list the organisations it may access. Check the connection to %1 and try again.</source>
        <translation>Ledgerlink a été autorisé mais n’a pas pu lister les organisations auxquelles il a accès. Vérifiez la connexion à %1 et réessayez.</translation>
    </message>
    <message>
        <source>The authorisation reaches no organisation. Connect again and select at least one organisation on the consent page.</source>
        <translation>L’autorisation ne donne accès à aucune organisation. Reconnectez-vous et sélectionnez au moins une organisation sur la page de consentement.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ProviderClient</name>
    <message>
        <source>Sending payments recorded in Ledgerlink to %1 is not supported yet. Click &quot;Edit Settings…&quot; on the integration&apos;s page and clear &quot;Also send payments recorded in Ledgerlink to %1&quot;.</source>
        <translation>L’envoi à %1 des paiements saisis dans Ledgerlink n’est pas encore pris en charge. Cliquez sur « Modifier les paramètres… » sur la page de l’intégration et décochez « Envoyer aussi à %1 les paiements saisis dans Ledgerlink ».</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReconnectDialog</name>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s sign-in for %2. Click Sign in: your browser opens %1&apos;s sign-in page. Sign in as a user who can open %2, allow access, then come back here. The integration keeps its settings, links and history.</source>
        <translation>%1 n’accepte plus la connexion de Ledgerlink pour %2. Cliquez sur « Se connecter » : votre navigateur ouvre la page de connexion de %1. Connectez-vous avec un utilisateur qui peut ouvrir %2, autorisez l’accès, puis revenez ici. L’intégration conserve ses paramètres, ses liens et son historique.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Ledgerlink&apos;s custom connection for %2. Check that the connection is still active at %1, then click Connect. The integration keeps its settings, links and history.</source>
        <translation>%1 n’accepte plus la connexion personnalisée de Ledgerlink pour %2. Vérifiez que la connexion est toujours active chez %1, puis cliquez sur « Connecter ». L’intégration conserve ses paramètres, ses liens et son historique.</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1</source>
        <translation>&amp;Se connecter à %1</translation>
    </message>
    <message>
        <source>&amp;Connect to %1</source>
        <translation>&amp;Connecter à %1</translation>
    </message>
    <message>
        <source>Ledgerlink is already signing in to %1 again. Finish that sign-in first.</source>
        <translation>Ledgerlink est déjà en train de se reconnecter à %1. Terminez d’abord cette connexion.</translation>
    </message>
    <message>
        <source>&amp;Sign in Again</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RecordsModel</name>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <source>%1 on %2 (invoice %3)</source>
        <translation>%1 le %2 (facture %3)</translation>
    </message>
    <message>
        <source>No integration</source>
        <translation>Aucune intégration</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de synchronisation</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Sync state &amp;in:</source>
        <translation>État de &amp;synchronisation dans :</translation>
    </message>
    <message>
        <source>Integration whose sync state is shown</source>
        <translation>Intégration dont l’état de synchronisation est affiché</translation>
    </message>
    <message>
        <source>No integration yet</source>
        <translation>Aucune intégration pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>A&amp;rticles</translation>
    </message>
    <message>
        <source>Ta&amp;x types</source>
        <translation>&amp;Types de taxe</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <source>An invoice is sent to the accounting package when it reaches the trigger status (usually Pending Payment).</source>
        <translation>Une facture est envoyée au logiciel de comptabilité lorsqu’elle atteint le statut déclencheur (en général « En attente de paiement »).</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Sélectionnez d’abord une facture.</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation>La facture %1 est maintenant : %2.</translation>
    </message>
    <message>
        <source>Inv&amp;oices</source>
        <translation>Fact&amp;ures</translation>
    </message>
    <message>
        <source>&amp;Mark as Pending Payment</source>
        <translation>&amp;Marquer « En attente de paiement »</translation>
    </message>
    <message>
        <source>Voi&amp;d</source>
        <translation>A&amp;nnuler la facture</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReferenceDataStep</name>
    <message>
        <source>The tax mapping sends tax type %1 as &quot;%2&quot;, but the accounting package has no tax code &quot;%2&quot;. Choose one of its tax codes in the integration&apos;s tax mapping.</source>
        <translation>La correspondance des taxes envoie le type de taxe %1 comme « %2 », mais le logiciel de comptabilité n’a pas de code de TVA « %2 ». Choisissez l’un de ses codes de TVA dans la correspondance des taxes de l’intégration.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Counting what the first sync will send and receive…</source>
        <translation>Calcul de ce que la première synchronisation enverra et recevra…</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Décompte des enregistrements</translation>
    </message>
    <message>
        <source>Records the first sync will send and receive</source>
        <translation>Enregistrements que la première synchronisation enverra et recevra</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Check what the first sync with %1 will do, then click Proceed.</source>
        <translation>Vérifiez ce que fera la première synchronisation avec %1, puis cliquez sur « Continuer ».</translation>
    </message>
    <message numerus="yes">
        <source>After you click Proceed, the integration with %1 is active and its first sync runs in the background. You can keep working; the bell tells you when it has finished. After that, Ledgerlink checks for changes every %n minute(s).</source>
        <translation>
            <numerusform>Après « Continuer », l’intégration avec %1 est active et sa première synchronisation s’exécute en arrière-plan. Vous pouvez continuer à travailler ; la cloche vous prévient quand elle est terminée. Ensuite, Ledgerlink recherche les modifications à intervalles de %n minute.</numerusform>
            <numerusform>Après « Continuer », l’intégration avec %1 est active et sa première synchronisation s’exécute en arrière-plan. Vous pouvez continuer à travailler ; la cloche vous prévient quand elle est terminée. Ensuite, Ledgerlink recherche les modifications toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to send %Ln record(s) to %1 and receive %2.</source>
        <translation>
            <numerusform>Vous allez envoyer %Ln enregistrement à %1 et en recevoir %2.</numerusform>
            <numerusform>Vous allez envoyer %Ln enregistrements à %1 et en recevoir %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerlink::RunItemModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Local id</source>
        <translation>Identifiant local</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Identifiant distant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Identifiant de corrélation</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SageClient</name>
    <message>
        <source>Ledgerlink sends payments to Sage for invoices only, not for credit notes.</source>
        <translation>Ledgerlink n’envoie à Sage que les paiements de factures, pas ceux d’avoirs.</translation>
    </message>
    <message>
        <source>Sage does not change a recorded payment. Delete the payment in Sage and record it again.</source>
        <translation>Sage ne modifie pas un paiement déjà saisi. Supprimez le paiement dans Sage et saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SecretStore</name>
    <message>
        <source>No system keychain is available, so Ledgerlink cannot store or read its credentials. Start GNOME Keyring or KWallet, or log in to a desktop session, and try again; Ledgerlink does not store secrets in files.</source>
        <translation>Aucun trousseau système n’est disponible : Ledgerlink ne peut ni enregistrer ni lire ses identifiants. Démarrez GNOME Keyring ou KWallet, ou ouvrez une session de bureau, puis réessayez ; Ledgerlink n’enregistre pas de secrets dans des fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain refused access, probably because it is locked. Unlock your keyring (GNOME Keyring/KWallet) and try again.</source>
        <translation>Le trousseau système a refusé l’accès, probablement parce qu’il est verrouillé. Déverrouillez votre trousseau (GNOME Keyring/KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Check that your keyring is running and unlocked, then try again.</source>
        <translation>Le trousseau système n’a pas pu traiter la demande. Vérifiez qu’il fonctionne et qu’il est déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>Internal error: a secret needs an owner and a name.</source>
        <translation>Erreur interne : un secret doit avoir un propriétaire et un nom.</translation>
    </message>
    <message>
        <source>The credential is too large to store in the system keychain (%1 bytes, at most %2).</source>
        <translation>L’identifiant est trop volumineux pour le trousseau système (%1 octets, %2 au maximum).</translation>
    </message>
    <message>
        <source>A stored credential is missing from the system keychain. Connect the integration again.</source>
        <translation>Un identifiant enregistré manque dans le trousseau système. Reconnectez l’intégration.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record a keychain entry in its database.</source>
        <translation>Ledgerlink n’a pas pu noter une entrée du trousseau dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update its list of keychain entries.</source>
        <translation>Ledgerlink n’a pas pu mettre à jour sa liste d’entrées du trousseau.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read its list of keychain entries.</source>
        <translation>Ledgerlink n’a pas pu lire sa liste d’entrées du trousseau.</translation>
    </message>
    <message>
        <source>Ledgerlink cannot read a stored credential: the system keychain is locked or the entry was deleted. Unlock your keyring and try again; if that does not help, connect the integration again.</source>
        <translation>Ledgerlink ne peut pas lire un identifiant enregistré : le trousseau du système est verrouillé ou l’entrée a été supprimée. Déverrouillez votre trousseau et réessayez ; si cela ne suffit pas, reconnectez l’intégration.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SelectAppPage</name>
    <message>
        <source>Select the App</source>
        <translation>Choisir l’application</translation>
    </message>
    <message>
        <source>Which accounting package should Ledgerlink keep in step with your records?</source>
        <translation>Avec quel logiciel de comptabilité Ledgerlink doit-il synchroniser vos données ?</translation>
    </message>
    <message>
        <source>Accounting apps</source>
        <translation>Applications de comptabilité</translation>
    </message>
    <message>
        <source>Choose an app from the list to continue.</source>
        <translation>Choisissez une application dans la liste pour continuer.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Used for new integrations; each integration can change it in its settings.</source>
        <translation>Utilisé pour les nouvelles intégrations ; chaque intégration peut le modifier dans ses paramètres.</translation>
    </message>
    <message>
        <source>&amp;Check for changes every:</source>
        <translation>Rechercher les modifications &amp;toutes les :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>On this computer (default)</source>
        <translation>Sur cet ordinateur (par défaut)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Keep data:</source>
        <translation>&amp;Conserver les données :</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>A PostgreSQL server lets several office computers share one database. A new location takes effect the next time Ledgerlink starts; your data is not moved.</source>
        <translation>Un serveur PostgreSQL permet à plusieurs ordinateurs du bureau de partager une base de données. Un nouvel emplacement prend effet au prochain démarrage de Ledgerlink ; vos données ne sont pas déplacées.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the system tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>A&amp;nnuler les modifications</translation>
    </message>
    <message>
        <source>Path of an SQLite file</source>
        <translation>Chemin d’un fichier SQLite</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the address of the PostgreSQL database, such as postgresql://user@server:5432/ledgerlink.</source>
        <translation>Saisissez l’adresse de la base PostgreSQL, par exemple postgresql://utilisateur@serveur:5432/ledgerlink.</translation>
    </message>
    <message>
        <source>Enter the path of the SQLite file, or choose one with Browse.</source>
        <translation>Saisissez le chemin du fichier SQLite, ou choisissez-en un avec « Parcourir ».</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address. Write it as postgresql://user@server:5432/database.</source>
        <translation>Ce n’est pas une adresse PostgreSQL. Écrivez-la sous la forme postgresql://utilisateur@serveur:5432/base.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL address. Choose PostgreSQL server above, or enter the path of an SQLite file.</source>
        <translation>C’est une adresse PostgreSQL. Choisissez « Serveur PostgreSQL » ci-dessus, ou saisissez le chemin d’un fichier SQLite.</translation>
    </message>
    <message>
        <source>Saved. The new database location and language take effect the next time Ledgerlink starts.</source>
        <translation>Enregistré. Le nouvel emplacement de la base et la langue prennent effet au prochain démarrage de Ledgerlink.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SignInWaitPanel</name>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>En attente de votre autorisation dans le navigateur…</translation>
    </message>
    <message>
        <source>Waiting for authorisation</source>
        <translation>En attente de l’autorisation</translation>
    </message>
    <message>
        <source>C&amp;ancel Sign-in</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this address into your browser:</source>
        <translation>Si aucune fenêtre de navigateur ne s’est ouverte, copiez cette adresse dans votre navigateur :</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::StoreOpener</name>
    <message>
        <source>No password for this database is stored in the keychain; store it with &quot;ledgerlink database-password --database URL&quot; (it reads the password from standard input).</source>
        <translation>Aucun mot de passe pour cette base de données n’est enregistré dans le trousseau ; enregistrez-le avec « ledgerlink database-password --database URL » (le mot de passe est lu sur l’entrée standard).</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncEngine</name>
    <message>
        <source>Ledgerlink has no authorisation for this integration on this computer. Authorise it again.</source>
        <translation>Ledgerlink n’a pas d’autorisation pour cette intégration sur cet ordinateur. Autorisez-la à nouveau.</translation>
    </message>
    <message>
        <source>Syncing with %1 is not available in this version of Ledgerlink yet.</source>
        <translation>La synchronisation avec %1 n’est pas encore disponible dans cette version de Ledgerlink.</translation>
    </message>
    <message>
        <source>The sync worker is not ready: its database connection is not open.</source>
        <translation>La synchronisation n’est pas prête : sa connexion à la base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The integration is switched off, so nothing was synced.</source>
        <translation>L’intégration est désactivée : rien n’a été synchronisé.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase :</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements :</translation>
    </message>
    <message>
        <source>Checking writes an earlier run left unfinished</source>
        <translation>Vérification des écritures laissées inachevées par une exécution précédente</translation>
    </message>
    <message>
        <source>Reading tax rates and accounts</source>
        <translation>Lecture des taux de taxe et des comptes</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Rapprochement des clients</translation>
    </message>
    <message>
        <source>Keeping items in step</source>
        <translation>Synchronisation des articles</translation>
    </message>
    <message>
        <source>Sending invoices</source>
        <translation>Envoi des factures</translation>
    </message>
    <message>
        <source>Receiving payments</source>
        <translation>Réception des paiements</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Tax rates and accounts</source>
        <translation>Taux de taxe et comptes</translation>
    </message>
    <message>
        <source>Unfinished writes</source>
        <translation>Écritures inachevées</translation>
    </message>
    <message>
        <source>No sync running</source>
        <translation>Aucune synchronisation en cours</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>du fournisseur</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s rate limit — %2</source>
        <translation>Attente de la limite de requêtes de %1 — %2</translation>
    </message>
    <message>
        <source>Last run finished</source>
        <translation>Dernière exécution terminée</translation>
    </message>
    <message>
        <source>Last run finished with failed records</source>
        <translation>Dernière exécution terminée avec des enregistrements en échec</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Dernière exécution échouée</translation>
    </message>
    <message>
        <source>Last run was cancelled</source>
        <translation>Dernière exécution annulée</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::SyncRunner</name>
    <message>
        <source>The integration is switched off, so nothing was synced.</source>
        <translation>L’intégration est désactivée : rien n’a été synchronisé.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What was sent so far is kept.</source>
        <translation>La synchronisation a été annulée. Ce qui a déjà été envoyé est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be synced; see History for the reasons.</source>
        <translation>
            <numerusform>%n enregistrement n’a pas pu être synchronisé ; voyez l’historique pour la raison.</numerusform>
            <numerusform>%n enregistrements n’ont pas pu être synchronisés ; voyez l’historique pour les raisons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished: %1 created, %2 updated.</source>
        <translation>Synchronisation terminée : %1 créés, %2 mis à jour.</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <source>Sync finished with problems</source>
        <translation>Synchronisation terminée avec des problèmes</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Nothing to retry: run %1 has no failed records.</source>
        <translation>Rien à réessayer : la synchronisation %1 n’a aucun enregistrement en échec.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of this integration, so there is nothing to retry. Pick the run in History.</source>
        <translation>La synchronisation %1 n’appartient pas à cette intégration ; il n’y a donc rien à réessayer. Choisissez la synchronisation dans l’historique.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingDelegate</name>
    <message>
        <source>Tax code sent for %1</source>
        <translation>Code de taxe envoyé pour %1</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingDialog</name>
    <message>
        <source>Tax mapping of %1 (%2)</source>
        <translation>Correspondance des taxes de %1 (%2)</translation>
    </message>
    <message>
        <source>Each tax type in Ledgerlink is sent to %1 as one of its tax codes. Ledgerlink picks the code with the same code or name automatically. Where that is wrong, or where nothing matches, choose the code to send in the &quot;Sent as&quot; column. Your choice also sets the rate: it follows %1&apos;s rate for that code.</source>
        <translation>Chaque type de taxe de Ledgerlink est envoyé à %1 sous l’un de ses codes de taxe. Ledgerlink choisit automatiquement le code de même code ou de même nom. Si ce choix est faux, ou si rien ne correspond, choisissez le code à envoyer dans la colonne « Envoyé comme ». Votre choix fixe aussi le taux : il suit le taux de %1 pour ce code.</translation>
    </message>
    <message>
        <source>Tax mapping</source>
        <translation>Correspondance des taxes</translation>
    </message>
    <message>
        <source>Tax rates are read on the first sync with %1. Sync once, then come back.</source>
        <translation>Les taux de taxe sont lus lors de la première synchronisation avec %1. Synchronisez une fois, puis revenez ici.</translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation>&amp;Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Tax rates are not read from %1 in this integration&apos;s settings. Switch on Tax rates in Edit Settings, sync once, then come back.</source>
        <translation>D’après les paramètres de cette intégration, les taux de taxe ne sont pas lus depuis %1. Activez les taux de taxe dans « Modifier les paramètres », synchronisez une fois, puis revenez ici.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TaxMappingModel</name>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (unknown to the accounting package)</source>
        <translation>%1 (inconnu du logiciel comptable)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Unknown code - choose another</source>
        <translation>Code inconnu – choisissez-en un autre</translation>
    </message>
    <message>
        <source>No match - invoices with this tax type will fail</source>
        <translation>Aucune correspondance – les factures avec ce type de taxe échoueront</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This tax type has no code, so it can only be matched automatically by name.</source>
        <translation>Ce type de taxe n’a pas de code : il ne peut être associé qu’automatiquement, par son nom.</translation>
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
        <translation>Type de taxe dans Ledgerlink</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Envoyé comme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::TokenManager</name>
    <message>
        <source>The stored authorisation is empty.</source>
        <translation>L’autorisation enregistrée est vide.</translation>
    </message>
</context>
<context>
    <name>Ledgerlink::WizardController</name>
    <message>
        <source>Another integration is being saved. Wait a moment and try again.</source>
        <translation>Une autre intégration est en cours d’enregistrement. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s contacts…</source>
        <translation>Lecture des contacts de %1…</translation>
    </message>
    <message>
        <source>Ledgerlink could not read %1&apos;s contacts: %2 The customers will be matched automatically on the first sync.</source>
        <translation>Ledgerlink n’a pas pu lire les contacts de %1 : %2 Les clients seront associés automatiquement lors de la première synchronisation.</translation>
    </message>
    <message>
        <source>Suggestions from the contacts of %1, the first organisation you ticked. The other organisations are matched automatically on their first sync.</source>
        <translation>Suggestions tirées des contacts de %1, la première organisation cochée. Les autres organisations sont associées automatiquement lors de leur première synchronisation.</translation>
    </message>
    <message>
        <source>Suggestions from the contacts of %1.</source>
        <translation>Suggestions tirées des contacts de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other customer(s) have no likely match in %1 and are treated as new.</source>
        <translation>
            <numerusform>%n autre client n’a pas de correspondance probable dans %1 et sera traité comme nouveau.</numerusform>
            <numerusform>%n autres clients n’ont pas de correspondance probable dans %1 et seront traités comme nouveaux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkMover</name>
    <message>
        <source>Choose another organisation: the links are already in %1.</source>
        <translation>Choisissez une autre organisation : les liens sont déjà dans %1.</translation>
    </message>
    <message>
        <source>A sync is running, so no links were moved. Try again when it has finished.</source>
        <translation>Une synchronisation est en cours, aucun lien n’a donc été déplacé. Réessayez lorsqu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Already linked in %1; that link is kept.</source>
        <translation>Déjà lié dans %1 ; ce lien est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>Links moved from %1: %n record(s) will be found again in %2 by its next sync before anything is sent.</source>
        <translation>
            <numerusform>Liens déplacés depuis %1 : %n enregistrement sera retrouvé dans %2 par sa prochaine synchronisation avant tout envoi.</numerusform>
            <numerusform>Liens déplacés depuis %1 : %n enregistrements seront retrouvés dans %2 par sa prochaine synchronisation avant tout envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>Ledgerlink could not record the start of a write in its database.</source>
        <translation>Ledgerlink n’a pas pu noter le début d’une écriture dans sa base de données.</translation>
    </message>
    <message>
        <source>The provider did not return an id for the %1 record.</source>
        <translation>Le fournisseur n’a pas renvoyé d’identifiant pour l’enregistrement %1.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the result of a write in its database.</source>
        <translation>Ledgerlink n’a pas pu noter le résultat d’une écriture dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the failed write in its database.</source>
        <translation>Ledgerlink n’a pas pu noter l’écriture échouée dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the link between two records in its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer le lien entre deux enregistrements dans sa base de données.</translation>
    </message>
    <message>
        <source>The provider&apos;s %1 %2 is already linked to local %1 %3, so it cannot also be linked to %1 %4. One of them is probably a duplicate; merge them and sync again.</source>
        <translation>L’élément %1 %2 du fournisseur est déjà lié à l’élément local %1 %3 ; il ne peut pas être lié aussi à %1 %4. L’un d’eux est probablement un doublon ; fusionnez-les et synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>Link %1 does not exist.</source>
        <translation>Le lien %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read links from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les liens dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the %1 record to look up in its database.</source>
        <translation>Ledgerlink n’a pas pu noter dans sa base de données l’enregistrement %1 à rechercher.</translation>
    </message>
    <message>
        <source>Ledgerlink could not remove the old links from its database.</source>
        <translation>Ledgerlink n’a pas pu supprimer les anciens liens de sa base de données.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Ledgerlink could not prepare the database for use.</source>
        <translation>Ledgerlink n’a pas pu préparer la base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the database&apos;s version.</source>
        <translation>Ledgerlink n’a pas pu lire la version de la base de données.</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Ledgerlink (database version %1; this version understands up to %2). Install the newer Ledgerlink, or choose another database. Nothing was changed.</source>
        <translation>Cette base a été utilisée en dernier par une version plus récente de Ledgerlink (version de base %1 ; cette version comprend jusqu’à %2). Installez la version récente de Ledgerlink, ou choisissez une autre base. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Try again in a moment.</source>
        <translation>La base de données est occupée ou verrouillée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Ledgerlink could not lock the database for an upgrade.</source>
        <translation>Ledgerlink n’a pas pu verrouiller la base de données pour la mettre à jour.</translation>
    </message>
    <message>
        <source>Ledgerlink could not upgrade the database to version %1. Nothing was changed.</source>
        <translation>Ledgerlink n’a pas pu mettre à jour la base de données vers la version %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record the database upgrade.</source>
        <translation>Ledgerlink n’a pas pu noter la mise à jour de la base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not finish the database upgrade.</source>
        <translation>Ledgerlink n’a pas pu terminer la mise à jour de la base de données.</translation>
    </message>
</context>
<context>
    <name>MoveLinksCommand</name>
    <message>
        <source>Move an integration&apos;s links to another organisation&apos;s integration (nothing is lost or duplicated: the records are found again there before anything is sent).</source>
        <translation>Déplacer les liens d’une intégration vers l’intégration d’une autre organisation (rien n’est perdu ni dupliqué : les enregistrements y sont retrouvés avant tout envoi).</translation>
    </message>
    <message>
        <source>Integration id or organisation name to move from.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation d’origine.</translation>
    </message>
    <message>
        <source>Integration id or organisation name to move to.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation de destination.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Name the integration to move from and the one to move to, e.g. ledgerlink move-links &quot;Old Ltd&quot; &quot;New Ltd&quot;.</source>
        <translation>Indiquez l’intégration d’origine et celle de destination, par exemple ledgerlink move-links &quot;Ancienne SARL&quot; &quot;Nouvelle SARL&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Moved the links of %1 to %2: %n record(s) will be found again there by its next sync before anything is sent. %1 is now switched off.</source>
        <translation>
            <numerusform>Liens de %1 déplacés vers %2 : %n enregistrement y sera retrouvé par sa prochaine synchronisation avant tout envoi. L’intégration %1 est maintenant désactivée.</numerusform>
            <numerusform>Liens de %1 déplacés vers %2 : %n enregistrements y seront retrouvés par sa prochaine synchronisation avant tout envoi. L’intégration %1 est maintenant désactivée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already linked in %1 and kept as they are.</source>
        <translation>
            <numerusform>%n enregistrement était déjà lié dans %1 et reste inchangé.</numerusform>
            <numerusform>%n enregistrements étaient déjà liés dans %1 et restent inchangés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyobInvoiceMapper</name>
    <message>
        <source>Invoice %1 line %2 uses tax code %3, which MYOB does not have.</source>
        <translation>La ligne %2 de la facture %1 utilise le code de TVA %3, qui n’existe pas dans MYOB.</translation>
    </message>
    <message>
        <source>Invoice %1 line %2 has no income account MYOB knows (%3). Choose the default sales account in the integration&apos;s settings.</source>
        <translation>La ligne %2 de la facture %1 n’a pas de compte de produits connu de MYOB (%3). Choisissez le compte de ventes par défaut dans les paramètres de l’intégration.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>MyobItemMapper</name>
    <message>
        <source>Item %1 uses tax code %2, which MYOB does not have.</source>
        <translation>L’article %1 utilise le code de TVA %2, qui n’existe pas dans MYOB.</translation>
    </message>
    <message>
        <source>Item %1 uses account %2, which MYOB does not have.</source>
        <translation>L’article %1 utilise le compte %2, qui n’existe pas dans MYOB.</translation>
    </message>
</context>
<context>
    <name>MyobReply</name>
    <message>
        <source>MYOB accepted a new record but did not say which one it is. The next sync checks MYOB before sending it again.</source>
        <translation>MYOB a accepté un nouvel enregistrement sans indiquer lequel. La prochaine synchronisation vérifie MYOB avant de le renvoyer.</translation>
    </message>
    <message>
        <source>MYOB no longer accepts Ledgerlink&apos;s authorisation for this company file. Authorise the integration again.</source>
        <translation>MYOB n’accepte plus l’autorisation de Ledgerlink pour ce fichier d’entreprise. Autorisez à nouveau l’intégration.</translation>
    </message>
    <message>
        <source>MYOB&apos;s rate limit was reached; the sync will try again shortly.</source>
        <translation>La limite de requêtes de MYOB est atteinte ; la synchronisation réessaiera sous peu.</translation>
    </message>
    <message>
        <source>MYOB does not let Ledgerlink use this company file (%1). Check the user&apos;s access to the company file and authorise the integration again.</source>
        <translation>MYOB ne permet pas à Ledgerlink d’utiliser ce fichier d’entreprise (%1). Vérifiez l’accès de l’utilisateur au fichier d’entreprise et autorisez à nouveau l’intégration.</translation>
    </message>
    <message>
        <source>MYOB had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>MYOB a rencontré un problème pour répondre (HTTP %1). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Someone changed this record in MYOB while Ledgerlink was sending it (%1). It is sent again when it next changes.</source>
        <translation>Quelqu’un a modifié cet enregistrement dans MYOB pendant que Ledgerlink l’envoyait (%1). Il sera renvoyé à sa prochaine modification.</translation>
    </message>
    <message>
        <source>MYOB does not have this record any more (%1).</source>
        <translation>MYOB n’a plus cet enregistrement (%1).</translation>
    </message>
    <message>
        <source>MYOB answered with an unexpected error (HTTP %1).</source>
        <translation>MYOB a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>MYOB refused the record: %1</source>
        <translation>MYOB a refusé l’enregistrement : %1</translation>
    </message>
    <message>
        <source>MYOB could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>MYOB est injoignable (%1). Vérifiez la connexion Internet ; la synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>MYOB sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>MYOB a envoyé une réponse que Ledgerlink n’a pas pu lire ; Ledgerlink n’a donc rien modifié de son côté. La synchronisation réessaiera à la prochaine exécution.</translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>Ledgerlink could not save a notification.</source>
        <translation>Ledgerlink n’a pas pu enregistrer une notification.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read its notifications.</source>
        <translation>Ledgerlink n’a pas pu lire ses notifications.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update a notification.</source>
        <translation>Ledgerlink n’a pas pu mettre à jour une notification.</translation>
    </message>
    <message>
        <source>Notification %1 does not exist.</source>
        <translation>La notification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update its notifications.</source>
        <translation>Ledgerlink n’a pas pu mettre à jour ses notifications.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>Payments can only be recorded against invoices; %1 is a credit note.</source>
        <translation>Les paiements ne peuvent être saisis que pour des factures ; %1 est un avoir.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2, so no payment can be recorded against it.</source>
        <translation>La facture %1 est %2 : aucun paiement ne peut être saisi pour elle.</translation>
    </message>
    <message>
        <source>A payment of %1 %3 is more than the %2 %3 still due on invoice %4. Check the amount.</source>
        <translation>Un paiement de %1 %3 dépasse les %2 %3 restant dus sur la facture %4. Vérifiez le montant.</translation>
    </message>
    <message>
        <source>The payments on invoice %1 cannot become negative.</source>
        <translation>Les paiements de la facture %1 ne peuvent pas devenir négatifs.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update invoice %1 with the payment.</source>
        <translation>Ledgerlink n’a pas pu mettre à jour la facture %1 avec le paiement.</translation>
    </message>
    <message>
        <source>A payment must be for more than zero.</source>
        <translation>Un paiement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation>Un paiement doit avoir une date.</translation>
    </message>
    <message>
        <source>Ledgerlink could not save the payment to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer le paiement dans sa base de données.</translation>
    </message>
    <message>
        <source>A payment cannot be moved to another invoice; record a new one.</source>
        <translation>Un paiement ne peut pas être déplacé vers une autre facture ; saisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>Payment %1 does not exist (it may have been deleted).</source>
        <translation>Le paiement %1 n’existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Ledgerlink could not read payments from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les paiements dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not update the invoice with the payment.</source>
        <translation>Ledgerlink n’a pas pu mettre à jour la facture avec le paiement.</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>Show what the next sync would send and what would be refused, without sending anything.</source>
        <translation>Afficher ce que la prochaine synchronisation enverrait et ce qui serait refusé, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>You are about to sync with %1:</source>
        <translation>Vous allez synchroniser avec %1 :</translation>
    </message>
    <message>
        <source>  %1: %2 to send</source>
        <translation>  %1 : %2 à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be refused; fix or skip them first:</source>
        <translation>
            <numerusform>%n enregistrement serait refusé ; corrigez-le ou ignorez-le d’abord :</numerusform>
            <numerusform>%n enregistrements seraient refusés ; corrigez-les ou ignorez-les d’abord :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRules</name>
    <message>
        <source>contact reference</source>
        <translation>référence de contact</translation>
    </message>
    <message>
        <source>card ID</source>
        <translation>ID de fiche</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>numéro de compte</translation>
    </message>
    <message>
        <source>The customer has no name; %1 requires one.</source>
        <translation>Le client n’a pas de nom ; %1 en exige un.</translation>
    </message>
    <message>
        <source>The name is longer than %1&apos;s %2 characters.</source>
        <translation>Le nom dépasse les %2 caractères autorisés par %1.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is longer than %3&apos;s %4 characters.</source>
        <translation>Le champ %1 « %2 » dépasse les %4 caractères autorisés par %3.</translation>
    </message>
    <message>
        <source>The item code is longer than %1&apos;s %2 characters.</source>
        <translation>Le code article dépasse les %2 caractères autorisés par %1.</translation>
    </message>
    <message>
        <source>The item name is longer than %1&apos;s %2 characters.</source>
        <translation>Le nom de l’article dépasse les %2 caractères autorisés par %1.</translation>
    </message>
    <message>
        <source>Ledgerlink does not send credit notes to %1 yet; enter this one in %1.</source>
        <translation>Ledgerlink n’envoie pas encore d’avoirs à %1 ; saisissez celui-ci dans %1.</translation>
    </message>
    <message>
        <source>Its number is longer than %1&apos;s %2 characters.</source>
        <translation>Son numéro dépasse les %2 caractères autorisés par %1.</translation>
    </message>
    <message>
        <source>It has no lines; %1 cannot accept a document without lines.</source>
        <translation>Le document n’a aucune ligne ; %1 n’accepte pas de document sans lignes.</translation>
    </message>
    <message>
        <source>It has %1 lines; %2 accepts at most %3.</source>
        <translation>Le document a %1 lignes ; %2 en accepte au plus %3.</translation>
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
        <translation>Comptabilité en ligne pour les petites entreprises, répandue en Nouvelle-Zélande, en Australie et au Royaume-Uni.</translation>
    </message>
    <message>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <source>Intuit&apos;s online accounting, widely used in North America and the UK.</source>
        <translation>La comptabilité en ligne d’Intuit, très utilisée en Amérique du Nord et au Royaume-Uni.</translation>
    </message>
    <message>
        <source>Sage Business Cloud Accounting</source>
        <translation>Sage Business Cloud Accounting</translation>
    </message>
    <message>
        <source>Sage&apos;s cloud accounting for the UK, Ireland, Canada, the US, Spain, France and Germany.</source>
        <translation>La comptabilité en ligne de Sage pour le Royaume-Uni, l’Irlande, le Canada, les États-Unis, l’Espagne, la France et l’Allemagne.</translation>
    </message>
    <message>
        <source>MYOB Business</source>
        <translation>MYOB Business</translation>
    </message>
    <message>
        <source>Accounting and payroll for businesses in Australia and New Zealand.</source>
        <translation>Comptabilité et paie pour les entreprises d’Australie et de Nouvelle-Zélande.</translation>
    </message>
</context>
<context>
    <name>ProviderClientFactory</name>
    <message>
        <source>Syncing with %1 is not available in this version of Ledgerlink yet.</source>
        <translation>La synchronisation avec %1 n’est pas encore disponible dans cette version de Ledgerlink.</translation>
    </message>
</context>
<context>
    <name>ProviderJson</name>
    <message>
        <source>%1 sent %2 data Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this keeps happening, contact support with the details.</source>
        <translation>%1 a envoyé des données %2 que Ledgerlink n’a pas pu lire ; Ledgerlink n’a donc rien modifié de son côté. Si cela se reproduit, contactez l’assistance avec les détails.</translation>
    </message>
</context>
<context>
    <name>ProviderTaxRateRepository</name>
    <message>
        <source>Ledgerlink could not save the accounting package&apos;s tax rates to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer les taux de taxe du logiciel comptable dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read the accounting package&apos;s tax rates from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les taux de taxe du logiciel comptable dans sa base de données.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Ledgerlink is shutting down; the sync stops.</source>
        <translation>Ledgerlink se ferme ; la synchronisation s’arrête.</translation>
    </message>
</context>
<context>
    <name>QboReply</name>
    <message>
        <source>QuickBooks Online no longer accepts Ledgerlink&apos;s authorisation for this company (%1). Authorise the integration again.</source>
        <translation>QuickBooks Online n’accepte plus l’autorisation de Ledgerlink pour cette entreprise (%1). Autorisez à nouveau l’intégration.</translation>
    </message>
    <message>
        <source>QuickBooks Online does not let Ledgerlink use this company (%1). Reconnect the company and authorise again.</source>
        <translation>QuickBooks Online ne permet pas à Ledgerlink d’utiliser cette entreprise (%1). Reconnectez l’entreprise et autorisez à nouveau l’accès.</translation>
    </message>
    <message>
        <source>QuickBooks Online&apos;s rate limit was reached; the sync will try again in a minute.</source>
        <translation>La limite de requêtes de QuickBooks Online est atteinte ; la synchronisation réessaiera dans une minute.</translation>
    </message>
    <message>
        <source>QuickBooks Online had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>QuickBooks Online a rencontré un problème pour répondre (HTTP %1). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>QuickBooks Online refused the record: %1</source>
        <translation>QuickBooks Online a refusé l’enregistrement : %1</translation>
    </message>
    <message>
        <source>QuickBooks Online could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>QuickBooks Online est injoignable (%1). Vérifiez la connexion Internet ; la synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>QuickBooks Online answered with an unexpected error (HTTP %1).</source>
        <translation>QuickBooks Online a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>QuickBooks Online sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>QuickBooks Online a envoyé une réponse que Ledgerlink n’a pas pu lire ; Ledgerlink n’a donc rien modifié de son côté. La synchronisation réessaiera à la prochaine exécution.</translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>Retry only the records that failed in one sync run.</source>
        <translation>Réessayer uniquement les enregistrements en échec d’une synchronisation.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>The run whose failed records are retried (see history).</source>
        <translation>La synchronisation dont les enregistrements en échec sont réessayés (voir history).</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Communiquer avec ledgerlink-sandbox à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Usage: ledgerlink retry INTEGRATION RUN_ID [--json]. The run id is in `ledgerlink history`.</source>
        <translation>Utilisation : ledgerlink retry INTÉGRATION ID_SYNCHRO [--json]. L’identifiant de la synchronisation figure dans `ledgerlink history`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one integration; use the integration id.</source>
        <translation>« %1 » désigne plusieurs intégrations ; utilisez l’identifiant de l’intégration.</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 - %3 created, %4 updated, %5 failed. %6</source>
        <translation>%1 : %2 - %3 créés, %4 mis à jour, %5 en échec. %6</translation>
    </message>
    <message>
        <source>Retrying the failed records of run %1 of %2</source>
        <translation>Nouvel essai des enregistrements en échec de la synchronisation %1 de %2</translation>
    </message>
</context>
<context>
    <name>RunContext</name>
    <message>
        <source>Ledgerlink could not count the records to send.</source>
        <translation>Ledgerlink n’a pas pu compter les enregistrements à envoyer.</translation>
    </message>
</context>
<context>
    <name>SageDeletions</name>
    <message>
        <source>Sage sent a list of deleted records Ledgerlink could not read, so Ledgerlink changed nothing on its side. If this keeps happening, contact support with the details.</source>
        <translation>Sage a envoyé une liste d’enregistrements supprimés que Ledgerlink n’a pas pu lire ; Ledgerlink n’a donc rien modifié de son côté. Si cela se reproduit, contactez l’assistance avec les détails.</translation>
    </message>
</context>
<context>
    <name>SageReply</name>
    <message>
        <source>Sage no longer accepts Ledgerlink&apos;s authorisation for this business. Authorise the integration again.</source>
        <translation>Sage n’accepte plus l’autorisation de Ledgerlink pour cette entreprise. Autorisez à nouveau l’intégration.</translation>
    </message>
    <message>
        <source>Sage does not let Ledgerlink use this business (%1). Check that the Sage user still has access, then authorise the integration again.</source>
        <translation>Sage ne permet pas à Ledgerlink d’utiliser cette entreprise (%1). Vérifiez que l’utilisateur Sage a toujours accès, puis autorisez à nouveau l’intégration.</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>Sage&apos;s rate limit was reached; the sync will try again later.</source>
        <translation>La limite de requêtes de Sage est atteinte ; la synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Sage had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>Sage a rencontré un problème pour répondre (HTTP %1). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Sage no longer has this record (it may have been deleted there). %1</source>
        <translation>Sage n’a plus cet enregistrement (il y a peut-être été supprimé). %1</translation>
    </message>
    <message>
        <source>Sage answered with an unexpected error (HTTP %1).</source>
        <translation>Sage a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>Sage refused the record: %1</source>
        <translation>Sage a refusé l’enregistrement : %1</translation>
    </message>
    <message>
        <source>Sage could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>Sage est injoignable (%1). Vérifiez la connexion Internet ; la synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>Sage sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>Sage a envoyé une réponse que Ledgerlink n’a pas pu lire ; Ledgerlink n’a donc rien modifié de son côté. La synchronisation réessaiera à la prochaine exécution.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Nothing was read from standard input. Type or pipe the secret.</source>
        <translation>Rien n’a été lu sur l’entrée standard. Saisissez le secret ou transmettez-le par un tube.</translation>
    </message>
</context>
<context>
    <name>SignInTokenSource</name>
    <message>
        <source>The sign-in has expired; sign in again to see the suggestions.</source>
        <translation>La connexion a expiré ; connectez-vous à nouveau pour voir les suggestions.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show each integration&apos;s state and Last successful poll.</source>
        <translation>Afficher l’état et la dernière interrogation réussie de chaque intégration.</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>  State: %1%2</source>
        <translation>  État : %1%2</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>  Last successful poll: %1</source>
        <translation>  Dernière interrogation réussie : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>  Last run: %1 %2</source>
        <translation>  Dernière synchronisation : %1 %2</translation>
    </message>
    <message>
        <source>No integrations yet.</source>
        <translation>Aucune intégration pour l’instant.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync an integration (or every enabled one) now.</source>
        <translation>Synchroniser maintenant une intégration (ou toutes celles qui sont activées).</translation>
    </message>
    <message>
        <source>Integration id or organisation name.</source>
        <translation>Identifiant de l’intégration ou nom de l’organisation.</translation>
    </message>
    <message>
        <source>Read everything, not only what changed since the last sync.</source>
        <translation>Tout lire, pas seulement ce qui a changé depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Talk to ledgerlink-sandbox at &lt;url&gt;.</source>
        <translation>Communiquer avec ledgerlink-sandbox à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>No enabled integration to sync.</source>
        <translation>Aucune intégration activée à synchroniser.</translation>
    </message>
    <message>
        <source>  %1 ...</source>
        <translation>  %1 ...</translation>
    </message>
    <message>
        <source>  waiting for the provider&apos;s rate limit until %1 UTC</source>
        <translation>  attente de la limite de requêtes du fournisseur jusqu’à %1 UTC</translation>
    </message>
    <message>
        <source>%1: %2 - %3 created, %4 updated, %5 failed, %6 skipped. %7</source>
        <translation>%1 : %2 - %3 créés, %4 mis à jour, %5 en échec, %6 ignorés. %7</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Synchronisation de %1</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Ledgerlink could not check who is syncing.</source>
        <translation>Ledgerlink n’a pas pu vérifier qui synchronise.</translation>
    </message>
    <message>
        <source>Another Ledgerlink (%1) has been syncing this integration since %2 UTC; this run will wait for it.</source>
        <translation>Un autre Ledgerlink (%1) synchronise cette intégration depuis %2 UTC ; cette exécution l’attendra.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record that it is syncing this integration.</source>
        <translation>Ledgerlink n’a pas pu noter qu’il synchronise cette intégration.</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>Internal error: heartbeat without holding the sync lock.</source>
        <translation>Erreur interne : signal de vie sans détenir le verrou de synchronisation.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record that it is still syncing.</source>
        <translation>Ledgerlink n’a pas pu noter qu’il synchronise toujours.</translation>
    </message>
    <message>
        <source>Another Ledgerlink took over syncing this integration because this one seemed stuck. This run stops; the other one carries on.</source>
        <translation>Un autre Ledgerlink a repris la synchronisation de cette intégration car celui-ci semblait bloqué. Cette exécution s’arrête ; l’autre continue.</translation>
    </message>
    <message>
        <source>Ledgerlink could not release the sync lock.</source>
        <translation>Ledgerlink n’a pas pu libérer le verrou de synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncPreviewBuilder</name>
    <message>
        <source>The item&apos;s tax type is not one of the organisation&apos;s tax rates.</source>
        <translation>Le type de taxe de l’article ne fait pas partie des taux de TVA de l’organisation.</translation>
    </message>
    <message>
        <source>Its customer will not be in the accounting package.</source>
        <translation>Son client ne sera pas dans le logiciel de comptabilité.</translation>
    </message>
    <message>
        <source>Its total is negative; enter it as a credit note instead.</source>
        <translation>Son total est négatif ; saisissez-la plutôt comme un avoir.</translation>
    </message>
    <message>
        <source>Line %1 uses a tax type the organisation does not have.</source>
        <translation>La ligne %1 utilise un type de taxe que l’organisation n’a pas.</translation>
    </message>
    <message>
        <source>Line %1 uses an account the organisation does not have.</source>
        <translation>La ligne %1 utilise un compte que l’organisation n’a pas.</translation>
    </message>
    <message>
        <source>Another customer has the same name; %1 requires unique names among active customers.</source>
        <translation>Un autre client porte le même nom ; %1 exige des noms uniques parmi les clients actifs.</translation>
    </message>
</context>
<context>
    <name>SyncStateStore</name>
    <message>
        <source>Ledgerlink could not read where the last sync stopped.</source>
        <translation>Ledgerlink n’a pas pu lire où la dernière synchronisation s’est arrêtée.</translation>
    </message>
    <message>
        <source>Ledgerlink could not record where this sync stopped.</source>
        <translation>Ledgerlink n’a pas pu noter où cette synchronisation s’est arrêtée.</translation>
    </message>
    <message>
        <source>Ledgerlink could not reset the sync position.</source>
        <translation>Ledgerlink n’a pas pu réinitialiser la position de synchronisation.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read when the last full sync ran.</source>
        <translation>Ledgerlink n’a pas pu lire la date de la dernière synchronisation complète.</translation>
    </message>
</context>
<context>
    <name>TaxTypeRepository</name>
    <message>
        <source>Ledgerlink could not save the tax rate to its database.</source>
        <translation>Ledgerlink n’a pas pu enregistrer le taux de TVA dans sa base de données.</translation>
    </message>
    <message>
        <source>Ledgerlink could not read tax rates from its database.</source>
        <translation>Ledgerlink n’a pas pu lire les taux de TVA dans sa base de données.</translation>
    </message>
    <message>
        <source>Tax rate %1 does not exist (it may have been deleted).</source>
        <translation>Le taux de TVA %1 n’existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Another tax rate is already called &quot;%1&quot;. Tax rate names must be unique.</source>
        <translation>Un autre taux de TVA s’appelle déjà « %1 ». Les noms des taux de TVA doivent être uniques.</translation>
    </message>
    <message>
        <source>A tax rate needs a name.</source>
        <translation>Un taux de TVA doit avoir un nom.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>Un taux de TVA doit être compris entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>%1 sent an unusable answer to the sign-in request. Try again later.</source>
        <translation>%1 a renvoyé une réponse inutilisable à la demande de connexion. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 indique : %2</translation>
    </message>
    <message>
        <source>The authorisation with %1 has expired or was revoked. Connect the integration again.</source>
        <translation>L’autorisation auprès de %1 a expiré ou a été révoquée. Reconnectez l’intégration.</translation>
    </message>
    <message>
        <source>%1 did not accept the app&apos;s client ID or client secret. Check the app registration and enter them again.</source>
        <translation>%1 n’a pas accepté l’identifiant ou le secret client de l’application. Vérifiez l’enregistrement de l’application et saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>%1 refused the requested permissions. Check that the app may use the chosen scopes.</source>
        <translation>%1 a refusé les autorisations demandées. Vérifiez que l’application peut utiliser les autorisations choisies.</translation>
    </message>
    <message>
        <source>Ledgerlink could not reach %1 to sign in. Check the internet connection; Ledgerlink will try again.</source>
        <translation>Ledgerlink n’a pas pu joindre %1 pour se connecter. Vérifiez la connexion Internet ; Ledgerlink réessaiera.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request.</source>
        <translation>%1 a refusé la demande de connexion.</translation>
    </message>
</context>
<context>
    <name>XeroReply</name>
    <message>
        <source>Xero refused the record: %1</source>
        <translation>Xero a refusé l’enregistrement : %1</translation>
    </message>
    <message>
        <source>Xero could not be reached (%1). Check the internet connection; the sync will try again.</source>
        <translation>Xero est injoignable (%1). Vérifiez la connexion Internet ; la synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>Xero no longer accepts Ledgerlink&apos;s authorisation for this organisation (%1). Authorise the integration again; if the organisation was disconnected or deleted, reconnect it first.</source>
        <translation>Xero n’accepte plus l’autorisation de Ledgerlink pour cette organisation (%1). Autorisez à nouveau l’intégration ; si l’organisation a été déconnectée ou supprimée, reconnectez-la d’abord.</translation>
    </message>
    <message>
        <source>Xero&apos;s daily limit is used up; sync resumes at %1 UTC.</source>
        <translation>La limite quotidienne de Xero est atteinte ; la synchronisation reprendra à %1 UTC.</translation>
    </message>
    <message>
        <source>Xero&apos;s rate limit was reached; sync resumes at %1 UTC.</source>
        <translation>La limite de requêtes de Xero est atteinte ; la synchronisation reprendra à %1 UTC.</translation>
    </message>
    <message>
        <source>Xero had a problem answering (HTTP %1). The sync will try again later.</source>
        <translation>Xero a rencontré un problème pour répondre (HTTP %1). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Xero refused the request: %1</source>
        <translation>Xero a refusé la requête : %1</translation>
    </message>
    <message>
        <source>Xero answered with an unexpected error (HTTP %1).</source>
        <translation>Xero a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>Xero sent a reply Ledgerlink could not read, so Ledgerlink changed nothing on its side. The sync will try again on the next run.</source>
        <translation>Xero a envoyé une réponse que Ledgerlink n’a pas pu lire ; Ledgerlink n’a donc rien modifié de son côté. La synchronisation réessaiera à la prochaine exécution.</translation>
    </message>
</context>
</TS>
