#include "inspectordock.h"

#include "entityextractor.h"
#include "gazetteer.h"

#include "corpus.h"
#include "projecteditor.h"
#include "projectstore.h"
#include "reviewpanel.h"
#include "tints.h"

#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

InspectorDock::InspectorDock(const Corpus *corpus, ProjectEditor *editor, QWidget *parent)
    : QDockWidget(parent)
    , m_corpus(corpus)
    , m_editor(editor)
    , m_entitiesBox(new QGroupBox)
    , m_entities(new QLabel)
    , m_tagsBox(new QGroupBox)
    , m_tags(new QLabel)
    , m_review(new ReviewPanel(editor))
    , m_spanBox(new QGroupBox)
    , m_span(new QLabel)
    , m_spanComment(new QLineEdit)
    , m_saveComment(new QPushButton)
    , m_removeSpan(new QPushButton)
    , m_form(new QFormLayout)
    , m_repairsBox(new QGroupBox)
    , m_warningsBox(new QGroupBox)
    , m_reviewBox(new QGroupBox)
    , m_repairs(new QListWidget)
    , m_warnings(new QListWidget)
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
    m_tags->setObjectName(QStringLiteral("tagsField"));
    m_tags->setWordWrap(true);
    m_tags->setTextFormat(Qt::RichText);
    auto *tagsLayout = new QVBoxLayout(m_tagsBox);
    tagsLayout->addWidget(m_tags);
    auto *reviewLayout = new QVBoxLayout(m_reviewBox);
    reviewLayout->addWidget(m_review);
    m_span->setObjectName(QStringLiteral("spanField"));
    m_span->setWordWrap(true);
    m_span->setTextFormat(Qt::RichText);
    m_spanComment->setObjectName(QStringLiteral("spanComment"));
    m_spanComment->setClearButtonEnabled(true);
    m_saveComment->setObjectName(QStringLiteral("saveSpanComment"));
    m_removeSpan->setObjectName(QStringLiteral("removeSpan"));
    auto *spanLayout = new QVBoxLayout(m_spanBox);
    spanLayout->addWidget(m_span);
    spanLayout->addWidget(m_spanComment);
    auto *spanButtons = new QHBoxLayout;
    spanButtons->addWidget(m_saveComment);
    spanButtons->addWidget(m_removeSpan);
    spanButtons->addStretch();
    spanLayout->addLayout(spanButtons);
    connect(m_spanComment, &QLineEdit::returnPressed, this, &InspectorDock::saveSpanComment);
    connect(m_saveComment, &QPushButton::clicked, this, &InspectorDock::saveSpanComment);
    connect(m_removeSpan, &QPushButton::clicked, this, [this] {
        if (ProjectStore *store = m_editor->store())
            m_editor->commit(store->removeSpan(m_spanId));
    });
    m_entities->setObjectName(QStringLiteral("entitiesField"));
    m_entities->setWordWrap(true);
    m_entities->setTextFormat(Qt::RichText);
    m_entities->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *entitiesLayout = new QVBoxLayout(m_entitiesBox);
    entitiesLayout->addWidget(m_entities);
    layout->addWidget(m_tagsBox);
    layout->addWidget(m_spanBox);
    layout->addWidget(m_reviewBox, 2);
    layout->addWidget(m_repairsBox, 1);
    layout->addWidget(m_warningsBox, 1);
    layout->addWidget(m_entitiesBox);

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
    connect(editor, &ProjectEditor::storeChanged, this, [this] {
        if (ProjectStore *store = m_editor->store()) {
            const auto update = [this] { refreshAnnotations(); };
            for (auto signal : {&ProjectStore::tagsChanged, &ProjectStore::labelsChanged, &ProjectStore::externalChange})
                connect(store, signal, this, update);
            connect(store, &ProjectStore::annotationChanged, this, update);
            connect(store, &ProjectStore::annotationRemoved, this, [this](const QString &id) {
                if (id == m_spanId)
                    showSpan(QString());
            });
        }
        m_spanId.clear();
        refreshAnnotations();
    });
    refreshAnnotations();
}

QString InspectorDock::tagsText() const
{
    return m_tags->text();
}

QString InspectorDock::spanText() const
{
    return m_span->text();
}

void InspectorDock::showSpan(const QString &spanId)
{
    m_spanId = spanId;
    refreshAnnotations();
    if (!spanId.isEmpty()) {
        show();
        raise();
    }
}

bool InspectorDock::saveSpanComment()
{
    ProjectStore *store = m_editor->store();
    const std::optional<Span> span = store ? store->span(m_spanId) : std::nullopt;
    if (!span || span->comment == m_spanComment->text())
        return false;
    return m_editor->commit(store->setSpanComment(m_spanId, m_spanComment->text()));
}

