//! The `snippy` command: runs a Python file, `-c` code or stdin.

use std::io::{IsTerminal, Read};

use snippy::cli::{self, Command};
use snippy::vm::Vm;

/// Python programs allocate many small objects; mimalloc serves them
/// faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The interpreter runs on a thread with a large stack, so deep nesting of
/// built-ins calling back into Python cannot overflow it.
const STACK_SIZE: usize = 512 << 20;

fn main() {
    snippy::vm::interrupt::install_sigint_handler();
    let status = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(run)
        .expect("spawn the interpreter thread")
        .join()
        .unwrap_or(70);
    std::process::exit(status);
}

fn run() -> i32 {
    let mut args: Vec<String> = std::env::args().collect();
    let program = if args.is_empty() {
        "snippy".to_owned()
    } else {
        args.remove(0)
    };
    let (command, flags) = match cli::parse_with_flags(&args) {
        Ok(c) => c,
        Err(cli::UsageError(msg)) => {
            eprint!("{msg}\n{}", cli::usage(&program));
            return 2;
        }
    };
    if let Some(mode) = &flags.http {
        snippy::stdlib::httpx::set_mode(mode.clone());
    }
    match command {
        Command::Version => {
            println!("Python 3.11.7 (snippy {})", env!("CARGO_PKG_VERSION"));
            0
        }
        Command::Help => {
            print!("{}", cli::help(&program));
            0
        }
        Command::File { path, argv } => match std::fs::read(&path) {
            Ok(bytes) => {
                // CPython reports the main script by its absolute path.
                let shown = std::path::absolute(&path)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| path.clone());
                run_source(&bytes, &shown, argv, &flags)
            }
            Err(e) => {
                let shown = std::path::absolute(&path)
                    .map(|p| p.display().to_string())
                    .unwrap_or(path);
                let errno = e.raw_os_error().unwrap_or(2);
                eprintln!(
                    "{program}: can't open file '{shown}': [Errno {errno}] {}",
                    snippy::objects::os_error::strerror(&e)
                );
                2
            }
        },
        Command::Code { code, argv } => run_source(code.as_bytes(), "<string>", argv, &flags),
        Command::Stdin { argv } if flags.inspect => repl(new_vm(argv, &flags), &flags),
        Command::Stdin { argv } => run_stdin(argv, &flags),
        Command::Repl if flags.inspect || std::io::stdin().is_terminal() => {
            repl(new_vm(vec![String::new()], &flags), &flags)
        }
        Command::Repl => run_stdin(vec![String::new()], &flags),
        Command::Dis { path } => match std::fs::read_to_string(&path) {
            Ok(text) => match snippy::compile(&text, &path) {
                Ok(code) => {
                    print!("{}", code.disassemble());
                    0
                }
                Err(report) => {
                    eprint!("{report}");
                    1
                }
            },
            Err(e) => {
                eprintln!(
                    "{program}: can't open file '{path}': {}",
                    snippy::objects::os_error::strerror(&e)
                );
                2
            }
        },
    }
}

fn run_stdin(argv: Vec<String>, flags: &cli::Flags) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("snippy: cannot read stdin: {e}");
        return 1;
    }
    run_source(&bytes, "<stdin>", argv, flags)
}

/// An interpreter for `argv` with the command line's `-W` options.
fn new_vm(argv: Vec<String>, flags: &cli::Flags) -> Vm {
    let mut vm = Vm::new(argv);
    vm.warnoptions = flags.warnoptions.clone();
    vm
}

/// Runs a program; with `-i`, then the interactive prompt in its namespace.
fn run_source(bytes: &[u8], filename: &str, argv: Vec<String>, flags: &cli::Flags) -> i32 {
    let text = String::from_utf8_lossy(bytes);
    let mut vm = new_vm(argv, flags);
    if flags.inspect {
        vm.run_main_inspect(&text, filename);
        return snippy::repl::run(&mut vm, true);
    }
    vm.run_main(&text, filename)
}

/// The interactive prompt in a fresh interpreter.
fn repl(mut vm: Vm, flags: &cli::Flags) -> i32 {
    snippy::repl::run(&mut vm, flags.quiet)
}
