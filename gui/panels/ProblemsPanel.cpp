#include "gui/panels/ProblemsPanel.h"

#include "topology/NetworkProblems.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gridcarbon::gui {
namespace {

// The element a row selects, kept on its first cell.
constexpr int kElementRole = Qt::UserRole;

QString kindName(ElementKind kind) {
    switch (kind) {
    case ElementKind::Bus:
        return ProblemsPanel::tr("Bus");
    case ElementKind::Branch:
        return ProblemsPanel::tr("Branch");
    case ElementKind::Load:
        return ProblemsPanel::tr("Load");
    case ElementKind::Generator:
        return ProblemsPanel::tr("Generator");
    case ElementKind::Storage:
        return ProblemsPanel::tr("Storage");
    case ElementKind::Capacitor:
        break;
    }
    return ProblemsPanel::tr("Capacitor");
}

// "Branch L4" when the problem names an element; otherwise its id or, failing that, its path
// ("base_mva", "generators").
QString itemText(const Problem& p, const std::optional<ElementRef>& element) {
    const QString id = QString::fromStdString(p.item_id);
    if (element)
        return kindName(element->kind) + QLatin1Char(' ') + id;
    return id.isEmpty() ? QString::fromStdString(p.path) : id;
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), tree_(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary_);

    tree_->setColumnCount(3);
    tree_->setHeaderLabels({tr("Severity"), tr("Item"), tr("Problem")});
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);
    layout->addWidget(tree_, 1);

    // A double click reports the row twice (click, then activation); selecting an element twice
    // is harmless, and Enter on a row has no click to rely on.
    connect(tree_, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* row) { activate(row); });
    connect(tree_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* row) { activate(row); });

    setProblems({});
}

void ProblemsPanel::setProblems(const std::vector<Problem>& problems) {
    tree_->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem*> rows;
    rows.reserve(static_cast<qsizetype>(problems.size()));
    for (const Problem& p : problems) {
        const bool error = p.severity == Severity::Error;
        const std::optional<ElementRef> element = problemElement(p);
        auto* row = new QTreeWidgetItem;
        row->setIcon(SeverityColumn, error ? errorIcon : warningIcon);
        row->setText(SeverityColumn, error ? tr("Error") : tr("Warning"));
        row->setText(ItemColumn, itemText(p, element));
        row->setText(MessageColumn, QString::fromStdString(p.message));
        // The path says which field is meant ("branches[4].rate_mva"); the message may not.
        for (int column : {SeverityColumn, ItemColumn, MessageColumn})
            row->setToolTip(column, QString::fromStdString(p.path));
        if (element)
            row->setData(SeverityColumn, kElementRole, QVariant::fromValue(*element));
        rows.append(row);
    }
    tree_->addTopLevelItems(rows);

    const auto errors = std::count_if(problems.begin(), problems.end(), [](const Problem& p) {
        return p.severity == Severity::Error;
    });
    const auto warnings = static_cast<std::ptrdiff_t>(problems.size()) - errors;
    if (problems.empty())
        summary_->setText(tr("No problems"));
    else
        summary_->setText(tr("%1, %2").arg(tr("%n errors", nullptr, static_cast<int>(errors)),
                                           tr("%n warnings", nullptr, static_cast<int>(warnings))));
}

int ProblemsPanel::count() const {
    return tree_->topLevelItemCount();
}

QString ProblemsPanel::summary() const {
    return summary_->text();
}

void ProblemsPanel::activate(QTreeWidgetItem* row) {
    if (!row)
        return;
    const QVariant element = row->data(SeverityColumn, kElementRole);
    if (element.isValid())
        emit problemActivated(element.value<ElementRef>());
}

} // namespace gridcarbon::gui
