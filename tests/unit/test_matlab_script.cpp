// The MATLAB-subset interpreter under the MATPOWER importer: what it evaluates, and that
// everything else is an error naming the line.
#include "io/MatlabScript.h"
#include "io/MatlabTokenizer.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

using namespace gridcarbon;
using namespace gridcarbon::matlab;

namespace {

Script run(const std::string& text) {
    return runScript(text, "s.m");
}

const Value& value(const Script& s, const std::string& name) {
    const Variable* v = s.find(name);
    if (!v)
        throw std::runtime_error("no variable " + name);
    return v->value;
}

double scalar(const Script& s, const std::string& name) {
    const Value& v = value(s, name);
    EXPECT_TRUE(v.isScalar()) << name;
    return v.numbers.at(0);
}

std::vector<double> numbers(const Script& s, const std::string& name) {
    return value(s, name).numbers;
}

// The script must fail with BadInput, a message starting "s.m:<line>: " and containing `part`.
void expectError(const std::string& text, int line, const std::string& part) {
    try {
        (void)run(text);
        ADD_FAILURE() << "no error for:\n" << text;
    } catch (const Error& e) {
        const std::string msg = e.what();
        const std::string prefix = "s.m:" + std::to_string(line) + ": ";
        EXPECT_EQ(e.code(), ErrorCode::BadInput) << msg;
        EXPECT_EQ(msg.rfind(prefix, 0), 0u) << "expected prefix '" << prefix << "' in: " << msg;
        EXPECT_NE(msg.find(part), std::string::npos) << "expected '" << part << "' in: " << msg;
    }
}

} // namespace

TEST(MatlabScript, ReadsTheFunctionHeaderAndTheHelpTextBelowIt) {
    const Script s = run("function mpc = demo\n"
                         "%DEMO  One line.\n"
                         "%   Second line.\n"
                         "%\n"
                         "\n"
                         "% not help\n"
                         "mpc.x = 1;\n");
    EXPECT_EQ(s.functionName, "demo");
    EXPECT_EQ(s.outputName, "mpc");
    EXPECT_EQ(s.functionLine, 1);
    EXPECT_EQ(s.helpText, (std::vector<std::string>{"DEMO  One line.", "Second line."}));
    EXPECT_EQ(scalar(s, "mpc.x"), 1.0);
}

