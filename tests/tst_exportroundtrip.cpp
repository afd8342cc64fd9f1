// Export from one project, import into a fresh project of the same pages:
// every tag, status (with its history and notes), label and comment comes
// back identical — through yuegao JSON, JSON Lines and W3C Web Annotation.
// Importing twice doubles nothing; what cannot be anchored is listed.
#include "exportfixture.h"
#include "export/annotationimporter.h"
#include "export/exportwriter.h"
#include "export/jsonexport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(ExportFormat)

namespace {

/// Everything editors made, as comparable text (no ids, no times).
QStringList annotationsOf(const ProjectStore &store)
{
    QStringList lines;
    QHash<QString, QString> labelNames;
    for (const Label &label : store.labels()) {
        labelNames.insert(label.id, label.name);
        lines << QStringLiteral("label %1 %2 %3").arg(label.name, label.colour).arg(label.order);
    }
    for (const ProjectPage &page : store.pages()) {
        const SegmentedPage *segmented = store.segmentation(page.id);
        for (const Article &article : segmented->articles) {
            QStringList tags;
            for (const QString &tag : store.tagsOf(article.id))
                tags << store.tagPath(tag);
            tags.sort();
            lines << QStringLiteral("tags %1 %2").arg(article.id, tags.join(QLatin1Char(',')));
            lines << QStringLiteral("status %1 %2").arg(article.id, store.reviewStatus(article.id));
            for (const ReviewEvent &event : store.reviewHistory(article.id))
                lines << QStringLiteral("history %1 %2 %3 %4").arg(article.id, event.step, event.note, event.author);
        }
        for (const Span &span : store.spans(page.id))
            lines << QStringLiteral("span %1 %2 %3-%4 %5 [%6] %7 %8")
                         .arg(page.name, labelNames.value(span.labelId))
                         .arg(span.anchor.start)
                         .arg(span.anchor.end)
                         .arg(span.anchor.exact, span.comment, span.author)
                         .arg(span.orphaned);
    }
    lines.sort();
    return lines;
}

} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void unanchoredAreListed();
    void quoteOnlyReanchors();

private:
    QString exportTo(ExportFormat format, const QString &name);

    QTemporaryDir m_dir;
    QString m_hostile;
    std::unique_ptr<ProjectStore> m_source;
    QStringList m_expected;
};

void TestExportRoundTrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_hostile = writeHostilePage(m_dir.path());
    m_source = createProject(m_dir.filePath(QStringLiteral("source.yuegao")), m_hostile);
    QVERIFY(m_source);
    QVERIFY(annotate(*m_source));
    m_expected = annotationsOf(*m_source);
    QVERIFY(m_expected.filter(QStringLiteral("span ")).size() > 20);
    QVERIFY(m_expected.filter(QStringLiteral("history ")).size() > 10);
}

QString TestExportRoundTrip::exportTo(ExportFormat format, const QString &name)
{
    Result<ExportDocument> document = ExportCollector::collect(*m_source, ExportScope(), ExportContent());
    if (!document)
        return QString();
    ExportRequest request;
    request.format = format;
    request.path = m_dir.filePath(name);
    request.overwrite = true;
    Result<ExportOutcome> outcome = ExportJob::run(document.value(), request);
    return outcome ? request.path : QString();
}

void TestExportRoundTrip::roundTrip_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addRow("json") << ExportFormat::Json;
    QTest::addRow("jsonl") << ExportFormat::JsonLines;
    QTest::addRow("jsonld") << ExportFormat::JsonLd;
}

void TestExportRoundTrip::roundTrip()
{
    QFETCH(ExportFormat, format);
    const QString file = exportTo(format, QStringLiteral("export.") + exportFormatSuffix(format));
    QVERIFY(!file.isEmpty());
    std::unique_ptr<ProjectStore> target =
        createProject(m_dir.filePath(QStringLiteral("target-%1.yuegao").arg(exportFormatName(format))), m_hostile);
    QVERIFY(target);
    if (format != ExportFormat::Json) {
        // Only yuegao JSON carries the label set (order, colours): bring it first.
        for (const Label &label : m_source->labels())
            QVERIFY(target->addLabel(label.name, label.colour));
    }
    Result<ImportReport> report = AnnotationImporter::importFile(*target, file);
    QVERIFY(report);
    QCOMPARE(report->unplaced.size(), 0);
    QVERIFY(report->spansAdded > 20);
    const QStringList actual = annotationsOf(*target);
    for (int i = 0; i < std::max(actual.size(), m_expected.size()); ++i)
        QCOMPARE(actual.value(i), m_expected.value(i));

    // Again: nothing doubled.
    Result<ImportReport> again = AnnotationImporter::importFile(*target, file);
    QVERIFY(again);
    QCOMPARE(again->spansAdded, 0);
    QCOMPARE(again->tagsAdded, 0);
    QCOMPARE(again->reviewStepsAdded, 0);
    QVERIFY(again->duplicates > 0);
    QCOMPARE(annotationsOf(*target), m_expected);
}

