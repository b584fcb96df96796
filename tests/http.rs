//! httpx against a real server: this test starts HTTP and HTTPS servers on
//! 127.0.0.1 (threads of the test process; TLS with a certificate authority
//! made for the test and trusted through `SSL_CERT_FILE`), runs small
//! programs with snippy's built-in httpx (Client and AsyncClient) and checks
//! what they print. Where CPython with the real httpx is at hand
//! (`SNIPPY_PACKAGES_PYTHON`, or the virtual environment the tests make
//! from `tests/cpython-packages.txt`), the same programs run there too and
//! must print the same.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

#[allow(dead_code)] // the redactions are for other tests
mod common;

const SNIPPY: &str = env!("CARGO_BIN_EXE_snippy");

/// A connection the server reads requests from and writes responses to.
trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// One request as the server saw it.
struct Request {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn read_request(reader: &mut BufReader<Box<dyn Stream>>) -> Option<Request> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let path = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.trim().to_owned(), v.trim().to_owned()));
    }
    let mut request = Request {
        method,
        path,
        headers,
        body: Vec::new(),
    };
    let length: usize = request
        .header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    request.body = vec![0; length];
    reader.read_exact(&mut request.body).ok()?;
    Some(request)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        302 => "Found",
        404 => "Not Found",
        418 => "I'm a teapot",
        500 => "Internal Server Error",
        _ => "Unknown",
    }
}

/// The response to `req`: (status, extra headers, body, close after it).
fn route(req: &Request) -> (u16, Vec<(&'static str, String)>, Vec<u8>) {
    let (path, query) = req.path.split_once('?').unwrap_or((&req.path, ""));
    let json = ("Content-Type", "application/json".to_owned());
    let text = ("Content-Type", "text/plain; charset=utf-8".to_owned());
    match path {
        "/json" => {
            let body = serde_json::json!({
                "method": req.method,
                "query": query,
                "body": String::from_utf8_lossy(&req.body),
                "content_type": req.header("content-type").unwrap_or(""),
            })
            .to_string();
            (200, vec![json], body.into_bytes())
        }
        "/headers" => {
            let mut body = String::new();
            for (k, v) in &req.headers {
                if k.eq_ignore_ascii_case("host") {
                    continue;
                }
                body.push_str(&format!("{}: {}\n", k.to_ascii_lowercase(), v));
            }
            (
                200,
                vec![text, ("X-Server", "snippy-test".to_owned())],
                body.into_bytes(),
            )
        }
        "/redirect" => (
            302,
            vec![("Location", "/json?from=redirect".to_owned())],
            Vec::new(),
        ),
        "/gzip" => {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            let _ = enc.write_all("compressed text, ".repeat(20).as_bytes());
            let body = enc.finish().unwrap_or_default();
            (
                200,
                vec![text, ("Content-Encoding", "gzip".to_owned())],
                body,
            )
        }
        _ if path.starts_with("/status/") => {
            let status = path[8..].parse().unwrap_or(500);
            (status, vec![text], reason(status).as_bytes().to_vec())
        }
        _ if path.starts_with("/delay/") => {
            let ms = path[7..].parse().unwrap_or(0);
            std::thread::sleep(Duration::from_millis(ms));
            (200, vec![text], b"done".to_vec())
        }
        _ => (404, vec![text], b"no such page".to_vec()),
    }
}

fn serve(stream: Box<dyn Stream>) {
    let mut reader = BufReader::new(stream);
    while let Some(req) = read_request(&mut reader) {
        let close = req.path == "/close"
            || req
                .header("connection")
                .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        let out = reader.get_mut();
        let written = if req.path == "/chunked" {
            let mut data =
                b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .to_vec();
            for part in ["alpha\n", "beta\n", "gamma\n"] {
                data.extend(format!("{:x}\r\n{part}\r\n", part.len()).into_bytes());
            }
            data.extend(b"0\r\n\r\n");
            out.write_all(&data)
        } else if req.path == "/close" {
            out.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end")
        } else {
            let (status, headers, body) = route(&req);
            let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            let mut data = head.into_bytes();
            if req.method != "HEAD" {
                data.extend(body);
            }
            out.write_all(&data)
        };
        if written.and_then(|_| out.flush()).is_err() || close {
            break;
        }
    }
}

/// Starts a server on 127.0.0.1 (TLS with `tls`); returns its port.
fn start_server(tls: Option<Arc<rustls::ServerConfig>>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let port = listener.local_addr().expect("local address").port();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let tls = tls.clone();
            std::thread::spawn(move || {
                let _ = conn.set_nodelay(true);
                let stream: Box<dyn Stream> = match tls {
                    None => Box::new(conn),
                    Some(config) => match rustls::ServerConnection::new(config) {
                        Ok(session) => Box::new(rustls::StreamOwned::new(session, conn)),
                        Err(_) => return,
                    },
                };
                serve(stream);
            });
        }
    });
    port
}

