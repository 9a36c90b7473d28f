#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;
class StoryFilterProxyModel;
class StoryListModel;
class StoryStore;

// The library side of the window: search box, filters and the story list.
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(QWidget* parent = nullptr);

    // Shows `model` through `proxy`; both belong to the caller. Null clears the pane.
    void setModels(StoryStore* store, StoryListModel* model, StoryFilterProxyModel* proxy);

    qint64 currentStoryId() const;
    // Selects the story, clearing search and filters if they hide it. Returns false if it is unknown.
    bool selectStory(qint64 id);
    void clearFilters();
    void focusSearch();
    // Runs the search typed so far without waiting for the typing pause.
    void applySearchNow();

    QTreeView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }

    static constexpr int SearchDelayMs = 150;

signals:
    void currentStoryChanged(qint64 id);
    void message(const QString& text);

private:
    void applyFilters();
    void refreshTags();

    StoryStore* m_store = nullptr;
    StoryListModel* m_model = nullptr;
    StoryFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_kind;
    QComboBox* m_tag;
    QTreeView* m_view;
    QTimer m_searchTimer;
    QTimer m_tagTimer;
};
