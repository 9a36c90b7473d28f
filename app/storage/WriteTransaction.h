#pragma once

#include "storage/LibraryDatabase.h"

// Rolls back unless commit() succeeded: every store operation is all or nothing.
class WriteTransaction
{
public:
    explicit WriteTransaction(LibraryDatabase& db)
        : m_db(db)
    {
    }
    ~WriteTransaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin()
    {
        Status s = m_db.beginWrite();
        m_open = s.ok();
        return s;
    }
    Status commit()
    {
        Status s = m_db.commit();
        if (s) {
            m_open = false;
        }
        return s;
    }

private:
    LibraryDatabase& m_db;
    bool m_open = false;
};
