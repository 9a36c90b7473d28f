#pragma once

#include "coach/CoachRule.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

class CoachSettingsStore;

// The coach's rules as a check list: checked rules are on for the library. Unchecking writes at
// once (a library setting, not an undoable story edit).
class CoachRulesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
    };

    explicit CoachRulesModel(CoachSettingsStore& settings, QObject* parent = nullptr);

    QString lastError() const { return m_lastError; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void onRuleEnabledChanged(const QString& ruleId, bool enabled);

    CoachSettingsStore& m_settings;
    QList<CoachRule> m_rules;
    QSet<QString> m_disabled;
    QString m_lastError;
};