TEST(MatlabScript, MatrixRowsAreSeparatedBySemicolonsOrLineEndsAndValuesByCommasOrBlanks) {
    const Script s = run("a = [1 2 3; 4,5,6\n"
                         "     7\t8 ,9];\n");
    const Value& a = value(s, "a");
    EXPECT_EQ(a.rows, 3u);
    EXPECT_EQ(a.cols, 3u);
    EXPECT_EQ(a.numbers, (std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

TEST(MatlabScript, ABlankBeforeASignStartsANewElementInsideBrackets) {
    const Script s = run("b = 5;\n"
                         "x = [1 -2];\n"
                         "y = [1 - 2];\n"
                         "z = [b -1, b-1, b - 1, -b];\n"
                         "w = 1 -2;\n");
    EXPECT_EQ(numbers(s, "x"), (std::vector<double>{1, -2}));
    EXPECT_EQ(numbers(s, "y"), (std::vector<double>{-1}));
    EXPECT_EQ(numbers(s, "z"), (std::vector<double>{5, -1, 4, 4, -5}));
    EXPECT_EQ(scalar(s, "w"), -1.0);
}

TEST(MatlabScript, CommentsContinuationsAndBlockCommentsAreSkipped) {
    const Script s = run("a = [ %% a comment right after the bracket\n"
                         "  1 2 % after a row\n"
                         "  3 ...  continued here\n"
                         "    4;\n"
                         "%{\n"
                         "b = 99;\n"
                         "%}\n"
                         "];\n"
                         "c = 1 + ...\n"
                         "    2;\n");
    EXPECT_EQ(value(s, "a").rows, 2u);
    EXPECT_EQ(numbers(s, "a"), (std::vector<double>{1, 2, 3, 4}));
    EXPECT_EQ(s.find("b"), nullptr);
    EXPECT_EQ(scalar(s, "c"), 3.0);
}

TEST(MatlabScript, ReadsExponentsNegativeNumbersAndInf) {
    const Script s = run("a = [1e-3 -360 2.5E+2 .5 Inf -Inf 1e-400];\n");
    const std::vector<double> a = numbers(s, "a");
    ASSERT_EQ(a.size(), 7u);
    EXPECT_EQ(a[0], 1e-3);
    EXPECT_EQ(a[1], -360.0);
    EXPECT_EQ(a[2], 250.0);
    EXPECT_EQ(a[3], 0.5);
    EXPECT_TRUE(std::isinf(a[4]) && a[4] > 0);
    EXPECT_TRUE(std::isinf(a[5]) && a[5] < 0);
    EXPECT_EQ(a[6], 0.0);
}

TEST(MatlabScript, OperatorsFollowMatlabPrecedence) {
    const Script s = run("a = -2^2; b = 2^-1; c = 1 + 2 * 3; d = 2^3^2; e = (1 + 2) * 3;\n"
                         "f = 8 / 2 / 2; g = [1 2] .* [3 4]; h = [2 4] ./ 2; k = [1 2] .^ 2;\n");
    EXPECT_EQ(scalar(s, "a"), -4.0);
    EXPECT_EQ(scalar(s, "b"), 0.5);
    EXPECT_EQ(scalar(s, "c"), 7.0);
    EXPECT_EQ(scalar(s, "d"), 64.0);
    EXPECT_EQ(scalar(s, "e"), 9.0);
    EXPECT_EQ(scalar(s, "f"), 2.0);
    EXPECT_EQ(numbers(s, "g"), (std::vector<double>{3, 8}));
    EXPECT_EQ(numbers(s, "h"), (std::vector<double>{1, 2}));
    EXPECT_EQ(numbers(s, "k"), (std::vector<double>{1, 4}));
}

TEST(MatlabScript, ColumnSlicesAreReadAndAssignedWithColonVectorsAndEnd) {
    const Script s = run("m = [1 2 3; 4 5 6];\n"
                         "m(:, [1 3]) = m(:, [1, 3]) * 10;\n"
                         "m(end, 2) = -1;\n"
                         "last = m(end, end);\n"
                         "col = m(:, 2);\n"
                         "tail = m(1, 2:end);\n");
    EXPECT_EQ(numbers(s, "m"), (std::vector<double>{10, 2, 30, 40, -1, 60}));
    EXPECT_EQ(scalar(s, "last"), 60.0);
    EXPECT_EQ(value(s, "col").rows, 2u);
    EXPECT_EQ(numbers(s, "col"), (std::vector<double>{2, -1}));
    EXPECT_EQ(numbers(s, "tail"), (std::vector<double>{2, 30}));
}

TEST(MatlabScript, ALinearIndexCountsDownTheColumns) {
    const Script s = run("m = [1 2; 3 4];\n"
                         "a = m(2); b = m(:); v = [5 6 7]; c = v([3 1]);\n"
                         "m(4) = 0;\n");
    EXPECT_EQ(scalar(s, "a"), 3.0);
    EXPECT_EQ(numbers(s, "b"), (std::vector<double>{1, 3, 2, 4}));
    EXPECT_EQ(value(s, "c").rows, 1u);
    EXPECT_EQ(numbers(s, "c"), (std::vector<double>{7, 5}));
    EXPECT_EQ(numbers(s, "m"), (std::vector<double>{1, 2, 3, 0}));
}

TEST(MatlabScript, FunctionsApplyElementwise) {
    const Script s = run("pf = 0.85;\n"
                         "q = [1 2] * sin(acos(pf));\n"
                         "r = sqrt(abs(-16)) + exp(0) + log(1) + cos(0) + tan(0) + asin(0) + "
                         "atan(0);\n"
                         "p = pi;\n");
    const std::vector<double> q = numbers(s, "q");
    EXPECT_EQ(q[0], std::sin(std::acos(0.85)));
    EXPECT_EQ(q[1], 2 * std::sin(std::acos(0.85)));
    EXPECT_EQ(scalar(s, "r"), 6.0);
    EXPECT_EQ(scalar(s, "p"), std::numbers::pi);
}

TEST(MatlabScript, StarOfTwoMatricesIsTheMatrixProduct) {
    const Script s = run("a = [1 2; 3 4] * [1; 1];\n");
    EXPECT_EQ(value(s, "a").rows, 2u);
    EXPECT_EQ(numbers(s, "a"), (std::vector<double>{3, 7}));
}

TEST(MatlabScript, ReadsStringsCellArraysAndTransposes) {
    const Script s = run("t = 'It''s';\n"
                         "c = { 'a ';\n"
                         "      'b' };\n"
                         "r = {'x', 'y' 'z'};\n"
                         "v = [1 2 3]';\n");
    EXPECT_EQ(value(s, "t").type, ValueType::Text);
    EXPECT_EQ(value(s, "t").text, "It's");
    const Value& c = value(s, "c");
    ASSERT_EQ(c.type, ValueType::Cell);
    EXPECT_EQ(c.rows, 2u);
    EXPECT_EQ(c.cells[0].text, "a ");
    EXPECT_EQ(c.cells[1].text, "b");
    EXPECT_EQ(value(s, "r").cols, 3u);
    EXPECT_EQ(value(s, "v").rows, 3u);
}

TEST(MatlabScript, MatrixRowsRememberTheirLinesThroughSliceAssignments) {
    const Script s = run("x = 1;\n"
                         "m = [\n"
                         "  1 2;\n"
                         "  3 4;\n"
                         "];\n"
                         "m(:, 1) = m(:, 1) / 2;\n");
    const Variable* m = s.find("m");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->line, 2);
    EXPECT_EQ(m->rowLine(0), 3);
    EXPECT_EQ(m->rowLine(1), 4);
}

TEST(MatlabScript, IdxFunctionsDefineMatpowerColumnNumbers) {
    const Script s =
        run("[PQ, PV, REF, NONE, BUS_I, BUS_TYPE, PD, QD, GS, BS, BUS_AREA, VM, ...\n"
            "    VA, BASE_KV, ZONE, VMAX, VMIN, LAM_P, LAM_Q, MU_VMAX, MU_VMIN] = idx_bus;\n"
            "[F_BUS, T_BUS, BR_R, BR_X, BR_B, RATE_A, RATE_B, RATE_C, ...\n"
            "    TAP, SHIFT, BR_STATUS, PF, QF, PT, QT, MU_SF, MU_ST, ...\n"
            "    ANGMIN, ANGMAX, MU_ANGMIN, MU_ANGMAX] = idx_brch;\n"
            "[GEN_BUS, PG, QG, QMAX, QMIN, VG, MBASE, GEN_STATUS, PMAX, PMIN, ...\n"
            "    MU_PMAX, MU_PMIN, MU_QMAX, MU_QMIN, PC1, PC2, QC1MIN, QC1MAX, ...\n"
            "    QC2MIN, QC2MAX, RAMP_AGC, RAMP_10, RAMP_30, RAMP_Q, APF] = idx_gen;\n"
            "[~, ~, MODEL] = idx_cost();\n");
    EXPECT_EQ(scalar(s, "REF"), 3.0);
    EXPECT_EQ(scalar(s, "NONE"), 4.0);
    EXPECT_EQ(scalar(s, "BASE_KV"), 10.0);
    EXPECT_EQ(scalar(s, "VMIN"), 13.0);
    EXPECT_EQ(scalar(s, "MU_VMIN"), 17.0);
    EXPECT_EQ(scalar(s, "BR_STATUS"), 11.0);
    EXPECT_EQ(scalar(s, "PF"), 14.0);
    EXPECT_EQ(scalar(s, "ANGMIN"), 12.0);
    EXPECT_EQ(scalar(s, "MU_ANGMAX"), 21.0);
    EXPECT_EQ(scalar(s, "PMIN"), 10.0);
    EXPECT_EQ(scalar(s, "MU_PMAX"), 22.0);
    EXPECT_EQ(scalar(s, "MU_QMIN"), 25.0);
    EXPECT_EQ(scalar(s, "PC1"), 11.0);
    EXPECT_EQ(scalar(s, "APF"), 21.0);
    EXPECT_EQ(scalar(s, "MODEL"), 1.0);
    EXPECT_EQ(s.find("PW_LINEAR"), nullptr);
}

TEST(MatlabScript, DefineConstantsDefinesEveryColumnName) {
    const Script s = run("define_constants;\nx = [PD QD RATE_A RAMP_30 NCOST];\n");
    EXPECT_EQ(numbers(s, "x"), (std::vector<double>{3, 4, 6, 19, 4}));
}

TEST(MatlabScript, AnIdxOutputInTheWrongPositionIsAnError) {
    expectError("x = 1;\n[PQ, PV, REF, NONE, BUS_TYPE] = idx_bus;\n", 2,
                "output 5 of idx_bus is BUS_I, not BUS_TYPE");
    expectError("[A] = idx_gen;\n", 1, "output 1 of idx_gen is GEN_BUS");
}

TEST(MatlabScript, UnknownFunctionsAndVariablesAreErrorsAtTheirLine) {
    expectError("a = 1;\nb = foo(a);\n", 2, "unknown variable or function 'foo'");
    expectError("a = 1;\n\nb = a + c;\n", 3, "'c'");
    expectError("[a, b] = size(1);\n", 1, "unknown function 'size'");
}

TEST(MatlabScript, ControlFlowIsNotSupported) {
    expectError("x = 1;\nif x\n  x = 2;\nend\n", 2, "'if' statements are not supported");
    expectError("for k = 1:3\nend\n", 1, "'for'");
    expectError("while 1\nend\n", 1, "'while'");
}

TEST(MatlabScript, ShapeMismatchesAreErrors) {
    expectError("a = [1 2] + [1 2 3];\n", 1, "equal size");
    expectError("m = [1 2; 3 4];\nm(:, 1) = [1 2 3];\n", 2, "cannot assign a 1x3 value");
    expectError("a = [1 2 3;\n 4 5];\n", 2, "this row has 2 columns, the rows above have 3");
    expectError("a = [1 2] * [3 4];\n", 1, "inner dimensions");
    expectError("a = [1 2] ^ 2;\n", 1, "matrix power");
    expectError("a = 1 / [1 2];\n", 1, "matrix division");
}

TEST(MatlabScript, IndexesMustBePositiveIntegersInRange) {
    expectError("m = [1 2; 3 4];\nx = m(3, 1);\n", 2, "index 3 is out of range (size 2)");
    expectError("m = [1 2; 3 4];\nx = m(1, 0);\n", 2, "index 0 is not a positive integer");
    expectError("m = [1 2; 3 4];\nx = m(1.5);\n", 2, "index 1.5");
    expectError("m = [1 2];\nm(3) = 1;\n", 2, "out of range");
    expectError("m = [1 2];\nx = m(1, 1, 1);\n", 2, "more than two subscripts");
    expectError("x = end;\n", 1, "'end' is only allowed inside an index");
}

TEST(MatlabScript, TextWhereANumberIsNeededIsAnError) {
    expectError("v = '2';\nx = v + 1;\n", 2, "text where a number is needed");
    expectError("x = [1 'a'];\n", 1, "text where a number is needed");
    expectError("c = {1};\nx = c * 2;\n", 2, "cell array where a number is needed");
}

TEST(MatlabScript, OverflowAndUndefinedResultsAreErrorsAtTheirLine) {
    expectError("a = 1;\nb = 10^400;\n", 2, "overflows");
    expectError("b = 1e308 * 10;\n", 1, "overflows");
    expectError("b = 1 / 0;\n", 1, "divides by zero");
    expectError("b = 0 / 0;\n", 1, "no real value");
    expectError("b = (-8) ^ (1/3);\n", 1, "no real value");
    expectError("b = sqrt(-1);\n", 1, "sqrt(-1) is not a finite real number");
    expectError("b = log(0);\n", 1, "log(0)");
    expectError("b = Inf - Inf;\n", 1, "no real value");
    expectError("b = 1e999;\n", 1, "out of range");
}

TEST(MatlabScript, PathologicalInputIsAnErrorNotACrash) {
    expectError("x = " + std::string(5000, '(') + "1" + std::string(5000, ')') + ";\n", 1,
                "nested too deeply");
    expectError("x = " + std::string(5000, '-') + "1;\n", 1, "nested too deeply");
    expectError("x = " + std::string(5000, '[') + "1" + std::string(5000, ']') + ";\n", 1,
                "nested too deeply");
    expectError("x = 1:1e12;\n", 1, "too many elements");
    std::string doubling = "a = [1 2 3 4 5 6 7 8];\n";
    for (int k = 0; k < 40; ++k)
        doubling += "a = [a a];\n";
    EXPECT_THROW((void)run(doubling), Error);
}

TEST(MatlabScript, LexicalErrorsNameTheirLine) {
    expectError("a = 1;\nb = 'open;\n", 2, "string is not closed");
    expectError("a = 1;\n%{\nb = 2;\n", 2, "block comment");
    expectError("a = 1;\nb = 2 # 3;\n", 2, "unexpected character '#'");
    expectError("a = 1;\n\nb = 3i;\n", 3, "malformed number");
    expectError("b = [1 2\n", 1, "'[' is not closed by ']'");
}

TEST(MatlabScript, StructsAndValuesDoNotMix) {
    expectError("s.a = 1;\nx = s + 1;\n", 2, "struct 's' cannot be used as a value");
    expectError("s = 1;\ns.a = 2;\n", 2, "'s' is not a struct");
    expectError("s.a = 1;\ns = 2;\n", 2, "'s' is a struct");
    expectError("s.a = 1;\nx = s.b;\n", 2, "'s.b' is not defined");
}

TEST(MatlabScript, OnlyOneSingleOutputFunctionHeaderAtTheTop) {
    expectError("x = 1;\nfunction mpc = f\n", 2, "first statement");
    expectError("function [a, b] = f\n", 1, "several outputs");
    expectError("function mpc = f(x)\n", 1, "parameters");
    expectError("function mpc = f\nmpc.a = 1;\nend\nmpc.b = 2;\n", 4, "after the function's");
    const Script s = run("function mpc = f()\nmpc.a = 1;\nend\n");
    EXPECT_EQ(s.functionName, "f");
}

TEST(MatlabScript, AcceptsCrLfLineEndsAndAByteOrderMark) {
    const Script s = run("\xEF\xBB\xBF"
                         "a = [1 2\r\n"
                         "     3 4];\r\n"
                         "b = 'x'; % comment\r\n");
    EXPECT_EQ(value(s, "a").rows, 2u);
    EXPECT_EQ(s.find("a")->rowLine(1), 2);
    EXPECT_EQ(s.find("b")->line, 3);
}

TEST(MatlabScript, NumberRunsKeepMatlabsMeaningAtEveryEdge) {
    const Script s = run("x = 2;\n"
                         "a = [1 2\n"
                         "     3*x 4];\n"       // a row break before a number that is not whole
                         "b = [1 2 ...\n 3];\n" // a continuation ends a run
                         "c = [1;\n-2; +3];\n"  // signed numbers start rows
                         "d = [1, -2 ,3 -4];\n" // commas and blanks between signed numbers
                         "e = [1 2; 3 4]';\n"   // a transpose after the bracket
                         "f = [1 2'];\n"        // a transpose on the last number
                         "g = [1 2 % comment\n 3 4];\n"
                         "h = [1 2 x; 3 4 5];\n"); // the general path for a mixed row
    EXPECT_EQ(value(s, "a").rows, 2u);
    EXPECT_EQ(numbers(s, "a"), (std::vector<double>{1, 2, 6, 4}));
    EXPECT_EQ(value(s, "b").rows, 1u);
    EXPECT_EQ(numbers(s, "b"), (std::vector<double>{1, 2, 3}));
    EXPECT_EQ(value(s, "c").rows, 3u);
    EXPECT_EQ(numbers(s, "c"), (std::vector<double>{1, -2, 3}));
    EXPECT_EQ(numbers(s, "d"), (std::vector<double>{1, -2, 3, -4}));
    EXPECT_EQ(numbers(s, "e"), (std::vector<double>{1, 3, 2, 4}));
    EXPECT_EQ(numbers(s, "f"), (std::vector<double>{1, 2}));
    EXPECT_EQ(value(s, "g").rows, 2u);
    expectError("h = [1 2; 3 4 5];\n", 1, "this row has 3 columns, the rows above have 2");
    expectError("h = [1 2\n 3 4 5\n];\n", 2, "this row has 3 columns, the rows above have 2");
    EXPECT_EQ(value(s, "h").cols, 3u);
}

TEST(MatlabScript, AMatrixOfNumbersIsOneTokenAndRemembersItsRowLines) {
    std::string text = "mpc.bus = [\n";
    for (int r = 1; r <= 1000; ++r)
        text += "\t" + std::to_string(r) + "\t1\t-0.5\t2.5e-3;\n";
    text += "];\n";
    const Tokens tokens = tokenize(text, "s.m");
    // mpc . bus = [ Newline NUMBERS ; Newline ] ; Newline EndOfInput: a dozen tokens.
    EXPECT_LT(tokens.list.size(), 15u);
    EXPECT_EQ(tokens.numbers.size(), 4000u);
    const Script s = run(text);
    const Variable& bus = *s.find("mpc.bus");
    EXPECT_EQ(bus.value.rows, 1000u);
    EXPECT_EQ(bus.value.at(999, 0), 1000.0);
    EXPECT_EQ(bus.value.at(0, 2), -0.5);
    EXPECT_EQ(bus.rowLine(0), 2);
    EXPECT_EQ(bus.rowLine(999), 1001);
}
