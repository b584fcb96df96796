//! The TLS client settings of httpx's `verify=`: by default certificates
//! are verified against the usual public roots, or against the PEM file
//! named by `SSL_CERT_FILE` (httpx's `trust_env`, so tests can trust their
//! own CA); `verify="ca.pem"` names the file itself; `verify=False` checks
//! nothing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

/// What `verify=` asked for.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Verify {
    /// The default roots (or `SSL_CERT_FILE` / `SSL_CERT_DIR`).
    Default,
    /// The public roots, ignoring the environment (`trust_env=False`).
    PublicRoots,
    /// The certificates in this PEM file.
    File(String),
    /// No verification at all.
    Off,
}

thread_local! {
    /// Built once per interpreter thread and mode: loading roots is not free.
    static CONFIGS: RefCell<HashMap<Verify, Arc<ClientConfig>>> = RefCell::new(HashMap::new());
}

/// The shared client configuration for `verify`, or a message saying why
/// the trust store could not be loaded.
pub fn client_config(verify: &Verify) -> Result<Arc<ClientConfig>, String> {
    if let Some(config) = CONFIGS.with(|c| c.borrow().get(verify).cloned()) {
        return Ok(config);
    }
    let config = Arc::new(build(verify)?);
    CONFIGS.with(|c| c.borrow_mut().insert(verify.clone(), config.clone()));
    Ok(config)
}

fn add_pem_file(roots: &mut RootCertStore, path: &std::path::Path) -> Result<(), String> {
    let certs = CertificateDer::pem_file_iter(path).map_err(|e| match e {
        rustls::pki_types::pem::Error::Io(e) => format!(
            "[Errno {}] {}",
            e.raw_os_error().unwrap_or(0),
            crate::objects::os_error::strerror(&e)
        ),
        other => format!("[X509] PEM lib: {other}"),
    })?;
    for cert in certs {
        let cert = cert.map_err(|e| format!("[X509] PEM lib: {e}"))?;
        roots
            .add(cert)
            .map_err(|e| format!("[X509] PEM lib: {e}"))?;
    }
    Ok(())
}

/// The trusted roots: `verify`'s file, else (with httpx's `trust_env`)
/// `SSL_CERT_FILE` or the PEM files of `SSL_CERT_DIR`, else the public roots.
fn roots(verify: &Verify) -> Result<RootCertStore, String> {
    let mut roots = RootCertStore::empty();
    let env = |name| std::env::var_os(name).filter(|p: &std::ffi::OsString| !p.is_empty());
    let file = match verify {
        Verify::File(path) => Some(std::ffi::OsString::from(path)),
        Verify::Default => env("SSL_CERT_FILE"),
        _ => None,
    };
    if let Some(path) = file {
        add_pem_file(&mut roots, path.as_ref())?;
        return Ok(roots);
    }
    if let (Verify::Default, Some(dir)) = (verify, env("SSL_CERT_DIR")) {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            // Files that are not PEM certificates are skipped, as OpenSSL's
            // lookup in a certificate directory never uses them.
            let _ = add_pem_file(&mut roots, &entry.path());
        }
        return Ok(roots);
    }
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    Ok(roots)
}

fn build(verify: &Verify) -> Result<ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let mut config = match verify {
        Verify::Off => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerification(provider)))
            .with_no_client_auth(),
        _ => builder
            .with_root_certificates(roots(verify)?)
            .with_no_client_auth(),
    };
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
        Error::InvalidCertificate(CertificateError::NotValidYet)
        | Error::InvalidCertificate(CertificateError::NotValidYetContext { .. }) => {
            verify("certificate is not yet valid")
        }
        Error::InvalidCertificate(CertificateError::BadSignature) => {
            verify("certificate signature failure")
        }
        Error::InvalidCertificate(CertificateError::Revoked) => verify("certificate revoked"),
        Error::InvalidCertificate(CertificateError::InvalidPurpose)
        | Error::InvalidCertificate(CertificateError::InvalidPurposeContext { .. }) => {
            verify("unsupported certificate purpose")
        }
        // A CA certificate serving as the server's own: what `openssl req
        // -x509` makes, the usual self-signed certificate.
        Error::InvalidCertificate(CertificateError::Other(other))
            if format!("{other:?}").contains("CaUsedAsEndEntity") =>
        {
            verify("self-signed certificate")
        }
        Error::InvalidCertificate(other) => verify(&other.to_string()),
        other => format!("[SSL] {other} (_ssl.c:1006)"),
    }
}

/// `verify=False`: any certificate is accepted; signatures are still checked
/// so the handshake itself is sound.
#[derive(Debug)]
struct NoVerification(Arc<CryptoProvider>);

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
