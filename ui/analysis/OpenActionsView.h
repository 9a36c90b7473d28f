#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

class Library;
class OpenActionsFilterProxyModel;
class OpenActionsModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QTreeView;

// Every open action item of the library in one list: filter by owner and to overdue items, sorted
// by due date; Enter or a double click jumps to the item in its story. Loaded when first shown.
class OpenActionsView : public QWidget
{
    Q_OBJECT

public:
    explicit OpenActionsView(QWidget* parent = nullptr);
    ~OpenActionsView() override;

    // The library to list; null clears. The list is read when the view is (or becomes) visible.
    void setLibrary(Library* library);
    // Reads the list now (normally done when shown).
    void load();

    OpenActionsModel* model() const { return m_model; }
    OpenActionsFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QComboBox* ownerCombo() const { return m_owner; }
    QCheckBox* overdueCheck() const { return m_overdue; }
    QLabel* countLabel() const { return m_count; }

    void focusList();

signals:
    // The user chose an action item: show it in its story.
    void actionRequested(qint64 storyId, qint64 actionId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void clearModels();
    void refreshOwners();
    void applyFilters();
    void updateCount();
    void activate(const QModelIndex& index);
    void checkDate();

    Library* m_library = nullptr;
    bool m_loaded = false;
    OpenActionsModel* m_model = nullptr;
    OpenActionsFilterProxyModel* m_proxy;
    QComboBox* m_owner;
    QCheckBox* m_overdue;
    QLabel* m_count;
    QTreeView* m_view;
    QTimer m_dayTimer;
};
