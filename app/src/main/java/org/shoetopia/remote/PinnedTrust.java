package org.shoetopia.remote;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.shoetopia.wire.Fingerprint;

/**
 * Whom a till trusts as its server. With a pinned fingerprint, exactly the certificate the server
 * printed on its first start (its name is not checked: the pin is stronger). Without one, the
 * system's certificate authorities and the host name, as a browser would.
 */
final class PinnedTrust extends X509ExtendedTrustManager {
    private final String pinned;

    private PinnedTrust(String pinned) {
        this.pinned = Fingerprint.normalised(pinned);
    }

    /** TLS that trusts only the pinned certificate, or the system's authorities when {@code pinned} is blank. */
    static SSLContext context(String pinned) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        TrustManager[] trust;
        if (pinned == null || pinned.isBlank()) {
            TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            system.init((KeyStore) null);
            trust = system.getTrustManagers();
        } else {
            trust = new TrustManager[] {new PinnedTrust(pinned)};
        }
        context.init(null, trust, null);
        return context;
    }

    /** TLS that trusts anything and tells what it was shown: only to read a new server's fingerprint for the user. */
    static SSLContext recording(String[] seen) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String authType)
                                throws CertificateException {
                            throw new CertificateException("A till never trusts clients");
                        }

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String authType) {
                            seen[0] = Fingerprint.of(chain[0]);
                        }

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        return context;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null
                || chain.length == 0
                || !Fingerprint.normalised(Fingerprint.of(chain[0])).equals(pinned)) {
            throw new CertificateException(
                    "The server's certificate is not the one this terminal was set up with (fingerprint mismatch)");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("A till never trusts clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("A till never trusts clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("A till never trusts clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
