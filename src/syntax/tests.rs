//! Parser tests: token streams, ASTs (in `ast.dump` form), CPython's error
//! messages and locations, and whole files.

use super::dump;
use super::*;
use SyntaxErrorKind::{IndentationError, SyntaxError as SyntaxErr, TabError};

/// CPython's location of an error: (lineno, offset, end_lineno, end_offset),
/// with 1-based character offsets.
fn location(src: &str, e: &SyntaxError) -> (usize, usize, usize, usize) {
    let pos = |at: usize| {
        let at = at.min(src.len());
        let before = &src[..at];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    };
    let (l, o) = pos(e.span.start as usize);
    let (el, eo) = pos(e.span.end as usize);
    (l, o, el, eo)
}

/// Error cases: source, class, message and CPython's location (generated with
/// python3 3.11 `compile()`; an end offset at or before the start means CPython
/// gives no end).
type ErrorCase = (
    &'static str,
    SyntaxErrorKind,
    &'static str,
    (usize, usize, usize, isize),
);

const ERROR_CASES: &[ErrorCase] = &[
    ("1abc", SyntaxErr, "invalid decimal literal", (1, 1, 1, 1)),
    ("x = 1_", SyntaxErr, "invalid decimal literal", (1, 6, 1, 6)),
    ("0777", SyntaxErr, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", (1, 1, 1, 2)),
    ("0x", SyntaxErr, "invalid hexadecimal literal", (1, 2, 1, 2)),
    ("0o8", SyntaxErr, "invalid digit '8' in octal literal", (1, 3, 1, 3)),
    ("0b2", SyntaxErr, "invalid digit '2' in binary literal", (1, 3, 1, 3)),
    ("1__0", SyntaxErr, "invalid decimal literal", (1, 2, 1, 2)),
    ("x = 0_7", SyntaxErr, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", (1, 5, 1, 7)),
    ("x = 1.real", SyntaxErr, "invalid decimal literal", (1, 6, 1, 6)),
    ("x = 1jx", SyntaxErr, "invalid imaginary literal", (1, 6, 1, 6)),
    ("x = 'abc", SyntaxErr, "unterminated string literal (detected at line 1)", (1, 5, 1, 5)),
    ("x = '''abc\n\n", SyntaxErr, "unterminated triple-quoted string literal (detected at line 2)", (1, 5, 1, 5)),
    ("x = '''abc\n\nd", SyntaxErr, "unterminated triple-quoted string literal (detected at line 3)", (1, 5, 1, 5)),
    ("'abc\\\nd", SyntaxErr, "unterminated string literal (detected at line 2)", (1, 1, 1, 1)),
    ("x = €", SyntaxErr, "invalid character '€' (U+20AC)", (1, 5, 1, 5)),
    ("x = ¢ + 1", SyntaxErr, "invalid character '¢' (U+00A2)", (1, 5, 1, 5)),
    ("x = $", SyntaxErr, "invalid syntax", (1, 5, 1, 6)),
    ("x = 1 \\ 2", SyntaxErr, "unexpected character after line continuation character", (1, 8, 1, 0)),
    ("x = 1 + \\", SyntaxErr, "unexpected EOF while parsing", (1, 10, 1, -1)),
    ("x = 1 + \\\n", SyntaxErr, "unexpected EOF while parsing", (1, 10, 1, -1)),
    ("x = (1,\n2\n", SyntaxErr, "'(' was never closed", (1, 5, 1, 0)),
    ("x = )", SyntaxErr, "unmatched ')'", (1, 5, 1, 5)),
    ("x = (1]", SyntaxErr, "closing parenthesis ']' does not match opening parenthesis '('", (1, 7, 1, 7)),
    ("x = (1,\n2]", SyntaxErr, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", (2, 2, 2, 2)),
    ("f(\n", SyntaxErr, "'(' was never closed", (1, 2, 1, 0)),
    ("if x\n  pass\n", SyntaxErr, "expected ':'", (1, 5, 1, 5)),
    ("def f()\n  pass\n", SyntaxErr, "expected ':'", (1, 8, 1, 8)),
    ("class A\n", SyntaxErr, "expected ':'", (1, 8, 1, 8)),
    ("while x\n", SyntaxErr, "expected ':'", (1, 8, 1, 8)),
    ("for x in y\n", SyntaxErr, "expected ':'", (1, 11, 1, 11)),
    ("try\n", SyntaxErr, "expected ':'", (1, 4, 1, 4)),
    ("with a\n", SyntaxErr, "expected ':'", (1, 7, 1, 7)),
    ("if x:\npass\n", IndentationError, "expected an indented block after 'if' statement on line 1", (2, 1, 2, 5)),
    ("def f():\n\nx\n", IndentationError, "expected an indented block after function definition on line 1", (3, 1, 3, 2)),
    ("for x in y:", IndentationError, "expected an indented block after 'for' statement on line 1", (1, 12, 1, -1)),
    ("if True:", IndentationError, "expected an indented block after 'if' statement on line 1", (1, 9, 1, -1)),
    ("class A:\nx\n", IndentationError, "expected an indented block after class definition on line 1", (2, 1, 2, 2)),
    ("while x:\nx\n", IndentationError, "expected an indented block after 'while' statement on line 1", (2, 1, 2, 2)),
    ("with a:\nx\n", IndentationError, "expected an indented block after 'with' statement on line 1", (2, 1, 2, 2)),
    ("try:\nx\n", IndentationError, "expected an indented block after 'try' statement on line 1", (2, 1, 2, 2)),
    ("try:\n x\nexcept:\nx\n", IndentationError, "expected an indented block after 'except' statement on line 3", (4, 1, 4, 2)),
    ("try:\n x\nfinally:\nx\n", IndentationError, "expected an indented block after 'finally' statement on line 3", (4, 1, 4, 2)),
    ("if a:\n x\nelse:\nx\n", IndentationError, "expected an indented block after 'else' statement on line 3", (4, 1, 4, 2)),
    ("if a:\n x\nelif b:\nx\n", IndentationError, "expected an indented block after 'elif' statement on line 3", (4, 1, 4, 2)),
    ("try:\n x\nexcept* E:\nx\n", IndentationError, "expected an indented block after 'except*' statement on line 3", (4, 1, 4, 2)),
    ("async def f():\nx\n", IndentationError, "expected an indented block after function definition on line 1", (2, 1, 2, 2)),
    ("  x\n", IndentationError, "unexpected indent", (1, 2, 1, -1)),
    ("x = 1\n  y = 2\n", IndentationError, "unexpected indent", (2, 2, 2, -1)),
    ("if x:\n    a\n  b\n", IndentationError, "unindent does not match any outer indentation level", (3, 4, 3, -1)),
    ("if x:\n\tb\n        c\n", TabError, "inconsistent use of tabs and spaces in indentation", (3, 1, 3, 0)),
    ("x = \n", SyntaxErr, "invalid syntax", (1, 5, 1, 5)),
    ("x = 1 +\n", SyntaxErr, "invalid syntax", (1, 8, 1, 8)),
    ("f(a b)\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 3, 1, 6)),
    ("f(a, b c)\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 6, 1, 9)),
    ("[a b]\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 2, 1, 5)),
    ("a b\n", SyntaxErr, "invalid syntax", (1, 3, 1, 4)),
    ("a[1:2 3]\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 5, 1, 8)),
    ("{1: 2 3: 4}\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 5, 1, 8)),
    ("print \"hi\"\n", SyntaxErr, "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 1, 1, 11)),
    ("print \"hi\", 1\n", SyntaxErr, "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 1, 1, 14)),
    ("exec \"x\"\n", SyntaxErr, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", (1, 1, 1, 9)),
    ("f() = 1\n", SyntaxErr, "cannot assign to function call here. Maybe you meant '==' instead of '='?", (1, 1, 1, 4)),
    ("1 = x\n", SyntaxErr, "cannot assign to literal here. Maybe you meant '==' instead of '='?", (1, 1, 1, 2)),
    ("a + 1 = 2\n", SyntaxErr, "cannot assign to expression here. Maybe you meant '==' instead of '='?", (1, 1, 1, 6)),
    ("del f()\n", SyntaxErr, "cannot delete function call", (1, 5, 1, 8)),
    ("del a + b\n", SyntaxErr, "cannot delete expression", (1, 5, 1, 10)),
    ("a, b += 1\n", SyntaxErr, "'tuple' is an illegal expression for augmented assignment", (1, 1, 1, 5)),
    ("f() += 1\n", SyntaxErr, "'function call' is an illegal expression for augmented assignment", (1, 1, 1, 4)),
    ("not a = 1\n", SyntaxErr, "cannot assign to expression", (1, 1, 1, 6)),
    ("a < b = 1\n", SyntaxErr, "cannot assign to comparison", (1, 1, 1, 6)),
    ("lambda: 1 = 1\n", SyntaxErr, "cannot assign to lambda", (1, 1, 1, 10)),
    ("f() = 1 = 2\n", SyntaxErr, "cannot assign to function call", (1, 1, 1, 4)),
    ("x = f() = 1\n", SyntaxErr, "cannot assign to function call", (1, 5, 1, 8)),
    ("for f() in x: pass\n", SyntaxErr, "cannot assign to function call", (1, 5, 1, 8)),
    ("with a as f(): pass\n", SyntaxErr, "cannot assign to function call", (1, 11, 1, 14)),
    ("(f() := 1)\n", SyntaxErr, "cannot use assignment expressions with function call", (1, 2, 1, 5)),
    ("(a.b := 1)\n", SyntaxErr, "cannot use assignment expressions with attribute", (1, 2, 1, 5)),
    ("a, b: int\n", SyntaxErr, "only single target (not tuple) can be annotated", (1, 1, 1, 2)),
    ("f(): int\n", SyntaxErr, "illegal target for annotation", (1, 1, 1, 4)),
    ("x = yield = 1\n", SyntaxErr, "assignment to yield expression not possible", (1, 5, 1, 10)),
    ("[x for f() in y]\n", SyntaxErr, "cannot assign to function call", (1, 8, 1, 11)),
    ("(a, b) = f() = 1\n", SyntaxErr, "cannot assign to function call", (1, 10, 1, 13)),
    ("def f(a=1, b): pass\n", SyntaxErr, "non-default argument follows default argument", (1, 12, 1, 13)),
    ("def f(a, a): pass\n", SyntaxErr, "duplicate argument 'a' in function definition", (1, 10, 1, 11)),
    ("lambda a, a: 1\n", SyntaxErr, "duplicate argument 'a' in function definition", (1, 11, 1, 12)),
    ("f(a=1, b)\n", SyntaxErr, "positional argument follows keyword argument", (1, 9, 1, 10)),
    ("f(**a, *b)\n", SyntaxErr, "iterable argument unpacking follows keyword argument unpacking", (1, 8, 1, 9)),
    ("f(**a, b)\n", SyntaxErr, "positional argument follows keyword argument unpacking", (1, 9, 1, 10)),
    ("f(x for x in y, 1)\n", SyntaxErr, "Generator expression must be parenthesized", (1, 3, 1, 15)),
    ("f(a.b=1)\n", SyntaxErr, "expression cannot contain assignment, perhaps you meant \"==\"?", (1, 3, 1, 7)),
    ("def f(*): pass\n", SyntaxErr, "named arguments must follow bare *", (1, 7, 1, 8)),
    ("def f(/, a): pass\n", SyntaxErr, "at least one argument must precede /", (1, 7, 1, 8)),
    ("def f(a, /, b, /): pass\n", SyntaxErr, "/ may appear only once", (1, 16, 1, 17)),
    ("def f(**k, a): pass\n", SyntaxErr, "arguments cannot follow var-keyword argument", (1, 12, 1, 13)),
    ("def f(*a, *b): pass\n", SyntaxErr, "* argument may appear only once", (1, 11, 1, 12)),
    ("*a\n", SyntaxErr, "can't use starred expression here", (1, 1, 1, 3)),
    ("a = *b\n", SyntaxErr, "can't use starred expression here", (1, 5, 1, 7)),
    ("(*a)\n", SyntaxErr, "cannot use starred expression here", (1, 2, 1, 4)),
    ("import *\n", SyntaxErr, "invalid syntax", (1, 8, 1, 9)),
    ("class\n", SyntaxErr, "invalid syntax", (1, 6, 1, 6)),
    ("f\"{}\"\n", SyntaxErr, "f-string: empty expression not allowed", (1, 6, 1, 6)),
    ("f\"{a#}\"\n", SyntaxErr, "f-string expression part cannot include '#'", (1, 8, 1, 8)),
    ("f'{a\\n}'\n", SyntaxErr, "f-string expression part cannot include a backslash", (1, 9, 1, 9)),
    ("f\"{a\"\n", SyntaxErr, "f-string: expecting '}'", (1, 6, 1, 6)),
    ("f\"}\"\n", SyntaxErr, "f-string: single '}' is not allowed", (1, 5, 1, 5)),
    ("f\"{a!x}\"\n", SyntaxErr, "f-string: invalid conversion character: expected 's', 'r', or 'a'", (1, 9, 1, 9)),
    ("x = 'a' b'b'\n", SyntaxErr, "cannot mix bytes and nonbytes literals", (1, 13, 1, 13)),
    ("x = b'é'\n", SyntaxErr, "bytes can only contain ASCII literal characters", (1, 5, 1, 9)),
    ("x = '\\x4'\n", SyntaxErr, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", (1, 10, 1, 10)),
    ("x = 5 if 3\n", SyntaxErr, "expected 'else' after 'if' expression", (1, 5, 1, 11)),
    ("x = [5 if 3 for x in y]\n", SyntaxErr, "expected 'else' after 'if' expression", (1, 6, 1, 12)),
    ("x = 5 if 3 :\n", SyntaxErr, "invalid syntax", (1, 12, 1, 13)),
    ("if x = 1:\n    pass\n", SyntaxErr, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", (1, 4, 1, 9)),
    ("while x = 1: pass\n", SyntaxErr, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", (1, 7, 1, 12)),
    ("[1, x = 2]\n", SyntaxErr, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", (1, 5, 1, 10)),
    ("if x = 1 + 2 if y else 3: pass\n", SyntaxErr, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", (1, 4, 1, 13)),
    ("if (x) = 1: pass\n", SyntaxErr, "cannot assign to name here. Maybe you meant '==' instead of '='?", (1, 5, 1, 6)),
    ("if a + b = 1: pass\n", SyntaxErr, "cannot assign to expression here. Maybe you meant '==' instead of '='?", (1, 4, 1, 9)),
    ("if [x] = 1: pass\n", SyntaxErr, "invalid syntax", (1, 8, 1, 9)),
    ("while not x = 1: pass\n", SyntaxErr, "invalid syntax", (1, 13, 1, 14)),
    ("try:\n    pass\nexcept A, B:\n    pass\n", SyntaxErr, "multiple exception types must be parenthesized", (3, 8, 3, 12)),
    ("try:\n  pass\nexcept* A, B as e  :\n  pass\n", SyntaxErr, "multiple exception types must be parenthesized", (3, 9, 3, 20)),
    ("from m import a,\n", SyntaxErr, "trailing comma not allowed without surrounding parentheses", (1, 17, 1, 17)),
    ("from m import a as b,\n", SyntaxErr, "trailing comma not allowed without surrounding parentheses", (1, 22, 1, 22)),
    ("d = {1:}\n", SyntaxErr, "expression expected after dictionary key and ':'", (1, 7, 1, 8)),
    ("d = {1: 2, 3:}\n", SyntaxErr, "expression expected after dictionary key and ':'", (1, 13, 1, 14)),
    ("try:\n    x\ny = 1\n", SyntaxErr, "expected 'except' or 'finally' block", (3, 1, 3, 2)),
    ("f(a=1, a=2+3)\n", SyntaxErr, "keyword argument repeated: a", (1, 8, 1, 13)),
    ("x = (1,\ny = 2\n", SyntaxErr, "'(' was never closed", (1, 5, 1, 0)),
    ("x = [1, 2 3\n", SyntaxErr, "'[' was never closed", (1, 5, 1, 0)),
    ("x = {1: 2 3: 4\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 9, 1, 12)),
    ("f(a b)\nx = (\n", SyntaxErr, "invalid syntax. Perhaps you forgot a comma?", (1, 3, 1, 6)),
    ("f(a b)\nx = 1abc\n", SyntaxErr, "invalid decimal literal", (2, 5, 2, 5)),
    ("x = = 1\nx = 1 \\ 2\n", SyntaxErr, "invalid syntax", (1, 5, 1, 6)),
    ("f() = 1\nx = 'abc\n", SyntaxErr, "unterminated string literal (detected at line 2)", (2, 5, 2, 5)),
    ("x = {1:*a}\n", SyntaxErr, "cannot use a starred expression in a dictionary value", (1, 8, 1, 10)),
];

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, msg, (line, offset, end_line, end_offset)) in ERROR_CASES {
        let Err(e) = parse_module(src) else {
            failures.push(format!("{src:?}: parsed, expected {msg:?}"));
            continue;
        };
        let (l, o, el, eo) = location(src, &e);
        let end_matters = end_line == line && end_offset > offset as isize;
        let end_ok = !end_matters || (el, eo as isize) == (end_line, end_offset);
        if e.kind != kind || e.msg != msg || (l, o) != (line, offset) || !end_ok {
            failures.push(format!(
                "{src:?}\n   got {:?} {:?} at {:?}\n  want {kind:?} {msg:?} at {:?}",
                e.kind,
                e.msg,
                (l, o, el, eo),
                (line, offset, end_line, end_offset)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Parses `src` and renders it as CPython's `ast.dump` would.
fn parse_dump(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump::module(&m),
        Err(e) => format!("ERROR {e:?}"),
    }
}

/// Prints `ast.dump` of the file named by `argv[1]`, without `ctx` and `kind`.
const CPYTHON_DUMP: &str = r#"
import ast, re, sys
d = ast.dump(ast.parse(open(sys.argv[1], encoding="utf-8").read()))
d = re.sub(r",? ?ctx=(Load|Store|Del)\(\)", "", d)
print(d.replace(", kind='u'", ""))
"#;

/// Compares with `python3` (run with `cargo test -- --ignored`): every path in
/// `SNIPPY_COMPARE` (colon-separated) must parse to the same tree.
#[test]
#[ignore]
fn compare_with_cpython() {
    let paths = std::env::var("SNIPPY_COMPARE").unwrap_or_default();
    let mut failures = Vec::new();
    for path in paths.split(':').filter(|p| !p.is_empty()) {
        let src = std::fs::read_to_string(path).expect("readable file");
        let ours = parse_dump(&src);
        let out = std::process::Command::new("python3")
            .args(["-c", CPYTHON_DUMP, path])
            .output()
            .expect("python3 runs");
        let theirs = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if ours != theirs {
            let at = ours
                .chars()
                .zip(theirs.chars())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let around =
                |s: &str| -> String { s.chars().skip(at.saturating_sub(150)).take(300).collect() };
            failures.push(format!(
                "{path}\n ours: {}\n cpy:  {}",
                around(&ours),
                around(&theirs)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs `f` on a thread with a 2 MiB stack, as a worst case for recursion.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("thread starts")
        .join()
        .expect("no stack overflow");
}

#[test]
fn deep_input_never_overflows_the_stack() {
    on_small_stack(|| {
        let ok = |src: String| assert!(parse_module(&src).is_ok(), "{src:.40}");
        let fails = |src: String, msg: &str| {
            let e = parse_module(&src).expect_err("too deep");
            assert_eq!(e.msg, msg);
        };
        ok(format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)));
        fails(
            format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201)),
            "too many nested parentheses",
        );
        ok(format!("x = {}1{}\n", "[".repeat(150), "]".repeat(150)));
        let too_complex = "Parser stack overflowed - Python source too complex to parse";
        for op in ["-", "not ", "lambda: "] {
            ok(format!("x = {}1\n", op.repeat(900)));
            fails(format!("x = {}1\n", op.repeat(5000)), too_complex);
        }
        ok(format!("x = 1{}\n", "+1".repeat(900)));
        fails(format!("x = 1{}\n", "+1".repeat(100_000)), too_complex);
        fails(format!("x = a{}\n", ".b".repeat(100_000)), too_complex);
        let ifs: String = (0..98)
            .map(|i| format!("{}if x:\n", "    ".repeat(i)))
            .collect();
        ok(format!("{ifs}{}pass\n", "    ".repeat(98)));
        let ifs: String = (0..100)
            .map(|i| format!("{}if x:\n", "    ".repeat(i)))
            .collect();
        fails(
            format!("{ifs}{}pass\n", "    ".repeat(100)),
            "too many levels of indentation",
        );
    });
}

#[test]
fn seed_snippets_and_all_forms_parse() {
    let root = env!("CARGO_MANIFEST_DIR");
    let dirs = [
        format!("{root}/tests/fixtures/syntax"),
        format!("{root}/snippets/seeds"),
    ];
    let mut count = 0;
    for entry in dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).expect("fixtures dir"))
    {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&path).expect("readable");
            if let Err(e) = parse_module(&src) {
                panic!("{}: {e:?}", path.display());
            }
            count += 1;
        }
    }
    assert!(count >= 6);
    let src = include_str!("../../tests/fixtures/syntax/all_forms.py");
    let want = include_str!("../../tests/fixtures/syntax/all_forms.dump");
    assert_eq!(parse_dump(src), want.trim());
}

/// `ast.dump` strings below come from python3 3.11 (`ctx` removed).
#[test]
fn ast_matches_cpython() {
    let cases = [
        (
            "x = yield a, b\n",
            "Module(body=[Assign(targets=[Name(id='x')], value=Yield(value=Tuple(elts=[Name(id='a'), Name(id='b')])))], type_ignores=[])",
        ),
        (
            "f'{x=}' f'{y=:>4}' f'{ z = !s}'\n",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x'), conversion=114), Constant(value='y='), FormattedValue(value=Name(id='y'), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>4')])), Constant(value=' z = '), FormattedValue(value=Name(id='z'), conversion=115)]))], type_ignores=[])",
        ),
        (
            "with (open(p) as f, g()):\n  pass\n",
            "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open'), args=[Name(id='p')], keywords=[]), optional_vars=Name(id='f')), withitem(context_expr=Call(func=Name(id='g'), args=[], keywords=[]))], body=[Pass()])], type_ignores=[])",
        ),
        (
            "try:\n  pass\nexcept* E as e:\n  pass\n",
            "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E'), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])",
        ),
        (
            "x = '\\N{BULLET}\\x41\\101\\u00e9\\q'\n",
            "Module(body=[Assign(targets=[Name(id='x')], value=Constant(value='\u{2022}AA\u{e9}\\\\q'))], type_ignores=[])",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(parse_dump(src), want, "{src}");
    }
}

fn kinds(src: &str) -> String {
    let lexed = lexer::tokenize(src, 0, lexer::Mode::Lines);
    let mut out: Vec<String> = lexed
        .tokens
        .iter()
        .map(|(s, t, e)| match t {
            token::Tok::Name(n) => format!("{n}@{s}"),
            token::Tok::Newline => format!("NL@{s}"),
            token::Tok::Indent => "IN".into(),
            token::Tok::Dedent => "DE".into(),
            other => format!("{other:?}@{s}-{e}"),
        })
        .collect();
    if let Some(e) = lexed.error {
        out.push(format!("ERR {}", e.msg));
    }
    out.join(" ")
}

#[test]
fn indentation_token_streams() {
    let cases = [
        ("a\n", "a@0 NL@1"),
        ("a", "a@0 NL@1"),
        ("if x:\n  a\n\n  # c\n  b\nc\n", "If@0-2 x@3 Colon@4-5 NL@5 IN a@8 NL@9 b@19 NL@20 DE c@21 NL@22"),
        ("if x:\r\n\ta\r\n", "If@0-2 x@3 Colon@4-5 NL@5 IN a@8 NL@9 DE"),
        ("if x:\r\ta\r", "If@0-2 x@3 Colon@4-5 NL@5 IN a@7 NL@8 DE"),
        ("x = (1,\n  2)\n", "x@0 Equal@2-3 Lpar@4-5 Int(Int(1))@5-6 Comma@6-7 Int(Int(2))@10-11 Rpar@11-12 NL@12"),
        ("x = 1 + \\\n  2\n", "x@0 Equal@2-3 Int(Int(1))@4-5 Plus@6-7 Int(Int(2))@12-13 NL@13"),
        ("if a:\n  if b:\n    c\nd", "If@0-2 a@3 Colon@4-5 NL@5 IN If@8-10 b@11 Colon@12-13 NL@13 IN c@18 NL@19 DE DE d@20 NL@21"),
        ("if a:\n\tb\n        c\n", "If@0-2 a@3 Colon@4-5 NL@5 IN b@7 NL@8 ERR inconsistent use of tabs and spaces in indentation"),
        ("with (a as b):\n pass\n", "With@0-4 WithLpar@5-6 a@6 As@8-10 b@11 Rpar@12-13 Colon@13-14 NL@14 IN Pass@16-20 NL@20 DE"),
    ];
    for (src, want) in cases {
        assert_eq!(kinds(src), want, "{src:?}");
    }
}

#[test]
fn expressions_and_incomplete_input() {
    let e = parse_expression("  a + 1\n").expect("parses");
    assert_eq!(
        dump::expr(&e),
        "BinOp(left=Name(id='a'), op=Add(), right=Constant(value=1))"
    );
    assert_eq!(e.span, ast::Span::new(2, 7));
    assert!(parse_expression("x = 1").is_err());
    for src in [
        "x = (1,\n",
        "s = '''abc\n",
        "if x:\n",
        "if x:\n  y\n",
        "x = 1 + \\\n",
    ] {
        assert!(input_is_incomplete(src), "{src:?}");
    }
    for src in ["x = 1\n", "if x:\n  y\n\n", "x = )\n"] {
        assert!(!input_is_incomplete(src), "{src:?}");
    }
}

#[test]
fn spans_are_byte_offsets() {
    let m = parse_module("def f(a):\n    return f'{a + 1}'\n").expect("parses");
    let ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("def")
    };
    assert_eq!(m.body[0].span, ast::Span::new(0, 31));
    let ast::StmtKind::Return(Some(ret)) = &f.body[0].kind else {
        panic!("return")
    };
    let ast::ExprKind::JoinedStr(parts) = &ret.kind else {
        panic!("f-string")
    };
    let ast::ExprKind::FormattedValue { value, .. } = &parts[0].kind else {
        panic!("field")
    };
    assert_eq!(value.span, ast::Span::new(24, 29));
}

/// Errors CPython reports on a line but with no column: no caret is printed,
/// which the span marks by ending before its start.
#[test]
fn errors_without_a_column() {
    let cases: &[(&str, SyntaxErrorKind, &str, usize)] = &[
        (
            "if x:\n    @dec\ny\n",
            IndentationError,
            "unexpected unindent",
            3,
        ),
        (
            "if x:\n    @d\n\n",
            IndentationError,
            "unexpected unindent",
            3,
        ),
        (
            "try:\n    x\n",
            SyntaxErr,
            "expected 'except' or 'finally' block",
            2,
        ),
        (
            "try:\n    x = 1\n\n# c\n",
            SyntaxErr,
            "expected 'except' or 'finally' block",
            4,
        ),
        ("@d\n", SyntaxErr, "invalid syntax", 1),
    ];
    for &(src, kind, msg, line) in cases {
        let e = parse_module(src).expect_err(src);
        assert_eq!((e.kind, e.msg.as_str()), (kind, msg), "{src:?}");
        assert_eq!(location(src, &e).0, line, "{src:?}");
        assert!(e.span.end < e.span.start, "{src:?}: {:?}", e.span);
    }
}

/// A small xorshift generator, so the fuzz inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Every prefix of real programs and thousands of random token soups parse to
/// a tree or an error: no panic, no hang, no stack overflow.
#[test]
fn any_input_returns() {
    on_small_stack(|| {
        let program = [
            include_str!("../../tests/fixtures/syntax/all_forms.py"),
            include_str!("../../snippets/seeds/coroutine_functions_2_whole_article.py"),
        ]
        .concat();
        for (i, _) in program.char_indices() {
            let _ = parse_module(&program[..i]);
            let _ = parse_expression(&program[..i]);
        }
        const PIECES: &[&str] = &[
            "x",
            "f",
            "1",
            "2.5",
            "3j",
            "'s'",
            "b'b'",
            "f'{x}'",
            "f'{",
            "\"",
            "'''",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ":",
            ",",
            ";",
            ".",
            "=",
            "==",
            ":=",
            "+",
            "-",
            "*",
            "**",
            "/",
            "|",
            "~",
            "<",
            "->",
            "@",
            "...",
            "!",
            "$",
            "?",
            "\\",
            "\\\n",
            "\n",
            "\n    ",
            "\n        ",
            "\n  ",
            "\t",
            " ",
            "#c",
            "if",
            "else",
            "elif",
            "while",
            "for",
            "in",
            "not",
            "and",
            "or",
            "is",
            "lambda",
            "def",
            "class",
            "return",
            "yield",
            "from",
            "import",
            "as",
            "try",
            "except",
            "finally",
            "with",
            "async",
            "await",
            "pass",
            "del",
            "global",
            "print",
            "None",
            "True",
            "€",
        ];
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..4000 {
            let len = 1 + rng.below(24);
            let src: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
            let _ = parse_module(&src);
            let _ = parse_expression(&src);
            let _ = input_is_incomplete(&src);
        }
    });
}
