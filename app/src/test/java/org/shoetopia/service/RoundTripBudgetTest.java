package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Database;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * The round trips each hot use case may send to PostgreSQL, counted at the JDBC boundary (Hibernate's
 * statements and the native ones alike, a JDBC batch counting once). A change that adds a statement
 * fails here; raise a budget only with the reason beside it.
 */
class RoundTripBudgetTest extends ServiceTest {
    /** Reserving a block of 50 ids (docs/decisions/0005): one call in 50, so not part of any budget. */
    private static final Pattern ID_BLOCK = Pattern.compile("select nextval\\('\\w+_ids'\\)");

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private Database counted;
    private Services till;

    RoundTripBudgetTest() {
        super(TestDb.POSTGRESQL);
    }

    @BeforeEach
    void aTillWhoseStatementsAreCounted() {
        QueryExecutionListener recorder = new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                String sql = queries.get(0).getQuery().strip().replaceAll("\\s+", " ");
                if (!ID_BLOCK.matcher(sql).matches()) {
                    sent.add(sql);
                }
            }
        };
        counted = Database.open(
                TestDatabases.config(db).withPoolSize(2),
                pool -> ProxyDataSourceBuilder.create(pool).listener(recorder).build());
        till = Services.over(counted, TEST_HASHER, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        counted.close();
    }

    private <T> List<String> statementsOf(Supplier<T> call) {
        sent.clear();
        assertThat(call.get()).as("the call's answer").isNotNull();
        return List.copyOf(sent);
    }

    @Test
    void cartAndCheckoutStayWithinTheirRoundTrips() {
        Actor owner = given.owner();
        var first = given.listing(owner, "10.00", 100);
        var second = given.listing(owner, "20.00", 100);
        var third = given.listing(owner, "30.00", 100);
        app.flashSales().start(owner, 50, 10);
        Actor customer = given.customer();

        // open the cart, the listing's view, the line, the shops' tax settings (one query for all the
        // cart's shops, rates joined), the audit row
        assertThat(statementsOf(() -> till.carts().add(customer, first.listingId(), 1)))
                .hasSize(5);
        // + the cart's lock and revision, + the cart's lines for the view
        assertThat(statementsOf(() -> till.carts().add(customer, second.listingId(), 1)))
                .hasSize(7);
        till.carts().add(customer, third.listingId(), 1);
        var seen = till.carts().view(customer).seen();
        // the key looked up before and again under the cart's lock (2), the cart's lock with the cashier's
        // name, its lines, the shops' share lock, their running sales, their tax settings, the order number,
        // the audit row, the closed cart, the sale's units (one SKIP LOCKED statement), the three listings'
        // locks (3), then one batch each: order, lines, stock ledger, balance ledger, fulfilment, stock (6),
        // the order's tender (1, since split tender), and NOTIFY; a taxed sale adds one batch of its
        // lines' taxes; a till's sale adds the read of its gift cards
        assertThat(statementsOf(() -> till.checkout().checkout(customer, seen, Payment.cash(null), "key-1")))
                .hasSize(22);
    }

    @Test
    void aShopsOrderListAndASearchPageStayWithinTheirRoundTrips() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "10.00", 100);
        for (int i = 0; i < 5; i++) {
            given.purchase(given.customer(), listing.listingId(), 1);
        }
        // the seller's shop, the page of order ids, the orders, their units, their fulfilments
        assertThat(statementsOf(() -> till.orders().shopOrders(owner))).hasSize(5);
        SearchCriteria criteria = SearchCriteria.any().brand("nike");
        // the brand's catalogue shoes, the page's ids, their rows, the total count
        assertThat(statementsOf(() -> till.search().search(criteria))).hasSize(4);
    }
}
