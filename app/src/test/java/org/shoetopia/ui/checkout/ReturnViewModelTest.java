package org.shoetopia.ui.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.ui.SameThreadRunner;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.UiTest;

/** A return at the till as a cashier makes it: the receipt number, what comes back, the refund receipt. */
class ReturnViewModelTest {
    private final SessionModel session = new SessionModel();
    private final UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
    private Services app;
    private Fixtures given;
    private Actor owner;
    private Actor cashier;
    private Receipt sale;

    @BeforeEach
    void aCashSaleOfTwoPairs() {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
        owner = given.owner();
        cashier = given.customer();
        given.hire(owner, cashier);
        long shoe = given.listing(owner, "55.00", 10).listingId();
        app.carts().add(cashier, shoe, 2);
        sale = app.checkout().checkout(cashier, Payment.cash(null), null);
        session.signIn(app.accounts().refresh(cashier));
    }

    /** The till the cashier is at, loaded, for an exchange against its sale. */
    private PointOfSaleViewModel till(SameThreadRunner runner) {
        PointOfSaleViewModel till = new PointOfSaleViewModel(
                app.carts(),
                app.checkout(),
                app.returns(),
                app.storedValue(),
                app.flashSales(),
                app.listings(),
                runner,
                session,
                dialogs);
        till.load();
        return till;
    }

    private ReturnViewModel returns() {
        return new ReturnViewModel(app.returns(), new SameThreadRunner(), session, dialogs, Optional.empty(), null);
    }

