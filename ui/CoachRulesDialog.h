#pragma once

#include <QDialog>

class CoachRulesModel;
class QListView;

// "Coach rules…": the blameless-language coach's rules as a check list for the open library.
class CoachRulesDialog : public QDialog
{
    Q_OBJECT

public:
    CoachRulesDialog(CoachRulesModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }

private:
    QListView* m_view;
};
