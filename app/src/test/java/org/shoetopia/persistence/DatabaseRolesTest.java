package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.Tender;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * The server's database login can do what the use cases need and nothing else: it cannot change the
 * schema, rewrite a sale, a refund, a ledger or the audit trail, make an admin, or skip the triggers.
 * The tests sign in exactly as the server does (db/roles; TestDatabases sets the roles up as the
 * README says), and the whole service suite runs through the same login.
 */
class DatabaseRolesTest {
    /** Everything the app role may do beyond SELECT on every table and USAGE on every sequence (db/roles/grants.sql). */
    private static final Set<String> WRITES = Set.of(
            "accounts.name INSERT",
            "accounts.email INSERT",
            "accounts.password_hash INSERT",
            "accounts.email UPDATE",
            "accounts.password_hash UPDATE",
            "accounts.failed_logins UPDATE",
            "accounts.locked_until UPDATE",
            "accounts.last_failed_login_at UPDATE",
            "shops INSERT",
            "shops.store_name UPDATE",
            "shops.store_name_key UPDATE",
            "shops.details_version UPDATE",
            "shops.promotion_tier UPDATE",
            "shops.verification_status UPDATE",
            "shops.verification_reason UPDATE",
            "shops.prices_include_tax UPDATE",
            "shops.tax_rounding UPDATE",
            "shops.tax_number UPDATE",
            "shops.cashier_discount_limit UPDATE",
            "shops.address UPDATE",
            "shops.phone UPDATE",
            "shops.return_policy UPDATE",
            "shop_discount_reasons INSERT",
            "shop_discount_reasons DELETE",
            "approvals INSERT",
            "approvals.used_at UPDATE",
            "cart_discounts INSERT",
            "cart_discounts DELETE",
            "order_discounts INSERT",
            "order_tenders INSERT",
            "gift_cards INSERT",
            "gift_cards.balance_cents UPDATE",
            "gift_cards.code_hash UPDATE",
            "gift_cards.code_last4 UPDATE",
            "gift_card_entries INSERT",
            "store_credits INSERT",
            "store_credits.balance_cents UPDATE",
            "store_credit_entries INSERT",
            "cart_gift_cards INSERT",
            "cart_gift_cards DELETE",
            "shops.last_z_number UPDATE",
            "shifts INSERT",
            "shifts.open_terminal UPDATE",
            "shifts.open_cashier_id UPDATE",
            "shifts.closed_at UPDATE",
            "shifts.closed_by UPDATE",
            "shifts.z_number UPDATE",
            "shifts.expected_cash_cents UPDATE",
            "shifts.counted_cash_cents UPDATE",
            "shifts.sales_count UPDATE",
            "shifts.sales_cents UPDATE",
            "shifts.refunds_count UPDATE",
            "shifts.refunds_cents UPDATE",
            "shifts.discounts_cents UPDATE",
            "shifts.tax_cents UPDATE",
            "shift_counts INSERT",
            "drawer_moves INSERT",
            "carts.held_at UPDATE",
            "carts.held_terminal UPDATE",
            "carts.held_note UPDATE",
            "carts.ship_to UPDATE",
            "carts.customer_record_id UPDATE",
            "returns INSERT",
            "return_tenders INSERT",
            "deliveries INSERT",
            "delivery_lines INSERT",
            "stocktakes INSERT",
            "stocktakes.posted_by UPDATE",
            "stocktakes.posted_at UPDATE",
            "stocktakes.open_shop_id UPDATE",
            "stocktake_counts INSERT",
            "stocktake_counts.counted UPDATE",
            "stocktake_counts.held_at_count UPDATE",
            "stocktake_counts.counted_by UPDATE",
            "stocktake_counts.counted_at UPDATE",
            "customer_fits INSERT",
            "customer_records INSERT",
            "customer_records.email UPDATE",
            "customer_records.merged_into_id UPDATE",
            "customer_records.name UPDATE",
            "customer_records.phone UPDATE",
            "customer_records.phone_digits UPDATE",
            "customer_fits.foot_length_mm UPDATE",
            "customer_fits.width UPDATE",
            "customer_fits.sizes_note UPDATE",
            "customer_fits.updated_by UPDATE",
            "customer_fits.updated_at UPDATE",
            "shops.refund_limit_cents UPDATE",
            "shop_staff INSERT",
            "shop_staff DELETE",
            "shop_staff.role UPDATE",
            "staff_invitations INSERT",
            "staff_invitations.pending_account_id UPDATE",
            "staff_invitations.status UPDATE",
            "staff_invitations.answered_at UPDATE",
            "shoes INSERT",
            "shoes.brand UPDATE",
            "listings INSERT",
            "listings.price_cents UPDATE",
            "listings.stock UPDATE",
            "listings.active UPDATE",
            "listings.details_version UPDATE",
            "listings.shop_promotion_tier UPDATE",
            "listings.shop_verified UPDATE",
            "listings.tax_category UPDATE",
            "listings.manufacturer_code UPDATE",
            "listings.unit_cost_cents UPDATE",
            "flash_sales INSERT",
            "flash_sales.active_shop_id UPDATE",
            "flash_sales.ended_at UPDATE",
            "flash_sales.units_withdrawn UPDATE",
            "flash_sale_slots INSERT",
            "flash_sale_slots.units_left UPDATE",
            "carts INSERT",
            "carts.open_owner_id UPDATE",
            "carts.checked_out_at UPDATE",
            "carts.customer_id UPDATE",
            "carts.revision UPDATE",
            "carts.shop_id UPDATE",
            "cart_lines INSERT",
            "cart_lines.quantity UPDATE",
            "cart_lines DELETE",
            "orders INSERT",
            "order_lines INSERT",
            "order_lines.refunded_quantity UPDATE",
            "order_lines.refunded_cents UPDATE",
            "order_line_taxes INSERT",
            "order_fulfilments INSERT",
            "order_fulfilments.status UPDATE",
            "order_fulfilments.updated_at UPDATE",
            "refunds INSERT",
            "refund_taxes INSERT",
            "shop_tax_rates INSERT",
            "shop_tax_rates DELETE",
            "inventory_ledger INSERT",
            "balance_ledger INSERT",
            "ratings INSERT",
            "ratings.stars UPDATE",
            "ratings.rated_at UPDATE",
            "verification_applications INSERT",
            "verification_applications.pending_shop_id UPDATE",
            "verification_applications.status UPDATE",
            "verification_applications.reason UPDATE",
            "verification_applications.decided_by UPDATE",
            "verification_applications.decided_at UPDATE",
            "audit_trail INSERT",
            "api_sessions INSERT",
            "api_sessions.last_used_at UPDATE",
            "api_sessions.ended_at UPDATE",
            "schema public USAGE",
            "database shoetopia CONNECT");

