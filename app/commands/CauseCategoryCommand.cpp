#include "commands/CauseCategoryCommand.h"

#include "storage/CauseStore.h"

#include <QCoreApplication>

CauseCategoryCommand::CauseCategoryCommand(CauseStore& store, Action action, CauseCategory category)
    : m_store(store)
    , m_action(action)
    , m_category(std::move(category))
{
    if (m_action != Action::Add) {
        if (auto all = m_store.categories()) {
            for (const CauseCategory& c : all.value()) {
                if (c.id == m_category.id) {
                    m_before = c;
                }
            }
        }
    }
    switch (m_action) {
    case Action::Add:
        setText(QCoreApplication::translate("CauseCategoryCommand", "Add category"));
        break;
    case Action::Rename:
        setText(QCoreApplication::translate("CauseCategoryCommand", "Rename category"));
        break;
    case Action::Move:
        setText(QCoreApplication::translate("CauseCategoryCommand", "Move category"));
        break;
    case Action::Remove:
        setText(QCoreApplication::translate("CauseCategoryCommand", "Remove category"));
        break;
    }
}

void CauseCategoryCommand::redo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add: {
        auto id = m_store.addCategory(m_category);
        if (id) {
            m_category.id = id.value();
            ok = true;
        }
        break;
    }
    case Action::Rename:
        ok = m_before.id && m_store.renameCategory(m_category.id, m_category.name).ok();
        break;
    case Action::Move:
        ok = m_before.id && m_store.moveCategory(m_category.id, m_category.position).ok();
        break;
    case Action::Remove: {
        auto nodes = m_store.removeCategory(m_category.id);
        if (nodes) {
            m_nodeIds = nodes.value();
            ok = m_before.id != 0;
        }
        break;
    }
    }
    if (!ok) {
        setObsolete(true);
    }
}

void CauseCategoryCommand::undo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add:
        ok = m_store.removeCategory(m_category.id).ok();
        break;
    case Action::Rename:
        ok = m_store.renameCategory(m_before.id, m_before.name).ok();
        break;
    case Action::Move:
        ok = m_store.moveCategory(m_before.id, m_before.position).ok();
        break;
    case Action::Remove:
        ok = m_store.restoreCategory(m_before, m_nodeIds).ok();
        break;
    }
    if (!ok) {
        setObsolete(true);
    }
}
