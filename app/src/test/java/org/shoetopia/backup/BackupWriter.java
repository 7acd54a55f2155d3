package org.shoetopia.backup;

import java.nio.file.Path;
import java.time.Clock;
import org.shoetopia.api.Actor;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;

/**
 * Run in a JVM of its own by {@link BackupTest}: a terminal on the embedded database in {@code args[0]}
 * that fills it with a few hundred listings, then backs it up to {@code args[1]} over and over until
 * it is killed.
 */
public final class BackupWriter {
    private BackupWriter() {}

    public static void main(String[] args) {
        Services app =
                Services.open(DatabaseConfig.embedded(Path.of(args[0])), ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        for (int i = 0; i < 400; i++) {
            var listing = given.listing(owner, "20.00", 50);
            if (i % 4 == 0) {
                given.purchase(given.customer(), listing.listingId(), 2);
            }
        }
        System.out.println("ready");
        for (int backups = 1; ; backups++) {
            Backups.create(app.database().dataSource(), Path.of(args[1]), Clock.systemUTC());
            System.out.println("backed up " + backups);
        }
    }
}
