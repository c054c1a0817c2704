package org.alongside.platform;

import java.util.Locale;

/**
 * An audit entry as people read it: the names of actor and subject when their accounts still
 * exist, null when the account was erased (or, for the actor, when the portal itself acted).
 */
public record AuditLine(AuditEntry entry, String actorName, String subjectName) {

    public boolean byPortal() {
        return entry.getActorId() == null;
    }

    /** Who acted, as shown: a name only while the account exists. */
    public String whoActed(Locale locale) {
        if (byPortal()) {
            return Texts.get(locale, "certificates.byPortal");
        }
        return actorName == null ? Texts.get(locale, "audit.erasedAccount") : actorName;
    }

    /** Whom the entry is about, as shown; empty for an entry about no one. */
    public String whoAbout(Locale locale) {
        if (entry.getSubjectId() == null) {
            return "";
        }
        return subjectName == null ? Texts.get(locale, "audit.erasedAccount") : subjectName;
    }
}
