#include "certificates.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace safehaven {
namespace {

// Clock skew between the desk, the relay and phones: certificates start a little in the past.
constexpr long kBackdateSeconds = 5 * 60;
constexpr int kMaxValidDays = 20 * 365;

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

Error failure(const char *what)
{
    return makeError(ErrorCode::CryptoFailure,
                     QStringLiteral("certificate: %1 failed").arg(QString::fromLatin1(what)));
}

PKeyPtr newKey()
{
    return PKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

QByteArray certificateToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

X509Ptr certificateFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return nullptr;
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PKeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio)
        return nullptr;
    return PKeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool validCommonName(const QString &name)
{
    // One RDN with no separators, so the relay's exact "CN=<name>" match cannot be confused.
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u' ' || c == u'_' ||
              c == u':'))
            return false;
    }
    return !name.startsWith(u' ') && !name.endsWith(u' ');
}

// A certificate with subject CN=commonName, a random positive 127-bit serial and the validity.
X509Ptr newCertificate(const QString &commonName, int validDays, EVP_PKEY *publicKey)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return nullptr;
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f;
    BnPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return nullptr;
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kBackdateSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, 0, nullptr))
        return nullptr;
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   static_cast<int>(cn.size()), -1, 0) != 1)
        return nullptr;
    if (X509_set_pubkey(cert.get(), publicKey) != 1)
        return nullptr;
    return cert;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

struct Extension
{
    int nid;
    QByteArray value;
};

Result<Credential> finish(X509 *cert, X509 *issuer, EVP_PKEY *subjectKey, EVP_PKEY *signingKey,
                          const QList<Extension> &extensions)
{
    if (X509_set_issuer_name(cert, X509_get_subject_name(issuer)) != 1)
        return failure("issuer name");
    for (const Extension &ext : extensions) {
        if (!addExtension(cert, issuer, ext.nid, ext.value.constData()))
            return failure("extension");
    }
    if (X509_sign(cert, signingKey, EVP_sha256()) <= 0)
        return failure("signing");
    Credential out{certificateToPem(cert), keyToPem(subjectKey)};
    if (out.certificatePem.isEmpty() || out.privateKeyPem.isEmpty())
        return failure("PEM encoding");
    return out;
}

Status checkArguments(const QString &commonName, int validDays)
{
    if (!validCommonName(commonName))
        return makeError(ErrorCode::Malformed, QStringLiteral("certificate: invalid name"));
    if (validDays < 1 || validDays > kMaxValidDays)
        return makeError(ErrorCode::Malformed, QStringLiteral("certificate: invalid validity"));
    return success();
}

} // namespace

Result<Credential> makeCertificateAuthority(const QString &commonName, int validDays)
{
    if (Status s = checkArguments(commonName, validDays); !s)
        return s.error();
    PKeyPtr key = newKey();
    if (!key)
        return failure("key generation");
    X509Ptr cert = newCertificate(commonName, validDays, key.get());
    if (!cert)
        return failure("certificate");
    // pathlen:0: the CA signs end-entity certificates only.
    return finish(cert.get(), cert.get(), key.get(), key.get(),
                  {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                   {NID_key_usage, "critical,keyCertSign,cRLSign"},
                   {NID_subject_key_identifier, "hash"},
                   {NID_authority_key_identifier, "keyid:always"}});
}

Result<Credential> makeServerCertificate(const QString &host, int validDays)
{
    if (Status s = checkArguments(host, validDays); !s)
        return s.error();
    QByteArray san = "IP:127.0.0.1,DNS:localhost";
    const QHostAddress address(host);
    if (!address.isNull()) {
        if (address != QHostAddress(QHostAddress::LocalHost))
            san += ",IP:" + address.toString().toLatin1();
    } else if (host != QLatin1String("localhost")) {
        // A DNS name: letters, digits, dots and hyphens only (no commas to inject entries).
        for (const QChar c : host) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-')
                return makeError(ErrorCode::Malformed, QStringLiteral("certificate: bad host"));
        }
        san += ",DNS:" + host.toLatin1();
    }
    PKeyPtr key = newKey();
    if (!key)
        return failure("key generation");
    X509Ptr cert = newCertificate(host, validDays, key.get());
    if (!cert)
        return failure("certificate");
    // Self-signed and pinned by devices as their only trust anchor; not a CA.
    return finish(cert.get(), cert.get(), key.get(), key.get(),
                  {{NID_basic_constraints, "critical,CA:FALSE"},
                   {NID_key_usage, "critical,digitalSignature"},
                   {NID_ext_key_usage, "serverAuth"},
                   {NID_subject_alt_name, san},
                   {NID_subject_key_identifier, "hash"},
                   {NID_authority_key_identifier, "keyid:always"}});
}

Result<Credential> issueClientCertificate(const Credential &authority, const QString &commonName,
                                          int validDays)
{
    if (Status s = checkArguments(commonName, validDays); !s)
        return s.error();
    X509Ptr caCert = certificateFromPem(authority.certificatePem);
    PKeyPtr caKey = keyFromPem(authority.privateKeyPem);
    if (!caCert || !caKey)
        return makeError(ErrorCode::Malformed, QStringLiteral("certificate: unreadable authority"));
    if (X509_check_private_key(caCert.get(), caKey.get()) != 1)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("certificate: authority key does not match"));
    PKeyPtr key = newKey();
    if (!key)
        return failure("key generation");
    X509Ptr cert = newCertificate(commonName, validDays, key.get());
    if (!cert)
        return failure("certificate");
    return finish(cert.get(), caCert.get(), key.get(), caKey.get(),
                  {{NID_basic_constraints, "critical,CA:FALSE"},
                   {NID_key_usage, "critical,digitalSignature"},
                   {NID_ext_key_usage, "clientAuth"},
                   {NID_subject_key_identifier, "hash"},
                   {NID_authority_key_identifier, "keyid:always"}});
}

QByteArray certificateSha256(const QByteArray &certificatePem)
{
    X509Ptr cert = certificateFromPem(certificatePem);
    if (!cert)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &size) != 1 || size != 32)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(size));
}

} // namespace safehaven
