package org.shoetopia.ui.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.CashCount;
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

/** The till's shift as a cashier works it: open with a float, pay out, X report, blind count, Z report. */
class ShiftViewModelTest {
    private final SessionModel session = new SessionModel();
    private final UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
    private Services app;
    private Fixtures given;
    private Actor owner;
    private Actor cashier;
    private ListingView shoe;

    @BeforeEach
    void aCashierAtTheStartOfTheDay() {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
        owner = given.owner();
        cashier = given.customer();
        var invitation = app.shops().inviteStaff(owner, given.emailOf(cashier));
        app.shops().acceptInvitation(cashier, invitation.invitationId());
        shoe = given.listing(owner, "45.00", 10);
        session.signIn(app.accounts().refresh(cashier));
    }

    private ShiftViewModel shift() {
        return new ShiftViewModel(
                app.shifts(), new SameThreadRunner(), session, dialogs, "Front till", Optional.empty(), () -> false);
    }

    /** The count form's answers: how many of each denomination, largest first, blank for none. */
    private static List<String> count(String... quantities) {
        List<String> answer = new ArrayList<>(List.of(quantities));
        answer.addAll(Collections.nCopies(CashCount.DENOMINATIONS.size() - quantities.length, ""));
        return answer;
    }

    @Test
    void aShiftFromItsFloatToItsZReport(@TempDir Path folder) throws Exception {
        ShiftViewModel shift = shift();
        shift.load();
        assertThat(shift.shiftProperty().get()).isNull();
        assertThat(shift.shiftInfoProperty().get()).contains("No shift is open");

        dialogs.forms.add(List.of("Front till", "100.00"));
        shift.openShift();
        assertThat(shift.shiftProperty().get().terminal()).isEqualTo("Front till");
        assertThat(shift.shiftInfoProperty().get()).contains("Front till").contains("$100.00");

        app.carts().add(cashier, shoe.listingId(), 1);
        app.checkout().checkout(cashier, Payment.cash(Fixtures.money("50.00")), null); // 45.00 kept
        dialogs.forms.add(List.of("20.00", "Milk for the staff room"));
        shift.payOut();
        assertThat(dialogs.shown)
                .as("the amount is confirmed before the drawer opens")
                .contains("Pay out: Take $20.00 out of the drawer (Milk for the staff room)? The drawer opens,"
                        + " and the cash-up counts it.");

        dialogs.forms.add(List.of(given.emailOf(owner), Fixtures.PASSWORD)); // a manager reads it
        shift.xReport();
        String x = dialogs.shown.get(dialogs.shown.size() - 1);
        assertThat(x).startsWith("X report:").contains("Expected in the drawer").contains("125.00");

        // The count form never shows the expected cash; 1 x 100, 1 x 20, 1 x 5 = 125.00: no over or short.
        dialogs.forms.add(count("1", "", "1", "", "1"));
        dialogs.choices.add(0); // Save PDF
        dialogs.chosenFiles.add(folder.resolve("z.pdf"));
        shift.closeShift();

        String form = dialogs.shown.stream()
                .filter(s -> s.startsWith("Close the shift: Count"))
                .findFirst()
                .orElseThrow();
        assertThat(form).doesNotContain("125").contains("$100 notes").contains("25¢ coins");
        String z = dialogs.shown.stream()
                .filter(s -> s.startsWith("Z report 1:"))
                .findFirst()
                .orElseThrow();
        assertThat(z)
                .contains("Counted")
                .contains("Over/short")
                .contains("0.00")
                .contains("Milk for the staff room");
        assertThat(shift.shiftProperty().get()).isNull();
        assertThat(Files.size(folder.resolve("z.pdf"))).isPositive();
        assertThat(Invariants.check(app.database().dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aCountThatIsNotAWholeNumberIsRefusedAndTheShiftStaysOpen() {
        ShiftViewModel shift = shift();
        dialogs.forms.add(List.of("Front till", ""));
        shift.openShift(); // a blank float is none
        assertThat(shift.shiftProperty().get().openingFloat()).isEqualTo(Fixtures.money("0.00"));
        var before = TableCounts.of(app.database());

        dialogs.forms.add(count("1.5"));
        shift.closeShift();

        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).contains("$100 notes: type how many, a whole number");
        assertThat(TableCounts.of(app.database())).isEqualTo(before);
        assertThat(shift.shiftProperty().get()).isNotNull();
    }

    @Test
    void aManagerAtATillACashierLeftOpenCountsThatDrawerAndClosesItsShift() {
        app.shifts().open(cashier, "Front till", Fixtures.money("40.00"));
        app.shifts().close(owner, new CashCount(java.util.Map.of(100_00, 1))); // the fixtures' shift of the owner
        session.signIn(app.accounts().refresh(owner));
        ShiftViewModel managers = new ShiftViewModel(
                app.shifts(), new SameThreadRunner(), session, dialogs, "Front till", Optional.empty(), () -> true);

        dialogs.forms.add(List.of("Front till", "100.00"));
        dialogs.forms.add(count("", "", "2"));
        managers.openShift();

        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("Count that drawer and close its shift now?"));
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
                .startsWith("Z report 2:")
                .contains("Over/short");
        assertThat(app.shifts().current(cashier)).isNull();
    }

    @Test
    void aCashierOpensTheDrawerWithNoSaleOnlyWithAManagersPassword() {
        ShiftViewModel shift = shift();
        dialogs.forms.add(List.of("Front till", "0"));
        shift.openShift();

        dialogs.forms.add(List.of("Change for a customer", given.emailOf(owner), "not the password"));
        shift.noSale();
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
                .startsWith("No sale:")
                .doesNotContain("recorded");

        dialogs.forms.add(List.of("Change for a customer", given.emailOf(owner), Fixtures.PASSWORD));
        shift.noSale();
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).contains("recorded");
        assertThat(app.shifts()
                        .xReport(cashier, given.emailOf(owner), Fixtures.PASSWORD)
                        .noSales())
                .isEqualTo(1);
    }
}
