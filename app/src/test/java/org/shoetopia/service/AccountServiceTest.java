package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.Actor;
import org.shoetopia.api.UserSession;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.SteppingClock;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class AccountServiceTest extends ServiceTest {

    AccountServiceTest(Backend backend) {
        super(backend);
    }

    @Test
    void signUpTrimsAndLowerCasesTheEmailAndStoresOnlyAnArgon2idHash() {
        UserSession session = app.accounts().signUp("  Ada  Lovelace ", "  Ada@Example.COM ", "s3cret-pass");

        assertThat(session.name()).isEqualTo("Ada Lovelace");
        assertThat(session.email()).isEqualTo("ada@example.com");
        assertThat(
                        TableCounts.scalar(
                                database,
                                "select count(*) from accounts where email = 'ada@example.com' and password_hash like '$argon2id$%'"))
                .isEqualTo(1);
        assertThat(TableCounts.scalar(database, "select count(*) from accounts where password_hash like '%s3cret%'"))
                .isZero();
        assertThat(TableCounts.scalar(database, "select count(*) from audit_trail where kind = 'account.signup'"))
                .isEqualTo(1);
    }

    @Test
    void secondSignUpWithSameEmailIsRejected() {
        app.accounts().signUp("Ada", "ada@example.com", "s3cret-pass");

        assertRejectedWritingNothing(
                ConflictException.class,
                "an account with this email already exists",
                () -> app.accounts().signUp("Other", " ADA@example.com", "another-pass"));
    }

    @Test
    void badSignUpInputIsRejectedWithTheFieldAndWritesNothing() {
        var blankName = assertRejectedWritingNothing(
                ValidationException.class, "name", () -> app.accounts().signUp("   ", "a@example.com", "s3cret-pass"));
        assertThat(blankName.field()).isEqualTo("name");
        var badEmail = assertRejectedWritingNothing(
                ValidationException.class,
                "valid email",
                () -> app.accounts().signUp("Ada", "not-an-email", "s3cret-pass"));
        assertThat(badEmail.field()).isEqualTo("email");
        var shortPassword = assertRejectedWritingNothing(
                ValidationException.class, "at least 8", () -> app.accounts().signUp("Ada", "a@example.com", "short"));
        assertThat(shortPassword.field()).isEqualTo("password");
        assertRejectedWritingNothing(
                ValidationException.class,
                "control characters",
                () -> app.accounts().signUp("Ada\u0000", "a@example.com", "s3cret-pass"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "at most 100",
                () -> app.accounts().signUp("x".repeat(101), "a@example.com", "s3cret-pass"));
    }

    @Test
    void logInWithTheRightPasswordGivesTheSessionAndWrongEmailOrPasswordGiveOneMessage() {
        Actor ada =
                app.accounts().signUp("Ada", "ada@example.com", "s3cret-pass").actor();

        assertThat(app.accounts().logIn("ADA@example.com ", "s3cret-pass").accountId())
                .isEqualTo(ada.accountId());
        var wrongPassword = assertThrows(
                AuthenticationException.class, () -> app.accounts().logIn("ada@example.com", "wrong-pass"));
        var wrongEmail = assertThrows(
                AuthenticationException.class, () -> app.accounts().logIn("nobody@example.com", "s3cret-pass"));
        assertThat(wrongPassword.getMessage())
                .isEqualTo(wrongEmail.getMessage())
                .isEqualTo(LocalAccountService.WRONG_CREDENTIALS);
    }

    @Test
    void theRightPasswordSignsInAfterALockRunsOutOnAClockFinerThanTheDatabase() {
        SteppingClock clock = new SteppingClock();
        clock.step(Duration.ofNanos(123_456_789));
        AccountService accounts = new LocalAccountService(database, TEST_HASHER, clock);
        accounts.signUp("Ada", "ada@example.com", "s3cret-pass");
        for (int i = 0; i < 6; i++) {
            assertThrows(AuthenticationException.class, () -> accounts.logIn("ada@example.com", "wrong-pass"));
        }
        clock.step(Duration.ofMinutes(2).plusNanos(987));

        assertThat(accounts.logIn("ada@example.com", "s3cret-pass").name()).isEqualTo("Ada");
    }

    @Test
    void repeatedFailuresLockTheAccountForAGrowingTime() {
        var now = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        AccountService accounts = new LocalAccountService(database, TEST_HASHER, clock);
        accounts.signUp("Ada", "ada@example.com", "s3cret-pass");
        for (int i = 0; i < 6; i++) { // the sixth is refused unchecked, and locks for a minute
            assertThrows(AuthenticationException.class, () -> accounts.logIn("ada@example.com", "wrong-pass"));
        }

        var locked =
                assertThrows(AuthenticationException.class, () -> accounts.logIn("ada@example.com", "s3cret-pass"));
        assertThat(locked.getMessage())
                .as("a locked account says what a wrong password and an unknown email say")
                .isEqualTo(assertThrows(AuthenticationException.class, () -> accounts.logIn("nobody@example.com", "x"))
                        .getMessage());
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertThat(accounts.logIn("ada@example.com", "s3cret-pass").name()).isEqualTo("Ada");

        for (int i = 0; i < 6; i++) {
            assertThrows(AuthenticationException.class, () -> accounts.logIn("ada@example.com", "wrong-pass"));
        }
        // each wrong try after a lock runs out locks again, for longer by every try counted (here one
        // more while locked): 2, 8, then never more than 15 minutes
        for (int minutes : new int[] {2, 8, 15, 15, 15}) {
            now.set(now.get().plus(Duration.ofMinutes(16)));
            assertThrows(AuthenticationException.class, () -> accounts.logIn("ada@example.com", "wrong-pass"));
            now.set(now.get().plus(Duration.ofMinutes(minutes)).minusSeconds(1));
            assertThrows(
                    AuthenticationException.class,
                    () -> accounts.logIn("ada@example.com", "s3cret-pass"),
                    "still locked " + minutes + " min on");
            now.set(now.get().plusSeconds(2));
        }
        now.set(now.get().plus(Account.FAILURES_REMEMBERED).plusSeconds(1));
        for (int i = 0; i < Account.FREE_LOGIN_FAILURES - 1; i++) { // forgotten: the free failures again
            assertThrows(AuthenticationException.class, () -> accounts.logIn("ada@example.com", "wrong-pass"));
        }
        assertThat(accounts.logIn("ada@example.com", "s3cret-pass").name()).isEqualTo("Ada");
    }

    @Test
    void viewShowsNameAndEmail() {
        Actor ada =
                app.accounts().signUp("Ada", "ada@example.com", "s3cret-pass").actor();

        var view = app.accounts().view(ada);

        assertThat(view.name()).isEqualTo("Ada");
        assertThat(view.email()).isEqualTo("ada@example.com");
        assertThat(view.createdAt()).isNotNull();
    }

    @Test
    void changePasswordNeedsTheOldOneAndANewOne() {
        Actor ada =
                app.accounts().signUp("Ada", "ada@example.com", "s3cret-pass").actor();

        assertRejectedWritingNothing(
                ValidationException.class,
                "current password is wrong",
                () -> app.accounts().changePassword(ada, "wrong-pass", "brand-new-pass"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "must differ",
                () -> app.accounts().changePassword(ada, "s3cret-pass", "s3cret-pass"));
        app.accounts().changePassword(ada, "s3cret-pass", "brand-new-pass");

        assertThat(app.accounts().logIn("ada@example.com", "brand-new-pass").accountId())
                .isEqualTo(ada.accountId());
        assertThrows(AuthenticationException.class, () -> app.accounts().logIn("ada@example.com", "s3cret-pass"));
    }

    @Test
    void changeEmailNeedsThePasswordAndAFreeDifferentEmail() {
        Actor ada =
                app.accounts().signUp("Ada", "ada@example.com", "s3cret-pass").actor();
        app.accounts().signUp("Bob", "bob@example.com", "s3cret-pass");

        assertRejectedWritingNothing(
                ValidationException.class,
                "password is wrong",
                () -> app.accounts().changeEmail(ada, "wrong-pass", "ada2@example.com"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "must differ",
                () -> app.accounts().changeEmail(ada, "s3cret-pass", " ADA@example.com"));
        assertRejectedWritingNothing(
                ConflictException.class,
                "already exists",
                () -> app.accounts().changeEmail(ada, "s3cret-pass", "bob@example.com"));
        app.accounts().changeEmail(ada, "s3cret-pass", "Ada.L@example.com");

        assertThat(app.accounts().view(ada).email()).isEqualTo("ada.l@example.com");
        assertThat(app.accounts().logIn("ada.l@example.com", "s3cret-pass").accountId())
                .isEqualTo(ada.accountId());
    }

    @Test
    void createAdminMakesAnAdminAccountAndLogOutIsRecorded() {
        long admin = operator.accounts().createAdmin("Root", "root@example.com", Fixtures.PASSWORD);

        UserSession session = app.accounts().logIn("root@example.com", Fixtures.PASSWORD);
        app.accounts().logOut(session.actor());

        assertThat(session.admin()).isTrue();
        assertThat(session.accountId()).isEqualTo(admin);
        assertThat(TableCounts.scalar(database, "select count(*) from audit_trail where kind = 'account.logout'"))
                .isEqualTo(1);
    }
}
