package org.shoetopia.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.api.CartService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.CartDiscount;
import org.shoetopia.domain.Discount;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ShopDiscountReason;
import org.shoetopia.persistence.Tx;

/** The discounts of a till's cart as the pricing rule and the cashiers' limit see them: one way for the cart and checkout. */
final class TillDiscounts {
    private TillDiscounts() {}

    /** A shop's discount settings: its limit and its reasons (the defaults until the owner sets some). */
    static DiscountSettings settingsOf(Tx tx, long shopId) {
        Shop shop = tx.session().find(Shop.class, shopId);
        List<String> reasons = tx
                .session()
                .createSelectionQuery(
                        "from ShopDiscountReason where shopId = :shop order by position", ShopDiscountReason.class)
                .setParameter("shop", shopId)
                .getResultList()
                .stream()
                .map(ShopDiscountReason::getReason)
                .toList();
        return new DiscountSettings(
                shop.getCashierDiscountLimit(), reasons.isEmpty() ? DiscountSettings.DEFAULT_REASONS : reasons);
    }

    /** The pricing rule's view of a cart's discounts; price overrides are line prices, not here. */
    static Pricing.Discounts forPricing(List<CartDiscount> discounts) {
        Map<Long, Discount> byListing = new HashMap<>();
        Discount cart = null;
        for (CartDiscount row : discounts) {
            Discount discount = row.discount();
            if (row.getTarget() == CartDiscount.WHOLE_CART) {
                cart = discount;
            } else if (discount.kind() != DiscountKind.PRICE) {
                byListing.put(row.getTarget(), discount);
            }
        }
        return new Pricing.Discounts(byListing, cart);
    }

    /**
     * A line's unit price: a manager's price override if it has one and it is still below the
     * listing's price (which may have been lowered since), else the listing's price.
     */
    static Money unitPrice(Money listPrice, CartDiscount lineDiscount) {
        if (lineDiscount == null || lineDiscount.discount().kind() != DiscountKind.PRICE) {
            return listPrice;
        }
        Money override = lineDiscount.discount().amount();
        return override.compareTo(listPrice) < 0 ? override : listPrice;
    }

    /** The lines at the prices they are sold at: each line's price override, if it has one, else the list price. */
    static List<Pricing.Line> atLinePrices(List<Pricing.Line> atListPrices, List<CartDiscount> discounts) {
        Map<Long, CartDiscount> byTarget = new HashMap<>();
        discounts.forEach(row -> byTarget.put(row.getTarget(), row));
        return atListPrices.stream()
                .map(line -> new Pricing.Line(
                        line.listingId(),
                        line.shopId(),
                        unitPrice(line.unitPrice(), byTarget.get(line.listingId())),
                        line.quantity(),
                        line.taxCategory()))
                .toList();
    }

    /**
     * What each of the cart's discounts takes off as the cart is now, by target: a line's own discount,
     * a price override (what the line costs at the list price less what it costs at the new one, sale
     * units included), the whole cart's (its share on every line).
     */
    static Map<Long, Money> givenByTarget(
            List<Pricing.Line> atListPrices, Map<Long, Pricing.Sale> saleByShop, List<CartDiscount> discounts) {
        Pricing.PricedCart listed = Pricing.price(atListPrices, saleByShop);
        Pricing.PricedCart priced =
                Pricing.price(atLinePrices(atListPrices, discounts), saleByShop, forPricing(discounts), Map.of());
        Map<Long, Money> given = new HashMap<>();
        Money cartShare = Money.ZERO;
        for (int i = 0; i < priced.lines().size(); i++) {
            Pricing.PricedLine line = priced.lines().get(i);
            cartShare = cartShare.plus(line.cartDiscount());
            long listing = line.line().listingId();
            Money overridden = listed.lines().get(i).charged().minus(line.charged());
            given.put(listing, overridden.isPositive() ? overridden : line.lineDiscount());
        }
        given.put(CartDiscount.WHOLE_CART, cartShare);
        return given;
    }

