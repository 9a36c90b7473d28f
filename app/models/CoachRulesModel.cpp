#include "models/CoachRulesModel.h"

#include "coach/CoachEngine.h"
#include "storage/CoachSettingsStore.h"

CoachRulesModel::CoachRulesModel(CoachSettingsStore& settings, QObject* parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    auto standard = CoachEngine::standard();
    if (standard) {
        m_rules = standard->rules();
    } else {
        m_lastError = standard.error();
    }
    if (auto disabled = m_settings.disabledRules()) {
        m_disabled = disabled.value();
    } else {
        m_lastError = disabled.error();
    }
    connect(&m_settings, &CoachSettingsStore::ruleEnabledChanged, this, &CoachRulesModel::onRuleEnabledChanged);
}

int CoachRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant CoachRulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CoachRule& rule = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return rule.title;
    case Qt::ToolTipRole:
        return rule.explanation + QLatin1Char('\n') +
               (rule.suggestion.contains(QLatin1String("%1")) ? rule.suggestion.arg(tr("their role"))
                                                              : rule.suggestion);
    case Qt::CheckStateRole:
        return m_disabled.contains(rule.id) ? Qt::Unchecked : Qt::Checked;
    case RuleIdRole:
        return rule.id;
    default:
        return {};
    }
}

Qt::ItemFlags CoachRulesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && !m_settings.isReadOnly()) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool CoachRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const bool enabled = value.toInt() == Qt::Checked;
    return m_settings.setRuleEnabled(m_rules.at(index.row()).id, enabled).ok();
}

void CoachRulesModel::onRuleEnabledChanged(const QString& ruleId, bool enabled)
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).id == ruleId) {
            const bool wasEnabled = !m_disabled.contains(ruleId);
            if (enabled) {
                m_disabled.remove(ruleId);
            } else {
                m_disabled.insert(ruleId);
            }
            if (wasEnabled != enabled) {
                emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
            }
            return;
        }
    }
}
