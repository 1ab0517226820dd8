// The problems list: one row per problem of a case with its severity, item and message, a
// summary line, and a click (or Enter) on a row asking for the element it names.
#include "gui/panels/ProblemsPanel.h"
#include "io/CaseJson.h"
#include "topology/NetworkProblems.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using gridcarbon::ElementKind;
using gridcarbon::ElementRef;
using gridcarbon::gui::ProblemsPanel;

namespace {

// feeder5 with an island cut off (error at bus 3), a negative load (warning at D2) and a bad
// base power (error that names no element).
std::vector<gridcarbon::Problem> feederProblems() {
    gridcarbon::Case c = gridcarbon::loadCaseJson(GRIDCARBON_TEST_DATA "/feeder5.json");
    c.branches[1].in_service = false;
    c.loads[0].p_mw = -0.3;
    c.base_mva = 0.0;
    return gridcarbon::findNetworkProblems(c);
}

// The row whose Item column reads `item`.
QTreeWidgetItem* row(const ProblemsPanel& panel, const QString& item) {
    const auto found = panel.tree()->findItems(item, Qt::MatchExactly, ProblemsPanel::ItemColumn);
    return found.size() == 1 ? found.front() : nullptr;
}

void click(const ProblemsPanel& panel, QTreeWidgetItem* item) {
    QTreeWidget* tree = panel.tree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

} // namespace

class ProblemsPanelTest : public QObject {
    Q_OBJECT

private slots:
    void showsOneRowPerProblem() {
        const auto problems = feederProblems();
        QCOMPARE(problems.size(), std::size_t{3});
        ProblemsPanel panel;
        QCOMPARE(panel.count(), 0);
        QCOMPARE(panel.summary(), ProblemsPanel::tr("No problems"));

        panel.setProblems(problems);
        QCOMPARE(panel.count(), 3);
        QTreeWidget* tree = panel.tree();
        for (int i = 0; i < 3; ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(i);
            QCOMPARE(item->text(ProblemsPanel::MessageColumn),
                     QString::fromStdString(problems[i].message));
            QCOMPARE(item->toolTip(ProblemsPanel::MessageColumn),
                     QString::fromStdString(problems[i].path));
            QVERIFY(!item->icon(ProblemsPanel::SeverityColumn).isNull());
        }
        QVERIFY(row(panel, QStringLiteral("base_mva")));
        QVERIFY(row(panel, QStringLiteral("Bus 3")));
        QCOMPARE(row(panel, QStringLiteral("Load D2"))->text(ProblemsPanel::SeverityColumn),
                 ProblemsPanel::tr("Warning"));
        QCOMPARE(tree->topLevelItem(0)->text(ProblemsPanel::SeverityColumn),
                 ProblemsPanel::tr("Error"));
        QVERIFY2(panel.summary().startsWith(QLatin1String("2 error")), qPrintable(panel.summary()));
        QVERIFY2(panel.summary().contains(QLatin1String("1 warning")), qPrintable(panel.summary()));

        panel.setProblems({});
        QCOMPARE(panel.count(), 0);
        QCOMPARE(panel.summary(), ProblemsPanel::tr("No problems"));
    }

    void clickingARowAsksForItsElement() {
        ProblemsPanel panel;
        panel.resize(700, 300);
        panel.setProblems(feederProblems());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);

        click(panel, row(panel, QStringLiteral("Bus 3")));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().first().value<ElementRef>(),
                 (ElementRef{ElementKind::Bus, "3"}));

        click(panel, row(panel, QStringLiteral("base_mva"))); // names no element
        QCOMPARE(activated.count(), 0);

        panel.tree()->setCurrentItem(row(panel, QStringLiteral("Load D2")));
        QTest::keyClick(panel.tree(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().first().value<ElementRef>(),
                 (ElementRef{ElementKind::Load, "D2"}));
    }
};

QTEST_MAIN(ProblemsPanelTest)
#include "test_problems_panel.moc"
