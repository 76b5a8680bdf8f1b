// Checks the translation catalogues (translations/ledgerlink_<lang>.ts) as text, so a string that
// lupdate added but nobody translated, or a translation that lost a %1, fails here rather than in
// front of a German or French office administrator. The .ts files are parsed directly: lrelease
// silently drops unfinished messages (the UI then shows English) and never compares placeholders.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // empty when finished; "unfinished", "vanished" or "obsolete" otherwise
    QStringList forms; // the translation, or each of its plural forms
};

struct TsCatalogue
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform")) {
                        message.forms.append(xml.readElementText());
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message.forms.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement(); // comment, extracomment, location, …
        }
    }
    return message;
}

TsCatalogue parseTs(const QByteArray &data)
{
    TsCatalogue ts;
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        ts.error = QStringLiteral("not a Qt Linguist TS file");
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                ts.messages.append(readMessage(xml, context));
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

QString label(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

// English is the source language: its catalogue only carries the plural forms ("1 record",
// "2 records"); every other message is shown as written in the code.
bool isSourceCatalogue(const TsCatalogue &ts)
{
    return ts.language == QLatin1String("en");
}

/// The distinct %1…%99, %L1, %n and %Ln, sorted: QString::arg and tr()'s plural handling replace
/// every occurrence, so a translation may use one twice ("von %2 … bei %2") or once where the
/// source repeats it; what it must not do is drop, add or renumber one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

/// Rich-text tags (not "<url>"-style placeholders of command-line help), lower case, in order.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("</?(a|b|i|u|p|br|hr|ul|ol|li|span|strong|em|tt|code|pre|qt|html|body|div|font|img|small|"
                       "big|sub|sup|table|tr|td|th|h[1-6])\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append((match.captured().startsWith(QLatin1String("</")) ? QStringLiteral("/") : QString())
            + match.captured(1).toLower());
    }
    found.sort();
    return found;
}

/// Mnemonics ("&Save"); "&&" is a literal ampersand, "& " plain text and "&nbsp;" an HTML entity.
int mnemonicCount(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
        } else if (!text.at(i + 1).isSpace()
            && !entity.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                    .hasMatch()) {
            ++count;
        }
    }
    return count;
}

/// Qt's plural rules: German, English and French each have two forms (French: 0 and 1 singular).
int pluralFormCount(const QString &language)
{
    static const QHash<QString, int> counts { { QStringLiteral("de"), 2 }, { QStringLiteral("en"), 2 },
        { QStringLiteral("fr"), 2 } };
    return counts.value(language.section(QLatin1Char('_'), 0, 0), -1);
}

QStringList unfinishedProblems(const TsCatalogue &ts)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems.append(QStringLiteral("stale (%1; run update_translations): ").arg(m.type) + label(m));
        } else if (m.type == QLatin1String("unfinished") && (m.numerus || !isSourceCatalogue(ts))) {
            problems.append(QStringLiteral("unfinished: ") + label(m));
        } else if (m.type.isEmpty() && (m.forms.isEmpty() || m.forms.contains(QString()))) {
            problems.append(QStringLiteral("finished but empty: ") + label(m));
        }
    }
    return problems;
}

QStringList placeholderProblems(const TsCatalogue &ts)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty()) {
            continue; // not compiled into the .qm, so not shown
        }
        const QStringList expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            const QStringList actual = placeholders(form);
            if (actual != expected) {
                problems.append(QStringLiteral("placeholders %1 instead of %2 in \"%3\" for ")
                                    .arg(actual.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')), form)
                    + label(m));
            }
        }
    }
    return problems;
}

QStringList pluralProblems(const TsCatalogue &ts)
{
    QStringList problems;
    const int expected = pluralFormCount(ts.language);
    if (expected < 0) {
        return {
            QStringLiteral("no plural rule known for language \"%1\"; add it to pluralFormCount()").arg(ts.language)
        };
    }
    for (const TsMessage &m : ts.messages) {
        if (m.numerus && m.type.isEmpty() && m.forms.size() != expected) {
            problems.append(
                QStringLiteral("%1 plural forms instead of %2: ").arg(m.forms.size()).arg(expected) + label(m));
        }
    }
    return problems;
}

/// The spaces a message starts or ends with: command-line output indents with them ("  State: %1")
/// and prompts end with one ("Password: ").
QString edgeSpaces(const QString &text)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*"));
    static const QRegularExpression trailing(QStringLiteral("\\s*$"));
    return leading.match(text).captured() + QLatin1Char('|') + trailing.match(text).captured();
}

QStringList markupProblems(const TsCatalogue &ts)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty()) {
            continue;
        }
        const bool sourceHasMnemonic = mnemonicCount(m.source) > 0;
        for (const QString &form : m.forms) {
            const int mnemonics = mnemonicCount(form);
            if (sourceHasMnemonic ? mnemonics != 1 : mnemonics != 0) {
                problems.append(QStringLiteral("%1 mnemonic(s) in \"%2\" for ").arg(mnemonics).arg(form) + label(m));
            }
            if (htmlTags(form) != htmlTags(m.source)) {
                problems.append(QStringLiteral("HTML tags differ in \"%1\" for ").arg(form) + label(m));
            }
            if (edgeSpaces(form) != edgeSpaces(m.source)) {
                problems.append(QStringLiteral("leading/trailing spaces differ in \"%1\" for ").arg(form) + label(m));
            }
        }
    }
    return problems;
}

