#pragma once
// Tokens of the MATLAB subset read by MatlabScript. MATLAB's grammar depends on whitespace
// inside [ ] and { } ("[1 -2]" has two elements, "[1 - 2]" one) and on what precedes a quote
// (transpose or string), so every token records whether whitespace came right before it.
#include <string>
#include <vector>

namespace gridcarbon::matlab {

// Numbers: a run of plain numbers that are whole elements of the innermost "[ ]" ("1 2.5 -3,
// 4"), over rows broken by ';' or a line end, as MATPOWER's matrices are written: one token
// for a whole matrix rather than one per number, so that reading a large case takes memory in
// proportion to its numbers.
enum class TokenKind { Number, Numbers, Identifier, String, Symbol, Newline, EndOfInput };

struct Token {
    TokenKind kind = TokenKind::EndOfInput;
    std::string text; // identifier name, string contents, operator or number spelling
    double number = 0.0;
    int line = 1;
    bool spaceBefore = false;
    std::size_t first = 0; // Numbers: its rows are Tokens::rows[first, first + count)
    std::size_t count = 0;
};

// One row of a Numbers run: Tokens::numbers[begin, end), written on `line`.
struct NumberRow {
    std::size_t begin = 0;
    std::size_t end = 0;
    int line = 0;
};

struct Tokens {
    std::vector<Token> list;
    std::vector<double> numbers; // of every Numbers run
    std::vector<NumberRow> rows;
};

// More numbers than this in one file are refused before they fill memory: twice what a
// script's variables may hold (MatlabScript's workspace budget).
inline constexpr std::size_t kMaxNumbersInFile = 60'000'000;

// Comments ("%" to the end of the line, "%{ ... %}" blocks) and "..." continuations are
// dropped; line ends become Newline tokens; the last token is EndOfInput.
Tokens tokenize(const std::string& text, const std::string& sourceName);

// The help text of a function file: the comment lines directly after line `functionLine`
// (or at the top of a script when it is 0), without their '%' marks and surrounding blanks.
std::vector<std::string> helpText(const std::string& text, int functionLine);

// How a token reads in a message: 'x', end of line, end of file.
std::string describe(const Token& t);

} // namespace gridcarbon::matlab