    @Test
    void onePairOfTwoComesBackInCashWithARefundReceipt() {
        dialogs.answers.add(Long.toString(sale.orderNumber()));
        dialogs.forms.add(List.of("1", ReturnViewModel.RESTOCK, "Too tight", ReturnViewModel.TO_TENDERS, ""));

        returns().startReturn();

        String form = dialogs.shown.stream()
                .filter(s -> s.startsWith("Return of receipt"))
                .findFirst()
                .orElseThrow();
        assertThat(form).contains("Up to 2 of ").contains("paid by Cash $110.00");
        String refund = dialogs.shown.get(dialogs.shown.size() - 1);
        assertThat(refund)
                .startsWith("Refund ")
                .contains("REFUND")
                .contains("to Cash")
                .contains("55.00");
        assertThat(app.returns()
                        .lookUp(cashier, sale.orderNumber())
                        .lines()
                        .get(0)
                        .returnable())
                .isEqualTo(1);
        assertThat(Invariants.check(app.database().dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aReturnAboveTheLimitAsksForAManagerOnTheSpot() {
        app.returns().setRefundLimit(owner, Fixtures.money("50.00"));
        dialogs.answers.add(Long.toString(sale.orderNumber()));
        dialogs.forms.add(List.of("1", ReturnViewModel.DAMAGED, "Sole came off", ReturnViewModel.TO_TENDERS, ""));
        dialogs.forms.add(List.of(given.emailOf(owner), Fixtures.PASSWORD));

        returns().startReturn();

        assertThat(dialogs.shown)
                .anySatisfy(s -> assertThat(s).startsWith("Manager's approval").contains("limit"));
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
                .contains("Approved by")
                .contains("damaged");
    }

    @Test
    void anExchangeForALargerPairPaysTheDifferenceInCashOnOneReceipt() {
        long larger = given.listing(owner, "70.00", 5).listingId();
        SameThreadRunner runner = new SameThreadRunner();
        PointOfSaleViewModel till = till(runner);
        till.codeProperty().set(Long.toString(larger));
        till.addCode();
        dialogs.answers.add(Long.toString(sale.orderNumber()));
        dialogs.forms.add(List.of("1", ReturnViewModel.RESTOCK, "Too tight", ReturnViewModel.TO_SALE, ""));

        new ReturnViewModel(app.returns(), runner, session, dialogs, Optional.empty(), till).startReturn();

        assertThat(till.exchangeInfoProperty().get()).contains("1 item back −$55.00");
        assertThat(till.stillDueProperty().get()).isEqualTo("Still due $15.00");
        till.cashTenderedProperty().set("20.00");
        assertThat(till.changeDueProperty().get()).isEqualTo("Change due $5.00");
        till.checkout();

        assertThat(till.receiptTextProperty().get())
                .contains("EXCHANGE")
                .contains("RETURNED of receipt " + sale.orderNumber())
                .contains("-55.00")
                .contains("Paid by Exchange")
                .contains("Change");
        assertThat(till.exchangeInfoProperty().get()).isEmpty();
        assertThat(app.returns()
                        .lookUp(cashier, sale.orderNumber())
                        .lines()
                        .get(0)
                        .returnable())
                .isEqualTo(1);
        assertThat(TableCounts.scalar(app.database(), "select stock from listings where id = ?", larger))
                .isEqualTo(4);
        assertThat(Invariants.check(app.database().dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void anExchangeGivingBackMoreThanTheLimitAsksAManagerOnceAndTheApprovalIsNotKept() {
        app.returns().setRefundLimit(owner, Fixtures.money("10.00"));
        long cheaper = given.listing(owner, "30.00", 5).listingId();
        SameThreadRunner runner = new SameThreadRunner();
        PointOfSaleViewModel till = till(runner);
        till.codeProperty().set(Long.toString(cheaper));
        till.addCode();
        dialogs.answers.add(Long.toString(sale.orderNumber()));
        dialogs.forms.add(List.of("1", ReturnViewModel.RESTOCK, "Too tight", ReturnViewModel.TO_SALE, ""));
        new ReturnViewModel(app.returns(), runner, session, dialogs, Optional.empty(), till).startReturn();
        assertThat(till.stillDueProperty().get()).isEqualTo("Give back $25.00");
        dialogs.forms.add(List.of(given.emailOf(owner), "not the password"));

        till.checkout();

        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("Manager's approval"));
        assertThat(till.exchangeInfoProperty().get()).as("the exchange waits").isNotEmpty();
        assertThat(TableCounts.scalar(app.database(), "select count(*) from returns"))
                .isZero();
        dialogs.forms.add(List.of(given.emailOf(owner), Fixtures.PASSWORD));

        till.checkout(); // asked again: a refused approval is not kept

        assertThat(till.receiptTextProperty().get()).contains("EXCHANGE").contains("Approved by");
        assertThat(TableCounts.scalar(app.database(), "select count(*) from returns"))
                .isEqualTo(1);
    }

    @Test
    void withoutAReceiptTheShoeComesBackAsStoreCreditOnceAManagerApproves() {
        String regular = given.emailOf(given.customer());
        dialogs.answers.add("");
        dialogs.answers.add(Long.toString(sale.lines().get(0).listingId()));
        dialogs.forms.add(List.of("1", ReturnViewModel.RESTOCK, "A gift, no receipt", regular));
        dialogs.forms.add(List.of(given.emailOf(owner), Fixtures.PASSWORD));

        returns().startReturn();

        assertThat(dialogs.shown)
                .anySatisfy(s -> assertThat(s)
                        .startsWith("Return without a receipt")
                        .contains("comes back at $55.00 a pair")
                        .contains("receipt " + sale.orderNumber()))
                .anySatisfy(s -> assertThat(s).startsWith("Manager's approval"));
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
                .startsWith("Refund ")
                .contains("without a receipt")
                .contains("to Store credit")
                .contains("Approved by");
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(Fixtures.money("55.00"));
        assertThat(Invariants.check(app.database().dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aReceiptNumberThatIsNotOneWritesNothing() {
        var before = TableCounts.of(app.database());
        dialogs.answers.add("12ab");

        returns().startReturn();

        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).contains("receipt number is the number");
        assertThat(TableCounts.of(app.database())).isEqualTo(before);
    }
}
