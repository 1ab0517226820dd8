#pragma once
// A small interpreter for the restricted MATLAB subset that MATPOWER case files are written
// in: a function header; assignments of numbers, strings, matrices and cell arrays to
// variables and struct fields; "[...] = idx_bus" (idx_brch, idx_gen, idx_cost) and
// define_constants; arithmetic on matrices (+ - * / ^ .* ./ .^, unary minus, indexing with ':'
// and 'end', ranges, a few elementwise functions). It runs the file top to bottom into a
// workspace. Anything outside the subset is an Error(BadInput) "<source>:<line>: ..." rather
// than a guess, so a case is never built from a half-understood file.
#include "util/Error.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace gridcarbon::matlab {

enum class ValueType { Numeric, Text, Cell };

// A two-dimensional value. Numbers and cell elements are stored row-major.
struct Value {
    ValueType type = ValueType::Numeric;
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<double> numbers; // Numeric: rows * cols values
    std::string text;            // Text: the characters (a 1 x n char array)
    std::vector<Value> cells;    // Cell: rows * cols elements, each Numeric or Text
    std::vector<int> rowLines;   // source line of each row, when the rows came from a literal

    static Value scalar(double v);
    static Value string(std::string s);

    std::size_t numel() const { return rows * cols; }
    bool isScalar() const { return type == ValueType::Numeric && rows == 1 && cols == 1; }
    double at(std::size_t r, std::size_t c) const { return numbers[r * cols + c]; }
    const Value& cell(std::size_t r, std::size_t c) const { return cells[r * cols + c]; }
};

struct Variable {
    Value value;
    int line = 0; // the statement that created it

    // The line of row r of the literal it came from, else the line of the statement.
    int rowLine(std::size_t r) const {
        return r < value.rowLines.size() ? value.rowLines[r] : line;
    }
};

struct Script {
    std::string functionName; // from "function OUT = NAME"; empty for a plain script
    std::string outputName;   // OUT
    int functionLine = 0;
    std::vector<std::string> helpText;         // the comment block right after the header
    std::map<std::string, Variable> variables; // plain names and struct fields ("mpc.bus")

    const Variable* find(const std::string& name) const {
        auto it = variables.find(name);
        return it == variables.end() ? nullptr : &it->second;
    }
};

Script runScript(const std::string& text, const std::string& sourceName);

// The error every complaint about a script is: "<source>:<line>: <what>".
inline Error errorAt(const std::string& source, int line, const std::string& what) {
    return badInput(source + ":" + std::to_string(line) + ": " + what);
}

// A number as MATLAB would print it in a message (shortest round-trip form).
std::string formatNumber(double v);

} // namespace gridcarbon::matlab
