package org.shoetopia.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDb;

/**
 * Eight terminals run a random mix of everything a shop does — list, restock, change prices, sell
 * (cash and card), refund, start and end flash sales, rate, search — for a bounded time on
 * PostgreSQL; only readable refusals may fail, and every invariant holds at the end.
 */
class SoakTest extends ServiceTest {
    private static final int TERMINALS = 8;
    private static final long RUN_NANOS = 6_000_000_000L;

    SoakTest() {
        super(TestDb.POSTGRESQL);
    }

    @Test
    void aMixedRushLeavesEveryInvariantHolding() {
        List<Actor> owners = List.of(given.owner(), given.owner());
        List<ListingView> listings = new ArrayList<>();
        for (Actor owner : owners) {
            for (int i = 0; i < 3; i++) {
                listings.add(given.listing(owner, (20 + i * 15) + ".00", 40));
            }
        }
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < TERMINALS; i++) {
            buyers.add(given.customer());
        }
        Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + RUN_NANOS;

        var outcome = Race.run(TERMINALS, terminal -> {
            Random random = new Random(terminal);
            Actor buyer = buyers.get(terminal);
            Actor owner = owners.get(terminal % owners.size());
            List<Receipt> myReceipts = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                ListingView listing = listings.get(random.nextInt(listings.size()));
                int choice = random.nextInt(10);
                String operation = switch (choice) {
                    case 0 -> "restock";
                    case 1 -> "price";
                    case 2 -> "sale";
                    case 3 -> "refund";
                    case 4 -> "rate";
                    case 5 -> "search";
                    default -> "sell";
                };
                try {
                    switch (operation) {
                        case "restock" ->
                            app.listings()
                                    .adjustStock(
                                            owner,
                                            listings.get(random.nextInt(3) + 3 * owners.indexOf(owner))
                                                    .listingId(),
                                            1 + random.nextInt(4),
                                            "delivery");
                        case "price" -> {
                            ListingView current = app.search().listing(listing.listingId());
                            Actor seller = owners.get(listings.indexOf(listing) / 3);
                            app.listings()
                                    .changePrice(
                                            seller,
                                            current.listingId(),
                                            current.detailsVersion(),
                                            (10 + random.nextInt(90)) + ".99");
                        }
                        case "sale" -> {
                            if (random.nextBoolean()) {
                                app.flashSales().start(owner, 1 + random.nextInt(6), random.nextInt(60));
                            } else {
                                app.flashSales().end(owner);
                            }
                        }
                        case "refund" -> {
                            if (!myReceipts.isEmpty()) {
                                Receipt receipt = myReceipts.get(random.nextInt(myReceipts.size()));
                                var line = receipt.lines().get(0);
                                Actor seller =
                                        line.shopId() == listings.get(0).shopId() ? owners.get(0) : owners.get(1);
                                app.orders().refund(seller, line.orderLineId(), 1, random.nextBoolean(), "soak return");
                            }
                        }
                        case "rate" -> app.ratings().rate(buyer, listing.shopId(), 1 + random.nextInt(5));
                        case "search" ->
                            app.search().search(SearchCriteria.any().brand("nike"));
                        default -> {
                            app.carts().add(buyer, listing.listingId(), 1 + random.nextInt(2));
                            myReceipts.add(app.checkout()
                                    .checkout(
                                            buyer,
                                            random.nextBoolean() ? Payment.cash(null) : Payment.card("Visa", "4242"),
                                            null));
                        }
                    }
                    done.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
                } catch (ShoetopiaException refused) {
                    done.computeIfAbsent(operation + " refused", key -> new AtomicInteger())
                            .incrementAndGet();
                    if (operation.equals("sell")) {
                        clearCart(buyer);
                    }
                }
            }
            return myReceipts.size();
        });

        assertThat(outcome.failureMessages())
                .as("only readable refusals, caught above")
                .isEmpty();
        assertThat(done.get("sell")).as("the terminals sold").isNotNull();
        assertThat(done.get("sell").get()).isGreaterThan(50);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    private void clearCart(Actor buyer) {
        try {
            app.carts()
                    .view(buyer)
                    .lines()
                    .forEach(line -> app.carts().remove(buyer, line.listing().listingId()));
        } catch (ShoetopiaException ignored) {
            // the next round starts from whatever is left
        }
    }
}