void InspectorDock::refreshAnnotations()
{
    ProjectStore *store = m_editor->store();
    const std::shared_ptr<const Article> article = m_corpus->article(m_page, m_article);
    const bool editable = m_editor->canEdit();
    // Tags
    if (!store || !article) {
        m_tags->setText(QStringLiteral("—"));
        m_review->setArticle(QString());
    } else {
        QStringList chips;
        for (const QString &tagId : store->tagsOf(article->id)) {
            const std::optional<Tag> tag = store->tag(tagId);
            const QColor colour(tag ? tag->colour : QString());
            chips << QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
                         .arg(Tints::label(palette(), colour.isValid() ? colour : QColor(Qt::gray)).name(),
                              store->tagPath(tagId).toHtmlEscaped());
        }
        m_tags->setText(chips.isEmpty() ? tr("No tags. Press T to tag the article.") : chips.join(QStringLiteral(" ")));
        m_review->setArticle(article->id);
    }
    // The span last clicked
    const std::optional<Span> span = store && !m_spanId.isEmpty() ? store->span(m_spanId) : std::nullopt;
    m_spanBox->setVisible(span.has_value());
    if (span) {
        const std::optional<Label> label = store->label(span->labelId);
        const QColor colour(label ? label->colour : QString());
        m_span->setText(tr("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span> “%3”<br><small>%4, %5</small>")
                            .arg(Tints::label(palette(), colour.isValid() ? colour : QColor(Qt::gray)).name(),
                                 (label ? label->name : tr("(no label)")).toHtmlEscaped(),
                                 span->anchor.exact.left(80).toHtmlEscaped(), span->author.toHtmlEscaped(),
                                 span->modified.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
        if (!m_spanComment->hasFocus())
            m_spanComment->setText(span->comment);
        m_spanComment->setEnabled(editable);
        m_saveComment->setEnabled(editable);
        m_removeSpan->setEnabled(editable);
    }
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
    refreshAnnotations();
}

void InspectorDock::showEntities(const Article *article, const BlockList &blocks)
{
    m_entitiesBox->setVisible(article != nullptr);
    if (!article) {
        m_entities->clear();
        return;
    }
    // One article's extraction takes about a millisecond: fine on demand.
    static const EntityExtractor extractor; // the gazetteer is parsed once
    const ArticleEntities entities = extractor.extract(*article, blocks);
    const Gazetteer &gazetteer = extractor.gazetteer();
    QStringList places;
    for (const PlaceCount &place : entities.placeCounts()) {
        const Division &division = gazetteer.division(place.division);
        QStringList above;
        for (int ancestor : gazetteer.ancestorsOf(place.division))
            above << gazetteer.division(ancestor).name;
        QString entry = division.name.toHtmlEscaped();
        if (!above.isEmpty())
            entry += QStringLiteral(" <span style=\"color: gray\">(%1)</span>").arg(above.join(QStringLiteral(" · ")).toHtmlEscaped());
        if (place.mentions > 1)
            entry += QStringLiteral(" ×%1").arg(place.mentions);
        places << entry;
    }
    QStringList people;
    for (const PersonMention &person : entities.people)
        people << person.name.toHtmlEscaped();
    QStringList organisations;
    for (const OrganisationMention &organisation : entities.organisations)
        organisations << organisation.name.toHtmlEscaped();
    const auto line = [](const QString &label, const QStringList &items) {
        return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral("、")));
    };
    m_entities->setText(line(tr("Places:"), places) + QStringLiteral("<br>") + line(tr("People:"), people)
                        + QStringLiteral("<br>") + line(tr("Organisations:"), organisations));
}

void InspectorDock::refresh()
{
    for (QLabel *value : qAsConst(m_values))
        value->setText(QStringLiteral("—"));
    m_repairs->clear();
    m_warnings->clear();
    showEntities(nullptr, BlockList());
    if (m_page < 0 || m_page >= m_corpus->pageCount())
        return;

    const std::shared_ptr<const CorpusPage> shown = m_corpus->page(m_page);
    if (!shown)
        return;
    const CorpusPage &page = *shown;
    const DecodedText &decoded = page.source.decoded;
    const QString &text = page.source.text();
    m_values[1]->setText(QFileInfo(page.source.path).fileName());
    m_values[1]->setToolTip(page.source.path);
    QString encoding = decoded.confidence >= 0 ? tr("%1 (%2% sure)").arg(decoded.encoding).arg(decoded.confidence)
                                               : decoded.encoding;
    if (decoded.forced || !page.forcedEncoding.isEmpty())
        encoding = tr("%1 (chosen by you)").arg(decoded.encoding);
    m_values[2]->setText(encoding);

    const std::shared_ptr<const Article> article = m_corpus->article(m_page, m_article);
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
    showEntities(article.get(), page.segmentation.blocks);
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
        refreshAnnotations();
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
    m_reviewBox->setTitle(tr("Review"));
    m_tagsBox->setTitle(tr("Tags"));
    m_entitiesBox->setTitle(tr("Places, people, organisations"));
    m_spanBox->setTitle(tr("Label"));
    m_spanComment->setPlaceholderText(tr("Comment (Return saves)"));
    m_saveComment->setText(tr("Save Comment"));
    m_removeSpan->setText(tr("Remove Label"));
}
