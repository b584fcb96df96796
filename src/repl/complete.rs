//! Tab completion: keywords and names visible in `__main__` (globals, then
//! builtins), and attributes after a dotted name, found in the objects'
//! dictionaries and method tables without running any Python code.

use std::rc::Rc;

use crate::objects::class::class_of;
use crate::objects::{PyClass, PyDict, Value};

/// The keywords offered for completion.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Where completions come from.
pub struct Namespaces {
    /// The `__main__` namespace.
    pub globals: Rc<PyDict>,
    /// The builtins.
    pub builtins: Rc<PyDict>,
}

impl Namespaces {
    /// Completions for the word ending at byte `pos` of `line`: the byte
    /// offset where the replaced text starts, and the sorted candidates.
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return (pos, Vec::new());
        }
        match word.rsplit_once('.') {
            Some((path, attr)) => {
                let Some(obj) = self.resolve(path) else {
                    return (pos, Vec::new());
                };
                let names = attributes(&obj);
                (start + path.len() + 1, matching(names, attr))
            }
            None => {
                let mut names: Vec<String> = KEYWORDS.iter().map(|k| (*k).to_owned()).collect();
                names.extend(dict_names(&self.globals));
                names.extend(dict_names(&self.builtins));
                (start, matching(names, word))
            }
        }
    }

    /// The object a dotted name refers to, by dictionary lookups only.
    fn resolve(&self, path: &str) -> Option<Value> {
        let mut parts = path.split('.');
        let first = parts.next()?;
        let mut obj = self
            .globals
            .get_str(first)
            .or_else(|| self.builtins.get_str(first))?;
        for part in parts {
            obj = attribute(&obj, part)?;
        }
        Some(obj)
    }
}

/// The names in `prefix`'s completions: those starting with it, without
/// private names unless the prefix asks for them, sorted and unique.
fn matching(names: Vec<String>, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = names
        .into_iter()
        .filter(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn dict_names(d: &PyDict) -> Vec<String> {
    d.keys()
        .into_iter()
        .filter_map(|k| match k {
            Value::Str(s) => Some(s.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

fn class_chain(class: &Rc<PyClass>) -> Vec<Rc<PyClass>> {
    let mut chain = vec![class.clone()];
    chain.extend(class.mro.iter().cloned());
    chain
}

/// The attribute names of `obj` that can be found without running code.
fn attributes(obj: &Value) -> Vec<String> {
    let mut names = Vec::new();
    let classes = match obj {
        Value::Module(m) => return dict_names(&m.dict),
        Value::Class(c) => class_chain(c),
        Value::Instance(i) => {
            names.extend(dict_names(&i.dict));
            class_chain(&i.class)
        }
        other => {
            if let Value::Native(n) = other {
                names.extend(n.methods().iter().map(|(n, _)| (*n).to_owned()));
            } else if let Some(table) = crate::methods::table_for(other) {
                names.extend(table.iter().map(|(n, _)| (*n).to_owned()));
            }
            class_chain(&class_of(other))
        }
    };
    for class in classes {
        names.extend(dict_names(&class.dict));
    }
    names
}

/// The attribute `name` of `obj`, when it sits in a dictionary.
fn attribute(obj: &Value, name: &str) -> Option<Value> {
    let classes = match obj {
        Value::Module(m) => return m.dict.get_str(name),
        Value::Class(c) => class_chain(c),
        Value::Instance(i) => {
            if let Some(v) = i.dict.get_str(name) {
                return Some(v);
            }
            class_chain(&i.class)
        }
        _ => return None,
    };
    classes.iter().find_map(|c| c.dict.get_str(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_keywords_names_and_attributes() {
        let globals = Rc::new(PyDict::new());
        globals.set_str("spam", Value::Int(1));
        globals.set_str("text", Value::str("abc"));
        let ns = Namespaces {
            globals,
            builtins: Rc::new(PyDict::new()),
        };
        assert_eq!(ns.complete("x = sp", 6), (4, vec!["spam".to_owned()]));
        assert_eq!(ns.complete("whi", 3), (0, vec!["while".to_owned()]));
        let (start, found) = ns.complete("text.up", 7);
        assert_eq!(start, 5);
        assert_eq!(found, vec!["upper".to_owned()]);
        assert_eq!(ns.complete("1.", 2), (2, Vec::new()));
    }
}
