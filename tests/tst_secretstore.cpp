#include "auth/secretstore.h"
#include "mockclock.h"
#include "store/database.h"
#include "testprofile.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ledgerlink;

// Runs against a real Secret Service (tests/fixtures/with-keyring.sh). Two more registrations run
// single slots without a session bus: noKeychainIsReported and hangingKeychainTimesOut.
class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void readMissingReportsNotFound();
    void largeValueIsChunked();
    void overwriteReplacesAndShrinks();
    void removeDeletesAllChunks();
    void removeAllDeletesEverySecretOfOwner();
    void tooLargeValueIsRefused();
    void valueNeverReachesDatabase();
    void finishedIsEmittedOnceFromEventLoop();
    void noKeychainIsReported();
    void hangingKeychainTimesOut();

private:
    static bool haveBus() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }
    std::optional<Result<QByteArray>> run(SecretJob *job, int timeoutMs = 10000);
    QStringList storedKeys();
    QString uniqueOwner() { return QStringLiteral("owner-%1").arg(++m_ownerCounter); }

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_store;
    MockClock m_clock;
    int m_ownerCounter = 0;
};

void tst_SecretStore::init()
{
    m_profile = std::make_unique<TestProfile>();
    auto db = Database::open(DatabaseLocation::sqliteFile(m_profile->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = std::move(db).value();
    SecretStoreOptions options;
    options.jobTimeoutMs = 8000;
    options.noBackendRetryDelayMs = 50;
    m_store = std::make_unique<SecretStore>(*m_db, options, m_clock);
}

void tst_SecretStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_profile.reset();
}

std::optional<Result<QByteArray>> tst_SecretStore::run(SecretJob *job, int timeoutMs)
{
    auto result = std::make_shared<std::optional<Result<QByteArray>>>();
    connect(job, &SecretJob::finished, this, [result](const Result<QByteArray> &r) { *result = r; });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs)) {
        return std::nullopt;
    }
    return *result;
}

// Keys under service Ledgerlink as the Secret Service itself lists them.
QStringList tst_SecretStore::storedKeys()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("Ledgerlink") });
    if (!tool.waitForFinished(10000)) {
        return { QStringLiteral("<secret-tool failed>") };
    }
    QStringList keys;
    const QString out = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    static const QRegularExpression userLine(
        QStringLiteral("^attribute\\.user = (.*)$"), QRegularExpression::MultilineOption);
    for (auto it = userLine.globalMatch(out); it.hasNext();) {
        keys.append(it.next().captured(1).trimmed());
    }
    keys.sort();
    return keys;
}

#define REQUIRE_KEYRING()                                                                                              \
    if (!haveBus()) {                                                                                                  \
        QSKIP("needs a Secret Service (run through tests/fixtures/with-keyring.sh)");                                  \
    }

#define VERIFY_OK(r)                                                                                                   \
    QVERIFY2((r) && (r)->ok(), (r) ? qPrintable((r)->ok() ? QString() : (r)->error().toString()) : "no finished()")

void tst_SecretStore::roundTrip()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    const QByteArray value("refresh+token/with=odd&chars\0and a NUL", 38);
    auto written = run(m_store->write(owner, QStringLiteral("refresh_token"), value));
    VERIFY_OK(written);
    auto read = run(m_store->read(owner, QStringLiteral("refresh_token")));
    VERIFY_OK(read);
    QCOMPARE(read->value(), value);
    QCOMPARE(storedKeys().filter(owner), QStringList { owner + QStringLiteral("/refresh_token") });
    QCOMPARE(m_store->names(owner).value(), QStringList { QStringLiteral("refresh_token") });
}

void tst_SecretStore::readMissingReportsNotFound()
{
    REQUIRE_KEYRING();
    SecretJob *job = m_store->read(uniqueOwner(), QStringLiteral("nothing"));
    bool notFound = false;
    connect(job, &SecretJob::finished, this, [job, &notFound] { notFound = job->notFound(); });
    auto read = run(job);
    QVERIFY(read.has_value());
    QVERIFY(!read->ok());
    QVERIFY(notFound);
    QVERIFY(!read->error().userMessage().isEmpty());
}

void tst_SecretStore::largeValueIsChunked()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    QByteArray value;
    for (int i = 0; i < 10 * 1024; ++i) {
        value.append(char('A' + (i * 7) % 26));
    }
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("big"), value)));
    // 10 kB = 5 chunks of at most 2048 bytes, each a separate keychain entry.
    QStringList expected { owner + QStringLiteral("/big") };
    for (int i = 1; i < 5; ++i) {
        expected.append(owner + QStringLiteral("/big.%1").arg(i));
    }
    QCOMPARE(storedKeys().filter(owner), expected);
    auto read = run(m_store->read(owner, QStringLiteral("big")));
    VERIFY_OK(read);
    QCOMPARE(read->value().size(), value.size());
    QCOMPARE(read->value(), value);
}

void tst_SecretStore::overwriteReplacesAndShrinks()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("k"), QByteArray(5000, 'x'))));
    QCOMPARE(storedKeys().filter(owner).size(), 3);
    // A shorter value must not be joined with the old value's leftover chunks.
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("k"), QByteArrayLiteral("short"))));
    QCOMPARE(storedKeys().filter(owner), QStringList { owner + QStringLiteral("/k") });
    auto read = run(m_store->read(owner, QStringLiteral("k")));
    VERIFY_OK(read);
    QCOMPARE(read->value(), QByteArrayLiteral("short"));
    QCOMPARE(m_store->names(owner).value().size(), 1);
}

