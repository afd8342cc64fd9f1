#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>

class QTextDocument;

/// Sets an article in a QTextDocument the way a newspaper prints it: the
/// kicker small above a large headline, the subtitle and byline under it,
/// body paragraphs with a two-character first-line indent, section
/// headings set off, captions in their own face. What the segmenter
/// repaired or could not repair is tinted, with a tooltip saying why.
class ArticleTypesetter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleTypesetter)

public:
    ArticleTypesetter(const QFont &bodyFont, const QPalette &palette);

    /// The line length the text is set in, in full-width characters; the
    /// headline is made smaller rather than broken when it would not fit.
    void setMeasure(qreal characters) { m_measure = characters; }

    /// Replaces the document's content. `page` supplies the page-level
    /// repairs (duplicates across articles). `paragraphStarts` receives the
    /// document position where each paragraph's own text begins, so a
    /// position in the view maps back to the paragraph and its source.
    void typeset(QTextDocument *document, const Article &article, const SegmentedPage &page,
                 QVector<int> *paragraphStarts = nullptr) const;
    /// A centred hint instead of an article.
    void typesetMessage(QTextDocument *document, const QString &message) const;

    /// Why a paragraph is marked, one line per reason; empty when it is not.
    /// Short words for the margin note, one per kind of repair.
    static QStringList paragraphLabels(const Paragraph &paragraph, const Article &article, const SegmentedPage &page);
    static QString repairLabel(RepairKind kind);
    static QStringList paragraphNotes(const Paragraph &paragraph, const Article &article, const SegmentedPage &page);

private:
    QFont scaled(qreal factor) const;

    QFont m_body;
    QPalette m_palette;
    qreal m_measure = 0; ///< 0: no limit
};
