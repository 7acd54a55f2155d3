package org.shoetopia.reliability;

import java.nio.file.Path;
import java.time.Clock;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;

/** A terminal on the embedded H2 file that sells as fast as it can until it is killed. Run by H2KilledMidWriteTest. */
public final class H2Writer {
    private H2Writer() {}

    public static void main(String[] args) {
        Services app =
                Services.open(DatabaseConfig.embedded(Path.of(args[0])), ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        var listing = given.listing(owner, "20.00", 100_000);
        app.flashSales().start(owner, 50, 30);
        for (int sale = 1; ; sale++) {
            Actor buyer = sale % 2 == 0 ? owner : given.customer();
            app.carts().add(buyer, listing.listingId(), 1 + sale % 3);
            app.checkout().checkout(buyer, Payment.cash(null), null);
            if (sale % 2 == 1 && sale > 1) {
                app.listings().adjustStock(owner, listing.listingId(), 1, "found one");
            }
            System.out.println("sold " + sale);
        }
    }
}
