#include "RetroPage.h"

#include "document/RetroDocument.h"

void RetroPage::setDocument(RetroDocument* document)
{
    if (m_document == document) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    documentChanged();
}