QString cataloguesDir()
{
    return QStringLiteral(LEDGERLINK_SOURCE_DIR) + QStringLiteral("/translations");
}

QStringList catalogueFiles()
{
    return QDir(cataloguesDir()).entryList({ QStringLiteral("ledgerlink_*.ts") }, QDir::Files, QDir::Name);
}

TsCatalogue loadCatalogue(const QString &fileName)
{
    QFile file(QDir(cataloguesDir()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        TsCatalogue ts;
        ts.error = file.errorString();
        return ts;
    }
    return parseTs(file.readAll());
}

/// One data row per catalogue, for the checks that run on each.
void addCatalogueRows()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &file : catalogueFiles()) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

QByteArray tsWithMessage(const QByteArray &language, const QByteArray &message)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"" + language
        + "\">\n<context>\n    <name>Ledgerlink::Probe</name>\n" + message + "\n</context>\n</TS>\n";
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerReportsProblems_data();
    void checkerReportsProblems();
    void checkerAcceptsSourceCatalogue();
    void everyMessageIsFinished_data() { addCatalogueRows(); }
    void everyMessageIsFinished();
    void placeholdersMatchTheSource_data() { addCatalogueRows(); }
    void placeholdersMatchTheSource();
    void pluralFormsAreComplete_data() { addCatalogueRows(); }
    void pluralFormsAreComplete();
    void mnemonicsAndTagsAreKept_data() { addCatalogueRows(); }
    void mnemonicsAndTagsAreKept();
    void cataloguesHoldTheSameMessages();
};

void tst_Translations::initTestCase()
{
    // Guards against a wrong path making every data-driven check pass on zero rows.
    const QStringList files = catalogueFiles();
    QVERIFY2(files.contains(QStringLiteral("ledgerlink_en.ts")), qPrintable(cataloguesDir()));
    QVERIFY(files.contains(QStringLiteral("ledgerlink_de.ts")));
    QVERIFY(files.contains(QStringLiteral("ledgerlink_fr.ts")));
}

void tst_Translations::checkerReportsProblems_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unfinished") << QByteArray("de")
                                << QByteArray("<message><source>Save</source>"
                                              "<translation type=\"unfinished\">Speichern</translation></message>")
                                << QStringLiteral("unfinished: Ledgerlink::Probe: \"Save\"");
    QTest::newRow("unfinished plural in English")
        << QByteArray("en")
        << QByteArray("<message numerus=\"yes\"><source>%n run(s)</source><translation type=\"unfinished\">"
                      "<numerusform></numerusform><numerusform></numerusform></translation></message>")
        << QStringLiteral("unfinished: Ledgerlink::Probe: \"%n run(s)\"");
    QTest::newRow("vanished") << QByteArray("fr")
                              << QByteArray("<message><source>Old</source>"
                                            "<translation type=\"vanished\">Ancien</translation></message>")
                              << QStringLiteral("stale (vanished; run update_translations)");
    QTest::newRow("finished but empty") << QByteArray("fr")
                                        << QByteArray("<message><source>Save</source>"
                                                      "<translation></translation></message>")
                                        << QStringLiteral("finished but empty");
    QTest::newRow("placeholder lost") << QByteArray("de")
                                      << QByteArray("<message><source>Reconnect %1 to %2</source>"
                                                    "<translation>%1 erneut verbinden</translation></message>")
                                      << QStringLiteral("placeholders %1 instead of %1 %2");
    QTest::newRow("placeholder renumbered")
        << QByteArray("fr")
        << QByteArray("<message><source>Item %1</source><translation>Article %2</translation></message>")
        << QStringLiteral("placeholders %2 instead of %1");
    QTest::newRow("localised number lost")
        << QByteArray("de")
        << QByteArray("<message><source>%L1 records</source><translation>%1 Datensätze</translation></message>")
        << QStringLiteral("placeholders %1 instead of %L1");
    QTest::newRow("count lost in a plural form")
        << QByteArray("de")
        << QByteArray("<message numerus=\"yes\"><source>%n minute(s)</source><translation>"
                      "<numerusform>eine Minute</numerusform><numerusform>%n Minuten</numerusform>"
                      "</translation></message>")
        << QStringLiteral("placeholders  instead of %n");
    QTest::newRow("missing plural form") << QByteArray("fr")
                                         << QByteArray(
                                                "<message numerus=\"yes\"><source>%n run(s)</source><translation>"
                                                "<numerusform>%n exécution</numerusform></translation></message>")
                                         << QStringLiteral("1 plural forms instead of 2");
    QTest::newRow("mnemonic lost") << QByteArray("de")
                                   << QByteArray("<message><source>&amp;Save</source>"
                                                 "<translation>Speichern</translation></message>")
                                   << QStringLiteral("0 mnemonic(s)");
    QTest::newRow("two mnemonics") << QByteArray("fr")
                                   << QByteArray("<message><source>&amp;Save</source>"
                                                 "<translation>&amp;Enre&amp;gistrer</translation></message>")
                                   << QStringLiteral("2 mnemonic(s)");
    QTest::newRow("indent lost") << QByteArray("fr")
                                 << QByteArray("<message><source>  State: %1</source>"
                                               "<translation>État : %1</translation></message>")
                                 << QStringLiteral("leading/trailing spaces differ");
    QTest::newRow("prompt space lost") << QByteArray("de")
                                       << QByteArray("<message><source>Password: </source>"
                                                     "<translation>Passwort:</translation></message>")
                                       << QStringLiteral("leading/trailing spaces differ");
    QTest::newRow("tag lost") << QByteArray("de")
                              << QByteArray("<message><source>&lt;b&gt;Note&lt;/b&gt;</source>"
                                            "<translation>Hinweis</translation></message>")
                              << QStringLiteral("HTML tags differ");
}

