#include "gui/panels/ResultsPanel.h"

#include "gui/editor/FeederScene.h"
#include "gui/panels/ResultTableModel.h"
#include "io/CsvTable.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace gridcarbon::gui {

namespace {

// Natural order: runs of digits compare by value ("2" < "10", "b2" < "b10"), the rest as text.
bool naturalLess(const QString& a, const QString& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const double x = a.mid(i, ei - i).toDouble(), y = b.mid(j, ej - j).toDouble();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

// Numbers by value, text in natural order.
class ResultSortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override {
        const QVariant a = left.data(ResultTableModel::sortRole());
        const QVariant b = right.data(ResultTableModel::sortRole());
        if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
            return a.toDouble() < b.toDouble();
        return naturalLess(a.toString(), b.toString());
    }
};

// A cell as Copy and Export CSV write it: numbers with every digit, missing ones empty.
std::string cellText(const QVariant& cell) {
    if (cell.typeId() == QMetaType::Double)
        return gridcarbon::csvNumber(cell.toDouble());
    return cell.toString().toStdString();
}

} // namespace

ResultsPanel::ResultsPanel(FeederScene* scene, QWidget* parent)
    : QWidget(parent), scene_(scene), caption_(new QLabel(this)), tabs_(new QTabWidget(this)),
      copy_(new QToolButton(this)), export_(new QToolButton(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    top->addWidget(caption_, 1);
    copy_->setText(tr("&Copy"));
    copy_->setToolTip(tr("Copy the selected rows (or the whole table) with its header, "
                         "tab-separated, for a spreadsheet"));
    export_->setText(tr("&Export CSV…"));
    export_->setToolTip(tr("Write the table shown to a CSV file, every digit"));
    top->addWidget(copy_);
    top->addWidget(export_);
    layout->addLayout(top);
    tabs_->setDocumentMode(true);
    layout->addWidget(tabs_, 1);
    caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(copy_, &QToolButton::clicked, this, &ResultsPanel::copy);
    connect(export_, &QToolButton::clicked, this, &ResultsPanel::exportCsvInteractive);
    connect(scene_, &FeederScene::overlayChanged, this, [this](const QString& name) {
        if (name == scene_->shownOverlay())
            refresh();
    });
    connect(scene_, &FeederScene::shownOverlayChanged, this, &ResultsPanel::refresh);
    connect(scene_, &FeederScene::drawingChanged, this, &ResultsPanel::refresh);
    refresh();
}

QString ResultsPanel::caption() const {
    return caption_->text();
}

QTableView* ResultsPanel::view(int index) const {
    return views_.value(index);
}

ResultTableModel* ResultsPanel::model(int index) const {
    return models_.value(index);
}

QTableView* ResultsPanel::currentView() const {
    return views_.value(tabs_->currentIndex());
}

void ResultsPanel::refresh() {
    const FeederOverlay* overlay = scene_->overlay(scene_->shownOverlay());
    const QList<ResultTable> tables = overlay ? overlay->tables : QList<ResultTable>{};
    caption_->setText(overlay && !overlay->tables_caption.isEmpty()
                          ? overlay->tables_caption
                          : (overlay ? overlay->legend.note : QString()));
    // The tabs stay while the tables keep their titles: sorting and the tab shown survive a
    // new period.
    bool same = tables.size() == models_.size();
    for (int i = 0; same && i < tables.size(); ++i)
        same = tabs_->tabText(i) == tables[i].title;
    if (!same) {
        const int current = tabs_->currentIndex();
        while (tabs_->count() > 0) {
            QWidget* page = tabs_->widget(0);
            tabs_->removeTab(0);
            page->deleteLater();
        }
        models_.clear();
        proxies_.clear();
        views_.clear();
        for (const ResultTable& t : tables) {
            auto* model = new ResultTableModel(this);
            auto* proxy = new ResultSortProxy(this);
            proxy->setSourceModel(model);
            auto* view = new QTableView(tabs_);
            view->setModel(proxy);
            view->setSortingEnabled(true);
            view->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until asked
            view->setSelectionBehavior(QAbstractItemView::SelectRows);
            view->setAlternatingRowColors(true);
            view->setWordWrap(false);
            view->verticalHeader()->hide();
            view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
            view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
            view->horizontalHeader()->setStretchLastSection(true);
            connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &ResultsPanel::onSelection);
            models_ << model;
            proxies_ << proxy;
            views_ << view;
            tabs_->addTab(view, t.title);
        }
        if (current >= 0 && current < tabs_->count())
            tabs_->setCurrentIndex(current);
    }
    for (int i = 0; i < tables.size(); ++i) {
        const bool first = models_[i]->rowCount() == 0;
        models_[i]->setTable(tables[i]);
        if (first)
            views_[i]->resizeColumnsToContents();
    }
    copy_->setEnabled(!tables.isEmpty());
    export_->setEnabled(!tables.isEmpty());
}

void ResultsPanel::onSelection() {
    QTableView* view = currentView();
    if (!view)
        return;
    const int index = views_.indexOf(view);
    std::vector<gridcarbon::ElementRef> refs;
    for (const QModelIndex& row : view->selectionModel()->selectedRows()) {
        const QModelIndex source = proxies_[index]->mapToSource(row);
        refs.push_back(models_[index]->table().rows[source.row()].element);
    }
    if (!refs.empty())
        emit elementsSelected(refs);
}

QString ResultsPanel::copyText() const {
    QTableView* view = currentView();
    if (!view)
        return {};
    const int index = views_.indexOf(view);
    const ResultTable& table = models_[index]->table();
    QStringList lines;
    QStringList header;
    for (const ResultColumn& c : table.columns)
        header << ResultTableModel::header(c);
    lines << header.join(QLatin1Char('\t'));
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        for (int r = 0; r < proxies_[index]->rowCount(); ++r)
            rows << proxies_[index]->index(r, 0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (const QVariant& cell : table.rows[proxies_[index]->mapToSource(row).row()].cells)
            cells << QString::fromStdString(cellText(cell));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ResultsPanel::copy() const {
    QApplication::clipboard()->setText(copyText());
}

QString ResultsPanel::exportCsv(const QString& path) const {
    QTableView* view = currentView();
    if (!view)
        return tr("there is no result table to export");
    const int index = views_.indexOf(view);
    const ResultTable& table = models_[index]->table();
    gridcarbon::CsvTable csv;
    for (const ResultColumn& c : table.columns)
        csv.header.push_back(ResultTableModel::header(c).toStdString());
    // In the order shown.
    for (int r = 0; r < proxies_[index]->rowCount(); ++r) {
        std::vector<std::string> cells;
        for (const QVariant& cell :
             table.rows[proxies_[index]->mapToSource(proxies_[index]->index(r, 0)).row()].cells)
            cells.push_back(cellText(cell));
        csv.rows.push_back(std::move(cells));
    }
    try {
        gridcarbon::writeCsvFile(QFile::encodeName(path).toStdString(), csv);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void ResultsPanel::exportCsvInteractive() {
    const QString title = tabs_->tabText(tabs_->currentIndex()).toLower();
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(title + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), start,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (!error.isEmpty())
        emit problem(tr("Export CSV"), error);
    else
        emit status(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace gridcarbon::gui
