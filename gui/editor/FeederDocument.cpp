#include "gui/editor/FeederDocument.h"

#include "gui/CoreText.h"
#include "io/CaseFile.h"
#include "io/CaseJson.h"
#include "io/TextFile.h"
#include "topology/TreeLayout.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <exception>
#include <filesystem>

namespace gridcarbon::gui {

namespace {

// Marks a document as applying a command for the scope's duration.
class Applying {
public:
    explicit Applying(int& depth) : depth_(depth) { ++depth_; }
    ~Applying() { --depth_; }
    Applying(const Applying&) = delete;
    Applying& operator=(const Applying&) = delete;

private:
    int& depth_;
};

bool isMatpower(const QString& path) {
    return path.endsWith(QStringLiteral(".m"), Qt::CaseInsensitive);
}

} // namespace

FeederDocument::FeederDocument(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {
    connect(undo_, &QUndoStack::cleanChanged, this, &FeederDocument::titleChanged);
}

void FeederDocument::newDocument() {
    replace(gridcarbon::Case{}, {}, {});
}

std::optional<QString> FeederDocument::open(const QString& path, QStringList* warnings) {
    gridcarbon::Case loaded;
    std::vector<std::string> changed;
    try {
        loaded = gridcarbon::loadCase(toFsPath(path), &changed);
        const bool all_placed = std::all_of(loaded.buses.begin(), loaded.buses.end(),
                                            [](const Bus& b) { return b.position.has_value(); });
        if (!all_placed)
            gridcarbon::ensureLayout(loaded);
    } catch (const std::exception& e) {
        return oneLine(e.what());
    } catch (...) {
        return tr("%1: unknown error while reading the case").arg(path);
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    replace(std::move(loaded), isMatpower(path) ? QString() : absolute, absolute);
    if (warnings)
        for (const std::string& w : changed)
            warnings->append(oneLine(w.c_str()));
    return std::nullopt;
}

void FeederDocument::adopt(gridcarbon::Case c, const QString& origin) {
    replace(std::move(c), origin, origin);
    // A recovered case differs from its file until the user saves it: an edit that can be
    // undone back to nothing, but never "clean".
    undo_->resetClean();
    emit titleChanged();
}

std::optional<QString> FeederDocument::saveAs(const QString& path) {
    if (isMatpower(path))
        return tr("%1: GridCarbon saves cases as .json; MATPOWER files are only imported")
            .arg(path);
    try {
        gridcarbon::writeTextFileAtomic(toFsPath(path), gridcarbon::writeCaseJson(case_));
    } catch (const std::exception& e) {
        return oneLine(e.what());
    } catch (...) {
        return tr("%1: unknown error while writing the case").arg(path);
    }
    filePath_ = QFileInfo(path).absoluteFilePath();
    sourcePath_ = filePath_;
    undo_->setClean();
    emit titleChanged();
    return std::nullopt;
}

void FeederDocument::replace(gridcarbon::Case c, const QString& file, const QString& source) {
    undo_->clear();
    case_ = std::move(c);
    filePath_ = file;
    sourcePath_ = source;
    ++revision_;
    emit caseReplaced();
    emit titleChanged();
}

QString FeederDocument::displayName() const {
    if (!case_.name.empty())
        return QString::fromStdString(case_.name);
    if (!sourcePath_.isEmpty())
        return QFileInfo(sourcePath_).completeBaseName();
    return tr("Untitled");
}

bool FeederDocument::isModified() const {
    return !undo_->isClean();
}

void FeederDocument::edited() {
    ++revision_;
    emit caseEdited();
}

void FeederDocument::applyInsert(const std::vector<gridcarbon::PlacedElement>& elements) {
    const Applying applying(applying_);
    for (const auto& e : elements)
        gridcarbon::insertElement(case_, e);
    edited();
}

std::vector<gridcarbon::PlacedElement>
FeederDocument::applyRemove(const std::vector<gridcarbon::ElementRef>& refs) {
    const Applying applying(applying_);
    std::vector<gridcarbon::PlacedElement> removed;
    removed.reserve(refs.size());
    for (const auto& r : refs)
        if (auto e = gridcarbon::removeElement(case_, r))
            removed.push_back(std::move(*e));
    edited();
    return removed;
}

void FeederDocument::applyReplace(const gridcarbon::Element& element) {
    const Applying applying(applying_);
    gridcarbon::replaceElement(case_, element);
    edited();
}

void FeederDocument::applyBusPositions(
    const std::vector<std::pair<std::string, gridcarbon::Point>>& moves) {
    const Applying applying(applying_);
    const auto index = gridcarbon::busIndexMap(case_);
    QStringList ids;
    for (const auto& [id, p] : moves) {
        const auto it = index.find(id);
        if (it == index.end())
            continue;
        case_.buses[it->second].position = p;
        ids.append(QString::fromStdString(id));
    }
    // Positions are no input to any engine: results stay valid, so the revision stays.
    emit busesMoved(ids);
}

void FeederDocument::applyCase(const gridcarbon::Case& c) {
    const Applying applying(applying_);
    case_ = c;
    edited();
}

} // namespace gridcarbon::gui
