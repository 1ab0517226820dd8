#include "io/MatlabTokenizer.h"

#include "io/MatlabScript.h"

#include <charconv>
#include <cstdio>

namespace gridcarbon::matlab {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}
bool isLineEnd(char c) {
    return c == '\n' || c == '\r';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isNameChar(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
}

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && isBlank(s[b]))
        ++b;
    while (e > b && isBlank(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

class Tokenizer {
public:
    Tokenizer(const std::string& text, const std::string& source) : s_(text), source_(source) {
        if (s_.rfind("\xEF\xBB\xBF", 0) == 0) // a UTF-8 byte order mark, as some editors write
            i_ = lineStart_ = 3;
    }

    std::vector<Token> run() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (isBlank(c)) {
                ++i_;
                space_ = true;
            } else if (isLineEnd(c)) {
                push(TokenKind::Newline, "");
                newline();
                space_ = true;
            } else if (c == '%') {
                if (onlyBlanks(lineStart_, i_) && at(i_ + 1) == '{' &&
                    onlyBlanks(i_ + 2, lineEnd(i_)))
                    blockComment();
                else
                    i_ = lineEnd(i_);
                space_ = true;
            } else if (c == '.' && at(i_ + 1) == '.' && at(i_ + 2) == '.') {
                // A continuation: the rest of the line is a comment and the line end is
                // whitespace.
                i_ = lineEnd(i_);
                if (i_ < s_.size())
                    newline();
                space_ = true;
            } else if (isDigit(c) || (c == '.' && isDigit(at(i_ + 1)))) {
                number();
            } else if (isLetter(c)) {
                const std::size_t b = i_;
                while (isNameChar(at(i_)))
                    ++i_;
                push(TokenKind::Identifier, s_.substr(b, i_ - b));
            } else if (c == '\'' && quoteIsTranspose()) {
                ++i_;
                push(TokenKind::Symbol, "'");
            } else if (c == '\'' || c == '"') {
                string(c);
            } else {
                symbol();
            }
        }
        push(TokenKind::EndOfInput, "");
        return std::move(out_);
    }

private:
    [[noreturn]] void fail(int line, const std::string& what) const {
        throw errorAt(source_, line, what);
    }

    char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\0'; }

    std::size_t lineEnd(std::size_t from) const {
        while (from < s_.size() && !isLineEnd(s_[from]))
            ++from;
        return from;
    }

    bool onlyBlanks(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to; ++k)
            if (!isBlank(s_[k]))
                return false;
        return true;
    }

    // Consumes the line end at i_: "\n", "\r\n" or a lone "\r".
    void newline() {
        i_ += (s_[i_] == '\r' && at(i_ + 1) == '\n') ? 2 : 1;
        ++line_;
        lineStart_ = i_;
    }

    void push(TokenKind kind, std::string text, double number = 0.0) {
        out_.push_back(Token{kind, std::move(text), number, line_, space_});
        space_ = false;
    }

    // "%{" and "%}" alone on their lines open and close a (nestable) block comment. It ends
    // at the line end of its "%}", which stays a Newline token.
    void blockComment() {
        const int startLine = line_;
        int depth = 0;
        for (;;) {
            const std::size_t e = lineEnd(lineStart_);
            const std::string line = trim(s_.substr(lineStart_, e - lineStart_));
            if (line == "%{")
                ++depth;
            else if (line == "%}")
                --depth;
            i_ = e;
            if (depth == 0)
                return;
            if (i_ >= s_.size())
                fail(startLine, "block comment '%{' is not closed by '%}'");
            newline();
        }
    }

    // MATLAB reads a quote right after a value as the transpose operator, else as a string.
    bool quoteIsTranspose() const {
        if (out_.empty() || space_)
            return false;
        const Token& t = out_.back();
        if (t.kind == TokenKind::Identifier || t.kind == TokenKind::Number)
            return true;
        return t.kind == TokenKind::Symbol &&
               (t.text == ")" || t.text == "]" || t.text == "}" || t.text == "'" || t.text == ".'");
    }

    void number() {
        const std::size_t b = i_;
        while (isDigit(at(i_)))
            ++i_;
        // "2.*x" and "2./x" are 2 .* x; "1..." is 1 followed by a continuation.
        const char after = at(i_ + 1);
        if (at(i_) == '.' && after != '*' && after != '/' && after != '^' && after != '\\' &&
            after != '\'' && after != '.') {
            ++i_;
            while (isDigit(at(i_)))
                ++i_;
        }
        bool negativeExponent = false;
        if (at(i_) == 'e' || at(i_) == 'E') {
            std::size_t k = i_ + 1;
            if (at(k) == '+' || at(k) == '-')
                negativeExponent = at(k++) == '-';
            if (!isDigit(at(k)))
                fail(line_, "malformed number '" + s_.substr(b, k - b) + "'");
            i_ = k;
            while (isDigit(at(i_)))
                ++i_;
        }
        if (isNameChar(at(i_)))
            fail(line_, "malformed number '" + s_.substr(b, i_ + 1 - b) +
                            "' (complex and hexadecimal numbers are not supported)");
        // from_chars, unlike strtod, ignores the C locale, which a GUI may have set to one
        // with a decimal comma.
        double v = 0.0;
        const auto [end, ec] = std::from_chars(s_.data() + b, s_.data() + i_, v);
        if (ec == std::errc::result_out_of_range && negativeExponent)
            v = 0.0; // underflow: MATLAB reads it as 0 too
        else if (ec == std::errc::result_out_of_range)
            fail(line_, "number '" + s_.substr(b, i_ - b) + "' is out of range");
        else if (ec != std::errc() || end != s_.data() + i_)
            fail(line_, "malformed number '" + s_.substr(b, i_ - b) + "'");
        push(TokenKind::Number, s_.substr(b, i_ - b), v);
    }

    void string(char quote) {
        std::string text;
        ++i_;
        for (;;) {
            if (i_ >= s_.size() || isLineEnd(s_[i_]))
                fail(line_, "string is not closed before the end of the line");
            if (s_[i_] == quote) {
                if (at(i_ + 1) != quote)
                    break;
                ++i_; // a doubled quote stands for one
            }
            text += s_[i_++];
        }
        ++i_;
        push(TokenKind::String, std::move(text));
    }

    void symbol() {
        static const char* const twoChar[] = {
            ".*", "./", ".^", ".'", ".\\", "==", "~=", "<=", ">=", "&&", "||", "!="};
        for (const char* op : twoChar)
            if (s_[i_] == op[0] && at(i_ + 1) == op[1]) {
                i_ += 2;
                push(TokenKind::Symbol, op);
                return;
            }
        static const std::string oneChar = "()[]{},;=:.+-*/^\\~<>&|!@";
        const char c = s_[i_];
        if (oneChar.find(c) == std::string::npos) {
            char what[32];
            if (c > ' ' && c < 127)
                std::snprintf(what, sizeof what, "'%c'", c);
            else
                std::snprintf(what, sizeof what, "byte 0x%02X",
                              static_cast<unsigned>(static_cast<unsigned char>(c)));
            fail(line_, std::string("unexpected character ") + what);
        }
        ++i_;
        push(TokenKind::Symbol, std::string(1, c));
    }

    const std::string& s_;
    const std::string& source_;
    std::size_t i_ = 0;
    std::size_t lineStart_ = 0;
    int line_ = 1;
    bool space_ = false;
    std::vector<Token> out_;
};

} // namespace

