#include "inspectordock.h"

#include "corpus.h"

#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Field names double as object names, so tests and screenshots find them.
const char *const fieldNames[] = {"kindField", "pageField", "encodingField", "rangeField",
                                  "charactersField", "paragraphsField", "idField"};
constexpr int fieldCount = int(sizeof(fieldNames) / sizeof(fieldNames[0]));

/// Code points before a UTF-16 offset: what an exported offset would say,
/// so the range shown matches the JSON the editor may compare it with.
int codePointOffset(const QString &text, int utf16Offset)
{
    int count = 0;
    const int end = qMin(utf16Offset, text.size());
    for (int i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace

InspectorDock::InspectorDock(const Corpus *corpus, QWidget *parent)
    : QDockWidget(parent)
    , m_corpus(corpus)
    , m_form(new QFormLayout)
    , m_repairsBox(new QGroupBox)
    , m_warningsBox(new QGroupBox)
    , m_laterBox(new QGroupBox)
    , m_repairs(new QListWidget)
    , m_warnings(new QListWidget)
    , m_later(new QLabel)
{
    setObjectName(QStringLiteral("inspectorDock"));
    m_repairs->setObjectName(QStringLiteral("repairsList"));
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    for (QListWidget *list : {m_repairs, m_warnings}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setMinimumHeight(60);
    }

    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    for (int i = 0; i < fieldCount; ++i)
        m_values.append(addField(m_form, fieldNames[i]));
    layout->addLayout(m_form);

    auto *repairsLayout = new QVBoxLayout(m_repairsBox);
    repairsLayout->addWidget(m_repairs);
    auto *warningsLayout = new QVBoxLayout(m_warningsBox);
    warningsLayout->addWidget(m_warnings);
    auto *laterLayout = new QVBoxLayout(m_laterBox);
    m_later->setWordWrap(true);
    m_later->setEnabled(false); // greyed: a promise, not a control
    laterLayout->addWidget(m_later);
    layout->addWidget(m_repairsBox, 1);
    layout->addWidget(m_warningsBox, 1);
    layout->addWidget(m_laterBox);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(contents);
    setWidget(scroll);
    retranslateUi();
    connect(corpus, &Corpus::pageReplaced, this, [this](int page) {
        if (page == m_page)
            refresh();
    });
    connect(corpus, &Corpus::cleared, this, [this] { showItem(-1, -1); });
}

InspectorDock::~InspectorDock() = default;

QLabel *InspectorDock::addField(QFormLayout *form, const char *name)
{
    auto *value = new QLabel;
    value->setObjectName(QString::fromLatin1(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long file name must not widen the dock; it is clipped, with the
    // whole path in the tooltip.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *label = new QLabel;
    label->setBuddy(value);
    m_labels.append(label);
    form->addRow(label, value);
    return value;
}

QString InspectorDock::fieldText(const QString &objectName) const
{
    for (const QLabel *label : m_values) {
        if (label->objectName() == objectName)
            return label->text();
    }
    return {};
}

void InspectorDock::showItem(int pageIndex, int articleIndex)
{
    m_page = pageIndex;
    m_article = articleIndex;
    refresh();
}

void InspectorDock::refresh()
{
    for (QLabel *value : qAsConst(m_values))
        value->setText(QStringLiteral("—"));
    m_repairs->clear();
    m_warnings->clear();
    if (m_page < 0 || m_page >= m_corpus->pageCount())
        return;

    const CorpusPage &page = m_corpus->page(m_page);
    const DecodedText &decoded = page.source.decoded;
    const QString &text = page.source.text();
    m_values[1]->setText(QFileInfo(page.source.path).fileName());
    m_values[1]->setToolTip(page.source.path);
    QString encoding = tr("%1 (%2% sure)").arg(decoded.encoding).arg(decoded.confidence);
    if (decoded.forced || !page.forcedEncoding.isEmpty())
        encoding = tr("%1 (chosen by you)").arg(decoded.encoding);
    m_values[2]->setText(encoding);

    const Article *article = m_corpus->article(m_page, m_article);
    const auto addRepair = [this](const Repair &repair) { m_repairs->addItem(repair.description); };
    const auto addWarning = [this](const SegmentationWarning &warning) { m_warnings->addItem(warning.message); };
    if (!article) {
        m_values[0]->setText(tr("Page"));
        m_values[3]->setText(tr("whole page, %n character(s)", nullptr, codePointOffset(text, text.size())));
        m_values[4]->setText(QString::number(text.size()));
        m_values[5]->setText(tr("%n article(s)", nullptr, page.segmentation.articles.size()));
        for (const Repair &repair : page.segmentation.repairs)
            addRepair(repair);
        for (const SegmentationWarning &warning : page.segmentation.warnings)
            addWarning(warning);
        if (!page.segmentation.orphans.isEmpty())
            m_warnings->addItem(tr("%n block(s) belong to no article", nullptr, page.segmentation.orphans.size()));
        for (const QString &warning : decoded.warnings)
            m_warnings->addItem(warning);
        addPlaceholders();
        return;
    }

    m_values[0]->setText(articleKindLabel(article->kind));
    int begin = -1;
    int end = -1;
    for (int block : article->blocks) {
        if (block < 0 || block >= page.segmentation.blocks.size())
            continue;
        const TextRange range = page.segmentation.blocks.at(block).range;
        begin = begin < 0 ? range.begin : qMin(begin, range.begin);
        end = qMax(end, range.end);
    }
    if (begin >= 0) {
        m_values[3]->setText(tr("characters %1–%2 of the page")
                                 .arg(codePointOffset(text, begin))
                                 .arg(codePointOffset(text, end)));
        m_values[3]->setToolTip(tr("Code points from the start of the decoded page, as in exports"));
    }
    m_values[4]->setText(QString::number(article->characterCount()));
    m_values[5]->setText(QString::number(article->bodyParagraphCount()));
    m_values[6]->setText(article->id);
    for (const Repair &repair : article->repairs)
        addRepair(repair);
    for (const SegmentationWarning &warning : article->warnings)
        addWarning(warning);
    addPlaceholders();
}

void InspectorDock::addPlaceholders()
{
    // An empty white box reads as "not loaded"; say that there is nothing.
    for (QListWidget *list : {m_repairs, m_warnings}) {
        if (list->count() > 0)
            continue;
        auto *item = new QListWidgetItem(list == m_repairs ? tr("None: the text is as printed") : tr("None"), list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void InspectorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QDockWidget::changeEvent(event);
}

void InspectorDock::retranslateUi()
{
    setWindowTitle(tr("Inspector"));
    const QString labels[fieldCount] = {tr("Kind:"), tr("Page:"), tr("Encoding:"), tr("Source range:"),
                                        tr("Characters:"), tr("Paragraphs:"), tr("Identity:")};
    for (int i = 0; i < fieldCount; ++i)
        m_labels.at(i)->setText(labels[i]);
    m_repairsBox->setTitle(tr("Repairs by the segmenter"));
    m_warningsBox->setTitle(tr("Warnings"));
    m_laterBox->setTitle(tr("Review"));
    m_later->setText(tr("Tags, review status (first, second and final review), notes and annotations will appear here."));
}