    /** Statements no use case sends; each must be refused for lack of privilege (SQLSTATE 42501). */
    private static final List<String> FORBIDDEN_TO_THE_APP = List.of(
            "create table stolen (id int)",
            "create temporary table stolen (id int)",
            "create function stolen() returns int language sql as 'select 1'",
            "create index stolen on accounts (password_hash)",
            "alter table listings add column backdoor int",
            "alter table orders drop constraint orders_total_non_negative",
            "alter table audit_trail disable trigger audit_trail_append_only",
            "drop trigger balance_ledger_append_only on balance_ledger",
            "drop table audit_trail",
            "truncate audit_trail",
            "truncate balance_ledger, orders cascade",
            "update accounts set is_admin = true",
            "insert into accounts (name, email, password_hash, is_admin) values ('x', 'x@example.com', 'x', true)",
            "update accounts set name = 'Someone else'",
            "delete from accounts",
            "update shops set owner_id = owner_id",
            "delete from shops",
            "update listings set shop_id = shop_id",
            "delete from listings",
            "update promotion_tiers set price_cents = 1",
            "update orders set total_cents = 0",
            "delete from orders",
            "update order_lines set line_total_cents = 0",
            "update order_line_taxes set tax_cents = 0",
            "update refund_taxes set tax_cents = 0",
            "delete from order_lines",
            "update refunds set amount_cents = 0",
            "delete from refunds",
            "delete from refund_taxes",
            "update order_discounts set given_cents = 0",
            "update approvals set approved_by = asked_by",
            "update order_lines set discount_cents = 0",
            "update order_tenders set amount_cents = 0",
            "delete from order_tenders",
            "update gift_cards set shop_id = shop_id, issued_cents = issued_cents",
            "delete from gift_cards",
            "update gift_card_entries set delta_cents = 1",
            "delete from gift_card_entries",
            "update store_credits set customer_id = customer_id",
            "delete from store_credits",
            "update store_credit_entries set delta_cents = 1",
            "delete from store_credit_entries",
            "update shifts set float_cents = 0, cashier_id = cashier_id",
            "delete from shifts",
            "update shift_counts set quantity = 1",
            "delete from shift_counts",
            "update drawer_moves set amount_cents = 0",
            "delete from drawer_moves",
            "update returns set total_cents = 0",
            "delete from returns",
            "update return_tenders set amount_cents = 1",
            "delete from return_tenders",
            "update order_lines set tax_cents = 0, gross_cents = line_total_cents",
            "update inventory_ledger set delta = 1000",
            "delete from inventory_ledger",
            "update balance_ledger set amount_cents = 100000000",
            "delete from balance_ledger",
            "update audit_trail set tag = 'nothing happened'",
            "delete from audit_trail",
            "update api_sessions set account_id = account_id",
            "delete from api_sessions",
            "update flyway_schema_history set success = false",
            // what the grants allow, the triggers still refuse
            "update order_lines set refunded_cents = 0, refunded_quantity = 0",
            "update shoes set brand = 'fake'",
            // around the triggers and the roles
            "set session_replication_role = replica",
            "create role thief login superuser",
            "copy accounts to program 'cat'",
            "select pg_read_file('/etc/hostname')");

