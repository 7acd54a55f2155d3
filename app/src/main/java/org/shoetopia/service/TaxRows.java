package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.QueryFlushMode;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ShopTaxRate;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.persistence.Tx;

/** How the shops' tax settings are read for pricing: one query for any number of shops. */
final class TaxRows {
    private TaxRows() {}

    /**
     * The tax settings of {@code shopIds}. Checkout reads them under the shops' share locks, and a
     * change of them takes the shop's row lock, so a checkout prices by one set of settings throughout.
     * A caller that changed them in this transaction flushes first: the read does not.
     */
    static Map<Long, TaxSettings> settingsOf(Tx tx, Collection<Long> shopIds) {
        if (shopIds.isEmpty()) {
            return Map.of();
        }
        // The shops come as entities, so a receipt's header (ReceiptLines.header) reads them from the
        // session without another query.
        // Hibernate translates a query bound to a list anew on every call (it caches no plan for one),
        // which was a third of the CPU of a cart's add and checkout in the profile; a till's sale is
        // one shop's, so that case binds one value, and its translation is cached.
        boolean oneShop = shopIds.size() == 1;
        Map<Long, Shop> shops = new HashMap<>();
        Map<Long, List<TaxRate>> rates = new HashMap<>();
        for (Tuple row : tx.session()
                .createSelectionQuery(
                        "select sh as shop, r as rate from Shop sh left join ShopTaxRate r on r.shopId = sh.id where "
                                + (oneShop ? "sh.id = :shops" : "sh.id in :shops")
                                + " order by sh.id, r.position",
                        Tuple.class)
                .setParameter("shops", oneShop ? shopIds.iterator().next() : shopIds)
                // No flush first, which dirty-checked the whole session (a seventh of this read's CPU):
                // nothing here changes a shop's settings unflushed (setTaxSettings flushes before reading).
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                .getResultList()) {
            Shop shop = row.get("shop", Shop.class);
            shops.putIfAbsent(shop.getId(), shop);
            List<TaxRate> ofShop = rates.computeIfAbsent(shop.getId(), id -> new ArrayList<>());
            ShopTaxRate rate = row.get("rate", ShopTaxRate.class);
            if (rate != null) {
                ofShop.add(rate.rate());
            }
        }
        Map<Long, TaxSettings> settings = new HashMap<>();
        shops.forEach((shopId, shop) -> settings.put(shopId, shop.taxSettings(rates.get(shopId))));
        return settings;
    }
}
