#include "readertextview.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

ReaderTextView::ReaderTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

ReaderTextView::~ReaderTextView() = default;

void ReaderTextView::setLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    m_layers.insert(layer, selections);
    QList<QTextEdit::ExtraSelection> all;
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it)
        all += it.value();
    setExtraSelections(all);
}

void ReaderTextView::announceNewContent()
{
    // Old selections point into a document that is gone.
    m_layers.clear();
    setExtraSelections({});
    emit contentReplaced();
}

bool ReaderTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        QString tip = cursor.charFormat().toolTip();
        if (tip.isEmpty())
            tip = cursor.block().blockFormat().stringProperty(QTextFormat::TextToolTip);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}
