package org.alongside.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.alongside.assessment.CriterionGrade;
import org.alongside.assessment.Grade;
import org.alongside.certification.Certificate;
import org.alongside.directory.DirectoryQuery;
import org.alongside.directory.SupporterProfile;
import org.alongside.identity.Account;
import org.alongside.identity.PasswordPolicy;
import org.alongside.learning.Cohort;
import org.alongside.learning.CohortRules;
import org.alongside.matching.RequestDetails;
import org.alongside.privacy.ErasureRequest;

/**
 * The length limits pages check, as {@code #{limits.email}}: each is the constant the entity or
 * the rule already uses, so a page never types a number that could drift from the server's.
 */
@Named("limits")
@ApplicationScoped
public class FieldLimits {

    public int getEmail() {
        return Account.EMAIL_MAX;
    }

    public int getName() {
        return Account.NAME_MAX;
    }

    public int getPasswordMin() {
        return PasswordPolicy.MINIMUM_LENGTH;
    }

    public int getPasswordMax() {
        return PasswordPolicy.MAXIMUM_LENGTH;
    }

    public int getCertificateNote() {
        return Certificate.NOTE_MAX;
    }

    public int getCohortName() {
        return Cohort.NAME_MAX;
    }

    public int getCohortPlace() {
        return CohortRules.PLACE_MAX;
    }

    public int getCohortLink() {
        return CohortRules.LINK_MAX;
    }

    public int getGradeComment() {
        return CriterionGrade.COMMENT_MAX;
    }

    public int getGradeFeedback() {
        return Grade.FEEDBACK_MAX;
    }

    public int getErasureReason() {
        return ErasureRequest.REASON_MAX;
    }

    public int getSupportRequestNote() {
        return RequestDetails.NOTE_MAX;
    }

    public int getPronouns() {
        return SupporterProfile.PRONOUNS_MAX;
    }

    public int getDirectorySearch() {
        return DirectoryQuery.TEXT_MAX;
    }
}
