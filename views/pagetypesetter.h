#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QVector>

class QTextDocument;

/// Sets a page's original text so the editor can check the segmentation
/// against it: every block is tinted with its article's colour and styled
/// by its kind (headlines bold, furniture muted, orphans underlined), and
/// the repairs the segmenter made are marked where they happened. The
/// document's characters are the page's, one for one, so a position in the
/// view is an offset into the decoded text.
class PageTypesetter
{
    Q_DECLARE_TR_FUNCTIONS(PageTypesetter)

public:
    /// What a block belongs to: an article index ≥ 0, or one of these.
    enum Owner {
        Furniture = -2,
        Orphan = -3,
        Nobody = -1,
    };

    PageTypesetter(const QFont &font, const QPalette &palette);

    void typeset(QTextDocument *document, const QString &text, const SegmentedPage &page) const;

    /// For each block of `page`, its owner (article index or Owner).
    static QVector<int> blockOwners(const SegmentedPage &page);
    /// The block whose range contains `position`, or -1.
    static int blockAt(const SegmentedPage &page, int position);
    /// The text as the document holds it: same length, line ends that
    /// QTextDocument would collapse ("\r\n") kept one for one.
    static QString displayText(const QString &text);

private:
    QFont m_font;
    QPalette m_palette;
};
