package org.shoetopia.service;

import java.time.Instant;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.AuditRecord;
import org.shoetopia.persistence.Tx;

/** Writes the audit-trail row every write records: what happened, a tag naming what it touched, who, when. */
final class Audit {
    private Audit() {}

    static void record(Tx tx, AuditKind kind, String tag, Long actorId, Long shopId, Instant now) {
        tx.session().persist(new AuditRecord(kind, tag, actorId, shopId, now));
    }
}
