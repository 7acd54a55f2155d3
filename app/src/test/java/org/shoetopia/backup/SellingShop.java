package org.shoetopia.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;

/**
 * Run in a JVM of its own by {@link BackupTest}: the desktop app's back end on the embedded database
 * in {@code args[0]}, its backups started as the app starts them, selling until it is killed.
 */
public final class SellingShop {
    private SellingShop() {}

    public static void main(String[] args) {
        Path dataFolder = Path.of(args[0]);
        Services app = Services.open(DatabaseConfig.embedded(dataFolder), ServiceTest.TEST_HASHER, Clock.systemUTC());
        new BackupSchedule(app.database(), dataFolder, Optional::empty, 14, Clock.systemUTC()).start();
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        long listingId = given.listing(owner, "25.00", 100_000).listingId();
        Actor customer = given.customer();
        for (int sale = 1; ; sale++) {
            app.carts().add(customer, listingId, 1);
            app.checkout().checkout(customer, Payment.cash(null), null);
            System.out.println("sold " + sale);
        }
    }
}