void TestExportRoundTrip::unanchoredAreListed()
{
    const QString file = exportTo(ExportFormat::Json, QStringLiteral("edited.json"));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    // One span quotes text no page has; one article does not exist.
    QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    QJsonObject first = articles.at(0).toObject();
    QJsonArray spans = first.value(QStringLiteral("annotations")).toArray();
    QVERIFY(!spans.isEmpty());
    QJsonObject span = spans.at(0).toObject();
    span.insert(QStringLiteral("quote"), QStringLiteral("此句不在任何版面上出现"));
    span.insert(QStringLiteral("prefix"), QString());
    span.insert(QStringLiteral("suffix"), QString());
    spans.replace(0, span);
    first.insert(QStringLiteral("annotations"), spans);
    articles.replace(0, first);
    QJsonObject ghost = articles.at(1).toObject();
    ghost.insert(QStringLiteral("id"), QStringLiteral("no-such-article"));
    ghost.insert(QStringLiteral("title"), QStringLiteral("不存在的标题"));
    ghost.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("幽灵")});
    ghost.insert(QStringLiteral("annotations"), QJsonArray());
    ghost.insert(QStringLiteral("reviewHistory"), QJsonArray());
    articles.append(ghost);
    root.insert(QStringLiteral("articles"), articles);

    std::unique_ptr<ProjectStore> target = createProject(m_dir.filePath(QStringLiteral("edited.yuegao")), m_hostile);
    QVERIFY(target);
    Result<AnnotationImporter::Parsed> parsed = AnnotationImporter::parse(QJsonDocument(root).toJson());
    QVERIFY(parsed);
    Result<ImportReport> report = AnnotationImporter::apply(*target, parsed.value());
    QVERIFY(report);
    QCOMPARE(report->unplaced.size(), 2);
    QCOMPARE(report->unplaced.at(0).annotation.anchor.exact, QStringLiteral("此句不在任何版面上出现"));
    QCOMPARE(report->unplaced.at(1).annotation.value, QStringLiteral("幽灵"));
    QVERIFY(!report->unplaced.at(0).reason.isEmpty());
    // Everything else came in.
    QCOMPARE(report->spansAdded, m_expected.filter(QStringLiteral("span ")).size() - 1);
}

void TestExportRoundTrip::quoteOnlyReanchors()
{
    // Another tool's annotation: a quote with context, no position, a page
    // IRI of its own whose last segment is the file name.
    const ProjectPage page = m_source->pages().first();
    const int at = page.text.indexOf(QStringLiteral("蝶变一座城"));
    QVERIFY(at > 0);
    const QJsonObject annotation{
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), QStringLiteral("http://example.org/anno/1")},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("body"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                                        {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                                        {QStringLiteral("value"), QStringLiteral("标题")}},
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                                        {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                                        {QStringLiteral("value"), QStringLiteral("外部工具")}}}},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), QString(QStringLiteral("http://example.org/pages/") + page.name)},
                     {QStringLiteral("selector"), QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                                              {QStringLiteral("exact"), QStringLiteral("蝶变一座城")},
                                                              {QStringLiteral("prefix"), page.text.mid(at - 4, 4)}}}}}};
    std::unique_ptr<ProjectStore> target = createProject(m_dir.filePath(QStringLiteral("quote.yuegao")), QString());
    QVERIFY(target);
    Result<AnnotationImporter::Parsed> parsed = AnnotationImporter::parse(QJsonDocument(annotation).toJson());
    QVERIFY(parsed);
    QCOMPARE(parsed->format, QStringLiteral("web-annotation"));
    Result<ImportReport> report = AnnotationImporter::apply(*target, parsed.value());
    QVERIFY(report);
    QCOMPARE(report->spansAdded, 1);
    const QVector<Span> spans = target->spans(target->pageByName(page.name)->id);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().range.begin, at);
    QCOMPARE(spans.first().comment, QStringLiteral("外部工具"));
}

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
