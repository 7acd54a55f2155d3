package org.shoetopia.service;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.hibernate.LockMode;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Fit.FitForm;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.api.UserSession;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.NewPassword;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-up, sign-in and the account's own settings. Password hashing always runs outside transactions. */
public final class LocalAccountService implements AccountService {
    private static final Logger log = LoggerFactory.getLogger(LocalAccountService.class);
    /** Also said to a locked account, so the words never tell whether an email has an account. */
    static final String WRONG_CREDENTIALS =
            "Wrong email or password (after repeated wrong tries, wait a few minutes before trying again)";
    /** A password checked outside the lock was replaced before the change it allows was written. */
    private static final String PASSWORD_CHANGED_MEANWHILE =
            "The password was changed on another terminal; sign in again";

    static final String EMAIL_TAKEN = "An account with this email already exists";
    /** How often a sign-in checks again when the password changed under it, before giving up. */
    private static final int ATTEMPTS_WHILE_PASSWORD_CHANGES = 3;

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Verified against when the email is unknown, so both failures take the same time. */
    private final String decoyHash;

    public LocalAccountService(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password, never matches a real one");
    }

    @Override
    public UserSession signUp(String name, String email, String password) {
        return signUp(name, email, password, (tx, session) -> session);
    }

    /** Sign-up for the server: the account and its first session are made together or not at all. */
    public OpenedSession signUp(String name, String email, String password, SessionStore sessions) {
        return signUp(
                name,
                email,
                password,
                (tx, session) -> new OpenedSession(sessions.open(tx, session.accountId()), session));
    }

    private <T> T signUp(String name, String email, String password, BiFunction<Tx, UserSession, T> signedUp) {
        String tidyName = Text.required("name", "Name", name, MAX_NAME);
        Email address = Email.parse(email);
        String hash = hasher.hash(NewPassword.check("password", password));
        return database.inTransaction(tx -> {
            long id = insertAccount(tx, tidyName, address, hash);
            auditOwnAct(tx, AuditKind.ACCOUNT_SIGNUP, id, clock.instant());
            return signedUp.apply(tx, new UserSession(id, tidyName, address.value(), false, null, null, false));
        });
    }

    private static long insertAccount(Tx tx, String name, Email email, String hash) {
        return tx.sql()
                .insertAccountIfEmailFree(name, email.value(), hash)
                .orElseThrow(() -> new ConflictException(EMAIL_TAKEN));
    }

    @Override
    public UserSession logIn(String email, String password) {
        return logIn(email, password, (tx, session) -> session);
    }

    /** A sign-in and the server session it opens: the token, given once, and who it acts for. */
    public record OpenedSession(String token, UserSession session) {}

    /**
     * Sign-in for the server. The session is opened in the transaction that records the sign-in,
     * under the account's row lock and only if the hash checked is still the account's, so a
     * password change that commits meanwhile either ends this session or refuses the sign-in.
     */
    public OpenedSession logIn(String email, String password, SessionStore sessions) {
        return logIn(
                email, password, (tx, session) -> new OpenedSession(sessions.open(tx, session.accountId()), session));
    }

    private <T> T logIn(String email, String password, BiFunction<Tx, UserSession, T> signedIn) {
        return withCredential(email, password, (tx, account) -> {
            auditOwnAct(tx, AuditKind.ACCOUNT_LOGIN, account.getId(), clock.instant());
            return signedIn.apply(tx, sessionOf(tx, account));
        });
    }

