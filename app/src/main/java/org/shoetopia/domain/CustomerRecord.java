package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A shop's record of one of its customers: either a customer's account (its name and email are the
 * account's, never copied) or a walk-in the cashier noted with a name and, if given, a phone or email.
 */
@Entity
@Table(name = "customer_records")
public class CustomerRecord {
    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    private String name;

    private String email;

    private String phone;

    @Column(name = "phone_digits")
    private String phoneDigits;

    /** The record this one was folded into, or null: a folded record is no longer found. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_by", updatable = false)
    private long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected CustomerRecord() {}

    private CustomerRecord(
            long shopId, Long accountId, String name, Email email, String phone, long createdBy, Instant createdAt) {
        this.shopId = shopId;
        this.accountId = accountId;
        this.name = name;
        this.email = email == null ? null : email.value();
        this.phone = phone;
        this.phoneDigits = phone == null ? null : digitsOf(phone);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The shop's record of a customer's account. */
    public static CustomerRecord ofAccount(long shopId, long accountId, long createdBy, Instant createdAt) {
        return new CustomerRecord(shopId, accountId, null, null, null, createdBy, createdAt);
    }

    /** A walk-in customer, as the cashier noted them (checked by {@link WalkIn}). */
    public static CustomerRecord walkIn(long shopId, WalkIn walkIn, long createdBy, Instant createdAt) {
        return new CustomerRecord(shopId, null, walkIn.name(), walkIn.email(), walkIn.phone(), createdBy, createdAt);
    }

    /** A phone number's digits alone: "+1 (555) 010-2030" and "1 555 0102030" are the same number. */
    public static String digitsOf(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }

    /** The walk-in as corrected at the till (checked by {@link WalkIn}). */
    public void correct(WalkIn walkIn) {
        if (accountId != null) {
            throw new IllegalStateException("an account's record holds no name or contact of its own");
        }
        this.name = walkIn.name();
        this.email = walkIn.email() == null ? null : walkIn.email().value();
        this.phone = walkIn.phone();
        this.phoneDigits = phone == null ? null : digitsOf(phone);
    }

    /**
     * This walk-in's record is one with {@code keptId}'s now. Its phone and email go (the kept record
     * may take them); its name stays, for the receipts of its sales.
     */
    public void foldInto(long keptId) {
        if (accountId != null || keptId == id) {
            throw new IllegalStateException("only a walk-in's record is folded into another");
        }
        this.mergedIntoId = keptId;
        this.email = null;
        this.phone = null;
        this.phoneDigits = null;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    /**
     * A walk-in customer as typed at the till, checked: a name, and optionally a phone (at least six
     * digits, as it was typed) and an email. Every broken rule is reported at once.
     */
    public record WalkIn(String name, String phone, Email email) {
        public static WalkIn of(String name, String phone, String email) {
            Validation form = new Validation();
            String checkedName = form.check(() -> Text.required("name", "The customer's name", name, MAX_NAME));
            String checkedPhone = form.check(() -> phone(phone));
            Email checkedEmail = form.check(() -> email == null || email.isBlank() ? null : Email.parse(email));
            form.done();
            return new WalkIn(checkedName, checkedPhone, checkedEmail);
        }

        private static String phone(String typed) {
            String phone = Text.optional("phone", "The phone number", typed, MAX_PHONE, false);
            if (phone == null) {
                return null;
            }
            if (!phone.matches("[0-9+()./ -]+")) {
                throw new ValidationException("phone", "A phone number has digits, spaces and + ( ) - . / only");
            }
            if (digitsOf(phone).length() < 6) {
                throw new ValidationException("phone", "A phone number has at least 6 digits");
            }
            return phone;
        }
    }
}
