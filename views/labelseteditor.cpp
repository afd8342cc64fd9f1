#include "labelseteditor.h"

#include "projecteditor.h"
#include "projectstore.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

LabelSetEditor::LabelSetEditor(ProjectEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("labelSetEditor"));
    setWindowTitle(tr("Labels"));
    m_list->setObjectName(QStringLiteral("labelList"));
    auto *add = new QPushButton(tr("&Add…"));
    auto *rename = new QPushButton(tr("&Rename…"));
    auto *colour = new QPushButton(tr("&Colour…"));
    auto *up = new QPushButton(tr("Move &Up"));
    auto *down = new QPushButton(tr("Move &Down"));
    auto *remove = new QPushButton(tr("Remo&ve…"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, rename, colour, up, down, remove}) {
        button->setAutoDefault(false);
        button->setEnabled(editor->canEdit());
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(box);

    ProjectStore *store = editor->store();
    connect(add, &QPushButton::clicked, this, [this, store] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Label"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            m_editor->commit(store->addLabel(name));
    });
    connect(rename, &QPushButton::clicked, this, [this, store] {
        const std::optional<Label> label = store->label(currentId());
        if (!label)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Label"), tr("Name:"), QLineEdit::Normal, label->name, &ok);
        if (ok && name.trimmed() != label->name)
            m_editor->commit(store->renameLabel(label->id, name));
    });
    connect(colour, &QPushButton::clicked, this, [this, store] {
        const std::optional<Label> label = store->label(currentId());
        if (!label)
            return;
        const QColor chosen = QColorDialog::getColor(QColor(label->colour), this, tr("Colour of %1").arg(label->name));
        if (chosen.isValid())
            m_editor->commit(store->setLabelColour(label->id, chosen.name()));
    });
    const auto move = [this, store](int step) {
        const std::optional<Label> label = store->label(currentId());
        if (!label)
            return;
        const int to = label->order + step;
        if (to < 0 || to >= store->labels().size())
            return;
        m_editor->commit(store->moveLabel(label->id, to));
        m_list->setCurrentRow(to);
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    connect(remove, &QPushButton::clicked, this, [this, store] {
        const std::optional<Label> label = store->label(currentId());
        if (!label)
            return;
        int uses = 0;
        for (const AnnotationRecord &record : store->annotations())
            uses += record.kind == AnnotationRecord::Kind::Span && record.name == label->name ? 1 : 0;
        if (QMessageBox::question(this, tr("Remove Label"),
                                  tr("Remove the label %1 and its %n span(s)? You can undo this (Ctrl+Z).", nullptr, uses)
                                      .arg(label->name))
            == QMessageBox::Yes)
            m_editor->commit(store->removeLabel(label->id));
    });
    if (store)
        connect(store, &ProjectStore::labelsChanged, this, &LabelSetEditor::refresh);
    refresh();
    resize(420, 360);
}

LabelSetEditor::~LabelSetEditor() = default;

QString LabelSetEditor::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LabelSetEditor::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    ProjectStore *store = m_editor->store();
    if (!store)
        return;
    const QVector<Label> labels = store->labels();
    for (int i = 0; i < labels.size(); ++i) {
        const Label &label = labels.at(i);
        QPixmap swatch(14, 14);
        swatch.fill(QColor(label.colour));
        auto *item = new QListWidgetItem(QIcon(swatch),
                                         i < 9 ? tr("%1\t(key %2)").arg(label.name).arg(i + 1) : label.name, m_list);
        item->setData(Qt::UserRole, label.id);
    }
    m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
}
