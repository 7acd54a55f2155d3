package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The invariants of SPEC.md, each checked by one query over the whole database that counts the rows
 * breaking it. Used by self-check, the race tests and the benchmarks.
 */
public final class Invariants {

    /** One invariant and how many rows break it. */
    public record Check(String invariant, long violations) {
        public boolean holds() {
            return violations == 0;
        }

        @Override
        public String toString() {
            return (holds() ? "OK    " : "BROKEN") + "  " + invariant
                    + (holds() ? "" : "  (" + violations + " violations)");
        }
    }

    private record Rule(String invariant, String countQuery) {}

    private static final List<Rule> RULES = List.of(
            new Rule("one account per email", "select count(*) - count(distinct email) from accounts"),
            new Rule(
                    "one shop per name (case-insensitive) and per owner",
                    "select (count(*) - count(distinct store_name_key)) + (count(*) - count(distinct owner_id)) from shops"),
            new Rule(
                    "one catalogue shoe per (brand, colour, style)",
                    "select count(*) from (select brand, color, style from shoes group by brand, color, style"
                            + " having count(*) > 1) d"),
            new Rule(
                    "every listing's stock equals the sum of its inventory ledger",
                    "select count(*) from listings l where l.stock <> coalesce((select sum(i.delta)"
                            + " from inventory_ledger i where i.listing_id = l.id), 0)"),
            new Rule("no listing's stock is negative", "select count(*) from listings where stock < 0"),
            new Rule(
                    "every flash sale sold at most N units at the sale price, as its slots say",
                    "select count(*) from (select f.units_total - f.units_withdrawn - coalesce((select sum(s.units_left)"
                            + " from flash_sale_slots s where s.sale_id = f.id), 0) as sold, coalesce((select"
                            + " sum(ol.sale_units) from order_lines ol where ol.flash_sale_id = f.id), 0) as lines_sold"
                            + " from flash_sales f) c where c.sold <> c.lines_sold or c.sold < 0"),
            new Rule(
                    "every shop's sale and refund ledger equals its order lines charged minus refunds, less"
                            + " its returns without a receipt",
                    "select count(*) from shops s where coalesce((select sum(b.amount_cents) from balance_ledger b"
                            + " where b.shop_id = s.id and b.reason in ('sale', 'refund')), 0)"
                            + " <> coalesce((select sum(ol.gross_cents - ol.refunded_cents) from order_lines ol"
                            + " where ol.shop_id = s.id), 0) - coalesce((select sum(r.total_cents) from returns r"
                            + " where r.shop_id = s.id and r.order_id is null), 0)"),
            new Rule(
                    "every order's total equals the sum of its lines' gross and the gift cards it sold",
                    "select count(*) from orders o where o.total_cents <> coalesce((select sum(ol.gross_cents)"
                            + " from order_lines ol where ol.order_id = o.id), 0) + coalesce((select"
                            + " sum(g.issued_cents) from gift_cards g where g.sold_order_id = o.id), 0)"),
            new Rule(
                    "every order's total equals its tenders less the change, and change comes only from cash",
                    "select count(*) from orders o where o.total_cents <> coalesce((select sum(t.amount_cents)"
                            + " from order_tenders t where t.order_id = o.id), 0) or exists (select 1 from"
                            + " order_tenders t where t.order_id = o.id and t.tendered_cents < t.amount_cents)"),
            new Rule(
                    "every gift card's balance equals sold minus redeemed in its ledger, never below zero, and"
                            + " each redemption is a tender of the order that spent it",
                    "select (select count(*) from gift_cards g where g.balance_cents < 0 or g.balance_cents"
                            + " <> coalesce((select sum(e.delta_cents) from gift_card_entries e"
                            + " where e.gift_card_id = g.id), 0))"
                            + " + (select count(*) from gift_card_entries e where e.reason = 'redeemed'"
                            + " and -e.delta_cents <> coalesce((select sum(t.amount_cents) from order_tenders t"
                            + " where t.order_id = e.order_id and t.gift_card_id = e.gift_card_id), 0))"
                            + " + (select count(*) from order_tenders t where t.kind = 'gift_card' and not exists"
                            + " (select 1 from gift_card_entries e where e.order_id = t.order_id"
                            + " and e.gift_card_id = t.gift_card_id and e.delta_cents = -t.amount_cents))"),
            new Rule(
                    "every customer's store credit equals issued minus spent in its ledger, never below zero,"
                            + " and each spend is a tender of the order that spent it",
                    "select (select count(*) from store_credits c where c.balance_cents < 0 or c.balance_cents"
                            + " <> coalesce((select sum(e.delta_cents) from store_credit_entries e"
                            + " where e.shop_id = c.shop_id and e.customer_id = c.customer_id), 0))"
                            + " + (select count(*) from store_credit_entries e where e.reason = 'spent'"
                            + " and -e.delta_cents <> coalesce((select sum(t.amount_cents) from order_tenders t"
                            + " where t.order_id = e.order_id and t.kind = 'store_credit'), 0))"
                            + " + (select count(*) from order_tenders t where t.kind = 'store_credit' and not exists"
                            + " (select 1 from store_credit_entries e where e.order_id = t.order_id"
                            + " and e.delta_cents = -t.amount_cents))"),
            new Rule(
                    "every line's tax is the sum of its taxes per rate, and its gross its price total less its"
                            + " discounts plus any tax added to it",
                    "select count(*) from order_lines ol where ol.tax_cents <> coalesce((select sum(t.tax_cents)"
                            + " from order_line_taxes t where t.order_line_id = ol.id), 0) or ol.gross_cents"
                            + " <> ol.line_total_cents - ol.discount_cents"
                            + " + case when ol.prices_include_tax then 0 else ol.tax_cents end"),
            new Rule(
                    "every order's discounts (price overrides aside, which are in the line's price) add up to its"
                            + " lines' discounts",
                    "select count(*) from orders o where coalesce((select sum(d.given_cents) from order_discounts d"
                            + " where d.order_id = o.id and d.kind <> 'price'), 0) <> coalesce((select"
                            + " sum(ol.discount_cents) from order_lines ol where ol.order_id = o.id), 0)"),
            new Rule(
                    "no rate's tax refunds on a line exceed what the line charged on that rate",
                    "select count(*) from order_line_taxes t where t.tax_cents < coalesce((select sum(rt.tax_cents)"
                            + " from refund_taxes rt where rt.order_line_tax_id = t.id), 0)"),
            new Rule(
                    "every line's refunds add up to what it records as refunded, never more than sold",
                    "select count(*) from order_lines ol where ol.refunded_quantity > ol.quantity"
                            + " or ol.refunded_quantity <> coalesce((select sum(r.quantity) from refunds r"
                            + " where r.order_line_id = ol.id), 0) or ol.refunded_cents <> coalesce((select"
                            + " sum(r.amount_cents) from refunds r where r.order_line_id = ol.id), 0)"),
            new Rule(
                    "every closed shift's expected cash is its float plus the cash its sales kept less the cash"
                            + " its returns gave back plus paid in less paid out, and its counted cash what its count's notes and coins add up to",
                    "select count(*) from shifts s where s.closed_at is not null and (s.expected_cash_cents"
                            + " <> s.float_cents + coalesce((select sum(t.amount_cents) from order_tenders t"
                            + " join orders o on o.id = t.order_id where o.shift_id = s.id and t.kind = 'cash'), 0)"
                            + " - coalesce((select sum(rt.amount_cents) from return_tenders rt join returns r"
                            + " on r.id = rt.return_id where r.shift_id = s.id and rt.kind = 'cash'), 0)"
                            + " + coalesce((select sum(m.amount_cents) from drawer_moves m where m.shift_id = s.id"
                            + " and m.kind = 'paid_in'), 0) - coalesce((select sum(m.amount_cents) from drawer_moves m"
                            + " where m.shift_id = s.id and m.kind = 'paid_out'), 0) or s.counted_cash_cents"
                            + " <> coalesce((select sum(c.denomination_cents * c.quantity) from shift_counts c"
                            + " where c.shift_id = s.id), 0))"),
            new Rule(
                    "every Z report's figures equal its shift's orders, refunds, discounts and taxes",
                    "select count(*) from shifts s where s.closed_at is not null and (s.sales_count <> (select"
                            + " count(*) from orders o where o.shift_id = s.id) or s.sales_cents <> coalesce((select"
                            + " sum(o.total_cents) from orders o where o.shift_id = s.id), 0) or s.refunds_count"
                            + " <> (select count(*) from returns r where r.shift_id = s.id) or s.refunds_cents"
                            + " <> coalesce((select sum(r.total_cents) from returns r where r.shift_id = s.id), 0)"
                            + " or s.discounts_cents <> coalesce((select sum(d.given_cents) from order_discounts d"
                            + " join orders o on o.id = d.order_id where o.shift_id = s.id), 0) or s.tax_cents"
                            + " <> coalesce((select sum(t.tax_cents) from order_line_taxes t join order_lines ol"
                            + " on ol.id = t.order_line_id join orders o on o.id = ol.order_id"
                            + " where o.shift_id = s.id), 0))"),
            new Rule(
                    "every sale and refund on a shift is its cashier's at its shop, and each shop's Z reports"
                            + " are numbered 1, 2, 3 … up to its last, once each",
                    "select (select count(*) from orders o join shifts s on s.id = o.shift_id where o.cashier_id"
                            + " <> s.cashier_id or exists (select 1 from order_fulfilments f where f.order_id = o.id"
                            + " and f.shop_id <> s.shop_id)) + (select count(*) from refunds r join shifts s"
                            + " on s.id = r.shift_id join order_lines ol on ol.id = r.order_line_id"
                            + " where r.actor_id <> s.cashier_id or ol.shop_id <> s.shop_id)"
                            + " + (select count(*) from shops sh where sh.last_z_number <> (select count(*)"
                            + " from shifts s where s.shop_id = sh.id and s.z_number is not null) or exists"
                            + " (select 1 from shifts s where s.shop_id = sh.id and (s.z_number < 1"
                            + " or s.z_number > sh.last_z_number)))"),
            new Rule(
                    "every return's total is its refunds' and where its money went; no card or cash of a sale"
                            + " got back more than it paid; an exchange's new sale was paid exactly what its return"
                            + " gave toward it; store credit a return gave is in the customer's ledger",
                    "select (select count(*) from returns r where (r.order_id is not null and r.total_cents <>"
                            + " coalesce((select sum(f.amount_cents) from refunds f where f.return_id = r.id), 0))"
                            + " or (r.order_id is null and exists (select 1 from refunds f where f.return_id = r.id))"
                            + " or r.total_cents"
                            + " <> coalesce((select sum(t.amount_cents) from return_tenders t where t.return_id"
                            + " = r.id), 0)) + (select count(*) from order_tenders o where o.amount_cents"
                            + " < coalesce((select sum(t.amount_cents) from return_tenders t where t.order_tender_id"
                            + " = o.id), 0)) + (select count(*) from return_tenders t join order_tenders o on o.id"
                            + " = t.order_tender_id join returns r on r.id = t.return_id where (t.kind <> 'exchange'"
                            + " and o.order_id <> r.order_id) or o.kind <> t.kind) + (select count(*) from"
                            + " order_tenders o where o.kind = 'exchange' and o.amount_cents <> coalesce((select"
                            + " sum(t.amount_cents) from return_tenders t where t.order_tender_id = o.id"
                            + " and t.kind = 'exchange'), 0)) + (select count(*) from returns r where"
                            + " coalesce((select sum(t.amount_cents) from return_tenders t where t.return_id = r.id"
                            + " and t.kind = 'store_credit'), 0) > 0 and not exists (select 1 from"
                            + " store_credit_entries e where e.reason = 'returned' and (e.order_id = r.order_id"
                            + " or (r.order_id is null and e.order_id is null))"
                            + " and e.customer_id = r.customer_id and e.delta_cents = (select sum(t.amount_cents)"
                            + " from return_tenders t where t.return_id = r.id and t.kind = 'store_credit')))"),
            new Rule(
                    "every checked-out cart has exactly one order and every order closed its cart",
                    "select (select count(*) from carts c where c.checked_out_at is not null and not exists"
                            + " (select 1 from orders o where o.cart_id = c.id)) + (select count(*) from orders o"
                            + " join carts c on c.id = o.cart_id where c.checked_out_at is null)"),
            new Rule(
                    "every checked-out cart's lines are exactly its order's lines (listing and quantity)",
                    "select (select count(*) from cart_lines cl join orders o on o.cart_id = cl.cart_id"
                            + " where not exists (select 1 from order_lines ol where ol.order_id = o.id"
                            + " and ol.listing_id = cl.listing_id and ol.quantity = cl.quantity))"
                            + " + (select count(*) from order_lines ol join orders o on o.id = ol.order_id"
                            + " where not exists (select 1 from cart_lines cl where cl.cart_id = o.cart_id"
                            + " and cl.listing_id = ol.listing_id and cl.quantity = ol.quantity))"),
            new Rule(
                    "every order was bought by the customer its till's cart named, or by the cart's owner",
                    "select count(*) from orders o join carts c on c.id = o.cart_id where case"
                            + " when c.shop_id is null then o.buyer_id <> c.owner_id or o.buyer_id is null"
                            + " else coalesce(o.buyer_id, -1) <> coalesce(c.customer_id, -1) end"),
            new Rule(
                    "every customer record a sale names is its shop's, of the account it names, and kept by its order",
                    "select (select count(*) from carts c join customer_records r on r.id = c.customer_record_id"
                            + " where r.shop_id is distinct from c.shop_id"
                            + " or (r.account_id is not null and r.account_id is distinct from c.customer_id))"
                            + " + (select count(*) from orders o join carts c on c.id = o.cart_id"
                            + " where coalesce(o.customer_record_id, -1) <> coalesce(c.customer_record_id, -1))"),
            new Rule(
                    "every customer record folded into another is a walk-in's, of the same shop, folded into a record"
                            + " not folded itself, and holds no phone or email",
                    "select count(*) from customer_records r join customer_records k on k.id = r.merged_into_id"
                            + " where r.account_id is not null or k.shop_id <> r.shop_id or k.merged_into_id is not null"
                            + " or r.phone is not null or r.email is not null"),
            new Rule(
                    "every copied value equals its source: a listing's shop tier, verified flag and shoe colour,"
                            + " an order line's shop",
                    "select (select count(*) from listings l join shops s on s.id = l.shop_id"
                            + " join shoes sh on sh.id = l.shoe_id where l.shop_promotion_tier <> s.promotion_tier"
                            + " or l.color <> sh.color or l.shop_verified <> (s.verification_status = 'verified'))"
                            + " + (select count(*) from order_lines ol join listings l on l.id = ol.listing_id"
                            + " where ol.shop_id <> l.shop_id)"),
            new Rule(
                    "no account both owns a shop and is a shop's cashier",
                    "select count(*) from shop_staff st join shops s on s.owner_id = st.account_id"),
            new Rule(
                    "every shop's part of an order carries that order's number",
                    "select count(*) from order_fulfilments f join orders o on o.id = f.order_id"
                            + " where f.order_number <> o.order_number"),
            new Rule(
                    "a till's sale is collected at checkout unless the shop ships it, and only a till's sale names"
                            + " where it ships",
                    "select count(*) from orders o join carts c on c.id = o.cart_id join order_fulfilments f"
                            + " on f.order_id = o.id where (c.shop_id is null and (o.ship_to is not null or f.status"
                            + " = 'collected')) or (c.shop_id is not null and (o.ship_to is null) <> (f.status"
                            + " = 'collected'))"),
            new Rule(
                    "at most one open cart per account (held and checked-out carts are not open) and one running sale per"
                            + " shop",
                    "select (select count(*) - count(distinct owner_id) from carts where open_owner_id is not null)"
                            + " + (select count(*) - count(distinct shop_id) from flash_sales where ended_at is null)"));

    private Invariants() {}

    public static List<Check> check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<Check> checks = new ArrayList<>();
            for (Rule rule : RULES) {
                try (var rows = statement.executeQuery(rule.countQuery())) {
                    rows.next();
                    checks.add(new Check(rule.invariant(), rows.getLong(1)));
                }
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return checks;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the invariants: " + e.getMessage(), e);
        }
    }

    public static boolean allHold(List<Check> checks) {
        return checks.stream().allMatch(Check::holds);
    }
}