/// A certificate authority and a server certificate for `localhost` and
/// 127.0.0.1 it signed: (the CA's PEM, the server's TLS settings).
fn tls_pair(name: &str) -> (String, Arc<rustls::ServerConfig>) {
    let mut ca_params = CertificateParams::new(Vec::new()).expect("CA params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, format!("snippy test CA {name}"));
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().expect("CA key"))
        .expect("CA certificate");
    let key = KeyPair::generate().expect("server key");
    let params = CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
        .expect("server params");
    let cert = params.signed_by(&key, &ca).expect("server certificate");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        )
        .expect("server TLS settings");
    (ca.pem(), Arc::new(config))
}

/// The servers every test shares: plain, TLS with the trusted CA, TLS with
/// a CA nobody trusts; and the trusted CA's file.
struct Servers {
    plain: u16,
    tls: u16,
    untrusted: u16,
    ca_file: PathBuf,
}

fn servers() -> &'static Servers {
    static SERVERS: OnceLock<Servers> = OnceLock::new();
    SERVERS.get_or_init(|| {
        let (ca_pem, trusted) = tls_pair("trusted");
        let (_, untrusted) = tls_pair("untrusted");
        let dir = std::env::temp_dir().join(format!("snippy-http-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let ca_file = dir.join("ca.pem");
        std::fs::write(&ca_file, ca_pem).expect("write the CA file");
        Servers {
            plain: start_server(None),
            tls: start_server(Some(trusted)),
            untrusted: start_server(Some(untrusted)),
            ca_file,
        }
    })
}

/// Runs `program` with `-c` on `python`; `sys.argv[1:]` are the ports.
fn run(python: &Path, program: &str) -> Output {
    let s = servers();
    let mut cmd = Command::new(python);
    cmd.arg("-c")
        .arg(program)
        .arg(s.plain.to_string())
        .arg(s.tls.to_string())
        .arg(s.untrusted.to_string())
        .env("SSL_CERT_FILE", &s.ca_file)
        .env_remove("SSL_CERT_DIR")
        .stdin(Stdio::null());
    cmd.output().expect("run the program")
}

fn shown(out: &Output) -> String {
    format!(
        "stdout:\n{}stderr:\n{}status: {:?}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status.code()
    )
}

/// CPython with the real httpx, if there is one; the reason otherwise.
fn packages_python() -> Result<PathBuf, String> {
    static PYTHON: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    PYTHON
        .get_or_init(|| {
            let base = std::env::var_os("SNIPPY_PYTHON")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("python3"));
            common::packages_python(&base)
        })
        .clone()
}

/// Checks that snippy prints `expected` for `program` (exit status 0), and
/// that CPython with httpx prints the same when it is available.
fn check(program: &str, expected: &str) {
    let ours = run(Path::new(SNIPPY), program);
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        expected,
        "snippy printed:\n{}",
        shown(&ours)
    );
    assert_eq!(ours.status.code(), Some(0), "{}", shown(&ours));
    match packages_python() {
        Ok(python) => {
            let theirs = run(&python, program);
            assert_eq!(
                String::from_utf8_lossy(&theirs.stdout),
                expected,
                "CPython + httpx printed:\n{}",
                shown(&theirs)
            );
        }
        Err(why) => eprintln!("note: no CPython with httpx, comparison skipped: {why}"),
    }
}

const PRELUDE: &str = "import sys, asyncio, time, httpx\n\
PORT, TLS_PORT, BAD_PORT = sys.argv[1:4]\n\
BASE = f'http://127.0.0.1:{PORT}'\n";

fn program(body: &str) -> String {
    format!("{PRELUDE}{body}")
}

