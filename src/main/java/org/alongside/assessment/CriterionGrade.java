package org.alongside.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The level a trainer chose for one rubric criterion, with their comment on it. */
@Embeddable
public class CriterionGrade {

    /** The longest comment on one criterion, in characters. */
    public static final int COMMENT_MAX = 2000;

    @NotBlank
    @Size(max = 64)
    @Column(name = "criterion_id", nullable = false)
    private String criterionId;

    @Size(max = 64)
    @Column(name = "level_id")
    private String levelId;

    @Size(max = COMMENT_MAX)
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
