//! The TLS client settings httpx uses by default: certificates verified
//! against the usual public roots, or against the PEM file named by
//! `SSL_CERT_FILE` (httpx's `trust_env`), so tests can trust their own CA.

use std::cell::RefCell;
use std::sync::Arc;

use rustls::{ClientConfig, RootCertStore};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;

thread_local! {
    /// Built once per interpreter thread: loading the roots is not free.
    static CONFIG: RefCell<Option<Arc<ClientConfig>>> = const { RefCell::new(None) };
}

/// The shared client configuration, or a message saying why the trust store
/// could not be loaded.
pub fn client_config() -> Result<Arc<ClientConfig>, String> {
    if let Some(config) = CONFIG.with(|c| c.borrow().clone()) {
        return Ok(config);
    }
    let config = Arc::new(build()?);
    CONFIG.with(|c| *c.borrow_mut() = Some(config.clone()));
    Ok(config)
}

fn roots() -> Result<RootCertStore, String> {
    let mut roots = RootCertStore::empty();
    match std::env::var_os("SSL_CERT_FILE").filter(|p| !p.is_empty()) {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(&path)
                .map_err(|_| "[Errno 2] No such file or directory".to_owned())?;
            for cert in certs {
                let cert = cert.map_err(|e| format!("[X509] PEM lib: {e}"))?;
                roots
                    .add(cert)
                    .map_err(|e| format!("[X509] PEM lib: {e}"))?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    Ok(roots)
}

fn build() -> Result<ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots()?)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// OpenSSL's wording (as Python's `ssl` module shows it) of a TLS failure.
pub fn describe(err: &rustls::Error, host: &str) -> String {
    use rustls::{CertificateError, Error};
    let verify = |why: &str| {
        format!("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {why} (_ssl.c:1006)")
    };
    match err {
        Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
            verify("unable to get local issuer certificate")
        }
        Error::InvalidCertificate(CertificateError::Expired)
        | Error::InvalidCertificate(CertificateError::ExpiredContext { .. }) => {
            verify("certificate has expired")
        }
        Error::InvalidCertificate(CertificateError::NotValidForName)
        | Error::InvalidCertificate(CertificateError::NotValidForNameContext { .. }) => verify(
            &format!("Hostname mismatch, certificate is not valid for '{host}'."),
        ),
        Error::InvalidCertificate(other) => verify(&format!("{other:?}")),
        other => format!("[SSL] {other} (_ssl.c:1006)"),
    }
}