#[test]
fn sync_client_statuses_headers_json_and_bodies() {
    check(
        &program(
            r#"
with httpx.Client(base_url=BASE) as client:
    r = client.get("/json", params={"q": "a b", "n": 1})
    print(r, r.status_code, r.reason_phrase, r.http_version, r.is_success)
    print(r.headers["CONTENT-TYPE"], r.json())
    r = client.post("/json", json={"name": "snippy", "tags": [1, 2]})
    print(r.json()["body"], r.json()["content_type"])
    r = client.post("/json", data={"a": "1", "b": "x y"})
    print(r.json()["body"], r.json()["content_type"])
    print(client.put("/json", content=b"raw").json()["method"])
    print(client.patch("/json", content="text").json()["body"])
    print(client.delete("/json").json()["method"])
    print(client.head("/json").content, client.options("/json").status_code)
    r = client.get("/headers", headers={"X-Custom": "42"})
    print(r.text, end="")
    print(r.headers["x-server"], "x-server" in r.headers, r.headers.get("nope"))
    r = client.get("/status/404")
    print(r, r.is_error, r.is_client_error, r.text)
    try:
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        print(type(e).__name__, str(e).replace(PORT, "PORT"))
        print(e.response.status_code, e.request.method)
    print(client.get("/status/500").is_server_error)
    print(client.get("/status/201").raise_for_status())
    print(repr(client.get("/gzip").text[:34]))
    print(repr(client.get("/chunked").text))
    print(repr(client.get("/close").text))
    with client.stream("GET", "/chunked") as r:
        print(list(r.iter_lines()))
print(httpx.get(BASE + "/json").json()["method"])
print(httpx.post(BASE + "/json", json=[1]).json()["body"])
import re
r = httpx.post(BASE + "/json", data={"a": "1"}, files={"f": ("a.txt", b"hi")})
print(re.sub("[0-9a-f]{32}", "B", r.json()["body"] + r.json()["content_type"]).split("\r\n"))
"#,
        ),
        "<Response [200 OK]> 200 OK HTTP/1.1 True\n\
application/json {'method': 'GET', 'query': 'q=a+b&n=1', 'body': '', 'content_type': ''}\n\
{\"name\":\"snippy\",\"tags\":[1,2]} application/json\n\
a=1&b=x+y application/x-www-form-urlencoded\n\
PUT\n\
text\n\
DELETE\n\
b'' 200\n\
accept: */*\n\
accept-encoding: gzip, deflate\n\
connection: keep-alive\n\
user-agent: python-httpx/0.28.1\n\
x-custom: 42\n\
snippy-test True None\n\
<Response [404 Not Found]> True True Not Found\n\
HTTPStatusError Client error '404 Not Found' for url 'http://127.0.0.1:PORT/status/404'\n\
For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404\n\
404 GET\n\
True\n\
<Response [201 Created]>\n\
'compressed text, compressed text, '\n\
'alpha\\nbeta\\ngamma\\n'\n\
'until the end'\n\
['alpha', 'beta', 'gamma']\n\
GET\n\
[1]\n\
['--B', 'Content-Disposition: form-data; name=\"a\"', '', '1', '--B', 'Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\"', 'Content-Type: text/plain', '', 'hi', '--B--', 'multipart/form-data; boundary=B']\n",
    );
}

#[test]
fn sync_client_redirects_timeouts_and_errors() {
    check(
        &program(
            r#"
client = httpx.Client()
r = client.get(BASE + "/redirect")
print(r, r.is_redirect, r.has_redirect_location, r.headers["location"])
print(str(r.next_request.url).replace(PORT, "PORT"))
r = client.get(BASE + "/redirect", follow_redirects=True)
print(r, r.history, r.json()["query"], str(r.url).replace(PORT, "PORT"))
try:
    client.get(BASE + "/delay/500", timeout=0.1)
except httpx.TimeoutException as e:
    print(type(e).__name__, repr(str(e)), isinstance(e, httpx.TransportError))
print(client.get(BASE + "/delay/10", timeout=httpx.Timeout(2.0)).text)
client.close()
print(client.is_closed)
for url in ["http://127.0.0.1:1/", "ftp://example.org/", "example.org/x", "http://127.0.0.1:8x/"]:
    try:
        httpx.get(url)
    except (httpx.HTTPError, httpx.InvalidURL) as e:
        print(type(e).__name__, str(e))
with httpx.Client() as c:
    try:
        c.get(f"https://127.0.0.1:{BAD_PORT}/json")
    except httpx.ConnectError as e:
        print(type(e).__name__, e)
    print(c.get(f"https://localhost:{TLS_PORT}/json").json()["method"])
    big = c.post(f"https://localhost:{TLS_PORT}/json", content=b"x" * 300000)
    print(len(big.json()["body"]), len(big.content) > 300000)
with httpx.Client(trust_env=False) as c:
    try:
        c.get(f"https://localhost:{TLS_PORT}/json")
    except httpx.ConnectError as e:
        print("trust_env=False:", e)
print(httpx.get(f"https://127.0.0.1:{BAD_PORT}/status/201", verify=False))
"#,
        ),
        "<Response [302 Found]> True True /json?from=redirect\n\
http://127.0.0.1:PORT/json?from=redirect\n\
<Response [200 OK]> [<Response [302 Found]>] from=redirect http://127.0.0.1:PORT/json?from=redirect\n\
ReadTimeout 'timed out' True\n\
done\n\
True\n\
ConnectError [Errno 111] Connection refused\n\
UnsupportedProtocol Request URL has an unsupported protocol 'ftp://'.\n\
UnsupportedProtocol Request URL is missing an 'http://' or 'https://' protocol.\n\
InvalidURL Invalid port: '8x'\n\
ConnectError [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)\n\
GET\n\
300000 True\n\
trust_env=False: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)\n\
<Response [201 Created]>\n",
    );
}

