//! Command-line parsing with CPython's conventions: options end at the first
//! non-option (the script), `-c` takes the rest as `sys.argv[1:]`, and bad
//! usage prints CPython's message and exits with status 2.

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Run a file; `argv` starts with its path.
    File {
        path: String,
        argv: Vec<String>,
    },
    /// `-c CODE`.
    Code {
        code: String,
        argv: Vec<String>,
    },
    /// `-` or no arguments with stdin not a terminal: run stdin.
    Stdin {
        argv: Vec<String>,
    },
    /// No program: the interactive prompt.
    Repl,
    /// `--dis FILE`: print the bytecode.
    Dis {
        path: String,
    },
    Version,
    Help,
}

/// Flags that change how a command runs.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-i`: open the interactive prompt after running the program (and on
    /// piped stdin read it as an interactive session).
    pub inspect: bool,
    /// `-q`: no banner when the interactive prompt starts.
    pub quiet: bool,
    /// `-W ARG` options, in order (`sys.warnoptions`).
    pub warnoptions: Vec<String>,
    /// `--http-replay DIR` / `--http-record DIR`: httpx answers from (or
    /// saves to) recorded responses.
    pub http: Option<crate::stdlib::httpx::Recording>,
}

/// A usage error, already worded as CPython words it (without the usage lines).
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    parse_with_flags(args).map(|(command, _)| command)
}

/// Parses the arguments after the program name, with the flags seen before
/// the program.
pub fn parse_with_flags(args: &[String]) -> Result<(Command, Flags), UsageError> {
    let mut flags = Flags::default();
    let command = parse_command(args, &mut flags)?;
    Ok((command, flags))
}

fn parse_command(args: &[String], seen: &mut Flags) -> Result<Command, UsageError> {
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "-" {
            return Ok(Command::Stdin {
                argv: args[i..].to_vec(),
            });
        }
        if arg == "--version" {
            return Ok(Command::Version);
        }
        if arg == "--help" {
            return Ok(Command::Help);
        }
        if arg == "--dis" {
            return match args.get(i + 1) {
                Some(path) => Ok(Command::Dis { path: path.clone() }),
                None => Err(UsageError("Argument expected for the --dis option".into())),
            };
        }
        if arg == "--http-replay" || arg == "--http-record" {
            let Some(dir) = args.get(i + 1) else {
                return Err(UsageError(format!(
                    "Argument expected for the {arg} option"
                )));
            };
            let dir = std::path::PathBuf::from(dir);
            seen.http = Some(if arg == "--http-replay" {
                crate::stdlib::httpx::Recording::Replay(dir)
            } else {
                crate::stdlib::httpx::Recording::Record(dir)
            });
            i += 2;
            continue;
        }
        if arg.starts_with("--") {
            return Err(UsageError(format!("unknown option {arg}")));
        }
        if let Some(flags) = arg.strip_prefix('-') {
            let mut next = i + 1;
            for (pos, flag) in flags.char_indices() {
                match flag {
                    'W' => {
                        let rest = &flags[pos + 1..];
                        if !rest.is_empty() {
                            seen.warnoptions.push(rest.to_owned());
                        } else {
                            match args.get(i + 1) {
                                Some(w) => {
                                    seen.warnoptions.push(w.clone());
                                    next = i + 2;
                                }
                                None => {
                                    return Err(UsageError(
                                        "Argument expected for the -W option".into(),
                                    ))
                                }
                            }
                        }
                        break;
                    }
                    'c' => {
                        let rest = &flags[pos + 1..];
                        let (code, next) = if !rest.is_empty() {
                            (rest.to_owned(), i + 1)
                        } else {
                            match args.get(i + 1) {
                                Some(c) => (c.clone(), i + 2),
                                None => {
                                    return Err(UsageError(
                                        "Argument expected for the -c option".into(),
                                    ))
                                }
                            }
                        };
                        let mut argv = vec!["-c".to_owned()];
                        argv.extend(args[next..].iter().cloned());
                        return Ok(Command::Code { code, argv });
                    }
                    'V' => return Ok(Command::Version),
                    'h' | '?' => return Ok(Command::Help),
                    'i' => seen.inspect = true,
                    'q' => seen.quiet = true,
                    'S' | 'u' | 'B' | 'E' | 's' | 'I' | 'O' | 'b' | 'd' | 'v' => {}
                    other => return Err(UsageError(format!("Unknown option: -{other}"))),
                }
            }
            i = next;
            continue;
        }
        return Ok(Command::File {
            path: arg.clone(),
            argv: args[i..].to_vec(),
        });
    }
    Ok(Command::Repl)
}

