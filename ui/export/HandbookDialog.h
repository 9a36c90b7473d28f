#pragma once

#include <QDialog>
#include <QPageSize>

#include <atomic>
#include <memory>
#include <optional>

class Library;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QThread;

// File ▸ Export Handbook…: chooses the stories (Published by default; by tag and date range, or
// ticked by hand in a reorderable list: drag, or Move Up/Down), the cover (title, organisation,
// year, logo), the page size and "people → roles", then compiles the book on a worker thread
// behind a progress dialog with Cancel. The stories are read here on the GUI thread (SQL
// connections belong to their thread) and travel to the worker as plain values.
class HandbookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandbookDialog(Library* library, QWidget* parent = nullptr);
    ~HandbookDialog() override;

    void setPageSize(const QPageSize& size);
    // Starts the export to `path` (no file dialog). Returns false when nothing could start.
    bool exportTo(const QString& path);
    bool isRunning() const { return m_thread != nullptr; }
    // The ids ticked in the list, in its order.
    QList<qint64> chosenStories() const;
    // Tests: the next file dialog answers `path` (empty: cancelled).
    static void setNextPathForTests(std::optional<QString> path);
    QString lastMessage() const { return m_lastMessage; }

signals:
    // The export ended: written (true), or failed or was cancelled (false, message says which).
    void exportFinished(bool written, const QString& message);

public slots:
    // Cancels a running export (as the progress dialog's Cancel does).
    void cancelExport();

private:
    void fillList();
    void moveCurrent(int delta);
    void chooseLogo();
    void startExport();
    void onProgress(int step, int steps, const QString& what);
    void onFinished(bool written, const QString& message, const QString& path);

    Library* m_library;
    QComboBox* m_status;
    QLineEdit* m_tags;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QListWidget* m_list;
    QLineEdit* m_title;
    QLineEdit* m_organisation;
    QSpinBox* m_year;
    QLineEdit* m_logo;
    QComboBox* m_pageSize;
    QCheckBox* m_anonymize;
    QPushButton* m_export;
    QProgressDialog* m_progress = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_lastMessage;
    static std::optional<QString> s_nextPath;
};
