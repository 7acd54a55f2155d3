package org.shoetopia.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.hibernate.LockMode;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.FlashSale;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/**
 * Flash sales: the first N units a shop sells get P% off. The sale row is the counter that checkout
 * locks; see {@link CheckoutService} for how units are taken.
 */
public final class FlashSaleService {
    public static final int MAX_UNITS = 1_000_000;

    private final Database database;
    private final Clock clock;

    public FlashSaleService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public record SaleView(long saleId, long shopId, int percentOff, int unitsTotal, int unitsLeft, Instant startedAt,
            Instant endedAt) {
        public int unitsSold() {
            return unitsTotal - unitsLeft;
        }

        static SaleView of(FlashSale sale) {
            return new SaleView(sale.getId(), sale.getShopId(), sale.getPercentOff(), sale.getUnitsTotal(),
                    sale.getUnitsLeft(), sale.getStartedAt(), sale.getEndedAt());
        }
    }

    /** The owner starts a sale; the shop row lock makes "no second running sale" hold under races. */
    public SaleView start(Actor actor, int units, int percentOff) {
        if (units <= 0 || units > MAX_UNITS) {
            throw new ValidationException("units", "Units on sale must be between 1 and " + MAX_UNITS);
        }
        if (percentOff < 0 || percentOff > 100) {
            throw new ValidationException("percentOff", "The discount must be between 0 and 100 percent");
        }
        return database.inTransaction(tx -> {
            tx.boundLockWaits();
            Shop shop = Access.ownedShop(tx, actor);
            tx.session().lock(shop, LockMode.PESSIMISTIC_WRITE);
            if (runningSale(tx, shop.getId()) != null) {
                throw new ConflictException("A flash sale is already running; end it before starting another");
            }
            Instant now = clock.instant();
            FlashSale sale = new FlashSale(shop.getId(), percentOff, units, actor.accountId(), now);
            tx.session().persist(sale);
            announce(tx, shop.getId());
            Audit.record(tx, "flash_sale.started", "sale " + sale.getId() + ": " + units + " units at " + percentOff
                    + "% off", actor.accountId(), shop.getId(), now);
            return SaleView.of(sale);
        });
    }

    public SaleView end(Actor actor) {
        return database.inTransaction(tx -> {
            tx.boundLockWaits();
            Shop shop = Access.ownedShop(tx, actor);
            FlashSale sale = runningSale(tx, shop.getId());
            if (sale == null) {
                throw new NotFoundException("No flash sale is running");
            }
            tx.session().lock(sale, LockMode.PESSIMISTIC_WRITE);
            tx.session().refresh(sale);
            Instant now = clock.instant();
            sale.end(now);
            announce(tx, shop.getId());
            Audit.record(tx, "flash_sale.ended", "sale " + sale.getId(), actor.accountId(), shop.getId(), now);
            return SaleView.of(sale);
        });
    }

    /**
     * Calls {@code listener} (on a background thread) with the shop's running sale, or empty, each time
     * any terminal changes it. Close the returned handle to stop.
     */
    public AutoCloseable watch(long shopId, Consumer<Optional<SaleView>> listener) {
        return onAnySaleChange(changedShop -> {
            if (changedShop == shopId) {
                listener.accept(activeSale(shopId));
            }
        });
    }

    /** Calls {@code listener} (on a background thread) with the id of each shop whose sale changed. */
    public AutoCloseable onAnySaleChange(LongConsumer listener) {
        return database.saleChanges().subscribe(listener);
    }

    private static void announce(Tx tx, long shopId) {
        tx.call((sql, connection) -> {
            sql.announceSaleChange(connection, shopId);
            return null;
        });
    }

    /** The running sale of a shop with its units left, for any terminal to show. */
    public Optional<SaleView> activeSale(long shopId) {
        return database.inTransaction(tx -> activeSale(tx, shopId));
    }

    /** Every sale the shop has run, newest first. */
    public List<SaleView> history(Actor actor) {
        return database.inTransaction(tx -> tx.session()
                .createSelectionQuery("from FlashSale where shopId = :shop order by id desc", FlashSale.class)
                .setParameter("shop", Access.sellingShopId(tx, actor)).getResultList()
                .stream().map(SaleView::of).toList());
    }

    Optional<SaleView> activeSale(Tx tx, long shopId) {
        return Optional.ofNullable(runningSale(tx, shopId)).map(SaleView::of);
    }

    private static FlashSale runningSale(Tx tx, long shopId) {
        return tx.session().createSelectionQuery("from FlashSale where shopId = :shop and endedAt is null",
                FlashSale.class).setParameter("shop", shopId).getSingleResultOrNull();
    }
}
