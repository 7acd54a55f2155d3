package org.shoetopia.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.wire.Fingerprint;

/**
 * The server's TLS key and certificate: PEM files (a certificate chain and its private key, as a
 * certificate authority or certbot gives them), or a PKCS#12 key store. On first start without
 * either, a self-signed certificate (ECDSA P-256, ten years, for localhost, 127.0.0.1 and this host's
 * name) is made and saved owner-only; tills pin its SHA-256 fingerprint, which the server prints.
 */
public final class ServerCertificate {
    static final String ALIAS = "shoetopia";

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private ServerCertificate(KeyStore keyStore, char[] password) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.password = password;
        String alias = keyStore.aliases().nextElement();
        this.certificate = (X509Certificate) keyStore.getCertificate(alias);
    }

    /** The server's certificate as configured: its PEM files, else its key store (made when there is none). */
    public static ServerCertificate of(ServerConfig config) throws IOException, GeneralSecurityException {
        if (config.certificatePem() != null || config.keyPem() != null) {
            if (config.certificatePem() == null || config.keyPem() == null) {
                throw new ValidationException(
                        "tls",
                        "A PEM certificate needs both tls.certificate and tls.key (the chain and its private key)");
            }
            return fromPem(config.certificatePem(), config.keyPem());
        }
        return loadOrCreate(config.keyStore(), config.keyStorePassword());
    }

    /**
     * A certificate chain and its unencrypted private key from PEM files (PKCS#8, or the older
     * "EC/RSA PRIVATE KEY" forms), read by Bouncy Castle's parser, which knows every form OpenSSL
     * writes; the key must be the certificate's.
     */
    static ServerCertificate fromPem(Path certificateFile, Path keyFile) throws IOException, GeneralSecurityException {
        List<Certificate> chain = new ArrayList<>();
        try (InputStream in = Files.newInputStream(certificateFile)) {
            chain.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
        } catch (CertificateException e) {
            throw new ValidationException(
                    "tls.certificate", certificateFile + " is not a PEM certificate: " + e.getMessage());
        }
        if (chain.isEmpty()) {
            throw new ValidationException("tls.certificate", certificateFile + " holds no certificate");
        }
        PrivateKey key = privateKey(keyFile);
        X509Certificate leaf = (X509Certificate) chain.get(0);
        if (!matches(key, leaf)) {
            throw new ValidationException(
                    "tls.key", "The key in " + keyFile + " is not the key of the certificate in " + certificateFile);
        }
        char[] secret = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, secret, chain.toArray(Certificate[]::new));
        return new ServerCertificate(store, secret);
    }

    private static PrivateKey privateKey(Path keyFile) throws IOException {
        Object parsed;
        try (PEMParser parser = new PEMParser(Files.newBufferedReader(keyFile, StandardCharsets.US_ASCII))) {
            parsed = parser.readObject();
        }
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        if (parsed instanceof PEMKeyPair pair) {
            // OpenSSL's own files carry the public half; a key written without it is read too.
            return pair.getPublicKeyInfo() != null
                    ? converter.getKeyPair(pair).getPrivate()
                    : converter.getPrivateKey(pair.getPrivateKeyInfo());
        }
        if (parsed instanceof PrivateKeyInfo info) {
            return converter.getPrivateKey(info);
        }
        if (parsed instanceof PEMEncryptedKeyPair || parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
            throw new ValidationException(
                    "tls.key",
                    "The key in " + keyFile + " is encrypted; the server reads an unencrypted key kept owner-only"
                            + " (openssl pkey -in " + keyFile + " -out server.key; chmod 600 server.key)");
        }
        throw new ValidationException("tls.key", keyFile + " holds no PEM private key");
    }

    /** Whether the key signs what the certificate's public key verifies. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) throws GeneralSecurityException {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256with" + key.getAlgorithm();
        byte[] probe = "shoetopia key check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(probe);
        try {
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        }
    }

    /** Loads the key store, or makes and saves a self-signed one when there is none. */
    public static ServerCertificate loadOrCreate(Path file, String password)
            throws IOException, GeneralSecurityException {
        char[] secret = password.toCharArray();
        if (Files.isRegularFile(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, secret);
            }
            return new ServerCertificate(store, secret);
        }
        KeyStore store = selfSigned(secret);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path written = OwnerOnly.createFile(file);
        try (OutputStream out = Files.newOutputStream(written)) {
            store.store(out, secret);
        }
        return new ServerCertificate(store, secret);
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public char[] password() {
        return password.clone();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** "AB:CD:…", the SHA-256 of the certificate, as a till shows it for comparing. */
    public String fingerprint() {
        return Fingerprint.of(certificate);
    }

    private static KeyStore selfSigned(char[] password) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Shoetopia server");
        Instant now = Instant.now();
        List<GeneralName> names = new ArrayList<>(List.of(
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        if (!host.equals("localhost")) {
            names.add(new GeneralName(GeneralName.dNSName, host));
        }
        try {
            var builder = new JcaX509v3CertificateBuilder(
                            name,
                            new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(3650))),
                            name,
                            pair.getPublic())
                    .addExtension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(names.toArray(GeneralName[]::new)));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
            return store;
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign the certificate", e);
        }
    }
}