void tst_SecretStore::removeDeletesAllChunks()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("k"), QByteArray(4097, 'y'))));
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("other"), QByteArrayLiteral("keep"))));
    VERIFY_OK(run(m_store->remove(owner, QStringLiteral("k"))));
    QCOMPARE(storedKeys().filter(owner), QStringList { owner + QStringLiteral("/other") });
    QCOMPARE(m_store->names(owner).value(), QStringList { QStringLiteral("other") });
    // Removing again is not an error.
    VERIFY_OK(run(m_store->remove(owner, QStringLiteral("k"))));
}

void tst_SecretStore::removeAllDeletesEverySecretOfOwner()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    const QString neighbour = uniqueOwner();
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("client_secret"), QByteArrayLiteral("s3cret"))));
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("refresh_token"), QByteArray(3000, 'r'))));
    VERIFY_OK(run(m_store->write(neighbour, QStringLiteral("refresh_token"), QByteArrayLiteral("n"))));
    VERIFY_OK(run(m_store->removeAll(owner)));
    QCOMPARE(storedKeys().filter(owner + QLatin1Char('/')), QStringList());
    QCOMPARE(m_store->names(owner).value(), QStringList());
    QCOMPARE(storedKeys().filter(neighbour + QLatin1Char('/')).size(), 1);
    // An owner without secrets finishes too.
    VERIFY_OK(run(m_store->removeAll(uniqueOwner())));
}

void tst_SecretStore::tooLargeValueIsRefused()
{
    const QString owner = uniqueOwner();
    auto written = run(m_store->write(
        owner, QStringLiteral("huge"), QByteArray(SecretStore::ChunkSize * SecretStore::MaxChunks + 1, 'h')));
    QVERIFY(written.has_value());
    QVERIFY(!written->ok());
    QVERIFY(written->error().userMessage().contains(QLatin1String("too large")));
    QCOMPARE(m_store->names(owner).value(), QStringList());
}

void tst_SecretStore::valueNeverReachesDatabase()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    const QByteArray value = QByteArrayLiteral("UNIQUE-SECRET-VALUE-7f3a9c");
    VERIFY_OK(run(m_store->write(owner, QStringLiteral("client_secret"), value)));
    QCOMPARE(m_store->names(owner).value(), QStringList { QStringLiteral("client_secret") });
    const QString dbPath = m_profile->filePath(QStringLiteral("store.sqlite"));
    QByteArray bytes;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        const QString path = dbPath + suffix;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    QVERIFY(bytes.contains(QByteArrayLiteral("client_secret"))); // the name is there ...
    QVERIFY(!bytes.contains(value)); // ... the value is not
    QVERIFY(!bytes.contains(value.toBase64()));
}

void tst_SecretStore::finishedIsEmittedOnceFromEventLoop()
{
    REQUIRE_KEYRING();
    const QString owner = uniqueOwner();
    // Even a job that fails before touching the keychain reports from the event loop, once.
    SecretJob *job = m_store->write(QString(), QStringLiteral("x"), QByteArrayLiteral("v"));
    int count = 0;
    connect(job, &SecretJob::finished, this, [&count] { ++count; });
    QCOMPARE(count, 0);
    QTRY_COMPARE(count, 1);
    SecretJob *good = m_store->write(owner, QStringLiteral("x"), QByteArrayLiteral("v"));
    int goodCount = 0;
    connect(good, &SecretJob::finished, this, [&goodCount] { ++goodCount; });
    QTRY_COMPARE(goodCount, 1);
    QTest::qWait(50); // would catch a late second emission
    QCOMPARE(goodCount, 1);
}

void tst_SecretStore::noKeychainIsReported()
{
    if (haveBus()) {
        QSKIP("runs only without a session bus (registration secretstore_nokeychain)");
    }
    const QString owner = uniqueOwner();
    for (SecretJob *job : { m_store->write(owner, QStringLiteral("refresh_token"), QByteArrayLiteral("value")),
             m_store->read(owner, QStringLiteral("refresh_token")) }) {
        auto result = run(job);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Error::Kind::Config);
        QCOMPARE(result->error().userMessage(), SecretStore::noKeychainError().userMessage());
        QVERIFY(result->error().userMessage().contains(QLatin1String("does not store secrets in files")));
    }
    // Nothing was written anywhere instead: no file under HOME/XDG dirs mentions the value.
    const QString home = QDir::homePath();
    QProcess grep;
    grep.start(QStringLiteral("grep"), { QStringLiteral("-rl"), QStringLiteral("value"), home });
    QVERIFY(grep.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(grep.readAllStandardOutput()), QString());
}

void tst_SecretStore::hangingKeychainTimesOut()
{
    if (haveBus()) {
        QSKIP("runs only without a session bus (registration secretstore_hang)");
    }
    // A "session bus" that accepts connections and never answers: the keychain job hangs the way
    // it does when D-Bus autolaunches without a Secret Service.
    QLocalServer silentBus;
    const QString socketPath = m_profile->filePath(QStringLiteral("bus"));
    QVERIFY(silentBus.listen(socketPath));
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + QFile::encodeName(socketPath));
    SecretStoreOptions options;
    options.jobTimeoutMs = 1500;
    options.slowWarningMs = 200;
    SecretStore store(*m_db, options, m_clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("still running after")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("timed out after")));
    auto result = run(store.write(uniqueOwner(), QStringLiteral("k"), QByteArrayLiteral("v")));
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().userMessage(), SecretStore::noKeychainError().userMessage());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
