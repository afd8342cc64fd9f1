#include "tagsdock.h"

#include "projecteditor.h"
#include "projectstore.h"
#include "tagtreemodel.h"
#include "tints.h"

#include <QColorDialog>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QSet>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// Paints each tag's colour as a swatch before its name (the model, being
/// in model/, hands out the colour as a name only).
class SwatchDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != TagTreeModel::NameColumn)
            return;
        const QColor colour(index.data(TagTreeModel::ColourRole).toString());
        if (!colour.isValid())
            return;
        const int side = option->fontMetrics.height() - 4;
        QPixmap swatch(side, side);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colour);
        painter.setPen(colour.darker(140));
        painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
        painter.end();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon(swatch);
        option->decorationSize = QSize(side, side);
    }
};

} // namespace

TagsDock::TagsDock(ProjectEditor *editor, QWidget *parent)
    : QDockWidget(parent)
    , m_editor(editor)
    , m_model(new TagTreeModel(this))
    , m_view(new QTreeView)
    , m_add(new QAction(this))
    , m_addChild(new QAction(this))
    , m_rename(new QAction(this))
    , m_colour(new QAction(this))
    , m_merge(new QAction(this))
    , m_delete(new QAction(this))
{
    setObjectName(QStringLiteral("tagsDock"));
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SwatchDelegate(m_view));
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    const struct
    {
        QAction *action;
        const char *name;
        QKeySequence key;
    } actions[] = {
        {m_add, "addTag", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T)},
        {m_addChild, "addChildTag", QKeySequence()},
        {m_rename, "renameTag", QKeySequence(Qt::Key_F2)},
        {m_colour, "recolourTag", QKeySequence()},
        {m_merge, "mergeTag", QKeySequence()},
        {m_delete, "deleteTag", QKeySequence(QKeySequence::Delete)},
    };
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(12, 12));
    for (const auto &entry : actions) {
        entry.action->setObjectName(QString::fromLatin1(entry.name));
        entry.action->setShortcut(entry.key);
        entry.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(entry.action);
        toolbar->addAction(entry.action);
    }
    // Ctrl+Alt+T works from anywhere in the window.
    m_add->setShortcutContext(Qt::WindowShortcut);
    connect(m_add, &QAction::triggered, this, [this] { addTag(false); });
    connect(m_addChild, &QAction::triggered, this, [this] { addTag(true); });
    connect(m_rename, &QAction::triggered, this, &TagsDock::renameTag);
    connect(m_colour, &QAction::triggered, this, &TagsDock::recolourTag);
    connect(m_merge, &QAction::triggered, this, &TagsDock::mergeTag);
    connect(m_delete, &QAction::triggered, this, &TagsDock::deleteTag);

    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    setWidget(contents);

    connect(m_model, &TagTreeModel::moveRequested, this, [this](const QString &tagId, const QString &parentId) {
        if (ProjectStore *store = m_editor->store())
            m_editor->commit(store->moveTag(tagId, parentId));
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = m_model->tagIdAt(index);
        if (!id.isEmpty())
            emit tagRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagsDock::updateActions);
    connect(editor, &ProjectEditor::storeChanged, this, [this] {
        m_model->setStore(m_editor->store());
        m_view->expandAll();
        updateActions();
    });
    m_model->setStore(editor->store());
    retranslateUi();
    updateActions();
}

TagsDock::~TagsDock() = default;

QString TagsDock::currentTagId() const
{
    return m_model->tagIdAt(m_view->currentIndex());
}

void TagsDock::setCurrentTag(const QString &tagId)
{
    m_view->setCurrentIndex(m_model->indexForTag(tagId));
}

int TagsDock::affectedArticles(const QString &tagId) const
{
    ProjectStore *store = m_editor->store();
    if (!store)
        return 0;
    QSet<QString> articles;
    for (const QString &id : m_model->subtree(tagId)) {
        for (const QString &article : store->articlesWithTag(id))
            articles.insert(article);
    }
    return articles.size();
}

void TagsDock::updateActions()
{
    const bool editable = m_editor->canEdit();
    const bool current = !currentTagId().isEmpty();
    m_add->setEnabled(editable);
    for (QAction *action : {m_addChild, m_rename, m_colour, m_merge, m_delete})
        action->setEnabled(editable && current);
    m_view->setDragEnabled(editable);
}