    /** Even the schema owner cannot rewrite history: the triggers refuse it. */
    private static final List<String> FORBIDDEN_TO_THE_OWNER = List.of(
            "update orders set total_cents = 0",
            "delete from refunds",
            "update balance_ledger set amount_cents = 100000000",
            "delete from inventory_ledger",
            "update audit_trail set tag = 'nothing happened'",
            "update order_lines set refunded_cents = 0, refunded_quantity = 0",
            "update order_lines set line_total_cents = 0",
            "update order_line_taxes set tax_cents = 0",
            "update refund_taxes set tax_cents = 0",
            "update order_tenders set amount_cents = 0",
            "delete from gift_card_entries",
            "update store_credit_entries set delta_cents = 1",
            "update order_lines set quantity = quantity + 1, refunded_quantity = refunded_quantity + 1",
            "delete from order_lines",
            "update shoes set brand = 'fake'",
            "delete from shoes");

    private static final TaxSettings SALES_TAX = new TaxSettings(
            false, TaxRounding.PER_LINE, null, List.of(TaxRate.parse("Sales tax", "standard", "8.875", null, null)));

    @BeforeEach
    void aSaleWithARefund() {
        for (TestDb kind : TestDb.values()) {
            Database database = TestDatabases.get(kind);
            TestDatabases.clean(database);
            Services services = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
            Fixtures given = new Fixtures(services);
            Actor owner = given.owner();
            services.shops().setTaxSettings(owner, SALES_TAX);
            Receipt receipt = given.purchase(
                    given.customer(), given.listing(owner, "40.00", 5).listingId(), 2);
            services.orders().refund(owner, receipt.lines().get(0).orderLineId(), 1, true, "too small");
            // and a till sale paid by a gift card, store credit and cash
            String code = given.giftCard(owner, "50.00");
            Actor regular = given.customer();
            services.storedValue().issueStoreCredit(owner, given.emailOf(regular), Fixtures.money("10.00"), "goodwill");
            services.carts().add(owner, given.listing(owner, "40.00", 5).listingId(), 1);
            services.carts().setCustomer(owner, given.emailOf(regular));
            services.checkout()
                    .checkout(
                            owner,
                            Payment.of(
                                    Tender.giftCard(Fixtures.money("20.00"), code),
                                    Tender.storeCredit(Fixtures.money("10.00")),
                                    Tender.cash(null)),
                            null);
        }
    }

    @Test
    void theAppRoleHoldsOnlyTheListedPrivilegesAndOwnsNothing() throws SQLException {
        try (Connection owner = connect(TestDatabases.ownerConfig())) {
            Set<String> expected = new TreeSet<>(WRITES);
            for (String table : names(
                    owner,
                    "select relname from pg_class where relnamespace = 'public'::regnamespace"
                            + " and relkind in ('r', 'p')")) {
                expected.add(table + " SELECT");
            }
            for (String sequence : names(
                    owner,
                    "select relname from pg_class where relnamespace ="
                            + " 'public'::regnamespace and relkind = 'S'")) {
                expected.add(sequence + " USAGE");
            }
            assertThat(new TreeSet<>(names(owner, APP_AND_PUBLIC_PRIVILEGES))).isEqualTo(expected);
            assertThat(names(owner, """
                    select relname from pg_class where relowner = 'shoetopia_app'::regrole
                    union all select proname from pg_proc where proowner = 'shoetopia_app'::regrole
                    union all select nspname from pg_namespace where nspowner = 'shoetopia_app'::regrole
                    union all select rolname from pg_roles where rolname = 'shoetopia_app'
                        and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolcanlogin)"""))
                    .as("what the app role owns or may do beyond its grants")
                    .isEmpty();
            assertThat(names(owner, """
                    select relname || ' ' || pg_get_userbyid(relowner) from pg_class
                    where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'S', 'v', 'i')
                    union all select proname || ' ' || pg_get_userbyid(proowner) from pg_proc
                    where pronamespace = 'public'::regnamespace"""))
                    .as("every table, sequence, index and function belongs to the owner role")
                    .isNotEmpty()
                    .allMatch(owned -> owned.endsWith(" " + SchemaRoles.OWNER));
        }
    }

