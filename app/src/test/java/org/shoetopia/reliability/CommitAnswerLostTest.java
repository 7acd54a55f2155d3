package org.shoetopia.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CheckoutService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.remote.RemoteApi;
import org.shoetopia.service.Services;
import org.shoetopia.support.AnswerDroppingProxy;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.support.TestServers;

/**
 * The outcome a killed session cannot produce: the checkout committed, and the connection was lost
 * before the till read the answer. The till saw "connection lost"; its retry with the same key must
 * charge nothing more and hand back the receipt of the sale that did commit.
 */
class CommitAnswerLostTest extends ServiceTest {

    CommitAnswerLostTest() {
        super(TestDb.POSTGRESQL);
    }

    @Test
    void aCheckoutCommittedButNeverAnsweredIsChargedOnceAndItsRetryGetsThatReceipt() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "30.00", 10);
        app.flashSales().start(owner, 1, 50);
        app.carts().add(owner, listing.listingId(), 2);

        try (var proxy = AnswerDroppingProxy.ofPostgresCommits("127.0.0.1", TestDatabases.postgresPort());
                Database tillDatabase = Database.open(
                        TestDatabases.postgresThrough(proxy.port()).withPoolSize(1))) {
            Services till = Services.over(tillDatabase, TEST_HASHER, Clock.systemUTC());
            till.carts().view(owner); // the pool's one connection is made and set up before the fault is armed
            Receipt retried = answerLostThenRetried(proxy, till.checkout(), owner, "till-3-attempt-1");

            assertThat(retried.saleUnits()).isEqualTo(1);
            assertThat(retried.total().cents()).isEqualTo(1500 + 3000);
        }
        assertThat(TableCounts.scalar(database, "select count(*) from orders"))
                .as("charged once")
                .isEqualTo(1);
        assertThat(app.search().listing(listing.listingId()).stock()).isEqualTo(8);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    /** The same fault one hop further out: the server committed and answered, the till never heard. */
    @Test
    void aCheckoutTheServerAnsweredButTheTillNeverHeardIsChargedOnce() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "30.00", 10);
        app.flashSales().start(owner, 1, 50);
        try (TestServers.Running server = TestServers.start(database);
                var proxy =
                        AnswerDroppingProxy.ofCalls("127.0.0.1", server.uri().getPort());
                RemoteApi till =
                        RemoteApi.connect(URI.create("https://127.0.0.1:" + proxy.port()), server.fingerprint())) {
            var api = till.api();
            api.accounts().logIn(app.accounts().refresh(owner).email(), Fixtures.PASSWORD);
            api.carts().add(owner, listing.listingId(), 2);
            Receipt retried = answerLostThenRetried(proxy, api.checkout(), owner, "till-4-attempt-1");

            assertThat(retried.total().cents()).isEqualTo(1500 + 3000);
        }
        assertThat(TableCounts.scalar(database, "select count(*) from orders"))
                .as("charged once")
                .isEqualTo(1);
        assertThat(app.search().listing(listing.listingId()).stock()).isEqualTo(8);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    /**
     * The checkout with {@code key} commits but its answer is cut on the way back; the retry with the
     * same key gets the receipt of that one order.
     */
    private Receipt answerLostThenRetried(
            AnswerDroppingProxy proxy, CheckoutService checkout, Actor owner, String key) {
        proxy.dropTheNextAnswer();
        assertThrows(UnavailableException.class, () -> checkout.checkout(owner, Payment.cash(null), key));
        assertThat(proxy.answersDropped()).isEqualTo(1);
        assertThat(TableCounts.scalar(database, "select count(*) from orders"))
                .as("it did commit")
                .isEqualTo(1);
        Receipt retried = checkout.checkout(owner, Payment.cash(null), key);
        assertThat(retried.orderNumber()).isEqualTo(TableCounts.scalar(database, "select order_number from orders"));
        return retried;
    }
}
