package org.shoetopia.service;

import java.time.Clock;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.backup.Backups;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;

/** Every service of one terminal, built once over one database, by constructor (no statics, no locator). */
public record Services(
        Database database,
        LocalAccountService accounts,
        LocalShopService shops,
        LocalListingService listings,
        LocalSearchService search,
        LocalCartService carts,
        LocalCheckoutService checkout,
        LocalOrderService orders,
        LocalFlashSaleService flashSales,
        LocalRatingService ratings,
        LocalVerificationService verification,
        LocalStoredValueService storedValue,
        LocalShiftService shifts,
        LocalReturnService returns,
        LocalStockReportService stockReports)
        implements AutoCloseable {

    /** Opens and migrates the database; an embedded one an older version left is backed up before it is migrated. */
    public static Services open(DatabaseConfig config, PasswordHasher hasher, Clock clock) {
        Backups.beforeUpgrade(config, clock);
        return over(Database.open(config), hasher, clock);
    }

    public static Services over(Database database, PasswordHasher hasher, Clock clock) {
        LocalFlashSaleService flashSales = new LocalFlashSaleService(database, clock);
        LocalOrderService orders = new LocalOrderService(database, clock);
        LocalAccountService accounts = new LocalAccountService(database, hasher, clock);
        LocalCheckoutService checkout = new LocalCheckoutService(database, orders, clock);
        return new Services(
                database,
                accounts,
                new LocalShopService(database, flashSales, clock),
                new LocalListingService(database, clock),
                new LocalSearchService(database),
                new LocalCartService(database, accounts, clock),
                checkout,
                orders,
                flashSales,
                new LocalRatingService(database, clock),
                new LocalVerificationService(database, clock),
                new LocalStoredValueService(database, clock),
                new LocalShiftService(database, accounts, clock),
                new LocalReturnService(database, accounts, orders, checkout, clock),
                new LocalStockReportService(database, clock));
    }

    /** The same services as the screens see them: the API, without the database or the admin-only calls. */
    public ShoetopiaApi api() {
        return new ShoetopiaApi(
                accounts,
                shops,
                listings,
                search,
                carts,
                checkout,
                orders,
                flashSales,
                ratings,
                verification,
                storedValue,
                shifts,
                returns,
                stockReports);
    }

    @Override
    public void close() {
        database.close();
    }
}
