#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class SavedSearchModel;

/// The saved searches sidebar: the predefined searches ("all
/// articles", "unreviewed", "returned", "with warnings") and the editor's
/// own, each a name and a query. Clicking one runs it; the editor's own are
/// renamed in place (F2) and their query edited below the list (a query
/// that does not parse is refused with the reason).
class SavedSearchesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchesPane)

public:
    /// `model` is not owned (the window keeps it with the project).
    explicit SavedSearchesPane(SavedSearchModel *model, QWidget *parent = nullptr);
    ~SavedSearchesPane() override;

    SavedSearchModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

    /// Saves `query` under `name`; false (and the reason shown) when the
    /// query does not parse.
    bool saveSearch(const QString &name, const QString &query);
    /// Removes the selected search unless it is predefined.
    bool removeSelected();
    void selectRow(int row);

public slots:
    /// What the search bar holds now: "Save" stores it.
    void setCurrentQuery(const QString &query) { m_currentQuery = query; }

signals:
    /// Run this query (put it in the search bar).
    void searchActivated(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCurrentChanged();
    void commitQueryEdit();
    void saveWithDialog();

    SavedSearchModel *m_model;
    QListView *m_list;
    QLineEdit *m_queryEdit;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_remove;
    QString m_currentQuery;
};
