//! The `random` module: CPython's Mersenne Twister (MT19937, seeded the same
//! way, so a seed gives CPython's numbers) in Rust; the distributions and
//! sequence functions are `Lib/random.py`'s algorithms, in `random.py`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use sha2::{Digest, Sha512};

use crate::objects::class::types;
use crate::objects::{Args, NativeObject, PyClass, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::{to_bigint, type_name};
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;

/// The generator state of one `random.Random`.
pub struct Mt {
    state: RefCell<([u32; N], usize)>,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: RefCell::new(([0; N], N + 1)),
        }
    }

    fn init_genrand(&self, s: u32) {
        let (mt, index) = &mut *self.state.borrow_mut();
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1812433253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        *index = N;
    }

    fn init_by_array(&self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mt, _) = &mut *self.state.borrow_mut();
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&self) -> u32 {
        let (mt, index) = &mut *self.state.borrow_mut();
        if *index >= N {
            const UPPER: u32 = 0x8000_0000;
            const LOWER: u32 = 0x7fff_ffff;
            let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
            }
            *index = 0;
        }
        let mut y = mt[*index];
        *index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    fn getrandbits(&self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k as u32));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// A random int in `0..n` (`n > 0`), as `_randbelow_with_getrandbits`.
    fn randbelow(&self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn seed_int(&self, n: &BigInt) {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }
}

impl NativeObject for Mt {
    fn class(&self) -> Rc<PyClass> {
        types().named("_MersenneTwister")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> crate::methods::MethodTable {
        &[
            ("seed", mt_seed),
            ("random", mt_random),
            ("getrandbits", mt_getrandbits),
            ("_randbelow", mt_randbelow),
            ("randbytes", mt_randbytes),
            ("getstate", mt_getstate),
            ("setstate", mt_setstate),
        ]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok("<_MersenneTwister object>".into())
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Mt> {
    match args.pos().first() {
        Some(Value::Native(n)) => n.as_any().downcast_ref::<Mt>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires a '_MersenneTwister' object"))
}

/// `seed(a)`: None (fresh entropy), an int (all its bits), or str/bytes
/// (version 2: the bytes followed by their SHA-512 digest, as one int).
fn mt_seed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(&args)?;
    let a = args.check_count("seed", 2, 2)?;
    let bytes = match &a[1] {
        Value::None => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let mut key = vec![t.as_nanos() as u32, (t.as_nanos() >> 32) as u32];
            key.push(std::process::id());
            mt.init_by_array(&key);
            return Ok(Value::None);
        }
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.data.to_vec(),
        Value::ByteArray(b) => b.data.borrow().clone(),
        v => match to_bigint(v) {
            Some(n) => {
                mt.seed_int(&n);
                return Ok(Value::None);
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. (got {})",
                    type_name(v)
                )))
            }
        },
    };
    let mut all = bytes.clone();
    all.extend_from_slice(&Sha512::digest(&bytes));
    mt.seed_int(&BigInt::from_bytes_be(Sign::Plus, &all));
    Ok(Value::None)
}

fn mt_random(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(&args)?.random()))
}

fn mt_getrandbits(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(&args)?;
    let a = args.check_count("getrandbits", 2, 2)?;
    let k = to_bigint(&a[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a[1])
        ))
    })?;
    if k.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(mt.getrandbits(k)))
}

fn mt_randbelow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(&args)?;
    let a = args.check_count("_randbelow", 2, 2)?;
    let n = to_bigint(&a[1]).unwrap_or_default();
    if n.is_zero() || n.is_negative() {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(mt.randbelow(&n)))
}

/// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
fn mt_randbytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(&args)?;
    let a = args.check_count("randbytes", 2, 2)?;
    let n = to_bigint(&a[1])
        .and_then(|n| n.to_i64())
        .ok_or_else(|| PyErr::type_error("randbytes() argument must be an int"))?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    if n == 0 {
        return Ok(Value::bytes(Vec::new()));
    }
    let (_, mut data) = mt.getrandbits(n as u64 * 8).to_bytes_le();
    data.resize(n as usize, 0);
    Ok(Value::bytes(data))
}

/// `getstate()`: the 624 state words and the position, as CPython's tuple.
fn mt_getstate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(&args)?;
    let (words, index) = &*mt.state.borrow();
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(*index as i64));
    Ok(Value::tuple(items))
}

/// `setstate(words)`: the inverse of `getstate`, with CPython's checks.
fn mt_setstate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mt = this(&args)?;
    let a = args.check_count("setstate", 2, 2)?;
    let Value::Tuple(t) = &a[1] else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let word = |v: &Value| -> PyResult<u32> {
        to_bigint(v)
            .and_then(|n| n.to_u32())
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C unsigned long"))
    };
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(t.items.iter()) {
        *w = word(v)?;
    }
    let index = to_bigint(&t.items[N])
        .and_then(|n| n.to_usize())
        .filter(|i| *i <= N)
        .ok_or_else(|| PyErr::value_error("invalid state"))?;
    *mt.state.borrow_mut() = (words, index);
    Ok(Value::None)
}

fn new_mt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("_MersenneTwister", 0, 0)?;
    Ok(Value::Native(Rc::new(Mt::new())))
}

/// The `random` namespace: the native generator, then `random.py` on top.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[("_MersenneTwister", new_mt)]);
    super::pysource::run_into(vm, &dict, "random", include_str!("random.py"));
    dict
}
