#pragma once

#include "exportwriter.h"

#include <QJsonArray>
#include <QJsonObject>

/// The yuegao JSON of an export (README.md, "Export"): shared by the JSON
/// and JSON Lines writers and read back by AnnotationImporter.
namespace ExportJson {

QJsonObject article(const ExportArticle &article);
QJsonObject span(const ExportSpan &span);
QJsonObject warning(const ExportWarning &warning);
QJsonObject document(const ExportDocument &document);

/// The IRIs the Web Annotation export gives pages and articles.
QString pageIri(const QString &pageName);
QString articleIri(const QString &articleId);
/// The page name / article id of an IRI above; empty when it is not one.
QString pageNameOfIri(const QString &iri);
QString articleIdOfIri(const QString &iri);
/// The W3C Web Annotations of an export: spans, tags, review steps and
/// (when included) warnings, as an AnnotationCollection.
QJsonObject webAnnotations(const ExportDocument &document);

} // namespace ExportJson

class JsonExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::Json; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;
};

class JsonLinesExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::JsonLines; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;
};

class WebAnnotationExportWriter final : public ExportWriter
{
public:
    ExportFormat format() const override { return ExportFormat::JsonLd; }
    Result<bool> write(const ExportDocument &document, const QString &path,
                       const ExportProgress &progress) const override;
};
