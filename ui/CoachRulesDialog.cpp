#include "CoachRulesDialog.h"

#include "models/CoachRulesModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

CoachRulesDialog::CoachRulesDialog(CoachRulesModel* model, QWidget* parent)
    : QDialog(parent)
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("coachRulesDialog"));
    setWindowTitle(tr("Coach Rules"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The language coach underlines wording that assigns blame or judges with hindsight. "
                                "Checked rules are on for every story in this library."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setObjectName(QStringLiteral("coachRulesList"));
    m_view->setModel(model);
    model->setParent(this);
    if (model->rowCount() > 0) {
        m_view->setCurrentIndex(model->index(0));
    }
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}
