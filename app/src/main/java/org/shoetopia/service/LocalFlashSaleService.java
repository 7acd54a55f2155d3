package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.FlashSale;
import org.shoetopia.domain.FlashSaleSlot;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/**
 * Flash sales: the first N units a shop sells get P% off. The unsold units are spread over slot rows
 * that checkout locks one at a time (see NativeStatements#takeSaleUnits); a sale is running while it
 * is not ended and its slots still hold units.
 */
public final class LocalFlashSaleService implements FlashSaleService {
    private final Database database;
    private final Clock clock;

    public LocalFlashSaleService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public SaleView start(Actor actor, int units, int percentOff) {
        return start(actor, units, percentOff, DEFAULT_SLOTS);
    }

    @Override
    public SaleView start(Actor actor, int units, int percentOff, int slots) {
        if (slots < 1 || slots > MAX_SLOTS) {
            throw new ValidationException("slots", "A sale has between 1 and " + MAX_SLOTS + " counter slots");
        }
        if (units <= 0 || units > MAX_UNITS) {
            throw new ValidationException("units", "Units on sale must be between 1 and " + MAX_UNITS);
        }
        if (percentOff < 0 || percentOff > 100) {
            throw new ValidationException("percentOff", "The discount must be between 0 and 100 percent");
        }
        return database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            tx.session().lock(shop, LockMode.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            FlashSale previous = lockedOpenSale(tx, shop.getId());
            if (previous != null) {
                if (lockedUnitsLeft(tx, previous) > 0) {
                    throw new ConflictException("A flash sale is already running; end it before starting another");
                }
                previous.end(0, now); // sold out: close it so the new one can start
                tx.session().flush(); // the closing must reach the table before the new sale's insert
            }
            FlashSale sale = new FlashSale(shop.getId(), percentOff, units, slots, actor.accountId(), now);
            tx.session().persist(sale);
            int[] shares = FlashSale.slotShares(units, slots);
            for (int slot = 1; slot <= shares.length; slot++) {
                tx.session().persist(new FlashSaleSlot(sale.getId(), slot, shares[slot - 1]));
            }
            announce(tx, shop.getId());
            Audit.record(
                    tx,
                    AuditKind.FLASH_SALE_STARTED,
                    "sale " + sale.getId() + ": " + units + " units at " + percentOff + "% off",
                    actor.accountId(),
                    shop.getId(),
                    now);
            return saleView(sale, units);
        });
    }

    @Override
    public SaleView end(Actor actor) {
        return database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            FlashSale sale = lockedOpenSale(tx, shop.getId());
            if (sale == null) {
                throw new NotFoundException("No flash sale is running");
            }
            int unsold = lockedUnitsLeft(tx, sale);
            // Emptying the slots (not only marking the sale) is what a checkout already waiting on a slot sees.
            tx.session()
                    .createMutationQuery("update FlashSaleSlot set unitsLeft = 0 where saleId = :sale")
                    .setParameter("sale", sale.getId())
                    .executeUpdate();
            Instant now = clock.instant();
            sale.end(unsold, now);
            announce(tx, shop.getId());
            Audit.record(
                    tx,
                    AuditKind.FLASH_SALE_ENDED,
                    "sale " + sale.getId() + ": " + unsold + " unsold units withdrawn",
                    actor.accountId(),
                    shop.getId(),
                    now);
            return saleView(sale, 0);
        });
    }

    @Override
    public AutoCloseable onAnySaleChange(LongConsumer listener) {
        return database.saleChanges().subscribe(listener);
    }

    private static void announce(Tx tx, long shopId) {
        tx.sql().announceSaleChange(shopId);
    }

    @Override
    public Optional<SaleView> activeSale(long shopId) {
        return database.inTransaction(tx -> activeSale(tx, shopId));
    }

    @Override
    public List<SaleView> history(Actor actor) {
        return database.inTransaction(
                tx -> withUnitsLeft(tx, "f.shopId = :shop order by f.id desc", Access.sellingShopId(tx, actor)));
    }

    Optional<SaleView> activeSale(Tx tx, long shopId) {
        return withUnitsLeft(tx, "f.shopId = :shop and f.endedAt is null", shopId).stream()
                .filter(sale -> sale.unitsLeft() > 0)
                .findFirst();
    }

    private static List<SaleView> withUnitsLeft(Tx tx, String where, long shopId) {
        return tx
                .session()
                .createSelectionQuery(
                        "select f as sale, " + SaleUnits.leftOf("f") + " as unitsLeft from FlashSale f where " + where,
                        Tuple.class)
                .setParameter("shop", shopId)
                .getResultList()
                .stream()
                .map(row -> saleView(
                        row.get("sale", FlashSale.class),
                        row.get("unitsLeft", Number.class).intValue()))
                .toList();
    }

    /**
     * The shop's sale that has not been ended (sold out or not), its row locked and re-read, so that
     * two terminals ending or replacing it one after the other see each other's work.
     */
    private static FlashSale lockedOpenSale(Tx tx, long shopId) {
        FlashSale sale = tx.session()
                .createSelectionQuery("from FlashSale where shopId = :shop and endedAt is null", FlashSale.class)
                .setParameter("shop", shopId)
                .getSingleResultOrNull();
        if (sale == null) {
            return null;
        }
        tx.session().lock(sale, LockMode.PESSIMISTIC_WRITE);
        tx.session().refresh(sale);
        return sale.isActive() ? sale : null;
    }

    /** Locks every slot of the sale in slot order (waiting for checkouts holding them) and sums them. */
    private static int lockedUnitsLeft(Tx tx, FlashSale sale) {
        return tx
                .session()
                .createSelectionQuery("from FlashSaleSlot where saleId = :sale order by slot", FlashSaleSlot.class)
                .setParameter("sale", sale.getId())
                .setHibernateLockMode(LockMode.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .mapToInt(FlashSaleSlot::getUnitsLeft)
                .sum();
    }

    /** A sale as screens show it, with its units left counted by the caller. */
    static SaleView saleView(FlashSale sale, int unitsLeft) {
        return new SaleView(
                sale.getId(),
                sale.getShopId(),
                sale.getPercentOff(),
                sale.getUnitsTotal(),
                unitsLeft,
                sale.getUnitsWithdrawn(),
                sale.getStartedAt(),
                sale.getEndedAt());
    }
}
