//! printf-style `str % args`, driving [`format::PercentParser`] the way
//! CPython's `PyUnicode_Format` does: a tuple supplies arguments in order, a
//! mapping supplies `%(key)` values, anything else is a single argument.

use crate::format::{self, percent_errors, Count, Piece};
use crate::numeric;
use crate::objects::{PyResult, PyStr, Value};
use crate::vm::ops::{is_int, type_name};
use crate::vm::repr::{ascii_escape, MAX_STR_DIGITS};
use crate::vm::Vm;

/// Where the arguments come from, as CPython tracks them: `arglen` -1 means
/// a single (non-tuple) argument, whose index starts at -2.
struct ArgState {
    args: Value,
    arglen: isize,
    argidx: isize,
    dict: Option<Value>,
}

impl ArgState {
    fn next(&mut self) -> PyResult<Value> {
        if self.arglen < 0 {
            if self.argidx == -2 {
                self.argidx = -1;
                return Ok(self.args.clone());
            }
        } else if self.argidx < self.arglen {
            let i = self.argidx as usize;
            self.argidx += 1;
            if let Value::Tuple(t) = &self.args {
                return Ok(t.items[i].clone());
            }
        }
        Err(percent_errors::not_enough_arguments().into())
    }
}

/// True for values CPython's `PyMapping_Check` accepts (they have `__getitem__`).
fn is_mapping(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Range(_)
    )
}

/// `template % args`.
pub fn format(vm: &mut Vm, template: &PyStr, args: &Value) -> PyResult<Value> {
    let mut st = match args {
        Value::Tuple(t) => ArgState {
            args: args.clone(),
            arglen: t.items.len() as isize,
            argidx: 0,
            dict: None,
        },
        _ => ArgState {
            args: args.clone(),
            arglen: -1,
            argidx: -2,
            dict: (is_mapping(args) && !matches!(args, Value::Str(_))).then(|| args.clone()),
        },
    };
    let mut out = String::with_capacity(template.as_str().len());
    for piece in format::PercentParser::new(template.as_str()) {
        let mut spec = match piece? {
            Piece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            Piece::Conv(spec) => spec,
        };
        if let Some(key) = &spec.key {
            let Some(dict) = &st.dict else {
                return Err(percent_errors::requires_mapping().into());
            };
            let dict = dict.clone();
            st.args = vm.get_item(&dict, &Value::str(key))?;
            st.arglen = -1;
            st.argidx = -2;
        }
        if spec.width == Count::Star {
            let w = star(st.next()?)?;
            spec.set_star_width(w);
        }
        if spec.precision == Count::Star {
            let p = star(st.next()?)?;
            spec.set_star_precision(p);
        }
        let v = st.next()?;
        out.push_str(&convert(vm, &spec, &v)?);
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        return Err(percent_errors::not_all_converted().into());
    }
    Ok(Value::string(out))
}

fn star(v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(percent_errors::star_wants_int().into()),
    }
}

/// One conversion of `v`.
fn convert(vm: &mut Vm, spec: &format::ConvSpec, v: &Value) -> PyResult<String> {
    Ok(match spec.conv {
        's' => format::percent_format_str(&vm.str(v)?, spec),
        'r' => format::percent_format_str(&vm.repr(v)?, spec),
        'a' => format::percent_format_str(&ascii_escape(&vm.repr(v)?), spec),
        'c' => {
            let c = match v {
                Value::Str(s) if s.char_len() == 1 => s.char_at(0).unwrap_or('\0'),
                _ => match v.as_int() {
                    Some(i) => format::char_from_int(&i)?,
                    None => return Err(percent_errors::char_required().into()),
                },
            };
            format::percent_format_char(c, spec)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let i = match v.as_int() {
                Some(i) => i,
                None => match v {
                    Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                        numeric::float_trunc(*f)?
                    }
                    _ if matches!(spec.conv, 'd' | 'i' | 'u') => {
                        return Err(
                            percent_errors::real_number_required(spec.conv, &type_name(v)).into(),
                        )
                    }
                    _ => {
                        return Err(
                            percent_errors::integer_required(spec.conv, &type_name(v)).into()
                        )
                    }
                },
            };
            format::percent_format_int(&i, spec, MAX_STR_DIGITS)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match v {
                Value::Float(f) => *f,
                _ if is_int(v) => crate::vm::ops::to_f64(v).unwrap_or(Ok(0.0))?,
                _ => return Err(percent_errors::must_be_real(&type_name(v)).into()),
            };
            format::percent_format_float(x, spec)
        }
        _ => return Err(spec.unsupported().into()),
    })
}
