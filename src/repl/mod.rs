//! The interactive prompt (`snippy` on a terminal, `snippy -i`): a
//! line-editing session on a terminal, or CPython's plain line-by-line
//! reading when stdin is piped.

pub mod complete;
pub mod highlight;
pub mod session;
pub mod terminal;

use std::io::IsTerminal;

use crate::vm::Vm;

/// The one-line banner printed (to stderr) when the prompt starts, unless `-q`.
pub fn banner() -> String {
    format!(
        "snippy {} (Python 3.11 compatible) - type \"exit()\" or Ctrl-D to exit",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the interactive session in `vm`'s `__main__` namespace (the one a
/// script run with `-i` left behind, or a fresh one); `quiet` hides the
/// banner. Returns the exit status.
pub fn run(vm: &mut Vm, quiet: bool) -> i32 {
    session::install_quitters(vm);
    if std::io::stdin().is_terminal() {
        terminal::run(vm, quiet)
    } else {
        if !quiet {
            vm.write_stderr(&format!("{}\n", banner()));
        }
        session::run_piped(vm)
    }
}