/// The `-h` text.
pub fn help(program: &str) -> String {
    format!(
        "usage: {program} [option] ... [-c cmd | file | -] [arg] ...\n\
         Options:\n\
         -c cmd : program passed in as string (terminates option list)\n\
         -h     : print this help message and exit (also -? or --help)\n\
         -i     : inspect interactively after running script; forces a prompt even\n\
         \x20        if stdin does not appear to be a terminal\n\
         -q     : don't print version and copyright messages on interactive startup\n\
         -V     : print the version number and exit (also --version)\n\
         -W arg : warning control; arg is action:message:category:module:lineno\n\
         --dis file : print the bytecode snippy compiles file to\n\
         --http-replay dir : httpx answers every request from the recordings in dir\n\
         --http-record dir : httpx records every response it gets in dir\n\
         file   : program read from script file\n\
         -      : program read from stdin (default; interactive mode if a tty)\n\
         arg ...: arguments passed to program in sys.argv[1:]\n"
    )
}

/// The two lines CPython prints after a usage error.
pub fn usage(program: &str) -> String {
    format!(
        "usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
         Try `python -h' for more information.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_like_cpython() {
        assert_eq!(
            parse(&args(&["a.py", "-c", "x"])),
            Ok(Command::File {
                path: "a.py".into(),
                argv: args(&["a.py", "-c", "x"])
            })
        );
        assert_eq!(
            parse(&args(&["-c", "print(1)", "x"])),
            Ok(Command::Code {
                code: "print(1)".into(),
                argv: args(&["-c", "x"])
            })
        );
        assert_eq!(
            parse(&args(&["-c"])),
            Err(UsageError("Argument expected for the -c option".into()))
        );
        assert_eq!(
            parse(&args(&["--foo"])),
            Err(UsageError("unknown option --foo".into()))
        );
        assert_eq!(
            parse(&args(&["-Z"])),
            Err(UsageError("Unknown option: -Z".into()))
        );
        assert_eq!(
            parse(&args(&["-q", "-"])),
            Ok(Command::Stdin { argv: args(&["-"]) })
        );
        assert_eq!(parse(&args(&[])), Ok(Command::Repl));
        assert_eq!(
            parse_with_flags(&args(&["-qi", "a.py", "-i"])),
            Ok((
                Command::File {
                    path: "a.py".into(),
                    argv: args(&["a.py", "-i"])
                },
                Flags {
                    inspect: true,
                    quiet: true,
                    ..Flags::default()
                }
            ))
        );
        assert_eq!(
            parse_with_flags(&args(&[
                "-W",
                "error",
                "-Wignore::DeprecationWarning",
                "a.py"
            ])),
            Ok((
                Command::File {
                    path: "a.py".into(),
                    argv: args(&["a.py"])
                },
                Flags {
                    warnoptions: args(&["error", "ignore::DeprecationWarning"]),
                    ..Flags::default()
                }
            ))
        );
        assert_eq!(
            parse_with_flags(&args(&["--http-replay", "rec", "a.py"])),
            Ok((
                Command::File {
                    path: "a.py".into(),
                    argv: args(&["a.py"])
                },
                Flags {
                    http: Some(crate::stdlib::httpx::Recording::Replay("rec".into())),
                    ..Flags::default()
                }
            ))
        );
        assert_eq!(
            parse(&args(&["--http-record"])),
            Err(UsageError(
                "Argument expected for the --http-record option".into()
            ))
        );
        assert_eq!(
            parse(&args(&["-W"])),
            Err(UsageError("Argument expected for the -W option".into()))
        );
    }
}