    /**
     * Checks an account's email and password as a sign-in does, counted towards its lockout, and on
     * success runs {@code then} in the transaction that holds the account's row lock: a sign-in opens
     * a session there, a manager's approval records what it approves.
     */
    <T> T withCredential(String email, String password, BiFunction<Tx, Account, T> then) {
        Email address;
        try {
            address = Email.parse(email);
        } catch (ValidationException e) {
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        for (int attempt = 0; attempt < ATTEMPTS_WHILE_PASSWORD_CHANGES; attempt++) {
            // Admitted (and counted) under the account's row lock before any password is checked,
            // so simultaneous tries never check more than the free failures' worth of passwords.
            Admission admitted = database.inTransaction(tx -> {
                Account account = lockedByEmail(tx, address);
                if (account == null) {
                    return null;
                }
                Instant now = clock.instant();
                if (!account.admitSignInAttempt(now)) {
                    recordFailure(tx, account, now);
                    return Admission.REFUSED;
                }
                return new Admission(account.getId(), account.getPasswordHash(), account.getLockedUntil());
            });
            if (admitted == null) {
                hasher.matches(password, decoyHash);
                throw new AuthenticationException(WRONG_CREDENTIALS);
            }
            if (admitted == Admission.REFUSED) {
                throw new AuthenticationException(WRONG_CREDENTIALS); // the same words as for a wrong password
            }
            boolean matches = hasher.matches(password, admitted.checkedHash());
            SignInOutcome<T> outcome;
            try {
                outcome = checkedAttempt(admitted, matches, then);
            } catch (RefusedAfterCredential refusedAfter) {
                takeBackTheAttempt(admitted);
                throw refusedAfter.refused;
            } catch (ShoetopiaException failed) {
                if (matches) { // the database failed the step after a right password: no failure of the account's
                    takeBackTheAttempt(admitted);
                }
                throw failed;
            }
            if (outcome.wrongPassword()) {
                throw new AuthenticationException(WRONG_CREDENTIALS); // thrown after the failure is committed
            }
            if (outcome.signedIn() != null) {
                return outcome.signedIn();
            }
            // The password changed while it was checked: check against the new one.
        }
        throw new ConflictException("The password of this account is being changed; try again in a moment");
    }

    /**
     * The attempt admitted as a failure was no failure: its password was right, but what it was for
     * was refused. Taken back only while the password is still the one checked.
     */
    private void takeBackTheAttempt(Admission admitted) {
        database.inTransaction(tx -> {
            Account account = tx.session().find(Account.class, admitted.accountId(), LockMode.PESSIMISTIC_WRITE);
            if (account.getPasswordHash().equals(admitted.checkedHash())) {
                account.recordSuccessfulLogin();
            }
            return null;
        });
    }

    /** The locked step of an attempt whose password was checked: its outcome, committed. */
    private <T> SignInOutcome<T> checkedAttempt(Admission admitted, boolean matches, BiFunction<Tx, Account, T> then) {
        return database.inTransaction(tx -> {
            Account account = tx.session().find(Account.class, admitted.accountId(), LockMode.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            if (!account.getPasswordHash().equals(admitted.checkedHash())) {
                return SignInOutcome.<T>passwordChanged();
            }
            if (!matches) {
                account.recordWrongPassword(now);
                recordFailure(tx, account, now);
                return SignInOutcome.<T>refused();
            }
            if (account.isLockedAt(now) && !account.getLockedUntil().equals(admitted.hold())) {
                // a concurrent failure locked the account while this password was checked
                recordFailure(tx, account, now);
                return SignInOutcome.<T>refused();
            }
            account.recordSuccessfulLogin();
            try {
                return new SignInOutcome<>(then.apply(tx, account), false);
            } catch (ShoetopiaException refused) {
                throw new RefusedAfterCredential(refused);
            }
        });
    }

    /** What {@code then} refused after a right password: the attempt counted at admission is taken back. */
    private static final class RefusedAfterCredential extends RuntimeException {
        private final ShoetopiaException refused;

        RefusedAfterCredential(ShoetopiaException refused) {
            super(refused.getMessage(), refused, false, false);
            this.refused = refused;
        }
    }

    /** An attempt let through to its password check: the hash it checks, and the hold it took after a lock (or null). */
    private record Admission(long accountId, String checkedHash, Instant hold) {
        static final Admission REFUSED = new Admission(-1, "", null);
    }

    /** A sign-in's locked step: signed in, the password wrong, or neither (it changed meanwhile). */
    private record SignInOutcome<T>(T signedIn, boolean wrongPassword) {
        static <T> SignInOutcome<T> refused() {
            return new SignInOutcome<>(null, true);
        }

        static <T> SignInOutcome<T> passwordChanged() {
            return new SignInOutcome<>(null, false);
        }
    }

    /** An account's own act, in its audit trail: the account both acts and is the subject. */
    private static void auditOwnAct(Tx tx, AuditKind kind, long accountId, Instant at) {
        Audit.record(tx, kind, "account " + accountId, accountId, null, at);
    }

    /** Logs and audits a failed sign-in, already counted on the account. */
    private static void recordFailure(Tx tx, Account account, Instant now) {
        log.info(
                "Failed sign-in for account {} ({} in a row{})",
                account.getId(),
                account.getFailedLogins(),
                account.isLockedAt(now) ? ", locked until " + account.getLockedUntil() : "");
        auditOwnAct(tx, AuditKind.ACCOUNT_LOGIN_FAILED, account.getId(), now);
    }

    @Override
    public void logOut(Actor actor) {
        database.inTransaction(tx -> {
            auditOwnAct(tx, AuditKind.ACCOUNT_LOGOUT, actor.accountId(), clock.instant());
            return null;
        });
    }

    @Override
    public UserSession refresh(Actor actor) {
        return database.inTransaction(tx -> sessionOf(tx, Access.account(tx, actor)));
    }

    @Override
    public AccountView view(Actor actor) {
        return database.inTransaction(tx -> {
            Account account = Access.account(tx, actor);
            return new AccountView(
                    account.getId(), account.getName(), account.getEmail(), account.isAdmin(), account.getCreatedAt());
        });
    }

    @Override
    public FitView myFit(Actor actor) {
        return database.inTransaction(tx -> {
            Access.account(tx, actor);
            return CustomerFits.read(tx, actor.accountId(), null);
        });
    }

    @Override
    public FitView saveMyFit(Actor actor, FitForm form) {
        CustomerFits.Checked fit = CustomerFits.Checked.of(form);
        return database.inTransaction(tx -> {
            Access.account(tx, actor);
            CustomerFits.saveOwn(tx, actor.accountId(), fit, clock.instant());
            return CustomerFits.read(tx, actor.accountId(), null);
        });
    }

    @Override
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        NewPassword.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("newPassword", "The new password must differ from the current one");
        }
        String currentHash =
                database.inTransaction(tx -> Access.account(tx, actor).getPasswordHash());
        if (!hasher.matches(currentPassword, currentHash)) {
            throw new ValidationException("currentPassword", "The current password is wrong");
        }
        String newHash = hasher.hash(newPassword);
        database.inTransaction(tx -> {
            Account account = tx.session().find(Account.class, actor.accountId(), LockMode.PESSIMISTIC_WRITE);
            if (!account.getPasswordHash().equals(currentHash)) {
                throw new ConflictException(PASSWORD_CHANGED_MEANWHILE);
            }
            account.changePasswordHash(newHash);
            // Whoever else held this account's sessions (a stolen token too) must sign in again.
            SessionStore.endAll(tx, account.getId(), clock.instant());
            auditOwnAct(tx, AuditKind.ACCOUNT_PASSWORD_CHANGED, account.getId(), clock.instant());
            return null;
        });
    }

