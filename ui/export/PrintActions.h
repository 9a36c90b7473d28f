#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class MainWindow;
class QAction;
class QMenu;
class QPrinter;
class QTextDocument;

// File ▸ Print… (Ctrl+P), Print Preview… (Ctrl+Alt+P), Page Setup…, Export PDF… (Ctrl+Shift+E)
// for the story shown, and Export Handbook… (HandbookDialog). The page size chosen in Page Setup
// (A4 or Letter from the locale at first) is used by printing and the PDF export alike. The
// documents come from the core (StoryPdf, PdfDocumentWriter).
class PrintActions : public QObject
{
    Q_OBJECT

public:
    explicit PrintActions(MainWindow* window);
    ~PrintActions() override;

    void addTo(QMenu* fileMenu);

    // Export PDF with the file already chosen; false on failure (shown).
    bool exportPdfTo(const QString& path);
    // Prints the open story on `printer` as Print does after its dialog; false on failure (shown).
    bool printDocumentTo(QPrinter& printer);
    QString lastMessage() const { return m_lastMessage; }
    // Tests: the next file dialog answers `path` (empty: cancelled) without showing.
    static void setNextPathForTests(std::optional<QString> path);

    QAction* printAction() const { return m_print; }
    QAction* previewAction() const { return m_preview; }
    QAction* pageSetupAction() const { return m_pageSetup; }
    QAction* exportPdfAction() const { return m_pdf; }
    QAction* handbookAction() const { return m_handbook; }
    QPrinter* printer() const { return m_printer.get(); }

private:
    void updateActions();
    qint64 currentStoryId() const;
    // The current story as a document; null (and the error shown) when it cannot be read.
    std::unique_ptr<QTextDocument> storyDocument(QString* title, QString* authors);
    void print();
    void preview();
    void pageSetup();
    void exportPdf();
    void exportHandbook();
    void report(const QString& message);

    MainWindow* m_window;
    std::unique_ptr<QPrinter> m_printer;
    QAction* m_print;
    QAction* m_preview;
    QAction* m_pageSetup;
    QAction* m_pdf;
    QAction* m_handbook;
    QString m_lastMessage;
    static std::optional<QString> s_nextPath;
};
