package org.shoetopia.service;

import java.time.Instant;
import org.shoetopia.domain.TransactionRecord;
import org.shoetopia.persistence.Tx;

/** Writes the transaction row every write records: what happened, a tag naming what it touched, who, when. */
final class Audit {
    private Audit() {
    }

    static void record(Tx tx, String kind, String tag, Long actorId, Long shopId, Instant now) {
        tx.session().persist(new TransactionRecord(kind, tag, actorId, shopId, now));
    }
}
