//! The `snippy` command line.
fn main() {
    eprintln!("snippy: not built yet");
    std::process::exit(1);
}