#[test]
fn async_client_requests_run_concurrently() {
    check(
        &program(
            r#"
async def main():
    async with httpx.AsyncClient(base_url=BASE) as client:
        r = await client.get("/json", params={"page": 2})
        print(r, r.json()["query"])
        r = await client.post("/json", json={"a": 1})
        print(r.json()["body"])
        r = await client.get("/status/404")
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print(str(e).splitlines()[0].replace(PORT, "PORT"))
        r = await client.get("/redirect", follow_redirects=True)
        print(r.history, r.json()["query"])
        print(repr((await client.get("/gzip")).text[:17]))
        async with client.stream("GET", "/chunked") as r:
            print([line async for line in r.aiter_lines()])
        start = time.perf_counter()
        responses = await asyncio.gather(*[client.get(f"/delay/200") for _ in range(50)])
        elapsed = time.perf_counter() - start
        print(len(responses), {r.text for r in responses}, elapsed < 2.0)
        try:
            await client.get("/delay/500", timeout=0.1)
        except httpx.ReadTimeout as e:
            print(type(e).__name__, repr(str(e)))
    async with httpx.AsyncClient() as client:
        try:
            await client.get("http://127.0.0.1:1/")
        except httpx.ConnectError as e:
            print(type(e).__name__, e)
        r = await client.get(f"https://localhost:{TLS_PORT}/json")
        print(r.url.scheme, r.json()["method"])

asyncio.run(main())
"#,
        ),
        "<Response [200 OK]> page=2\n\
{\"a\":1}\n\
Client error '404 Not Found' for url 'http://127.0.0.1:PORT/status/404'\n\
[<Response [302 Found]>] from=redirect\n\
'compressed text, '\n\
['alpha', 'beta', 'gamma']\n\
50 {'done'} True\n\
ReadTimeout ''\n\
ConnectError All connection attempts failed\n\
https GET\n",
    );
}

/// `--http-record` saves what the server answered; `--http-replay` answers
/// from it with no server, and names the missing file otherwise.
#[test]
fn record_then_replay() {
    let s = servers();
    let dir = std::env::temp_dir().join(format!("snippy-http-rec-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let program = format!(
        "import httpx\n\
         r = httpx.get('http://127.0.0.1:{}/json?x=1')\n\
         print(r, r.json()['query'], r.headers['content-type'])\n",
        s.plain
    );
    let run_with = |flag: &str| {
        Command::new(SNIPPY)
            .arg(flag)
            .arg(&dir)
            .arg("-c")
            .arg(&program)
            .output()
            .expect("run snippy")
    };
    let recorded = run_with("--http-record");
    let expected = "<Response [200 OK]> x=1 application/json\n";
    assert_eq!(
        String::from_utf8_lossy(&recorded.stdout),
        expected,
        "{}",
        shown(&recorded)
    );
    let files: Vec<_> = std::fs::read_dir(&dir).expect("recordings").collect();
    assert_eq!(files.len(), 1);
    let replayed = run_with("--http-replay");
    assert_eq!(
        String::from_utf8_lossy(&replayed.stdout),
        expected,
        "{}",
        shown(&replayed)
    );
    let missing = Command::new(SNIPPY)
        .arg("--http-replay")
        .arg(&dir)
        .arg("-c")
        .arg("import httpx\nhttpx.get('http://127.0.0.1:1/other')")
        .output()
        .expect("run snippy");
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.contains("httpx.ConnectError: No recorded response for GET http://127.0.0.1:1/other")
            && err.contains("GET_127.0.0.1_1_other.http"),
        "{err}"
    );
    assert_eq!(missing.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}