    /**
     * Every privilege held by the app role or by PUBLIC (which it is part of) on this database's
     * objects, defaults included ({@code acldefault} where an object has no ACL of its own yet).
     */
    private static final String APP_AND_PUBLIC_PRIVILEGES = """
            with grantees as (select 0::oid as oid union all select 'shoetopia_app'::regrole::oid)
            select c.relname || ' ' || a.privilege_type
            from pg_class c,
                aclexplode(coalesce(c.relacl, acldefault((case c.relkind when 'S' then 's' else 'r' end)::"char", c.relowner))) a
            where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'S', 'v')
                and a.grantee in (select oid from grantees)
            union all
            select c.relname || '.' || att.attname || ' ' || a.privilege_type
            from pg_attribute att join pg_class c on c.oid = att.attrelid, aclexplode(att.attacl) a
            where c.relnamespace = 'public'::regnamespace and a.grantee in (select oid from grantees)
            union all
            select 'function ' || p.proname || ' ' || a.privilege_type
            from pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f'::"char", p.proowner))) a
            where p.pronamespace = 'public'::regnamespace and a.grantee in (select oid from grantees)
            union all
            select 'schema public ' || a.privilege_type
            from pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n'::"char", n.nspowner))) a
            where n.nspname = 'public' and a.grantee in (select oid from grantees)
            union all
            select 'database ' || d.datname || ' ' || a.privilege_type
            from pg_database d, aclexplode(coalesce(d.datacl, acldefault('d'::"char", d.datdba))) a
            where d.datname = current_database() and a.grantee in (select oid from grantees)""";

    @Test
    void theAppRoleIsRefusedEveryStatementNoUseCaseSends() throws SQLException {
        List<String> report = refusals(TestDatabases.config(TestDb.POSTGRESQL), FORBIDDEN_TO_THE_APP);
        System.out.println("Forbidden statements, as the app role ("
                + TestDatabases.config(TestDb.POSTGRESQL).user() + ") on PostgreSQL:\n" + String.join("\n", report));
        assertThat(report).allSatisfy(line -> assertThat(line).startsWith("42501"));
    }

    @Test
    void theSchemaOwnerCannotRewriteHistoryEither() throws SQLException {
        assertThat(refusals(TestDatabases.ownerConfig(), FORBIDDEN_TO_THE_OWNER))
                .allSatisfy(line -> assertThat(line).startsWith("42501"));
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void theServicesStillRefundAndSellAsTheAppRole(TestDb kind) {
        Services services = Services.over(TestDatabases.get(kind), ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(services);
        Actor owner = given.owner();
        services.shops().setTaxSettings(owner, SALES_TAX);
        services.shops().setTaxSettings(owner, SALES_TAX); // a change replaces the rates: a DELETE
        Receipt receipt = given.purchase(
                given.customer(), given.listing(owner, "25.00", 3).listingId(), 3);
        services.orders().refund(owner, receipt.lines().get(0).orderLineId(), 2, false, "worn");
        assertThat(Invariants.allHold(Invariants.check(TestDatabases.get(kind).dataSource())))
                .isTrue();
    }

    @Test
    void theEmbeddedFilesTriggersRefuseRewritingHistory() throws SQLException {
        DatabaseConfig h2 = TestDatabases.config(TestDb.H2);
        assertThat(refusals(h2, FORBIDDEN_TO_THE_OWNER))
                .allSatisfy(line -> assertThat(line).startsWith("42501"));
    }

    /** Runs each statement in a transaction of its own and reports "SQLSTATE  statement  message", or "ran" if it ran. */
    private static List<String> refusals(DatabaseConfig config, List<String> statements) throws SQLException {
        List<String> report = new ArrayList<>();
        try (Connection connection = connect(config)) {
            for (String sql : statements) {
                try (var statement = connection.createStatement()) {
                    statement.execute(sql);
                    report.add("ran    " + sql);
                } catch (SQLException e) {
                    report.add(e.getSQLState() + "  " + sql + "  -- "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
                connection.rollback();
            }
        }
        return report;
    }

    private static Connection connect(DatabaseConfig config) throws SQLException {
        Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
        connection.setAutoCommit(false);
        return connection;
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        connection.rollback();
        return names;
    }
}