void tst_Translations::checkerReportsProblems()
{
    QFETCH(QByteArray, language);
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    const TsCatalogue ts = parseTs(tsWithMessage(language, message));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size(), 1);
    const QStringList problems =
        unfinishedProblems(ts) + placeholderProblems(ts) + pluralProblems(ts) + markupProblems(ts);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().startsWith(expected), qPrintable(problems.constFirst()));
}

void tst_Translations::checkerAcceptsSourceCatalogue()
{
    // The English catalogue leaves plain messages untranslated; a good plural form, a kept
    // mnemonic, "&&", "&nbsp;", a repeated %2 and a "<url>" placeholder of command-line help are
    // no problems either.
    const TsCatalogue ts = parseTs(tsWithMessage("en",
        "<message><source>Talk to the sandbox at &lt;url&gt;.</source>"
        "<translation type=\"unfinished\"></translation></message>\n"
        "<message numerus=\"yes\"><source>Saved %n run(s) to %1.</source><translation>"
        "<numerusform>Saved %n run to %1.</numerusform><numerusform>Saved %n runs to %1.</numerusform>"
        "</translation></message>\n"
        "<message><source>Save &amp;&amp; &amp;Close</source><translation>Save &amp;&amp; &amp;Close</translation>"
        "</message>\n"
        "<message><source>Moved %1 to %2: found by its next sync.</source>"
        "<translation>%1 nach %2 verschoben: bei der nächsten Synchronisierung von %2 gefunden.</translation>"
        "</message>\n"
        "<message><source>&lt;a href=\"%1\"&gt;Guide&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &amp;Help</source>"
        "<translation>&lt;a href=\"%1\"&gt;Anleitung&lt;/a&gt; &amp;nbsp;·&amp;nbsp; &amp;Hilfe</translation>"
        "</message>"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size(), 5);
    const QStringList problems =
        unfinishedProblems(ts) + placeholderProblems(ts) + pluralProblems(ts) + markupProblems(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::everyMessageIsFinished()
{
    QFETCH(QString, fileName);
    const TsCatalogue ts = loadCatalogue(fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    const QStringList problems = unfinishedProblems(ts);
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 message(s) to translate:\n").arg(problems.size()) + problems.join(QLatin1Char('\n'))));
}

void tst_Translations::placeholdersMatchTheSource()
{
    QFETCH(QString, fileName);
    const TsCatalogue ts = loadCatalogue(fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QStringList problems = placeholderProblems(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::pluralFormsAreComplete()
{
    QFETCH(QString, fileName);
    const TsCatalogue ts = loadCatalogue(fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QStringList problems = pluralProblems(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::mnemonicsAndTagsAreKept()
{
    QFETCH(QString, fileName);
    const TsCatalogue ts = loadCatalogue(fileName);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QStringList problems = markupProblems(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::cataloguesHoldTheSameMessages()
{
    // lupdate updates all catalogues at once; a difference means one was edited by hand or left out.
    QSet<QString> reference;
    QString referenceFile;
    for (const QString &file : catalogueFiles()) {
        const TsCatalogue ts = loadCatalogue(file);
        QVERIFY2(ts.error.isEmpty(), qPrintable(file + QStringLiteral(": ") + ts.error));
        QSet<QString> keys;
        for (const TsMessage &m : ts.messages) {
            keys.insert(label(m));
        }
        if (referenceFile.isEmpty()) {
            reference = keys;
            referenceFile = file;
            continue;
        }
        const QStringList missing = QSet<QString>(reference).subtract(keys).values();
        const QStringList extra = QSet<QString>(keys).subtract(reference).values();
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
            qPrintable(
                QStringLiteral("%1 differs from %2; missing: %3; extra: %4")
                    .arg(file, referenceFile, missing.join(QLatin1String(", ")), extra.join(QLatin1String(", ")))));
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
