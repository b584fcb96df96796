//! The eval loop's single per-instruction check, CPython's "eval breaker":
//! raised when objects wait for finalization (`__del__`, a dropped
//! generator, a never-awaited coroutine) or when Ctrl-C (SIGINT) arrived,
//! which the loop turns into `KeyboardInterrupt` at the next instruction.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::objects::{ExcKind, PyErr, PyResult};

/// Something needs the eval loop's attention.
static BREAKER: AtomicBool = AtomicBool::new(false);
/// SIGINT arrived and no `KeyboardInterrupt` was raised for it yet.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// True when the eval loop must service finalizers or an interrupt.
#[inline(always)]
pub fn pending() -> bool {
    BREAKER.load(Ordering::Relaxed)
}

/// Asks the eval loop to look at its queues at the next instruction.
pub fn request() {
    BREAKER.store(true, Ordering::Relaxed);
}

/// Clears the request (the caller services everything that was queued).
pub fn clear() {
    BREAKER.store(false, Ordering::Relaxed);
    if INTERRUPTED.load(Ordering::Relaxed) {
        BREAKER.store(true, Ordering::Relaxed);
    }
}

/// Takes a pending Ctrl-C (true when there was one).
pub fn take() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Whether a Ctrl-C is waiting to be taken.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Wakes whoever blocks in a system call other than a sleep: an event
/// loop waiting on file descriptors installs its poller's notify here.
type Waker = Box<dyn Fn() + Send>;
static WAKER: Mutex<Option<Waker>> = Mutex::new(None);

/// Makes Ctrl-C call `waker` (replacing the previous one), so a blocking
/// wait returns at once and sees [`interrupted`].
pub fn set_waker(waker: Waker) {
    if let Ok(mut w) = WAKER.lock() {
        *w = Some(waker);
    }
}

/// The exception Ctrl-C raises.
pub fn keyboard_interrupt() -> PyErr {
    PyErr::with_args(ExcKind::KeyboardInterrupt, Vec::new())
}

/// Makes Ctrl-C raise `KeyboardInterrupt` in the running program instead of
/// killing the process (a signal-handling thread sets the flags).
pub fn install_sigint_handler() {
    let _ = ctrlc::set_handler(|| {
        INTERRUPTED.store(true, Ordering::SeqCst);
        BREAKER.store(true, Ordering::SeqCst);
        if let Ok(w) = WAKER.lock() {
            if let Some(wake) = w.as_ref() {
                wake();
            }
        }
    });
}

/// Sleeps for `duration` unless Ctrl-C comes first: then `KeyboardInterrupt`.
pub fn sleep(duration: Duration) -> PyResult<()> {
    if sleep_until_interrupted(duration) {
        take();
        return Err(keyboard_interrupt());
    }
    Ok(())
}

/// Sleeps for `duration` or until Ctrl-C arrives (then true; the
/// interrupt stays pending for the caller to take).
pub fn sleep_until_interrupted(duration: Duration) -> bool {
    const SLICE: Duration = Duration::from_millis(20);
    let deadline = Instant::now() + duration;
    loop {
        if interrupted() {
            return true;
        }
        let now = Instant::now();
        if now >= deadline {
            return false;
        }
        std::thread::sleep((deadline - now).min(SLICE));
    }
}

/// Waits until `fd` is readable (or writable), in slices so Ctrl-C is
/// seen: false when `deadline` passed first.
pub fn wait_fd(fd: i32, write: bool, deadline: Option<Instant>) -> PyResult<bool> {
    const SLICE: Duration = Duration::from_millis(50);
    loop {
        if take() {
            return Err(keyboard_interrupt());
        }
        let slice = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Ok(false);
                }
                (d - now).min(SLICE)
            }
            None => SLICE,
        };
        let mut pfd = libc::pollfd {
            fd,
            events: if write { libc::POLLOUT } else { libc::POLLIN },
            revents: 0,
        };
        let ms = slice.as_millis().max(1) as libc::c_int;
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, ms) };
        if n > 0 {
            return Ok(true);
        }
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(crate::objects::os_error::from_io(&e));
            }
        }
    }
}
