#pragma once
// The problems list of the feeder editor: a summary line over one row per problem (severity,
// item, message; the case-file path as tooltip). Clicking a row that names an element, or
// pressing Enter on it, asks for that element to be selected. The panel only shows what it is
// given; whoever owns the document runs findNetworkProblems when the case changes.
#include "model/Element.h"
#include "model/Validate.h"

#include <QMetaType>
#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

Q_DECLARE_METATYPE(gridcarbon::ElementRef)

namespace gridcarbon::gui {

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { SeverityColumn, ItemColumn, MessageColumn };

    explicit ProblemsPanel(QWidget* parent = nullptr);

    // Replaces the rows, in the order given.
    void setProblems(const std::vector<gridcarbon::Problem>& problems);
    int count() const;

    QString summary() const;
    QTreeWidget* tree() const { return tree_; }

signals:
    void problemActivated(gridcarbon::ElementRef ref);

private:
    void activate(QTreeWidgetItem* row);

    QLabel* summary_;
    QTreeWidget* tree_;
};

} // namespace gridcarbon::gui
