#pragma once

#include <QMap>
#include <QTextBrowser>
#include <QTextEdit>

/// The read-only text surface shared by the article and page views.
///
/// Highlights come from several owners (the find bar, the page view's
/// current article) that must not erase each other's, so each owner sets
/// its own layer and the view shows their union. Tooltips stored in the
/// text's character formats (why a paragraph is marked) are shown on hover,
/// which QTextBrowser does not do by itself.
class ReaderTextView : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Layer {
        Context, ///< e.g. the current article on the page
        Annotations, ///< span labels in their label colours
        Warnings, ///< copy-check warnings, wavy underlines (WarningUnderlineFormat)
        Search,   ///< hits of the corpus search query (SearchHitNavigator)
        Find,    ///< find matches, drawn above the context
    };

    explicit ReaderTextView(QWidget *parent = nullptr);
    ~ReaderTextView() override;

    void setLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections);
    QList<QTextEdit::ExtraSelection> layer(Layer layer) const { return m_layers.value(layer); }
    /// Call after building new content: drops the highlights (they point
    /// into the old text) and tells the owners to recompute theirs.
    void announceNewContent();

signals:
    /// The document was rebuilt (another article or page); find results
    /// must be recomputed.
    void contentReplaced();

protected:
    bool viewportEvent(QEvent *event) override;

private:
    QMap<Layer, QList<QTextEdit::ExtraSelection>> m_layers;
};
