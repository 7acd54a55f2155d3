package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.domain.ShopTaxRate;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.persistence.Tx;

/** How the shops' tax settings are read for pricing: one query for any number of shops. */
final class TaxRows {
    private TaxRows() {}

    /**
     * The tax settings of {@code shopIds}. Checkout reads them under the shops' share locks, and a
     * change of them takes the shop's row lock, so a checkout prices by one set of settings throughout.
     */
    static Map<Long, TaxSettings> settingsOf(Tx tx, Collection<Long> shopIds) {
        if (shopIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Tuple> shops = new HashMap<>();
        Map<Long, List<TaxRate>> rates = new HashMap<>();
        for (Tuple row : tx.session()
                .createSelectionQuery("""
                        select sh.id as shopId, sh.pricesIncludeTax as included, sh.taxRounding as rounding,
                            sh.taxNumber as number, r as rate
                        from Shop sh left join ShopTaxRate r on r.shopId = sh.id
                        where sh.id in :shops order by sh.id, r.position""", Tuple.class)
                .setParameter("shops", shopIds)
                .getResultList()) {
            long shopId = row.get("shopId", Long.class);
            shops.putIfAbsent(shopId, row);
            List<TaxRate> ofShop = rates.computeIfAbsent(shopId, id -> new ArrayList<>());
            ShopTaxRate rate = row.get("rate", ShopTaxRate.class);
            if (rate != null) {
                ofShop.add(rate.rate());
            }
        }
        Map<Long, TaxSettings> settings = new HashMap<>();
        shops.forEach((shopId, row) -> settings.put(
                shopId,
                new TaxSettings(
                        row.get("included", Boolean.class),
                        row.get("rounding", TaxRounding.class),
                        row.get("number", String.class),
                        rates.get(shopId))));
        return settings;
    }
}