std::vector<Token> tokenize(const std::string& text, const std::string& sourceName) {
    return Tokenizer(text, sourceName).run();
}

std::vector<std::string> helpText(const std::string& text, int functionLine) {
    std::vector<std::string> lines;
    std::size_t i = 0;
    for (int line = 1; i < text.size(); ++line) {
        std::size_t e = i;
        while (e < text.size() && !isLineEnd(text[e]))
            ++e;
        const std::string content = trim(text.substr(i, e - i));
        i = e + ((e < text.size() && text[e] == '\r' && e + 1 < text.size() && text[e + 1] == '\n')
                     ? 2
                     : 1);
        if (line <= functionLine)
            continue;
        if (content.empty() || content[0] != '%')
            break;
        const std::size_t k = content.find_first_not_of('%');
        lines.push_back(k == std::string::npos ? std::string() : trim(content.substr(k)));
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    while (!lines.empty() && lines.front().empty())
        lines.erase(lines.begin());
    return lines;
}

std::string describe(const Token& t) {
    switch (t.kind) {
    case TokenKind::Newline:
        return "end of line";
    case TokenKind::EndOfInput:
        return "end of file";
    case TokenKind::String:
        return "string '" + t.text + "'";
    default:
        return "'" + t.text + "'";
    }
}

} // namespace gridcarbon::matlab
