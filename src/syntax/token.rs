//! Tokens: the raw tokens the logos lexer finds in one line of text, and the
//! tokens the parser consumes after the indentation layer has run.

use logos::Logos;

use super::ast::Constant;
use super::literals::{scan_number, scan_string, Number};

/// Why the raw lexer stopped: a message and the byte range CPython reports.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RawError {
    /// A character that starts no token (the message depends on the character).
    #[default]
    BadChar,
    /// A malformed literal: message and absolute byte range to report.
    Literal {
        msg: String,
        start: usize,
        end: usize,
    },
    /// A string literal starting at `start` with no closing quote, noticed at
    /// byte `at`; `triple` for `'''`/`"""`.
    UnterminatedString {
        triple: bool,
        start: usize,
        at: usize,
    },
}

/// The tokens logos recognises; whitespace and comments are skipped here, and
/// line structure is left to the indentation layer in [`super::lexer`].
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(error = RawError)]
pub enum RawTok {
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*")]
    Name,
    #[regex(r"[0-9]|\.[0-9]", |lex| scan_number(lex))]
    Number(Number),
    #[regex(r#"(?i:r|u|b|f|br|rb|fr|rf)?['"]"#, |lex| scan_string(lex))]
    Str,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

/// A token as the parser sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier that is not a keyword.
    Name(String),
    /// An integer literal (`Constant::Int` or `Constant::BigInt`).
    Int(Constant),
    Float(f64),
    /// An imaginary literal: its imaginary part.
    Imaginary(f64),
    /// One string literal, as written (prefix and quotes included).
    Str(String),
    Newline,
    Indent,
    Dedent,
    /// First token when parsing a module.
    StartModule,
    /// First token when parsing a lone expression (`eval`, f-string fields).
    StartExpression,
    /// A `(` right after `with` that opens a parenthesised list of with-items.
    WithLpar,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Tok {
    /// The keyword token spelled `word`, if `word` is a keyword.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// The parser token for a raw punctuation token (`None` for the other kinds).
    pub fn punct(raw: &RawTok) -> Option<Tok> {
        Some(match raw {
            RawTok::Lpar => Tok::Lpar,
            RawTok::Rpar => Tok::Rpar,
            RawTok::Lsqb => Tok::Lsqb,
            RawTok::Rsqb => Tok::Rsqb,
            RawTok::Lbrace => Tok::Lbrace,
            RawTok::Rbrace => Tok::Rbrace,
            RawTok::Colon => Tok::Colon,
            RawTok::Comma => Tok::Comma,
            RawTok::Semi => Tok::Semi,
            RawTok::Plus => Tok::Plus,
            RawTok::Minus => Tok::Minus,
            RawTok::Star => Tok::Star,
            RawTok::Slash => Tok::Slash,
            RawTok::Vbar => Tok::Vbar,
            RawTok::Amper => Tok::Amper,
            RawTok::Less => Tok::Less,
            RawTok::Greater => Tok::Greater,
            RawTok::Equal => Tok::Equal,
            RawTok::Dot => Tok::Dot,
            RawTok::Percent => Tok::Percent,
            RawTok::EqEqual => Tok::EqEqual,
            RawTok::NotEqual => Tok::NotEqual,
            RawTok::LessEqual => Tok::LessEqual,
            RawTok::GreaterEqual => Tok::GreaterEqual,
            RawTok::Tilde => Tok::Tilde,
            RawTok::Circumflex => Tok::Circumflex,
            RawTok::LeftShift => Tok::LeftShift,
            RawTok::RightShift => Tok::RightShift,
            RawTok::DoubleStar => Tok::DoubleStar,
            RawTok::PlusEqual => Tok::PlusEqual,
            RawTok::MinusEqual => Tok::MinusEqual,
            RawTok::StarEqual => Tok::StarEqual,
            RawTok::SlashEqual => Tok::SlashEqual,
            RawTok::PercentEqual => Tok::PercentEqual,
            RawTok::AmperEqual => Tok::AmperEqual,
            RawTok::VbarEqual => Tok::VbarEqual,
            RawTok::CircumflexEqual => Tok::CircumflexEqual,
            RawTok::LeftShiftEqual => Tok::LeftShiftEqual,
            RawTok::RightShiftEqual => Tok::RightShiftEqual,
            RawTok::DoubleStarEqual => Tok::DoubleStarEqual,
            RawTok::DoubleSlash => Tok::DoubleSlash,
            RawTok::DoubleSlashEqual => Tok::DoubleSlashEqual,
            RawTok::At => Tok::At,
            RawTok::AtEqual => Tok::AtEqual,
            RawTok::Rarrow => Tok::Rarrow,
            RawTok::Ellipsis => Tok::Ellipsis,
            RawTok::ColonEqual => Tok::ColonEqual,
            _ => return None,
        })
    }

    /// True for tokens that can begin an expression (used to spot a missing comma).
    pub fn starts_expression(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::Str(_)
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Ellipsis
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
        )
    }
}
