package org.shoetopia.service;

import java.time.Clock;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;

/** Every service of one terminal, built once over one database, by constructor (no statics, no locator). */
public record Services(
        Database database,
        AccountService accounts,
        ShopService shops,
        ListingService listings,
        SearchService search,
        CartService carts,
        CheckoutService checkout,
        OrderService orders,
        FlashSaleService flashSales,
        RatingService ratings,
        VerificationService verification)
        implements AutoCloseable {

    public static Services open(DatabaseConfig config, PasswordHasher hasher, Clock clock) {
        return over(Database.open(config), hasher, clock);
    }

    public static Services over(Database database, PasswordHasher hasher, Clock clock) {
        FlashSaleService flashSales = new FlashSaleService(database, clock);
        OrderService orders = new OrderService(database, clock);
        return new Services(
                database,
                new AccountService(database, hasher, clock),
                new ShopService(database, flashSales, clock),
                new ListingService(database, clock),
                new SearchService(database),
                new CartService(database, clock),
                new CheckoutService(database, orders, clock),
                orders,
                flashSales,
                new RatingService(database, clock),
                new VerificationService(database, clock));
    }

    @Override
    public void close() {
        database.close();
    }
}
