#pragma once

#include "titlecollator.h"

#include <QSortFilterProxyModel>

/// Orders the corpus pane. Pages always stay in the order they were opened
/// (an editor's page numbers); the articles inside each page follow the
/// chosen order. Ties fall back to page order so the result is stable.
class CorpusSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusSortModel)

public:
    enum class SortMode {
        PageOrder, ///< as printed on the page
        Title,     ///< by title, pinyin order for Chinese; untitled last
        Length,    ///< longest first
    };
    Q_ENUM(SortMode)

    explicit CorpusSortModel(QObject *parent = nullptr);
    ~CorpusSortModel() override;

    SortMode sortMode() const { return m_mode; }
    void setSortMode(SortMode mode);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SortMode m_mode = SortMode::PageOrder;
    TitleCollator m_collator;
};
