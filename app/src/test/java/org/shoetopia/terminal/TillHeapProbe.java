package org.shoetopia.terminal;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.remote.RemoteApi;

/**
 * Run in a JVM of its own by {@link TillHoldsNoDatabaseLoginTest}: starts as the desktop app does
 * in server mode (the data folder from SHOETOPIA_HOME, the settings read from it), signs in, sells
 * a shoe, then dumps its heap (live objects only) for the test to search.
 * Arguments: email, password, listing id, heap dump file.
 */
public final class TillHeapProbe {
    private TillHeapProbe() {}

    public static void main(String[] arguments) throws Exception {
        TerminalSettings settings =
                new TerminalSettings(DataFolder.forCurrentUser(System.getenv()).create(), System.getenv());
        TerminalSettings.Server server = settings.server().orElseThrow();
        try (RemoteApi till = RemoteApi.connect(server.url(), server.fingerprint())) {
            Actor me = till.api().accounts().logIn(arguments[0], arguments[1]).actor();
            till.api().carts().add(me, Long.parseLong(arguments[2]), 1);
            till.api().checkout().checkout(me, Payment.cash(null), "heap-probe");
            ManagementFactory.newPlatformMXBeanProxy(
                            ManagementFactory.getPlatformMBeanServer(),
                            "com.sun.management:type=HotSpotDiagnostic",
                            HotSpotDiagnosticMXBean.class)
                    .dumpHeap(arguments[3], true);
        }
        System.out.println("sold and dumped");
    }
}
