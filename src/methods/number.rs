//! Methods and attributes of `int`, `bool` and `float`.

use crate::numeric::{self, Int};
use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::MethodTable;

/// `int` (and `bool`) methods.
pub const INT_METHODS: MethodTable = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("to_bytes", to_bytes),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_conjugate),
    ("is_integer", int_is_integer),
];

/// `complex` methods.
pub const COMPLEX_METHODS: MethodTable = &[("conjugate", complex_conjugate)];

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("conjugate", 1, 1)?;
    match &a[0] {
        Value::Complex(c) => Ok(Value::complex(c.re, -c.im)),
        _ => unreachable!("complex method called on a complex"),
    }
}

/// `complex(real=0, imag=0)` and `complex(str)`.
pub fn complex_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("complex", 0, 2)?;
    let part = |v: Option<&Value>| -> PyResult<crate::objects::complex::Complex> {
        match v {
            None => Ok(crate::objects::complex::Complex::new(0.0, 0.0)),
            Some(v) => match crate::vm::ops::as_complex(v) {
                Some(c) => c,
                None => Err(PyErr::type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    type_name(v)
                ))),
            },
        }
    };
    if let Some(Value::Str(s)) = a.first() {
        if a.len() > 1 {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_complex(s.as_str());
    }
    let (r, i) = (part(a.first())?, part(a.get(1))?);
    Ok(Value::complex(r.re - i.im, r.im + i.re))
}

fn parse_complex(text: &str) -> PyResult<Value> {
    let err = || PyErr::value_error("complex() arg is a malformed string");
    let t = text.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        let split = body
            .char_indices()
            .skip(1)
            .filter(|(i, c)| {
                (*c == '+' || *c == '-') && !matches!(body.as_bytes()[i - 1], b'e' | b'E')
            })
            .map(|(i, _)| i)
            .last();
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("0", body),
        };
        let im = match im {
            "" | "+" => "1",
            "-" => "-1",
            other => other,
        };
        let re = numeric::parse_float(re).map_err(|_| err())?;
        let im = numeric::parse_float(im).map_err(|_| err())?;
        return Ok(Value::complex(re, im));
    }
    let re = numeric::parse_float(t).map_err(|_| err())?;
    Ok(Value::complex(re, 0.0))
}

/// `float` methods.
pub const FLOAT_METHODS: MethodTable = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", float_conjugate),
];

/// The `real`, `imag`, `numerator` and `denominator` attributes of numbers.
pub fn number_attr(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(v.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Complex(c), "real") => Some(Value::Float(c.re)),
        (Value::Complex(c), "imag") => Some(Value::Float(c.im)),
        _ => None,
    }
}

fn int_self(v: &Value) -> Int {
    v.as_int().expect("int method called on an int")
}

fn float_self(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => unreachable!("float method called on a float"),
    }
}

fn bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("bit_length", 1, 1)?;
    Ok(Value::Int(int_self(&a[0]).bit_length() as i64))
}

fn bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("bit_count", 1, 1)?;
    let n = int_self(&a[0]).to_big();
    Ok(Value::Int(
        n.magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}

fn to_bytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let this = int_self(&pos[0]).to_big();
    let mut length = pos.get(1).cloned().unwrap_or(Value::Int(1));
    let mut order = pos.get(2).cloned().unwrap_or(Value::str("big"));
    let mut signed = false;
    for (k, v) in args.kwargs() {
        match k {
            "length" => length = v.clone(),
            "byteorder" => order = v.clone(),
            "signed" => signed = matches!(v, Value::Bool(true)),
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for to_bytes()"
                )))
            }
        }
    }
    let length = match length {
        Value::Int(n) if n >= 0 => n as usize,
        Value::Int(_) => return Err(PyErr::value_error("length argument must be non-negative")),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&other)
            )))
        }
    };
    let little = match &order {
        Value::Str(s) if s.as_str() == "little" => true,
        Value::Str(s) if s.as_str() == "big" => false,
        _ => {
            return Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            ))
        }
    };
    if !signed && this.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = this.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if this.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if this.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("as_integer_ratio", 1, 1)?;
    Ok(Value::tuple(vec![
        Value::from_int(int_self(&a[0])),
        Value::Int(1),
    ]))
}

fn int_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("conjugate", 1, 1)?;
    Ok(Value::from_int(int_self(&a[0])))
}

fn int_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method_count("is_integer", 1, 1)?;
    Ok(Value::Bool(true))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("is_integer", 1, 1)?;
    Ok(Value::Bool(numeric::float_is_integer(float_self(&a[0]))))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("as_integer_ratio", 1, 1)?;
    let (n, d) = numeric::float_as_integer_ratio(float_self(&a[0]))?;
    Ok(Value::tuple(vec![Value::from_int(n), Value::from_int(d)]))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("hex", 1, 1)?;
    Ok(Value::string(numeric::float_hex(float_self(&a[0]))))
}

fn float_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("conjugate", 1, 1)?;
    Ok(a[0].clone())
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, on the class.
pub fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(data) = pos.first() else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut order = pos.get(1).cloned().unwrap_or(Value::str("big"));
    let mut signed = false;
    for (k, v) in args.kwargs() {
        match k {
            "byteorder" => order = v.clone(),
            "signed" => signed = vm.is_true(v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for from_bytes()"
                )))
            }
        }
    }
    let mut bytes: Vec<u8> = Vec::new();
    for item in vm.collect(data)? {
        match item {
            Value::Int(b) if (0..256).contains(&b) => bytes.push(b as u8),
            _ => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    match &order {
        Value::Str(s) if s.as_str() == "little" => {}
        Value::Str(s) if s.as_str() == "big" => bytes.reverse(),
        _ => {
            return Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            ))
        }
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&bytes)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(n))
}

/// `float.fromhex(s)`, on the class.
pub fn float_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fromhex", 1, 1)?;
    match &a[0] {
        Value::Str(s) => Ok(Value::Float(numeric::float_fromhex(s.as_str())?)),
        other => Err(PyErr::type_error(format!(
            "must be str, not {}",
            type_name(other)
        ))),
    }
}
