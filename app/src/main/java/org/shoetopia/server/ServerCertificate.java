package org.shoetopia.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.shoetopia.wire.Fingerprint;

/**
 * The server's TLS key and certificate in a PKCS#12 key store. On first start without one, a
 * self-signed certificate (ECDSA P-256, ten years, for localhost, 127.0.0.1 and this host's name)
 * is made and saved owner-only; tills pin its SHA-256 fingerprint, which the server prints.
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
        Path written = Files.createFile(file);
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions protect it
        }
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