    @Override
    public void changeEmail(Actor actor, String password, String newEmail) {
        Email address = Email.parse(newEmail);
        Account account = database.inTransaction(tx -> Access.account(tx, actor));
        if (account.getEmail().equals(address.value())) {
            throw new ValidationException("email", "The new email must differ from the current one");
        }
        String checkedHash = account.getPasswordHash();
        if (!hasher.matches(password, checkedHash)) {
            throw new ValidationException("password", "The password is wrong");
        }
        database.inTransaction(tx -> {
            // As changePassword: the password checked above must still be the account's.
            Account locked = tx.session().find(Account.class, actor.accountId(), LockMode.PESSIMISTIC_WRITE);
            if (!locked.getPasswordHash().equals(checkedHash)) {
                throw new ConflictException(PASSWORD_CHANGED_MEANWHILE);
            }
            boolean changed = tx.sql().updateEmailIfFree(actor.accountId(), address.value());
            if (!changed) {
                throw new ConflictException(EMAIL_TAKEN);
            }
            auditOwnAct(tx, AuditKind.ACCOUNT_EMAIL_CHANGED, actor.accountId(), clock.instant());
            return null;
        });
    }

    @Override
    public int endSessions(Actor admin, String email) {
        Email address = Email.parse(email);
        return database.inTransaction(tx -> {
            Access.requireAdmin(tx, admin);
            Account account = findByEmail(tx, address);
            if (account == null) {
                throw new NotFoundException("There is no account with the email " + address.value());
            }
            int ended = SessionStore.endAll(tx, account.getId(), clock.instant());
            Audit.record(
                    tx,
                    AuditKind.ACCOUNT_SESSIONS_ENDED,
                    "account " + account.getId() + ", " + ended + " sessions",
                    admin.accountId(),
                    null,
                    clock.instant());
            return ended;
        });
    }

    /** The command-line step that creates a platform admin; there is no built-in admin password. */
    public long createAdmin(String name, String email, String password) {
        String tidyName = Text.required("name", "Name", name, MAX_NAME);
        Email address = Email.parse(email);
        String hash = hasher.hash(NewPassword.check("password", password));
        return database.inTransaction(tx -> {
            long id = insertAccount(tx, tidyName, address, hash);
            tx.session().find(Account.class, id).makeAdmin();
            Audit.record(tx, AuditKind.ACCOUNT_ADMIN_CREATED, "account " + id, null, null, clock.instant());
            return id;
        });
    }

    private static Account lockedByEmail(Tx tx, Email email) {
        return tx.session()
                .createSelectionQuery("from Account where email = :email", Account.class)
                .setParameter("email", email.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    private static Account findByEmail(Tx tx, Email email) {
        return tx.session()
                .createSelectionQuery("from Account where email = :email", Account.class)
                .setParameter("email", email.value())
                .getSingleResultOrNull();
    }

    static UserSession sessionOf(Tx tx, Account account) {
        var owned = Access.ownedShopOrNull(tx, account.getId());
        return new UserSession(
                account.getId(),
                account.getName(),
                account.getEmail(),
                account.isAdmin(),
                owned == null ? null : owned.getId(),
                Access.staffShopIdOrNull(tx, account.getId()),
                Access.isStaffManager(tx, account.getId()));
    }
}
