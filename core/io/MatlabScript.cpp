#include "io/MatlabScript.h"

#include "io/MatlabTokenizer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <span>
#include <utility>

namespace gridcarbon::matlab {

Value Value::scalar(double v) {
    Value x;
    x.rows = x.cols = 1;
    x.numbers.assign(1, v);
    return x;
}

Value Value::string(std::string s) {
    Value x;
    x.type = ValueType::Text;
    x.rows = 1;
    x.cols = s.size();
    x.text = std::move(s);
    return x;
}

std::string formatNumber(double v) {
    if (std::isinf(v))
        return v > 0 ? "Inf" : "-Inf";
    if (std::isnan(v))
        return "NaN";
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

namespace {

// Limits that keep hostile input from exhausting the stack or memory. Real case files are
// far below them: the largest MATPOWER cases have about 1.2 million numbers in one matrix.
constexpr int kMaxDepth = 100;
constexpr std::size_t kMaxElements = 10'000'000;     // in one value
constexpr std::size_t kStatementBudget = 30'000'000; // values created by one statement
constexpr std::size_t kWorkspaceBudget = 30'000'000; // values held by all variables

struct Named {
    const char* name;
    int value;
};

// MATPOWER's named columns, in the order its idx_* functions return them.
constexpr Named kIdxBus[] = {
    {"PQ", 1},     {"PV", 2},       {"REF", 3},     {"NONE", 4},  {"BUS_I", 1},    {"BUS_TYPE", 2},
    {"PD", 3},     {"QD", 4},       {"GS", 5},      {"BS", 6},    {"BUS_AREA", 7}, {"VM", 8},
    {"VA", 9},     {"BASE_KV", 10}, {"ZONE", 11},   {"VMAX", 12}, {"VMIN", 13},    {"LAM_P", 14},
    {"LAM_Q", 15}, {"MU_VMAX", 16}, {"MU_VMIN", 17}};
constexpr Named kIdxBrch[] = {
    {"F_BUS", 1},      {"T_BUS", 2},  {"BR_R", 3},    {"BR_X", 4},    {"BR_B", 5},
    {"RATE_A", 6},     {"RATE_B", 7}, {"RATE_C", 8},  {"TAP", 9},     {"SHIFT", 10},
    {"BR_STATUS", 11}, {"PF", 14},    {"QF", 15},     {"PT", 16},     {"QT", 17},
    {"MU_SF", 18},     {"MU_ST", 19}, {"ANGMIN", 12}, {"ANGMAX", 13}, {"MU_ANGMIN", 20},
    {"MU_ANGMAX", 21}};
constexpr Named kIdxGen[] = {
    {"GEN_BUS", 1},   {"PG", 2},       {"QG", 3},         {"QMAX", 4},     {"QMIN", 5},
    {"VG", 6},        {"MBASE", 7},    {"GEN_STATUS", 8}, {"PMAX", 9},     {"PMIN", 10},
    {"MU_PMAX", 22},  {"MU_PMIN", 23}, {"MU_QMAX", 24},   {"MU_QMIN", 25}, {"PC1", 11},
    {"PC2", 12},      {"QC1MIN", 13},  {"QC1MAX", 14},    {"QC2MIN", 15},  {"QC2MAX", 16},
    {"RAMP_AGC", 17}, {"RAMP_10", 18}, {"RAMP_30", 19},   {"RAMP_Q", 20},  {"APF", 21}};
constexpr Named kIdxCost[] = {{"PW_LINEAR", 1}, {"POLYNOMIAL", 2}, {"MODEL", 1}, {"STARTUP", 2},
                              {"SHUTDOWN", 3},  {"NCOST", 4},      {"COST", 5}};

struct IndexFunction {
    const char* name;
    std::span<const Named> outputs;
};
constexpr IndexFunction kIndexFunctions[] = {
    {"idx_bus", kIdxBus}, {"idx_brch", kIdxBrch}, {"idx_gen", kIdxGen}, {"idx_cost", kIdxCost}};

const IndexFunction* findIndexFunction(const std::string& name) {
    for (const IndexFunction& f : kIndexFunctions)
        if (name == f.name)
            return &f;
    return nullptr;
}

enum class Fn { Sin, Cos, Tan, Asin, Acos, Atan, Sqrt, Abs, Exp, Log };

constexpr std::pair<const char*, Fn> kFunctions[] = {
    {"sin", Fn::Sin},   {"cos", Fn::Cos},   {"tan", Fn::Tan},   {"asin", Fn::Asin},
    {"acos", Fn::Acos}, {"atan", Fn::Atan}, {"sqrt", Fn::Sqrt}, {"abs", Fn::Abs},
    {"exp", Fn::Exp},   {"log", Fn::Log}};

const std::pair<const char*, Fn>* findFunction(const std::string& name) {
    for (const auto& f : kFunctions)
        if (name == f.first)
            return &f;
    return nullptr;
}

double evaluate(Fn f, double x) {
    switch (f) {
    case Fn::Sin:
        return std::sin(x);
    case Fn::Cos:
        return std::cos(x);
    case Fn::Tan:
        return std::tan(x);
    case Fn::Asin:
        return std::asin(x);
    case Fn::Acos:
        return std::acos(x);
    case Fn::Atan:
        return std::atan(x);
    case Fn::Sqrt:
        return std::sqrt(x);
    case Fn::Abs:
        return std::fabs(x);
    case Fn::Exp:
        return std::exp(x);
    case Fn::Log:
        return std::log(x);
    }
    return x;
}

bool isKeyword(const std::string& s) {
    static const char* const keywords[] = {
        "break",      "case",   "catch",    "classdef", "continue", "else",      "elseif",
        "end",        "for",    "function", "global",   "if",       "otherwise", "parfor",
        "persistent", "return", "spmd",     "switch",   "try",      "while"};
    for (const char* k : keywords)
        if (s == k)
            return true;
    return false;
}

std::string shape(const Value& v) {
    return std::to_string(v.rows) + "x" + std::to_string(v.cols);
}

std::size_t weight(const Value& v) {
    std::size_t w = v.numbers.size() + v.text.size() + v.cells.size();
    for (const Value& c : v.cells)
        w += c.numbers.size() + c.text.size();
    return w;
}

// One subscript of an index expression: ':' or a list of zero-based positions, with the shape
// of the index value (a linear index shapes its result).
struct Subscript {
    bool all = false;
    std::vector<std::size_t> index;
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::size_t count(std::size_t extent) const { return all ? extent : index.size(); }
    std::size_t operator[](std::size_t k) const { return all ? k : index[k]; }
};

enum class Op { Add, Sub, Mul, Div, Pow };

class Interpreter {
public:
    Interpreter(const Tokens& tokens, const std::string& source, Script& script)
        : toks_(tokens.list), numbers_(tokens.numbers), numberRows_(tokens.rows), source_(source),
          script_(script) {}

    void run() {
        while (peek().kind != TokenKind::EndOfInput)
            statement();
    }

private:
    // ---- tokens -------------------------------------------------------------------------

    [[noreturn]] void fail(int line, const std::string& what) const {
        throw errorAt(source_, line, what);
    }

    const Token& peek(std::size_t ahead = 0) const {
        return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
    }
    const Token& take() {
        const Token& t = toks_[pos_];
        if (pos_ + 1 < toks_.size())
            ++pos_;
        return t;
    }
    static bool is(const Token& t, const char* symbol) {
        return t.kind == TokenKind::Symbol && t.text == symbol;
    }
    bool accept(const char* symbol) {
        if (!is(peek(), symbol))
            return false;
        take();
        return true;
    }
    void expect(const char* symbol) {
        if (!accept(symbol))
            fail(peek().line,
                 std::string("expected '") + symbol + "' but found " + describe(peek()));
    }
    static bool endsStatement(const Token& t) {
        return t.kind == TokenKind::Newline || t.kind == TokenKind::EndOfInput || is(t, ";") ||
               is(t, ",");
    }
    std::string name() {
        const Token& t = take();
        if (t.kind != TokenKind::Identifier || isKeyword(t.text))
            fail(t.line, "expected a name but found " + describe(t));
        return t.text;
    }
    // Directly inside [ ] or { } whitespace separates elements; inside ( ) it does not.
    bool inBrackets() const { return !groups_.empty() && groups_.back() != '('; }

    struct DepthGuard {
        DepthGuard(Interpreter& in, int line) : in_(in) {
            if (++in_.depth_ > kMaxDepth) {
                --in_.depth_;
                in_.fail(line, "expression is nested too deeply");
            }
        }
        ~DepthGuard() { --in_.depth_; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
        Interpreter& in_;
    };

    // ---- statements ---------------------------------------------------------------------

    void statement() {
        while (endsStatement(peek()) && peek().kind != TokenKind::EndOfInput)
            take();
        const Token& t = peek();
        if (t.kind == TokenKind::EndOfInput)
            return;
        if (closed_)
            fail(t.line, "statements after the function's closing 'end' are not supported");
        const bool first = !started_;
        started_ = true;
        allocated_ = 0;
        if (t.kind == TokenKind::Identifier) {
            if (t.text == "function")
                return functionHeader(first);
            if (t.text == "end" && !script_.functionName.empty()) {
                take();
                closed_ = true;
                return endOfStatement();
            }
            if (isKeyword(t.text))
                fail(t.line, "'" + t.text + "' statements are not supported");
            if (t.text == "define_constants" && endsStatement(peek(1))) {
                take();
                for (const IndexFunction& f : kIndexFunctions)
                    for (const Named& n : f.outputs)
                        store(n.name, Value::scalar(n.value), t.line);
                return endOfStatement();
            }
        }
        if (is(t, "[") && isMultiAssignment())
            return multiAssignment();
        if (isAssignment())
            return assignment();
        (void)expression();
        endOfStatement();
    }

    void endOfStatement() {
        const Token& t = peek();
        if (!endsStatement(t))
            fail(t.line, "unexpected " + describe(t));
        take();
    }

    void functionHeader(bool first) {
        const int line = take().line;
        if (!script_.functionName.empty())
            fail(line, "only one function per file is supported");
        if (!first)
            fail(line, "'function' must be the first statement of the file");
        std::string output;
        std::string fn;
        if (accept("[")) {
            std::vector<std::string> outputs;
            while (!accept("]")) {
                outputs.push_back(name());
                accept(",");
            }
            if (outputs.size() != 1)
                fail(line, "functions with several outputs are not supported (MATPOWER "
                           "version 1 case files; convert them to version 2)");
            output = outputs.front();
            expect("=");
            fn = name();
        } else {
            fn = name();
            if (accept("=")) {
                output = fn;
                fn = name();
            }
        }
        if (accept("(") && !accept(")"))
            fail(line, "function parameters are not supported");
        endOfStatement();
        script_.functionName = fn;
        script_.outputName = output;
        script_.functionLine = line;
    }

    // Looks ahead over one statement for an '=' outside any brackets.
    bool isAssignment() const {
        int depth = 0;
        for (std::size_t k = pos_; k < toks_.size(); ++k) {
            const Token& t = toks_[k];
            if (t.kind == TokenKind::EndOfInput || (depth == 0 && endsStatement(t)))
                return false;
            if (is(t, "(") || is(t, "[") || is(t, "{"))
                ++depth;
            else if ((is(t, ")") || is(t, "]") || is(t, "}")) && --depth < 0)
                return false;
            else if (depth == 0 && is(t, "="))
                return true;
        }
        return false;
    }

    // "[A, B, ...] = f": the matching ']' is followed by '='.
    bool isMultiAssignment() const {
        int depth = 0;
        for (std::size_t k = pos_; k < toks_.size(); ++k) {
            const Token& t = toks_[k];
            if (t.kind == TokenKind::EndOfInput)
                return false;
            if (is(t, "(") || is(t, "[") || is(t, "{"))
                ++depth;
            else if ((is(t, ")") || is(t, "]") || is(t, "}")) && --depth == 0)
                return k + 1 < toks_.size() && is(toks_[k + 1], "=");
        }
        return false;
    }

    void multiAssignment() {
        const int line = take().line;
        std::vector<std::pair<std::string, int>> outputs;
        while (!accept("]")) {
            const Token& t = peek();
            if (accept("~"))
                outputs.emplace_back("~", t.line);
            else
                outputs.emplace_back(name(), t.line);
            accept(",");
        }
        expect("=");
        const Token& fnToken = peek();
        const std::string fn = name();
        const IndexFunction* f = findIndexFunction(fn);
        if (!f)
            fail(fnToken.line, "unknown function '" + fn +
                                   "' (only idx_bus, idx_brch, idx_gen and idx_cost may "
                                   "return several values)");
        if (accept("("))
            expect(")");
        endOfStatement();
        if (outputs.size() > f->outputs.size())
            fail(line, fn + " returns " + std::to_string(f->outputs.size()) + " values, not " +
                           std::to_string(outputs.size()));
        // The names are positional in MATLAB; a name in the wrong place would silently read
        // the wrong column, so each must be MATPOWER's own name for its position.
        for (std::size_t k = 0; k < outputs.size(); ++k)
            if (outputs[k].first != "~" && outputs[k].first != f->outputs[k].name)
                fail(outputs[k].second, "output " + std::to_string(k + 1) + " of " + fn + " is " +
                                            f->outputs[k].name + ", not " + outputs[k].first);
        for (std::size_t k = 0; k < outputs.size(); ++k)
            if (outputs[k].first != "~")
                store(outputs[k].first, Value::scalar(f->outputs[k].value), line);
    }

    void assignment() {
        const int line = peek().line;
        std::string target = name();
        while (accept("."))
            target += "." + name();
        if (is(peek(), "(")) {
            auto it = script_.variables.find(target);
            if (it == script_.variables.end())
                fail(line, "'" + target + "' is not defined, so it cannot be indexed");
            Variable& var = it->second;
            if (var.value.type != ValueType::Numeric)
                fail(line, "assigning into parts of '" + target +
                               "' is not supported: it is not a numeric matrix");
            const std::vector<Subscript> subs = subscripts(var.value);
            expect("=");
            const Value rhs = expression();
            endOfStatement();
            assignInto(var.value, subs, rhs, target, line);
            return;
        }
        if (!is(peek(), "="))
            fail(peek().line,
                 "unsupported assignment target: " + describe(peek()) + " after '" + target + "'");
        take();
        Value rhs = expression();
        endOfStatement();
        store(target, std::move(rhs), line);
    }

    bool hasFields(const std::string& name) const {
        auto it = script_.variables.lower_bound(name + ".");
        return it != script_.variables.end() &&
               it->first.compare(0, name.size() + 1, name + ".") == 0;
    }

    void store(const std::string& name, Value v, int line) {
        if (hasFields(name))
            fail(line, "'" + name + "' is a struct; replacing it by a value is not supported");
        for (std::size_t dot = name.find('.'); dot != std::string::npos;
             dot = name.find('.', dot + 1))
            if (script_.find(name.substr(0, dot)))
                fail(line, "'" + name.substr(0, dot) + "' is not a struct");
        auto it = script_.variables.find(name);
        const std::size_t before = it == script_.variables.end() ? 0 : weight(it->second.value);
        held_ = held_ - before + weight(v);
        if (held_ > kWorkspaceBudget)
            fail(line, "the variables of this file hold more than " +
                           std::to_string(kWorkspaceBudget) + " values");
        script_.variables[name] = Variable{std::move(v), line};
    }

    // ---- expressions --------------------------------------------------------------------

    Value expression() {
        Value a = additive();
        if (!is(peek(), ":"))
            return a;
        const int line = take().line;
        Value b = additive();
        if (!accept(":"))
            return range(scalarOf(a, line), 1.0, scalarOf(b, line), line);
        Value c = additive();
        return range(scalarOf(a, line), scalarOf(b, line), scalarOf(c, line), line);
    }

    Value additive() {
        Value a = multiplicative();
        for (;;) {
            const Token& t = peek();
            if (!is(t, "+") && !is(t, "-"))
                return a;
            if (inBrackets() && t.spaceBefore && !peek(1).spaceBefore)
                return a; // "[a -b]": the sign starts the next element
            take();
            const Value b = multiplicative();
            a = elementwise(a, b, t.text == "+" ? Op::Add : Op::Sub, t);
        }
    }

    Value multiplicative() {
        Value a = unary();
        for (;;) {
            const Token& t = peek();
            if (!is(t, "*") && !is(t, "/") && !is(t, ".*") && !is(t, "./"))
                return a;
            take();
            const Value b = unary();
            if (t.text == "*" && a.numel() != 1 && b.numel() != 1)
                a = matrixProduct(a, b, t.line);
            else if (t.text == "/" && b.numel() != 1)
                fail(t.line, "'/' by a non-scalar (matrix division) is not supported; use './'");
            else
                a = elementwise(a, b, (t.text == "*" || t.text == ".*") ? Op::Mul : Op::Div, t);
        }
    }

    Value unary() {
        const Token& t = peek();
        if (!is(t, "-") && !is(t, "+"))
            return power();
        DepthGuard guard(*this, t.line);
        take();
        Value v = unary();
        return t.text == "-" ? negate(v, t.line) : numeric(std::move(v), t.line);
    }

    Value power() {
        Value a = postfix();
        while (is(peek(), "^") || is(peek(), ".^")) {
            const Token& t = take();
            const Value b = exponent();
            if (t.text == "^" && (a.numel() != 1 || b.numel() != 1))
                fail(t.line, "'^' on a matrix (matrix power) is not supported; use '.^'");
            a = elementwise(a, b, Op::Pow, t);
        }
        return a;
    }

    // MATLAB accepts a sign on an exponent: 2^-1.
    Value exponent() {
        const Token& t = peek();
        if (!is(t, "-") && !is(t, "+"))
            return postfix();
        DepthGuard guard(*this, t.line);
        take();
        Value v = exponent();
        return t.text == "-" ? negate(v, t.line) : numeric(std::move(v), t.line);
    }

    Value postfix() {
        Value v = primary();
        while (is(peek(), "'") || is(peek(), ".'"))
            v = transpose(v, take().line);
        return v;
    }

    Value primary() {
        const Token& t = peek();
        DepthGuard guard(*this, t.line);
        switch (t.kind) {
        case TokenKind::Number:
            take();
            return Value::scalar(t.number);
        case TokenKind::String:
            take();
            return Value::string(t.text);
        case TokenKind::Identifier:
            return identifier();
        case TokenKind::Newline:
        case TokenKind::EndOfInput:
            fail(t.line, "expected a value but found " + describe(t));
        case TokenKind::Numbers: // only where literal() takes them
            fail(t.line, "unexpected " + describe(t));
        case TokenKind::Symbol:
            break;
        }
        if (is(t, "[") || is(t, "{"))
            return literal();
        if (!is(t, "("))
            fail(t.line, "unexpected " + describe(t));
        take();
        groups_.push_back('(');
        Value v = expression();
        expect(")");
        groups_.pop_back();
        return v;
    }

    Value identifier() {
        const Token& t = take();
        if (t.text == "end") {
            if (ends_.empty())
                fail(t.line, "'end' is only allowed inside an index");
            return Value::scalar(static_cast<double>(ends_.back()));
        }
        if (isKeyword(t.text))
            fail(t.line, "'" + t.text + "' is not supported here");
        std::string id = t.text;
        while (is(peek(), ".") && peek(1).kind == TokenKind::Identifier) {
            take();
            id += "." + take().text;
        }
        const bool call = is(peek(), "(") && !(inBrackets() && peek().spaceBefore);
        if (const Variable* var = script_.find(id)) {
            if (!call) {
                charge(weight(var->value), t.line); // a copy, like any other new value
                return var->value;
            }
            const int line = peek().line;
            return index(var->value, subscripts(var->value), line);
        }
        if (hasFields(id))
            fail(t.line, "struct '" + id + "' cannot be used as a value");
        if (id.find('.') != std::string::npos)
            fail(t.line, "'" + id + "' is not defined");
        if (id == "pi")
            return Value::scalar(std::numbers::pi);
        if (id == "Inf" || id == "inf")
            return Value::scalar(std::numeric_limits<double>::infinity());
        if (const auto* f = findFunction(id)) {
            if (!call)
                fail(t.line, id + " needs an argument in parentheses");
            return apply(f->first, f->second, callArgument(id), t.line);
        }
        if (findIndexFunction(id))
            fail(t.line, id + " can only be used as [NAME, ...] = " + id);
        fail(t.line, "unknown variable or function '" + id + "'");
    }

    Value callArgument(const std::string& fn) {
        const int line = take().line;
        groups_.push_back('(');
        Value v = expression();
        if (is(peek(), ","))
            fail(line, fn + " takes one argument");
        expect(")");
        groups_.pop_back();
        return v;
    }

    // ---- literals -----------------------------------------------------------------------

    struct Row {
        int line = 0;
        std::vector<Value> items;
    };

    // "[ ... ]" or "{ ... }": elements separated by commas or whitespace, rows by ';' or
    // line ends.
    Value literal() {
        const Token& open = take();
        const bool cell = open.text == "{";
        const char* close = cell ? "}" : "]";
        groups_.push_back(open.text[0]);
        if (!cell)
            if (std::optional<Value> matrix = plainMatrix(peek(), open.line)) {
                groups_.pop_back();
                return std::move(*matrix);
            }
        std::vector<Row> rows;
        Row row;
        bool afterElement = false;
        for (;;) {
            const Token& t = peek();
            if (t.kind == TokenKind::EndOfInput)
                fail(open.line, std::string("'") + open.text + "' is not closed by '" + close +
                                    "' before the end of the file");
            if (is(t, close)) {
                take();
                break;
            }
            if (t.kind == TokenKind::Newline || is(t, ";")) {
                take();
                if (!row.items.empty())
                    rows.push_back(std::move(row));
                row = Row{};
                afterElement = false;
                continue;
            }
            if (is(t, ",") && afterElement) {
                take();
                afterElement = false;
                continue;
            }
            if (afterElement && !t.spaceBefore)
                fail(t.line, "unexpected " + describe(t));
            if (row.items.empty())
                row.line = t.line;
            if (t.kind == TokenKind::Numbers) {
                take();
                appendNumbers(rows, row, t);
                afterElement = true;
                continue;
            }
            Value v = expression();
            if (cell && v.type == ValueType::Cell)
                fail(row.line, "nested cell arrays are not supported");
            if (!cell && v.type == ValueType::Cell)
                fail(row.line, "a cell array inside [ ] is not supported");
            append(row, std::move(v), cell);
            afterElement = true;
        }
        if (!row.items.empty())
            rows.push_back(std::move(row));
        groups_.pop_back();
        return cell ? cellArray(rows) : concatenate(rows, open.line);
    }

    // Runs of scalars, the bulk of a case file, are collected into one row vector.
    static void append(Row& row, Value v, bool cell) {
        if (!cell && v.isScalar() && !row.items.empty()) {
            Value& last = row.items.back();
            if (last.type == ValueType::Numeric && last.rows == 1 && last.cols > 0) {
                last.numbers.push_back(v.numbers[0]);
                ++last.cols;
                return;
            }
        }
        row.items.push_back(std::move(v));
    }

    // A Numbers token's first row joins the current row's trailing row vector, or starts one;
    // each further row of the run closes the current row and starts the next.
    void appendNumbers(std::vector<Row>& rows, Row& row, const Token& run) {
        for (std::size_t k = 0; k < run.count; ++k) {
            const NumberRow& numbers = numberRows_[run.first + k];
            if (k > 0) {
                if (!row.items.empty())
                    rows.push_back(std::move(row));
                row = Row{};
                row.line = numbers.line;
            }
            if (row.items.empty() || row.items.back().type != ValueType::Numeric ||
                row.items.back().rows != 1 || row.items.back().cols == 0)
                row.items.push_back(Value{ValueType::Numeric, 1, 0, {}, {}, {}, {}});
            Value& last = row.items.back();
            last.numbers.insert(last.numbers.end(),
                                numbers_.begin() + static_cast<std::ptrdiff_t>(numbers.begin),
                                numbers_.begin() + static_cast<std::ptrdiff_t>(numbers.end));
            last.cols += numbers.end - numbers.begin;
        }
    }

    // "[" NUMBERS "]" with rows of one width, as MATPOWER writes its matrices: the matrix
    // straight from the run, without a value per row. Nothing when the literal is anything
    // else (the general path then also gives the error messages).
    std::optional<Value> plainMatrix(const Token& run, int line) {
        if (run.kind != TokenKind::Numbers || !is(peek(1), "]"))
            return std::nullopt;
        const std::size_t width = numberRows_[run.first].end - numberRows_[run.first].begin;
        for (std::size_t k = 0; k < run.count; ++k) {
            const NumberRow& r = numberRows_[run.first + k];
            if (r.end - r.begin != width)
                return std::nullopt;
        }
        Value out = alloc(run.count, width, line);
        const NumberRow& first = numberRows_[run.first];
        const NumberRow& last = numberRows_[run.first + run.count - 1];
        std::copy(numbers_.begin() + static_cast<std::ptrdiff_t>(first.begin),
                  numbers_.begin() + static_cast<std::ptrdiff_t>(last.end), out.numbers.begin());
        out.rowLines.reserve(run.count);
        for (std::size_t k = 0; k < run.count; ++k)
            out.rowLines.push_back(numberRows_[run.first + k].line);
        take();
        take();
        return out;
    }

    Value cellArray(std::vector<Row>& rows) {
        Value out;
        out.type = ValueType::Cell;
        for (Row& r : rows) {
            if (out.rows > 0 && r.items.size() != out.cols)
                fail(r.line, "this row has " + std::to_string(r.items.size()) +
                                 " elements, the rows above have " + std::to_string(out.cols));
            out.cols = r.items.size();
            ++out.rows;
            out.rowLines.push_back(r.line);
            for (Value& v : r.items) {
                charge(weight(v) + 1, r.line);
                out.cells.push_back(std::move(v));
            }
        }
        return out;
    }

    Value concatenate(std::vector<Row>& rows, int line) {
        bool text = false;
        for (Row& r : rows) {
            std::erase_if(r.items, [](const Value& v) { return v.numel() == 0; });
            for (const Value& v : r.items)
                text = text || v.type == ValueType::Text;
        }
        std::erase_if(rows, [](const Row& r) { return r.items.empty(); });
        if (text) {
            // Only ['ab' 'cd'] joins text; MATLAB's char arithmetic is left out.
            const auto isText = [](const Value& v) {
                return v.type == ValueType::Text;
            };
            for (const Row& r : rows)
                if (std::any_of(r.items.begin(), r.items.end(), isText) &&
                    (rows.size() != 1 || !std::all_of(r.items.begin(), r.items.end(), isText)))
                    fail(r.line, "text where a number is needed");
            Value joined = Value::string("");
            for (const Value& v : rows[0].items) {
                charge(v.text.size(), rows[0].line);
                joined.text += v.text;
            }
            joined.cols = joined.text.size();
            return joined;
        }
        std::size_t totalRows = 0;
        std::size_t width = 0;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const Row& r = rows[k];
            std::size_t w = 0;
            for (const Value& v : r.items) {
                if (v.rows != r.items.front().rows)
                    fail(r.line, "cannot put a " + shape(v) + " value next to a " +
                                     shape(r.items.front()) + " value");
                w += v.cols;
            }
            if (k > 0 && w != width)
                fail(r.line, "this row has " + std::to_string(w) +
                                 " columns, the rows above have " + std::to_string(width));
            width = w;
            totalRows += r.items.front().rows;
        }
        Value out = alloc(totalRows, width, line);
        std::size_t r0 = 0;
        for (const Row& r : rows) {
            const std::size_t h = r.items.front().rows;
            std::size_t c0 = 0;
            for (const Value& v : r.items) {
                for (std::size_t i = 0; i < h; ++i)
                    for (std::size_t j = 0; j < v.cols; ++j)
                        out.numbers[(r0 + i) * width + c0 + j] = v.at(i, j);
                c0 += v.cols;
            }
            const Value& only = r.items.front();
            for (std::size_t i = 0; i < h; ++i)
                out.rowLines.push_back(
                    r.items.size() == 1 && only.rowLines.size() == h ? only.rowLines[i] : r.line);
            r0 += h;
        }
        return out;
    }

    // ---- indexing -----------------------------------------------------------------------

    // Parses "(a, b)" against `target`, whose size gives 'end' its value.
    std::vector<Subscript> subscripts(const Value& target) {
        const int line = take().line;
        const std::size_t n = countArguments();
        if (n > 2)
            fail(line, "more than two subscripts are not supported");
        groups_.push_back('(');
        std::vector<Subscript> subs;
        for (std::size_t k = 0; k < n; ++k) {
            if (k > 0)
                expect(",");
            const std::size_t extent =
                n == 1 ? target.numel() : (k == 0 ? target.rows : target.cols);
            if (is(peek(), ":") && (is(peek(1), ",") || is(peek(1), ")"))) {
                take();
                subs.push_back(Subscript{true, {}, 0, 0});
                continue;
            }
            const int argLine = peek().line;
            ends_.push_back(extent);
            const Value v = expression();
            ends_.pop_back();
            subs.push_back(subscript(v, extent, argLine));
        }
        expect(")");
        groups_.pop_back();
        return subs;
    }

    // Arguments between the '(' just taken and its ')'; a line end outside brackets stops
    // the count (it is an error that parsing will report).
    std::size_t countArguments() const {
        if (is(peek(), ")"))
            return 0;
        std::size_t n = 1;
        int depth = 0;
        for (std::size_t k = pos_; k < toks_.size(); ++k) {
            const Token& t = toks_[k];
            if (t.kind == TokenKind::EndOfInput || (depth == 0 && t.kind == TokenKind::Newline))
                break;
            if (is(t, "(") || is(t, "[") || is(t, "{"))
                ++depth;
            else if (is(t, ")") || is(t, "]") || is(t, "}")) {
                if (--depth < 0)
                    break;
            } else if (depth == 0 && is(t, ","))
                ++n;
        }
        return n;
    }

    Subscript subscript(const Value& v, std::size_t extent, int line) const {
        if (v.type != ValueType::Numeric)
            fail(line, "an index must be a number");
        Subscript s{false, {}, v.rows, v.cols};
        s.index.reserve(v.numel());
        for (std::size_t c = 0; c < v.cols; ++c) // column-major, as MATLAB reads an index
            for (std::size_t r = 0; r < v.rows; ++r) {
                const double d = v.at(r, c);
                if (!(d >= 1.0) || d != std::floor(d))
                    fail(line, "index " + formatNumber(d) + " is not a positive integer");
                if (d > static_cast<double>(extent))
                    fail(line, "index " + formatNumber(d) + " is out of range (size " +
                                   std::to_string(extent) + ")");
                s.index.push_back(static_cast<std::size_t>(d) - 1);
            }
        return s;
    }

    Value index(const Value& v, const std::vector<Subscript>& subs, int line) {
        if (v.type != ValueType::Numeric)
            fail(line, "indexing " +
                           std::string(v.type == ValueType::Text ? "text" : "a cell array") +
                           " is not supported");
        if (subs.empty()) {
            charge(weight(v), line);
            return v;
        }
        if (subs.size() == 2) {
            const std::size_t R = subs[0].count(v.rows), C = subs[1].count(v.cols);
            Value out = alloc(R, C, line);
            for (std::size_t i = 0; i < R; ++i) {
                for (std::size_t j = 0; j < C; ++j)
                    out.numbers[i * C + j] = v.at(subs[0][i], subs[1][j]);
                if (v.rowLines.size() == v.rows)
                    out.rowLines.push_back(v.rowLines[subs[0][i]]);
            }
            return out;
        }
        // A linear index counts down the columns; the result takes the orientation of a
        // vector being indexed, else the shape of the index.
        const Subscript& s = subs[0];
        const std::size_t n = s.count(v.numel());
        const bool vectorIndex = s.rows == 1 || s.cols == 1;
        std::size_t R = n, C = 1;
        if (!s.all && v.rows == 1 && vectorIndex)
            R = 1, C = n;
        else if (!s.all && !(v.cols == 1 && vectorIndex))
            R = s.rows, C = s.cols;
        Value out = alloc(R, C, line);
        for (std::size_t k = 0; k < n; ++k)
            out.numbers[(k % R) * C + k / R] = v.at(s[k] % v.rows, s[k] / v.rows);
        return out;
    }

    void assignInto(Value& t, const std::vector<Subscript>& subs, const Value& rhs,
                    const std::string& target, int line) {
        if (rhs.type != ValueType::Numeric)
            fail(line, "only numbers can be assigned into parts of '" + target + "'");
        if (subs.empty())
            fail(line, "empty subscripts '()' in an assignment are not supported");
        const bool two = subs.size() == 2;
        const std::size_t R = two ? subs[0].count(t.rows) : subs[0].count(t.numel());
        const std::size_t C = two ? subs[1].count(t.cols) : 1;
        if (rhs.numel() == 0 && R * C > 0)
            fail(line, "deleting parts of '" + target + "' is not supported");
        const bool scalar = rhs.numel() == 1;
        const bool same = rhs.rows == R && rhs.cols == C;
        const bool vectors =
            (R == 1 || C == 1 || !two) && (rhs.rows == 1 || rhs.cols == 1) && rhs.numel() == R * C;
        if (!scalar && !same && !vectors)
            fail(line, "cannot assign a " + shape(rhs) + " value to " + std::to_string(R) + "x" +
                           std::to_string(C) + " elements of '" + target + "'");
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j) {
                // rhs elements in MATLAB's column-major order when only the count matches
                const std::size_t k = j * R + i;
                const double x = scalar ? rhs.numbers[0]
                                 : same ? rhs.at(i, j)
                                        : rhs.at(k % rhs.rows, k / rhs.rows);
                if (two)
                    t.numbers[subs[0][i] * t.cols + subs[1][j]] = x;
                else
                    t.numbers[(subs[0][i] % t.rows) * t.cols + subs[0][i] / t.rows] = x;
            }
    }

    // ---- arithmetic ---------------------------------------------------------------------

    void charge(std::size_t n, int line) {
        allocated_ += n;
        if (allocated_ > kStatementBudget)
            fail(line,
                 "the statement creates more than " + std::to_string(kStatementBudget) + " values");
    }

    Value alloc(std::size_t rows, std::size_t cols, int line) {
        if (rows > kMaxElements || cols > kMaxElements || (rows > 0 && cols > kMaxElements / rows))
            fail(line, "a value with " + std::to_string(rows) + "x" + std::to_string(cols) +
                           " elements is too large");
        charge(rows * cols, line);
        Value v;
        v.rows = rows;
        v.cols = cols;
        v.numbers.assign(rows * cols, 0.0);
        return v;
    }

    Value numeric(Value v, int line) const {
        if (v.type == ValueType::Text)
            fail(line, "text where a number is needed");
        if (v.type == ValueType::Cell)
            fail(line, "a cell array where a number is needed");
        return v;
    }

    double scalarOf(const Value& v, int line) const {
        if (!numericRef(v, line).isScalar())
            fail(line, "a " + shape(v) + " value where a scalar is needed");
        return v.numbers[0];
    }

    Value range(double start, double step, double stop, int line) {
        if (!std::isfinite(start) || !std::isfinite(step) || !std::isfinite(stop))
            fail(line, "a range needs finite bounds and step");
        const double q = step == 0.0 ? -1.0 : (stop - start) / step;
        if (q > static_cast<double>(kMaxElements))
            fail(line, "the range has too many elements");
        // MATLAB's tolerance keeps 0:0.1:1 at 11 elements despite rounding.
        const std::size_t n = q < 0.0 ? 0 : static_cast<std::size_t>(std::floor(q + 1e-10)) + 1;
        Value out = alloc(1, n, line);
        for (std::size_t k = 0; k < n; ++k)
            out.numbers[k] = start + static_cast<double>(k) * step;
        return out;
    }

    static double compute(Op op, double x, double y) {
        switch (op) {
        case Op::Add:
            return x + y;
        case Op::Sub:
            return x - y;
        case Op::Mul:
            return x * y;
        case Op::Div:
            return x / y;
        case Op::Pow:
            return std::pow(x, y);
        }
        return 0.0;
    }

    // Inf may come from the file, but arithmetic that turns finite numbers into Inf (overflow,
    // division by zero) or produces NaN would hand a meaningless number to the case.
    void checkResult(double r, double x, double y, const Token& op) const {
        if (std::isnan(r))
            fail(op.line,
                 formatNumber(x) + " " + op.text + " " + formatNumber(y) + " has no real value");
        if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
            fail(op.line, formatNumber(x) + " " + op.text + " " + formatNumber(y) +
                              " overflows or divides by zero");
    }

    Value elementwise(const Value& a0, const Value& b0, Op op, const Token& t) {
        const Value& a = numericRef(a0, t.line);
        const Value& b = numericRef(b0, t.line);
        const bool as = a.numel() == 1, bs = b.numel() == 1;
        if (!as && !bs && (a.rows != b.rows || a.cols != b.cols))
            fail(t.line, "'" + t.text + "' needs operands of equal size or a scalar, not " +
                             shape(a) + " and " + shape(b));
        const Value& big = as ? b : a;
        Value out = alloc(big.rows, big.cols, t.line);
        for (std::size_t k = 0; k < out.numbers.size(); ++k) {
            const double x = as ? a.numbers[0] : a.numbers[k];
            const double y = bs ? b.numbers[0] : b.numbers[k];
            const double r = compute(op, x, y);
            checkResult(r, x, y, t);
            out.numbers[k] = r;
        }
        out.rowLines = big.rowLines;
        return out;
    }

    const Value& numericRef(const Value& v, int line) const {
        if (v.type != ValueType::Numeric)
            (void)numeric(v, line);
        return v;
    }

    Value matrixProduct(const Value& a0, const Value& b0, int line) {
        const Value& a = numericRef(a0, line);
        const Value& b = numericRef(b0, line);
        if (a.cols != b.rows)
            fail(line, "'*' of a " + shape(a) + " and a " + shape(b) +
                           " matrix: inner dimensions differ (use '.*' for elementwise)");
        const double work = static_cast<double>(a.rows) * b.cols * a.cols;
        if (work > static_cast<double>(kStatementBudget))
            fail(line, "the matrix product is too large");
        charge(static_cast<std::size_t>(work), line);
        Value out = alloc(a.rows, b.cols, line);
        bool finiteInputs = true;
        for (double x : a.numbers)
            finiteInputs = finiteInputs && std::isfinite(x);
        for (double x : b.numbers)
            finiteInputs = finiteInputs && std::isfinite(x);
        for (std::size_t i = 0; i < a.rows; ++i)
            for (std::size_t j = 0; j < b.cols; ++j) {
                double s = 0.0;
                for (std::size_t k = 0; k < a.cols; ++k)
                    s += a.at(i, k) * b.at(k, j);
                if (std::isnan(s) || (std::isinf(s) && finiteInputs))
                    fail(line, "the matrix product overflows or has no real value");
                out.numbers[i * b.cols + j] = s;
            }
        return out;
    }

    Value negate(const Value& v0, int line) {
        const Value& v = numericRef(v0, line);
        Value out = alloc(v.rows, v.cols, line);
        for (std::size_t k = 0; k < v.numbers.size(); ++k)
            out.numbers[k] = -v.numbers[k];
        out.rowLines = v.rowLines;
        return out;
    }

    Value transpose(const Value& v, int line) {
        if (v.type == ValueType::Text)
            fail(line, "transposing text is not supported");
        Value out;
        if (v.type == ValueType::Cell) {
            out.type = ValueType::Cell;
            charge(weight(v), line);
            out.rows = v.cols;
            out.cols = v.rows;
            for (std::size_t i = 0; i < out.rows; ++i)
                for (std::size_t j = 0; j < out.cols; ++j)
                    out.cells.push_back(v.cell(j, i));
            return out;
        }
        out = alloc(v.cols, v.rows, line);
        for (std::size_t i = 0; i < v.rows; ++i)
            for (std::size_t j = 0; j < v.cols; ++j)
                out.numbers[j * v.rows + i] = v.at(i, j);
        return out;
    }

    Value apply(const char* name, Fn f, const Value& arg0, int line) {
        const Value& arg = numericRef(arg0, line);
        Value out = alloc(arg.rows, arg.cols, line);
        for (std::size_t k = 0; k < arg.numbers.size(); ++k) {
            const double x = arg.numbers[k];
            const double r = evaluate(f, x);
            if (std::isnan(r) || (std::isinf(r) && std::isfinite(x)))
                fail(line,
                     std::string(name) + "(" + formatNumber(x) + ") is not a finite real number");
            out.numbers[k] = r;
        }
        out.rowLines = arg.rowLines;
        return out;
    }

    const std::vector<Token>& toks_;
    const std::vector<double>& numbers_; // of the Numbers tokens
    const std::vector<NumberRow>& numberRows_;
    const std::string& source_;
    Script& script_;
    std::size_t pos_ = 0;
    std::vector<char> groups_;      // the open '(', '[' and '{' around the parse position
    std::vector<std::size_t> ends_; // what 'end' stands for in the indexes being parsed
    int depth_ = 0;
    std::size_t allocated_ = 0; // values created by the current statement
    std::size_t held_ = 0;      // values held by the workspace
    bool started_ = false;
    bool closed_ = false;
};

} // namespace

Script runScript(const std::string& text, const std::string& sourceName) {
    Script script;
    const Tokens tokens = tokenize(text, sourceName);
    Interpreter(tokens, sourceName, script).run();
    script.helpText = helpText(text, script.functionLine);
    return script;
}

} // namespace gridcarbon::matlab
