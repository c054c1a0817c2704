package org.alongside.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The level a trainer chose for one rubric criterion, with their comment on it. */
@Embeddable
public class CriterionGrade {

    @NotBlank
    @Size(max = 64)
    @Column(name = "criterion_id", nullable = false)
    private String criterionId;

    @Size(max = 64)
    @Column(name = "level_id")
    private String levelId;

    @Size(max = 2000)
    @Column(name = "comment")
    private String comment;

    protected CriterionGrade() {
    }

    public CriterionGrade(String criterionId, String levelId, String comment) {
        this.criterionId = criterionId;
        this.levelId = levelId == null || levelId.isBlank() ? null : levelId;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public String getCriterionId() {
        return criterionId;
    }

    public String getLevelId() {
        return levelId;
    }

    public String getComment() {
        return comment;
    }
}
