package org.alongside.platform;

/**
 * An audit entry as people read it: the names of actor and subject when their accounts still
 * exist, null when the account was erased (or, for the actor, when the portal itself acted).
 */
public record AuditLine(AuditEntry entry, String actorName, String subjectName) {

    public boolean isByPortal() {
        return entry.getActorId() == null;
    }
}
