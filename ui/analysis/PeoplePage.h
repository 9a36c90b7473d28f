#pragma once

#include "story/StoryPage.h"

#include <QPointer>

class PeopleModel;
class QPushButton;
class QTableView;

// "People involved": who took part in the story and in which role. The coach uses the names to
// find people named as the subject of a mistake; exports can put the roles in place of the names.
class PeoplePage : public StoryPage
{
    Q_OBJECT

public:
    explicit PeoplePage(QWidget* parent = nullptr);

    void setDocument(StoryDocument* document) override;
    void setReadOnly(bool readOnly) override;
    QTableView* view() const { return m_view; }

    void addPerson();
    void removeCurrent();
    void moveCurrent(int delta);

private:
    void updateButtons();

    QPointer<PeopleModel> m_model;
    bool m_readOnly = false;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};
