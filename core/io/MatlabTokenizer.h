#pragma once
// Tokens of the MATLAB subset read by MatlabScript. MATLAB's grammar depends on whitespace
// inside [ ] and { } ("[1 -2]" has two elements, "[1 - 2]" one) and on what precedes a quote
// (transpose or string), so every token records whether whitespace came right before it.
#include <string>
#include <vector>

namespace gridcarbon::matlab {

enum class TokenKind { Number, Identifier, String, Symbol, Newline, EndOfInput };

struct Token {
    TokenKind kind = TokenKind::EndOfInput;
    std::string text; // identifier name, string contents or operator spelling
    double number = 0.0;
    int line = 1;
    bool spaceBefore = false;
};

// Comments ("%" to the end of the line, "%{ ... %}" blocks) and "..." continuations are
// dropped; line ends become Newline tokens; the last token is EndOfInput.
std::vector<Token> tokenize(const std::string& text, const std::string& sourceName);

// The help text of a function file: the comment lines directly after line `functionLine`
// (or at the top of a script when it is 0), without their '%' marks and surrounding blanks.
std::vector<std::string> helpText(const std::string& text, int functionLine);

// How a token reads in a message: 'x', end of line, end of file.
std::string describe(const Token& t);

} // namespace gridcarbon::matlab