    /**
     * The receipt's lines of the cart's discounts as priced: each line's own (or its price override,
     * as its list price to the new one), then the whole cart's with what it took off all lines.
     */
    static List<Receipt.DiscountLine> lines(
            List<Pricing.Line> atListPrices, Map<Long, Pricing.Sale> saleByShop, List<CartDiscount> discounts) {
        Map<Long, Money> given = givenByTarget(atListPrices, saleByShop, discounts);
        List<Receipt.DiscountLine> lines = new ArrayList<>();
        for (Pricing.Line line : atListPrices) {
            for (CartDiscount row : discounts) {
                if (row.getTarget() == line.listingId()) {
                    lines.add(ReceiptLines.discountLine(
                            line.listingId(), row.discount(), line.unitPrice(), given.get(line.listingId())));
                }
            }
        }
        for (CartDiscount row : discounts) {
            if (row.getTarget() == CartDiscount.WHOLE_CART) {
                lines.add(ReceiptLines.discountLine(null, row.discount(), null, given.get(CartDiscount.WHOLE_CART)));
            }
        }
        return lines;
    }

    /**
     * Refuses, for a cashier who may not go beyond the shop's limit, a cart whose discounts the cashier
     * gave alone take more than the limit off any line or off the whole sale, measured against what
     * the lines cost after the manager's approved discounts; and any price override without a
     * manager. An approved discount counts as approved while it takes off no more than when it was
     * approved: a cart grown since (more units, more lines) needs the manager again.
     */
    static void requireWithinCashierLimit(
            List<Pricing.Line> atListPrices,
            Map<Long, Pricing.Sale> saleByShop,
            List<CartDiscount> discounts,
            int limit) {
        Map<Long, Money> given = givenByTarget(atListPrices, saleByShop, discounts);
        List<CartDiscount> approved = new ArrayList<>();
        for (CartDiscount row : discounts) {
            boolean stillApproved =
                    row.getApproved() != null && given.get(row.getTarget()).compareTo(row.getApproved()) <= 0;
            if (stillApproved) {
                approved.add(row);
            } else if (row.discount().kind() == DiscountKind.PRICE) {
                throw new ForbiddenException((row.getApproved() == null
                                ? "A price override is a manager's: "
                                : "The sale changed since the manager approved the new price of listing "
                                        + row.getTarget() + ": ")
                        + CartService.NEEDS_A_MANAGER);
            }
        }
        if (approved.size() == discounts.size()) {
            return;
        }
        List<Pricing.Line> atLinePrices = atLinePrices(atListPrices, approved);
        Pricing.PricedCart managers = Pricing.price(atLinePrices, saleByShop, forPricing(approved), Map.of());
        Pricing.PricedCart all = Pricing.price(atLinePrices, saleByShop, forPricing(discounts), Map.of());
        long baseAll = 0;
        long extraAll = 0;
        for (int i = 0; i < all.lines().size(); i++) {
            Pricing.PricedLine before = managers.lines().get(i);
            long base = before.charged().minus(before.discount()).cents();
            long extra = all.lines().get(i).discount().minus(before.discount()).cents();
            baseAll += base;
            extraAll += extra;
            if (beyond(extra, base, limit)) {
                throw new ForbiddenException(
                        tooMuch(limit, "line of listing " + before.line().listingId()));
            }
        }
        if (beyond(extraAll, baseAll, limit)) {
            throw new ForbiddenException(tooMuch(limit, "sale"));
        }
    }

    private static boolean beyond(long discount, long base, int limitHundredths) {
        return discount * 10_000L > base * (long) limitHundredths;
    }

    private static String tooMuch(int limitHundredths, String what) {
        return "That takes more than your limit of "
                + java.math.BigDecimal.valueOf(limitHundredths, 2)
                        .stripTrailingZeros()
                        .toPlainString()
                + "% off the " + what + ": " + CartService.NEEDS_A_MANAGER;
    }
}