void TagsDock::addTag(bool child)
{
    ProjectStore *store = m_editor->store();
    if (!store)
        return;
    const QString parentId = child ? currentTagId() : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Tag"),
        parentId.isEmpty() ? tr("Name of the new tag (a/b creates b under a):")
                           : tr("Name of the new tag under %1:").arg(store->tagPath(parentId)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Result<Edit> edit = parentId.isEmpty() ? store->ensureTagPath(name) : store->addTag(parentId, name);
    const QString id = edit ? edit->subjectId : QString();
    if (m_editor->commit(std::move(edit)) && !id.isEmpty())
        setCurrentTag(id);
}

void TagsDock::renameTag()
{
    ProjectStore *store = m_editor->store();
    const QString id = currentTagId();
    const std::optional<Tag> tag = store ? store->tag(id) : std::nullopt;
    if (!tag)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"),
                                               tr("New name for %1 (%n article(s)):", nullptr, affectedArticles(id))
                                                   .arg(store->tagPath(id)),
                                               QLineEdit::Normal, tag->name, &ok);
    if (ok && name.trimmed() != tag->name)
        m_editor->commit(store->renameTag(id, name));
}

void TagsDock::recolourTag()
{
    ProjectStore *store = m_editor->store();
    const QString id = currentTagId();
    const std::optional<Tag> tag = store ? store->tag(id) : std::nullopt;
    if (!tag)
        return;
    const QColor colour = QColorDialog::getColor(QColor(tag->colour), this, tr("Colour of %1").arg(tag->name));
    if (colour.isValid())
        m_editor->commit(store->setTagColour(id, colour.name()));
}

void TagsDock::mergeTag()
{
    ProjectStore *store = m_editor->store();
    const QString id = currentTagId();
    if (!store || id.isEmpty())
        return;
    const QStringList excluded = m_model->subtree(id);
    QStringList paths;
    QStringList ids;
    for (const Tag &tag : store->tags()) {
        if (excluded.contains(tag.id))
            continue;
        paths << store->tagPath(tag.id);
        ids << tag.id;
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Merge Tag"), tr("There is no other tag to merge into."));
        return;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge Tag"),
                                               tr("Merge %1 into:").arg(store->tagPath(id)), paths, 0, false, &ok);
    if (!ok)
        return;
    const QString intoId = ids.value(paths.indexOf(into));
    const int affected = store->articlesWithTag(id).size();
    const auto answer = QMessageBox::question(
        this, tr("Merge Tag"),
        tr("Merge %1 into %2? %n article(s) will be tagged %2 instead.", nullptr, affected)
            .arg(store->tagPath(id), into));
    if (answer == QMessageBox::Yes)
        m_editor->commit(store->mergeTag(id, intoId));
}

void TagsDock::deleteTag()
{
    ProjectStore *store = m_editor->store();
    const QString id = currentTagId();
    if (!store || id.isEmpty())
        return;
    const int affected = affectedArticles(id);
    const int below = m_model->subtree(id).size() - 1;
    QString text = tr("Delete the tag %1? It is removed from %n article(s).", nullptr, affected).arg(store->tagPath(id));
    if (below > 0)
        text += QLatin1Char(' ') + tr("The %n tag(s) below it are deleted too.", nullptr, below);
    text += QLatin1Char(' ') + tr("You can undo this (Ctrl+Z).");
    if (QMessageBox::question(this, tr("Delete Tag"), text) == QMessageBox::Yes)
        m_editor->commit(store->deleteTag(id));
}

void TagsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void TagsDock::retranslateUi()
{
    setWindowTitle(tr("Tags"));
    // No mnemonics: toolbar buttons would take Alt+letters from the menus.
    m_add->setText(tr("New Tag…"));
    m_addChild->setText(tr("New Subtag…"));
    m_rename->setText(tr("Rename…"));
    m_colour->setText(tr("Colour…"));
    m_merge->setText(tr("Merge Into…"));
    m_delete->setText(tr("Delete…"));
    m_view->setToolTip(tr("Drag a tag onto another to move it; double-click to tag the selected articles"));
}
