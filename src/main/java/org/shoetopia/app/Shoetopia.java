package org.shoetopia.app;

import java.time.Clock;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.AccountService;
import org.shoetopia.service.CartService;
import org.shoetopia.service.CheckoutService;
import org.shoetopia.service.FlashSaleService;
import org.shoetopia.service.ListingService;
import org.shoetopia.service.OrderService;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.RatingService;
import org.shoetopia.service.SearchService;
import org.shoetopia.service.ShopService;
import org.shoetopia.service.VerificationService;

/** The composition root: opens the database once and builds every service over it, by constructor. */
public record Shoetopia(Database database, AccountService accounts, ShopService shops, ListingService listings,
        SearchService search, CartService carts, CheckoutService checkout, OrderService orders,
        FlashSaleService flashSales, RatingService ratings, VerificationService verification) implements AutoCloseable {

    public static Shoetopia open(DatabaseConfig config, PasswordHasher hasher, Clock clock) {
        return over(Database.open(config), hasher, clock);
    }

    public static Shoetopia over(Database database, PasswordHasher hasher, Clock clock) {
        FlashSaleService flashSales = new FlashSaleService(database, clock);
        OrderService orders = new OrderService(database, clock);
        return new Shoetopia(database,
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
