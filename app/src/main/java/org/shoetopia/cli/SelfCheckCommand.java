package org.shoetopia.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Migrates a throwaway embedded database, runs sign-up → shop → listing → flash sale → checkout
 * (sequentially, then eight terminals at once), prints what it did, and checks every invariant.
 */
@Command(
        name = "self-check",
        description = {
            "Runs a sale flow in a throwaway database and checks every invariant.",
            "Sign-up, shop, listing, flash sale, checkout (alone, then 8 terminals at once), refund.",
            "Exits 0 only if every invariant holds."
        })
final class SelfCheckCommand implements Callable<Integer> {
    private static final int SALE_UNITS = 5;
    private static final int RACING_TERMINALS = 8;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("shoetopia-self-check");
        List<String> failures = new ArrayList<>();
        try (Services services = Services.open(
                DatabaseConfig.embedded(folder).withPoolSize(RACING_TERMINALS + 2),
                PasswordHasher.recommended(),
                Clock.systemUTC())) {
            out.println("Migrated a throwaway " + services.database().kind() + " database in " + folder);
            Actor owner = services.accounts()
                    .signUp("Self Check Owner", "owner@self-check.invalid", "self-check-password")
                    .actor();
            long shopId = services.shops().createShop(owner, "Self Check Shoes");
            out.println("Signed up an owner and created shop " + shopId);
            ListingView listing = services.listings()
                    .create(
                            owner,
                            new ListingForm("Nike", "black", "Air Max 90", "10.5", "new", "men", "100.00", "20"));
            out.println("Listed " + listing.description() + " at " + listing.price() + ", stock " + listing.stock());
            services.flashSales().start(owner, SALE_UNITS, 25);
            out.println("Started a flash sale: first " + SALE_UNITS + " units at 25% off");

            Actor customer = services.accounts()
                    .signUp("Self Check Customer", "customer@self-check.invalid", "self-check-password")
                    .actor();
            services.carts().add(customer, listing.listingId(), 2);
            Receipt first = services.checkout().checkout(customer, Payment.card("Visa", "4242"), null);
            out.println("Checked out order " + first.orderNumber() + ": 2 units, " + first.saleUnits()
                    + " at the sale price, total " + first.total());
            expect(failures, "first checkout took 2 sale units", first.saleUnits() == 2);
            expect(failures, "first checkout charged 2 x 75.00", first.total().equals(Money.ofCents(15_000)));
            services.ratings().rate(customer, shopId, 5);

            List<Actor> racers = new ArrayList<>();
            for (int i = 0; i < RACING_TERMINALS; i++) {
                Actor racer = services.accounts()
                        .signUp("Racer " + i, "racer" + i + "@self-check.invalid", "self-check-password")
                        .actor();
                services.carts().add(racer, listing.listingId(), 1);
                racers.add(racer);
            }
            List<Receipt> raced = race(services, racers);
            int racedSaleUnits = raced.stream().mapToInt(Receipt::saleUnits).sum();
            out.println(RACING_TERMINALS + " terminals checked out at once: " + raced.size() + " orders, "
                    + racedSaleUnits + " units at the sale price");
            expect(
                    failures,
                    "exactly " + SALE_UNITS + " sale units sold in all",
                    first.saleUnits() + racedSaleUnits == SALE_UNITS);
            expect(failures, "every racing checkout succeeded", raced.size() == RACING_TERMINALS);
            expect(
                    failures,
                    "stock is 20 - 2 - " + RACING_TERMINALS,
                    services.search().listing(listing.listingId()).stock() == 20 - 2 - RACING_TERMINALS);
            Money expectedBalance =
                    first.total().plus(raced.stream().map(Receipt::total).reduce(Money.ZERO, Money::plus));
            expect(
                    failures,
                    "the shop's balance is what its orders charged (" + expectedBalance + ")",
                    services.shops().dashboard(owner).balance().equals(expectedBalance));

            var refund = services.orders().refund(owner, first.lines().get(0).orderLineId(), 1, true, "self-check");
            out.println("Refunded 1 unit of order " + first.orderNumber() + ": " + refund.amount());

            out.println("Invariants:");
            for (Invariants.Check check : Invariants.check(services.database().dataSource())) {
                out.println("  " + check);
                if (!check.holds()) {
                    failures.add(check.invariant());
                }
            }
        } catch (ShoetopiaException e) {
            failures.add("the flow failed: " + e.getMessage());
        } finally {
            DataFolder.deleteTree(folder);
        }
        if (failures.isEmpty()) {
            out.println("Self-check passed.");
            return 0;
        }
        failures.forEach(failure -> spec.commandLine().getErr().println("FAILED: " + failure));
        return 1;
    }

    private static List<Receipt> race(Services services, List<Actor> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<Receipt>> futures = new ArrayList<>();
            for (Actor racer : racers) {
                futures.add(pool.submit(() -> services.checkout().checkout(racer, Payment.cash(null), null)));
            }
            List<Receipt> receipts = new ArrayList<>();
            for (Future<Receipt> future : futures) {
                receipts.add(future.get());
            }
            return receipts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expect(List<String> failures, String what, boolean holds) {
        if (!holds) {
            failures.add(what);
        }
    }
}
