#include "gui/shell/FileActions.h"

#include "gui/CoreText.h"
#include "gui/RecentFiles.h"
#include "gui/Resources.h"
#include "gui/editor/FeederDocument.h"
#include "gui/editor/FeederScene.h"
#include "gui/export/DiagramExport.h"
#include "gui/shell/Autosave.h"
#include "gui/shell/Preferences.h"
#include "gui/shell/RecoveryStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include <exception>

namespace gridcarbon::gui {

namespace {

const QString kLastDirKey = QStringLiteral("files/lastDir");

} // namespace

FileActions::FileActions(QWidget* window, FeederDocument* document, FeederScene* scene,
                         QObject* parent)
    : QObject(parent), window_(window), document_(document), scene_(scene),
      store_(std::make_unique<RecoveryStore>()),
      autosave_(new Autosave(document, store_.get(), this)) {
    autosave_->setIntervalMinutes(Preferences::load().autosave_minutes);
    connect(autosave_, &Autosave::failed, this, [this](const QString& message) {
        emit status(tr("Autosave failed: %1").arg(message));
    });
    last_dir_ = QSettings().value(kLastDirKey).toString();

    new_ = new QAction(themedIcon(QStringLiteral("document-new"), QStringLiteral("new")),
                       tr("&New"), this);
    new_->setShortcut(QKeySequence::New);
    new_->setStatusTip(tr("Start an empty feeder"));
    connect(new_, &QAction::triggered, this, &FileActions::newDocument);

    open_ = new QAction(themedIcon(QStringLiteral("document-open"), QStringLiteral("open")),
                        tr("&Open…"), this);
    open_->setShortcut(QKeySequence::Open);
    open_->setStatusTip(tr("Open a GridCarbon case or a MATPOWER file"));
    connect(open_, &QAction::triggered, this, &FileActions::showOpenDialog);

    save_ = new QAction(themedIcon(QStringLiteral("document-save"), QStringLiteral("save")),
                        tr("&Save"), this);
    save_->setShortcut(QKeySequence::Save);
    save_->setStatusTip(tr("Save the case as a GridCarbon .json file"));
    connect(save_, &QAction::triggered, this, &FileActions::save);

    save_as_ = new QAction(themedIcon(QStringLiteral("document-save-as"), QStringLiteral("save")),
                           tr("Save &As…"), this);
    save_as_->setShortcut(QKeySequence::SaveAs);
    connect(save_as_, &QAction::triggered, this, &FileActions::showSaveAsDialog);

    export_ = new QAction(tr("&Export Diagram…"), this);
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    export_->setStatusTip(tr("Write the feeder drawing to a PNG, SVG or PDF file"));
    connect(export_, &QAction::triggered, this, &FileActions::showExportDialog);
}

FileActions::~FileActions() = default;

void FileActions::attachRecentMenu(QMenu* menu) {
    recent_ = new RecentFiles(menu, this);
    connect(recent_, &RecentFiles::openRequested, this, [this](const QString& path) {
        if (maybeSave())
            openCase(path);
    });
}

QString FileActions::dialogDirectory() const {
    if (!document_->sourcePath().isEmpty())
        return QFileInfo(document_->sourcePath()).absolutePath();
    return last_dir_.isEmpty() ? QDir::currentPath() : last_dir_;
}

bool FileActions::isBundledCase(const QString& path) {
    // The cases that come with the program: installed under share/gridcarbon/cases, or the
    // source tree's cases/ when it runs from a build.
    const QString dir = QFileInfo(path).canonicalPath();
    const QString installed =
        QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gridcarbon/cases"))
            .canonicalPath();
    const QString source = QDir(QStringLiteral(GRIDCARBON_SOURCE_CASES)).canonicalPath();
    return !dir.isEmpty() && (dir == installed || dir == source);
}

QString FileActions::saveDirectory() const {
    // Where the user keeps their own cases: the folder of the file they work on, unless it is
    // one of the bundled cases (or a folder they cannot write); then their documents folder.
    const QString current =
        document_->filePath().isEmpty() ? document_->sourcePath() : document_->filePath();
    if (!current.isEmpty() && !isBundledCase(current)) {
        const QFileInfo folder(QFileInfo(current).absolutePath());
        if (folder.isWritable())
            return folder.absoluteFilePath();
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

bool FileActions::maybeSave() {
    if (before_change_)
        before_change_();
    if (!document_->isModified() || !interactive_)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1” before closing it?").arg(document_->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window_);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool FileActions::newDocument() {
    if (!maybeSave())
        return false;
    document_->newDocument();
    emit status(tr("New feeder: add buses with the bus tool, or drop a device from the palette."));
    return true;
}

bool FileActions::openCase(const QString& path) {
    emit status(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    QStringList warnings;
    if (const auto error = document_->open(path, &warnings)) {
        if (interactive_ && recent_ && !QFileInfo::exists(path))
            recent_->remove(path);
        emit problem(tr("Open case"), *error);
        return false;
    }
    if (!warnings.isEmpty())
        emit status(tr("Opened with a warning: %1").arg(warnings.join(QStringLiteral("; "))));
    last_dir_ = QFileInfo(path).absolutePath();
    if (interactive_) { // screenshots and tests leave the user's settings alone
        QSettings().setValue(kLastDirKey, last_dir_);
        if (recent_)
            recent_->add(path);
    }
    return true;
}

void FileActions::showOpenDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        window_, tr("Open Case"), dialogDirectory(),
        tr("All cases (*.json *.m);;GridCarbon cases (*.json);;MATPOWER cases (*.m);;All files "
           "(*)"));
    if (!path.isEmpty())
        openCase(path);
}

bool FileActions::save() {
    if (before_change_)
        before_change_();
    if (document_->filePath().isEmpty()) {
        if (!interactive_) {
            emit problem(tr("Save case"), tr("The case has no file yet: use Save As."));
            return false;
        }
        showSaveAsDialog();
        return !document_->isModified() && !document_->filePath().isEmpty();
    }
    return saveAs(document_->filePath());
}

bool FileActions::saveAs(const QString& path) {
    if (const auto error = document_->saveAs(path)) {
        emit problem(tr("Save case"), *error);
        return false;
    }
    if (interactive_ && recent_)
        recent_->add(document_->filePath());
    emit status(tr("Saved %1").arg(QDir::toNativeSeparators(document_->filePath())));
    return true;
}

void FileActions::showSaveAsDialog() {
    const QString suggestion =
        QDir(saveDirectory()).filePath(document_->displayName() + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(window_, tr("Save Case As"), suggestion,
                                                tr("GridCarbon cases (*.json)"));
    if (path.isEmpty())
        return;
    // Always the native format: a .m name would put JSON where MATPOWER is expected.
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".json");
    saveAs(path);
}

bool FileActions::exportDiagram(const QString& path) {
    // The figure shows the drawing at zoom 1, whatever the view's zoom: labels, arrows and
    // symbols that keep their size on screen are laid out for that zoom.
    const qreal zoom = scene_->viewScale();
    scene_->setViewScale(1.0);
    QWidget* legend = legend_ ? legend_() : nullptr;
    const auto error = gridcarbon::gui::exportDiagram(
        *scene_, scene_->drawingRect(), path, legend && legend->isVisible() ? legend : nullptr);
    scene_->setViewScale(zoom);
    if (error) {
        emit problem(tr("Export diagram"), *error);
        return false;
    }
    emit status(tr("Exported the diagram to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FileActions::showExportDialog() {
    const QString base = QDir(saveDirectory()).filePath(document_->displayName());
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        window_, tr("Export Diagram"), base + QStringLiteral(".svg"),
        tr("SVG drawing (*.svg);;PDF document (*.pdf);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const int star = filter.indexOf(QLatin1String("*."));
        path += filter.mid(star + 1, 4);
    }
    exportDiagram(path);
}

std::vector<RecoveryCandidate> FileActions::recoveryCandidates() const {
    return store_->orphans();
}

bool FileActions::recover(const RecoveryCandidate& candidate) {
    gridcarbon::Case recovered;
    try {
        recovered = RecoveryStore::read(candidate);
    } catch (const std::exception& e) {
        emit problem(tr("Recover case"), oneLine(e.what()));
        return false;
    }
    document_->adopt(std::move(recovered), candidate.origin);
    // Into this session's recovery file before the old one goes, so that a second crash
    // cannot lose the recovered work.
    if (const auto error = autosave_->saveNow()) {
        emit problem(tr("Recover case"), tr("The recovered case could not be autosaved (%1); "
                                            "its recovery file is kept.")
                                             .arg(*error));
        return true;
    }
    RecoveryStore::remove(candidate);
    emit status(tr("Recovered the unsaved changes autosaved at %1. Save them to keep them.")
                    .arg(QLocale().toString(candidate.saved_at, QLocale::ShortFormat)));
    return true;
}

void FileActions::setBeforeDocumentChange(std::function<void()> hook) {
    before_change_ = std::move(hook);
}

void FileActions::setRecoveryPrompt(std::function<bool(const RecoveryCandidate&)> ask) {
    ask_ = std::move(ask);
}

bool FileActions::askToRecover(const RecoveryCandidate& candidate) const {
    if (ask_)
        return ask_(candidate);
    if (!interactive_)
        return false;
    const QString name = candidate.origin.isEmpty() ? tr("an unsaved feeder")
                                                    : QDir::toNativeSeparators(candidate.origin);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("GridCarbon did not close properly. Changes to %1 were autosaved at %2.")
                        .arg(name, QLocale().toString(candidate.saved_at, QLocale::ShortFormat)),
                    QMessageBox::NoButton, window_);
    QPushButton* restore = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

void FileActions::offerRecovery() {
    for (const RecoveryCandidate& c : recoveryCandidates()) {
        if (!ask_ && !interactive_)
            return; // nobody to ask: keep the files for a later, interactive start
        if (askToRecover(c)) {
            recover(c);
            return; // one document per window; later candidates wait for the next start
        }
        RecoveryStore::remove(c);
    }
}

int FileActions::removeLeftovers() {
    // A save takes well under a minute; a younger temporary may be another window's.
    return store_->removeLeftovers(recent_->files(), std::chrono::minutes(10));
}

void FileActions::sessionEnded() {
    store_->clear();
}

} // namespace gridcarbon::gui
