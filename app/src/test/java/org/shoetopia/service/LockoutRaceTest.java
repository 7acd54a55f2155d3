package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.persistence.Database;
import org.shoetopia.support.Race;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * The lockout is admitted and counted under the account's row lock before any password is checked:
 * simultaneous wrong tries are all counted and check no more than the free failures' worth of
 * passwords, and a right password checked while others lock the account does not sign in. A
 * password checked for an email change still has to be the account's when the change is written.
 */
class LockoutRaceTest {
    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "the right password";

    /** The test hasher, counting its checks, and holding a check of the right password until released. */
    private static final class WatchedHasher extends PasswordHasher {
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch rightPasswordChecking = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean held = new AtomicBoolean();
        volatile boolean holdTheRightPassword;

        WatchedHasher() {
            super(64, 1);
        }

        @Override
        public boolean matches(String password, String hash) {
            checks.incrementAndGet();
            if (holdTheRightPassword && PASSWORD.equals(password) && held.compareAndSet(false, true)) {
                rightPasswordChecking.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.matches(password, hash);
        }
    }

    private static LocalAccountService accounts(Database database, WatchedHasher hasher) {
        TestDatabases.clean(database);
        LocalAccountService accounts = new LocalAccountService(database, hasher, Clock.systemUTC());
        accounts.signUp("Ada", EMAIL, PASSWORD);
        hasher.checks.set(0);
        return accounts;
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void sixtyFourWrongSignInsAtOnceAreAllCountedAndCheckOnlyTheFreeFailuresWorth(TestDb kind) {
        Database database = TestDatabases.get(kind);
        WatchedHasher hasher = new WatchedHasher();
        LocalAccountService accounts = accounts(database, hasher);

        var outcome = Race.run(64, racer -> accounts.logIn(EMAIL, "wrong password " + racer));

        assertThat(outcome.successes()).isEmpty();
        assertThat(outcome.failures()).hasSize(64).allMatch(AuthenticationException.class::isInstance);
        assertThat(TableCounts.scalar(database, "select failed_logins from accounts where email = ?", EMAIL))
                .isEqualTo(64);
        assertThat(hasher.checks.get()).as("passwords checked").isEqualTo(Account.FREE_LOGIN_FAILURES);
        assertThat(outcome.failureMessages())
                .as("a locked account says what a wrong password says")
                .containsOnly("AuthenticationException: " + LocalAccountService.WRONG_CREDENTIALS);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void theRightPasswordCheckedWhileOthersLockTheAccountDoesNotSignIn(TestDb kind) throws Exception {
        Database database = TestDatabases.get(kind);
        WatchedHasher hasher = new WatchedHasher();
        LocalAccountService accounts = accounts(database, hasher);
        hasher.holdTheRightPassword = true;
        ExecutorService owner = Executors.newSingleThreadExecutor();
        try {
            Future<?> signIn = owner.submit(() -> accounts.logIn(EMAIL, PASSWORD));
            assertThat(hasher.rightPasswordChecking.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < Account.FREE_LOGIN_FAILURES; i++) { // the last of them locks the account
                assertThrows(AuthenticationException.class, () -> accounts.logIn(EMAIL, "a guess"));
            }
            hasher.release.countDown();

            var refused =
                    assertThrows(java.util.concurrent.ExecutionException.class, () -> signIn.get(10, TimeUnit.SECONDS));
            assertThat(refused.getCause()).isInstanceOf(AuthenticationException.class);
        } finally {
            hasher.release.countDown();
            owner.shutdownNow();
        }
        assertThat(TableCounts.scalar(
                        database, "select count(*) from accounts where email = ? and locked_until is not null", EMAIL))
                .isOne();
        assertThat(TableCounts.scalar(database, "select failed_logins from accounts where email = ?", EMAIL))
                .isEqualTo(Account.FREE_LOGIN_FAILURES + 1);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void anEmailChangeWhosePasswordWasReplacedWhileItWasCheckedIsRefused(TestDb kind) throws Exception {
        Database database = TestDatabases.get(kind);
        WatchedHasher hasher = new WatchedHasher();
        LocalAccountService accounts = accounts(database, hasher);
        Actor ada = new Actor(TableCounts.scalar(database, "select id from accounts where email = ?", EMAIL));
        hasher.holdTheRightPassword = true;
        ExecutorService terminal = Executors.newSingleThreadExecutor();
        try {
            Future<?> emailChange = terminal.submit(() -> accounts.changeEmail(ada, PASSWORD, "stolen@example.com"));
            assertThat(hasher.rightPasswordChecking.await(10, TimeUnit.SECONDS)).isTrue();
            accounts.changePassword(ada, PASSWORD, "the owner's new password");
            hasher.release.countDown();

            var refused = assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> emailChange.get(10, TimeUnit.SECONDS));
            assertThat(refused.getCause()).isInstanceOf(ConflictException.class);
        } finally {
            hasher.release.countDown();
            terminal.shutdownNow();
        }
        assertThat(TableCounts.scalar(database, "select count(*) from accounts where email = ?", EMAIL))
                .as("the email is unchanged")
                .isOne();
    }
}
